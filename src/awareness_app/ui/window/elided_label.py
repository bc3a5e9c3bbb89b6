"""The status bar's label for text from a file (the data set in use): plain text, elided to
its width with the whole text in a tooltip, never a link.

    ElidedLabel(parent)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

from ..plain import as_plain


class ElidedLabel(QLabel):
    """A label for text that comes from a data file or a site configuration (a title, a path, an
    error message): always plain text, so markup in the file is shown as typed and is never an
    image or a link. A line too long for the label is elided (…) instead of widening the window;
    hovering shows the whole text, then the label's own tooltip.

    `text()` is the whole text; `max_share` caps the width the label asks for at that share of
    its window's width (None: no cap, for a label whose layout gives it the width)."""

    def __init__(self, parent: QWidget | None = None, max_share: float | None = None) -> None:
        super().__init__(parent)
        self.max_share = max_share
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setWordWrap(False)

    def _width(self) -> int:
        return max(0, self.contentsRect().width() - 2 * self.margin())

    def shown_lines(self) -> list[str]:
        """The lines as drawn at the label's width, each elided where it does not fit."""
        metrics = self.fontMetrics()
        width = self._width()
        return [
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            for line in self.text().split("\n")
        ]

    def is_elided(self) -> bool:
        return self.shown_lines() != self.text().split("\n")

    def full_tool_tip(self) -> str:
        """What hovering shows: the whole text when it is elided, then the label's tooltip."""
        if not self.is_elided():
            return self.toolTip()
        return "\n\n".join(t for t in (self.text(), self.toolTip()) if t)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        window = self.window()
        if self.max_share is not None and window is not self:
            hint.setWidth(min(hint.width(), int(window.width() * self.max_share)))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), self.fontMetrics().averageCharWidth() * 8))
        return hint

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.full_tool_tip()
            if tip:
                QToolTip.showText(event.globalPos(), as_plain(tip), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.drawFrame(painter)
        margin = self.margin()
        rect = self.contentsRect().adjusted(margin, margin, -margin, -margin)
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment().value),
            self.palette(),
            self.isEnabled(),
            "\n".join(self.shown_lines()),
            self.foregroundRole(),
        )
