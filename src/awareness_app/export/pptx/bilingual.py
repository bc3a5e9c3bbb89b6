"""A bilingual PowerPoint file (no Qt): the lesson planned in two languages (`deck.plan`
in each), then put together in one of two ways the teacher chooses (`PAIRINGS`):

- `under`: each slide in the first language with the second language's title and text under
  its own text, in the theme's secondary text colour (`tx2`), at the size both fit at (24 pt
  or more; over more slides where they need them, as a long text does). A chart, a picture and
  the source lines are the first language's; where both texts do not fit above a chart, the
  chart's slide keeps its own text and the second language's follows on a slide of its own.
- `alternate`: each slide in the first language followed by the same slide in the second
  (a slide that runs over two or more is followed by all of the second language's).

The sources are listed once, in the first language. Every run carries its own language
(ja-JP / en-GB), so spelling and fonts follow it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from ...themes import LIGHT
from ..request import ALTERNATE, PAIRINGS
from .boxes import BODY_SIZES, GAP, INCH, text_slides, top_below
from .layout import CONTENT_W, MARGIN, Para, fit
from .write import Box, Planned

MIN_CHART_H = round(3.0 * INCH)  # as `pptx_export`'s: a native chart's labels need it


def combine(first: Sequence[Planned], second: Sequence[Planned], pairing: str) -> list[Planned]:
    """`first` and `second` (the same lesson planned in two languages, each `Planned` with its
    `language`) as one deck, `pairing` one of `PAIRINGS`."""
    if pairing not in PAIRINGS:
        raise ValueError(f"pairing: {pairing!r} is not one of {', '.join(PAIRINGS)}")
    others = dict(_groups(second))
    out: list[Planned] = []
    for slide_id, group in _groups(first):
        other = others.get(slide_id, [])
        if slide_id == "sources":
            out += group
        elif pairing == ALTERNATE:
            out += [*group, *other]
        else:
            for index, planned in enumerate(group):
                last = index == len(group) - 1
                paired = other[index : None if last else index + 1]
                out += _under(planned, paired)
    return out


def _groups(planned: Sequence[Planned]) -> Iterator[tuple[str, list[Planned]]]:
    """The slides of each lesson slide, in order."""
    group: list[Planned] = []
    for item in planned:
        if group and item.slide_id != group[0].slide_id:
            yield group[0].slide_id, group
            group = []
        group.append(item)
    if group:
        yield group[0].slide_id, group


def _secondary(paras: Sequence[Para], language: str) -> list[Para]:
    """`paras` in `language`, in the secondary text colour (a bold run stays bold)."""
    return [
        replace(p, lang=language, runs=tuple(replace(r, colour=LIGHT.muted) for r in p.runs))
        for p in paras
    ]


def _under(planned: Planned, others: Sequence[Planned]) -> list[Planned]:
    """`planned` with the text of `others` (the same slide in the second language) under its
    own text."""
    text = next((box for box in planned.boxes if box.name == "Text"), None)
    above = [box for box in planned.boxes if box.name == "Figure"]
    footer = next((box for box in planned.boxes if box.name == "Footer"), None)
    groups: list[list[Para]] = [[p] for p in (text.paras if text else [])]
    added: list[list[Para]] = []
    notes = [planned.notes]
    titles: list[str] = []
    for other in others:
        language = other.language
        # its title once (a slide that runs over two has it on each), its big figure as text
        title = [] if other.title.paras[0].text in titles else other.title.paras
        titles += [p.text for p in title]
        names = ("Figure", "Text")
        body = [p for box in other.boxes if box.name in names for p in box.paras]
        body = _secondary([replace(p, scale=1.0) for p in body], language)
        title = _secondary(title, language)
        if title or body:
            added.append([*title, *body[:1]])  # the title kept with the text it heads
            added += [[p] for p in body[1:]]
        if other.notes not in notes:
            notes.append(other.notes)
    notes_text = "\n\n".join(n for n in notes if n)
    seen = set(planned.title.layout.seen)
    for box in above:
        seen |= box.layout.seen
    left, width = (text.left, text.width) if text else (MARGIN, CONTENT_W)
    if text:
        top = text.top
    elif above:
        top = above[-1].top + above[-1].height + GAP
    else:
        top = top_below(planned.title)
    if planned.chart and planned.chart_box:
        return _under_chart(planned, text, groups, added, top, seen, notes_text, footer)
    out = text_slides(
        planned.slide_id,
        planned.title,
        [*groups, *added],
        top,
        footer,
        notes_text,
        above,
        left,
        width,
        layout=planned.layout,
    )
    return [_keep(planned, item) for item in out]


def _under_chart(
    planned: Planned,
    text: Box | None,
    groups: list[list[Para]],
    added: list[list[Para]],
    top: int,
    seen: set[str],
    notes: str,
    footer: Box | None,
) -> list[Planned]:
    """A chart's slide: both texts above the chart where they fit with the chart at least
    `MIN_CHART_H` high, else the chart's slide as it is and the second text after it."""
    assert planned.chart_box is not None
    _left, chart_top, _width, chart_h = planned.chart_box
    bottom = chart_top + chart_h
    flat = [p for group in [*groups, *added] for p in group]
    laid = fit(flat, BODY_SIZES, CONTENT_W, bottom - top - MIN_CHART_H - GAP, seen)
    if laid is not None:
        boxes = [box for box in planned.boxes if box is not text]
        at = next((i for i, box in enumerate(boxes) if box.name.startswith("Footer")), len(boxes))
        boxes.insert(at, Box(MARGIN, top, CONTENT_W, laid.height, laid))
        below = top + laid.height + GAP
        box = (MARGIN, below, CONTENT_W, bottom - below)
        return [replace(planned, boxes=boxes, chart_box=box, notes=notes)]
    follow = text_slides(
        planned.slide_id, planned.title, added, top_below(planned.title), footer, notes
    )
    follow = [replace(item, language=planned.language) for item in follow]
    return [replace(planned, notes=notes), *follow]


def _keep(planned: Planned, item: Planned) -> Planned:
    """`item` (a slide of the merged text) with `planned`'s layout, language and picture."""
    return replace(
        item,
        language=planned.language,
        picture=planned.picture,
        picture_box=planned.picture_box,
        picture_alt=planned.picture_alt,
        outlines=list(planned.outlines),
    )
