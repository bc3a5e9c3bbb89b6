"""The native charts' value labels as LibreOffice Impress draws them (issue 21): the PowerPoint
file's chart slides converted to PDF, each label found whole on one row of its page (LibreOffice
wraps a label's own text to a narrow width unless told not to: "1,2" over "93"), and a label
that is a number alone overlaps no other word of the page (the panel's legend, the years, another
label)."""

from __future__ import annotations

import io
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from awareness_app.model.lesson.lesson import Audience
from decks import pptx_file
from office import convert_to_pdf, needs, pdftotext
from sweeps import representative

pytestmark = needs("soffice", "pdftotext")

Box = tuple[float, float, float, float]
NUMBER = re.compile(r"[\d,.%*]+")  # a value alone: one word of the page


def _chart_slides_only(data: bytes) -> tuple[bytes, list[list[str]]]:
    """The deck with only its chart slides, and the data labels' texts of each."""
    deck = Presentation(io.BytesIO(data))
    ids = deck.slides._sldIdLst
    labels: list[list[str]] = []
    for slide_id, slide in zip(list(ids), list(deck.slides), strict=True):
        charts = [shape.chart for shape in slide.shapes if shape.has_chart]
        if not charts:
            ids.remove(slide_id)
            continue
        texts = []
        for chart in charts:
            for label in chart._chartSpace.iter(qn("c:dLbl")):
                rich = label.find(qn("c:tx"))
                if rich is not None:
                    texts.append("".join(t.text or "" for t in rich.iter(qn("a:t"))))
        labels.append(texts)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue(), labels


def _words(pdf: Path, page: int) -> list[tuple[str, Box]]:
    html = pdftotext(pdf, page, "-bbox")
    root = ElementTree.fromstring(html.replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    return [
        (w.text or "", tuple(float(w.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax")))  # type: ignore[misc]
        for w in root.iter("word")
    ]


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@representative(lambda language: language == "ja")  # pupils' Japanese: the strictest
@pytest.mark.parametrize(
    ("audience", "language"), [(Audience.JUNIOR_HIGH, "en"), (Audience.ELEMENTARY, "ja")]
)
def test_libreoffice_draws_every_value_label_whole(
    audience: Audience, language: str, tmp_path: Path
) -> None:
    charts, labels = _chart_slides_only(pptx_file(2025, audience, language))
    assert len(labels) >= 4 and all(labels)  # every chart has its values as labels
    source = tmp_path / "charts.pptx"
    source.write_bytes(charts)
    pdf = convert_to_pdf(source)
    trend = [text for texts in labels for text in texts]
    assert {"1,293", "2,082", "1,566"} <= set(trend)  # the trend's panel of all children
    for page, texts in enumerate(labels, start=1):
        layout = pdftotext(pdf, page)
        rows = ["".join(row.split()) for row in layout.splitlines()]
        words = _words(pdf, page)
        for text in texts:
            whole = "".join(text.split())
            assert any(whole in row for row in rows), (page, text, rows)  # on one row
            if not NUMBER.fullmatch(text):
                continue  # words: how pdftotext splits them into words is its own
            mine = [box for word, box in words if word == text]
            assert mine, (page, text, [w for w, _b in words])
            others = [(word, box) for word, box in words if word != text]
            for box in mine:
                hit = [word for word, other in others if _overlap(box, other)]
                assert not hit, (page, text, hit)
