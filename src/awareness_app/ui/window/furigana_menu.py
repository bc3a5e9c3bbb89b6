"""The Furigana menu: who sees readings over kanji — elementary pupils only (the default),
every audience (a class of Japanese learners), or no one. Remembered in the settings.

    FuriganaMenu(state, parent)   # the window places `menu` before Help and follows `chosen`
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ...i18n import N_, _
from ...model.text.furigana import ALL, CHOICES, ELEMENTARY, OFF

if TYPE_CHECKING:
    from ..classroom_state import ClassroomState

LABELS = {
    # NOTE: Furigana menu: readings over kanji on slides for elementary pupils only
    ELEMENTARY: N_("For elementary pupils only"),
    # NOTE: Furigana menu: readings for every audience (a class of Japanese learners)
    ALL: N_("For every audience"),
    # NOTE: Furigana menu: no readings for any audience
    OFF: N_("Off"),
}


class FuriganaMenu(QObject):
    """A menu (for before Help) with one checkable entry for each choice."""

    chosen = Signal()  # a choice was made: every slide and chart is to be drawn again

    def __init__(self, state: ClassroomState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.menu = QMenu(parent)
        self.menu.setObjectName("furigana-menu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for choice in CHOICES:
            action = QAction(parent)
            action.setObjectName(f"furigana-{choice}")
            action.setCheckable(True)
            action.setChecked(choice == state.furigana)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[choice] = action
        state.language_changed.connect(self._language_changed)
        self.retranslate()

    def choose(self, choice: str) -> None:
        """Remember `choice` and show every slide and chart again with it."""
        self.state.set_furigana(choice)
        self.actions[choice].setChecked(True)
        self.chosen.emit()

    def _language_changed(self, _language: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(_("F&urigana"))
        for choice, action in self.actions.items():
            action.setText(_(LABELS[choice]))
        self.menu.setToolTip(_("Readings over kanji, for the audiences that need them"))
