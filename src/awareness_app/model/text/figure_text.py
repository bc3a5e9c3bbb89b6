"""Figures written out in words and numbers for the current language and an audience: the one
place that turns a data-set figure into the text a slide, a quiz question, a chart or a handout
shows (`format_value`), and fills a lesson text's placeholders with them (`fill_values`,
`fill`). No Qt here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...i18n import N_, NP_, format_number, format_percent_value, format_year, pgettext
from ..data.dataset import DataSet, Figure
from ..lesson.lesson import At, Audience, Style, Text, Value
from .phrases import (
    change_words,
    extreme_words,
    pupils_share,
    signed_change,
    streak_words,
    times_words,
    tr,
)

WORD_STYLES = frozenset({Style.STREAK, Style.EXTREME})  # words only: not a figure shown


@dataclass(frozen=True)
class ShownFigure:
    """A figure on a slide, with the text it is shown as."""

    figure: Figure
    text: str


def format_value(
    figure: Figure,
    style: Style = Style.NUMBER,
    decimals: int | None = None,
    audience: Audience | None = None,
) -> str:
    """A figure written out for the current language, bounds included ("more than 70%").

    For elementary pupils (`audience`), who have not met percentages, a share is written in
    people: "more than 7 in 10" (`phrases.pupils_share`)."""
    text = _format_value(figure, style, decimals, audience)
    return marked(text) if figure.grade == "derived" else text


# The mark a derived figure (computed from reported ones) carries wherever it is written: on a
# slide, in the notes, the quiz, the handout, the PowerPoint and on a chart (whose bar is also
# drawn hatched, `spec.Bar`); the footer or source line beside it says what it means
# (`derived_note`). One rule, here: `format_value` adds it.
DERIVED_MARK = "*"


def marked(text: str) -> str:
    return text + DERIVED_MARK


def unmarked(text: str) -> str:
    return text.removesuffix(DERIVED_MARK)


def derived_note(audience: Audience | None) -> str:
    """What the mark means, for a footer or a source line."""
    if audience == Audience.ELEMENTARY:
        # NOTE: for elementary pupils: what the * after a number means
        return tr(audience, N_("* worked out from other numbers"))
    # NOTE: what the * after a figure means (a figure's grade: 算出値)
    return tr(audience, N_("* derived: computed from the reported figures"))


def _format_value(
    figure: Figure,
    style: Style,
    decimals: int | None,
    audience: Audience | None,
) -> str:
    places = figure.decimals if decimals is None else decimals
    if figure.unit == "percent" and style == Style.NUMBER:
        style = Style.PERCENT
    if style == Style.PERCENT and audience == Audience.ELEMENTARY:
        return pupils_share(figure.value, figure.bound, audience)
    if style == Style.PERCENT:
        text = format_percent_value(figure.value, places)
    elif style == Style.SIGNED_PERCENT:
        return signed_change(figure.value, places, audience)
    elif style == Style.ABOUT_NUMBER:
        # NOTE: a derived count shown rounded, e.g. "about 474"
        text = tr(audience, N_("about {number}")).format(number=format_number(round(figure.value)))
    else:
        text = format_number(figure.value, places)
    if figure.bound == "more-than":
        # NOTE: a figure known only as a lower bound, e.g. "more than 70%"
        text = tr(audience, N_("more than {value}")).format(value=text)
    elif figure.bound == "nearly":
        # NOTE: a figure known only approximately, e.g. "nearly 60%"
        text = tr(audience, N_("nearly {value}")).format(value=text)
    return text


# A large number shown on its own (a slide's headline, the handout's key figures) keeps its
# counter in languages that write one (1,566人, 114件), so the sentence after it never starts
# with the counter (GLOSSARY.md: "Keep the counter with its number"). English writes none.
COUNTERS: dict[str, str] = {
    # NOTE: a large number of children shown on its own, e.g. "1,566"; in Japanese with its
    # counter: 「{number}人」
    "children": NP_("counter-children", "{number}"),
    # NOTE: a large number of cases shown on its own, e.g. "114"; in Japanese with its counter:
    # 「{number}件」
    "cases": NP_("counter-cases", "{number}"),
}


def counted(text: str, figure: Figure) -> str:
    """`text` (a count written by `format_value`) with its counter, for a number shown alone."""
    message = COUNTERS.get(figure.unit)
    if message is None:
        return text
    # a derived count keeps its mark at the end: 859人*
    number = unmarked(text)
    text_counted = pgettext("counter-" + figure.unit, message).format(number=number)
    return marked(text_counted) if number != text else text_counted


def value_year(dataset: DataSet, value: Value) -> int | None:
    """The year `value` names in this edition, or None where its series has no such year."""
    if value.at == At.LATEST:
        return dataset.year
    if value.at == At.PREVIOUS:
        return dataset.year - 1
    series = dataset.series(value.key)
    if not series:
        return None
    return series[0].year if value.at == At.FIRST else series[-1].year


def find_value(dataset: DataSet, value: Value) -> Figure | None:
    """The figure `value` names in this edition, or None where the edition lacks it."""
    year = value_year(dataset, value)
    return None if year is None else dataset.figures.get((value.key, year))


def format_shown(
    dataset: DataSet, figure: Figure, value: Value, audience: Audience | None = None
) -> str:
    """`figure` written as `value` asks: a number, or words computed from its series, worded
    for `audience`."""
    if value.style == Style.TIMES_WORDS:
        return times_words(figure.value, audience)
    if value.style == Style.CHANGE_WORDS:  # a number in words: a derived one keeps its mark
        text = change_words(figure.value, figure.decimals, audience)
        return marked(text) if figure.grade == "derived" else text
    if value.style == Style.STREAK:
        return streak_words(dataset, figure, audience)
    if value.style == Style.EXTREME:
        return extreme_words(dataset, figure, audience)
    return format_value(figure, value.style, value.decimals, audience)


def fill_values(
    dataset: DataSet, values: Sequence[Value], audience: Audience | None = None
) -> tuple[dict[str, str], list[tuple[Value, ShownFigure]]]:
    """The placeholders of `values` (`{name}` and `{name_year}`, with `{year}` the edition's)
    and the figures shown, worded for `audience`. A missing optional value has no placeholder;
    a missing required one raises KeyError (`dataset_fit` keeps such slides out of an edition's
    lesson)."""
    names = {"year": format_year(dataset.year)}
    shown: list[tuple[Value, ShownFigure]] = []
    for value in values:
        figure = find_value(dataset, value)
        if figure is None:
            if value.optional:
                continue
            raise KeyError(f"no figure {value.key!r} ({value.at}) in {dataset.path}")
        text = format_shown(dataset, figure, value, audience)
        if not text and value.optional:
            continue  # words the series does not support ("" for no record): a bullet goes
        names[value.name] = text
        names[f"{value.name}_year"] = format_year(figure.year)
        shown.append((value, ShownFigure(figure, text)))
    return names, shown


def fill(text: Text, audience: Audience, names: dict[str, str], optional: bool = False) -> str:
    """`text` for `audience`, translated (the audience's own entry first, see `Text`),
    placeholders filled; "" where it is empty, or, when `optional`, where it names a figure the
    edition lacks."""
    source = text.for_audience(audience)
    if not source:
        return ""
    try:
        return pgettext(audience.value, source).format(**names)
    except KeyError:
        if optional:
            return ""
        raise
