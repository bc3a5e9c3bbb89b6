"""Furigana (ruby) markup in the catalogue's Japanese: `｜漢字《かんじ》`. No Qt here.

Translators write the reading of a word beside it in the Aozora Bunko convention: a full-width
bar `｜` (U+FF5C) before the base text and the reading in `《》` after it — `｜警察《けいさつ》`.
The bar is always written, so the base is never guessed. Readings are never computed at run
time: what the catalogue says is what the room sees.

Every place that shows text decides what to do with the markup:
- `segments` for a layout that draws the reading above its base (slides, PDFs);
- `plain` for text shown without readings (furigana off, window titles, file names, CSV);
- `kana` for text that cannot carry ruby but is read by children (chart text);
- `html` for the Markdown script (`<ruby>漢字<rt>かんじ</rt></ruby>`);
- `first_readings` and `in_brackets` for print without ruby (the PowerPoint file): the reading in
  brackets after the word the first time it appears on a page, 警察（けいさつ）, then 警察.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape as escape_html
from typing import NamedTuple

BAR = "｜"
OPEN = "《"
CLOSE = "》"
_RUBY = re.compile(r"｜([^｜《》\n]+)《([^｜《》\n]+)》")


class Segment(NamedTuple):
    """A run of text; `reading` is "" for text without ruby."""

    base: str
    reading: str = ""


def has_ruby(text: str) -> bool:
    return BAR in text or OPEN in text


def segments(text: str) -> list[Segment]:
    """The text as runs: plain runs, and base texts with their reading."""
    out: list[Segment] = []
    at = 0
    for match in _RUBY.finditer(text):
        if match.start() > at:
            out.append(Segment(text[at : match.start()]))
        out.append(Segment(match.group(1), match.group(2)))
        at = match.end()
    if at < len(text) or not out:
        out.append(Segment(text[at:]))
    return out


def plain(text: str) -> str:
    """The text without readings: `｜警察《けいさつ》` → 警察."""
    return _RUBY.sub(r"\1", text) if BAR in text else text


def kana(text: str) -> str:
    """The text with each marked word written in its reading: `｜警察《けいさつ》` → けいさつ."""
    return _RUBY.sub(r"\2", text) if BAR in text else text


def first_readings(texts: Iterable[str], seen: set[str] | None = None) -> list[str]:
    """`texts` (a page's, in reading order) with the markup kept on the first occurrence of each
    marked word and taken out of the later ones. `seen`, if given, holds the words already given
    their reading on the page (for example in its title), and is updated."""
    given = seen if seen is not None else set()
    out: list[str] = []
    for text in texts:
        parts: list[str] = []
        for run in segments(text):
            if run.reading and run.base not in given:
                given.add(run.base)
                parts.append(f"{BAR}{run.base}{OPEN}{run.reading}{CLOSE}")
            else:
                parts.append(run.base)
        out.append("".join(parts))
    return out


def in_brackets(text: str) -> str:
    """The text with each marked word followed by its reading in brackets, as Japanese print
    does where it has no ruby: `｜警察《けいさつ》` → 警察（けいさつ）."""
    return _RUBY.sub(r"\1（\2）", text) if BAR in text else text


def bracketed(texts: Iterable[str]) -> list[str]:
    """A page's `texts`, in reading order, for print without ruby: each marked word with its
    reading in brackets the first time it appears on the page, plain after:
    `["｜警察《けいさつ》に話す", "｜警察《けいさつ》の人"]`
    → `["警察（けいさつ）に話す", "警察の人"]`."""
    return [in_brackets(text) for text in first_readings(texts)]


def html(text: str, escape: bool = False) -> str:
    """The text with `<ruby>` elements, for Markdown and HTML. With `escape`, the text is escaped
    for HTML first (the markup holds no HTML characters, so escaping keeps it intact)."""
    if escape:
        text = escape_html(text, quote=False)
    return _RUBY.sub(r"<ruby>\1<rt>\2</rt></ruby>", text) if BAR in text else text


def problems(text: str) -> list[str]:
    """What is wrong with the markup: a bar or bracket left over once every well-formed
    `｜base《reading》` is taken out, or an empty base or reading."""
    rest = _RUBY.sub("", text)
    found = [f"stray {ch!r} in {text!r}" for ch in (BAR, OPEN, CLOSE) if ch in rest]
    found += [f"empty reading in {text!r}" for m in _RUBY.finditer(text) if not m.group(2).strip()]
    return found
