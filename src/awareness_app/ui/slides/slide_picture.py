"""A small picture of a full-size slide: the presenter console's current and next slide.

The console lays each slide out in a `SlidePage` of the projector's own size (the same view,
sizes and autofit the room sees, so every rule of the slide's text holds by construction), kept
out of sight, and `SlidePicture` paints that page scaled down into its own box: the picture
shows what the room sees, never a second layout of it that could cut or wrap its text otherwise.
The page is painted as vector drawing under a scaling painter, so the small text stays sharp.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRegion
from PySide6.QtWidgets import QSizePolicy, QWidget


class SlidePicture(QWidget):
    """Paints `page` (a widget laid out at its full size elsewhere) scaled to fit this widget,
    keeping its proportions, centred, with a thin frame."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.frame_colour = QColor("#888888")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_frame_colour(self, colour: str) -> None:
        if QColor(colour) != self.frame_colour:
            self.frame_colour = QColor(colour)
            self.update()

    def picture_rect(self) -> QRectF:
        """Where the page is drawn: as large as fits, its proportions kept, centred."""
        page = self.page.size()
        if page.width() <= 0 or page.height() <= 0:
            return QRectF()
        scale = min(self.width() / page.width(), self.height() / page.height())
        width, height = page.width() * scale, page.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def scale(self) -> float:
        """The page's size on this picture (1: full size)."""
        rect = self.picture_rect()
        return rect.width() / self.page.width() if self.page.width() > 0 else 0.0

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.picture_rect()
        if rect.isEmpty():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.save()
        painter.translate(rect.topLeft())
        scale = self.scale()
        painter.scale(scale, scale)
        self.page.render(
            painter,
            QPoint(0, 0),
            QRegion(),
            QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren,
        )
        painter.restore()
        painter.setPen(QPen(self.frame_colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()

    def sizeHint(self) -> QSize:
        return QSize(320, 180)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 90)
