"""Text from a file shown as typed, never as Qt rich text.

Qt reads a tooltip, a QMessageBox's text and an AutoText label as HTML when the text looks like
it (`<img src=…>` draws a local image, `<a>` is a link). A data file's title, a plan's file
name, a school slide's title, a site.toml value or an error message quoting any of them goes
through `as_plain` before it is handed to any of those; a QLabel for such text is given
`Qt.TextFormat.PlainText` by `plain_label`. One helper, so every surface agrees.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def as_plain(text: str) -> str:
    """`text` as Qt's rich-text guess will show it exactly as typed: unchanged when it holds no
    markup character, else escaped, its lines kept, and marked as rich text so the escapes are
    read back as the characters they stand for."""
    if "<" not in text and "&" not in text:
        return text
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"


def plain_label(label: QLabel) -> QLabel:
    """`label` set to plain text (markup in the text is shown as typed), returned."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    return label


def warn(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
    """A warning box whose text (which may quote a file's name or content) is plain."""
    return QMessageBox.warning(parent, as_plain(title), as_plain(text))
