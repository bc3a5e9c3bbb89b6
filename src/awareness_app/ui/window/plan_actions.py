"""Lesson plans in the main window: File › Open lesson plan… and Save lesson plan…, and the plan
chooser above the slide list (the app's own plans for the audience, the district's, and the one
opened from a file).

    PlanActions(state, window, parent)   # the window places its actions and chooser

A plan (`model/lesson/plan.py`) is the classroom state's (`ClassroomState.set_plan`): every view
and export follows it. Opening a plan that cannot be used says why and keeps the lesson shown;
slides the edition lacks are named in the window's banner. The plan used last is remembered for
its audience; files are written to a temporary file and renamed into place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QWidget

from ...atomic import write_error_message
from ...i18n import _
from ...model.lesson.plan import (
    APP_NAMES,
    BUILT_IN,
    FULL,
    MAX_NAME,
    LessonPlan,
    PlanError,
    built_in_plans,
    full_plan,
    load_plan,
    plain_text,
    save_plan,
)
from .. import file_dialog
from ..plain import warn
from .plan_editor import is_edited

if TYPE_CHECKING:
    from ..classroom_state import ClassroomState
    from .services import WindowServices


class PlanActions(QObject):
    """File › Open / Save lesson plan (`menu_actions`, for the File menu) and the plan chooser
    (`label`, `box`, for the slide list's pane): the window places them."""

    def __init__(self, state: ClassroomState, window: WindowServices, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("plan-actions")
        self.state = state
        self.window = window
        self.parent_widget = parent  # of the dialogs
        self.last_message = ""  # for tests: what the last message box said
        self.opened: dict[str, LessonPlan] = {}  # plan files opened (by path), for the chooser
        self.name_dialog: QInputDialog | None = None  # while the plan's name is asked
        self.broken: dict[str, str] = {}  # the district's plan files that cannot be used: why
        self._told: list[str] = []  # the banner's lines about them
        self.open_action = QAction(parent)
        self.open_action.setObjectName("open-plan")
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+O"))  # Ctrl+O opens a data file
        self.open_action.triggered.connect(lambda _checked=False: self.open_plan_dialog())
        self.save_action = QAction(parent)
        self.save_action.setObjectName("save-plan")
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_action.triggered.connect(lambda _checked=False: self.save_plan_dialog())
        self.menu_actions = (self.open_action, self.save_action)

        self.label = QLabel(parent)
        self.box = QComboBox(parent)
        self.box.setObjectName("lesson-plan")
        self.box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.box.setMinimumContentsLength(8)
        self.box.activated.connect(self._chosen)
        self.label.setBuddy(self.box)
        state.language_changed.connect(lambda _language: self.retranslate())
        state.audience_changed.connect(lambda _audience: self.fill())
        state.plan_changed.connect(self.fill)
        self.retranslate()

    def retranslate(self) -> None:
        # NOTE: File menu; a lesson plan (授業プラン) is the teacher's choice and order of slides
        self.open_action.setText(_("Open lesson plan…"))
        self.open_action.setToolTip(
            _("Use a lesson plan saved from this app, yours or a colleague's")
        )
        self.save_action.setText(_("Save lesson plan…"))
        self.save_action.setToolTip(
            _("Save the slides, their order, the length and your school's slides as a file")
        )
        self.label.setText(_("Lesson plan:"))
        self.box.setAccessibleName(_("Lesson plan"))
        self.fill()

    # --- the chooser ------------------------------------------------------------------------------

    def plans(self) -> list[tuple[str, LessonPlan]]:
        """The plans the chooser offers for the audience, each with the reference the settings
        remember: the app's own, the district's (site configuration), the files opened."""
        state = self.state
        audience = state.audience
        found: list[tuple[str, LessonPlan]] = [
            ("" if p.built_in == FULL else BUILT_IN + p.built_in, p)
            for p in built_in_plans(audience, state.base_lesson)
        ]
        for path in state.site.plan_files():
            try:
                plan = load_plan(path)
            except PlanError as error:
                self.broken[str(path)] = str(error)  # said in the banner (`fill`)
                continue
            if plan.audience == audience:
                found.append((str(path), plan))
        current = state.plan
        file = state.plan_file()
        if current is not None and file is not None:
            self.opened[str(file)] = current
        for reference, plan in self.opened.items():
            if plan.audience == audience and reference not in {r for r, _p in found}:
                found.append((reference, plan))
        return found

    def fill(self) -> None:
        state = self.state
        self.box.blockSignals(True)
        self.box.clear()
        remembered = state.settings.lesson_plan(state.audience)
        chosen = 0
        for row, (reference, plan) in enumerate(self.plans()):
            title = plan.title()
            if is_edited(reference):
                # NOTE: the plan chooser: a lesson plan the teacher changed in the slide list
                title = _("{name} (changed)").format(name=title)
            self.box.addItem(title, reference)
            self.box.setItemData(row, reference or plan.title(), Qt.ItemDataRole.ToolTipRole)
            if reference == remembered:
                chosen = row
        self.box.setCurrentIndex(chosen)
        self.box.blockSignals(False)
        self._tell_broken()

    def _tell_broken(self) -> None:
        """The district's plans left out of the chooser, each named once in the banner."""
        lines = [
            # NOTE: a lesson plan in the district's plans folder (beside site.toml) that cannot be
            # read; {name} is its file name, {reason} why
            _(
                "The district's lesson plan {name} cannot be used, so it is not in the list of "
                "plans: {reason}"
            ).format(name=Path(path).name, reason=reason)
            for path, reason in self.broken.items()
        ]
        shown = self.window.warnings()
        others = [line for line in shown if line not in self._told]
        self._told = lines  # in the language shown now: said again after L
        if lines or len(others) != len(shown):
            self.window.show_warnings([*others, *lines])

    def _chosen(self, row: int) -> None:
        reference = self.box.itemData(row)
        plan = dict(self.plans()).get(reference)
        if plan is None:
            return
        state = self.state
        message = state.set_plan(None if plan.built_in == FULL else plan, reference=reference)
        self.tell(message)

    # --- files ----------------------------------------------------------------------------------

    def _folder(self) -> str:
        settings = self.state.settings
        return settings.last_folder or str(Path.home())

    def open_plan_dialog(self) -> None:
        path, _filter = file_dialog.get_open_file_name(
            self.parent_widget,
            _("Open lesson plan"),
            self._folder(),
            _("Lesson plan (*.toml);;All files (*)"),
        )
        if path:
            self.state.settings.last_folder = str(Path(path).parent)
            self.open_plan(Path(path))

    def open_plan(self, path: Path) -> bool:
        """Use the plan in `path`; one that cannot be used is refused with the reason, and the
        lesson shown stays."""
        try:
            plan = load_plan(path)
        except PlanError as error:
            text = _(
                "The file {name} cannot be used as a lesson plan, so the lesson stays as it is."
            ).format(name=path.name)
            self._warn(_("Open lesson plan"), text, str(error))
            return False
        reference = str(path.resolve())
        self.opened[reference] = plan
        message = self.state.set_plan(plan, reference=reference)
        self.tell(message)
        # NOTE: the status line after File › Open lesson plan; {name} is the plan's own name
        self.window.status(
            _("Now using the lesson plan {name} from {file}").format(name=plan.title(), file=path)
        )
        return True

    def current_plan(self) -> LessonPlan:
        """The plan shown (the full lesson as a plan where there is none)."""
        state = self.state
        return state.plan or full_plan(state.audience, state.fitted, state.lesson_minutes())

    def suggested_name(self) -> str:
        """The name the save dialog starts with: the plan's own (a teacher's file), else the
        plan's title marked as the teacher's, numbered past any name the chooser has."""
        plan = self.current_plan()
        if not plan.built_in and plan.name not in APP_NAMES and not self.name_taken(plan.name):
            return plan.name
        # NOTE: the name offered when saving a lesson plan; {name} is the plan it was made from
        base = _("{name} (my plan)").format(name=plan.title())
        name, number = base, 2
        while self.name_taken(name):
            name, number = f"{base} {number}", number + 1
        return name

    def name_taken(self, name: str) -> bool:
        """Whether another plan of the chooser (not the current plan's own file) has `name`."""
        own = str(self.state.plan_file() or "")
        wanted = name.strip().casefold()
        return any(
            plan.title().strip().casefold() == wanted or plan.name.strip().casefold() == wanted
            for reference, plan in self.plans()
            if reference != own or not reference
        )

    def ask_name(self) -> str | None:
        """The plan's name, asked (prefilled); a name another plan has is refused and asked
        again. None: cancelled."""
        name = self.suggested_name()
        while True:
            dialog = QInputDialog(self.parent_widget)
            dialog.setObjectName("plan-name-dialog")
            dialog.setWindowTitle(_("Save lesson plan"))
            # NOTE: asked before a lesson plan is saved; the name is shown in the plan chooser
            dialog.setLabelText(_("Name of the lesson plan (shown in the plan chooser):"))
            dialog.setTextValue(name)
            dialog.setOkButtonText(_("Next…"))
            dialog.setCancelButtonText(_("Cancel"))
            self.name_dialog = dialog
            accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
            name = plain_text(dialog.textValue())[:MAX_NAME].strip()
            dialog.deleteLater()
            self.name_dialog = None
            if not accepted:
                return None
            if not name:
                self._warn(_("Save lesson plan"), _("Give the lesson plan a name."))
                name = self.suggested_name()
            elif self.name_taken(name):
                self._warn(
                    _("Save lesson plan"),
                    # NOTE: {name} is the name typed for a lesson plan
                    _(
                        "A lesson plan called {name} is already in the list. Choose another name."
                    ).format(name=name),
                )
            else:
                return name

    def save_plan_dialog(self) -> None:
        name = self.ask_name()
        if name is None:
            return
        # the file named after the plan, without characters file systems refuse
        stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .-") or "lesson-plan"
        path, _filter = file_dialog.get_save_file_name(
            self.parent_widget,
            _("Save lesson plan"),
            str(Path(self._folder()) / f"{stem}.toml"),
            _("Lesson plan (*.toml)"),
        )
        if not path:
            return
        self.state.settings.last_folder = str(Path(path).parent)
        target = Path(path) if path.lower().endswith(".toml") else Path(path + ".toml")
        self.save_plan(target, name)

    def save_plan(self, path: Path, name: str | None = None) -> bool:
        plan = self.current_plan()
        if name is not None:
            plan = replace(plan, name=name, built_in="")
        try:
            save_plan(path, plan)
        except OSError as error:
            self._warn(_("Save lesson plan"), write_error_message(path, error))
            return False
        reference = str(path.resolve())
        saved = load_plan(path)
        self.opened[reference] = saved
        self.tell(self.state.set_plan(saved, reference=reference))  # by its new name
        self.fill()
        # NOTE: the status line after a lesson plan is saved; {name} is its name, {file} the file
        self.window.status(
            _("Saved the lesson plan {name} as {file}").format(name=saved.title(), file=path.name)
        )
        return True

    # --- messages -------------------------------------------------------------------------------

    def _warn(self, title: str, text: str, details: str = "") -> None:
        self.last_message = "\n\n".join(part for part in (text, details) if part)
        warn(self.parent_widget, title, self.last_message)

    def tell(self, message: str) -> None:
        """Slides the edition lacks: in the window's banner (cleared when there are none); the
        district's plans that cannot be used stay said."""
        self.window.show_warnings([message] if message else [])
        self._tell_broken()
