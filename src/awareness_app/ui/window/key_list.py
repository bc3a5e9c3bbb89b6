"""The list of keys, as a dialog of the window (Help › Keys…, or H or ? in the window)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...i18n import _
from ..presenting.keys import KEY_HELP
from .plan_editor import LIST_KEY_HELP


def key_rows() -> list[tuple[str, str]]:
    """(keys, what they do), translated: the lesson's keys, then the slide list's."""
    return [(_(keys), _(what)) for keys, what in (*KEY_HELP, *LIST_KEY_HELP)]


class KeyListDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Keys"))
        self.setAccessibleName(_("Keys"))
        rows = "".join(
            f"<tr><td style='padding:2px 16px 2px 0'><b>{escape(keys)}</b></td>"
            f"<td style='padding:2px 0'>{escape(what)}</td></tr>"
            for keys, what in key_rows()
        )
        self.table = QLabel(f"<table>{rows}</table>", self)
        self.table.setTextFormat(Qt.TextFormat.RichText)  # our own words, escaped
        self.table.setAccessibleName(_("Keys"))
        self.table.setAccessibleDescription(
            "\n".join(f"{keys}: {what}" for keys, what in key_rows())
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
