"""The lesson guide: a 学習指導案 in Japanese, a presenter's guide in English. No Qt here.

Built from the lesson as the plan shows it (its slides, their order, the school's own slides)
and the lesson's length: one row of the table for each slide, grouped into the three phases
of a Japanese lesson (導入 / 展開 / まとめ), each row's minutes its share of the times the notes
suggest (`plan.slide_share`), rounded so that the rows add up to the lesson's length
exactly (`row_minutes`).

The guide is the teacher's: plain kanji, never furigana. What the pupils see is quoted as they
see it, in their room's own words (a slide's title, the quiz's questions), without the
readings' markup. Figures are the edition's, as the slides show them (a derived figure keeps its
mark, and the guide says what the mark means). The writers (`export/guide_docx.py`,
`export/guide_pdf.py`) lay out this plain data.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ... import i18n
from ...i18n import N_, _, current_language
from ..data.dataset import DataSet
from ..data.edition_age import EditionDate, notice
from ..lesson.contacts import LocalContact
from ..lesson.lesson import Audience, Lesson, Slide, SlideKind
from ..lesson.plan import slide_share
from ..lesson.render import HelpLineRow, audience_label, edition_line, helpline_rows, render_slide
from ..lesson.terms_of_use import terms_lines
from ..text import ruby
from ..text.figure_text import DERIVED_MARK, counted, derived_note
from .guide_words import (
    AIMS,
    CONSIDERATIONS,
    FAQ,
    PREPARE_ACTIVITY,
    PREPARE_ALWAYS,
    PREPARE_CONTACTS,
    TERMS,
    step_for,
)

INTRO, DEVELOPMENT, SUMMARY = "intro", "development", "summary"
PHASES = {
    # NOTE: the lesson guide's phases of a lesson (導入 / 展開 / まとめ)
    INTRO: N_("Opening"),
    DEVELOPMENT: N_("Main part"),
    SUMMARY: N_("Wrap-up"),
}
# NOTE: the columns of the lesson guide's table (学習指導案の展開: 段階, 時間, 学習活動と主な発問,
# 予想される反応, 指導上の留意点, 評価)
COLUMNS = (
    N_("Phase"),
    N_("Time"),
    N_("Activities and main questions"),
    N_("Expected responses"),
    N_("Points to note"),
    N_("Assessment"),
)


@dataclass(frozen=True)
class GuideRow:
    """A row of the table: one slide of the lesson."""

    phase: str  # INTRO, DEVELOPMENT or SUMMARY
    slide_id: str
    number: int  # the slide's number in the lesson as shown
    minutes: int
    activity: str  # what the class does (the teacher's words)
    shown: str  # the slide's title, as the pupils see it
    questions: list[str]  # what the teacher asks, and the pupils' questions, quoted
    reactions: list[str]
    notes: list[str]
    evaluation: str = ""
    # a slide given no whole minute of its own (more slides than minutes) shares the time of
    # this one, its neighbour: its time cell says so instead of "0 min"
    with_slide: int | None = None


@dataclass(frozen=True)
class Item:
    """A line of a section: an optional label (bold) and its text."""

    text: str
    label: str = ""


@dataclass(frozen=True)
class Section:
    heading: str
    items: list[Item]


@dataclass(frozen=True)
class LessonGuide:
    language: str
    audience: Audience
    minutes: int
    title: str  # 学習指導案 / Presenter's guide
    subtitle: str  # the app and the edition
    before: list[Section]  # 主題名, 対象, 本時のねらい, 準備するもの
    table_heading: str  # 展開
    columns: list[str]
    phase_names: dict[str, str]
    rows: list[GuideRow]
    after: list[Section] = field(default_factory=list)  # 配慮事項, help lines, FAQ, glossary …
    # that the newest figures are probably out of date, under the subtitle ("" = they are not)
    age_line: str = ""

    def cells(self, row: GuideRow) -> list[str]:
        """The row's cells as the table prints them, one text each (lines joined)."""
        # NOTE: the first line of a row of the lesson guide's table: the slide, as the pupils
        # see its title
        slide = _("Slide {number}: {title}").format(number=row.number, title=row.shown)
        activity = "\n".join([slide, row.activity, *row.questions])
        if row.with_slide is None:
            time = minutes_text(row.minutes)
        else:
            # NOTE: the time of a row of the lesson guide's table that has no whole minute of
            # its own: it is taught in the minutes of slide {number} (e.g. （スライド5と合わせて）)
            time = _("(with slide {number})").format(number=row.with_slide)
        return [
            self.phase_names[row.phase],
            time,
            activity,
            "\n".join(row.reactions),
            "\n".join(row.notes),
            row.evaluation,
        ]


