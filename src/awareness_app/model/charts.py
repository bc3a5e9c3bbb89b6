"""The charts' builders: for each chart, what it says, built from the data set for one audience
in the current language (see `chart_spec.py` for the rules every builder keeps). No Qt and no
matplotlib here: the table view, the exports and the accessibility text use a chart's words
without drawing it.

    from awareness_app.model.charts import CHART_IDS, build_spec, chart_title, chart_rows
"""

from __future__ import annotations

from collections.abc import Callable

from ..i18n import N_, _, format_percent_value, format_year
from .chart_spec import (
    BASE,
    HIGHLIGHT,
    MORE_THAN,
    NEARLY,
    SOLID,
    Bar,
    ChartSpec,
    Group,
    Marker,
    Panel,
    Point,
    count_text,
    derived_word,
    make_spec,
    nice_ticks,
    offence_label,
    part_of,
    pick,
    tick_text,
    tone_style,
    with_note,
    with_share,
)
from .dataset import DataSet, Figure
from .figure_text import format_value
from .furigana import readings_for
from .lesson import Audience, Style
from .phrases import extreme_words, times_words


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


def _serious(dataset: DataSet, audience: Audience) -> ChartSpec:
    """Serious crimes, last year and this, then what they were this year (against the whole)."""
    year = dataset.year
    before = dataset.figure("serious", year - 1)
    now = dataset.figure("serious", year)
    change = dataset.figure("serious-change", year)
    share = dataset.figure("serious-share", year)
    total = dataset.figure("victims", year)
    years = Group(
        pick(audience, N_("Victims of serious crimes"), N_("Children who were badly hurt")),
        (
            Bar(
                before.value,
                format_value(before, audience=audience),
                before,
                left=format_year(before.year),
                **tone_style(before, BASE),
            ),
            Bar(
                now.value,
                with_note(
                    format_value(now, audience=audience),
                    format_value(change, Style.SIGNED_PERCENT, audience=audience),
                ),
                now,
                left=format_year(now.year),
                **tone_style(now, HIGHLIGHT),
            ),
        ),
    )
    parts = [
        Group(
            pick(
                audience,
                N_("Of the {count} victims in {year}:"),
                N_("Of the {count} children in {year}:"),
            ).format(count=format_value(now, audience=audience), year=format_year(year))
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
        text = with_share(count_text(count), format_value(part_share, audience=audience))
        if count.grade == "derived":
            text = with_note(text, derived_word(audience))
        parts.append(
            Group(
                offence_label(name, audience),
                (Bar(count.value, text, count, track=now.value, **tone_style(count, BASE)),),
            )
        )
    title = pick(
        audience,
        # NOTE: {record} is e.g. "a record"
        N_("Serious crimes in {year}: {count} victims, {record}"),
        N_("Children badly hurt: {count} in {year}"),
    ).format(
        count=format_value(now, audience=audience),
        year=format_year(year),
        record=extreme_words(dataset, now, audience),
    )
    takeaway = pick(
        audience,
        N_("{change} on {previous_year} ({previous}); {share} of all {total} victims."),
        N_("The year before: {previous} in {previous_year}."),
    ).format(
        change=format_value(change, Style.SIGNED_PERCENT, audience=audience),
        previous=format_value(before, audience=audience),
        previous_year=format_year(before.year),
        share=format_value(share, audience=audience),
        total=format_value(total, audience=audience),
    )
    return make_spec(
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
        text = with_share(count_text(count), format_value(share, audience=audience))
        groups.append(part_of(offence_label(name, audience), count, text, total, name == top_name))
    title = pick(
        audience, N_("What the crimes were, {year}"), N_("How children were harmed, {year}")
    ).format(year=format_year(year))
    takeaway = pick(
        audience,
        N_("The offences reported; the faint bars stand for all {total} victims."),
    ).format(total=format_value(total, audience=audience))
    return make_spec(
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
        text = count_text(count)
        if dataset.has(f"elementary-{name}-share"):
            share = dataset.figure(f"elementary-{name}-share", year)
            text = with_share(text, format_value(share, audience=audience))
            rows.append(share)
        groups.append(part_of(offence_label(name, audience), count, text, total, name == top_name))
    title = pick(
        audience,
        N_("Elementary pupils: what the crimes were, {year}"),
        N_("Children your age: what happened, {year}"),
    ).format(year=format_year(year))
    takeaway = pick(
        audience,
        N_("The offences reported for the {total} elementary pupils; faint bars stand for all."),
        N_("What happened to the {total} children; the faint bars stand for all of them."),
    ).format(total=format_value(total, audience=audience))
    return make_spec(
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
    exact_text = pick(
        audience,
        N_("{value} reported"),
        # NOTE: for elementary pupils, instead of "74.2% reported"
        N_("exactly {value}"),
    ).format(value=format_value(exact, audience=audience))

    groups: tuple[Group, ...] = (
        Group(
            pick(
                audience,
                # NOTE: the NPA's 被害児童から最初に接触 counts public posts as well as messages
                N_("The child's post or message came first"),
            ),
            (
                Bar(
                    bound.value,
                    format_value(bound, audience=audience),
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
                    format_value(met, audience=audience),
                    met,
                    tone=BASE,
                    style=style(met),
                    track=100.0,
                    text_after_track=True,
                ),
            ),
        ),
    )
    title = pick(audience, N_("How it starts, {year}"), N_("How it starts")).format(
        year=format_year(year)
    )
    takeaway = pick(
        audience,
        N_(
            "Most often the child got in touch first, e.g. by sharing a profile or interests. "
            "The person who did it is to blame."
        ),
        N_("Often the child's post or message came first. It is never the child's fault."),
    )
    scale = tuple((v, format_percent_value(v, 0)) for v in (0, 25, 50, 75, 100))
    rows: tuple[Figure, ...] = (bound, exact, met) if bound is not exact else (exact, met)
    if audience == Audience.ELEMENTARY:
        # X or Instagram is where victims of all ages met the offender, not elementary pupils
        # (they met them on Instagram, TikTok, in games and on LINE): their chart leaves it out
        groups, rows = groups[:1], rows[:-1]
    return make_spec(
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
            pick(
                audience,
                N_("All child sexual-abuse cases"),
                # NOTE: for elementary pupils, instead of "all child sexual-abuse cases"
                N_("All cases of children harmed by adults"),
            ),
            (
                Bar(
                    before_all.value,
                    count_text(before_all),
                    before_all,
                    left=format_year(before_all.year),
                    **tone_style(before_all, BASE),
                ),
                Bar(
                    total.value,
                    count_text(total),
                    total,
                    left=format_year(total.year),
                    **tone_style(total, HIGHLIGHT),
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
        before_text = count_text(before)
        if before.grade == "derived":
            before_text = with_note(before_text, derived_word(audience))
        groups.append(
            Group(
                offence_label(name, audience),
                (
                    Bar(
                        before.value,
                        before_text,
                        before,
                        left=format_year(before.year),
                        **tone_style(before, BASE),
                    ),
                    Bar(
                        now.value,
                        with_note(
                            count_text(now),
                            format_value(change, Style.SIGNED_PERCENT, audience=audience),
                        ),
                        now,
                        left=format_year(now.year),
                        **tone_style(now, HIGHLIGHT),
                    ),
                ),
            )
        )
    title = pick(
        audience,
        N_("The wider picture: child sexual-abuse cases, {year}"),
        N_("The wider picture: children harmed by adults, {year}"),
    ).format(year=format_year(year))
    takeaway = pick(
        audience,
        N_("{total} cases in all, with or without social media; {previous} in {previous_year}."),
    ).format(
        total=format_value(total, audience=audience),
        previous=format_value(before_all, audience=audience),
        previous_year=format_year(year - 1),
    )
    return make_spec(
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
        text = count_text(count)
        if count.grade == "derived":
            text = with_note(text, derived_word(audience))
        groups.append(part_of(_(label), count, text, total, rank < 2 and not elementary))
    title = pick(
        audience,
        N_("Where victims met the offender, {year}"),
        N_("Where children your age first met that person, {year}"),
    ).format(year=format_year(year))
    takeaway = pick(
        audience,
        N_("Of {total} victims; the faint bars stand for all of them."),
        N_("Of {total} children; the faint bars stand for all of them."),
    ).format(total=format_value(total, audience=audience))
    return make_spec(audience, "where-met", dataset, title, takeaway, rows, groups=tuple(groups))


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


CHART_IDS: tuple[str, ...] = tuple(BUILDERS)


def chart_title(chart_id: str, dataset: DataSet, audience: Audience) -> str:
    """The chart's title, translated, worded for `audience`."""
    return build_spec(chart_id, dataset, audience).title


def chart_takeaway(chart_id: str, dataset: DataSet, audience: Audience) -> str:
    """The one-line takeaway written under the title."""
    return build_spec(chart_id, dataset, audience).takeaway


def chart_source_line(chart_id: str, dataset: DataSet, audience: Audience) -> str:
    """The source line written at the bottom of the chart."""
    return build_spec(chart_id, dataset, audience).source_line


def chart_rows(chart_id: str, dataset: DataSet, audience: Audience) -> list[Figure]:
    """The data-set figures the chart draws (and names in its takeaway), in order, each once."""
    return list(dict.fromkeys(build_spec(chart_id, dataset, audience).rows))
