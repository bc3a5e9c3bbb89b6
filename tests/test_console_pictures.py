"""Issue 20: the presenter console's current and next slide are pictures of the slide as the
room sees it — a slide page laid out at the presentation view's size, drawn smaller — so they
keep every rule of the slide's text (nothing cut, lines broken between phrases) by
construction, and never show a layout of their own that the room does not see."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, Qt
from PySide6.QtWidgets import QApplication, QWidget

from awareness_app.ui.presenting.console_pages import keep_pages
from awareness_app.ui.presenting.presentation_view import PresentationView
from awareness_app.ui.slides.chart_view import ChartView
from fake_charts import real_chart


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _difference(a: QImage, b: QImage) -> float:
    """The mean difference of two pictures of one size, 0 (the same) to 255, over a grid of
    their pixels."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    total = count = 0
    for y in range(0, a.height(), 3):
        for x in range(0, a.width(), 3):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += abs(pa.red() - pb.red()) + abs(pa.green() - pb.green())
            total += abs(pa.blue() - pb.blue())
            count += 3
    return total / count


def _view(qtbot, controller, size: tuple[int, int]) -> PresentationView:
    view = PresentationView(controller)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    return view


def test_the_pages_are_laid_out_at_the_projectors_size(qtbot, console) -> None:
    con, c, _now = console
    assert con.current_page.size() == con.size()  # no projector known: the console's own size
    view = _view(qtbot, c, (1920, 1080))
    view.resized.connect(con.set_stage_size)  # as the session does
    con.set_stage_size(view.size())
    c.go_to_id("trend")
    _settle()
    for page in (con.current_page, con.next_page):
        assert page.size() == QSize(1920, 1080)
        assert page.isVisible() and not page.geometry().intersects(con.rect())  # out of sight
    # the same type as the projector's, slide by slide
    shown = view.page.visible_views()[0]
    current = con.current_page.visible_views()[0]
    for name in ("title", "body", "bullets", "headline"):
        assert getattr(current, name).font().pixelSize() == getattr(shown, name).font().pixelSize()
    assert current.title.text() == shown.title.text()
    # the projector goes to another screen: the pages follow it
    view.resize(1280, 720)
    _settle()
    assert con.current_page.size() == QSize(1280, 720) == con.next_page.size()
    following = con.next_page.visible_views()[0]
    sizes = [getattr(following, n).font().pixelSize() for n in ("title", "body", "bullets")]
    c.next()
    _settle()
    shown = view.page.visible_views()[0]
    assert [getattr(shown, n).font().pixelSize() for n in ("title", "body", "bullets")] == sizes


