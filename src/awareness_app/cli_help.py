"""The command line's --help in the user's language: which language (--lang, else the system's),
and an argparse formatter that writes argparse's own words ("usage:") in it and wraps Japanese,
which has no spaces, by its width on the terminal (a kanji takes two columns)."""

from __future__ import annotations

import argparse
import os
import unicodedata
from collections.abc import Mapping, Sequence

from . import i18n

# characters that never start a line (Japanese line breaking, 行頭禁則)
_NO_LINE_START = set("、。，．・：；？！ー）」』】〕…)]}:;,.!?")
# and that never end one (行末禁則)
_NO_LINE_END = set("（「『【〔")


def help_language(argv: Sequence[str], environ: Mapping[str, str] = os.environ) -> str:
    """The language of `--help`: --lang if given (before or after --help), else the system's
    (`i18n.language_from_environment`)."""
    for index, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in i18n.LANGUAGES:
            return value
    return i18n.language_from_environment(environ)


def columns(text: str) -> int:
    """The width of `text` on a terminal: two columns for a wide (East Asian) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _units(text: str) -> list[tuple[str, str]]:
    """(separator, unit) pairs: a unit is a run of narrow characters or one wide character,
    with the characters that may not start a line kept on it; the separator is what goes
    before it (a space where the text has one)."""
    units: list[tuple[str, str]] = []
    space = ""
    for char in text:
        if char.isspace():
            space = " " if units else ""
            continue
        wide = unicodedata.east_asian_width(char) in "WF"
        last = units[-1][1] if units else ""
        last_wide = bool(last) and unicodedata.east_asian_width(last[-1]) in "WF"
        glued = char in _NO_LINE_START or last[-1:] in _NO_LINE_END or not (wide or last_wide)
        if units and not space and glued:
            units[-1] = (units[-1][0], last + char)  # the same unit goes on
        else:
            units.append((space, char))
        space = ""
    return units


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` columns, broken at a space or between wide
    characters (never before 、。）), so Japanese wraps as well as English."""
    lines: list[str] = []
    line = ""
    for space, unit in _units(text):
        if line and columns(line + space + unit) > width:
            lines.append(line)
            line = unit
        else:
            line += space + unit if line else unit
    if line:
        lines.append(line)
    return lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with "usage:" in the help's language (given, since the help is printed
    after the parser was built) and lines wrapped by their width on the terminal."""

    def __init__(self, prog: str, usage_prefix: str = "usage: ") -> None:
        super().__init__(prog)
        self._usage_prefix = usage_prefix

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        return super().add_usage(usage, actions, groups, prefix or self._usage_prefix)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))
