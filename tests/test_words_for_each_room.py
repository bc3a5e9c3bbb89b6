"""Words for each room (GLOSSARY.md, "Ages, numbers and changes" and "Words for younger pupils"):
ages and numbers as horizontal Japanese writes them, changes in words, shares in people for
pupils who have not met percentages, and each audience's own register — in every audience and
every edition, in both languages where the rule applies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.documents.handout import build_handout
from awareness_app.model.documents.script import lesson_script
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.render import render_slide
from awareness_app.model.text import ruby
from awareness_app.model.text.phrases import pupils_share, signed_change

ROOT = Path(__file__).resolve().parents[1]
PO_JA = ROOT / "translations" / "ja" / "LC_MESSAGES" / "messages.po"
EDITIONS = sorted(resources.editions())

# 十代 (ages 10–19), 才, kanji numerals before a counter (十年, 五倍, 二分, 十三歳), and a sign
# before a number (−3.9%, +42.4%)
KANJI_NUMBER = re.compile(r"[一二三四五六七八九十百]+(?:年|倍|分|歳|才|か月|週)")
SIGN = re.compile(r"[−+＋]\s*\d")


@pytest.fixture(scope="module")
def editions() -> dict[int, DataSet]:
    return {year: load_dataset(resources.edition_file(year)) for year in EDITIONS}


def _slide_texts(data: DataSet, audience: Audience, notes: bool = True) -> list[str]:
    """What the audience's lesson says (slides, quiz, activity; with `notes`, the notes too)
    and its handout, in the current language, without furigana."""
    lesson = fit_lesson(LESSON, data)
    texts: list[str] = []
    for slide in lesson.for_audience(audience):
        shown = render_slide(lesson, slide, audience, data, contacts=())
        texts += [shown.title, shown.body, *shown.bullets]
        texts += [shown.notes] if notes else []
        texts += [shown.headline.text] if shown.headline else []
        for question in shown.quiz:
            texts += [question.question, *question.options, question.answer]
        for profile in shown.activity:
            texts += [t for d in profile.details for t in (d.label, d.why)]
    handout = build_handout(lesson, audience, data, contacts=())
    texts += [f"{shown.text} {caption}" for shown, caption in handout.figures]
    return [ruby.plain(t) for t in texts if t]


@pytest.mark.parametrize("year", EDITIONS)
@pytest.mark.parametrize("audience", list(Audience))
def test_japanese_ages_numbers_and_changes_follow_the_glossary(
    editions: dict[int, DataSet], year: int, audience: Audience
) -> None:
    data = editions[year]
    i18n.set_language("ja")
    text = ruby.plain(lesson_script(fit_lesson(LESSON, data), audience, data))
    text += "\n".join(_slide_texts(data, audience))
    assert "十代" not in text
    assert "才" not in text
    assert KANJI_NUMBER.findall(text) == []
    assert SIGN.findall(text) == []


def test_the_glossary_rules_catch_what_they_should() -> None:
    assert KANJI_NUMBER.findall("時間の目安：二分。十年で五倍、十三歳") == [
        "二分",
        "十年",
        "五倍",
        "十三歳",
    ]
    assert not KANJI_NUMBER.findall("2分。10年で約5倍、13歳。二人だけのチャット、一つずつ")
    assert SIGN.findall("前年1,732人から−3.9%、+42.4%") == ["−3", "+4"]
    assert not SIGN.findall("3.9%減、42.4%増、「13+」の設定")


def test_no_teenager_or_sai_abbreviation_in_the_catalogue() -> None:
    with PO_JA.open("rb") as fp:
        catalog = read_po(fp, locale="ja")
    strings = [str(m.string) for m in catalog if m.id and m.string]
    assert not [s for s in strings if "十代" in s or "才" in s]
    assert not [s for s in strings if KANJI_NUMBER.search(s)]


@pytest.mark.parametrize(
    ("percent", "bound", "in_english", "in_japanese"),
    [
        (70.0, "more-than", "more than 7 in 10", "10人に7人以上"),
        (72.1, None, "more than 7 in 10", "10人に7人以上"),
        (74.2, None, "about 74 in 100", "100人に74人ほど"),  # 7.42 in 10: not within 0.3
        (60.0, "nearly", "nearly 6 in 10", "10人に6人近く"),
        (70.0, None, "7 in 10", "10人に7人"),
        (18.0, None, "nearly 2 in 10", "10人に2人近く"),
        (16.2, None, "about 16 in 100", "100人に16人ほど"),  # not "nearly 2 in 10"
        (5.3, None, "more than 5 in 100", "100人に5人以上"),
        (0.2, None, "fewer than one in a hundred", "100人に1人より少ない"),
    ],
)
def test_a_share_for_pupils_is_written_in_people(
    percent: float, bound: str | None, in_english: str, in_japanese: str
) -> None:
    assert pupils_share(percent, bound) == in_english
    i18n.set_language("ja")
    assert pupils_share(percent, bound) == in_japanese


def test_a_change_beside_a_count_is_a_word_in_japanese() -> None:
    assert (signed_change(42.4), signed_change(-3.9)) == ("+42.4%", "−3.9%")
    i18n.set_language("ja")
    assert (signed_change(42.4), signed_change(-3.9)) == ("42.4%増", "3.9%減")
    assert signed_change(0.0) == "増減なし"
    assert signed_change(42.4, audience=Audience.ELEMENTARY) == "42.4%ふえた"


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("year", EDITIONS)
def test_elementary_pupils_read_shares_in_people_not_percentages(
    editions: dict[int, DataSet], year: int, language: str
) -> None:
    data = editions[year]
    i18n.set_language(language)
    pupils = _slide_texts(data, Audience.ELEMENTARY, notes=False)
    assert [t for t in pupils if "%" in t] == []
    in_people = "人のうち" if language == "ja" else " in 10"
    assert any(in_people in t for t in pupils)
    older = _slide_texts(data, Audience.HIGH_SCHOOL, notes=False)
    assert any("%" in t for t in older)  # high-school students have met percentages
    assert not any(in_people in t for t in older)


def _ja(data: DataSet, audience: Audience) -> str:
    i18n.set_language("ja")
    return "\n".join(_slide_texts(data, audience, notes=False))


def test_each_room_reads_its_own_register(editions: dict[int, DataSet]) -> None:
    """The kana of the elementary lesson stay in its own entries (msgctxt)."""
    for year, data in editions.items():
        high_school, adults = _ja(data, Audience.HIGH_SCHOOL), _ja(data, Audience.ADULTS)
        elementary = _ja(data, Audience.ELEMENTARY)
        assert "年れい" not in high_school and "ひみつにしてね" not in high_school, year
        assert "秘密にしてね" in high_school
        assert "へった" not in adults and "ふえた" not in adults, year
        assert "ひみつにしてね" in elementary and "秘密" not in elementary
        assert "信頼" not in elementary  # beyond grade 6: 信じられる大人 (GLOSSARY.md)


def test_the_elementary_lesson_says_hurt_gently_and_not_over_and_over(
    editions: dict[int, DataSet],
) -> None:
    for year, data in editions.items():
        text = _ja(data, Audience.ELEMENTARY)
        assert text.count("傷つけ") + text.count("きずつけ") <= 2, year
        assert "こわい目" in text and "ひがい" in text


TRANSLATIONESE = (
    "大人があなたを助けるのに役立つ",
    "助けを求めるのに、おそすぎることはない",
    "小学生ではゲームも大事です",
    "写真は学校名を明かし",
    "駅も、時刻も、しかも毎日です",
    "自分の写真を送らせ",  # whose photos? the girl's own: その子の写真
)


def test_translationese_is_rewritten() -> None:
    with PO_JA.open("rb") as fp:
        catalog = read_po(fp, locale="ja")
    strings = [ruby.plain(str(m.string)) for m in catalog if m.id and m.string]
    assert [(p, s) for p in TRANSLATIONESE for s in strings if p in s] == []


def test_the_adults_warning_signs_speak_of_the_child(editions: dict[int, DataSet]) -> None:
    """On the adults' slide, あなた is the parent: the child's photos are the child's."""
    data = editions[2025]
    lesson = fit_lesson(LESSON, data)
    slide = next(s for s in lesson.for_audience(Audience.ADULTS) if s.id == "warning-signs")
    for language, yours in (("en", "of you"), ("ja", "あなたの写真")):
        i18n.set_language(language)
        bullets = render_slide(lesson, slide, Audience.ADULTS, data, contacts=()).bullets
        assert not [b for b in bullets if yours in b]


def test_pupils_charts_write_shares_in_people() -> None:
    """The charts an elementary pupil sees say "10人に7人以上", as their slides do."""
    from awareness_app.model.charts.build import build_spec

    i18n.set_language("ja")
    try:
        people = 0
        for path in resources.editions().values():
            data = load_dataset(path)
            for slide in fit_lesson(LESSON, data).for_audience(Audience.ELEMENTARY):
                if not slide.chart:
                    continue
                spec = build_spec(slide.chart, data, Audience.ELEMENTARY)
                texts = [bar.text for group in spec.groups for bar in group.bars]
                texts += [p.text for panel in spec.panels for p in panel.points]
                assert not [t for t in texts if "超" in t or "%近く" in t], (slide.chart, texts)
                people += sum(bool(re.search(r"\d+人に\d+人", t)) for t in texts)
        assert people > 0
    finally:
        i18n.set_language("en")
