"""How much room text takes on a PowerPoint slide, estimated without a font file or Qt (used by
`pptx_export.py`).

PowerPoint lays the text out itself, in a font we do not ship (see `pptx_export.FONT`), so the
exporter cannot measure it; it estimates instead, on the safe side, and picks the largest size
at which the text fits its box (or moves what does not fit to a slide of its own):

- a full-width character (kanji, kana, full-width punctuation, and the "ambiguous" characters
  a Japanese font draws full width, such as “ ” and ・) takes one em; any other character
  `NARROW_EM` (the average width of Latin text in Yu Gothic UI, Meiryo or Segoe UI is about
  0.5 em: 0.6 leaves room for capitals and wide letters);
- lines break between words in Latin text and between any two characters in Japanese, as
  PowerPoint does (its kinsoku rules move a character at most, which the margin covers);
- every line is `LINE_SPACING` times the size high: the exporter sets that spacing exactly on
  every paragraph, so the height does not depend on the font's own line gap (Meiryo's is half
  an em).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

EMU_PER_PT = 12700
EMU_PER_INCH = 914400
NARROW_EM = 0.6
LINE_SPACING = 1.2  # line height, times the font size (set exactly on every paragraph)
SPACE_BEFORE = 0.35  # space before a paragraph (not the first), times its size
INSET_X = EMU_PER_INCH // 10  # a text box's inner margins (set on every box)
INSET_Y = EMU_PER_INCH // 20


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    colour: str = ""  # "#RRGGBB"; "" = the text colour


@dataclass(frozen=True)
class Para:
    """A paragraph: runs of one size (in points, as a factor of the box's size when `scale`)."""

    runs: tuple[Run, ...]
    scale: float = 1.0  # size relative to the block's size (a heading 1.2, a figure 3.0)
    bullet: bool = False  # a hanging "•"
    centred: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def para(text: str, **kwargs: object) -> Para:
    """A paragraph of one run; keyword arguments: `bold`, `colour` (of the run) and those of
    `Para`."""
    run_keys = {"bold", "colour"}
    run = Run(text, **{k: v for k, v in kwargs.items() if k in run_keys})  # type: ignore[arg-type]
    return Para((run,), **{k: v for k, v in kwargs.items() if k not in run_keys})  # type: ignore[arg-type]


def char_em(ch: str) -> float:
    if unicodedata.east_asian_width(ch) in ("W", "F", "A"):
        return 1.0
    if unicodedata.combining(ch):
        return 0.0
    return NARROW_EM


def _tokens(text: str) -> list[str]:
    """Where a line may break: after a word and its spaces, or around a full-width character."""
    tokens: list[str] = []
    word = ""
    for ch in text:
        if char_em(ch) == 1.0:
            if word:
                tokens.append(word)
                word = ""
            tokens.append(ch)
        elif ch == " ":
            word += ch
            tokens.append(word)
            word = ""
        else:
            word += ch
    if word:
        tokens.append(word)
    return tokens


def count_lines(text: str, size: float, width_pt: float) -> int:
    """The lines `text` takes at `size` points in a column `width_pt` points wide ("\\n" and
    the vertical tab break lines)."""
    lines = 0
    for part in text.replace("\v", "\n").split("\n"):
        lines += 1
        used = 0.0
        for token in _tokens(part):
            width = sum(char_em(ch) for ch in token.rstrip(" ")) * size
            if used and used + width > width_pt:
                lines += 1
                used = 0.0
            while width > width_pt:  # a word longer than the line: broken inside it
                lines += 1
                width -= width_pt
            used += width + (len(token) - len(token.rstrip(" "))) * NARROW_EM * size
    return lines


def para_height(item: Para, size: float, width_pt: float, first: bool) -> float:
    points = size * item.scale
    indent = points * 1.0 if item.bullet else 0.0
    lines = count_lines(item.text, points, width_pt - indent)
    before = 0.0 if first else points * SPACE_BEFORE
    return before + lines * points * LINE_SPACING


def text_height(paras: Sequence[Para], size: float, width_emu: int) -> int:
    """The height in EMU that `paras` take at `size` in a text box `width_emu` wide (its
    margins included)."""
    width_pt = (width_emu - 2 * INSET_X) / EMU_PER_PT
    points = sum(para_height(p, size, width_pt, n == 0) for n, p in enumerate(paras))
    return round(points * EMU_PER_PT) + 2 * INSET_Y


def fits(paras: Sequence[Para], size: float, width_emu: int, height_emu: int) -> bool:
    return text_height(paras, size, width_emu) <= height_emu


def fit_size(
    paras: Sequence[Para], sizes: Sequence[float], width_emu: int, height_emu: int
) -> float | None:
    """The largest of `sizes` (largest first) at which `paras` fit the box; None if none does."""
    for size in sizes:
        if fits(paras, size, width_emu, height_emu):
            return size
    return None


def pages(
    groups: Sequence[Sequence[Para]], size: float, width_emu: int, height_emu: int
) -> list[list[Para]]:
    """`groups` (a heading with its lines, or an item) put on as few boxes as they fit in at
    `size`, in order, a group never split (one too large for a box gets a box of its own)."""
    out: list[list[Para]] = []
    current: list[Para] = []
    for group in groups:
        if current and not fits([*current, *group], size, width_emu, height_emu):
            out.append(current)
            current = []
        current = [*current, *group]
    if current:
        out.append(current)
    return out
