"""Local contacts: the school's own places to get help, added in a dialog and shown first on the
closing slide (and in the exported script).

A contact has a name in English, Japanese or both, a phone number or a room, and hours. The
dialog checks each one with `model.contacts.validate` and says what is wrong in words; nothing
is saved until the teacher presses Save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import _
from ...model.lesson.contacts import MAX_CONTACTS, LocalContact, validate, validate_all
from ..classroom_state import ClassroomState


def describe_contact(contact: LocalContact) -> str:
    """One line of the dialog's list: name — phone or room (hours)."""
    line = f"{contact.name()} — {contact.phone_or_room}"
    return f"{line} ({contact.hours()})" if contact.hours() else line


class ContactsDialog(QDialog):
    """Add, change and remove the school's contacts; Save gives them to the classroom's state,
    which keeps them in the settings and shows them on every closing slide."""

    def __init__(self, state: ClassroomState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        # the contacts to mend (saved once, not valid now) are listed too: never dropped unasked
        mend = [c for c in state.settings.contacts_to_mend if c not in state.contacts]
        self.contacts: list[LocalContact] = [*state.contacts, *mend]
        self._saved = list(self.contacts)  # to tell whether closing would lose something
        self.setObjectName("contacts-dialog")
        self.setWindowTitle(_("Local contacts"))
        self.resize(720, 560)

        intro = QLabel(
            _(
                "Add your school's own contacts, such as the counsellor's room or the local "
                "police station. They are shown first on the closing slide and in the exported "
                "script. Give the name in English, in Japanese or in both."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("contact-list")
        self.list.setAccessibleName(_("Local contacts"))
        self.list.currentRowChanged.connect(self._row_chosen)

        self.name_en = self._field("name-en", _("e.g. School counsellor's room"))
        self.name_ja = self._field("name-ja", _("e.g. スクールカウンセラー室"))
        self.phone_or_room = self._field("phone-or-room", _("e.g. 03-1234-5678, or Room 2-3"))
        self.hours_en = self._field("hours-en", _("e.g. Weekdays 8:30–17:00"))
        self.hours_ja = self._field("hours-ja", _("e.g. 平日 8:30〜17:00"))
        form = QFormLayout()
        for label, field in (
            (_("Name in English:"), self.name_en),
            (_("Name in Japanese:"), self.name_ja),
            (_("Phone number or room:"), self.phone_or_room),
            (_("Hours in English:"), self.hours_en),
            (_("Hours in Japanese:"), self.hours_ja),
        ):
            form.addRow(label, field)
            field.setAccessibleName(label.rstrip(":："))

        self.message = QLabel(self)
        self.message.setObjectName("contact-message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(
            "QLabel#contact-message { color: #7A1E00; background: #FFF4CC;"
            " border-left: 4px solid #8A6D00; padding: 6px; }"
        )
        self.message.setVisible(False)

        self.add_button = QPushButton(_("Add"), self)
        self.add_button.setObjectName("add-contact")
        self.add_button.clicked.connect(self.add)
        self.update_button = QPushButton(_("Change the selected contact"), self)
        self.update_button.setObjectName("update-contact")
        self.update_button.clicked.connect(self.update_selected)
        self.remove_button = QPushButton(_("Remove the selected contact"), self)
        self.remove_button.setObjectName("remove-contact")
        self.remove_button.clicked.connect(self.remove_selected)
        edit_buttons = QHBoxLayout()
        for button in (self.add_button, self.update_button, self.remove_button):
            # Enter on a focused button presses that button, never the dialog's Save (which
            # would close the dialog); Enter in a field still presses Save
            button.setAutoDefault(True)
            edit_buttons.addWidget(button)
        edit_buttons.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(edit_buttons)
        layout.addWidget(self.buttons)
        self._fill()
        if mend:  # the first one to mend, chosen, with what is wrong with it
            self.list.setCurrentRow(self.contacts.index(mend[0]))
            self.show_message(validate(mend[0]))

    def _field(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        field.setMaxLength(80)
        field.textEdited.connect(lambda _text: self.show_message([]))  # an old message goes
        return field

    # --- the list -----------------------------------------------------------------------------

    def _fill(self, row: int = -1) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for contact in self.contacts:
            QListWidgetItem(describe_contact(contact), self.list)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.list.currentRow() >= 0
        self.update_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.add_button.setEnabled(len(self.contacts) < MAX_CONTACTS)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.contacts):
            contact = self.contacts[row]
            for field, value in (
                (self.name_en, contact.name_en),
                (self.name_ja, contact.name_ja),
                (self.phone_or_room, contact.phone_or_room),
                (self.hours_en, contact.hours_en),
                (self.hours_ja, contact.hours_ja),
            ):
                field.setText(value)
        self.show_message([])
        self._update_buttons()

    # --- editing ------------------------------------------------------------------------------

    def form_contact(self) -> LocalContact:
        return LocalContact(
            self.name_en.text(),
            self.name_ja.text(),
            self.phone_or_room.text(),
            self.hours_en.text(),
            self.hours_ja.text(),
        ).cleaned()

    def show_message(self, problems: list[str]) -> None:
        self.message.setText("\n".join(problems))
        self.message.setVisible(bool(problems))
        self.message.setAccessibleName(_("Problems with the contact") if problems else "")

    def _checked(self) -> LocalContact | None:
        contact = self.form_contact()
        problems = validate(contact)
        self.show_message(problems)
        return None if problems else contact

    def add(self) -> bool:
        """Add the form's contact to the list; False (with a message) when it is not valid."""
        if len(self.contacts) >= MAX_CONTACTS:
            self.show_message(validate_all([*self.contacts, LocalContact()])[:1])
            return False
        contact = self._checked()
        if contact is None:
            return False
        self.contacts.append(contact)
        self._clear_form()
        self._fill()
        return True

    def update_selected(self) -> bool:
        row = self.list.currentRow()
        contact = self._checked()
        if contact is None or not 0 <= row < len(self.contacts):
            return False
        self.contacts[row] = contact
        self._fill(row)
        return True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.contacts):
            del self.contacts[row]
            self._clear_form()
            self._fill()

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.name_en, self.name_ja, self.phone_or_room, self.hours_en, self.hours_ja)

    def _clear_form(self) -> None:
        for field in self._fields():
            field.clear()
        self.show_message([])

    def has_unsaved_changes(self) -> bool:
        return self.contacts != self._saved or any(f.text().strip() for f in self._fields())

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: never throw away added contacts without
        asking."""
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                _("Local contacts"),
                _("Save the changes to the local contacts?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return  # Cancel: keep editing
        super().reject()

    def save(self) -> None:
        """Keep the list in the settings and close. A filled-in form that was not added yet is
        added first, so a teacher who types one contact and presses Save keeps it."""
        typed = any(f.text().strip() for f in self._fields())
        if typed and self.list.currentRow() < 0 and not self.add():
            return
        problems = validate_all(self.contacts)
        if problems:
            self.show_message(problems)
            return
        self.state.set_contacts(self.contacts)
        self.accept()