def minutes_text(minutes: int) -> str:
    # NOTE: a row's time in the lesson guide's table, e.g. "5分"
    return _("{minutes} min").format(minutes=minutes)


def row_minutes(slides: Sequence[Slide], audience: Audience, minutes: int) -> list[int]:
    """Each slide's whole minutes in a lesson of `minutes`: its share (`slide_share`) rounded
    down, the minutes left given to the largest remainders, so that they add up exactly; a slide
    left with none takes one from the longest while there are minutes enough."""
    shares = [slide_share(s, slides, audience, minutes) for s in slides]
    whole = [math.floor(share) for share in shares]
    order = sorted(range(len(shares)), key=lambda i: (whole[i] - shares[i], i))
    for i in order[: minutes - sum(whole)]:
        whole[i] += 1
    while 0 in whole and max(whole, default=0) > 1:
        whole[whole.index(max(whole))] -= 1
        whole[whole.index(0)] = 1
    return whole


def _shares_with(times: Sequence[int]) -> list[int | None]:
    """For each row without a whole minute, the number of the row whose minutes it shares: the
    nearest one before it that has some (else the first after it); None for the others."""
    out: list[int | None] = []
    for i, time in enumerate(times):
        if time:
            out.append(None)
            continue
        before = [j for j in range(i - 1, -1, -1) if times[j]]
        after = [j for j in range(i + 1, len(times)) if times[j]]
        found = before[:1] or after[:1]
        out.append(found[0] + 1 if found else None)
    return out


def phases(slides: Sequence[Slide]) -> list[str]:
    """導入: the title slide and the first slide after it; まとめ: the quiz just before the
    closing slide, the closing slide and what follows it (else the last slide); 展開: the rest."""
    count = len(slides)
    closing = next((i for i, s in enumerate(slides) if s.kind == SlideKind.CLOSING), count - 1)
    if closing > 0 and slides[closing - 1].kind == SlideKind.QUIZ:
        closing -= 1
    intro_end = 2 if count > 3 and slides[0].kind == SlideKind.TITLE else 1
    intro_end = min(intro_end, closing) if count > 1 else 1
    return [
        INTRO if i < intro_end else SUMMARY if i >= closing and count > 1 else DEVELOPMENT
        for i in range(count)
    ]


def _quoted(text: str) -> str:
    # NOTE: a question the pupils see, quoted in the lesson guide (「…」 in Japanese)
    return _("“{text}”").format(text=" ".join(ruby.plain(text).split()))


def build_guide(
    lesson: Lesson,
    audience: Audience,
    dataset: DataSet,
    minutes: int,
    contacts: Sequence[LocalContact] = (),
    outdated: EditionDate | None = None,
) -> LessonGuide:
    """The guide for `lesson` (as the plan shows it) for `audience`, in a lesson of `minutes`,
    in the current language; `outdated`: the newest edition, when it is probably out of date
    (`model/data/edition_age.py`), which the guide then says under its subtitle."""
    with i18n.readings(i18n.PLAIN):  # the teacher's: kanji, never readings
        guide = _build(lesson, audience, dataset, minutes, contacts)
    return replace(guide, age_line=notice(outdated)) if outdated else guide


