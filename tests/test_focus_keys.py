"""Issue 22, point 2: a focused button, check box, list or text field keeps Enter, Space and
the arrows; the lesson keys move the lesson only from the slide (or from nothing that takes
keys). Pressed with real key events on the focused control, reached with Tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from awareness_app import i18n
from awareness_app.ui.presenting.controller import PresentationController
from awareness_app.ui.presenting.keys import FOCUS_KEY_HELP, KEY_HELP, KEYS
from awareness_app.ui.presenting.presenter_console import PresenterConsole
from awareness_app.ui.window.key_list import key_rows
from awareness_app.ui.window.main_window import MainWindow


def _tab_to(qtbot, window: QWidget, target: QWidget, limit: int = 80) -> None:
    """Press Tab until `target` has the focus, as a keyboard user does."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target}")


@pytest.fixture
def focused_console(console) -> tuple[PresenterConsole, PresentationController, list]:
    """conftest's console, with the focus and its timer running."""
    view, _controller, _now = console
    view.activateWindow()
    view.setFocus()
    view.start_timer()
    return console


def test_enter_on_the_consoles_reset_button_resets_the_timer_not_the_lesson(
    qtbot, focused_console
) -> None:
    con, c, now = focused_console
    now[0] += 300  # five minutes into the lesson
    assert con.stopwatch.elapsed() == 300
    _tab_to(qtbot, con, con.reset_button)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Return):
        qtbot.keyClick(con.reset_button, key)
        qtbot.waitUntil(lambda: con.stopwatch.elapsed() == 0)
        assert c.index == 0, "Enter on 'Reset timer' moved the lesson"
        now[0] += 10
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left):
        qtbot.keyClick(con.reset_button, key)
        assert c.index == 0, Qt.Key(key).name
    # the slide (the console itself) has the focus again: the lesson keys move the lesson
    con.setFocus()
    qtbot.keyClick(con, Qt.Key.Key_Return)
    assert c.index == 1
    qtbot.keyClick(con, Qt.Key.Key_Space)
    assert c.index == 2


def test_every_console_button_pressed_with_enter_keeps_the_lesson_where_it_is(
    qtbot, focused_console
) -> None:
    con, c, _now = focused_console
    c.go_to(2)
    pressed: list[str] = []
    for button in (con.timer_button, con.smaller_button, con.bigger_button, con.pause_button):
        button.clicked.connect(lambda _c=False, b=button: pressed.append(b.objectName()))
        _tab_to(qtbot, con, button)
        qtbot.keyClick(button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda b=button: b.objectName() in pressed)
        assert c.index == 2, button.objectName()
    c.set_blank(c.blank.NONE)
    # the check box: Enter and Space tick it, the lesson stays
    _tab_to(qtbot, con, con.bilingual_box)
    qtbot.keyClick(con.bilingual_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.bilingual)
    qtbot.keyClick(con.bilingual_box, Qt.Key.Key_Space)
    assert not c.bilingual and c.index == 2
    # the lists: ↓ chooses in the list, Enter does not move the lesson
    _tab_to(qtbot, con, con.notes_language_box)
    qtbot.keyClick(con.notes_language_box, Qt.Key.Key_Down)
    assert con.notes_language_box.currentIndex() == 1 and c.index == 2
    # Page Down (a clicker) still moves the lesson from any of them
    qtbot.keyClick(con.notes_language_box, Qt.Key.Key_PageDown)
    assert c.index == 3


def test_enter_on_the_windows_buttons_presses_them(qtbot, window: MainWindow, monkeypatch) -> None:
    pressed: list[str] = []
    monkeypatch.setattr(window.editor, "add_school_slide", lambda: pressed.append("school"))
    monkeypatch.setattr(window, "edit_contacts", lambda: pressed.append("contacts"))
    window.contacts_action.triggered.disconnect()
    window.contacts_action.triggered.connect(window.edit_contacts)
    window.slide_view.sources_requested.disconnect()
    window.slide_view.sources_requested.connect(lambda: pressed.append("sources"))
    window.go_to_id("headline")
    start = window.index
    bar = window.toolbar
    checks = [
        (window.editor.add_button, "school"),
        (bar.widgetForAction(window.contacts_action), "contacts"),
        (window.slide_view.sources_button, "sources"),
    ]
    window.activateWindow()
    window.slide_view.setFocus()
    for button, name in checks:
        _tab_to(qtbot, window, button)
        qtbot.keyClick(button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=name: n in pressed)
        assert window.index == start, f"Enter on {name} moved the lesson"
    # Previous: Enter goes back one slide (the button's own meaning), not forward
    previous = bar.widgetForAction(window.previous_action)
    _tab_to(qtbot, window, previous)
    qtbot.keyClick(previous, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.index == start - 1)
    # Present: Enter presents (from the first slide)
    present = bar.widgetForAction(window.present_action)
    _tab_to(qtbot, window, present)
    qtbot.keyClick(present, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.session is not None and window.session.is_active())
    assert window.index == 0


def test_down_on_the_focused_language_list_changes_the_language(qtbot, window) -> None:
    window.go_to(2)
    window.activateWindow()
    window.slide_view.setFocus()
    _tab_to(qtbot, window, window.language_box)
    qtbot.keyClick(window.language_box, Qt.Key.Key_Down)
    assert i18n.current_language() == "ja" and window.index == 2
    qtbot.keyClick(window.language_box, Qt.Key.Key_Up)
    assert i18n.current_language() == "en" and window.index == 2


def test_one_table_of_keys_for_the_key_list_the_help_and_the_readme() -> None:
    from pathlib import Path

    assert (*((row.label, row.what) for row in KEYS), *FOCUS_KEY_HELP) == KEY_HELP
    rows = key_rows()
    for keys, what in FOCUS_KEY_HELP:
        assert (keys, what) in rows
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| keys (presentation view") :]
    for keys, _what in FOCUS_KEY_HELP:
        assert keys in table, keys
