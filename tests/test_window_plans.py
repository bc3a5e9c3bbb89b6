"""Lesson plans in the app: the window's File › Open / Save lesson plan… (file dialogs mocked),
the chooser, the plan remembered for the next start, the console's pacing, the deck PDF, and
`--plan` on the command line."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson import plan as lp
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience, OwnText
from awareness_app.ui import file_dialog
from awareness_app.ui.window.main_window import MainWindow
from pdfcheck import read_pdf
from windows import answer_plan_name

RULES = lp.school_slide(
    "own-rules",
    OwnText(en="Phones at our school", ja="本校のスマホのルール"),
    (OwnText(en="Phones stay in your bag during lessons"),),
)
PLAN = lp.LessonPlan(
    name="Homeroom",
    audience=Audience.HIGH_SCHOOL,
    minutes=15,
    slides=("title", "warning-signs", "where-met", "trend", "closing"),
    hidden=frozenset({"trend"}),
).with_school(RULES)


@pytest.fixture
def window(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    window.messages = shown  # type: ignore[attr-defined]
    return window


def _ids(window: MainWindow) -> list[str]:
    return [s.id for s in window.slides()]


def test_open_a_plan_from_the_file_menu(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "homeroom.toml"
    lp.save_plan(path, PLAN)
    monkeypatch.setattr(file_dialog, "get_open_file_name", lambda *a, **k: (str(path), ""))
    window.plans.open_action.trigger()
    # the plan's audience, its slides in its order, the school's slide; 2023 lacks where-met
    assert window.audience == Audience.HIGH_SCHOOL
    assert _ids(window) == ["title", "warning-signs", "own-rules", "closing"]
    # the list has every slide, the plan's first; hidden ones unticked (plan_editor.py)
    shown = [
        window.slide_list.item(r).text()
        for r in range(window.slide_list.count())
        if window.slide_list.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert len(shown) == 4
    assert shown[2] == "3. Phones at our school"
    assert window.banner.isVisible()
    assert (
        window.banner.text()
        == "1 slide of this plan is not in this edition: “Where children met the offender”."
    )
    assert window.plans.box.currentText() == "Homeroom"
    assert window.plans.box.accessibleName() == "Lesson plan"
    assert window.state.lesson_minutes() == 15
    assert window.settings.last_folder == str(tmp_path)
    # the school's slide is shown in the window like every other
    window.go_to_id("own-rules")
    assert window.slide_view.rendered is not None
    assert window.slide_view.rendered.bullets == ["Phones stay in your bag during lessons"]
    # the full lesson again, from the chooser
    window.plans.box.activated.emit(0)
    assert len(window.slides()) == len(window.state.fitted.for_audience(Audience.HIGH_SCHOOL))
    assert not window.banner.isVisible()


def test_a_broken_plan_is_refused_and_the_lesson_stays(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('audience = "adults"\nminutes = 20\nslides = ["title"]\n', encoding="utf-8")
    before = _ids(window)
    monkeypatch.setattr(file_dialog, "get_open_file_name", lambda *a, **k: (str(path), ""))
    window.plans.open_action.trigger()
    assert _ids(window) == before
    assert window.messages == [  # type: ignore[attr-defined]
        "The file broken.toml cannot be used as a lesson plan, so the lesson stays as it is.\n\n"
        f"{path}: minutes: 20 is not a length of lesson; use 15, 45, 50, 90"
    ]


def test_save_a_plan_from_the_file_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.plans.box.activated.emit(1)  # the short talk
    assert window.state.plan is not None and window.state.plan.built_in == lp.SHORT
    suggested: list[str] = []

    def save_as(_parent, _title, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(Path(start).name)
        return str(tmp_path / "short"), ""

    monkeypatch.setattr(file_dialog, "get_save_file_name", save_as)
    offered = answer_plan_name(qtbot, window, "Homeroom talk")
    window.plans.save_action.trigger()
    assert offered == ["Short talk (15 minutes) (my plan)"]  # prefilled, not a name taken
    assert suggested == ["Homeroom talk.toml"]  # the file named after the plan
    saved = lp.load_plan(tmp_path / "short.toml")
    assert saved.name == "Homeroom talk"
    assert window.plans.box.currentText() == "Homeroom talk"
    assert window.statusBar().currentMessage() == (
        "Saved the lesson plan Homeroom talk as short.toml"
    )
    assert saved.shown() == list(lp.SHORT_SLIDES[Audience.JUNIOR_HIGH])
    assert saved.minutes == 15 and saved.audience == Audience.JUNIOR_HIGH
    assert window.settings.lesson_plan(Audience.JUNIOR_HIGH) == str(tmp_path / "short.toml")
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_refused_save_says_why(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no-such-folder" / "plan.toml"
    monkeypatch.setattr(file_dialog, "get_save_file_name", lambda *a, **k: (str(missing), ""))
    answer_plan_name(qtbot, window, "My plan")
    window.plans.save_action.trigger()
    assert window.messages == [  # type: ignore[attr-defined]
        f"The folder {missing.parent} does not exist. Choose another folder."
    ]
    assert not missing.exists()


def test_saving_a_plan_refuses_a_name_the_chooser_has(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #22, 6: no more 授業全体 / 授業全体（変更あり） / 授業全体 in the chooser."""
    monkeypatch.setattr(
        file_dialog, "get_save_file_name", lambda *a, **k: (str(tmp_path / "plan.toml"), "")
    )
    offered = answer_plan_name(qtbot, window, "full lesson", "Year 2 class")
    window.plans.save_action.trigger()
    assert offered[0] == "Full lesson (my plan)"
    assert window.messages == [  # type: ignore[attr-defined]
        "A lesson plan called full lesson is already in the list. Choose another name."
    ]
    assert offered[1] == "full lesson"  # asked again with what was typed
    assert lp.load_plan(tmp_path / "plan.toml").name == "Year 2 class"
    titles = [window.plans.box.itemText(i) for i in range(window.plans.box.count())]
    assert titles.count("Year 2 class") == 1 and len(set(titles)) == len(titles)
    # cancelling the name saves nothing
    (tmp_path / "plan.toml").unlink()
    QTimer.singleShot(0, lambda: window.plans.name_dialog.reject())
    window.plans.save_action.trigger()
    assert not (tmp_path / "plan.toml").exists()


