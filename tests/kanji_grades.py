"""The kanji elementary pupils read without a reading: grades 1–4 of the 2020 list
(学年別漢字配当表, from the `kanji-lists` package), and the check every furigana test shares."""

from __future__ import annotations

import re

import kanji_lists

from awareness_app.model.text import ruby

_GRADES = kanji_lists.KYOIKU.REIWA2
GRADES_1_TO_4 = set(_GRADES.GRADE1) | set(_GRADES.GRADE2) | set(_GRADES.GRADE3)
GRADES_1_TO_4 |= set(_GRADES.GRADE4)
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def beyond_grade_4(text: str) -> list[str]:
    """The kanji of `text` beyond grade 4 that are not the base of a reading."""
    return [
        ch
        for run in ruby.segments(text)
        if not run.reading
        for ch in run.base
        if KANJI.match(ch) and ch not in GRADES_1_TO_4
    ]
