"""Shared fixtures: Qt offscreen, fresh settings for every test, English at the start of each.

Nothing else is left behind by a test: the contacts, the site configuration, the activities and
the audience belong to the `ClassroomState` a test makes (ui/classroom_state.py), never to a
module; what is left process-wide (the language for `_()`, the furigana setting, what the chart
renderer has kept) is reset here.

Charts: the chart thread draws a fake unless a test is marked `real_charts`, and the PDFs' real
charts are shared between tests (tests/fake_charts.py, CONTRIBUTING.md "Writing tests")."""

from __future__ import annotations

import os
import sys

# Bytecode is written and read even where PYTHONDONTWRITEBYTECODE is set (as on the project's
# machines): without it every worker compiles the tests and the app again, and every run of the
# app on the command line the app's modules (collection alone: 9.5 s against 2.6 s). The
# workers and the app's runs inherit this environment.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: no display needed
# "today" before the newest edition's next expected release (model/data/edition_age.py): no test
# sees the notice of out-of-date figures unless it sets a later day (subprocesses inherit it too)
os.environ.setdefault("AWARENESS_TODAY", "2026-12-01")

from pathlib import Path

import pytest

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from windows import show_window

sys.dont_write_bytecode = False  # this process's tests too (for `-n 0`)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto` (pyproject's addopts): a worker per core, and one more. Many tests wait on
    another process (LibreOffice, the app on the command line, the X server), which leaves a
    core idle; measured on 2 cores, 3 workers ran the README's command in 221-242 s, 2 in
    244-258 s, 4 in 260 s. PYTEST_XDIST_AUTO_NUM_WORKERS still decides where it is set
    (None: xdist's own count)."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    return len(os.sched_getaffinity(0)) + 1 if hasattr(os, "sched_getaffinity") else None


@pytest.hookimpl(tryfirst=True)  # before `-m` selects
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The sweeps' cases beyond the representative ones are `exhaustive` (tests/sweeps.py)."""
    import sweeps

    sweeps.mark_exhaustive(items)


@pytest.fixture(scope="session")
def dataset() -> DataSet:
    return load_dataset(resources.edition_file(2023))


@pytest.fixture
def window(qtbot, dataset: DataSet):
    """The main window at 1280×800, shown (offscreen), with fresh settings."""
    from awareness_app.model.lesson.content import LESSON
    from awareness_app.ui.app import create_application
    from awareness_app.ui.classroom_state import ClassroomState
    from awareness_app.ui.settings import Settings
    from awareness_app.ui.window.main_window import MainWindow

    create_application()
    win = MainWindow(ClassroomState(LESSON, dataset, Settings()))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    show_window(qtbot, win)
    yield win
    win.stop_presenting()


@pytest.fixture
def console(qtbot, dataset: DataSet):
    """A presenter console at 1280×800, shown, with a clock the test moves (`now[0]`):
    (console, its controller, now)."""
    import datetime as dt

    from awareness_app.model.lesson.content import LESSON
    from awareness_app.ui.app import create_application
    from awareness_app.ui.classroom_state import ClassroomState
    from awareness_app.ui.presenting.controller import PresentationController
    from awareness_app.ui.presenting.presenter_console import PresenterConsole
    from awareness_app.ui.settings import Settings

    create_application()
    now = [1000.0]
    controller = PresentationController(ClassroomState(LESSON, dataset, Settings()))
    console = PresenterConsole(
        controller, clock=lambda: now[0], now=lambda: dt.datetime(2026, 5, 1, 10, 42)
    )
    qtbot.addWidget(console)
    console.resize(1280, 800)
    console.show()
    qtbot.waitExposed(console)
    return console, controller, now


@pytest.fixture(autouse=True)
def fake_charts(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """The chart thread draws `fake_charts.fake_chart` (a one-colour picture of the chart's
    size) unless the test is marked `real_charts`: matplotlib is most of a sweep's time, and a
    sweep reads the views' text, not the charts' pixels. True when the charts are real."""
    import fake_charts

    if request.node.get_closest_marker(fake_charts.MARKER) is not None:
        return True
    from awareness_app.ui.slides import chart_renderer

    # each ChartRenderer takes the drawing of the moment it is made, and keeps it: a prefetch
    # a test's renderer draws after the test is fake too. raising: if the seam moves, every
    # test says so instead of drawing real charts slowly
    monkeypatch.setattr(chart_renderer, "draw_chart", fake_charts.fake_chart, raising=True)
    return False


@pytest.fixture(scope="session")
def shared_svgs():
    """The PDFs' charts, drawn once per test process (`fake_charts.SharedSvgs`)."""
    import fake_charts

    return fake_charts.SharedSvgs()


@pytest.fixture(autouse=True)
def _share_pdf_charts(shared_svgs, monkeypatch: pytest.MonkeyPatch) -> None:
    """The handout and the lesson PDF take their charts from `shared_svgs`."""
    from awareness_app.ui.pdf import deck, handout

    monkeypatch.setattr(deck, "chart_svg", shared_svgs)
    monkeypatch.setattr(handout, "chart_svg", shared_svgs)


@pytest.fixture
def marked_ja(monkeypatch: pytest.MonkeyPatch) -> None:
    """Japanese with furigana markup on a few words (see ruby_catalogue.py)."""
    import ruby_catalogue

    ruby_catalogue.install(monkeypatch)


@pytest.fixture(autouse=True)
def english() -> object:
    """Every test starts in English (and ends in it, for the tests that import no fixture)."""
    _reset()
    yield
    _reset()


def _reset() -> None:
    i18n.set_language("en")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        i18n.install_qt_translator(app)  # Qt's own strings back to English too


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """QSettings in a folder of the test's own (never the user's real settings)."""
    folder = tmp_path / "settings"
    folder.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # records of unfinished writes
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # edited lesson plans
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a dependency
        return folder
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder
