"""The main window: the slide list, the current slide, its speaker notes, and the choices of
audience, language, edition and theme. For preparing and for presenting from the laptop.

The window is handed the `ClassroomState` and shows it: a choice made here goes to the state
(which remembers it), and the window follows the state's signals like every other view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import i18n, resources
from ...i18n import _
from ...model.data.dataset import DataSet, DataSetError, load_dataset
from ...model.lesson.lesson import Audience, Lesson
from ...model.lesson.render import AUDIENCE_LABELS, is_built_in
from ...model.text import ruby
from ...model.text.line_breaks import joined
from ...surfaces import surface
from ...themes import THEMES, Theme
from ..accessibility import (
    focus_style,
    install_accessible_interfaces,
    label_toolbar,
    repaint_on_focus,
)
from ..classroom_state import ClassroomState
from ..presenting.controller import PresentationController
from ..presenting.key_router import KeyRouter, scroll_notes
from ..presenting.keys import NEXT_KEYS, PREVIOUS_KEYS, Action
from ..settings import Settings
from ..slides.slide_view import SlideView
from . import window_layout
from .edition_box import fill_edition_box
from .edition_notice import EditionNotice
from .elided_label import ElidedLabel
from .file_actions import FileActions
from .furigana_menu import FuriganaMenu
from .plan_actions import PlanActions
from .plan_editor import PlanEditor
from .services import STATUS_MSECS

if TYPE_CHECKING:
    from ..presenting.session import PresentingSession

__all__ = ["NEXT_KEYS", "PREVIOUS_KEYS", "MainWindow"]
THEME_LABELS = {
    "light": i18n.N_("Light"),
    "dark": i18n.N_("Dark"),
    "high-contrast": i18n.N_("High contrast"),
}


LIST_WIDTH = 260  # the slide list's width, in pixels …
LIST_SHARE = 0.2  # … at most this share of a small window's width
LIST_MIN_WIDTH = 120


@surface("window", "the main window: toolbar, slide list, status")
class MainWindow(QMainWindow):
    def __init__(self, state: ClassroomState, warnings: list[str] | None = None) -> None:
        super().__init__()
        install_accessible_interfaces()
        self.state = state
        settings = state.settings
        # the position in the lesson, shared with the presentation view and the presenter
        # console; the overshare reveal and the quiz take next / previous first (its step hook)
        self.presenting = PresentationController(state, self)
        self.presenting.slide_changed.connect(self.refresh_slide)
        self.presenting.display_changed.connect(self.refresh_slide)
        state.activities.reset()
        self.session: PresentingSession | None = None
        self._warnings = list(warnings or [])

        self.slide_view = SlideView(self)
        self.slide_view.activity.set_session(state.activities)
        self.slide_view.chart.settings = settings  # the chart's exports start in the last folder
        self.slide_view.sources_requested.connect(self.show_sources)
        # read-only text, not a label: a screen reader reads it line by line, and it scrolls
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setReadOnly(True)
        self.notes_heading = QLabel(self)
        self.notes_heading.setObjectName("notes-heading")
        self.notes_heading.setBuddy(self.notes)
        self.slide_list = QListWidget(self)
        self.slide_list.setObjectName("slide-list")
        self.slide_list.currentRowChanged.connect(self._list_row_changed)
        # warnings quote the settings and the site configuration: plain text, long lines elided
        self.banner = ElidedLabel(self)
        self.banner.setObjectName("banner")
        style = "background: #FFF4CC; color: #111111; padding: 8px; border-bottom: 2px solid"
        self.banner.setStyleSheet(f"QLabel#banner {{ {style} #8A6D00; }}")
        self.banner.setVisible(False)
        self.edition_notice = EditionNotice(state, self)  # the newest figures are out of date

        notes_box = QWidget(self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 4, 0, 0)
        notes_layout.addWidget(self.notes_heading)
        notes_layout.addWidget(self.notes)
        self._notes_layout = notes_layout
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.slide_view)
        right.addWidget(notes_box)
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        right.setSizes([4000, 1000])  # the slide gets four fifths of the height
        # the slide list, under the lesson plan's chooser (plan_actions.py)
        self.list_pane = QWidget(self)
        list_layout = QVBoxLayout(self.list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.slide_list, 1)
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(self.list_pane)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        main.setSizes([LIST_WIDTH, 1020])
        main.setCollapsible(0, True)  # drag the divider to the left edge to hide the list
        main.setCollapsible(1, False)
        self._splitter = main
        self.slide_list.setMinimumWidth(LIST_MIN_WIDTH)
        self.slide_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.slide_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.edition_notice)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_keys()
        self.plans = PlanActions(state, self, self)  # self: their WindowServices (services.py)
        self.files = FileActions(state, self, self, first=self.plans.menu_actions)  # File, Help
        self.editor = PlanEditor(state, self, self, self.slide_list)  # check boxes, school slides
        self.editor.told.connect(self.plans.tell)
        self.furigana = FuriganaMenu(state, self)
        self.furigana.chosen.connect(self.presenting.display_changed)
        files, plans, editor, view = self.files, self.plans, self.editor, self.slide_view
        menus = [files.file_menu, self.furigana.menu, files.help_menu]
        leaving = [files.file_menu, files.help_menu]  # Esc leaves the menu bar too
        window_layout.place_bars(self, menus, leaving, files.dataset_label)
        above = [plans.label, plans.box, editor.length_row]
        window_layout.fill_list_pane(list_layout, above, [editor.add_button, editor.school_buttons])
        self._notes_layout.insertWidget(1, editor.time_label)
        state.language_changed.connect(self._language_changed)
        state.audience_changed.connect(self._audience_changed)
        state.edition_changed.connect(self._edition_changed)
        state.theme_changed.connect(self._theme_changed)
        state.plan_changed.connect(self._plan_changed)
        # the slide to open on, before the first (and only) drawing of the slide and the list
        ids = [s.id for s in self.slides()]
        last = settings.last_slide(self.audience)
        self.presenting.index = ids.index(last) if last in ids else 0
        settings.set_last_slide(self.audience, self.current_slide_id())
        self.retranslate()
        self.show_warnings(self._warnings)
        central.setStyleSheet(focus_style())  # focus visible on every control
        self.choices_bar.setStyleSheet(focus_style())
        # a toggle (the bilingual view) shows clearly when it is on
        self.toolbar.setStyleSheet(
            focus_style() + "QToolButton:checked { background: #005A8C; color: #FFFFFF;"
            " border: 1px solid #005A8C; border-radius: 3px; }"
            "QToolButton:checked:focus { border: 3px solid #111111; }"
        )
        repaint_on_focus(self)
        # Tab: the toolbars, the plan, the list, the slide (its buttons), the notes
        chain = [self.plans.box, editor.length_box, self.slide_list, editor.add_button]
        chain += [editor.edit_button, editor.remove_button, view, view.chart.table_button]
        chain += [view.chart.menu_button, view.chart.table, view.sources_button, self.notes]
        window_layout.set_tab_order(self, (self.toolbar, self.choices_bar), chain)
        self.slide_view.setFocus()

    # --- building -----------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.previous_action = QAction(self)
        self.previous_action.triggered.connect(self.previous)
        self.next_action = QAction(self)
        self.next_action.triggered.connect(self.next)
        bar.addAction(self.previous_action)
        bar.addAction(self.next_action)
        # the choices in a toolbar of their own, which goes under the buttons in a narrow
        # window (1024 pixels): every control stays on the screen, none behind a ≫ button
        choices = QToolBar(self)
        choices.setObjectName("choices")
        choices.setMovable(False)
        self.choices_bar = choices
        self.audience_label = QLabel(self)
        self.audience_box = QComboBox(self)
        self.audience_box.setObjectName("audience")
        for audience in Audience:
            self.audience_box.addItem("", audience.value)
        self.audience_box.setCurrentIndex(list(Audience).index(self.audience))
        self.audience_box.currentIndexChanged.connect(self._audience_chosen)
        self.audience_label.setBuddy(self.audience_box)
        self.language_label = QLabel(self)
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(list(i18n.LANGUAGES).index(self.state.language))
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.language_label.setBuddy(self.language_box)
        # the edition of the figures: the built-in ones, newest first, and a data file opened
        # from File › Open or --data as one more entry
        self.edition_label = QLabel(self)
        self.edition_box = QComboBox(self)
        self.edition_box.setObjectName("edition")
        self.edition_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.edition_box.activated.connect(self._edition_chosen)
        self.edition_label.setBuddy(self.edition_box)
        self.theme_label = QLabel(self)
        self.theme_box = QComboBox(self)
        self.theme_box.setObjectName("theme")
        for name in THEMES:
            self.theme_box.addItem("", name)
        self.theme_box.setCurrentIndex(list(THEMES).index(self.theme.name))
        self.theme_box.currentIndexChanged.connect(self._theme_chosen)
        self.theme_label.setBuddy(self.theme_box)
        for box in (self.audience_box, self.language_box, self.theme_box):
            # wide enough for the longest entry in either language ("Englisl" was clipped)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for box in (self.audience_box, self.language_box, self.edition_box, self.theme_box):
            # a click opens the list and leaves the focus on the slide, so the lesson keys go
            # on moving the lesson; reached with Tab, the list keeps its arrows (focus_owns_key)
            box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for label, box in (
            (self.audience_label, self.audience_box),
            (self.language_label, self.language_box),
            (self.edition_label, self.edition_box),
            (self.theme_label, self.theme_box),
        ):
            label.setContentsMargins(12, 0, 4, 0)
            choices.addWidget(label)
            choices.addWidget(box)
        # the sources of a slide's figures: the Sources button on every slide (the toolbar has
        # no room for it beside the edition box at 1280 pixels)
        self.sources_action = QAction(self)
        self.sources_action.triggered.connect(self.show_sources)
        self.addAction(self.sources_action)
        bar.addSeparator()
        self.contacts_action = QAction(self)
        self.contacts_action.setObjectName("local-contacts")
        self.contacts_action.triggered.connect(self.edit_contacts)
        bar.addAction(self.contacts_action)
        self.present_action = QAction(self)
        self.present_action.triggered.connect(lambda: self.start_presenting(from_start=True))
        self.bilingual_action = QAction(self)
        self.bilingual_action.setCheckable(True)
        self.bilingual_action.toggled.connect(self.presenting.set_bilingual)
        bar.addSeparator()
        bar.addAction(self.present_action)
        bar.addAction(self.bilingual_action)
        self.addToolBar(choices)
        self.toolbar = bar

    def _build_keys(self) -> None:
        # the same keys as the presentation view and the console (see presenting.py), taken
        # from the window's first paint on (see KeyRouter.listen)
        self.key_router = KeyRouter(self, self.presenting, self._view_action, from_first_paint=True)

    def _view_action(self, action: Action) -> bool:
        """The keys that mean something else in this window than in the presentation."""
        if action in (Action.START, Action.START_HERE):
            self.start_presenting(from_start=action == Action.START)
            return True
        if action == Action.FULL_SCREEN:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
            return True
        if action == Action.OVERVIEW:
            self.slide_list.setFocus()
            return True
        if action == Action.HELP:
            self.files.show_keys()
            return True
        if action in (Action.NOTES_UP, Action.NOTES_DOWN):
            scroll_notes(self.notes, action)
            return True
        # the pause and white screens (and swapping screens) are for presenting only
        return action in (
            Action.PAUSE,
            Action.WHITE,
            Action.LEAVE,
            Action.NOTES,
            Action.SWAP_SCREENS,
        )

    # --- presenting ---------------------------------------------------------------------------

    def start_presenting(self, from_start: bool = True, bilingual: bool | None = None) -> None:
        """F5 (from the first slide) or Shift+F5 (from this one): the presentation view full
        screen, and the presenter console when there is a second screen."""
        if bilingual is not None:
            self.bilingual_action.setChecked(bilingual)
        if self.session is not None and self.session.is_active():
            self.session.stop()
        if from_start:  # a lesson from the start: the rehearsed activity and quiz start fresh
            self.state.activities.reset()
        # deferred: the presentation view and the console are not needed for the first paint
        from ..presenting.session import PresentingSession

        self.session = PresentingSession(self.presenting, self)
        self.session.ended.connect(self._presenting_ended)
        self.session.start(0 if from_start else None)
        self.hide()  # and drawn again only when it shows (`refresh_slide`): not at each step
        self.slide_view.activity.set_deferred(True)

    def stop_presenting(self) -> None:
        if self.session is not None:
            self.session.stop()

    def _presenting_ended(self) -> None:
        self.session = None
        self.slide_view.activity.set_deferred(False)
        self.refresh_slide()
        self.show()
        self.activateWindow()
        self.slide_view.setFocus()

    # --- navigation ---------------------------------------------------------------------------

    def slides(self) -> list:
        return self.lesson.for_audience(self.audience)

    def current_slide_id(self) -> str:
        return self.slides()[self.index].id

    # the position is the controller's, the rest the state's, so that every view shows the same
    @property
    def index(self) -> int:
        return self.presenting.index

    @index.setter
    def index(self, value: int) -> None:
        self.presenting.index = value

    @property
    def lesson(self) -> Lesson:
        return self.state.lesson

    @property
    def dataset(self) -> DataSet:
        return self.state.dataset

    @property
    def settings(self) -> Settings:
        return self.state.settings

    @property
    def audience(self) -> Audience:
        return self.state.audience

    @property
    def theme(self) -> Theme:
        return self.state.theme

    def go_to(self, index: int) -> None:
        self.presenting.go_to(index)  # every view follows (slide_changed)

    def go_to_id(self, slide_id: str) -> None:
        ids = [s.id for s in self.slides()]
        self.go_to(ids.index(slide_id) if slide_id in ids else 0)

    def next(self) -> None:
        self.presenting.next()

    def previous(self) -> None:
        self.presenting.previous()

    def first(self) -> None:
        self.go_to(0)

    def _list_row_changed(self, row: int) -> None:
        index = self.editor.index_of_row(row)  # None: a hidden slide (the lesson stays)
        if index is not None and index != self.index:
            self.go_to(index)

    # --- what is shown ------------------------------------------------------------------------

    def refresh_slide(self) -> None:
        slide = self.slides()[self.index]
        rendered, title = self.state.render(slide)
        self.setWindowTitle(f"{ruby.plain(rendered.title)} — {_('SNS Safety Classroom')}")
        if self.session is not None and self.isHidden():
            return  # presenting: the room's and the presenter's views first (issue 22)
        self.slide_view.text_scale = self.presenting.text_scale
        s = self.state  # its chart renderer and furigana setting draw the slide
        self.slide_view.show_slide(
            rendered, s.dataset, s.audience, s.theme, title, charts=s.charts, furigana=s.furigana
        )
        self.notes.setPlainText(joined(rendered.notes))  # lines break between phrases
        self.editor.show_index(self.index)
        self.editor.show_time(slide)
        self.previous_action.setEnabled(self.index > 0)
        self.next_action.setEnabled(self.index < len(self.slides()) - 1)
        if slide.chart:
            QTimer.singleShot(0, self._prefetch_charts)

    def _prefetch_charts(self) -> None:
        """Draw this chart in the other language and audiences while the teacher talks."""
        chart = self.slide_view.chart
        if chart.isVisible():
            self.state.charts.prefetch(chart.variants(list(i18n.LANGUAGES), list(Audience)))

    def retranslate(self) -> None:
        """Every visible string again, in the current language."""
        self.menuBar().setAccessibleName(_("Menu bar"))
        self.statusBar().setAccessibleName(_("Status bar"))
        self.previous_action.setText(_("Previous"))
        self.previous_action.setToolTip(_("Previous slide (Left, Page Up)"))
        self.next_action.setText(_("Next"))
        self.next_action.setToolTip(_("Next slide (Right, Page Down, Space)"))
        self.sources_action.setText(_("Sources"))
        self.sources_action.setToolTip(_("Show the sources of the figures on this slide"))
        self.contacts_action.setText(_("Local contacts…"))
        self.contacts_action.setToolTip(_("Add your school's contacts to the closing slide"))
        self.audience_label.setText(_("Audience:"))
        self.language_label.setText(_("Language:"))
        self.theme_label.setText(_("Theme:"))
        # NOTE: the toolbar's choice of the year of the police figures
        self.edition_label.setText(_("Figures:"))
        self.edition_box.setAccessibleName(_("Edition of the figures"))
        self.show_edition()
        for row, audience in enumerate(Audience):
            self.audience_box.setItemText(row, _(AUDIENCE_LABELS[audience]))
        for row, name in enumerate(THEMES):
            self.theme_box.setItemText(row, _(THEME_LABELS[name]))
        self.audience_box.setAccessibleName(_("Audience"))
        self.language_box.setAccessibleName(_("Language"))
        self.theme_box.setAccessibleName(_("Theme"))
        self.slide_list.setAccessibleName(_("Slides"))
        self.notes.setAccessibleName(_("Speaker notes"))
        self.notes_heading.setText(_("Speaker notes"))
        self.present_action.setText(_("Present"))
        self.present_action.setToolTip(
            _("Present full screen from the first slide (F5; from this slide: Shift+F5)")
        )
        self.bilingual_action.setText(_("Bilingual view"))
        self.bilingual_action.setToolTip(_("Show English and Japanese together when presenting"))
        label_toolbar(self.toolbar)
        label_toolbar(self.choices_bar)
        self.toolbar.setWindowTitle(_("Toolbar"))
        self.toolbar.setAccessibleName(_("Toolbar"))
        self.choices_bar.setWindowTitle(_("Lesson choices"))
        self.choices_bar.setAccessibleName(_("Lesson choices"))
        for bar in (self.toolbar, self.choices_bar):
            more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
            if more is not None:  # the ≫ button of a toolbar too narrow for all its buttons
                more.setAccessibleName(_("More tools"))
                more.setToolTip(_("More tools"))
        self.editor.retranslate()
        self.editor.fill_list()  # every slide of the plan, hidden ones too
        self.refresh_slide()
        # the words' widths differ between languages
        window_layout.wrap_toolbars(self, self.toolbar, self.choices_bar)

    def show_edition(self) -> None:
        """The edition box: the built-in editions, newest first, and a data file opened."""
        fill_edition_box(self.edition_box, self.dataset)

    def _edition_chosen(self, row: int) -> None:
        year = self.edition_box.itemData(row)
        if not year or (is_built_in(self.dataset) and year == self.dataset.year):
            return
        try:
            dataset = load_dataset(resources.edition_file(year))  # fits the lesson (the tests)
        except DataSetError as error:  # a damaged installation
            self.show_warnings([str(error)])
            self.show_edition()
            return
        self.state.set_edition(dataset, remember=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A small window: the slide list narrows (never below its minimum), so the slide
        keeps its room; a list the teacher hid stays hidden."""
        super().resizeEvent(event)
        window_layout.wrap_toolbars(self, self.toolbar, self.choices_bar)
        sizes = self._splitter.sizes()
        wanted = max(LIST_MIN_WIDTH, min(LIST_WIDTH, round(self.width() * LIST_SHARE)))
        if sizes[0] > wanted:
            self._splitter.setSizes([wanted, sum(sizes) - wanted])

    def show_warnings(self, warnings: list[str]) -> None:
        self._warnings = warnings
        self.banner.setText("\n".join(warnings))
        self.banner.setVisible(bool(warnings))

    def warnings(self) -> list[str]:
        return list(self._warnings)

    def status(self, text: str, msecs: int = STATUS_MSECS) -> None:
        window_layout.show_status(self.statusBar(), text, self.files.dataset_label, msecs)

    def bilingual(self) -> bool:
        return self.presenting.bilingual

    # --- choices ------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        warning = self.state.set_language(language)  # the window follows language_changed
        if warning:
            self.show_warnings([warning])

    def set_audience(self, audience: Audience) -> None:
        self.state.set_audience(audience)  # the window follows audience_changed

    def set_theme(self, name: str) -> None:
        self.state.set_theme(name)

    def _language_chosen(self, row: int) -> None:
        self.set_language(self.language_box.itemData(row))

    def _audience_chosen(self, row: int) -> None:
        self.set_audience(Audience(self.audience_box.itemData(row)))

    def _theme_chosen(self, row: int) -> None:
        self.set_theme(self.theme_box.itemData(row))

    # --- following the state -----------------------------------------------------------------

    def _language_changed(self, language: str) -> None:
        self.language_box.blockSignals(True)  # the language may change from another view (L)
        self.language_box.setCurrentIndex(list(i18n.LANGUAGES).index(language))
        self.language_box.blockSignals(False)
        self.retranslate()

    def _audience_changed(self, audience: Audience) -> None:
        # the controller has kept the slide (it follows the state first)
        self.audience_box.blockSignals(True)
        self.audience_box.setCurrentIndex(list(Audience).index(audience))
        self.audience_box.blockSignals(False)
        self.editor.fill_list()  # every slide of the plan, hidden ones too

    def _edition_changed(self, _dataset: DataSet) -> None:
        self.show_edition()
        self.retranslate()  # the slide list, the slide, its chart and the notes

    def _plan_changed(self) -> None:
        # the controller has kept the slide where the plan has it (it follows the state first)
        self.editor.fill_list()  # every slide of the plan, hidden ones too
        self.refresh_slide()

    def _theme_changed(self, theme: Theme) -> None:
        self.theme_box.blockSignals(True)
        self.theme_box.setCurrentIndex(list(THEMES).index(theme.name))
        self.theme_box.blockSignals(False)

    def edit_contacts(self) -> None:
        """The school's own contacts for the closing slide (the state saves them)."""
        from .contacts_dialog import ContactsDialog

        self._contacts_dialog = window_layout.opened(ContactsDialog(self.state, self))

    def show_sources(self) -> None:
        rendered = self.slide_view.rendered
        if rendered is None:
            return
        from .source_dialog import SourceDialog  # deferred: not needed for the first paint

        self._source_dialog = window_layout.opened(
            SourceDialog(rendered, self.dataset, self.audience, self)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None:
            self.session.ended.disconnect(self._presenting_ended)
            self.session.stop()
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.sync()
        super().closeEvent(event)

    def place_on_screen(self) -> None:
        window_layout.place_on_screen(self, self.settings.window_geometry)
