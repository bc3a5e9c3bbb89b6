"""Issue 22, point 3: the window fits a small laptop's screen. Every control of the toolbar,
the slide list's buttons and the status bar are on the screen at 1280×720 and 1024×768 (none
behind a ≫ button), the first window fits the screen's available area, and the window opens
where and as large as it was left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from awareness_app.model.data.dataset import DataSet
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import MainWindow
from lessons import LESSON


def _inside(window: MainWindow, widget: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (1366 - 2, 768 - 60)])
def test_every_control_is_reachable_on_a_small_screen(qtbot, window, size) -> None:
    window.resize(*size)
    QApplication.processEvents()
    editor = window.editor
    controls: list[QWidget] = [
        w
        for bar in (window.toolbar, window.choices_bar)
        for w in (bar.widgetForAction(a) for a in bar.actions() if not a.isSeparator())
        if w is not None
    ]
    controls += [window.plans.box, editor.length_box, editor.add_button]
    controls += [editor.edit_button, editor.remove_button, window.statusBar()]
    for widget in controls:
        qtbot.waitUntil(lambda w=widget: _inside(window, w), timeout=2000)
        assert widget.width() >= min(widget.sizeHint().width(), 40), widget
    for bar in (window.toolbar, window.choices_bar):
        from PySide6.QtWidgets import QToolButton

        more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert more is None or not more.isVisible(), "a control is behind the ≫ button"


def test_the_first_window_fits_the_screen_and_the_last_one_is_remembered(
    qtbot, dataset: DataSet
) -> None:
    create_application()
    window = MainWindow(ClassroomState(LESSON, dataset, Settings()))
    qtbot.addWidget(window)
    window.place_on_screen()
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 500)  # the test platform's screen is 800×600
    window.move(available.x() + 20, available.y() + 10)
    QApplication.processEvents()
    window.close()
    again = MainWindow(ClassroomState(LESSON, dataset, Settings()))
    qtbot.addWidget(again)
    again.place_on_screen()
    assert (again.width(), again.height()) == (700, 500)
