"""An unexpected exception: written to a rotating log in the user's log folder and shown in a
dialog that says what happened, where, where the log is, and whether the app keeps running."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from awareness_app.crash import (
    BACKUPS,
    LOG_NAME,
    MAX_BYTES,
    CrashHandler,
    error_box,
    install_crash_handler,
    log_folder,
)


@pytest.fixture
def handler(tmp_path: Path) -> object:
    shown: list[tuple[str, str, Path | None, bool]] = []
    crash = install_crash_handler(tmp_path / "logs", show=lambda *a: shown.append(a))
    crash.shown = shown  # type: ignore[attr-defined]
    crash.running = True  # as in `crash.run(app)`: the event loop runs
    yield crash
    crash.uninstall()


def _boom() -> None:
    raise ValueError("the chart has no data")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown(qtbot, handler: CrashHandler) -> None:
    button = QPushButton("Export")
    qtbot.addWidget(button)
    button.clicked.connect(_boom)
    button.click()  # the slot raises; Qt carries on
    assert handler.shown == [  # type: ignore[attr-defined]
        (
            "ValueError: the chart has no data",
            f"test_crash.py:{_boom.__code__.co_firstlineno + 1} (_boom)",
            handler.log_file,
            True,  # the app keeps running
        )
    ]
    log = handler.log_file.read_text(encoding="utf-8")
    assert "Unexpected error in test_crash.py" in log
    assert "ValueError: the chart has no data" in log and "Traceback" in log
    assert "started" in log  # the start-up line
    button.click()  # still running; the same error again is logged, not shown again
    assert len(handler.shown) == 1  # type: ignore[attr-defined]
    assert handler.log_file.read_text(encoding="utf-8").count("ValueError: the chart") == 2


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_is_shown_by_the_gui_thread(qtbot, handler: CrashHandler) -> None:
    worker = threading.Thread(target=_boom, name="charts-test")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(handler.shown) == 1)  # type: ignore[attr-defined]
    assert "thread charts-test" in handler.log_file.read_text(encoding="utf-8")


def test_the_log_rotates(handler: CrashHandler) -> None:
    """A log that grows past MAX_BYTES moves to .1 (and on, BACKUPS deep): it never fills
    the disk of a school laptop."""
    line = "x" * 1000
    for _ in range(MAX_BYTES * (BACKUPS + 2) // 1000):
        handler.logger.info(line)
    handler.handler.flush()
    logs = sorted(p.name for p in handler.folder.iterdir())
    assert logs == [LOG_NAME] + [f"{LOG_NAME}.{n}" for n in range(1, BACKUPS + 1)]
    assert all(p.stat().st_size <= MAX_BYTES + 2000 for p in handler.folder.iterdir())


def test_log_folder_is_the_users_app_data_folder(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from awareness_app.ui.app import create_application

    create_application()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = log_folder()
    assert folder.name == "logs"
    assert "SNS Safety Classroom" in str(folder)


def test_a_log_folder_that_cannot_be_made_still_shows_errors(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    shown: list[object] = []
    crash = CrashHandler(blocker / "logs", show=lambda *a: shown.append(a)).install()
    try:
        try:
            _boom()
        except ValueError as error:
            crash.excepthook(ValueError, error, error.__traceback__)
        # no log was written, so none is named; and the event loop was not running yet
        assert shown == [(shown[0][0], shown[0][1], None, False)]
    finally:
        crash.uninstall()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_dialog_tells_the_truth(qapp: object, tmp_path: Path, language: str) -> None:
    from awareness_app import i18n

    i18n.set_language(language)
    try:
        running = error_box("ValueError: x", "draw.py:1 (render)", tmp_path / "a.log", True)
        closing = error_box("ValueError: x", "draw.py:1 (render)", None, False)
        keeps, ends = running.informativeText(), closing.informativeText()
        assert str(tmp_path / "a.log") in keeps and "draw.py:1 (render)" in keeps
        assert ".log" not in ends and "draw.py:1 (render)" in ends
        assert keeps != ends
        if language == "en":
            assert "keeps running" in keeps and "keeps running" not in ends
            assert "has to close" in ends and "terminal" in ends
        else:
            assert i18n.current_language() == "ja" and keeps.isascii() is False
            assert ends.split("\n")[0] != keeps.split("\n")[0]
        running.deleteLater()
        closing.deleteLater()
    finally:
        i18n.set_language("en")


def test_run_knows_while_the_event_loop_runs(tmp_path: Path) -> None:
    crash = CrashHandler(tmp_path / "logs", show=lambda *a: None)
    seen: list[bool] = []

    class App:
        def exec(self) -> int:
            seen.append(crash.running)
            return 3

    assert crash.run(App()) == 3 and seen == [True] and crash.running is False
