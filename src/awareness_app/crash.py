"""Unexpected errors: written to a rotating log file in the user's log folder, and shown in a
dialog that says what happened, where, and where the log is; and whether the app keeps running
(an error in an event handler or another thread) or must close (an error before its event loop
runs).

    handler = install_crash_handler()          # after the QApplication exists
    handler.log_file                           # …/logs/awareness-app.log

The log folder is the platform's folder for the app's local data (`user_dirs.log_folder`)
with `logs/` in it: ~/.local/share/SNS Safety Classroom/SNS Safety
Classroom/logs on Linux, %LOCALAPPDATA%\\SNS Safety Classroom\\SNS Safety Classroom\\logs on
Windows, ~/Library/Application Support/SNS Safety Classroom/SNS Safety Classroom/logs on macOS.
The log holds error reports and start-up lines, never anything about pupils.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from . import __version__, user_dirs

LOG_NAME = "awareness-app.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
LOGGER = "awareness_app"

# (what happened, where, the log file or None when none could be written, does the app go on?)
ShowError = Callable[[str, str, Path | None, bool], None]


def log_folder() -> Path:
    """The user's log folder for the app (created when the first line is written)."""
    return user_dirs.log_folder()


def where(tb: TracebackType | None) -> str:
    """The innermost frame of the app's own code (else the innermost one), as file:line in
    function."""
    frames = traceback.extract_tb(tb)
    if not frames:
        return "?"
    ours = [f for f in frames if "awareness_app" in f.filename.replace("\\", "/")]
    frame = (ours or frames)[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} ({frame.name})"


def error_box(what: str, place: str, log_file: Path | None, keeps_running: bool) -> Any:
    """The message box a teacher sees (in the current language), telling the truth: whether
    the app goes on, and where the details are (a log file, or the terminal when none could be
    written)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .i18n import _

    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the error may quote a file
    box.setWindowTitle(_("Something went wrong"))
    box.setText(_("The app hit an unexpected problem: {error}").format(error=what))
    if keeps_running:
        happened = _(
            "It happened in {place}. What you were doing may not have finished; the app keeps "
            "running, and your settings are safe."
        )
    else:
        happened = _(
            "It happened in {place}, before the app was ready, so the app has to close. Your "
            "settings are safe; start the app again."
        )
    if log_file is not None:
        details = _("The details are in the log file:\n{log}").format(log=log_file)
        box.setDetailedText(str(log_file))
    else:
        details = _(
            "No log file could be written, so the details were printed where the app was "
            "started from (its terminal)."
        )
    box.setInformativeText(happened.format(place=place) + "\n" + details)
    return box


def show_error_dialog(what: str, place: str, log_file: Path | None, keeps_running: bool) -> None:
    error_box(what, place, log_file, keeps_running).exec()


class CrashHandler:
    """Installed as sys.excepthook and threading.excepthook."""

    def __init__(self, folder: Path | None = None, show: ShowError | None = None) -> None:
        self.folder = folder or log_folder()
        self.log_file = self.folder / LOG_NAME
        self.show = show or show_error_dialog
        self.logger = logging.getLogger(LOGGER)
        self.logger.setLevel(logging.INFO)
        self.handler: RotatingFileHandler | None = None
        self._showing = False
        self._shown: set[tuple[str, str]] = set()  # each error is shown once; all are logged
        self._notifier: Any = None
        # the app's event loop is running: an error in an event handler leaves it running;
        # one before (at start-up) ends the app
        self.running = False
        self._previous: tuple[Any, Any] = (sys.excepthook, threading.excepthook)

    def install(self) -> CrashHandler:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.handler = RotatingFileHandler(
                self.log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
        except OSError as error:  # no log folder: errors still show, and go to stderr
            print(f"awareness-app: cannot write the log {self.log_file}: {error}", file=sys.stderr)
            self.handler = None
        if self.handler is not None:
            self.handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
            )
            self.logger.addHandler(self.handler)
        self._connect_notifier()
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        self.logger.info(
            "SNS Safety Classroom %s started (Python %s, %s)",
            __version__,
            sys.version.split()[0],
            sys.platform,
        )
        return self

    def run(self, app: Any) -> int:
        """Run the app's event loop (`app.exec()`), knowing while it runs."""
        self.running = True
        try:
            return int(app.exec())
        finally:
            self.running = False

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous
        if self.handler is not None:
            self.logger.removeHandler(self.handler)
            self.handler.close()
            self.handler = None

    def _connect_notifier(self) -> None:
        """Errors in other threads are shown by the GUI thread (queued through a signal)."""
        try:
            from PySide6.QtCore import QObject, Signal
        except ImportError:  # pragma: no cover - Qt is a dependency
            return

        class Notifier(QObject):
            error = Signal(str, str, bool)

        self._notifier = Notifier()
        self._notifier.error.connect(self._show)

    # --- hooks ----------------------------------------------------------------------------------

    def excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        self.report(kind, value, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        value = args.exc_value or args.exc_type()
        self.report(args.exc_type, value, args.exc_traceback, thread=args.thread)

    def report(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
        thread: threading.Thread | None = None,
    ) -> None:
        place = where(tb)
        name = thread.name if thread is not None else threading.current_thread().name
        self.logger.error(
            "Unexpected error in %s (thread %s)", place, name, exc_info=(kind, value, tb)
        )
        if self.handler is not None:
            self.handler.flush()
        else:
            traceback.print_exception(kind, value, tb)
        what = f"{kind.__name__}: {value}" if str(value) else kind.__name__
        # an error in another thread ends that thread only
        keeps_running = self.running or thread is not None
        if threading.current_thread() is threading.main_thread() or self._notifier is None:
            self._show(what, place, keeps_running)
        else:
            self._notifier.error.emit(what, place, keeps_running)

    def _show(self, what: str, place: str, keeps_running: bool) -> None:
        # one dialog at a time, and each error once (an error in a paint event would otherwise
        # come back every time the dialog closes); every one is in the log
        if self._showing or (what, place) in self._shown:
            return
        self._shown.add((what, place))
        self._showing = True
        try:
            log_file = self.log_file if self.handler is not None else None
            self.show(what, place, log_file, keeps_running)
        except Exception:  # the dialog itself failed: the error is logged all the same
            self.logger.exception("The error dialog could not be shown")
        finally:
            self._showing = False


def install_crash_handler(
    folder: Path | None = None, show: ShowError | None = None
) -> CrashHandler:
    return CrashHandler(folder, show).install()
