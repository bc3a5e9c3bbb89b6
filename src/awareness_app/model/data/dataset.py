"""The data set: every figure the app shows, with its unit, year, grade and source.

Loaded from a TOML file and validated in full before anything uses it: a data set is either
complete and consistent or refused with a `DataSetError` that names the file and the field.
No Qt here. Its parts (sources, figures, help lines, records) are in `model/data/parts.py`, the
reading of each table in `model/data/reader.py`, the derived figures and the checks of sums in
`model/data/derive.py`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..text.text_file import TextFileError, read_text_file
from .derive import check_partitions, resolve_figures
from .parts import DataSetError, Figure, HelpLine, Record, Source
from .reader import (
    Reader,
    read_entries,
    read_helplines,
    read_records,
    read_released,
    read_sources,
)
from .schema import check_keys
from .truth import check_truth


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


def parse_dataset(text: str, path: Path | str = "<data>") -> DataSet:
    """Parse and validate a data set from TOML text."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise Reader(path).fail("file", f"not valid TOML ({error})") from None
    return dataset_from_raw(raw, path)


def dataset_from_raw(raw: dict[str, Any], path: Path | str = "<data>") -> DataSet:
    """Validate a data set from its parsed TOML."""
    reader = Reader(path)
    check_keys(raw, reader.fail)
    meta = reader.table(raw.get("dataset"), "dataset") if "dataset" in raw else None
    if meta is None:
        raise reader.fail("dataset", "missing table")
    sources = read_sources(reader, raw.get("sources", {}))
    year = reader.get(meta, "year", int, "dataset")
    entries = read_entries(reader, raw.get("figures", []), sources, year)
    if not entries:
        raise reader.fail("figures", "the data set has no figures")
    figures = resolve_figures(reader, entries)
    check_partitions(reader, raw.get("partitions", []), figures, year)
    check_truth(reader, raw, figures)
    return DataSet(
        id=reader.get(meta, "id", str, "dataset"),
        title=reader.get(meta, "title", str, "dataset"),
        year=year,
        released=read_released(reader, meta, year),
        release_title=reader.get(meta, "release_title", str, "dataset"),
        publisher=reader.get(meta, "publisher", str, "dataset"),
        facts_checked=reader.date(meta, "facts_checked", "dataset"),
        path=str(path),
        sources=sources,
        figures=figures,
        helplines=read_helplines(reader, raw.get("helplines", []), sources),
        records=read_records(reader, raw.get("records", []), figures, sources, year),
        release_url=reader.url(meta, "release_url", "dataset"),
    )


def load_dataset(path: Path | str) -> DataSet:
    """Read, parse and validate the data file at `path`."""
    try:
        text = read_text_file(path)
    except TextFileError as error:
        raise DataSetError(path, "file", str(error)) from None
    except OSError as error:
        raise DataSetError(path, "file", f"cannot be read ({error.strerror or error})") from None
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
