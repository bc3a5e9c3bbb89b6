"""Starting Qt: the application object, the shipped font, the classroom's state (lesson,
edition, settings, audience, theme, language), then a window or a screenshot."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from .. import APP_NAME, ORGANIZATION, __version__, i18n
from ..atomic import write_bytes_atomic
from ..crash import install_crash_handler
from ..i18n import _
from ..model.data.dataset import DataSet, DataSetError
from ..model.lesson.contacts import LocalContact
from ..model.lesson.lesson import Lesson
from ..model.settings.options import AUDIENCE, FURIGANA, LANGUAGE, THEME, LaunchOptions
from .accessibility import install_accessible_interfaces
from .classroom_state import ClassroomState
from .fonts import font_problem, load_app_font
from .plain import warn
from .settings import Settings
from .slides.slide_view import SlideView

if TYPE_CHECKING:
    from .window.main_window import MainWindow


# Qt's PNG "quality" is zlib's compression turned round: 80 writes a 1920×1080 slide in half the
# time of the default (≈ 50 ms against 100 ms), 5 % larger
PNG_QUALITY = 80


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    install_accessible_interfaces()  # before any widget is made (accessibility.py)
    family = load_app_font()
    font = QFont(family)
    # BIZ UDPGothic's letters are wide (a universal-design face): 10 pt reads as other faces' 11
    font.setPointSize(10)
    app.setFont(font)
    return app


def system_language() -> str:
    """The OS's language if the app has it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def shown_language(language: str) -> str:
    """`language`, or English where the shipped font is missing (no Japanese glyphs: English,
    with the system's font)."""
    return i18n.DEFAULT_LANGUAGE if font_problem() else language


def screenshot_state(
    lesson: Lesson,
    dataset: DataSet,
    options: LaunchOptions,
    settings: Settings,
    contacts: Sequence[LocalContact] | None = None,
) -> ClassroomState:
    """The state a screenshot or an export draws: the launch options' audience, theme,
    language, plan and furigana (never saved: never the scratch settings' of a presentation
    screenshot); the school's contacts, by default those of `settings`."""
    state = ClassroomState(
        lesson,
        dataset,
        settings,
        audience=options.audience,
        theme=options.theme,
        language=shown_language(options.language),
        contacts=contacts,
        plan=options.plan,
        furigana=options.furigana,
        today=options.today,  # the exports' notice of out-of-date figures
    )
    if state.warning:
        print(f"awareness-app: {state.warning}", file=sys.stderr)
    return state


def run_screenshot(
    lesson: Lesson, dataset: DataSet, options: LaunchOptions, settings: Settings, path: Path
) -> int:
    """Render one slide at `options.size` to `path`, charts included."""
    if options.wants_presentation():  # --present / --bilingual: the presentation view
        return run_presentation_screenshot(lesson, dataset, options, settings, path)
    create_application()
    view = screenshot_view(screenshot_state(lesson, dataset, options, settings), options)
    width, height = options.size
    image = grab(view, width, height)
    write_bytes_atomic(path, image)
    print(f"Wrote {path} ({width}×{height})")
    return 0


def screenshot_view(state: ClassroomState, options: LaunchOptions) -> SlideView:
    """The window's slide view for `--screenshot`: the slide as the class sees it, with the
    furigana the window shows, after `--steps` steps of its activity."""
    index = state.lesson.find(state.audience, options.slide) if options.slide else 0
    slide = state.slides()[index]
    view = SlideView()
    view.activity.set_session(state.activities)
    view.chart.set_controls_visible(False)  # a picture of the slide, as the class sees it
    view.resize(*options.size)
    rendered, chart_title = state.render(slide)
    view.show_slide(
        rendered,
        state.dataset,
        state.audience,
        state.theme,
        chart_title,
        charts=state.charts,
        furigana=state.furigana,
    )
    for _step in range(options.steps):  # the activity's reveal steps
        if not view.handle_step(True):
            break
    return view


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
    pixmap.save(buffer, "PNG", PNG_QUALITY)
    buffer.close()
    widget.hide()
    return bytes(data.data())


