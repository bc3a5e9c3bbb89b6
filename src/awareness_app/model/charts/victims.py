"""The charts of who was harmed: all victims and elementary pupils year by year, and the
victims by school level. No Qt and no matplotlib here; `charts.py` lists every chart.
"""

from __future__ import annotations

from ...i18n import N_, NP_, _, format_year
from ..data.dataset import DataSet, Figure
from ..lesson.lesson import Audience
from ..text.figure_text import format_value
from ..text.phrases import times_words
from .spec import (
    BASE,
    HIGHLIGHT,
    Bar,
    ChartSpec,
    Group,
    Panel,
    Point,
    count_text,
    derived_word,
    make_spec,
    nice_ticks,
    pick,
    tick_text,
    tone_style,
    with_note,
    with_share,
)

# The adults' own entries: these charts' words in the statistics' official terms (`pick`)
OFFICIAL_TERMS = (
    NP_("adults", "Children harmed through social media, {first}–{last}"),
    NP_("adults", "Who the victims were, {year}"),
)


def trend_chart(dataset: DataSet, audience: Audience) -> ChartSpec:
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
            Point(
                f.year,
                f.value,
                f.grade == "derived",
                format_value(f, audience=audience) if f.year in ends else "",
            )
            for f in series
        )

    peak = max(total, key=lambda f: f.value)

    def ticks(series: list[Figure]) -> tuple[tuple[float, str], ...]:
        return tuple((t, tick_text(t)) for t in nice_ticks(max(f.value for f in series)))

    span = {"first": format_year(first_e.year), "last": format_year(last_e.year)}
    title = pick(
        audience,
        N_("Children harmed through social media, {first}–{last}"),
        N_("Children hurt by people they met on social media, {first}–{last}"),
    ).format(**span)
    takeaway = pick(
        audience,
        N_(
            "Elementary pupils: {first} in {first_year}, {last} in {last_year} — {times} as "
            "many. All children: {total_first} → {total_last}."
        ),
        N_("Children of your age: {first} in {first_year}, {last} in {last_year}."),
    ).format(
        first=format_value(first_e, audience=audience),
        last=format_value(last_e, audience=audience),
        first_year=format_year(first_e.year),
        last_year=format_year(last_e.year),
        times=times_words(growth.value),
        total_first=format_value(first_t, audience=audience),
        total_last=format_value(last_t, audience=audience),
    )
    panels = (
        Panel(
            label=pick(audience, N_("Elementary school pupils"), N_("Elementary school children")),
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
    return make_spec(
        audience,
        "trend",
        dataset,
        title,
        takeaway,
        rows,
        panels=panels,
        years=tuple((f.year, format_year(f.year)) for f in total),
    )


def school_level_chart(dataset: DataSet, audience: Audience) -> ChartSpec:
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
        text = with_share(count_text(count), format_value(share, audience=audience))
        if count.grade == "derived":
            text = with_note(text, derived_word(audience))
        tone = HIGHLIGHT if key == "victims-elementary" else BASE
        groups.append(
            Group(
                pick(audience, label, simple),
                (Bar(count.value, text, count, track=total.value, **tone_style(count, tone)),),
            )
        )
    elementary = dataset.figure("victims-elementary", year)
    takeaway = pick(
        audience,
        N_(
            "Most were junior high or high school students; {count} were elementary pupils, "
            "out of {total} in all."
        ),
        N_("Most were older students; {count} were elementary school children."),
    ).format(
        count=format_value(elementary, audience=audience),
        total=format_value(total, audience=audience),
    )
    title = pick(audience, N_("Who the victims were, {year}"), N_("Who was hurt, {year}")).format(
        year=format_year(year)
    )
    return make_spec(
        audience,
        "school-level",
        dataset,
        title,
        takeaway,
        rows,
        groups=tuple(groups),
    )
