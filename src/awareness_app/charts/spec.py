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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from babel.lists import format_list

from ..i18n import N_, _, current_locale, format_number, format_percent_value, format_year
from ..model.dataset import DataSet, Figure
from ..model.furigana import readings_for
from ..model.lesson import Audience, Style
from ..model.phrases import extreme_words, times_words
from ..model.render import format_value

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
        N_("Harmed by an adult who broke the rules that protect children"),
    ),
    "prostitution": (
        N_("Child prostitution"),
        # NOTE: for elementary pupils, instead of "child prostitution"; never explicit
        N_("Harmed by an adult who offered money or gifts"),
    ),
    "intercourse": (
        N_("Non-consensual sexual intercourse"),
        # NOTE: for elementary pupils, instead of "non-consensual sexual intercourse";
        # never explicit
        N_("Hurt very badly by an adult"),
    ),
    "indecency": (
        N_("Non-consensual indecency"),
        # NOTE: for elementary pupils, instead of "non-consensual indecency"; never explicit
        N_("Touched or hurt by an adult"),
    ),
    "abduction": (
        N_("Abduction"),
        # NOTE: for elementary pupils, instead of "abduction"
        N_("Taken away by an adult"),
    ),
    "meeting-demands": (
        N_("Demands to meet"),
        # NOTE: for elementary pupils, instead of "demands to meet (a child under 16)"
        N_("Pressured to meet an adult"),
    ),
    "other-serious": (
        N_("Other serious crimes"),
        # NOTE: for elementary pupils, instead of "other serious crimes"
        N_("Other serious harm"),
    ),
    "other-sex-offences": (
        N_("Other sex-related offences"),
        # NOTE: for elementary pupils, instead of "other sex-related offences"; never explicit
        N_("Other harm by adults"),
    ),
}


def offence_label(name: str, audience: Audience) -> str:
    official, simple = OFFENCE_LABELS[name]
    return _(simple if audience == Audience.ELEMENTARY else official)


def _pick(audience: Audience, default: str, elementary: str | None = None) -> str:
    """The English source string for `audience`, translated."""
    return _(elementary if audience == Audience.ELEMENTARY and elementary else default)


def _count(figure: Figure) -> str:
    """A count as written on a chart: exact ("748"), or rounded with "about" when derived."""
    if figure.grade == "derived" and figure.value != round(figure.value):
        return format_value(figure, Style.ABOUT_NUMBER)
    return format_value(figure)


def _with_share(count: str, share: str) -> str:
    # NOTE: a count with its share on a chart bar, e.g. "748 (44.9%)"
    return _("{count} ({share})").format(count=count, share=share)


def _with_note(value: str, note: str) -> str:
    # NOTE: a value on a chart with a short note, e.g. "65, derived"
    return _("{value}, {note}").format(value=value, note=note)


def _tone_style(figure: Figure, tone: str = BASE) -> dict[str, str]:
    return {"tone": tone, "style": DERIVED if figure.grade == "derived" else SOLID}


def _part_of(label: str, count: Figure, text: str, whole: Figure, highlight: bool) -> Group:
    """A group of one bar for a part (`count`), against a faint track standing for its whole."""
    bar = Bar(
        count.value,
        text,
        count,
        track=whole.value,
        **_tone_style(count, HIGHLIGHT if highlight else BASE),
    )
    return Group(label, (bar,))


def _nice_ticks(top: float, count: int = 3) -> list[float]:
    """0 and a few round steps (1, 2, 2.5 or 5 × 10^k), none far above `top`."""
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    ticks = [0.0]
    while ticks[-1] + step <= top * 1.12:
        ticks.append(ticks[-1] + step)
    return ticks


