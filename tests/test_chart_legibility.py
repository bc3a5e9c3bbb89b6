"""Charts on the presentation view are legible from the back row and follow + / −: every text
that carries a figure (a value, a tick, a year) is at least 1/30 of the screen's height — the
body text's rule — at the size the presentation view gives the chart, at the default text size
and at the largest; no text overlaps another or leaves the chart."""

from __future__ import annotations

import functools

import pytest
from matplotlib.text import Text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.lesson.content import LESSON as BASE_LESSON
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.settings.options import TEXT_SCALES
from awareness_app.plot.draw import render
from awareness_app.plot.page import FIGURE_TEXT
from awareness_app.themes import THEMES
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.presenting.controller import PresentationController
from awareness_app.ui.presenting.presentation_view import PresentationView
from awareness_app.ui.settings import Settings
from awareness_app.ui.slides.chart_renderer import ChartKey, chart_spec
from awareness_app.ui.slides.chart_view import ChartView
from sweeps import newest_at_the_ends, representative
from test_charts import _boxes_apart


@functools.cache
def _edition(year: int) -> DataSet:
    return load_dataset(resources.edition_file(year))


def _chart_keys(qtbot, dataset: DataSet, audience: Audience, size: tuple[int, int], scale: float):
    """The key of every chart the presentation view shows, at `size` and text size `scale`."""
    create_application()
    controller = PresentationController(
        ClassroomState(fit_lesson(BASE_LESSON, dataset), dataset, Settings())
    )
    controller.audience = audience
    controller.set_text_scale(scale)
    view = PresentationView(controller)
    qtbot.addWidget(view)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(*size)
    view.show()
    keys: list[ChartKey] = []
    for index, slide in enumerate(controller.slides()):
        if slide.chart:
            controller.go_to(index)
            QApplication.processEvents()
            charts = [c for c in view.findChildren(ChartView) if c.isVisible() and c.key()]
            assert charts, slide.id
            keys += [c.key() for c in charts]
    view.close()
    return keys


# the newest edition's charts at the two ends of the rooms, at 1280×720 (the other cases: the
# older edition's charts, with other figures, and the larger screen, are `exhaustive`)
@representative(
    lambda year, language, audience, size: (
        newest_at_the_ends(year, audience, language) and size == (1280, 720)
    )
)
@pytest.mark.parametrize("scale", [1.0, max(TEXT_SCALES)])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("audience", [Audience.ELEMENTARY, Audience.ADULTS])
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("year", [2023, 2025])
def test_chart_figures_are_a_thirtieth_of_the_screen(
    qtbot, year: int, language: str, audience: Audience, size: tuple[int, int], scale: float
) -> None:
    i18n.set_language(language)
    try:
        keys = _chart_keys(qtbot, _edition(year), audience, size, scale)
        assert all(k.text_scale == scale and k.screen_height >= size[1] - 8 for k in keys)
        for key in keys:
            spec = chart_spec(key)
            with i18n.temporary_language(key.language):
                fig = render(
                    spec, THEMES[key.theme], key.width, key.height, 100, False, scale, size[1]
                )
            _boxes_apart(fig, key.width, key.height)
            figures = [t for t in fig.findobj(Text) if t.get_gid() == FIGURE_TEXT]
            written = [bar.text for group in spec.groups for bar in group.bars]
            written += [p.text for panel in spec.panels for p in panel.points if p.text]
            assert set(written) <= {t.get_text() for t in figures}, key.chart
            for text in figures:
                px = text.get_fontsize() * 100 / 72
                assert px >= size[1] / 30 - 0.01, (key.chart, key.height, text.get_text(), px)
    finally:
        i18n.set_language("en")


def test_plus_and_minus_redraw_the_chart_with_the_text(qtbot) -> None:
    create_application()
    dataset = _edition(2025)
    controller = PresentationController(
        ClassroomState(fit_lesson(BASE_LESSON, dataset), dataset, Settings())
    )
    controller.set_text_scale(1.0)
    view = PresentationView(controller)
    qtbot.addWidget(view)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(1920, 1080)
    view.show()
    controller.go_to_id("trend")
    QApplication.processEvents()
    chart = next(c for c in view.findChildren(ChartView) if c.isVisible())
    before = chart.key()
    assert before is not None and before.text_scale == 1.0
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    QApplication.processEvents()
    after = chart.key()
    assert after is not None and after.text_scale > 1.0
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    QApplication.processEvents()
    assert chart.key().text_scale < 1.0
