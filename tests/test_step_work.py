"""Issue 22, point 9: what a step on two screens lays out. The main window is hidden while
presenting: it is not laid out at each step (the room's and the presenter's views are), and it
shows the slide and the activity where the lesson is when presenting ends."""

from __future__ import annotations

from PySide6.QtCore import Qt

from awareness_app.ui.window.main_window import MainWindow


def test_the_hidden_main_window_waits_and_then_shows_where_the_lesson_is(
    qtbot, window: MainWindow
) -> None:
    window.go_to_id("headline")
    before = window.slide_view.title.text()
    window.start_presenting(from_start=False)
    assert window.isHidden() and window.session is not None
    view = window.session.view
    assert view is not None
    qtbot.waitExposed(view)
    quiz = window.slide_view.activity.quiz
    while window.presenting.current_id() != "quiz":
        qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the first answer shown
    tally = window.state.activities.tally(window.audience)
    assert tally.is_revealed()
    room = view.page.visible_views()[0]
    assert room.activity.quiz.answer_panel.isVisibleTo(room)  # the room sees it at once
    # the hidden window has laid nothing out meanwhile
    assert window.slide_view.title.text() == before
    assert window.windowTitle().startswith("Check-up quiz")  # only its title (its X name)
    window.stop_presenting()
    assert window.isVisible()
    title = window.presenting.render(window.presenting.current_slide())[0].title
    assert window.slide_view.title.text() == title
    assert quiz.isVisible() and quiz.answer_panel.isVisible()  # the answer, as shown
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Left)  # and the window's keys go on
    assert not tally.is_revealed() and not quiz.answer_panel.isVisible()


def test_the_main_window_follows_each_key_once_presenting_ends(qtbot, window: MainWindow) -> None:
    window.start_presenting(from_start=True)
    assert window.session is not None and window.session.view is not None
    view = window.session.view
    qtbot.waitExposed(view)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Left):
        qtbot.keyClick(view, key)
    c = window.presenting
    assert c.index == 2
    shown = view.page.visible_views()[0].title.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.session is None and window.isVisible()
    assert window.slide_view.title.text() == shown == c.render(c.current_slide())[0].title
    row = window.slide_list.currentRow()
    assert window.editor.index_of_row(row) == 2  # the slide list too


