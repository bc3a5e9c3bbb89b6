"""python-pptx's side of the PowerPoint export: a planned slide (`Planned`: its title, text
boxes, notes and chart) written into a slide, every run with its size, colour, language and
fonts. No Qt. `pptx_export.py` decides what each slide says and where.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import resources
from .model import ruby
from .pptx_layout import EMU_PER_INCH, INSET_X, INSET_Y, LINE_SPACING, SPACE_BEFORE, Para, para
from .themes import LIGHT

if TYPE_CHECKING:
    from pptx.slide import Slide as PptxSlide
    from pptx.text.text import TextFrame

# The font named for every run, as its Latin and its East Asian (a:ea) typeface: the app's own,
# BIZ UDPGothic. A .pptx names fonts and does not carry them; Windows 10 and later ship BIZ
# UDPGothic (schools' PCs are Windows 10 and 11) and Google Slides offers it from Google Fonts,
# so the file shows the letters the app shows. Where it is missing (an older Mac), PowerPoint
# and LibreOffice fall back to their own Japanese sans serif.
FONT = resources.FONT_FAMILY
LANG_TAGS = {"en": "en-GB", "ja": "ja-JP"}

NOTES_PT = 12
SLIDE_W = 12192000  # 13.333 in × 7.5 in: 16:9, PowerPoint's own widescreen size
SLIDE_H = 6858000
MARGIN = EMU_PER_INCH // 2
CONTENT_W = SLIDE_W - 2 * MARGIN
TITLE_TOP = round(0.3 * EMU_PER_INCH)
TITLE_H = round(1.35 * EMU_PER_INCH)


@dataclass
class Box:
    """A text box: where it is, its paragraphs and their size."""

    left: int
    top: int
    width: int
    height: int
    paras: list[Para]
    size: float
    middle: bool = False  # anchored in the middle (else at the top)
    name: str = "Text"  # the shape's name: "Text", "Figure", "Footer" or "Sources"


@dataclass
class Planned:
    """One PowerPoint slide, before it is written."""

    slide_id: str  # the lesson's slide id; "sources" for the last slide
    title: str
    title_size: float
    title_box: tuple[int, int, int, int] = (MARGIN, TITLE_TOP, CONTENT_W, TITLE_H)
    boxes: list[Box] = field(default_factory=list)
    notes: str = ""
    chart: str | None = None
    chart_box: tuple[int, int, int, int] | None = None
    chart_alt: str = ""
    centred_title: bool = False


def write_slide(slide: PptxSlide, planned: Planned, language: str) -> None:
    """`planned`'s title, text boxes and notes into `slide` (its chart is added by the caller)."""
    from pptx.util import Emu

    lang = LANG_TAGS.get(language, language)
    title = slide.shapes.title
    assert title is not None
    left, top, width, height = planned.title_box
    title.left, title.top, title.width, title.height = Emu(left), Emu(top), Emu(width), Emu(height)
    heading = para(planned.title, bold=True, centred=planned.centred_title)
    _fill(title.text_frame, [heading], planned.title_size, lang, True)
    for number, box in enumerate(planned.boxes, start=1):
        shape = slide.shapes.add_textbox(
            Emu(box.left), Emu(box.top), Emu(box.width), Emu(box.height)
        )
        shape.name = f"{box.name} {number}"
        _fill(shape.text_frame, box.paras, box.size, lang, box.middle)
    notes = slide.notes_slide.notes_text_frame
    if notes is not None:
        paras = [para(ruby.kana(line)) for line in planned.notes.split("\n")]
        _fill(notes, paras, NOTES_PT, lang, False, box=False)


def _fill(
    frame: TextFrame,
    paras: Sequence[Para],
    size: float,
    lang: str,
    middle: bool,
    box: bool = True,
) -> None:
    """`paras` at `size` into `frame`; `box`: a text box of the slide (its wrapping, margins,
    line spacing and anchor set here; the notes keep the notes page's own)."""
    from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
    from pptx.util import Emu, Pt

    frame.clear()
    if box:
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE  # PowerPoint shrinks what overflows
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE if middle else MSO_ANCHOR.TOP
        frame.margin_left = frame.margin_right = Emu(INSET_X)
        frame.margin_top = frame.margin_bottom = Emu(INSET_Y)
    for index, item in enumerate(paras):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        points = size * item.scale
        if box:
            paragraph.line_spacing = Pt(points * LINE_SPACING)
            if index:
                paragraph.space_before = Pt(points * SPACE_BEFORE)
            # the template's titles are centred: every paragraph says where it goes
            paragraph.alignment = PP_ALIGN.CENTER if item.centred else PP_ALIGN.LEFT
        if item.bullet:
            _bullet(paragraph, points)
        for part in item.runs:
            if not part.text:
                continue
            run = paragraph.add_run()
            run.text = part.text
            _style(run, points, part.bold, part.colour or LIGHT.text, lang)


def _bullet(paragraph: object, points: float) -> None:
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    p_pr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    indent = int(Pt(points * 1.0))
    p_pr.set("marL", str(indent))
    p_pr.set("indent", str(-indent))
    font = p_pr.makeelement(qn("a:buFont"), {"typeface": "Arial"})
    char = p_pr.makeelement(qn("a:buChar"), {"char": "•"})
    p_pr.append(font)
    p_pr.append(char)


def _style(run: object, points: float, bold: bool, colour: str, lang: str) -> None:
    from pptx.dml.color import RGBColor
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    font = run.font  # type: ignore[attr-defined]
    font.size = Pt(points)
    font.bold = bold
    font.color.rgb = RGBColor.from_string(colour.lstrip("#"))
    font.name = FONT  # a:latin
    r_pr = run._r.get_or_add_rPr()  # type: ignore[attr-defined]
    r_pr.set("lang", lang)
    latin = r_pr.find(qn("a:latin"))
    east_asian = r_pr.makeelement(qn("a:ea"), {"typeface": FONT})
    complex_script = r_pr.makeelement(qn("a:cs"), {"typeface": FONT})
    latin.addnext(east_asian)  # the schema's order: latin, ea, cs
    east_asian.addnext(complex_script)
