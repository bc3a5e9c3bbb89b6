"""The charts of how it starts: who made the first contact, and where victims met the offender.
No Qt and no matplotlib here; `charts.py` lists every chart.
"""

from __future__ import annotations

from ...i18n import N_, NP_, _, format_percent_value, format_year
from ..data.dataset import DataSet, Figure
from ..lesson.lesson import Audience
from ..text.figure_text import format_value
from ..text.phrases import pupils_share, tr
from .spec import (
    BASE,
    HIGHLIGHT,
    MORE_THAN,
    NEARLY,
    SOLID,
    Bar,
    ChartSpec,
    Group,
    Marker,
    count_text,
    derived_word,
    make_spec,
    part_of,
    pick,
    with_note,
)

# The adults' own entries: these charts' words in the statistics' official terms (`pick`)
OFFICIAL_TERMS = (
    NP_(
        "adults",
        "Most often the child got in touch first, e.g. by sharing a profile or interests. "
        "The person who did it is to blame.",
    ),
    NP_("adults", "They met the perpetrator on X or Instagram"),
    NP_("adults", "Where victims met the offender, {year}"),
    NP_("adults", "Of {total} victims; the faint bars stand for all of them."),
)


def first_contact_chart(dataset: DataSet, audience: Audience) -> ChartSpec:
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
        N_("more precisely, {value}"),
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
            pick(audience, N_("They met the perpetrator on X or Instagram")),
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
    scale: tuple[tuple[float, str], ...] = tuple(
        (v, format_percent_value(v, 0)) for v in (0.0, 25.0, 50.0, 75.0, 100.0)
    )
    if audience == Audience.ELEMENTARY:  # no percentages before grade 5: the scale in people
        scale = (
            # NOTE: the start of a scale in people for elementary pupils ("none of them"): 「0人」
            (0.0, tr(audience, N_("none of them"))),
            (50.0, pupils_share(50.0, audience=audience)),
            (100.0, pupils_share(100.0, audience=audience)),
        )
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


# Where victims met the offender: the sites a release reports, as (key suffix, label).
SITES: tuple[tuple[str, str], ...] = (
    ("instagram", N_("Instagram")),
    ("x", N_("X")),
    ("tiktok", N_("TikTok")),
    ("line", N_("LINE")),
    # NOTE: where victims met the offender: through an online game
    ("games", N_("Online games")),
)


def where_met_chart(dataset: DataSet, audience: Audience) -> ChartSpec:
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
