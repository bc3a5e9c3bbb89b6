"""Where a line of slide text may break: between phrases (文節), never inside a word. No Qt here.

Japanese has no spaces, so a layout that breaks wherever a character ends leaves 子ど／も or
相談窓／口. BudouX (Google's phrase segmenter) finds the phrase boundaries; a line may break
there, after a space, and nowhere else. The text may carry furigana markup (`｜漢字《かんじ》`):
a ruby base is never split, and its reading stays with it. Kinsoku (禁則) holds at every break:
no line starts with closing punctuation or a small kana, none ends with an opening bracket.

BudouX also splits some words written in kana, where its model expects kanji (たんじょう／日,
さが／してます, きず／つけられた): pupils' text writes many words in kana. `WHOLE_WORDS` lists
those words; a line never breaks inside one, wherever it stands. A list, not a rule: a hiragana
run is as often a word of its own (その／人, ことを／強調) as the start of a longer one, and only a
dictionary could tell them apart. Where BudouX cut a listed word that follows a kanji or
katakana (友達さが／してます), the break moves to the word's start (友達／さがしてます); after
hiragana it is only taken out (おたんじょう日 stays whole). When a layout cuts a kana word, add
the word here, with the least that holds it together (さがし holds さがしてます and さがし出したり),
and add it to the test (`tests/test_line_breaks.py`). Translators write no mark in the catalogue.

`phrases` gives the units a layout places whole; `characters` the finer units it falls back to
for a phrase wider than the line (a URL, a long word in a narrow bilingual half). `joined` is for
text a layout of our own does not set (Qt's text editors: the speaker notes): it binds each
phrase's characters with WORD JOINER (U+2060), which the Unicode line-breaking rules never break
at, so the editor's own wrapping can only break between phrases.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .ruby import Segment, segments

if TYPE_CHECKING:
    from budoux import Parser

# a line never starts with these (closing punctuation, small kana, the long-vowel mark) …
NO_LINE_START = frozenset(
    "、。，．,.)]}）］｝」』】〕〉》〙〗・：；:;！？!?%％ー‐–〜～…‥"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々ゝゞヽヾ"
)
# … and never ends with these (opening brackets)
NO_LINE_END = frozenset("([{（［｛「『【〔〈《〘〖")
# kana words (or their stems) BudouX splits, kept whole: たんじょう／日, さが／してます,
# さが／し出したり, きず／つけられた, ゆる／める, と／どめて, よそ／おって, 手が／かり,
# 当ては／まる, の／ぼります, 読みが／な, 子ども／たち, わい／せつ, い／ほう, ちが／います,
# なか／よく
WHOLE_WORDS = (
    "たんじょう日",
    "さがし",
    "きずつけ",
    "ゆるめ",
    "とどめ",
    "よそお",
    "手がかり",
    "当てはま",
    "のぼり",
    "読みがな",
    "子どもたち",
    "わいせつ",
    "いほう",
    "ちがい",
    "ちがう",
    "なかよく",
)
_WHOLE = re.compile("|".join(map(re.escape, WHOLE_WORDS)))
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
_WORD = re.compile(r"[0-9A-Za-z]")


@cache
def _parser() -> Parser:
    import budoux

    return budoux.load_default_japanese_parser()


def is_japanese(text: str) -> bool:
    return _JAPANESE.search(text) is not None


def phrases(text: str) -> list[list[Segment]]:
    """`text` (one paragraph, markup allowed) as the units a line may break between."""
    return [list(unit) for unit in _phrases(text)]


@lru_cache(maxsize=4096)  # a slide's autofit lays the same text out at several sizes
def _phrases(text: str) -> tuple[tuple[Segment, ...], ...]:
    runs = segments(text)
    plain = "".join(run.base for run in runs)
    breaks = {i + 1 for i, ch in enumerate(plain) if ch.isspace()}
    if is_japanese(plain):
        at = 0
        for phrase in _parser().parse(plain):
            at += len(phrase)
            breaks.add(at)
        for word in _WHOLE.finditer(plain):
            inside = set(range(word.start() + 1, word.end()))
            if (
                breaks & inside
                and word.start() > 0
                and not _HIRAGANA.match(plain[word.start() - 1])
            ):
                breaks.add(word.start())  # 友達さが／してます → 友達／さがしてます
            breaks -= inside
    return tuple(tuple(unit) for unit in _split(runs, breaks))


WORD_JOINER = "\u2060"


def joined(text: str) -> str:
    """Plain `text` whose Japanese phrases cannot be broken by a Unicode line breaker: their
    characters bound by WORD JOINER. Text without Japanese is returned as it is."""
    if not is_japanese(text):
        return text
    out = []
    for paragraph in text.split("\n"):
        pieces = []
        for unit in phrases(paragraph):
            phrase = "".join(run.base for run in unit)
            core = phrase.rstrip()
            pieces.append(WORD_JOINER.join(core) + phrase[len(core) :])
        out.append("".join(pieces))
    return "\n".join(out)


def characters(units: list[Segment]) -> list[list[Segment]]:
    """`units` (a phrase) as the smallest units a line may break between: each character, each
    ruby base with its reading, a Latin word, with kinsoku."""
    plain = "".join(run.base for run in units)
    return _split(units, set(range(1, len(plain))))


def phrase_texts(text: str) -> list[str]:
    """The phrases of plain `text` as strings (for a chart's title)."""
    return ["".join(run.base for run in unit) for unit in phrases(text)]


def _allowed(plain: str, at: int) -> bool:
    """Whether a line may break before `plain[at]`."""
    if at <= 0 or at >= len(plain):
        return False
    before, after = plain[at - 1], plain[at]
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    if after.isspace() and not before.isspace():
        return False  # the space stays at the end of the line it ends
    return not (_WORD.match(before) and _WORD.match(after))


def _split(runs: list[Segment], breaks: set[int]) -> list[list[Segment]]:
    """`runs` cut at the allowed `breaks` (offsets in the plain text) outside any ruby base."""
    plain = "".join(run.base for run in runs)
    inside: set[int] = set()
    at = 0
    for run in runs:
        if run.reading:
            inside.update(range(at + 1, at + len(run.base)))
        at += len(run.base)
    cuts = sorted(b for b in breaks if b not in inside and _allowed(plain, b))
    units: list[list[Segment]] = [[]]
    at = 0
    for run in runs:
        if run.reading:
            if cuts and cuts[0] == at:
                cuts.pop(0)
                units.append([])
            units[-1].append(run)
            at += len(run.base)
            continue
        start = 0
        for offset in range(len(run.base)):
            if cuts and cuts[0] == at + offset and offset > start:
                units[-1].append(Segment(run.base[start:offset]))
                start = offset
            if cuts and cuts[0] == at + offset:
                cuts.pop(0)
                units.append([])
        if start < len(run.base):
            units[-1].append(Segment(run.base[start:]))
        at += len(run.base)
    return [unit for unit in units if unit]
