"""The presenter console's time: a stopwatch on an injectable clock, the elapsed time as text,
where the lesson is against its length (ahead, on time, behind, over time) and the bar that
shows it."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ... import i18n
from ...model.lesson.plan import LENGTHS

LESSON_LENGTHS = LENGTHS  # 15, 45, 50, 90: the lesson plan's, else the audience's setting


def format_duration(seconds: float) -> str:
    """12:03, or 1:02:03 past an hour."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def pacing(elapsed: float, minutes: int, index: int, count: int) -> str:
    """ "ahead", "behind", "on-pace" or "over-time": where the lesson is against the clock."""
    length = minutes * 60
    if elapsed >= length:
        return "over-time"
    expected = elapsed / length
    done = index / max(1, count - 1)
    if done < expected - 0.1:
        return "behind"
    if done > expected + 0.15:
        return "ahead"
    return "on-pace"


PACING_TEXT = {
    "ahead": i18n.N_("ahead of time"),
    "behind": i18n.N_("behind time"),
    "on-pace": i18n.N_("on time"),
    "over-time": i18n.N_("over time"),
}


class Stopwatch:
    """Elapsed seconds since `start`, with pause and reset, on an injectable clock."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._total = 0.0
        self._since: float | None = None

    def start(self) -> None:
        if self._since is None:
            self._since = self.clock()

    def pause(self) -> None:
        if self._since is not None:
            self._total += self.clock() - self._since
            self._since = None

    def reset(self) -> None:
        running = self.running()
        self._total, self._since = 0.0, None
        if running:
            self.start()

    def running(self) -> bool:
        return self._since is not None

    def elapsed(self) -> float:
        return self._total + (self.clock() - self._since if self._since is not None else 0.0)


class PacingBar(QWidget):
    """The lesson's time as a bar: filled for the time gone, with a mark where the slides are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pacing-bar")
        self.setMinimumHeight(18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.time_fraction = 0.0
        self.slide_fraction = 0.0
        self.colours = ("#F2F4F7", "#005A8C", "#111111")  # track, time, slides mark

    def set_fractions(self, time_fraction: float, slide_fraction: float) -> None:
        self.time_fraction = max(0.0, min(1.0, time_fraction))
        self.slide_fraction = max(0.0, min(1.0, slide_fraction))
        self.update()

    def paintEvent(self, event: object) -> None:
        track, filled, mark = (QColor(c) for c in self.colours)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 3, -1, -3)
        painter.setPen(QPen(mark, 1))
        painter.setBrush(track)
        painter.drawRoundedRect(rect, 4, 4)
        done = QRectF(rect)
        done.setWidth(rect.width() * self.time_fraction)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(filled)
        painter.drawRoundedRect(done, 4, 4)
        x = rect.left() + rect.width() * self.slide_fraction
        painter.setPen(QPen(mark, 4))
        painter.drawLine(round(x), 0, round(x), self.height())
        painter.end()