@pytest.mark.real_charts  # the pictures compared include the trend slide's chart
def test_the_picture_is_the_slide_the_room_sees(qtbot, console) -> None:
    con, c, _now = console
    c.audience = c.audience.ELEMENTARY
    view = _view(qtbot, c, (1280, 720))
    con.set_stage_size(view.size())
    for slide in ("trend", "quiz", "closing"):
        c.go_to_id(slide)
        _settle()
        for chart in view.findChildren(ChartView):
            if chart.isVisible() and chart.key():
                real_chart(chart.image())
        picture = con.current_picture
        rect = picture.picture_rect().toAlignedRect().adjusted(2, 2, -2, -2)
        assert rect.width() > 300, slide  # a picture a presenter reads
        drawn = picture.grab().toImage().copy(rect)
        room = (
            view.grab()
            .toImage()
            .scaled(
                picture.picture_rect().toAlignedRect().size(),
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            .copy(QRect(2, 2, rect.width(), rect.height()))
        )
        assert _difference(drawn, room) < 12, slide
        # and not a blank picture: it shows the slide's text and colours
        plain = QImage(drawn.size(), QImage.Format.Format_RGB32)
        plain.fill(drawn.pixelColor(0, 0))
        assert _difference(drawn, plain) > 3, slide
    assert con.current_picture.accessibleName() and con.next_picture.accessibleName()


def test_nothing_out_of_sight_takes_the_focus(qtbot, console) -> None:
    con, c, _now = console
    c.go_to_id("quiz")
    _settle()
    for page in (con.current_page, con.next_page):
        for widget in page.findChildren(QWidget):
            assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus, widget.objectName()


def _title(page) -> str:
    return page.visible_views()[0].title.text()


def test_a_step_lays_out_one_slide_the_next_page_becoming_the_current(qtbot, console) -> None:
    """Issue 22, point 9: a step forward shows the page laid out as the next slide as the
    current one (a step back, the current page as the next one); only the other is laid out."""
    con, c, _now = console
    c.go_to_id("headline")
    titles = [c.render(s)[0].title for s in c.slides()]
    at = c.index
    following = con.next_page
    c.next()
    assert con.current_page is following and _title(con.current_page) == titles[at + 1]
    assert _title(con.next_page) == titles[at + 2]
    assert con.current_picture.page is con.current_page and con.next_picture.page is con.next_page
    current = con.current_page
    c.previous()
    assert con.next_page is current and _title(con.next_page) == titles[at + 1]
    assert _title(con.current_page) == titles[at]
    # a jump lays both out again, each with its slide
    c.go_to(at + 5)
    assert (_title(con.current_page), _title(con.next_page)) == (titles[at + 5], titles[at + 6])
    # another theme is another layout: nothing kept
    pages = (con.current_page, con.next_page)
    c.state.set_theme("dark")
    c.next()
    views = [page.visible_views()[0] for page in (con.current_page, con.next_page)]
    assert [view._theme.name for view in views] == ["dark", "dark"]
    assert (_title(con.current_page), _title(con.next_page)) == (titles[at + 6], titles[at + 7])
    assert {con.current_page, con.next_page} == set(pages)


def test_the_next_page_in_the_presenters_language_is_not_kept_as_the_current(
    qtbot, console
) -> None:
    """The next page's own words are the presenter's ("End of the lesson", its name to screen
    readers), the current page's the app's: with notes in another language, a page is not
    kept across the two."""
    con, c, _now = console
    con.notes_language_box.setCurrentIndex(con.notes_language_box.findData("ja"))
    last = len(c.slides()) - 1
    c.go_to(last - 1)
    assert "（" in con.next_page.visible_views()[0].accessibleName()  # named in Japanese
    c.go_to(last)  # one step (the slides' own steps aside)
    assert con.next_page.empty.isVisible() and con.next_page.empty.text() == "授業の終わり"
    assert "（" not in con.current_page.visible_views()[0].accessibleName()  # in English
    c.go_to(last - 1)
    assert _title(con.next_page) == c.render(c.next_slide())[0].title
    assert not con.next_page.empty.isVisible()
    assert "（" in con.next_page.visible_views()[0].accessibleName()
    assert _title(con.current_page) == c.render(c.current_slide())[0].title
    assert "（" not in con.current_page.visible_views()[0].accessibleName()


def test_keep_pages_keeps_a_page_for_what_it_already_shows() -> None:
    a, b = object(), object()
    shown = {id(a): "slide 3", id(b): "slide 4"}
    # forward: b (slide 4) is now the current page; a is laid out as slide 5
    assert keep_pages([a, b], ["slide 4", "slide 5"], shown) == ([b, a], [False, True])
    # back: a (slide 3) is now the next page; b is laid out as slide 2
    assert keep_pages([a, b], ["slide 2", "slide 3"], shown) == ([b, a], [True, False])
    assert keep_pages([a, b], ["slide 3", "slide 4"], shown) == ([a, b], [False, False])
    assert keep_pages([a, b], ["slide 8", "slide 9"], shown) == ([a, b], [True, True])
    assert keep_pages([a, b], ["slide 8", "slide 9"], {}) == ([a, b], [True, True])
