"""Text from a file is never Qt rich text (issue 24, point 5): a data file's title and sources,
a plan's school slide, a file's name, a site.toml value, quoted in tooltips, labels and warning
boxes, are shown as typed — `<img src=…>` is never drawn, `<a>` is never a link."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QTableWidget, QWidget

from awareness_app import resources
from awareness_app.model.data.dataset import load_dataset
from awareness_app.model.lesson.plan import load_plan
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.plain import as_plain
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import MainWindow
from lessons import LESSON

DATA = Path(__file__).parent / "data"
MARK = "<img src=x.png>"


def _marked_dataset(folder: Path) -> Path:
    text = resources.editions()[2025].read_text(encoding="utf-8")
    text = text.replace(
        'title = "National Police Agency figures for 2025"',
        f'title = "{MARK}<b>NPA</b> figures for 2025"',
        1,
    ).replace(
        'title = "News report on the NPA\'s figures for 2025"',
        f'title = "{MARK}<a href=\\"https://example.com\\">report</a>"',
    )
    path = folder / f"{MARK}npa-2025.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _rich(text: str) -> bool:
    """Whether Qt's guess would draw markup of `text` (escaped text is drawn as typed)."""
    return MARK in text


def _tooltips(root: QWidget) -> list[tuple[str, str]]:
    tips = [(type(w).__name__, w.toolTip()) for w in root.findChildren(QWidget)]
    tips += [("QAction", a.toolTip()) for a in root.findChildren(QAction)]
    for view in root.findChildren(QListWidget):
        tips += [("list item", view.item(i).toolTip()) for i in range(view.count())]
    for table in root.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    tips.append(("table cell", item.toolTip()))
    return tips


def test_no_file_text_is_rich_text_anywhere_in_the_window(qtbot, tmp_path: Path) -> None:
    from awareness_app.ui.presenting.overview import SlideOverview
    from awareness_app.ui.slides.chart_view import ChartView

    create_application()
    dataset = load_dataset(_marked_dataset(tmp_path))
    plan = load_plan(DATA / "plans" / "markup-school-slide.toml")
    state = ClassroomState(LESSON, dataset, Settings(), plan=plan)
    site_problem = f"site.toml: defaults.theme: '{MARK}<b>dark</b>' is not a theme"
    window = MainWindow(state, [site_problem])
    qtbot.addWidget(window)
    window.show()
    overview = SlideOverview(window)  # the overview's titles: the school slide's too
    overview.set_slides([f"{MARK}<b>Our school</b>"], 0)
    seen_tips = 0
    for index in range(len(state.slides())):
        window.go_to(index)
        for chart in window.findChildren(ChartView):
            chart._fill_table()
        for kind, tip in _tooltips(window):
            if MARK in tip or "&lt;img" in tip:
                seen_tips += 1
                assert tip == as_plain(tip.removeprefix("<qt>")) or tip.startswith("<qt>"), kind
                assert MARK not in tip, f"{kind} tooltip holds raw markup: {tip!r}"
        for label in window.findChildren(QLabel):
            if MARK in label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert seen_tips >= 3  # the Figures box, the data label, the chart table, the overview
    assert window.banner.textFormat() == Qt.TextFormat.PlainText
    assert MARK in window.banner.text()
    assert MARK not in as_plain(window.banner.full_tool_tip() or window.banner.text())


def test_warning_boxes_quote_file_names_and_values_as_plain_text(
    qtbot, tmp_path: Path, monkeypatch, dataset
) -> None:
    create_application()
    window = MainWindow(ClassroomState(LESSON, dataset, Settings()), [])
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    plan = tmp_path / f"{MARK}plan.toml"
    shutil.copy(DATA / "plans" / "bad-audience.toml", plan)
    assert not window.plans.open_plan(plan)
    data = tmp_path / f"{MARK}npa.toml"
    data.write_text("not toml [", encoding="utf-8")
    assert not window.files.open_dataset(data)
    assert len(shown) == 1
    assert MARK not in shown[0] and "&lt;img src=x.png&gt;plan.toml" in shown[0]
    assert shown[0].startswith("<qt>") and "&lt;b&gt;pupils&lt;/b&gt;" in shown[0]
    box = window.files.message_box  # a box with details: its own text format, plain
    assert box.textFormat() == Qt.TextFormat.PlainText and f"{MARK}npa.toml" in box.text()
    box.close()


def test_as_plain_leaves_text_without_markup_alone() -> None:
    assert as_plain("Saved /tmp/a.toml") == "Saved /tmp/a.toml"
    assert as_plain("a <b>\nb & c") == "<qt>a &lt;b&gt;<br>b &amp; c</qt>"
