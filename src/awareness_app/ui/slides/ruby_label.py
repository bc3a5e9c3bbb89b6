"""A label for slide text: `RubyLayout` in a widget, with a label's height-for-width."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...model.text import ruby
from ..fonts import app_font_family
from .ruby_text import Paragraph, RubyLayout, shared_layout


class RubyLabel(QWidget):
    """Word-wrapped text with furigana, broken between phrases. `text()` is the text as set
    (markup included); its accessible name is the text without the readings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._text = ""
        self._paragraphs: list[Paragraph] = []
        self._layout: RubyLayout | None = None
        self.colour = QColor("black")

    def setText(self, text: str) -> None:
        self.set_paragraphs([Paragraph.of(line) for line in text.split("\n")] if text else [], text)

    def set_paragraphs(self, paragraphs: list[Paragraph], text: str) -> None:
        """Show `paragraphs`; `text` is what `text()` gives (the same words, for tests and the
        screen reader)."""
        self._text = text
        self._paragraphs = paragraphs
        self._layout = None
        self.setAccessibleName(ruby.plain(text))
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def set_colour(self, colour: QColor | str) -> None:
        self.colour = QColor(colour)
        self.update()

    def wordWrap(self) -> bool:  # as QLabel's, for the slide's checks
        return True

    def text_layout(self) -> RubyLayout:
        if self._layout is None:
            self._layout = shared_layout(self._paragraphs, self.font())
        return self._layout

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return math.ceil(self.text_layout().height(width))

    def sizeHint(self) -> QSize:
        width = max(1, self.width())
        return QSize(
            min(width, math.ceil(self.text_layout().natural_width())), self.heightForWidth(width)
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(max(1, self.width())))

    def fits(self) -> bool:
        """Whether the text, laid out at the widget's width, fits inside it: its lines within the
        widget's height, and none wider than the widget."""
        layout = self.text_layout()
        width = max(1, self.width())
        return layout.height(width) <= self.height() + 1 and layout.used_width(width) <= width + 1

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._layout = None
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.text_layout().draw(painter, QRectF(self.rect()), self.colour)
        painter.end()


def text_label(parent: QWidget, name: str, bold: bool = False) -> RubyLabel:
    """The one way a view makes a label for the lesson's words: the shipped font, furigana
    where the text carries readings, lines broken between phrases."""
    label = RubyLabel(parent)
    label.setObjectName(name)
    font = QFont(app_font_family())
    font.setBold(bold)
    label.setFont(font)
    return label
