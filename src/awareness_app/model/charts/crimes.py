"""The charts of what the crimes were: serious crimes, the offences against all victims and
against elementary pupils, and the wider picture of all child sexual-abuse cases. No Qt and no
matplotlib here; `charts.py` lists every chart.
"""

from __future__ import annotations

from ...i18n import N_, NP_, format_year
from ..data.dataset import DataSet, Figure
from ..lesson.lesson import Audience, Style
from ..text.figure_text import format_value
from ..text.phrases import extreme_words
from .spec import (
    BASE,
    HIGHLIGHT,
    Bar,
    ChartSpec,
    Group,
    count_text,
    derived_word,
    make_spec,
    offence_label,
    part_of,
    pick,
    tone_style,
    with_note,
    with_share,
)

# The adults' own entries: these charts' words in the statistics' official terms (`pick`)
OFFICIAL_TERMS = (
    NP_("adults", "Victims of serious crimes"),
    NP_("adults", "Of the {count} victims in {year}:"),
    NP_("adults", "Serious crimes in {year}: {count} victims, {record}"),
    NP_("adults", "{change} on {previous_year} ({previous}); {share} of all {total} victims."),
    NP_("adults", "What the crimes were, {year}"),
    NP_("adults", "The offences reported; the faint bars stand for all {total} victims."),
    NP_("adults", "Elementary pupils: what the crimes were, {year}"),
    NP_(
        "adults",
        "The offences reported for the {total} elementary pupils; faint bars stand for all.",
    ),
)


def serious_chart(dataset: DataSet, audience: Audience) -> ChartSpec:
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
                # elementary pupils have not met percentages (grade 5): the two bars compare
                format_value(now, audience=audience)
                if audience == Audience.ELEMENTARY
                else with_note(
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
    if audience == Audience.ELEMENTARY:
        rows.remove(change)  # not drawn for them
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


def offences_chart(dataset: DataSet, audience: Audience) -> ChartSpec:
    """The offences the release reports for all victims, each against a track standing for all
    victims; the largest highlighted."""
    return _offence_chart(
        dataset,
        audience,
        "offences",
        dataset.figure("victims"),
        "offence",
        ALL_VICTIMS_OFFENCES,
        pick(audience, N_("What the crimes were, {year}"), N_("How children were harmed, {year}")),
        pick(audience, N_("The offences reported; the faint bars stand for all {total} victims.")),
    )


def elementary_offences_chart(dataset: DataSet, audience: Audience) -> ChartSpec:
    """Elementary pupils by each offence the release reports; the largest highlighted."""
    return _offence_chart(
        dataset,
        audience,
        "elementary-offences",
        dataset.figure("victims-elementary"),
        "elementary",
        ELEMENTARY_OFFENCES,
        pick(
            audience,
            N_("Elementary pupils: what the crimes were, {year}"),
            N_("Children your age: what happened, {year}"),
        ),
        pick(
            audience,
            N_(
                "The offences reported for the {total} elementary pupils; faint bars stand for all."
            ),
            N_("What happened to the {total} children; the faint bars stand for all of them."),
        ),
    )


def _offence_chart(
    dataset: DataSet,
    audience: Audience,
    chart_id: str,
    total: Figure,
    prefix: str,
    names: tuple[str, ...],
    title: str,
    takeaway: str,
) -> ChartSpec:
    """A bar for each offence `{prefix}-{name}` the release reports, with its share where the
    release has one, against a track standing for `total`; the largest highlighted. `title` and
    `takeaway` are translated, with `{year}` and `{total}` still to fill."""
    year = dataset.year
    counts = [
        (name, dataset.figure(f"{prefix}-{name}", year))
        for name in names
        if dataset.has(f"{prefix}-{name}")
    ]
    top_name = max(counts, key=lambda item: item[1].value)[0]
    rows: list[Figure] = [total]
    groups = []
    for name, count in counts:
        rows.append(count)
        text = count_text(count)
        if dataset.has(f"{prefix}-{name}-share"):
            share = dataset.figure(f"{prefix}-{name}-share", year)
            text = with_share(text, format_value(share, audience=audience))
            rows.append(share)
        groups.append(part_of(offence_label(name, audience), count, text, total, name == top_name))
    return make_spec(
        audience,
        chart_id,
        dataset,
        title.format(year=format_year(year)),
        takeaway.format(total=format_value(total, audience=audience)),
        rows,
        groups=tuple(groups),
    )


def wider_picture_chart(dataset: DataSet, audience: Audience) -> ChartSpec:
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
                N_("All cases of children who were harmed"),
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
        N_("The wider picture: all children who were harmed, {year}"),
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
