"""Every slide of every audience, in both languages, at projector sizes: text fits, glyphs exist."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.lesson.content import LESSON as EVERY_SLIDE
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.render import render_slide
from awareness_app.model.text import ruby
from awareness_app.themes import THEMES
from awareness_app.ui.app import create_application
from awareness_app.ui.slides.ruby_label import RubyLabel
from awareness_app.ui.slides.slide_view import SlideView
from lessons import LESSON
from sweeps import EDITIONS, newest_or_strictest, representative

SIZES = [(1280, 720), (1920, 1080)]


def _missing_glyphs(label: QLabel | RubyLabel) -> set[str]:
    metrics = QFontMetrics(label.font())
    if isinstance(label, RubyLabel):  # the words and their readings
        text = ruby.plain(label.text()) + ruby.kana(label.text())
    elif label.textFormat() == label.textFormat().RichText:
        text = _plain(label)
    else:
        text = label.text()
    return {ch for ch in text if not ch.isspace() and not metrics.inFontUcs4(ord(ch))}


def _plain(label: QLabel) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


@representative(newest_or_strictest)  # the other cases: `exhaustive` (tests/sweeps.py)
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("audience", list(Audience))
@pytest.mark.parametrize("edition", EDITIONS)
def test_every_slide_fits_at_projector_sizes(
    qtbot, language: str, audience: Audience, edition: int
) -> None:
    """Every slide of every edition: the editions show different slides and wordings."""
    dataset = load_dataset(resources.edition_file(edition))
    lesson = fit_lesson(EVERY_SLIDE, dataset)
    create_application()
    assert i18n.set_language(language) is None
    view = SlideView()
    qtbot.addWidget(view)
    view.show()
    for width, height in SIZES:
        view.resize(width, height)
        for slide in lesson.for_audience(audience):
            rendered = render_slide(lesson, slide, audience, dataset)
            view.show_slide(rendered, dataset, audience, THEMES["light"])
            QApplication.processEvents()
            where = f"{edition} {slide.id} {audience} {language} {width}x{height}"
            assert view.clipped_labels() == [], where
            for label in (view.title, view.body, view.bullets, view.headline, view.source_line):
                assert _missing_glyphs(label) == set(), where
            body_px = view.body.font().pixelSize()
            assert body_px * 30 >= height, where  # body text at least 1/30 of the height


def test_japanese_slide_text_uses_the_shipped_font(qtbot, dataset: DataSet) -> None:
    create_application()
    i18n.set_language("ja")
    view = SlideView()
    qtbot.addWidget(view)
    slide = LESSON.for_audience(Audience.ELEMENTARY)[1]
    view.show_slide(
        render_slide(LESSON, slide, Audience.ELEMENTARY, dataset),
        dataset,
        Audience.ELEMENTARY,
        THEMES["light"],
    )
    assert view.title.font().family() == "BIZ UDPGothic"
    assert any("\u3040" <= ch <= "\u30ff" for ch in view.title.text())


@pytest.mark.parametrize("size", SIZES, ids=["720p", "1080p"])
def test_slide_titles_are_drawn_in_the_bold_face(qtbot, dataset: DataSet, size) -> None:
    """A title is set in the shipped font's own bold face at every size. (A font without one
    is emboldened by Qt, which stops doing so at large sizes: titles were bold at 1280×720 and
    regular at 1920×1080.)"""
    from PySide6.QtGui import QRawFont

    create_application()
    i18n.set_language("en")
    view = SlideView()
    qtbot.addWidget(view)
    view.show()
    view.resize(*size)
    for slide in LESSON.for_audience(Audience.ADULTS)[:3]:  # the title slide and two others
        rendered = render_slide(LESSON, slide, Audience.ADULTS, dataset)
        view.show_slide(rendered, dataset, Audience.ADULTS, THEMES["light"])
        QApplication.processEvents()
        face = QRawFont.fromFont(view.title.text_layout().font)
        assert face.familyName() == "BIZ UDPGothic", slide.id
        assert face.styleName() == "Bold" and face.weight() >= 700, (slide.id, face.styleName())
