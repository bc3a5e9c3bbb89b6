"""The window's notice that the newest figures are probably out of date
(`model/data/edition_age.py`).

A calm strip under the toolbar, not a dialog: shown once a session when the classroom's state
finds the newest edition past its next expected release, in the current language (again after
L or the language box), gone once the teacher closes it or opens newer figures.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from ...i18n import _
from ...model.data.edition_age import notice
from ..classroom_state import ClassroomState


class EditionNotice(QFrame):
    def __init__(self, state: ClassroomState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.dismissed = False  # closed by the teacher: not again this session
        self.setObjectName("edition-notice")
        self.setStyleSheet(
            "QFrame#edition-notice { background: #E8F1FA; border-bottom: 2px solid #005A8C; }"
            " QLabel { color: #111111; }"
        )
        self.label = QLabel(self)
        self.label.setObjectName("edition-notice-text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        state.language_changed.connect(self.refresh)
        state.edition_changed.connect(self.refresh)
        self.refresh()

    def text(self) -> str:
        return self.label.text()

    def refresh(self, *_args: object) -> None:
        """The notice in the current language, shown while it applies and is not closed."""
        edition = self.state.outdated()
        self.label.setText(notice(edition) if edition is not None else "")
        self.close_button.setToolTip(_("Close this notice"))
        self.close_button.setAccessibleName(_("Close this notice"))
        self.setAccessibleName(self.label.text())
        self.setVisible(edition is not None and not self.dismissed)

    def dismiss(self) -> None:
        self.dismissed = True
        self.setVisible(False)
