"""Which audiences see furigana (the readings above kanji), and text worded for them. No Qt here.

The setting says which audiences get the readings the catalogue marks (`｜漢字《かんじ》`):
elementary pupils only (the default), every audience (a class of Japanese learners), or none.
It is the teacher's choice, held by the classroom (`Classroom.furigana`, `model/classroom.py`,
from the settings or `--furigana`) and passed to whatever draws text: there is no app-wide
setting here.
Everything a slide, a PDF or the script shows is produced inside `readings_for(audience,
setting)`, so the markup is kept where the audience gets furigana and taken out everywhere else.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ... import i18n
from ..lesson.lesson import Audience

ELEMENTARY = "elementary"
ALL = "all"
OFF = "off"
CHOICES = (ELEMENTARY, ALL, OFF)
DEFAULT = ELEMENTARY


def checked(setting: str) -> str:
    """`setting`, refused when it is not one of `CHOICES`."""
    if setting not in CHOICES:
        raise ValueError(
            f"unknown furigana setting {setting!r}; choose one of {', '.join(CHOICES)}"
        )
    return setting


def shows_readings(audience: Audience, setting: str) -> bool:
    """Whether `audience` gets furigana under `setting`."""
    value = checked(setting)
    return value == ALL or (value == ELEMENTARY and audience == Audience.ELEMENTARY)


@contextmanager
def readings_for(audience: Audience, setting: str, kana: bool = False) -> Iterator[None]:
    """Text translated inside the block keeps its markup where `audience` gets furigana under
    `setting` (or, with `kana`, for text that cannot carry ruby, has the marked words written in
    kana)."""
    mode = i18n.PLAIN
    if shows_readings(audience, setting):
        mode = i18n.KANA if kana else i18n.RUBY
    with i18n.readings(mode):
        yield
