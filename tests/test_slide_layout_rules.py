"""The rules of a slide's frame, measured on the laid-out widgets for every slide, audience,
language and edition, in the window at 1280×800, on slides of 1280×720 and 1920×1080 with the
Sources button, and in the halves of the bilingual projector view (no button): side by side at
1280×720 (the narrowest) and one above the other at 1024×768 (the shortest). Each slide is
rendered once and shown in every view.

1. The footer (the source line) is one line, never cut, beside the Sources button and the page
   number or on a line of its own above them, and never over the slide's content. Only a footer
   that cannot be one line at its smallest size wraps: above the button, or where no button is
   shown (the projector) beside the page number, at nearly the full width.
2. Between the title's lowest glyph (the last line's descent) and the accent rule under it, at
   least `TITLE_RULE_GAP` of the title's size."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QWidget

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.render import render_slide
from awareness_app.themes import THEMES
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.settings import Settings
from awareness_app.ui.slides.ruby_text import shared_layout
from awareness_app.ui.slides.slide_view import (
    FOOTER_LINE_SHARE,
    FOOTER_SIZE,
    TITLE_RULE_GAP,
    SlideView,
)
from awareness_app.ui.window.main_window import MainWindow
from sweeps import newest, representative

EDITIONS = sorted(resources.editions())


def _content(view: SlideView) -> list[QWidget]:
    parts = (view.kicker, view.title, view.rule, view.headline, view.body, view.bullets)
    return [w for w in (*parts, view.chart, view.activity) if w.isVisible()]


def footer_problems(view: SlideView) -> list[str]:
    """What breaks the footer's rule on `view` as laid out."""
    label = view.source_line
    if not label.text():
        return []
    out: list[str] = []
    box = label.geometry()
    layout = label.text_layout()
    lines = len(layout.lines(label.width()))
    if layout.height(label.width()) > label.height() + 1:
        out.append(f"cut ({layout.height(label.width()):.0f} > {label.height()} px)")
    row = [w for w in (view.sources_button, view.page) if w.isVisible()]
    for widget in row:
        if box.intersects(widget.geometry()):
            out.append(f"overlaps {widget.objectName()}")
    beside = any(
        box.top() < w.geometry().bottom() and w.geometry().top() < box.bottom() for w in row
    )
    button = view.sources_button.isVisible()
    if beside and lines > 1 and button:
        out.append(f"{lines} lines beside the button")
    if not beside:
        full = view.title.width()  # on its own line: the slide's full text width
        if label.width() != full:
            out.append(f"above the button but {label.width()} px wide, not {full}")
        if not button:
            out.append("above the page number with no button beside it: a row lost")
    if lines > 1:  # only a footer that cannot be one line at its smallest may wrap
        font = label.font()
        font.setPixelSize(max(8, round(view.height() * FOOTER_SIZE * FOOTER_LINE_SHARE)))
        floor = shared_layout(layout.paragraphs, font)
        if len(floor.lines(label.width())) == 1:
            out.append(f"{lines} lines where it fits on one at {font.pixelSize()} px")
        if lines > 2 and not view.compact:  # a half of the bilingual view has less room
            out.append(f"{lines} lines")
    for widget in _content(view):
        if widget.geometry().bottom() >= box.top():
            out.append(f"overlaps the slide's {widget.objectName() or type(widget).__name__}")
    return out


def title_rule_problems(view: SlideView) -> list[str]:
    """The gap between the title's descenders and the rule, if it is less than the rule's."""
    layout = view.title.text_layout()
    last = layout.lines(view.title.width())[-1]
    metrics = QFontMetricsF(layout.font)
    baseline = last.top + last.band + max(0.0, metrics.leading()) / 2 + metrics.ascent()
    lowest = view.title.geometry().top() + baseline + metrics.descent()
    gap = view.rule.geometry().top() - lowest
    wanted = TITLE_RULE_GAP * layout.font.pixelSize()
    if gap < wanted - 0.5:
        return [f"title's descenders {gap:.1f} px above the rule, not {wanted:.1f}"]
    return []


@representative(newest)
@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_footer_and_title_rule_keep_their_rules(qtbot, language: str, edition: int) -> None:
    create_application()
    i18n.set_language(language)
    try:
        data = load_dataset(resources.edition_file(edition))
        lesson = fit_lesson(LESSON, data)
        window = MainWindow(ClassroomState(lesson, data, Settings()))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        views: dict[str, SlideView] = {"window 1280x800": window.slide_view}
        for name, size, button in (
            ("1280x720", (1280, 720), True),
            ("1920x1080", (1920, 1080), True),
            ("bilingual half 1280x720", (639, 720), False),
            ("bilingual half 1024x768", (1024, 383), False),
        ):
            view = SlideView()
            qtbot.addWidget(view)
            view.show_sources_button = button
            view.compact = not button
            view.resize(*size)
            view.show()
            views[name] = view
        QApplication.processEvents()
        found: list[str] = []
        wrapped = 0
        for audience in Audience:
            for slide in lesson.for_audience(audience):
                rendered = render_slide(lesson, slide, audience, data)  # once, for every view
                for name, view in views.items():
                    view.show_slide(rendered, data, audience, THEMES["light"])
                    QApplication.processEvents()
                    where = f"{slide.id} {audience.value} {name}"
                    found += [f"{where}: {p}" for p in footer_problems(view)]
                    found += [f"{where}: {p}" for p in title_rule_problems(view)]
                    wrapped += view.footer_above
        assert found == [], "\n".join(found)
        assert wrapped > 0  # the sweep met footers too long to sit beside the button
    finally:
        i18n.set_language("en")
