"""The cartesian sweeps: every case runs in a plain `python -m pytest` (CI's command), and the
cases beyond a representative few are marked `exhaustive`, so that a quick local run can leave
them out with `-m "not exhaustive"`.

The representative cases are the newest edition (what a teacher presents) in every room and
language, and the older editions where the rules are strictest (Japanese for elementary
pupils); an older edition's words are the newest's, its figures and slides differ."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import pytest

from awareness_app import resources
from awareness_app.model.lesson.lesson import Audience

EDITIONS = sorted(resources.editions())
NEWEST = max(EDITIONS)
MARKER = "exhaustive"


def cases(
    names: str | Sequence[str], *axes: Sequence[object], representative: Callable[..., bool]
) -> pytest.MarkDecorator:
    """`pytest.mark.parametrize(names, …)` over the product of `axes`, each case that
    `representative(*case)` turns down marked `exhaustive`."""
    params = [
        pytest.param(*case, marks=() if representative(*case) else pytest.mark.exhaustive)
        for case in itertools.product(*axes)
    ]
    return pytest.mark.parametrize(names, params, ids=str)


def newest_or_strictest(edition: int, audience: Audience, language: str) -> bool:
    """The newest edition in every room and language; an older one for Japanese pupils."""
    return edition == NEWEST or (audience == Audience.ELEMENTARY and language == "ja")
