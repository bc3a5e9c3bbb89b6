"""A chart on a slide: the table toggle, the chart's export menu, the cache and the prefetch."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QInputDialog, QMessageBox

from awareness_app import i18n
from awareness_app.model.charts.build import chart_rows
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience
from awareness_app.ui import file_dialog
from awareness_app.ui.window.main_window import MainWindow
from fake_charts import real_chart

# the chart thread draws real charts here: these tests compare the pictures it drew
pytestmark = pytest.mark.real_charts


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    window.go_to_id("trend")  # the shared main window (conftest.py), on a chart slide
    return window


def test_table_toggle_shows_the_same_data_with_source_and_grade(
    qtbot, window: MainWindow, dataset: DataSet
) -> None:
    chart = window.slide_view.chart
    qtbot.mouseClick(chart.table_button, Qt.MouseButton.LeftButton)
    assert chart.is_table() and chart.table.isVisible()
    rows = chart_rows("trend", dataset, window.audience)
    assert chart.table.rowCount() == len(rows)
    cells = {chart.table.item(r, c).text() for r in range(chart.table.rowCount()) for c in range(5)}
    assert {"1,665", "139", "28", "Reported", "Derived"} <= cells
    assert any("The Japan Times" in c for c in cells)
    window.set_language("ja")
    assert chart.table.horizontalHeaderItem(0).text() != "Figure"
    assert "公表値" in {chart.table.item(r, 3).text() for r in range(chart.table.rowCount())}
    qtbot.mouseClick(chart.table_button, Qt.MouseButton.LeftButton)
    assert not chart.is_table()


def test_export_from_the_charts_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dataset: DataSet
) -> None:
    chart = window.slide_view.chart
    target = tmp_path / "trend.png"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("3840 × 2160", True))
    monkeypatch.setattr(file_dialog, "get_save_file_name", lambda *a, **k: (str(target), ""))
    chart.export_actions["png"].trigger()
    image = QImage(str(target))
    assert (image.width(), image.height()) == (3840, 2160)
    target = tmp_path / "trend.csv"
    chart.export_actions["csv"].trigger()
    with target.open(encoding="utf-8-sig") as fp:
        rows = list(csv.DictReader(fp))
    assert [float(r["value"]) for r in rows] == [
        round(f.value, f.decimals) for f in chart_rows("trend", dataset, window.audience)
    ]
    target = tmp_path / "trend.svg"
    chart.export_actions["svg"].trigger()
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_export_to_a_folder_that_cannot_be_written(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    missing = tmp_path / "no" / "such" / "trend.csv"
    monkeypatch.setattr(file_dialog, "get_save_file_name", lambda *a, **k: (str(missing), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: messages.append(text))
    window.slide_view.chart.export_actions["csv"].trigger()
    assert messages and "could not be saved" in messages[0]
    assert not missing.parent.exists()


def test_language_switch_on_a_chart_slide_uses_the_prefetched_chart(
    qtbot, window: MainWindow
) -> None:
    chart = window.slide_view.chart
    english = real_chart(chart.image())
    qtbot.wait(10)  # the prefetch is queued once the event loop runs
    window.state.charts.wait_idle()
    drawn = window.state.charts.rendered
    window.set_language("ja")
    japanese = real_chart(chart.image())
    assert japanese is not None and japanese != english
    assert window.state.charts.rendered == drawn  # already drawn in the background
    window.set_audience(Audience.ADULTS)
    assert real_chart(chart.image()) is not None
    assert window.state.charts.rendered == drawn
    assert i18n.current_language() == "ja"


def test_chart_exports_start_in_the_folder_used_last(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chart = window.slide_view.chart
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    window.settings.last_folder = str(first)
    offered: list[str] = []

    def choose(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(second / "trend.csv"), ""

    monkeypatch.setattr(file_dialog, "get_save_file_name", choose)
    chart.export_actions["csv"].trigger()
    chart.export_actions["svg"].trigger()
    assert Path(offered[0]).parent == first  # the folder used last, by any file dialog
    assert Path(offered[1]).parent == second  # and then where this export went
    assert window.settings.last_folder == str(second)
