"""Every surface that sets the lesson's text, in one registry. No Qt here.

The rules the lesson's text keeps — furigana for pupils, lines broken only between phrases, text
that fits its box and is never cut, file text shown as plain text, derived figures marked — hold
only where the text is set through the one path (`ui/slides/ruby_text.py` on screen and in the
PDFs; `export/pptx/layout.py` in the PowerPoint). A view or an export that shows the lesson
registers here, by name (an export's writer by the same name in `export/registry.py`); the
tests walk every registered surface in every audience, language and edition
(`tests/test_surfaces.py`), and fail on a view the app creates that is neither a surface nor a
part of one, so a new view cannot be forgotten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar


@dataclass(frozen=True)
class Surface:
    name: str
    what: str
    kind: str  # "view" (a widget), "export" (a file a teacher takes away)


SURFACES: dict[str, Surface] = {}

# widget classes the app creates that are parts of a surface (they set no text of their own, or
# set it through the surface that holds them), by class name
PARTS = frozenset(
    {
        "RubyLabel",  # the one path's widget
        "OptionRow",  # the quiz's answers
        "ActivityHost",  # holds the quiz or the overshare activity
        "ChartCanvas",  # the chart's picture
        "PacingBar",  # the console's pacing bar (no text)
        "PauseScreen",  # the app's name on a calm colour
        "ElidedLabel",  # the status bar's data label (one line, elided)
        "EditionNotice",  # the window's note that newer figures are out (plain text, teachers')
        # the console's current and next slide: a picture of a slide page laid out at the
        # projector's size (that page is swept with the console)
        "SlidePicture",
    }
)

T = TypeVar("T")


def register(name: str, what: str, kind: str = "view") -> Surface:
    if kind not in ("view", "export"):
        raise ValueError(f"unknown surface kind {kind!r}")
    found = SURFACES.get(name)
    if found is not None and found.what != what:
        raise ValueError(f"surface {name!r} is registered twice")
    SURFACES[name] = surface = Surface(name, what, kind)
    return surface


def surface(name: str, what: str) -> Callable[[T], T]:
    """A class decorator: the view `name` shows the lesson's text (`what`)."""

    def mark(cls: T) -> T:
        register(name, what)
        cls.SURFACE = name  # type: ignore[attr-defined]
        return cls

    return mark


# the exports: what teachers take away, each written by the exporter of the same name
# (`export/registry.py`'s `EXPORTS`)
register("script", "the lesson's Markdown script (--export-script)", "export")
register("charts", "the lesson's charts as PNG, SVG and CSV (--export-charts)", "export")
register(
    "lesson-pdf", "the lesson on A4 pages (--export-deck, File › Export lesson as PDF…)", "export"
)
register("handout-pdf", "the handout (--export-handout, File › Export handout as PDF…)", "export")
register(
    "worksheet-pdf",
    "the pupils' worksheet (--export-worksheet, File › Export worksheet…)",
    "export",
)
register(
    "pptx",
    "the lesson as a PowerPoint file (--export-pptx, File › Export lesson as PowerPoint…)",
    "export",
)
register(
    "lesson-guide",
    "the lesson guide for the teacher, .docx or .pdf (--export-guide, File › Export lesson guide…)",
    "export",
)
