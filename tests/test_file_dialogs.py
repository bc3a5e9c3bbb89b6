"""Every file dialog of the app, opened in Japanese, shows no English word (issue 22, point 4).

Offscreen there is no platform dialog, so Qt draws its own, as on a Linux desktop with no theme:
each dialog is opened for real from its menu action, then every text a teacher sees or a screen
reader says is read from its widgets (labels, buttons, tooltips, list entries and their columns,
the headers, the menus' actions, the accessible names Qt gives each widget).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeView,
    QWidget,
)

from awareness_app import i18n
from awareness_app.ui import file_dialog
from awareness_app.ui.window.main_window import MainWindow

SRC = Path(__file__).resolve().parents[1] / "src" / "awareness_app"

# names of formats and units a Japanese dialog writes as they are (PDF ファイル, 12 KB)
KEPT = {"OK", "PDF", "PNG", "SVG", "CSV", "TOML", "PPTX", "PowerPoint", "KB", "MB", "GB"}
ENTRIES = ["授業.pdf", "plan.toml", "lesson.pptx", "trend.png", "trend.svg", "trend.csv", "メモ"]


def _texts(dialog: QWidget) -> list[str]:
    """Every text the dialog (or message box) shows or gives a screen reader."""
    texts = [dialog.windowTitle()]
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.whatsThis(), widget.statusTip()]
        texts += [widget.accessibleName(), widget.accessibleDescription()]
        face = QAccessible.queryAccessibleInterface(widget)
        if face is not None:
            texts += [face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)]
        if isinstance(widget, QLabel | QAbstractButton | QMessageBox):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget)
    for action in dialog.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
    return [t for t in texts if t]


def _model_texts(view: QAbstractItemView) -> list[str]:
    model, root = view.model(), view.rootIndex()
    texts = [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(model.columnCount(root))
    ]
    for row in range(model.rowCount(root)):
        for column in range(model.columnCount(root)):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                texts.append(value if isinstance(value, str) else "")
    return texts


def _english(text: str, allowed_whole: set[str]) -> list[str]:
    """The English words in `text`: none in a path or a file's name, a file pattern (*.pptx),
    a shortcut mark ((&T), (T)) or the name of a format."""
    if text in allowed_whole or Path(text).exists():
        return []
    text = re.sub(r"\*\.\w+|\*|\(&?[A-Za-z]\)|&", " ", text)
    return [word for word in re.findall(r"[A-Za-z]{2,}", text) if word not in KEPT]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    place = tmp_path / "授業の資料"
    (place / "去年").mkdir(parents=True)
    for name in ENTRIES:
        (place / name).write_bytes(b"x" * 3000)
    return place


def _wait_for_entries(qtbot, dialog: QFileDialog) -> QTreeView:
    """The detail view, once Qt's file system model has listed the folder (it reads it in a
    thread)."""
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None

    def listed() -> bool:
        model, root = view.model(), view.rootIndex()
        dates = [model.index(r, 3, root).data() for r in range(model.rowCount(root))]
        return model.rowCount(root) >= 2 and all(dates)

    qtbot.waitUntil(listed, timeout=5000)
    return view


def test_every_file_dialog_is_japanese(
    qtbot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_language("ja")
    window.settings.last_folder = str(folder)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setattr(type(window.plans), "ask_name", lambda _self: "クラスのプラン")
    seen: list[tuple[str, list[str]]] = []
    allowed = {*ENTRIES, "去年", folder.name, Path.home().name, *Path.home().parts}

    def shown(dialog: QFileDialog) -> int:
        """Instead of a modal exec(): open, read everything, cancel."""
        dialog.open()
        try:
            view = _wait_for_entries(qtbot, dialog)
            words = [w for t in _texts(dialog) for w in _english(t, allowed)]
            seen.append((dialog.windowTitle(), words))
            model, root = view.model(), view.rootIndex()
            rows = [
                [model.index(r, c, root).data() for c in range(4)]
                for r in range(model.rowCount(root))
            ]
            kinds = {row[0]: row[2] for row in rows}
            assert kinds["去年"] == "フォルダー", rows
            for name, _size, kind, date in rows:
                assert re.fullmatch(r"\d{4}/\d\d/\d\d \d{1,2}:\d\d", date), rows  # 2026/06/12 9:05
                if name != "去年":
                    assert kind == f"{Path(name).suffix[1:].upper()} ファイル", rows
                    assert _size == "3 KB", rows
            labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
            assert labels["lookInLabel"] == "ファイルの場所(&I):"
            assert labels["fileTypeLabel"] == "ファイルの種類(&T):"
        finally:
            dialog.reject()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QFileDialog, "exec", shown)
    actions: list[Callable[[], None]] = [
        window.files.open_dataset_dialog,
        window.plans.open_plan_dialog,
        window.plans.save_plan_dialog,
        window.files.export_handout_dialog,
        window.files.export_deck_dialog,
        window.files.export_pptx_dialog,
    ]
    window.go_to_id("trend")
    chart = window.slide_view.chart
    actions += [action.trigger for action in chart.export_actions.values()]
    for act in actions:
        before = len(seen)
        act()
        assert len(seen) == before + 1, act  # each action opened its dialog
    assert [title for title, _words in seen] == [
        "データセットを開く",
        "授業プランを開く",
        "授業プランを保存",
        "配布資料をPDFで書き出す",
        "授業全体をPDFで書き出す",
        "授業全体をPowerPointで書き出す",
        "グラフを書き出す",
        "グラフを書き出す",
        "グラフを書き出す",
    ]
    assert [(title, words) for title, words in seen if words] == []


def test_the_english_dialog_keeps_qts_english_words(
    qtbot, window: MainWindow, folder: Path
) -> None:
    """The same dialog in English: the words Qt's own dialog had, and dates and sizes."""
    dialog = file_dialog.file_dialog(window, "Open", str(folder), "All files (*)", save=False)
    qtbot.addWidget(dialog)
    dialog.open()
    view = _wait_for_entries(qtbot, dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Look in:"
    assert labels["fileTypeLabel"] == "Files of &type:"
    model, root = view.model(), view.rootIndex()
    rows = {
        model.index(r, 0, root).data(): [model.index(r, c, root).data() for c in (1, 2, 3)]
        for r in range(model.rowCount(root))
    }
    assert rows["去年"][:2] == ["", "Folder"]
    assert rows["lesson.pptx"][:2] == ["3 KB", "PPTX file"]
    assert rows["メモ"][1] == "File"
    modified = dt.datetime.fromtimestamp(int((folder / "メモ").stat().st_mtime))
    assert rows["メモ"][2] == i18n.format_date_time(modified) == f"{modified:%d/%m/%Y, %H:%M}"
    dialog.reject()


def test_every_file_dialog_goes_through_the_one_helper() -> None:
    """No module but ui/file_dialog.py builds a QFileDialog, so none misses its words."""
    users = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if "QFileDialog" in path.read_text(encoding="utf-8")
    ]
    assert users == ["ui/file_dialog.py"]


