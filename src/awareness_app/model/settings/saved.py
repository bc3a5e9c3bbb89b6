"""Reading a damaged settings file line by line, so that nothing in it is lost. No Qt here.

Qt's INI reader gives up quietly on a stray quote: `language="ja` opens a string that runs on
over the following lines, and every setting after it — the school's own contacts too — reads
as missing, with no error. `read_lines` reads the same file one line at a time (a value never
runs past its line), so the app can tell that keys went missing, keep a dated copy of the file,
and recover every value a line still holds.

`SavedSettings` reads the user's settings file the same way, without Qt, for the command line's
exports that need no Qt (`--export-pptx`, `--export-script`, `--export-charts`): the school's
contacts and the user's choices, over the site's defaults, checked by their options
(`model/settings/options.py`) as `ui/settings.py` checks them. It never writes the file.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from ... import user_dirs
from ..lesson.contacts import LocalContact, read_contacts
from ..lesson.lesson import Audience
from ..text.text_file import encoding_of
from .options import AUDIENCE, FURIGANA, LANGUAGE, LESSON_MINUTES, LESSON_PLAN, THEME, Option
from .site import NO_SITE, SiteConfig

GENERAL = "General"
# a key as the app writes it; Qt would percent-encode anything else, so such a line is not ours
_KEY = re.compile(r"[A-Za-z0-9_.-]+")

CONTACTS_KEY = "local-contacts"  # the school's contacts (JSON), in [General]


def _unquote(value: str) -> str:
    """A value as Qt writes it: bare, or in double quotes with \\" and \\\\ escaped. A quote
    that is never closed (the damage itself) is dropped."""
    value = value.strip()
    if value.startswith('"'):
        value = value[1:-1] if len(value) > 1 and value.endswith('"') else value[1:]
        out, escaped = [], False
        for ch in value:
            if escaped:
                out.append({"n": "\n", "t": "\t"}.get(ch, ch))
                escaped = False
            elif ch == "\\":
                escaped = True
            else:
                out.append(ch)
        return "".join(out)
    return value


def read_lines(text: str) -> dict[str, str]:
    """Every `key=value` line of an INI file, keyed as QSettings names them (`section/key`,
    no section for [General]). Comments and lines without `=` are skipped."""
    values: dict[str, str] = {}
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            section = "" if name == GENERAL else name + "/"
            continue
        key, sep, value = line.partition("=")
        if sep and _KEY.fullmatch(key.strip()):
            values[section + key.strip()] = _unquote(value)
    return values


def missing_keys(text: str, keys_read: list[str]) -> list[str]:
    """The keys a line of the file holds that the INI reader did not return."""
    return sorted(set(read_lines(text)) - set(keys_read))


def decode_settings(data: bytes) -> tuple[str, str]:
    """The text of a settings file and the encoding it was read in: UTF-8 (with or without a
    BOM), UTF-16 (a BOM, or the NUL bytes of its ASCII), else UTF-8 with the bytes it cannot
    read replaced ("not utf-8")."""
    encoding = encoding_of(data)
    if encoding.startswith("utf-16"):
        try:
            return data.decode(encoding), "utf-16"
        except UnicodeDecodeError:
            encoding = ""
    if encoding == "utf-8-sig":
        return data.decode(encoding, errors="replace"), encoding
    if encoding == "utf-8":
        return data.decode(encoding), encoding
    return data.decode("utf-8", errors="replace"), "not utf-8"


def keep_copy(path: Path, now: datetime | None = None, key: str = "") -> Path:
    """Copy the file beside itself as `NAME.broken-YYYYMMDD-HHMMSS.ini` and return the copy;
    a copy already kept with the same bytes is returned instead (one copy, however many
    starts), and so is one with the same line for `key` (the setting that is broken, kept for
    the teacher to mend: the app's own writes since then change the other lines)."""
    data = path.read_bytes()
    line = read_lines(decode_settings(data)[0]).get(key) if key else None
    for earlier in sorted(path.parent.glob(f"{path.stem}.broken-*{path.suffix}")):
        try:
            kept = earlier.read_bytes()
        except OSError:
            continue
        if kept == data or (
            line is not None and read_lines(decode_settings(kept)[0]).get(key) == line
        ):
            return earlier
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.stem}.broken-{stamp}{path.suffix}")
    shutil.copy2(path, copy)
    return copy


