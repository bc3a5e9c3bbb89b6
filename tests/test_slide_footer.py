"""A slide's footer (the source line) is one line, never cut, beside the Sources button and the
page number or on a line of its own above them: measured on the laid-out widgets for every slide,
audience, language and edition, in the window at 1280×800, on slides of 1280×720 and 1920×1080
with the button, and in a half of the bilingual projector view (no button, the narrowest).

Only a footer wider than the slide's text at its smallest size (a guidance slide's list of sites,
a derived figure's note) wraps, above the button: on two lines at most on a whole slide (in a
narrow half of the bilingual view, on as many as it needs)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from awareness_app import i18n, resources
from awareness_app.model.content import LESSON
from awareness_app.model.dataset import load_dataset
from awareness_app.model.dataset_fit import fit_lesson
from awareness_app.model.lesson import Audience
from awareness_app.model.render import render_slide
from awareness_app.themes import THEMES
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.settings import Settings
from awareness_app.ui.slides.ruby_text import shared_layout
from awareness_app.ui.slides.slide_view import FOOTER_LINE_SHARE, FOOTER_SIZE, SlideView
from awareness_app.ui.window.main_window import MainWindow

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
    if beside and lines > 1:
        out.append(f"{lines} lines beside the button")
    if not beside:
        full = view.title.width()  # on its own line: the slide's full text width
        if label.width() != full:
            out.append(f"above the button but {label.width()} px wide, not {full}")
        if lines > 1:  # only a footer that cannot be one line at its smallest may wrap there
            font = label.font()
            font.setPixelSize(max(8, round(view.height() * FOOTER_SIZE * FOOTER_LINE_SHARE)))
            floor = shared_layout(layout.paragraphs, font)
            if len(floor.lines(full)) == 1:
                out.append(f"{lines} lines where it fits on one at {font.pixelSize()} px")
            if lines > 2 and not view.compact:  # a half of the bilingual view has less room
                out.append(f"{lines} lines above the button")
    for widget in _content(view):
        if widget.geometry().bottom() >= box.top():
            out.append(f"overlaps the slide's {widget.objectName() or type(widget).__name__}")
    return out


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_footer_is_one_line_beside_or_above_the_button(
    qtbot, language: str, edition: int
) -> None:
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
                    wrapped += view.footer_above
        assert found == [], "\n".join(found)
        assert wrapped > 0  # the sweep met footers too long to sit beside the button
    finally:
        i18n.set_language("en")
