"""Issue 23: no 0–100 % axis for pupils who have not learned percentages (grade 5). Every chart
elementary pupils see (their lesson's and their handout's, each of the registry
`charts.BUILDERS`), drawn as every surface draws it (the window, presentation,
handout and lesson PDF draw `charts.make_figure`'s picture; the PowerPoint's native charts are
written from the same `ChartSpec` and hide their value axis), in every edition and language:
the elementary chart shows no percentage, and its scale, where it has one, is in people."""

from __future__ import annotations

import pytest

from awareness_app import i18n, resources
from awareness_app.model.charts.build import BUILDERS, build_spec
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.documents.handout import build_handout
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience
from awareness_app.plot import make_figure
from awareness_app.themes import THEMES
from sweeps import EDITIONS, NEWEST, representative


@pytest.fixture(scope="module")
def editions() -> dict[int, DataSet]:
    return {year: load_dataset(resources.edition_file(year)) for year in EDITIONS}


def _drawn_texts(chart_id: str, data: DataSet, audience: Audience) -> list[str]:
    import matplotlib.pyplot as plt
    from matplotlib.text import Text

    figure = make_figure(chart_id, data, audience, THEMES["light"], 1280, 720)
    try:
        return [t.get_text() for t in figure.findobj(Text) if t.get_text().strip()]
    finally:
        plt.close(figure)


def _elementary_charts(data: DataSet) -> list[str]:
    """Every chart elementary pupils see in this edition: their lesson's slides' and their
    handout's (which the PDFs and the PowerPoint print too), each a chart of the registry."""
    lesson = fit_lesson(LESSON, data)
    ids = [s.chart for s in lesson.for_audience(Audience.ELEMENTARY) if s.chart]
    ids += build_handout(lesson, Audience.ELEMENTARY, data, contacts=()).charts
    assert set(ids) <= set(BUILDERS)
    return list(dict.fromkeys(ids))


@representative(lambda year: year == NEWEST)
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("year", EDITIONS)
def test_elementary_charts_show_no_percentage(
    editions: dict[int, DataSet], year: int, language: str
) -> None:
    data = editions[year]
    i18n.set_language(language)
    charts = _elementary_charts(data)
    assert "first-contact" in charts
    scaled = 0
    for chart_id in charts:
        spec = build_spec(chart_id, data, Audience.ELEMENTARY)
        assert [label for _v, label in spec.scale if "%" in label] == [], chart_id
        scaled += bool(spec.scale)
        drawn = _drawn_texts(chart_id, data, Audience.ELEMENTARY)
        assert [t for t in drawn if "%" in t or "％" in t] == [], (chart_id, drawn)
    assert scaled > 0  # the scale is there, in people


def test_older_pupils_keep_the_percent_scale(editions: dict[int, DataSet]) -> None:
    """The check can fail: the same chart for high school draws its 0–100 % scale."""
    i18n.set_language("ja")
    drawn = _drawn_texts("first-contact", editions[2025], Audience.HIGH_SCHOOL)
    assert "100%" in drawn and "50%" in drawn
    spec = build_spec("first-contact", editions[2025], Audience.ELEMENTARY)
    assert [label for _v, label in spec.scale] == ["0人", "10人に5人", "全員"]
