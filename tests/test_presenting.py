"""Presenting, driven with real key events: the presentation view, the presenter console, the
clicker keys, the pause and white screens, the overview, the language switch, text size, the
bilingual view, and where the views go when there are two screens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from awareness_app import i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.settings.options import TEXT_SCALES
from awareness_app.themes import THEMES
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.presenting.controller import Blank, PresentationController
from awareness_app.ui.presenting.keys import NEXT_KEYS, PREVIOUS_KEYS, Action, action_for_key
from awareness_app.ui.presenting.screens import ScreenInfo, choose_screens
from awareness_app.ui.presenting.timing import LESSON_LENGTHS, Stopwatch, pacing
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import MainWindow
from lessons import LESSON


def _japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def _present(qtbot, window: MainWindow, key: Qt.Key = Qt.Key.Key_F5, shift: bool = False):
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.slide_view, key, modifier)
    assert window.session is not None and window.session.view is not None
    view = window.session.view
    qtbot.waitExposed(view)
    return view


def _resize(view, width: int, height: int) -> None:
    """A projector's size (the test platform's one screen is smaller)."""
    view.showNormal()
    view.resize(width, height)
    QApplication.processEvents()
    assert (view.width(), view.height()) == (width, height)


def _title(view) -> str:
    return view.page.visible_views()[0].title.text()


def _expected_title(window: MainWindow, index: int, language: str | None = None) -> str:
    slide = window.presenting.slides()[index]
    return window.presenting.render(slide, language)[0].title


# --- keys ---------------------------------------------------------------------------------------


def test_every_key_of_the_issue_has_its_action() -> None:
    no = Qt.KeyboardModifier.NoModifier
    for key in NEXT_KEYS:
        assert action_for_key(key, no) in ((Action.NEXT, None), (Action.ENTER, None))
    for key in PREVIOUS_KEYS:
        assert action_for_key(key, no) == (Action.PREVIOUS, None)
    expected = {
        Qt.Key.Key_Home: Action.FIRST,
        Qt.Key.Key_End: Action.LAST,
        Qt.Key.Key_B: Action.PAUSE,
        Qt.Key.Key_Period: Action.PAUSE,
        Qt.Key.Key_W: Action.WHITE,
        Qt.Key.Key_F: Action.FULL_SCREEN,
        Qt.Key.Key_L: Action.LANGUAGE,
        Qt.Key.Key_Plus: Action.BIGGER,
        Qt.Key.Key_Minus: Action.SMALLER,
        Qt.Key.Key_O: Action.OVERVIEW,
        Qt.Key.Key_Escape: Action.LEAVE,
        Qt.Key.Key_F5: Action.START,
    }
    for key, action in expected.items():
        assert action_for_key(key, no) == (action, None), key
    assert action_for_key(Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier) == (
        Action.START_HERE,
        None,
    )
    assert action_for_key(Qt.Key.Key_7, Qt.KeyboardModifier.KeypadModifier) == (Action.DIGIT, 7)
    assert action_for_key(Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier) == (
        Action.BIGGER,
        None,
    )
    # Ctrl and Alt belong to the system and to menus
    assert action_for_key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier) is None
    assert action_for_key(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier) is None


def test_f5_presents_from_the_first_slide_and_shift_f5_from_this_one(
    qtbot, window: MainWindow
) -> None:
    window.go_to_id("trend")
    view = _present(qtbot, window)
    assert view.isFullScreen() and not window.isVisible()
    assert window.presenting.index == 0 and _title(view) == _expected_title(window, 0)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.session is None and window.isVisible()
    window.go_to_id("trend")
    view = _present(qtbot, window, shift=True)
    assert window.presenting.current_id() == "trend"
    assert _title(view) == _expected_title(window, window.presenting.index)


def test_clicker_and_keyboard_keys_move_the_presentation(qtbot, window: MainWindow) -> None:
    view = _present(qtbot, window)
    c = window.presenting
    for key in NEXT_KEYS:
        before = c.index
        qtbot.keyClick(view, key)
        assert c.index == before + 1, Qt.Key(key).name
        assert _title(view) == _expected_title(window, c.index)
    assert window.isHidden()  # the main window follows when presenting ends (test_step_work)
    for key in PREVIOUS_KEYS:
        before = c.index
        qtbot.keyClick(view, key)
        assert c.index == before - 1, Qt.Key(key).name
        assert _title(view) == _expected_title(window, c.index)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert c.index == len(c.slides()) - 1
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # past the end: stays
    assert c.index == len(c.slides()) - 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert c.index == 0 and _title(view) == _expected_title(window, 0)


def test_a_number_then_enter_jumps(qtbot, window: MainWindow) -> None:
    view = _present(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert view.digits.isVisible() and "12" in view.digits.text()
    assert window.presenting.index == 0  # nothing moves before Enter
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.presenting.index == 11
    assert _title(view) == _expected_title(window, 11)
    assert not view.digits.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Enter)  # no number typed: Enter is "next"
    assert window.presenting.index == 12
    qtbot.keyClick(view, Qt.Key.Key_9)
    qtbot.keyClick(view, Qt.Key.Key_9)
    qtbot.keyClick(view, Qt.Key.Key_Enter)  # past the end: the last slide
    assert window.presenting.index == len(window.presenting.slides()) - 1


def test_typed_digits_are_forgotten_after_a_while(dataset: DataSet) -> None:
    now = [100.0]
    c = PresentationController(ClassroomState(LESSON, dataset, Settings()), clock=lambda: now[0])
    c.type_digit(5)
    now[0] += 60
    c.enter()
    assert c.index == 1  # "next", not slide 5


def test_b_and_period_pause_and_return_and_w_whitens(qtbot, window: MainWindow) -> None:
    window.go_to_id("headline")
    view = _present(qtbot, window, shift=True)
    theme = window.presenting.theme
    for key in (Qt.Key.Key_B, Qt.Key.Key_Period):
        qtbot.keyClick(view, key)
        assert view.pause.isVisible() and window.presenting.blank == Blank.PAUSE
        assert view.pause.names == ["SNS Safety Classroom"]
        assert view.pause.background == theme.surface != "#000000"
        image = view.grab().toImage()
        assert image.pixelColor(5, 5).name().upper() == theme.surface.upper()
        qtbot.keyClick(view, key)
        assert not view.pause.isVisible() and window.presenting.blank == Blank.NONE
    qtbot.keyClick(view, Qt.Key.Key_W)
    assert view.pause.isVisible() and view.pause.background == "#FFFFFF"
    assert view.pause.names == []
    qtbot.keyClick(view, Qt.Key.Key_W)
    assert not view.pause.isVisible()
    # a clicker's "next" on the pause screen brings the slide back, without skipping one
    qtbot.keyClick(view, Qt.Key.Key_B)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert not view.pause.isVisible() and window.presenting.current_id() == "headline"


def test_overview_jump(qtbot, window: MainWindow) -> None:
    view = _present(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_O)
    assert view.overview_panel.isVisible()
    assert view.overview.count() == len(window.presenting.slides())
    assert view.focusWidget() is view.overview  # the arrow keys choose a slide
    for _ in range(4):
        qtbot.keyClick(view.overview, Qt.Key.Key_Right)
    assert window.presenting.index == 0  # choosing, not yet moving
    qtbot.keyClick(view.overview, Qt.Key.Key_Return)
    assert window.presenting.index == 4 and not view.overview_panel.isVisible()
    assert _title(view) == _expected_title(window, 4)
    # Page Down from a clicker still moves the lesson while the overview is open
    qtbot.keyClick(view, Qt.Key.Key_O)
    qtbot.keyClick(view.overview, Qt.Key.Key_PageDown)
    assert window.presenting.index == 5
    qtbot.keyClick(view.overview, Qt.Key.Key_Escape)  # Esc closes the overview first
    assert not view.overview_panel.isVisible() and window.session is not None


def test_l_switches_language_mid_presentation(qtbot, window: MainWindow) -> None:
    window.go_to_id("headline")
    view = _present(qtbot, window, shift=True)
    english = (_title(view), view.page.visible_views()[0].body.text())
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert i18n.current_language() == "ja"
    japanese = (_title(view), view.page.visible_views()[0].body.text())
    for before, after in zip(english, japanese, strict=True):
        assert before != after and _japanese(after)
    assert view.page.visible_views()[0].headline.text() == "1,665人"  # the counter stays
    assert window.presenting.current_id() == "headline"  # same slide
    assert window.language_box.currentData() == "ja"  # the main window follows
    assert Settings().language == "ja"
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert i18n.current_language() == "en" and _title(view) == english[0]


def test_plus_and_minus_change_the_text_size_and_reflow(qtbot, window: MainWindow) -> None:
    window.go_to_id("warning-signs")
    view = _present(qtbot, window, shift=True)
    _resize(view, 1280, 720)
    slide = view.page.visible_views()[0]
    before = slide.bullets.font().pixelSize()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert window.presenting.text_scale > 1
    larger = slide.bullets.font().pixelSize()
    assert larger > before
    assert slide.clipped_labels() == []
    for _ in TEXT_SCALES:
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    QApplication.processEvents()
    assert window.presenting.text_scale == max(TEXT_SCALES)
    assert slide.clipped_labels() == []  # the autofit caps growth; nothing clips
    for _ in TEXT_SCALES:
        qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert window.presenting.text_scale == min(TEXT_SCALES)
    assert slide.bullets.font().pixelSize() < before
    assert slide.bullets.font().pixelSize() * 30 >= 720  # never below 1/30 of the height
    assert Settings().text_scale == min(TEXT_SCALES)  # remembered


def test_bilingual_view_shows_english_and_japanese_at_once(qtbot, window: MainWindow) -> None:
    window.go_to_id("headline")
    window.bilingual_action.setChecked(True)
    view = _present(qtbot, window, shift=True)
    _resize(view, 1920, 1080)
    halves = view.page.visible_views()
    assert len(halves) == 2 and view.page.is_side_by_side()
    assert not _japanese(halves[0].title.text()) and _japanese(halves[1].title.text())
    assert halves[0].title.text() == _expected_title(window, window.presenting.index, "en")
    assert halves[1].title.text() == _expected_title(window, window.presenting.index, "ja")
    # the pause screen names the app in both languages
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert view.pause.names == ["SNS Safety Classroom", "SNSあんぜん教室"]
    qtbot.keyClick(view, Qt.Key.Key_B)
    # charts: one per language
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.presenting.current_id() == "trend"
    charts = [half.chart for half in view.page.visible_views()]
    keys = [chart.key() for chart in charts]
    assert all(charts_visible.isVisible() for charts_visible in charts)
    assert [k.language for k in keys if k is not None] == ["en", "ja"]
    # L swaps which language leads
    qtbot.keyClick(view, Qt.Key.Key_L)
    halves = view.page.visible_views()
    assert _japanese(halves[0].title.text()) and not _japanese(halves[1].title.text())
    # on a narrow (4:3) screen, one above the other
    _resize(view, 1024, 768)
    assert not view.page.is_side_by_side()


# --- the presenter console ------------------------------------------------------------------------


# the `console` fixture: conftest.py


def test_console_shows_next_slide_and_notes_in_the_presenters_language(qtbot, console) -> None:
    con, c, _now = console
    c.go_to_id("headline")
    next_title = c.render(c.next_slide())[0].title
    assert con.next_page.visible_views()[0].title.text() == next_title
    assert "National Police Agency counts" in con.notes.toPlainText()
    # the presenter reads Japanese notes while the slides stay English
    con.notes_language_box.setCurrentIndex(con.notes_language_box.findData("ja"))
    assert _japanese(con.notes.toPlainText())
    assert not _japanese(con.current_page.visible_views()[0].title.text())
    assert _japanese(con.notes_heading.text()) and _japanese(con.stop_button.text())
    assert Settings().presenter_language == "ja"
    # keys on the console move the lesson; the overview jumps
    qtbot.keyClick(con, Qt.Key.Key_PageDown)
    assert c.current_id() == "trend"
    assert con.current_page.visible_views()[0].title.text() == c.render(c.current_slide())[0].title
    con.overview.item(6).setSelected(True)
    con.overview.setCurrentRow(6)
    qtbot.keyClick(con.overview, Qt.Key.Key_Return)
    assert c.index == 6
    c.go_to(len(c.slides()) - 1)
    assert con.next_page.empty.isVisible()  # the end of the lesson


def test_console_clock_elapsed_time_and_pacing(qtbot, console) -> None:
    con, c, now = console
    con.start_timer()
    assert "10:42" in con.clock_label.text()
    now[0] += 12 * 60 + 3
    con.tick()
    assert "12:03" in con.elapsed_label.text()
    assert con.minutes() == 50  # junior high: 50-minute periods
    assert con.pacing_state == "behind"  # 12 minutes in, still on the first slide
    c.go_to(3)  # 12 of 50 minutes, slide 4 of 16
    assert con.pacing_state == "on-pace"
    con.length_box.setCurrentIndex(LESSON_LENGTHS.index(45))  # remembered for this audience
    assert Settings().lesson_minutes(Audience.JUNIOR_HIGH) == 45
    assert Settings().lesson_minutes(Audience.ELEMENTARY) == 45
    assert Settings().lesson_minutes(Audience.HIGH_SCHOOL) == 50
    assert "of 45 min" in con.pacing_label.text()
    qtbot.mouseClick(con.timer_button, Qt.MouseButton.LeftButton)  # pause the timer
    now[0] += 600
    con.tick()
    assert "12:03" in con.elapsed_label.text()
    qtbot.mouseClick(con.reset_button, Qt.MouseButton.LeftButton)
    assert "0:00" in con.elapsed_label.text()
    assert con.timer.interval() == 1000


def test_pacing_and_stopwatch() -> None:
    assert pacing(0, 45, 0, 16) == "on-pace"
    assert pacing(45 * 60, 45, 10, 16) == "over-time"
    assert pacing(40 * 60, 50, 3, 16) == "behind"
    assert pacing(5 * 60, 50, 12, 16) == "ahead"
    t = [0.0]
    watch = Stopwatch(lambda: t[0])
    watch.start()
    t[0] = 30
    watch.pause()
    t[0] = 100
    assert watch.elapsed() == 30


def test_clicker_page_keys_reach_the_lesson_whatever_has_the_focus(qtbot, console) -> None:
    con, c, _now = console
    for widget in (con.notes_language_box, con.overview, con.notes, con.stop_button):
        widget.setFocus()
        before = c.index
        qtbot.keyClick(widget, Qt.Key.Key_PageDown)
        assert c.index == before + 1, widget.objectName()
        qtbot.keyClick(widget, Qt.Key.Key_PageUp)
        assert c.index == before, widget.objectName()
    # a focused button keeps Space for itself (keyboard users press it)
    con.bigger_button.setFocus()
    qtbot.keyClick(con.bigger_button, Qt.Key.Key_Space)
    assert c.text_scale > 1 and c.index == 0


# --- screens ------------------------------------------------------------------------------------


def test_choose_screens() -> None:
    laptop = ScreenInfo("Laptop", 1280, 800, primary=True)
    projector = ScreenInfo("Projector", 1920, 1080)
    assert choose_screens([laptop]).console is None
    placement = choose_screens([laptop, projector])
    assert (placement.presentation, placement.console) == (1, 0)
    placement = choose_screens([projector, laptop])  # order does not matter; primary does
    assert (placement.presentation, placement.console) == (0, 1)
    placement = choose_screens([laptop, projector], preferred="Laptop")  # remembered choice
    assert (placement.presentation, placement.console) == (0, 1)
    placement = choose_screens([laptop, projector], preferred="Gone")
    assert placement.presentation == 1
    small = ScreenInfo("Small", 800, 600)
    assert choose_screens([laptop, small, projector]).presentation == 2  # the largest
    # a swap (X) names both screens; the console never shares the presentation's screen
    swapped = choose_screens([laptop, small, projector], "Small", console_preferred="Projector")
    assert (swapped.presentation, swapped.console) == (1, 2)
    same = choose_screens([laptop, projector], "Laptop", console_preferred="Laptop")
    assert (same.presentation, same.console) == (0, 1)


def test_views_go_on_the_right_screens_with_two_screens(tmp_path: Path) -> None:
    """A real QApplication with two virtual screens (offscreen platform's screen config)."""
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "Laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1280,
                        "height": 800,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    },
                    {
                        "name": "Projector",
                        "x": 1280,
                        "y": 0,
                        "width": 1920,
                        "height": 1080,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    },
                ]
            }
        ),
        encoding="utf-8",
    )
    script = textwrap.dedent(
        """
        import json
        from PySide6.QtCore import QSettings, Qt
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtTest import QTest
        from awareness_app import resources
        from awareness_app.model.lesson.content import LESSON
        from awareness_app.model.data.dataset import load_dataset
        from awareness_app.ui.app import create_application
        from awareness_app.ui.classroom_state import ClassroomState
        from awareness_app.ui.window.main_window import MainWindow
        from awareness_app.ui.settings import Settings

        from awareness_app.ui.presenting import session as session_module

        asked, answers = [], [True, False]

        def answer(parent, screen, risk):  # the teacher's answers to "notes there?"
            asked.append([screen.split(":")[0], risk])
            return answers.pop(0)

        session_module.ask_notes_there = answer
        app = create_application()
        screens = [s.name() for s in QGuiApplication.screens()]
        settings = Settings()
        data = load_dataset(resources.edition_file(2023))
        window = MainWindow(ClassroomState(LESSON, data, settings))
        window.show()
        result = {"screens": screens}
        for run in ("first", "remembered", "after-no"):
            window.start_presenting(from_start=True)
            app.processEvents()
            session = window.session
            result[run] = {
                "view": session.view.screen().name(),
                "view_size": [session.view.width(), session.view.height()],
                "full": session.view.isFullScreen(),
                "console": session.console.screen().name() if session.console else None,
                "choices": [session.console.screen_box.itemData(i)
                            for i in range(session.console.screen_box.count())],
                "labels": [session.console.screen_box.itemText(i)
                           for i in range(session.console.screen_box.count())],
            }
            if run == "first":
                # X swaps the screens for this presentation only; X again swaps them back
                swaps = []
                for _swap in range(2):
                    QTest.keyClick(session.console, Qt.Key.Key_X)
                    app.processEvents()
                    swaps.append([session.view.screen().name(),
                                  session.console.screen().name(),
                                  settings.presentation_screen])
                result["swaps"] = swaps
                # a list entry passed over is not a choice; Enter or a click on one is
                box = session.console.screen_box
                box.setCurrentIndex(screens.index("Laptop"))
                app.processEvents()
                result["passed_over"] = [session.view.screen().name(),
                                         settings.presentation_screen]
                box.activated.emit(screens.index("Laptop"))
                app.processEvents()
                result["moved"] = [session.view.screen().name(),
                                   session.console.screen().name()]
            result[run]["asked"] = list(asked)
            result[run]["remembered-screen"] = settings.presentation_screen
            asked.clear()
            window.stop_presenting()
            app.processEvents()
        print(json.dumps(result))
        """
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path),
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screens"] == ["Laptop", "Projector"]
    first = result["first"]
    assert (first["view"], first["console"], first["full"]) == ("Projector", "Laptop", True)
    assert first["view_size"] == [1920, 1080]
    assert first["choices"] == ["Laptop", "Projector"]
    # told apart by size, place and which is the main screen, not two entries called "screen"
    laptop, projector = first["labels"]
    assert laptop.startswith("Laptop: ") and "(main screen)" in laptop
    assert projector.startswith("Projector: 1920×1080") and "main screen" not in projector
    # X swapped (never remembered, never both on one screen) and X swapped back
    assert result["swaps"] == [["Laptop", "Projector", ""], ["Projector", "Laptop", ""]]
    assert result["passed_over"] == ["Projector", ""]
    assert result["moved"] == ["Laptop", "Projector"]
    # the swap put the notes on the larger screen: asked once (yes), not again on X back or
    # on the move in the list
    assert first["asked"] == [["Projector", "larger"]]
    # the next presentation would go where it was moved, the notes on the projector: asked
    # again; "no" puts the slides on the projector and forgets the choice
    remembered = result["remembered"]
    assert remembered["asked"] == [["Projector", "larger"]]
    assert (remembered["view"], remembered["console"]) == ("Projector", "Laptop")
    assert remembered["remembered-screen"] == ""
    after = result["after-no"]
    assert (after["view"], after["console"], after["asked"]) == ("Projector", "Laptop", [])


