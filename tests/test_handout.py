"""The handout: what it says (model), the A4 PDF (pages, size, text, fonts, vector charts), the
bilingual version, printing, and the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from awareness_app import cli, i18n
from awareness_app.model.contacts import LocalContact
from awareness_app.model.dataset import DataSet
from awareness_app.model.handout import build_handout
from awareness_app.model.lesson import Audience
from lessons import LESSON
from pdfcheck import read_pdf

MADE_ON = dt.date(2026, 4, 10)


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """Fonts and painting need the application object, with the shipped font."""
    from awareness_app.ui.app import create_application

    create_application()


def _pdf(dataset: DataSet, audience: Audience, languages: list[str], **kw: object) -> bytes:
    from awareness_app.ui.pdf.handout import handout_pdf

    return handout_pdf(LESSON, dataset, audience, languages, made_on=MADE_ON, **kw)  # type: ignore[arg-type]


# --- the model ------------------------------------------------------------------------------------


@pytest.mark.parametrize("audience", list(Audience))
@pytest.mark.parametrize("language", ["en", "ja"])
def test_handout_says_the_key_figures_with_their_sources(
    dataset: DataSet, audience: Audience, language: str
) -> None:
    i18n.set_language(language)
    handout = build_handout(LESSON, audience, dataset, made_on=MADE_ON)
    texts = [shown.text for shown, _caption in handout.figures]
    assert texts[:3] == ["1,665", "225", "139"]
    assert all(caption for _shown, caption in handout.figures)
    assert handout.charts == ["trend", "first-contact"]
    assert [g.slide_id for g in handout.guidance][:2] == ["warning-signs", "if-it-happens"]
    assert len(handout.helplines) == len(dataset.helplines)
    used = {sid for shown, _c in handout.figures for sid in shown.figure.sources}
    assert used <= {s.id for s in handout.sources}
    assert "2026" in handout.made_line
    if audience == Audience.ELEMENTARY:  # the elementary wording: no offence names
        words = " ".join(c for _s, c in handout.figures).lower()
        assert "pornography" not in words and "crime" not in words


def test_short_handout_has_one_chart_and_two_guidance_sections(dataset: DataSet) -> None:
    handout = build_handout(LESSON, Audience.ADULTS, dataset, short=True)
    assert handout.charts == ["trend"]
    assert len(handout.guidance) == 2


def test_local_contacts_come_first_on_the_handout(dataset: DataSet) -> None:
    contact = LocalContact(
        name_en="School counsellor", name_ja="スクールカウンセラー", phone_or_room="Room 203"
    )
    handout = build_handout(LESSON, Audience.JUNIOR_HIGH, dataset, contacts=[contact])
    assert [(c.name, c.number) for c in handout.local_contacts] == [
        ("School counsellor", "Room 203")
    ]


# --- the PDF --------------------------------------------------------------------------------------


def test_english_handout_pdf(dataset: DataSet) -> None:
    facts = read_pdf(_pdf(dataset, Audience.ADULTS, ["en"]))
    assert 1 <= facts.pages <= 2
    assert facts.is_a4()
    for text in ("1,665", "225", "139", "74.2%", "Help lines", "0120-0-78310", "Sources"):
        assert text in facts.text, text
    assert "Handout made on 10 April 2026" in facts.text.replace("\n", " ")
    assert facts.all_fonts_embedded(), facts.fonts
    assert facts.images == 0  # the charts are vector drawings, not pictures


def test_japanese_handout_pdf_has_extractable_japanese(dataset: DataSet) -> None:
    facts = read_pdf(_pdf(dataset, Audience.ADULTS, ["ja"]))
    assert 1 <= facts.pages <= 2
    assert facts.is_a4()
    text = facts.compact
    for expected in ("1,665", "225", "相談窓口", "出典", "0120-0-78310", "保護者・教職員向け"):
        assert expected in text, expected
    # searchable as the ideographs shown, not as look-alike radicals (⼩ U+2F29 for 小)
    assert not any("\u2f00" <= ch <= "\u2fdf" for ch in text)
    assert facts.all_fonts_embedded(), facts.fonts
    assert all("BIZUDPGothic" in name for name in facts.fonts)


def test_elementary_japanese_handout_is_searchable(dataset: DataSet) -> None:
    facts = read_pdf(_pdf(dataset, Audience.ELEMENTARY, ["ja"]))
    assert "小学生向け" in facts.compact


def test_bilingual_handout_is_one_page_per_language(dataset: DataSet) -> None:
    facts = read_pdf(_pdf(dataset, Audience.JUNIOR_HIGH, ["ja", "en"]))
    assert facts.pages == 2
    assert facts.is_a4()
    assert "相談窓口" in facts.page_compact(0) and "1,665" in facts.texts[0]
    assert "Help lines" in facts.texts[1] and "1,665" in facts.texts[1]
    assert "相談窓口" not in facts.page_compact(1)
    assert facts.all_fonts_embedded()


def test_handout_shows_the_schools_contacts(dataset: DataSet) -> None:
    contact = LocalContact(name_en="School counsellor", phone_or_room="Room 203")
    facts = read_pdf(_pdf(dataset, Audience.HIGH_SCHOOL, ["en"], contacts=[contact]))
    assert "Our school" in facts.text and "School counsellor" in facts.text
    assert "Room 203" in facts.text


def test_handout_prints_through_a_printer(tmp_path: Path, dataset: DataSet) -> None:
    """The print path: the same drawing on a QPrinter (here one that prints to a PDF file)."""
    from PySide6.QtPrintSupport import QPrinter

    from awareness_app.ui.pdf.handout import paint_handout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_handout(printer, LESSON, dataset, Audience.ADULTS, ["en"], made_on=MADE_ON)
    facts = read_pdf((tmp_path / "printed.pdf").read_bytes())
    assert facts.pages == pages
    assert facts.is_a4()
    assert "1,665" in facts.text


# --- the command line -----------------------------------------------------------------------------


def test_export_handout_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    assert cli.main(["--lang", "ja", "--audience", "adults", "--export-handout", str(out)]) == 0
    facts = read_pdf(out.read_bytes())
    assert 1 <= facts.pages <= 2 and "相談窓口" in facts.compact
    assert not list(tmp_path.glob(".*.tmp"))


def test_bilingual_handout_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    args = [
        "--audience",
        "elementary",
        "--export-handout",
        str(out),
        "--handout-languages",
        "en,ja",
    ]
    assert cli.main(args) == 0
    facts = read_pdf(out.read_bytes())
    assert facts.pages == 2
    assert "Help lines" in facts.texts[0] and "相談窓口" in facts.page_compact(1)


@pytest.mark.parametrize("languages", ["fr", "en,en", ""])
def test_bad_handout_languages_exit_2(tmp_path: Path, languages: str, capsys) -> None:
    args = ["--export-handout", str(tmp_path / "h.pdf"), "--handout-languages", languages]
    with pytest.raises(SystemExit) as stop:
        cli.main(args)
    assert stop.value.code == 2
    assert "--handout-languages" in capsys.readouterr().err
    assert not (tmp_path / "h.pdf").exists()
