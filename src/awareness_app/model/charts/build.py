"""The charts: for each chart id, the builder of what it says, built from the data set for one
audience in the current language (see `spec.py` for the rules every builder keeps). No
Qt and no matplotlib here: the table view, the exports and the accessibility text use a chart's
words without drawing it.

The builders are in the files of what their charts show: `victims.py` (the trend,
school levels), `crimes.py` (serious crimes, offences, the wider picture) and
`contact.py` (how it starts, where victims met the offender).

    from awareness_app.model.charts.build import CHART_IDS, build_spec, chart_title, chart_rows
"""

from __future__ import annotations

from collections.abc import Callable

from ... import i18n
from ..data.dataset import DataSet, Figure
from ..lesson.lesson import Audience
from ..text.furigana import DEFAULT, readings_for
from .contact import first_contact_chart, where_met_chart
from .crimes import (
    elementary_offences_chart,
    offences_chart,
    serious_chart,
    wider_picture_chart,
)
from .spec import ChartSpec
from .victims import school_level_chart, trend_chart

BUILDERS: dict[str, Callable[[DataSet, Audience], ChartSpec]] = {
    "trend": trend_chart,
    "school-level": school_level_chart,
    "serious": serious_chart,
    "offences": offences_chart,
    "elementary-offences": elementary_offences_chart,
    "first-contact": first_contact_chart,
    "wider-picture": wider_picture_chart,
    "where-met": where_met_chart,
}


def build_spec(
    chart_id: str, dataset: DataSet, audience: Audience, furigana: str = DEFAULT
) -> ChartSpec:
    """What the chart says to `audience`: where it gets readings under the `furigana` setting,
    the marked words in kana (matplotlib has no ruby)."""
    try:
        builder = BUILDERS[chart_id]
    except KeyError:
        known = ", ".join(BUILDERS)
        raise ValueError(f"unknown chart {chart_id!r}; the charts are: {known}") from None
    with readings_for(audience, furigana, kana=True):
        return builder(dataset, audience)


def plain_spec(chart_id: str, dataset: DataSet, audience: Audience) -> ChartSpec:
    """What the chart says with its words' kanji as written and no readings (the teacher's
    text: a PowerPoint slide's notes, a picture's alternative text)."""
    build_spec(chart_id, dataset, audience)  # an unknown chart is refused the same way
    with i18n.readings(i18n.PLAIN):
        return BUILDERS[chart_id](dataset, audience)


CHART_IDS: tuple[str, ...] = tuple(BUILDERS)


def chart_title(
    chart_id: str, dataset: DataSet, audience: Audience, furigana: str = DEFAULT
) -> str:
    """The chart's title, translated, worded for `audience`."""
    return build_spec(chart_id, dataset, audience, furigana).title


def chart_takeaway(
    chart_id: str, dataset: DataSet, audience: Audience, furigana: str = DEFAULT
) -> str:
    """The one-line takeaway written under the title."""
    return build_spec(chart_id, dataset, audience, furigana).takeaway


def chart_source_line(
    chart_id: str, dataset: DataSet, audience: Audience, furigana: str = DEFAULT
) -> str:
    """The source line written at the bottom of the chart."""
    return build_spec(chart_id, dataset, audience, furigana).source_line


def chart_rows(
    chart_id: str, dataset: DataSet, audience: Audience, furigana: str = DEFAULT
) -> list[Figure]:
    """The data-set figures the chart draws (and names in its takeaway), in order, each once."""
    return list(dict.fromkeys(build_spec(chart_id, dataset, audience, furigana).rows))
