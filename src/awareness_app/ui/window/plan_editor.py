"""The lesson plan editor in the main window: the slide list shows every slide of the audience's
plan, each with a check box (shown or hidden; a hidden slide stays in the list, greyed, and
presenting skips it), in the plan's order. The teacher

- drags a slide to another place, or moves the current one with Alt+Up / Alt+Down;
- shows or hides it with its check box, or Space;
- chooses the length of the lesson (15, 45, 50 or 90 minutes) beside the plan chooser: the
  console's pacing bar and the suggested time under the speaker notes follow it;
- adds, edits or removes the school's own slide (`school_dialog.py`): it goes after the
  current slide.

    PlanEditor(state, window, parent, slide_list)   # the window places its widgets

It tells what a new plan lacks with its `told` signal (the window passes it to the plan
actions' banner, `PlanActions.tell`).

Any edit makes the plan in use an *edited plan* of the audience (the app's own plans and a
file's alike; the file itself is never changed). It is the classroom state's
(`ClassroomState.set_plan`), so every view, F5 and every export follow it at once, and it is
written to the app's data folder as `plans/edited-<audience>.toml` (a temporary file renamed
into place) and remembered like a plan opened from a file: the settings keep a path per
audience (`options.LESSON_PLAN`), so the next start shows it with no new kind of setting, and
the plan chooser lists it as "<name> (changed)". File › Save lesson plan… writes it where the
teacher wants; choosing another plan in the chooser leaves the edited one listed until the app
closes. Where the data folder cannot be written the edit is still used, but not remembered.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ... import i18n, user_dirs
from ...i18n import N_, _
from ...model.lesson.lesson import Lesson, Slide
from ...model.lesson.plan import (
    LENGTHS,
    LessonPlan,
    full_plan,
    plan_entries,
    save_plan,
    slide_share,
)
from ...model.lesson.render import render_slide
from ..presenting.keys import ITEM_VIEW_KEYS

if TYPE_CHECKING:
    from ...model.lesson.lesson import Audience
    from ..classroom_state import ClassroomState
    from .services import WindowServices

EDITED_PREFIX = "edited-"
# the keys the slide list keeps from the lesson (Space shows or hides the current slide)
LIST_KEYS = [*ITEM_VIEW_KEYS, Qt.Key.Key_Space]

# The keys of the slide list, for Help › Keys (`key_list.py`): (keys, what they do)
LIST_KEY_HELP: tuple[tuple[str, str], ...] = (
    (N_("Alt+Up / Alt+Down in the slide list"), N_("Move the slide earlier / later")),
    (N_("Space in the slide list"), N_("Show or hide the slide")),
)


def plans_folder() -> Path:
    """The app's own folder for edited plans (the platform's folder for an app's local data)."""
    return user_dirs.plans_folder()


def edited_plan_path(audience: Audience) -> Path:
    return plans_folder() / f"{EDITED_PREFIX}{audience.value}.toml"


def is_edited(reference: str) -> bool:
    """Whether a remembered plan reference is the edited plan of an audience."""
    if not reference:
        return False
    path = Path(reference)
    return path.name.startswith(EDITED_PREFIX) and path.parent == plans_folder()