def _tick_text(value: float) -> str:
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
            name = _("a news article") if source.tier == "A" else _(source.publisher)
            if name not in outlets:
                outlets.append(name)
    years = sorted({f.year for f in figures})
    if len(years) > 1:
        # NOTE: a range of years, e.g. "2013–2023"
        span = _("{first}–{last}").format(first=format_year(years[0]), last=format_year(years[-1]))
    else:
        span = format_year(years[0])
    # NOTE: a chart's source line; {outlets} is a list of news outlets
    line = _("Source: {publisher} ({years}), as reported by {outlets}.").format(
        publisher=_(dataset.publisher),
        years=span,
        outlets=format_list(outlets, locale=current_locale()),
    )
    if any(f.grade == "derived" for f in figures):
        # NOTE: two sentences of a chart's source line, one after the other (in Japanese with
        # no space between them)
        line = _("{sentence} {next_sentence}").format(
            sentence=line,
            next_sentence=_pick(
                audience,
                N_("Hatched or hollow marks are derived: computed from the reported figures."),
                # NOTE: for elementary pupils: the chart's derived marks in plain words
                N_("Striped or hollow marks are worked out from the other numbers."),
            ),
        )
    return line


def derived_word(audience: Audience) -> str:
    """The mark of a derived figure: "derived", or for elementary pupils plain words."""
    # NOTE: for elementary pupils, instead of "derived": a number worked out from the others
    return _pick(audience, N_("derived"), N_("worked out"))


