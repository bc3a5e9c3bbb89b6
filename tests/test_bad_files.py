"""Bad files, each with the exact input of issue 24: false figures refused with the file, the
figure and the reason (point 3); files that are not regular, too large, or in another encoding
(point 4); one check of free text for contacts and school slides (point 7)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from awareness_app import cli, resources
from awareness_app.model.data.dataset import DataSetError, load_dataset
from awareness_app.model.lesson.plan import PlanError, load_plan
from awareness_app.model.settings.site import load_site_config
from awareness_app.model.text.free_text import bad_characters
from awareness_app.model.text.text_file import MAX_BYTES

DATA = Path(__file__).parent / "data"


def _npa_2025() -> str:
    return resources.editions()[2025].read_text(encoding="utf-8")


def _changed(tmp_path: Path, old: str, new: str) -> Path:
    text = _npa_2025()
    assert old in text, old
    path = tmp_path / "npa-2025.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


# --- point 3: false figures ------------------------------------------------------------------

FALSE_FIGURES = {
    "a change that disagrees with its series, check removed": (
        'value = 5.4\nsource = "yomiuri-2026"\n'
        'check = { op = "change", args = ["victims@2024", "victims@2025"] }\n',
        'value = 42.0\nsource = "yomiuri-2026"\n',
        ("victims-change@2025", "does not agree with the series", "5.38%"),
    ),
    "a derived count that comes out negative": (
        'key = "elementary-met-instagram"\nlabel = "Elementary pupils who met the offender on '
        'Instagram"\nunit = "children"\ngrade = "reported"\nyear = 2025\nvalue = 36',
        'key = "elementary-met-instagram"\nlabel = "Elementary pupils who met the offender on '
        'Instagram"\nunit = "children"\ngrade = "reported"\nyear = 2025\nvalue = 80',
        ("elementary-met-line@2025", "-25", "cannot be negative"),
    ),
    "a part larger than its whole": (
        'key = "elementary-indecency"\nlabel = "Elementary pupils: non-consensual indecency"\n'
        'unit = "children"\ngrade = "reported"\nyear = 2025\nvalue = 55',
        'key = "elementary-indecency"\nlabel = "Elementary pupils: non-consensual indecency"\n'
        'unit = "children"\ngrade = "reported"\nyear = 2025\nvalue = 500',
        ("elementary-indecency@2025", "victims-elementary@2025 = 167", "cannot be larger"),
    ),
    "year 1900 in the victims series": (
        '    { year = 2013, value = 1293, source = "jt-2014" },',
        '    { year = 1900, value = 1293, source = "jt-2014" },\n'
        '    { year = 2013, value = 1293, source = "jt-2014" },',
        ("victims", "1900", "no figure for 1901–2012"),
    ),
    "307.4 children": (
        '    { year = 2021, value = 1812, source = "jt-2022" },',
        '    { year = 2021, value = 307.4, source = "jt-2022" },',
        ("(victims)", "307.4 children", "whole number"),
    ),
}


@pytest.mark.parametrize("case", sorted(FALSE_FIGURES))
def test_a_false_figure_is_refused_with_file_figure_and_reason(tmp_path: Path, case: str) -> None:
    old, new, expected = FALSE_FIGURES[case]
    path = _changed(tmp_path, old, new)
    with pytest.raises(DataSetError) as caught:
        load_dataset(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    for part in expected:
        assert part in message, message


def test_the_shipped_editions_pass_the_same_checks() -> None:
    for path in resources.editions().values():
        load_dataset(path)


def test_a_huge_value_is_a_short_message_naming_the_figure(tmp_path: Path) -> None:
    path = _changed(
        tmp_path,
        '    { year = 2021, value = 1812, source = "jt-2022" },',
        '    { year = 2021, value = 1e308, source = "jt-2022" },',
    )
    with pytest.raises(DataSetError) as caught:
        load_dataset(path)
    assert "(victims)" in str(caught.value) and "far too large" in str(caught.value)
    assert len(str(caught.value)) < 200 + len(str(path))


# --- point 4: files that are not regular, too large, or not UTF-8 -----------------------------


def test_a_fifo_is_refused_without_hanging(tmp_path: Path, capsys) -> None:
    fifo = tmp_path / "data.toml"
    os.mkfifo(fifo)
    result: list[int] = []
    worker = threading.Thread(
        target=lambda: result.append(
            cli.main(["--data", str(fifo), "--export-script", str(tmp_path / "x.md")])
        ),
        daemon=True,
    )
    worker.start()
    worker.join(20)
    if worker.is_alive():  # unblock the reader before failing
        with open(fifo, "wb"):
            pass
        pytest.fail("--data on a FIFO hung")
    assert result and result[0] != 0
    assert "not a file" in capsys.readouterr().err


def test_dev_zero_is_refused_before_reading() -> None:
    with pytest.raises(DataSetError, match="not a file"):
        load_dataset("/dev/zero")
    with pytest.raises(PlanError, match="not a file"):
        load_plan("/dev/zero")


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "npa-2025.toml"
    with big.open("wb") as fp:
        fp.truncate(MAX_BYTES + 1)  # sparse: nothing is read to refuse it
    with pytest.raises(DataSetError, match="at most 2 MB"):
        load_dataset(big)


def test_a_utf8_bom_is_accepted_in_data_plans_and_site(tmp_path: Path) -> None:
    data = tmp_path / "npa-2025.toml"
    data.write_bytes(b"\xef\xbb\xbf" + _npa_2025().encode("utf-8"))
    assert load_dataset(data).year == 2025
    assert load_plan(DATA / "plans" / "bom.toml").name == "Notepad plan"
    site = load_site_config(DATA / "site" / "bom-site.toml")
    assert site.problems == () and site.values == {"theme": "dark"}


@pytest.mark.parametrize(("name", "encoding"), [("utf16", "UTF-16"), ("shift-jis", "Shift_JIS")])
def test_another_encoding_is_named_with_what_to_do(
    tmp_path: Path, name: str, encoding: str
) -> None:
    plan = DATA / "plans" / f"{name}.toml"
    with pytest.raises(PlanError) as caught:
        load_plan(plan)
    assert f"saved as {encoding}" in str(caught.value) and "save it as UTF-8" in str(caught.value)
    data = tmp_path / "npa-2025.toml"
    data.write_bytes(_npa_2025().encode("utf-16" if name == "utf16" else "cp932", "replace"))
    with pytest.raises(DataSetError, match=f"saved as {encoding}: save it as UTF-8"):
        load_dataset(data)
    site = tmp_path / "site.toml"
    site.write_bytes(
        '[defaults]\ntheme = "dark"\n# 学校\n'.encode("utf-16" if name == "utf16" else "shift_jis")
    )
    assert any(f"saved as {encoding}" in p for p in load_site_config(site).problems)


# --- point 7: one check of free text ---------------------------------------------------------


def test_a_right_to_left_override_is_refused_in_a_school_slide_as_in_a_contact() -> None:
    from awareness_app.model.lesson.contacts import LocalContact, validate

    with pytest.raises(PlanError, match="U\\+202E"):
        load_plan(DATA / "plans" / "rlo-school-slide.toml")
    assert validate(LocalContact("Room \u202e12\u202c", "", "Room 2-3"))
    assert bad_characters("🧑‍🏫 先生") == []
    assert bad_characters("Room \u202e12\u202c") == ["U+202E", "U+202C"]


def test_the_school_slide_dialog_refuses_a_right_to_left_override(qtbot, dataset) -> None:
    from PySide6.QtWidgets import QWidget

    from awareness_app.ui.app import create_application
    from awareness_app.ui.window.school_dialog import SchoolSlideDialog

    create_application()
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = SchoolSlideDialog("own-room", None, parent)
    qtbot.addWidget(dialog)
    dialog.titles["en"].setText("Call Room \u202e12\u202c first")
    dialog.accept()
    assert dialog.result() == 0 and "control characters" in dialog.error.text()
