"""Reading a parsed data file, table by table, with every value checked: its type, its place
among the allowed choices, the years, the sources it names. An error names the file and the
field. No Qt here; `dataset.py` puts the tables together (`parse_dataset`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...i18n import LANGUAGES
from .parts import OPERATIONS, DataSetError, Derivation, Figure, HelpLine, Record, Source

GRADES = ("reported", "derived")
UNITS = ("children", "cases", "percent", "times", "age")
BOUNDS = ("exact", "more-than", "nearly")
TIERS = ("A", "B", "C")
HEADLINE_LANGUAGES = tuple(LANGUAGES)  # a source's headline is in one of the app's languages
MAX_VALUE = 1e9  # no figure of the lesson comes near: 1e308 would overflow what is worked out
_KEY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Reader:
    """Typed access to a parsed TOML table, with errors that say where."""

    def __init__(self, path: Path | str) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> DataSetError:
        return DataSetError(self.path, where, problem)

    def table(self, data: Any, where: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(where, f"expected a table, found {type(data).__name__}")
        return data

    def get(
        self, data: dict[str, Any], name: str, kind: type | tuple[type, ...], where: str
    ) -> Any:
        if name not in data:
            raise self.fail(f"{where}.{name}", "missing field")
        value = data[name]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # bool is an int in Python; never accept it for a number
        if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
            names = " or ".join(k.__name__ for k in kinds)
            raise self.fail(f"{where}.{name}", f"expected {names}, found {type(value).__name__}")
        return value

    def optional(
        self, data: dict[str, Any], name: str, kind: type, where: str, default: Any
    ) -> Any:
        """`data[name]` checked like `get`, or `default` where the field is left out."""
        return self.get(data, name, kind, where) if name in data else default

    def url(self, data: dict[str, Any], name: str, where: str) -> str:
        """An https:// address, or "" where the source has none (or the field is left out)."""
        url = self.optional(data, name, str, where, "")
        if url and not url.startswith("https://"):
            raise self.fail(f"{where}.{name}", f"{url!r} is not an https:// address")
        return url

    def choice(
        self,
        data: dict[str, Any],
        name: str,
        choices: tuple[str, ...],
        where: str,
        default: str | None = None,
    ) -> str:
        if default is not None and name not in data:
            return default
        value = self.get(data, name, str, where)
        if value not in choices:
            raise self.fail(f"{where}.{name}", f"{value!r} is not one of {', '.join(choices)}")
        return value

    def date(self, data: dict[str, Any], name: str, where: str, optional: bool = False) -> str:
        value = self.get(data, name, str, where)
        if optional and value == "":
            return value
        if not _DATE.match(value):
            raise self.fail(
                f"{where}.{name}", f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
            )
        if len(value) == 10:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise self.fail(f"{where}.{name}", f"{value!r} is not a real date") from None
        elif len(value) == 7 and not 1 <= int(value[5:]) <= 12:
            raise self.fail(f"{where}.{name}", f"{value!r} is not a real date")
        return value


@dataclass
class Entry:
    """A figure as read, before derived values are computed."""

    key: str
    year: int
    unit: str
    grade: str
    label: str
    where: str
    bound: str
    decimals: int
    value: float | None
    source: str | None
    derivation: Derivation | None
    check: Derivation | None


def parse_ref(reader: Reader, text: Any, year: int, where: str) -> tuple[str, int]:
    if not isinstance(text, str):
        raise reader.fail(where, f"expected a figure reference, found {type(text).__name__}")
    key, _, year_text = text.partition("@")
    if not _KEY.match(key) or (year_text and not year_text.isdigit()):
        raise reader.fail(where, f"{text!r} is not a reference of the form key or key@year")
    return (key, int(year_text) if year_text else year)


def _parse_derivation(reader: Reader, data: Any, year: int, where: str) -> Derivation:
    table = reader.table(data, where)
    op = reader.choice(table, "op", tuple(OPERATIONS), where)
    args = reader.get(table, "args", list, where)
    arity = OPERATIONS[op][1]
    if (arity is not None and len(args) != arity) or (arity is None and len(args) < 2):
        wanted = f"{arity}" if arity is not None else "at least 2"
        raise reader.fail(f"{where}.args", f"{op} takes {wanted} figures, found {len(args)}")
    refs = tuple(parse_ref(reader, a, year, f"{where}.args[{i}]") for i, a in enumerate(args))
    return Derivation(op, refs)


def is_share(key: str, unit: str) -> bool:
    """A percentage of a whole (0–100), unlike a change (`…-change`), which may be anything."""
    return unit == "percent" and not key.endswith("-change")


