"""The parts a data set is made of: its sources, its figures (and the arithmetic that derives
one from others), its help lines and the records its sources report; and `DataSetError`, which
refuses a data file. No Qt here; `dataset.py` holds the data set and loads it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


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
    # the language of `title` where it is the article's own headline ("en", "ja"); "" where the
    # title is our description ("News report on …"): shown in another language, a headline is
    # marked as a translation, and a description is never quoted as if it were one
    headline: str = ""


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
