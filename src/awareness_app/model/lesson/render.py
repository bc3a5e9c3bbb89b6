"""A slide as it is shown: translated, with its figures formatted, for one audience. No Qt here.

The window, the screenshot and the Markdown script all show a `RenderedSlide`, so they cannot
disagree about what a slide says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ... import i18n
from ...i18n import (
    N_,
    NP_,
    _,
    format_date,
    format_year,
    join_list,
    pgettext,
)
from ...resources import editions
from ..data.dataset import DataSet, Figure, Source
from ..text import ruby
from ..text.figure_text import (
    WORD_STYLES,
    ShownFigure,
    counted,
    fill,
    fill_values,
    format_value,
    unmarked,
)
from ..text.phrases import tr
from ..text.plain_labels import figure_label, source_title
from .contacts import LocalContact
from .lesson import Audience, Lesson, Slide, SlideKind, Text
from .overshare import RenderedProfile, render_profiles
from .quiz import RenderedQuestion, questions_for, render_quiz

AUDIENCE_LABELS: dict[Audience, str] = {
    Audience.ELEMENTARY: N_("For elementary pupils"),
    Audience.JUNIOR_HIGH: N_("For junior high school"),
    Audience.HIGH_SCHOOL: N_("For high school"),
    Audience.ADULTS: N_("For parents and teachers"),
}


def audience_label(audience: Audience) -> str:
    return _(AUDIENCE_LABELS[audience])


@dataclass(frozen=True)
class HelpLineRow:
    name: str
    number: str
    hours: str


@dataclass(frozen=True)
class RenderedSlide:
    id: str
    kind: SlideKind
    number: int  # 1-based, in the audience's lesson
    count: int
    title: str
    body: str
    bullets: list[str]
    notes: str
    headline: ShownFigure | None
    figures: list[ShownFigure]  # every figure the slide shows, headline first
    chart: str | None
    source_line: str
    helplines: list[HelpLineRow] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)  # the closing slide's list
    local_contacts: list[HelpLineRow] = field(default_factory=list)  # the school's own (closing)
    slide_sources: list[Source] = field(default_factory=list)  # of the slide's platform facts
    quiz: list[RenderedQuestion] = field(default_factory=list)  # the quiz slide's questions
    activity: list[RenderedProfile] = field(default_factory=list)  # the overshare activity
    # the notes for presenting the exported file: no app keys, buttons or toolbar (the notes
    # where the slide has no notes of its own for that)
    room_notes: str = ""
    # whether its pupils' words carry furigana markup (rendered inside `readings_for` for an
    # audience that gets readings): the quiz and the activity draw their own words the same way
    with_readings: bool = False


# NOTE: after a source's headline shown in translation, e.g. 「…」（英語の見出しの仮訳）
TRANSLATED_HEADLINE = N_("{line} (translated headline)")
NP_("elementary", "{line} (translated headline)")  # with furigana for elementary pupils


def describe_source(source: Source, audience: Audience | None = None) -> str:
    """One line of a source list: publisher, date and title, punctuated for the language
    (for elementary pupils a neutral title where the headline names offences). An article's
    own headline is quoted (「…」 in Japanese), and marked as a translation where it is shown in
    another language than its own; a title of ours (a description) is not quoted."""
    publisher, title = tr(audience, source.publisher), source_title(source, audience)
    date = format_date(source.date) if source.date else ""
    described = not source.headline or (audience == Audience.ELEMENTARY and source.plain_title)
    if described:
        if date:
            # NOTE: a source described in our words (not a headline, so not quoted), e.g.
            # "The Japan News, 27 February 2026: News report on the NPA's figures for 2025"
            line = pgettext("description", NP_("description", "{publisher}, {date}: {title}"))
            return line.format(publisher=publisher, date=date, title=title)
        # NOTE: the same without a date
        line = pgettext("description", NP_("description", "{publisher}: {title}"))
        return line.format(publisher=publisher, title=title)
    if date:
        # NOTE: a source in a list, with the article's own headline (quoted), e.g.
        # "The Japan Times, 14 March 2024: Report on …"
        line = _("{publisher}, {date}: {title}").format(publisher=publisher, date=date, title=title)
    else:
        # NOTE: a source without a date, e.g. "The Mainichi: Report on …"
        line = _("{publisher}: {title}").format(publisher=publisher, title=title)
    if ruby.plain(title) != source.title:  # the headline, translated from its own language
        mark = pgettext(audience.value, TRANSLATED_HEADLINE) if audience else _(TRANSLATED_HEADLINE)
        return mark.format(line=line)
    return line


def describe_derivation(figure: Figure, dataset: DataSet, audience: Audience | None = None) -> str:
    """How a derived figure was computed, in words, with the figures it was computed from."""
    if figure.derivation is None:
        return ""
    inputs = [dataset.figures[ref] for ref in figure.derivation.args]
    named = [
        _("{label} ({year}): {value}").format(
            label=figure_label(f, audience), year=format_year(f.year), value=format_value(f)
        )
        for f in inputs
    ]
    op = figure.derivation.op
    if op == "share":
        how = _("Computed as a share: the first figure divided by the second, times 100.")
    elif op == "change":
        how = _("Computed as the change from the first figure to the second, in percent.")
    elif op == "difference":
        how = _("Computed by subtracting the other figures from the first.")
    elif op == "ratio":
        how = _("Computed by dividing the first figure by the second.")
    else:
        how = _(
            "Computed as the previous year's value implied by the count and its reported change."
        )
    return how + "\n" + "\n".join(f"• {n}" for n in named)


def render_slide(
    lesson: Lesson,
    slide: Slide,
    audience: Audience,
    dataset: DataSet,
    contacts: Sequence[LocalContact] = (),
    *,
    markup_everywhere: bool = False,
) -> RenderedSlide:
    """`slide` for `audience`, translated into the current language, figures filled in.

    `contacts`: the school's own contacts for the closing slide (the views and exports pass
    those of their `Classroom`; none by default).

    Inside `i18n.readings(RUBY)` (see `model.furigana.readings_for`) the title, body, bullets,
    help lines and the quiz keep the catalogue's furigana markup (the quiz view draws it, as
    slides do); the footer has the marked words in kana, the activity too (its picture draws no
    readings), and the notes and figures have none. With `markup_everywhere` the footer and the
    activity keep the markup too (the PowerPoint export writes readings in brackets, or takes
    them out)."""
    slides = lesson.for_audience(audience)
    number = slides.index(slide) + 1
    names, pairs = fill_values(dataset, slide.all_values(), audience)
    # the figures shown: those with a number (words such as "a record" are not a figure)
    shown = [
        ShownFigure(s.figure, ruby.plain(s.text)) for v, s in pairs if v.style not in WORD_STYLES
    ]
    with_ruby = i18n.readings_mode() == i18n.RUBY and not markup_everywhere

    def text(t: Text) -> str:
        return fill(t, audience, names)

    # the speaker notes are the teacher's: figures and phrases in the adults' wording ("up 5.4%
    # on the year before", "72.1%"), whatever the audience (never the pupils' "10人に7人")
    note_names, _shown = fill_values(dataset, slide.all_values(), NOTES_WORDING)
    note_names.update(slide_pointers(slides, number))

    def note(t: Text, optional: bool = False) -> str:
        return fill(t, audience, note_names, optional=optional)

    source_line = edition_line(dataset, audience)
    slide_sources = [dataset.sources[sid] for sid in slide.sources_for(audience)]
    if slide_sources:
        source_line = checked_line(slide_sources, dataset, audience)
    body = text(slide.body)
    title = text(slide.title)
    bullets = [b for b in (fill(t, audience, names, optional=True) for t in slide.bullets) if b]
    # derived figures are marked where they are shown: in the footer, not in the sentences
    visible = ruby.plain(" ".join([title, body, *bullets, shown[0].text if slide.headline else ""]))
    derived = [s.text for s in shown if s.figure.grade == "derived" and s.text in visible]
    if derived:
        source_line = derived_line(source_line, derived, audience)
    if slide.own is not None:  # the school's own slide: the teacher's words, as written
        title, body, bullets, source_line = _own_words(slide, i18n.current_language())
    if slide.kind == SlideKind.TITLE and not body:
        # the audience, and which edition of the figures the lesson shows (not in the footer)
        body = f"{audience_label(audience)}\n{source_line}"
        source_line = ""
    helplines: list[HelpLineRow] = []
    local: list[HelpLineRow] = []
    sources: list[Source] = []
    if slide.kind == SlideKind.CLOSING:
        helplines, local = helpline_rows(dataset, audience, contacts)
        used = {sid for f in dataset.figures.values() for sid in f.sources}
        used |= {h.source for h in dataset.helplines}
        used |= {sid for s in slides for sid in s.sources}
        sources = [s for sid, s in dataset.sources.items() if sid in used]
    quiz: list[RenderedQuestion] = []
    if slide.kind == SlideKind.QUIZ:
        quiz = render_quiz(lesson, audience, dataset)
        refs = {s.figure.ref for s in shown}
        for question in quiz:
            for figure_shown in question.figures:
                if figure_shown.figure.ref not in refs:
                    refs.add(figure_shown.figure.ref)
                    shown.append(ShownFigure(figure_shown.figure, ruby.plain(figure_shown.text)))
        # the platform facts' sources only: the police figures are listed with each figure
        platform = (sid for q in questions_for(audience, dataset) for sid in q.sources)
        slide_sources = [dataset.sources[sid] for sid in dict.fromkeys(platform)]
    return RenderedSlide(
        id=slide.id,
        kind=slide.kind,
        number=number,
        count=len(slides),
        title=title,
        body=body,
        bullets=bullets,
        notes=ruby.plain(
            "\n\n".join(
                n for n in (note(slide.notes), *(note(t, True) for t in slide.extra_notes)) if n
            )
        ),
        headline=(
            ShownFigure(shown[0].figure, counted(shown[0].text, shown[0].figure))
            if slide.headline
            else None
        ),
        figures=shown,
        chart=slide.chart,
        source_line=ruby.kana(source_line) if with_ruby else source_line,
        helplines=helplines,
        sources=sources,
        local_contacts=local,
        slide_sources=slide_sources,
        quiz=quiz,
        activity=_activity(audience, with_ruby) if slide.kind == SlideKind.ACTIVITY else [],
        with_readings=with_ruby,
        room_notes=ruby.plain(
            "\n\n".join(
                n
                for n in (
                    note(slide.room_notes if slide.room_notes.default else slide.notes),
                    *(note(t, True) for t in slide.extra_notes),
                )
                if n
            )
        ),
    )


# The wording of figures and phrases in every audience's speaker notes: the teacher's
NOTES_WORDING = Audience.ADULTS


def slide_pointers(slides: Sequence[Slide], number: int) -> dict[str, str]:
    """Pointers from the slide at `number` (1-based) to the others of the lesson as it is
    ordered (the plan's order): `{slide_elementary}` is "the next slide" where that slide
    follows, else "slide 6"; a slide not in the lesson has no pointer, so a note naming it is
    left out (`fill(..., optional=True)`). Notes never type "the next slide" themselves."""
    pointers: dict[str, str] = {}
    for index, other in enumerate(slides, start=1):
        name = "slide_" + other.id.replace("-", "_")
        if index == number + 1:
            # NOTE: a pointer in the speaker notes to the slide after this one
            pointers[name] = _("the next slide")
        elif index == number - 1:
            # NOTE: a pointer in the speaker notes to the slide before this one
            pointers[name] = _("the slide before")
        else:
            # NOTE: a pointer in the speaker notes to another slide, by its number
            pointers[name] = _("slide {number}").format(number=index)
    return pointers


def helpline_rows(
    dataset: DataSet, audience: Audience, contacts: Sequence[LocalContact] = ()
) -> tuple[list[HelpLineRow], list[HelpLineRow]]:
    """The help lines of the closing slide, and the school's own contacts."""
    plain = audience == Audience.ELEMENTARY
    helplines = [
        HelpLineRow(
            tr(audience, h.plain_name if plain and h.plain_name else h.name),
            h.number,
            tr(audience, h.hours),
        )
        for h in dataset.helplines
    ]
    local = [HelpLineRow(c.name(), c.phone_or_room, c.hours()) for c in contacts]
    return helplines, local


def _own_words(slide: Slide, language: str) -> tuple[str, str, list[str], str]:
    """The school's own slide in `language` (the other language's words where the teacher wrote
    none): plain text, with no furigana markup (`plan.plain_text`)."""
    assert slide.own is not None
    clean = str.maketrans({ruby.BAR: "|", ruby.OPEN: "〈", ruby.CLOSE: "〉"})
    title = slide.own.title.get(language).translate(clean)
    bullets = [p.get(language).translate(clean) for p in slide.own.points]
    # NOTE: the footer of a slide the school wrote itself (not from the police figures)
    return title, "", [b for b in bullets if b], _("From our school")


def _activity(audience: Audience, kana: bool) -> list[RenderedProfile]:
    """The overshare activity's profiles: its views draw no ruby, so with `kana` (and ruby asked
    for) marked words in kana."""
    mode = i18n.readings_mode()
    with i18n.readings(i18n.KANA if kana and mode == i18n.RUBY else mode):
        return render_profiles(audience)


# The footers elementary pupils read, with entries of their own (furigana in Japanese); the
# publisher's name is the data file's, marked here for the pupils' entry.
_ELEMENTARY_FOOTERS = (
    NP_("elementary", "{publisher} figures for {year}, released {date}"),
    NP_("elementary", "National Police Agency"),
    NP_(
        "elementary",
        "Settings as checked on {date}; menus may have changed since. Sources: {sites}",
    ),
)


def edition_line(dataset: DataSet, audience: Audience | None = None) -> str:
    """Which edition the lesson shows: "National Police Agency figures for 2025, released
    26 February 2026" (worded for `audience` where it has its own entry)."""
    # NOTE: the edition of the data on every slide's footer, the title slide, the handout and
    # the script, e.g. "National Police Agency figures for 2025, released 26 February 2026"
    line = tr(audience, N_("{publisher} figures for {year}, released {date}"))
    return line.format(
        publisher=tr(audience, dataset.publisher),
        year=format_year(dataset.year),
        date=format_date(dataset.released),
    )


def derived_line(line: str, derived: Sequence[str], audience: Audience) -> str:
    """A slide's footer with the figures on it that are derived (computed from reported ones)."""
    figures = join_list(dict.fromkeys(unmarked(text) for text in derived))
    if audience == Audience.ELEMENTARY:
        # NOTE: a slide's footer for elementary pupils, e.g. "… · *Worked out from other
        # numbers: 26.9%" (the * is the mark after those numbers on the slide)
        return _("{line} · *Worked out from other numbers: {figures}").format(
            line=line, figures=figures
        )
    # NOTE: a slide's footer, e.g. "… · *Derived from the reported counts: 48.4%, 62" (the *
    # is the mark after those figures on the slide)
    return _("{line} · *Derived from the reported counts: {figures}").format(
        line=line, figures=figures
    )


def is_built_in(dataset: DataSet) -> bool:
    """Whether `dataset` is one of the editions the app ships (not a file a teacher opened)."""
    path = editions().get(dataset.year)
    return path is not None and path.resolve() == Path(dataset.path).resolve()


def dataset_line(dataset: DataSet) -> str:
    """The edition line, after the file's own title when it is not a built-in edition (a
    district's or a teacher's file): for the status bar and the script."""
    text = edition_line(dataset)
    if is_built_in(dataset):
        return text
    # NOTE: a data file opened by the teacher: its title, then e.g. "National Police Agency
    # figures for 2025, released 26 February 2026"
    return _("{title}: {edition}").format(title=_(dataset.title), edition=text)


def source_site(source: Source) -> str:
    """A short name for a source in a footer: its web site ("help.x.com"), else its publisher."""
    host = urlsplit(source.url).hostname if source.url else None
    return host or _(source.publisher)


def checked_line(
    sources: Sequence[Source], dataset: DataSet, audience: Audience | None = None
) -> str:
    """The footer of a slide of platform facts: when they were checked, and where from."""
    sites = list(dict.fromkeys(source_site(s) for s in sources))
    # NOTE: the footer of the guidance slides; {sites} is a list of web sites, e.g. help.x.com.
    line = N_("Settings as checked on {date}; menus may have changed since. Sources: {sites}")
    line = tr(audience, line)
    return line.format(date=format_date(dataset.facts_checked), sites=join_list(sites))
