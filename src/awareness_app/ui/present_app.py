"""`--present` and `--bilingual` on the command line: start in the presentation view, or draw it
to a PNG with `--screenshot`."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from .. import i18n
from ..model.dataset import DataSet
from ..model.lesson import Audience, Lesson
from ..themes import THEMES


def wants_presentation(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "present", False) or getattr(args, "bilingual", False))


def run_presentation_screenshot(lesson: Lesson, dataset: DataSet, args: argparse.Namespace) -> int:
    """The presentation view (bilingual with `--bilingual`) at `args.size`, as a PNG."""
    from ..atomic import write_bytes_atomic
    from .app import apply_language, create_application, grab
    from .presentation_view import PresentationView
    from .presenting import PresentationController
    from .settings import Settings

    app = create_application()
    warning = apply_language(app, args.lang or i18n.DEFAULT_LANGUAGE)
    if warning:
        print(f"awareness-app: {warning}", file=sys.stderr)
    width, height = args.size
    with tempfile.TemporaryDirectory() as folder:
        # a settings store of its own: a screenshot changes nothing the user chose
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        settings = Settings(store)
        settings.audience = Audience(args.audience) if args.audience else Audience.JUNIOR_HIGH
        settings.theme = args.theme or "light"
        controller = PresentationController(lesson, dataset, settings)
        controller.theme = THEMES[settings.theme]
        controller.set_bilingual(bool(getattr(args, "bilingual", False)))
        controller.go_to(lesson.find(controller.audience, args.slide) if args.slide else 0)
        view = PresentationView(controller)
        view.resize(width, height)
        image = grab(view, width, height)  # type: ignore[arg-type]
        view.close()
        store.sync()
    write_bytes_atomic(args.screenshot, image)
    print(f"Wrote {args.screenshot} ({width}×{height})")
    return 0


def present_at_start(window: object, args: argparse.Namespace) -> None:
    """`--present` / `--bilingual`: the main window goes straight into the presentation view,
    from `--slide` or else the first slide."""
    from .main_window import MainWindow

    assert isinstance(window, MainWindow)
    if not wants_presentation(args):
        return
    window.start_presenting(
        from_start=not args.slide, bilingual=bool(getattr(args, "bilingual", False))
    )
