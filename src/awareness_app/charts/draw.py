"""Drawing a `ChartSpec` as a matplotlib figure, sized in pixels for a projector.

Only `make_figure` in `__init__.py` imports this module, so the app starts without matplotlib.
No pyplot and no Qt: a plain `Figure` with an Agg canvas attached (for measuring text); the Qt
side may put its own canvas on the figure to show it.

Layout is done here in pixels rather than by a layout engine, because every text is measured:
a title, a takeaway, a heading or a source line that does not fit on one line is wrapped (at
spaces in English, between phrases in Japanese) and, if still too long, set a little smaller;
bars leave room for the labels written after them. Sizes are proportional to the height (or to
the width, for a very narrow figure), so 800×450, 1280×720 and 1920×1080 look alike. Redraw a
chart at its new size rather than rescaling an old figure.

Fonts: every text names the shipped IPAexGothic, which has both Latin and Japanese glyphs (and
U+2212 MINUS SIGN, so `axes.unicode_minus` is on), registered once with the font manager.
Tick labels are drawn as texts too, never by matplotlib's formatters, so numbers always come
from the i18n formatters and in the shipped font.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import matplotlib
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from .. import resources
from ..model.chart_spec import BASE, DERIVED, HIGHLIGHT, MORE_THAN, NEARLY, Bar, ChartSpec
from ..model.line_breaks import phrase_texts
from ..themes import Theme

_font_registered = False

_RC = {
    "axes.unicode_minus": True,  # IPAexGothic has U+2212
    "font.family": [resources.FONT_FAMILY],
}

# Sizes as fractions of the "base" (the height of a 16:9 figure): title ≈ 1/18, labels ≈ 1/28.
TITLE = 1 / 18
TAKEAWAY = 1 / 27
LABEL = 1 / 28
VALUE = 1 / 25
SMALL = 1 / 40
# Floors, as fractions of the height of the screen the chart is shown on: the body text's rule
# (1/30) for every text that carries a figure (values, ticks, years), and 1/45 for the rest.
FIGURE_FLOOR = 1 / 30
TEXT_FLOOR = 1 / 45
FIGURE_TEXT = "figure"  # the gid of a text that carries a figure

# A Latin word (with what sticks to it) is one piece; any other character (CJK) is a piece alone.
_PIECE = re.compile(r"[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+|.")
_NO_LINE_START = set("、。，．）」』】〕〉》ー…・：；！？％%,.)]:;!?")
_NO_LINE_END = set("（「『【〔〈《([")


def register_font() -> None:
    """Make the shipped IPAexGothic known to matplotlib (once)."""
    global _font_registered
    if _font_registered:
        return
    _font_registered = True
    try:
        path = resources.font_file()
    except FileNotFoundError:  # a broken install: matplotlib's own font, and the app says so
        return
    if path.is_file() and not any(entry.fname == str(path) for entry in fontManager.ttflist):
        fontManager.addfont(str(path))


def _pieces(text: str) -> list[str]:
    """Units a line may break between, keeping closing punctuation with what it closes."""
    pieces: list[str] = []
    for piece in _PIECE.findall(text):
        if pieces and (piece[0] in _NO_LINE_START or pieces[-1][-1] in _NO_LINE_END):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return pieces


class Page:
    """A figure of `width` × `height` pixels, with text measured in pixels."""

    def __init__(
        self,
        theme: Theme,
        width: int,
        height: int,
        dpi: float,
        text_scale: float = 1.0,
        screen_height: float | None = None,
    ) -> None:
        self.theme = theme
        self.w = width
        self.h = height
        self.dpi = dpi
        self.fig = Figure(
            figsize=(width / dpi, height / dpi),
            dpi=dpi,
            facecolor=theme.background,
            edgecolor=theme.background,
        )
        FigureCanvasAgg(self.fig)
        self.renderer = self.fig.canvas.get_renderer()
        self.base = min(height, width * 9 / 16)
        self.margin = self.base * 0.045
        self.scale = text_scale
        screen = screen_height or height
        self.figure_floor = screen * FIGURE_FLOOR * text_scale
        self.text_floor = screen * TEXT_FLOOR * text_scale

    # -- units and fonts --

    def pt(self, px: float) -> float:
        return px * 72 / self.dpi

    def size(self, fraction: float) -> float:
        """A type size: `fraction` of the base, times the teacher's text size, and never
        below the floor for text on this screen."""
        return max(self.base * fraction * self.scale, self.text_floor)

    def figures(self, px: float) -> float:
        """The size of a text that carries a figure: `px`, but at least the figure floor."""
        return max(px, self.figure_floor)

    def font(self, px: float) -> FontProperties:
        return FontProperties(family=resources.FONT_FAMILY, size=self.pt(px))

    def measure(self, text: str, px: float) -> float:
        if not text:
            return 0.0
        width, _, _ = self.renderer.get_text_width_height_descent(text, self.font(px), ismath=False)
        return width

    def wrap(self, text: str, px: float, width: float, max_lines: int) -> tuple[list[str], float]:
        """`text` in lines no wider than `width`, at most `max_lines`, shrinking if it must.
        Lines break between phrases (`model.line_breaks`), never inside a word; only a phrase
        wider than the line at the smallest size breaks between its characters."""
        floor = px * 0.72
        phrases = phrase_texts(text)
        while True:
            lines = self._wrap(phrases, px, width)
            fits = all(self.measure(line, px) <= width for line in lines)
            if len(lines) <= max_lines and fits:
                return lines, px
            if px <= floor:
                return (lines if fits else self._wrap(_pieces(text), px, width)), px
            px = max(floor, px * 0.92)

    def _wrap(self, pieces: list[str], px: float, width: float) -> list[str]:
        lines: list[str] = []
        line = ""
        for piece in pieces:
            candidate = line + piece
            if line and self.measure(candidate.rstrip(), px) > width:
                lines.append(line.rstrip())
                line = piece.lstrip()
            else:
                line = candidate
        if line.strip():
            lines.append(line.rstrip())
        return lines or [""]

    def style(
        self, artist: Text, px: float, colour: str, bold: bool = False, figure: bool = False
    ) -> Text:
        """Font and colour; a text that carries a figure is marked as one (its gid)."""
        if figure:
            artist.set_gid(FIGURE_TEXT)
        artist.set_fontproperties(self.font(px))
        artist.set_color(colour)
        if bold:
            # IPAexGothic has no bold face: thicken the glyphs with a stroke of their own colour
            artist.set_path_effects(
                [patheffects.withStroke(linewidth=self.pt(px * 0.05), foreground=colour)]
            )
        return artist

    def text(
        self,
        x: float,
        y: float,
        text: str,
        px: float,
        colour: str,
        *,
        bold: bool = False,
        ha: str = "left",
        va: str = "baseline",
    ) -> Text:
        """Text on the figure at (x, y) pixels from the bottom left."""
        artist = self.fig.text(x / self.w, y / self.h, text, ha=ha, va=va, parse_math=False)
        return self.style(artist, px, colour, bold)

    def axes(self, left: float, bottom: float, width: float, height: float) -> Axes:
        ax = self.fig.add_axes((left / self.w, bottom / self.h, width / self.w, height / self.h))
        ax.set_axis_off()
        return ax

    # -- the frame every chart shares --

    def header(self, title: str, takeaway: str) -> float:
        """Title and takeaway at the top; returns the y (pixels) just under them."""
        width = self.w - 2 * self.margin
        y = self.h - self.margin
        lines, px = self.wrap(title, self.size(TITLE), width, 2)
        for line in lines:
            y -= px * 0.95
            self.text(self.margin, y, line, px, self.theme.text, bold=True)
            y -= px * 0.3
        y -= self.size(TAKEAWAY) * 0.2
        lines, px = self.wrap(takeaway, self.size(TAKEAWAY), width, 2)
        for line in lines:
            y -= px * 0.95
            self.text(self.margin, y, line, px, self.theme.text)
            y -= px * 0.35
        return y

    def footer(self, source: str) -> float:
        """The source line at the bottom; returns the y (pixels) just above it."""
        width = self.w - 2 * self.margin
        lines, px = self.wrap(source, self.size(SMALL), width, 3)
        last = self.margin * 0.8 + px * 0.25  # the baseline of the last line
        for number, line in enumerate(lines):  # added top to bottom, in reading order
            y = last + (len(lines) - 1 - number) * px * 1.3
            self.text(self.margin, y, line, px, self.theme.muted)
        return last + (len(lines) - 1) * px * 1.3 + px

    def colour(self, tone: str) -> str:
        series = self.theme.series
        return series[0] if tone == HIGHLIGHT else series[1] if tone == BASE else series[2]


def render(
    spec: ChartSpec,
    theme: Theme,
    width_px: int,
    height_px: int,
    dpi: float,
    header: bool = True,
    text_scale: float = 1.0,
    screen_height: float | None = None,
) -> Figure:
    """Draw `spec`. Without `header` (a chart under a slide's own title and sentence) the
    title and takeaway are left out and the type is sized as if the chart were a fifth taller,
    so that a wide, short chart on a slide stays legible from the back of the room.

    `text_scale` is the teacher's text size (+ / −); `screen_height` the height of the screen
    or page the chart is shown on (the chart's own height if it is shown alone), for the floors
    that keep its text legible from the back row."""
    register_font()
    if screen_height and height_px < screen_height / 4:
        screen_height = None  # a thumbnail (the console's next slide): sized for itself
    scale = text_scale
    with matplotlib.rc_context(_RC):
        # a chart that does not fit is drawn with smaller type (the floors too), a step at a
        # time: down to the default size first, below it only as a last resort
        smallest = min(text_scale, 1.0) * 0.7
        while True:
            page = Page(theme, width_px, height_px, dpi, scale, screen_height)
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
        fits = _draw_lines(page, spec, rect, last)
    else:
        fits = _draw_bars(page, spec, rect) or last
    # the layout is measured to fit; a bar's outline that lies on the edge of its axes
    # must not lose its outer half to clipping
    for ax in page.fig.axes:
        for patch in ax.patches:
            patch.set_clip_on(False)
    return fits


# --- bar charts ---------------------------------------------------------------------------------


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


def _fade_length(bar: Bar) -> float:
    # the open end of a bound: an eighth of its track (the whole), or a sixth of the bar
    return bar.track / 8 if bar.track else bar.value / 6


def _layout_bars(
    page: Page, spec: ChartSpec, width: float, factor: float, grow: float, extra_gap: float
) -> _BarLayout:
    label = page.size(LABEL) * factor
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
            lines, _ = page.wrap(group.heading, label, width, 2)
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


def _draw_bars(page: Page, spec: ChartSpec, rect: tuple[float, float, float, float]) -> bool:
    left, bottom, width, height = rect
    theme = page.theme
    factor, grow, extra_gap = 1.0, 1.0, 0.0
    layout = _layout_bars(page, spec, width, factor, grow, extra_gap)
    if layout.height > height:
        beside = _headings_beside(spec)
        lefts = [page.measure(b.left, layout.label) for g in beside.groups for b in g.bars]
        if beside != spec and max(lefts) < width * 0.45:
            spec = beside
            layout = _layout_bars(page, spec, width, factor, grow, extra_gap)
    if layout.height > height:  # too tall: thinner bars first (down to the height of a line)
        bars = len(layout.bars) * layout.thickness
        grow = max(0.7, 1 - (layout.height - height) / bars)
        layout = _layout_bars(page, spec, width, factor, grow, extra_gap)
    for _ in range(6):  # still too tall: everything a little smaller
        if layout.height <= height or factor <= 0.55:
            break
        factor = max(0.55, factor * height / layout.height * 0.98)
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
    offset = max(0.0, (height - layout.height) * 0.4)

    # the horizontal scale: pixels per unit, leaving room for the labels before and after bars
    pad = layout.label * 0.45
    lefts = [page.measure(bar.left, layout.label) for _, bar in layout.bars if bar.left]
    before = max(lefts) + pad if lefts else 0.0
    if spec.scale:  # the first tick's label is centred under the start of the bars
        before = max(before, page.measure(spec.scale[0][1], layout.small) / 2)
    per_unit = float("inf")
    squeezed = False  # a value written after its bar leaves the bars too little room
    for _, bar in layout.bars:
        end = bar.value + (_fade_length(bar) if bar.style == MORE_THAN else 0.0)
        if bar.text_after_track and bar.track:
            end = max(end, bar.track)
        after = pad + page.measure(bar.text, layout.value) + pad * 0.5
        room = width - before - after
        squeezed |= room < width * 0.1
        per_unit = min(per_unit, max(room, width * 0.05) / end)
        if bar.track:
            per_unit = min(per_unit, (width - before) / bar.track)
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
        if bar.track:
            ax.add_patch(
                Rectangle(
                    (0, top),
                    bar.track,
                    thickness,
                    facecolor=theme.surface,
                    edgecolor=theme.grid,
                    linewidth=page.pt(1),
                    zorder=1,
                )
            )
        _draw_bar(page, ax, bar, top, thickness, colour, outline)
        end = bar.value + (_fade_length(bar) if bar.style == MORE_THAN else 0.0)
        if bar.text_after_track and bar.track:
            end = max(end, bar.track)
        artist = ax.text(
            end + pad * unit, centre, bar.text, ha="left", va="center_baseline", parse_math=False
        )
        page.style(artist, layout.value, theme.text, bold=bar.tone == HIGHLIGHT, figure=True)
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
            artist = ax.text(
                mark.value - thickness * 0.25 * unit,
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

    return layout.height <= height + 0.5 and not squeezed


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
        # the eye reads the bound: the bar is solid up to it, marked by a line there (dashed:
        # "nearly"); a lower bound ("more than") fades out past it to an open end
        fade = _fade_length(bar) if bar.style == MORE_THAN else 0.0
        solid = start = bar.value
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


# --- line charts --------------------------------------------------------------------------------


def _draw_lines(
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
    end_width = max(page.measure(p.points[-1].text, value) for p in spec.panels)
    first, last = years[0], years[-1]
    lo = first - 0.5
    share = (value * 0.7 + end_width + label * 0.3) / plot_width
    hi = (last - share * lo) / (1 - share)
    per_year = plot_width / (hi - lo)

    marker = label * 0.5
    y = bottom + height
    axes = []
    for panel in spec.panels:
        colour = page.colour(panel.tone)
        y -= heading
        page.text(left, y + small * 0.6 + label * 0.25, panel.label, label, colour, bold=True)
        panel_height = plot_height * panel.weight
        y -= panel_height
        ax = page.axes(left + before, y, plot_width, panel_height)
        axes.append(ax)
        y -= gap
        # room above the highest point for the label written over it
        peak = max(p.value for p in panel.points)
        room = (value * 1.2 + marker) / panel_height
        top = max(panel.ticks[-1][0], peak / (1 - room))
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
        for index, point in enumerate(panel.points):
            if not point.text:
                continue
            if index == len(panel.points) - 1:
                offset, ha, va = (page.pt(value * 0.6), 0), "left", "center_baseline"
            else:
                offset, ha, va = (0, page.pt(marker * 0.8)), "center", "bottom"
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
    step = 1 if per_year > widest * 1.35 else 2
    for index, (year, text) in enumerate(spec.years):
        if index % step and index != len(spec.years) - 1:
            continue
        if step > 1 and index == len(spec.years) - 2:
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
    return True
