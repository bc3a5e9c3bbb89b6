"""Issue 22, points 1 and 10: the speaker notes never go on the projector without a word. S
does nothing on the presentation view while a console shows the notes; on one screen, S puts
them in a strip under the slide, which shrinks above it and stays whole; the notes going to
the larger screen, or to one the slides were shown on before, are asked about first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from awareness_app.ui.presenting.screens import Placement, ScreenInfo, notes_risk
from awareness_app.ui.window.main_window import MainWindow


def test_s_does_nothing_on_the_projector_while_a_console_shows_the_notes(
    qtbot, window: MainWindow
) -> None:
    qtbot.keyClick(window.slide_view, Qt.Key.Key_F5)
    assert window.session is not None and window.session.view is not None
    view = window.session.view
    view.one_screen = False  # as with two screens: the console has the notes
    view.activateWindow()
    view.setFocus()  # the projector's picture was clicked
    for _press in range(3):
        qtbot.keyClick(view, Qt.Key.Key_S)
        assert view.notes.isHidden()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.notes.isHidden() and window.index == 1


def test_notes_on_one_screen_are_a_strip_under_the_whole_slide(qtbot, window) -> None:
    window.go_to_id("trend")  # a chart
    qtbot.keyClick(window.slide_view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert window.session is not None and window.session.view is not None
    view = window.session.view
    qtbot.waitExposed(view)
    assert view.one_screen
    full = view.page.geometry()
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert view.notes.isVisible()
    page, notes = view.page.geometry(), view.notes.geometry()
    assert not page.intersects(notes), "the notes cover the slide"
    assert page.height() < full.height() and page.bottom() < notes.top()
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert view.notes.isHidden() and view.page.geometry() == full


def test_when_the_notes_are_asked_about() -> None:
    laptop = ScreenInfo("eDP-1", 1366, 768, primary=True)
    projector = ScreenInfo("HDMI-1", 1920, 1080)
    screens = [laptop, projector]
    assert notes_risk(screens, Placement(1, 0)) == ""  # the usual way round
    assert notes_risk(screens, Placement(0, 1)) == "larger"  # the laptop chosen, or X
    assert notes_risk(screens, Placement(0, None)) == ""  # one screen: S, by the teacher
    same = [ScreenInfo("DP-1", 1920, 1080, True), ScreenInfo("DP-2", 1920, 1080)]
    assert notes_risk(same, Placement(0, 1)) == ""
    assert notes_risk(same, Placement(0, 1), ["DP-2"]) == "before"


def test_the_consoles_screen_list_follows_l(qtbot, dataset) -> None:
    """Point 7: the console's list of screens is in the language L switches to."""
    from awareness_app import i18n
    from awareness_app.i18n import _
    from awareness_app.ui.app import create_application
    from awareness_app.ui.classroom_state import ClassroomState
    from awareness_app.ui.presenting.controller import PresentationController
    from awareness_app.ui.presenting.presenter_console import PresenterConsole
    from awareness_app.ui.settings import Settings
    from lessons import LESSON

    create_application()
    controller = PresentationController(ClassroomState(LESSON, dataset, Settings()))
    console = PresenterConsole(controller)
    qtbot.addWidget(console)
    console.show()
    console.set_screens(["a"], "a", lambda: [_("{screen} (main screen)").format(screen="A")])
    assert console.screen_box.itemText(0) == "A (main screen)"
    console.setFocus()
    qtbot.keyClick(console, Qt.Key.Key_L)
    assert i18n.current_language() == "ja"
    assert console.screen_box.itemText(0) != "A (main screen)"
    assert console.screen_box.itemText(0).startswith("A")
