"""Build hook: the translation catalogues are compiled when the wheel (or an editable install)
is built, never committed. `translations/<lang>/LC_MESSAGES/messages.po` →
`resources/locale/<lang>/LC_MESSAGES/messages.mo`, which the wheel ships with the resources.

A catalogue with an error (a format error, a translation whose {placeholders} differ from its
English, or one with a brace missing or stray) fails the build, rather than ship a catalogue
that breaks a message; fuzzy entries are left out, as babel does."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _rules() -> ModuleType:
    """The app's one check of a translation (src/awareness_app/catalogue_rules.py, standard
    library only), loaded from its file: the package itself is not importable while it builds."""
    path = Path(__file__).resolve().parent / "src" / "awareness_app" / "catalogue_rules.py"
    spec = importlib.util.spec_from_file_location("_catalogue_rules", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _problems(po: Path, message: Any, rules: ModuleType) -> list[str]:
    """Every form of `message` that `catalogue_rules.problem` refuses."""
    if not message.id:
        return []
    plural = isinstance(message.id, tuple)
    english = str(message.id[0] if plural else message.id)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return [
        f"{po}: {message.id!r}: {found}: {text!r}"
        for text in strings
        if isinstance(text, str) and text
        for found in [rules.problem(english, text, plural=plural)]
        if found
    ]


class CatalogueHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        compile_catalogues(Path(self.root))


def compile_catalogues(root: Path) -> list[Path]:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    rules = _rules()
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
        problems += [p for message in catalog for p in _problems(po, message, rules)]
        if problems:
            raise RuntimeError("the catalogue has errors:\n" + "\n".join(problems))
        mo = root / "resources" / "locale" / language / "LC_MESSAGES" / "messages.mo"
        mo.parent.mkdir(parents=True, exist_ok=True)
        with mo.open("wb") as fp:
            write_mo(fp, catalog)
        written.append(mo)
    return written
