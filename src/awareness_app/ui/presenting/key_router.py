"""Routing key presses to the lesson: `KeyRouter` sends the key presses of one window (the main
window, the presentation view, the presenter console) to its `PresentationController`, so every
view answers the same keys, clickers included; what each key does, and which keys a focused
control keeps, is `keys.py`'s. The router listens from the window's first paint on (or
`KEYS_AT_THE_LATEST_MS` after showing), through one application-wide filter.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from .controller import PresentationController
from .keys import ENTER_KEYS, Action, action_for_key, focus_owns_key

KEYS_AT_THE_LATEST_MS = 500  # a window that is never painted takes the keys this long after showing


def scroll_notes(notes: QAbstractScrollArea, action: Action) -> None:
    """U / D: the speaker notes up or down by most of what they show, in every view, whatever
    has the focus (the arrows and Page keys stay the lesson's)."""
    bar = notes.verticalScrollBar()
    step = QAbstractSlider.SliderAction.SliderPageStepSub
    if action == Action.NOTES_DOWN:
        step = QAbstractSlider.SliderAction.SliderPageStepAdd
    bar.triggerAction(step)


# --- routing a window's keys --------------------------------------------------------------------


def _event_id(event: QKeyEvent) -> tuple[int, ...]:
    """The same key press, as Qt hands it on from a widget that ignored it to its parent."""
    pointer = shiboken6.getCppPointer(event)[0]
    return (int(pointer), event.key(), int(event.timestamp()))


class _FirstPaint(QObject):
    """Calls `then` once `window` has painted (its first picture is on the screen), or half a
    second after it is shown when no paint comes; then leaves."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._done)
        elif watched is self.window and event.type() == QEvent.Type.Show:
            QTimer.singleShot(KEYS_AT_THE_LATEST_MS, self, self._done)
        return False

    def _done(self) -> None:
        self.window.removeEventFilter(self)
        self.then()
        self.deleteLater()


class _AppKeys(QObject):
    """The one application-wide event filter of every window's `KeyRouter`: such a filter
    sees every event of every object (about a thousand in a step on two screens), so there is
    one, not one per window, and it lets anything but a key event go at once."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("lesson-keys")
        self.routers: list[KeyRouter] = []
        app.installEventFilter(self)

    @staticmethod
    def of(app: QCoreApplication) -> _AppKeys:
        found = app.findChild(_AppKeys, "lesson-keys")
        return found if isinstance(found, _AppKeys) else _AppKeys(app)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):  # PySide6 gives a key event as a QKeyEvent
            return False
        self.routers = [r for r in self.routers if shiboken6.isValid(r)]  # windows closed
        # the last window's first, as Qt calls application filters
        return any(router.key_event(watched, event) for router in reversed(self.routers))


class KeyRouter(QObject):
    """Sends the key presses of `window` (and of its child widgets) to the controller; the
    actions that belong to the view (full screen, overview, leave …) go to `view_action`."""

    def __init__(
        self,
        window: QWidget,
        controller: PresentationController,
        view_action: Callable[[Action], bool],
        from_first_paint: bool = False,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.view_action = view_action
        self.listening = False
        # the key press a focused control kept: not the lesson's when its parents see it
        self._kept: tuple[int, ...] | None = None
        if from_first_paint:
            _FirstPaint(window, self.listen)
        else:
            self.listen()

    def listen(self) -> None:
        """Start taking `window`'s key presses (once), through an application-wide filter.

        Such a filter sees every event of every object, so the main window has it started from
        its first paint on (`from_first_paint`), or half a second after it is shown when no
        paint comes: the first object of a class PySide6 has no wrapper for makes it create the
        Python enums of the whole module, and the window's build sends a thousand events. A
        teacher's first key press comes after both."""
        if not self.listening:
            app = QApplication.instance()
            assert app is not None
            _AppKeys.of(app).routers.append(self)
            self.listening = True

    def key_event(self, watched: QObject, event: QKeyEvent) -> bool:
        """A key event of any object of the application (`_AppKeys`): True when used."""
        if event.type() == QEvent.Type.KeyRelease:
            self._kept = None  # the press it ends has been handed on to every parent
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        try:
            if watched.window() is not self.window:
                return False
        except RuntimeError:  # the window is being destroyed
            return False
        return self.handle(event, watched)

    def handle(self, event: QKeyEvent, receiver: QWidget | None = None) -> bool:
        """Do what `event`'s key means; True when it was used."""
        focus = receiver if receiver is not None else QApplication.focusWidget()
        typing = bool(self.controller.digits())
        if self._activity_key(event, focus):
            pressed = event.key() - Qt.Key.Key_0
            if 1 <= pressed <= 9 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                # a digit chose an answer and may also begin a slide number: Enter then jumps
                self.controller.type_digit(pressed)
            elif typing:  # + / − / R after a digit: counting hands, not a slide number
                self.controller.clear_digits()
            return True
        found = action_for_key(event.key(), event.modifiers())
        if found is None:
            return False
        action, digit = found
        if self._kept is not None and self._kept == _event_id(event):
            return True  # a control kept it and did nothing with it: the parents do nothing
        if focus_owns_key(focus, event.key(), bool(self.controller.digits())):
            self._kept = _event_id(event)
            if (
                isinstance(focus, QAbstractButton)
                and event.key() in ENTER_KEYS
                and not (isinstance(focus, QPushButton) and focus.autoDefault())
            ):
                focus.animateClick()  # Qt presses a button with Enter only in a dialog
                return True
            return False
        self._kept = None
        if self.view_action(action):
            self.controller.clear_digits()
            return True
        return self.controller.perform(action, digit)

    def _activity_key(self, event: QKeyEvent, focus: QWidget | None) -> bool:
        """The activity's own keys (R to start again; on the quiz a digit chooses an answer and
        + / − count hands), in every view: the shared session does what they mean."""
        if isinstance(focus, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit) and not (
            isinstance(focus, QTextEdit | QPlainTextEdit) and focus.isReadOnly()
        ):
            return False
        if self.controller.digits() and Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9:
            return False  # the next digit of a slide number being typed

        kind = self.controller.current_slide().kind
        activities = self.controller.state.activities
        return activities.handle_key(kind, self.controller.audience, event.key())
