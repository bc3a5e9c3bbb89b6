"""The quiz and the overshare activity by keyboard and screen reader, and at small window sizes:
every control reached with Tab and named (in the lesson's language), the lesson keys still move
the lesson while an activity button has the focus, the profile's words exposed as text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.overshare import PROFILES
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import MainWindow
from lessons import LESSON
from windows import show_window


@pytest.fixture
def window(qtbot, dataset: DataSet) -> MainWindow:
    create_application()
    win = MainWindow(ClassroomState(LESSON, dataset, Settings()))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    show_window(qtbot, win)
    win.slide_view.setFocus()
    return win


def _children(widget: QWidget) -> list[QAccessible]:
    """The accessible children of `widget`, as a screen reader walks them."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return [interface.child(i) for i in range(interface.childCount())]


def _tab_chain(qtbot, start: QWidget, steps: int = 40) -> list[QWidget]:
    """The widgets Tab visits from `start`, by pressing Tab."""
    start.setFocus()
    chain = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    return chain


def _within_window(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


# --- the quiz -----------------------------------------------------------------------------------


def test_quiz_buttons_are_reached_with_tab_in_order_and_named(qtbot, window: MainWindow) -> None:
    window.go_to_id("quiz")
    quiz = window.slide_view.activity.quiz
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Plus)  # one hand: its − is enabled
    row = quiz.rows[0]
    chain = _tab_chain(qtbot, window.slide_view)
    wanted = [quiz.reveal_button, quiz.next_button, row.minus, row.plus, quiz.rows[1].plus]
    assert all(w in chain for w in wanted), [type(w).__name__ for w in chain]
    assert [chain.index(w) for w in wanted] == sorted(chain.index(w) for w in wanted)
    for button in wanted:
        state = QAccessible.queryAccessibleInterface(button).state()
        assert state.focusable and button.accessibleName(), button.objectName()
    assert quiz.reveal_button.accessibleName() == "Show the answer"
    assert row.plus.accessibleName() == "One hand more for answer 1"

    window.set_language("ja")  # the names follow the language
    assert quiz.next_button.accessibleName() == "次の問題"
    assert "1" in row.plus.accessibleName() and "answer" not in row.plus.accessibleName()


def test_quiz_answer_rows_are_named_and_hidden_rows_are_not_shown(
    qtbot, window: MainWindow
) -> None:
    window.go_to_id("quiz")
    quiz = window.slide_view.activity.quiz
    questions = quiz.questions
    short = next(i for i, q in enumerate(questions) if len(q.options) < len(quiz.rows))
    for _ in range(short * 2):  # reveal, next question … up to a question with fewer answers
        qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)
    question = quiz.current()
    assert question is questions[short]
    rows = {child.object(): child for child in _children(quiz)}
    for index, row in enumerate(quiz.rows):
        child = rows[row]
        if index < len(question.options):
            assert child.text(QAccessible.Text.Name) == f"{index + 1}. {question.options[index]}"
            assert not child.state().invisible
        else:
            assert child.state().invisible, index  # the hidden row is not read out
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)  # the answer
    right = rows[quiz.rows[question.correct]]
    assert "✓ Right" in right.text(QAccessible.Text.Description)


def test_the_title_slide_builds_no_activity_and_prepare_builds_both(
    qtbot, window: MainWindow
) -> None:
    """The first paint goes without the activities' views (start-up); the window makes them
    once it is up (`prepare`), and Tab from the slide then reaches the quiz's buttons."""
    activity = window.slide_view.activity
    assert window.current_slide_id() == window.slides()[0].id
    assert activity._made() == []
    activity.prepare()
    assert activity._made() == [activity.overshare, activity.quiz]
    window.go_to_id("quiz")
    chain = _tab_chain(qtbot, window.slide_view, steps=10)
    assert activity.quiz.rows[0].plus in chain


