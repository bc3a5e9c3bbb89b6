"""Build hook: the translation catalogues are compiled when the wheel (or an editable install)
is built, never committed. `translations/<lang>/LC_MESSAGES/messages.po` →
`resources/locale/<lang>/LC_MESSAGES/messages.mo`, which the wheel ships with the resources.

A catalogue with an error (a format error, a translation whose {placeholders} differ from its
English, or one with a brace missing or stray) fails the build, rather than ship a catalogue
that breaks a message; fuzzy entries are left out, as babel does."""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _braces_broken(text: str) -> bool:
    """True when str.format cannot read `text`: `{count倍近く`, a lone `{` or `}`."""
    try:
        list(string.Formatter().parse(text))
    except ValueError:
        return True
    return False


def _brace_problems(po: Path, message: Any) -> list[str]:
    """A translation (each plural form too) whose braces str.format cannot read, where its
    English can be read: it would stop the message being written at all."""
    english = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    if not message.id or any(_braces_broken(str(e)) for e in english):
        return []
    return [
        f"{po}: {message.id!r}: a brace is missing or stray: {text!r}"
        for text in strings
        if isinstance(text, str) and text and _braces_broken(text)
    ]


class CatalogueHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        compile_catalogues(Path(self.root))


def compile_catalogues(root: Path) -> list[Path]:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted((root / "translations").glob("*/LC_MESSAGES/messages.po")):
        language = po.parents[1].name
        with po.open("rb") as fp:
            catalog = read_po(fp, locale=language, abort_invalid=True)
        problems = [
            f"{po}: {message.id!r}: {error}"
            for message, errors in catalog.check()
            for error in errors
        ]
        problems += [
            f"{po}: {message.id!r}: placeholders differ: {message.string!r}"
            for message in catalog
            if message.id
            and isinstance(message.string, str)
            and message.string
            and _placeholders(message.string) != _placeholders(str(message.id))
        ]
        problems += [p for message in catalog for p in _brace_problems(po, message)]
        if problems:
            raise RuntimeError("the catalogue has errors:\n" + "\n".join(problems))
        mo = root / "resources" / "locale" / language / "LC_MESSAGES" / "messages.mo"
        mo.parent.mkdir(parents=True, exist_ok=True)
        with mo.open("wb") as fp:
            write_mo(fp, catalog)
        written.append(mo)
    return written
