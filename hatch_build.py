"""Build hook: the translation catalogues are compiled when the wheel (or an editable install)
is built, never committed. `translations/<lang>/LC_MESSAGES/messages.po` →
`resources/locale/<lang>/LC_MESSAGES/messages.mo`, which the wheel ships with the resources.

A catalogue with an error (a format error, or a translation whose {placeholders} differ from its
English) fails the build, rather than ship a catalogue that breaks a message; fuzzy entries are
left out, as babel does."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


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
        if problems:
            raise RuntimeError("the catalogue has errors:\n" + "\n".join(problems))
        mo = root / "resources" / "locale" / language / "LC_MESSAGES" / "messages.mo"
        mo.parent.mkdir(parents=True, exist_ok=True)
        with mo.open("wb") as fp:
            write_mo(fp, catalog)
        written.append(mo)
    return written