def test_lesson_keys_still_move_the_lesson_from_a_focused_quiz_button(
    qtbot, window: MainWindow
) -> None:
    window.go_to_id("quiz")
    quiz = window.slide_view.activity.quiz
    tally = quiz.tally()
    chain = _tab_chain(qtbot, window.slide_view, steps=10)
    assert quiz.rows[0].plus in chain
    while QApplication.focusWidget() is not quiz.rows[0].plus:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    plus = quiz.rows[0].plus
    qtbot.keyClick(plus, Qt.Key.Key_Return)  # Enter presses the focused button
    assert tally.count(0) == 1
    qtbot.keyClick(plus, Qt.Key.Key_Space)  # Space is the lesson's: the answer
    assert tally.is_revealed() and tally.count(0) == 1
    qtbot.keyClick(plus, Qt.Key.Key_Right)
    assert tally.index == 1
    qtbot.keyClick(plus, Qt.Key.Key_Left)
    qtbot.keyClick(plus, Qt.Key.Key_PageUp)
    assert tally.index == 0 and not tally.is_revealed()
    qtbot.keyClick(plus, Qt.Key.Key_End)
    assert window.current_slide_id() == LESSON.for_audience(window.audience)[-1].id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home)
    assert window.presenting.index == 0


# --- spot the overshare -------------------------------------------------------------------------


def test_overshare_tabs_and_profile_words_are_exposed(qtbot, window: MainWindow) -> None:
    window.go_to_id("overshare")
    overshare = window.slide_view.activity.overshare
    children = _children(overshare)
    tabs = [c for c in children if c.role() == QAccessible.Role.Button]
    assert [t.text(QAccessible.Text.Name) for t in tabs] == [p.kind for p in PROFILES]
    assert all(t.state().focusable and not t.state().invisible for t in tabs)
    words = [
        c.text(QAccessible.Text.Name)
        for c in children
        if c.role() == QAccessible.Role.StaticText and not c.state().invisible
    ]
    profile = PROFILES[0]
    for text in (profile.name, profile.handle, *(line.text for line in profile.bio)):
        assert text in words, text
    assert overshare.caption_text() in words  # the caption, read after the profile

    qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)  # the first detail: name and face
    name = next(c for c in _children(overshare) if c.text(QAccessible.Text.Name) == profile.name)
    assert name.text(QAccessible.Text.Description) == profile.details[0].label

    # Tab reaches the second profile's tab; Enter shows that profile, Space moves on
    chain = _tab_chain(qtbot, window.slide_view, steps=10)
    second = overshare.tab_buttons[1]
    assert overshare.tab_buttons[0] in chain and second in chain
    while QApplication.focusWidget() is not second:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(second, Qt.Key.Key_Return)
    state = overshare.state()
    assert state.profile is PROFILES[1]
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert state.shown() == [PROFILES[1].details[0].id]

    window.set_language("ja")
    tabs = [c for c in _children(overshare) if c.role() == QAccessible.Role.Button]
    assert tabs[0].text(QAccessible.Text.Name).startswith("つくりもの")


# --- small windows ------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1024, 768), (800, 600)], ids=["1024x768", "800x600"])
@pytest.mark.parametrize("language", ["en", "ja"])
def test_activities_fit_small_windows(
    qtbot, window: MainWindow, size: tuple[int, int], language: str
) -> None:
    window.set_language(language)
    window.resize(*size)
    window.go_to_id("overshare")
    QApplication.processEvents()
    overshare = window.slide_view.activity.overshare
    for tab in overshare.tab_buttons:  # both profiles' tabs
        assert _within_window(tab, window), (tab.text(), tab.geometry())
    assert overshare.clipped_texts() == []
    # the slide list gives the slide room
    assert window.slide_list.width() <= size[0] * 0.25

    window.go_to_id("quiz")
    QApplication.processEvents()
    quiz = window.slide_view.activity.quiz
    for button in (quiz.reveal_button, quiz.next_button, quiz.rows[0].plus):
        assert _within_window(button, window), button.objectName()
