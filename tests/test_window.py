"""The main window, driven as a teacher would: keys, the audience and language choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QWidget

from awareness_app import i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.presenting.key_router import KEYS_AT_THE_LATEST_MS, KeyRouter
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import NEXT_KEYS, PREVIOUS_KEYS, MainWindow
from fake_charts import real_chart
from lessons import LESSON


def _ids(audience: Audience) -> list[str]:
    return [s.id for s in LESSON.for_audience(audience)]


def test_keys_navigate(qtbot, window: MainWindow) -> None:
    window.first()
    for key in NEXT_KEYS:
        before = window.index
        qtbot.keyClick(window.slide_view, key)
        assert window.index == before + 1, Qt.Key(key).name
    for key in PREVIOUS_KEYS:
        before = window.index
        qtbot.keyClick(window.slide_view, key)
        assert window.index == before - 1, Qt.Key(key).name
    qtbot.keyClick(window.slide_view, Qt.Key.Key_End)
    assert window.current_slide_id() == _ids(window.audience)[-1]
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)  # past the end: stays
    assert window.current_slide_id() == _ids(window.audience)[-1]
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Home)
    assert window.current_slide_id() == "title"
    assert window.slide_view.title.text() == window.slide_list.item(0).text().split(". ", 1)[1]


def test_headline_figure_is_shown_with_its_sentence(window: MainWindow) -> None:
    window.go_to_id("headline")
    assert window.slide_view.headline.text() == "1,665"  # English writes no counter
    assert "1,732" in window.slide_view.body.text()
    assert window.slide_view.sources_button.isVisible()
    window.set_language("ja")
    assert window.slide_view.headline.text() == "1,665人"  # a big number keeps its counter


def test_language_switch_changes_every_visible_string(qtbot, window: MainWindow) -> None:
    window.go_to_id("headline")
    english = (
        window.slide_view.title.text(),
        window.slide_view.body.text(),
        window.previous_action.text(),
        window.audience_box.currentText(),
        window.slide_list.item(0).text(),
        window.notes.toPlainText(),
    )
    window.language_box.setCurrentIndex(list(i18n.LANGUAGES).index("ja"))
    assert i18n.current_language() == "ja"
    japanese = (
        window.slide_view.title.text(),
        window.slide_view.body.text(),
        window.previous_action.text(),
        window.audience_box.currentText(),
        window.slide_list.item(0).text(),
        window.notes.toPlainText(),
    )
    for before, after in zip(english, japanese, strict=True):
        assert before != after
        assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in after), after
    assert window.slide_view.headline.text() == "1,665人"  # a big number keeps its counter
    assert Settings().language == "ja"


@pytest.mark.real_charts  # the chart's pixels, in each language
def test_language_switch_redraws_the_chart(qtbot, window: MainWindow) -> None:
    window.go_to_id("trend")
    english = real_chart(window.slide_view.chart.image())
    assert not english.isNull()
    window.set_language("ja")
    japanese = real_chart(window.slide_view.chart.image())
    assert japanese != english
    assert window.slide_view.chart.accessibleName() != ""


def test_audience_switch_changes_wording_and_keeps_the_slide(window: MainWindow) -> None:
    window.set_audience(Audience.ADULTS)
    window.go_to_id("headline")
    adults = window.slide_view.title.text()
    window.audience_box.setCurrentIndex(list(Audience).index(Audience.ELEMENTARY))
    assert window.audience == Audience.ELEMENTARY
    assert window.current_slide_id() == "headline"
    assert window.slide_view.title.text() != adults
    assert window.slide_list.count() == len(_ids(Audience.ELEMENTARY))


def test_choices_are_remembered(qtbot, dataset: DataSet) -> None:
    create_application()
    first = MainWindow(ClassroomState(LESSON, dataset, Settings()))
    qtbot.addWidget(first)
    first.set_audience(Audience.HIGH_SCHOOL)
    first.set_theme("dark")
    first.go_to_id("trend")
    first.set_language("ja")
    first.close()
    settings = Settings()
    assert (settings.audience, settings.theme, settings.language) == (
        Audience.HIGH_SCHOOL,
        "dark",
        "ja",
    )
    second = MainWindow(ClassroomState(LESSON, dataset, settings))
    qtbot.addWidget(second)
    assert second.current_slide_id() == "trend"
    assert second.audience_box.currentData() == "high-school"


def test_corrupt_settings_fall_back_with_a_warning(qtbot, dataset: DataSet) -> None:
    store = Settings().store
    store.setValue("audience", "toddlers")
    store.setValue("theme", 42)
    store.sync()
    settings = Settings()
    assert settings.audience == Audience.JUNIOR_HIGH and settings.theme == "light"
    assert len(settings.warnings) == 2 and "audience='toddlers'" in settings.warnings[0]
    create_application()
    window = MainWindow(ClassroomState(LESSON, dataset, settings), settings.warnings)
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible() and "toddlers" in window.banner.text()


def test_unreadable_settings_file_gives_defaults(qtbot, dataset: DataSet) -> None:
    path = Path(Settings().store.fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fp:
        fp.write(b"\xff\xfe[\x00garbage\n=\n\x00\x01language=\xff\n")
    settings = Settings()
    assert settings.language == "en" and settings.audience == Audience.JUNIOR_HIGH
    create_application()
    window = MainWindow(ClassroomState(LESSON, dataset, settings), settings.warnings)
    qtbot.addWidget(window)
    window.next()
    assert window.current_slide_id() == LESSON.for_audience(Audience.JUNIOR_HIGH)[1].id


def test_sources_dialog_shows_source_grade_and_derivation(qtbot, window: MainWindow) -> None:
    window.go_to_id("school-level")
    qtbot.mouseClick(window.slide_view.sources_button, Qt.MouseButton.LeftButton)
    dialog = window._source_dialog
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "The Japan Times" in text
    assert "Grade: Reported" in text or "Grade: Derived" in text
    window.go_to_id("trend")
    window.show_sources()
    text = window._source_dialog.text.toPlainText()
    assert "Derived" in text and "Computed by dividing" in text


def test_qt_dialog_buttons_follow_the_language(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    window.go_to_id("headline")
    window.show_sources()
    button = window._source_dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Close
    )
    assert button.text().replace("&", "") == "Close"
    window._source_dialog.close()
    window.set_language("ja")
    window.show_sources()
    button = window._source_dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Close
    )
    assert "閉じる" in button.text()
    assert "出典" in window._source_dialog.text.toPlainText()


def test_lesson_keys_move_the_lesson_after_a_list_was_used(window, qtbot) -> None:
    """Issue: after choosing 日本語 with the mouse, Home switched the language back to English
    and ↓ forward again. A click does not give a list the focus (it stays on the slide); a
    list reached with Tab keeps its keys (issue 22: ↓ on the Language list changes it)."""
    from PySide6.QtCore import QPoint, Qt

    from awareness_app import i18n

    box = window.language_box
    window.slide_view.setFocus()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    popup = box.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert i18n.current_language() == "ja"
    assert not box.hasFocus()
    window.go_to(3)
    qtbot.keyClick(QApplication.focusWidget() or window.slide_view, Qt.Key.Key_Home)
    assert window.index == 0 and i18n.current_language() == "ja"
    qtbot.keyClick(QApplication.focusWidget() or window.slide_view, Qt.Key.Key_Down)
    assert window.index == 1 and box.currentData() == "ja"
    # reached with Tab, the list keeps its keys: ↓ / ↑ choose, the lesson stays
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert i18n.current_language() == "en" and window.index == 1
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert i18n.current_language() == "ja" and window.index == 1
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Home, Qt.Key.Key_End):
        qtbot.keyClick(box, key)
        QApplication.processEvents()
        if box.view().isVisible():
            qtbot.keyClick(box.view(), Qt.Key.Key_Escape)
        assert window.index == 1, Qt.Key(key).name
    for combo in (window.audience_box, window.edition_box, window.theme_box, box):
        assert not combo.focusPolicy() & Qt.FocusPolicy.ClickFocus, combo.objectName()
    # the box shows its whole text in either language
    window.set_language("en")
    metrics = box.fontMetrics()
    assert box.sizeHint().width() >= metrics.horizontalAdvance("English") + 20


def test_h_and_the_help_menu_show_the_keys(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    window.slide_view.setFocus()
    qtbot.keyClick(window.slide_view, Qt.Key.Key_H)
    dialog = window.files.keys_dialog
    assert dialog.isVisible()
    text = dialog.table.accessibleDescription()
    assert "A number, then Enter: Go to that slide" in text
    assert "R: Start the activity or the quiz again" in text
    assert "Space in the slide list: Show or hide the slide" in text  # the plan editor's keys
    assert "Alt+Up / Alt+Down in the slide list: Move the slide earlier / later" in text
    dialog.close()
    titles = [a.text() for a in window.files.help_menu.actions()]
    assert titles[0] == "Keys…"


def test_the_lesson_keys_are_taken_from_the_first_paint_on(qtbot, dataset: DataSet) -> None:
    """The window's application-wide key filter starts once its first picture is painted (the
    filter sees every event, and would slow the start-up); from then on → moves the lesson."""
    create_application()
    win = MainWindow(ClassroomState(LESSON, dataset, Settings()))
    qtbot.addWidget(win)
    assert not win.key_router.listening
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.key_router.listening)
    win.first()
    qtbot.keyClick(win.slide_view, Qt.Key.Key_Right)
    assert win.index == 1


def test_a_window_that_is_never_painted_takes_the_keys_after_half_a_second(qtbot) -> None:
    """A window shown but never painted (covered, on a screen that is off) still takes the lesson
    keys: half a second after its Show event."""
    create_application()
    widget = QWidget()
    qtbot.addWidget(widget)
    router = KeyRouter(widget, None, lambda _action: False, from_first_paint=True)  # type: ignore[arg-type]
    QApplication.sendEvent(widget, QShowEvent())
    qtbot.wait(KEYS_AT_THE_LATEST_MS // 2)
    assert not router.listening
    qtbot.waitUntil(lambda: router.listening, timeout=KEYS_AT_THE_LATEST_MS * 4)
