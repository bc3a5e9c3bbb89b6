"""Bar charts: headings, bars against the tracks of their wholes, bounds drawn as bounds (solid
to the bound, an open end for "more than"), derived values hatched, values and scale labels
written beside them; the layout made to fit the chart's area. No pyplot and no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from matplotlib.axes import Axes
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from ..model.charts.spec import DERIVED, HIGHLIGHT, MORE_THAN, NEARLY, Bar, ChartSpec
from .page import LABEL, SMALL, VALUE, Page

MIN_FACTOR = 0.55  # the labels never go below this share of their size
BESIDE_SHARE = 0.45  # headings written before their bars take at most this share of the width


@dataclass
class _BarLayout:
    """Where the headings and bars go, in pixels from the top of the chart area."""

    label: float  # font sizes
    value: float
    small: float
    thickness: float
    headings: list[tuple[float, list[str], bool]]  # (y of the first baseline, lines, section?)
    bars: list[tuple[float, Bar]]  # (y of the top edge, bar)
    scale_y: float  # y of the tick labels under a fixed scale
    height: float


# the share of a "nearly" bar that fades in before its bound (the solid part stops short)
NEARLY_FADE = 0.2


def _fade_length(bar: Bar) -> float:
    # the open end of a bound: an eighth of its track (the whole), or a sixth of the bar
    return bar.track / 8 if bar.track else bar.value / 6


def _layout_bars(
    page: Page, spec: ChartSpec, width: float, factor: float, grow: float, extra_gap: float
) -> _BarLayout:
    label = page.at_least(page.size(LABEL) * factor)
    small = page.figures(page.size(SMALL) * max(factor, 0.85))  # the scale's and marks' figures
    value = page.figures(page.size(VALUE) * factor)
    thickness = max(label * 1.45 * grow, value * 0.95)  # the value, written beside, fits its row
    headings: list[tuple[float, list[str], bool]] = []
    bars: list[tuple[float, Bar]] = []
    y = 0.0
    for index, group in enumerate(spec.groups):
        if index and spec.groups[index - 1].bars:
            # between groups: air under a heading's group; rows only, with headings beside
            air = 0.3 if not group.heading else 0.7 if factor == 1 else 0.4
            y += thickness * air + extra_gap
        if group.heading:
            lines, _ = page.wrap(group.heading, label, width, 2, bold=not group.bars)
            headings.append((y + label * 0.92, lines, not group.bars))
            y += label * 1.25 * len(lines) + label * (0.15 if group.bars else 0.3)
        for number, bar in enumerate(group.bars):
            if number:
                y += thickness * 0.3
            bars.append((y, bar))
            y += thickness
            if bar.marker is not None:
                y += thickness * 0.18 + small * 1.4
    scale_y = y + small * 0.5
    if spec.scale:
        y += small * 1.6
    return _BarLayout(label, value, small, thickness, headings, bars, scale_y, y)


def _headings_beside(spec: ChartSpec) -> ChartSpec:
    """The bar chart with each one-bar group's heading written before its bar, on its row:
    half the height, for a chart whose headings over the bars do not fit."""
    groups = tuple(
        replace(g, heading="", bars=(replace(g.bars[0], left=g.heading),))
        if g.heading and len(g.bars) == 1 and not g.bars[0].left
        else g
        for g in spec.groups
    )
    return replace(spec, groups=groups)


@dataclass
class _Fitted:
    """A bar chart's layout fitted to its area, with the horizontal scale it leaves."""

    spec: ChartSpec
    layout: _BarLayout
    factor: float  # the labels' share of their full size
    before: float  # pixels before the bars (their labels)
    pad: float
    per_unit: float  # pixels per unit of the bars' values
    squeezed: bool  # a value written after its bar leaves the bars too little room

    def fits(self, height: float) -> bool:
        return self.layout.height <= height + 0.5 and not self.squeezed


