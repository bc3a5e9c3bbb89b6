"""Extract, update, compile and check the translation catalogues, with babel.

    python tools/catalogs.py extract   # code + data file → translations/messages.pot
    python tools/catalogs.py update    # .pot → translations/<lang>/LC_MESSAGES/messages.po
    python tools/catalogs.py compile   # .po → resources/locale/<lang>/LC_MESSAGES/messages.mo
    python tools/catalogs.py all       # the three, in order
    python tools/catalogs.py check     # untranslated, fuzzy or mismatched entries; exit 1 if any

`compile` stops with an error when babel reports one (babel writes the .mo even then).
English is the source language: it needs no catalogue (the app shows the msgids).

Audience contexts: a string shown to several audiences may have, besides its shared entry, an
entry of one audience's own, with the audience as its msgctxt ("elementary", "junior-high",
"high-school", "adults"): the same English, worded for that room (furigana and kana for
elementary pupils). `extract` adds those the lesson asks for (`Text.contexts`, see
`awareness_app.model.data.extract.audience_messages`); `NP_("elementary", …)` in the code marks
others.
`check` also reports broken furigana markup (｜漢字《かんじ》) in any translation.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.catalog import Message
from babel.messages.pofile import read_po, write_po

from awareness_app import catalogue_rules, i18n

ROOT = Path(__file__).resolve().parents[1]
POT = ROOT / "translations" / "messages.pot"
# the languages with a catalogue: every language of the app but English, the source language
LANGUAGES = tuple(code for code in i18n.LANGUAGES if code != i18n.DEFAULT_LANGUAGE)
KEYWORDS = "--keywords=_ N_ NP_:1c,2 ngettext:1,2"


def po_file(language: str) -> Path:
    return ROOT / "translations" / language / "LC_MESSAGES" / "messages.po"


def mo_file(language: str) -> Path:
    return ROOT / "resources" / "locale" / language / "LC_MESSAGES" / "messages.mo"


def pybabel(*args: str) -> None:
    command = [sys.executable, "-m", "babel.messages.frontend", *args]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0 or "error" in result.stderr.lower():
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"pybabel {args[0]} failed (exit {result.returncode})")


def extract(pot: Path = POT) -> None:
    pot.parent.mkdir(parents=True, exist_ok=True)
    pybabel(
        "extract",
        "-F",
        "pyproject.toml",
        "-o",
        str(pot),
        KEYWORDS,
        "--add-comments=NOTE:",
        "--sort-by-file",
        "--project=SNS Safety Classroom",
        "--copyright-holder=SNS Safety Classroom team",
        "-w",
        "100",
        "src/awareness_app",
        "resources/data",
    )
    _add_audience_entries(pot)


def _add_audience_entries(pot: Path) -> None:
    """Add the entries of an audience's own (msgctxt = the audience) after each shared one."""
    from awareness_app.model.data.extract import audience_messages

    with pot.open("rb") as fp:
        catalog = read_po(fp)
    for context, message, where in audience_messages():
        shared = catalog.get(message)
        if shared is None:
            raise SystemExit(f"not extracted, so no entry for {context}: {message!r} ({where})")
        if catalog.get(message, context=context) is None:
            catalog[message] = Message(
                message,
                context=context,
                locations=shared.locations,
                flags=shared.flags,
                auto_comments=[
                    *shared.auto_comments,
                    f"The same English, worded for the {context} audience ({where}).",
                ],
            )
    with pot.open("wb") as fp:
        write_po(fp, catalog, width=100, sort_by_file=True)


def update() -> None:
    for language in LANGUAGES:
        po = po_file(language)
        if po.exists():
            pybabel(
                "update",
                "-i",
                str(POT),
                "-o",
                str(po),
                "-l",
                language,
                "-w",
                "100",
                "--ignore-obsolete",
            )
        else:
            po.parent.mkdir(parents=True, exist_ok=True)
            pybabel("init", "-i", str(POT), "-o", str(po), "-l", language, "-w", "100")


def compile_catalogs() -> None:
    """Compile every catalogue; stop, writing nothing, when a translation is refused
    (`translation_problems`: `{count倍近く` could not be written at all), as the build does."""
    broken = [p for language in LANGUAGES for p in translation_problems(language)]
    if broken:
        sys.exit("the catalogue has errors:\n" + "\n".join(broken))
    for language in LANGUAGES:
        mo = mo_file(language)
        mo.parent.mkdir(parents=True, exist_ok=True)
        pybabel("compile", "-i", str(po_file(language)), "-o", str(mo), "-l", language)


def translation_problems(language: str, strict: bool = True) -> list[str]:
    """Translations that `catalogue_rules.problem` refuses: braces str.format cannot read, a
    field its English does not have, or (`strict`) placeholders other than its English's —
    the build's check and the one the app makes when it loads a catalogue."""
    with po_file(language).open("rb") as fp:
        catalog = read_po(fp, locale=language)
    found = []
    for message in catalog:
        if not message.id or not message.string:
            continue
        plural = isinstance(message.id, tuple)
        english = str(message.id[0] if plural else message.id)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            problem = text and catalogue_rules.problem(
                english, str(text), plural=plural, strict=strict
            )
            if problem:
                found.append(f"{language}: {problem}: {message.id!r} → {text!r}")
    return found


def problems(language: str) -> list[str]:
    """Untranslated, fuzzy and placeholder-mismatched entries of one catalogue, and broken
    furigana markup."""
    from awareness_app.model.text import ruby

    with po_file(language).open("rb") as fp:
        catalog = read_po(fp, locale=language)
    found = translation_problems(language)
    for message in catalog:
        if not message.id:
            continue
        if message.fuzzy:
            found.append(f"{language}: fuzzy: {message.id!r}")
        if not message.string:
            found.append(f"{language}: untranslated: {message.id!r}")
        if message.string:
            found += [f"{language}: furigana: {p}" for p in ruby.problems(str(message.string))]
    return found


def check() -> int:
    found = [p for language in LANGUAGES for p in problems(language)]
    print("\n".join(found) or "All catalogues complete.")
    return 1 if found else 0


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "all"
    if command in ("extract", "all"):
        extract()
    if command in ("update", "all"):
        update()
    if command in ("compile", "all"):
        compile_catalogs()
    if command == "check":
        return check()
    if command not in ("extract", "update", "compile", "all", "check"):
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