def test_one_screen_presentation_view_alone_with_notes_on_a_key(qtbot, window: MainWindow) -> None:
    i18n.set_language("en")
    Settings().presenter_language = "ja"
    window.go_to_id("title")
    view = _present(qtbot, window, shift=True)
    assert window.session is not None and window.session.console is None
    assert view.one_screen
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert view.notes.isVisible() and _japanese(view.notes.toPlainText())
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert not view.notes.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert view.help.isVisible() and "Page Down" in view.help.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # closes the panel, not the presentation
    assert not view.help.isVisible() and window.session is not None
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert not view.isFullScreen()
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.isFullScreen()


# --- remembered -----------------------------------------------------------------------------------


def test_screen_theme_text_size_and_last_slide_are_remembered(qtbot, dataset: DataSet) -> None:
    settings = Settings()
    settings.presentation_screen = "Projector"
    c = PresentationController(ClassroomState(LESSON, dataset, settings))
    c.bigger()
    c.go_to_id("trend")
    c.theme = THEMES["dark"]
    settings.theme = "dark"
    settings.sync()
    again = Settings()
    assert again.presentation_screen == "Projector"
    assert again.text_scale == TEXT_SCALES[TEXT_SCALES.index(1.0) + 1]
    assert again.last_slide(Audience.JUNIOR_HIGH) == "trend"
    assert again.theme == "dark"


