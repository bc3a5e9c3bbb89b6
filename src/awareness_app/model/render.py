"""A slide as it is shown: translated, with its figures formatted, for one audience. No Qt here.

The window, the screenshot and the Markdown script all show a `RenderedSlide`, so they cannot
disagree about what a slide says.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import N_, _, format_date, format_number, format_percent_value, format_year
from .dataset import DataSet, Figure, Source
from .lesson import Audience, Lesson, Slide, SlideKind, Style, Value

AUDIENCE_LABELS: dict[Audience, str] = {
    Audience.ELEMENTARY: N_("For elementary pupils"),
    Audience.JUNIOR_HIGH: N_("For junior high school"),
    Audience.HIGH_SCHOOL: N_("For high school"),
    Audience.ADULTS: N_("For parents and teachers"),
}


def audience_label(audience: Audience) -> str:
    return _(AUDIENCE_LABELS[audience])


@dataclass(frozen=True)
class ShownFigure:
    """A figure on a slide, with the text it is shown as."""

    figure: Figure
    text: str


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


def format_value(figure: Figure, style: Style = Style.NUMBER, decimals: int | None = None) -> str:
    """A figure written out for the current language, bounds included ("more than 70%")."""
    places = figure.decimals if decimals is None else decimals
    if figure.unit == "percent" and style == Style.NUMBER:
        style = Style.PERCENT
    if style == Style.PERCENT:
        text = format_percent_value(figure.value, places)
    elif style == Style.SIGNED_PERCENT:
        text = format_percent_value(figure.value, places, signed=True)
    elif style == Style.TIMES:
        text = format_number(figure.value, places)
    elif style == Style.ABOUT_NUMBER:
        # NOTE: a derived count shown rounded, e.g. "about 474"
        text = _("about {number}").format(number=format_number(round(figure.value)))
    else:
        text = format_number(figure.value, places)
    if figure.bound == "more-than":
        # NOTE: a figure known only as a lower bound, e.g. "more than 70%"
        text = _("more than {value}").format(value=text)
    elif figure.bound == "nearly":
        # NOTE: a figure known only approximately, e.g. "nearly 60%"
        text = _("nearly {value}").format(value=text)
    return text


def describe_source(source: Source) -> str:
    """ "Publisher, date: title" for one line of a source list."""
    parts = [_(source.publisher)]
    if source.date:
        parts.append(format_date(source.date))
    line = ", ".join(parts)
    return f"{line}: {_(source.title)}" if source.title else line


def describe_derivation(figure: Figure, dataset: DataSet) -> str:
    """How a derived figure was computed, in words, with the figures it was computed from."""
    if figure.derivation is None:
        return ""
    inputs = [dataset.figures[ref] for ref in figure.derivation.args]
    named = [
        _("{label} ({year}): {value}").format(
            label=_(f.label), year=format_year(f.year), value=format_value(f)
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


def _shown(dataset: DataSet, value: Value) -> ShownFigure:
    figure = dataset.figure(value.key, value.year)
    return ShownFigure(figure, format_value(figure, value.style, value.decimals))


def render_slide(
    lesson: Lesson, slide: Slide, audience: Audience, dataset: DataSet
) -> RenderedSlide:
    """`slide` for `audience`, translated into the current language, figures filled in."""
    slides = lesson.for_audience(audience)
    number = slides.index(slide) + 1
    shown = [_shown(dataset, v) for v in slide.all_values()]
    names = {v.name: s.text for v, s in zip(slide.all_values(), shown, strict=True)}
    names.update(
        {
            f"{v.name}_year": format_year(s.figure.year)
            for v, s in zip(slide.all_values(), shown, strict=True)
        }
    )
    names["year"] = format_year(dataset.year)

    def text(t: object) -> str:
        source = t.for_audience(audience)  # type: ignore[attr-defined]
        return _(source).format(**names) if source else ""

    source_line = _("Data: {publisher}, {year}").format(
        publisher=_(dataset.publisher), year=format_year(dataset.year)
    )
    body = text(slide.body)
    if slide.kind == SlideKind.TITLE and not body:
        body = audience_label(audience)
    helplines: list[HelpLineRow] = []
    sources: list[Source] = []
    if slide.kind == SlideKind.CLOSING:
        helplines = [HelpLineRow(_(h.name), h.number, _(h.hours)) for h in dataset.helplines]
        used = {sid for f in dataset.figures.values() for sid in f.sources}
        sources = [s for sid, s in dataset.sources.items() if sid in used]
    return RenderedSlide(
        id=slide.id,
        kind=slide.kind,
        number=number,
        count=len(slides),
        title=text(slide.title),
        body=body,
        bullets=[b for b in (text(t) for t in slide.bullets) if b],
        notes=text(slide.notes),
        headline=shown[0] if slide.headline else None,
        figures=shown,
        chart=slide.chart,
        source_line=source_line,
        helplines=helplines,
        sources=sources,
    )
