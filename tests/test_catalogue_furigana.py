"""A catalogue with broken furigana marks is said, not shown silently (issue #24, point 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from awareness_app import i18n, resources

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "translations" / "ja" / "LC_MESSAGES" / "messages.po"


def test_broken_furigana_marks_in_the_catalogue_are_said_in_japanese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with PO.open("rb") as fp:
        catalog = read_po(fp, locale="ja")
    marked = next(m for m in catalog if m.id and isinstance(m.string, str) and "》" in m.string)
    marked.string = marked.string.replace("》", "", 1)  # ｜警察《けいさつ — the mark left open
    mo = tmp_path / "messages.mo"
    with mo.open("wb") as fp:
        write_mo(fp, catalog)
    monkeypatch.setattr(resources, "catalog_file", lambda language: mo)
    monkeypatch.setattr(i18n, "_catalogues", {})
    try:
        warning = i18n.set_language("ja")
        assert warning is not None
        assert warning.startswith("ふりがなの記号がこわれているカタログの訳（1件）")
        assert marked.string in warning  # the translation quoted as it is
    finally:
        i18n.set_language("en")
    # the shipped catalogue has none
    monkeypatch.undo()
    monkeypatch.setattr(i18n, "_catalogues", {})
    try:
        assert i18n.set_language("ja") is None
    finally:
        i18n.set_language("en")
