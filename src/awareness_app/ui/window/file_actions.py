"""The main window's File and Help menus: open a newer data set, export and print the handout
and the deck, About; and the status-bar label that says which data set is in use (an
`ElidedLabel`, `elided_label.py`).

    FileActions(state, window, parent, first=plans.menu_actions)   # the window places the menus

Everything here works on the `ClassroomState` at the time of the action (its lesson,
edition, audience, contacts, theme and language), so a data set opened later is what exports
use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from ... import i18n
from ...atomic import write_error_message
from ...export.registry import EXPORTS
from ...export.request import ALTERNATE, UNDER
from ...i18n import _
from ...model.data.dataset import DataSet, DataSetError
from ...model.data.fit import open_dataset
from ...model.lesson.render import dataset_line
from .. import file_dialog
from ..plain import as_plain, warn
from .elided_label import ElidedLabel

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ...themes import Theme
    from ..classroom_state import ClassroomState
    from .services import WindowServices


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def ask_printer(parent: QWidget, title: str, landscape: bool) -> QPrinter | None:
    """Qt's print dialog; the printer the teacher chose, or None when cancelled."""
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


class FileActions(QObject):
    """The File and Help menus and the data-set label, for the window to place
    (`window_layout.place_menus`); `first`: actions that open the File menu (the lesson
    plan's), before a separator."""

    def __init__(
        self,
        state: ClassroomState,
        window: WindowServices,
        parent: QWidget,
        first: Sequence[QAction] = (),
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.window = window
        self.parent_widget = parent  # of the dialogs
        self.file_menu = QMenu(parent)
        self.file_menu.setObjectName("file-menu")
        self.open_action = self._action("open-dataset", self.open_dataset_dialog)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.handout_action = self._action("export-handout", self.export_handout_dialog)
        self.worksheet_action = self._action("export-worksheet", self.export_worksheet_dialog)
        self.deck_action = self._action("export-deck", self.export_deck_dialog)
        self.pptx_action = self._action("export-pptx", self.export_pptx_dialog)
        self.guide_action = self._action("export-guide", self.export_guide_dialog)
        self.print_handout_action = self._action("print-handout", self.print_handout)
        self.print_deck_action = self._action("print-deck", self.print_deck)
        self.print_deck_action.setShortcut(QKeySequence.StandardKey.Print)
        self.quit_action = self._action("quit", window.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if first:
            self.file_menu.addActions(list(first))
            self.file_menu.addSeparator()
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.handout_action)
        self.file_menu.addAction(self.worksheet_action)
        self.file_menu.addAction(self.deck_action)
        self.file_menu.addAction(self.pptx_action)
        self.file_menu.addAction(self.guide_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_handout_action)
        self.file_menu.addAction(self.print_deck_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = QMenu(parent)
        self.help_menu.setObjectName("help-menu")
        self.keys_action = self._action("keys", self.show_keys)
        self.help_menu.addAction(self.keys_action)
        self.about_action = self._action("about", self.show_about)
        self.help_menu.addAction(self.about_action)

        self.dataset_label = ElidedLabel(parent, max_share=0.5)  # for the status bar
        self.dataset_label.setObjectName("dataset-label")
        # for tests: what the last message box said (with its details), and the box
        self.last_message = ""
        self.message_box: QMessageBox | None = None
        state.language_changed.connect(self._language_changed)
        state.edition_changed.connect(self._edition_changed)
        self.retranslate()

    def _action(self, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self.parent_widget)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _edition_changed(self, _dataset: DataSet) -> None:
        self.show_dataset()

    def _language_changed(self, _language: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.file_menu.setTitle(_("&File"))
        self.help_menu.setTitle(_("&Help"))
        self.open_action.setText(_("Open data set…"))
        self.open_action.setToolTip(
            _("Use another data file of the same format, such as a newer year's figures")
        )
        self.handout_action.setText(_("Export handout as PDF…"))
        # NOTE: File menu: the pupils' worksheet for the overshare activity, as a PDF
        self.worksheet_action.setText(_("Export worksheet…"))
        self.worksheet_action.setToolTip(
            _(
                "The pupils' A4 worksheet for the overshare activity, to print for pairs, with "
                "the answer key for the teacher on its last page"
            )
        )
        self.deck_action.setText(_("Export lesson as PDF…"))
        self.pptx_action.setText(_("Export lesson as PowerPoint…"))
        self.pptx_action.setToolTip(
            _(
                "The lesson as a PowerPoint file to present or adapt: editable text and "
                "charts, notes for whoever presents it; in one language or both"
            )
        )
        self.guide_action.setText(_("Export lesson guide…"))
        self.guide_action.setToolTip(
            _("The lesson guide for the teacher, as the plan has the lesson: Word or PDF")
        )
        self.print_handout_action.setText(_("Print handout…"))
        self.print_deck_action.setText(_("Print lesson…"))
        self.quit_action.setText(_("Quit"))
        self.about_action.setText(_("About SNS Safety Classroom"))
        # NOTE: Help menu: the list of keys (also H or ? in every view)
        self.keys_action.setText(_("Keys…"))
        self.show_dataset()

    def show_dataset(self) -> None:
        dataset = self.state.dataset
        text = dataset_line(dataset)
        self.dataset_label.setText(text)
        self.dataset_label.setToolTip(as_plain(dataset.path))
        self.dataset_label.setAccessibleName(self.dataset_label.text())

    # --- messages -------------------------------------------------------------------------------

    def _warn(self, title: str, text: str, details: str = "") -> None:
        """A warning; `details` (the technical words) behind the box's Show Details."""
        self.last_message = "\n\n".join(part for part in (text, details) if part)
        if not details:
            warn(self.parent_widget, title, text)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.parent_widget
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # it may quote a file's name
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_box = box

    def _saved(self, path: Path) -> None:
        self.window.status(_("Saved {file}").format(file=path))

    # --- the data set -----------------------------------------------------------------------------

    def open_dataset_dialog(self) -> None:
        start = self.state.settings.last_folder or str(Path(self.state.dataset.path).parent)
        path, _filter = file_dialog.get_open_file_name(
            self.parent_widget, _("Open data set"), start, _("Data set (*.toml);;All files (*)")
        )
        if path:
            self.state.settings.last_folder = str(Path(path).parent)
            self.open_dataset(Path(path))

    def open_dataset(self, path: Path) -> bool:
        """Validate the data file at `path` and use it; on any problem, say what it is and keep
        the data in use."""
        title = _("Open data set")
        try:
            dataset = open_dataset(path, self.state.base_lesson)
        except DataSetError as error:
            text = _(
                "The file {name} cannot be used as a data set, so the app keeps the data it has."
                " Ask whoever prepared the file to check it: the details say what is wrong."
            ).format(name=path.name)
            self._warn(title, text, str(error))
            return False
        self.state.set_edition(dataset)  # every view follows edition_changed
        # NOTE: the status line after File › Open; {title} is the data file's own title
        self.window.status(
            _("Now using {title} from {file}").format(title=_(dataset.title), file=path)
        )
        return True

    # --- exports ------------------------------------------------------------------------------

    def _handout_languages(self) -> list[str] | None:
        return self._languages(_("Handout"), _("Language of the handout:"))

    def _languages(self, title: str, question: str) -> list[str] | None:
        """One language (the window's, or the other), or both, the window's first; None when
        cancelled."""
        current = self.state.language
        other = next(lang for lang in i18n.LANGUAGES if lang != current)
        choices = [
            ([current], i18n.LANGUAGES[current]),
            ([other], i18n.LANGUAGES[other]),
            (
                [current, other],
                _("Both languages, one page each ({first} first)").format(
                    first=i18n.LANGUAGES[current]
                ),
            ),
        ]
        labels = [label for _langs, label in choices]
        label, ok = QInputDialog.getItem(self.parent_widget, title, question, labels, 0, False)
        if not ok:
            return None
        return choices[labels.index(label)][0]

    def _with_notes(self) -> bool | None:
        labels = [_("Slides only, one a page"), _("Slides with their speaker notes")]
        label, ok = QInputDialog.getItem(
            self.parent_widget, _("Lesson as PDF"), _("What to include:"), labels, 0, False
        )
        return None if not ok else labels.index(label) == 1

    def _save_path(
        self, title: str, name: str, kind: str | None = None, suffix: str = ".pdf"
    ) -> Path | None:
        folder = self.state.settings.last_folder or str(_documents())
        path, _filter = file_dialog.get_save_file_name(
            self.parent_widget, title, str(Path(folder) / name), kind or _("PDF document (*.pdf)")
        )
        if not path:
            return None
        self.state.settings.last_folder = str(Path(path).parent)
        return Path(path) if path.lower().endswith(suffix) else Path(path + suffix)

    def export_handout_dialog(self) -> None:
        languages = self._handout_languages()
        if languages is None:
            return
        name = f"handout-{self.state.audience.value}-{'-'.join(languages)}.pdf"
        path = self._save_path(_("Export handout as PDF"), name)
        if path is not None:
            self.export_handout(path, languages)

    def export_handout(self, path: Path, languages: list[str]) -> bool:
        from ...export.request import request_from

        what = request_from(self.state, languages=languages)
        return self._write(
            _("Export handout as PDF"), path, lambda: EXPORTS["handout-pdf"].write(path, what)
        )

    def export_worksheet_dialog(self) -> None:
        # NOTE: the question before File › Export worksheet: its language, or both
        languages = self._languages(_("Worksheet"), _("Language of the worksheet:"))
        if languages is None:
            return
        name = f"worksheet-{self.state.audience.value}-{'-'.join(languages)}.pdf"
        path = self._save_path(_("Export worksheet"), name)
        if path is not None:
            self.export_worksheet(path, languages)

    def export_worksheet(self, path: Path, languages: list[str]) -> bool:
        from ...export.request import request_from

        what = request_from(self.state, languages=languages)
        return self._write(
            _("Export worksheet"), path, lambda: EXPORTS["worksheet-pdf"].write(path, what)
        )

    def export_deck_dialog(self) -> None:
        notes = self._with_notes()
        if notes is None:
            return
        suffix = "-notes" if notes else ""
        name = f"lesson-{self.state.audience.value}-{self.state.language}{suffix}.pdf"
        path = self._save_path(_("Export lesson as PDF"), name)
        if path is not None:
            self.export_deck(path, notes)

    def export_deck(self, path: Path, with_notes: bool, theme: Theme | None = None) -> bool:
        from ...export.request import request_from

        what = request_from(self.state, with_notes=with_notes, paper_theme=theme)
        return self._write(
            _("Export lesson as PDF"), path, lambda: EXPORTS["lesson-pdf"].write(path, what)
        )

    def _pptx_languages(self) -> tuple[list[str], str] | None:
        """The PowerPoint file's languages and, for both, how they pair (`pptx_bilingual`):
        the window's language, the other, or both (the other under it on each slide, or each
        slide followed by its other language's). Both, under, is offered first while the
        presentation is in its bilingual view; None when cancelled."""
        current = self.state.language
        other = next(lang for lang in i18n.LANGUAGES if lang != current)
        names = {"first": i18n.LANGUAGES[current], "second": i18n.LANGUAGES[other]}
        choices = [
            ([current], UNDER, i18n.LANGUAGES[current]),
            ([other], UNDER, i18n.LANGUAGES[other]),
            (
                [current, other],
                UNDER,
                # NOTE: File › Export lesson as PowerPoint: a choice of the file's languages
                _("Both languages: {second} under {first} on each slide").format(**names),
            ),
            (
                [current, other],
                ALTERNATE,
                # NOTE: File › Export lesson as PowerPoint: a choice of the file's languages
                _("Both languages: each slide in {first}, then in {second}").format(**names),
            ),
        ]
        labels = [label for _langs, _pairing, label in choices]
        start = 2 if self.window.bilingual() else 0
        label, ok = QInputDialog.getItem(
            self.parent_widget,
            _("Lesson as PowerPoint"),
            _("Language of the PowerPoint file:"),
            labels,
            start,
            False,
        )
        if not ok:
            return None
        languages, pairing, _label = choices[labels.index(label)]
        return languages, pairing

    def export_pptx_dialog(self) -> None:
        chosen = self._pptx_languages()
        if chosen is None:
            return
        languages, pairing = chosen
        state = self.state
        name = f"lesson-{state.audience.value}-{'-'.join(languages)}.pptx"
        path = self._save_path(
            _("Export lesson as PowerPoint"),
            name,
            _("PowerPoint presentation (*.pptx)"),
            ".pptx",
        )
        if path is not None:
            self.export_pptx(path, languages, pairing)

    def export_pptx(self, path: Path, languages: Sequence[str] = (), pairing: str = UNDER) -> bool:
        """The lesson of the window's state (its lesson, edition, audience and the school's
        contacts) as a PowerPoint file in `languages` (by default the state's language; two: a
        bilingual deck, paired as `pairing` says, `request.PAIRINGS`); the charts are
        drawn in the chart thread."""
        from ...export.request import request_from

        what = request_from(self.state, languages=languages, pairing=pairing)
        return self._write(
            _("Export lesson as PowerPoint"), path, lambda: EXPORTS["pptx"].write(path, what)
        )

    def export_guide_dialog(self) -> None:
        state = self.state
        name = f"guide-{state.audience.value}-{state.language}.docx"
        kinds = _("Word document (*.docx)") + ";;" + _("PDF document (*.pdf)")
        path = self._save_path(_("Export lesson guide"), name, kinds, "")
        if path is not None:
            guide = EXPORTS["lesson-guide"]
            self.export_guide(path if guide.writes(path) else path.with_name(path.name + ".docx"))

    def export_guide(self, path: Path) -> bool:
        """The lesson guide of the window's state (its plan, length, audience, language and the
        school's contacts), as a Word document or a PDF by `path`'s extension."""
        from ...export.request import request_from

        what = request_from(self.state)
        return self._write(
            _("Export lesson guide"), path, lambda: EXPORTS["lesson-guide"].write(path, what)
        )

    def _write(self, title: str, path: Path, write: Callable[[], object]) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write()
        except OSError as error:
            QGuiApplication.restoreOverrideCursor()
            self._warn(title, write_error_message(path, error))
            return False
        QGuiApplication.restoreOverrideCursor()
        self._saved(path)
        return True

    # --- printing -----------------------------------------------------------------------------

    def print_handout(self) -> bool:
        from ..pdf.handout import paint_handout

        languages = self._handout_languages()
        if languages is None:
            return False
        printer = ask_printer(self.parent_widget, _("Print handout"), landscape=False)
        if printer is None:
            return False
        state = self.state
        paint_handout(
            printer,
            state.lesson,
            state.dataset,
            state.audience,
            languages,
            contacts=state.contacts,
            furigana=state.furigana,
            charts=state.charts,
            outdated=state.outdated(),
        )
        return True

    def print_deck(self) -> bool:
        from ...themes import LIGHT
        from ..pdf.deck import paint_deck

        notes = self._with_notes()
        if notes is None:
            return False
        printer = ask_printer(self.parent_widget, _("Print lesson"), landscape=not notes)
        if printer is None:
            return False
        state = self.state
        # paper: always the light theme, whatever the projector shows
        if printer.outputFormat() == printer.OutputFormat.PdfFormat and printer.outputFileName():
            # "Print to file": the same vector PDF as File › Export lesson as PDF
            return self.export_deck(Path(printer.outputFileName()), notes, theme=LIGHT)
        paint_deck(
            printer,
            state.lesson,
            state.dataset,
            state.audience,
            with_notes=notes,
            theme=LIGHT,
            language=state.language,
            contacts=state.contacts,
            furigana=state.furigana,
            charts=state.charts,
            outdated=state.outdated(),
        )
        return True

    # --- about --------------------------------------------------------------------------------

    def show_keys(self) -> None:
        """The keys of the window and the presentation (H or ?; Help › Keys…)."""
        from .key_list import KeyListDialog

        dialog = KeyListDialog(self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # gone from the tree
        dialog.open()
        self.keys_dialog = dialog

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        dialog = AboutDialog(self.state.dataset, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # gone from the tree
        dialog.open()
        self.about_dialog = dialog
