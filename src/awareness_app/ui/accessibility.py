"""Keyboard and screen-reader access: names for controls, and the checks the tests run."""

from __future__ import annotations

import contextlib
from functools import cache

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QAccessibleWidget,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
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
    QPlainTextEdit,
)

# a top-level QWidget class with this class attribute set true is a window to screen readers
# (role Window), not a plain "client" area: the presentation view and the presenter console.
# A class attribute, not a property: Qt may ask for the interface while the widget is being made
WINDOW_ATTRIBUTE = "accessible_window"


class _NamedComboBox(QAccessibleWidget):
    """A list (combo box) named by its role, as its label says ("Audience"), with the choice as
    its value. Qt names a list by its current entry on Linux and macOS, so a screen reader said
    "For elementary pupils, combo box" with no word of what is being chosen. (A list with no
    name and no label keeps its entry as its name.)"""

    def __init__(self, box: QComboBox) -> None:
        super().__init__(box, QAccessible.Role.ComboBox)

    def text(self, kind: QAccessible.Text) -> str:
        box = self.widget()
        assert isinstance(box, QComboBox)
        if kind == QAccessible.Text.Name:
            return super().text(kind) or box.currentText()  # its name, else its label's
        if kind == QAccessible.Text.Value:
            return box.currentText()
        return super().text(kind)

    def childCount(self) -> int:
        return 1  # the list of choices, as in Qt's own interface

    # PySide6's stubs give child() no None, but Qt's returns nullptr for no such child
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        box = self.widget()
        assert isinstance(box, QComboBox)
        return QAccessible.queryAccessibleInterface(box.view()) if index == 0 else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        box = self.widget()
        assert isinstance(box, QComboBox)
        return 0 if child.object() is box.view() else -1


class _ToolBar(QAccessibleWidget):
    """A toolbar named by its name as it is now. Qt's own interface keeps the title the toolbar
    had when a screen reader first asked, so after a change of language it said "Toolbar" in a
    Japanese window."""

    def __init__(self, bar: QToolBar) -> None:
        super().__init__(bar, QAccessible.Role.ToolBar)

    def text(self, kind: QAccessible.Text) -> str:
        bar = self.widget()
        if kind == QAccessible.Text.Name:
            return bar.accessibleName() or bar.windowTitle()
        return super().text(kind)


class _Factory:
    """The app's own accessible interfaces: named lists, and windows that are windows. Qt's
    accessibility cache owns each interface and deletes it with its widget; Python must never
    delete it first, so the factory keeps a reference (`held`: replaced when the address is
    reused by another widget, whose old interface Qt has deleted by then)."""

    def __init__(self) -> None:
        self.held: dict[int, QAccessibleInterface] = {}

    def __call__(self, class_name: str, thing: QObject) -> QAccessibleInterface | None:
        iface = _interface(class_name, thing)
        if iface is not None:
            self.held[shiboken6.getCppPointer(thing)[0]] = iface
        return iface


def _interface(class_name: str, thing: QObject) -> QAccessibleInterface | None:
    iface: QAccessibleInterface | None = None
    if class_name == "QComboBox" and isinstance(thing, QComboBox) and not thing.isEditable():
        iface = _NamedComboBox(thing)  # (the app's lists are never made editable later)
    elif class_name == "QToolBar" and isinstance(thing, QToolBar):
        iface = _ToolBar(thing)
    elif (
        class_name == "QWidget"
        and isinstance(thing, QWidget)
        and getattr(thing, WINDOW_ATTRIBUTE, False) is True
        and thing.isWindow()
    ):
        iface = QAccessibleWidget(thing, QAccessible.Role.Window)
    return iface


@cache
def install_accessible_interfaces() -> _Factory:
    """Once per process (Qt's factories are the process's), before the first window is shown;
    the cache keeps the factory, and so the interfaces it made, alive."""
    factory = _Factory()
    QAccessible.installFactory(factory)
    return factory


def label_toolbar(bar: QToolBar) -> None:
    """Toolbar buttons in the Tab order, named after their actions (toolbars leave them out)."""
    for action in bar.actions():
        if action.isSeparator() or not action.text():
            # (asking for a separator's widget, of a class PySide6 has no wrapper for, makes it
            # create the Python enums of all of QtWidgets: ≈ 8 ms at start-up)
            continue
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
        f"QTextBrowser:focus, QPlainTextEdit:focus, QListWidget:focus, QTableWidget:focus"
        f" {{ border: 3px solid {colour}; }}"
        f"QToolButton:focus {{ border: 3px solid {colour}; border-radius: 3px; }}"
        f"QComboBox:focus {{ border: 3px solid {colour}; border-radius: 3px; padding: 1px 6px; }}"
        f"QPushButton:focus {{ border: 3px solid {colour}; border-radius: 3px; padding: 2px 8px;"
        f" background: palette(button); }}"
    )


def focus_slide(widget: QWidget) -> None:
    """Give the keys back to the slide a control of `widget` sits on, after a click on it (R,
    next and previous then work): the nearest parent that takes the focus."""
    parent = widget.parentWidget()
    while parent is not None and parent.focusPolicy() == Qt.FocusPolicy.NoFocus:
        parent = parent.parentWidget()
    if parent is not None:
        parent.setFocus(Qt.FocusReason.MouseFocusReason)
