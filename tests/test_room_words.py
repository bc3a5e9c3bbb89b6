"""Issue 23, "Japanese for each room": junior high and high school read words of their own in the
activity and the quiz (never the elementary entry, never mostly kana), high school is not junior
high word for word, and the adults' quiz keeps one register (です・ます) and says ポスト."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.overshare import PROFILES
from awareness_app.model.lesson.quiz import questions_for, render_quiz
from awareness_app.model.text import ruby

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = sorted(resources.editions())
OLDER_PUPILS = (Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL)

KANJI = re.compile(r"[\u4e00-\u9fff々]")
HIRAGANA = re.compile(r"[\u3041-\u309f]")
# spellings written in kana for elementary pupils that older pupils read in kanji
ELEMENTARY_SPELLINGS = re.compile(
    r"たんじょう日|さそ[っうい]|ひみつ|ネットにのせ|なかよく|かんたん|ふくめ|さがし|うつって|ひがい"
)
LETTERS = re.compile(r"[\w\u3041-\u30ff\u4e00-\u9fff々]")
MOSTLY_KANA = 0.84  # share of hiragana in a long sentence from which it reads as for grade 3


def kanji_share(text: str) -> float:
    text = ruby.plain(text)
    kanji, kana = len(KANJI.findall(text)), len(HIRAGANA.findall(text))
    return kanji / max(1, kanji + kana)


def hiragana_share(text: str) -> float:
    return len(HIRAGANA.findall(text)) / max(1, len(LETTERS.findall(text)))


def reads_as_elementary(text: str) -> bool:
    """Written for elementary pupils: their kana spellings, or mostly hiragana in a sentence."""
    plain = ruby.plain(text)
    return bool(ELEMENTARY_SPELLINGS.search(plain)) or (
        len(plain) >= 25 and hiragana_share(plain) >= MOSTLY_KANA
    )


@pytest.fixture(scope="module")
def own_entries() -> set[tuple[str, str]]:
    """(context, English) of every entry of an audience's own in the Japanese catalogue."""
    with (ROOT / "translations" / "ja" / "LC_MESSAGES" / "messages.po").open("rb") as fp:
        return {(m.context, m.id) for m in read_po(fp) if m.id and m.context and m.string}


def _activity(audience: Audience) -> list[str]:
    return [d.why(audience) for p in PROFILES for d in p.details]


def _quiz(audience: Audience, running: bool = False) -> list[str]:
    """The English of the audience's quiz; with `running`, only the answers (sentences)."""
    texts = []
    for question in questions_for(audience):
        parts = [question.answer] if running else question.texts()
        texts += [t.for_audience(audience) for t in parts]
    return [t for t in texts if t]


def test_the_checks_catch_elementary_wording() -> None:
    # what junior high and high school read before: the elementary entries
    assert reads_as_elementary(
        "学年といっしょにたんじょう日がわかると、知らない人にも、この子がだれなのかが"
        "わかりやすくなります。"
    )
    assert reads_as_elementary("知らない人もふくめてだれでも、二人だけのやりとりにさそっています。")
    assert reads_as_elementary("子どもがネットにのせたものや、送ったものから")
    assert reads_as_elementary("これはだれにでもみえるので、しらないひとがみつけたりできます。")
    assert not reads_as_elementary(
        "誕生日と学年がわかると、知らない人でもこの子がだれなのかを絞り込みやすくなります。"
    )


@pytest.mark.parametrize("audience", OLDER_PUPILS)
def test_older_pupils_never_read_the_elementary_entry(
    own_entries: set[tuple[str, str]], audience: Audience
) -> None:
    """Activity and quiz: where an entry of the elementary lesson's own exists, junior high and
    high school read another; and what they read is not written for elementary pupils."""
    i18n.set_language("ja")
    checked = 0
    for english in _activity(audience) + _quiz(audience):
        mine = ruby.plain(i18n.pgettext(audience.value, english))
        assert not reads_as_elementary(mine), (audience, english, mine)
        if (Audience.ELEMENTARY.value, english) in own_entries:
            elementary = ruby.plain(i18n.pgettext(Audience.ELEMENTARY.value, english))
            assert mine != elementary, (audience, english, mine)
            checked += 1
    assert checked >= 14  # every explanation of the activity at least


def test_high_school_is_not_junior_high_word_for_word() -> None:
    """Each explanation and answer both rooms see has high school's own words."""
    i18n.set_language("ja")
    both = [
        e
        for e in _activity(Audience.HIGH_SCHOOL) + _quiz(Audience.HIGH_SCHOOL, running=True)
        if e in _activity(Audience.JUNIOR_HIGH) + _quiz(Audience.JUNIOR_HIGH, running=True)
    ]
    assert len(both) >= 14
    for english in both:
        junior = i18n.pgettext(Audience.JUNIOR_HIGH.value, english)
        high = i18n.pgettext(Audience.HIGH_SCHOOL.value, english)
        assert junior != high, english


def test_the_rooms_read_more_kanji_as_they_grow() -> None:
    """The activity's explanations: elementary < junior high < high school, in kanji share."""
    i18n.set_language("ja")
    means = []
    for audience in (Audience.ELEMENTARY, Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL):
        shares = [kanji_share(i18n.pgettext(audience.value, e)) for e in _activity(audience)]
        means.append(sum(shares) / len(shares))
    assert means[0] + 0.03 < means[1] < means[2] - 0.03, means


# the adults' quiz: one register, です・ます ---------------------------------------------------

POLITE_QUESTION = re.compile(r"(ですか|ますか|でしょうか|ましたか)？$")
POLITE_END = re.compile(r"(です|ます|ました|でした|ません|ください|ましょう)$")


def polite_sentences(text: str) -> list[str]:
    """The sentences of `text` that do not end in です・ます (brackets' content aside)."""
    text = re.sub(r"「[^」]*」|（[^）]*）", "", ruby.plain(text)).replace("*", "")
    sentences = [s.strip() for s in re.split(r"[。！]", text) if s.strip()]
    return [s for s in sentences if not POLITE_END.search(s)]


def test_the_register_check_catches_plain_forms() -> None:
    assert not POLITE_QUESTION.search("この数はどう変わった？")
    assert not POLITE_QUESTION.search("まず何をする？")
    assert POLITE_QUESTION.search("まず何をしますか？")
    assert polite_sentences("増えた。2013年は28人でした。") == ["増えた"]
    assert polite_sentences("増えました。悪いのは常に加害者です。") == []


@pytest.mark.parametrize("year", EDITIONS)
def test_the_adults_quiz_keeps_desu_masu_and_says_post(year: int) -> None:
    data: DataSet = load_dataset(resources.edition_file(year))
    i18n.set_language("ja")
    quiz = render_quiz(fit_lesson(LESSON, data), Audience.ADULTS, data)
    assert quiz
    for question in quiz:
        assert POLITE_QUESTION.search(ruby.plain(question.question)), question.question
        assert polite_sentences(question.answer) == [], question.answer
        for text in (question.question, *question.options, question.answer):
            # GLOSSARY: a post is ポスト (the statistics' own term 「…接触（投稿）」 aside)
            assert "投稿" not in text.replace("（投稿）", ""), text
