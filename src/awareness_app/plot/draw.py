"""Drawing a `ChartSpec` as a matplotlib figure, sized in pixels for a projector.

Imported on first use (by `make_figure` in `__init__.py`, and by the Qt side's chart
renderers), so the app starts without matplotlib.
No pyplot and no Qt: a plain `Figure` with an Agg canvas attached (for measuring text); the Qt
side may put its own canvas on the figure to show it.

Layout is done in pixels rather than by a layout engine, because every text is measured
(`page.py`); bar charts (`bars.py`) leave room for the labels written after their bars, line
charts (`lines.py`) for the values written at their points. Redraw a chart at its new size
rather than rescaling an old figure.

Tick labels are drawn as texts too, never by matplotlib's formatters, so numbers always come
from the i18n formatters and in the shipped font.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import matplotlib
from matplotlib.figure import Figure

from .. import resources
from ..model.charts.spec import ChartSpec
from ..themes import Theme
from .bars import draw_bars
from .lines import draw_lines
from .page import LABEL, Page, register_font

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

_RC: dict[RcKeyType, Any] = {
    "axes.unicode_minus": True,  # BIZ UDPGothic has U+2212
    "font.family": [resources.FONT_FAMILY],
}


def render(
    spec: ChartSpec,
    theme: Theme,
    width_px: int,
    height_px: int,
    dpi: float,
    header: bool = True,
    text_scale: float = 1.0,
    screen_height: float | None = None,
    least: float = 0.0,
) -> Figure:
    """Draw `spec`. Without `header` (a chart under a slide's own title and sentence) the
    title and takeaway are left out and the type is sized as if the chart were a fifth taller,
    so that a wide, short chart on a slide stays legible from the back of the room.

    `text_scale` is the teacher's text size (+ / −); `screen_height` the height of the screen
    or page the chart is shown on (the chart's own height if it is shown alone), for the floors
    that keep its text legible from the back row. `least`: the smallest type in pixels, which
    nothing goes below, not even to fit (paper's floor, `pages.chart_svg`)."""
    register_font()
    if screen_height and height_px < screen_height / 4:
        screen_height = None  # a thumbnail (the console's next slide): sized for itself
    scale = text_scale
    with matplotlib.rc_context(_RC):
        # a chart that does not fit is drawn with smaller type (the floors too), a step at a
        # time: down to the default size first, below it only as a last resort
        smallest = min(text_scale, 1.0) * 0.7
        while True:
            page = Page(theme, width_px, height_px, dpi, scale, screen_height, least)
            if _draw(page, spec, header, last=scale <= smallest):
                break
            page.fig.clear()
            scale = max(scale * 0.92, 1.0) if scale > 1.0 else max(scale * 0.92, smallest)
    return page.fig


def _draw(page: Page, spec: ChartSpec, header: bool, last: bool) -> bool:
    """Draw `spec` on `page`; False when it does not fit at the page's sizes (unless it is
    the `last` try, which draws what fits)."""
    if not header:
        page.base = min(page.base * 1.2, page.w * 9 / 16)
        page.margin = page.base * 0.045
    top = page.header(spec.title, spec.takeaway) if header else page.h - page.margin
    bottom = page.footer(spec.source_line)
    gap = page.size(LABEL) * 0.8
    rect = (page.margin, bottom + gap, page.w - 2 * page.margin, top - bottom - 2 * gap)
    if rect[2] < 1 or rect[3] < 1:  # too small for a chart at all: its frame only
        return last
    if spec.panels:
        fits = draw_lines(page, spec, rect, last)
    else:
        fits = draw_bars(page, spec, rect) or last
    # the layout is measured to fit; a bar's outline that lies on the edge of its axes
    # must not lose its outer half to clipping
    for ax in page.fig.axes:
        for patch in ax.patches:
            patch.set_clip_on(False)
    return fits
