"""Issue 23, UI: the command line's --help in Japanese (for --lang ja or a Japanese system
locale), and one Japanese term each for the Space key and the school's contacts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from awareness_app import cli, i18n
from awareness_app.cli_help import columns, help_language, wrap

ROOT = Path(__file__).resolve().parents[1]
JAPANESE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--lang", "ja", "--help"], ["--help", "--lang=ja"]])
def test_help_in_japanese_for_lang_ja(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LANG", "C.UTF-8")
    out = _help(argv, capsys)
    assert out.startswith("使い方: awareness-app")
    assert "オプション:" in out and "このヘルプを表示して終了します" in out
    assert "usage:" not in out and "show this help" not in out
    # every option's help is Japanese, and no line is wider than the terminal
    with i18n.temporary_language("ja"):
        parser = cli.build_parser()
    for action in parser._actions:
        assert action.help and JAPANESE.search(action.help), action.option_strings
    assert max(columns(line) for line in out.splitlines()) <= 80
    assert i18n.current_language() == "en"  # the help leaves the app's language alone


def test_help_follows_the_system_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert "使い方:" in _help(["--help"], capsys)
    assert "usage:" in _help(["--lang", "en", "--help"], capsys)  # --lang wins
    monkeypatch.setenv("LANG", "C.UTF-8")
    out = _help(["--help"], capsys)
    assert "usage:" in out and "オプション" not in out and "使い方" not in out


@pytest.mark.parametrize(
    ("environ", "argv", "language"),
    [
        ({"LANG": "ja_JP.UTF-8"}, [], "ja"),
        ({"LC_ALL": "ja_JP.eucJP", "LANG": "en_GB.UTF-8"}, [], "ja"),
        ({"LANGUAGE": "en_US:ja", "LANG": "ja_JP.UTF-8"}, [], "en"),
        ({"LANG": "fr_FR.UTF-8"}, [], "en"),
        ({}, [], "en"),
        ({"LANG": "ja_JP.UTF-8"}, ["--lang", "en"], "en"),
        ({}, ["--lang=ja", "--help"], "ja"),
    ],
)
def test_the_help_language(environ: dict[str, str], argv: list[str], language: str) -> None:
    assert help_language(argv, environ) == language


def test_japanese_wraps_by_its_width_and_not_before_punctuation() -> None:
    text = "日本語の漢字のふりがな：小学生向けだけ（elementary）、すべての対象（all）、なし（off）"
    lines = wrap(text, 30)
    assert "".join(lines) == text.replace(" ", "")
    assert all(columns(line) <= 30 for line in lines)
    assert not [line for line in lines[1:] if line[0] in "、。）："]
    assert not [line for line in lines[:-1] if line[-1] in "（「"]
    assert wrap("size of the --screenshot in pixels", 12) == [
        "size of the",
        "--screenshot",
        "in pixels",
    ]


# one term for a key and for a feature ----------------------------------------------------------


@pytest.fixture(scope="module")
def catalogue() -> list[tuple[str, str]]:
    with (ROOT / "translations" / "ja" / "LC_MESSAGES" / "messages.po").open("rb") as fp:
        return [(str(m.id), str(m.string)) for m in read_po(fp) if m.id and m.string]


def test_the_space_key_is_supesu_everywhere(catalogue: list[tuple[str, str]]) -> None:
    """The key list and the UI name the Space key one way: スペース, never 「Space」."""
    named = [(e, j) for e, j in catalogue if re.search(r"\bSpace\b", e)]
    assert len(named) >= 4
    assert [j for _e, j in named if "スペース" not in j] == []
    assert [j for _e, j in catalogue if re.search(r"\bSpace\b", j)] == []


SCHOOL_CONTACTS = re.compile(r"Local contacts|Our school|local contact|school's contacts")


def test_the_schools_contacts_have_one_name(catalogue: list[tuple[str, str]]) -> None:
    """The feature is 学校の連絡先 in the toolbar, its dialog, the closing slide's heading and
    the notes; never 学校の相談先 (相談窓口 are the help lines)."""
    named = [(e, j) for e, j in catalogue if SCHOOL_CONTACTS.search(e)]
    assert len(named) >= 6
    assert [j for _e, j in named if "学校の連絡先" not in j] == []
    assert [j for _e, j in catalogue if "学校の相談先" in j] == []
