"""Colour themes shared by the slides (Qt) and the charts (matplotlib). No Qt here.

Series colours come from the Okabe–Ito palette, which colour-blind viewers can tell apart;
the two main series also differ in lightness, so they stay apart in greyscale.
Text colours have a contrast of at least 7:1 against the background (tests check it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    surface: str  # panels and table rows
    text: str
    muted: str  # secondary text (source lines); still ≥ 7:1
    accent: str  # the headline number
    series: tuple[str, ...]  # chart series, most important first
    grid: str


# Okabe–Ito: blue #0072B2, vermillion #D55E00, bluish green #009E73, orange #E69F00,
# sky blue #56B4E9, reddish purple #CC79A7, yellow #F0E442.
LIGHT = Theme(
    name="light",
    background="#FFFFFF",
    surface="#F2F4F7",
    text="#111111",
    muted="#3A3A3A",
    accent="#8A3300",
    series=("#8A3300", "#0072B2", "#00694D", "#7A5300", "#8E3F6F"),
    grid="#D0D4DA",
)
DARK = Theme(
    name="dark",
    background="#15181D",
    surface="#22262D",
    text="#F5F5F5",
    muted="#D2D2D2",
    accent="#FFB37A",
    series=("#FF9E57", "#3A8FD0", "#4FD1AB", "#F0E442", "#E3A3C9"),
    grid="#3A404A",
)
HIGH_CONTRAST = Theme(
    name="high-contrast",
    background="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    accent="#FFE14D",
    series=("#FFE14D", "#3FA9F5", "#FFFFFF", "#FF9E57", "#C3F08A"),
    grid="#808080",
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}
DEFAULT_THEME = LIGHT.name


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of a #RRGGBB colour (WCAG 2)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1–21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
