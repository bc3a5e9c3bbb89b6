"""The main window's helpers (`ui/window/services.py`): each is handed the classroom state and
the window's narrow `WindowServices`; none touches the window's menus, bars or panes, or another
object's private parts, and the window places what they make, in the order the teacher knows."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QWidget

from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson import plan as lp
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience, Slide
from awareness_app.ui.window.main_window import MainWindow

WINDOW = Path(__file__).resolve().parents[1] / "src" / "awareness_app" / "ui" / "window"
HELPERS = ("file_actions", "plan_actions", "plan_editor", "furigana_menu", "key_list")
# what only the window does with its own parts
WINDOW_ONLY = {
    "menuBar",
    "statusBar",
    "insertMenu",
    "insertAction",
    "insertActions",
    "insertSeparator",
    "insertWidget",
    "addPermanentWidget",
    "list_pane",
    "presenting",
}


def _private_reaches(tree: ast.AST) -> list[str]:
    """`a.b._c` and `a._c` where `a` is not `self`: another object's private part."""
    return [
        ast.unparse(node)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
        and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
    ]


def test_no_window_module_reaches_into_another_objects_private_parts() -> None:
    found = {
        path.name: reaches
        for path in sorted(WINDOW.glob("*.py"))
        if (reaches := _private_reaches(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}
    # the check sees what it is for: a helper calling another helper's private method
    assert _private_reaches(ast.parse("self.window.files._status('x')")) == [
        "self.window.files._status"
    ]


def test_helpers_place_nothing_in_the_window() -> None:
    for name in HELPERS:
        tree = ast.parse((WINDOW / f"{name}.py").read_text(encoding="utf-8"))
        used = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
        assert used & WINDOW_ONLY == set(), name
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "main_window" not in imported, name


class Services:
    """A `WindowServices` with no window: what the helpers ask of it, written down."""

    def __init__(self, slides: list[Slide]) -> None:
        self.said: list[tuple[str, int]] = []
        self.banner: list[str] = ["a warning of the site's"]
        self._slides = slides
        self.closed = False

    def status(self, text: str, msecs: int = 8000) -> None:
        self.said.append((text, msecs))

    def warnings(self) -> list[str]:
        return list(self.banner)

    def show_warnings(self, warnings: list[str]) -> None:
        self.banner = warnings

    def bilingual(self) -> bool:
        return False

    def slides(self) -> list[Slide]:
        return self._slides

    def current_slide_id(self) -> str:
        return self._slides[0].id

    def go_to_id(self, slide_id: str) -> None:
        pass

    def close(self) -> bool:
        self.closed = True
        return True


def test_the_plan_actions_work_with_the_services_alone(
    qtbot, dataset: DataSet, tmp_path: Path
) -> None:
    from awareness_app.ui.classroom_state import ClassroomState
    from awareness_app.ui.settings import Settings
    from awareness_app.ui.window.file_actions import FileActions
    from awareness_app.ui.window.plan_actions import PlanActions

    state = ClassroomState(LESSON, dataset, Settings())
    parent = QWidget()
    qtbot.addWidget(parent)
    services = Services(state.lesson.for_audience(state.audience))
    plans = PlanActions(state, services, parent)
    files = FileActions(state, services, parent, first=plans.menu_actions)
    plan = lp.LessonPlan(
        name="Homeroom",
        audience=Audience.HIGH_SCHOOL,
        minutes=15,
        slides=("title", "warning-signs", "where-met", "closing"),
    )
    path = tmp_path / "homeroom.toml"
    lp.save_plan(path, plan)
    assert plans.open_plan(path)
    assert state.plan is not None and state.plan.name == "Homeroom"
    assert services.said == [(f"Now using the lesson plan Homeroom from {path}", 8000)]
    # the banner says what the 2023 edition lacks, in place of what it said
    assert services.banner == [
        "1 slide of this plan is not in this edition: “Where children met the offender”."
    ]
    # the File menu opens with the plan's actions; Quit closes the window it serves
    assert files.file_menu.actions()[:2] == list(plans.menu_actions)
    files.quit_action.trigger()
    assert services.closed


def _names(actions: list) -> list[str]:
    return [a.objectName() or ("---" if a.isSeparator() else a.text()) for a in actions]


def test_the_window_places_the_helpers_parts(window: MainWindow) -> None:
    bar = window.menuBar()
    assert [a.menu().objectName() for a in bar.actions()] == [
        "file-menu",
        "furigana-menu",
        "help-menu",
    ]
    assert _names(window.files.file_menu.actions()) == [
        "open-plan",
        "save-plan",
        "---",
        "open-dataset",
        "---",
        "export-handout",
        "export-worksheet",
        "export-deck",
        "export-pptx",
        "export-guide",
        "---",
        "print-handout",
        "print-deck",
        "---",
        "quit",
    ]
    assert _names(window.files.help_menu.actions()) == ["keys", "about"]
    pane = window.list_pane.layout()
    editor = window.editor
    assert [pane.itemAt(i).widget() for i in range(pane.count())] == [
        window.plans.label,
        window.plans.box,
        editor.length_row,
        window.slide_list,
        editor.add_button,
        editor.school_buttons,
    ]
    assert editor.time_label.parent() is window.notes_heading.parent()
    assert window.files.dataset_label.parent() is window.statusBar()
    # what a helper says goes to the window's status bar and banner
    window.status("A word from a helper")
    assert window.statusBar().currentMessage() == "A word from a helper"
    window.show_warnings(["one", "two"])
    assert window.warnings() == ["one", "two"]


def test_the_furigana_menu_redraws_every_view(window: MainWindow, qtbot) -> None:
    with qtbot.waitSignal(window.presenting.display_changed, timeout=1000):
        window.furigana.actions["all"].trigger()
    assert window.state.furigana == "all"
