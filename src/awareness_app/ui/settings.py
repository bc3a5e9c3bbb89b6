"""The user's choices, remembered between runs (QSettings, INI format).

Every value is checked when read, by its option in `model/settings/options.py` (the same table
checks a district's `site.toml`): a value that is missing takes its default; one that is not valid
takes its default and adds a warning. A file written by an older version is upgraded when it is
opened (`options.upgrade`); a file that cannot be read whole is kept as a dated copy and read back
line by line.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings

from .. import user_dirs
from ..atomic import error_reason
from ..i18n import N_, format_message
from ..model.lesson.contacts import ContactsRead, LocalContact, read_contacts
from ..model.lesson.lesson import Audience
from ..model.settings.options import (
    PRESENTATION_SCREEN,
    PRESENTER_LANGUAGE,
    PROJECTOR_SCREENS,
    TEXT_SCALE,
    VERSION,
    VERSION_KEY,
    WINDOW_GEOMETRY,
    Option,
    upgrade,
)
from ..model.settings.saved import (
    CONTACTS_KEY,
    OptionValues,
    decode_settings,
    keep_copy,
    missing_keys,
    read_lines,
)
from ..model.settings.site import NO_SITE, SiteConfig
from ..resources import editions


class Settings(OptionValues):
    """The user's choices in `store` (default: the user's settings file), over the defaults of
    `site` (a district's site.toml, `model/settings/site.py`). Reading them changes nothing else:
    the `ClassroomState` a window or an export is given holds what is shown."""

    def __init__(self, store: QSettings | None = None, site: SiteConfig = NO_SITE) -> None:
        self.site = site
        self.store = store or QSettings(str(user_dirs.settings_file()), QSettings.Format.IniFormat)
        self._notes: list[str | tuple[str, dict[str, str]]] = []  # see `warnings`
        self.backup: Path | None = None  # a copy of a damaged settings file, kept
        self.contacts_read = ContactsRead()
        self._recover()
        self._upgrade()
        # read every setting once, so that a bad value is reported at start-up
        _ = (
            self.language,
            self.audience,
            self.theme,
            self.furigana,
            self.text_scale,
            self.presentation_screen,
        )
        for problem in site.problems:
            self._warn(problem)

    @property
    def warnings(self) -> list[str]:
        """What the banner says about the settings, in the language current when it is read
        (the settings are read before the window's language is chosen)."""
        out = []
        for note in self._notes:
            if isinstance(note, str):
                out.append(note)
            else:
                message, values = note
                out.append(format_message(message, **values))
        return out

    def _note(self, message: str, **values: str) -> None:
        """A message of the banner, marked with N_ and translated when it is shown."""
        if (message, values) not in self._notes:
            self._notes.append((message, values))

    def _recover(self) -> None:
        """A settings file that cannot be read whole — a stray quote, another encoding, the
        school's contacts cut short or not valid — is kept as a dated copy before anything is
        written, and every value one of its lines still holds is read back (the school's
        contacts first of all). A contact that is not valid is kept for the teacher to mend."""
        path = Path(self.store.fileName())
        if self.store.format() != QSettings.Format.IniFormat:
            return
        if path.is_dir():
            self._note(
                N_("The settings file {path} is a folder, so nothing you choose can be saved."),
                path=str(path),
            )
            return
        if not path.is_file():
            return
        data = path.read_bytes()
        text, encoding = decode_settings(data)
        unreadable = self.store.status() != QSettings.Status.NoError or encoding != "utf-8"
        missing = missing_keys(text, self.store.allKeys())
        if unreadable or missing:
            if not self._keep(path):
                return
            recovered = read_lines(text)
            self.store.clear()  # the value that swallowed the lines after it goes too
            for key, value in recovered.items():
                self.store.setValue(key, value)
            self.store.sync()
            copy = self.backup.name if self.backup else ""
            if CONTACTS_KEY in recovered:
                self._note(
                    N_(
                        "The settings file was damaged: a copy is kept as {copy}, and the "
                        "settings were read back from it line by line, the school's contacts too."
                    ),
                    copy=copy,
                )
            else:
                self._note(
                    N_(
                        "The settings file was damaged: a copy is kept as {copy}, and the "
                        "settings were read back from it line by line."
                    ),
                    copy=copy,
                )
        raw = read_lines(text).get(CONTACTS_KEY)
        if (
            isinstance(self.store.value(CONTACTS_KEY), list)
            and raw
            and self._keep(path, CONTACTS_KEY)
        ):
            # unquoted with commas (a hand edit): Qt split it and took its quotes; the line
            # as written is what can be read
            self.store.setValue(CONTACTS_KEY, raw)
        if self.store.contains(CONTACTS_KEY):
            self.contacts_read = read_contacts(self._contacts_value())
            read = self.contacts_read
            if (not read.whole or read.mend) and (self.backup or self._keep(path, CONTACTS_KEY)):
                copy = self.backup.name if self.backup else ""
                if not read.whole:
                    self._note(
                        N_(
                            "The school's contacts could not all be read: {count} were read "
                            "back, and the settings file is kept as it was in {copy}."
                        ),
                        count=str(len(read.valid) + len(read.mend)),
                        copy=copy,
                    )
                for contact in read.mend:
                    self._note(
                        N_(
                            "The local contact “{name}” is not valid: mend it in Local "
                            "contacts… (the settings file is kept as it was in {copy})."
                        ),
                        name=contact.name() or contact.phone_or_room,
                        copy=copy,
                    )

    def _keep(self, path: Path, key: str = "") -> bool:
        """A dated copy of the file, once (`keep_copy`: `key` is the broken setting); False
        (with a message) when none can be kept."""
        if self.backup is not None:
            return True
        try:
            self.backup = keep_copy(path, key=key)
        except OSError as error:
            self._note(
                N_(
                    "The settings file {path} is damaged, and no copy of it could be kept "
                    "({reason}); using what could be read."
                ),
                path=str(path),
                reason=error_reason(error),
            )
            return False
        return True

    def _upgrade(self) -> None:
        """An older file's values brought up to date (`options.upgrade`), and its version noted.
        A file from a newer version of the app is left as it is."""
        if not self.store.allKeys():  # a new file: written at this version
            self.store.setValue(VERSION_KEY, str(VERSION))
            return
        raw = self.store.value(VERSION_KEY, "1")
        version = int(raw) if isinstance(raw, str) and raw.isdigit() else 1
        if version >= VERSION:
            return
        values = {key: self.store.value(key) for key in self.store.allKeys()}
        upgraded = upgrade(values, version)
        for key in values.keys() - upgraded.keys():
            self.store.remove(key)
        for key, value in upgraded.items():
            if values.get(key) != value:
                self.store.setValue(key, value)

    def _get(self, option: Option, audience: Audience | None = None) -> str:
        """The user's value of `option` (for `audience`, where it is set per audience), else
        the site's default, else the built-in one; a value that is not valid is reported."""
        key = option.settings_key(audience)
        # a district's site.toml, under the user's choice
        default = self.site.defaults().get(key, option.default_for(audience))
        if not self.store.contains(key):
            return default
        value = self.store.value(key)
        if option.valid(value):
            return str(value)
        self._warn(f"The setting {key}={value!r} is not valid; using {default!r}.")
        return default

    def own(self, option: Option) -> str | None:
        """The user's own value of `option` (one not set per audience), None where they chose
        none or it is not valid (`model/options.resolve_launch_options` then looks further)."""
        value = self.store.value(option.key) if self.store.contains(option.key) else None
        return value if isinstance(value, str) and option.valid(value) else None

    def _set(self, option: Option, value: str, audience: Audience | None = None) -> None:
        if not option.valid(value):
            raise ValueError(f"{value!r} is not a value of the setting {option.key}")
        self.store.setValue(option.settings_key(audience), value)

    @property
    def edition(self) -> int | None:
        """The edition of the figures the teacher chose in the window, by year; None where they
        chose none (the site's or the newest edition applies) or the choice is not valid."""
        if not self.store.contains("edition"):
            return None
        value = self.store.value("edition")
        if isinstance(value, str) and value.isdigit() and int(value) in editions():
            return int(value)
        self._warn(f"The setting edition={value!r} is not valid; using the newest edition.")
        return None

    @edition.setter
    def edition(self, year: int) -> None:
        self.store.setValue("edition", str(year))

    def last_slide(self, audience: Audience) -> str:
        value = self.store.value(f"last-slide/{audience.value}", "")
        return value if isinstance(value, str) else ""

    def set_last_slide(self, audience: Audience, slide_id: str) -> None:
        self.store.setValue(f"last-slide/{audience.value}", slide_id)

    @property
    def last_folder(self) -> str:
        """The folder of the last file opened or saved through a file dialog ("" = none, or it
        is gone), where the next file dialog starts."""
        value = self.store.value("last-folder", "")
        return value if isinstance(value, str) and value and Path(value).is_dir() else ""

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self.store.setValue("last-folder", folder)

    # --- presenting ---------------------------------------------------------------------------

    @property
    def presentation_screen(self) -> str:
        """The name of the screen for the presentation view ("" = the app chooses)."""
        return self._get(PRESENTATION_SCREEN)

    @presentation_screen.setter
    def presentation_screen(self, value: str) -> None:
        self._set(PRESENTATION_SCREEN, value)

    @property
    def projector_screens(self) -> list[str]:
        """The screens the presentation view was started on, most recent last."""
        return [name for name in self._get(PROJECTOR_SCREENS).split("|") if name]

    def add_projector_screen(self, name: str) -> None:
        names = [n for n in self.projector_screens if n != name][-7:]
        self._set(PROJECTOR_SCREENS, "|".join([*names, name]))

    @property
    def window_geometry(self) -> bytes:
        """The main window's last place and size (QWidget.saveGeometry), or b"" for none."""
        try:
            return bytes.fromhex(self._get(WINDOW_GEOMETRY))
        except ValueError:
            return b""

    @window_geometry.setter
    def window_geometry(self, value: bytes) -> None:
        self._set(WINDOW_GEOMETRY, value.hex())

    @property
    def text_scale(self) -> float:
        """The text size of the slides, as a factor of the default (one of TEXT_SCALES)."""
        return float(self._get(TEXT_SCALE))

    @text_scale.setter
    def text_scale(self, value: float) -> None:
        self._set(TEXT_SCALE, f"{value:g}")

    @property
    def presenter_language(self) -> str:
        """The language of the presenter console and its notes ("" = the slides' language)."""
        return self._get(PRESENTER_LANGUAGE)

    @presenter_language.setter
    def presenter_language(self, value: str) -> None:
        self._set(PRESENTER_LANGUAGE, value)

    # --- the school's own contacts (closing slide) ----------------------------------------------

    @property
    def local_contacts(self) -> list[LocalContact]:
        """The contacts the school added and that are valid; those that are not are in
        `contacts_to_mend` (and the banner says so)."""
        if not self.store.contains(CONTACTS_KEY):
            return list(self.site.contacts)  # the site's, until the school saves its own
        return list(read_contacts(self._contacts_value()).valid)

    @local_contacts.setter
    def local_contacts(self, contacts: Sequence[LocalContact]) -> None:
        cleaned = [c.cleaned() for c in contacts]
        self.store.setValue(CONTACTS_KEY, json.dumps([c.to_dict() for c in cleaned]))

    @property
    def contacts_to_mend(self) -> list[LocalContact]:
        """Contacts saved once but not valid now (a hand edit, an older rule): the contacts
        dialog lists them for the teacher to mend, and nothing drops them unasked."""
        if not self.store.contains(CONTACTS_KEY):
            return []
        return list(read_contacts(self._contacts_value()).mend)

    def _contacts_value(self) -> object:
        """The saved contacts' text; Qt reads an unquoted value with commas (a hand edit) as a
        list of strings, which is joined back."""
        value = self.store.value(CONTACTS_KEY)
        return ", ".join(map(str, value)) if isinstance(value, list) else value

    def _warn(self, warning: str) -> None:
        if warning not in self._notes:
            self._notes.append(warning)

    def sync(self) -> None:
        self.store.sync()
