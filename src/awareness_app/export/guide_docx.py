"""The lesson guide as a Word document (python-docx), which a teacher edits as they do every
学習指導案. No Qt here.

A4 portrait: the title, the sections before the table (topic, class, aims, what to prepare),
the table of the lesson (a row per slide; the phase's cell merged down its rows), then the
sections after it (care points, help lines, FAQ, glossary, figures, terms of use). Text is
plain (the guide has no furigana); the font is the app's, BIZ UDPGothic, which Windows ships.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell

from ..atomic import write_bytes_atomic
from ..model.documents.guide import LessonGuide, Section

FONT = "BIZ UDPGothic"
FONT_JA = "BIZ UDPゴシック"  # the same font's Japanese name, as Word on Windows knows it
BODY_PT = 10
TABLE_PT = 8.5
# the columns' shares of the text width: phase, time, activities, responses, notes, assessment
WIDTHS = (0.11, 0.07, 0.29, 0.16, 0.20, 0.17)
SLIDE_COLUMN = 2  # its first line names the slide: bold
HEADER_FILL = "DCE6F0"


def _font(style_font: object, size: float) -> None:
    style_font.name = FONT  # type: ignore[attr-defined]
    style_font.size = Pt(size)  # type: ignore[attr-defined]


def _east_asian(element: object) -> None:
    """Name the Japanese font too (Word takes East Asian text from `w:eastAsia`)."""
    properties = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.append(fonts)
    fonts.set(qn("w:eastAsia"), FONT_JA)


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _cell_text(cell: _Cell, text: str, bold: bool = False, bold_first: bool = False) -> None:
    """The cell's text, a paragraph per line (what it held before taken out)."""
    lines = text.split("\n") if text else [""]
    for extra in cell.paragraphs[1:]:  # a merged cell holds the paragraphs of each it joined
        extra._element.getparent().remove(extra._element)
    cell.paragraphs[0].text = ""
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = bold or (bold_first and index == 0)
        run.font.size = Pt(TABLE_PT)


def _section(document: object, section: Section) -> None:
    document.add_heading(section.heading, level=2)  # type: ignore[attr-defined]
    for item in section.items:
        style = "List Bullet" if len(section.items) > 1 else None
        paragraph = document.add_paragraph(style=style)  # type: ignore[attr-defined]
        if item.label:
            paragraph.add_run(item.label).bold = True
            paragraph.add_run("：" if _japanese(item.label) else ": ")
        paragraph.add_run(item.text)


def _japanese(text: str) -> bool:
    return any(ord(c) > 0x3000 for c in text)


def guide_docx(guide: LessonGuide) -> bytes:
    """The guide as the bytes of a .docx file."""
    document = Document()
    page = document.sections[0]
    page.orientation = WD_ORIENT.PORTRAIT
    page.page_width, page.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(page, side, Mm(15))
    for name in ("Normal", "Heading 1", "Heading 2", "List Bullet", "Title"):
        style = document.styles[name]
        _font(style.font, BODY_PT if name in ("Normal", "List Bullet") else style.font.size.pt)
        _east_asian(style.element)
        if name.startswith("Heading") or name == "Title":
            style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    document.core_properties.title = guide.title
    document.core_properties.language = guide.language

    title = document.add_heading(guide.title, level=1)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = document.add_paragraph(guide.subtitle)
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if guide.age_line:  # the newest figures are probably out of date
        document.add_paragraph(guide.age_line)
    for section in guide.before:
        _section(document, section)

    document.add_heading(guide.table_heading, level=2)
    table = document.add_table(rows=1, cols=len(guide.columns))
    table.style = "Table Grid"
    table.autofit = False
    page_width, left, right = page.page_width, page.left_margin, page.right_margin
    assert page_width is not None and left is not None and right is not None  # set above
    width = page_width - left - right
    for cell, heading, share in zip(table.rows[0].cells, guide.columns, WIDTHS, strict=True):
        _cell_text(cell, heading, bold=True)
        _shade(cell, HEADER_FILL)
        cell.width = int(width * share)
    first_of_phase: _Cell | None = None
    phase = ""
    for row in guide.rows:
        cells = table.add_row().cells
        for column, (cell, text, share) in enumerate(
            zip(cells, guide.cells(row), WIDTHS, strict=True)
        ):
            _cell_text(cell, text, bold_first=column == SLIDE_COLUMN)
            cell.width = int(width * share)
        if row.phase == phase and first_of_phase is not None:
            first_of_phase = first_of_phase.merge(cells[0])
            _cell_text(first_of_phase, guide.phase_names[phase], bold=True)
        else:
            phase, first_of_phase = row.phase, cells[0]
            _cell_text(first_of_phase, guide.phase_names[phase], bold=True)
    # the header row repeats on each page
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)

    for section in guide.after:
        _section(document, section)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_guide_docx(path: Path, guide: LessonGuide) -> Path:
    """Write the guide to `path`, atomically: all of it, or nothing."""
    write_bytes_atomic(path, guide_docx(guide))
    return path
