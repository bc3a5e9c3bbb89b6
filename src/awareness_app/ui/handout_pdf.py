"""The handout on A4: laid out from `model.handout`, drawn on a PDF writer or a printer.

One language: up to two pages (the key figures, two charts, the guidance, the help lines and
the sources). Bilingual: one page per language, each a shorter handout (one chart, the two most
important guidance sections), so the sheet can be printed on both sides. The type shrinks step
by step, like a slide's autofit, until the handout fits its pages; it never goes below
`MIN_SCALE`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape as _escape
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextDocument,
)

from ..i18n import _, temporary_language
from ..model.contacts import LocalContact
from ..model.dataset import DataSet, Source
from ..model.handout import GuidanceSection, Handout, build_handout
from ..model.lesson import Audience, Lesson
from ..model.plain_labels import source_url
from ..model.render import describe_source
from ..themes import LIGHT
from .fonts import app_font_family
from .pdf_pages import Page, chart_svg, draw_svg, pdf_bytes, set_a4, write_pdf

BODY_PT = 9.5
SCALES = (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.66)
MIN_SCALE = SCALES[-1]
CHART_SIZE = (1000, 500)  # pixels the chart is drawn for; printed at the text width
FOOTER_PT = 7.5
INK = LIGHT.text
MUTED = LIGHT.muted
ACCENT = LIGHT.accent
SURFACE = LIGHT.surface


# characters the shipped font lacks, written with one it has (so the PDF uses one font only)
_STAND_INS = str.maketrans({"›": ">"})


def escape(text: str) -> str:
    return _escape(text.translate(_STAND_INS))


def _url(source: Source, audience: Audience) -> str:
    url = source_url(source, audience)
    return f" — {url}" if url else ""


@dataclass
class _Block:
    html: str = ""
    svg: bytes = b""
    aspect: float = 0.0  # height / width of a chart
    gap: float = 10.0  # points above the block
    document: QTextDocument | None = None
    height: float = 0.0  # device pixels, at the current scale


@dataclass
class _Placed:
    block: _Block
    y: float


class HandoutLayout:
    """The handout of one language, laid out on `max_pages` pages of `page`."""

    def __init__(self, handout: Handout, svgs: dict[str, bytes], page: Page, max_pages: int):
        self.handout = handout
        self.svgs = svgs
        self.page = page
        self.max_pages = max_pages
        self.scale = 1.0
        self.pages: list[list[_Placed]] = []
        self.footer_height = page.pt * FOOTER_PT * 2.6
        for scale in SCALES:
            self.scale = scale
            self.pages = self._layout()
            if len(self.pages) <= max_pages:
                break

    # --- sizes ----------------------------------------------------------------------------------

    def px(self, points: float) -> int:
        """Points → the pixels of HTML lengths, at the current scale. Qt's rich text takes "px"
        as CSS pixels (1/96 inch) and scales them to the device itself."""
        return max(1, round(points * self.scale * 96 / 72))

    def size(self, points: float) -> str:
        return f"{points * self.scale:.2f}pt"

    # --- the blocks -----------------------------------------------------------------------------

    def _blocks(self) -> list[_Block]:
        h = self.handout
        blocks = [_Block(self._title_html(), gap=0)]
        blocks.append(_Block(self._figures_html()))
        for chart in h.charts:
            blocks.append(
                _Block(svg=self.svgs[chart], aspect=CHART_SIZE[1] / CHART_SIZE[0], gap=12)
            )
        sections = list(h.guidance)
        first = True
        while sections:
            pair, sections = sections[:2], sections[2:]
            blocks.append(_Block(self._guidance_html(pair, heading=first)))
            first = False
        blocks.append(_Block(self._help_html()))
        blocks.append(_Block(self._sources_html()))
        return blocks

    def _heading(self, text: str) -> str:
        return (
            f"<p style='margin-top:0; margin-bottom:{self.px(4)}px; font-size:{self.size(12)};"
            f" font-weight:bold; color:{ACCENT}'>{escape(text)}</p>"
        )

    def _title_html(self) -> str:
        h = self.handout
        return (
            f"<p style='margin:0; font-size:{self.size(8.5)}; color:{MUTED}'>"
            f"{escape(h.app_name)} · {escape(h.headings['handout'])}</p>"
            f"<p style='margin-top:{self.px(2)}px; margin-bottom:0; font-size:{self.size(20)};"
            f" font-weight:bold; color:{INK}'>{escape(h.title)}</p>"
            f"<p style='margin-top:{self.px(2)}px; margin-bottom:0; font-size:{self.size(11)};"
            f" color:{ACCENT}; font-weight:bold'>{escape(h.audience_label)}</p>"
            f"<p style='margin-top:{self.px(3)}px; margin-bottom:0; font-size:{self.size(8.5)};"
            f" color:{MUTED}'>{escape(h.data_line)}</p>"
        )

    def _figures_html(self) -> str:
        h = self.handout
        cells = []
        for shown, caption in h.figures:
            cells.append(
                f"<td width='50%' bgcolor='{SURFACE}' style='padding:{self.px(6)}px'>"
                f"<p style='margin:0; font-size:{self.size(22)}; font-weight:bold;"
                f" color:{ACCENT}'>{escape(shown.text)}</p>"
                f"<p style='margin:0; font-size:{self.size(BODY_PT)}; color:{INK}'>"
                f"{escape(caption)}</p></td>"
            )
        rows = "".join(f"<tr>{''.join(cells[i : i + 2])}</tr>" for i in range(0, len(cells), 2))
        return (
            self._heading(h.headings["figures"])
            + f"<table width='100%' cellspacing='{self.px(4)}' cellpadding='0' border='0'"
            f" style='margin-left:-{self.px(4)}px'>{rows}</table>"
        )

    def _section_html(self, section: GuidanceSection) -> str:
        parts = [
            f"<p style='margin:0; font-size:{self.size(10.5)}; font-weight:bold; color:{INK}'>"
            f"{escape(section.title)}</p>"
        ]
        if section.intro:
            parts.append(
                f"<p style='margin-top:{self.px(1)}px; margin-bottom:0;"
                f" font-size:{self.size(BODY_PT)}; color:{INK}'>{escape(section.intro)}</p>"
            )
        if section.bullets:
            items = "".join(
                f"<li style='margin-top:{self.px(1.5)}px'>{escape(b)}</li>" for b in section.bullets
            )
            parts.append(
                f"<ul style='margin-top:0; margin-bottom:0; margin-left:0; -qt-list-indent:1;"
                f" font-size:{self.size(BODY_PT)}; color:{INK}'>{items}</ul>"
            )
        if section.checked:
            parts.append(
                f"<p style='margin-top:{self.px(2)}px; margin-bottom:0;"
                f" font-size:{self.size(7)}; color:{MUTED}'>{escape(section.checked)}</p>"
            )
        return "".join(parts)

    def _guidance_html(self, pair: Sequence[GuidanceSection], heading: bool) -> str:
        cells = "".join(
            f"<td width='50%' valign='top' style='padding-right:{self.px(8)}px'>"
            f"{self._section_html(s)}</td>"
            for s in pair
        )
        if len(pair) == 1:
            cells += "<td width='50%'></td>"
        title = self._heading(self.handout.headings["guidance"]) if heading else ""
        return (
            f"{title}<table width='100%' cellspacing='0' cellpadding='0' border='0'>"
            f"<tr>{cells}</tr></table>"
        )

    def _help_rows(self, rows: Sequence[object]) -> str:
        out = []
        for index, row in enumerate(rows):
            background = f" bgcolor='{SURFACE}'" if index % 2 == 0 else ""
            out.append(
                f"<tr{background}>"
                f"<td style='padding:{self.px(2)}px {self.px(4)}px'>{escape(row.name)}</td>"  # type: ignore[attr-defined]
                f"<td style='padding:{self.px(2)}px {self.px(4)}px'><b>"
                f"{escape(row.number)}</b></td>"  # type: ignore[attr-defined]
                f"<td style='padding:{self.px(2)}px {self.px(4)}px; color:{MUTED}'>"
                f"{escape(row.hours)}</td></tr>"  # type: ignore[attr-defined]
            )
        return "".join(out)

    def _help_html(self) -> str:
        h = self.handout
        table = (
            f"<table width='100%' cellspacing='0' cellpadding='0' border='0'"
            f" style='font-size:{self.size(BODY_PT)}; color:{INK}'>"
        )
        # one table for the school's contacts and the help lines, so that their numbers and
        # hours line up in the same columns
        local = ""
        if h.local_contacts:
            local = (
                f"<tr><td colspan='3' style='font-weight:bold'>{escape(h.headings['local'])}"
                f"</td></tr>{self._help_rows(h.local_contacts)}"
                f"<tr><td colspan='3' style='padding-top:{self.px(3)}px'></td></tr>"
            )
        return (
            self._heading(h.headings["help"])
            + table
            + local
            + self._help_rows(h.helplines)
            + "</table>"
        )

    def _sources_html(self) -> str:
        h = self.handout
        lines = [describe_source(s, h.audience) + _url(s, h.audience) for s in h.sources]
        half = (len(lines) + 1) // 2
        columns = []
        for column in (lines[:half], lines[half:]):
            columns.append(
                f"<td width='50%' valign='top' style='padding-right:{self.px(6)}px'>"
                + "".join(
                    f"<p style='margin-top:0; margin-bottom:{self.px(1.2)}px;"
                    f" font-size:{self.size(6.5)}; color:{MUTED}'>{escape(line)}</p>"
                    for line in column
                )
                + "</td>"
            )
        return (
            self._heading(h.headings["sources"])
            + "<table width='100%' cellspacing='0' cellpadding='0' border='0'>"
            + f"<tr>{''.join(columns)}</tr></table>"
        )

    # --- layout ---------------------------------------------------------------------------------

    def _document(self, html: str) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.page.device)
        font = QFont(app_font_family())
        font.setPointSizeF(BODY_PT * self.scale)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setIndentWidth(10 * self.scale * 96 / 72)  # the bullets' indent, CSS pixels
        document.setHtml(html)
        document.setTextWidth(self.page.width)
        return document

    def _layout(self) -> list[list[_Placed]]:
        usable = self.page.height - self.footer_height
        pages: list[list[_Placed]] = [[]]
        y = 0.0
        for block in self._blocks():
            if block.svg:
                block.height = self.page.width * block.aspect * min(1.0, self.scale + 0.1)
            else:
                block.document = self._document(block.html)
                block.height = block.document.size().height()
            gap = block.gap * self.scale * self.page.pt if pages[-1] else 0
            if pages[-1] and y + gap + block.height > usable:
                pages.append([])
                y, gap = 0.0, 0.0
            pages[-1].append(_Placed(block, y + gap))
            y += gap + block.height
        return pages

    # --- drawing --------------------------------------------------------------------------------

    def draw_page(self, index: int, number: int, count: int) -> None:
        painter = self.page.painter
        for placed in self.pages[index]:
            block = placed.block
            if block.svg:
                width = self.page.width * min(1.0, self.scale + 0.1)
                rect = QRectF((self.page.width - width) / 2, placed.y, width, block.height)
                draw_svg(painter, block.svg, rect)
            else:
                assert block.document is not None
                painter.save()
                painter.translate(QPointF(0, placed.y))
                block.document.drawContents(painter)
                painter.restore()
        self._draw_footer(number, count)

    def _draw_footer(self, number: int, count: int) -> None:
        painter = self.page.painter
        pt = self.page.pt
        top = self.page.height - self.footer_height + pt * 6
        painter.setPen(QPen(QColor(LIGHT.grid), max(1.0, pt * 0.6)))
        painter.drawLine(QPointF(0, top), QPointF(self.page.width, top))
        font = QFont(app_font_family())
        font.setPointSizeF(FOOTER_PT)
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        h = self.handout
        text = f"{h.made_line} · {h.data_line}"
        rect = QRectF(0, top + pt * 3, self.page.width * 0.85, self.footer_height)
        painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
        page_text = _("Page {number} of {count}").format(number=number, count=count)
        painter.drawText(
            QRectF(0, top + pt * 3, self.page.width, self.footer_height),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            page_text,
        )


# --- the whole handout ----------------------------------------------------------------------------


def handout_languages(text: str) -> list[str]:
    """ "ja" → ["ja"]; "ja,en" → ["ja", "en"] (a bilingual handout, Japanese first)."""
    from ..i18n import LANGUAGES

    languages = [part.strip() for part in text.split(",") if part.strip()]
    if not languages or len(set(languages)) != len(languages):
        raise ValueError(f"{text!r}: give one language, or two separated by a comma (en,ja)")
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown:
        raise ValueError(f"unknown language {unknown[0]!r}; choose from {', '.join(LANGUAGES)}")
    return languages


def paint_handout(
    device: QPagedPaintDevice,
    lesson: Lesson,
    dataset: DataSet,
    audience: Audience,
    languages: Sequence[str],
    *,
    contacts: Sequence[LocalContact] | None = None,
    made_on: dt.date | None = None,
) -> int:
    """Draw the handout on `device` (a PDF writer or a printer); returns the number of pages.

    One language: up to two pages. Two or more: one page for each, in the order given."""
    set_a4(device)
    bilingual = len(languages) > 1
    plans: list[tuple[str, Handout, dict[str, bytes]]] = []
    for language in languages:
        with temporary_language(language):
            handout = build_handout(
                lesson, audience, dataset, short=bilingual, contacts=contacts, made_on=made_on
            )
        svgs = {
            chart: chart_svg(chart, dataset, audience, LIGHT, language, CHART_SIZE)
            for chart in handout.charts
        }
        plans.append((language, handout, svgs))

    painter = QPainter(device)
    try:
        page = Page(device, painter)
        layouts = []
        for language, handout, svgs in plans:
            with temporary_language(language):
                layouts.append(
                    (language, HandoutLayout(handout, svgs, page, 1 if bilingual else 2))
                )
        count = sum(len(layout.pages) for _language, layout in layouts)
        number = 0
        for language, layout in layouts:
            with temporary_language(language):
                for index in range(len(layout.pages)):
                    if number:
                        device.newPage()
                    number += 1
                    layout.draw_page(index, number, count)
    finally:
        painter.end()
    return count


def handout_pdf(
    lesson: Lesson,
    dataset: DataSet,
    audience: Audience,
    languages: Sequence[str],
    *,
    contacts: Sequence[LocalContact] | None = None,
    made_on: dt.date | None = None,
) -> bytes:
    title = _("Handout")
    return pdf_bytes(
        lambda writer: paint_handout(
            writer, lesson, dataset, audience, languages, contacts=contacts, made_on=made_on
        ),
        title,
    )


def export_handout(
    path: Path,
    lesson: Lesson,
    dataset: DataSet,
    audience: Audience,
    languages: Sequence[str],
    *,
    contacts: Sequence[LocalContact] | None = None,
    made_on: dt.date | None = None,
) -> Path:
    """Write the handout PDF to `path` (atomically: all of it, or nothing)."""
    data = handout_pdf(lesson, dataset, audience, languages, contacts=contacts, made_on=made_on)
    return write_pdf(path, data)
