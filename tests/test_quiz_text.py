"""The quiz's words go through the slides' text path: every question of every audience, in both
languages and every edition, with its answer shown, in the window and on the projector at
1280×720 and 1920×1080. Each text is laid out whole inside its widget (never clipped, the type
shrinking no further than its floor), its lines break only between phrases, and elementary
pupils get the readings the catalogue marks, drawn above the kanji."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.text import ruby
from awareness_app.themes import THEMES
from awareness_app.ui.activities.quiz_view import MIN_SCALE, NARROW_SCALES, OPTION_SIZE, QuizView
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.settings import Settings
from awareness_app.ui.slides.ruby_label import RubyLabel
from awareness_app.ui.slides.ruby_text import RUBY_SCALE, RubyLayout, line_texts
from awareness_app.ui.slides.slide_view import SlideView
from awareness_app.ui.window.main_window import MainWindow
from lessons import LESSON
from phrase_check import cuts
from sweeps import NEWEST, representative
from windows import show_window

SIZES = [(1280, 720), (1920, 1080)]
EDITIONS = sorted(resources.editions())


@pytest.fixture(scope="module")
def editions() -> dict[int, DataSet]:
    return {year: load_dataset(resources.edition_file(year)) for year in EDITIONS}


def _words(quiz: QuizView) -> list[RubyLabel]:
    """The quiz's texts on screen."""
    labels = [quiz.progress, quiz.question, quiz.figure, quiz.answer, quiz.source]
    for row in quiz.rows:
        if row.isVisibleTo(quiz):
            labels += [row.text, row.mark]
    return [label for label in labels if label.text() and label.isVisibleTo(quiz)]


def _problems(quiz: QuizView, audience: Audience, language: str) -> list[str]:
    """What is wrong with the quiz's texts as laid out now."""
    found = []
    for label in _words(quiz):
        name, width = label.objectName(), label.width()
        layout = label.text_layout()
        if layout.height(width) > label.height() + 1:
            found.append(f"{name}: {layout.height(width):.0f} px of text in {label.height()}")
        if layout.used_width(width) > width + 1:
            found.append(f"{name}: a line wider than {width} px")
        text = ruby.plain(label.text())
        found += [f"{name}: {cut}" for cut in cuts(text, line_texts(layout, width))]
        marked = [s for s in ruby.segments(label.text()) if s.reading]
        if marked and not (language == "ja" and audience == Audience.ELEMENTARY):
            found.append(f"{name}: readings for {audience}")
        drawn = [run.reading for run, _base, box in layout.boxes(width) if box is not None]
        if [s.reading for s in marked] != drawn:
            found.append(f"{name}: readings {drawn}, marked {[s.reading for s in marked]}")
    if quiz.clipped_texts():
        floor = " (at the smallest type)" if quiz.text_scale() == MIN_SCALE else ""
        found.append(f"clipped{floor}: {quiz.clipped_texts()}")
    return found


def _through_every_question(quiz: QuizView, where: str, language: str) -> tuple[list[str], int]:
    """Each question with its answer shown: the problems, and how many readings were drawn."""
    audience = quiz.audience
    tally = quiz.tally()
    problems: list[str] = []
    readings = 0
    for index in range(len(quiz.questions)):
        tally.go(index)
        for option in range(len(quiz.questions[index].options)):
            tally.change(+123, option)  # three-digit counts take room too
        tally.set_revealed(True)
        quiz.refresh()
        QApplication.processEvents()
        assert quiz.answer_panel.isVisible()
        mark = quiz.rows[quiz.questions[index].correct].mark
        assert mark.isVisible() and "✓" in mark.text()
        problems += [
            f"{where} question {index + 1}: {p}" for p in _problems(quiz, audience, language)
        ]
        readings += sum(label.text_layout().has_ruby for label in _words(quiz))
    return problems, readings


@representative(lambda year: year == NEWEST)
@pytest.mark.parametrize("year", EDITIONS)
@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_question_in_the_window(
    qtbot, editions: dict[int, DataSet], year: int, language: str
) -> None:
    create_application()
    window = MainWindow(ClassroomState(LESSON, editions[year], Settings()))
    qtbot.addWidget(window)
    show_window(qtbot, window)
    window.set_language(language)
    problems: list[str] = []
    for audience in Audience:
        window.set_audience(audience)
        for width, height in SIZES:
            window.resize(width, height)
            window.go_to_id("quiz")
            QApplication.processEvents()
            quiz = window.slide_view.activity.quiz
            quiz.tally().reset()
            where = f"{year} {language} {audience} window {width}x{height}"
            found, readings = _through_every_question(quiz, where, language)
            problems += found
            if language == "ja" and audience == Audience.ELEMENTARY:
                assert readings, where  # at least the ✓ mark's 正解 has its reading
    window.stop_presenting()
    assert problems == []


