"""The data set: loaded and validated, consistent with itself and with facts.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from awareness_app import resources
from awareness_app.model.data.dataset import DataSet, DataSetError, load_dataset, parse_dataset

FACTS = Path(__file__).resolve().parents[2] / "shared" / "sources" / "facts.md"


def test_built_in_data_set_loads(dataset: DataSet) -> None:
    assert dataset.year == 2023
    assert dataset.figure("victims").value == 1665
    assert len(dataset.series("victims")) == 11


# --- figures as facts.md states them ---------------------------------------------------------

REPORTED = {
    ("victims", 2023): 1665,
    ("victims", 2022): 1732,
    ("serious", 2023): 225,
    ("serious", 2022): 158,
    ("serious-intercourse", 2023): 96,
    ("serious-abduction", 2023): 95,
    ("victims-junior-high", 2023): 748,
    ("victims-high-school", 2023): 713,
    ("victims-elementary", 2023): 139,
    ("victims-elementary", 2022): 114,
    ("offence-pornography", 2023): 592,
    ("offence-ordinance", 2023): 534,
    ("offence-prostitution", 2023): 290,
    ("elementary-pornography", 2023): 72,
    ("abuse-cases", 2023): 4418,
    ("intercourse-cases", 2023): 709,
    ("other-sex-offence-cases", 2023): 1694,
    ("first-contact", 2023): 74.2,
    ("serious-share", 2023): 13.5,
    ("victims-change", 2023): -3.9,
}
TREND = {
    2013: (1293, 28),
    2014: (1421, 38),
    2015: (1652, 35),
    2016: (1736, 43),
    2017: (1813, 41),
    2018: (1811, 55),
    2019: (2082, 72),
    2020: (1819, 84),
    2021: (1812, 83),
    2022: (1732, 114),
    2023: (1665, 139),
}


@pytest.mark.parametrize(("ref", "value"), sorted(REPORTED.items()))
def test_figures_match_facts(dataset: DataSet, ref: tuple[str, int], value: float) -> None:
    assert dataset.figure(*ref).value == value


def test_trend_matches_facts(dataset: DataSet) -> None:
    totals = {f.year: f.value for f in dataset.series("victims")}
    elementary = {f.year: f.value for f in dataset.series("victims-elementary")}
    assert {y: (totals[y], elementary[y]) for y in totals} == TREND


def test_trend_table_of_facts_md_matches_the_data() -> None:
    """Read the trend tables from facts.md itself, where it is available: every edition holds
    the series up to its own year, as facts.md gives it."""
    if not FACTS.exists():
        pytest.skip("shared/sources/facts.md is not beside this checkout")
    rows = re.findall(
        r"^\| (20\d\d) \| ([\d,]+) \| (\d+) \|", FACTS.read_text(encoding="utf-8"), re.M
    )
    assert [int(r[0]) for r in rows] == list(range(2013, 2026))
    for edition, path in resources.editions().items():
        data = load_dataset(path)
        for year, total, elementary in rows:
            if int(year) > edition:
                assert not data.has("victims", int(year))
                continue
            assert data.figure("victims", int(year)).value == int(total.replace(",", ""))
            assert data.figure("victims-elementary", int(year)).value == int(elementary)


def test_derived_figures_are_computed(dataset: DataSet) -> None:
    assert dataset.figure("victims-other-level").value == 65
    assert dataset.figure("serious-other").value == 34
    assert dataset.figure("serious-change").value == pytest.approx(42.405, abs=1e-3)
    assert dataset.figure("victims-elementary-growth").value == pytest.approx(4.964, abs=1e-3)
    assert round(dataset.figure("intercourse-cases", 2022).value) == 474
    assert round(dataset.figure("other-sex-offence-cases", 2022).value) == 1464
    assert dataset.figure("victims", 2018).grade == "derived"
    assert dataset.figure("abuse-cases-increase").value == 274


def test_data_set_is_consistent_with_itself(dataset: DataSet) -> None:
    # shares add up to the whole (to rounding), and reported shares match their counts
    levels = [
        "victims-junior-high",
        "victims-high-school",
        "victims-elementary",
        "victims-other-level",
    ]
    assert sum(dataset.figure(k).value for k in levels) == dataset.figure("victims").value
    shares = [dataset.figure(f"{k}-share").value for k in levels]
    assert sum(shares) == pytest.approx(100, abs=0.1)  # 8.3 is the article's rounded share
    assert round(shares[0], 1) == 44.9 and round(shares[1], 1) == 42.8
    serious = ["serious-intercourse", "serious-abduction", "serious-other"]
    assert sum(dataset.figure(f"{k}-share").value for k in serious) == pytest.approx(100)
    for key in ("serious-share", "victims-elementary-share", "offence-pornography-share"):
        figure = dataset.figure(key)
        assert figure.check is not None
        part, whole = (dataset.figures[r].value for r in figure.check.args)
        assert round(part / whole * 100, 1) == figure.value


def test_every_figure_has_a_known_source(dataset: DataSet) -> None:
    for figure in dataset.figures.values():
        assert figure.sources, figure
        for source in dataset.sources_of(figure):
            assert source.publisher
        assert figure.grade in ("reported", "derived")
        assert (figure.derivation is not None) == (figure.grade == "derived")


def test_bounds_are_kept_as_bounds(dataset: DataSet) -> None:
    assert dataset.figure("first-contact-bound").bound == "more-than"
    assert dataset.figure("met-on-x-or-instagram").bound == "nearly"


# --- errors that name the file and the field ------------------------------------------------


def _text() -> str:
    return resources.edition_file(2023).read_text(encoding="utf-8")


def _error(text: str) -> DataSetError:
    with pytest.raises(DataSetError) as caught:
        parse_dataset(text, "broken.toml")
    return caught.value


def test_wrong_type_names_the_field() -> None:
    error = _error(_text().replace("value = 713", 'value = "713"', 1))
    assert "broken.toml" in str(error)
    assert "victims-high-school" in error.where and "value" in error.where
    assert "expected int or float, found str" in error.problem


def test_missing_field_is_named() -> None:
    error = _error(
        _text().replace(
            'unit = "children"\ngrade = "reported"\nyear = 2023\nvalue = 748',
            'grade = "reported"\nyear = 2023\nvalue = 748',
            1,
        )
    )
    assert error.where.endswith(".unit") and "victims-junior-high" in error.where
    assert error.problem == "missing field"


def test_unknown_source_id() -> None:
    error = _error(
        _text().replace('value = 592\nsource = "aera-2024"', 'value = 592\nsource = "aera"', 1)
    )
    assert "unknown source id 'aera'" in str(error)


def test_parts_that_do_not_add_up() -> None:
    error = _error(_text().replace("value = 56\n", "value = 57\n", 1))
    assert "partitions[3]" in error.where
    assert "add up to 140" in error.problem


def test_percentage_that_does_not_match_its_counts() -> None:
    error = _error(_text().replace("value = 13.5\n", "value = 15.5\n", 1))
    assert "serious-share" in error.where
    assert "does not match its counts" in error.problem


def test_derived_figure_with_a_typed_value_is_refused() -> None:
    text = _text().replace(
        'key = "serious-other"\nlabel = "Serious crimes: other"\nunit = "children"\n'
        'grade = "derived"\nyear = 2023\n',
        'key = "serious-other"\nlabel = "Serious crimes: other"\nunit = "children"\n'
        'grade = "derived"\nyear = 2023\nvalue = 34\n',
        1,
    )
    error = _error(text)
    assert "computed, not typed in" in error.problem


def test_reference_to_a_missing_figure() -> None:
    error = _error(_text().replace('"victims-elementary@2013"]', '"victims-elementary@2012"]', 1))
    assert "victims-elementary@2012" in error.problem


def test_invalid_toml_and_unreadable_file(tmp_path: Path) -> None:
    assert "not valid TOML" in _error("[dataset\n").problem
    with pytest.raises(DataSetError, match="cannot be read"):
        load_dataset(tmp_path / "missing.toml")


def test_bad_grade_and_date() -> None:
    assert (
        "'estimated' is not one of"
        in _error(
            _text().replace(
                'unit = "children"\ngrade = "reported"', 'unit = "children"\ngrade = "estimated"', 1
            )
        ).problem
    )
    assert (
        "not a real date"
        in _error(_text().replace('released = "2024-03-14"', 'released = "2024-02-30"')).problem
    )