class PlanEditor(QObject):
    """Works on the window's `slide_list`; makes `length_row` (over the list), `add_button`
    and `school_buttons` (under it) and `time_label` (under the notes' heading), which the
    window places."""

    told = Signal(str)  # the slides a new plan lacks ("": none), for the window's banner

    def __init__(
        self, state: ClassroomState, window: WindowServices, parent: QWidget, slides: QListWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan-editor")
        self.window = window
        self.parent_widget = parent  # of the dialogs
        self.state = state
        self.slide_list = slides
        self._filling = False
        self._keep: str | None = None  # the slide to keep current after an edit
        self.entries: list[tuple[str, bool]] = []  # the list's slides: (id, shown)
        self.last_status = ""

        slides.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        slides.setDefaultDropAction(Qt.DropAction.MoveAction)
        slides.setDragEnabled(True)
        slides.setProperty("presenting-owned-keys", [int(k) for k in LIST_KEYS])
        slides.installEventFilter(self)
        slides.itemChanged.connect(self._item_changed)
        slides.currentRowChanged.connect(lambda _row: self._enable())
        model = slides.model()
        model.rowsMoved.connect(self._rows_moved)
        model.rowsInserted.connect(self._rows_moved)

        # the length of the lesson, beside the plan chooser
        row = QWidget(parent)
        self.length_row = row
        length_row = QHBoxLayout(row)
        length_row.setContentsMargins(0, 0, 0, 0)
        self.length_label = QLabel(row)
        self.length_box = QComboBox(row)
        self.length_box.setObjectName("plan-length")
        # narrow enough for the list to give the slide its room in a small window
        self.length_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.length_box.setMinimumContentsLength(6)
        for minutes in LENGTHS:
            self.length_box.addItem("", minutes)
        self.length_box.activated.connect(self._length_chosen)
        self.length_label.setBuddy(self.length_box)
        length_row.addWidget(self.length_label)
        length_row.addWidget(self.length_box, 1)

        # the school's own slides, under the list
        self.add_button = QPushButton(parent)
        self.add_button.setObjectName("add-school-slide")
        self.add_button.clicked.connect(lambda _checked=False: self.add_school_slide())
        self.edit_button = QPushButton(parent)
        self.edit_button.setObjectName("edit-school-slide")
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_school_slide())
        self.remove_button = QPushButton(parent)
        self.remove_button.setObjectName("remove-school-slide")
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_school_slide())
        buttons = QWidget(parent)
        self.school_buttons = buttons
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addWidget(self.edit_button)
        button_row.addWidget(self.remove_button)

        # the suggested time of the slide, scaled to the lesson's length, under the notes' heading
        self.time_label = QLabel(parent)
        self.time_label.setObjectName("suggested-time")
        self.time_label.setWordWrap(True)

        self.state.plan_changed.connect(self.show_length)
        self.state.audience_changed.connect(lambda _audience: self.show_length())

    # --- words ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        # NOTE: beside the lesson plan chooser: the length of the lesson in minutes
        self.length_label.setText(_("Length:"))
        self.length_box.setAccessibleName(_("Length of the lesson"))
        for row, minutes in enumerate(LENGTHS):
            self.length_box.setItemText(row, _("{minutes}-minute lesson").format(minutes=minutes))
        # NOTE: the school's own slide (学校のスライド): a title and up to six points
        self.add_button.setText(_("Add school slide…"))
        self.add_button.setAccessibleName(_("Add school slide"))
        self.add_button.setToolTip(
            _("Add a slide of your own, such as your school's rules, after this slide")
        )
        self.edit_button.setText(_("Edit…"))
        self.edit_button.setAccessibleName(_("Edit school slide"))
        self.edit_button.setToolTip(_("Edit the school slide chosen in the list"))
        self.remove_button.setText(_("Remove"))
        self.remove_button.setAccessibleName(_("Remove school slide"))
        self.remove_button.setToolTip(_("Remove the school slide chosen in the list"))
        self.slide_list.setToolTip(
            _(
                "Tick a slide to show it, untick it to hide it (Space); drag a slide, "
                "or press Alt+Up / Alt+Down, to move it"
            )
        )
        self.show_length()

    def show_length(self) -> None:
        minutes = self.state.lesson_minutes()
        if minutes in LENGTHS:
            self.length_box.setCurrentIndex(LENGTHS.index(minutes))

    # --- the plan ---------------------------------------------------------------------------------

    def plan(self) -> LessonPlan:
        """The plan shown (the full lesson as a plan where there is none)."""
        state = self.state
        plan = state.plan
        if plan is None:
            return full_plan(state.audience, state.fitted, state.lesson_minutes())
        return plan

    def _available(self) -> dict[str, Slide]:
        """The slides the list can show: the edition's for the audience and the school's."""
        state = self.state
        plan = self.plan()
        found = {s.id: s for s in state.fitted.for_audience(state.audience)}
        found.update({s.id: s.slide(state.audience) for s in plan.school})
        return found

    def apply(self, plan: LessonPlan, keep: str | None = None) -> None:
        """Use the edited `plan` for its audience, written to the app's data folder and
        remembered (see the module's docstring); `keep`: the slide to keep current in the list."""
        plan = replace(plan, built_in="")  # the app's own plan, edited, is the teacher's
        path = edited_plan_path(plan.audience)
        reference: str | None = str(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            save_plan(path, plan)
        except OSError:
            reference = None  # used, not remembered
        self._keep = keep
        message = self.state.set_plan(plan, reference=reference)
        self._keep = None
        self.told.emit(message)

    # --- the list ---------------------------------------------------------------------------------

    def fill_list(self) -> None:
        """Every slide of the plan, in its order, with its check box; shown slides numbered as
        presenting counts them."""
        slides = self.slide_list
        available = self._available()
        entries = plan_entries(self.plan(), self.state.fitted)
        self.entries = [(i, shown) for i, shown in entries if i in available]
        state = self.state
        # every slide of the list, hidden ones too, for their titles
        listed = Lesson(
            state.lesson.id, state.lesson.title, tuple(available[i] for i, _s in self.entries)
        )
        grey = slides.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        current = self._keep or self.window.current_slide_id()
        self._filling = True
        slides.blockSignals(True)
        slides.clear()
        number = 0
        for slide_id, shown in self.entries:
            with i18n.temporary_language(state.language):
                rendered = render_slide(
                    listed, available[slide_id], state.audience, state.dataset, state.contacts
                )
            if shown:
                number += 1
                text = f"{number}. {rendered.title}"
            else:
                # NOTE: a slide unticked in the slide list: not shown when presenting
                text = _("{title} (hidden)").format(title=rendered.title)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, slide_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            if not shown:
                item.setForeground(QBrush(grey))
            slides.addItem(item)
        slides.setCurrentRow(self.row_of(current))
        slides.blockSignals(False)
        self._filling = False
        self._enable()

    def ids(self) -> list[str]:
        slides = self.slide_list
        return [slides.item(r).data(Qt.ItemDataRole.UserRole) for r in range(slides.count())]

    def row_of(self, slide_id: str) -> int:
        ids = [i for i, _shown in self.entries]
        return ids.index(slide_id) if slide_id in ids else -1

    def current_id(self) -> str | None:
        item = self.slide_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def show_index(self, index: int) -> None:
        """The list's current row follows the lesson (the slide at `index` of those shown)."""
        slides = self.slide_list
        shown = self.window.slides()
        if 0 <= index < len(shown):
            slides.blockSignals(True)  # after an edit, the slide edited stays current
            slides.setCurrentRow(self.row_of(self._keep or shown[index].id))
            slides.blockSignals(False)
            self._enable()

    def index_of_row(self, row: int) -> int | None:
        """The lesson's index of the slide in `row`; None for a hidden one."""
        if not 0 <= row < len(self.entries):
            return None
        ids = [s.id for s in self.window.slides()]
        slide_id = self.entries[row][0]
        return ids.index(slide_id) if slide_id in ids else None

    # --- edits ------------------------------------------------------------------------------------

    def move_current(self, delta: int) -> bool:
        slide_id = self.current_id()
        if slide_id is None:
            return False
        order = self.ids()
        at = order.index(slide_id)
        to = max(0, min(len(order) - 1, at + delta))
        if to == at:
            return False
        order.insert(to, order.pop(at))
        self._reorder(order, keep=slide_id)
        return True

    def toggle_current(self) -> bool:
        slide_id = self.current_id()
        return slide_id is not None and self.toggle(slide_id)

    def toggle(self, slide_id: str) -> bool:
        """Show or hide `slide_id`; the last slide shown cannot be hidden."""
        hidden = {i for i, shown in self.entries if not shown}
        if slide_id not in hidden and len(self.entries) - len(hidden) <= 1:
            # NOTE: the status line when the teacher tries to hide the only slide left shown
            self._status(_("A lesson needs at least one slide shown."))
            self.fill_list()
            return False
        self._reorder(self.ids(), hidden=hidden ^ {slide_id}, keep=slide_id)
        return True

    def _reorder(self, order: list[str], hidden: set[str] | None = None, keep: str = "") -> None:
        if hidden is None:
            hidden = {i for i, shown in self.entries if not shown}
        self.apply(self.plan().with_order(order, hidden), keep=keep or self.current_id())

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        slide_id = item.data(Qt.ItemDataRole.UserRole)
        shown = item.checkState() == Qt.CheckState.Checked
        if dict(self.entries).get(slide_id, shown) != shown:
            QTimer.singleShot(0, lambda: self.toggle(slide_id))

    def _rows_moved(self, *_args: object) -> None:
        if not self._filling:
            QTimer.singleShot(0, self._order_from_list)

    def _order_from_list(self) -> None:
        """After a drag and drop: the plan in the list's new order."""
        order = self.ids()
        if self._filling or sorted(order) != sorted(i for i, _s in self.entries):
            return  # in the middle of a move
        if order != [i for i, _s in self.entries]:
            self._reorder(order, keep=self.current_id() or "")

    def _length_chosen(self, row: int) -> None:
        minutes = self.length_box.itemData(row)
        if minutes == self.state.lesson_minutes():
            return
        if self.state.plan is None:  # the full lesson: its length is the audience's setting
            self.state.set_lesson_minutes(minutes)
        else:
            self.apply(replace(self.plan(), minutes=minutes), keep=self.current_id())

    # --- the school's own slides ------------------------------------------------------------------

    def _school_id(self) -> str | None:
        slide_id = self.current_id()
        return slide_id if slide_id and self.plan().school_slide(slide_id) else None

    def _enable(self) -> None:
        school = self._school_id() is not None
        self.edit_button.setEnabled(school)
        self.remove_button.setEnabled(school)

    def add_school_slide(self) -> None:
        self._open_dialog(None)

    def edit_school_slide(self) -> None:
        slide_id = self._school_id()
        if slide_id is not None:
            self._open_dialog(self.plan().school_slide(slide_id))

    def _open_dialog(self, slide: object) -> None:
        from .school_dialog import SchoolSlideDialog

        plan = self.plan()
        dialog = SchoolSlideDialog(
            plan.new_school_id() if slide is None else slide.id,  # type: ignore[attr-defined]
            slide,  # type: ignore[arg-type]
            self.parent_widget,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        after = self.current_id()
        dialog.accepted.connect(lambda: self._dialog_done(dialog, after))
        self.dialog = dialog
        dialog.open()

    def _dialog_done(self, dialog: object, after: str | None) -> None:
        from .school_dialog import SchoolSlideDialog

        assert isinstance(dialog, SchoolSlideDialog)
        slide = dialog.slide()
        plan = self.plan().with_school(slide, after=after)
        self.apply(plan, keep=slide.id)
        # the view shows the slide just added or edited, as the list selects it
        if slide.id in [s.id for s in self.window.slides()]:
            self.window.go_to_id(slide.id)

    def remove_school_slide(self) -> None:
        slide_id = self._school_id()
        if slide_id is None:
            return
        at = self.row_of(slide_id)
        ids = self.ids()
        keep = ids[at - 1] if at > 0 else (ids[1] if len(ids) > 1 else "")
        self.apply(self.plan().without_school(slide_id), keep=keep)

    # --- keys -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.slide_list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            key = event.key()
            if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Space:
                self.toggle_current()
                return True
        return False

    # --- the suggested time -----------------------------------------------------------------------

    def show_time(self, slide: Slide) -> None:
        """Under the notes: the time this slide gets in a lesson of the plan's length, its share
        of the times the notes suggest (`plan.slide_share`)."""
        state = self.state
        total = state.lesson_minutes()
        share = slide_share(slide, self.window.slides(), state.audience, total)
        minutes = max(1, round(share))
        if share < 0.75:
            # NOTE: under the speaker notes; {total} is the lesson's length in minutes
            text = _("In a {total}-minute lesson: less than a minute for this slide")
        elif minutes == 1:
            text = _("In a {total}-minute lesson: about a minute for this slide")
        else:
            text = _("In a {total}-minute lesson: about {minutes} minutes for this slide")
        self.time_label.setText(text.format(total=total, minutes=minutes))

    def _status(self, text: str) -> None:
        self.last_status = text
        self.window.status(text, 5000)