def test_bad_presenting_settings_fall_back_with_a_warning() -> None:
    store = Settings().store
    store.setValue("text-scale", "9")
    store.setValue("lesson-minutes/elementary", "60")  # not 15, 45, 50 nor 90
    store.setValue("presenter-language", "fr")
    store.sync()
    settings = Settings()
    assert settings.text_scale == 1.0
    assert settings.lesson_minutes(Audience.ELEMENTARY) == 45
    assert settings.presenter_language == ""
    assert any("text-scale" in w for w in settings.warnings)
    assert any("lesson-minutes" in w for w in settings.warnings)


def test_main_window_keys_still_work_with_the_shared_key_handling(
    qtbot, window: MainWindow
) -> None:
    window.first()
    qtbot.keyClick(window.slide_view, Qt.Key.Key_3)
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Return)
    assert window.index == 2
    qtbot.keyClick(window.slide_view, Qt.Key.Key_L)
    assert i18n.current_language() == "ja" and window.language_box.currentData() == "ja"
    # B in the main window (not presenting) neither pauses nor eats the next key
    qtbot.keyClick(window.slide_view, Qt.Key.Key_B)
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)
    assert window.index == 3 and window.presenting.blank == Blank.NONE


def test_next_in_the_presentation_reveals_the_activity_before_moving_on(
    qtbot, window: MainWindow
) -> None:
    window.go_to_id("overshare")
    view = _present(qtbot, window, shift=True)
    state = window.state.activities.reveal_state(window.audience)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # a clicker's "next": the first detail
    assert window.presenting.current_id() == "overshare"
    assert len(state.shown()) == 1
    qtbot.keyClick(view, Qt.Key.Key_PageUp)  # and back
    assert window.presenting.current_id() == "overshare" and state.shown() == []


