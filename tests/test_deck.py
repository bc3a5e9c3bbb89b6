"""The lesson as a PDF, one slide a page (a page per quiz question and per overshare
profile), with or without the speaker notes; printing it; the
command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from awareness_app import cli, i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience, Lesson
from awareness_app.model.lesson.overshare import HINT
from awareness_app.model.text import ruby
from lessons import LESSON
from office import needs
from pdfcheck import PdfFacts, read_pdf
from sweeps import at_the_ends, representative


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    from awareness_app.ui.app import create_application

    create_application()


def _pages(audience: Audience, dataset: DataSet, lesson: Lesson = LESSON) -> int:
    """A page a slide, but the quiz a page a question and the overshare two pages a profile
    (unmarked, then revealed)."""
    from awareness_app.model.lesson.overshare import PROFILES
    from awareness_app.model.lesson.quiz import render_quiz

    questions = render_quiz(lesson, audience, dataset)
    return len(lesson.for_audience(audience)) + len(questions) - 1 + 2 * len(PROFILES) - 1


_FACTS: dict[tuple[str, Audience, str], PdfFacts] = {}


def _facts(dataset: DataSet, audience: Audience) -> PdfFacts:
    """The base lesson's deck for `audience` in the current language, read back: written once
    per test process (four tests read the junior-high deck)."""
    from awareness_app.ui.pdf.deck import deck_pdf

    key = (dataset.id, audience, i18n.current_language())
    if key not in _FACTS:
        _FACTS[key] = read_pdf(deck_pdf(LESSON, dataset, audience))
    return _FACTS[key]


def test_deck_is_one_landscape_a4_page_a_slide(dataset: DataSet) -> None:

    facts = _facts(dataset, Audience.ADULTS)
    assert len(LESSON.for_audience(Audience.ADULTS)) == 18
    assert facts.pages == _pages(Audience.ADULTS, dataset)
    assert facts.is_a4(landscape=True)
    assert "1,665" in facts.texts[1]  # the headline slide
    assert "Staying safe on social media" in " ".join(facts.texts[0].split())  # (may wrap)
    assert "Speaker notes" not in facts.text
    assert facts.all_fonts_embedded(), facts.fonts


def test_japanese_deck_with_notes_is_portrait_notes_pages(dataset: DataSet) -> None:
    from awareness_app.ui.pdf.deck import deck_pdf

    i18n.set_language("ja")
    facts = read_pdf(deck_pdf(LESSON, dataset, Audience.JUNIOR_HIGH, with_notes=True))
    assert facts.pages == _pages(Audience.JUNIOR_HIGH, dataset)
    assert facts.is_a4()
    assert "1,665" in facts.texts[1]
    assert all("発表者ノート" in facts.page_compact(i) for i in range(facts.pages))
    assert "0120-0-78310" in facts.texts[-1]
    assert not any("\u2f00" <= ch <= "\u2fdf" for ch in facts.text)
    assert facts.all_fonts_embedded(), facts.fonts


def test_deck_prints_through_a_printer(tmp_path: Path, dataset: DataSet) -> None:
    """Printed, the slides are text and shapes as in the exported PDF. (Qt renders a widget for a
    printer as a picture of its pixels: each slide was a 300 dpi JPEG, 12 MB for the lesson.)"""
    from PySide6.QtPrintSupport import QPrinter

    from awareness_app.ui.pdf.deck import paint_deck

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    pages = paint_deck(printer, LESSON, dataset, Audience.ADULTS)
    facts = read_pdf(printed.read_bytes())
    assert facts.pages == pages == _pages(Audience.ADULTS, dataset)
    assert facts.is_a4(landscape=True)
    assert facts.images == 0
    exported = _facts(dataset, Audience.ADULTS)
    assert [facts.page_compact(i) for i in range(pages)] == [
        exported.page_compact(i) for i in range(pages)
    ]
    # each piece of text at the exported size (played back at the printer's resolution, the
    # type grew by the ratio of the two)
    pairs = zip(facts.type_sizes, exported.type_sizes, strict=True)
    for number, (printed_sizes, sizes) in enumerate(pairs):
        assert len(printed_sizes) == len(sizes), number
        pieces = zip(printed_sizes, sizes, strict=True)
        assert all(abs(a - b) <= 0.01 * b for a, b in pieces), number
    assert facts.all_fonts_embedded(), facts.fonts
    assert printed.stat().st_size < 1_000_000  # 12 MB as pictures


@pytest.mark.parametrize(("dpi", "pictures"), [(96, 0), (300, 1)])
def test_a_printer_at_another_resolution_gets_the_picture(
    tmp_path: Path, dpi: int, pictures: int
) -> None:
    """Played back at another resolution than it was recorded at, the slide's type would grow
    by the ratio: a printer whose driver keeps its own resolution gets Qt's picture of the
    pixels, at the right size, instead."""
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QLabel

    from awareness_app.ui.pdf.deck import _render_vectors

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(dpi)
    label = QLabel("Staying safe on social media")
    label.resize(400, 60)
    painter = QPainter(printer)
    try:
        _render_vectors(label, painter)
    finally:
        painter.end()
    facts = read_pdf(printed.read_bytes())
    assert facts.images == pictures
    if not pictures:
        assert facts.texts[0] == "Staying safe on social media"
        points = label.font().pointSizeF()  # as on screen (not grown 300/96 times)
        assert all(abs(size - points) < 1 for size in facts.type_sizes[0]), facts.type_sizes


@pytest.mark.parametrize("notes", [False, True])
def test_export_deck_from_the_command_line(tmp_path: Path, notes: bool) -> None:
    from awareness_app import resources
    from awareness_app.model.data.dataset import load_dataset
    from awareness_app.model.data.fit import fit_lesson
    from awareness_app.model.lesson.content import LESSON as EVERY_SLIDE

    newest = load_dataset(resources.edition_file(resources.newest_edition()))
    out = tmp_path / "deck.pdf"
    args = ["--lang", "en", "--audience", "high-school", "--export-deck", str(out)]
    assert cli.main(args + (["--with-notes"] if notes else [])) == 0
    facts = read_pdf(out.read_bytes())
    assert facts.pages == _pages(Audience.HIGH_SCHOOL, newest, fit_lesson(EVERY_SLIDE, newest))
    assert facts.is_a4(landscape=not notes)
    assert ("Speaker notes" in facts.text) == notes
    assert not list(tmp_path.glob(".*.tmp"))


def test_with_notes_needs_export_deck(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["--with-notes"])
    assert stop.value.code == 2
    assert "--with-notes" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["en", "ja"])
def test_deck_prints_every_quiz_answer_and_the_whole_overshare_with_no_buttons(
    dataset: DataSet, language: str
) -> None:
    """Paper has nothing to press: the quiz takes a page a question with its right answer
    marked and explained, the overshare activity a page a profile with every detail listed."""
    from awareness_app.model.lesson.overshare import PROFILES
    from awareness_app.model.lesson.quiz import render_quiz

    audience = Audience.JUNIOR_HIGH
    i18n.set_language(language)
    questions = render_quiz(LESSON, audience, dataset)
    labels = [i18n._(d.label) for p in PROFILES for d in p.details]
    facts = _facts(dataset, audience)
    assert facts.pages == _pages(audience, dataset)

    def squeeze(text: str) -> str:
        return "".join(text.split())

    def page_text(index: int) -> str:
        """The page's text, bold runs once (the PDF draws them twice)."""
        lines = facts.texts[index].split("\n")
        kept = [line for i, line in enumerate(lines) if i == 0 or line != lines[i - 1]]
        return squeeze("".join(kept))

    pages = [page_text(i) for i in range(facts.pages)]
    right = squeeze(i18n._("✓ Right"))
    for question in questions:  # its own page: the question, every option, the answer
        page = next(p for p in pages if squeeze(question.question) in p)
        assert all(squeeze(o) in page for o in question.options), question.id
        assert right in page and squeeze(question.answer)[:20] in page, question.id
        # the mark is printed after the right option, no other
        assert page.index(right) > page.index(squeeze(question.options[question.correct]))
    for label in labels:  # both profiles, fully revealed
        assert any(squeeze(label) in p for p in pages), label
    for button in ("Show the answer", "Hide the answer", "Previous question", "Next question"):
        assert not any(squeeze(i18n._(button)) in p for p in pages), button
    hands = squeeze(i18n._("Question {number} of {count} · hands up for your answer"))
    assert not any(hands.split("{count}")[1] in p for p in pages)
    assert not any(squeeze(i18n._(HINT))[:15] in p for p in pages)  # all is revealed


