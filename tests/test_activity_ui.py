"""The overshare reveal, the quiz tally and the local-contact editor, driven as a teacher would:
keys, clicks, and what the slide, the settings and the exported script show afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from awareness_app import cli
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.overshare import PROFILES
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import MainWindow
from lessons import LESSON
from windows import show_window


@pytest.fixture
def window(qtbot, dataset: DataSet) -> MainWindow:
    create_application()
    win = MainWindow(ClassroomState(LESSON, dataset, Settings()))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    show_window(qtbot, win)
    win.slide_view.setFocus()
    return win


def _settings_snapshot(window: MainWindow) -> dict[str, object]:
    store = window.settings.store
    store.sync()
    return {key: store.value(key) for key in store.allKeys()}


def _has_colour_near(image, point: QPoint, colour: str, radius: int = 6) -> bool:
    wanted = QColor(colour)
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            x, y = point.x() + dx, point.y() + dy
            if 0 <= x < image.width() and 0 <= y < image.height():
                c = QColor(image.pixel(x, y))
                if (
                    abs(c.red() - wanted.red())
                    + abs(c.green() - wanted.green())
                    + abs(c.blue() - wanted.blue())
                    < 40
                ):
                    return True
    return False


# --- spot the overshare ------------------------------------------------------------------------


def test_overshare_reveals_with_keys_then_moves_on(qtbot, window: MainWindow) -> None:
    window.set_audience(Audience.JUNIOR_HIGH)
    window.go_to_id("overshare")
    view = window.slide_view
    overshare = view.activity.overshare
    assert overshare.isVisible() and not view.bullets.isVisible()
    state = overshare.state()
    prompt = overshare.caption_text()
    assert "made up" in prompt and "→" in prompt
    first, second = PROFILES[0].details[:2]

    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.current_slide_id() == "overshare"  # the step went to the activity
    assert state.shown() == [first.id]
    assert first.label in overshare.caption_text() and first.pupils in overshare.caption_text()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert state.shown() == [first.id, second.id] and second.label in overshare.caption_text()
    qtbot.keyClick(view, Qt.Key.Key_PageUp)  # previous hides the last one revealed
    assert state.shown() == [first.id]

    qtbot.keyClick(view, Qt.Key.Key_R)  # R starts again
    assert state.shown() == [] and overshare.caption_text() == prompt

    steps = sum(len(p.details) for p in PROFILES) + 1  # every detail, and the second profile
    for _ in range(steps):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        assert window.current_slide_id() == "overshare"
    assert state.all_revealed()
    assert PROFILES[1].details[-1].label in overshare.caption_text()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # nothing left: the next slide
    assert window.current_slide_id() == "guidance-x"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.current_slide_id() == "overshare" and state.all_revealed()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.current_slide_id() == "overshare" and not state.all_revealed()


def test_overshare_click_highlights_and_explains(qtbot, window: MainWindow) -> None:
    window.set_audience(Audience.ADULTS)
    window.go_to_id("overshare")
    QApplication.processEvents()  # the layout settles before the teacher clicks
    overshare = window.slide_view.activity.overshare
    state = overshare.state()
    friends = PROFILES[0].detail("post-friends")
    rect = overshare.region_rect("post-friends")
    assert rect is not None
    before = overshare.grab().toImage()
    qtbot.mouseClick(overshare, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert state.shown() == ["post-friends"]
    caption = overshare.caption_text()
    assert friends.label in caption and friends.adults in caption  # the adults' wording
    assert caption.startswith("7.")  # its number, counted in order
    after = overshare.grab().toImage()
    assert after != before
    # the detail is outlined in the theme's accent colour
    edge = QPoint(round(rect.left()) - 2, round(rect.center().y()))
    assert _has_colour_near(after, edge, window.theme.accent)
    assert not _has_colour_near(before, edge, window.theme.accent)

    # the second profile: its tab, then a click on its location tag
    qtbot.mouseClick(overshare.tab_buttons[1], Qt.MouseButton.LeftButton)
    assert state.profile is PROFILES[1]
    place = overshare.region_rect("place-park")
    qtbot.mouseClick(overshare, Qt.MouseButton.LeftButton, pos=place.center().toPoint())
    assert state.shown() == ["photo-location"]
    assert "location tag" in overshare.caption_text()
    qtbot.keyClick(window.slide_view, Qt.Key.Key_R)
    assert state.index == 0 and state.revealed == [[], []]


def test_overshare_follows_the_language(qtbot, window: MainWindow) -> None:
    window.go_to_id("overshare")
    qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)
    english = window.slide_view.activity.overshare.caption_text()
    window.set_language("ja")
    japanese = window.slide_view.activity.overshare.caption_text()
    assert japanese != english
    assert any("\u3040" <= ch <= "\u30ff" for ch in japanese)


# --- the quiz -------------------------------------------------------------------------------------


def test_quiz_tally_with_buttons_and_keys_never_negative(qtbot, window: MainWindow) -> None:
    window.set_audience(Audience.JUNIOR_HIGH)
    window.go_to_id("quiz")
    view = window.slide_view
    quiz = view.activity.quiz
    assert quiz.isVisible()
    stored = _settings_snapshot(window)
    tally = quiz.tally()
    child = quiz.rows[2]
    for _ in range(3):
        qtbot.mouseClick(child.plus, Qt.MouseButton.LeftButton)
    assert child.count.text() == "3"
    qtbot.mouseClick(child.minus, Qt.MouseButton.LeftButton)
    assert child.count.text() == "2"

    offender = quiz.rows[0]
    assert not offender.minus.isEnabled()  # nothing to take away
    qtbot.keyClick(view, Qt.Key.Key_1)  # choose answer 1 …
    assert tally.selected == 0
    qtbot.keyClick(view, Qt.Key.Key_Minus)  # … and take a hand away: still 0
    assert offender.count.text() == "0" and tally.count(0) == 0
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert offender.count.text() == "1"
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_Equal)  # + without Shift on most keyboards
    qtbot.keyClick(view, Qt.Key.Key_Equal)
    assert quiz.rows[1].count.text() == "2"
    assert window.presenting.text_scale == 1.0  # + and − were the quiz's, not the text size's
    qtbot.mouseClick(quiz.rows[0], Qt.MouseButton.LeftButton)  # a click on a row chooses it
    assert tally.selected == 0
    assert _settings_snapshot(window) == stored  # nothing about the tally is stored


def test_quiz_reveal_shows_answer_figure_and_source(qtbot, window: MainWindow) -> None:
    window.set_audience(Audience.JUNIOR_HIGH)
    window.go_to_id("quiz")
    view = window.slide_view
    quiz = view.activity.quiz
    stored = _settings_snapshot(window)
    assert not quiz.answer_panel.isVisible()
    assert "Question 1 of 5" in quiz.progress.text()

    qtbot.keyClick(view, Qt.Key.Key_Right)  # reveals the answer, stays on the slide
    assert window.current_slide_id() == "quiz"
    assert quiz.answer_panel.isVisible()
    assert quiz.figure.text() == "74.2%"
    assert "74.2%" in quiz.answer.text()
    assert quiz.source.text().startswith("Source: ") and "TBS NEWS DIG" in quiz.source.text()
    assert quiz.rows[2].mark.isVisible() and not quiz.rows[0].mark.isVisible()

    qtbot.keyClick(view, Qt.Key.Key_Right)  # the next question
    assert "Question 2 of 5" in quiz.progress.text() and not quiz.answer_panel.isVisible()
    qtbot.mouseClick(quiz.reveal_button, Qt.MouseButton.LeftButton)
    assert quiz.answer_panel.isVisible() and "nearly 60%" in quiz.answer.text()
    qtbot.keyClick(view, Qt.Key.Key_Left)  # hides it again
    assert not quiz.answer_panel.isVisible()

    for _ in range(20):  # through the rest of the questions, then on to the next slide
        if window.current_slide_id() != "quiz":
            break
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.current_slide_id() == "closing"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.current_slide_id() == "quiz" and quiz.tally().index == 4
    assert "keep" in quiz.source.text() or "lesson" in quiz.source.text()  # guidance: the slide

    qtbot.keyClick(view, Qt.Key.Key_R)
    assert quiz.tally().index == 0 and not any(quiz.tally().revealed)
    assert _settings_snapshot(window) == stored


# --- local contacts ---------------------------------------------------------------------------


def _dialog(window: MainWindow):
    window.edit_contacts()
    dialog = window._contacts_dialog
    assert dialog.isVisible()
    return dialog


def test_contact_editor_rejects_empty_name_and_bad_phone(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.phone_or_room, "03-1234-5678")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0
    assert dialog.message.isVisible() and "Give the contact a name" in dialog.message.text()

    qtbot.keyClicks(dialog.name_en, "Minami Police Station")
    dialog.phone_or_room.clear()
    qtbot.keyClicks(dialog.phone_or_room, "03-1234")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0
    assert "does not look like a phone number" in dialog.message.text()

    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # Save with a bad form: kept open
    assert dialog.isVisible() and "03-1234" in dialog.message.text()
    qtbot.keyClicks(dialog.phone_or_room, "-5678")  # fixing the field: the old message goes
    assert not dialog.message.isVisible()
    asked: list[str] = []

    def discard(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", discard)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert asked == ["Save the changes to the local contacts?"]
    assert not dialog.isVisible()
    assert Settings().local_contacts == []


def test_contact_saved_shown_on_closing_slide_and_in_the_script(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.name_en, "Minami Police Station")
    dialog.name_ja.setText("南警察署")  # typed through an input method; QTest types ASCII only
    qtbot.keyClicks(dialog.phone_or_room, "03-1234-5678")
    qtbot.keyClicks(dialog.hours_en, "24 hours")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1 and not dialog.message.isVisible()
    qtbot.keyClicks(dialog.name_en, "School counsellor's room")
    qtbot.keyClicks(dialog.phone_or_room, "Room 2-3")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.list.setCurrentRow(1)  # change the second one
    assert dialog.name_en.text() == "School counsellor's room"
    dialog.hours_en.setText("Weekdays")
    qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
    assert "Weekdays" in dialog.list.item(1).text()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()

    remembered = Settings().local_contacts
    assert [c.name_en for c in remembered] == ["Minami Police Station", "School counsellor's room"]
    window.go_to_id("closing")
    shown = window.slide_view.bullets.text()
    assert "Minami Police Station" in shown and "03-1234-5678" in shown
    assert shown.index("Minami Police Station") < shown.index("0120-0-78310")  # first
    assert window.slide_view.clipped_labels() == []

    out = tmp_path / "lesson.md"
    assert cli.main(["--lang", "en", "--audience", "junior-high", "--export-script", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "- Minami Police Station: **03-1234-5678** (24 hours)" in text
    assert "- School counsellor's room: **Room 2-3** (Weekdays)" in text
    out_ja = tmp_path / "lesson-ja.md"
    assert (
        cli.main(["--lang", "ja", "--audience", "elementary", "--export-script", str(out_ja)]) == 0
    )
    assert "- 南警察署: **03-1234-5678**" in out_ja.read_text(encoding="utf-8")


def test_contact_remove(qtbot, window: MainWindow) -> None:
    dialog = _dialog(window)
    dialog.name_ja.setText("保健室")
    dialog.phone_or_room.setText("保健室（1階）")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0
    dialog.save()
    assert Settings().local_contacts == []


def test_guidance_sources_dialog_lists_the_platform_pages(qtbot, window: MainWindow) -> None:
    window.go_to_id("guidance-instagram")
    assert window.slide_view.sources_button.isVisible()
    window.show_sources()
    text = window._source_dialog.text.toPlainText()
    assert "Sources of the platform facts" in text and "Checked on 28 November 2026" in text
    assert "https://about.instagram.com/ja-jp/community/teen-accounts" in text
    assert "Meta (about.fb.com)" in text


def test_screenshot_after_steps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QImage

    from awareness_app.ui import app

    states = []
    make_state = app.screenshot_state

    def recorded(*args):
        states.append(make_state(*args))
        return states[-1]

    monkeypatch.setattr(app, "screenshot_state", recorded)
    out = tmp_path / "overshare.png"
    args = ["--lang", "en", "--audience", "adults", "--slide", "overshare", "--steps", "3"]
    assert cli.main([*args, "--screenshot", str(out), "--size", "1280x720"]) == 0
    assert QImage(str(out)).size().width() == 1280
    # the steps revealed three details in the screenshot's own state
    assert len(states[0].activities.reveal_state(Audience.ADULTS).shown()) == 3


def test_esc_never_throws_away_added_contacts(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.name_en, "Counsellor's room")
    qtbot.keyClicks(dialog.phone_or_room, "Room 2-3")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel: keep editing
    assert dialog.isVisible() and dialog.list.count() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Save
    assert not dialog.isVisible()
    assert [c.name_en for c in window.settings.local_contacts] == ["Counsellor's room"]
    # nothing changed: Esc closes without asking
    dialog = _dialog(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_after_the_reveal_only_the_right_answer_is_outlined_strongly(
    qtbot, window: MainWindow
) -> None:
    window.go_to_id("quiz")
    view = window.slide_view
    quiz = view.activity.quiz
    theme = window.presenting.theme
    qtbot.keyClick(view, Qt.Key.Key_1)  # a wrong answer selected for counting hands
    qtbot.keyClick(view, Qt.Key.Key_Plus)

    def outline(row: int) -> tuple[int, str]:
        """The drawn outline's width at the answer's left edge, half-way down, and colour."""
        picture = quiz.rows[row].grab().toImage()
        y = picture.height() // 2
        colour = picture.pixelColor(0, y)
        width = 0
        while picture.pixelColor(width, y) == colour:
            width += 1
        return width, colour.name().upper()

    assert outline(0) == (3, theme.accent.upper())  # selected, before the reveal
    assert outline(1) == (2, theme.grid.upper())
    qtbot.keyClick(view, Qt.Key.Key_Right)  # reveal
    right = next(i for i, r in enumerate(quiz.rows) if r.property("verdict") == "right")
    assert outline(right) == (4, theme.accent.upper())
    assert outline(0) == (2, theme.muted.upper())
    qtbot.keyClick(view, Qt.Key.Key_Left)  # hidden again: as before
    assert outline(0) == (3, theme.accent.upper()) and outline(right)[0] == 2
