"""The tests' PDF reader (`pdfcheck`) reads what pypdf reads from the whole page: leaving out
the paths and styles that no text depends on changes neither the text nor its sizes."""

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


def test_leaving_out_paths_and_styles_keeps_the_text_and_its_sizes(
    handout: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts, runs = pdfcheck.read_pdf(handout), pdfcheck.text_runs(handout)
    monkeypatch.setattr(pdfcheck, "_text_operators", lambda stream: stream)  # the whole page
    whole_facts, whole_runs = pdfcheck.read_pdf(handout), pdfcheck.text_runs(handout)
    assert facts.texts == whole_facts.texts
    assert runs == whole_runs
    assert "警察庁" in facts.compact


def test_the_paths_and_styles_are_left_out(handout: bytes) -> None:
    import io

    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(handout)).pages[0].get_contents().get_data()
    kept = pdfcheck._text_operators(page)
    assert len(kept) < len(page) * 0.8, (len(kept), len(page))
    for operator in (b" re\n", b" scn\n", b" SCN\n", b" gs\n"):
        assert operator in page and operator not in kept, operator
    assert kept.count(b" Tj\n") == page.count(b" Tj\n")