@representative(lambda year: year == NEWEST)
@pytest.mark.parametrize("year", EDITIONS)
@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_question_on_the_projector(
    qtbot, editions: dict[int, DataSet], year: int, language: str
) -> None:
    """The slide view at the projector's size, the quiz rendered as the presentation renders
    it (with the readings the audience gets)."""
    create_application()
    view = SlideView()
    qtbot.addWidget(view)
    view.show()
    problems: list[str] = []
    for audience in Audience:
        state = ClassroomState(LESSON, editions[year], Settings(), audience=audience)
        slide = next(s for s in state.slides() if s.id == "quiz")
        for width, height in SIZES:
            view.resize(width, height)
            view.activity.session.reset()
            rendered, _title = state.render(slide, language)
            with i18n.temporary_language(language):
                view.show_slide(rendered, editions[year], audience, THEMES["light"])
            QApplication.processEvents()
            quiz = view.activity.quiz
            where = f"{year} {language} {audience} projector {width}x{height}"
            found, readings = _through_every_question(quiz, where, language)
            problems += found
            if language == "ja" and audience == Audience.ELEMENTARY:
                assert readings, where
    assert problems == []


def test_the_check_sees_a_clipped_text_and_a_cut_phrase(qtbot) -> None:
    """`clipped_texts` and the phrase check fail where they should: a text squeezed into less
    height than its lines need, and lines broken inside a phrase."""
    create_application()
    label = RubyLabel()
    qtbot.addWidget(label)
    label.setText("子どもがネットにのせたものや送ったものからです。")
    label.resize(200, 10)
    assert not label.fits()
    label.resize(200, label.heightForWidth(200))
    assert label.fits()
    lines = line_texts(label.text_layout(), 200)
    assert len(lines) > 1 and cuts(ruby.plain(label.text()), lines) == []
    assert cuts("10人のうち7人より多く", ["10人のうち7人よ", "り多く"]) != []
    assert cuts("好きな友達、さがしてます！", ["好きな友達、さが", "してます！"]) != []


def test_the_quiz_draws_readings_at_the_slides_scale(qtbot, editions: dict[int, DataSet]) -> None:
    """Readings are half the size of their base, as in Japanese print, and the quiz draws them
    with the slides' layout (the activity's words are laid out by it too)."""
    assert RUBY_SCALE == 0.5
    create_application()
    i18n.set_language("ja")
    view = SlideView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    state = ClassroomState(LESSON, editions[EDITIONS[-1]], Settings(), audience=Audience.ELEMENTARY)
    slide = next(s for s in state.slides() if s.id == "quiz")
    rendered, _title = state.render(slide, "ja")
    view.show_slide(rendered, editions[EDITIONS[-1]], Audience.ELEMENTARY, THEMES["light"])
    quiz = view.activity.quiz
    quiz.tally().set_revealed(True)
    quiz.refresh()
    QApplication.processEvents()
    mark = quiz.rows[quiz.current().correct].mark
    layout = mark.text_layout()
    assert isinstance(layout, RubyLayout) and layout.has_ruby
    assert layout.ruby_font.pixelSize() == round(mark.font().pixelSize() * RUBY_SCALE)
    readings = [box for _run, _base, box in layout.boxes(mark.width()) if box is not None]
    assert readings and all(box.height() < mark.font().pixelSize() * 0.6 for box in readings)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_question_in_a_half_of_the_bilingual_view(
    qtbot, editions: dict[int, DataSet], language: str
) -> None:
    """Issue 20: a half of the bilingual view (a slide half as wide as the screen, full
    height), each question before its answer is shown — hands counted — and after: the answers
    are whole, their phrases unbroken (自分がフォローしている人や… once broke inside a phrase), set
    smaller if they must be, but never below the narrow floor."""
    create_application()
    view = SlideView()
    view.compact = True  # as in a half
    qtbot.addWidget(view)
    view.show()
    data = editions[max(editions)]
    problems: list[str] = []
    for audience in Audience:
        state = ClassroomState(LESSON, data, Settings(), audience=audience)
        slide = next(s for s in state.slides() if s.id == "quiz")
        for width, height in SIZES:
            view.resize(width // 2 - 1, height)  # less the divider
            view.activity.session.reset()
            rendered, _title = state.render(slide, language)
            with i18n.temporary_language(language):
                view.show_slide(rendered, data, audience, THEMES["light"])
            QApplication.processEvents()
            quiz = view.activity.quiz
            tally = quiz.tally()
            where = f"{language} {audience} half of {width}x{height}"
            for index in range(len(quiz.questions)):
                tally.go(index)
                for option in range(len(quiz.questions[index].options)):
                    tally.change(+123, option)
                tally.set_revealed(False)
                quiz.refresh()
                QApplication.processEvents()
                assert not quiz.answer_panel.isVisible()
                problems += [
                    f"{where} question {index + 1}, answers open: {p}"
                    for p in _problems(quiz, audience, language)
                ]
                floor = height * OPTION_SIZE * NARROW_SCALES[-1]
                assert quiz.rows[0].text.font().pixelSize() >= round(floor), where
            found, _readings = _through_every_question(quiz, f"{where} answer shown", language)
            problems += found
    assert problems == []