def _fit(page: Page, spec: ChartSpec, width: float, height: float, factor: float) -> _Fitted:
    """`spec`'s bars in `width` × `height` pixels, the labels at `factor` of their size or
    smaller: thinner bars first (down to the height of a line), then everything a little
    smaller; with room to spare, thicker bars (to a point), then more air."""
    grow, extra_gap = 1.0, 0.0
    layout = _layout_bars(page, spec, width, factor, grow, extra_gap)
    if layout.height > height:  # too tall: thinner bars first (down to the height of a line)
        bars = len(layout.bars) * layout.thickness
        grow = max(0.7, 1 - (layout.height - height) / bars)
        layout = _layout_bars(page, spec, width, factor, grow, extra_gap)
    for _ in range(6):  # still too tall: everything a little smaller
        if layout.height <= height or factor <= MIN_FACTOR:
            break
        factor = max(MIN_FACTOR, factor * height / layout.height * 0.98)
        layout = _layout_bars(page, spec, width, factor, grow, extra_gap)
    spare = height - layout.height
    if spare > 0 and grow == 1:  # room to spare: thicker bars (to a point), then more air
        grow = min(1.5, 1 + spare * 0.5 / (len(layout.bars) * layout.thickness))
        layout = _layout_bars(page, spec, width, factor, grow, extra_gap)
        spare = height - layout.height
        gaps = sum(1 for g in spec.groups[:-1] if g.bars)
        if gaps and spare > 0:
            extra_gap = min(spare * 0.8 / gaps, layout.thickness * 0.6)
            layout = _layout_bars(page, spec, width, factor, grow, extra_gap)

    # the horizontal scale: pixels per unit, leaving room for the labels before and after bars
    pad = layout.label * 0.45
    lefts = [page.measure(bar.left, layout.label) for _, bar in layout.bars if bar.left]
    before = max(lefts) + pad if lefts else 0.0
    if spec.scale:  # the first tick's label is centred under the start of the bars
        before = max(before, page.measure(spec.scale[0][1], layout.small) / 2)
    per_unit = float("inf")
    squeezed = False
    for _, bar in layout.bars:
        end = bar.value + (_fade_length(bar) if bar.style == MORE_THAN else 0.0)
        if bar.text_after_track and bar.track:
            end = max(end, bar.track)
        after = pad + page.measure(bar.text, layout.value, bar.tone == HIGHLIGHT) + pad * 0.5
        room = width - before - after
        squeezed |= room < width * 0.1
        per_unit = min(per_unit, max(room, width * 0.05) / end)
        if bar.track:
            per_unit = min(per_unit, (width - before) / bar.track)
    return _Fitted(spec, layout, factor, before, pad, per_unit, squeezed)


def draw_bars(page: Page, spec: ChartSpec, rect: tuple[float, float, float, float]) -> bool:
    left, bottom, width, height = rect
    theme = page.theme
    fitted = _fit(page, spec, width, height, 1.0)
    beside = _headings_beside(spec)
    if beside != spec and _layout_bars(page, spec, width, 1.0, 1.0, 0.0).height > height:
        # headings over the bars do not fit: each bar's heading before it, on its row, if that
        # keeps the labels larger (set smaller, if they must, to leave the bars and the values
        # written after them their room: a long heading in a wide font)
        label = page.size(LABEL)
        widest = max(page.measure(b.left, label) for g in beside.groups for b in g.bars)
        factor = min(1.0, width * BESIDE_SHARE / widest) if widest else 1.0
        if factor >= MIN_FACTOR:
            other = _fit(page, beside, width, height, factor)
            if other.fits(height) and (other.factor >= fitted.factor or not fitted.fits(height)):
                fitted = other
    spec, layout, pad, before, per_unit = (
        fitted.spec,
        fitted.layout,
        fitted.pad,
        fitted.before,
        fitted.per_unit,
    )
    offset = max(0.0, (height - layout.height) * 0.4)

    ax = page.axes(left, bottom, width, height)
    ax.set_xlim(-before / per_unit, (width - before) / per_unit)
    ax.set_ylim(height, 0)  # y: pixels down from the top of the chart area
    unit = 1 / per_unit  # one pixel in data units

    for y, lines, section in layout.headings:
        for number, line in enumerate(lines):
            artist = ax.text(
                -before * unit,
                offset + y + number * layout.label * 1.25,
                line,
                ha="left",
                va="baseline",
                parse_math=False,
            )
            page.style(artist, layout.label, theme.text, bold=section)

    thickness = layout.thickness
    outline = page.pt(max(1.5, thickness * 0.06))
    for y, bar in layout.bars:
        top = offset + y
        centre = top + thickness / 2
        colour = page.colour(bar.tone)
        end = bar.value + (_fade_length(bar) if bar.style == MORE_THAN else 0.0)
        if bar.text_after_track and bar.track:
            end = max(end, bar.track)
        _draw_bar(page, ax, bar, top, thickness, colour, outline)
        artist = ax.text(
            end + pad * unit, centre, bar.text, ha="left", va="center_baseline", parse_math=False
        )
        page.style(artist, layout.value, theme.text, bold=bar.tone == HIGHLIGHT, figure=True)
        if bar.track:  # under the bar and its figure (`zorder`)
            _draw_track(page, ax, bar.track, top, thickness, artist)
        if bar.left:
            artist = ax.text(
                -pad * 0.6 * unit,
                centre,
                bar.left,
                ha="right",
                va="center_baseline",
                parse_math=False,
            )
            page.style(artist, layout.label, theme.muted)
        if bar.marker is not None:
            mark = bar.marker
            ax.plot(
                [mark.value],
                [centre],
                marker="D",
                markersize=page.pt(thickness * 0.42),
                markerfacecolor=theme.text,
                markeredgecolor=theme.background,
                markeredgewidth=page.pt(max(1.5, thickness * 0.05)),
                zorder=6,
            )
            below = top + thickness * 1.18 + layout.small * 0.1  # under the bound's tick
            # from just before the mark, or moved left as far as it must to end in the chart
            note = page.measure(mark.text, layout.small)
            artist = ax.text(
                max(-before, min(mark.value / unit - thickness * 0.25, width - before - note))
                * unit,
                below,
                mark.text,
                ha="left",
                va="top",
                parse_math=False,
            )
            page.style(artist, layout.small, theme.text, figure=True)

    if spec.scale:
        first = offset + layout.bars[0][0]
        last = offset + layout.bars[-1][0] + thickness
        last_right = -float("inf")  # pixels from the left of the bars: the last label's end
        for value, text in spec.scale:
            ax.plot(
                [value, value],
                [first - thickness * 0.15, last + thickness * 0.15],
                color=theme.grid,
                linewidth=page.pt(1),
                zorder=2,
            )
            half = page.measure(text, layout.small) / 2
            at = value * per_unit
            if at - half < last_right + layout.small * 0.4:
                continue  # its label would touch the one before: the line alone
            last_right = at + half
            artist = ax.text(
                value, offset + layout.scale_y, text, ha="center", va="top", parse_math=False
            )
            page.style(artist, layout.small, theme.muted, figure=True)

    return fitted.fits(height)


