"""Legible from the back row, and accessible: type sizes on the presentation view measured with
font metrics at projector sizes, for every slide, both languages and the bilingual view; theme
contrast; every control named, reachable by keyboard, and its focus visible."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from awareness_app import i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.text import ruby
from awareness_app.themes import THEMES, contrast
from awareness_app.ui.accessibility import controls, unnamed_controls, unreachable_controls
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.presenting.controller import PresentationController
from awareness_app.ui.presenting.presentation_view import PresentationView
from awareness_app.ui.presenting.presenter_console import PresenterConsole
from awareness_app.ui.settings import Settings
from awareness_app.ui.slides.ruby_label import RubyLabel
from awareness_app.ui.window.main_window import MainWindow
from lessons import LESSON
from sweeps import representative

SIZES = [(1280, 720), (1920, 1080)]
LATIN_WORD = re.compile(r"[A-Za-z0-9#.,:;()/%+\-–—'’]+")


def _plain(label: QLabel | RubyLabel) -> str:
    if isinstance(label, RubyLabel):
        return ruby.plain(label.text())
    if label.textFormat() != Qt.TextFormat.RichText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def _too_wide_words(label: QLabel | RubyLabel) -> list[str]:
    """Words (unbreakable runs) wider than the label: they would overflow it sideways."""
    font = QFont(label.font())
    font.setBold(True)  # the widest the word can be drawn
    metrics = QFontMetrics(font)
    return [
        w for w in LATIN_WORD.findall(_plain(label)) if metrics.horizontalAdvance(w) > label.width()
    ]


def _view(qtbot, dataset: DataSet, bilingual: bool, size: tuple[int, int]) -> PresentationView:
    create_application()
    controller = PresentationController(ClassroomState(LESSON, dataset, Settings()))
    controller.set_bilingual(bilingual)
    view = PresentationView(controller)
    qtbot.addWidget(view)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(*size)
    view.show()
    return view


@pytest.mark.parametrize(
    "bilingual",
    [False, True],
    ids=["one-language", "bilingual"],
)
@representative(lambda language, size, bilingual: (language == "ja") == (size == SIZES[0]))
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_presentation_text_is_legible_and_never_clips(
    qtbot, dataset: DataSet, language: str, size: tuple[int, int], bilingual: bool
) -> None:
    width, height = size
    view = _view(qtbot, dataset, bilingual, size)
    controller = view.controller
    controller.set_language(language)
    for audience in (Audience.ELEMENTARY, Audience.ADULTS):  # every slide, every wording
        controller.audience = audience
        for index, slide in enumerate(controller.slides()):
            controller.go_to(index)
            QApplication.processEvents()
            halves = view.page.visible_views()
            assert len(halves) == (2 if bilingual else 1)
            for half in halves:
                where = f"{slide.id} {audience} {language} {width}x{height} {half.title.text()!r}"
                assert half.height() == height, where  # side by side: each half full height
                activity = half.activity.clipped_texts()  # see the test below
                assert [n for n in half.clipped_labels() if n not in activity] == [], where
                for label in (half.body, half.bullets, half.kicker):
                    if not label.isHidden():
                        # body text at least 1/30 of the screen's height
                        assert label.font().pixelSize() * 30 >= height, where
                for label in (half.title, half.headline, half.body, half.bullets):
                    if not label.isHidden():
                        assert _too_wide_words(label) == [], where
                if not half.headline.isHidden():  # headline figures much larger
                    assert half.headline.font().pixelSize() * 10 >= height, where
                if not half.title.isHidden():  # the title stays larger than the text
                    assert half.title.font().pixelSize() > half.bullets.font().pixelSize(), where
                    assert half.title.font().pixelSize() >= half.body.font().pixelSize(), where


def test_activity_in_the_bilingual_view_fits_and_speaks_each_language(
    qtbot, dataset: DataSet
) -> None:
    view = _view(qtbot, dataset, True, (1280, 720))
    view.controller.go_to_id("overshare")
    QApplication.processEvents()
    english, japanese = view.page.visible_views()
    assert english.activity.clipped_texts() == [] and japanese.activity.clipped_texts() == []
    # the activity draws its caption itself (no QLabel): read what each half shows
    english_caption = english.activity.overshare.caption_text()
    japanese_caption = japanese.activity.overshare.caption_text()
    assert english_caption and not any("\u3040" <= ch <= "\u30ff" for ch in english_caption)
    assert any("\u3040" <= ch <= "\u30ff" for ch in japanese_caption), japanese_caption


def test_largest_text_size_still_fits(qtbot, dataset: DataSet) -> None:
    view = _view(qtbot, dataset, False, (1280, 720))
    controller = view.controller
    controller.set_text_scale(1.5)
    controller.audience = Audience.ADULTS
    for index in range(len(controller.slides())):
        controller.go_to(index)
        QApplication.processEvents()
        half = view.page.visible_views()[0]
        assert half.clipped_labels() == [], controller.current_id()
        assert half.body.font().pixelSize() * 30 >= 720


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_theme_text_contrast_is_at_least_7_to_1(theme) -> None:
    for text in (theme.text, theme.muted, theme.accent):
        assert contrast(text, theme.background) >= 7, (theme.name, text)
    for text in (theme.text, theme.muted):  # the pause screen, panels, console buttons
        assert contrast(text, theme.surface) >= 7, (theme.name, text)


# --- accessibility --------------------------------------------------------------------------------


def _windows(qtbot, dataset: DataSet) -> list[QWidget]:
    create_application()
    settings = Settings()
    window = MainWindow(ClassroomState(LESSON, dataset, settings))
    window.resize(1280, 800)
    controller = window.presenting
    console = PresenterConsole(controller)
    console.resize(1280, 800)
    view = PresentationView(controller)
    view.resize(1280, 720)
    for w in (window, console, view):
        qtbot.addWidget(w)
        w.show()
    view.toggle_overview()
    return [window, console, view]


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_control_is_named_and_reachable_by_keyboard(
    qtbot, dataset: DataSet, language: str
) -> None:
    i18n.set_language(language)
    for window in _windows(qtbot, dataset):
        assert controls(window), type(window).__name__
        assert unnamed_controls(window) == [], type(window).__name__
        assert unreachable_controls(window) == [], type(window).__name__


def test_focus_is_visible(qtbot, dataset: DataSet) -> None:
    """Each control looks different with the keyboard focus than without it."""
    for window in _windows(qtbot, dataset):
        window.activateWindow()
        qtbot.waitActive(window)
        for control in controls(window):
            if not control.isEnabled() or not control.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            window.setFocus()
            QApplication.processEvents()
            before = control.grab().toImage()
            control.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            assert control.hasFocus(), control.objectName()
            after = control.grab().toImage()
            assert before != after, f"{type(control).__name__}#{control.objectName()}"
