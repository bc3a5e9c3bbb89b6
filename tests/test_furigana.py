"""Furigana for elementary pupils: every kanji beyond grade 4 (学年別漢字配当表, 2020) in what an
elementary pupil reads in Japanese carries a reading (`｜警察《けいさつ》`), in every edition —
the rendered lesson, and what the quiz and the activity draw on screen themselves (the ✓ mark,
the profile's counts, the progress lines, the buttons); and the markup of every translation in
the catalogue is well-formed."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.documents.handout import build_handout
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.overshare import HINT, PROFILES
from awareness_app.model.lesson.render import describe_source, render_slide
from awareness_app.model.text import ruby
from awareness_app.model.text.plain_labels import figure_label
from kanji_grades import beyond_grade_4

ROOT = Path(__file__).resolve().parents[1]
PO_JA = ROOT / "translations" / "ja" / "LC_MESSAGES" / "messages.po"
EDITIONS = sorted(resources.editions())


def elementary_texts(data: DataSet) -> list[tuple[str, str]]:
    """(where, text) for everything an elementary pupil reads in the edition's lesson, in the
    current language: slides (not the speaker notes, which the teacher reads), the quiz, the
    activity, the help lines and sources of the closing slide, the handout, and the labels of
    the figures (charts' tables, the Sources dialog)."""
    audience = Audience.ELEMENTARY
    lesson = fit_lesson(LESSON, data)
    found: list[tuple[str, str]] = []
    for slide in lesson.for_audience(audience):
        shown = render_slide(lesson, slide, audience, data, contacts=())
        texts = [shown.title, shown.body, *shown.bullets, shown.source_line]
        texts += [shown.headline.text] if shown.headline else []
        texts += [t for row in shown.helplines for t in (row.name, row.hours)]
        texts += [describe_source(s, audience) for s in shown.sources]
        for question in shown.quiz:
            texts += [question.question, *question.options, question.answer, question.source_line]
        for profile in shown.activity:
            texts += [profile.kind, profile.name]
            texts += [t for d in profile.details for t in (d.label, d.why)]
        found += [(slide.id, t) for t in texts if t]
    for slide in lesson.for_audience(audience):  # the charts, drawn with kana (no ruby)
        if slide.chart:
            found += [(f"{slide.id} chart", t) for t in _chart_texts(slide.chart, data)]
    found += [("handout", t) for t in handout_drawn_texts(lesson, data)]
    found += [("worksheet", t) for t in worksheet_texts()]
    for profile in PROFILES:
        words = [profile.kind, profile.name, *(line.text for line in profile.bio)]
        words += [t for post in profile.posts for t in (post.text, post.place) if t]
        found += [(profile.id, i18n._(w)) for w in words]
    found.append(("overshare hint", i18n._(HINT)))
    shown_figures = {f.key for s in lesson.for_audience(audience) for f in _figures_of(s, data)}
    found += [
        ("label", figure_label(f, audience))
        for f in data.figures.values()
        if f.key in shown_figures
    ]
    return found


def worksheet_texts() -> list[str]:
    """Every text the elementary worksheet sets (its pupils' pages and the answer key), in the
    current language, with its markup, but the terms of use, which the teacher reads."""
    from awareness_app.export.worksheet_pdf import worksheet_pdf
    from awareness_app.model.lesson.terms_of_use import terms_text

    drawn: list = []
    with i18n.readings(i18n.PLAIN):
        terms = terms_text()
    worksheet_pdf(Audience.ELEMENTARY, [i18n.current_language()], drawn=drawn)
    texts = [
        "".join(part.text for part in paragraph.parts)
        for layout, _width in drawn
        for paragraph in layout.paragraphs
    ]
    assert terms in texts
    return [t for t in texts if t != terms]


def handout_drawn_texts(lesson, data: DataSet) -> list[str]:
    """Every text the elementary handout draws, as its layout holds it (a marked word with its
    reading drawn above counts as read), but the sources and the terms of use, which the
    teacher reads (plain kanji, as `build_handout` writes them): the
    one-language handout and the one-page (bilingual) one, with their footers."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from awareness_app.ui.app import create_application
    from awareness_app.ui.pdf.handout import HandoutLayout
    from awareness_app.ui.pdf.pages import Page

    create_application()  # the shipped font

    image = QImage(2126, 3154, QImage.Format.Format_RGB32)  # A4 inside its margins, 300 dpi
    image.setDotsPerMeterX(11811)
    image.setDotsPerMeterY(11811)
    image.fill(QColor("white"))
    texts: list[str] = []
    painter = QPainter(image)
    try:
        for short in (False, True):
            handout = build_handout(lesson, Audience.ELEMENTARY, data, short=short)
            # the sources and the terms of use under them: small print for the teacher
            teachers = set(handout.source_lines) | set(handout.terms)
            layout = HandoutLayout(handout, Page(image, painter), 1 if short else 2)
            layouts = [layout.footer]
            for page in layout.pages:
                for placed in page:
                    for row in placed.block.rows or []:
                        layouts += [t.layout for cell in row.cells for t in cell.texts]
            for text_layout in layouts:
                for paragraph in text_layout.paragraphs:
                    words = "".join(part.text for part in paragraph.parts)
                    if words and words not in teachers:
                        texts.append(words)
            assert teachers and not any(line in texts for line in teachers)
    finally:
        painter.end()
    assert len(texts) > 30
    return texts


def _chart_texts(chart_id: str, data: DataSet) -> list[str]:
    """Every word a chart draws: title, takeaway, headings, labels, ticks, the source line."""
    from awareness_app.model.charts.build import build_spec

    spec = build_spec(chart_id, data, Audience.ELEMENTARY)
    texts = [spec.title, spec.takeaway, spec.source_line, spec.derived_text]
    for group in spec.groups:
        texts += [group.heading, *(bar.left for bar in group.bars)]
    for panel in spec.panels:
        texts += [panel.label, *(p.text for p in panel.points), *(t for _v, t in panel.ticks)]
    texts += [t for _v, t in (*spec.years, *spec.scale)]
    return [t for t in texts if t]


def _figures_of(slide, data: DataSet):
    from awareness_app.model.charts.build import chart_rows

    return chart_rows(slide.chart, data, Audience.ELEMENTARY) if slide.chart else []


@pytest.fixture(scope="module")
def editions() -> dict[int, DataSet]:
    return {year: load_dataset(resources.edition_file(year)) for year in EDITIONS}


@pytest.mark.parametrize("year", EDITIONS)
def test_every_kanji_beyond_grade_4_has_a_reading_for_elementary_pupils(
    editions: dict[int, DataSet], year: int, qapp: object
) -> None:
    i18n.set_language("ja")
    with i18n.readings(i18n.RUBY):  # the markup, as a view that draws the readings gets it
        texts = elementary_texts(editions[year])
    assert len(texts) > 150
    missing = [(where, "".join(beyond_grade_4(t)), t) for where, t in texts if beyond_grade_4(t)]
    assert missing == []
    assert any(ruby.has_ruby(t) for _where, t in texts)  # the check sees the markup


def test_the_check_sees_a_kanji_without_its_reading() -> None:
    assert beyond_grade_4("警察に話す") == ["警"]  # 察 is grade 4
    assert beyond_grade_4("｜警察《けいさつ》に話す") == []
    assert beyond_grade_4("小学生の友達") == []
    assert beyond_grade_4("SNS 2025年") == []


def test_every_translation_has_well_formed_furigana() -> None:
    with PO_JA.open("rb") as fp:
        catalog = read_po(fp, locale="ja")
    problems = [p for m in catalog if m.id and m.string for p in ruby.problems(str(m.string))]
    assert problems == []
    assert any(ruby.has_ruby(str(m.string)) for m in catalog if m.id)


def test_an_audience_context_falls_back_to_the_shared_entry() -> None:
    i18n.set_language("ja")
    # its own entry for elementary pupils, and the shared one for older rooms
    assert (
        i18n.pgettext("elementary", "asks you to keep it secret")
        == "「ひみつにしてね」と言ってくる"
    )
    assert (
        i18n.pgettext("high-school", "asks you to keep it secret") == "「秘密にしてね」と言ってくる"
    )
    assert i18n.pgettext("adults", "Next") == i18n._("Next")
    i18n.set_language("en")
    assert i18n.pgettext("elementary", "asks you to keep it secret") == "asks you to keep it secret"


def _drawn_by_the_activities(data: DataSet) -> list[tuple[str, str]]:
    """(where, text) for every string the quiz and the overshare activity draw on a pupil's
    screen, as they draw it: the quiz's words (the ✓ mark too) and buttons with each answer
    shown, and the profile's words (its counts too), tabs and caption at every step."""
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton

    from awareness_app.themes import THEMES
    from awareness_app.ui.app import create_application
    from awareness_app.ui.classroom_state import ClassroomState
    from awareness_app.ui.settings import Settings
    from awareness_app.ui.slides.ruby_label import RubyLabel
    from awareness_app.ui.slides.slide_view import SlideView

    create_application()
    audience = Audience.ELEMENTARY
    state = ClassroomState(LESSON, data, Settings(), audience=audience, language="ja")
    view = SlideView()
    view.resize(1280, 720)
    view.show()
    found: list[tuple[str, str]] = []
    for slide in (s for s in state.slides() if s.id in ("quiz", "overshare")):
        rendered, _title = state.render(slide)
        view.show_slide(rendered, data, audience, THEMES["light"])
        session = view.activity.session
        session.reset()
        steps = 0
        while True:
            QApplication.processEvents()
            where = f"{slide.id} step {steps}"
            if slide.id == "quiz":
                quiz = view.activity.quiz
                words = [w for w in quiz.findChildren(RubyLabel) if w.isVisibleTo(quiz)]
                words += [w for w in quiz.findChildren(QLabel) if w.isVisibleTo(quiz)]
                found += [(where, w.text()) for w in words if w.text()]
                buttons = [b for b in quiz.findChildren(QPushButton) if b.isVisibleTo(quiz)]
                found += [(f"{where} button", b.text()) for b in buttons]
            else:
                overshare = view.activity.overshare
                found += [(f"{where} {r}", t) for r, (t, _l) in overshare.wrapped_lines().items()]
                found += [(f"{where} {r}", t) for r, t in overshare.drawn_words().items()]
                found += [(f"{where} caption", overshare.caption_text())]
                found += [(f"{where} tab", b.text()) for b in overshare.tab_buttons]
            if not session.step(rendered.kind, audience, True):
                break
            steps += 1
    view.close()
    return found


@pytest.mark.parametrize("year", EDITIONS)
def test_what_the_quiz_and_the_activity_draw_for_pupils_has_readings(
    qtbot, editions: dict[int, DataSet], year: int
) -> None:
    i18n.set_language("ja")
    texts = _drawn_by_the_activities(editions[year])
    missing = [(where, "".join(beyond_grade_4(t)), t) for where, t in texts if beyond_grade_4(t)]
    assert missing == []
    # the check saw the strings it once missed: the ✓ mark and the profile's counts
    assert any(t.startswith("✓") and ruby.has_ruby(t) for _where, t in texts)
    assert any(where.endswith(" counts") and "とうこう" in t for where, t in texts)