def test_one_application_filter_for_every_window_and_only_keys_reach_the_routers(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from awareness_app.ui.presenting import key_router

    window.start_presenting(from_start=True)
    assert window.session is not None and window.session.view is not None
    view = window.session.view
    qtbot.waitExposed(view)
    app = QApplication.instance()
    filters = app.findChildren(key_router._AppKeys)
    assert len(filters) == 1 and len(filters[0].routers) >= 2  # the window's, the view's
    heard: list[str] = []
    real = key_router.KeyRouter.key_event

    def key_event(router, watched, event) -> bool:
        heard.append(event.type().name)
        return real(router, watched, event)

    monkeypatch.setattr(key_router.KeyRouter, "key_event", key_event)
    view.repaint()
    view.page.resize(view.page.width() - 1, view.page.height())
    QApplication.processEvents()
    assert heard == []  # painting and laying out: nothing for the routers
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.presenting.index == 1 and "KeyPress" in heard


def test_the_quiz_sets_sizes_found_before_at_once_and_alike(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """Each try of the quiz's sizes lays it out: a state shown before (the same room, words and
    parts shown) gets the sizes found then without trying them again, and looks the same."""
    from awareness_app.model.lesson.lesson import SlideKind
    from awareness_app.ui.activities.quiz_view import QuizView

    window.go_to_id("quiz")
    quiz = window.slide_view.activity.quiz
    session = window.state.activities

    def states() -> list[tuple[object, ...]]:
        seen = []
        for forward in (True,) * 6 + (False,) * 6:
            session.step(SlideKind.QUIZ, window.audience, forward)
            rows = tuple(r.geometry().getRect() for r in quiz.rows if not r.isHidden())
            seen.append((quiz.text_scale(), quiz.question.font().pixelSize(), rows))
        return seen

    first = states()
    searched: list[bool] = []
    real = QuizView._search_sizes

    def search(view: QuizView, narrow: bool) -> None:
        searched.append(narrow)
        real(view, narrow)

    monkeypatch.setattr(QuizView, "_search_sizes", search)
    assert states() == first
    assert searched == []
    window.resize(1100, 700)  # another room: sizes tried afresh, still fitting
    assert searched and quiz.clipped_texts() == []


def test_a_question_shown_before_is_not_tried_again_after_others(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """The sizes found for a question are found again whatever was shown in between: a hidden
    answer's row keeps the words of the question it showed last, and they were part of what
    the sizes were kept by, so coming back to the quiz from the slide after it tried every size
    of each question again (100–200 ms a step on the projector)."""
    from awareness_app.ui.activities.quiz_view import QuizView

    window.go_to_id("quiz")
    quiz = window.slide_view.activity.quiz
    shown: list[tuple[object, ...]] = []

    def walk(forward: bool) -> list[tuple[object, ...]]:
        """Every state of the quiz, from where it is out to the next slide that way."""
        seen = []
        while window.presenting.current_id() == "quiz":
            rows = tuple(r.geometry().getRect() for r in quiz.rows if not r.isHidden())
            seen.append((quiz.question.text(), quiz.text_scale(), rows))
            window.presenting.step(1 if forward else -1)
        return seen

    shown = walk(True)  # each state's sizes found once
    searched: list[tuple[int, int]] = []
    real = QuizView._search_sizes

    def search(view: QuizView, narrow: bool) -> None:
        searched.append((view.width(), view.height()))
        real(view, narrow)

    monkeypatch.setattr(QuizView, "_search_sizes", search)
    window.presenting.step(-1)  # back into the quiz from the slide after it, at its last state
    back = walk(False)
    assert searched == []
    assert back == shown[::-1]


def test_entering_an_activity_sizes_it_once_at_the_room_it_is_given(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """Entering the quiz or the overshare activity, its view is sized at the room the slide
    gives it, once, not first at the room it had when last shown (the quiz tried every size
    there, the profile was drawn six times); what shows is what a view sized afresh shows."""
    from awareness_app.ui.activities.overshare_view import OvershareView
    from awareness_app.ui.activities.quiz_view import QuizView

    activity = window.slide_view.activity
    sized: list[tuple[str, int, int]] = []
    search, compose = QuizView._search_sizes, OvershareView._compose_scene

    def searched(view: QuizView, narrow: bool) -> None:
        sized.append(("quiz", view.width(), view.height()))
        search(view, narrow)

    def composed(view: OvershareView) -> object:
        sized.append(("overshare", view.width(), view.height()))
        return compose(view)

    monkeypatch.setattr(QuizView, "_search_sizes", searched)
    monkeypatch.setattr(OvershareView, "_compose_scene", composed)
    for slide, view in (("quiz", activity.quiz), ("overshare", activity.overshare)):
        for before in ("trend", "title"):  # the activity last shown at another room, or never
            window.go_to_id(before)
            window.resize(1100 if before == "trend" else 1280, 800)
            qtbot.wait(10)
            sized.clear()
            window.go_to_id(slide)
            qtbot.wait(10)  # and whatever the layout does after
            room = (view.width(), view.height())
            assert sized and {(w, h) for _name, w, h in sized} == {room}, (before, sized)
            assert len(sized) == 1, (slide, before, sized)
            assert activity.clipped_texts() == []
    quiz = activity.quiz
    window.go_to_id("quiz")
    shown = (quiz.text_scale(), quiz.question.font().pixelSize())
    quiz._fitted.clear()  # sized afresh, where it is
    quiz._apply_sizes()
    assert (quiz.text_scale(), quiz.question.font().pixelSize()) == shown
