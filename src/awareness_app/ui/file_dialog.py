"""Every file dialog of the app (open a data set or a lesson plan, save a plan, export a PDF, a
PowerPoint file or a chart), with every word in the app's language.

    path, _filter = file_dialog.get_open_file_name(parent, title, folder, filters)
    path, _filter = file_dialog.get_save_file_name(parent, title, folder / name, filters)

They answer as `QFileDialog.getOpenFileName` and `getSaveFileName` do ("" when cancelled), and
callers call them through the module (`file_dialog.get_save_file_name`), so a test replaces
them in one place.

Where the platform has a dialog of its own (Windows, macOS, a desktop's portal or GTK theme),
Qt shows it, worded by the system. Elsewhere (a Linux session with no desktop theme, as in many
school images, and offscreen) Qt draws its own dialog, and Qt's Japanese catalogue
(`qtbase_ja.qm`) lacks some of its words: "Look in:" and "Files of type:" (their source text
gained a shortcut, "&Look in:", and the catalogue was not updated), "Folder" and the other kinds
of `QAbstractFileIconProvider`; and it writes dates and sizes in the system's locale ("6 12 2026
23:55", "2 bytes") whatever the app's language. `file_dialog` gives the dialog those labels from
our own catalogue and shows its columns through `FileColumns`, which writes sizes, kinds and
dates in the app's language.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QFileInfo, QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QLineEdit,
    QListView,
    QTreeView,
    QWidget,
)

from .. import i18n
from ..i18n import _
from .plain import warn

Index = QModelIndex | QPersistentModelIndex

SIZE, KIND, DATE = 1, 2, 3  # the columns of QFileSystemModel after the name


def file_kind(info: QFileInfo) -> str:
    """What a file is, in the app's language: a folder, or a file of its extension."""
    if info.isDir():
        # NOTE: the kind of an entry in a file dialog's list
        return _("Folder")
    suffix = info.suffix()
    if not suffix:
        # NOTE: the kind of an entry (with no extension) in a file dialog's list
        return _("File")
    # NOTE: the kind of an entry in a file dialog's list; {kind} is its extension (PDF, TOML)
    return _("{kind} file").format(kind=suffix.upper())


class FileColumns(QIdentityProxyModel):
    """The dialog's file list as Qt lists it, with the size, kind and date of each entry written
    in the app's language (Qt writes them in the system's locale and lacks "Folder")."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        column = index.column()
        if role != Qt.ItemDataRole.DisplayRole or column not in (SIZE, KIND, DATE):
            return super().data(index, role)
        source = self.sourceModel()
        if not isinstance(source, QFileSystemModel):
            return super().data(index, role)
        info = source.fileInfo(self.mapToSource(index))
        if column == KIND:
            return file_kind(info)
        if column == SIZE:
            return "" if info.isDir() else i18n.format_file_size(info.size())
        modified = info.lastModified().toSecsSinceEpoch()
        return i18n.format_date_time(dt.datetime.fromtimestamp(modified))


def name_limit(folder: str) -> int:
    """The longest file name, in bytes, the disk of `folder` takes (255 where it does not say)."""
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # Windows has no pathconf
        return 255


class AppFileDialog(QFileDialog):
    """Qt's dialog, which refuses a name longer than the disk takes without a word (it counts
    characters, the disk bytes: a Japanese name of 100 characters passes it and fails later):
    here the teacher is told, in the app's language."""

    def accept(self) -> None:
        edit = self.findChild(QLineEdit, "fileNameEdit")
        name = Path(edit.text()).name if edit is not None else ""
        folder = self.directory().absolutePath()
        if self.acceptMode() == QFileDialog.AcceptMode.AcceptSave and len(
            name.encode("utf-8")
        ) > name_limit(folder):
            # NOTE: a file dialog's message when the name typed is longer than the disk takes
            warn(self, self.windowTitle(), _("This file name is too long. Choose a shorter one."))
            return
        super().accept()


def file_dialog(
    parent: QWidget | None, title: str, start: str, filters: str, *, save: bool
) -> QFileDialog:
    """The app's file dialog, not yet shown: `start` is a folder, or a folder and the file name
    offered; `filters` as Qt takes them ("PDF document (*.pdf);;All files (*)")."""
    dialog = AppFileDialog(parent, title, start, filters)
    dialog.setObjectName("app-file-dialog")
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    # NOTE: beside the list of folders at the top of a file dialog (& marks the shortcut key)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, _("&Look in:"))
    # NOTE: beside the list of file types at the bottom of a file dialog
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, _("Files of &type:"))
    dialog.setProxyModel(FileColumns(dialog))  # ignored where the system's dialog is shown
    view = dialog.findChild(QTreeView, "treeView")  # Qt's own dialog's list of files
    if view is not None:  # its size, kind and date whole (2026/12/06 23:55), not elided
        for column in (SIZE, KIND, DATE):
            view.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    places = dialog.findChild(QListView, "sidebar")  # 「コンピュータ」 whole, not 「コン…」
    if places is not None:
        places.setMinimumWidth(places.sizeHintForColumn(0) + 2 * places.frameWidth() + 8)
    return dialog


def _ask(
    parent: QWidget | None, title: str, start: str, filters: str, save: bool
) -> tuple[str, str]:
    dialog = file_dialog(parent, title, start, filters, save=save)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def get_open_file_name(
    parent: QWidget | None, title: str, start: str | Path, filters: str
) -> tuple[str, str]:
    """The file chosen to open and its filter, or ("", "") when cancelled."""
    return _ask(parent, title, str(start), filters, save=False)


def get_save_file_name(
    parent: QWidget | None, title: str, start: str | Path, filters: str
) -> tuple[str, str]:
    """The file to save to and its filter, or ("", "") when cancelled; Qt's dialog asks before
    replacing a file."""
    return _ask(parent, title, str(start), filters, save=True)