TRACK_EDGE = "track-edge"  # the gid of a track's outline drawn as lines (`_draw_track`)


def _draw_track(
    page: Page, ax: Axes, track: float, top: float, thickness: float, figure: Text
) -> None:
    """The track of a bar's whole: a light box. Where the bar's `figure` reaches across the
    track's end, the end's line leaves a gap as tall as the figure, so that it does not run
    between its letters."""
    box = figure.get_window_extent(page.renderer).transformed(ax.transData.inverted())
    crossed = box.x0 < track < box.x1
    line = page.pt(1)
    ax.add_patch(
        Rectangle(
            (0, top),
            track,
            thickness,
            facecolor=page.theme.surface,
            edgecolor=page.theme.grid,
            linewidth=0 if crossed else line,
            zorder=1,
        )
    )
    if not crossed:
        return
    above, below = min(box.y0, box.y1), max(box.y0, box.y1)  # y: pixels down from the top
    bottom = top + thickness
    edges = [([track, 0, 0, track], [top, top, bottom, bottom])]
    if above > top:
        edges.append(([track, track], [top, above]))
    if below < bottom:
        edges.append(([track, track], [below, bottom]))
    for xs, ys in edges:
        ax.plot(
            xs, ys, color=page.theme.grid, linewidth=line, zorder=1, gid=TRACK_EDGE, clip_on=False
        )


def _draw_bar(
    page: Page, ax: Axes, bar: Bar, top: float, thickness: float, colour: str, outline: float
) -> None:
    theme = page.theme
    if bar.style == DERIVED:
        patch = Rectangle(
            (0, top),
            bar.value,
            thickness,
            facecolor=theme.background,
            edgecolor=colour,
            linewidth=outline,
            hatch="//",
            zorder=3,
            gid="derived",
        )
        if hasattr(patch, "set_hatch_linewidth"):
            patch.set_hatch_linewidth(outline)
        ax.add_patch(patch)
        return
    if bar.style in (MORE_THAN, NEARLY):
        # the eye reads the bound: a lower bound ("more than") is solid up to it, marked by a
        # line there, and fades out past it to an open end; "nearly" stops short of its bound
        # and fades towards it, to a dashed line at the bound (never an exact bar)
        if bar.style == MORE_THAN:
            fade = _fade_length(bar)
            solid = start = bar.value
        else:
            fade = bar.value * NEARLY_FADE
            solid = start = bar.value - fade
        ax.add_patch(
            Rectangle(
                (0, top),
                solid,
                thickness,
                facecolor=colour,
                edgecolor="none",
                zorder=3,
                gid=f"bound-{bar.style}-solid",
            )
        )
        steps = 24 if fade else 0
        for step in range(steps):
            alpha = 0.9 * (1 - (step + 0.5) / steps)
            if bar.style == NEARLY:  # fading from solid towards the bound
                alpha = 0.75 * (1 - (step + 0.5) / steps) + 0.1
            ax.add_patch(
                Rectangle(
                    (start + fade * step / steps, top),
                    fade / steps,
                    thickness,
                    facecolor=colour,
                    edgecolor="none",
                    alpha=alpha,
                    zorder=3,
                    gid=f"bound-{bar.style}-fade",
                )
            )
        line_width = page.pt(max(2.0, thickness * 0.07))
        overhang = thickness * 0.18
        ax.plot(
            [bar.value, bar.value],
            [top - overhang, top + thickness + overhang],
            color=theme.text,
            linewidth=line_width,
            zorder=5,
            linestyle="-" if bar.style == MORE_THAN else (0, (2, 1.5)),
            gid=f"bound-{bar.style}-line",
        )
        if bar.style == MORE_THAN:  # an open end: an arrowhead past the fade
            ax.plot(
                [bar.value + fade],
                [top + thickness / 2],
                marker=">",
                zorder=5,
                markersize=page.pt(thickness * 0.55),
                markerfacecolor=colour,
                markeredgecolor=colour,
                gid="bound-more-than-arrow",
            )
        return
    ax.add_patch(
        Rectangle((0, top), bar.value, thickness, facecolor=colour, edgecolor="none", zorder=3)
    )
