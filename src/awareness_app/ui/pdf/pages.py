"""What the handout and the deck share: A4 pages on a PDF writer or a printer, charts as vector
drawings, PDFs written atomically.

Every length here is in device pixels, computed from points with `Page.pt` (a PDF writer draws
at 1200 dpi, a printer at its own resolution), so the same drawing code serves both. Text goes
through the shipped font, which Qt embeds (a subset) in the PDF: the file prints the same on a
machine with no Japanese font. Charts are drawn from SVG with their text as outlines, so they
stay sharp at any zoom and need no font either.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from ... import __version__
from ...atomic import write_bytes_atomic
from ...i18n import temporary_language
from ...model.charts.build import build_spec
from ...model.data.dataset import DataSet
from ...model.lesson.lesson import Audience
from ...model.text.furigana import DEFAULT
from ...themes import Theme

if TYPE_CHECKING:
    from ..slides.chart_renderer import ChartRenderer

A4_POINTS = (595, 842)  # A4 in PostScript points, portrait
A4_MARGIN_MM = 15  # the margins of a page, but the lesson PDF's landscape slides


class Page:
    """A painter on an A4 device, in device pixels, with the margins already applied."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter) -> None:
        self.device = device
        self.painter = painter
        self.pt = device.logicalDpiX() / 72  # device pixels per point
        self.width = float(device.width())  # the area inside the margins
        self.height = float(device.height())

    def rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)


def set_a4(
    device: QPagedPaintDevice, landscape: bool = False, margin_mm: float = A4_MARGIN_MM
) -> None:
    """A4, portrait or landscape, with equal margins."""
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def pdf_bytes(paint: Callable[[QPdfWriter], object], title: str, landscape: bool = False) -> bytes:
    """A PDF drawn by `paint(writer)` in memory (so nothing is on disk until it is complete)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(f"SNS Safety Classroom {__version__}")
    writer.setResolution(1200)
    set_a4(writer, landscape)
    paint(writer)
    del writer  # flushes the file into the buffer
    buffer.close()
    return fix_text_mapping(bytes(data.data()))


# --- text that can be searched and copied ---------------------------------------------------------

_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_STREAM = re.compile(rb"\d+ 0 obj\s*<<\s*/Length (\d+)\s*>>\s*stream\r?\n")
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")
_ARRAY = re.compile(rb"\[[^\]]*\]")
_SINGLE = re.compile(rb"<([0-9A-Fa-f]{4})> <\1> <([0-9A-Fa-f]{4})>")  # one code, one character
_RADICAL_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF))


def _unified(code: int) -> int:
    """The ideograph a CJK radical or compatibility ideograph stands for (小 for ⼩)."""
    import unicodedata

    if any(low <= code <= high for low, high in _RADICAL_RANGES):
        text = unicodedata.normalize("NFKC", chr(code))
        if len(text) == 1 and ord(text) <= 0xFFFF:
            return ord(text)
    return code


def _fix_hex(match: re.Match[bytes]) -> bytes:
    code = int(match[1], 16)
    return b"<%04X>" % _unified(code)


def fix_text_mapping(pdf: bytes) -> bytes:
    """Make the text of a PDF from Qt search and copy as the ideographs it shows.

    The font maps some ideographs and the CJK radicals that look the same (小 U+5C0F and
    ⼩ U+2F29) to one glyph, and Qt's map from glyphs back to text picks the radical, so a
    search for 小学生 would not find the text. Each such entry of the map is changed in place
    to the ideograph; the entries have the same length, so no offset in the file moves."""
    out = bytearray(pdf)
    for number in set(_TO_UNICODE.findall(pdf)):
        at = pdf.find(b"\n" + number + b" 0 obj")  # a plain search: the file is megabytes
        header = _STREAM.match(pdf, at + 1) if at >= 0 else None
        if header is None:
            continue  # not the plain stream Qt writes: leave it
        start, length = header.end(), int(header[1])
        stream = pdf[start : start + length]
        fixed = _ARRAY.sub(lambda array: _HEX4.sub(_fix_hex, array[0]), stream)
        fixed = _SINGLE.sub(
            lambda entry: entry[0][:-6] + b"<%04X>" % _unified(int(entry[2], 16)), fixed
        )
        if len(fixed) == len(stream):
            out[start : start + length] = fixed
    return bytes(out)


def write_pdf(path: Path, data: bytes) -> Path:
    """Write a finished PDF: to a temporary file beside `path`, then renamed into place."""
    write_bytes_atomic(path, data)
    return path


# --- charts as vector drawings --------------------------------------------------------------------

_EMPTY_GLYPH = re.compile(rb'<path id="([^"]+)" transform="[^"]*"/>')


def _clean_svg(svg: bytes) -> bytes:
    """matplotlib writes the space glyph as a path with no data, which Qt's SVG reader rejects
    (and then warns about every use of it): leave out the glyph and its uses."""
    for name in set(_EMPTY_GLYPH.findall(svg)):
        svg = re.sub(rb'<use xlink:href="#' + re.escape(name) + rb'"[^>]*/>', b"", svg)
    return _EMPTY_GLYPH.sub(b"", svg)


_TEXT = re.compile(rb"(<text[^>]*>)([^<]*)(</text>)")
_LIGATURE = re.compile(rb"f([il])")  # the shipped font's Latin ligatures: fi, fl


def _split_ligatures(svg: bytes) -> bytes:
    """Each text of the chart with "fi" and "fl" as two letters: Qt writes no text for a
    ligature's glyph, so "figures" would read ";gures" in the PDF (the slides set the font's
    feature off, `deck._print_fonts`; Qt's SVG reader has no such property). The second
    letter in a span of its own is shaped apart; it draws the same, in the same font."""
    return _TEXT.sub(lambda m: m[1] + _LIGATURE.sub(rb"f<tspan>\1</tspan>", m[2]) + m[3], svg)


def chart_svg(
    chart_id: str,
    dataset: DataSet,
    audience: Audience,
    theme: Theme,
    language: str,
    size: tuple[int, int],
    header: bool = True,
    *,
    charts: ChartRenderer | None = None,
    furigana: str = DEFAULT,
    outlines: bool = False,
    least: float = 0.0,
) -> bytes:
    """The chart as SVG, its words as the `furigana` setting has them, drawn in the thread of
    `charts` (the classroom state's renderer) like every chart; without one, in this thread,
    holding matplotlib's lock.

    Its text is text, in the shipped font (`svg_bytes`): the PDF embeds the font once and its
    figures can be searched and copied. With `outlines`, its text is drawn as outlines (the
    handout's charts). `least`: the smallest type, in the chart's pixels (`size`), for a chart
    printed smaller than it is drawn (the handout's: `HandoutLayout.draw_charts`)."""
    from ..slides.chart_renderer import MATPLOTLIB_LOCK

    def job() -> bytes:
        from ...export.chart_files import svg_bytes
        from ...plot.draw import render

        with temporary_language(language):
            spec = build_spec(chart_id, dataset, audience, furigana)
            figure = render(spec, theme, size[0], size[1], 100, header=header, least=least)
            svg = svg_bytes(figure, chart_id, outlines=outlines)
            figure.clear()
        return _clean_svg(svg) if outlines else _split_ligatures(svg)

    if charts is None:
        with MATPLOTLIB_LOCK:
            return job()
    return charts.submit_job(job).result()  # type: ignore[return-value]


def draw_svg(painter: QPainter, svg: bytes, rect: QRectF) -> None:
    from PySide6.QtSvg import QSvgRenderer

    drawing = QSvgRenderer(QByteArray(svg))
    drawing.render(painter, rect)