class OptionValues:
    """The choices both ways of reading the settings share, each read and written through
    `_get` / `_set` (an `Option` of `model/settings/options.py`, for an audience where it is set per
    audience): the window's `ui/settings.Settings` (QSettings) and `SavedSettings` (no Qt)."""

    def _get(self, option: Option, audience: Audience | None = None) -> str:
        raise NotImplementedError

    def _set(self, option: Option, value: str, audience: Audience | None = None) -> None:
        raise NotImplementedError

    @property
    def language(self) -> str:
        return self._get(LANGUAGE)

    @language.setter
    def language(self, value: str) -> None:
        self._set(LANGUAGE, value)

    @property
    def audience(self) -> Audience:
        return Audience(self._get(AUDIENCE))

    @audience.setter
    def audience(self, value: Audience) -> None:
        self._set(AUDIENCE, value.value)

    @property
    def theme(self) -> str:
        return self._get(THEME)

    @theme.setter
    def theme(self, value: str) -> None:
        self._set(THEME, value)

    @property
    def furigana(self) -> str:
        """Which audiences see readings over kanji: elementary (pupils), all, or off."""
        return self._get(FURIGANA)

    @furigana.setter
    def furigana(self, value: str) -> None:
        self._set(FURIGANA, value)

    def lesson_minutes(self, audience: Audience) -> int:
        """The length of a lesson for `audience` without a lesson plan: 15, 45, 50 or 90
        minutes."""
        return int(self._get(LESSON_MINUTES, audience))

    def set_lesson_minutes(self, audience: Audience, minutes: int) -> None:
        self._set(LESSON_MINUTES, str(minutes), audience)

    def lesson_plan(self, audience: Audience) -> str:
        """The lesson plan last used for `audience`: "" (the full lesson), "built-in:…" (one of
        the app's own) or a plan file's path (`model/lesson/plan.py`)."""
        return self._get(LESSON_PLAN, audience)

    def set_lesson_plan(self, audience: Audience, reference: str) -> None:
        self._set(LESSON_PLAN, reference, audience)


class SavedSettings(OptionValues):
    """The user's settings as saved in `path` (default: `user_dirs.settings_file()`, the file
    `ui/settings.py` gives QSettings), over the
    defaults of `site`, read once and without Qt. A value that is not valid takes its default.
    A change (a classroom remembering a choice) is kept in memory only: the command line's
    exports change nothing the user chose."""

    def __init__(self, site: SiteConfig = NO_SITE, path: Path | None = None) -> None:
        self.site = site
        path = path or user_dirs.settings_file()
        try:
            text = decode_settings(path.read_bytes())[0] if path.is_file() else ""
        except OSError:  # unreadable: the defaults, as the window would show them
            text = ""
        self._values: dict[str, object] = dict(read_lines(text))

    def _get(self, option: Option, audience: Audience | None = None) -> str:
        key = option.settings_key(audience)
        default = self.site.defaults().get(key, option.default_for(audience))
        value = self._values.get(key)
        return value if isinstance(value, str) and option.valid(value) else default

    def own(self, option: Option) -> str | None:
        """The user's own value of `option`, None where they chose none or it is not valid."""
        value = self._values.get(option.key)
        return value if isinstance(value, str) and option.valid(value) else None

    def _set(self, option: Option, value: str, audience: Audience | None = None) -> None:
        if not option.valid(value):
            raise ValueError(f"{value!r} is not a value of the setting {option.key}")
        self._values[option.settings_key(audience)] = value

    @property
    def edition(self) -> int | None:
        value = self._values.get("edition")
        return int(value) if isinstance(value, str) and value.isdigit() else None

    @edition.setter
    def edition(self, year: int | None) -> None:
        self._values["edition"] = str(year)

    @property
    def local_contacts(self) -> list[LocalContact]:
        """The school's saved contacts that are valid, else the site's (as `ui/settings.py`)."""
        if CONTACTS_KEY not in self._values:
            return list(self.site.contacts)
        return list(read_contacts(self._values[CONTACTS_KEY]).valid)

    @local_contacts.setter
    def local_contacts(self, contacts: Sequence[LocalContact]) -> None:
        import json

        cleaned = [c.cleaned() for c in contacts]
        self._values[CONTACTS_KEY] = json.dumps([c.to_dict() for c in cleaned])

    def sync(self) -> None:
        """Nothing is written."""
