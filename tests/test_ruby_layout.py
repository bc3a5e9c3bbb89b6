"""The ruby-aware slide layout: readings above their base, lines broken only between phrases on
every Japanese slide at projector sizes, a title shrunk rather than broken inside a word."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from awareness_app import i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.render import render_slide
from awareness_app.model.text import ruby
from awareness_app.model.text.furigana import DEFAULT, readings_for
from awareness_app.model.text.line_breaks import phrases
from awareness_app.themes import THEMES
from awareness_app.ui.app import create_application
from awareness_app.ui.slides import ruby_text
from awareness_app.ui.slides.ruby_label import RubyLabel
from awareness_app.ui.slides.ruby_text import (
    RUBY_SCALE,
    Paragraph,
    Part,
    RubyLayout,
    line_texts,
    shared_layout,
)
from awareness_app.ui.slides.slide_view import SlideView
from lessons import LESSON

TEXT = "｜警察《けいさつ》や｜児童相談所《じどうそうだんじょ》に｜相談《そうだん》しよう。"


def _font(px: int) -> QFont:
    font = QFont("BIZ UDPGothic")
    font.setPixelSize(px)
    return font


def test_reading_is_drawn_above_its_base_and_within_its_span(qapp: object) -> None:
    create_application()
    layout = RubyLayout([Paragraph.of(TEXT)], _font(40))
    assert layout.has_ruby and layout.ruby_font.pixelSize() == 40 * RUBY_SCALE
    for width in (2000, 300, 130):  # one line; several; narrower than 児童相談所's reading
        readings = [(run, base, top) for run, base, top in layout.boxes(width) if run.reading]
        assert [r.base for r, _b, _t in readings] == ["警察", "児童相談所", "相談"]
        for run, base, reading in readings:
            assert reading is not None
            assert reading.bottom() <= base.top() + 0.5, run  # above …
            assert base.left() - 0.5 <= reading.left() and reading.right() <= base.right() + 0.5
    # a line never breaks between a base and its reading: each run carries both
    assert all(line.runs for line in layout.lines(130))


def test_text_without_readings_has_no_ruby_band(qapp: object) -> None:
    create_application()
    plain = RubyLayout([Paragraph.of(ruby.plain(TEXT))], _font(40))
    marked = RubyLayout([Paragraph.of(TEXT)], _font(40))
    assert plain.band == 0 and plain.height(2000) < marked.height(2000)


def test_lines_break_between_phrases(qapp: object) -> None:
    create_application()
    text = "子どもが相談窓口やスクールカウンセラーに話すと、だました相手は五倍近くに増えていた。"
    layout = RubyLayout([Paragraph.of(text)], _font(40))
    lines = line_texts(layout, 480)
    assert len(lines) > 2 and "".join(lines) == text
    assert set(_line_ends(lines)) <= set(_phrase_ends(text)), lines
    # a phrase wider than the line starts a line of its own before it breaks
    narrow = line_texts(layout, 300)
    assert narrow[2].startswith("スクール") and "".join(narrow) == text, narrow


def test_a_title_too_wide_for_its_phrase_is_shrunk_not_broken(qapp: object) -> None:
    create_application()
    view = SlideView()
    view.title.setFont(_font(80))
    view.title.setText("スクールカウンセラー")
    assert view.title.text_layout().widest_phrase() > 500
    view._shrink_title_to_phrases(500)
    assert view.title.font().pixelSize() >= 40  # at most to half its size
    assert view.title.text_layout().widest_phrase() <= 500
    assert line_texts(view.title.text_layout(), 500) == ["スクールカウンセラー"]


def _line_ends(lines: list[str]) -> list[int]:
    ends, at = [], 0
    for line in lines[:-1]:
        at += len(line)
        ends.append(at)
    return ends


def _phrase_ends(text: str) -> list[int]:
    ends, at = [], 0
    for unit in phrases(text):
        at += sum(len(run.base) for run in unit)
        ends.append(at)
    return ends


def _breaks_inside_phrases(label: RubyLabel) -> list[str]:
    """The line ends of `label` inside a phrase that is not wider than the line."""
    wrong = []
    for paragraph in label.text_layout().paragraphs:
        single = RubyLayout([paragraph], label.font())
        texts = line_texts(single, label.width())
        allowed, offset = set(), 0
        for part in paragraph.parts:
            allowed |= {offset + end for end in _phrase_ends(part.text)}
            offset += len(ruby.plain(part.text))
        wide = single.widest_phrase() > label.width() - (single.indent if paragraph.bullet else 0)
        text = "".join(texts)
        wrong += [
            f"{text[:e]}／{text[e:]}" for e in _line_ends(texts) if e not in allowed and not wide
        ]
    return wrong


@pytest.mark.parametrize("audience", list(Audience))
def test_no_japanese_slide_line_ends_inside_a_phrase(
    qtbot, audience: Audience, dataset: DataSet, marked_ja: None
) -> None:
    create_application()
    i18n.set_language("ja")
    view = SlideView()
    qtbot.addWidget(view)
    view.show()
    for width, height in ((1280, 720), (1920, 1080)):
        view.resize(width, height)
        for slide in LESSON.for_audience(audience):
            with readings_for(audience, DEFAULT):
                rendered = render_slide(LESSON, slide, audience, dataset)
            view.show_slide(rendered, dataset, audience, THEMES["light"])
            QApplication.processEvents()
            for label in (view.title, view.body, view.bullets):
                if label.isHidden() or not label.text():
                    continue
                where = f"{slide.id} {audience} {width}x{height} {label.objectName()}"
                assert _breaks_inside_phrases(label) == [], where
                if audience == Audience.ELEMENTARY and label is view.body and "｜" in label.text():
                    assert label.text_layout().has_ruby, where


def test_shared_layout_is_kept_for_the_same_words_font_and_colour(qapp: object) -> None:
    """A slide's text is fitted at several sizes on every visit: the layout of the same words
    at the same font is the same object (its lines kept), and any difference gives another."""
    create_application()
    words = [Paragraph.of(TEXT), Paragraph((Part("SNS", True, QColor("#d00000")),))]
    first = shared_layout(words, _font(40))
    assert shared_layout(list(words), _font(40)) is first
    assert line_texts(first, 300) == line_texts(RubyLayout(words, _font(40)), 300)
    assert shared_layout(words, _font(41)) is not first
    unhinted = _font(40)  # as paper sets it: a font's string does not say so
    unhinted.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    assert unhinted.toString() == _font(40).toString()
    assert shared_layout(words, unhinted) is not first
    recoloured = [words[0], Paragraph((Part("SNS", True, QColor("#0000d0")),))]
    assert shared_layout(recoloured, _font(40)) is not first
    for size in range(8, 8 + ruby_text.SHARED_LAYOUTS + 1):  # the store keeps a bounded number
        shared_layout([Paragraph.of("x")], _font(size))
    assert ruby_text._layout.cache_info().currsize == ruby_text.SHARED_LAYOUTS
    assert shared_layout(words, _font(40)) is not first  # the oldest were let go
