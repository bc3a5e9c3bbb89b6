"""Starting Qt: the application object, the shipped font, the language, then a window or a
screenshot."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_NAME, ORGANIZATION, __version__, i18n
from ..atomic import write_bytes_atomic
from ..crash import install_crash_handler
from ..model.charts import chart_title
from ..model.dataset import DataSet
from ..model.furigana import readings_for
from ..model.lesson import Audience, Lesson
from ..model.render import render_slide
from ..model.site_config import site_config
from ..themes import THEMES
from .accessibility import install_accessible_interfaces
from .fonts import font_problem, load_app_font
from .presenting.controller import PresentationController
from .presenting.presentation_view import PresentationView
from .settings import Settings
from .slides.chart_renderer import renderer
from .slides.slide_view import SlideView
from .window.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    install_accessible_interfaces()  # before any widget is made (accessibility.py)
    family = load_app_font()
    font = QFont(family)
    font.setPointSize(11)
    app.setFont(font)
    return app


def system_language() -> str:
    """The OS's language if the app has it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def apply_language(app: QApplication, language: str) -> str | None:
    if font_problem():  # no Japanese glyphs: English, with the system's font
        language = i18n.DEFAULT_LANGUAGE
    warning = i18n.set_language(language)
    i18n.install_qt_translator(app)
    return warning


def run_screenshot(lesson: Lesson, dataset: DataSet, args: argparse.Namespace) -> int:
    """Render one slide at `args.size` to `args.screenshot`, charts included."""
    if wants_presentation(args):  # --present / --bilingual: the presentation view
        return run_presentation_screenshot(lesson, dataset, args)
    app = create_application()
    warning = apply_language(app, args.lang or i18n.DEFAULT_LANGUAGE)
    if warning:
        print(f"awareness-app: {warning}", file=sys.stderr)
    view = screenshot_view(lesson, dataset, args)
    width, height = args.size
    image = grab(view, width, height)
    write_bytes_atomic(args.screenshot, image)
    print(f"Wrote {args.screenshot} ({width}×{height})")
    return 0


def screenshot_view(lesson: Lesson, dataset: DataSet, args: argparse.Namespace) -> SlideView:
    """The window's slide view for `--screenshot`: the slide as the class sees it, with the
    furigana the window shows, after `--steps` steps of its activity."""
    audience = Audience(args.audience) if args.audience else Audience.JUNIOR_HIGH
    index = lesson.find(audience, args.slide) if args.slide else 0
    slide = lesson.for_audience(audience)[index]
    theme = THEMES[args.theme or "light"]
    view = SlideView()
    view.chart.set_controls_visible(False)  # a picture of the slide, as the class sees it
    view.resize(*args.size)
    with readings_for(audience):
        rendered = render_slide(lesson, slide, audience, dataset)
    view.show_slide(
        rendered, dataset, audience, theme, _chart_title(slide.chart, dataset, audience)
    )
    for _ in range(max(0, getattr(args, "steps", 0) or 0)):  # the activity's reveal steps
        if not view.handle_step(True):
            break
    return view


def _chart_title(chart_id: str | None, dataset: DataSet, audience: Audience) -> str:
    if not chart_id:
        return ""

    return chart_title(chart_id, dataset, audience)


def grab(widget: QWidget, width: int, height: int) -> bytes:
    """The widget drawn at exactly `width` × `height`, as PNG bytes."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()
    pixmap = widget.grab()
    if pixmap.width() != width or pixmap.height() != height:
        pixmap = pixmap.scaled(width, height)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    widget.hide()
    return bytes(data.data())


def run_window(lesson: Lesson, dataset: DataSet, args: argparse.Namespace) -> int:
    app = create_application()
    crash = install_crash_handler()  # unexpected errors: a dialog, and the log
    settings = Settings()
    warnings = list(settings.warnings)
    chosen = settings.store.contains("language") or site_config().language  # user's, or site's
    language = args.lang or (settings.language if chosen else system_language())
    problem = font_problem()
    if problem:
        warnings.append(problem)
    warning = apply_language(app, language)
    if warning:
        warnings.append(warning)
    if args.audience:
        settings.audience = Audience(args.audience)
    if args.theme:
        settings.theme = args.theme
    # the language is saved only when the teacher picks one in the window, so a district's
    # default (site.toml) keeps applying until then
    window = MainWindow(lesson, dataset, settings, warnings)
    if args.slide:
        window.go_to(window.lesson.find(window.audience, args.slide))
    window.resize(1280, 800)
    window.show()
    if problem:
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, APP_NAME, problem))
    # once the window is up, load matplotlib in the chart thread: the first chart slide then
    # costs only its own drawing
    QTimer.singleShot(300, renderer().warm_up)
    present_at_start(window, args)  # --present / --bilingual
    return crash.run(app)


# --- presenting from the command line (--present, --bilingual) ---------------------------------


def wants_presentation(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "present", False) or getattr(args, "bilingual", False))


def run_presentation_screenshot(lesson: Lesson, dataset: DataSet, args: argparse.Namespace) -> int:
    """The presentation view (bilingual with `--bilingual`) at `args.size`, as a PNG."""
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
        image = grab(view, width, height)
        view.close()
        store.sync()
    write_bytes_atomic(args.screenshot, image)
    print(f"Wrote {args.screenshot} ({width}×{height})")
    return 0


def present_at_start(window: MainWindow, args: argparse.Namespace) -> None:
    """`--present` / `--bilingual`: the main window goes straight into the presentation view,
    from `--slide` or else the first slide."""
    if not wants_presentation(args):
        return
    window.start_presenting(
        from_start=not args.slide, bilingual=bool(getattr(args, "bilingual", False))
    )
