"""Where the app keeps its files on each system: the one place that decides (platformdirs, the
platform's conventions). No Qt here.

Linux (XDG), Windows, macOS (README's "For schools" lists them in full):

- settings: `~/.config/…` ($XDG_CONFIG_HOME), `%APPDATA%\\…`, `~/Library/Application Support/…`,
  then `SNS Safety Classroom/SNS Safety Classroom.ini`;
- edited plans and logs: `~/.local/share/…` ($XDG_DATA_HOME), `%LOCALAPPDATA%\\…`,
  `~/Library/Application Support/…`, then `SNS Safety Classroom/SNS Safety Classroom/plans`
  (`logs`);
- records of unfinished writes: `~/.local/state/…` ($XDG_STATE_HOME), `%LOCALAPPDATA%\\…`,
  `~/Library/Application Support/…`, then `awareness-app/pending-writes`;
- a district's `site.toml`: each of $XDG_CONFIG_DIRS (`/etc/xdg`), `C:\\ProgramData`,
  `/Library/Application Support`, then `SNS Safety Classroom/site.toml`.

On Linux these are the folders Qt chose before (QSettings' INI file, QStandardPaths'
AppLocalDataLocation and GenericConfigLocation), so nothing a teacher saved moves.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from . import APP_NAME, ORGANIZATION

STATE_FOLDER = "awareness-app"


def settings_file() -> Path:
    """The user's settings (an INI file), in the user's roaming configuration folder."""
    return platformdirs.user_config_path(roaming=True) / ORGANIZATION / f"{APP_NAME}.ini"


def app_data_folder() -> Path:
    """The app's own folder for the user's local data (edited plans, logs)."""
    return platformdirs.user_data_path() / ORGANIZATION / APP_NAME


def plans_folder() -> Path:
    """Where the plans a teacher edits in the slide list are kept."""
    return app_data_folder() / "plans"


def log_folder() -> Path:
    """Where the error log is written."""
    return app_data_folder() / "logs"


def pending_folder() -> Path:
    """Where the records of unfinished writes are kept (the platform's folder for an app's
    state)."""
    return platformdirs.user_state_path() / STATE_FOLDER / "pending-writes"


def system_config_dirs() -> list[Path]:
    """The system's (not the user's) configuration folders, most important first, where a
    district puts `site.toml` for every user of a PC."""
    folders = platformdirs.site_config_dir(multipath=True)
    return [Path(d) for d in folders.split(os.pathsep) if d]
