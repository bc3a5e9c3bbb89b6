"""The whole lesson as a PDF (or on the printer): one slide a page, with or without the notes.

Without notes, each slide fills a landscape A4 page. With notes, the page is portrait, like a
presenter's notes page: the slide at the top and its speaker notes under it.

Each slide is the same `SlideView` the class sees, drawn onto the page (its text stays text,
in the embedded font, so it can be searched and copied); its chart is drawn over it as a vector
drawing, so it prints sharp. The activities are drawn for paper, with no buttons: the overshare
activity takes two pages for each profile, first with nothing marked (for pupils to search),
then every detail outlined and listed; the quiz a page for each question, its right answer
marked and explained.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QPicture,
    QRegion,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QWidget

from ...i18n import _, current_language, temporary_language
from ...model.charts.build import chart_title as title_of
from ...model.data.dataset import DataSet
from ...model.data.edition_age import EditionDate, notice
from ...model.lesson.contacts import LocalContact
from ...model.lesson.lesson import Audience, Lesson, SlideKind
from ...model.lesson.render import RenderedSlide, render_slide
from ...model.text.furigana import DEFAULT, readings_for
from ...themes import LIGHT, Theme
from ..activities.progress import ActivityProgress
from ..fonts import app_font_family
from ..slides.slide_view import SlideView
from .pages import A4_MARGIN_MM, Page, chart_svg, draw_svg, pdf_bytes, set_a4

if TYPE_CHECKING:
    from ..slides.chart_renderer import ChartRenderer

SLIDE_SIZE = (1280, 720)  # the slide is laid out at this size, then scaled to the page
NOTES_PT = (12, 11, 10, 9.5, 9, 8.5, 8, 7.5, 7)
TALLEST_WITH_NOTES = 860  # a notes page's slide, at most (the notes need the rest)

log = logging.getLogger(__name__)


def paint_deck(
    device: QPagedPaintDevice,
    lesson: Lesson,
    dataset: DataSet,
    audience: Audience,
    *,
    with_notes: bool = False,
    theme: Theme = LIGHT,
    language: str | None = None,
    contacts: Sequence[LocalContact] = (),
    clipped: list[ClippedPage] | None = None,
    furigana: str = DEFAULT,
    charts: ChartRenderer | None = None,
    outdated: EditionDate | None = None,
) -> int:
    """Draw every slide of `audience`'s lesson on `device`; returns the number of pages.
    `outdated`: the newest edition when it is probably out of date: said once, under the first
    slide (on the page, off the slide the class sees).
    `contacts`: the school's own, on the closing slide; `furigana`: the setting (which
    audiences get readings); `charts`: the renderer whose thread draws the charts. A page
    whose texts do not fit even at the tallest slide the page has room for is added to
    `clipped` (and logged)."""
    language = language or current_language()
    set_a4(device, landscape=not with_notes, margin_mm=A4_MARGIN_MM if with_notes else 10)
    from PySide6.QtPrintSupport import QPrinter

    if isinstance(device, QPrinter):
        # the slides go to a printer as drawing commands recorded at the screen's resolution
        # (`_render_vectors`), and played back at another their type grows by the ratio of the
        # two: the page is laid out at the recording's; the print is vectors at any resolution
        device.setResolution(QPicture().logicalDpiY())
    slides = lesson.for_audience(audience)
    view = SlideView()
    view.show_sources_button = False  # paper has nothing to click
    view.chart.set_controls_visible(False)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(*SLIDE_SIZE)
    session = ActivityProgress(view)  # the activities' own, not the class's on screen
    view.activity.set_session(session)
    view.activity.set_paper(True)
    view.show()
    painter = QPainter(device)
    pages = 0
    try:
        page = Page(device, painter)
        for slide in slides:
            with temporary_language(language), readings_for(audience, furigana):
                rendered = render_slide(lesson, slide, audience, dataset, contacts)
                chart_title = ""
                if slide.chart:
                    chart_title = title_of(slide.chart, dataset, audience, furigana)
                for _step in _paper_steps(session, rendered, audience):
                    if pages:
                        device.newPage()
                    pages += 1
                    view.show_slide(
                        rendered,
                        dataset,
                        audience,
                        theme,
                        chart_title,
                        language,
                        charts=charts,
                        furigana=furigana,
                    )
                    missing = _give_room(view, page, with_notes)
                    if missing:
                        log.warning("deck page %d (%s): text cut off: %s", pages, slide.id, missing)
                        if clipped is not None:
                            clipped.append(ClippedPage(pages, slide.id, missing))
                    target = _slide_rect(page, with_notes, view)
                    _draw_slide(page, view, target, slide.chart, dataset, audience, theme, language)
                    below = target.bottom()
                    if outdated is not None and pages == 1:  # once, under the first slide
                        below += _draw_line(page, notice(outdated), below + page.pt * 6)
                    if with_notes:
                        _draw_notes(page, rendered.notes, below + page.pt * 14)
    finally:
        painter.end()
        view.hide()
        view.deleteLater()
    return pages


def _paper_steps(
    session: ActivityProgress, rendered: RenderedSlide, audience: Audience
) -> Iterator[None]:
    """One step a page: a page for most slides; the overshare activity two pages a profile,
    first with nothing marked (pupils search it), then all its details revealed; the quiz a
    page a question, its answer shown."""
    if rendered.kind == SlideKind.ACTIVITY:
        state = session.reveal_state(audience)
        state.reset()
        for index in range(len(state.profiles)):
            state.show_profile(index)
            state.selected = None
            yield  # nothing marked
            for detail in state.profile.details:
                state.reveal(detail.id)
            state.selected = None
            yield
    elif rendered.kind == SlideKind.QUIZ and rendered.quiz:
        tally = session.tally(audience, tuple(len(q.options) for q in rendered.quiz))
        for index in range(len(rendered.quiz)):
            tally.go(index)
            tally.set_revealed(True)
            yield
    else:
        yield


@dataclass(frozen=True)
class ClippedPage:
    """A page of the deck with texts that do not fit: the names of the texts."""

    page: int
    slide_id: str
    texts: list[str]


def _clipped(view: SlideView) -> list[str]:
    """The texts of the slide (the activity's too) that do not fit, but those not printed
    (paper has no buttons)."""
    names = [*view.clipped_labels(), *view.activity.clipped_texts()]
    return [
        name
        for name in dict.fromkeys(names)
        if any(w.isVisibleTo(view) for w in view.findChildren(QWidget, name)) or name == "quiz"
    ]


def _give_room(view: SlideView, page: Page, with_notes: bool) -> list[str]:
    """Lay the slide out at 16:9 and, where a text does not fit, taller, up to the room the
    page has for it (the quiz's answer, a long Japanese bullet): paper has no need to keep to
    a projector's shape. Returns the texts that still do not fit (none, normally)."""
    width = SLIDE_SIZE[0]
    tallest = TALLEST_WITH_NOTES if with_notes else width * page.height / page.width
    missing: list[str] = []
    for height in _heights(SLIDE_SIZE[1], max(SLIDE_SIZE[1], round(tallest))):
        view.resize(width, height)
        QApplication.processEvents()  # lay the slide out at its size
        missing = _clipped(view)
        if not missing:
            break
    return missing


def _heights(first: int, last: int, steps: int = 3) -> list[int]:
    return [round(first + (last - first) * i / steps) for i in range(steps + 1)]


def _slide_rect(page: Page, with_notes: bool, view: SlideView) -> QRectF:
    """Where the slide goes: the page's width at the slide's shape (16:9, or taller where its
    text needed the room), at the top (notes page) or centred."""
    width = page.width
    height = width * view.height() / view.width()
    if height > page.height:
        height = page.height
        width = height * view.width() / view.height()
    x = (page.width - width) / 2
    y = 0.0 if with_notes else (page.height - height) / 2
    return QRectF(x, y, width, height)


def _draw_slide(
    page: Page,
    view: SlideView,
    target: QRectF,
    chart_id: str | None,
    dataset: DataSet,
    audience: Audience,
    theme: Theme,
    language: str,
) -> None:
    painter = page.painter
    factor = target.width() / SLIDE_SIZE[0]
    chart = view.chart
    has_chart = bool(chart_id) and chart.isVisible()
    chart_rect = QRectF(chart.geometry()) if has_chart else QRectF()
    if has_chart:
        chart.stack.setVisible(False)  # drawn below as a vector drawing, not as a picture
    _print_fonts(view)
    try:
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(factor, factor)
        _render_vectors(view, painter)
        painter.restore()
    finally:
        chart.stack.setVisible(True)
    if has_chart and chart_id and chart_rect.width() >= 50 and chart_rect.height() >= 50:
        size = (round(chart_rect.width()), round(chart_rect.height()))
        svg = chart_svg(
            chart_id,
            dataset,
            audience,
            theme,
            language,
            size,
            header=False,
            charts=chart.charts,
            furigana=chart.furigana,
        )
        rect = QRectF(
            target.x() + chart_rect.x() * factor,
            target.y() + chart_rect.y() * factor,
            chart_rect.width() * factor,
            chart_rect.height() * factor,
        )
        draw_svg(painter, svg, rect)
    painter.setPen(QPen(QColor(LIGHT.grid), max(1.0, page.pt * 0.75)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(target)


def _render_vectors(view: QWidget, painter: QPainter) -> None:
    """`view` drawn by `painter` as text and shapes. For a printer, Qt renders a widget as a
    picture of its pixels (`QWidget::render`): a lesson printed was each slide a JPEG at the
    printer's resolution (21 pages, 12 MB at 300 dpi, 4.5 s), its text no longer text. Recorded
    as drawing commands (a `QPicture`) and played on the printer (at the recording's resolution,
    `paint_deck`), it prints as the PDF export draws it (the fonts unhinted, `_print_fonts`:
    played back, text is laid out again)."""
    from PySide6.QtPrintSupport import QPrinter

    flags = QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren
    device = painter.device()
    picture = QPicture() if isinstance(device, QPrinter) else None
    if picture is None or device.logicalDpiY() != picture.logicalDpiY():
        # a PDF writer draws the widget as it is; a printer whose driver kept its own
        # resolution gets Qt's picture of the pixels, which prints right if heavy
        view.render(painter, QPoint(0, 0), QRegion(), flags)
        return
    recorder = QPainter(picture)
    try:
        view.render(recorder, QPoint(0, 0), QRegion(), flags)
    finally:
        recorder.end()
    painter.drawPicture(0, 0, picture)


def _print_fonts(view: QWidget) -> None:
    """Every text of the slide with "fi" as two letters: Qt writes no text for a ligature's
    glyph, so "profile" would read "pro le" in the PDF. And unhinted: laid out with the widths
    paper gives the letters, which a printer's playback of the slide (`_render_vectors`) lays
    out again (with the screen's, the printed title ran 2 % wider than the PDF's). (A font a
    view sets itself, as the quiz does for each size it tries, is set again here before each
    page is drawn.)"""
    tag, unhinted = QFont.Tag("liga"), QFont.HintingPreference.PreferNoHinting
    for widget in [view, *view.findChildren(QWidget)]:
        font = widget.font()
        if not font.isFeatureSet(tag) or font.hintingPreference() != unhinted:
            font.setFeature(tag, 0)
            font.setHintingPreference(unhinted)
            widget.setFont(font)


def _draw_line(page: Page, text: str, top: float, points: float = 9) -> float:
    """`text` in small type across the page from `top`; returns the height it took."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(page.device)
    font = QFont(app_font_family())
    font.setPointSizeF(points)
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" as two letters, so the PDF's text says it
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setPlainText(text)
    document.setTextWidth(page.width)
    page.painter.save()
    page.painter.translate(QPointF(0, top))
    document.drawContents(page.painter)
    page.painter.restore()
    return document.size().height() + page.pt * 6


def _draw_notes(page: Page, notes: str, top: float) -> None:
    painter = page.painter
    room = page.height - top
    document = None
    for points in NOTES_PT:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(page.device)
        font = QFont(app_font_family())
        font.setPointSizeF(points)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        missing = escape(_("No speaker notes."))
        heading = escape(_("Speaker notes"))
        body = escape(notes) if notes else f"<i>{missing}</i>"
        document.setHtml(
            f"<p style='margin:0 0 6px 0; font-size:{points + 2:.1f}pt; font-weight:bold;"
            f" color:{LIGHT.accent}'>{heading}</p>"
            f"<p style='margin:0; color:{LIGHT.text}; line-height:130%'>{body}</p>"
        )
        document.setTextWidth(page.width)
        if document.size().height() <= room:
            break
    assert document is not None
    painter.save()
    painter.translate(QPointF(0, top))
    painter.setClipRect(QRectF(0, 0, page.width, room))
    document.drawContents(painter)
    painter.restore()


def deck_pdf(
    lesson: Lesson,
    dataset: DataSet,
    audience: Audience,
    *,
    with_notes: bool = False,
    theme: Theme = LIGHT,
    language: str | None = None,
    contacts: Sequence[LocalContact] = (),
    clipped: list[ClippedPage] | None = None,
    furigana: str = DEFAULT,
    charts: ChartRenderer | None = None,
    outdated: EditionDate | None = None,
) -> bytes:
    return pdf_bytes(
        lambda writer: paint_deck(
            writer,
            lesson,
            dataset,
            audience,
            with_notes=with_notes,
            theme=theme,
            language=language,
            contacts=contacts,
            clipped=clipped,
            furigana=furigana,
            charts=charts,
            outdated=outdated,
        ),
        _("SNS Safety Classroom"),
        landscape=not with_notes,
    )
