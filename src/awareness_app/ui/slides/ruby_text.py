"""A paragraph layout with furigana (ruby) that breaks lines only between phrases.

Qt's rich text has no ruby, and its line breaking splits Japanese words (子ど／も). This layout
takes text with the catalogue's markup (`｜漢字《かんじ》`), cuts it into the phrases of
`model.line_breaks`, and places them whole, line by line; only a phrase wider than the line is
broken, between characters with kinsoku. A reading is drawn at half the size, centred above its
base, in a band that every line of a paragraph with a reading gets (its lines keep one pitch;
a paragraph with none, such as a help line beside one with readings, has no band). It paints
with a QPainter, so the same layout draws on a widget, a PDF writer and a printer.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from ...model.text.line_breaks import characters, phrases
from ...model.text.ruby import Segment, segments

RUBY_SCALE = 0.5  # a reading's size, of its base's
BAND = 0.85  # the ruby band's height, of the reading font's height (readings have no descenders)
BULLET_GAP = 0.5  # the air between a bullet and its text, in ems


@dataclass(frozen=True)
class Part:
    """A run of a paragraph in one style; `text` may carry ruby markup."""

    text: str
    bold: bool = False
    colour: QColor | None = None  # None: the layout's colour


@dataclass(frozen=True)
class Paragraph:
    parts: tuple[Part, ...]
    bullet: str = ""  # drawn in a hanging indent before the first line
    space_after: float = 0.0  # in ems
    table: bool = False  # a row: its parts in columns, aligned with the layout's other rows

    @staticmethod
    def of(text: str, bullet: str = "", space_after: float = 0.0) -> Paragraph:
        return Paragraph((Part(text),), bullet, space_after)


class Placed(NamedTuple):
    """A run on a line: its base text in a box `width` wide at `x`, its reading above (a
    tuple: a layout places thousands while a slide is fitted)."""

    x: float
    width: float
    base: str
    reading: str
    part: Part


@dataclass
class Line:
    top: float
    runs: list[Placed] = field(default_factory=list)
    bullet: str = ""
    band: float = 0.0  # the readings' band above the line: its paragraph has readings


@dataclass(frozen=True)
class _Unit:
    """A phrase (or, for a phrase wider than the line, a character): placed whole, measured
    once (`RubyLayout._unit`) for every width the layout is tried at."""

    runs: tuple[Segment, ...]
    part: Part
    fine: bool  # already a character: it is not broken further
    widths: tuple[float, ...]  # each run's
    width: float  # its runs side by side
    trimmed: float  # less the space it ends with, which takes no room at a line's end
    blank: bool  # spaces only: no line starts with it


class RubyLayout:
    """Paragraphs laid out at a font; `lines(width)` places them, `draw` paints them."""

    def __init__(self, paragraphs: list[Paragraph], font: QFont) -> None:
        self.paragraphs = paragraphs
        self.font = QFont(font)
        self.bold_font = QFont(font)
        self.bold_font.setBold(True)
        self.ruby_font = QFont(font)
        self.ruby_font.setBold(False)
        self.ruby_font.setPixelSize(max(6, round(font.pixelSize() * RUBY_SCALE)))
        self._metrics = QFontMetricsF(self.font)
        self._bold_metrics = QFontMetricsF(self.bold_font)
        self._ruby_metrics = QFontMetricsF(self.ruby_font)
        self.has_ruby = any(
            seg.reading for p in paragraphs for part in p.parts for seg in segments(part.text)
        )
        # the readings' band: above every line of a paragraph that has a reading (its lines
        # keep one pitch), and only there: a list of help lines, one of which carries readings,
        # does not give all of its rows the band
        self.band = self._ruby_metrics.height() * BAND if self.has_ruby else 0.0
        self._bands = [
            self.band
            if any(seg.reading for part in p.parts for seg in segments(part.text))
            else 0.0
            for p in paragraphs
        ]
        self._advances: dict[tuple[str, bool], float] = {}  # a text's, by its weight
        self._units = [self._paragraph_units(p) for p in paragraphs]
        self._cache: dict[float, list[Line]] = {}
        self._widest: float | None = None

    # --- measuring ------------------------------------------------------------------------------

    @cached_property
    def indent(self) -> float:
        """The hanging indent: the bullet and half an em of air, in ems rather than in the
        font's "average" character width, which a Japanese font may give as a full em (BIZ
        UDPGothic). Measured when a bulleted paragraph needs it (most layouts have none)."""
        return self._metrics.horizontalAdvance("•") + self._em() * BULLET_GAP

    def _em(self) -> float:
        return float(self.font.pixelSize()) if self.font.pixelSize() > 0 else self._metrics.height()

    def _advance(self, text: str, part: Part) -> float:
        """`text`'s advance in `part`'s weight, measured once: a layout measures a phrase for
        its unit, its runs while placing them and its line's end for every width tried."""
        key = (text, part.bold)
        width = self._advances.get(key)
        if width is None:
            metrics = self._bold_metrics if part.bold else self._metrics
            width = self._advances[key] = metrics.horizontalAdvance(text)
        return width

    def _run_width(self, run: Segment, part: Part) -> float:
        width = self._advance(run.base, part)
        if run.reading:
            width = max(width, self._ruby_metrics.horizontalAdvance(run.reading))
        return width

    def _unit(self, runs: tuple[Segment, ...], part: Part, fine: bool) -> _Unit:
        """`runs` as a unit, measured whole and without the space it ends with."""
        widths = tuple(self._run_width(run, part) for run in runs)
        width = sum(widths)
        trimmed = width
        if runs and not runs[-1].reading:
            last = runs[-1]
            kept = last.base.rstrip()
            if kept != last.base:
                trimmed = sum(widths[:-1]) + self._advance(kept, part)  # in order, as `width`
        blank = not "".join(run.base for run in runs).strip()
        return _Unit(runs, part, fine, widths, width, trimmed, blank)

    def _paragraph_units(self, paragraph: Paragraph) -> list[_Unit]:
        return [
            self._unit(tuple(phrase), part, False)
            for part in paragraph.parts
            for phrase in phrases(part.text)
        ]

    def widest_phrase(self) -> float:
        """The width of the widest phrase: a line narrower than this breaks a phrase."""
        if self._widest is None:
            self._widest = max(
                (u.trimmed for units in self._units for u in units),
                default=0.0,
            )
        return self._widest

    def line_end(self, line: Line) -> float:
        """Where `line`'s ink ends: after its last run, less the spaces it ends with (a line
        broken after a word keeps the word's space, which takes no room on the line)."""
        if not line.runs:
            return 0.0
        last = line.runs[-1]
        trimmed = last.base.rstrip()
        if last.reading or trimmed == last.base:
            return last.x + last.width
        return last.x + last.width - self._advance(last.base[len(trimmed) :], last.part)

    def natural_width(self) -> float:
        """The width of the widest paragraph set on one line."""
        return max(
            (
                sum(u.width for u in units) + (self.indent if p.bullet else 0.0)
                for p, units in zip(self.paragraphs, self._units, strict=True)
            ),
            default=0.0,
        )

    # --- placing --------------------------------------------------------------------------------

    def lines(self, width: float) -> list[Line]:
        """Every line of every paragraph at `width`, its top measured from the layout's top."""
        width = max(1.0, width)
        if width not in self._cache:
            self._cache[width] = self._place(width)
        return self._cache[width]

    def height(self, width: float) -> float:
        lines = self.lines(width)
        return lines[-1].top + lines[-1].band + self._metrics.lineSpacing() if lines else 0.0

    def used_width(self, width: float) -> float:
        """How far the widest line at `width` reaches, its trailing space not counted: more than
        `width` only where a character is wider than the line."""
        right = 0.0
        for line in self.lines(width):
            if line.runs:
                last = line.runs[-1]
                end = last.width if last.reading else self._advance(last.base.rstrip(), last.part)
                right = max(right, last.x + end)
        return right

    def _columns(self, width: float) -> list[float]:
        """Where each part of a table row starts: after the widest part before it in any row;
        [] when the rows do not fit side by side (they then wrap as paragraphs)."""
        widths: list[float] = []
        for paragraph, units in zip(self.paragraphs, self._units, strict=True):
            if not paragraph.table:
                continue
            for index, part in enumerate(paragraph.parts):
                part_width = sum(u.width for u in units if u.part is part)
                if index == len(widths):
                    widths.append(0.0)
                widths[index] = max(widths[index], part_width)
        if not widths or sum(widths) > width:
            return []
        return [sum(widths[:i]) for i in range(len(widths))]

    def _place(self, width: float) -> list[Line]:
        out: list[Line] = []
        top = 0.0
        columns = self._columns(width)
        spacing = self._metrics.lineSpacing()
        for paragraph, units, band in zip(self.paragraphs, self._units, self._bands, strict=True):
            left = self.indent if paragraph.bullet else 0.0
            if paragraph.table and columns:
                placed = []
                for part, x in zip(paragraph.parts, columns, strict=False):
                    for unit in (u for u in units if u.part is part):
                        for run, w in zip(unit.runs, unit.widths, strict=True):
                            placed.append(Placed(x, w, run.base, run.reading, part))
                            x += w
                out.append(Line(top, placed, band=band))
                top += band + spacing + paragraph.space_after * self.font.pixelSize()
                continue
            lines = self._wrap(units, width - left)
            for index, runs in enumerate(lines):
                placed = []
                x = left
                for unit in runs:
                    for run, w in zip(unit.runs, unit.widths, strict=True):
                        placed.append(Placed(x, w, run.base, run.reading, unit.part))
                        x += w
                out.append(Line(top, placed, paragraph.bullet if index == 0 else "", band))
                top += band + spacing
            top += paragraph.space_after * self.font.pixelSize()
        return out

    def _wrap(self, units: list[_Unit], width: float) -> list[list[_Unit]]:
        """Units placed greedily on lines `width` wide, broken only between units; a unit wider
        than a line starts a line and is broken into its characters."""
        lines: list[list[_Unit]] = [[]]
        x = 0.0
        queue = deque(units)
        while queue:
            unit = queue.popleft()
            if not lines[-1] and unit.blank:
                continue  # no line starts with a space
            if x + unit.trimmed <= width:
                lines[-1].append(unit)
                x += unit.width
                continue
            if unit.trimmed <= width or unit.fine:
                if lines[-1]:
                    lines.append([])
                lines[-1].append(unit)  # (a character wider than the line stays whole)
                x = unit.width
                continue
            if lines[-1]:  # a phrase wider than a line starts one, then breaks where it must
                lines.append([])
                x = 0.0
            queue.extendleft(
                reversed(
                    [self._unit(tuple(c), unit.part, True) for c in characters(list(unit.runs))]
                )
            )
        return [line for line in lines if line] or [[]]

    # --- painting -------------------------------------------------------------------------------

    def draw(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        """Paint the layout at `rect`'s top left, wrapped at its width."""
        ascent = self._metrics.ascent()
        ruby_ascent = self._ruby_metrics.ascent()
        leading = max(0.0, self._metrics.leading())
        painter.save()
        for line in self.lines(rect.width()):
            baseline = rect.top() + line.top + line.band + leading / 2 + ascent
            if line.bullet:
                painter.setFont(self.font)
                painter.setPen(colour)
                painter.drawText(QPointF(rect.left(), baseline), line.bullet)
            for run in _joined(line.runs):
                painter.setFont(self.bold_font if run.part.bold else self.font)
                painter.setPen(run.part.colour or colour)
                base_width = self._advance(run.base, run.part)
                x = rect.left() + run.x
                painter.drawText(QPointF(x + (run.width - base_width) / 2, baseline), run.base)
                if run.reading:
                    painter.setFont(self.ruby_font)
                    reading_width = self._ruby_metrics.horizontalAdvance(run.reading)
                    top = rect.top() + line.top + leading / 2
                    painter.drawText(
                        QPointF(x + (run.width - reading_width) / 2, top + ruby_ascent),
                        run.reading,
                    )
        painter.restore()

    def boxes(self, width: float) -> list[tuple[Placed, QRectF, QRectF | None]]:
        """Each run with the box its base is drawn in and its reading's box (for tests)."""
        leading = max(0.0, self._metrics.leading())
        out: list[tuple[Placed, QRectF, QRectF | None]] = []
        for line in self.lines(width):
            base_top = line.top + line.band + leading / 2
            for run in line.runs:
                base = QRectF(run.x, base_top, run.width, self._metrics.height())
                reading = None
                if run.reading:
                    reading_width = self._ruby_metrics.horizontalAdvance(run.reading)
                    reading = QRectF(
                        run.x + (run.width - reading_width) / 2,
                        line.top + leading / 2,
                        reading_width,
                        self._ruby_metrics.height() * BAND,
                    )
                out.append((run, base, reading))
        return out


SHARED_LAYOUTS = 256  # the slides' texts at the sizes they are fitted at, both languages


def shared_layout(paragraphs: Sequence[Paragraph], font: QFont) -> RubyLayout:
    """The layout of `paragraphs` at `font`, kept for the next time the same words are set at
    the same font: a slide's text is fitted at several sizes on every visit, and the overshare
    activity tries several sizes on every step. A layout keeps its lines for each width."""
    key = (
        tuple(
            (
                tuple(
                    (t.text, t.bold, t.colour.name(QColor.NameFormat.HexArgb) if t.colour else "")
                    for t in p.parts
                ),
                p.bullet,
                p.space_after,
                p.table,
            )
            for p in paragraphs
        ),
        font.toString(),
        font.hintingPreference(),  # not in `toString`; paper's is unhinted (`pdf/deck.py`)
    )
    return _layout(_Words(key, tuple(paragraphs), font))


class _Words:
    """Paragraphs at a font, equal to others with the same words, styles and font (`key`;
    QColor and QFont have no hash)."""

    def __init__(self, key: tuple[object, ...], paragraphs: tuple[Paragraph, ...], font: QFont):
        self.key, self.paragraphs, self.font = key, paragraphs, font

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Words) and other.key == self.key


@lru_cache(maxsize=SHARED_LAYOUTS)
def _layout(words: _Words) -> RubyLayout:
    """The layouts of the words set last, the least recent let go (`functools`' cache)."""
    return RubyLayout(list(words.paragraphs), words.font)


def _joined(runs: list[Placed]) -> list[Placed]:
    """Neighbouring runs without readings in one style as one run: a line of text is drawn as
    one piece of text (a PDF's text then reads as the line, not phrase by phrase)."""
    out: list[Placed] = []
    for run in runs:
        last = out[-1] if out else None
        if last and not last.reading and not run.reading and last.part == run.part:
            out[-1] = Placed(last.x, last.width + run.width, last.base + run.base, "", run.part)
        else:
            out.append(run)
    return out


def line_texts(layout: RubyLayout, width: float) -> list[str]:
    """The plain text of each line (for tests)."""
    return ["".join(run.base for run in line.runs) for line in layout.lines(width)]
