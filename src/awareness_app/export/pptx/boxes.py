"""The boxes every PowerPoint slide is built of (no Qt): its title, its text from the top down
to its footer (over as many slides as it needs), the source line at its foot and the notes for
whoever presents the file. `deck.py` and `activity.py` build their slides
of them."""

from __future__ import annotations

from collections.abc import Sequence

from ...model.lesson.render import RenderedSlide
from ...model.text import ruby
from ...themes import LIGHT
from .layout import (
    CONTENT_W,
    EMU_PER_INCH,
    MARGIN,
    STRIP_TOP,
    TITLE_H,
    TITLE_TOP,
    Para,
    fit,
    lay_out,
    pages,
    para,
)
from .write import Box, Planned

INCH = EMU_PER_INCH
BOTTOM = STRIP_TOP - round(0.06 * INCH)  # the lowest a footer goes: above the edition's strip
GAP = round(0.12 * INCH)
FOOTER_GAP = round(0.05 * INCH)
TITLE_SIZES = (40, 38, 36, 34, 32)  # on two lines at most
BODY_SIZES = (28, 26, 24)
MIN_BODY = BODY_SIZES[-1]
FOOTER_SIZES = (14,)
FOOTER_MAX_H = round(0.8 * INCH)


def text_lines(text: str, **kwargs: object) -> list[Para]:
    """A paragraph a line of `text` (its furigana markup kept: the layout writes it)."""
    return [para(line, **kwargs) for line in text.split("\n") if line.strip()]


def title_box(text: str) -> Box:
    """The slide's title, on two lines at most at the largest size that allows."""
    paras = [para(text, bold=True)]
    layout = fit(paras, TITLE_SIZES, CONTENT_W, TITLE_H, max_lines=2)
    layout = layout or lay_out(paras, TITLE_SIZES[-1], CONTENT_W)
    return Box(MARGIN, TITLE_TOP, CONTENT_W, layout.height, layout, name="Title")


def top_below(title: Box) -> int:
    return title.top + title.height + GAP


def footer_box(text: str) -> Box | None:
    """The source line at the foot of the slide: reference text for the teacher, plain kanji."""
    paras = [para(ruby.plain(line), colour=LIGHT.muted) for line in text.split("\n") if line]
    if not paras:
        return None
    layout = fit(paras, FOOTER_SIZES, CONTENT_W, FOOTER_MAX_H)
    layout = layout or lay_out(paras, FOOTER_SIZES[-1], CONTENT_W)
    return Box(MARGIN, BOTTOM - layout.height, CONTENT_W, layout.height, layout, name="Footer")


def terms_box(terms: Sequence[tuple[str, str]], language: str) -> Box | None:
    """The terms of use at the foot of a slide, as the footers are (14 pt, the secondary text
    colour, plain kanji): `terms` is (language, line) pairs; a line not in the slide's
    `language` carries its own (a bilingual deck says them in both)."""
    paras = [
        para(ruby.plain(line), colour=LIGHT.muted, lang="" if lang == language else lang)
        for lang, line in terms
    ]
    if not paras:
        return None
    layout = fit(paras, FOOTER_SIZES, CONTENT_W, FOOTER_MAX_H)
    layout = layout or lay_out(paras, FOOTER_SIZES[-1], CONTENT_W)
    return Box(MARGIN, BOTTOM - layout.height, CONTENT_W, layout.height, layout, name="Footer")


def bottom_above(footer: Box | None) -> int:
    return footer.top - FOOTER_GAP if footer else BOTTOM


def room_notes(shown: RenderedSlide, *more: str) -> str:
    """The notes for whoever presents the file: the app's keys, buttons and toolbar are not
    there, so the slide's notes for the room (`room_notes`)."""
    notes = shown.room_notes or shown.notes
    return ruby.plain("\n\n".join(part for part in (notes, *more) if part))


def text_slides(
    slide_id: str,
    title: Box,
    groups: Sequence[Sequence[Para]],
    top: int,
    footer: Box | None,
    notes: str,
    above: Sequence[Box] = (),
    left: int = MARGIN,
    width: int = CONTENT_W,
    layout: str = "List",
) -> list[Planned]:
    """`groups` of paragraphs (a group is never split) under `title` and `above`, from `top`
    down to the footer: at the largest body size at which they fit, or at the smallest over as
    many slides as they need."""
    height = bottom_above(footer) - top
    seen = set(title.layout.seen)
    for box in above:
        seen |= box.layout.seen
    flat = [p for group in groups for p in group]
    laid = fit(flat, BODY_SIZES, width, height, seen)
    chunks = [laid] if laid else []
    if laid is None:
        chunks = [lay_out(c, MIN_BODY, width, seen) for c in pages(groups, MIN_BODY, width, height)]
    out: list[Planned] = []
    for chunk in chunks:
        planned = Planned(slide_id, title, layout=layout, notes=notes)
        planned.boxes += above
        if chunk.laid:
            planned.boxes.append(Box(left, top, width, chunk.height, chunk))
        if footer:
            planned.boxes.append(footer)
        out.append(planned)
    return out
