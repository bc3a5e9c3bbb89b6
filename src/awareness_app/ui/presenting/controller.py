"""Presenting: the one place that knows where the lesson is, and what every key does.

`PresentationController` holds the position in the lesson (the slide), the text size, the
pause / white screen and the bilingual view; the lesson, the edition, the audience, the theme and
the language are the `ClassroomState`'s, which it is given and follows. The main window, the
presentation view and the presenter console all show it, so they cannot disagree.

`action_for_key` (in `keys.py`) maps a key press to an `Action`; `KeyRouter` sends the key
presses of one window to it, so every view answers the same keys, clickers included (Page Up /
Page Down always reach the lesson, whatever has the focus). `choose_screens` decides which
screen shows what.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
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

from ... import i18n
from ...model.dataset import DataSet
from ...model.lesson import Audience, Lesson, Slide
from ...model.options import TEXT_SCALES
from ...model.render import RenderedSlide
from ...themes import Theme
from ..classroom_state import ClassroomState
from ..settings import Settings
from .keys import ENTER_KEYS, Action, action_for_key, focus_owns_key

DIGIT_TIMEOUT = 4.0  # seconds: typed digits are forgotten after this long without Enter
KEYS_AT_THE_LATEST_MS = 500  # a window that is never painted takes the keys this long after showing


class Blank(StrEnum):
    NONE = ""
    PAUSE = "pause"
    WHITE = "white"


class PresentationController(QObject):
    """The lesson's position and how it is shown, for every view at once.

    `slide_changed` after a move (or a change of audience or edition, which keeps the slide
    where it can), `display_changed` after a change of theme, text size, pause / white screen or
    bilingual view. Language changes come from the state (`state.language_changed`), as
    everywhere in the app.
    """

    slide_changed = Signal()
    display_changed = Signal()
    digits_changed = Signal(str)

    def __init__(
        self,
        state: ClassroomState,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.index = 0
        self._counted_in = (state.lesson, state.audience)  # the slides `index` counts
        self.revision = 0  # counts the changes of what the slides say (edition, contacts)
        self.text_scale = state.settings.text_scale
        self.blank = Blank.NONE
        self.bilingual = False
        self.clock = clock
        self._digits = ""
        self._digits_at = 0.0
        # a typed number lives DIGIT_TIMEOUT seconds: then it is forgotten and its banner goes
        self._digits_timer = QTimer(self)
        self._digits_timer.setSingleShot(True)
        self._digits_timer.timeout.connect(self.digits)
        # hooks that may take a step before the slide changes (an activity revealing its next
        # item): hook(+1 or −1) returns True when it used the step
        self.step_hooks: list[Callable[[int], bool]] = [self._activity_step]
        state.audience_changed.connect(self._follow_state)
        state.edition_changed.connect(self._follow_state)
        state.plan_changed.connect(self._follow_state)
        state.theme_changed.connect(self._theme_changed)
        state.contacts_changed.connect(self._contents_changed)

    # --- the state's ----------------------------------------------------------------------------

    @property
    def lesson(self) -> Lesson:
        return self.state.lesson

    @property
    def dataset(self) -> DataSet:
        return self.state.dataset

    @property
    def settings(self) -> Settings:
        return self.state.settings

    @property
    def audience(self) -> Audience:
        return self.state.audience

    @audience.setter
    def audience(self, audience: Audience) -> None:
        self.state.set_audience(audience)

    def _follow_state(self, *_args: object) -> None:
        """Another audience or edition: the same slide where it has one, else the nearest."""
        lesson, audience = self._counted_in
        if lesson is not self.state.lesson:
            self.revision += 1  # another edition: the same slide says other figures
        before = lesson.for_audience(audience)
        current = before[self.index].id if 0 <= self.index < len(before) else ""
        self._counted_in = (self.state.lesson, self.state.audience)
        ids = [s.id for s in self.slides()]
        self.go_to(ids.index(current) if current in ids else min(self.index, len(ids) - 1))

    def _theme_changed(self, _theme: Theme) -> None:
        self.display_changed.emit()

    def _contents_changed(self) -> None:
        self.revision += 1
        self.slide_changed.emit()

    # --- the position -------------------------------------------------------------------------

    def slides(self) -> list[Slide]:
        return self.lesson.for_audience(self.audience)

    def current_slide(self) -> Slide:
        return self.slides()[self.index]

    def current_id(self) -> str:
        return self.current_slide().id

    def next_slide(self) -> Slide | None:
        slides = self.slides()
        return slides[self.index + 1] if self.index + 1 < len(slides) else None

    def go_to(self, index: int) -> None:
        slides = self.slides()
        self.index = max(0, min(index, len(slides) - 1))
        self.settings.set_last_slide(self.audience, self.current_id())
        self.slide_changed.emit()

    def go_to_id(self, slide_id: str) -> None:
        ids = [s.id for s in self.slides()]
        self.go_to(ids.index(slide_id) if slide_id in ids else 0)

    def step(self, direction: int) -> None:
        """Next (+1) or previous (−1): first back from a pause screen, then the activity's own
        steps, then the slide."""
        if self.blank != Blank.NONE:
            self.set_blank(Blank.NONE)
            return
        if any(hook(direction) for hook in list(self.step_hooks)):
            return
        self.go_to(self.index + direction)

    def _activity_step(self, direction: int) -> bool:
        """The overshare reveal and the quiz (shared by every view) use a step first."""
        activities = self.state.activities
        return activities.step(self.current_slide().kind, self.audience, direction > 0)

    def next(self) -> None:
        self.step(+1)

    def previous(self) -> None:
        self.step(-1)

    def first(self) -> None:
        self.set_blank(Blank.NONE)
        self.go_to(0)

    def last(self) -> None:
        self.set_blank(Blank.NONE)
        self.go_to(len(self.slides()) - 1)

    # --- a number, then Enter -----------------------------------------------------------------

    def digits(self) -> str:
        if self._digits and self.clock() - self._digits_at > DIGIT_TIMEOUT:
            self._set_digits("")
        return self._digits

    def type_digit(self, digit: int) -> None:
        self._set_digits((self.digits() + str(digit))[-3:])
        self._digits_at = self.clock()
        self._digits_timer.start(int(DIGIT_TIMEOUT * 1000) + 50)

    def enter(self) -> None:
        """Go to the typed slide number; with none typed, the next slide."""
        typed = self.digits()
        self._set_digits("")
        if typed and int(typed) > 0:
            self.set_blank(Blank.NONE)
            self.go_to(int(typed) - 1)
        else:
            self.next()

    def clear_digits(self) -> None:
        self._set_digits("")

    def _set_digits(self, digits: str) -> None:
        if digits != self._digits:
            self._digits = digits
            self.digits_changed.emit(digits)

    # --- how it is shown ----------------------------------------------------------------------

    @property
    def theme(self) -> Theme:
        return self.state.theme

    @theme.setter
    def theme(self, theme: Theme) -> None:
        self.state.set_theme(theme)  # display_changed follows

    def set_blank(self, blank: Blank) -> None:
        if blank != self.blank:
            self.blank = blank
            self.display_changed.emit()

    def toggle_pause(self) -> None:
        self.set_blank(Blank.NONE if self.blank == Blank.PAUSE else Blank.PAUSE)

    def toggle_white(self) -> None:
        self.set_blank(Blank.NONE if self.blank == Blank.WHITE else Blank.WHITE)

    def set_text_scale(self, scale: float) -> None:
        scale = min(TEXT_SCALES, key=lambda s: abs(s - scale))
        if scale != self.text_scale:
            self.text_scale = scale
            self.settings.text_scale = scale
            self.display_changed.emit()

    def bigger(self) -> None:
        steps = [s for s in TEXT_SCALES if s > self.text_scale]
        if steps:
            self.set_text_scale(steps[0])

    def smaller(self) -> None:
        steps = [s for s in TEXT_SCALES if s < self.text_scale]
        if steps:
            self.set_text_scale(steps[-1])

    def set_bilingual(self, bilingual: bool) -> None:
        if bilingual != self.bilingual:
            self.bilingual = bilingual
            self.display_changed.emit()

    def languages(self) -> list[str]:
        """The languages on the presentation screen: the state's first."""
        current = self.state.language
        if not self.bilingual:
            return [current]
        return [current, *(code for code in i18n.LANGUAGES if code != current)]

    def set_language(self, language: str) -> str | None:
        """Switch the classroom's language (every view follows) and remember it."""
        return self.state.set_language(language)

    def toggle_language(self) -> None:
        codes = list(i18n.LANGUAGES)
        current = codes.index(self.state.language)
        self.set_language(codes[(current + 1) % len(codes)])

    # --- rendering ----------------------------------------------------------------------------

    def render(self, slide: Slide, language: str | None = None) -> tuple[RenderedSlide, str]:
        """`slide` rendered in `language` (default: the state's), and its chart's title."""
        return self.state.render(slide, language)

    # --- keys ---------------------------------------------------------------------------------

    def perform(self, action: Action, digit: int | None = None) -> bool:
        """Do `action` if it is about the lesson; False for the actions a view does itself."""
        if action != Action.DIGIT and action != Action.ENTER:
            self.clear_digits()
        handlers: dict[Action, Callable[[], None]] = {
            Action.NEXT: self.next,
            Action.PREVIOUS: self.previous,
            Action.FIRST: self.first,
            Action.LAST: self.last,
            Action.ENTER: self.enter,
            Action.PAUSE: self.toggle_pause,
            Action.WHITE: self.toggle_white,
            Action.LANGUAGE: self.toggle_language,
            Action.BIGGER: self.bigger,
            Action.SMALLER: self.smaller,
        }
        if action == Action.DIGIT and digit is not None:
            self.type_digit(digit)
            return True
        handler = handlers.get(action)
        if handler is None:
            return False
        handler()
        return True


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