def test_the_columns_follow_the_model_of_files_only(qtbot) -> None:
    """An index of another model is passed on as it is."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    source = QStandardItemModel()
    source.appendRow([QStandardItem("a"), QStandardItem("b"), QStandardItem("c")])
    columns = file_dialog.FileColumns()
    columns.setSourceModel(source)
    assert columns.data(columns.index(0, 2, QModelIndex())) == "c"


def test_the_dialogs_messages_are_japanese(
    qtbot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a teacher may type in the save and open dialogs, answered in Japanese only: a file
    that exists (Qt asks before replacing it), a file that does not (Qt says so), a folder that
    does not exist (Qt takes it, the app says why nothing was saved) and a name too long for the
    disk (Qt took a Japanese one, and the system's reason, "File name too long", was English;
    it refused a longer one without a word)."""
    window.set_language("ja")
    window.settings.last_folder = str(folder)
    monkeypatch.setattr(type(window.plans), "ask_name", lambda _self: "クラスのプラン")
    boxes: list[list[str]] = []

    def answer_boxes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(_texts(box))
            box.done(QMessageBox.StandardButton.No.value)  # do not replace

    timer = QTimer()
    timer.timeout.connect(answer_boxes)
    timer.start(20)
    typed: list[str] = []

    def type_name(dialog: QFileDialog) -> int:
        """Type the name as a teacher would and press the dialog's Save or Open."""
        dialog.open()
        _wait_for_entries(qtbot, dialog)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setText(typed[-1])
        dialog.accept()  # Qt's checks, and its question, as on pressing the button
        if dialog.isVisible():  # refused: Qt said why
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(QFileDialog, "exec", type_name)
    long_name = "クラスの授業プラン" * 14 + ".toml"  # 127 characters, 379 bytes in UTF-8
    tries = [
        (window.plans.save_plan_dialog, "plan.toml"),
        (window.plans.open_plan_dialog, "ない.toml"),
        (window.plans.save_plan_dialog, "ないフォルダー/授業.toml"),
        (window.plans.save_plan_dialog, long_name),
        (window.plans.save_plan_dialog, "lesson-plan-" * 25 + ".toml"),  # 305: Qt said nothing
    ]
    for act, name in tries:
        typed.append(name)
        before = len(boxes)
        act()
        qtbot.waitUntil(lambda before=before: len(boxes) > before, timeout=5000)
        assert len(boxes) == before + 1, name
    timer.stop()
    assert not (folder / "plan.toml").read_bytes().startswith(b"#")  # not replaced
    paths = re.compile(re.escape(str(folder.parent)) + r"\S*|" + "|".join(map(re.escape, typed)))
    english = [
        (word, text)
        for texts in boxes
        for text in texts
        for word in _english(paths.sub(" ", text), set())
    ]
    assert english == [], english[:2]
    joined = ["\n".join(texts) for texts in boxes]
    assert "置き換えますか" in joined[0]
    assert "ファイルが見つかりません" in joined[1]
    assert "フォルダー" in joined[2] and "ありません" in joined[2]
    for too_long in joined[3:]:  # said by the dialog, which stays open for another name
        assert "ファイル名が長すぎます" in too_long, too_long
