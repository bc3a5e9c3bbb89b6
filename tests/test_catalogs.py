"""The translation catalogues: complete, not fuzzy, placeholders matching, compiled and current."""

from __future__ import annotations

import gettext
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import catalogs


@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_catalogue_is_complete(language: str) -> None:
    assert catalogs.problems(language) == []


def test_pot_is_current(tmp_path: Path) -> None:
    """Every string of the code and the data file is in the template, with the entries of an
    audience's own (msgctxt) the lesson asks for, and nothing stale."""
    pot = tmp_path / "messages.pot"
    catalogs.extract(pot)
    with pot.open("rb") as fp:
        fresh = {(m.context, m.id) for m in read_po(fp) if m.id}
    with catalogs.POT.open("rb") as fp:
        committed = {(m.context, m.id) for m in read_po(fp) if m.id}
    assert fresh - committed == set(), "run: python tools/catalogs.py all"
    assert committed - fresh == set(), "run: python tools/catalogs.py all"
    assert {c for c, _id in committed} >= {None, "elementary"}


@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_pybabel_compile_exits_zero_and_matches_the_shipped_mo(
    tmp_path: Path, language: str
) -> None:
    mo = tmp_path / "messages.mo"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "compile",
            "-i",
            str(catalogs.po_file(language)),
            "-o",
            str(mo),
            "-l",
            language,
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr.lower()
    with mo.open("rb") as fresh, catalogs.mo_file(language).open("rb") as shipped:
        fresh_messages = {(m.context, m.id): m.string for m in read_mo(fresh)}
        shipped_messages = {(m.context, m.id): m.string for m in read_mo(shipped)}
    assert fresh_messages == shipped_messages, (
        "run: pip install -e . (or tools/catalogs.py compile)"
    )


def test_the_build_compiles_the_catalogues_and_refuses_a_broken_one(tmp_path: Path) -> None:
    """hatch_build.py, which every wheel and editable install runs: the .mo files are built,
    not committed (git ignores resources/locale/)."""
    import shutil

    from babel.messages.mofile import read_mo as read

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    try:
        from hatch_build import compile_catalogues
    finally:
        sys.path.remove(str(root))
    shutil.copytree(root / "translations", tmp_path / "translations")
    written = compile_catalogues(tmp_path)
    assert [p.relative_to(tmp_path).parts[:3] for p in written] == [
        ("resources", "locale", language) for language in catalogs.LANGUAGES
    ]
    with written[0].open("rb") as fp:
        assert read(fp).get("Speaker notes").string == "発表者ノート"
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "resources/locale/ja/LC_MESSAGES/messages.mo"], cwd=root
    )
    assert ignored.returncode == 0
    po = tmp_path / "translations" / "ja" / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8")
    victim = next(
        line for line in text.splitlines() if line.startswith("msgstr") and "{year}" in line
    )
    po.write_text(text.replace(victim, victim.replace("{year}", "{yeer}"), 1), "utf-8")
    with pytest.raises(RuntimeError, match=r"names \{yeer\}, which its English does not have"):
        compile_catalogues(tmp_path)
    # a value left out: the same check as `tools/catalogs.py check` (catalogue_rules.problem)
    po.write_text(text.replace(victim, victim.replace("{year}", ""), 1), "utf-8")
    with pytest.raises(RuntimeError, match="placeholders differ from its English"):
        compile_catalogues(tmp_path)


def test_japanese_catalogue_translates_into_japanese() -> None:
    with catalogs.mo_file("ja").open("rb") as fp:
        translations = gettext.GNUTranslations(fp)
    assert translations.gettext("SNS Safety Classroom") == "SNSあんぜん教室"
    assert translations.gettext("Speaker notes") == "発表者ノート"
    with catalogs.po_file("ja").open("rb") as fp:
        catalog = read_po(fp, locale="ja")
    latin_only = [
        m.id for m in catalog if m.id and m.string and not any(ord(c) > 0x3000 for c in m.string)
    ]
    # proper names and numbers may stay in Latin letters; sentences may not
    assert all(len(s.split()) <= 4 for s in latin_only), latin_only


def test_check_reports_a_fuzzy_and_a_mismatched_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    po = tmp_path / "ja" / "LC_MESSAGES" / "messages.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        '#, fuzzy\nmsgid "Next"\nmsgstr "次へ"\n\n'
        'msgid "{count} slides"\nmsgstr "{number}枚"\n\n'
        'msgid "{count} pupils"\nmsgstr "生徒たち"\n\n'
        'msgid "Previous"\nmsgstr ""\n\n'
        'msgid "Police"\nmsgstr "警察《けいさつ》"\n\n'
        'msgctxt "elementary"\nmsgid "Help"\nmsgstr "｜相談《そうだん》"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(
        catalogs, "po_file", lambda language: tmp_path / language / "LC_MESSAGES" / "messages.po"
    )
    found = catalogs.problems("ja")
    assert any("fuzzy" in p for p in found)
    assert any("names {number}, which its English does not have" in p for p in found)
    assert any("placeholders differ" in p and "{count} pupils" in p for p in found)  # one left out
    assert any("untranslated" in p for p in found)
    assert any("furigana" in p and "警察" in p for p in found)  # no bar before the base
    assert not any("相談" in p for p in found)  # well-formed, in an entry with a context
