"""Where the main window sits and how its parts are reached: its first size and place on the
screen, the toolbars wrapped when narrow, the Tab order; and where the window places what its
helpers make (`services.py`): the menus, the status bar's label and message, the slide list's
pane."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QMenuBar,
    QStatusBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)


def wrap_toolbars(window: QMainWindow, buttons: QToolBar, choices: QToolBar) -> None:
    """The choices under the buttons when the two do not fit side by side."""
    needed = buttons.sizeHint().width() + choices.sizeHint().width() + 16
    wrapped = window.toolBarBreak(choices)
    if needed > window.width() and not wrapped:
        window.insertToolBarBreak(choices)
    elif needed <= window.width() and wrapped:
        window.removeToolBarBreak(choices)


def set_tab_order(window: QWidget, bars: Sequence[QToolBar], widgets: Sequence[QWidget]) -> None:
    """Tab goes along the toolbars' controls that take Tab, then `widgets` in order."""
    chain: list[QWidget] = [
        w
        # (not a separator's: see label_toolbar)
        for bar in bars
        for w in (bar.widgetForAction(a) for a in bar.actions() if not a.isSeparator())
        if w is not None and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    for first, second in pairwise([*chain, *widgets]):
        window.setTabOrder(first, second)


def place_bars(
    window: QMainWindow, menus: Sequence[QMenu], leaving: Sequence[QMenu], permanent: QWidget
) -> None:
    """`menus` in the window's menu bar, in order (closing one of `leaving` opened with the
    keyboard leaves the menu bar too: `leave_menu_bar`); `permanent` in its status bar."""
    bar = window.menuBar()
    for menu in menus:
        bar.addMenu(menu)
    for menu in leaving:
        menu.aboutToHide.connect(lambda: QTimer.singleShot(0, lambda: leave_menu_bar(bar)))
    window.statusBar().addPermanentWidget(permanent)


def leave_menu_bar(bar: QMenuBar) -> None:
    """Esc in a menu opened with the keyboard (Alt+F) closes the menu and leaves the menu bar
    too, back to where the keyboard was (the lesson): Qt keeps the menu bar's keyboard mode,
    with nothing on the projector saying so."""
    if QApplication.activePopupWidget() is None and bar.hasFocus():
        escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier(0))
        QApplication.sendEvent(bar, escape)


def show_status(bar: QStatusBar, text: str, beside: QWidget, msecs: int) -> None:
    """A message in the status bar (drawn as plain text), elided in the middle to the room
    beside the permanent widget `beside`, so a long title or path keeps its start and end."""
    room = bar.width() - beside.width() - 40
    text = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, max(room, 80))
    bar.showMessage(text, msecs)


def fill_list_pane(layout: QVBoxLayout, above: Sequence[QWidget], below: Sequence[QWidget]) -> None:
    """The slide list's pane: `above` over the list (already in `layout`), `below` under it."""
    for row, widget in enumerate(above):
        layout.insertWidget(row, widget)
    for widget in below:
        layout.addWidget(widget)


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
