"""A strict data-file schema, checked the same way on every path in: unknown keys (with the
closest allowed name), shares outside 0–100, decimals outside 0–3, figures after the data set's
year and dates that are not dates are refused with a message naming the field — by the loader,
the command line, a site configuration and File › Open. Text from a data file is shown as plain
text in the window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from awareness_app import cli, resources
from awareness_app.model.data.dataset import DataSetError, load_dataset, parse_dataset
from awareness_app.model.data.schema import DATA_FILE, check_keys
from awareness_app.ui.window.elided_label import ElidedLabel
from awareness_app.ui.window.file_actions import FileActions
from awareness_app.ui.window.main_window import MainWindow

# a small data file with one table of every kind the loader reads
BASE = """\
[dataset]
id = "mini"
title = "A small data set"
year = 2023
released = "2024-03-14"
release_title = "Release"
release_url = "https://www.npa.go.jp/"
publisher = "National Police Agency"
facts_checked = "2024-04-01"

[sources.npa]
title = "NPA release"
publisher = "National Police Agency"
date = "2024-03-14"
url = "https://www.npa.go.jp/"
tier = "A"

[[figures]]
key = "victims"
label = "Victims"
unit = "children"
grade = "reported"
series = [
  { year = 2022, value = 1732, source = "npa" },
  { year = 2023, value = 1665, source = "npa" },
]

[[figures]]
key = "victims-elementary"
label = "Elementary pupils"
unit = "children"
grade = "reported"
year = 2023
value = 139
source = "npa"

[[figures]]
key = "victims-other"
label = "Other pupils"
unit = "children"
grade = "derived"
year = 2023
derive = { op = "difference", args = ["victims", "victims-elementary"] }

[[figures]]
key = "victims-elementary-share"
label = "Share of elementary pupils"
unit = "percent"
grade = "derived"
decimals = 1
year = 2023
derive = { op = "share", args = ["victims-elementary", "victims"] }

[[figures]]
key = "first-contact"
label = "First contact on social media"
unit = "percent"
grade = "reported"
decimals = 1
year = 2023
value = 74.2
source = "npa"

[[figures]]
key = "victims-change"
label = "Change in victims"
unit = "percent"
grade = "reported"
decimals = 1
year = 2023
value = -3.9
source = "npa"
check = { op = "change", args = ["victims@2022", "victims"] }

[[partitions]]
whole = "victims"
parts = ["victims-elementary", "victims-other"]

