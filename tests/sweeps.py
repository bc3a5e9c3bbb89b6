"""The cartesian sweeps: a quick `python -m pytest` (the README's command) runs their
representative cases; the others are marked `exhaustive` and run by `python -m pytest -m
exhaustive`, which CI runs too (`.ci/run`), so that every case is checked before it lands.

A sweep says which of its cases are representative with `@representative(rule)`: `rule` takes
the case's parameters by name (any of them: those of `parametrize` and of parametrized
fixtures) and says whether the case runs in the quick run. `mark_exhaustive` (called by
`conftest.pytest_collection_modifyitems`) marks every other case `exhaustive`, before `-m`
selects.

The representative cases are where a rule is hardest to keep: the newest edition (what a teacher
presents); Japanese for elementary pupils (readings over kanji, plain words, the largest type,
lines broken between phrases) and English for adults (the longest words and lines). An older
edition's words are the newest's; its figures and slides differ."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable

import pytest

from awareness_app import resources
from awareness_app.model.lesson.lesson import Audience

EDITIONS = sorted(resources.editions())
NEWEST = max(EDITIONS)
MARKER = "exhaustive"
RULE = "representative"
# the two ends of the rooms: the strictest rules, and the longest text
ENDS = {(Audience.ELEMENTARY, "ja"), (Audience.ADULTS, "en")}


def representative(rule: Callable[..., bool]) -> pytest.MarkDecorator:
    """The test's cases that `rule(**their parameters)` turns down are `exhaustive`."""
    return getattr(pytest.mark, RULE).with_args(rule)  # with_args: a lone callable is the rule


def mark_exhaustive(items: Iterable[pytest.Item]) -> None:
    """Mark `exhaustive` each case its `@representative` rule turns down. A test with the rule
    but no parameters, or a rule naming a parameter the test does not have, is an error."""
    for item in items:
        mark = item.get_closest_marker(RULE)
        if mark is None:
            continue
        (rule,) = mark.args
        params = getattr(item, "callspec", None)
        if params is None:
            raise pytest.UsageError(f"{item.nodeid}: @representative on a test with no cases")
        names = inspect.signature(rule).parameters
        missing = [name for name in names if name not in params.params]
        if missing:
            raise pytest.UsageError(f"{item.nodeid}: the rule takes {missing}, not parameters")
        if not rule(**{name: params.params[name] for name in names}):
            item.add_marker(getattr(pytest.mark, MARKER))


def newest(edition: int) -> bool:
    return edition == NEWEST


def at_the_ends(audience: Audience, language: str) -> bool:
    """Japanese for elementary pupils, or English for adults."""
    return (audience, language) in ENDS


def newest_at_the_ends(edition: int, audience: Audience, language: str) -> bool:
    """The newest edition, at the two ends of the rooms."""
    return edition == NEWEST and at_the_ends(audience, language)


def newest_or_strictest(edition: int, audience: Audience, language: str) -> bool:
    """The newest edition at the two ends; an older one for Japanese pupils."""
    return at_the_ends(audience, language) and (
        edition == NEWEST or audience == Audience.ELEMENTARY
    )