def _spec(
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


def _trend(dataset: DataSet, audience: Audience) -> ChartSpec:
    """All victims and elementary pupils, year by year, in two stacked panels.

    Elementary pupils are a small part of the total (139 of 1,665), so on one axis their
    fivefold rise would be a flat line along the bottom, and a second y-scale on the same axes
    would make the two lines look comparable when they are not. Two panels, one above the
    other, each starting at zero with its own labelled scale, show both honestly: the elementary
    panel comes first, is taller and drawn in the first series colour with a thicker line, so it
    is what the eye lands on; the totals sit below for context. Start and end values are written
    at the points; a derived year is a hollow marker labelled "derived".
    """
    elementary = dataset.series("victims-elementary")
    total = dataset.series("victims")
    growth = dataset.figure("victims-elementary-growth")
    first_e, last_e, first_t, last_t = elementary[0], elementary[-1], total[0], total[-1]

    def points(series: list[Figure], extra: set[int]) -> tuple[Point, ...]:
        ends = {series[0].year, series[-1].year} | extra
        return tuple(
            Point(f.year, f.value, f.grade == "derived", format_value(f) if f.year in ends else "")
            for f in series
        )

    peak = max(total, key=lambda f: f.value)

    def ticks(series: list[Figure]) -> tuple[tuple[float, str], ...]:
        return tuple((t, _tick_text(t)) for t in _nice_ticks(max(f.value for f in series)))

    span = {"first": format_year(first_e.year), "last": format_year(last_e.year)}
    title = _pick(
        audience,
        N_("Children harmed through social media, {first}–{last}"),
        N_("Children hurt by people they met on social media, {first}–{last}"),
    ).format(**span)
    takeaway = _pick(
        audience,
        N_(
            "Elementary pupils: {first} in {first_year}, {last} in {last_year} — {times} as "
            "many. All children: {total_first} → {total_last}."
        ),
        N_("Children of your age: {first} in {first_year}, {last} in {last_year}."),
    ).format(
        first=format_value(first_e),
        last=format_value(last_e),
        first_year=format_year(first_e.year),
        last_year=format_year(last_e.year),
        times=times_words(growth.value),
        total_first=format_value(first_t),
        total_last=format_value(last_t),
    )
    panels = (
        Panel(
            label=_pick(audience, N_("Elementary school pupils"), N_("Elementary school children")),
            points=points(elementary, set()),
            tone=HIGHLIGHT,
            ticks=ticks(elementary),
            weight=0.58,
        ),
        Panel(
            label=_("All children under 18"),
            points=points(total, {peak.year}),
            tone=BASE,
            ticks=ticks(total),
            weight=0.42,
        ),
    )
    rows = (*elementary, *total, growth)
    return _spec(
        audience,
        "trend",
        dataset,
        title,
        takeaway,
        rows,
        panels=panels,
        years=tuple((f.year, format_year(f.year)) for f in total),
    )


def _school_level(dataset: DataSet, audience: Audience) -> ChartSpec:
    """Victims by school level, largest first as the data set lists them; elementary highlighted."""
    year = dataset.year
    total = dataset.figure("victims", year)
    levels = (
        ("victims-junior-high", N_("Junior high school students"), None),
        ("victims-high-school", N_("High school students"), None),
        ("victims-elementary", N_("Elementary school pupils"), N_("Elementary school children")),
        ("victims-other-level", N_("Other (not in school, or unknown)"), None),
    )
    groups = []
    rows: list[Figure] = [total]
    for key, label, simple in levels:
        count = dataset.figure(key, year)
        share = dataset.figure(f"{key}-share", year)
        rows += [count, share]
        text = _with_share(_count(count), format_value(share))
        if count.grade == "derived":
            text = _with_note(text, derived_word(audience))
        tone = HIGHLIGHT if key == "victims-elementary" else BASE
        groups.append(
            Group(
                _pick(audience, label, simple),
                (Bar(count.value, text, count, track=total.value, **_tone_style(count, tone)),),
            )
        )
    elementary = dataset.figure("victims-elementary", year)
    takeaway = _pick(
        audience,
        N_(
            "Most were junior high or high school students; {count} were elementary pupils, "
            "out of {total} in all."
        ),
        N_("Most were older students; {count} were elementary school children."),
    ).format(count=format_value(elementary), total=format_value(total))
    title = _pick(audience, N_("Who the victims were, {year}"), N_("Who was hurt, {year}")).format(
        year=format_year(year)
    )
    return _spec(
        audience,
        "school-level",
        dataset,
        title,
        takeaway,
        rows,
        groups=tuple(groups),
    )


def _serious(dataset: DataSet, audience: Audience) -> ChartSpec:
    """Serious crimes, last year and this, then what they were this year (against the whole)."""
    year = dataset.year
    before = dataset.figure("serious", year - 1)
    now = dataset.figure("serious", year)
    change = dataset.figure("serious-change", year)
    share = dataset.figure("serious-share", year)
    total = dataset.figure("victims", year)
    years = Group(
        _pick(audience, N_("Victims of serious crimes"), N_("Children who were badly hurt")),
        (
            Bar(
                before.value,
                format_value(before),
                before,
                left=format_year(before.year),
                **_tone_style(before, BASE),
            ),
            Bar(
                now.value,
                _with_note(
                    format_value(now), format_value(change, Style.SIGNED_PERCENT, audience=audience)
                ),
                now,
                left=format_year(now.year),
                **_tone_style(now, HIGHLIGHT),
            ),
        ),
    )
    parts = [
        Group(
            _pick(
                audience,
                N_("Of the {count} victims in {year}:"),
                N_("Of the {count} children in {year}:"),
            ).format(count=format_value(now), year=format_year(year))
        )
    ]
    rows: list[Figure] = [before, now, change, share, total]
    for key, name in (
        ("serious-intercourse", "intercourse"),
        ("serious-abduction", "abduction"),
        ("serious-other", "other-serious"),
    ):
        count = dataset.figure(key, year)
        part_share = dataset.figure(f"{key}-share", year)
        rows += [count, part_share]
        text = _with_share(_count(count), format_value(part_share))
        if count.grade == "derived":
            text = _with_note(text, derived_word(audience))
        parts.append(
            Group(
                offence_label(name, audience),
                (Bar(count.value, text, count, track=now.value, **_tone_style(count, BASE)),),
            )
        )
    title = _pick(
        audience,
        # NOTE: {record} is e.g. "a record"
        N_("Serious crimes in {year}: {count} victims, {record}"),
        N_("Children badly hurt: {count} in {year}"),
    ).format(
        count=format_value(now),
        year=format_year(year),
        record=extreme_words(dataset, now, audience),
    )
    takeaway = _pick(
        audience,
        N_("{change} on {previous_year} ({previous}); {share} of all {total} victims."),
        N_("The year before: {previous} in {previous_year}."),
    ).format(
        change=format_value(change, Style.SIGNED_PERCENT, audience=audience),
        previous=format_value(before),
        previous_year=format_year(before.year),
        share=format_value(share),
        total=format_value(total),
    )
    return _spec(
        audience,
        "serious",
        dataset,
        title,
        takeaway,
        rows,
        groups=(years, *parts),
    )


# The offences a release may report, in the order the charts list them.
ALL_VICTIMS_OFFENCES = ("pornography", "ordinance", "prostitution", "intercourse", "indecency")
ELEMENTARY_OFFENCES = (
    "pornography",
    "indecency",
    "intercourse",
    "ordinance",
    "abduction",
    "prostitution",
    "meeting-demands",
)


def _offences(dataset: DataSet, audience: Audience) -> ChartSpec:
    """The offences the release reports for all victims, each against a track standing for all
    victims; the largest highlighted."""
    year = dataset.year
    total = dataset.figure("victims", year)
    rows: list[Figure] = [total]
    counts = [
        (name, dataset.figure(f"offence-{name}", year))
        for name in ALL_VICTIMS_OFFENCES
        if dataset.has(f"offence-{name}")
    ]
    top_name, _top = max(counts, key=lambda item: item[1].value)
    groups = []
    for name, count in counts:
        share = dataset.figure(f"offence-{name}-share", year)
        rows += [count, share]
        text = _with_share(_count(count), format_value(share))
        groups.append(_part_of(offence_label(name, audience), count, text, total, name == top_name))
    title = _pick(
        audience, N_("What the crimes were, {year}"), N_("How children were harmed, {year}")
    ).format(year=format_year(year))
    takeaway = _pick(
        audience,
        N_("The offences reported; the faint bars stand for all {total} victims."),
    ).format(total=format_value(total))
    return _spec(
        audience,
        "offences",
        dataset,
        title,
        takeaway,
        rows,
        groups=tuple(groups),
    )


def _elementary_offences(dataset: DataSet, audience: Audience) -> ChartSpec:
    """Elementary pupils by each offence the release reports; the largest highlighted."""
    year = dataset.year
    total = dataset.figure("victims-elementary", year)
    counts = [
        (name, dataset.figure(f"elementary-{name}", year))
        for name in ELEMENTARY_OFFENCES
        if dataset.has(f"elementary-{name}")
    ]
    top_name = max(counts, key=lambda item: item[1].value)[0]
    rows: list[Figure] = [total]
    groups = []
    for name, count in counts:
        rows.append(count)
        text = _count(count)
        if dataset.has(f"elementary-{name}-share"):
            share = dataset.figure(f"elementary-{name}-share", year)
            text = _with_share(text, format_value(share))
            rows.append(share)
        groups.append(_part_of(offence_label(name, audience), count, text, total, name == top_name))
    title = _pick(
        audience,
        N_("Elementary pupils: what the crimes were, {year}"),
        N_("Children your age: what happened, {year}"),
    ).format(year=format_year(year))
    takeaway = _pick(
        audience,
        N_("The offences reported for the {total} elementary pupils; faint bars stand for all."),
        N_("What happened to the {total} children; the faint bars stand for all of them."),
    ).format(total=format_value(total))
    return _spec(
        audience,
        "elementary-offences",
        dataset,
        title,
        takeaway,
        rows,
        groups=tuple(groups),
    )


def _first_contact(dataset: DataSet, audience: Audience) -> ChartSpec:
    """Two bounds on a 0–100% scale, each drawn with an open end, never as an exact bar."""
    year = dataset.year
    exact = dataset.figure("first-contact", year)
    # the source article's bound, where the edition has it, with the exact share marked on it
    bound = (
        dataset.figure("first-contact-bound", year) if dataset.has("first-contact-bound") else exact
    )
    met = dataset.figure("met-on-x-or-instagram", year)

    def style(figure: Figure) -> str:
        return {"more-than": MORE_THAN, "nearly": NEARLY}.get(figure.bound, SOLID)

    # NOTE: the exact share marked on the bar of its bound (first-contact chart): "74.2% reported"
    exact_text = _pick(
        audience,
        N_("{value} reported"),
        # NOTE: for elementary pupils, instead of "74.2% reported"
        N_("exactly {value}"),
    ).format(value=format_value(exact))

    groups = (
        Group(
            _pick(
                audience,
                # NOTE: the NPA's 被害児童から最初に接触 counts public posts as well as messages
                N_("The child's post or message came first"),
            ),
            (
                Bar(
                    bound.value,
                    format_value(bound),
                    bound,
                    tone=HIGHLIGHT,
                    style=style(bound),
                    track=100.0,
                    text_after_track=True,
                    marker=Marker(exact.value, exact_text) if bound is not exact else None,
                ),
            ),
        ),
        Group(
            _("They met the perpetrator on X or Instagram"),
            (
                Bar(
                    met.value,
                    format_value(met),
                    met,
                    tone=BASE,
                    style=style(met),
                    track=100.0,
                    text_after_track=True,
                ),
            ),
        ),
    )
    title = _pick(audience, N_("How it starts, {year}"), N_("How it starts")).format(
        year=format_year(year)
    )
    takeaway = _pick(
        audience,
        N_(
            "Most often the child got in touch first, e.g. by sharing a profile or interests. "
            "The person who did it is to blame."
        ),
        N_("Often the child's post or message came first. It is never the child's fault."),
    )
    scale = tuple((v, format_percent_value(v, 0)) for v in (0, 25, 50, 75, 100))
    rows = (bound, exact, met) if bound is not exact else (exact, met)
    if audience == Audience.ELEMENTARY:
        # X or Instagram is where victims of all ages met the offender, not elementary pupils
        # (they met them on Instagram, TikTok, in games and on LINE): their chart leaves it out
        groups, rows = groups[:1], rows[:-1]
    return _spec(
        audience,
        "first-contact",
        dataset,
        title,
        takeaway,
        rows,
        groups=groups,
        scale=scale,
    )


def _wider_picture(dataset: DataSet, audience: Audience) -> ChartSpec:
    """All child sexual-abuse cases: last year's implied (derived) value against this year's."""
    year = dataset.year
    total = dataset.figure("abuse-cases", year)
    increase = dataset.figure("abuse-cases-increase", year)
    rows: list[Figure] = [total, increase]
    groups = []
    before_all = dataset.figure("abuse-cases", year - 1)
    rows.insert(0, before_all)
    groups.append(
        Group(
            _pick(
                audience,
                N_("All child sexual-abuse cases"),
                # NOTE: for elementary pupils, instead of "all child sexual-abuse cases"
                N_("All cases of children harmed by adults"),
            ),
            (
                Bar(
                    before_all.value,
                    _count(before_all),
                    before_all,
                    left=format_year(before_all.year),
                    **_tone_style(before_all, BASE),
                ),
                Bar(
                    total.value,
                    _count(total),
                    total,
                    left=format_year(total.year),
                    **_tone_style(total, HIGHLIGHT),
                ),
            ),
        )
    )
    for key, name in (
        ("intercourse-cases", "intercourse"),
        ("other-sex-offence-cases", "other-sex-offences"),
    ):
        if not dataset.has(key, year - 1):
            continue
        before = dataset.figure(key, year - 1)
        now = dataset.figure(key, year)
        change = dataset.figure(f"{key}-change", year)
        rows += [before, now, change]
        before_text = _count(before)
        if before.grade == "derived":
            before_text = _with_note(before_text, derived_word(audience))
        groups.append(
            Group(
                offence_label(name, audience),
                (
                    Bar(
                        before.value,
                        before_text,
                        before,
                        left=format_year(before.year),
                        **_tone_style(before, BASE),
                    ),
                    Bar(
                        now.value,
                        _with_note(
                            _count(now),
                            format_value(change, Style.SIGNED_PERCENT, audience=audience),
                        ),
                        now,
                        left=format_year(now.year),
                        **_tone_style(now, HIGHLIGHT),
                    ),
                ),
            )
        )
    title = _pick(
        audience,
        N_("The wider picture: child sexual-abuse cases, {year}"),
        N_("The wider picture: children harmed by adults, {year}"),
    ).format(year=format_year(year))
    takeaway = _pick(
        audience,
        N_("{total} cases in all, with or without social media; {previous} in {previous_year}."),
    ).format(
        total=format_value(total),
        previous=format_value(before_all),
        previous_year=format_year(year - 1),
    )
    return _spec(
        audience,
        "wider-picture",
        dataset,
        title,
        takeaway,
        rows,
        groups=tuple(groups),
    )


# Where victims met the offender: the sites a release reports, as (key suffix, label).
SITES: tuple[tuple[str, str], ...] = (
    ("instagram", N_("Instagram")),
    ("x", N_("X")),
    ("tiktok", N_("TikTok")),
    ("line", N_("LINE")),
    # NOTE: where victims met the offender: through an online game
    ("games", N_("Online games")),
)


def _where_met(dataset: DataSet, audience: Audience) -> ChartSpec:
    """The sites where victims met the offender, most first, each against a track standing for
    all victims; for elementary pupils, the elementary pupils' own list."""
    year = dataset.year
    elementary = audience == Audience.ELEMENTARY
    prefix = "elementary-met" if elementary else "met"
    total = dataset.figure("victims-elementary" if elementary else "victims", year)
    sites = sorted(
        (
            (dataset.figure(f"{prefix}-{key}", year), label)
            for key, label in SITES
            if dataset.has(f"{prefix}-{key}")
        ),
        key=lambda item: -item[0].value,
    )
    rows: list[Figure] = [total]
    groups = []
    for rank, (count, label) in enumerate(sites):
        rows.append(count)
        text = _count(count)
        if count.grade == "derived":
            text = _with_note(text, derived_word(audience))
        groups.append(_part_of(_(label), count, text, total, rank < 2 and not elementary))
    title = _pick(
        audience,
        N_("Where victims met the offender, {year}"),
        N_("Where children your age first met that person, {year}"),
    ).format(year=format_year(year))
    takeaway = _pick(
        audience,
        N_("Of {total} victims; the faint bars stand for all of them."),
        N_("Of {total} children; the faint bars stand for all of them."),
    ).format(total=format_value(total))
    return _spec(audience, "where-met", dataset, title, takeaway, rows, groups=tuple(groups))


BUILDERS: dict[str, Callable[[DataSet, Audience], ChartSpec]] = {
    "trend": _trend,
    "school-level": _school_level,
    "serious": _serious,
    "offences": _offences,
    "elementary-offences": _elementary_offences,
    "first-contact": _first_contact,
    "wider-picture": _wider_picture,
    "where-met": _where_met,
}


def build_spec(chart_id: str, dataset: DataSet, audience: Audience) -> ChartSpec:
    try:
        builder = BUILDERS[chart_id]
    except KeyError:
        known = ", ".join(BUILDERS)
        raise ValueError(f"unknown chart {chart_id!r}; the charts are: {known}") from None
    with readings_for(audience, kana=True):  # matplotlib has no ruby: marked words in kana
        return builder(dataset, audience)
