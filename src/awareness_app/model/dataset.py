"""The data set: every figure the app shows, with its unit, year, grade and source.

Loaded from a TOML file and validated in full before anything uses it: a data set is either
complete and consistent or refused with a `DataSetError` that names the file and the field.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dataset_schema import check_keys

GRADES = ("reported", "derived")
UNITS = ("children", "cases", "percent", "times", "age")
BOUNDS = ("exact", "more-than", "nearly")
TIERS = ("A", "B", "C")
_KEY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class DataSetError(ValueError):
    """A data file that cannot be used; the message names the file and the field."""

    def __init__(self, path: Path | str, where: str, problem: str) -> None:
        self.path = str(path)
        self.where = where
        self.problem = problem
        super().__init__(f"{self.path}: {where}: {problem}")


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    date: str  # "YYYY", "YYYY-MM", "YYYY-MM-DD" or "" when the source gives none
    url: str  # "" when the source has no web address
    tier: str  # "A" the source article, "B" a report of the same statistics
    plain_title: str = ""  # a neutral title for elementary pupils ("" = the title)


@dataclass(frozen=True)
class Derivation:
    op: str
    args: tuple[tuple[str, int], ...]  # (key, year) references


@dataclass(frozen=True)
class Figure:
    key: str
    year: int
    value: float
    unit: str
    grade: str  # "reported" or "derived"
    label: str  # English source string
    sources: tuple[str, ...]  # source ids: its own, or those of the figures it derives from
    bound: str = "exact"
    decimals: int = 0
    derivation: Derivation | None = None  # how a derived figure was computed
    check: Derivation | None = None  # how a reported figure was checked against its counts

    @property
    def ref(self) -> tuple[str, int]:
        return (self.key, self.year)


@dataclass(frozen=True)
class HelpLine:
    name: str
    number: str
    hours: str
    source: str  # "" where no source is needed (the emergency number)
    plain_name: str = ""  # the name for elementary pupils, without legal terms ("" = name)


@dataclass(frozen=True)
class Record:
    """A record the source reports for a figure ("the most since records began in 2008"),
    carried as a reported fact: the lesson never assumes a record from the series alone."""

    ref: tuple[str, int]
    kind: str  # "highest" or "lowest"
    since: int | None  # the year records began, where the source gives it
    source: str


@dataclass(frozen=True)
class DataSet:
    id: str
    title: str
    year: int
    released: str
    release_title: str
    publisher: str
    facts_checked: str
    path: str
    sources: Mapping[str, Source]
    figures: Mapping[tuple[str, int], Figure]
    helplines: tuple[HelpLine, ...] = field(default=())
    records: tuple[Record, ...] = field(default=())
    release_url: str = ""

    def figure(self, key: str, year: int | None = None) -> Figure:
        """The figure `key` for `year` (the data set's year by default)."""
        ref = (key, self.year if year is None else year)
        try:
            return self.figures[ref]
        except KeyError:
            raise KeyError(f"no figure {key!r} for {ref[1]} in {self.path}") from None

    def series(self, key: str) -> list[Figure]:
        """Every year of `key`, oldest first."""
        return sorted((f for f in self.figures.values() if f.key == key), key=lambda f: f.year)

    def sources_of(self, figure: Figure) -> list[Source]:
        return [self.sources[s] for s in figure.sources]

    def has(self, key: str, year: int | None = None) -> bool:
        return (key, self.year if year is None else year) in self.figures

    def record_of(self, figure: Figure) -> Record | None:
        """The record a source reports for `figure`, if any."""
        return next((r for r in self.records if r.ref == figure.ref), None)


# --- the arithmetic of derived figures ------------------------------------------------------


def _share(part: float, whole: float) -> float:
    return part / whole * 100


def _change(old: float, new: float) -> float:
    return (new - old) / old * 100


def _difference(first: float, *rest: float) -> float:
    return first - sum(rest)


def _sum(*values: float) -> float:
    return sum(values)


def _ratio(a: float, b: float) -> float:
    return a / b


def _before_change(new: float, percent: float) -> float:
    return new / (1 + percent / 100)


OPERATIONS: dict[str, tuple[Callable[..., float], int | None]] = {
    # name: (function, number of arguments; None = two or more)
    "share": (_share, 2),
    "change": (_change, 2),
    "difference": (_difference, None),
    "sum": (_sum, None),
    "ratio": (_ratio, 2),
    "before-change": (_before_change, 2),
}


def compute(op: str, values: list[float]) -> float:
    return OPERATIONS[op][0](*values)


# --- loading ---------------------------------------------------------------------------------


class _Reader:
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
class _Entry:
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


def _parse_ref(reader: _Reader, text: Any, year: int, where: str) -> tuple[str, int]:
    if not isinstance(text, str):
        raise reader.fail(where, f"expected a figure reference, found {type(text).__name__}")
    key, _, year_text = text.partition("@")
    if not _KEY.match(key) or (year_text and not year_text.isdigit()):
        raise reader.fail(where, f"{text!r} is not a reference of the form key or key@year")
    return (key, int(year_text) if year_text else year)


def _parse_derivation(reader: _Reader, data: Any, year: int, where: str) -> Derivation:
    table = reader.table(data, where)
    op = reader.choice(table, "op", tuple(OPERATIONS), where)
    args = reader.get(table, "args", list, where)
    arity = OPERATIONS[op][1]
    if (arity is not None and len(args) != arity) or (arity is None and len(args) < 2):
        wanted = f"{arity}" if arity is not None else "at least 2"
        raise reader.fail(f"{where}.args", f"{op} takes {wanted} figures, found {len(args)}")
    refs = tuple(_parse_ref(reader, a, year, f"{where}.args[{i}]") for i, a in enumerate(args))
    return Derivation(op, refs)


def _is_share(key: str, unit: str) -> bool:
    """A percentage of a whole (0–100), unlike a change (`…-change`), which may be anything."""
    return unit == "percent" and not key.endswith("-change")


def _read_entries(
    reader: _Reader, raw: Any, sources: Mapping[str, Source], dataset_year: int
) -> list[_Entry]:
    if not isinstance(raw, list):
        raise reader.fail("figures", "expected a list of [[figures]] tables")
    entries: list[_Entry] = []
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
                if _is_share(key, unit) and not 0 <= value <= 100:
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
                _Entry(
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


def _resolve(reader: _Reader, entries: list[_Entry]) -> dict[tuple[str, int], Figure]:
    """Compute every derived figure from the figures it names, checking for cycles."""
    by_ref: dict[tuple[str, int], _Entry] = {}
    for entry in entries:
        ref = (entry.key, entry.year)
        if ref in by_ref:
            raise reader.fail(
                entry.where,
                f"{entry.key} for {entry.year} is given twice (also at {by_ref[ref].where})",
            )
        by_ref[ref] = entry

    figures: dict[tuple[str, int], Figure] = {}
    visiting: set[tuple[str, int]] = set()

    def resolve(ref: tuple[str, int], where: str) -> Figure:
        if ref in figures:
            return figures[ref]
        entry = by_ref.get(ref)
        if entry is None:
            raise reader.fail(where, f"refers to {ref[0]}@{ref[1]}, which is not in the data set")
        if ref in visiting:
            raise reader.fail(entry.where, "derives from itself")
        visiting.add(ref)
        if entry.derivation is not None:
            inputs = [resolve(r, f"{entry.where}.derive") for r in entry.derivation.args]
            value = _safe_compute(reader, entry.derivation, inputs, f"{entry.where}.derive")
            if _is_share(entry.key, entry.unit) and not -1e-9 <= value <= 100 + 1e-9:
                raise reader.fail(
                    f"{entry.where}.derive",
                    f"{entry.key}@{entry.year} is a share, so it must lie within 0–100; "
                    f"its {entry.derivation.op} comes to {value:.{entry.decimals + 2}f}",
                )
            sources = tuple(dict.fromkeys(s for f in inputs for s in f.sources))
        else:
            assert entry.value is not None and entry.source is not None
            value = entry.value
            sources = (entry.source,)
        visiting.discard(ref)
        figures[ref] = Figure(
            entry.key,
            entry.year,
            value,
            entry.unit,
            entry.grade,
            entry.label,
            sources,
            entry.bound,
            entry.decimals,
            entry.derivation,
            entry.check,
        )
        return figures[ref]

    for entry in entries:
        resolve((entry.key, entry.year), entry.where)
    for entry in entries:
        if entry.check is not None:
            inputs = [resolve(r, f"{entry.where}.check") for r in entry.check.args]
            computed = _safe_compute(reader, entry.check, inputs, f"{entry.where}.check")
            tolerance = 0.5 * 10**-entry.decimals + 1e-9
            assert entry.value is not None
            if abs(computed - entry.value) > tolerance:
                raise reader.fail(
                    f"{entry.where}.value",
                    f"{entry.value:g} does not match its counts: {entry.check.op} of "
                    f"{', '.join(f'{k}@{y}' for k, y in entry.check.args)} "
                    f"is {computed:.{entry.decimals + 2}f}",
                )
    return figures


def _safe_compute(
    reader: _Reader, derivation: Derivation, inputs: list[Figure], where: str
) -> float:
    try:
        return compute(derivation.op, [f.value for f in inputs])
    except ZeroDivisionError:
        raise reader.fail(where, f"{derivation.op} divides by zero") from None


def _check_partitions(
    reader: _Reader, raw: Any, figures: Mapping[tuple[str, int], Figure], year: int
) -> None:
    if not isinstance(raw, list):
        raise reader.fail("partitions", "expected a list of [[partitions]] tables")
    for index, item in enumerate(raw):
        where = f"partitions[{index}]"
        table = reader.table(item, where)
        whole_ref = _parse_ref(
            reader, reader.get(table, "whole", str, where), year, f"{where}.whole"
        )
        parts = reader.get(table, "parts", list, where)
        refs = [_parse_ref(reader, p, year, f"{where}.parts[{i}]") for i, p in enumerate(parts)]
        for ref, place in [(whole_ref, f"{where}.whole"), *((r, f"{where}.parts") for r in refs)]:
            if ref not in figures:
                raise reader.fail(
                    place, f"refers to {ref[0]}@{ref[1]}, which is not in the data set"
                )
        whole = figures[whole_ref].value
        total = sum(figures[r].value for r in refs)
        if abs(total - whole) > 1e-6:
            raise reader.fail(
                where,
                f"the parts add up to {total:g}, not to {whole_ref[0]}@{whole_ref[1]} = {whole:g}",
            )


def _read_sources(reader: _Reader, raw: Any) -> dict[str, Source]:
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
        )
    return sources


def _read_helplines(
    reader: _Reader, raw: Any, sources: Mapping[str, Source]
) -> tuple[HelpLine, ...]:
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


def _read_records(
    reader: _Reader,
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
        ref = _parse_ref(reader, reader.get(data, "figure", str, where), year, f"{where}.figure")
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


def parse_dataset(text: str, path: Path | str = "<data>") -> DataSet:
    """Parse and validate a data set from TOML text."""
    reader = _Reader(path)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise reader.fail("file", f"not valid TOML ({error})") from None
    check_keys(raw, reader.fail)
    meta = reader.table(raw.get("dataset"), "dataset") if "dataset" in raw else None
    if meta is None:
        raise reader.fail("dataset", "missing table")
    sources = _read_sources(reader, raw.get("sources", {}))
    year = reader.get(meta, "year", int, "dataset")
    entries = _read_entries(reader, raw.get("figures", []), sources, year)
    if not entries:
        raise reader.fail("figures", "the data set has no figures")
    figures = _resolve(reader, entries)
    _check_partitions(reader, raw.get("partitions", []), figures, year)
    return DataSet(
        id=reader.get(meta, "id", str, "dataset"),
        title=reader.get(meta, "title", str, "dataset"),
        year=year,
        released=_released(reader, meta, year),
        release_title=reader.get(meta, "release_title", str, "dataset"),
        publisher=reader.get(meta, "publisher", str, "dataset"),
        facts_checked=reader.date(meta, "facts_checked", "dataset"),
        path=str(path),
        sources=sources,
        figures=figures,
        helplines=_read_helplines(reader, raw.get("helplines", []), sources),
        records=_read_records(reader, raw.get("records", []), figures, sources, year),
        release_url=reader.url(meta, "release_url", "dataset"),
    )


def _released(reader: _Reader, meta: dict[str, Any], year: int) -> str:
    """`[dataset] released`: a full date, not before the year the figures are for."""
    released = reader.date(meta, "released", "dataset")
    if len(released) != 10:
        raise reader.fail("dataset.released", f"{released!r} is not a full date (YYYY-MM-DD)")
    if int(released[:4]) < year:
        raise reader.fail("dataset.released", f"{released} is before the data set's year {year}")
    return released


def load_dataset(path: Path | str) -> DataSet:
    """Read, parse and validate the data file at `path`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataSetError(path, "file", f"cannot be read ({error})") from None
    return parse_dataset(text, path)


def iter_translatable(raw: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(field, English string) pairs of a parsed data file that go through the catalogues."""
    meta = raw.get("dataset", {})
    if isinstance(meta, dict) and isinstance(meta.get("title"), str):
        yield "dataset.title", meta["title"]
    for sid, source in raw.get("sources", {}).items():
        for name in ("title", "publisher", "plain_title"):
            if isinstance(source, dict) and isinstance(source.get(name), str):
                yield f"sources.{sid}.{name}", source[name]
    for index, figure in enumerate(raw.get("figures", [])):
        if isinstance(figure, dict) and isinstance(figure.get("label"), str):
            yield f"figures[{index}].label", figure["label"]
    for index, line in enumerate(raw.get("helplines", [])):
        for name in ("name", "hours", "plain_name"):
            if isinstance(line, dict) and line.get(name):
                yield f"helplines[{index}].{name}", line[name]
