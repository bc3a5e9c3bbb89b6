"""The one check of free text that came from a teacher or a file: contacts, school slides, plan
names; a teacher's text made plain (`plain_text`) and its width (`text_width`). No Qt here.

Refused: control characters (C0, C1, DEL), line and paragraph separators inside one field, and
the invisible format characters that change how text is shown — above all the bidirectional
overrides and isolates (U+202A–U+202E, U+2066–U+2069), which turn "Room 12" into a string that
reads backwards on the slide. Accepted: every letter, mark, symbol and emoji, with what emoji are
made of — the zero-width joiner (🧑‍🏫 is 🧑 U+200D 🏫), the non-joiner, variation selectors and
the tag characters of flag sequences.
"""

from __future__ import annotations

import re
import unicodedata

# format characters (category Cf) that emoji and scripts need
_ALLOWED_FORMAT = {"\u200c", "\u200d"}
_TAGS = range(0xE0020, 0xE0080)  # the tags of subdivision flags (🏴󠁧󠁢󠁳󠁣󠁴󠁿)


def bad_characters(text: str) -> list[str]:
    """The characters of `text` that a free-text field refuses, each once, as "U+202E"."""
    found: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        refused = category in ("Cc", "Cs", "Zl", "Zp") or (
            category == "Cf" and ch not in _ALLOWED_FORMAT and ord(ch) not in _TAGS
        )
        code = f"U+{ord(ch):04X}"
        if refused and code not in found:
            found.append(code)
    return found


def acceptable(text: str) -> bool:
    return not bad_characters(text)


# --- the school's words as a slide shows them ---------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
# furigana markup (`｜漢字《かんじ》`, `model/text/ruby.py`) cannot be typed into a slide: the marks
# are shown as look-alikes that carry no meaning
_MARKUP = str.maketrans({"｜": "|", "《": "〈", "》": "〉"})


def text_width(text: str) -> int:
    """How wide `text` is, in half-width characters: a full-width or wide character (kanji, kana,
    full-width letters, most emoji) counts as two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def plain_text(text: str) -> str:
    """A teacher's text as a slide shows it: one line, no markup, no control characters."""
    return " ".join(_CONTROL.sub(" ", text.translate(_MARKUP)).split())
