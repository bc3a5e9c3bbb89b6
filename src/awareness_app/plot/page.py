"""A chart's page: a matplotlib figure of a size in pixels, with every text measured, wrapped
and sized for a projector, and the frame every chart shares (title, takeaway, source line).
No pyplot and no Qt.

A title, a takeaway, a heading or a source line that does not fit on one line is wrapped (at
spaces in English, between phrases in Japanese) and, if still too long, set a little smaller.
Sizes are proportional to the height (or to the width, for a very narrow figure), so 800×450,
1280×720 and 1920×1080 look alike.

Fonts: every text names the shipped BIZ UDPGothic (regular and bold), which has both Latin and
Japanese glyphs (and U+2212 MINUS SIGN, so `axes.unicode_minus` is on), registered once with the
font manager.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager
from matplotlib.text import Text

from .. import resources
from ..model.charts.spec import BASE, HIGHLIGHT
from ..model.text.line_breaks import phrase_texts
from ..themes import Theme

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


@cache
def register_font() -> None:
    """Make the shipped BIZ UDPGothic known to matplotlib (once: `cache`)."""
    try:
        paths = resources.font_files()
    except FileNotFoundError:  # a broken install: matplotlib's own font, and the app says so
        return
    known = {entry.fname for entry in fontManager.ttflist}
    for path in paths:
        if path.is_file() and str(path) not in known:
            fontManager.addfont(str(path))


@lru_cache(maxsize=16384)
def text_width(text: str, points: float, bold: bool, dpi: float) -> float:
    """The width in pixels Agg gives `text` in the shipped font (`Page.font`): kept, as the
    same lines are measured again and again while a title is wrapped and a chart is drawn
    again in another theme (matplotlib lays the string out each time, a few milliseconds)."""
    font = _font(points, bold)
    width, _, _ = _measurer(dpi).get_text_width_height_descent(text, font, ismath=False)
    return width


def _font(points: float, bold: bool) -> FontProperties:
    """The shipped font at `points`; the bold face is a font of its own, with wider letters:
    measured and drawn with the same one."""
    return FontProperties(
        family=resources.FONT_FAMILY, size=points, weight="bold" if bold else "normal"
    )


@lru_cache(maxsize=8)
def _measurer(dpi: float) -> RendererAgg:
    """A renderer to measure text with at `dpi` (it draws nothing: one pixel)."""
    return RendererAgg(1, 1, dpi)


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
    """A figure of `width` × `height` pixels, with text measured in pixels; no text smaller
    than `least` pixels (0: the screen's floors alone)."""

    def __init__(
        self,
        theme: Theme,
        width: int,
        height: int,
        dpi: float,
        text_scale: float = 1.0,
        screen_height: float | None = None,
        least: float = 0.0,
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
        canvas = FigureCanvasAgg(self.fig)  # the figure's canvas from now on
        self.renderer = canvas.get_renderer()
        self.base = min(height, width * 9 / 16)
        self.margin = self.base * 0.045
        self.scale = text_scale
        screen = screen_height or height
        # `least`: the smallest type in pixels for every text, whatever else shrinks (paper's
        # floor, `pages.chart_svg`); a screen's floors follow its height and the text size
        self.least = least
        self.figure_floor = max(screen * FIGURE_FLOOR * text_scale, least)
        self.text_floor = max(screen * TEXT_FLOOR * text_scale, least)

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

    def at_least(self, px: float) -> float:
        """A size made smaller to fit (`px`), but never below the page's `least`."""
        return max(px, self.least)

    def font(self, px: float, bold: bool = False) -> FontProperties:
        return _font(self.pt(px), bold)

    def measure(self, text: str, px: float, bold: bool = False) -> float:
        return text_width(text, self.pt(px), bold, self.dpi) if text else 0.0

    def wrap(
        self, text: str, px: float, width: float, max_lines: int, bold: bool = False
    ) -> tuple[list[str], float]:
        """`text` in lines no wider than `width`, at most `max_lines`, shrinking if it must.
        Lines break between phrases (`model.line_breaks`), never inside a word; only a phrase
        wider than the line at the smallest size breaks between its characters."""
        floor = min(px, max(px * 0.72, self.least))
        phrases = phrase_texts(text)
        while True:
            lines = self._wrap(phrases, px, width, bold)
            fits = all(self.measure(line, px, bold) <= width for line in lines)
            if len(lines) <= max_lines and fits:
                return lines, px
            if px <= floor:
                return (lines if fits else self._wrap(_pieces(text), px, width, bold)), px
            px = max(floor, px * 0.92)

    def _wrap(self, pieces: list[str], px: float, width: float, bold: bool) -> list[str]:
        lines: list[str] = []
        line = ""
        for piece in pieces:
            candidate = line + piece
            if line and self.measure(candidate.rstrip(), px, bold) > width:
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
        artist.set_fontproperties(self.font(px, bold))
        artist.set_color(colour)
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
        lines, px = self.wrap(title, self.size(TITLE), width, 2, bold=True)
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
