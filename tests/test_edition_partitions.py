"""Every edition declares which of its figures are parts of which whole (issue 24, point 3), so
that one check (`derive.check_partitions`: each part at most its whole, and the parts
adding up to it where they cover it) holds for 2023, 2024 and 2025 alike.

The relations below are read from ../shared/sources/facts.md: a school level, an offence, an age,
a meeting place or "posted first" counts some of the victims (or of the elementary pupils); the
serious crimes' kinds are parts of the serious crimes; the 709 and 1,694 cases are of the 4,418;
the 65 deepfakes by schoolmates are of the 114.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from awareness_app import resources
from awareness_app.model.data.dataset import DataSetError, load_dataset
from awareness_app.model.data.derive import check_partitions
from awareness_app.model.data.reader import Reader

ELEMENTARY_PARTS = {
    *(f"elementary-{offence}" for offence in ("pornography", "intercourse", "indecency")),
    *(f"elementary-{offence}" for offence in ("ordinance", "abduction", "prostitution")),
    "elementary-meeting-demands",
    *(f"elementary-age-{age}" for age in range(8, 13)),
    "elementary-first-contact",
    *(f"elementary-met-{place}" for place in ("instagram", "tiktok", "games", "line")),
    "elementary-met-instagram-tiktok-line",
}
VICTIM_PARTS = {
    *(f"victims-{level}" for level in ("junior-high", "high-school", "elementary", "other-level")),
    *(f"offence-{offence}" for offence in ("pornography", "ordinance", "prostitution")),
    *(f"offence-{offence}" for offence in ("intercourse", "indecency")),
    "serious",
    "first-contact-count",
    *(f"met-{place}" for place in ("instagram", "x", "tiktok", "games")),
    "met-x-or-instagram-count",
}
# whole → the figures facts.md counts among it
PARTS_OF = {
    "victims": VICTIM_PARTS,
    "victims-elementary": ELEMENTARY_PARTS,
    "serious": {"serious-intercourse", "serious-abduction", "serious-other"},
    "elementary-met-instagram-tiktok-line": {
        "elementary-met-instagram",
        "elementary-met-tiktok",
        "elementary-met-line",
    },
    "abuse-cases": {"intercourse-cases", "other-sex-offence-cases"},
    "deepfakes": {"deepfakes-schoolmates"},
}
# counts that are no part of anything: changes from the year before
NOT_PARTS = {"victims-increase", "victims-elementary-increase", "abuse-cases-increase"}
COUNTS = {"children", "cases"}
EDITIONS = sorted(resources.editions())


def _declared(path: Path) -> set[tuple[str, str]]:
    """(part, whole) as `key@year`, each declaration and what follows from two of them."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    pairs = {(p, table["whole"]) for table in data.get("partitions", []) for p in table["parts"]}
    while True:  # a part of a part is a part of the whole
        more = {(a, d) for a, b in pairs for c, d in pairs if b == c} - pairs
        if not more:
            return pairs
        pairs |= more


@pytest.mark.parametrize("year", EDITIONS)
def test_every_part_of_the_editions_year_is_declared(year: int) -> None:
    path = resources.editions()[year]
    dataset = load_dataset(path)
    declared = _declared(path)
    expected = {
        (f"{key}@{year}", f"{whole}@{year}")
        for whole, parts in PARTS_OF.items()
        if (whole, year) in dataset.figures
        for key in parts
        if (key, year) in dataset.figures
    }
    assert expected, year
    assert expected - declared == set(), f"{path.name}: parts not declared"
    # every count of the edition's year is a whole, a part or a change: a new one is classified
    known = set(PARTS_OF) | set().union(*PARTS_OF.values()) | NOT_PARTS
    counts = {k for (k, y), f in dataset.figures.items() if y == year and f.unit in COUNTS}
    assert counts - known == set(), f"{path.name}: counts facts.md's relations do not place"


def _reported_parts(path: Path) -> list[tuple[str, str]]:
    """(part, whole) of the edition's declarations whose part is a value written in the file
    (a derived part cannot be made larger by hand)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    written = {f"{f['key']}@{f['year']}" for f in data["figures"] if "value" in f}
    return sorted(
        (part, table["whole"])
        for table in data["partitions"]
        for part in table["parts"]
        if part in written
    )


def _with_value(text: str, ref: str, value: int) -> str:
    key, _, year = ref.partition("@")
    block = re.compile(
        rf'(key = "{re.escape(key)}"\n(?:(?!\[\[)[^\n]*\n)*?year = {year}\n'
        rf"(?:(?!\[\[)[^\n]*\n)*?value = )[0-9.]+"
    )
    changed, count = block.subn(rf"\g<1>{value}", text, count=1)
    assert count == 1, ref
    return changed


@pytest.mark.parametrize("year", EDITIONS)
def test_each_declared_part_larger_than_its_whole_is_refused(year: int) -> None:
    """The check itself, for every declaration of the edition (derived parts too): the edition's
    figures with one part made one larger than its whole."""
    path = resources.editions()[year]
    figures = dict(load_dataset(path).figures)
    raw = tomllib.loads(path.read_text(encoding="utf-8"))["partitions"]
    declared = sorted({(p, t["whole"]) for t in raw for p in t["parts"]})
    assert len(declared) >= 10, declared
    reader = Reader(path)
    for part, whole in declared:
        ref, whole_ref = _ref(part), _ref(whole)
        too_many = figures[whole_ref].value + 1
        changed = {**figures, ref: replace(figures[ref], value=too_many)}
        with pytest.raises(DataSetError) as caught:
            check_partitions(reader, raw, changed, year)
        message = str(caught.value)
        if f"not to {part} = " in message:  # the part is the whole of parts that cover it
            assert message.endswith(f"not to {part} = {too_many:g}"), message
            continue
        assert message.startswith(f"{path}: {part}: {too_many:g} is a part of {whole} = "), message
        assert message.endswith("so it cannot be larger"), message


def _ref(text: str) -> tuple[str, int]:
    key, _, year = text.partition("@")
    return key, int(year)


# a larger part is refused earlier where a share of it comes out over 100 %
EARLIER_REASONS = ("so it must lie within 0–100", "does not match its counts")


@pytest.mark.parametrize("year", EDITIONS)
def test_a_copy_with_a_part_larger_than_its_whole_is_refused(tmp_path: Path, year: int) -> None:
    """Each part written in the edition's file, made one larger than its whole in a copy: the
    file is refused, with the file, the figure and the reason."""
    source = resources.editions()[year]
    dataset = load_dataset(source)
    text = source.read_text(encoding="utf-8")
    cases = _reported_parts(source)
    by_the_partition = 0
    for part, whole in cases:
        too_many = round(dataset.figures[_ref(whole)].value) + 1
        path = tmp_path / f"{part}-of-{whole}.toml"
        path.write_text(_with_value(text, part, too_many), encoding="utf-8")
        with pytest.raises(DataSetError) as caught:
            load_dataset(path)
        message = str(caught.value)
        assert message.startswith(f"{path}: "), message
        if "cannot be larger" in message:
            assert f"{part}: {too_many} is a part of {whole} = " in message, message
            by_the_partition += 1
        else:
            assert any(reason in message for reason in EARLIER_REASONS), message
    assert by_the_partition >= 3, (year, by_the_partition)
