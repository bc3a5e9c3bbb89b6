"""The overshare activity, the quiz and the closing slide with local contacts, at projector sizes
in both languages: every text fits, every glyph exists, body text is at least 1/30 of the height."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QPainterPath
from PySide6.QtWidgets import QApplication, QPushButton

from awareness_app import i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.contacts import LocalContact
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.overshare import HINT, PROFILES
from awareness_app.model.lesson.render import render_slide
from awareness_app.themes import THEMES
from awareness_app.ui.activities.overshare_card import TAB_AIR, TAB_BORDER
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.fonts import app_font_family
from awareness_app.ui.slides.slide_view import SlideView
from lessons import LESSON
from phrase_check import cuts
from sweeps import at_the_ends, representative

SIZES = [(1280, 720), (1920, 1080)]


@pytest.fixture
def view(qtbot) -> SlideView:
    create_application()
    widget = SlideView()  # with an activity progress of its own
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _show(view: SlideView, dataset: DataSet, audience: Audience, slide_id: str, **kw) -> None:
    slide = next(s for s in LESSON.for_audience(audience) if s.id == slide_id)
    view.show_slide(
        render_slide(LESSON, slide, audience, dataset, **kw), dataset, audience, THEMES["light"]
    )
    QApplication.processEvents()


def _missing_glyphs(texts: list[str]) -> set[str]:
    metrics = QFontMetrics(QFont(app_font_family()))
    return {ch for t in texts for ch in t if not ch.isspace() and not metrics.inFontUcs4(ord(ch))}


@representative(at_the_ends)
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("audience", list(Audience))
def test_overshare_fits_at_every_step(
    view: SlideView, dataset: DataSet, language: str, audience: Audience
) -> None:
    assert i18n.set_language(language) is None
    session = view.activity.session
    for width, height in SIZES:
        view.resize(width, height)
        session.reset()
        _show(view, dataset, audience, "overshare")
        overshare = view.activity.overshare
        steps = 0
        while True:
            where = f"{audience} {language} {width}x{height} step {steps}"
            assert view.clipped_labels() == [], where
            assert overshare.why_font_pixels() * 30 >= height, where
            if not session.step(view.rendered.kind, audience, True):
                break
            steps += 1
        assert steps == sum(len(p.details) for p in PROFILES) + 1


def _ink_rows_and_columns(button: QPushButton) -> tuple[int, int, int, int]:
    """Where the button's text is drawn: the first and last rows and columns whose pixels
    differ from the same button drawn without its text."""
    with_text = button.grab().toImage()
    text = button.text()
    button.setText("")
    without = button.grab().toImage()
    button.setText(text)
    rows, columns = set(), set()
    for y in range(with_text.height()):
        for x in range(with_text.width()):
            if with_text.pixel(x, y) != without.pixel(x, y):
                rows.add(y)
                columns.add(x)
    return min(rows), max(rows), min(columns), max(columns)


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("audience", list(Audience))
def test_overshare_tab_texts_fit_their_tabs(
    view: SlideView, dataset: DataSet, language: str, audience: Audience
) -> None:
    """Each profile's tab leaves `TAB_AIR` of its type size between its letters, as drawn, and
    its thickest (focus) border: the shipped font's descenders end at its descent, and a tab
    only 1.6 lines high left them 2 px from that border, as if cut off."""
    assert i18n.set_language(language) is None
    for width, height in SIZES:
        view.resize(width, height)
        _show(view, dataset, audience, "overshare")
        for button in view.activity.overshare.tab_buttons:
            where = f"{audience} {language} {width}x{height} {button.text()!r}"
            font = button.font()
            air = TAB_BORDER + TAB_AIR * font.pixelSize() - 1  # a pixel for rounding
            outline = QPainterPath()
            outline.addText(0, 0, font, button.text())
            ink = outline.boundingRect()
            top, bottom, left, right = _ink_rows_and_columns(button)
            assert bottom - top + 1 >= ink.height() - 1, where  # every row of the letters drawn
            assert right - left + 1 >= ink.width() - 2, where
            assert top >= air and button.height() - 1 - bottom >= air, (where, top, bottom)
            assert left >= air and button.width() - 1 - right >= air, (where, left, right)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_overshare_glyphs_exist(language: str) -> None:
    create_application()
    i18n.set_language(language)
    texts = [i18n._(HINT)]
    for profile in PROFILES:
        texts += [i18n._(profile.kind), i18n._(profile.name), profile.handle]
        texts += [i18n._(line.text) for line in profile.bio]
        texts += [i18n._(t) for post in profile.posts for t in (post.text, post.place) if t]
        for detail in profile.details:
            texts += [i18n._(detail.label), i18n._(detail.pupils), i18n._(detail.adults)]
    assert _missing_glyphs(texts) == set()


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("audience", list(Audience))
def test_quiz_fits_with_every_answer_shown(
    view: SlideView, dataset: DataSet, language: str, audience: Audience
) -> None:
    assert i18n.set_language(language) is None
    session = view.activity.session
    for width, height in SIZES:
        view.resize(width, height)
        session.reset()
        _show(view, dataset, audience, "quiz")
        quiz = view.activity.quiz
        tally = session.tally(audience)
        for index in range(len(quiz.questions)):
            tally.go(index)
            for option in range(len(quiz.questions[index].options)):
                tally.change(+123, option)  # three-digit counts must fit too
            tally.set_revealed(True)
            session.notify()
            QApplication.processEvents()
            where = f"{audience} {language} {width}x{height} question {index + 1}"
            assert view.clipped_labels() == [], where
            assert quiz.answer_panel.isVisible(), where
            for label in (quiz.answer, *(row.text for row in quiz.rows if row.isVisible())):
                assert label.font().pixelSize() * 30 >= height - 1, (where, label.objectName())
            question = quiz.questions[index]
            texts = [question.question, *question.options, question.answer, question.source_line]
            texts += [quiz.progress.text(), quiz.reveal_button.text(), quiz.figure.text()]
            texts += [quiz.rows[question.correct].mark.text()]
            assert _missing_glyphs(texts) == set(), where


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("audience", [Audience.ELEMENTARY, Audience.ADULTS])
def test_closing_slide_fits_with_four_local_contacts(
    view: SlideView, dataset: DataSet, language: str, audience: Audience
) -> None:
    assert i18n.set_language(language) is None
    contacts = [
        LocalContact(
            "School counsellor's room, second floor",
            "スクールカウンセラー室（二階の奥）",
            "Room 2-3 (2F)",
            "Weekdays 8:30–17:00",
            "平日 8:30〜17:00",
        ),
        LocalContact("Minami Police Station", "南警察署", "03-1234-5678", "24 hours", "24時間"),
        LocalContact("School nurse", "保健室", "Nurse's office", "School days", "登校日"),
        LocalContact("City youth centre", "市の青少年センター", "0120-123-456", "", ""),
    ]
    for width, height in SIZES:
        view.resize(width, height)
        _show(view, dataset, audience, "closing", contacts=contacts)
        where = f"{audience} {language} {width}x{height}"
        assert view.clipped_labels() == [], where
        assert view.bullets.font().pixelSize() * 30 >= height - 1, where
        text = view.bullets.text()
        assert contacts[0].name(language) in text and "03-1234-5678" in text


def test_guidance_slides_show_when_and_where_their_facts_come_from(
    view: SlideView, dataset: DataSet
) -> None:
    for slide_id, site in (("guidance-x", "help.x.com"), ("guidance-instagram", "about.fb.com")):
        for audience in Audience:
            view.resize(1280, 720)
            _show(view, dataset, audience, slide_id)
            footer = view.source_line.text()
            assert "28 November 2026" in footer and site in footer, (slide_id, audience)
            assert view.sources_button.isVisible()
            assert view.clipped_labels() == []


def _japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_bilingual_halves_share_the_reveal_and_speak_their_language(
    qtbot, dataset: DataSet, size: tuple[int, int]
) -> None:
    from PySide6.QtCore import Qt

    from awareness_app.ui.presenting.presentation_view import PresentationView
    from awareness_app.ui.settings import Settings
    from awareness_app.ui.window.main_window import MainWindow

    create_application()
    window = MainWindow(ClassroomState(LESSON, dataset, Settings()))
    qtbot.addWidget(window)
    controller = window.presenting  # the window's step hook drives every view's activity
    controller.set_bilingual(True)
    view = PresentationView(controller)
    qtbot.addWidget(view)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(*size)
    view.show()
    controller.go_to_id("overshare")
    controller.next()
    controller.next()
    QApplication.processEvents()
    assert controller.current_id() == "overshare"
    english, japanese = view.page.visible_views()
    captions = [half.activity.overshare.caption_text() for half in (english, japanese)]
    assert all(c.startswith("2.") for c in captions), captions
    assert not _japanese(captions[0]) and _japanese(captions[1])
    for half in (english, japanese):
        assert half.clipped_labels() == []

    controller.go_to_id("quiz")
    controller.next()  # reveals the answer in both halves
    QApplication.processEvents()
    english, japanese = view.page.visible_views()
    assert english.activity.quiz.answer_panel.isVisible()
    assert japanese.activity.quiz.answer_panel.isVisible()
    assert _japanese(japanese.activity.quiz.answer.text())
    assert not _japanese(english.activity.quiz.progress.text())
    for half in (english, japanese):
        assert half.clipped_labels() == []


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_overshare_outlines_go_round_the_words_never_through_them(
    view: SlideView, dataset: DataSet, language: str, size: tuple[int, int]
) -> None:
    """Every detail revealed: each outline's inner edge is clear of its words, and its outer
    edge touches no other words (the issue: the counts line struck through, the likes cut)."""
    assert i18n.set_language(language) is None
    session = view.activity.session
    view.resize(*size)
    for profile in range(len(PROFILES)):
        session.reset()
        state = session.reveal_state(Audience.JUNIOR_HIGH)
        state.show_profile(profile)
        for detail in state.profile.details:
            state.reveal(detail.id)
        _show(view, dataset, Audience.JUNIOR_HIGH, "overshare")
        overshare = view.activity.overshare
        texts = overshare.text_rects()
        outlines = overshare.outlines()
        where = f"{language} {size} profile {profile + 1}"
        assert len(outlines) >= len(state.profile.details) and texts, where
        assert view.clipped_labels() == [], where
        for region, box, pen in outlines:
            inner = box.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2)
            outer = box.adjusted(-pen / 2, -pen / 2, pen / 2, pen / 2)
            own = texts.get(region)
            if own is not None:  # a line of text: the outline clears it by a margin
                assert inner.adjusted(1, 1, -1, -1).contains(own), (where, region)
            for name, rect in texts.items():
                if inner.contains(rect):
                    continue  # words inside the outlined detail (a picture's caption)
                assert not outer.intersects(rect), (where, region, "crosses", name)


@pytest.mark.parametrize("audience", list(Audience))
def test_overshare_japanese_lines_end_between_phrases(
    view: SlideView, dataset: DataSet, audience: Audience
) -> None:
    """The caption beside the profile wrapped 作り／話: its lines, and the profile's, end only
    between phrases, at every step of the reveal, at 1280×720 and 1920×1080."""
    i18n.set_language("ja")
    session = view.activity.session
    seen: set[str] = set()
    for width, height in SIZES:
        view.resize(width, height)
        session.reset()
        _show(view, dataset, audience, "overshare")
        while True:
            for name, (text, lines) in view.activity.overshare.wrapped_lines().items():
                assert cuts(text, lines) == [], (name, lines, width)
                if len(lines) > 1:
                    seen.add(text)
            if not session.step(view.rendered.kind, audience, True):
                break
    assert len(seen) >= 5  # the test saw wrapped captions
