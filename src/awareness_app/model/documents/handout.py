"""The handout: what the one- or two-page A4 sheet says, for one audience, in the current
language. No Qt here: `ui/handout_pdf.py` lays it out and draws it.

What pupils read keeps the catalogue's furigana markup (`｜漢字《かんじ》`) where the audience
gets furigana, and the layout draws the readings above the kanji; what the teacher reads (the
sources) is plain kanji. No word is ever swapped for its kana.

A handout holds the key figures (each a number from the data set and a caption worded for the
audience), one or two charts, the guidance in short (the bullets of the lesson's guidance
slides, as the class saw them), the help lines with the school's own contacts, the sources of
everything on it, and the dates: when the data was released, when the platform facts were
checked, and when the handout was made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ... import i18n
from ...i18n import N_, NP_, _, current_language, format_date, pgettext
from ..charts.build import chart_rows
from ..data.dataset import DataSet, Source
from ..data.edition_age import EditionDate, notice
from ..lesson.contacts import LocalContact
from ..lesson.lesson import At, Audience, Lesson, Slide, Style, T, Text, Value
from ..lesson.render import (
    HelpLineRow,
    audience_label,
    checked_line,
    describe_source,
    edition_line,
    helpline_rows,
    render_slide,
)
from ..lesson.terms_of_use import terms_lines, terms_short
from ..text.figure_text import (
    ShownFigure,
    counted,
    derived_note,
    fill,
    fill_values,
    find_value,
    format_value,
)
from ..text.furigana import DEFAULT, readings_for
from ..text.plain_labels import source_url


@dataclass(frozen=True)
class KeyFigure:
    """A number of the data set and the caption printed under it."""

    value: Value
    caption: Text


# The key figures, in print order: the first `KEY_FIGURE_COUNT` that the edition has. Captions
# follow the lesson's wording rules: frank but never explicit for elementary pupils, and never
# a number, a year or a comparative word typed in (see lesson.py and phrases.py).
KEY_FIGURES: tuple[KeyFigure, ...] = (
    KeyFigure(
        Value("victims", key="victims"),
        T(
            # NOTE: the caption under the number of victims on the handout, e.g. "1,566";
            # {change} is e.g. "up 5.4% on the year before".
            N_("children were victims of crimes that began on social media in {year}: {change}"),
            elementary=N_("children were hurt in {year} by people they first met on social media"),
        ),
    ),
    KeyFigure(
        Value("serious", key="serious"),
        T(
            # NOTE: the caption under the number of victims of serious crimes, e.g. "225";
            # {serious_record} is e.g. "a record".
            N_("victims of serious crimes such as abduction: {share} of all, {serious_record}"),
            elementary=N_("children were seriously harmed, for example taken away"),
        ),
    ),
    KeyFigure(
        Value("elementary", key="victims-elementary"),
        T(
            # NOTE: the caption under the number of elementary-pupil victims, e.g. "167";
            # {times} is e.g. "nearly six times".
            N_("elementary pupils: {times} as many as in {first_year} ({first})"),
            elementary=N_("elementary school children: {times} as many as in {first_year}"),
        ),
    ),
    KeyFigure(
        Value("first_contact", key="first-contact"),
        T(
            # NOTE: the caption under the share of cases where the child made the first
            # contact, e.g. "74.2%".
            N_("of cases began when the child made the first contact, e.g. by sharing a profile"),
            # NOTE: for elementary pupils after a share in people, e.g. "more than 7 in 10".
            elementary=N_("cases started with something the child posted, like a profile"),
        ),
    ),
    KeyFigure(
        Value("met", key="met-x-or-instagram-count"),
        T(
            # NOTE: the caption under the number of victims who met the offender on Instagram
            # or X, e.g. "763".
            N_("victims met the offender on Instagram or X, the two sites where most met them"),
            # NOTE: for elementary pupils: a figure of all ages, said as one ({total} is all
            # the victims, e.g. "1,566")
            elementary=N_(
                "of all {total} children, of every age, first met that person on Instagram or X"
            ),
        ),
    ),
)
KEY_FIGURE_COUNT = 4

# Figures the captions name besides the key figure itself (where the edition has them).
CAPTION_VALUES: tuple[Value, ...] = (
    Value("change", key="victims-change", style=Style.CHANGE_WORDS, optional=True),
    Value("share", key="serious-share", optional=True),
    Value("serious_record", key="serious", style=Style.EXTREME, optional=True),
    Value("times", key="victims-elementary-growth", style=Style.TIMES_WORDS, optional=True),
    Value("first", key="victims-elementary", at=At.FIRST, optional=True),
    Value("total", key="victims", optional=True),
)

# The charts, most important first; a one-page (bilingual) handout prints the first only.
CHARTS: tuple[str, ...] = ("trend", "first-contact")
# The guidance: the lesson's slides whose bullets the handout repeats, in print order. The
# slides not in the audience's lesson are left out; `short` handouts print the first two only.
GUIDANCE_SLIDES: tuple[str, ...] = (
    "warning-signs",
    "if-it-happens",
    "guidance-x",
    "guidance-instagram",
    "at-home",
)
SHORT_GUIDANCE = 2

# The headings elementary pupils read, with entries of their own (furigana in Japanese).
_ELEMENTARY_HEADINGS = (
    NP_("elementary", "Handout made on {date}"),
    NP_("elementary", "Handout"),
    NP_("elementary", "What to look out for, and what to do"),
    NP_("elementary", "Help lines"),
    NP_("elementary", "Reported"),
    NP_("elementary", "Derived"),
)


@dataclass(frozen=True)
class GuidanceSection:
    slide_id: str
    title: str
    intro: str
    bullets: list[str]
    checked: str = ""  # "Settings as checked on …" for platform facts


@dataclass(frozen=True)
class Handout:
    language: str
    audience: Audience
    app_name: str
    title: str
    audience_label: str
    data_line: str  # "Data: National Police Agency, 2023 (released 14 March 2024)"
    made_line: str  # "Handout made on 28 November 2026"
    figures: list[tuple[ShownFigure, str]]  # (the number, its caption)
    charts: list[str]
    guidance: list[GuidanceSection]
    helplines: list[HelpLineRow]
    local_contacts: list[HelpLineRow]
    sources: list[Source]
    source_lines: list[str]  # the sources as printed: plain kanji, for the teacher
    checked_date: str  # when the platform facts were checked, formatted
    headings: dict[str, str] = field(default_factory=dict)
    # what the mark after a derived figure means, printed under the key figures ("" = none)
    derived_note: str = ""
    # that the newest figures are probably out of date, under the data line ("" = they are not)
    age_line: str = ""
    # the terms of use (`model/lesson/terms_of_use.py`), small print under the sources: for the
    # teacher (one line on the one-page handout)
    terms: tuple[str, ...] = ()


def build_handout(
    lesson: Lesson,
    audience: Audience,
    dataset: DataSet,
    *,
    short: bool = False,
    contacts: Sequence[LocalContact] = (),
    made_on: dt.date | None = None,
    furigana: str = DEFAULT,
    outdated: EditionDate | None = None,
) -> Handout:
    """The handout for `audience`, in the current language; `outdated`: the newest edition,
    when it is probably out of date (`model/data/edition_age.py`), said under the data line.

    `short`: the one-page version (of a bilingual handout): one chart and the first
    guidance sections only. `contacts`: the school's own contacts (none by default).
    For an audience that gets furigana under the `furigana` setting, what pupils read keeps the
    catalogue's markup (the layout draws the readings above the kanji); the sources never have
    it.
    """
    with readings_for(audience, furigana):
        handout = _build_handout(
            lesson, audience, dataset, short=short, contacts=contacts, made_on=made_on
        )
    if outdated is None:
        return handout
    return replace(handout, age_line=notice(outdated))  # for the teacher and the parents


def _build_handout(
    lesson: Lesson,
    audience: Audience,
    dataset: DataSet,
    *,
    short: bool,
    contacts: Sequence[LocalContact],
    made_on: dt.date | None,
) -> Handout:
    from ..lesson.lesson import SlideKind

    slides = {s.id: s for s in lesson.for_audience(audience)}
    names, caption_figures = fill_values(dataset, CAPTION_VALUES, audience)
    figures: list[tuple[ShownFigure, str]] = []
    for key_figure in KEY_FIGURES:
        if len(figures) == KEY_FIGURE_COUNT:
            break
        figure = find_value(dataset, key_figure.value)
        if figure is None:
            continue
        caption = fill(key_figure.caption, audience, names, optional=True)
        if caption:
            shown = format_value(figure, audience=audience)  # pupils: "7 in 10", not 70%
            # the number keeps its counter (1,566人), so the caption never starts with it
            figures.append((ShownFigure(figure, counted(shown, figure)), caption))

    charts = [c for c in CHARTS if any(s.chart == c for s in slides.values())]
    if short:
        charts = charts[:1]

    guidance: list[GuidanceSection] = []
    for slide_id in GUIDANCE_SLIDES:
        slide = slides.get(slide_id)
        if slide is None:
            continue
        rendered = render_slide(lesson, slide, audience, dataset, contacts=())
        # the slide's footer has its marked words in kana (a slide's footer draws no ruby):
        # the handout words it again, with the markup
        checked = ""
        if slide.sources:
            checked = checked_line([dataset.sources[s] for s in slide.sources], dataset, audience)
        guidance.append(
            GuidanceSection(slide_id, rendered.title, rendered.body, rendered.bullets, checked)
        )
    if short:
        guidance = guidance[:SHORT_GUIDANCE]
    # the school's own slides of a lesson plan, as the class saw them
    for slide in slides.values():
        if slide.kind == SlideKind.SCHOOL:
            rendered = render_slide(lesson, slide, audience, dataset, contacts=())
            guidance.append(GuidanceSection(slide.id, rendered.title, "", rendered.bullets, ""))

    closing = next((s for s in slides.values() if s.kind == SlideKind.CLOSING), None)
    helplines: list[HelpLineRow] = []
    local: list[HelpLineRow] = []
    if closing is not None:
        rendered = render_slide(lesson, closing, audience, dataset, contacts=contacts)
        helplines, local = rendered.helplines, rendered.local_contacts
    else:  # a lesson plan that hides the closing slide: the handout keeps the help lines
        helplines, local = helpline_rows(dataset, audience, contacts)

    # the short handout's chart names its outlets under it: its list has the sources of the
    # rest (one page has no room for a report of every year of the chart's series)
    sources = _sources(
        dataset,
        figures,
        caption_figures,
        [] if short else charts,
        audience,
        [slides[g.slide_id] for g in guidance if g.slide_id in GUIDANCE_SLIDES],
    )
    with i18n.readings(i18n.PLAIN):  # for the teacher: kanji, never readings or kana
        source_lines = [describe_source(s, audience) + _url(s, audience) for s in sources]
        # the one-page handout has room for a line, not two sentences (its chart would go)
        terms = (terms_short(),) if short else terms_lines()
    made = made_on or dt.date.today()
    shown_derived = any(
        f.figure.grade == "derived"
        for f in [*(shown for shown, _caption in figures), *(sf for _v, sf in caption_figures)]
    )
    return Handout(
        language=current_language(),
        audience=audience,
        app_name=_("SNS Safety Classroom"),
        title=(
            pgettext(audience.value, slides["title"].title.for_audience(audience))
            if "title" in slides
            else ""
        ),
        audience_label=audience_label(audience),
        data_line=edition_line(dataset, audience),
        made_line=pgettext(audience.value, N_("Handout made on {date}")).format(
            date=format_date(made.isoformat())
        ),
        figures=figures,
        derived_note=derived_note(audience) if shown_derived else "",
        terms=terms,
        charts=charts,
        guidance=guidance,
        helplines=helplines,
        local_contacts=local,
        sources=sources,
        source_lines=source_lines,
        checked_date=format_date(dataset.facts_checked),
        headings={
            key: pgettext(audience.value, heading)
            for key, heading in (
                ("handout", N_("Handout")),
                ("figures", N_("Key figures")),
                ("guidance", N_("What to look out for, and what to do")),
                ("help", N_("Help lines")),
                ("local", N_("Our school")),
                ("sources", N_("Sources")),
                ("reported", N_("Reported")),
                ("derived", N_("Derived")),
            )
        },
    )


def _url(source: Source, audience: Audience) -> str:
    url = source_url(source, audience)
    return f" — {url}" if url else ""


def _sources(
    dataset: DataSet,
    figures: list[tuple[ShownFigure, str]],
    caption_figures: list[tuple[Value, ShownFigure]],
    charts: list[str],
    audience: Audience,
    guidance: Sequence[Slide],
) -> list[Source]:
    """The sources of everything on the handout (the figures, the charts' series, the guidance
    sections printed, the help lines), in the data set's order."""

    used: set[str] = set()
    for shown, _caption in figures:
        used.update(shown.figure.sources)
    for _value, shown_figure in caption_figures:
        used.update(shown_figure.figure.sources)
    for chart in charts:
        for figure in chart_rows(chart, dataset, audience):
            used.update(figure.sources)
    for slide in guidance:
        used.update(slide.sources)
    used.update(h.source for h in dataset.helplines if h.source)
    return [s for sid, s in dataset.sources.items() if sid in used]
