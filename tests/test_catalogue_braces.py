"""A translation with a brace missing (`{count倍近く`, a lone `{`) used to raise ValueError from
`phrases.times_words`, in the script export and at window start. The catalogue build refuses
it; a catalogue that has one anyway shows that message in English, with a warning, through the
one safe formatter (`i18n.format_text`). Issue 24, point 2."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from awareness_app import cli, i18n, resources
from awareness_app.model.text.phrases import times_words

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "translations" / "ja" / "LC_MESSAGES" / "messages.po"
BROKEN = {
    english: japanese
    for english, japanese in (
        line.split("\t")
        for line in (Path(__file__).parent / "data" / "catalogue" / "brace-missing.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
        if line and not line.startswith("#")
    )
}


def _broken_catalogue(folder: Path) -> Path:
    """The shipped Japanese catalogue with the two broken translations, compiled as is."""
    with PO.open("rb") as fp:
        catalog = read_po(fp, locale="ja")
    for message in catalog:
        if message.id in BROKEN:
            message.string = BROKEN[message.id]
    mo = folder / "messages.mo"
    with mo.open("wb") as fp:
        write_mo(fp, catalog)
    return mo


@pytest.fixture
def broken_japanese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    mo = _broken_catalogue(tmp_path)
    monkeypatch.setattr(resources, "catalog_file", lambda language: mo)
    monkeypatch.setattr(i18n, "_broken", {})
    monkeypatch.setattr(i18n, "_catalogues", {})
    return mo


def test_times_words_falls_back_to_english(broken_japanese: Path) -> None:
    warning = i18n.set_language("ja")
    assert warning is not None and "brace" in warning and "nearly {count} times" in warning
    assert times_words(4.96) == "nearly 5 times"  # English words, Japanese numerals: no crash
    assert times_words(5.0) == "5 times"
    assert times_words(1.2) == "1.2倍"  # the rest of the catalogue is still Japanese


def test_the_script_export_writes_with_a_broken_catalogue(
    broken_japanese: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "lesson.md"
    assert cli.main(["--lang", "ja", "--export-script", str(out)]) == 0
    assert "brace" in capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert "{count" not in text and "発表者ノート" in text


def test_the_window_starts_with_a_broken_catalogue(broken_japanese: Path, qtbot, dataset) -> None:
    from awareness_app.ui.app import create_application
    from awareness_app.ui.classroom_state import ClassroomState
    from awareness_app.ui.settings import Settings
    from awareness_app.ui.window.main_window import MainWindow
    from lessons import LESSON

    create_application()
    state = ClassroomState(LESSON, dataset, Settings(), language="ja")
    window = MainWindow(state, [])
    qtbot.addWidget(window)
    window.show()
    for index in range(len(state.slides())):  # every slide renders: "nearly 5 times" included
        window.go_to(index)
    assert i18n.current_language() == "ja"


def test_the_safe_formatter_gives_english_for_a_broken_template(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert i18n.format_text("{count倍近く", "nearly {count} times", count="5") == "nearly 5 times"
    assert i18n.format_text("{count}倍{", "{count} times", count="5") == "5 times"
    assert i18n.format_text("{count}倍", "{count} times", count="5") == "5倍"
    assert "cannot be formatted" in caplog.text


@pytest.mark.parametrize(("english", "japanese"), sorted(BROKEN.items()))
def test_the_build_refuses_a_brace_missing(tmp_path: Path, english: str, japanese: str) -> None:
    import shutil

    sys.path.insert(0, str(ROOT))
    try:
        from hatch_build import compile_catalogues
    finally:
        sys.path.remove(str(ROOT))
    shutil.copytree(ROOT / "translations", tmp_path / "translations")
    po = tmp_path / "translations" / "ja" / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8")
    entry = f'msgid "{english}"\nmsgstr "'
    assert entry in text
    start = text.index(entry) + len(entry)
    end = text.index('"', start)
    po.write_text(text[:start] + japanese + text[end:], encoding="utf-8")
    with pytest.raises(RuntimeError, match="brace is missing or stray"):
        compile_catalogues(tmp_path)
    assert not (tmp_path / "resources").exists()  # nothing written

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import catalogs
    finally:
        sys.path.remove(str(ROOT / "tools"))
    catalogs_po = catalogs.po_file
    catalogs.po_file = lambda language: po  # type: ignore[assignment]
    try:
        assert any("brace" in p for p in catalogs.problems("ja"))
        with pytest.raises(SystemExit, match="brace"):
            catalogs.compile_catalogs()
    finally:
        catalogs.po_file = catalogs_po  # type: ignore[assignment]
