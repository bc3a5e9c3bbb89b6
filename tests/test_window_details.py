"""Smaller things a teacher met in the window (issue 13, point 13): the table's rows, where file
dialogs start, the handout's help lines, the About box's licence text."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.contacts import LocalContact
from awareness_app.model.lesson.lesson import Audience
from awareness_app.ui import file_dialog
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import MainWindow
from lessons import LESSON


def test_the_charts_table_has_compact_rows(qtbot, window: MainWindow) -> None:
    window.go_to_id("trend")
    chart = window.slide_view.chart
    qtbot.mouseClick(chart.table_button, Qt.MouseButton.LeftButton)
    table = chart.table
    assert table.isVisible() and table.rowCount() >= 5
    line = table.fontMetrics().height()
    heights = [table.rowHeight(row) for row in range(table.rowCount())]
    assert max(heights) <= line + 10, heights  # one line each, not two or three
    assert table.viewport().height() // max(heights) >= 5  # not 2½ rows in sight
    # a long source is cut short in its cell, and its tooltip has it all
    source = table.item(0, table.columnCount() - 1)
    assert source.toolTip() == source.text() and source.text()


def test_file_dialogs_start_in_the_folder_used_last(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "lessons"
    folder.mkdir()
    starts: list[str] = []

    def save(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return "", ""  # cancelled

    def open_(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return str(folder / "missing.toml"), ""

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setattr(file_dialog, "get_save_file_name", save)
    monkeypatch.setattr(file_dialog, "get_open_file_name", open_)
    window.files.export_handout_dialog()  # nothing chosen yet: the documents folder
    assert Path(starts[-1]).parent != folder
    window.files.open_dataset_dialog()  # a file in `folder` (not a data set: refused)
    window.files.export_handout_dialog()
    assert Path(starts[-1]).parent == folder
    assert Settings().last_folder == str(folder)  # and at the next start
    folder.rmdir()  # a folder that is gone is forgotten
    assert Settings().last_folder == ""


def test_the_handout_lines_up_the_schools_numbers_with_the_help_lines(dataset: DataSet) -> None:
    from awareness_app.ui.app import create_application
    from awareness_app.ui.pdf.handout import handout_pdf

    create_application()
    contact = LocalContact(name_en="School counsellor", phone_or_room="Room 203")
    data = handout_pdf(LESSON, dataset, Audience.HIGH_SCHOOL, ["en"], contacts=[contact])
    where: dict[str, float] = {}

    def seen(text: str, _cm: object, matrix: list[float], _font: object, _size: object) -> None:
        where.setdefault(text.strip().replace("\t", " "), matrix[4])

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=seen)
    numbers = [h.number for h in dataset.helplines]
    assert "Room 203" in where and numbers[0] in where
    for number in numbers:
        if number in where:
            assert where[number] == pytest.approx(where["Room 203"], abs=1), number


def _columns(text: str) -> int:
    """The width of `text` in a fixed-pitch font: Japanese characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_about_shows_each_licence_line_on_one_line(qtbot, window: MainWindow) -> None:
    from awareness_app.ui.window.about_dialog import COMPONENTS, LICENCE_COLUMNS

    window.files.show_about()
    dialog = window.files.about_dialog
    qtbot.waitExposed(dialog)
    for row, component in enumerate(COMPONENTS):
        dialog.components.setCurrentRow(row)
        qtbot.wait(1)
        block = dialog.text.document().begin()
        while block.isValid():
            if _columns(block.text()) <= LICENCE_COLUMNS and block.layout().lineCount():
                assert block.layout().lineCount() == 1, (component.name, block.text())
            block = block.next()
    dialog.close()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_console_fits_a_small_laptop_screen(qtbot, dataset: DataSet, language: str) -> None:
    """1024×768, with the longest screen names in the list: the console never runs off it."""
    from awareness_app import i18n
    from awareness_app.ui.presenting.controller import PresentationController
    from awareness_app.ui.presenting.presenter_console import PresenterConsole

    i18n.set_language(language)
    console = PresenterConsole(PresentationController(ClassroomState(LESSON, dataset, Settings())))
    qtbot.addWidget(console)
    names = ["screen 1280x800+0+0", "screen 1920x1080+0+0"]
    labels = ["screen: 1280×800, at 0, 0 (main screen)", "screen: 1920×1080, at 0, 0"]
    console.set_screens(names, names[1], labels)
    console.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    console.show()
    hint = console.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint
