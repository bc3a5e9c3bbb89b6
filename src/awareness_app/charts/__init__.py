"""Charts: pure functions from (data set, audience, theme, size) to a matplotlib `Figure`.

    from awareness_app.charts import CHART_IDS, make_figure, chart_title, chart_rows

- `make_figure(chart_id, dataset, audience, theme, width_px, height_px, dpi=100)` draws the
  chart in the current language (`i18n.set_language`) as a `matplotlib.figure.Figure` of exactly
  `width_px` × `height_px` pixels at `dpi`, with an Agg canvas attached. No pyplot, no Qt: the Qt
  side wraps the figure in its own canvas; exports call `fig.savefig(..., format="png" / "svg")`.
  Draw again at a new size instead of rescaling a figure: text is laid out for the size given.
- `chart_title`, `chart_takeaway`, `chart_source_line`: the chart's words, for a table view,
  exports and accessibility text.
- `chart_rows`: the data-set figures the chart draws, in order, for a table view and the CSV
  export (each `Figure` knows its label, year, grade and sources).

Importing this package does not import matplotlib (the app's start-up stays fast): only
`make_figure` imports the drawing module. See `spec.py` for what each chart says and `draw.py`
for how it is drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.dataset import DataSet, Figure
from ..model.lesson import Audience
from .spec import BUILDERS, ChartSpec, build_spec

if TYPE_CHECKING:
    import matplotlib.figure

    from ..themes import Theme

CHART_IDS: tuple[str, ...] = tuple(BUILDERS)

__all__ = [
    "CHART_IDS",
    "ChartSpec",
    "build_spec",
    "chart_rows",
    "chart_source_line",
    "chart_takeaway",
    "chart_title",
    "make_figure",
]


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


def make_figure(
    chart_id: str,
    dataset: DataSet,
    audience: Audience,
    theme: Theme,
    width_px: int,
    height_px: int,
    dpi: float = 100,
) -> matplotlib.figure.Figure:
    """Chart `chart_id` as a figure of `width_px` × `height_px` pixels, in the current language."""
    if width_px < 50 or height_px < 50 or dpi <= 0:
        raise ValueError(
            f"a chart needs a positive size of at least 50×50 pixels, "
            f"not {width_px}×{height_px} at {dpi} dpi"
        )
    spec = build_spec(chart_id, dataset, audience)
    from .draw import render  # matplotlib is imported here, on first use

    return render(spec, theme, width_px, height_px, dpi)
