"""Issue 20: the presenter console's current and next slide are pictures of the slide as the
room sees it — a slide page laid out at the presentation view's size, drawn smaller — so they
keep every rule of the slide's text (nothing cut, lines broken between phrases) by
construction, and never show a layout of their own that the room does not see."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, Qt
from PySide6.QtWidgets import QApplication, QWidget

from awareness_app.ui.presenting.presentation_view import PresentationView


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


def test_the_picture_is_the_slide_the_room_sees(qtbot, console) -> None:
    con, c, _now = console
    c.audience = c.audience.ELEMENTARY
    view = _view(qtbot, c, (1280, 720))
    con.set_stage_size(view.size())
    for slide in ("trend", "quiz", "closing"):
        c.go_to_id(slide)
        _settle()
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
