"""Starting and stopping a presentation: the presentation view full screen on the projector,
the presenter console on the laptop's screen (with two screens), and back again on Esc.

Screens are those Qt reports (`QGuiApplication.screens()`); `choose_screens` decides, from the
remembered screen name, which one shows what. Plugging a projector in or out while presenting
moves the views.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMessageBox, QWidget

from ...i18n import _
from .controller import Blank, PresentationController
from .presentation_view import PresentationView
from .presenter_console import PresenterConsole
from .screens import Placement, ScreenInfo, choose_screens, notes_risk


def screen_id(screen: QScreen, screens: list[QScreen]) -> str:
    """How a screen is named in the settings and the console's list: its name, and where two
    screens share a name (two X screens are both called "screen") its size and place too."""
    name = screen.name()
    if sum(1 for s in screens if s.name() == name) == 1:
        return name
    g = screen.geometry()
    return f"{name} {g.width()}x{g.height()}+{g.x()}+{g.y()}"


def screen_infos(screens: list[QScreen]) -> list[ScreenInfo]:
    primary = QGuiApplication.primaryScreen()
    return [
        ScreenInfo(screen_id(s, screens), s.geometry().width(), s.geometry().height(), s is primary)
        for s in screens
    ]


def screen_label(screen: QScreen) -> str:
    """A screen as a teacher can tell it apart: its name, size and place, and whether it is
    the main (usually the laptop's built-in) screen."""
    geometry = screen.geometry()
    # NOTE: an entry of the console's list of screens, e.g. "HDMI-1: 1920×1080, at 1280, 0"
    label = _("{name}: {width}×{height}, at {x}, {y}").format(
        name=screen.name(),
        width=geometry.width(),
        height=geometry.height(),
        x=geometry.x(),
        y=geometry.y(),
    )
    if screen is QGuiApplication.primaryScreen():
        # NOTE: the laptop's own screen, usually
        label = _("{screen} (main screen)").format(screen=label)
    return label


def ask_notes_there(parent: QWidget | None, screen: str, risk: str) -> bool:
    """Ask the teacher, once, before the speaker notes go to `screen`; True for yes. The
    answer that keeps the notes off the class's screen is the default (Enter, Esc)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_("Speaker notes on the projector?"))
    if risk == "larger":
        # NOTE: asked before presenting; {screen} is a screen of the console's list
        text = _(
            "The speaker notes would go on the larger screen, {screen}. That is usually the "
            "projector, which the class sees."
        )
    else:
        # NOTE: asked before presenting; {screen} is a screen of the console's list
        text = _(
            "The speaker notes would go on {screen}, where the slides were shown before. It "
            "may be the projector, which the class sees."
        )
    box.setText(text.format(screen=screen))
    box.setInformativeText(_("Show the speaker notes on that screen?"))
    yes = box.addButton(_("Show the notes there"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(_("Show the slides there"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


class PresentingSession(QObject):
    """One presentation, from F5 to Esc. `ended` when it stops."""

    ended = Signal()

    def __init__(
        self,
        controller: PresentationController,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        full_screen: bool = True,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.clock = clock
        self.now = now
        self.full_screen = full_screen
        self.view: PresentationView | None = None
        self.console: PresenterConsole | None = None
        self._stopping = False
        # (presentation, console) screen names after X, for this presentation only: a swap
        # is never remembered; a choice in the console's list is
        self.swapped: tuple[str, str] | None = None
        # asks the teacher before the notes go where the class may see them (a test answers)
        self.ask_notes_there: Callable[[QWidget | None, str, str], bool] = ask_notes_there
        self._notes_allowed: set[str] = set()  # console screens the teacher said yes to
        self._starting = False

    # --- starting and stopping ----------------------------------------------------------------

    def start(self, index: int | None = None) -> None:
        """Present from slide `index` (None: where the lesson is)."""
        c = self.controller
        c.set_blank(Blank.NONE)
        c.clear_digits()
        if index is not None:
            c.go_to(index)
        self.view = PresentationView(c)
        self.view.leave_requested.connect(self.stop)
        self.view.swap_requested.connect(self.swap_screens)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screens_changed)
            app.screenRemoved.connect(self._screens_changed)
        self._starting = True
        try:
            self.place()
        finally:
            self._starting = False
        self._started_console()

    def _started_console(self) -> None:
        if self.console is not None:
            self.console.start_timer()

    def stop(self) -> None:
        if self._stopping:
            return
        self._stopping = True
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            for signal in (app.screenAdded, app.screenRemoved):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(self._screens_changed)
        for window in (self.console, self.view):
            if window is not None and shiboken6.isValid(window):
                window.close()
                window.deleteLater()
        self.console = None
        self.view = None
        self.controller.set_blank(Blank.NONE)
        self.controller.clear_digits()
        self.ended.emit()

    def is_active(self) -> bool:
        return self.view is not None

    # --- screens ------------------------------------------------------------------------------

    def screens(self) -> list[QScreen]:
        return list(QGuiApplication.screens())

    def place(self) -> None:
        """Put the views on their screens (again)."""
        if self.view is None:
            return
        screens = self.screens()
        preferred, console_preferred = self.swapped or (
            self.controller.settings.presentation_screen,
            "",
        )
        infos = screen_infos(screens)
        placement = choose_screens(infos, preferred, console_preferred)
        placement = self._checked(placement, infos, screens)
        # the screens again: while the question was up (its own event loop), Qt may have
        # replaced its screens (a projector plugged in or out; seen under X with two screens),
        # and a screen it deleted cannot be used
        screens = self.screens()
        if len(screens) != len(infos):
            self.place()
            return
        target = screens[placement.presentation]
        self._show_on(self.view, target, full=self.full_screen)
        if placement.console is None:
            self.view.one_screen = True
            if self.console is not None:
                self.console.close()
                self.console.deleteLater()
                self.console = None
        else:
            self.view.one_screen = False
            if self.console is None:
                self.console = PresenterConsole(self.controller, clock=self.clock, now=self.now)
                self.console.leave_requested.connect(self.stop)
                self.console.screen_chosen.connect(self.move_to_screen)
                self.console.swap_requested.connect(self.swap_screens)
                self.console.full_screen_requested = self.view.toggle_full_screen  # type: ignore[method-assign]
                # the console's pictures of the slides are laid out at the projector's size
                self.view.resized.connect(self.console.set_stage_size)
                self.console.set_stage_size(self.view.size())
                self.console.start_timer()
            console_screen = screens[placement.console]
            if self.console.isVisible() and self.console.screen() is not console_screen:
                self.console.hide()  # a shown, maximized window may keep its screen otherwise
            self.console.setScreen(console_screen)
            self.console.setGeometry(console_screen.availableGeometry())
            self.console.showMaximized()
            self.console.set_screens(
                [screen_id(s, screens) for s in screens],
                screen_id(target, screens),
                lambda: [screen_label(s) for s in screens],  # again in the language of L
            )
            self.console.activateWindow()
            self.console.setFocus()
        if self.console is None:
            self.view.activateWindow()
            self.view.setFocus()
        elif self._starting and self.swapped is None:
            assert placement.console is not None  # the console is shown: it has a screen
            shown, console = infos[placement.presentation], infos[placement.console]
            if not shown.primary and shown.width * shown.height >= console.width * console.height:
                self.controller.settings.add_projector_screen(shown.name)

    def _checked(
        self, placement: Placement, infos: list[ScreenInfo], screens: list[QScreen]
    ) -> Placement:
        """`placement`, or the other way round when the notes would go to the larger screen or
        to one the slides were shown on before and the teacher does not want them there
        (asked once a presentation for each screen)."""
        risk = notes_risk(infos, placement, self.controller.settings.projector_screens)
        if not risk or placement.console is None:
            return placement
        there = infos[placement.console].name
        if there in self._notes_allowed:
            return placement
        # the question goes where the teacher is
        # (the console's screen while presenting, as after X; before, the main screen)
        parent = next(
            (w for w in (self.console, self.view) if w is not None and w.isVisible()), None
        )
        if self.ask_notes_there(parent, screen_label(screens[placement.console]), risk):
            self._notes_allowed.add(there)
            return placement
        # the slides go there, the notes on the other screen; a remembered choice that put
        # the notes there is forgotten
        if self.swapped is None and self.controller.settings.presentation_screen:
            self.controller.settings.presentation_screen = ""
        self.swapped = (there, infos[placement.presentation].name)
        self._notes_allowed.add(infos[placement.presentation].name)
        return Placement(placement.console, placement.presentation)

    @staticmethod
    def _show_on(window: PresentationView, screen: QScreen, full: bool) -> None:
        if window.isVisible() and window.screen() is not screen:
            window.hide()  # a shown, full-screen window may keep its screen otherwise
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        if full:
            window.showFullScreen()
        else:
            window.show()

    def move_to_screen(self, name: str) -> None:
        """Show the presentation on the screen called `name`, and remember it."""
        self.controller.settings.presentation_screen = name
        self.swapped = None
        self.place()

    def swap_screens(self) -> None:
        """X: the presentation and the console change screens, for this presentation only (not
        remembered); X again swaps them back."""
        if self.view is None or self.console is None:
            return
        screens = self.screens()
        self.swapped = (
            screen_id(self.console.screen(), screens),
            screen_id(self.view.screen(), screens),
        )
        self.place()

    def _screens_changed(self, *args: object) -> None:
        if self.view is not None:
            self.place()
