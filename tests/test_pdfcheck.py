"""The tests' PDF reader (`pdfcheck`) reads what pypdf reads from the whole page: pdfium's text
is pypdf's, in the same order, and leaving out the paths and styles that no text depends on
changes neither the text's printed sizes nor its runs."""

from __future__ import annotations

import pytest

import pdfcheck
from awareness_app import i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience
from lessons import LESSON


@pytest.fixture(scope="module")
def handout(qapp: object, dataset: DataSet) -> bytes:
    """A Japanese handout: charts (paths), colours, rules and text with readings."""
    from awareness_app.ui.app import create_application
    from awareness_app.ui.pdf.handout import handout_pdf

    create_application()
    with i18n.temporary_language("ja"):
        return handout_pdf(LESSON, dataset, Audience.JUNIOR_HIGH, ["ja"])


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_the_text_is_pypdfs_page_by_page_in_its_order(handout: bytes) -> None:
    import unicodedata

    facts = pdfcheck.read_pdf(handout)
    pages = pdfcheck._reader(handout).pages  # without paths and styles: the same text (below)
    pypdfs = [unicodedata.normalize("NFC", page.extract_text()) for page in pages]
    assert [_squeezed(text) for text in facts.texts] == [_squeezed(text) for text in pypdfs]
    assert "警察庁" in facts.compact


def test_a_line_ends_where_the_text_moves_to_another_line() -> None:
    """English words keep their spaces; each line of a page is a line of the text."""
    from awareness_app.export.worksheet_pdf import worksheet_pdf
    from awareness_app.ui.app import create_application

    create_application()
    facts = pdfcheck.read_pdf(worksheet_pdf(Audience.ADULTS, ["en"]))
    lines = facts.texts[0].split("\n")
    for line in ("Worksheet: spot the overshare", "Tennis club · DM me anytime!", "Page 1 of 3"):
        assert line in lines, lines
    assert all(line == line.strip() and "  " not in line for line in lines), lines


def test_leaving_out_paths_and_styles_keeps_the_runs_and_their_sizes(
    handout: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = pdfcheck.text_runs(handout)
    monkeypatch.setattr(pdfcheck, "_text_operators", lambda stream: stream)  # the whole page
    assert runs == pdfcheck.text_runs(handout)
    assert "警察庁" in _squeezed("".join(run.text for run in runs[0]))
    assert [_squeezed("".join(run.text for run in page)) for page in runs] == [
        _squeezed(text) for text in pdfcheck.read_pdf(handout).texts
    ]  # what pdfium reads too


def test_the_paths_and_styles_are_left_out(handout: bytes) -> None:
    import io

    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(handout)).pages[0].get_contents().get_data()
    kept = pdfcheck._text_operators(page)
    assert len(kept) < len(page) * 0.8, (len(kept), len(page))
    for operator in (b" re\n", b" scn\n", b" SCN\n", b" gs\n"):
        assert operator in page and operator not in kept, operator
    assert kept.count(b" Tj\n") == page.count(b" Tj\n")