def run_window(lesson: Lesson, dataset: DataSet, options: LaunchOptions, settings: Settings) -> int:
    """The main window on the user's `settings` (read over the site configuration), started
    as `options` say (`model/settings/options.py`: the command line, else the user's settings, else
    the site, else the system's language or the default)."""
    from .window.main_window import MainWindow  # deferred: a screenshot has no window

    app = create_application()
    crash = install_crash_handler()  # unexpected errors: a dialog, and the log
    problem = font_problem()
    # what the command line chose is remembered, as a choice made in the window is: the
    # language (the one asked for, even while the font is missing), audience, theme, furigana
    if LANGUAGE.key in options.given:
        settings.language = options.language
    if AUDIENCE.key in options.given:
        settings.audience = options.audience
    if THEME.key in options.given:
        settings.theme = options.theme
    if FURIGANA.key in options.given:
        settings.furigana = options.furigana
    plan = options.plan  # --plan: used, and remembered for its audience
    if plan is not None and options.plan_file is not None:
        settings.set_lesson_plan(plan.audience, str(options.plan_file))
    state = ClassroomState(
        lesson,
        dataset,
        settings,
        language=shown_language(options.language),
        plan=plan,
        remembered_plans=True,  # each audience's last plan
        today=options.today,  # --today, AWARENESS_TODAY or the computer's
    )
    warnings = settings.warnings  # now, in the language the window shows
    if problem:
        warnings.append(problem)
    if state.warning:
        warnings.append(state.warning)
    if state.plan_message:
        warnings.append(state.plan_message)
    refused = site_data_warning(options.site_data_problem, lesson)  # site.toml's, refused
    if refused:
        warnings.append(refused)
    window = MainWindow(state, warnings)
    if options.slide:
        window.go_to(window.lesson.find(window.audience, options.slide))
    window.place_on_screen()  # fits the screen's available area; then as it was left
    window.show()
    if problem:
        QTimer.singleShot(0, lambda: warn(window, APP_NAME, problem))
    # once the window is up, load matplotlib in the chart thread: the first chart slide then
    # costs only its own drawing
    QTimer.singleShot(300, state.charts.warm_up)
    # and the activities' views, which the first paint goes without (`ActivityHost`)
    activity = window.slide_view.activity
    QTimer.singleShot(400, activity, activity.prepare)
    present_at_start(window, options)  # --present / --bilingual
    return crash.run(app)


def site_data_warning(error: DataSetError | None, lesson: Lesson) -> str:
    """Why the data file site.toml names is not used ("" when it is, or there is none), in the
    current language: for a new year's file not filled in yet, the figures and the slides it
    still lacks (`fit.template_problem`)."""
    if error is None:
        return ""
    from ..model.data.fit import template_problem

    detail = template_problem(error.path, lesson) or error.problem
    # NOTE: in the window's banner at start-up; {error} names the file and what is wrong
    text = _(
        "The data file named in site.toml cannot be used, so the app shows its built-in "
        "figures: {error}"
    )
    return text.format(error=f"{error.path}: {detail}")


# --- presenting from the command line (--present, --bilingual) ---------------------------------


def run_presentation_screenshot(
    lesson: Lesson, dataset: DataSet, options: LaunchOptions, settings: Settings, path: Path
) -> int:
    """The presentation view (bilingual with `--bilingual`) at `options.size`, as a PNG."""
    # deferred: only this screenshot draws the presentation view before a window exists
    from .presenting.controller import PresentationController
    from .presenting.presentation_view import PresentationView

    create_application()
    width, height = options.size
    with tempfile.TemporaryDirectory() as folder:
        # a settings store of its own (the controller remembers the slide): a screenshot
        # changes nothing the user chose; the school's contacts are the user's
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        scratch = Settings(store, site=settings.site)
        state = screenshot_state(lesson, dataset, options, scratch, settings.local_contacts)
        controller = PresentationController(state)
        controller.set_bilingual(options.bilingual)
        controller.go_to(state.lesson.find(state.audience, options.slide) if options.slide else 0)
        view = PresentationView(controller)
        view.resize(width, height)
        image = grab(view, width, height)
        view.close()
        store.sync()
    write_bytes_atomic(path, image)
    print(f"Wrote {path} ({width}×{height})")
    return 0


def present_at_start(window: MainWindow, options: LaunchOptions) -> None:
    """`--present` / `--bilingual`: the main window goes straight into the presentation view,
    from `--slide` or else the first slide."""
    if not options.wants_presentation():
        return
    window.start_presenting(from_start=not options.slide, bilingual=options.bilingual)
