"""A Japanese catalogue with furigana markup on a few words, for tests written before (and
independent of) the markup the translators add: `｜警察《けいさつ》`."""

from __future__ import annotations

import gettext

import pytest

from awareness_app import i18n

READINGS = {
    "警察": "けいさつ",
    "相談": "そうだん",
    "被害": "ひがい",
    "児童": "じどう",
    "写真": "しゃしん",
    "秘密": "ひみつ",
    "窓口": "まどぐち",
    "教室": "きょうしつ",
}


def mark(text: str) -> str:
    """`text` with each word of READINGS marked (text that has markup already is kept)."""
    if "｜" in text:
        return text
    for word, reading in READINGS.items():
        text = text.replace(word, f"｜{word}《{reading}》")
    return text


class MarkedTranslations(gettext.NullTranslations):
    def __init__(self, inner: gettext.NullTranslations) -> None:
        super().__init__()
        self.inner = inner

    def gettext(self, message: str) -> str:
        return mark(self.inner.gettext(message))

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return mark(self.inner.ngettext(singular, plural, n))


def install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Japanese from now on comes with the markup (the English catalogue is untouched)."""
    load = i18n.load_translations

    def marked(language: str) -> gettext.NullTranslations:
        translations = load(language)
        return MarkedTranslations(translations) if language == "ja" else translations

    monkeypatch.setattr(i18n, "load_translations", marked)
    monkeypatch.setattr(i18n, "_catalogues", {})
