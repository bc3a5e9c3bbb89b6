"""The lesson guide as an A4 PDF, through the app's PDF machinery (`ui/pdf/pages.py`) and its
one text path (`ui/slides/ruby_text.py`): Japanese lines break only between phrases, the text is
selectable, and the shipped font is embedded, so the file prints the same on a school PC with no
Japanese font.

Portrait A4, laid out top to bottom: the title, the sections before the table, the table (its
heading row repeated on each page; the phase named at its first row and at the top of a page),
the sections after it. A row never splits across pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from ..i18n import temporary_language
from ..model.documents.guide import GuideRow, LessonGuide, Section
from ..themes import LIGHT
from ..ui.pdf.handout import text_layout
from ..ui.pdf.pages import Page, pdf_bytes, set_a4, write_pdf
from ..ui.slides.ruby_text import Paragraph, Part, RubyLayout

TITLE_PT = 16.0
HEADING_PT = 12.0
BODY_PT = 10.0
TABLE_PT = 8.5
SMALL_PT = 8.0
PAD_PT = 3.0  # inside a table's cell
# the columns' shares of the text width: phase, time, activities, responses, notes, assessment
WIDTHS = (0.11, 0.07, 0.29, 0.16, 0.20, 0.17)
SLIDE_COLUMN = 2  # its first line names the slide: bold
INK = QColor(LIGHT.text)
MUTED = QColor(LIGHT.muted)
ACCENT = QColor(LIGHT.accent)
HEADER_FILL = QColor("#DCE6F0")


@dataclass
class _Flow:
    """Where the next line goes: a cursor down the page, and a new page when it is full."""

    device: QPagedPaintDevice
    page: Page
    y: float = 0.0
    pages: int = 1

    def px(self, points: float) -> float:
        return points * self.page.pt

    def layout(self, paragraphs: list[Paragraph], points: float) -> RubyLayout:
        return text_layout(paragraphs, points, self.page.pt)

    def room(self, height: float) -> bool:
        return self.y + height <= self.page.height

    def new_page(self) -> None:
        self.device.newPage()
        self.pages += 1
        self.y = 0.0

    def text(self, layout: RubyLayout, colour: QColor, left: float = 0.0, gap: float = 0.0) -> None:
        width = self.page.width - left
        height = layout.height(width)
        if self.y and not self.room(gap + height):
            self.new_page()
        elif self.y:
            self.y += gap
        layout.draw(self.page.painter, QRectF(left, self.y, width, height), colour)
        self.y += height


def _lines(text: str) -> list[Paragraph]:
    return [Paragraph.of(line) for line in text.split("\n") if line] or [Paragraph.of("")]


def _section(flow: _Flow, section: Section, japanese: bool) -> None:
    heading = flow.layout([Paragraph((Part(section.heading, bold=True),))], HEADING_PT)
    # a heading keeps its first line with it
    if flow.y and not flow.room(flow.px(10) + heading.height(flow.page.width) + flow.px(30)):
        flow.new_page()
    flow.text(heading, ACCENT, gap=flow.px(10))
    colon = "：" if japanese else ": "
    bullet = "・" if len(section.items) > 1 else ""
    for item in section.items:
        parts = (
            (Part(item.label, bold=True), Part(colon + item.text))
            if item.label
            else (Part(item.text),)
        )
        flow.text(flow.layout([Paragraph(parts, bullet)], BODY_PT), INK, gap=flow.px(2))


def _row_layouts(flow: _Flow, cells: list[str], bold: bool) -> list[RubyLayout]:
    """The cells' texts, a paragraph per line; the heading row bold, and the line naming the
    slide."""
    layouts = []
    for column, text in enumerate(cells):
        lines = [line for line in text.split("\n") if line]
        paragraphs = [
            Paragraph((Part(line, bold=bold or (column == SLIDE_COLUMN and at == 0)),))
            for at, line in enumerate(lines)
        ]
        layouts.append(flow.layout(paragraphs or [Paragraph.of("")], TABLE_PT))
    return layouts


def _draw_row(
    flow: _Flow, layouts: list[RubyLayout], widths: list[float], fill: QColor | None, top: bool
) -> None:
    """A row of the table at the cursor; `top`: its phase cell starts a phase (a line above)."""
    pad = flow.px(PAD_PT)
    height = max(layout.height(w - 2 * pad) for layout, w in zip(layouts, widths, strict=True))
    height += 2 * pad
    painter = flow.page.painter
    pen = QPen(MUTED)
    pen.setWidthF(flow.px(0.5))
    x = 0.0
    for column, (layout, width) in enumerate(zip(layouts, widths, strict=True)):
        rect = QRectF(x, flow.y, width, height)
        if fill is not None:
            painter.fillRect(rect, fill)
        inner = QRectF(x + pad, flow.y + pad, width - 2 * pad, height - 2 * pad)
        layout.draw(painter, QRectF(inner.topLeft(), inner.size()), INK)
        painter.setPen(pen)
        painter.drawLine(QLineF(rect.topLeft(), rect.bottomLeft()))
        painter.drawLine(QLineF(rect.topRight(), rect.bottomRight()))
        painter.drawLine(QLineF(rect.bottomLeft(), rect.bottomRight()))
        if column or top:
            painter.drawLine(QLineF(rect.topLeft(), rect.topRight()))
        x += width
    flow.y += height


def _table(flow: _Flow, guide: LessonGuide) -> None:
    widths = [flow.page.width * share for share in WIDTHS]
    pad = flow.px(PAD_PT)
    header = _row_layouts(flow, guide.columns, bold=True)

    def height(layouts: list[RubyLayout]) -> float:
        return 2 * pad + max(
            lay.height(w - 2 * pad) for lay, w in zip(layouts, widths, strict=True)
        )

    heading = flow.layout([Paragraph((Part(guide.table_heading, bold=True),))], HEADING_PT)
    if not flow.room(flow.px(10) + heading.height(flow.page.width) + 2 * height(header)):
        flow.new_page()
    flow.text(heading, ACCENT, gap=flow.px(10))
    flow.y += flow.px(4)
    _draw_row(flow, header, widths, HEADER_FILL, True)
    phase = ""
    for row in guide.rows:
        cells = guide.cells(row)
        starts = row.phase != phase
        layouts = _row_layouts(flow, cells if starts else ["", *cells[1:]], bold=False)
        if not flow.room(height(layouts)):
            flow.new_page()
            _draw_row(flow, header, widths, HEADER_FILL, True)
            layouts = _row_layouts(flow, cells, bold=False)  # the phase named again
            starts = True
        _draw_row(flow, layouts, widths, None, starts)
        phase = row.phase


def paint_guide(device: QPagedPaintDevice, guide: LessonGuide) -> int:
    """Draw the guide on `device` (a PDF writer or a printer); returns the number of pages."""
    set_a4(device)
    painter = QPainter(device)
    try:
        flow = _Flow(device, Page(device, painter))
        japanese = guide.language == "ja"
        flow.text(flow.layout([Paragraph((Part(guide.title, bold=True),))], TITLE_PT), INK)
        flow.text(flow.layout(_lines(guide.subtitle), SMALL_PT), MUTED, gap=flow.px(2))
        if guide.age_line:  # the newest figures are probably out of date
            flow.text(flow.layout(_lines(guide.age_line), SMALL_PT), INK, gap=flow.px(2))
        for section in guide.before:
            _section(flow, section, japanese)
        _table(flow, guide)
        for section in guide.after:
            _section(flow, section, japanese)
        return flow.pages
    finally:
        painter.end()


def guide_pdf(guide: LessonGuide) -> bytes:
    """The guide as the bytes of a PDF (in memory: nothing is on disk until it is complete)."""
    with temporary_language(guide.language):
        return pdf_bytes(lambda writer: paint_guide(writer, guide), guide.title)


def write_guide_pdf(path: Path, guide: LessonGuide) -> Path:
    """Write the guide to `path`, atomically: all of it, or nothing."""
    return write_pdf(path, guide_pdf(guide))


__all__ = ["GuideRow", "guide_pdf", "paint_guide", "write_guide_pdf"]
