"""Where lines of Japanese may break: between BudouX phrases, never inside a word or a ruby base,
with kinsoku."""

from __future__ import annotations

import pytest

from awareness_app import i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.render import render_slide
from awareness_app.model.text import ruby
from awareness_app.model.text.line_breaks import (
    NO_LINE_END,
    NO_LINE_START,
    WHOLE_WORDS,
    characters,
    phrase_texts,
    phrases,
)
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


# kana words BudouX splits, in the sentences of the catalogue that showed it (the overshare
# profile, its caption and tiles; the lesson's slides and notes)
KANA_SENTENCES = [
    ("たんじょう日", "たんじょう日：5月14日"),
    ("たんじょう日", "プロフィールにたんじょう日"),
    ("たんじょう日", "ユーザー名にかくれたたんじょう日"),
    ("さがしてます", "絵をかくのが好きな友達、さがしてます！リプかDMください"),
    ("さがしてます", "ゲーム友達さがしてます！DMしてね"),
    ("さがし出したり", "フルネームと顔がだれにでも見えるので、知らない人がさがし出したり"),
    ("きずつけられた", "ネットで知り合った大人にきずつけられた子どもがいます"),
    ("ゆるめる", "保護者しかゆるめられない設定をゆるめるには"),
    ("よそおって", "同じ年ごろや趣味をよそおって近づく"),
    ("ちがいます", "場所がちがいます。"),
    ("子どもたち", "子どもたちは悪くありません"),
]


@pytest.mark.parametrize(("word", "sentence"), KANA_SENTENCES)
def test_no_break_inside_a_kana_word_budoux_splits(word: str, sentence: str) -> None:
    ends = _ends(phrases(sentence))
    start = sentence.index(word)
    assert not set(ends) & set(range(start + 1, start + len(word))), phrase_texts(sentence)
    assert "".join(phrase_texts(sentence)) == sentence


def test_a_kana_word_after_kanji_may_start_a_line() -> None:
    """The break BudouX made inside the word moves to its start: the tile's 友達さがしてます！
    is not one unit too wide for its line (then broken between characters)."""
    assert phrase_texts("ゲーム友達さがしてます！DMしてね") == [
        "ゲーム",
        "友達",
        "さがしてます！",
        "DMしてね",
    ]
    assert phrase_texts("「友達さがしてます」") == ["「友達", "さがしてます」"]
    assert "「おたんじょう日" in phrase_texts("それに「おたんじょう日おめでとう！」は、")


def test_the_kana_words_are_split_by_budoux_alone() -> None:
    """The sentences show what BudouX does on its own: it cuts these words (so the test above
    tests the list, not BudouX), and each is held by a word of the list."""
    from awareness_app.model.text.line_breaks import _parser

    split = [
        word
        for word, sentence in KANA_SENTENCES
        if len(_parser().parse(sentence)) > 1
        and any(
            sentence.index(word) < at < sentence.index(word) + len(word)
            for at in _budoux_ends(sentence)
        )
    ]
    assert len(split) >= 8, split
    assert all(any(w in word for w in WHOLE_WORDS) for word, _s in KANA_SENTENCES)


def _budoux_ends(sentence: str) -> list[int]:
    from awareness_app.model.text.line_breaks import _parser

    ends, at = [], 0
    for phrase in _parser().parse(sentence):
        at += len(phrase)
        ends.append(at)
    return ends


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
