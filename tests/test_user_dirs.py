"""Where the app keeps a user's files (`user_dirs.py`, platformdirs): on Linux, the very folders
Qt chose before the move to platformdirs — the same file for the settings a teacher saved, the
same folders for edited plans, logs and the records of unfinished writes, the same system
folders for a district's site.toml — with and without the XDG_* variables."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from awareness_app import APP_NAME, ORGANIZATION, atomic, crash, user_dirs
from awareness_app.model.settings import site as site_config

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the XDG folders are Linux's"
)
XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_DIRS")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in XDG:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def _qt(location: str) -> Path:
    from PySide6.QtCore import QStandardPaths

    from awareness_app.ui.app import create_application

    create_application()  # the organisation and application names Qt appends
    return Path(QStandardPaths.writableLocation(getattr(QStandardPaths.StandardLocation, location)))


def test_without_xdg_variables_the_folders_are_the_home_folders_ones(home: Path) -> None:
    app = f"{ORGANIZATION}/{APP_NAME}"
    assert user_dirs.settings_file() == home / f".config/{ORGANIZATION}/{APP_NAME}.ini"
    assert user_dirs.plans_folder() == home / f".local/share/{app}/plans"
    assert user_dirs.log_folder() == home / f".local/share/{app}/logs"
    assert crash.log_folder() == user_dirs.log_folder()
    assert atomic.pending_folder() == home / ".local/state/awareness-app/pending-writes"
    assert site_config.system_config_dirs() == [Path("/etc/xdg")]
    assert site_config.site_config_paths() == [Path(f"/etc/xdg/{ORGANIZATION}/site.toml")]


def test_the_xdg_variables_move_them(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "c"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "d"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "s"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{home / 'one'}:{home / 'two'}")
    assert user_dirs.settings_file() == home / f"c/{ORGANIZATION}/{APP_NAME}.ini"
    assert user_dirs.plans_folder() == home / f"d/{ORGANIZATION}/{APP_NAME}/plans"
    assert atomic.pending_folder() == home / "s/awareness-app/pending-writes"
    assert site_config.system_config_dirs() == [home / "one", home / "two"]


@pytest.mark.parametrize("xdg", [False, True])
def test_they_are_the_folders_qt_chose(
    qapp: object, home: Path, monkeypatch: pytest.MonkeyPatch, xdg: bool
) -> None:
    """The settings file is the one QSettings(IniFormat, UserScope) opened; plans and logs are
    in QStandardPaths' AppLocalDataLocation; site.toml in its system GenericConfigLocations."""
    from PySide6.QtCore import QStandardPaths

    if xdg:
        for name, folder in (("CONFIG", "c"), ("DATA", "d"), ("STATE", "s")):
            monkeypatch.setenv(f"XDG_{name}_HOME", str(home / folder))
        monkeypatch.setenv("XDG_CONFIG_DIRS", f"{home / 'one'}:{home / 'two'}")
    config = _qt("GenericConfigLocation")
    assert user_dirs.settings_file() == config / ORGANIZATION / f"{APP_NAME}.ini"
    assert user_dirs.app_data_folder() == _qt("AppLocalDataLocation")
    location = QStandardPaths.StandardLocation.GenericConfigLocation
    system = [Path(p) for p in QStandardPaths.standardLocations(location) if Path(p) != config]
    assert site_config.system_config_dirs() == system


def test_settings_are_saved_in_the_settings_file_and_read_back(
    qapp: object, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from awareness_app.ui.settings import Settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "c"))
    settings = Settings()
    assert Path(settings.store.fileName()) == user_dirs.settings_file()
    settings.store.setValue("language", "ja")
    settings.store.sync()
    written = user_dirs.settings_file().read_text(encoding="utf-8")
    assert "language=ja" in written
    assert Settings().language == "ja"  # a new start reads it back
