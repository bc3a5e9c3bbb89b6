"""What each chart says: its words, its figures and its marks — everything but the geometry.

A `ChartSpec` is built from the data set for one audience, in the current language: the title,
the one-line takeaway, the source line, the figures drawn (the rows of the table view and the CSV
export) and, for each mark, the value it stands for and the text written beside it. The drawing
module (`draw.py`) turns a spec into a matplotlib figure; nothing here imports matplotlib, so the
table view, exports and accessibility text can use a chart's words without paying for it.

Rules every builder keeps:

- Every number comes from the data set (`dataset.figure`), never typed in or computed here; a
  share is shown only where the data set has the share as a figure.
- Every string is an English source string marked with `N_` (so babel extracts it), translated
  with `_` when the spec is built, and numbers, percentages and years go through the i18n
  formatters, so the chart follows the current language.
- A figure known only as a bound is drawn as a bound (`Bar.style` "more-than" / "nearly") and
  written with its bound ("more than 70%").
- A derived figure is drawn hollow and hatched and labelled "derived".
- For elementary pupils, no offence names and no explicit words (see GLOSSARY.md): the labels say
  what happened in plain, non-graphic words; the figures stay the same.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from babel.lists import format_list

from ...i18n import N_, _, current_locale, format_number, format_year, pgettext
from ..data.dataset import DataSet, Figure
from ..lesson.lesson import Audience, Style
from ..text.figure_text import format_value
from ..text.phrases import tr

# How a mark is coloured: the first series colour draws the eye; the second is the rest.
HIGHLIGHT = "highlight"
BASE = "base"

# How a bar is drawn.
SOLID = "solid"
DERIVED = "derived"  # hollow and hatched, labelled "derived"
MORE_THAN = "more-than"  # solid to the bound, then fading out past it, with an arrow: open end
NEARLY = "nearly"  # fading in up to a dashed line at the bound: open end


@dataclass(frozen=True)
class Marker:
    """A point on a bar, e.g. the exact 74.2% on the bar of "more than 70%"."""

    value: float
    text: str


@dataclass(frozen=True)
class Bar:
    value: float
    text: str  # written after the bar (or after its track)
    figure: Figure
    tone: str = BASE
    style: str = SOLID
    left: str = ""  # a short label before the bar, e.g. a year
    track: float | None = None  # a faint bar behind, standing for the whole (100%, all victims)
    text_after_track: bool = False
    marker: Marker | None = None

    def __post_init__(self) -> None:
        # one rule for every chart: a derived figure's bar is drawn as derived (hatched), and
        # a derived bound keeps its bound's open end
        if self.figure.grade == "derived" and self.style == SOLID:
            object.__setattr__(self, "style", DERIVED)


@dataclass(frozen=True)
class Group:
    """Bars under one heading; a group without bars is a section heading over the next ones."""

    heading: str
    bars: tuple[Bar, ...] = ()


@dataclass(frozen=True)
class Point:
    year: int
    value: float
    derived: bool
    text: str = ""  # a direct label at the point ("" = none)


@dataclass(frozen=True)
class Panel:
    """One line on its own zero-based axis, named by a label inside the panel."""

    label: str
    points: tuple[Point, ...]
    tone: str
    ticks: tuple[tuple[float, str], ...]  # y ticks and their text
    weight: float  # the share of the height it gets


@dataclass(frozen=True)
class ChartSpec:
    id: str
    title: str
    takeaway: str
    source_line: str
    rows: tuple[Figure, ...]
    groups: tuple[Group, ...] = ()  # a bar chart
    panels: tuple[Panel, ...] = ()  # a line chart
    years: tuple[tuple[int, str], ...] = ()  # the x axis of a line chart
    scale: tuple[tuple[float, str], ...] = ()  # ticks under a bar chart with a fixed scale
    derived_text: str = ""


# --- words --------------------------------------------------------------------------------------

# Offence labels: the official term, and the wording for elementary pupils (no offence names, no
# explicit words; see GLOSSARY.md, "Words for younger pupils").
OFFENCE_LABELS: dict[str, tuple[str, str]] = {
    "pornography": (
        N_("Child pornography"),
        # NOTE: for elementary pupils (ages 9–12), instead of "child pornography": keep it
        # frank but never explicit, e.g. からだの写真を送るように言われた
        N_("Pressured into sending photos of their body"),
    ),
    "ordinance": (
        N_("Youth-protection ordinance violations"),
        # NOTE: for elementary pupils, instead of "youth-protection ordinance violations"
        N_("Harmed by someone who broke the rules that protect children"),
    ),
    "prostitution": (
        N_("Child prostitution"),
        # NOTE: for elementary pupils, instead of "child prostitution"; never explicit
        N_("Harmed by someone who offered money or gifts"),
    ),
    "intercourse": (
        N_("Non-consensual sexual intercourse"),
        # NOTE: for elementary pupils, instead of "non-consensual sexual intercourse";
        # never explicit
        N_("Hurt very badly by someone"),
    ),
    "indecency": (
        N_("Non-consensual indecency"),
        # NOTE: for elementary pupils, instead of "non-consensual indecency"; never explicit
        N_("Touched or hurt by someone"),
    ),
    "abduction": (
        N_("Abduction"),
        # NOTE: for elementary pupils, instead of "abduction"
        N_("Taken away by someone"),
    ),
    "meeting-demands": (
        N_("Demands to meet"),
        # NOTE: for elementary pupils, instead of "demands to meet (a child under 16)"
        N_("Pressured to meet someone"),
    ),
    "other-serious": (
        N_("Other serious crimes"),
        # NOTE: for elementary pupils, instead of "other serious crimes"
        N_("Other serious harm"),
    ),
    "other-sex-offences": (
        N_("Other sex-related offences"),
        # NOTE: for elementary pupils, instead of "other sex-related offences"; never explicit
        N_("Other harm"),
    ),
}


def offence_label(name: str, audience: Audience) -> str:
    official, simple = OFFENCE_LABELS[name]
    return _(simple if audience == Audience.ELEMENTARY else official)


def pick(audience: Audience, default: str, elementary: str | None = None) -> str:
    """The English source string for `audience`, translated. Adults read their own entry where
    the catalogue has one: a chart's words in the statistics' official terms (被害児童, 加害者)
    are marked `NP_("adults", …)` beside the chart (`OFFICIAL_TERMS` of its module), and the
    shared entry, which pupils read, says them in plain words (被害にあった子ども, 相手)."""
    if audience == Audience.ELEMENTARY and elementary:
        return _(elementary)
    return pgettext(Audience.ADULTS.value, default) if audience == Audience.ADULTS else _(default)


def count_text(figure: Figure) -> str:
    """A count as written on a chart: exact ("748"), or rounded with "about" when derived."""
    if figure.grade == "derived" and figure.value != round(figure.value):
        return format_value(figure, Style.ABOUT_NUMBER)
    return format_value(figure)


def with_share(count: str, share: str) -> str:
    # NOTE: a count with its share on a chart bar, e.g. "748 (44.9%)"
    return _("{count} ({share})").format(count=count, share=share)


def with_note(value: str, note: str) -> str:
    # NOTE: a value on a chart with a short note, e.g. "65, derived"
    return _("{value}, {note}").format(value=value, note=note)


class ToneStyle(TypedDict):
    """A bar's colour and how it is drawn, as keyword arguments of `Bar`."""

    tone: str
    style: str


