"""The keys a data file may use, table by table. No Qt here.

A key that is not in the table below is refused, never ignored: a misspelt `bounds = "more-than"`
would otherwise turn "more than 70 %" into "70 %" without a word. `check_keys` walks a parsed
data file and reports the first unknown key with the closest allowed name.

Only the keys are checked here; their types and values are the loader's (`dataset.py`). A table
where a list is expected (or the like) is left for the loader to report.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Shape = Literal["table", "list", "map"]  # one table, a list of tables, tables by id


@dataclass(frozen=True)
class Table:
    """The keys a table may have; `nested` names those that hold tables to check in turn."""

    keys: tuple[str, ...]
    nested: Mapping[str, tuple[Shape, Table]] = field(default_factory=dict)


DERIVATION = Table(("op", "args"))
SERIES_ROW = Table(
    ("year", "value", "source", "derive", "check"),
    {"derive": ("table", DERIVATION), "check": ("table", DERIVATION)},
)
FIGURE = Table(
    (
        "key",
        "label",
        "unit",
        "grade",
        "bound",
        "decimals",
        "series",
        "year",
        "value",
        "source",
        "derive",
        "check",
        "gaps",
    ),
    {
        "series": ("list", SERIES_ROW),
        "derive": ("table", DERIVATION),
        "check": ("table", DERIVATION),
    },
)
DATASET = Table(
    (
        "id",
        "title",
        "year",
        "released",
        "release_title",
        "release_url",
        "publisher",
        "facts_checked",
    )
)
SOURCE = Table(("title", "plain_title", "headline", "publisher", "date", "url", "tier"))
PARTITION = Table(("whole", "parts", "exhaustive"))
HELPLINE = Table(("name", "number", "hours", "source", "plain_name"))
RECORD = Table(("figure", "kind", "since", "source"))
DATA_FILE = Table(
    ("dataset", "sources", "figures", "partitions", "helplines", "records"),
    {
        "dataset": ("table", DATASET),
        "sources": ("map", SOURCE),
        "figures": ("list", FIGURE),
        "partitions": ("list", PARTITION),
        "helplines": ("list", HELPLINE),
        "records": ("list", RECORD),
    },
)


def check_keys(raw: dict[str, Any], fail: Callable[[str, str], Exception]) -> None:
    """Raise `fail(where, problem)` for the first key of `raw` (a parsed data file) that the
    schema does not allow, e.g. `figures[12] (first-contact-bound).bounds` with
    "unknown key 'bounds'; did you mean 'bound'?"."""
    _check(raw, DATA_FILE, "", fail)


def _check(
    data: dict[str, Any], table: Table, where: str, fail: Callable[[str, str], Exception]
) -> None:
    for name, value in data.items():
        place = f"{where}.{name}" if where else name
        if name not in table.keys:
            raise fail(place, _unknown(name, table.keys))
        if name not in table.nested:
            continue
        shape, inner = table.nested[name]
        if shape == "table" and isinstance(value, dict):
            _check(value, inner, place, fail)
        elif shape == "map" and isinstance(value, dict):
            for item_id, item in value.items():
                if isinstance(item, dict):
                    _check(item, inner, f"{place}.{item_id}", fail)
        elif shape == "list" and isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    _check(item, inner, _item(place, index, item), fail)


def _item(place: str, index: int, item: dict[str, Any]) -> str:
    """`figures[12] (first-contact-bound)` for a table with a key, else `helplines[2]`."""
    key = item.get("key")
    return f"{place}[{index}] ({key})" if isinstance(key, str) else f"{place}[{index}]"


def _unknown(name: str, allowed: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    if close:
        return f"unknown key {name!r}; did you mean {close[0]!r}?"
    return f"unknown key {name!r}; the keys here are {', '.join(allowed)}"
