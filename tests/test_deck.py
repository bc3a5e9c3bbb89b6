"""The lesson as a PDF, one slide a page, with or without the speaker notes; printing it; the
command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from awareness_app import cli, i18n
from awareness_app.model.dataset import DataSet
from awareness_app.model.lesson import Audience
from lessons import LESSON
from pdfcheck import read_pdf


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    from awareness_app.ui.app import create_application

    create_application()


def test_deck_is_one_landscape_a4_page_a_slide(dataset: DataSet) -> None:
    from awareness_app.ui.deck_pdf import deck_pdf

    facts = read_pdf(deck_pdf(LESSON, dataset, Audience.ADULTS))
    assert facts.pages == len(LESSON.for_audience(Audience.ADULTS)) == 18
    assert facts.is_a4(landscape=True)
    assert "1,665" in facts.texts[1]  # the headline slide
    assert "Staying safe on social media" in facts.texts[0]
    assert "Speaker notes" not in facts.text
    assert facts.all_fonts_embedded(), facts.fonts


def test_japanese_deck_with_notes_is_portrait_notes_pages(dataset: DataSet) -> None:
    from awareness_app.ui.deck_pdf import deck_pdf

    i18n.set_language("ja")
    facts = read_pdf(deck_pdf(LESSON, dataset, Audience.JUNIOR_HIGH, with_notes=True))
    assert facts.pages == len(LESSON.for_audience(Audience.JUNIOR_HIGH))
    assert facts.is_a4()
    assert "1,665" in facts.texts[1]
    assert all("発表者ノート" in facts.page_compact(i) for i in range(facts.pages))
    assert "0120-0-78310" in facts.texts[-1]
    assert not any("\u2f00" <= ch <= "\u2fdf" for ch in facts.text)
    assert facts.all_fonts_embedded(), facts.fonts


def test_deck_prints_through_a_printer(tmp_path: Path, dataset: DataSet) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from awareness_app.ui.deck_pdf import paint_deck

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_deck(printer, LESSON, dataset, Audience.ELEMENTARY)
    facts = read_pdf((tmp_path / "printed.pdf").read_bytes())
    assert facts.pages == pages == len(LESSON.for_audience(Audience.ELEMENTARY))
    assert facts.is_a4(landscape=True)


@pytest.mark.parametrize("notes", [False, True])
def test_export_deck_from_the_command_line(tmp_path: Path, notes: bool) -> None:
    out = tmp_path / "deck.pdf"
    args = ["--lang", "en", "--audience", "high-school", "--export-deck", str(out)]
    assert cli.main(args + (["--with-notes"] if notes else [])) == 0
    facts = read_pdf(out.read_bytes())
    assert facts.pages == len(LESSON.for_audience(Audience.HIGH_SCHOOL))
    assert facts.is_a4(landscape=not notes)
    assert ("Speaker notes" in facts.text) == notes
    assert not list(tmp_path.glob(".*.tmp"))


def test_with_notes_needs_export_deck(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["--with-notes"])
    assert stop.value.code == 2
    assert "--with-notes" in capsys.readouterr().err
