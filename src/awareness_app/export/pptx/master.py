"""The PowerPoint file's slide master, theme and layouts (no Qt), made at export time from
python-pptx's default template, so that the deck restyles as a teacher's own deck does.

- The theme: the app's colours (`themes.LIGHT`: text dk1, background lt1, the source lines' grey
  dk2, panels lt2, the headline's colour accent1, the chart series accent2–6, links hlink) and
  its font, BIZ UDPGothic, as the Latin and the East Asian typeface of the heading and body
  fonts. Runs name the theme's fonts (`+mj-lt`, `+mn-ea` …) and its colours (`tx1`, `accent1`,
  `tx2`), so Design › Themes or Variants in PowerPoint, or another theme in LibreOffice,
  restyles every slide.
- The master: the title style (left, bold, `tx1`) and the body style (no bullet, no indent: the
  exporter writes a bullet where there is one), the title and text placeholders where the
  slides put them, and the footer (the edition) and the slide number in a strip along the foot.
- A layout for each kind of slide, named in the deck's language (`LAYOUTS`, whose keys are the
  English names the exporter looks them up by; PowerPoint shows the teacher the names in
  Home › Layout, タイトル, 大きな数字 …): each holds the placeholders its slides
  fill, at the places they take when their text is as long as it may be. A slide moves and
  sizes its placeholders to its own text (the exporter lays the lines out itself), and keeps
  the placeholder's link to its layout, so the outline lists the text and a theme restyles it.

Placeholder numbers (`idx`) are the same in every layout: `TEXT` the slide's text (the left
column of the sources), `COLUMN` the sources' right column, `FIGURE` a big figure, `SOURCE_LINE`
the slide's source line above the strip, `CHART_SOURCE` a chart's own source line, `FOOTER` and
`SLIDE_NUMBER` in the strip.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.sax.saxutils import quoteattr

from lxml import etree

from ...i18n import N_, _
from ...themes import LIGHT, Theme
from .layout import (
    CONTENT_W,
    EMU_PER_INCH,
    FONT,
    INSET_X,
    INSET_Y,
    MARGIN,
    SLIDE_W,
    STRIP_H,
    STRIP_TOP,
    TITLE_H,
    TITLE_TOP,
)

if TYPE_CHECKING:
    from pptx.presentation import Presentation
    from pptx.slide import SlideLayout

THEME_NAME = "SNS Safety Classroom"
TEXT, COLUMN, FIGURE, SOURCE_LINE, CHART_SOURCE = 1, 2, 13, 14, 15
FOOTER, SLIDE_NUMBER = 11, 12
STRIP_NUMBER_W = round(1.2 * EMU_PER_INCH)  # the slide number's box, at the strip's right end

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = f'xmlns:a="{_A}" xmlns:p="{_P}" xmlns:r="{_R}"'


@dataclass(frozen=True)
class Holder:
    """A placeholder of a layout: its kind (`title`, `ctrTitle`, `body`), number and place."""

    kind: str
    idx: int
    name: str
    box: tuple[int, int, int, int]
    style: str = ""  # "figure" (bold, accent1), "source" (14 pt, tx2) or "" (the body's)


INCH = EMU_PER_INCH
_CONTENT_TOP = TITLE_TOP + TITLE_H + round(0.12 * INCH)
_SOURCE_H = round(0.55 * INCH)
_BOTTOM = STRIP_TOP - round(0.06 * INCH)
_TITLE = Holder("title", 0, "Title", (MARGIN, TITLE_TOP, CONTENT_W, TITLE_H))
_SOURCE = Holder(
    "body",
    SOURCE_LINE,
    "Source line",
    (MARGIN, _BOTTOM - _SOURCE_H, CONTENT_W, _SOURCE_H),
    "source",
)
_BODY_H = _BOTTOM - _SOURCE_H - _CONTENT_TOP


def _text(
    top: int = _CONTENT_TOP, height: int = _BODY_H, left: int = MARGIN, width: int = CONTENT_W
) -> Holder:
    return Holder("body", TEXT, "Text", (left, top, width, height))


_FIGURE_H = round(1.6 * INCH)
_FIGURE = Holder("body", FIGURE, "Figure", (MARGIN, _CONTENT_TOP, CONTENT_W, _FIGURE_H), "figure")
_BELOW_FIGURE = _CONTENT_TOP + _FIGURE_H
_CHART_TEXT_H = round(1.7 * INCH)
_COLUMN_W = (CONTENT_W - round(0.12 * INCH)) // 2
_PICTURE_W = round(CONTENT_W * 0.38)

# The layouts, in the order PowerPoint's Layout menu lists them; each slide names its layout by
# its key, and the deck shows `_(key)`.
LAYOUTS: dict[str, tuple[Holder, ...]] = {
    # NOTE: the name of a slide layout of the PowerPoint file (PowerPoint: Home › Layout)
    N_("Title"): (
        Holder("ctrTitle", 0, "Title", (MARGIN, round(1.6 * INCH), CONTENT_W, round(2.2 * INCH))),
        _text(round(3.92 * INCH), _BOTTOM - _SOURCE_H - round(3.92 * INCH)),
        _SOURCE,
    ),
    # NOTE: the name of a slide layout of the PowerPoint file (PowerPoint: Home › Layout)
    N_("Big figure"): (
        _TITLE,
        _FIGURE,
        _text(_BELOW_FIGURE, _BODY_H - _FIGURE_H),
        _SOURCE,
    ),
    # NOTE: the name of a slide layout of the PowerPoint file (PowerPoint: Home › Layout)
    N_("Chart and text"): (
        _TITLE,
        _FIGURE,
        _text(_CONTENT_TOP, _CHART_TEXT_H),
        Holder(
            "body",
            CHART_SOURCE,
            "Chart source",
            (MARGIN, _BOTTOM - _SOURCE_H - round(0.3 * INCH), CONTENT_W, round(0.3 * INCH)),
            "source",
        ),
        _SOURCE,
    ),
    # NOTE: the name of a slide layout of the PowerPoint file (PowerPoint: Home › Layout)
    N_("List"): (_TITLE, _FIGURE, _text(), _SOURCE),
    # NOTE: the name of a slide layout of the PowerPoint file (PowerPoint: Home › Layout)
    N_("Quiz question"): (_TITLE, _text(), _SOURCE),
    # NOTE: the name of a slide layout of the PowerPoint file (PowerPoint: Home › Layout)
    N_("Quiz answer"): (_TITLE, _text(), _SOURCE),
    # NOTE: the name of a slide layout of the PowerPoint file (PowerPoint: Home › Layout)
    N_("Activity"): (
        _TITLE,
        _text(left=MARGIN + _PICTURE_W + round(0.12 * INCH), width=CONTENT_W - _PICTURE_W),
        _SOURCE,
    ),
    # NOTE: the name of a slide layout of the PowerPoint file (PowerPoint: Home › Layout)
    N_("Sources"): (
        _TITLE,
        Holder(
            "body",
            TEXT,
            "Sources",
            (MARGIN, _CONTENT_TOP, _COLUMN_W, _BOTTOM - _CONTENT_TOP),
            "source",
        ),
        Holder(
            "body",
            COLUMN,
            "Sources, second column",
            (SLIDE_W - MARGIN - _COLUMN_W, _CONTENT_TOP, _COLUMN_W, _BOTTOM - _CONTENT_TOP),
            "source",
        ),
        _SOURCE,  # the terms of use, on the last
    ),
}


def prepare(presentation: Presentation, theme: Theme = LIGHT) -> dict[str, SlideLayout]:
    """Make `presentation`'s theme, master and layouts the app's (before any slide is added),
    the layouts named in the current language; returns them by their key in `LAYOUTS`."""
    master = presentation.slide_master
    _theme(master, theme)
    _master(master)
    layouts = list(presentation.slide_layouts)
    out: dict[str, SlideLayout] = {}
    for layout, (name, holders) in zip(layouts, LAYOUTS.items(), strict=False):
        _layout(layout, _(name), holders)
        out[name] = layout
    for layout in layouts[len(LAYOUTS) :]:
        presentation.slide_layouts.remove(layout)
    return out


# --- the theme ----------------------------------------------------------------------------------


def _theme(master: object, theme: Theme) -> None:
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    part = master.part.part_related_by(RT.THEME)  # type: ignore[attr-defined]
    root = etree.fromstring(part.blob)
    a = f"{{{_A}}}"
    root.set("name", THEME_NAME)
    scheme = root.find(f".//{a}clrScheme")
    scheme.set("name", THEME_NAME)
    colours = {
        "dk1": theme.text,
        "lt1": theme.background,
        "dk2": theme.muted,
        "lt2": theme.surface,
        "accent1": theme.accent,
        **{f"accent{n}": c for n, c in enumerate(theme.series[1:], start=2)},
        "accent6": theme.grid,
        "hlink": theme.series[1],
        "folHlink": theme.series[4],
    }
    for slot, colour in colours.items():
        element = scheme.find(f"{a}{slot}")
        for child in list(element):
            element.remove(child)
        etree.SubElement(element, f"{a}srgbClr", val=colour.lstrip("#").upper())
    fonts = root.find(f".//{a}fontScheme")
    fonts.set("name", THEME_NAME)
    for face in ("majorFont", "minorFont"):
        element = fonts.find(f"{a}{face}")
        element.find(f"{a}latin").set("typeface", FONT)
        element.find(f"{a}ea").set("typeface", FONT)
        for script in element.findall(f"{a}font"):
            if script.get("script") == "Jpan":
                script.set("typeface", FONT)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- the master ---------------------------------------------------------------------------------


def _defrpr(size: int, colour: str, heading: bool, bold: bool = False) -> str:
    face = "mj" if heading else "mn"
    return (
        f'<a:defRPr sz="{size * 100}" b="{int(bold)}" kern="1200">'
        f'<a:solidFill><a:schemeClr val="{colour}"/></a:solidFill>'
        f'<a:latin typeface="+{face}-lt"/><a:ea typeface="+{face}-ea"/>'
        f'<a:cs typeface="+{face}-cs"/></a:defRPr>'
    )


def _body_pr(anchor: str = "t") -> str:
    return (
        f'<a:bodyPr vert="horz" wrap="square" lIns="{INSET_X}" tIns="{INSET_Y}" rIns="{INSET_X}" '
        f'bIns="{INSET_Y}" rtlCol="0" anchor="{anchor}"><a:noAutofit/></a:bodyPr>'
    )


def _sp(shape_id: int, holder: Holder, text: str = "", lst: str = "") -> str:
    if holder.kind in ("title", "ctrTitle"):
        kind = f' type="{holder.kind}"'
    else:
        kind = {FOOTER: ' type="ftr"', SLIDE_NUMBER: ' type="sldNum"'}.get(
            holder.idx, ' type="body"'
        )
        kind += f' idx="{holder.idx}"'
    x, y, w, h = holder.box
    body = text or f'<a:p><a:r><a:rPr lang="en-GB"/><a:t>{holder.name}</a:t></a:r></a:p>'
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(holder.name)}/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f"<p:nvPr><p:ph{kind}/></p:nvPr></p:nvSpPr>"
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
        f"<p:txBody>{_body_pr()}<a:lstStyle>{lst}</a:lstStyle>{body}</p:txBody></p:sp>"
    )


def _lst(style: str) -> str:
    if style == "figure":
        return f"<a:lvl1pPr>{_defrpr(88, 'accent1', False, bold=True)}</a:lvl1pPr>"
    if style == "source":
        return f'<a:lvl1pPr algn="l">{_defrpr(14, "tx2", False)}</a:lvl1pPr>'
    return ""


_FOOTER = Holder(
    "body", FOOTER, "Footer", (MARGIN, STRIP_TOP, CONTENT_W - STRIP_NUMBER_W, STRIP_H), "source"
)
_NUMBER = Holder(
    "body",
    SLIDE_NUMBER,
    "Slide number",
    (MARGIN + CONTENT_W - STRIP_NUMBER_W, STRIP_TOP, STRIP_NUMBER_W, STRIP_H),
    "source",
)
_NUMBER_TEXT = (
    '<a:p><a:pPr algn="r"/><a:fld id="{C1FF6DA9-008F-8B48-92A6-B652298478BF}" type="slidenum">'
    '<a:rPr lang="en-GB"/><a:t>‹#›</a:t></a:fld></a:p>'
)


def _strip(first_id: int) -> str:
    return _sp(first_id, _FOOTER, '<a:p><a:endParaRPr lang="en-GB"/></a:p>', _lst("source")) + _sp(
        first_id + 1, _NUMBER, _NUMBER_TEXT, _lst("source")
    )


_TREE_START = (
    f'<p:spTree {_NS}><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>'
    '</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
    '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
)


def _replace_tree(c_sld: object, shapes: str) -> None:
    tree = etree.fromstring(f"{_TREE_START}{shapes}</p:spTree>")
    old = c_sld.find(f"{{{_P}}}spTree")  # type: ignore[attr-defined]
    old.addprevious(tree)
    c_sld.remove(old)  # type: ignore[attr-defined]


def _master(master: object) -> None:
    element = master._element  # type: ignore[attr-defined]
    c_sld = element.find(f"{{{_P}}}cSld")
    c_sld.set("name", THEME_NAME)
    body = Holder("body", TEXT, "Text", (MARGIN, _CONTENT_TOP, CONTENT_W, _BODY_H))
    _replace_tree(c_sld, _sp(2, _TITLE) + _sp(3, body) + _strip(4))
    styles = element.find(f"{{{_P}}}txStyles")
    title = etree.fromstring(
        f'<p:titleStyle {_NS}><a:lvl1pPr algn="l" rtl="0" eaLnBrk="1" latinLnBrk="0" '
        'hangingPunct="1"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef>'
        '<a:spcPts val="0"/></a:spcBef><a:buNone/>'
        f"{_defrpr(40, 'tx1', True, bold=True)}</a:lvl1pPr></p:titleStyle>"
    )
    old_title = styles.find(f"{{{_P}}}titleStyle")
    old_title.addprevious(title)
    styles.remove(old_title)
    # the body's first level: no bullet, no indent (the exporter writes a bullet's own)
    level = styles.find(f"{{{_P}}}bodyStyle").find(f"{{{_A}}}lvl1pPr")
    new_level = etree.fromstring(
        f'<a:lvl1pPr {_NS} marL="0" indent="0" algn="l" rtl="0" eaLnBrk="1" latinLnBrk="0" '
        'hangingPunct="1"><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/>'
        f"{_defrpr(28, 'tx1', False)}</a:lvl1pPr>"
    )
    level.addprevious(new_level)
    level.getparent().remove(level)


def _layout(layout: SlideLayout, name: str, holders: tuple[Holder, ...]) -> None:
    element = layout._element
    element.attrib.pop("type", None)
    element.set("preserve", "1")
    c_sld = element.find(f"{{{_P}}}cSld")
    c_sld.set("name", name)
    shapes = "".join(_sp(n, h, lst=_lst(h.style)) for n, h in enumerate(holders, start=2))
    _replace_tree(c_sld, shapes + _strip(len(holders) + 2))


def placeholder_xml(shape_id: int, idx: int, name: str) -> str:
    """A slide's body placeholder `idx` (its place and text are the slide's own)."""
    return (
        f'<p:sp {_NS}><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f'<p:nvPr><p:ph type="body" idx="{idx}"/></p:nvPr></p:nvSpPr><p:spPr/>'
        "<p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody></p:sp>"
    )


def strip_xml(first_id: int, footer: str, number: int, lang: str) -> list[str]:
    """The slide's footer (`footer`: the edition) and its slide number (a field PowerPoint and
    LibreOffice renumber when slides move; `number` is its text until they do)."""
    from xml.sax.saxutils import escape

    run = (
        f'<a:rPr lang="{lang}" sz="1400" dirty="0"><a:latin typeface="+mn-lt"/>'
        '<a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:rPr>'
    )
    return [
        f'<p:sp {_NS}><p:nvSpPr><p:cNvPr id="{first_id}" name="Footer"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f'<p:nvPr><p:ph type="ftr" idx="{FOOTER}"/></p:nvPr></p:nvSpPr><p:spPr/>'
        '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn="l"/>'
        f"<a:r>{run}<a:t>{escape(footer)}</a:t></a:r>"
        "</a:p></p:txBody></p:sp>",
        f'<p:sp {_NS}><p:nvSpPr><p:cNvPr id="{first_id + 1}" name="Slide number"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f'<p:nvPr><p:ph type="sldNum" idx="{SLIDE_NUMBER}"/></p:nvPr></p:nvSpPr><p:spPr/>'
        '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn="r"/>'
        f'<a:fld id="{{C1FF6DA9-008F-8B48-92A6-B652298478BF}}" type="slidenum">{run}'
        f"<a:t>{number}</a:t></a:fld></a:p></p:txBody></p:sp>",
    ]
