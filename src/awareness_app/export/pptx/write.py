"""python-pptx's side of the PowerPoint export: a planned slide (`Planned`: its title, text
boxes, notes and chart) written into a slide, every run with its size, colour, language and
fonts, every line as `pptx_layout` laid it out (an explicit line break, `<a:br/>`, between two
lines of a paragraph), and no autofit: the text is written at the size it was measured at. No
Qt. `export/pptx/deck.py` decides what each slide says and where.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...model.text import ruby
from ...themes import LIGHT
from .layout import (
    BULLET_INDENT,
    EMU_PER_INCH,
    FONT,
    INSET_X,
    INSET_Y,
    LINE_SPACING,
    SPACE_BEFORE,
    Layout,
    Para,
)

if TYPE_CHECKING:
    from pptx.slide import Slide as PptxSlide
    from pptx.text.text import TextFrame

LANG_TAGS = {"en": "en-GB", "ja": "ja-JP"}
NOTES_PT = 12

# A run's colour as the theme's: a theme change restyles it (`export/pptx/master.py`)
SCHEME_COLOURS = {LIGHT.text: "tx1", LIGHT.accent: "accent1", LIGHT.muted: "tx2", "#FFFFFF": "bg1"}
# The placeholder each kind of box goes in (`pptx_master`'s numbers); the title is the title's
PLACEHOLDERS = {
    "Text": 1,
    "Sources": 1,
    "Figure": 13,
    "Footer": 14,
    "Footer chart source": 15,
}
SECOND_COLUMN = 2


@dataclass
class Box:
    """A text box: where it is, and its text laid out (its size, its lines)."""

    left: int
    top: int
    width: int
    height: int
    layout: Layout
    middle: bool = False  # anchored in the middle (else at the top)
    name: str = "Text"  # the shape's name: "Text", "Figure", "Footer" or "Sources"

    @property
    def paras(self) -> list[Para]:
        return [item.para for item in self.layout.laid]

    @property
    def size(self) -> float:
        return self.layout.size


@dataclass
class Planned:
    """One PowerPoint slide, before it is written."""

    slide_id: str  # the lesson's slide id; "sources" for the last slide
    title: Box  # in the slide's title placeholder
    layout: str = "List"  # the name of its layout (`master.LAYOUTS`)
    language: str = ""  # its language ("en", "ja"); "" = the deck's
    boxes: list[Box] = field(default_factory=list)
    notes: str = ""
    chart: str | None = None
    chart_box: tuple[int, int, int, int] | None = None
    chart_alt: str = ""
    # a picture (the activity's profile) at `picture_box`, with numbered outlines over it
    picture: bytes | None = None
    picture_box: tuple[int, int, int, int] | None = None
    picture_alt: str = ""
    outlines: list[tuple[int, tuple[int, int, int, int]]] = field(default_factory=list)


def add_picture(slide: PptxSlide, planned: Planned, language: str) -> None:
    """`planned`'s picture and, over it, each outline: a rectangle in the theme's accent with
    its number in a circle at its corner (the step of the reveal it belongs to)."""
    import io

    from pptx.enum.dml import MSO_THEME_COLOR
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
    from pptx.util import Emu, Pt

    if planned.picture is None or planned.picture_box is None:
        return
    left, top, width, height = (Emu(n) for n in planned.picture_box)
    picture = slide.shapes.add_picture(io.BytesIO(planned.picture), left, top, width, height)
    picture.name = "Profile"
    # python-pptx types a child element it finds (`nvPicPr`) as the descriptor that finds it
    picture._element.nvPicPr.cNvPr.set("descr", planned.picture_alt)  # type: ignore[union-attr]
    lang = LANG_TAGS.get(language, language)
    badge = round(0.42 * EMU_PER_INCH)
    for number, (x, y, w, h) in planned.outlines:
        outline = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(x), Emu(y), Emu(w), Emu(h))
        outline.name = f"Outline {number}"
        outline.fill.background()
        outline.line.color.theme_color = MSO_THEME_COLOR.ACCENT_1
        outline.line.width = Pt(4)
        outline.shadow.inherit = False
        bx = max(left, min(x - badge // 2, left + width - badge))
        by = max(top, min(y - badge // 2, top + height - badge))
        circle = slide.shapes.add_shape(MSO_SHAPE.OVAL, Emu(bx), Emu(by), Emu(badge), Emu(badge))
        circle.name = f"Outline {number} number"
        circle.fill.solid()
        circle.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
        circle.line.fill.background()
        circle.shadow.inherit = False
        frame = circle.text_frame
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.CENTER
        run = paragraph.add_run()
        run.text = str(number)
        _style(run, 18, True, "#FFFFFF", lang)


def write_slide(
    slide: PptxSlide, planned: Planned, language: str, footer: str = "", number: int = 0
) -> None:
    """`planned`'s title, text and notes into `slide`, every text in a placeholder of the
    slide's layout (moved and sized to its text); `footer` (the edition) and the slide number
    `number` in the strip along the foot. The chart is added by the caller."""
    from pptx.oxml import parse_xml

    from .master import placeholder_xml, strip_xml

    lang = LANG_TAGS.get(language, language)
    tree = slide.shapes._spTree
    title = slide.shapes.title
    assert title is not None
    for shape in list(slide.placeholders):  # the layout's copies: the slide adds its own
        if shape._element is not title._element:
            tree.remove(shape._element)
    title.name = "Title 1"
    _place(title, planned.title)
    _fill(title.text_frame, planned.title, lang, heading=True)
    used: set[int] = set()
    for number_, box in enumerate(planned.boxes, start=2):
        idx = PLACEHOLDERS.get(box.name, PLACEHOLDERS["Text"])
        if idx in used:  # the sources' second column; a second text (never today)
            idx = SECOND_COLUMN if box.name == "Sources" else max(used) + 100
        used.add(idx)
        tree.append(parse_xml(placeholder_xml(_next_id(slide), idx, f"{box.name} {number_}")))
        shape = slide.placeholders[idx]
        _place(shape, box)
        _fill(shape.text_frame, box, lang)
    if number:
        for xml in strip_xml(_next_id(slide), ruby.plain(footer), number, lang):
            tree.append(parse_xml(xml))
    notes = slide.notes_slide.notes_text_frame
    if notes is not None:
        _notes(notes, ruby.plain(planned.notes), lang)


def _next_id(slide: PptxSlide) -> int:
    ids = [int(i) for i in slide.shapes._spTree.xpath("//@id") if str(i).isdigit()]
    return max(ids, default=1) + 1


def _place(shape: object, box: Box) -> None:
    from pptx.util import Emu

    shape.left, shape.top = Emu(box.left), Emu(box.top)  # type: ignore[attr-defined]
    shape.width, shape.height = Emu(box.width), Emu(box.height)  # type: ignore[attr-defined]


def _fill(frame: TextFrame, box: Box, lang: str, heading: bool = False) -> None:
    """`box`'s lines into `frame`, with its wrapping, margins, line spacing and anchor: no
    autofit, an explicit break between two lines of a paragraph."""
    from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
    from pptx.util import Emu, Pt

    frame.clear()
    frame.word_wrap = True  # never needed: every line is narrower than the box
    frame.auto_size = MSO_AUTO_SIZE.NONE  # the text is written at the size it was measured at
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE if box.middle else MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = Emu(INSET_X)
    frame.margin_top = frame.margin_bottom = Emu(INSET_Y)
    for index, item in enumerate(box.layout.laid):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        points = box.size * item.para.scale
        tag = LANG_TAGS.get(item.para.lang, lang) if item.para.lang else lang
        paragraph.line_spacing = Pt(points * LINE_SPACING)
        if index:
            paragraph.space_before = Pt(points * SPACE_BEFORE)
        # the template's titles are centred: every paragraph says where it goes
        paragraph.alignment = PP_ALIGN.CENTER if item.para.centred else PP_ALIGN.LEFT
        if item.para.bullet:
            _bullet(paragraph, points)
        for number, line in enumerate(item.lines):
            if number:
                _line_break(paragraph, points, tag)
            for part in line:
                run = paragraph.add_run()
                run.text = part.text
                _style(run, points, part.bold, part.colour or LIGHT.text, tag, heading)
                if part.link:
                    run.hyperlink.address = part.link


def _line_break(paragraph: object, points: float, lang: str) -> None:
    """An explicit line break (`<a:br/>`), its size that of the line (so its height is too)."""
    br = paragraph._p.add_br()  # type: ignore[attr-defined]
    r_pr = br.get_or_add_rPr()
    r_pr.set("lang", lang)
    r_pr.set("sz", _size(points))


def _notes(frame: TextFrame, text: str, lang: str) -> None:
    """The speaker notes: plain text (the teacher's), a paragraph a line, at `NOTES_PT`."""
    frame.clear()
    for index, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        if line:
            run = paragraph.add_run()
            run.text = line
            _style(run, NOTES_PT, False, LIGHT.text, lang, face=FONT)


def _bullet(paragraph: object, points: float) -> None:
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    p_pr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    indent = int(Pt(points * BULLET_INDENT))
    p_pr.set("marL", str(indent))
    p_pr.set("indent", str(-indent))
    font = p_pr.makeelement(qn("a:buFont"), {"typeface": "Arial"})
    char = p_pr.makeelement(qn("a:buChar"), {"char": "•"})
    p_pr.append(font)
    p_pr.append(char)


def _style(
    run: object,
    points: float,
    bold: bool,
    colour: str,
    lang: str,
    heading: bool = False,
    face: str = "",
) -> None:
    """A run's size, weight, colour and language; its colour the theme's where the app's
    theme has it (`SCHEME_COLOURS`), its font the theme's heading or body font (BIZ UDPGothic,
    `pptx_master`), or `face` (the notes, whose page has a theme of its own).

    Written as the run's properties element directly, in the schema's order (fill, latin, ea,
    cs): python-pptx's property setters searched the element for each child they set, which
    took most of a deck's writing."""
    from pptx.oxml.ns import qn

    r_pr = run._r.get_or_add_rPr()  # type: ignore[attr-defined]
    r_pr.set("sz", _size(points))
    r_pr.set("b", "1" if bold else "0")
    r_pr.set("lang", lang)
    fill = r_pr.makeelement(qn("a:solidFill"), {})
    scheme = SCHEME_COLOURS.get(colour.upper())
    if scheme:
        fill.append(fill.makeelement(qn("a:schemeClr"), {"val": scheme}))
    else:
        fill.append(fill.makeelement(qn("a:srgbClr"), {"val": colour.lstrip("#").upper()}))
    r_pr.append(fill)
    kind = "mj" if heading else "mn"
    for tag, script in (("a:latin", "lt"), ("a:ea", "ea"), ("a:cs", "cs")):
        r_pr.append(r_pr.makeelement(qn(tag), {"typeface": face or f"+{kind}-{script}"}))


def _size(points: float) -> str:
    """A run's or a line break's size as the file writes it: hundredths of a point."""
    return str(round(points * 100))
