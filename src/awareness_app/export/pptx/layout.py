"""The lines of a PowerPoint slide's text, laid out here, measured with the shipped font (used
by `export/pptx/deck.py`). No Qt.

The file names BIZ UDPGothic (`write.FONT`), the app's own font, which Windows 10 and later
and Google Fonts have: the viewer lays the text out with the metrics measured here. So the
exporter sets the lines itself rather than leaving them to the viewer's wrap (which breaks
Japanese anywhere, 小学／生) or its autofit (which shrinks the text below the size written):

- a paragraph is cut into the units a line may break between — BudouX's phrases in Japanese,
  words (after a space) in English (`model.line_breaks.phrases`); a ruby base and its reading
  are one unit;
- each unit is measured with the font's advance widths (fontTools, `hmtx`; the bold face for
  bold runs) and the lines filled greedily to `FILL` of the box's width, so that the viewer's
  own wrap never triggers (its kerning only narrows a line; LibreOffice's space between
  Japanese and Latin letters or digits is counted); a unit wider than a line is cut between
  characters (a URL);
- each line but the last ends in an explicit line break (`<a:br/>`, written by `pptx_write`);
- every line is `LINE_SPACING` times the size high: the exporter sets that spacing exactly on
  every paragraph, so the height does not depend on the font's own line gap.

Furigana: text pupils read carries the catalogue's markup, `｜警察《けいさつ》`, on the first
occurrence of each word on a slide (`ruby.first_readings`); it is written as 警察（けいさつ）
(`ruby.in_brackets`), the reading kept on the line of its word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import groupby, pairwise

from ... import resources
from ...model.text import ruby
from ...model.text.line_breaks import NO_LINE_END, NO_LINE_START, phrases

EMU_PER_PT = 12700
EMU_PER_INCH = 914400
FILL = 0.95  # the share of a line's width the text may take (a margin for the viewer's layout)

# The slide's geometry (EMU), shared by the slides (`pptx_write`) and their layouts (`pptx_master`)
# The font named for every run, as its Latin and its East Asian (a:ea) typeface: the app's own,
# BIZ UDPGothic. A .pptx names fonts and does not carry them; Windows 10 and later ship BIZ
# UDPGothic (schools' PCs are Windows 10 and 11) and Google Slides offers it from Google Fonts,
# so the file shows the letters the app shows. Where it is missing (an older Mac), PowerPoint
# and LibreOffice fall back to their own Japanese sans serif.
FONT = resources.FONT_FAMILY
SLIDE_W = 12192000  # 13.333 in × 7.5 in: 16:9, PowerPoint's own widescreen size
SLIDE_H = 6858000
MARGIN = EMU_PER_INCH // 2
CONTENT_W = SLIDE_W - 2 * MARGIN
TITLE_TOP = round(0.3 * EMU_PER_INCH)
TITLE_H = round(1.35 * EMU_PER_INCH)
# the strip along the foot: the footer (the edition) and the slide number, at 14 pt
STRIP_H = round(0.34 * EMU_PER_INCH)
STRIP_TOP = SLIDE_H - round(0.08 * EMU_PER_INCH) - STRIP_H
LINE_SPACING = 1.2  # line height, times the font size (set exactly on every paragraph)
SPACE_BEFORE = 0.35  # space before a paragraph (not the first), times its size
AUTOSPACE = 0.25  # em, where Japanese meets a Latin letter or digit (see `_width`)
BULLET_INDENT = 1.0  # a bullet's hanging indent, times the size
INSET_X = EMU_PER_INCH // 10  # a text box's inner margins (set on every box)
INSET_Y = EMU_PER_INCH // 20


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    colour: str = ""  # "#RRGGBB"; "" = the text colour
    link: str = ""  # a web address the run links to (a source's)


@dataclass(frozen=True)
class Para:
    """A paragraph: runs of one size (in points, as a factor of the box's size when `scale`).
    Its text may carry furigana markup (a marked word written with its reading in brackets)."""

    runs: tuple[Run, ...]
    scale: float = 1.0  # size relative to the block's size (a heading 1.2, a figure 3.0)
    bullet: bool = False  # a hanging "•"
    centred: bool = False
    lang: str = ""  # its language ("en", "ja") where not the slide's (a bilingual slide)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def para(text: str, **kwargs: object) -> Para:
    """A paragraph of one run; keyword arguments: `bold`, `colour` (of the run) and those of
    `Para`."""
    run_keys = {"bold", "colour", "link"}
    run = Run(text, **{k: v for k, v in kwargs.items() if k in run_keys})  # type: ignore[arg-type]
    return Para((run,), **{k: v for k, v in kwargs.items() if k not in run_keys})  # type: ignore[arg-type]


# --- measuring ----------------------------------------------------------------------------------


@cache
def _advances(bold: bool) -> tuple[dict[int, float], float]:
    """The shipped face's advance widths in em, by code point, and that of a missing glyph."""
    from fontTools.ttLib import TTFont

    regular, bold_face = resources.font_files()
    with TTFont(bold_face if bold else regular) as font:
        units = font["head"].unitsPerEm
        metrics = font["hmtx"].metrics
        widths = {code: metrics[name][0] / units for code, name in font.getBestCmap().items()}
        return widths, metrics[".notdef"][0] / units


def char_em(ch: str, bold: bool = False) -> float:
    """The advance of `ch` in the shipped font, in em (a combining mark takes none)."""
    widths, missing = _advances(bold)
    found = widths.get(ord(ch))
    if found is not None:
        return found
    if unicodedata.combining(ch) or ch in "\u200b\u200d\ufe0f":
        return 0.0
    return missing if unicodedata.east_asian_width(ch) not in ("W", "F") else 1.0


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` at `size` points in the shipped font, in points."""
    return sum(char_em(ch, bold) for ch in text) * size


# --- laying out ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Laid:
    """A paragraph laid out: its lines, each a tuple of runs (their text as written)."""

    para: Para
    lines: tuple[tuple[Run, ...], ...]


@dataclass
class Layout:
    """Paragraphs laid out at `size` in a box `width` EMU wide; `seen`: the words given their
    reading on the slide so far, this text's included."""

    laid: list[Laid]
    size: float
    width: int
    seen: set[str] = field(default_factory=set)

    @property
    def height(self) -> int:
        return laid_height(self.laid, self.size)


Styled = list[tuple[str, int]]  # characters as written, each with the index of its run


def _units(item: Para) -> list[Styled]:
    """`item`'s text as the units a line may break between, each character with its run; a
    word still marked is written with its reading in brackets, on the line of its word."""
    owner: list[int] = []  # the run of each character of the plain text
    for index, part in enumerate(item.runs):
        owner += [index] * len(ruby.plain(part.text))
    units: list[Styled] = []
    at = 0
    for unit in phrases(item.text):
        chars: Styled = []
        for segment in unit:
            runs = owner[at : at + len(segment.base)]
            written = segment.base
            if segment.reading:
                marked = f"{ruby.BAR}{segment.base}{ruby.OPEN}{segment.reading}{ruby.CLOSE}"
                written = ruby.in_brackets(marked)  # 警察（けいさつ）
            chars += [(ch, runs[min(n, len(runs) - 1)]) for n, ch in enumerate(written)]
            at += len(segment.base)
        units.append(chars)
    return units


def _asian(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _spaced(a: str, b: str) -> bool:
    """Whether `AUTOSPACE` goes between `a` and `b`: Japanese meets a Latin letter or digit."""
    return (_asian(a) and b.isascii() and b.isalnum()) or (
        _asian(b) and a.isascii() and a.isalnum()
    )


def _em(chars: Styled, item: Para) -> float:
    """The width of `chars` in em, `AUTOSPACE` included (LibreOffice spaces Japanese and a
    Latin letter or digit apart, PowerPoint does not: room for both)."""
    em = sum(char_em(ch, item.runs[r].bold) for ch, r in chars)
    return em + AUTOSPACE * sum(_spaced(a, b) for (a, _r), (b, _s) in pairwise(chars))


class _Line:
    """A line being filled, its width in em kept as units are added (measuring the whole line
    again for each unit made the PowerPoint's layout quadratic: seconds a deck)."""

    def __init__(self, item: Para) -> None:
        self.item = item
        self.chars: Styled = []
        self.em = 0.0  # of all its characters, the spaces at its end included

    def em_with(self, unit: Styled, unit_em: float) -> float:
        """The width in em of this line and `unit` after it, without the spaces at its end
        (they hang: kept in the text, not measured), as `_em` measures the stripped line."""
        chars = self.chars

        def pair(n: int) -> tuple[str, int]:
            return unit[n - len(chars)] if n >= len(chars) else chars[n]

        em = self.em + unit_em
        if chars and unit:
            em += AUTOSPACE * _spaced(chars[-1][0], unit[0][0])
        end = len(chars) + len(unit)
        while end and pair(end - 1)[0].isspace():  # the spaces at its end, and their joins
            end -= 1
            ch, run = pair(end)
            em -= char_em(ch, self.item.runs[run].bold)
            if end:
                em -= AUTOSPACE * _spaced(pair(end - 1)[0], ch)
        return em

    def add(self, unit: Styled, unit_em: float) -> None:
        if self.chars and unit:
            self.em += AUTOSPACE * _spaced(self.chars[-1][0], unit[0][0])
        self.chars += unit
        self.em += unit_em


def _characters(chars: Styled) -> list[Styled]:
    """A unit too wide for a line, cut between its characters where kinsoku allows."""
    out: list[Styled] = []
    for pair in chars:
        if out and pair[0] not in NO_LINE_START and out[-1][-1][0] not in NO_LINE_END:
            out.append([pair])
        elif out:
            out[-1].append(pair)
        else:
            out.append([pair])
    return out


@lru_cache(maxsize=4096)
def _measured(item: Para) -> tuple[tuple[Styled, float], ...]:
    """`item`'s units (`_units`), each with its width in em: the same at every size `fit`
    tries, so worked out once (bounded: the app lives through many exports)."""
    return tuple((unit, _em(unit, item)) for unit in _units(item))


def break_lines(item: Para, size: float, width_pt: float) -> list[Styled]:
    """`item`'s lines at `size` (its scale applied) in a column `width_pt` wide."""
    points = size * item.scale
    room = (width_pt - (points * BULLET_INDENT if item.bullet else 0.0)) * FILL
    lines: list[Styled] = []
    current = _Line(item)
    pending = list(_measured(item))
    while pending:
        unit, unit_em = pending.pop(0)
        if current.chars and current.em_with(unit, unit_em) * points > room:
            lines.append(current.chars)
            current = _Line(item)
        if not current.chars and current.em_with(unit, unit_em) * points > room:
            pieces = _characters(unit)
            if len(pieces) > 1:  # fill the line with what fits of it, the rest after
                pending = [*((piece, _em(piece, item)) for piece in pieces), *pending]
                continue
        current.add(unit, unit_em)
    lines.append(current.chars)
    return lines


def _runs(line: Styled, item: Para) -> tuple[Run, ...]:
    """`line`'s characters as runs: each stretch of one bold, colour and link is one run, with
    the other attributes of the run its first character came from."""

    def style(pair: tuple[str, int]) -> tuple[object, ...]:
        source = item.runs[pair[1]]
        return (source.bold, source.colour, source.link)

    out: list[Run] = []
    for _style, group in groupby(line, key=style):
        pairs = list(group)
        out.append(replace(item.runs[pairs[0][1]], text="".join(ch for ch, _r in pairs)))
    return tuple(out)


def lay_out(
    paras: Sequence[Para],
    size: float,
    width_emu: int,
    seen: set[str] | frozenset[str] = frozenset(),
) -> Layout:
    """`paras` laid out at `size` in a text box `width_emu` wide (its margins included);
    `seen`: the words given their reading on the slide before this text (not changed)."""
    width_pt = (width_emu - 2 * INSET_X) / EMU_PER_PT
    given = set(seen)
    laid = []
    for item in paras:
        # the markup kept on a word's first occurrence on the slide only (the convention of
        # `ruby.bracketed`, which `_units` then writes)
        texts = ruby.first_readings([r.text for r in item.runs], given)
        runs = tuple(replace(r, text=t) for t, r in zip(texts, item.runs, strict=True))
        laid.append(_laid(replace(item, runs=runs), size, width_pt))
    return Layout(laid, size, width_emu, given)


@lru_cache(maxsize=8192)
def _laid(item: Para, size: float, width_pt: float) -> Laid:
    """`item` laid out (`break_lines`): the same paragraph is laid out again and again at the
    same size and width while boxes are filled (`pages`) and sizes tried (`fit`), so kept
    (bounded: the app lives through many exports)."""
    return Laid(item, tuple(_runs(line, item) for line in break_lines(item, size, width_pt)))


def laid_height(laid: Sequence[Laid], size: float) -> int:
    """The height in EMU of `laid` at `size` (the box's margins included)."""
    points = 0.0
    for number, item in enumerate(laid):
        line = size * item.para.scale
        points += (line * SPACE_BEFORE if number else 0.0) + len(item.lines) * line * LINE_SPACING
    return round(points * EMU_PER_PT) + 2 * INSET_Y


def fit(
    paras: Sequence[Para],
    sizes: Sequence[float],
    width_emu: int,
    height_emu: int,
    seen: set[str] | frozenset[str] = frozenset(),
    max_lines: int = 0,
) -> Layout | None:
    """`paras` laid out at the largest of `sizes` (largest first) at which they fit the box
    (and, with `max_lines`, take that many lines at most each); None if none does."""
    for size in sizes:
        layout = lay_out(paras, size, width_emu, seen)
        too_long = max_lines and any(len(item.lines) > max_lines for item in layout.laid)
        if layout.height <= height_emu and not too_long:
            return layout
    return None


def pages(
    groups: Sequence[Sequence[Para]], size: float, width_emu: int, height_emu: int
) -> list[list[Para]]:
    """`groups` (a heading with its lines, or an item) put on as few boxes as they fit in at
    `size`, in order, a group never split (one too large for a box gets a box of its own),
    and as evenly filled as that number of boxes allows (no last box with a line alone)."""
    out = _greedy(groups, size, width_emu, height_emu)
    low, high = 0, height_emu  # the lowest height that still takes no more boxes
    while len(out) > 1 and high - low > EMU_PER_PT * 6:
        middle = (low + high) // 2
        tried = _greedy(groups, size, width_emu, middle)
        if len(tried) == len(out) and all(
            lay_out(box, size, width_emu).height <= middle for box in tried
        ):
            high = middle
        else:
            low = middle
    return _greedy(groups, size, width_emu, high) if len(out) > 1 else out


def _greedy(
    groups: Sequence[Sequence[Para]], size: float, width_emu: int, height_emu: int
) -> list[list[Para]]:
    out: list[list[Para]] = []
    current: list[Para] = []
    for group in groups:
        if current and lay_out([*current, *group], size, width_emu).height > height_emu:
            out.append(current)
            current = []
        current = [*current, *group]
    if current:
        out.append(current)
    return out
