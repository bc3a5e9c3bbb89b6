"""Checks that what passes validation is true to its sources, beyond each value's own type and
range: a reported change agrees with the series beside it (check written or not), a derived
count is never negative, a series runs year after year (or declares its gaps), and a count is a
whole number. Parts and wholes are checked in `derive.check_partitions`. No Qt here;
`dataset.py` calls `check_truth` once every figure is known.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .parts import Figure, compute
from .reader import Reader

COUNTS = ("children", "cases")  # units that count people or cases: whole, never negative
CHANGE = "-change"


def check_truth(
    reader: Reader, raw: Mapping[str, Any], figures: Mapping[tuple[str, int], Figure]
) -> None:
    _no_negative_counts(reader, figures)
    _changes_agree(reader, figures)
    _series_contiguous(reader, raw, figures)


def _name(figure: Figure) -> str:
    return f"{figure.key}@{figure.year}"


def _no_negative_counts(reader: Reader, figures: Mapping[tuple[str, int], Figure]) -> None:
    for figure in figures.values():
        if figure.unit in COUNTS and figure.value < 0:
            how = ""
            if figure.derivation is not None:
                args = ", ".join(f"{k}@{y}" for k, y in figure.derivation.args)
                how = f" ({figure.derivation.op} of {args})"
            raise reader.fail(
                _name(figure),
                f"comes out as {figure.value:g}{how}: a count cannot be negative, so one of "
                "the figures it is worked out from is wrong",
            )


def _changes_agree(reader: Reader, figures: Mapping[tuple[str, int], Figure]) -> None:
    """`x-change@Y`, a change in percent, against `x@Y-1` and `x@Y` where both are given."""
    for figure in figures.values():
        if not (figure.key.endswith(CHANGE) and figure.unit == "percent"):
            continue
        base = figure.key[: -len(CHANGE)]
        before, after = figures.get((base, figure.year - 1)), figures.get((base, figure.year))
        if before is None or after is None or before.value == 0:
            continue
        computed = compute("change", [before.value, after.value])
        if abs(computed - figure.value) > 0.5 * 10**-figure.decimals + 1e-9:
            raise reader.fail(
                _name(figure),
                f"{figure.value:g}% does not agree with the series beside it: "
                f"{base}@{before.year} = {before.value:g} and {base}@{after.year} = "
                f"{after.value:g} make a change of {computed:.{figure.decimals + 1}f}%",
            )


def _declared_gaps(reader: Reader, raw: Mapping[str, Any]) -> dict[str, set[int]]:
    gaps: dict[str, set[int]] = {}
    for index, table in enumerate(raw.get("figures", [])):
        if not isinstance(table, dict) or "gaps" not in table:
            continue
        value = table["gaps"]
        if not isinstance(value, list) or not all(
            isinstance(y, int) and not isinstance(y, bool) for y in value
        ):
            raise reader.fail(f"figures[{index}].gaps", "expected a list of years")
        gaps.setdefault(str(table.get("key")), set()).update(value)
    return gaps


def _series_contiguous(
    reader: Reader, raw: Mapping[str, Any], figures: Mapping[tuple[str, int], Figure]
) -> None:
    """A figure given as a series runs year after year, except for the years it declares as
    `gaps = [...]` (a year the release did not report)."""
    gaps = _declared_gaps(reader, raw)
    series = {
        table.get("key")
        for table in raw.get("figures", [])
        if isinstance(table, dict) and "series" in table
    }
    years: dict[str, list[int]] = {}
    for key, year in figures:
        if key in series:  # a figure given as a series (with its years given apart, too)
            years.setdefault(key, []).append(year)
    for key, found in years.items():
        found.sort()
        if len(found) < 2:
            continue
        missing = sorted(set(range(found[0], found[-1] + 1)) - set(found) - gaps.get(key, set()))
        if missing:
            first, last = missing[0], missing[-1]
            span = str(first) if first == last else f"{first}–{last}"
            raise reader.fail(
                key,
                f"the series runs from {found[0]} to {found[-1]} but has no figure for {span}: "
                "a year outside the edition's range, or a gap to declare with gaps = [...]",
            )