[[helplines]]
name = "Police"
number = "110"
hours = "24 hours"
source = ""
"""
RECORD = '\n[[records]]\nfigure = "victims@2022"\nkind = "highest"\nsince = 2013\nsource = "npa"\n'


def _with(replace: dict[str, str], text: str = BASE) -> str:
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def _error(text: str) -> DataSetError:
    with pytest.raises(DataSetError) as caught:
        parse_dataset(text, "bad.toml")
    return caught.value


def test_the_small_data_set_loads() -> None:
    data = parse_dataset(BASE, "mini.toml")
    assert data.figure("victims-elementary-share").value == pytest.approx(8.348, abs=1e-3)
    assert data.figure("victims-change").value == -3.9  # a change may be below 0


@pytest.mark.parametrize(
    "path", sorted((resources.root() / "data").glob("*.toml")), ids=lambda p: p.name
)
def test_every_built_in_data_file_still_loads(path: Path) -> None:
    data = load_dataset(path)
    assert data.figures and data.year >= 2023


# --- unknown keys ---------------------------------------------------------------------------

MISSPELT = [
    # (the change, where, the problem)
    (
        {"": "[[helpline]]\nname = 'x'\n"},
        "helpline",
        "unknown key 'helpline'; did you mean 'helplines'?",
    ),
    (
        {'facts_checked = "2024-04-01"': 'facts_checked = "2024-04-01"\nfacts_check = "x"'},
        "dataset.facts_check",
        "unknown key 'facts_check'; did you mean 'facts_checked'?",
    ),
    (
        {'tier = "A"': 'tire = "A"'},
        "sources.npa.tire",
        "unknown key 'tire'; did you mean 'tier'?",
    ),
    (
        {"value = 74.2\n": 'value = 74.2\nbounds = "more-than"\n'},
        "figures[4] (first-contact).bounds",
        "unknown key 'bounds'; did you mean 'bound'?",
    ),
    (
        {'value = 1732, source = "npa"': 'value = 1732, sorce = "npa"'},
        "figures[0] (victims).series[0].sorce",
        "unknown key 'sorce'; did you mean 'source'?",
    ),
    (
        {'{ op = "share", args': '{ op = "share", arg'},
        "figures[3] (victims-elementary-share).derive.arg",
        "unknown key 'arg'; did you mean 'args'?",
    ),
    (
        {'check = { op = "change"': 'check = { opp = "change", op = "change"'},
        "figures[5] (victims-change).check.opp",
        "unknown key 'opp'; did you mean 'op'?",
    ),
    (
        {"parts = [": "part = ["},
        "partitions[0].part",
        "unknown key 'part'; did you mean 'parts'?",
    ),
    (
        {'source = ""': 'source = ""\nplain_nmae = "Police"'},
        "helplines[0].plain_nmae",
        "unknown key 'plain_nmae'; did you mean 'plain_name'?",
    ),
    (
        {"": RECORD.replace('source = "npa"', 'sources = "npa"')},
        "records[0].sources",
        "unknown key 'sources'; did you mean 'source'?",
    ),
]


def _apply(change: dict[str, str]) -> str:
    """`""` as the old text appends the new text to the file."""
    text = BASE
    for old, new in change.items():
        text = text + new if old == "" else _with({old: new}, text)
    return text


@pytest.mark.parametrize(("change", "where", "problem"), MISSPELT, ids=[m[1] for m in MISSPELT])
def test_a_misspelt_key_is_named_with_the_closest_allowed_one(
    change: dict[str, str], where: str, problem: str
) -> None:
    error = _error(_apply(change))
    assert (error.where, error.problem) == (where, problem)
    assert str(error) == f"bad.toml: {where}: {problem}"


def test_an_unknown_key_with_no_close_name_lists_the_allowed_ones() -> None:
    error = _error(_with({"value = 139\n": 'value = 139\ncolour = "red"\n'}))
    assert error.where == "figures[1] (victims-elementary).colour"
    assert "unknown key 'colour'; the keys here are key, label, unit" in error.problem


def test_records_and_the_release_address_are_allowed_keys() -> None:
    raw = {"dataset": {"release_url": ""}, "records": [{"figure": "x", "kind": "", "since": 1}]}
    check_keys(raw, lambda where, problem: AssertionError(f"{where}: {problem}"))
    assert set(DATA_FILE.keys) == {
        "dataset",
        "sources",
        "figures",
        "partitions",
        "helplines",
        "records",
    }


# --- values ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["174.2", "-0.5"])
def test_a_share_outside_0_to_100_is_refused(value: str) -> None:
    error = _error(_with({"value = 74.2": f"value = {value}"}))
    assert error.where == "figures[4] (first-contact).value"
    assert error.problem == f"{float(value):g} is a share, so it must lie within 0–100"


def test_a_derived_share_over_100_is_refused() -> None:
    error = _error(
        _with(
            {'args = ["victims-elementary", "victims"]': 'args = ["victims", "victims-elementary"]'}
        )
    )
    assert error.where == "figures[3] (victims-elementary-share).derive"
    assert error.problem.startswith(
        "victims-elementary-share@2023 is a share, so it must lie within 0–100; "
        "its share comes to 1197.8"
    )


@pytest.mark.parametrize("decimals", [-3, 4])
def test_decimals_outside_0_to_3_are_refused(decimals: int) -> None:
    first_contact = "decimals = 1\nyear = 2023\nvalue = 74.2"
    error = _error(_with({first_contact: first_contact.replace("1", str(decimals), 1)}))
    assert error.where == "figures[4] (first-contact).decimals"
    assert error.problem == f"{decimals} is not a number from 0 to 3"


def test_a_figure_after_the_data_sets_year_is_refused() -> None:
    row = '{ year = 2023, value = 1665, source = "npa" },'
    later = '{ year = 2031, value = 1, source = "npa" },'
    error = _error(_with({row: f"{row}\n  {later}"}))
    assert error.where == "figures[0] (victims).series[2].year"
    assert error.problem == "2031 is after the data set's year 2023"
    single = _error(_with({"year = 2023\nvalue = 139": "year = 2024\nvalue = 139"}))
    assert single.where == "figures[1] (victims-elementary).year"
    assert single.problem == "2024 is after the data set's year 2023"


@pytest.mark.parametrize(
    ("change", "where", "problem"),
    [
        ('released = "2024-02-30"', "dataset.released", "'2024-02-30' is not a real date"),
        ('released = "2024-03"', "dataset.released", "'2024-03' is not a full date (YYYY-MM-DD)"),
        (
            'released = "2022-12-01"',
            "dataset.released",
            "2022-12-01 is before the data set's year 2023",
        ),
        ('facts_checked = "2024-13"', "dataset.facts_checked", "'2024-13' is not a real date"),
        (
            'facts_checked = "2024-02-30"',
            "dataset.facts_checked",
            "'2024-02-30' is not a real date",
        ),
        (
            'facts_checked = "soon"',
            "dataset.facts_checked",
            "'soon' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        ),
    ],
)
def test_dates_that_are_not_dates_are_refused(change: str, where: str, problem: str) -> None:
    name = change.split(" = ")[0]
    old = re.search(rf'^{name} = ".*"$', BASE, re.M)
    assert old is not None
    error = _error(_with({old.group(0): change}))
    assert (error.where, error.problem) == (where, problem)


# --- the same bad files through the command line and a site configuration --------------------

BAD_FILES = {
    "misspelt-key": (
        {"value = 74.2\n": 'value = 74.2\nbounds = "more-than"\n'},
        "figures[4] (first-contact).bounds: unknown key 'bounds'; did you mean 'bound'?",
    ),
    "share-over-100": (
        {"value = 74.2": "value = 174.2"},
        "figures[4] (first-contact).value: 174.2 is a share",
    ),
    "derived-share-over-100": (
        {'args = ["victims-elementary", "victims"]': 'args = ["victims", "victims-elementary"]'},
        "figures[3] (victims-elementary-share).derive: victims-elementary-share@2023 is a share",
    ),
    "decimals": (
        {"decimals = 1\nyear = 2023\nvalue = 74.2": "decimals = -3\nyear = 2023\nvalue = 74.2"},
        "figures[4] (first-contact).decimals: -3 is not a number from 0 to 3",
    ),
    "future-year": (
        {"year = 2023\nvalue = 139": "year = 2031\nvalue = 139"},
        "figures[1] (victims-elementary).year: 2031 is after the data set's year 2023",
    ),
    "released": (
        {'released = "2024-03-14"': 'released = "2024-02-30"'},
        "dataset.released: '2024-02-30' is not a real date",
    ),
}


def _bad_file(folder: Path, name: str) -> Path:
    path = folder / f"{name}.toml"
    path.write_text(_with(BAD_FILES[name][0]), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_the_command_line_refuses_a_bad_data_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    bad = _bad_file(tmp_path, name)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "lesson.md"
    assert cli.main(["--data", str(bad), "--export-script", str(out)]) == 1
    err = capsys.readouterr().err
    assert "not valid" in err and f"{bad}: {BAD_FILES[name][1]}" in err
    assert not list(folder.iterdir())  # no script, partial or temporary file


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_site_configurations_bad_data_file_is_reported_by_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    bad = _bad_file(tmp_path, name)
    site = tmp_path / "site.toml"
    site.write_text(f'[data]\nfile = "{bad.name}"\n', encoding="utf-8")
    out = tmp_path / "lesson.md"
    assert cli.main(["--config", str(site), "--export-script", str(out)]) == 0
    err = capsys.readouterr().err
    assert "site configuration's data set cannot be used" in err and "built-in data" in err
    assert BAD_FILES[name][1] in err and bad.name in err
    assert "A small data set" not in out.read_text(encoding="utf-8")  # the built-in data


# --- File › Open ----------------------------------------------------------------------------


@pytest.fixture
def window(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    # message boxes would wait for a click: record them instead
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    window.messages = shown  # type: ignore[attr-defined]
    return window


def _files(window: MainWindow) -> FileActions:
    actions = window.findChild(FileActions)
    assert actions is not None
    return actions


@pytest.mark.parametrize("name", ["misspelt-key", "share-over-100", "derived-share-over-100"])
def test_file_open_refuses_a_bad_data_file_and_keeps_the_data(
    window: MainWindow, tmp_path: Path, name: str
) -> None:
    before = window.dataset
    label = _files(window).dataset_label.text()
    bad = _bad_file(tmp_path, name)
    assert not _files(window).open_dataset(bad)
    assert window.dataset is before and window.presenting.dataset is before
    box = _files(window).message_box
    assert box is not None and "keeps the data it has" in box.text()
    assert box.detailedText().startswith(f"{bad}: {BAD_FILES[name][1]}")
    assert _files(window).dataset_label.text() == label


# --- text from a file is plain text -----------------------------------------------------------

MARKUP = '<img src="x.png"><a href="http://example.com">link</a>'


def test_a_title_with_markup_is_shown_as_typed_and_is_no_link(
    window: MainWindow, tmp_path: Path
) -> None:
    text = resources.edition_file(2023).read_text(encoding="utf-8")
    text, count = re.subn(r"(?m)^title = .*$", f"title = '{MARKUP}'", text, count=1)
    assert count == 1
    path = tmp_path / "markup.toml"
    path.write_text(text, encoding="utf-8")
    files = _files(window)
    assert files.open_dataset(path), window.messages  # type: ignore[attr-defined]
    label = files.dataset_label
    assert isinstance(label, ElidedLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "<img" in label.text() and MARKUP in label.text()
    assert not label.openExternalLinks()
    assert not label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    assert "Now using <img" in window.statusBar().currentMessage()  # drawn as plain text


def test_a_long_title_is_elided_with_the_whole_text_in_the_tooltip(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    long_title = "A district copy " + "with a very long title " * 20 + "END"
    text = resources.edition_file(2023).read_text(encoding="utf-8")
    text = re.sub(r"(?m)^title = .*$", f'title = "{long_title}"', text, count=1)
    path = tmp_path / "long.toml"
    path.write_text(text, encoding="utf-8")
    files = _files(window)
    width = window.width()
    assert files.open_dataset(path)
    label = files.dataset_label
    qtbot.waitUntil(lambda: label.is_elided())
    assert window.width() == width  # the window did not grow
    assert label.width() <= window.width() // 2 + 1
    assert long_title in label.text()
    assert long_title in label.full_tool_tip() and str(path) in label.full_tool_tip()
    assert label.shown_lines()[0].endswith("…")


def test_the_warning_banner_is_plain_text_and_elided(window: MainWindow, qtbot) -> None:
    long = "/site/" + "very-long-folder/" * 60 + "site.toml: defaults.language: 'fr'"
    window.show_warnings([f"{MARKUP} in a site configuration", long])
    banner = window.banner
    assert banner.isVisible()
    assert banner.textFormat() == Qt.TextFormat.PlainText
    assert MARKUP in banner.text() and long in banner.text()
    assert window.width() <= 1280
    qtbot.waitUntil(lambda: banner.is_elided())
    assert long in banner.full_tool_tip()