def test_quiz_keys_count_hands_in_the_presentation_view(qtbot, window: MainWindow) -> None:
    window.go_to_id("quiz")
    view = _present(qtbot, window, shift=True)
    tally = window.state.activities.tally(window.audience)
    qtbot.keyClick(view, Qt.Key.Key_2)  # the second answer …
    qtbot.keyClick(view, Qt.Key.Key_Plus)  # … two hands, then one taken back
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert tally.count(1) == 1 and tally.count(0) == 0
    assert window.presenting.current_id() == "quiz"  # the digit chose an answer, not a slide
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert tally.count(1) == 0


def test_on_the_quiz_a_number_then_enter_jumps(qtbot, window: MainWindow) -> None:
    """A digit on the quiz chooses an answer, and a number then Enter still jumps: the jump
    wins over revealing the answer. A digit then + counts a hand and jumps nowhere."""
    view = _present(qtbot, window)
    window.go_to_id("quiz")
    quiz = window.presenting.index
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_Plus)  # a hand for answer 2: counting, not a number
    assert window.presenting.digits() == ""
    tally = window.state.activities.tally(window.audience)
    assert tally.count(1) == 1 and not tally.is_revealed()
    qtbot.keyClick(view, Qt.Key.Key_5)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.presenting.index == 4  # slide 5, not the answer revealed
    assert not tally.is_revealed()
    window.go_to(quiz)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # no number: Enter reveals the answer
    assert window.presenting.index == quiz and tally.is_revealed()