@pytest.mark.parametrize("language", ["en", "ja"])
def test_each_profile_has_an_unmarked_page_before_its_answers(
    dataset: DataSet, language: str
) -> None:
    """Issue 21: pupils search a profile on paper with nothing marked; the next page has
    every detail numbered and listed. Read back with pdftotext: the unmarked page has the
    profile's own text, the activity's question (what pupils are to do, without the keys a
    screen is pressed with) and none of the answers (no detail's label, no numbered line)."""
    import re

    from awareness_app.model.lesson.lesson import SlideKind
    from awareness_app.model.lesson.overshare import PROFILES, render_profiles
    from awareness_app.model.lesson.render import render_slide

    audience = Audience.JUNIOR_HIGH
    i18n.set_language(language)
    facts = _facts(dataset, audience)
    pages = ["".join(text.split()) for text in facts.texts]
    rendered = render_profiles(audience)
    [activity] = [s for s in LESSON.for_audience(audience) if s.kind == SlideKind.ACTIVITY]
    question = _squeeze(ruby.plain(render_slide(LESSON, activity, audience, dataset).body))
    assert question
    for profile, shown in zip(PROFILES, rendered, strict=True):
        labels = ["".join(ruby.plain(d.label).split()) for d in shown.details]
        handle = "".join(shown.handle.split())
        revealed = [i for i, page in enumerate(pages) if all(label in page for label in labels)]
        assert revealed, profile.id
        before = pages[revealed[0] - 1]
        assert handle in before and handle in pages[revealed[0]], profile.id  # the same profile
        assert not any(label in before for label in labels), profile.id
        assert question in before and question not in pages[revealed[0]], profile.id
        number = shown.details[0].number
        assert not re.search(rf"(?<!\d){number}\.", before), profile.id  # no numbered list


