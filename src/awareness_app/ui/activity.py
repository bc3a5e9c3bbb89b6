"""The interactive part of a slide: the overshare reveal and the quiz, in the slide's chart area.

`ActivitySession` holds what has been revealed and the hands counted, in memory only (never in
the settings). Every view shares one session (`shared_session()`), so the main window, the
presentation view, the presenter console and both halves of the bilingual view show the same
reveal at once; the main window starts it afresh when it opens.

`ActivityHost` is the widget a `SlideView` embeds: it shows the overshare view on an ACTIVITY
slide, the quiz view on a QUIZ slide, and nothing otherwise. Navigation goes through
`handle_step(forward)`: an activity uses the step first (next detail, reveal the answer) and
returns False when it has nothing left, so the caller moves to the next slide (like fragments in
a slide show). The activity's own keys (R, digits, + and −) go through `handle_key`.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPushButton, QStackedLayout, QWidget

from ..model.lesson import Audience, SlideKind
from ..model.overshare import RevealState
from ..model.quiz import Tally, questions_for
from ..model.render import RenderedSlide
from ..themes import Theme
from .fonts import app_font_family

RESET_KEY = Qt.Key.Key_R
DIGIT_KEYS = tuple(Qt.Key(Qt.Key.Key_1 + i) for i in range(9))
PLUS_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
MINUS_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)


class ActivitySession(QObject):
    """The reveal and the tally of each audience's lesson, shared by the views that show it.

    `changed` after every change, so each view redraws.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reveals: dict[Audience, RevealState] = {}
        self._tallies: dict[Audience, Tally] = {}

    def reveal_state(self, audience: Audience) -> RevealState:
        if audience not in self._reveals:
            self._reveals[audience] = RevealState()
        return self._reveals[audience]

    def tally(self, audience: Audience, sizes: tuple[int, ...] | None = None) -> Tally:
        """The audience's show of hands. `sizes`: the number of options of each question the
        quiz shows (an edition may leave a question out); a tally of other questions is
        started afresh."""
        existing = self._tallies.get(audience)
        if sizes is not None and (existing is None or existing.sizes != sizes):
            self._tallies[audience] = Tally(sizes)
        elif existing is None:
            self._tallies[audience] = Tally(tuple(len(q.options) for q in questions_for(audience)))
        return self._tallies[audience]

    def step(self, kind: SlideKind | None, audience: Audience, forward: bool) -> bool:
        """Take a step of the activity on a slide of `kind`; False when it has none left."""
        if kind == SlideKind.ACTIVITY:
            state = self.reveal_state(audience)
            used = state.step_forward() if forward else state.step_back()
        elif kind == SlideKind.QUIZ:
            tally = self.tally(audience)
            used = tally.step_forward() if forward else tally.step_back()
        else:
            return False
        if used:
            self.changed.emit()
        return used

    def owned_keys(self, kind: SlideKind | None, audience: Audience) -> tuple[int, ...]:
        """The keys an activity of `kind` uses for itself (beyond next and previous)."""
        if kind == SlideKind.ACTIVITY:
            return (RESET_KEY,)
        if kind == SlideKind.QUIZ:
            options = max(self.tally(audience).sizes, default=0)
            return (RESET_KEY, *DIGIT_KEYS[:options], *PLUS_KEYS, *MINUS_KEYS)
        return ()

    def handle_key(self, kind: SlideKind | None, audience: Audience, key: int) -> bool:
        """Do what `key` means on a slide of `kind`: R starts again; on the quiz, a digit
        chooses an answer and + / − change its count of hands. False for any other key."""
        if key not in self.owned_keys(kind, audience):
            return False
        if kind == SlideKind.ACTIVITY:
            self.reveal_state(audience).reset()
        else:
            tally = self.tally(audience)
            if key == RESET_KEY:
                tally.reset()
            elif key in PLUS_KEYS:
                tally.change(+1)
            elif key in MINUS_KEYS:
                tally.change(-1)
            elif not tally.select(DIGIT_KEYS.index(Qt.Key(key))):
                return False
        self.changed.emit()
        return True

    def notify(self) -> None:
        """Tell the views that the state was changed directly (a click)."""
        self.changed.emit()

    def reset(self) -> None:
        """Forget every reveal and every count (a new lesson)."""
        self._reveals.clear()
        self._tallies.clear()
        self.changed.emit()


