"""A damaged settings file loses nothing: one stray quote used to empty every setting after it,
the school's contacts too, and the file was rewritten without them. Now the file is kept as a
dated copy, the banner says so, and every value a line still holds is read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from awareness_app.model.lesson.contacts import LocalContact
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.settings.saved import missing_keys, read_lines
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import MainWindow
from lessons import LESSON

CONTACTS = [
    LocalContact("School nurse", "保健室の先生", "Room 1-2", "8:30–16:30", "8時30分〜16時30分"),
    LocalContact('The "Kokoro" line', "こころの相談", "03-1234-5678", "", ""),
]


def _written(path: Path) -> str:
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.audience = Audience.ELEMENTARY
    settings.language = "ja"
    settings.theme = "dark"
    settings.local_contacts = CONTACTS
    settings.set_last_slide(Audience.ELEMENTARY, "trend")
    settings.sync()
    return path.read_text(encoding="utf-8")


def test_lines_are_read_as_qt_writes_them(tmp_path: Path) -> None:
    text = _written(tmp_path / "settings.ini")
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    lines = read_lines(text)
    assert lines == {key: store.value(key) for key in store.allKeys()}
    assert missing_keys(text, store.allKeys()) == []


def test_a_stray_quote_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    text = _written(path)
    # a hand edit: one quote too many, on the first line, which Qt's reader lets run on
    damaged = text.replace("audience=elementary", 'audience="elementary')
    assert damaged != text
    path.write_text(damaged, encoding="utf-8")
    plain = QSettings(str(path), QSettings.Format.IniFormat)
    assert not plain.contains("local-contacts")  # what Qt alone makes of it: contacts gone
    assert plain.status() == QSettings.Status.NoError  # and no error to say so
    del plain

    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.backup is not None and settings.backup.parent == tmp_path
    assert settings.backup.name.startswith("settings.broken-")
    assert settings.backup.read_text(encoding="utf-8") == damaged  # kept as it was
    assert any(settings.backup.name in w and "contacts" in w for w in settings.warnings)
    assert settings.local_contacts == CONTACTS
    assert (settings.audience, settings.language, settings.theme) == (
        Audience.ELEMENTARY,
        "ja",
        "dark",
    )
    assert settings.last_slide(Audience.ELEMENTARY) == "trend"
    settings.sync()
    # the file is whole again: a fresh reader finds every setting, and no new copy is made
    again = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert again.backup is None and again.local_contacts == CONTACTS
    assert sorted(tmp_path.glob("settings.broken-*")) == [settings.backup]


def test_a_sound_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    text = _written(path)
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.backup is None and settings.warnings == []
    assert path.read_text(encoding="utf-8") == text
    assert list(tmp_path.glob("settings.broken-*")) == []


def test_a_copy_that_cannot_be_written_is_said(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(_written(path).replace("audience=elementary", 'audience="elementary'))

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("shutil.copy2", refuse)
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.backup is None
    assert any("no copy" in w and "you may not write there" in w for w in settings.warnings)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ('key="a \\"quoted\\" word"', 'a "quoted" word'),
        ('key="never closed', "never closed"),
        ("key=bare", "bare"),
        ('key="back\\\\slash"', "back\\slash"),
    ],
)
def test_values_are_unquoted(line: str, value: str) -> None:
    assert read_lines(f"[General]\n{line}\n") == {"key": value}
    assert read_lines(f"[last-slide]\n{line}\n") == {"last-slide/key": value}


def test_the_window_says_where_the_copy_is(qtbot, tmp_path: Path, dataset) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(_written(path).replace("audience=elementary", 'audience="elementary'))
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    create_application()
    window = MainWindow(ClassroomState(LESSON, dataset, settings), settings.warnings)
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible() and settings.backup.name in window.banner.text()
    assert window.audience == Audience.ELEMENTARY


# --- issue 24: the school's contacts are never lost without a copy and a message -------------

DATA = Path(__file__).parent / "data" / "settings"


def _settings_from(tmp_path: Path, name: str) -> tuple[Settings, Path, bytes]:
    path = tmp_path / "settings.ini"
    original = (DATA / name).read_bytes()
    path.write_bytes(original)
    return Settings(QSettings(str(path), QSettings.Format.IniFormat)), path, original


def test_an_invalid_contact_is_kept_to_mend_with_a_copy(tmp_path: Path) -> None:
    """A phone changed to 12345 by hand: the contact is not dropped, the file is copied before
    anything is written, and the banner names the contact and the copy."""
    settings, path, original = _settings_from(tmp_path, "invalid-phone.ini")
    assert [c.name_en for c in settings.local_contacts] == ["School nurse"]
    assert [(c.name_en, c.phone_or_room) for c in settings.contacts_to_mend] == [
        ("Kokoro line", "12345")
    ]
    assert settings.backup is not None and settings.backup.read_bytes() == original
    assert any("Kokoro line" in w and settings.backup.name in w for w in settings.warnings)
    settings.audience = Audience.HIGH_SCHOOL  # another setting written: the contact stays
    settings.sync()
    # the copy as if kept at an earlier start (the next start is seconds later, at least)
    earlier = settings.backup.rename(
        settings.backup.with_name("settings.broken-20260401-080000.ini")
    )
    again = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert [c.phone_or_room for c in again.contacts_to_mend] == ["12345"]
    # one copy only, however many starts: the contact's line is the one kept
    assert sorted(tmp_path.glob("settings.broken-*")) == [earlier] == [again.backup]


def test_the_banner_speaks_the_current_language(tmp_path: Path) -> None:
    from awareness_app import i18n

    settings, _path, _original = _settings_from(tmp_path, "invalid-phone.ini")
    i18n.set_language("ja")
    try:
        banner = "\n".join(settings.warnings)
    finally:
        i18n.set_language("en")
    assert "Kokoro line" in banner and "連絡先" in banner and "not valid" not in banner


def test_the_contacts_dialog_shows_the_contact_to_mend(qtbot, tmp_path: Path, dataset) -> None:
    from awareness_app.ui.window.contacts_dialog import ContactsDialog

    settings, path, _original = _settings_from(tmp_path, "invalid-phone.ini")
    create_application()
    state = ClassroomState(LESSON, dataset, settings)
    dialog = ContactsDialog(state)
    qtbot.addWidget(dialog)
    assert [c.name_en for c in dialog.contacts] == ["School nurse", "Kokoro line"]
    assert dialog.list.currentRow() == 1 and dialog.phone_or_room.text() == "12345"
    assert "12345" in dialog.message.text()  # what is wrong, said
    dialog.save()  # refused while it is not valid: nothing is dropped
    assert dialog.isVisible() is False or dialog.result() == 0
    assert len(Settings(QSettings(str(path), QSettings.Format.IniFormat)).contacts_to_mend) == 1
    dialog.phone_or_room.setText("03-1234-5678")
    assert dialog.update_selected()
    dialog.save()
    settings.sync()
    mended = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert [c.phone_or_room for c in mended.local_contacts] == ["Room 1-2", "03-1234-5678"]
    assert mended.contacts_to_mend == []


def test_contacts_cut_short_are_read_back_as_far_as_they_go(tmp_path: Path) -> None:
    settings, _path, original = _settings_from(tmp_path, "truncated-contacts.ini")
    assert [c.name_en for c in settings.local_contacts] == ["School nurse"]
    assert settings.backup is not None and settings.backup.read_bytes() == original
    assert any(
        "could not all be read" in w and settings.backup.name in w for w in settings.warnings
    )


def test_junk_in_the_contacts_is_kept_and_said(tmp_path: Path) -> None:
    settings, _path, original = _settings_from(tmp_path, "junk-contacts.ini")
    assert [c.name_en for c in settings.local_contacts] == ["School nurse"]
    assert settings.backup is not None and settings.backup.read_bytes() == original
    assert any("could not all be read" in w for w in settings.warnings)


def test_a_utf16_settings_file_is_read_back(tmp_path: Path) -> None:
    settings, path, original = _settings_from(tmp_path, "utf16.ini")
    assert original.startswith(b"\xff\xfe")
    assert settings.backup is not None and settings.backup.read_bytes() == original
    assert [c.name_en for c in settings.local_contacts] == ["School nurse", "Kokoro line"]
    assert settings.audience == Audience.ELEMENTARY and settings.language == "ja"
    settings.sync()
    assert "Kokoro line" in path.read_text(encoding="utf-8")  # written back as UTF-8, whole


def test_a_settings_path_that_is_a_folder_says_nothing_can_be_saved(tmp_path: Path) -> None:
    folder = tmp_path / "settings.ini"
    folder.mkdir()
    settings = Settings(QSettings(str(folder), QSettings.Format.IniFormat))
    assert any(
        "is a folder" in w and "nothing you choose can be saved" in w for w in settings.warnings
    )
