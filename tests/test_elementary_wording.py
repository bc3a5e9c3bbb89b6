"""What elementary pupils see and hear is frank but never explicit — in English and in Japanese.

Everything of the elementary lesson is checked as it is rendered: every slide's title, text,
bullets, notes and footer, the help lines, the quiz and the overshare activity (its profiles and
the pupils' explanations). The Japanese catalogue is read with babel too, so a translation of an
elementary string cannot bring in an explicit term that the compiled catalogue then ships.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from awareness_app import i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience, Text
from awareness_app.model.lesson.overshare import HINT, PROFILES
from awareness_app.model.lesson.quiz import questions_for
from awareness_app.model.lesson.render import render_slide
from lessons import LESSON

PO_JA = Path(__file__).resolve().parents[1] / "translations" / "ja" / "LC_MESSAGES" / "messages.po"

# Stems: they match every form ("sexual", "abused", "exploitation" …).
BANNED_EN = [
    "porn",
    "sex",
    "intercourse",
    "prostitut",
    "indecen",
    "rape",
    "raping",
    "rapist",
    "abuse",
    "abusing",
    "exploit",
    "naked",
    "nude",
    "molest",
    "grooming",
    "paedophil",
    "pedophil",
]
# Japanese has no word boundaries: these are matched anywhere. 性 alone would also match 可能性
# and 性格, so the explicit compounds are listed instead.
BANNED_JA = [
    "ポルノ",
    "性交",
    "性的",
    "性犯罪",
    "性被害",
    "性暴力",
    "性行為",
    "わいせつ",
    "猥褻",
    "買春",
    "売春",
    "援助交際",
    "強姦",
    "レイプ",
    "裸",
    "ヌード",
    "虐待",
    "搾取",
    "グルーミング",
    "不同意",
    "淫行",
    "痴漢",
]
_BANNED_EN = re.compile(r"\b(" + "|".join(BANNED_EN) + r")", re.IGNORECASE)


def banned_words(text: str) -> list[str]:
    """The banned words in `text`, in either language: the English stems where a word starts,
    the Japanese compounds anywhere. Every test of what elementary pupils see uses this one."""
    return _BANNED_EN.findall(text) + [word for word in BANNED_JA if word in text]


def _rendered_texts(dataset: DataSet) -> list[tuple[str, str]]:
    """(where, text) for everything the elementary lesson shows, in the current language."""
    audience = Audience.ELEMENTARY
    found: list[tuple[str, str]] = []
    for slide in LESSON.for_audience(audience):
        shown = render_slide(LESSON, slide, audience, dataset)
        texts = [shown.title, shown.body, *shown.bullets, shown.notes, shown.source_line]
        texts += [f"{h.name} {h.hours}" for h in shown.helplines]
        for question in shown.quiz:
            texts += [question.question, *question.options, question.answer, question.source_line]
        for profile in shown.activity:
            texts += [profile.kind, profile.name]
            texts += [f"{d.label} {d.why}" for d in profile.details]
        found += [(slide.id, t) for t in texts if t]
    for profile in PROFILES:
        words = [line.text for line in profile.bio]
        words += [t for post in profile.posts for t in (post.text, post.place) if t]
        found += [(profile.id, i18n._(w)) for w in words]
    found.append(("overshare hint", i18n._(HINT)))
    return found


def _elementary_source_strings(dataset: DataSet) -> set[str]:
    """The English source strings of everything elementary pupils see."""
    audience = Audience.ELEMENTARY

    def of(text: Text) -> str:
        return text.for_audience(audience)

    strings: set[str] = set()
    for slide in LESSON.for_audience(audience):
        strings |= {of(t) for t in slide.texts()}
    for question in questions_for(audience):
        strings |= {of(t) for t in question.texts()}
    for profile in PROFILES:
        strings |= {profile.kind, profile.name, *(line.text for line in profile.bio)}
        strings |= {t for post in profile.posts for t in (post.text, post.place)}
        strings |= {t for d in profile.details for t in (d.label, d.why(audience))}
    for line in dataset.helplines:
        strings |= {line.plain_name or line.name, line.hours}
    strings.add(HINT)
    return {s for s in strings if s}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_nothing_explicit_in_the_elementary_lesson(dataset: DataSet, language: str) -> None:
    assert i18n.set_language(language) is None
    texts = _rendered_texts(dataset)
    assert len(texts) > 100
    problems = [(where, banned_words(text), text) for where, text in texts]
    problems = [p for p in problems if p[1]]
    assert problems == []


def test_nothing_explicit_in_the_japanese_catalogue_for_elementary(dataset: DataSet) -> None:
    with PO_JA.open("rb") as fp:
        catalog = read_po(fp, locale="ja")
    wanted = _elementary_source_strings(dataset)
    checked = 0
    for message in catalog:
        if message.id in wanted:
            checked += 1
            assert not banned_words(str(message.string)), (message.id, message.string)
            assert not banned_words(str(message.id)), message.id
    assert checked > 0.9 * len(wanted)  # nearly every elementary string is in the catalogue


def test_the_lists_catch_what_they_should() -> None:
    assert banned_words("victims of child pornography")
    assert banned_words("Sexual-crime victims' line")
    assert not banned_words("photos of their body")
    assert banned_words("児童ポルノの被害") and banned_words("性犯罪被害相談電話")
    assert not banned_words("からだの写真を送るように言われた")
    assert not banned_words("その可能性があります")
