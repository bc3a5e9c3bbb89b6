"""Keys in the window's dialogs (issue #22, point 8): Enter on a focused button presses that
button, never the dialog's default; the school slide's dialog opens with the caret in its title;
after OK the view shows the slide the list selects."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from awareness_app.model.lesson.content import LESSON
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.contacts_dialog import ContactsDialog
from awareness_app.ui.window.main_window import MainWindow
from awareness_app.ui.window.school_dialog import SchoolSlideDialog


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: discard)


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_enter_on_add_adds_the_contact_and_keeps_the_dialog_open(qtbot, dataset) -> None:
    create_application()
    state = ClassroomState(LESSON, dataset, Settings())
    dialog = ContactsDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    _type(qtbot, dialog.name_en, "School nurse")
    _type(qtbot, dialog.phone_or_room, "Room 1-2")
    dialog.add_button.setFocus()
    assert QApplication.focusWidget() is dialog.add_button
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Return)
    assert dialog.isVisible()  # the dialog stays open
    assert [c.name_en for c in dialog.contacts] == ["School nurse"]
    assert dialog.list.count() == 1 and dialog.name_en.text() == ""
    assert list(state.contacts) == []  # nothing saved yet
    # a second one with the keypad's Enter
    _type(qtbot, dialog.name_en, "Kokoro line")
    _type(qtbot, dialog.phone_or_room, "0120-123-456")
    dialog.add_button.setFocus()
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert dialog.isVisible() and dialog.list.count() == 2
    # Enter on Remove removes the selected one and keeps the dialog open
    dialog.list.setCurrentRow(0)
    dialog.remove_button.setFocus()
    qtbot.keyClick(dialog.remove_button, Qt.Key.Key_Return)
    assert dialog.isVisible() and [c.name_en for c in dialog.contacts] == ["Kokoro line"]
    # Enter in a field still presses Save
    dialog.list.setCurrentRow(-1)
    dialog.name_en.setFocus()
    qtbot.keyClick(dialog.name_en, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [c.name_en for c in state.contacts] == ["Kokoro line"]


def test_the_school_slide_dialog_opens_in_the_title_and_the_view_shows_the_new_slide(
    qtbot, window: MainWindow
) -> None:
    window.go_to_id("headline")
    window.activateWindow()
    window.editor.add_button.click()
    dialog = window.editor.dialog
    assert isinstance(dialog, SchoolSlideDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.titles["ja"])
    assert dialog.tabs.currentIndex() == 0
    qtbot.keyClicks(QApplication.focusWidget(), "Our rules")  # typed straight away
    assert dialog.titles["ja"].text() == "Our rules"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # OK
    assert not dialog.isVisible()
    assert window.editor.current_id() == "own-1"
    assert window.current_slide_id() == "own-1"  # the view follows the list
    assert window.slide_view.rendered is not None
    assert window.slide_view.rendered.title == "Our rules"