def read_entries(
    reader: Reader, raw: Any, sources: Mapping[str, Source], dataset_year: int
) -> list[Entry]:
    if not isinstance(raw, list):
        raise reader.fail("figures", "expected a list of [[figures]] tables")
    entries: list[Entry] = []
    for index, item in enumerate(raw):
        where = f"figures[{index}]"
        table = reader.table(item, where)
        key = reader.get(table, "key", str, where)
        if not _KEY.match(key):
            raise reader.fail(f"{where}.key", f"{key!r} is not a lower-case-with-hyphens key")
        where = f"figures[{index}] ({key})"
        label = reader.get(table, "label", str, where)
        unit = reader.choice(table, "unit", UNITS, where)
        grade = reader.choice(table, "grade", GRADES, where)
        bound = reader.choice(table, "bound", BOUNDS, where, default="exact")
        decimals = reader.optional(table, "decimals", int, where, 0)
        if not 0 <= decimals <= 3:
            raise reader.fail(f"{where}.decimals", f"{decimals} is not a number from 0 to 3")
        if "series" in table:
            rows = reader.get(table, "series", list, where)
            items = [
                (reader.table(r, f"{where}.series[{i}]"), f"{where}.series[{i}]")
                for i, r in enumerate(rows)
            ]
        else:
            items = [(table, where)]
        for row, row_where in items:
            year = reader.get(row, "year", int, row_where)
            if not 1900 <= year <= 2100:
                raise reader.fail(f"{row_where}.year", f"{year} is not a plausible year")
            if year > dataset_year:
                raise reader.fail(
                    f"{row_where}.year", f"{year} is after the data set's year {dataset_year}"
                )
            value: float | None = None
            source: str | None = None
            derivation = check = None
            if grade == "reported":
                value = float(reader.get(row, "value", (int, float), row_where))
                if not math.isfinite(value):
                    raise reader.fail(f"{row_where}.value", "is not a finite number")
                if abs(value) > MAX_VALUE:
                    raise reader.fail(
                        f"{row_where}.value", f"{value:.3g} is far too large for a figure"
                    )
                if unit in ("children", "cases") and value != int(value):
                    raise reader.fail(
                        f"{row_where}.value",
                        f"{value:g} {unit}: a count is a whole number",
                    )
                if is_share(key, unit) and not 0 <= value <= 100:
                    raise reader.fail(
                        f"{row_where}.value", f"{value:g} is a share, so it must lie within 0–100"
                    )
                source = reader.get(row, "source", str, row_where)
                if source not in sources:
                    raise reader.fail(f"{row_where}.source", f"unknown source id {source!r}")
                if "derive" in row:
                    raise reader.fail(
                        f"{row_where}.derive", "a reported figure is not derived; use check"
                    )
                if "check" in row:
                    check = _parse_derivation(reader, row["check"], year, f"{row_where}.check")
            else:
                if "value" in row:
                    raise reader.fail(
                        f"{row_where}.value",
                        "a derived figure is computed, not typed in; remove value",
                    )
                if "derive" not in row:
                    raise reader.fail(f"{row_where}.derive", "missing field")
                derivation = _parse_derivation(reader, row["derive"], year, f"{row_where}.derive")
            if unit != "percent" and value is not None and value < 0 and check is None:
                raise reader.fail(f"{row_where}.value", f"a count cannot be negative ({value:g})")
            entries.append(
                Entry(
                    key,
                    year,
                    unit,
                    grade,
                    label,
                    row_where,
                    bound,
                    decimals,
                    value,
                    source,
                    derivation,
                    check,
                )
            )
    return entries


def read_sources(reader: Reader, raw: Any) -> dict[str, Source]:
    table = reader.table(raw, "sources")
    sources: dict[str, Source] = {}
    for sid, item in table.items():
        where = f"sources.{sid}"
        data = reader.table(item, where)
        sources[sid] = Source(
            id=sid,
            title=reader.get(data, "title", str, where),
            publisher=reader.get(data, "publisher", str, where),
            date=reader.date(data, "date", where, optional=True),
            url=reader.url(data, "url", where),
            tier=reader.choice(data, "tier", TIERS, where),
            plain_title=reader.optional(data, "plain_title", str, where, ""),
            headline=reader.choice(data, "headline", HEADLINE_LANGUAGES, where, ""),
        )
    return sources


def read_helplines(reader: Reader, raw: Any, sources: Mapping[str, Source]) -> tuple[HelpLine, ...]:
    if not isinstance(raw, list):
        raise reader.fail("helplines", "expected a list of [[helplines]] tables")
    lines = []
    for index, item in enumerate(raw):
        where = f"helplines[{index}]"
        data = reader.table(item, where)
        line = HelpLine(
            name=reader.get(data, "name", str, where),
            number=reader.get(data, "number", str, where),
            hours=reader.get(data, "hours", str, where),
            source=reader.get(data, "source", str, where),
            plain_name=reader.optional(data, "plain_name", str, where, ""),
        )
        if not line.name.strip() or not line.number.strip():
            raise reader.fail(where, "a help line needs a name and a number")
        if line.source and line.source not in sources:
            raise reader.fail(f"{where}.source", f"unknown source id {line.source!r}")
        lines.append(line)
    return tuple(lines)


def read_records(
    reader: Reader,
    raw: Any,
    figures: Mapping[tuple[str, int], Figure],
    sources: Mapping[str, Source],
    year: int,
) -> tuple[Record, ...]:
    if not isinstance(raw, list):
        raise reader.fail("records", "expected a list of [[records]] tables")
    records = []
    for index, item in enumerate(raw):
        where = f"records[{index}]"
        data = reader.table(item, where)
        ref = parse_ref(reader, reader.get(data, "figure", str, where), year, f"{where}.figure")
        if ref not in figures:
            raise reader.fail(
                f"{where}.figure", f"refers to {ref[0]}@{ref[1]}, which is not in the data set"
            )
        since = reader.optional(data, "since", int, where, None)
        if since is not None and not 1900 <= since <= ref[1]:
            raise reader.fail(f"{where}.since", f"{since} is not a year before {ref[1]}")
        source = reader.get(data, "source", str, where)
        if source not in sources:
            raise reader.fail(f"{where}.source", f"unknown source id {source!r}")
        kind = reader.choice(data, "kind", ("highest", "lowest"), where)
        records.append(Record(ref, kind, since, source))
    return tuple(records)


def read_released(reader: Reader, meta: dict[str, Any], year: int) -> str:
    """`[dataset] released`: a full date, not before the year the figures are for."""
    released = reader.date(meta, "released", "dataset")
    if len(released) != 10:
        raise reader.fail("dataset.released", f"{released!r} is not a full date (YYYY-MM-DD)")
    if int(released[:4]) < year:
        raise reader.fail("dataset.released", f"{released} is before the data set's year {year}")
    return released