def tone_style(figure: Figure, tone: str = BASE) -> ToneStyle:
    return {"tone": tone, "style": DERIVED if figure.grade == "derived" else SOLID}


def part_of(label: str, count: Figure, text: str, whole: Figure, highlight: bool) -> Group:
    """A group of one bar for a part (`count`), against a faint track standing for its whole."""
    bar = Bar(
        count.value,
        text,
        count,
        track=whole.value,
        **tone_style(count, HIGHLIGHT if highlight else BASE),
    )
    return Group(label, (bar,))


def nice_ticks(top: float, count: int = 3) -> list[float]:
    """0 and a few round steps (1, 2, 2.5 or 5 × 10^k), none far above `top`."""
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    ticks = [0.0]
    while ticks[-1] + step <= top * 1.12:
        ticks.append(ticks[-1] + step)
    return ticks


def tick_text(value: float) -> str:
    decimals = 0 if value == round(value) else 1
    return format_number(value, decimals)


def source_line(
    dataset: DataSet, figures: Sequence[Figure], audience: Audience = Audience.ADULTS
) -> str:
    """ "Source: National Police Agency (2013–2023), as reported by The Japan Times, …"

    The outlets are the publishers of the figures' sources, in order of first use, each once; the
    source article, whose publisher is not named, is "a news article".
    """
    outlets: list[str] = []
    for figure in figures:
        for source in dataset.sources_of(figure):
            # NOTE: the source article in a chart's source line (its publisher is not named)
            # a report by two outlets ("The Japan News (Yomiuri Shimbun) / Jiji Press") names
            # each, once in the whole list
            publishers = [p.strip() for p in source.publisher.split(" / ")]
            names = (
                [_("a news article")]
                if source.tier == "A"
                else [tr(audience, p) for p in publishers]
            )
            outlets.extend(name for name in names if name not in outlets)
    years = sorted({f.year for f in figures})
    if len(years) > 1:
        # NOTE: a range of years, e.g. "2013–2023"
        span = _("{first}–{last}").format(first=format_year(years[0]), last=format_year(years[-1]))
    else:
        span = format_year(years[0])
    # NOTE: a chart's source line; {outlets} is a list of news outlets
    line = _("Source: {publisher} ({years}), as reported by {outlets}.").format(
        publisher=tr(audience, dataset.publisher),  # the pupils' entry has furigana
        years=span,
        outlets=format_list(outlets, locale=current_locale()),
    )
    if any(f.grade == "derived" for f in figures):
        # NOTE: two sentences of a chart's source line, one after the other (in Japanese with
        # no space between them)
        line = _("{sentence} {next_sentence}").format(
            sentence=line,
            next_sentence=pick(
                audience,
                N_(
                    "Hatched or hollow marks, and figures with *, are derived: computed from "
                    "the reported figures."
                ),
                # NOTE: for elementary pupils: the chart's derived marks in plain words
                N_(
                    "Striped or hollow marks, and numbers with *, are worked out from the other "
                    "numbers."
                ),
            ),
        )
    return line


def derived_word(audience: Audience) -> str:
    """The mark of a derived figure: "derived", or for elementary pupils plain words."""
    # NOTE: for elementary pupils, instead of "derived": a number worked out from the others
    return pick(audience, N_("derived"), N_("worked out"))


def make_spec(
    audience: Audience,
    chart_id: str,
    dataset: DataSet,
    title: str,
    takeaway: str,
    rows: Sequence[Figure],
    **layout: Any,
) -> ChartSpec:
    """A chart's spec; its source line and the word for "derived" follow from its rows."""
    return ChartSpec(
        id=chart_id,
        title=title,
        takeaway=takeaway,
        source_line=source_line(dataset, rows, audience),
        rows=tuple(rows),
        derived_text=derived_word(audience),
        **layout,
    )


# --- the charts ------------------------------------------------------------------------------
