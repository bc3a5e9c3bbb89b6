"""The command line: screenshots, the Markdown script, --help and bad values."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from awareness_app import cli


def _app(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "awareness_app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def test_screenshot_of_a_chart_slide(tmp_path: Path) -> None:
    out = tmp_path / "out.png"
    result = _app(
        "--lang",
        "ja",
        "--audience",
        "elementary",
        "--slide",
        "trend",
        "--screenshot",
        str(out),
        "--size",
        "1920x1080",
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    # the chart is drawn: many colours, not a blank slide
    # the chart's two series are drawn: many pixels in the theme's first two series colours
    from awareness_app.themes import LIGHT

    wanted = {int(c[1:], 16) | 0xFF000000 for c in LIGHT.series[:2]}
    pixels = [image.pixel(x, y) for x in range(0, 1920, 2) for y in range(200, 1000, 2)]
    for colour in wanted:
        assert sum(p == colour for p in pixels) > 200, hex(colour)
    assert not list(tmp_path.glob(".*.tmp"))


def test_screenshot_by_number(tmp_path: Path) -> None:
    out = tmp_path / "two.png"
    result = _app("--slide", "2", "--screenshot", str(out), "--size", "1280x720")
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).size().width() == 1280


def test_export_script_writes_text_notes_and_sources(tmp_path: Path) -> None:
    out = tmp_path / "lesson.md"
    args = ["--edition", "2023", "--lang", "en", "--audience", "adults"]
    assert cli.main([*args, "--export-script", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert "## 1. " in text and "## 2. " in text
    assert "1,665" in text
    assert "Speaker notes" in text and "sensitive topic" in text
    assert "https://www.japantimes.co.jp/" in text
    assert "Derived" in text and "Reported" in text


def test_export_script_in_japanese(tmp_path: Path) -> None:
    out = tmp_path / "lesson-ja.md"
    args = ["--edition", "2023", "--lang", "ja", "--audience", "elementary"]
    assert cli.main([*args, "--export-script", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "発表者ノート" in text
    assert "1,665" in text


def test_help_lists_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for option in (
        "--lang",
        "--audience",
        "--slide",
        "--screenshot",
        "--size",
        "--export-script",
        "--export-pptx",
    ):
        assert option in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--lang", "fr"], "invalid choice: 'fr'"),
        (["--audience", "toddlers"], "invalid choice: 'toddlers'"),
        (["--slide", "nope", "--screenshot", "x.png"], "no slide 'nope'"),
        (["--slide", "99", "--screenshot", "x.png"], "out of range"),
        (
            ["--slide", "wider-picture", "--audience", "elementary", "--screenshot", "x.png"],
            "not part of the lesson for elementary",
        ),
        (["--size", "big", "--screenshot", "x.png"], "not a size like 1920x1080"),
        (["--size", "100x100", "--screenshot", "x.png"], "outside"),
        (["--export-script", "/no/such/folder/x.md"], "does not exist"),
    ],
)
def test_bad_values_exit_non_zero_with_a_message(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(args)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_invalid_data_file_stops_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from awareness_app import resources

    broken = tmp_path / "broken.toml"
    broken.write_text(
        resources.edition_file(2023)
        .read_text(encoding="utf-8")
        .replace("value = 56\n", "value = 57\n", 1),
        encoding="utf-8",
    )
    out = tmp_path / "lesson.md"
    assert cli.main(["--data", str(broken), "--export-script", str(out)]) == 1
    err = capsys.readouterr().err
    assert "broken.toml" in err and "partitions[3]" in err and "add up to 140" in err
    assert not out.exists()


def test_broken_catalogue_starts_in_english_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from awareness_app import i18n, resources

    bad = tmp_path / "messages.mo"
    bad.write_bytes(b"\x00not a catalogue")
    monkeypatch.setattr(resources, "catalog_file", lambda language: bad)
    out = tmp_path / "lesson.md"
    assert cli.main(["--lang", "ja", "--export-script", str(out)]) == 0
    assert "damaged" in capsys.readouterr().err
    assert i18n.current_language() == "en"
    assert "Speaker notes" in out.read_text(encoding="utf-8")
    missing = tmp_path / "none.mo"
    monkeypatch.setattr(resources, "catalog_file", lambda language: missing)
    warning = i18n.set_language("ja")
    assert warning is not None and "cannot be read" in warning and "English" in warning


def test_a_translation_with_a_broken_placeholder_is_shown_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A typo in a placeholder ({yeer}) would stop the text being written at all: that one
    message is shown in English, the rest in Japanese, with a warning that names it."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    from awareness_app import i18n, resources

    po = Path(__file__).resolve().parents[1] / "translations" / "ja" / "LC_MESSAGES"
    with (po / "messages.po").open("rb") as fp:
        catalog = read_po(fp, locale="ja")
    victim = next(  # a shared entry (no audience's msgctxt): `_` looks it up
        m
        for m in catalog
        if m.id and not m.context and "{year}" in str(m.id) and "{year}" in m.string
    )
    victim.string = victim.string.replace("{year}", "{yeer}")
    mo = tmp_path / "messages.mo"
    with mo.open("wb") as fp:
        write_mo(fp, catalog)
    monkeypatch.setattr(resources, "catalog_file", lambda language: mo)
    monkeypatch.setattr(i18n, "_broken", {})
    out = tmp_path / "lesson.md"
    assert cli.main(["--lang", "ja", "--export-script", str(out)]) == 0
    err = capsys.readouterr().err
    assert "placeholder" in err and repr(victim.id)[:30] in err
    assert i18n.current_language() == "ja"
    assert i18n._(victim.id) == victim.id  # that message in English
    assert i18n._("Speaker notes") != "Speaker notes"  # the rest in Japanese
    text = out.read_text(encoding="utf-8")
    assert "{yeer}" not in text and "発表者ノート" in text


def test_export_pptx(tmp_path: Path) -> None:
    from pptx import Presentation

    out = tmp_path / "lesson.pptx"
    args = ["--edition", "2023", "--lang", "ja", "--audience", "elementary", "--size", "640x360"]
    assert cli.main([*args, "--export-pptx", str(out)]) == 0
    deck = Presentation(str(out))
    titles = [s.shapes.title.text for s in deck.slides]
    assert titles[-1] == "出典" and len(titles) > 20
    # the charts are PowerPoint's own (editable); the only pictures are the made-up profiles
    charts = [p for s in deck.slides for p in s.shapes if p.has_chart]
    pictures = [p for s in deck.slides for p in s.shapes if p.shape_type == 13]
    assert charts and pictures
    assert {p.name for p in pictures} == {"Profile"}


def test_export_pptx_into_a_missing_folder(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--export-pptx", "/no/such/folder/x.pptx"])
    assert exit_info.value.code == 2
    assert "--export-pptx: the folder /no/such/folder does not exist" in capsys.readouterr().err
