"""Line charts: one panel a series, one above the other, each with its own scale from zero;
the first and last values written at their points, a derived year as a hollow marker, and
the years under the last panel. No pyplot and no Qt.
"""

from __future__ import annotations

from matplotlib.text import Text
from matplotlib.transforms import Bbox

from ..model.charts.spec import HIGHLIGHT, ChartSpec
from .page import LABEL, SMALL, VALUE, Page


def draw_lines(
    page: Page, spec: ChartSpec, rect: tuple[float, float, float, float], last: bool
) -> bool:
    left, bottom, width, height = rect
    theme = page.theme
    label = page.size(LABEL)
    value = page.figures(page.size(VALUE))
    small = page.figures(page.size(SMALL))  # ticks and years carry figures
    note = page.size(SMALL)  # "derived" under a point
    heading = label * 1.3 + small * 0.6
    gap = label * 0.9
    year_row = small * 1.9
    plot_height = height - year_row - heading * len(spec.panels) - gap * (len(spec.panels) - 1)

    ticks_width = max(page.measure(text, small) for p in spec.panels for _, text in p.ticks)
    before = ticks_width + small * 0.7
    plot_width = width - before
    lowest = plot_height * min(panel.weight for panel in spec.panels)
    if plot_width < 1 or lowest < 1 or (lowest < value * 2 and not last):
        return last  # no room for the lines and the values written over them
    years = [year for year, _ in spec.years]
    end_width = max(page.measure(p.points[-1].text, value, bold=True) for p in spec.panels)
    first_year, last_year = years[0], years[-1]
    # the first point's figure is centred over it: half of it, and a little air, right of the
    # axis (in a narrow chart it reached into the ticks' figures)
    first_half = max(page.measure(p.points[0].text, value) for p in spec.panels) / 2 + small * 0.3
    share = (value * 0.7 + end_width + label * 0.3) / plot_width

    def scale(lo: float) -> tuple[float, float]:
        """The last year's end of the axis, and pixels a year, for an axis starting at `lo`."""
        hi = (last_year - share * lo) / (1 - share)
        return hi, plot_width / (hi - lo)

    lo = first_year - 0.5
    for _ in range(3):  # the room before the first year, in years, at the scale it gives
        lo = min(first_year - 0.5, first_year - first_half / scale(lo)[1])
    hi, per_year = scale(lo)

    marker = label * 0.5
    y = bottom + height
    axes = []
    for panel in spec.panels:
        notes: list[Text] = []  # the last panel's are checked against the years under it
        colour = page.colour(panel.tone)
        y -= heading
        page.text(left, y + small * 0.6 + label * 0.25, panel.label, label, colour, bold=True)
        panel_height = plot_height * panel.weight
        y -= panel_height
        ax = page.axes(left + before, y, plot_width, panel_height)
        axes.append(ax)
        y -= gap
        # room above each point for what is written over it: a figure over a labelled point,
        # half a figure beside the last one (centred on it), else its marker
        above = min(0.9, (value * 1.2 + marker) / panel_height)
        beside = min(0.9, max(value * 0.6, marker) / panel_height)
        alone = min(0.9, marker / panel_height)
        end = len(panel.points) - 1
        top = max(
            panel.ticks[-1][0],
            *(
                p.value / (1 - (beside if i == end else above if p.text else alone))
                for i, p in enumerate(panel.points)
            ),
        )
        ax.set_xlim(lo, hi)
        ax.set_ylim(0, top)
        last_label = -float("inf")  # height in the panel of the last tick labelled
        for tick, text in panel.ticks:
            if tick > top:
                continue
            ax.axhline(
                tick,
                color=theme.muted if tick == 0 else theme.grid,
                linewidth=page.pt(1.5 if tick == 0 else 1),
                zorder=1,
            )
            at = tick / top * panel_height
            if at - last_label < small * 1.15:
                continue  # its label would touch the one below: the line alone
            last_label = at
            artist = ax.annotate(
                text,
                (0, tick),
                xycoords=("axes fraction", "data"),
                xytext=(-page.pt(small * 0.5), 0),
                textcoords="offset points",
                ha="right",
                va="center_baseline",
                parse_math=False,
            )
            page.style(artist, small, theme.muted, figure=True)
        thick = panel.tone == HIGHLIGHT
        xs = [p.year for p in panel.points]
        vs = [p.value for p in panel.points]
        ax.plot(
            xs,
            vs,
            color=colour,
            linewidth=page.pt(label * (0.22 if thick else 0.12)),
            solid_capstyle="round",
            zorder=3,
        )
        size = page.pt(marker * (1.15 if thick else 0.9))
        edge = page.pt(max(1.5, label * 0.08))
        for point in panel.points:
            ax.plot(
                [point.year],
                [point.value],
                marker="o",
                markersize=size,
                markerfacecolor=theme.background if point.derived else colour,
                markeredgecolor=colour,
                markeredgewidth=edge,
                zorder=4,
                gid="derived" if point.derived else None,
            )
            if point.derived:
                artist = ax.annotate(
                    spec.derived_text,
                    (point.year, point.value),
                    xytext=(0, -page.pt(marker * 0.9 + note * 0.2)),
                    textcoords="offset points",
                    ha="center",
                    va="top",
                    parse_math=False,
                )
                page.style(artist, note, theme.muted)
                notes.append(artist)
        for index, point in enumerate(panel.points):
            if not point.text:
                continue
            if index == end:  # beside the point, lifted off the axis in a low, short panel
                lift = max(0.0, value * 0.7 - point.value / top * panel_height)
                offset, ha, va = (page.pt(value * 0.6), page.pt(lift)), "left", "center_baseline"
            else:
                offset, ha, va = (0.0, page.pt(marker * 0.8)), "center", "bottom"
            artist = ax.annotate(
                point.text,
                (point.year, point.value),
                xytext=offset,
                textcoords="offset points",
                ha=ha,
                va=va,
                parse_math=False,
            )
            page.style(
                artist, value, theme.text, bold=thick or index == len(panel.points) - 1, figure=True
            )

    # the years, under the last panel
    widest = max(page.measure(text, small) for _, text in spec.years)
    year_labels: list[Text] = []
    # every year, else every second, third …: as many as stand apart (the last always)
    last_index = len(spec.years) - 1
    step = next((n for n in range(1, last_index + 1) if per_year * n > widest * 1.35), last_index)
    for index, (year, text) in enumerate(spec.years):
        if index != last_index and (index % step or last_index - index < step):
            continue
        artist = axes[-1].annotate(
            text,
            (year, 0),
            xycoords=("data", "axes fraction"),
            xytext=(0, -page.pt(small * 0.55)),
            textcoords="offset points",
            ha="center",
            va="top",
            parse_math=False,
        )
        page.style(artist, small, theme.muted, figure=True)
        year_labels.append(artist)
    # a note under a low derived point in the last panel may reach down to the years, in a font
    # whose figures are wide: the year keeps its place, the note gives way (the source line
    # says what a hollow marker is, and a panel above it shows the same note)
    boxes = [t.get_window_extent(page.renderer) for t in year_labels]
    for note_artist in notes:
        box = note_artist.get_window_extent(page.renderer)
        if any(_touch(box, other) for other in boxes):
            note_artist.remove()
    return True


def _touch(a: Bbox, b: Bbox) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0 and min(a.y1, b.y1) - max(a.y0, b.y0) > 0
