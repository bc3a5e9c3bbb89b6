"""A babel extractor for the strings of a data file (labels, source titles, help-line names).

Registered in pyproject.toml, so `pybabel extract -F pyproject.toml` (see CONTRIBUTING.md) puts
them in translations/messages.pot beside the strings of the code.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Iterator, Mapping
from typing import IO, Any

from .dataset import iter_translatable


def extract_dataset(
    fileobj: IO[bytes],
    keywords: Mapping[str, Any],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[tuple[int, str, str, list[str]]]:
    text = fileobj.read().decode("utf-8")
    raw = tomllib.loads(text)
    lines = text.splitlines()
    seen: set[str] = set()
    for where, message in iter_translatable(raw):
        if message in seen:
            continue
        seen.add(message)
        lineno = next((i + 1 for i, line in enumerate(lines) if _quoted(message) in line), 0)
        yield lineno, "", message, [f"data file: {where}"]


def _quoted(message: str) -> str:
    return '"' + message.replace("\\", "\\\\").replace('"', '\\"') + '"'
