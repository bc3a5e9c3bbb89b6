"""Derived figures: each computed from the figures it names (a cycle is refused), each reported
figure with a `check` compared with its counts, and each partition's parts added up against
their whole. No Qt here; `dataset.py` calls these once every table has been read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .parts import Derivation, Figure, compute
from .reader import Entry, Reader, is_share, parse_ref


def resolve_figures(reader: Reader, entries: list[Entry]) -> dict[tuple[str, int], Figure]:
    """Compute every derived figure from the figures it names, checking for cycles."""
    by_ref: dict[tuple[str, int], Entry] = {}
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
            if is_share(entry.key, entry.unit) and not -1e-9 <= value <= 100 + 1e-9:
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
    reader: Reader, derivation: Derivation, inputs: list[Figure], where: str
) -> float:
    try:
        return compute(derivation.op, [f.value for f in inputs])
    except ZeroDivisionError:
        raise reader.fail(where, f"{derivation.op} divides by zero") from None


def check_partitions(
    reader: Reader, raw: Any, figures: Mapping[tuple[str, int], Figure], year: int
) -> None:
    if not isinstance(raw, list):
        raise reader.fail("partitions", "expected a list of [[partitions]] tables")
    for index, item in enumerate(raw):
        where = f"partitions[{index}]"
        table = reader.table(item, where)
        whole_ref = parse_ref(
            reader, reader.get(table, "whole", str, where), year, f"{where}.whole"
        )
        parts = reader.get(table, "parts", list, where)
        refs = [parse_ref(reader, p, year, f"{where}.parts[{i}]") for i, p in enumerate(parts)]
        for ref, place in [(whole_ref, f"{where}.whole"), *((r, f"{where}.parts") for r in refs)]:
            if ref not in figures:
                raise reader.fail(
                    place, f"refers to {ref[0]}@{ref[1]}, which is not in the data set"
                )
        exhaustive = reader.optional(table, "exhaustive", bool, where, True)
        whole = figures[whole_ref].value
        for ref in refs:  # a part is never larger than its whole
            if figures[ref].value > whole + 1e-6:
                raise reader.fail(
                    f"{ref[0]}@{ref[1]}",
                    f"{figures[ref].value:g} is a part of {whole_ref[0]}@{whole_ref[1]} = "
                    f"{whole:g} ({where}), so it cannot be larger",
                )
        total = sum(figures[r].value for r in refs)
        if not exhaustive:  # parts that do not cover the whole: they add up to no more
            if total > whole + 1e-6:
                raise reader.fail(
                    where,
                    f"the parts add up to {total:g}, more than "
                    f"{whole_ref[0]}@{whole_ref[1]} = {whole:g}",
                )
            continue
        if abs(total - whole) > 1e-6:
            raise reader.fail(
                where,
                f"the parts add up to {total:g}, not to {whole_ref[0]}@{whole_ref[1]} = {whole:g}",
            )
