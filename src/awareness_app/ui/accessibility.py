"""Keyboard and screen-reader access: names for controls, and the checks the tests run."""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

# the widgets a person operates (and so must reach by keyboard, and hear named)
CONTROLS = (
    QAbstractButton,
    QComboBox,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QLineEdit,
    QTextEdit,
)


def label_toolbar(bar: QToolBar) -> None:
    """Toolbar buttons in the Tab order, named after their actions (toolbars leave them out)."""
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        if isinstance(widget, QToolButton) and action.text():
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            widget.setAccessibleName(action.text().replace("&", ""))
            if action.toolTip() and action.toolTip() != action.text():
                widget.setAccessibleDescription(action.toolTip())


def controls(window: QWidget) -> list[QWidget]:
    """The visible controls of `window` (a scroll area's own bars are part of the area)."""
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisibleTo(window)
        and w.window() is window
        and not (isinstance(w, QAbstractSlider) and _in_scroll_area(w))
    ]


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def repaint_on_focus(window: QWidget) -> None:
    """Redraw a control of `window` when it gains or loses the focus, so a style's :focus
    border shows at once (scroll areas draw their frame outside the part that repaints)."""

    def changed(old: QWidget | None, new: QWidget | None) -> None:
        for widget in (old, new):
            if widget is not None and shiboken6.isValid(widget) and widget.window() is window:
                widget.update()

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(changed)

        def disconnect(*_: object) -> None:
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(changed)

        window.destroyed.connect(disconnect)


def unnamed_controls(window: QWidget) -> list[str]:
    """Visible controls with no accessible name, by class and object name."""
    return [
        f"{type(w).__name__}#{w.objectName()}" for w in controls(window) if not w.accessibleName()
    ]


def unreachable_controls(window: QWidget) -> list[str]:
    """Visible, enabled controls that Tab never reaches."""
    return [
        f"{type(w).__name__}#{w.objectName()}"
        for w in controls(window)
        if w.isEnabled()
        and not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.focusProxy() is None
        and not _inside_control(w, window)
    ]


def _inside_control(widget: QWidget, window: QWidget) -> bool:
    """Parts of a control (a combo box's view, a scroll area's bar) are reached through it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QComboBox | QAbstractItemView | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QAbstractSlider)  # scroll bars: the view scrolls by keyboard


def focus_style(colour: str = "#005A8C") -> str:
    """A stylesheet that draws a clear border round the control that has the keyboard focus
    (the platform styles draw none, or a faint one, for some of them)."""
    return (
        f"QTextBrowser:focus, QListWidget:focus, QTableWidget:focus"
        f" {{ border: 3px solid {colour}; }}"
        f"QToolButton:focus {{ border: 3px solid {colour}; border-radius: 3px; }}"
        f"QComboBox:focus {{ border: 3px solid {colour}; border-radius: 3px; padding: 1px 6px; }}"
    )
