"""The pupils' worksheet on A4 (`--export-worksheet`, File › Export worksheet…): laid out from
`model.worksheet`, drawn on a PDF writer.

For each language, a page for each made-up profile: a name and class line, what to do, the
profile drawn unmarked (the activity's own drawing, `overshare_card.CardLayout`, as the lesson
PDF and the projector draw it), a numbered box for each of its details in two parts (what the
pair found, what it gives away), each line at least `ROW_MM` high to write in by hand, and a box
for "what would you change?". The last page is the answer key, for the teacher, in the first
language, with the terms of use in small print.

Text is set as the handout sets it (`ui/pdf/handout.py`: `text_layout`, rows of cells of
`ruby_text` layouts): Japanese lines break only between phrases, readings are drawn above their
kanji for pupils who get furigana (the profile's words too), and the PDF keeps the text
selectable in the embedded shipped font. Elementary pupils get larger type (`SIZES`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from .. import i18n
from ..i18n import _, temporary_language
from ..model.documents.worksheet import PupilsPage, Worksheet, build_worksheet
from ..model.lesson.lesson import Audience
from ..model.text.furigana import DEFAULT
from ..themes import LIGHT
from ..ui.activities.overshare_card import CardLayout, Scene
from ..ui.activities.overshare_view import CARD_TEXT
from ..ui.pdf.handout import Cell, LaidText, Row, text_layout
from ..ui.pdf.pages import Page, pdf_bytes, set_a4, write_pdf
from ..ui.slides.ruby_text import Paragraph, Part, RubyLayout

if TYPE_CHECKING:
    from .request import ExportRequest

INK = LIGHT.text
MUTED = LIGHT.muted
ACCENT = LIGHT.accent
SURFACE = LIGHT.surface
GRID = LIGHT.grid
MM = 72 / 25.4  # points a millimetre
ROW_MM = 13.0  # a line to write on, at least (elementary pupils: `ELEMENTARY_ROW_MM`)
ELEMENTARY_ROW_MM = 15.0
CARD_REFERENCE = 720  # the profile is laid out as on a slide this high, then scaled
CARD_DESIGN_WIDTH = CARD_REFERENCE * 0.8  # narrower than on a slide: larger words on paper
LEFT_COLUMN = 0.44  # of the text's width: the name, what to do; the profile beside it
KEY_SCALES = (1.0, 0.95, 0.9, 0.85, 0.8)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sizes:
    """Type sizes in points."""

    title: float
    heading: float
    body: float
    small: float
    key: float


SIZES = {
    True: Sizes(title=21, heading=14, body=14, small=9, key=10.5),  # elementary pupils
    False: Sizes(title=17, heading=12, body=11, small=8, key=9.5),
}
TERMS_PT = 7.0


def sizes_for(audience: Audience) -> Sizes:
    return SIZES[audience == Audience.ELEMENTARY]


class WorksheetPages:
    """Draws the worksheet's pages of one language on `page`; `clipped` collects what did not
    fit (none, normally), `drawn` each text layout set and its width (for the tests)."""

    def __init__(
        self,
        sheet: Worksheet,
        page: Page,
        clipped: list[str],
        drawn: list[tuple[RubyLayout, float]] | None = None,
    ) -> None:
        self.sheet = sheet
        self.page = page
        self.clipped = clipped
        self.drawn = drawn if drawn is not None else []
        self.sizes = sizes_for(sheet.audience)
        row_mm = ELEMENTARY_ROW_MM if sheet.audience == Audience.ELEMENTARY else ROW_MM
        self.row = row_mm * MM * page.pt  # a line to write on, in device pixels

    def px(self, points: float) -> float:
        return points * self.page.pt

    def text(self, text: str, points: float, *, bold: bool = False) -> RubyLayout:
        return text_layout([Paragraph((Part(text, bold=bold),))], points, self.page.pt)

    def _put(self, layout: RubyLayout, x: float, y: float, width: float, colour: str) -> float:
        """Draw `layout` at (x, y) in `width`; the y under it."""
        height = layout.height(width)
        self.drawn.append((layout, width))
        layout.draw(self.page.painter, QRectF(x, y, width, height), QColor(colour))
        if layout.widest_phrase() > width + 1:
            self.clipped.append(layout.paragraphs[0].parts[0].text)
        return y + height

    # --- the pupils' pages ------------------------------------------------------------------------

    def draw_pupils_page(self, shown: PupilsPage, number: int, count: int) -> None:
        s, sizes, width = self.sheet, self.sizes, self.page.width
        top_line = self.text(f"{s.app_name} · {s.label} · {s.audience_label}", sizes.small)
        heading = self.text(shown.heading, sizes.small, bold=True)
        heading_width = heading.natural_width() + 1
        self._put(heading, width - heading_width, 0, heading_width, ACCENT)
        y = self._put(top_line, 0, 0, width - heading_width - self.px(8), MUTED)
        y = self._put(self.text(s.title, sizes.title, bold=True), 0, y + self.px(3), width, INK)
        # what goes under the profile, from the bottom of the page up
        footer_top = self.page.height - self.px(sizes.small * 1.6)
        change = self.text(s.change_heading, sizes.body, bold=True)
        change_height = self.px(4) + change.height(width) + 2 * self.row
        change_top = footer_top - self.px(6) - change_height
        boxes_height = self._boxes_height(len(shown.numbers))
        boxes_top = change_top - self.px(10) - boxes_height
        # the name and class lines and what to do on the left; which profile, and the profile,
        # on the right, as large as the room above the boxes allows
        top = y + self.px(8)
        left_width = width * LEFT_COLUMN
        y = self._name_lines(top, left_width)
        y = self._put(self.text(s.instructions, sizes.body), 0, y + self.px(10), left_width, INK)
        if y > boxes_top - self.px(10):
            self.clipped.append("instructions")
        right = left_width + self.px(12)
        kind = self.text(shown.kind, sizes.body * 0.85, bold=True)
        card_top = self._put(kind, right, top, width - right, ACCENT) + self.px(4)
        room = QRectF(right, card_top, width - right, boxes_top - self.px(10) - card_top)
        self._draw_profile(shown, room)
        self._draw_boxes(shown.numbers, boxes_top)
        self._write_box(change, change_top, change_height)
        self._footer(number, count)

    def _name_lines(self, y: float, width: float) -> float:
        """Name ______ and Class ______ under it, each line a row high; the y under them."""
        painter = self.page.painter
        pen = QPen(QColor(INK), max(1.0, self.px(0.6)))
        for text in (self.sheet.name_label, self.sheet.class_label):
            label = self.text(text, self.sizes.body, bold=True)
            label_width = label.natural_width() + 1
            bottom = y + self.row
            self._put(label, 0, bottom - self.px(3) - label.height(label_width), label_width, INK)
            painter.setPen(pen)
            painter.drawLine(QPointF(label_width + self.px(4), bottom), QPointF(width, bottom))
            y = bottom
        return y

    def _draw_profile(self, shown: PupilsPage, room: QRectF) -> None:
        """The profile, unmarked, as the activity draws it, scaled to `room` (at its top,
        centred)."""
        s = self.sheet
        mode = i18n.RUBY if s.with_readings else i18n.PLAIN
        size = CARD_REFERENCE * CARD_TEXT
        layout = CardLayout(LIGHT, CARD_REFERENCE, s.audience)
        with temporary_language(s.language), i18n.readings(mode):
            # the card's banner grows with its height: lay it out until the height it needs
            # is the height it was given
            needed = CARD_DESIGN_WIDTH * 1.5
            for _attempt in range(8):
                given = needed
                needed = layout.card(
                    Scene(), shown.profile, QRectF(0, 0, CARD_DESIGN_WIDTH, given), size
                )
                if abs(needed - given) < 1:
                    break
            scene = Scene()
            design = QRectF(0, 0, CARD_DESIGN_WIDTH, needed)
            layout.card(scene, shown.profile, design, size)
        self.clipped += [f"{shown.profile.id}: {name}" for name in scene.clipped]
        scale = min(room.width() / design.width(), room.height() / design.height())
        if scale * design.width() < self.px(70 * MM):  # too small to read
            self.clipped.append(f"{shown.profile.id}: card")
        left = room.left() + (room.width() - design.width() * scale) / 2
        painter = self.page.painter
        painter.save()
        painter.translate(left, room.top())
        painter.scale(scale, scale)
        for op in scene.ops:
            painter.save()
            op(painter)
            painter.restore()
        painter.restore()

    def _box_columns(self) -> tuple[float, float, float]:
        """The x of the found box, of the gives-away box, and the gap between boxes."""
        number_width = self.px(self.sizes.body * 2.2)
        gap = self.px(4)
        inner = self.page.width - number_width
        return number_width, number_width + inner * 0.42, gap

    def _box_headings(self) -> tuple[RubyLayout, RubyLayout, float, float]:
        found_x, gives_x, gap = self._box_columns()
        found_width = gives_x - found_x - gap
        gives_width = self.page.width - gives_x
        found = self.text(self.sheet.found_heading, self.sizes.body * 0.9, bold=True)
        gives = self.text(self.sheet.gives_heading, self.sizes.body * 0.9, bold=True)
        return found, gives, found_width, gives_width

    def _boxes_height(self, count: int) -> float:
        found, gives, found_width, gives_width = self._box_headings()
        heading = max(found.height(found_width), gives.height(gives_width)) + self.px(3)
        return heading + count * (self.row + self.px(4))

    def _draw_boxes(self, numbers: Sequence[int], top: float) -> None:
        """A numbered row a line high for each detail: what the pair found, what it gives away."""
        painter = self.page.painter
        found_x, gives_x, gap = self._box_columns()
        found, gives, found_width, gives_width = self._box_headings()
        self._put(found, found_x, top, found_width, INK)
        self._put(gives, gives_x, top, gives_width, INK)
        y = top + max(found.height(found_width), gives.height(gives_width)) + self.px(3)
        pen = QPen(QColor(INK), max(1.0, self.px(0.7)))
        for number in numbers:
            label = self.text(str(number), self.sizes.body, bold=True)
            label_width = label.natural_width() + 1
            label_y = y + (self.row - label.height(label_width)) / 2
            self._put(label, (found_x - gap - label_width) / 2, label_y, label_width, ACCENT)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            boxes = (
                QRectF(found_x, y, found_width, self.row),
                QRectF(gives_x, y, gives_width, self.row),
            )
            for box in boxes:
                painter.drawRect(box)
            y += self.row + gap

    def _write_box(self, heading: RubyLayout, top: float, height: float) -> None:
        """A box with `heading` and two ruled lines to write on."""
        painter = self.page.painter
        width = self.page.width
        pad = self.px(4)
        painter.setPen(QPen(QColor(INK), max(1.0, self.px(0.7))))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0, top, width, height))
        y = self._put(heading, pad, top + pad, width - 2 * pad, INK)
        painter.setPen(QPen(QColor(GRID), max(1.0, self.px(0.6)), Qt.PenStyle.DashLine))
        for line in (1, 2):
            ruled = y + line * self.row - pad
            if ruled < top + height - pad / 2:
                painter.drawLine(QPointF(pad, ruled), QPointF(width - pad, ruled))

    def _footer(self, number: int, count: int) -> None:
        text = self.text(
            _("Page {number} of {count}").format(number=number, count=count), self.sizes.small
        )
        width = text.natural_width() + 1
        y = self.page.height - text.height(width)
        self._put(text, self.page.width - width, y, width, MUTED)

    # --- the answer key -------------------------------------------------------------------------

    def key_rows(self, scale: float) -> list[Row]:
        s = self.sheet
        points = self.sizes.key * scale
        pad = self.px(3)
        padding = (pad, pad, pad * 1.7, pad)  # room under the descenders, above the rule
        shares = (0.06, 0.24, 0.38, 0.32)

        def cell(text: str, share: float, bold: bool = False, background: str = "") -> Cell:
            layout = LaidText(self.text(text, points, bold=bold), INK)
            return Cell([layout], share=share, padding=padding, background=background)

        rows: list[Row] = []
        for index, section in enumerate(s.key):
            heading = LaidText(
                self.text(section.kind, self.sizes.heading * scale, bold=True), ACCENT
            )
            gap = self.px(10) if index else 0.0
            rows.append(Row([Cell([heading], padding=(0, 0, pad, 0))], above=gap))
            rows.append(
                Row(
                    [
                        cell(text, share, bold=True, background=SURFACE)
                        for text, share in zip(s.key_headings, shares, strict=True)
                    ]
                )
            )
            for key_row in section.rows:
                texts = (str(key_row.number), key_row.detail, key_row.gives_away, key_row.safer)
                rows.append(Row([cell(t, share) for t, share in zip(texts, shares, strict=True)]))
        return rows

    def draw_key(self, number: int, count: int) -> None:
        s, sizes, width = self.sheet, self.sizes, self.page.width
        painter = self.page.painter
        band_pad = self.px(6)
        title = self.text(s.key_title, sizes.title * 0.9, bold=True)
        label = self.text(f"{s.title} · {s.audience_label}", sizes.small)
        band_height = (
            2 * band_pad + title.height(width - 2 * band_pad) + label.height(width - 2 * band_pad)
        )
        painter.fillRect(QRectF(0, 0, width, band_height), QColor(SURFACE))
        painter.fillRect(QRectF(0, 0, self.px(4), band_height), QColor(ACCENT))
        y = self._put(title, band_pad * 1.5, band_pad, width - 3 * band_pad, ACCENT)
        self._put(label, band_pad * 1.5, y, width - 3 * band_pad, MUTED)
        y = band_height + self.px(6)
        y = self._put(self.text(s.key_note, sizes.small), 0, y, width, INK) + self.px(8)
        terms = self.text(s.terms, TERMS_PT)
        footer_top = self.page.height - self.px(sizes.small * 1.6)
        terms_top = footer_top - self.px(4) - terms.height(width)
        room = terms_top - self.px(8) - y
        for scale in KEY_SCALES:
            rows = self.key_rows(scale)
            height = sum(row.above + row.height(width) for row in rows)
            if height <= room:
                break
        else:
            self.clipped.append("answer key")
        for row in rows:
            y += row.above
            row_height = row.height(width)
            x = 0.0
            for cell, cell_width in zip(row.cells, row.widths(width), strict=True):
                if cell.background:
                    painter.fillRect(QRectF(x, y, cell_width, row_height), QColor(cell.background))
                pad_top, right, _bottom, pad_left = cell.padding
                text_top = y + pad_top
                for text in cell.texts:
                    text_top = self._put(
                        text.layout, x + pad_left, text_top, cell_width - pad_left - right, INK
                    )
                x += cell_width + row.spacing
            if len(row.cells) > 1:
                painter.setPen(QPen(QColor(GRID), max(1.0, self.px(0.5))))
                painter.drawLine(QPointF(0, y + row_height), QPointF(width, y + row_height))
            y += row_height
        self._put(terms, 0, terms_top, width, MUTED)
        self._footer(number, count)


# --- the whole worksheet -------------------------------------------------------------------------


def paint_worksheet(
    device: QPagedPaintDevice,
    audience: Audience,
    languages: Sequence[str],
    *,
    furigana: str = DEFAULT,
    clipped: list[str] | None = None,
    drawn: list[tuple[RubyLayout, float]] | None = None,
) -> int:
    """Draw the worksheet on `device`: for each language its pupils' pages, then the answer key
    in the first language. Returns the number of pages; what did not fit goes to `clipped`
    (and the log); each text layout set, and its width, to `drawn`."""
    set_a4(device)
    sheets = []
    for language in languages:
        with temporary_language(language):
            sheets.append(build_worksheet(audience, furigana))
    count = sum(len(sheet.pages) for sheet in sheets) + 1
    found: list[str] = []
    painter = QPainter(device)
    try:
        page = Page(device, painter)
        number = 0
        for sheet in sheets:
            with temporary_language(sheet.language):
                pages = WorksheetPages(sheet, page, found, drawn)
                for shown in sheet.pages:
                    if number:
                        device.newPage()
                    number += 1
                    pages.draw_pupils_page(shown, number, count)
        with temporary_language(sheets[0].language):
            device.newPage()
            number += 1
            WorksheetPages(sheets[0], page, found, drawn).draw_key(number, count)
    finally:
        painter.end()
    for what in found:
        log.warning("worksheet: text cut off: %s", what)
    if clipped is not None:
        clipped += found
    return count


def worksheet_pdf(
    audience: Audience,
    languages: Sequence[str],
    *,
    furigana: str = DEFAULT,
    clipped: list[str] | None = None,
    drawn: list[tuple[RubyLayout, float]] | None = None,
) -> bytes:
    return pdf_bytes(
        lambda writer: paint_worksheet(
            writer, audience, languages, furigana=furigana, clipped=clipped, drawn=drawn
        ),
        _("Worksheet"),
    )


def write_worksheet(path: Path, what: ExportRequest) -> list[Path]:
    """The worksheet for `what`'s audience, as its furigana setting has it, in its languages
    (the pupils' pages in each, the answer key last), to `path`, atomically: all of it, or
    nothing."""
    data = worksheet_pdf(what.audience, list(what.chosen_languages), furigana=what.furigana)
    return [write_pdf(path, data)]
