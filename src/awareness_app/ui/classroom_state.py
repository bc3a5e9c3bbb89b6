"""The Qt side of the classroom (`model/classroom.py`): what only Qt can hold.

    state = ClassroomState(lesson, dataset, settings)   # once, by `app.py`, `cli_exports.py`

The classroom itself — the lesson, the edition, the settings, the audience, the theme, the
language, the plan, the contacts, the furigana setting, and the events every view follows — is
the model's `Classroom`, plain Python, which the command line's Qt-free exports use as it is.
This subclass adds the chart renderer (`charts`: its thread and caches, told to forget what the
charts said when the edition changes), the activities' reveal and tally (`activities`, shared by
every view), and Qt's own strings (dialog buttons) in the language chosen.

Its events are `psygnal`'s: a widget connects to them as to a Qt signal. A widget that may be
deleted while the classroom lives (the presentation view, the presenter console) connects with
`follow`, which lets go of it when Qt deletes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from .. import i18n
from ..model.classroom import Classroom
from .activities.progress import ActivityProgress
from .slides.chart_renderer import ChartRenderer

if TYPE_CHECKING:
    from .settings import Settings


def _install_qt_translator() -> None:
    app = QCoreApplication.instance()
    if app is not None:
        i18n.install_qt_translator(app)


class ClassroomState(Classroom):
    """A `Classroom` with its chart renderer and its activities' progress."""

    charts: ChartRenderer
    settings: Settings  # the window's remembered settings (`app.py` hands it them)

    def __init__(self, *args: Any, charts: ChartRenderer | None = None, **options: Any) -> None:
        """`Classroom`'s arguments; `charts`: the chart thread and its caches (every view of
        this classroom draws its charts there), a new one by default."""
        super().__init__(
            *args, charts=charts or ChartRenderer(), on_language=_install_qt_translator, **options
        )
        # what the overshare activity revealed and the quiz's hands, shared by every view
        self.activities = ActivityProgress()


def follow(event: Any, receiver: QObject, slot: Callable[..., Any]) -> None:
    """Connect `slot` (a method of `receiver`) to the classroom's `event`, until Qt deletes
    `receiver`: a Qt signal forgets a deleted receiver by itself, a psygnal event must be told."""
    event.connect(slot)
    receiver.destroyed.connect(lambda *_args: event.disconnect(slot, missing_ok=True))