def test_the_remembered_plan_is_used_at_the_next_start(
    qtbot, dataset: DataSet, tmp_path: Path
) -> None:
    from awareness_app.ui.classroom_state import ClassroomState
    from awareness_app.ui.settings import Settings

    path = tmp_path / "homeroom.toml"
    lp.save_plan(path, PLAN)
    first = ClassroomState(LESSON, dataset, Settings(), remembered_plans=True)
    first.set_plan(lp.load_plan(path), reference=str(path))
    first.settings.sync()
    # the next start: the same settings file, the plan of the audience used last
    again = ClassroomState(LESSON, dataset, Settings(), remembered_plans=True)
    assert again.audience == Audience.HIGH_SCHOOL
    assert [s.id for s in again.slides()] == ["title", "warning-signs", "own-rules", "closing"]
    assert (
        again.plan_message
        == "1 slide of this plan is not in this edition: “Where children met the offender”."
    )
    # another audience keeps its own (the full lesson)
    again.set_audience(Audience.ADULTS)
    assert len(again.slides()) == len(again.fitted.for_audience(Audience.ADULTS))
    # the short talk is remembered as the app's own
    again.set_plan(lp.short_plan(Audience.ADULTS, LESSON), reference="built-in:short")
    third = ClassroomState(LESSON, dataset, Settings(), remembered_plans=True)
    assert [s.id for s in third.slides()] == list(lp.SHORT_SLIDES[Audience.ADULTS])
    # a remembered plan file that is broken now: the full lesson, and the reason
    third.set_audience(Audience.HIGH_SCHOOL)
    path.write_text("minutes = ", encoding="utf-8")
    fourth = ClassroomState(LESSON, dataset, Settings(), remembered_plans=True)
    fourth.set_audience(Audience.HIGH_SCHOOL)
    assert len(fourth.slides()) == len(fourth.fitted.for_audience(Audience.HIGH_SCHOOL))
    assert fourth.plan_message.startswith("The lesson plan used last time cannot be used")
    assert str(path) in fourth.plan_message


def test_the_console_paces_the_plans_length(qtbot, dataset: DataSet) -> None:
    from awareness_app.ui.app import create_application
    from awareness_app.ui.classroom_state import ClassroomState
    from awareness_app.ui.presenting.controller import PresentationController
    from awareness_app.ui.presenting.presenter_console import PresenterConsole
    from awareness_app.ui.settings import Settings

    create_application()
    now = [1000.0]
    state = ClassroomState(LESSON, dataset, Settings(), plan=PLAN)
    controller = PresentationController(state)
    console = PresenterConsole(
        controller, clock=lambda: now[0], now=lambda: dt.datetime(2026, 5, 1, 10, 42)
    )
    qtbot.addWidget(console)
    console.start_timer()
    assert console.minutes() == 15
    assert console.length_box.currentText() == "15-minute lesson"
    now[0] += 8 * 60
    console.tick()
    assert "8:00 of 15 min · slide 1 of 4" in console.pacing_label.text()
    assert console.pacing_state == "behind"
    console.length_box.setCurrentIndex(lp.LENGTHS.index(90))
    assert state.plan is not None and state.plan.minutes == 90
    # the setting for the audience without a plan is untouched
    assert state.settings.lesson_minutes(Audience.HIGH_SCHOOL) == 50