def test_the_typed_number_banner_lives_as_long_as_the_number(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "5", a pause, Enter went to slide 2 while the banner still said "go to slide 5"."""
    from awareness_app.ui.presenting import controller as presenting

    monkeypatch.setattr(presenting, "DIGIT_TIMEOUT", 0.3)
    view = _present(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_5)
    assert view.digits.isVisible()
    # clear of the footer: in the top half of the screen
    assert view.digits.geometry().bottom() < view.height() // 2
    qtbot.waitUntil(lambda: not view.digits.isVisible(), timeout=3000)
    assert window.presenting.digits() == ""
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the number is gone: Enter is "next"
    assert window.presenting.index == 1


def test_presenting_from_the_start_starts_the_activities_fresh(qtbot, window: MainWindow) -> None:
    window.go_to_id("quiz")
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)  # a rehearsal: the first answer shown
    tally = window.state.activities.tally(window.audience)
    assert tally.is_revealed()
    window.start_presenting(from_start=False)  # Shift+F5: from here, as it was
    assert window.state.activities.tally(window.audience).is_revealed()
    window.stop_presenting()
    window.start_presenting(from_start=True)  # F5: a new lesson
    fresh = window.state.activities.tally(window.audience)
    assert not fresh.is_revealed() and fresh.index == 0
    window.stop_presenting()
