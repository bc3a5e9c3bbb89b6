"""Themes: text contrast of at least 7:1, series that differ in greyscale too."""

from __future__ import annotations

import pytest

from awareness_app.themes import THEMES, Theme, contrast


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_text_contrast_is_at_least_seven_to_one(theme: Theme) -> None:
    for colour in (theme.text, theme.muted, theme.accent):
        assert contrast(colour, theme.background) >= 7, (theme.name, colour)
    assert contrast(theme.text, theme.surface) >= 7


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_series_stand_out_from_the_background(theme: Theme) -> None:
    for colour in theme.series:
        assert contrast(colour, theme.background) >= 3, (theme.name, colour)  # WCAG non-text


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_the_two_main_series_differ_in_greyscale(theme: Theme) -> None:
    # lightness apart, not only hue: a greyscale printout or a washed-out projector keeps them
    assert contrast(theme.series[0], theme.series[1]) >= 1.5


def test_contrast_of_black_on_white() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