def test_the_deck_follows_the_plan(dataset: DataSet) -> None:
    from awareness_app.model.data.fit import fit_lesson
    from awareness_app.ui.pdf.deck import deck_pdf

    lesson = lp.apply_plan(fit_lesson(LESSON, dataset), PLAN).lesson
    facts = read_pdf(deck_pdf(lesson, dataset, Audience.HIGH_SCHOOL))
    assert facts.pages == 4
    assert "Phones at our school" in facts.texts[2]
    assert "Phones stay in your bag during lessons" in facts.texts[2]


def test_the_handout_keeps_the_help_lines_and_adds_the_school_slide(dataset: DataSet) -> None:
    from awareness_app.model.data.fit import fit_lesson
    from awareness_app.model.documents.handout import build_handout

    plan = lp.LessonPlan("No closing", Audience.ADULTS, 15, ("title", "warning-signs")).with_school(
        RULES
    )
    lesson = lp.apply_plan(fit_lesson(LESSON, dataset), plan).lesson
    handout = build_handout(lesson, Audience.ADULTS, dataset)
    assert handout.helplines  # the closing slide is hidden, the help lines are not
    assert [g.slide_id for g in handout.guidance] == ["warning-signs", "own-rules"]
    assert handout.charts == []  # no chart slide is shown


# --- the command line ----------------------------------------------------------------------------


def _app(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "awareness_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_plan_changes_the_script(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    lp.save_plan(plan, PLAN)
    out = tmp_path / "lesson.md"
    result = _app("--edition", "2023", "--plan", str(plan), "--export-script", str(out))
    assert result.returncode == 0, result.stderr
    assert (
        "1 slide of this plan is not in this edition: “Where children met the offender”."
        in result.stderr
    )
    headings = [line for line in out.read_text(encoding="utf-8").splitlines() if line[:3] == "## "]
    assert len(headings) == 4 and headings[2] == "## 3. Phones at our school"
    assert "For high school" in out.read_text(encoding="utf-8")  # the plan's audience


def test_plan_changes_the_screenshot(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    lp.save_plan(plan, PLAN)
    with_plan, without = tmp_path / "a.png", tmp_path / "b.png"
    args = ("--edition", "2023", "--slide", "3", "--size", "640x360", "--screenshot")
    result = _app("--plan", str(plan), *args, str(with_plan))
    assert result.returncode == 0, result.stderr
    assert _app("--audience", "high-school", *args, str(without)).returncode == 0
    assert with_plan.read_bytes() != without.read_bytes()
    own = tmp_path / "own.png"
    assert (
        _app("--plan", str(plan), *args[:2], "--slide", "own-rules", *args[4:], str(own)).returncode
        == 0
    )
    assert own.read_bytes() == with_plan.read_bytes()  # slide 3 of the plan is the school's


def test_a_bad_plan_on_the_command_line_says_why(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text('audience = "adults"\nminutes = 15\nslides = ["title"]\nx = 1\n')
    result = _app("--plan", str(plan), "--export-script", str(tmp_path / "x.md"))
    assert (
        result.returncode == 2
        and "--plan:" in result.stderr
        and ": x: unknown key" in result.stderr
    )
    lp.save_plan(plan, PLAN)
    result = _app(
        "--plan", str(plan), "--audience", "adults", "--export-script", str(tmp_path / "x.md")
    )
    assert result.returncode == 2 and "a plan for high-school, not adults" in result.stderr


def test_an_empty_plan_on_the_command_line_says_what_it_lacks_in_the_language_asked(
    tmp_path: Path,
) -> None:
    plan = tmp_path / "空.toml"
    plan.write_text("", encoding="utf-8")
    result = _app("--lang", "ja", "--plan", str(plan), "--export-script", str(tmp_path / "x.md"))
    assert result.returncode == 2, result.stderr
    assert (
        f"--plan: {plan}: ファイルが空です。授業プランには、授業の対象（audience）" in result.stderr
    )
    assert "None" not in result.stderr
