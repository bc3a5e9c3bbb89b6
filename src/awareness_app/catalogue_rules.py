"""The one check of a translation against its English: what the app drops when it loads a
catalogue (`i18n`), what the build refuses (`hatch_build.py`) and what `tools/catalogs.py check`
reports. The standard library only, so that the build hook can load this file on its own.

Two strengths:
- `runtime` problems stop a translation being written at all (its braces are broken, or it
  names a field its English does not have): the app shows the English instead.
- `strict` problems also refuse a translation whose placeholders are not those of its English
  (a value left out); plural forms may leave `{n}`/`{count}` out, as Japanese has one form.
"""

from __future__ import annotations

import string

_FORMATTER = string.Formatter()
PLURAL_FIELDS = "{n}{count}"  # what every plural form may name besides its English's fields


def format_fields(text: str) -> set[tuple[str, str, str]] | None:
    """The replacement fields of `text` as str.format reads them (name, conversion, spec), or
    None when its braces are broken (`{count倍近く`, a lone `{` or `}`)."""
    try:
        return {
            (name, conversion or "", spec or "")
            for _literal, name, spec, conversion in _FORMATTER.parse(text)
            if name is not None
        }
    except ValueError:
        return None


def placeholders(text: str) -> list[str]:
    """The names `text` puts values in, sorted, each as often as it occurs ([] when broken)."""
    try:
        return sorted(name for _l, name, _s, _c in _FORMATTER.parse(text) if name)
    except ValueError:
        return []


def runtime_problem(english: str, translated: str) -> str | None:
    """Why `translated` cannot stand in for `english` in str.format, or None: its braces are
    broken, or it names a field its English does not have."""
    wanted = format_fields(english)
    if wanted is None:  # English that is never formatted: only its braces must match
        return None if translated.count("{") == english.count("{") else "braces differ"
    found = format_fields(translated)
    if found is None:
        return "a brace is missing or stray"
    names = {name for name, _c, _s in wanted}
    stray = sorted(name for name, _c, _s in found if name not in names)
    if stray:
        return f"names {{{stray[0]}}}, which its English does not have"
    if not found <= wanted and any(spec or conv for _n, conv, spec in found):
        return "a field's format differs from its English"
    return None


def problem(
    english: str, translated: str, *, plural: bool = False, strict: bool = True
) -> str | None:
    """Why the translation `translated` of `english` is refused, or None (see the module's
    docstring for the two strengths). `plural`: `translated` is one plural form."""
    if plural:
        english += PLURAL_FIELDS
    found = runtime_problem(english, translated)
    if found or not strict or plural or format_fields(english) is None:
        return found
    if placeholders(translated) != placeholders(english):
        return "placeholders differ from its English"
    return None
