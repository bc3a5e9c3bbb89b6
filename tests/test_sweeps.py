"""The quick run and the exhaustive run split a sweep's cases between them, none lost and none
run twice; a rule that names no parameter of the test stops the run (tests/sweeps.py)."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

CONFTEST = """
import pytest
import sweeps

@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    sweeps.mark_exhaustive(items)
"""

SWEEP = """
import pytest
from awareness_app.model.lesson.lesson import Audience
from sweeps import at_the_ends, representative

@pytest.fixture(params=["en", "ja"])
def language(request):
    return request.param

@representative(at_the_ends)
@pytest.mark.parametrize("audience", list(Audience))
def test_room(audience, language):
    pass

def test_plain():
    pass
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A test project with the suite's hook and marks (each test makes its own: run alone, a
    test without the marks registered failed on an unknown mark, not on what it checks)."""
    pytester.makeconftest(CONFTEST)
    pytester.makeini("[pytest]\nmarkers =\n    exhaustive\n    representative\n")
    return pytester


def _ran(pytester: pytest.Pytester, *args: str) -> set[str]:
    result = pytester.runpytest_inprocess("-p", "no:xdist", "-p", "no:cacheprovider", "-v", *args)
    return {
        line.split("::", 1)[1].split(" ", 1)[0]
        for line in result.outlines
        if "::" in line and " PASSED" in line
    }


def test_the_quick_and_the_exhaustive_runs_split_the_cases(project: pytest.Pytester) -> None:
    project.makepyfile(test_sweep=SWEEP)
    quick = _ran(project, "-m", "not exhaustive")
    exhaustive = _ran(project, "-m", "exhaustive")
    assert quick == {"test_room[ja-elementary]", "test_room[en-adults]", "test_plain"}
    assert len(exhaustive) == 6 and not quick & exhaustive  # 4 rooms × 2 languages, in all
    assert "test_room[en-elementary]" in exhaustive


def test_a_rule_naming_no_parameter_stops_the_run(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_wrong="""
import pytest
from sweeps import representative

@representative(lambda year: year == 2025)
@pytest.mark.parametrize("edition", [2024, 2025])
def test_edition(edition):
    pass
"""
    )
    result = project.runpytest_inprocess("-p", "no:xdist", "-p", "no:cacheprovider")
    assert result.ret != 0
    assert "the rule takes ['year']" in "\n".join(result.outlines + result.errlines)
