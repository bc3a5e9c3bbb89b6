"""Where the main window sits and how its parts are reached: its first size and place on the
screen, the toolbars wrapped when narrow, the Tab order."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QToolBar, QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow


def wrap_toolbars(window: QMainWindow, buttons: QToolBar, choices: QToolBar) -> None:
    """The choices under the buttons when the two do not fit side by side."""
    needed = buttons.sizeHint().width() + choices.sizeHint().width() + 16
    wrapped = window.toolBarBreak(choices)
    if needed > window.width() and not wrapped:
        window.insertToolBarBreak(choices)
    elif needed <= window.width() and wrapped:
        window.removeToolBarBreak(choices)


def set_tab_order(window: MainWindow) -> None:
    """Tab goes along the toolbar, then the lesson plan, the slide list, the slide (its table,
    export and sources buttons) and the speaker notes."""
    chain: list[QWidget] = [
        w
        # (not a separator's: see label_toolbar)
        for bar in (window.toolbar, window.choices_bar)
        for w in (bar.widgetForAction(a) for a in bar.actions() if not a.isSeparator())
        if w is not None and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    chart = window.slide_view.chart
    editor = window.editor
    chain += [window.plans.box, editor.length_box, window.slide_list, editor.add_button]
    chain += [editor.edit_button, editor.remove_button, window.slide_view, chart.table_button]
    chain += [chart.menu_button]
    chain += [chart.table, window.slide_view.sources_button, window.notes]
    for first, second in pairwise(chain):
        window.setTabOrder(first, second)


def place_on_screen(window: QMainWindow, remembered: bytes | None) -> None:
    """The first window fits the screen's available area (a 1366×768 laptop's too, with its
    panel); after that, the window's last place and size."""
    if remembered and window.restoreGeometry(QByteArray(remembered)):
        screen = window.screen().availableGeometry()
        if screen.intersects(window.frameGeometry()):
            return
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    width = min(1280, screen.width() - max(0, frame.width()))
    height = min(800, screen.height() - max(0, frame.height()))
    window.resize(width, height)
    window.move(
        screen.x() + (screen.width() - width) // 2, screen.y() + (screen.height() - height) // 2
    )


Dialog = TypeVar("Dialog", bound=QDialog)


def opened(dialog: Dialog) -> Dialog:
    """`dialog` opened (window-modal), deleted when closed (gone from the tree)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
