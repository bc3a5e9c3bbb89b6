"""Where lines of Japanese may break: between BudouX phrases, never inside a word or a ruby base,
with kinsoku."""

from __future__ import annotations

import pytest

from awareness_app import i18n
from awareness_app.model import ruby
from awareness_app.model.dataset import DataSet
from awareness_app.model.lesson import Audience
from awareness_app.model.line_breaks import (
    NO_LINE_END,
    NO_LINE_START,
    characters,
    phrase_texts,
    phrases,
)
from awareness_app.model.render import render_slide
from lessons import LESSON

# the breaks slides made before: 子ど／も, 相談窓／口, ス／クールカウンセラー, だ／まし,
# 五倍近く／に
WORDS = ["子ども", "相談窓口", "スクールカウンセラー", "だまし", "五倍近くに"]
SENTENCE = "子どもが相談窓口やスクールカウンセラーに話すと、だました相手は五倍近くに増えていた。"


def _ends(units: list[list[ruby.Segment]]) -> list[int]:
    """The offsets (in the plain text) where a line may break."""
    ends, at = [], 0
    for unit in units:
        at += sum(len(run.base) for run in unit)
        ends.append(at)
    return ends[:-1]


def test_no_break_inside_the_words_slides_used_to_split() -> None:
    ends = _ends(phrases(SENTENCE))
    for word in WORDS:
        start = SENTENCE.index(word)
        inside = range(start + 1, start + len(word))
        assert not set(ends) & set(inside), (word, phrase_texts(SENTENCE))
    assert "".join(phrase_texts(SENTENCE)) == SENTENCE


def test_a_ruby_base_stays_whole_with_its_reading() -> None:
    text = "｜警察《けいさつ》や｜児童相談所《じどうそうだんじょ》に｜相談《そうだん》しよう"
    units = phrases(text)
    runs = [run for unit in units for run in unit]
    assert ruby.Segment("児童相談所", "じどうそうだんじょ") in runs
    fine = [c for unit in units for c in characters(unit)]
    assert [("児童相談所", "じどうそうだんじょ")] in [[tuple(r) for r in c] for c in fine]
    assert "".join(r.base for c in fine for r in c) == ruby.plain(text)


@pytest.mark.parametrize(
    "text",
    ["「秘密にしてね」と言ってくる。", "ちょっと待って！（大丈夫？）ね", "10人のうち7人（約70%）"],
)
def test_kinsoku_holds_at_every_break(text: str) -> None:
    for units in (phrases(text), [c for u in phrases(text) for c in characters(u)]):
        pieces = ["".join(r.base for r in unit) for unit in units]
        assert "".join(pieces) == text
        for piece in pieces[1:]:
            assert piece[0] not in NO_LINE_START, pieces
        for piece in pieces[:-1]:
            assert piece[-1] not in NO_LINE_END, pieces


def test_english_breaks_at_spaces_only() -> None:
    assert phrase_texts("Tell an adult you trust.") == ["Tell ", "an ", "adult ", "you ", "trust."]
    assert phrase_texts("help.x.com") == ["help.x.com"]


@pytest.mark.parametrize("audience", list(Audience))
def test_every_japanese_slide_text_keeps_its_characters_and_kinsoku(
    audience: Audience, dataset: DataSet
) -> None:
    i18n.set_language("ja")
    for slide in LESSON.for_audience(audience):
        rendered = render_slide(LESSON, slide, audience, dataset)
        for text in (rendered.title, *rendered.body.split("\n"), *rendered.bullets):
            pieces = phrase_texts(text)
            assert "".join(pieces) == text
            assert all(p[0] not in NO_LINE_START for p in pieces[1:]), pieces
