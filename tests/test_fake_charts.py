"""The tests' fake charts (tests/fake_charts.py): the chart thread draws the fake unless a test
is marked `real_charts`, and a test that reads a chart's pixels cannot pass on the fake."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience
from awareness_app.ui.slides.chart_renderer import ChartKey, ChartRenderer
from fake_charts import FAKE_RGB, is_fake, real_chart


def _drawn(dataset: DataSet) -> QImage:
    renderer = ChartRenderer()
    key = ChartKey("trend", dataset, "en", Audience.ADULTS, "light", 640, 360)
    image = renderer.image(key)
    assert (image.width(), image.height()) == (640, 360)  # the size the view asked for
    return image


def test_without_the_marker_the_chart_thread_draws_the_fake(dataset: DataSet, fake_charts) -> None:
    assert fake_charts is False
    image = _drawn(dataset)
    assert is_fake(image)
    with pytest.raises(AssertionError, match="real_charts"):
        real_chart(image)


def test_a_renderer_keeps_the_drawing_it_was_made_with(
    dataset: DataSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a test's renderer still draws after the test (a late prefetch) is fake too."""
    from awareness_app.ui.slides import chart_renderer

    def later(*_args: object) -> QImage:
        raise AssertionError("drawn with the module's drawing of the moment")

    renderer = ChartRenderer()
    monkeypatch.setattr(chart_renderer, "draw_chart", later)  # as after the test
    key = ChartKey("trend", dataset, "en", Audience.ADULTS, "light", 320, 180)
    assert is_fake(renderer.image(key))


@pytest.mark.real_charts
def test_with_the_marker_the_chart_thread_draws_the_chart(dataset: DataSet, fake_charts) -> None:
    assert fake_charts is True
    image = _drawn(dataset)
    assert not is_fake(image)
    assert real_chart(image) is image
    colours = {image.pixel(x, y) & 0xFFFFFF for x in range(0, 640, 8) for y in range(0, 360, 8)}
    assert FAKE_RGB not in colours and len(colours) > 3  # a drawing, not one colour


def test_no_theme_draws_in_the_fake_colour() -> None:
    from awareness_app.themes import THEMES

    for theme in THEMES.values():
        colours = [theme.background, theme.surface, theme.text, theme.muted, theme.accent]
        colours += [theme.grid, *theme.series]
        assert all(int(c.lstrip("#")[:6], 16) != FAKE_RGB for c in colours), theme.name


def test_the_pdfs_share_their_real_charts(shared_svgs, dataset: DataSet) -> None:
    from awareness_app.themes import LIGHT
    from awareness_app.ui.pdf import handout, pages

    args = ("trend", dataset, Audience.ADULTS, LIGHT)
    svg = handout.chart_svg(*args, "en", (600, 300))
    drawn = shared_svgs.drawn
    assert handout.chart_svg(*args, "en", (600, 300)) == svg
    assert shared_svgs.drawn == drawn  # drawn once, shared
    assert svg == pages.chart_svg(*args, "en", (600, 300))  # the real drawing
    assert b"<svg" in svg and svg.count(b"<path") > 10
    assert handout.chart_svg(*args, "ja", (600, 300)) != svg  # another key, another drawing
    assert shared_svgs.drawn == drawn + 1


def test_nothing_is_shared_while_a_test_swaps_the_words(
    shared_svgs, dataset: DataSet, marked_ja: None
) -> None:
    from awareness_app.themes import LIGHT
    from awareness_app.ui.pdf import deck

    drawn = shared_svgs.drawn
    deck.chart_svg("trend", dataset, Audience.ELEMENTARY, LIGHT, "ja", (600, 300))
    assert shared_svgs.drawn == drawn  # drawn for this test alone