# --- every text whole, in the light theme --------------------------------------------------------


def _newest() -> tuple[Lesson, DataSet]:
    from awareness_app import resources
    from awareness_app.model.data.dataset import load_dataset
    from awareness_app.model.data.fit import fit_lesson
    from awareness_app.model.lesson.content import LESSON as EVERY_SLIDE

    newest = load_dataset(resources.edition_file(2025))
    return fit_lesson(EVERY_SLIDE, newest), newest


def _squeeze(text: str) -> str:
    return "".join(text.split())


@representative(at_the_ends)
@pytest.mark.parametrize("audience", list(Audience))
@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_quiz_text_is_whole_on_its_deck_page(audience: Audience, language: str) -> None:
    """The 2025 edition, every room and language: no text of any page is cut off (the deck lays
    a slide out taller where it must, and says which texts still do not fit), and each quiz
    page's PDF text holds its question, every option, the answer and its source whole."""
    from awareness_app.model.lesson.quiz import render_quiz
    from awareness_app.model.text.furigana import DEFAULT, readings_for
    from awareness_app.ui.pdf.deck import deck_pdf

    lesson, newest = _newest()
    i18n.set_language(language)
    clipped: list = []
    facts = read_pdf(deck_pdf(lesson, newest, audience, clipped=clipped))
    assert clipped == []
    with readings_for(audience, DEFAULT):  # with the markup, as the quiz draws them
        questions = render_quiz(lesson, audience, newest)

    def drawn(text: str) -> str:
        """The text as the PDF holds it: each marked word's base, then its reading."""
        return _squeeze("".join(run.base + run.reading for run in ruby.segments(text)))

    pages = [_squeeze(text) for text in facts.texts]
    for question in questions:
        page = next(p for p in pages if drawn(question.question) in p)
        for text in (*question.options, question.answer, question.source_line):
            assert drawn(text) in page, (question.id, text)


def test_japanese_deck_writes_lists_of_figures_with_the_japanese_comma(dataset: DataSet) -> None:
    """「48.4%、37.0%」 in a Japanese footer, not 「48.4%, 37.0%」; in the English deck's text
    "fi" reads as two letters, not as a gap, and quotes sit close to their words."""
    import re

    i18n.set_language("ja")
    text = _facts(dataset, Audience.ADULTS).text
    assert re.search(r"\d%、\d", text)
    assert not re.search(r"\d%?, \d", text)
    i18n.set_language("en")
    text = _facts(dataset, Audience.JUNIOR_HIGH).text
    assert "figures" in text and "profile" in text and " gures" not in text
    # curly quotes are half an em in BIZ UDPGothic: no gap inside or after them
    assert "says “keep it secret”. What" in " ".join(text.split())


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_charts_words_and_figures_are_text_in_the_pdf(dataset: DataSet, language: str) -> None:
    """Each chart slide's page holds its chart's text as text, in the embedded shipped font:
    its source line, every figure written at a bar or a point, every tick, so that a teacher
    can find and copy a figure (drawn as outlines, a chart page was megabytes of paths)."""
    from awareness_app.model.charts.build import build_spec

    i18n.set_language(language)
    facts = _facts(dataset, Audience.ADULTS)
    assert facts.all_fonts_embedded(), facts.fonts
    assert all("BIZUDPGothic" in name for name in facts.fonts), facts.fonts
    charts = [s.chart for s in LESSON.for_audience(Audience.ADULTS) if s.chart]
    assert charts
    pages = [facts.page_compact(i) for i in range(facts.pages)]
    for chart in charts:
        spec = build_spec(chart, dataset, Audience.ADULTS)
        source = "".join(spec.source_line.split())
        [page] = [p for p in pages if source in p]  # the chart's own page, and only it
        shown = [
            *(bar.text for group in spec.groups for bar in group.bars),
            *(point.text for panel in spec.panels for point in panel.points),
            *(text for panel in spec.panels for _value, text in panel.ticks),
            *(text for _value, text in spec.scale),
        ]
        assert [t for t in shown if t and "".join(t.split()) not in page] == [], chart


@needs("pdftoppm")
def test_deck_prints_in_the_light_theme_after_the_window_was_dark(tmp_path: Path, window) -> None:
    import subprocess

    from PySide6.QtGui import QImage

    from awareness_app.export.registry import EXPORTS
    from awareness_app.export.request import request_from

    window.set_theme("dark")
    assert window.state.theme.name == "dark"
    [out] = EXPORTS["lesson-pdf"].write(tmp_path / "deck.pdf", request_from(window.state))
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "2", str(out), str(tmp_path / "p")],
        check=True,
    )
    for picture in sorted(tmp_path.glob("p-*.png")):
        image = QImage(str(picture))
        dots = [
            image.pixelColor(x, y).lightness()
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        ]
        assert sum(dots) / len(dots) > 200, picture  # a light page, not a dark slide
