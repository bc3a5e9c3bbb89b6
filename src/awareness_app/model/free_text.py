"""The one check of free text that came from a teacher or a file: contacts, school slides, plan
names. No Qt here.

Refused: control characters (C0, C1, DEL), line and paragraph separators inside one field, and
the invisible format characters that change how text is shown — above all the bidirectional
overrides and isolates (U+202A–U+202E, U+2066–U+2069), which turn "Room 12" into a string that
reads backwards on the slide. Accepted: every letter, mark, symbol and emoji, with what emoji are
made of — the zero-width joiner (🧑‍🏫 is 🧑 U+200D 🏫), the non-joiner, variation selectors and
the tag characters of flag sequences.
"""

from __future__ import annotations

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
