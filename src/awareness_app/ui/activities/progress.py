"""What an activity remembers while it is shown: the overshare reveal and the quiz's hands,
in memory only (never in the settings), and the keys and buttons every activity shares.

The classroom's state holds one (`ClassroomState.activities`), which the main window,
the presentation view, the presenter console and both halves of the bilingual view are given, so
they show the same reveal at once; a view given none has one of its own (the deck's paper pages).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPushButton, QWidget

from ...model.lesson.lesson import Audience, SlideKind
from ...model.lesson.overshare import RevealState
from ...model.lesson.quiz import Tally, questions_for
from ..fonts import app_font_family

RESET_KEY = Qt.Key.Key_R
DIGIT_KEYS = tuple(Qt.Key(Qt.Key.Key_1 + i) for i in range(9))
PLUS_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
MINUS_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)


class ActivityProgress(QObject):
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
