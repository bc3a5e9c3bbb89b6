"""A damaged settings file loses nothing: one stray quote used to empty every setting after it,
the school's contacts too, and the file was rewritten without them. Now the file is kept as a
dated copy, the banner says so, and every value a line still holds is read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from awareness_app.model.contacts import LocalContact
from awareness_app.model.lesson import Audience
from awareness_app.settings_file import missing_keys, read_lines
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
    assert any("no copy" in w and "Permission denied" in w for w in settings.warnings)


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
