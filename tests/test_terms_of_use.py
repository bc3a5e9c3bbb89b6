"""The terms of use (issue 26, point 5): what a school may copy and change is said on what a
teacher takes away — the handout's small print, the PowerPoint's last slide — in the language of
the file, and the CC BY 4.0 legal code ships with the app. (About: test_window_files.py.)"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pptx import Presentation

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.terms_of_use import (
    CONTENT_LICENCE_FILE,
    CONTENT_LICENCE_URL,
    terms_lines,
    terms_short,
)
from decks import pptx_file, year_of
from lessons import LESSON
from pdfcheck import read_pdf
from sweeps import NEWEST, representative

MADE_ON = dt.date(2026, 4, 10)
# a phrase of each sentence, as the language says it
PHRASES = {
    "en": ("Lesson text and pictures", "National Police Agency's", "MIT licence"),
    "ja": ("授業の文章と図", "警察庁", "MITライセンス"),
}


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    from awareness_app.ui.app import create_application

    create_application()


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _terms(language: str) -> list[str]:
    with i18n.temporary_language(language):
        return list(terms_lines())


def test_the_legal_code_ships_with_the_app() -> None:
    text = (resources.root() / "licences" / CONTENT_LICENCE_FILE).read_text(encoding="utf-8")
    assert text.startswith("Attribution 4.0 International")
    assert "Creative Commons Attribution 4.0 International Public License" in text
    for section in range(1, 9):
        assert f"Section {section} -- " in text
    assert text.rstrip().endswith("Creative Commons may be contacted at creativecommons.org.")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_terms_are_said_in_each_language(language: str) -> None:
    first, second = _terms(language)
    phrases = PHRASES[language]
    assert phrases[0] in first and "CC BY 4.0" in first and CONTENT_LICENCE_URL in first
    assert phrases[1] in second and phrases[2] in second
    if language == "ja":  # the catalogue's, not the English
        assert not re.search(r"[a-z]{4,} [a-z]{4,}", first + second)


@pytest.mark.parametrize(
    ("audience", "languages"),
    [
        (Audience.ADULTS, ["en"]),
        (Audience.JUNIOR_HIGH, ["ja"]),
        (Audience.ELEMENTARY, ["ja"]),
        (Audience.HIGH_SCHOOL, ["ja", "en"]),  # bilingual: a page each, each with its terms
    ],
)
def test_the_handout_prints_the_terms_under_its_sources(
    dataset: DataSet, audience: Audience, languages: list[str]
) -> None:
    from awareness_app.ui.pdf.handout import handout_pdf

    facts = read_pdf(handout_pdf(LESSON, dataset, audience, languages, made_on=MADE_ON))
    pages = [_compact(t) for t in facts.texts]
    for index, language in enumerate(languages):
        # the language's page (a bilingual handout has one each, with the terms in a line),
        # else the whole handout
        text = pages[index] if len(languages) > 1 else "".join(pages)
        sources = "出典" if language == "ja" else "Sources"
        lines = _terms(language)
        if len(languages) > 1:
            with i18n.temporary_language(language):
                lines = [terms_short()]
        for line in lines:
            assert _compact(line) in text, (language, line)
            assert text.index(_compact(line)) > text.index(sources)  # under the sources' heading
        other = "en" if language == "ja" else "ja"
        if len(languages) == 1:
            assert _compact(_terms(other)[0]) not in text


@representative(lambda year: year == NEWEST)
@pytest.mark.parametrize("year", sorted(resources.editions()))
def test_the_terms_take_no_chart_off_a_one_page_handout(year: int, tmp_path: Path) -> None:
    """The one-page handout of a bilingual pair has no room to spare: its line of terms goes
    where the second column of sources leaves room, and the page keeps every chart it had
    room for without them, in every room and language of every edition."""
    import dataclasses

    from PySide6.QtGui import QPainter, QPdfWriter

    from awareness_app.model.data.dataset import load_dataset
    from awareness_app.model.data.fit import fit_lesson
    from awareness_app.model.documents.handout import build_handout
    from awareness_app.ui.pdf.handout import HandoutLayout, set_a4
    from awareness_app.ui.pdf.pages import Page

    dataset = load_dataset(resources.edition_file(year))
    lesson = fit_lesson(LESSON, dataset)
    for audience in Audience:
        for language in ("en", "ja"):
            with i18n.temporary_language(language):
                handout = build_handout(lesson, audience, dataset, short=True)
                assert handout.terms == (terms_short(),) and handout.charts
                writer = QPdfWriter(str(tmp_path / "handout.pdf"))
                set_a4(writer)
                painter = QPainter(writer)
                page = Page(writer, painter)
                shown = HandoutLayout(handout, page, 1)
                bare = HandoutLayout(dataclasses.replace(handout, terms=()), page, 1)
                painter.end()
            assert len(shown.pages) == 1
            # (some already have no room for it: junior high's English page of 2024 and 2025)
            assert shown.charts == bare.charts, (audience, language)


def _last_slide_texts(data: bytes) -> tuple[list[str], str]:
    deck = Presentation(io.BytesIO(data))
    last = deck.slides[len(deck.slides) - 1]
    texts = [s.text_frame.text for s in last.shapes if s.has_text_frame]
    return texts, last.notes_slide.notes_text_frame.text


@pytest.mark.parametrize(
    ("audience", "language"),
    [(Audience.ELEMENTARY, "ja"), (Audience.ADULTS, "ja"), (Audience.HIGH_SCHOOL, "en")],
)
def test_the_powerpoints_last_slide_states_the_terms(
    dataset: DataSet, audience: Audience, language: str
) -> None:
    from awareness_app.export.pptx.layout import SLIDE_H

    data = pptx_file(year_of(dataset), audience, language)  # LESSON: fitted to `dataset`
    texts, notes = _last_slide_texts(data)
    joined = _compact("".join(texts))
    for line in _terms(language):
        assert _compact(line) in joined, line
        assert line in notes  # the presenter reads them too
    assert ("出典" if language == "ja" else "Sources") in texts[0]  # the sources' slide
    # in a placeholder of its own, above the strip, below the columns, none overlapping
    deck = Presentation(io.BytesIO(data))
    last = deck.slides[len(deck.slides) - 1]
    terms = [s for s in last.placeholders if _terms(language)[0][:12] in s.text_frame.text]
    assert len(terms) == 1
    box = terms[0]
    assert box.top + box.height <= SLIDE_H
    sizes = {r.font.size.pt for p in box.text_frame.paragraphs for r in p.runs if r.font.size}
    assert sizes and min(sizes) >= 14  # reference text: 14 pt or more, as the footers
    columns = [s for s in last.placeholders if s.name.startswith("Sources")]
    assert columns and all(c.top + c.height <= box.top for c in columns)
    # the other slides of the file do not repeat them
    first_slide = deck.slides[0]
    assert not any(
        _terms(language)[0][:12] in s.text_frame.text
        for s in first_slide.shapes
        if s.has_text_frame
    )


def test_a_bilingual_powerpoint_states_them_in_both_languages(dataset: DataSet) -> None:
    from awareness_app.export.pptx.deck import pptx_bytes

    data = pptx_bytes(
        LESSON, Audience.JUNIOR_HIGH, dataset, "ja", chart_width=480, second_language="en"
    )
    texts, notes = _last_slide_texts(data)
    joined = _compact("".join(texts))
    for language in ("ja", "en"):
        for line in _terms(language):
            assert _compact(line) in joined, line
            assert line in notes
    # each sentence is tagged with its own language, for spelling and fonts
    deck = Presentation(io.BytesIO(data))
    last = deck.slides[len(deck.slides) - 1]
    box = next(s for s in last.placeholders if "Lesson text and pictures" in s.text_frame.text)
    tags = {
        p.text[:12]: {r._r.get_or_add_rPr().get("lang") for r in p.runs}
        for p in box.text_frame.paragraphs
    }
    assert tags[_terms("ja")[0][:12]] == {"ja-JP"} and tags[_terms("en")[0][:12]] == {"en-GB"}
