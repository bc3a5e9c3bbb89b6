"""Charts: pure functions from (data set, audience, theme, size) to a matplotlib `Figure`.

    from awareness_app.plot import make_figure

- `make_figure(chart_id, dataset, audience, theme, width_px, height_px, dpi=100)` draws the
  chart in the current language (`i18n.set_language`) as a `matplotlib.figure.Figure` of exactly
  `width_px` × `height_px` pixels at `dpi`, with an Agg canvas attached. No pyplot, no Qt: the Qt
  side wraps the figure in its own canvas; exports call `fig.savefig(..., format="png" / "svg")`.
  Draw again at a new size instead of rescaling a figure: text is laid out for the size given.

What a chart says (its words and figures, `CHART_IDS`, `chart_title`, `chart_rows` …) is in the
model (`model/charts/build.py`, `model/charts/spec.py`); this package draws it and exports it.

Importing this package does not import matplotlib (the app's start-up stays fast): only
`make_figure` imports the drawing module (`draw.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.charts.build import build_spec
from ..model.data.dataset import DataSet
from ..model.lesson.lesson import Audience
from ..model.text.furigana import DEFAULT

if TYPE_CHECKING:
    import matplotlib.figure

    from ..themes import Theme


def make_figure(
    chart_id: str,
    dataset: DataSet,
    audience: Audience,
    theme: Theme,
    width_px: int,
    height_px: int,
    dpi: float = 100,
    header: bool = True,
    screen_height: float | None = None,
    furigana: str = DEFAULT,
) -> matplotlib.figure.Figure:
    """Chart `chart_id` as a figure of `width_px` × `height_px` pixels, in the current language;
    without `header`, without its title and takeaway (a chart under a slide's own title);
    `screen_height`: the height of the slide it is shown on, for the floors that keep its text
    legible (see `draw.render`); `furigana`: the setting its words follow (`build_spec`)."""
    if width_px < 50 or height_px < 50 or dpi <= 0:
        raise ValueError(
            f"a chart needs a positive size of at least 50×50 pixels, "
            f"not {width_px}×{height_px} at {dpi} dpi"
        )
    spec = build_spec(chart_id, dataset, audience, furigana)
    from .draw import render  # matplotlib is imported here, on first use

    return render(spec, theme, width_px, height_px, dpi, header=header, screen_height=screen_height)
