"""Which audiences see furigana (the readings above kanji), and text worded for them. No Qt here.

The setting says which audiences get the readings the catalogue marks (`｜漢字《かんじ》`):
elementary pupils only (the default), every audience (a class of Japanese learners), or none.
Everything a slide, a PDF or the script shows is produced inside `readings_for(audience)`, so
the markup is kept where the audience gets furigana and taken out everywhere else.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .. import i18n
from .lesson import Audience

ELEMENTARY = "elementary"
ALL = "all"
OFF = "off"
CHOICES = (ELEMENTARY, ALL, OFF)
DEFAULT = ELEMENTARY

_setting = [DEFAULT]  # the app's, shared by threads (set from the user's settings)


def set_furigana(value: str) -> None:
    if value not in CHOICES:
        raise ValueError(f"unknown furigana setting {value!r}; choose one of {', '.join(CHOICES)}")
    _setting[0] = value


def furigana() -> str:
    return _setting[0]


def shows_readings(audience: Audience, setting: str | None = None) -> bool:
    """Whether `audience` gets furigana under `setting` (by default the app's)."""
    value = setting or _setting[0]
    return value == ALL or (value == ELEMENTARY and audience == Audience.ELEMENTARY)


@contextmanager
def readings_for(audience: Audience, kana: bool = False) -> Iterator[None]:
    """Text translated inside the block keeps its markup where `audience` gets furigana (or,
    with `kana`, for text that cannot carry ruby, has the marked words written in kana)."""
    mode = i18n.PLAIN
    if shows_readings(audience):
        mode = i18n.KANA if kana else i18n.RUBY
    with i18n.readings(mode):
        yield
