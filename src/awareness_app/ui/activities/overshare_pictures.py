"""The overshare activity's placeholder art: a cover, faces, a map pin and eight photos, drawn
with QPainter from simple shapes (original, no logos, no brand colours)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from ...model.lesson.overshare import Picture
from ..fonts import app_font_family

# Placeholder art: fixed colours, as in a photo (the card itself follows the theme).
SKY = "#CFE3F1"
GRASS = "#8DC07C"
TREE = "#3F7F3B"
TRUNK = "#7A5535"
SUN = "#F2C14E"
SKIN = "#F1CBA8"
HAIR = "#3A2A22"
NAVY = "#2E3D5C"
SHIRT = "#2B6CB0"
RIBBON = "#B03A2E"
STONE = "#8E96A0"
PITCH = "#5E9F52"
CAT = "#D9964B"
DARK = "#3E4A5C"
WHITE = "#FFFFFF"


def rounded_clip(p: QPainter, rect: QRectF, radius: float) -> None:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    p.setClipPath(path)


def cover(p: QPainter, rect: QRectF, radius: float) -> None:
    """The post feed's header picture: soft hills and a sun."""
    rounded_clip(p, rect.adjusted(1, 1, -1, 0), radius)
    p.fillRect(rect, QColor("#D5E3EE"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#B7CFA8"))
    p.drawEllipse(
        QRectF(
            rect.left() - rect.width() * 0.1, rect.center().y(), rect.width() * 0.7, rect.height()
        )
    )
    p.setBrush(QColor("#9DBF8C"))
    p.drawEllipse(
        QRectF(
            rect.center().x(), rect.top() + rect.height() * 0.6, rect.width() * 0.8, rect.height()
        )
    )
    p.setBrush(QColor(SUN))
    d = rect.height() * 0.45
    p.drawEllipse(QRectF(rect.right() - d * 2.2, rect.top() + d * 0.3, d, d))


def face(p: QPainter, rect: QRectF, long_hair: bool, ring: QColor | None = None) -> None:
    """A placeholder "photo of a face": a round picture with head, hair and shoulders."""
    if ring is not None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ring)
        p.drawEllipse(
            rect.adjusted(
                -rect.width() * 0.05, -rect.width() * 0.05, rect.width() * 0.05, rect.width() * 0.05
            )
        )
    path = QPainterPath()
    path.addEllipse(rect)
    p.setClipPath(path)
    p.fillRect(rect, QColor(SKY))
    w, h = rect.width(), rect.height()
    cx = rect.center().x()
    p.setPen(Qt.PenStyle.NoPen)
    if long_hair:
        p.setBrush(QColor(HAIR))
        p.drawRoundedRect(
            QRectF(cx - w * 0.27, rect.top() + h * 0.18, w * 0.54, h * 0.62), w * 0.2, w * 0.2
        )
    p.setBrush(QColor(NAVY if long_hair else SHIRT))
    p.drawEllipse(QRectF(cx - w * 0.42, rect.top() + h * 0.72, w * 0.84, h * 0.6))
    p.setBrush(QColor(SKIN))
    p.drawEllipse(QRectF(cx - w * 0.19, rect.top() + h * 0.2, w * 0.38, h * 0.44))
    p.setBrush(QColor(HAIR))
    hair = QRectF(cx - w * 0.21, rect.top() + h * 0.16, w * 0.42, h * 0.22)
    p.drawChord(hair, 0, 180 * 16)
    p.setBrush(QColor(HAIR))
    eye = w * 0.035
    for dx in (-0.075, 0.075):
        p.drawEllipse(QPointF(cx + w * dx, rect.top() + h * 0.42), eye, eye)


def pin(p: QPainter, rect: QRectF) -> None:
    """A map pin, drawn."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(RIBBON))
    d = rect.width()
    p.drawEllipse(QRectF(rect.left(), rect.top(), d, d))
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(rect.left() + d * 0.12, rect.top() + d * 0.65),
                QPointF(rect.right() - d * 0.12, rect.top() + d * 0.65),
                QPointF(rect.center().x(), rect.bottom()),
            ]
        )
    )
    p.setBrush(QColor(WHITE))
    p.drawEllipse(QPointF(rect.center().x(), rect.top() + d / 2), d * 0.18, d * 0.18)


def person(p: QPainter, cx: float, top: float, w: float, shirt: str) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(shirt))
    p.drawRoundedRect(QRectF(cx - w / 2, top + w * 0.55, w, w * 1.1), w * 0.25, w * 0.25)
    p.setBrush(QColor(SKIN))
    p.drawEllipse(QRectF(cx - w * 0.28, top, w * 0.56, w * 0.6))
    p.setBrush(QColor(HAIR))
    p.drawChord(QRectF(cx - w * 0.3, top - w * 0.04, w * 0.6, w * 0.4), 0, 180 * 16)


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont(app_font_family())
    font.setPixelSize(max(8, round(pixels)))
    font.setBold(bold)
    return font


def _uniform(p: QPainter, rect: QRectF, banner: str, text_px: float) -> None:
    x, y, w, h = rect.left(), rect.top(), rect.width(), rect.height()
    p.fillRect(rect, QColor(SKY))
    p.fillRect(QRectF(x, y + h * 0.72, w, h * 0.28), QColor("#D9CBB0"))
    p.setBrush(QColor(STONE))
    for gx in (0.08, 0.78):
        p.drawRect(QRectF(x + w * gx, y + h * 0.25, w * 0.14, h * 0.6))
    p.setBrush(QColor(WHITE))
    p.drawRect(QRectF(x + w * 0.095, y + h * 0.36, w * 0.11, h * 0.22))
    cx = x + w / 2
    p.setBrush(QColor(HAIR))
    p.drawRoundedRect(QRectF(cx - w * 0.11, y + h * 0.14, w * 0.22, h * 0.42), w * 0.08, w * 0.08)
    p.setBrush(QColor(NAVY))
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(cx - w * 0.09, y + h * 0.47),
                QPointF(cx + w * 0.09, y + h * 0.47),
                QPointF(cx + w * 0.17, y + h * 1.0),
                QPointF(cx - w * 0.17, y + h * 1.0),
            ]
        )
    )
    p.setBrush(QColor(WHITE))
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(cx - w * 0.05, y + h * 0.47),
                QPointF(cx + w * 0.05, y + h * 0.47),
                QPointF(cx, y + h * 0.6),
            ]
        )
    )
    p.setBrush(QColor(RIBBON))
    p.drawEllipse(QPointF(cx, y + h * 0.58), w * 0.025, w * 0.025)
    p.setBrush(QColor(SKIN))
    p.drawEllipse(QRectF(cx - w * 0.075, y + h * 0.2, w * 0.15, h * 0.26))
    p.setBrush(QColor(HAIR))
    p.drawChord(QRectF(cx - w * 0.085, y + h * 0.17, w * 0.17, h * 0.14), 0, 180 * 16)


def _park(p: QPainter, rect: QRectF, banner: str, text_px: float) -> None:
    x, y, w, h = rect.left(), rect.top(), rect.width(), rect.height()
    p.fillRect(rect, QColor(SKY))
    p.fillRect(QRectF(x, y + h * 0.62, w, h * 0.38), QColor(GRASS))
    p.setBrush(QColor(SUN))
    p.drawEllipse(QRectF(x + w * 0.72, y + h * 0.12, w * 0.16, w * 0.16))
    p.setBrush(QColor(TRUNK))
    p.drawRect(QRectF(x + w * 0.3, y + h * 0.45, w * 0.07, h * 0.3))
    p.setBrush(QColor(TREE))
    p.drawEllipse(QRectF(x + w * 0.16, y + h * 0.22, w * 0.35, h * 0.32))
    p.setBrush(QColor("#E3D6B8"))
    p.drawEllipse(QRectF(x + w * 0.45, y + h * 0.78, w * 0.7, h * 0.3))


def _team(p: QPainter, rect: QRectF, banner: str, text_px: float) -> None:
    x, y, w, h = rect.left(), rect.top(), rect.width(), rect.height()
    p.fillRect(rect, QColor(GRASS))
    band = QRectF(x + w * 0.06, y + h * 0.08, w * 0.88, h * 0.28)
    p.setBrush(QColor(WHITE))
    p.drawRect(band)
    if banner:
        font = _font(text_px * 0.95, bold=True)
        metrics = QFontMetricsF(font)
        advance = metrics.horizontalAdvance(banner)
        if advance > band.width() * 0.92:
            font = _font(text_px * 0.95 * band.width() * 0.92 / advance, bold=True)
        p.setFont(font)
        p.setPen(QColor(NAVY))
        p.drawText(band, int(Qt.AlignmentFlag.AlignCenter), banner)
        p.setPen(Qt.PenStyle.NoPen)
    for i in range(4):
        person(p, x + w * (0.17 + i * 0.22), y + h * 0.46, w * 0.17, SHIRT)


def _sunset(p: QPainter, rect: QRectF, banner: str, text_px: float) -> None:
    x, y, w, h = rect.left(), rect.top(), rect.width(), rect.height()
    p.fillRect(rect, QColor("#F9D48B"))
    p.fillRect(QRectF(x, y + h * 0.35, w, h * 0.25), QColor("#F4A259"))
    p.setBrush(QColor("#FBE7A1"))
    p.drawEllipse(QRectF(x + w * 0.35, y + h * 0.42, w * 0.3, w * 0.3))
    p.fillRect(QRectF(x, y + h * 0.6, w, h * 0.4), QColor("#5B8DB8"))


def _training(p: QPainter, rect: QRectF, banner: str, text_px: float) -> None:
    x, y, w, h = rect.left(), rect.top(), rect.width(), rect.height()
    p.fillRect(rect, QColor(PITCH))
    p.setPen(QPen(QColor(WHITE), max(1.5, w / 60)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawLine(QPointF(x + w / 2, y), QPointF(x + w / 2, y + h))
    p.drawEllipse(QPointF(x + w / 2, y + h * 0.45), w * 0.2, w * 0.2)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(WHITE))
    p.drawEllipse(QPointF(x + w * 0.72, y + h * 0.3), w * 0.08, w * 0.08)
    p.setBrush(QColor(DARK))
    p.drawEllipse(QPointF(x + w * 0.72, y + h * 0.3), w * 0.028, w * 0.028)


def _cat(p: QPainter, rect: QRectF, banner: str, text_px: float) -> None:
    x, y, w, h = rect.left(), rect.top(), rect.width(), rect.height()
    p.fillRect(rect, QColor("#EFE6DA"))
    cx, cy = x + w / 2, y + h * 0.52
    p.setBrush(QColor(CAT))
    for side in (-1, 1):
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(cx + side * w * 0.26, cy - h * 0.05),
                    QPointF(cx + side * w * 0.08, cy - h * 0.2),
                    QPointF(cx + side * w * 0.26, cy - h * 0.36),
                ]
            )
        )
    p.drawEllipse(QPointF(cx, cy), w * 0.28, h * 0.24)
    p.setBrush(QColor(DARK))
    for side in (-1, 1):
        p.drawEllipse(QPointF(cx + side * w * 0.1, cy - h * 0.03), w * 0.03, h * 0.04)
    p.setBrush(QColor("#C46A6A"))
    p.drawEllipse(QPointF(cx, cy + h * 0.06), w * 0.025, h * 0.02)


def _game(p: QPainter, rect: QRectF, banner: str, text_px: float) -> None:
    x, y, w, h = rect.left(), rect.top(), rect.width(), rect.height()
    p.fillRect(rect, QColor(DARK))
    pad = QRectF(x + w * 0.18, y + h * 0.2, w * 0.64, h * 0.34)
    p.setBrush(QColor("#C9CED6"))
    p.drawRoundedRect(pad, pad.height() * 0.45, pad.height() * 0.45)
    p.setBrush(QColor(DARK))
    cross = w * 0.035
    cx, cy = pad.left() + pad.width() * 0.25, pad.center().y()
    p.drawRect(QRectF(cx - cross * 2, cy - cross / 2, cross * 4, cross))
    p.drawRect(QRectF(cx - cross / 2, cy - cross * 2, cross, cross * 4))
    for dx, dy, colour in ((0.7, -0.12, "#D55E00"), (0.8, 0.08, "#0072B2")):
        p.setBrush(QColor(colour))
        p.drawEllipse(
            QPointF(pad.left() + pad.width() * dx, cy + pad.height() * dy),
            cross * 0.8,
            cross * 0.8,
        )


PICTURES: dict[Picture, Callable[[QPainter, QRectF, str, float], None]] = {
    Picture.UNIFORM: _uniform,
    Picture.PARK: _park,
    Picture.TEAM: _team,
    Picture.SUNSET: _sunset,
    Picture.TRAINING: _training,
    Picture.CAT: _cat,
    Picture.GAME: _game,
}


def picture(p: QPainter, rect: QRectF, picture: Picture, banner: str, text_px: float) -> None:
    """A placeholder photo: simple shapes, original, no logos."""
    rounded_clip(p, rect, rect.width() * 0.04)
    p.setPen(Qt.PenStyle.NoPen)
    draw = PICTURES.get(picture)
    if draw is None:
        p.fillRect(rect, QBrush(QColor("#DDDDDD")))
    else:
        draw(p, rect, banner, text_px)
