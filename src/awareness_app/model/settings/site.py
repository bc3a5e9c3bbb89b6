"""A district's or school's site-wide configuration: defaults for every user of a PC. No Qt here.

A TOML file, `site.toml`, in the system's configuration folder (see `site_config_paths`) or
given with `--config PATH`:

    [defaults]
    language = "ja"              # en | ja
    audience = "junior-high"     # elementary | junior-high | high-school | adults
    theme = "light"              # light | dark | high-contrast
    lesson_minutes = 50          # 15 | 45 | 50 | 90
    furigana = "elementary"      # who gets readings over kanji: elementary | all | off

    [data]
    edition = 2024               # one of the built-in editions (the NPA release's year), or
    file = "district.toml"       # a data set of the same format; relative to this file

    [[contacts]]                 # up to four, shown on the closing slide and the handout
    name_en = "School counsellor"
    name_ja = "スクールカウンセラー"
    phone_or_room = "Room 203"
    hours_en = "Weekdays 9:00–17:00"
    hours_ja = "平日 9:00〜17:00"

Lesson plans a district ships (`model/lesson/plan.py`) are the `*.toml` files of a folder `plans`
beside site.toml; the window lists them in its plan chooser.

Layering: the app's built-in defaults < the site configuration < the user's own choices. A user
who never chose a language gets the site's; one who did keeps theirs. The school's contacts that
a user saves replace the site's.

Every value is validated. A value that is not valid is left out (the built-in default stays)
with a problem that names the file and the field; a file that cannot be read or parsed gives one
problem and no values. Loading never raises for what is in the file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ... import user_dirs
from ...resources import editions
from ..lesson.contacts import MAX_CONTACTS, LocalContact, validate
from ..lesson.lesson import Audience
from ..text.text_file import TextFileError, read_text_file
from .options import AUDIENCE, FURIGANA, LANGUAGE, LESSON_MINUTES, SITE_OPTIONS, THEME

FILE_NAME = "site.toml"
PLANS_FOLDER = "plans"
FOLDER_NAME = "SNS Safety Classroom"  # like the settings' organisation folder
_KNOWN = {
    "defaults": set(SITE_OPTIONS),
    "data": {"file", "edition"},
    "contacts": None,
}


@dataclass(frozen=True)
class SiteConfig:
    """What a site configuration sets; None (or empty) where it sets nothing. `values` holds
    every [defaults] value the file sets (by settings key, as settings text); the typed fields
    are read from it."""

    path: str = ""
    values: Mapping[str, str] = field(default_factory=dict)
    dataset: Path | None = None
    edition: int | None = None  # a built-in edition, by year
    contacts: tuple[LocalContact, ...] = ()
    problems: tuple[str, ...] = field(default=())

    @property
    def language(self) -> str | None:
        return self.values.get(LANGUAGE.key)

    @property
    def audience(self) -> Audience | None:
        value = self.values.get(AUDIENCE.key)
        return Audience(value) if value else None

    @property
    def theme(self) -> str | None:
        return self.values.get(THEME.key)

    @property
    def furigana(self) -> str | None:
        return self.values.get(FURIGANA.key)

    @property
    def lesson_minutes(self) -> int | None:
        value = self.values.get(LESSON_MINUTES.key)
        return int(value) if value else None

    def plan_files(self) -> list[Path]:
        """The lesson plans the district ships: `plans/*.toml` beside the site configuration."""
        if not self.path:
            return []
        folder = Path(self.path).parent / PLANS_FOLDER
        try:
            return sorted(p for p in folder.glob("*.toml") if p.is_file())
        except OSError:
            return []

    def defaults(self) -> dict[str, str]:
        """The settings keys this file gives a default for, with their values as text."""
        values: dict[str, str] = {}
        for option in SITE_OPTIONS.values():
            if option.key in self.values:
                values.update(dict.fromkeys(option.keys(), self.values[option.key]))
        if self.edition:
            values["edition"] = str(self.edition)
        return values


NO_SITE = SiteConfig()


def system_config_dirs() -> list[Path]:
    """The system's (not the user's) configuration folders, most important first
    (`user_dirs.system_config_dirs`): Linux $XDG_CONFIG_DIRS (/etc/xdg), Windows
    C:\\ProgramData, macOS /Library/Application Support."""
    return user_dirs.system_config_dirs()


def site_config_paths() -> list[Path]:
    """Where a site configuration may be: <system config folder>/SNS Safety Classroom/site.toml."""
    return [d / FOLDER_NAME / FILE_NAME for d in system_config_dirs()]


def find_site_config(paths: list[Path] | None = None) -> Path | None:
    """The first site configuration file that exists, or None."""
    for path in paths if paths is not None else site_config_paths():
        if path.is_file():
            return path
    return None


def load_site_config(path: Path | str) -> SiteConfig:
    """Read and validate `path` (see the module's doc); never raises for the file's content."""
    try:
        text = read_text_file(path)
    except TextFileError as error:
        return SiteConfig(str(path), problems=(f"{path} {error}",))
    except OSError as error:
        return SiteConfig(str(path), problems=(f"{path}: cannot be read ({error})",))
    return parse_site_config(text, path)


def parse_site_config(text: str, path: Path | str = "<site>") -> SiteConfig:
    problems: list[str] = []

    def problem(where: str, what: str) -> None:
        problems.append(f"{path}: {where}: {what}")

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return SiteConfig(str(path), problems=(f"{path}: not valid TOML ({error})",))

    for name in raw:
        if name not in _KNOWN:
            problem(name, f"unknown section; the sections are {', '.join(_KNOWN)}")
    defaults = _table(raw, "defaults", problem)
    for name in defaults:
        if name not in _KNOWN["defaults"]:  # type: ignore[operator]
            problem(f"defaults.{name}", "unknown setting")

    values: dict[str, str] = {}
    for name, option in SITE_OPTIONS.items():
        if name not in defaults:
            continue
        value = option.from_site(defaults[name])
        if value is None:
            shown = " or ".join(option.choices or ()) if option.site_type is int else ""
            choices = shown or ", ".join(option.choices or ())
            problem(f"defaults.{name}", f"{defaults[name]!r} is not one of {choices}")
        else:
            values[option.key] = value

    data = _table(raw, "data", problem)
    dataset: Path | None = None
    if "file" in data:
        value = data["file"]
        if not isinstance(value, str) or not value.strip():
            problem("data.file", "expected the path of a data file")
        else:
            dataset = Path(value).expanduser()
            if not dataset.is_absolute():
                dataset = Path(path).resolve().parent / dataset
    edition: int | None = None
    if "edition" in data:
        value = data["edition"]
        years = tuple(editions())
        if isinstance(value, bool) or value not in years:
            known = ", ".join(str(y) for y in years)
            problem("data.edition", f"{value!r} is not a built-in edition ({known})")
        else:
            edition = value
    for name in data:
        if name not in _KNOWN["data"]:  # type: ignore[operator]
            problem(f"data.{name}", "unknown setting")

    contacts: list[LocalContact] = []
    raw_contacts = raw.get("contacts", [])
    if not isinstance(raw_contacts, list):
        problem("contacts", "expected [[contacts]] tables")
        raw_contacts = []
    for index, item in enumerate(raw_contacts):
        where = f"contacts[{index}]"
        if not isinstance(item, dict):
            problem(where, "expected a table")
            continue
        unknown = set(item) - {"name_en", "name_ja", "phone_or_room", "hours_en", "hours_ja"}
        if unknown:
            problem(where, f"unknown field {sorted(unknown)[0]!r}")
        try:
            contact = LocalContact.from_dict(item)
        except ValueError as error:
            problem(where, str(error))
            continue
        wrong = validate(contact)
        if wrong:
            problem(where, " ".join(wrong))
            continue
        contacts.append(contact.cleaned())
    if len(contacts) > MAX_CONTACTS:
        problem("contacts", f"at most {MAX_CONTACTS} contacts; the rest are left out")
        contacts = contacts[:MAX_CONTACTS]

    return SiteConfig(
        path=str(path),
        values=values,
        dataset=dataset,
        edition=edition,
        contacts=tuple(contacts),
        problems=tuple(problems),
    )


def _table(raw: dict[str, Any], name: str, problem: Any) -> dict[str, Any]:
    value = raw.get(name, {})
    if not isinstance(value, dict):
        problem(name, "expected a table")
        return {}
    return value
