"""Checks shared by the line-break tests: where wrapped lines end in their text."""

from __future__ import annotations

from awareness_app.model.text.line_breaks import phrase_texts

# words that layouts used to cut (子ど／も, 相談窓／口, ス／クールカウンセラー, 作り／話), and kana
# words BudouX splits (たんじょう／日, さが／してます！, さが／し出したり: see `WHOLE_WORDS`)
WORDS = (
    "子ども",
    "相談窓口",
    "スクールカウンセラー",
    "そうだんまどぐち",
    "作り話",
    "たんじょう日",
    "さがして",
    "さがし出し",
    "きずつけ",
)


def breaks(text: str, lines: list[str]) -> list[int]:
    """Where each line but the last ends, as an index into `text`."""
    out, at = [], 0
    for line in lines[:-1]:
        at = text.index(line.strip(), at) + len(line.strip())
        while at < len(text) and text[at].isspace():
            at += 1
        out.append(at)
    return out


def cuts(text: str, lines: list[str]) -> list[str]:
    """What is wrong with where `lines` break `text`: a break inside a phrase, or inside one of
    `WORDS`. Empty when every line ends between phrases."""
    where = breaks(text, lines)
    ends, end = set(), 0
    for phrase in phrase_texts(text):
        end += len(phrase)
        ends.add(end)
    problems = [f"{text[:b]}／{text[b:]}" for b in where if b not in ends]
    for word in WORDS:
        start = text.find(word)
        while start >= 0:
            problems += [f"{word} cut" for b in where if start < b < start + len(word)]
            start = text.find(word, start + 1)
    return problems
