"""The handout's Japanese breaks lines only between phrases (文節), as the slides do: every
paragraph's lines end at a BudouX phrase boundary, words such as 子ども or 相談窓口 are never
split, and the PDF's text holds them whole, in the one shipped font, on as many pages as before."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from awareness_app import i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.documents.handout import build_handout
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.text import ruby
from lessons import LESSON
from pdfcheck import read_pdf
from phrase_check import WORDS, cuts
from sweeps import representative

MADE_ON = dt.date(2026, 4, 10)


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    from awareness_app.ui.app import create_application

    create_application()


def _layout(dataset: DataSet, audience: Audience, short: bool, painter: QPainter, image):
    from awareness_app.ui.pdf.handout import HandoutLayout
    from awareness_app.ui.pdf.pages import Page

    handout = build_handout(LESSON, audience, dataset, short=short, made_on=MADE_ON)
    layout = HandoutLayout(handout, Page(image, painter), 1 if short else 2)
    layout.draw_charts(dataset, audience, "ja")
    return layout


def _image() -> QImage:
    """An A4 page inside 15 mm margins at 300 dpi: the layout as on paper, painted in memory."""
    dots = round(300 / 0.0254)
    image = QImage(round(180 / 25.4 * 300), round(267 / 25.4 * 300), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(QColor("white"))
    return image


def _paragraph_lines(layout) -> list[tuple[str, list[str], float, float]]:
    """Each paragraph of the handout: its text, its lines, its width and its widest phrase."""
    from awareness_app.ui.slides.ruby_text import RubyLayout, line_texts

    out = []
    for page in layout.pages:
        for placed in page:
            for row in placed.block.rows or []:
                for cell, width in zip(row.cells, row.widths(layout.page.width), strict=True):
                    _top, right, _bottom, left = cell.padding
                    for text in cell.texts:
                        for paragraph in text.layout.paragraphs:
                            alone = RubyLayout([paragraph], text.layout.font)
                            inner = width - left - right - (alone.indent if paragraph.bullet else 0)
                            # the text as printed: the bases of its readings, in line
                            whole = ruby.plain("".join(part.text for part in paragraph.parts))
                            lines = line_texts(alone, width - left - right)
                            out.append((whole, lines, inner, alone.widest_phrase()))
    return out


# pupils' Japanese (readings over kanji) on both handouts; adults' (the longest lines) on one
@representative(
    lambda audience, short: (
        audience == Audience.ELEMENTARY or (audience == Audience.ADULTS and not short)
    )
)
@pytest.mark.parametrize("audience", list(Audience))
@pytest.mark.parametrize("short", [False, True], ids=["ja", "bilingual"])
def test_japanese_handout_lines_end_between_phrases(
    dataset: DataSet, audience: Audience, short: bool
) -> None:
    i18n.set_language("ja")
    image = _image()
    painter = QPainter(image)
    try:
        layout = _layout(dataset, audience, short, painter, image)
        paragraphs = _paragraph_lines(layout)
        for index in range(len(layout.pages)):
            layout.draw_page(index, index + 1, len(layout.pages))
    finally:
        painter.end()
    assert len(layout.pages) <= (1 if short else 2)
    wrapped = 0
    for text, lines, width, widest in paragraphs:
        assert "".join("".join(lines).split()) == "".join(text.split()), text
        if len(lines) > 1:
            wrapped += 1
        if widest > width:
            continue  # a phrase wider than its column (a URL) breaks where it must
        assert cuts(text, lines) == [], lines  # each line ends where a phrase ends
    assert wrapped >= 3  # the test saw wrapped Japanese paragraphs


def _pdf(dataset: DataSet, audience: Audience, languages: list[str]) -> bytes:
    from awareness_app.ui.pdf.handout import handout_pdf

    return handout_pdf(LESSON, dataset, audience, languages, made_on=MADE_ON)


@representative(lambda audience: audience == Audience.ELEMENTARY)
@pytest.mark.parametrize("audience", list(Audience))
@pytest.mark.parametrize("languages", [["ja"], ["ja", "en"]], ids=["ja", "bilingual"])
def test_japanese_handout_pdf_has_the_words_whole_in_one_font(
    dataset: DataSet, audience: Audience, languages: list[str]
) -> None:
    facts = read_pdf(_pdf(dataset, audience, languages))
    assert facts.pages == 2  # as before: two pages, or one for each language
    assert {name.split("-")[0] for name in facts.fonts} == {"/BIZUDPGothic"}, facts.fonts
    assert facts.all_fonts_embedded()
    page = facts.page_compact(0) + (facts.page_compact(1) if languages == ["ja"] else "")
    assert "子ども" in page
    assert "相談窓口" in page  # in kanji for every room: pupils' with its reading above it
    if audience == Audience.ELEMENTARY:
        assert "そうだんまどぐち" in page  # the reading, drawn as text of its own
    with i18n.temporary_language("ja"):
        handout = build_handout(LESSON, audience, dataset, short=len(languages) > 1)
    said = ruby.plain(
        " ".join(
            [caption for _shown, caption in handout.figures]
            + [t for g in handout.guidance for t in (g.title, g.intro, *g.bullets)]
            + [row.name for row in handout.helplines]
        )
    )
    for word in WORDS:
        if word in said:
            assert word in page, word
    assert "子 ど" not in facts.text and "\u2060" not in facts.text