def activity_button(parent: QWidget, name: str) -> QPushButton:
    """A button of an activity: reached with Tab (a click leaves the focus with the slide),
    pressed with Enter; the lesson keys (arrows, Space, Page Up / Down, Home, End) still move
    the lesson while it has the focus (see `presenting.focus_owns_key`)."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setAutoDefault(True)  # Enter presses it
    button.setProperty("presenting-owned-keys", [int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter)])
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFont(QFont(app_font_family()))
    return button


_shared: ActivitySession | None = None


def shared_session() -> ActivitySession:
    """The session every view shows, unless it is given one of its own."""
    global _shared
    if _shared is None or not shiboken6.isValid(_shared):
        _shared = ActivitySession(QCoreApplication.instance())
    return _shared


class ActivityHost(QWidget):
    """The overshare view or the quiz view, for the slide on show; hidden on other slides."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from .overshare_view import OvershareView
        from .quiz_view import QuizView

        super().__init__(parent)
        self.setObjectName("activity")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.session = shared_session()
        self.kind: SlideKind | None = None
        self.audience = Audience.JUNIOR_HIGH
        self.overshare = OvershareView(self)
        self.quiz = QuizView(self)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.overshare)
        self._stack.addWidget(self.quiz)
        self._connect()
        self.hide()

    def set_session(self, session: ActivitySession) -> None:
        """Share `session` with other views (the presentation view, the bilingual halves)."""
        if session is self.session:
            return
        self.session.changed.disconnect(self._changed)
        self.session = session
        self._connect()
        self._changed()

    def _connect(self) -> None:
        self.session.changed.connect(self._changed)

    def show_for(self, rendered: RenderedSlide, audience: Audience, theme: Theme) -> bool:
        """Show the activity of `rendered`, if it has one; True when it does."""
        self.kind = rendered.kind if rendered.kind in (SlideKind.ACTIVITY, SlideKind.QUIZ) else None
        self.audience = audience
        self.setAccessibleName(rendered.title)  # the activity's parts are its children
        if self.kind == SlideKind.ACTIVITY:
            self.overshare.show_activity(rendered, audience, theme, self.session)
            self._stack.setCurrentWidget(self.overshare)
        elif self.kind == SlideKind.QUIZ:
            self.quiz.show_quiz(rendered, audience, theme, self.session)
            self._stack.setCurrentWidget(self.quiz)
        self.setVisible(self.kind is not None)
        return self.kind is not None

    def _changed(self) -> None:
        if self.kind == SlideKind.ACTIVITY:
            self.overshare.refresh()
        elif self.kind == SlideKind.QUIZ:
            self.quiz.refresh()

    def set_paper(self, paper: bool) -> None:
        """Drawn for paper (the deck PDF): no buttons, nothing to press."""
        self.overshare.paper = paper
        self.quiz.paper = paper

    def set_reference_height(self, height: int) -> None:
        """Type sizes follow the slide's height, like the rest of the slide."""
        self.overshare.set_reference_height(height)
        self.quiz.set_reference_height(height)

    # --- steps and keys -----------------------------------------------------------------------

    def handle_step(self, forward: bool) -> bool:
        return self.kind is not None and self.session.step(self.kind, self.audience, forward)

    def owned_keys(self) -> tuple[int, ...]:
        return self.session.owned_keys(self.kind, self.audience) if self.kind else ()

    def handle_key(self, key: int) -> bool:
        return self.kind is not None and self.session.handle_key(self.kind, self.audience, key)

    def clipped_texts(self) -> list[str]:
        """Names of the activity's texts that do not fit (for the layout tests)."""
        if self.isHidden() or self.kind is None:
            return []
        view = self.overshare if self.kind == SlideKind.ACTIVITY else self.quiz
        return view.clipped_texts()
