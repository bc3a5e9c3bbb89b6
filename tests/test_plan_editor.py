"""The lesson plan editor in the window (ui/window/plan_editor.py, school_dialog.py): check boxes,
Alt+Up / Alt+Down, Space, drag and drop, the length, the school's slide, the edited plan
remembered, saved, opened on another account and presented with the keyboard only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson import plan as lp
from awareness_app.model.lesson.content import LESSON
from awareness_app.ui import file_dialog
from awareness_app.ui.accessibility import unnamed_controls, unreachable_controls
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.presenting.presenter_console import PresenterConsole
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import MainWindow
from awareness_app.ui.window.plan_editor import edited_plan_path, is_edited
from awareness_app.ui.window.school_dialog import SchoolSlideDialog
from windows import answer_plan_name, show_window

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)


def _listed(window: MainWindow) -> list[str]:
    return window.editor.ids()


def _shown(window: MainWindow) -> list[str]:
    return [s.id for s in window.slides()]


def _focus_row(qtbot, window: MainWindow, slide_id: str) -> None:
    window.activateWindow()
    window.slide_list.setFocus()
    window.slide_list.setCurrentRow(window.editor.row_of(slide_id))
    assert window.editor.current_id() == slide_id


def _present(qtbot, window: MainWindow):
    qtbot.keyClick(window.slide_view, Qt.Key.Key_F5)
    assert window.session is not None and window.session.view is not None
    view = window.session.view
    qtbot.waitExposed(view)
    return view


def _title(view) -> str:
    return view.page.visible_views()[0].title.text()


def test_alt_down_moves_a_slide_and_the_window_and_f5_follow(qtbot, window: MainWindow) -> None:
    before = _shown(window)
    _focus_row(qtbot, window, before[1])
    qtbot.keyClick(window.slide_list, Qt.Key.Key_Down, ALT)
    moved = [before[0], before[2], before[1], *before[3:]]
    assert _shown(window) == moved and _listed(window) == moved
    assert window.editor.current_id() == before[1]  # the moved slide stays current
    assert window.slide_list.item(2).text().startswith("3. ")
    assert window.plans.box.currentText() == "Full lesson (changed)"
    assert is_edited(window.settings.lesson_plan(window.audience))
    assert lp.load_plan(edited_plan_path(window.audience)).slides[:3] == tuple(moved[:3])
    # F5 presents the edited order at once; → goes to the moved slide's new neighbour
    view = _present(qtbot, window)
    assert window.presenting.current_id() == moved[0]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.presenting.current_id() == moved[1]
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.session is None
    # Alt+Up moves it back
    _focus_row(qtbot, window, before[1])
    qtbot.keyClick(window.slide_list, Qt.Key.Key_Up, ALT)
    assert _shown(window) == before


def test_space_hides_a_slide_and_next_and_previous_skip_it(qtbot, window: MainWindow) -> None:
    ids = _shown(window)
    hidden = ids[2]
    _focus_row(qtbot, window, hidden)
    qtbot.keyClick(window.slide_list, Qt.Key.Key_Space)
    item = window.slide_list.item(2)
    assert item.checkState() == Qt.CheckState.Unchecked
    assert item.text().endswith("(hidden)")
    assert hidden in _listed(window) and hidden not in _shown(window)
    assert window.editor.current_id() == hidden  # Space again shows it
    # the lesson skips it, both ways
    window.go_to_id(ids[1])
    window.next()
    assert window.presenting.current_id() == ids[3]
    window.previous()
    assert window.presenting.current_id() == ids[1]
    # the list's check state is what a screen reader hears
    iface = QAccessible.queryAccessibleInterface(window.slide_list)
    cells = [iface.child(i) for i in range(iface.childCount())]
    states = {c.text(QAccessible.Text.Name): c.state() for c in cells if c is not None}
    assert any(s.checkable and not s.checked for n, s in states.items() if "(hidden)" in n)
    assert any(s.checkable and s.checked for n, s in states.items() if n.startswith("1. "))
    # Space shows it again
    _focus_row(qtbot, window, hidden)
    qtbot.keyClick(window.slide_list, Qt.Key.Key_Space)
    assert _shown(window) == ids
    # a click on the check box does the same
    window.slide_list.item(2).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: hidden not in _shown(window))


def test_the_last_slide_shown_cannot_be_hidden(qtbot, window: MainWindow) -> None:
    plan = lp.LessonPlan("One", window.audience, 15, ("title", "headline"), frozenset({"headline"}))
    window.state.set_plan(plan)
    _focus_row(qtbot, window, "title")
    qtbot.keyClick(window.slide_list, Qt.Key.Key_Space)
    assert _shown(window) == ["title"]
    assert window.editor.last_status == "A lesson needs at least one slide shown."


def test_drag_and_drop_reorders_the_plan(qtbot, window: MainWindow) -> None:
    ids = _shown(window)
    assert window.slide_list.dragDropMode() == window.slide_list.DragDropMode.InternalMove
    model = window.slide_list.model()
    # what QListWidget does on an internal drop: the row moves in its model
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    expected = [ids[1], ids[2], ids[0], *ids[3:]]
    qtbot.waitUntil(lambda: _shown(window) == expected)
    assert window.slide_list.item(2).text().startswith("3. ")


def test_the_length_sets_the_consoles_pacing_and_the_suggested_time(
    qtbot, window: MainWindow
) -> None:
    window.plans.box.activated.emit(1)  # the short talk (15 minutes)
    editor = window.editor
    assert editor.length_box.currentData() == 15
    window.go_to_id("warning-signs")
    short = editor.time_label.text()
    assert short.startswith("In a 15-minute lesson: about ")
    editor.length_box.setCurrentIndex(lp.LENGTHS.index(45))
    editor.length_box.activated.emit(lp.LENGTHS.index(45))
    assert window.state.lesson_minutes() == 45
    assert window.plans.box.currentText() == "Short talk (15 minutes) (changed)"
    longer = editor.time_label.text()
    assert longer.startswith("In a 45-minute lesson: about ")
    assert int(longer.split("about ")[1].split()[0]) > int(short.split("about ")[1].split()[0])
    now = [1000.0]
    console = PresenterConsole(
        window.presenting, clock=lambda: now[0], now=lambda: dt.datetime(2026, 5, 1, 10, 0)
    )
    qtbot.addWidget(console)
    console.start_timer()
    assert console.minutes() == 45
    assert console.length_box.currentData() == 45
    now[0] += 60
    console.tick()
    assert "of 45 min" in console.pacing_label.text()
    # the full lesson's length is the audience's setting
    window.plans.box.activated.emit(0)
    editor.length_box.activated.emit(lp.LENGTHS.index(90))
    assert window.settings.lesson_minutes(window.audience) == 90
    assert console.minutes() == 90


def _fill(dialog: SchoolSlideDialog, title: dict[str, str], points: dict[str, list[str]]) -> None:
    for language, text in title.items():
        dialog.titles[language].setText(text)
    for language, texts in points.items():
        for field, text in zip(dialog.points[language], texts, strict=False):
            field.setText(text)


def _ok(qtbot, dialog: SchoolSlideDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def test_the_school_slide_is_added_after_this_slide_in_both_languages(
    qtbot, window: MainWindow
) -> None:
    window.go_to_id("headline")
    window.editor.add_button.click()
    dialog = window.editor.dialog
    assert isinstance(dialog, SchoolSlideDialog) and dialog.isVisible()
    _ok(qtbot, dialog)  # no title: refused, the dialog stays
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Write a title, in Japanese, English or both."
    _fill(
        dialog,
        {"en": "Phones at our school", "ja": "本校のスマホのルール"},
        {"en": ["Phones stay in your bag"], "ja": ["授業中はかばんにしまう", "困ったら佐藤先生へ"]},
    )
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    ids = _shown(window)
    assert ids[ids.index("headline") + 1] == "own-1"
    assert window.presenting.current_id() == "own-1" or window.editor.current_id() == "own-1"
    window.go_to_id("own-1")
    rendered = window.slide_view.rendered
    assert rendered is not None and rendered.title == "Phones at our school"
    assert rendered.bullets[0] == "Phones stay in your bag"
    # the presentation view, and L for Japanese
    window.go_to_id("own-1")
    qtbot.keyClick(window.slide_view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    view = window.session.view
    qtbot.waitExposed(view)
    assert "Phones at our school" in _title(view)
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert "本校のスマホのルール" in _title(view)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.slide_view.rendered.title == "本校のスマホのルール"
    assert window.slide_view.rendered.bullets == ["授業中はかばんにしまう", "困ったら佐藤先生へ"]
    # edit it, then remove it
    window.set_language("en")
    _focus_row(qtbot, window, "own-1")
    assert window.editor.edit_button.isEnabled()
    window.editor.edit_button.click()
    dialog = window.editor.dialog
    assert dialog.titles["en"].text() == "Phones at our school"
    dialog.titles["en"].setText("Our phone rules")
    _ok(qtbot, dialog)
    assert window.editor.current_id() == "own-1"
    assert window.slide_list.currentItem().text().endswith("Our phone rules")
    window.editor.remove_button.click()
    assert "own-1" not in _listed(window)
    assert window.state.plan is not None and window.state.plan.school == ()


def test_the_edited_plan_is_there_at_the_next_start(qtbot, dataset: DataSet) -> None:
    from awareness_app.ui.app import create_application

    create_application()
    first = MainWindow(ClassroomState(LESSON, dataset, Settings(), remembered_plans=True))
    qtbot.addWidget(first)
    first.show()
    ids = _shown(first)
    _focus_row(qtbot, first, ids[4])
    qtbot.keyClick(first.slide_list, Qt.Key.Key_Space)
    qtbot.keyClick(first.slide_list, Qt.Key.Key_Up, ALT)
    first.editor.length_box.activated.emit(0)  # 15 minutes
    expected = _shown(first)
    listed = _listed(first)
    first.close()
    # a new start on the same settings
    again = MainWindow(ClassroomState(LESSON, dataset, Settings(), remembered_plans=True))
    qtbot.addWidget(again)
    again.show()
    assert _shown(again) == expected and _listed(again) == listed
    assert again.state.lesson_minutes() == 15
    assert again.plans.box.currentText() == "Full lesson (changed)"
    assert again.slide_list.item(3).checkState() == Qt.CheckState.Unchecked


def test_a_saved_plan_opens_on_another_account_and_presents_by_keyboard(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _shown(window)
    _focus_row(qtbot, window, ids[1])
    qtbot.keyClick(window.slide_list, Qt.Key.Key_Space)  # hide the second slide
    window.go_to_id(ids[0])
    window.editor.add_button.click()
    _fill(window.editor.dialog, {"ja": "本校のきまり"}, {"ja": ["スマホは授業中しまう"]})
    _ok(qtbot, window.editor.dialog)
    shared = tmp_path / "shared"
    shared.mkdir()
    monkeypatch.setattr(
        file_dialog, "get_save_file_name", lambda *a, **k: (str(shared / "my-plan.toml"), "")
    )
    answer_plan_name(qtbot, window, "Our school's lesson")
    window.plans.save_action.trigger()
    saved = lp.load_plan(shared / "my-plan.toml")
    assert saved.shown()[:2] == [ids[0], "own-1"] and ids[1] in saved.hidden
    expected = _shown(window)
    window.close()

    # another account: its own home and an empty settings store
    other = tmp_path / "other-home"
    (other / "config").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(other))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(other / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(other / "data"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(other / "config"))
    settings = Settings()
    assert settings.lesson_plan(window.audience) == ""
    colleague = MainWindow(ClassroomState(LESSON, window.dataset, settings, remembered_plans=True))
    qtbot.addWidget(colleague)
    show_window(qtbot, colleague)
    monkeypatch.setattr(
        file_dialog, "get_open_file_name", lambda *a, **k: (str(shared / "my-plan.toml"), "")
    )
    colleague.plans.open_action.trigger()
    assert _shown(colleague) == expected
    # keyboard only: F5, →, Esc
    view = _present(qtbot, colleague)
    assert colleague.presenting.current_id() == ids[0]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert colleague.presenting.current_id() == "own-1"
    assert "本校のきまり" in _title(view)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert colleague.presenting.current_id() == ids[2]  # the hidden slide is skipped
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert colleague.session is None and colleague.isVisible()


def test_every_new_control_is_named_in_both_languages_and_reached_with_tab(
    qtbot, window: MainWindow
) -> None:
    editor = window.editor
    assert unnamed_controls(window) == []
    assert unreachable_controls(window) == []
    names = {
        editor.length_box: "Length of the lesson",
        editor.add_button: "Add school slide",
        editor.edit_button: "Edit school slide",
        editor.remove_button: "Remove school slide",
    }
    for widget, name in names.items():
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name) == name
    window.set_language("ja")
    assert unnamed_controls(window) == []
    ja = {
        editor.length_box: "授業の長さ",
        editor.add_button: "学校のスライドを追加",
        editor.edit_button: "学校のスライドを編集",
        editor.remove_button: "学校のスライドを削除",
    }
    for widget, name in ja.items():
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name) == name
    # Tab: the plan, its length, the slide list, then the school slide's buttons
    window.activateWindow()
    window.plans.box.setFocus()
    order = [window.plans.box]
    for _press in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [window.plans.box, editor.length_box, window.slide_list, editor.add_button]
    # the dialog: every field named, in Japanese too
    editor.add_button.click()
    dialog = editor.dialog
    assert unnamed_controls(dialog) == []
    assert dialog.titles["ja"].accessibleName() == "タイトル（日本語）"
    assert dialog.points["en"][0].accessibleName() == "項目 1（English）"
    dialog.reject()


def test_the_school_slide_in_the_bilingual_view_and_the_console(qtbot, window: MainWindow) -> None:
    """Both languages side by side (a point written in one language shows in both halves), and
    the console shows it as the current slide and as the next one."""
    window.go_to_id("headline")
    window.editor.add_button.click()
    dialog = window.editor.dialog
    _fill(
        dialog,
        {"en": "Phones at our school", "ja": "本校のスマホのルール"},
        {"en": ["Phones stay in your bag"], "ja": ["授業中はかばんにしまう"]},
    )
    _ok(qtbot, dialog)
    console = PresenterConsole(window.presenting)
    qtbot.addWidget(console)
    window.go_to_id("headline")
    QApplication.processEvents()
    assert console.next_page.visible_views()[0].title.text() == "Phones at our school"
    window.presenting.set_bilingual(True)
    window.go_to_id("own-1")
    qtbot.keyClick(window.slide_view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    view = window.session.view
    qtbot.waitExposed(view)
    halves = view.page.visible_views()
    assert [h.title.text() for h in halves] == ["Phones at our school", "本校のスマホのルール"]
    points = [h.bullets.text().removeprefix("• ") for h in halves]
    assert points == ["Phones stay in your bag", "授業中はかばんにしまう"]
    assert console.current_page.visible_views()[0].title.text() in (
        "Phones at our school",
        "本校のスマホのルール",
    )
    qtbot.keyClick(view, Qt.Key.Key_Escape)