def _build(
    lesson: Lesson,
    audience: Audience,
    dataset: DataSet,
    minutes: int,
    contacts: Sequence[LocalContact],
) -> LessonGuide:
    slides = list(lesson.for_audience(audience))
    times = row_minutes(slides, audience, minutes)
    rows: list[GuideRow] = []
    shares_with = _shares_with(times)
    any_derived = False
    title = ""
    for number, (slide, phase, time) in enumerate(
        zip(slides, phases(slides), times, strict=True), start=1
    ):
        shown = render_slide(lesson, slide, audience, dataset)
        step = step_for(slide.kind, slide.id, audience)
        shown_title = " ".join(ruby.plain(shown.title).split())
        if slide.kind == SlideKind.TITLE and not title:
            title = shown_title
        questions = [_quoted(_(step.question))] if step.question else []
        questions += [_quoted(q.question) for q in shown.quiz]
        notes = [_(n) for n in step.notes]
        figures = [counted(ruby.plain(f.text), f.figure) for f in shown.figures]
        if figures and slide.kind != SlideKind.QUIZ:
            # NOTE: in the lesson guide: the figures a slide shows, e.g. "1,566人, 74.2%*"
            notes.append(_("Figures shown: {figures}").format(figures=_(", ").join(figures)))
            any_derived |= any(f.endswith(DERIVED_MARK) for f in figures)
        if slide.kind == SlideKind.SCHOOL:
            notes += [ruby.plain(b) for b in shown.bullets]
        rows.append(
            GuideRow(
                phase=phase,
                slide_id=slide.id,
                number=number,
                minutes=time,
                activity=_(step.activity),
                shown=shown_title,
                questions=questions,
                reactions=[_(r) for r in step.reactions],
                notes=notes,
                evaluation=_(step.evaluation) if step.evaluation else "",
                with_slide=shares_with[number - 1],
            )
        )
    return LessonGuide(
        language=current_language(),
        audience=audience,
        minutes=minutes,
        # NOTE: the lesson guide's title (学習指導案)
        title=_("Presenter's guide"),
        subtitle=f"{_('SNS Safety Classroom')} — {edition_line(dataset)}",
        before=_before(slides, audience, minutes, title),
        # NOTE: the heading of the lesson guide's table (展開: the course of the lesson)
        table_heading=_("Course of the lesson"),
        columns=[_(c) for c in COLUMNS],
        phase_names={key: _(name) for key, name in PHASES.items()},
        rows=rows,
        after=_after(slides, audience, dataset, contacts, any_derived),
    )


def _before(slides: Sequence[Slide], audience: Audience, minutes: int, title: str) -> list[Section]:
    prepare = [_(p) for p in PREPARE_ALWAYS]
    if any(s.kind == SlideKind.ACTIVITY for s in slides):
        prepare.append(_(PREPARE_ACTIVITY))
    prepare.append(_(PREPARE_CONTACTS))
    # NOTE: the lesson guide's audience and length, e.g. "中学生向け（50分）"
    target = _("{audience} ({minutes} minutes)").format(
        audience=audience_label(audience), minutes=minutes
    )
    return [
        # NOTE: the lesson guide's sections: 主題名, 対象, 本時のねらい, 準備するもの
        Section(_("Topic"), [Item(title)]),
        Section(_("Audience"), [Item(target)]),
        Section(_("Aims of this lesson"), [Item(_(a)) for a in AIMS[audience]]),
        Section(_("What to prepare"), [Item(p) for p in prepare]),
    ]


def _after(
    slides: Sequence[Slide],
    audience: Audience,
    dataset: DataSet,
    contacts: Sequence[LocalContact],
    any_derived: bool,
) -> list[Section]:
    # the help lines in their official names (the teacher's), the school's own contacts first
    helplines, local = helpline_rows(dataset, Audience.ADULTS, contacts)
    ids = {s.id for s in slides}
    japanese = current_language() == "ja"
    terms = [
        Item(_(t.meaning), t.ja if japanese else f"{t.en} ({t.ja})")
        for t in TERMS
        if not t.slides or ids & set(t.slides)
    ]
    figures = [Item(edition_line(dataset))]
    if any_derived:
        figures.append(Item(derived_note(Audience.ADULTS)))
    return [
        # NOTE: the lesson guide's sections: 配慮事項, 相談窓口, よくある質問, 用語, 数値, 利用条件
        Section(_("Care points"), [Item(_(text), _(label)) for label, text in CONSIDERATIONS]),
        Section(_("Help lines"), [_help_item(row) for row in (*local, *helplines)]),
        Section(_("Questions teachers ask"), [Item(_(a), _(q)) for q, a in FAQ]),
        Section(_("Glossary"), terms),
        Section(_("Figures"), figures),
        Section(_("Terms of use"), [Item(line) for line in terms_lines()]),
    ]


def _help_item(row: HelpLineRow) -> Item:
    text = row.number if not row.hours else f"{row.number} ({row.hours})"
    if current_language() == "ja" and row.hours:
        text = f"{row.number}（{row.hours}）"
    return Item(text, ruby.plain(row.name))
