"""Every choice a teacher (in the settings) or a district (in `site.toml`) can make, in one typed
table: its key, its valid values, its default and its key in the site configuration. No Qt here.

`ui/settings.py` reads and writes the user's values through these options, and
`model/settings/site.py` reads a district's defaults through them, so a value is checked the same
way wherever it comes from. Adding a setting is one `Option` here (and its property in
`ui/settings.py`); adding a language is one entry in `i18n.LANGUAGES` (see CONTRIBUTING.md).

The settings file carries a version (`VERSION`); `upgrade` brings an older file's values up to
date, one step a version.

What the app starts with (`LaunchOptions`) is resolved here once, by `resolve_launch_options`:
each choice from the command line, else the user's settings, else the site, else the default.
The command line (`cli.py`) resolves them and hands the frozen result on; nothing downstream
reads the command line's `argparse.Namespace`.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ...i18n import DEFAULT_LANGUAGE, LANGUAGES
from ...themes import DEFAULT_THEME, THEMES
from ..lesson.lesson import Audience
from ..text import furigana

if TYPE_CHECKING:
    from ..data.dataset import DataSetError
    from ..lesson.plan import LessonPlan

TEXT_SCALES = (0.9, 1.0, 1.15, 1.3, 1.5)  # − / + on a slide: smaller … larger text
SCREENSHOT_SIZE = (1920, 1080)  # --size's default: a screenshot's, PNG charts'


@dataclass(frozen=True)
class Option:
    """One setting. Values are text in the settings file; `site_type` is the TOML type a
    district writes it as (`lesson_minutes = 50` is a number)."""

    key: str  # in the settings file; `key/<audience>` for an option set per audience
    choices: tuple[str, ...] | None  # the valid values; None: any text
    default: str
    site_key: str | None = None  # under [defaults] in site.toml; None: not a site default
    site_type: type = str
    per_audience: bool = False
    audience_defaults: Mapping[Audience, str] = field(default_factory=dict)

    def keys(self) -> list[str]:
        """The settings keys this option is stored under."""
        if not self.per_audience:
            return [self.key]
        return [self.settings_key(a) for a in Audience]

    def settings_key(self, audience: Audience | None = None) -> str:
        return f"{self.key}/{audience.value}" if self.per_audience and audience else self.key

    def default_for(self, audience: Audience | None = None) -> str:
        return self.audience_defaults.get(audience, self.default) if audience else self.default

    def valid(self, value: object) -> bool:
        """Whether `value` (as read from the settings file) is one this option takes."""
        return isinstance(value, str) and (self.choices is None or value in self.choices)

    def from_site(self, value: object) -> str | None:
        """A site configuration's value as settings text, or None when it is not valid."""
        if isinstance(value, bool) or not isinstance(value, self.site_type):
            return None
        text = str(value)
        return text if self.valid(text) else None


LANGUAGE = Option("language", tuple(LANGUAGES), DEFAULT_LANGUAGE, site_key="language")
AUDIENCE = Option(
    "audience", tuple(a.value for a in Audience), Audience.JUNIOR_HIGH.value, site_key="audience"
)
THEME = Option("theme", tuple(THEMES), DEFAULT_THEME, site_key="theme")
FURIGANA = Option("furigana", furigana.CHOICES, furigana.DEFAULT, site_key="furigana")
LESSON_MINUTES = Option(
    "lesson-minutes",
    ("15", "45", "50", "90"),  # lesson_plan.LENGTHS
    "50",
    site_key="lesson_minutes",
    site_type=int,
    per_audience=True,
    audience_defaults={Audience.ELEMENTARY: "45"},
)
# the lesson plan last used for each audience: "" (the full lesson), "built-in:short" (one of
# the app's own plans, `model/lesson/plan.py`) or the path of a plan file
LESSON_PLAN = Option("lesson-plan", None, "", per_audience=True)
TEXT_SCALE = Option("text-scale", tuple(f"{s:g}" for s in TEXT_SCALES), "1")
PRESENTER_LANGUAGE = Option("presenter-language", ("", *LANGUAGES), "")
PRESENTATION_SCREEN = Option("presentation-screen", None, "")
# the screens the presentation view was started on (not after X): the speaker notes going to
# one of them later are asked about first; screen ids joined by "|"
PROJECTOR_SCREENS = Option("projector-screens", None, "")
# the main window's last place and size (QWidget.saveGeometry, in hex)
WINDOW_GEOMETRY = Option("window-geometry", None, "")

OPTIONS: tuple[Option, ...] = (
    LANGUAGE,
    AUDIENCE,
    THEME,
    FURIGANA,
    LESSON_MINUTES,
    LESSON_PLAN,
    TEXT_SCALE,
    PRESENTER_LANGUAGE,
    PRESENTATION_SCREEN,
    PROJECTOR_SCREENS,
    WINDOW_GEOMETRY,
)
SITE_OPTIONS: dict[str, Option] = {o.site_key: o for o in OPTIONS if o.site_key}

# --- the settings file's version -----------------------------------------------------------------

VERSION_KEY = "settings-version"
VERSION = 2


def _to_2(values: dict[str, object]) -> dict[str, object]:
    """Version 1 → 2: a presentation screen saved as "screen" is forgotten. Two X screens are
    both called "screen", so that name says nothing about which one was meant (screens that
    share a name are now saved with their size and place)."""
    if values.get(PRESENTATION_SCREEN.key) == "screen":
        del values[PRESENTATION_SCREEN.key]
    return values


UPGRADES: dict[int, Callable[[dict[str, object]], dict[str, object]]] = {1: _to_2}


def upgrade(values: Mapping[str, object], version: int) -> dict[str, object]:
    """`values` of a settings file written at `version`, brought up to `VERSION`. A file with
    no version is version 1 (written before versions were kept)."""
    upgraded = dict(values)
    for step in range(version, VERSION):
        upgraded = UPGRADES[step](upgraded)
    upgraded[VERSION_KEY] = str(VERSION)
    return upgraded


# --- what the app starts with ---------------------------------------------------------------------

# the choices a launch resolves, and the command line's option for each
LAUNCH_CHOICES: dict[str, Option] = {
    "lang": LANGUAGE,
    "audience": AUDIENCE,
    "theme": THEME,
    "furigana": FURIGANA,
}


@dataclass(frozen=True)
class LaunchOptions:
    """What the app starts with, resolved once (`resolve_launch_options`). `given`: the keys of
    the choices the command line gave; the window remembers them, as if chosen in it."""

    language: str
    audience: Audience
    theme: str
    furigana: str
    given: frozenset[str] = frozenset()
    plan: LessonPlan | None = None  # --plan, read and checked
    plan_file: Path | None = None
    slide: str | None = None  # an id or a 1-based number
    size: tuple[int, int] = SCREENSHOT_SIZE  # of a screenshot; of PNG charts
    steps: int = 0  # a screenshot's steps of its activity
    present: bool = False  # start presenting (with a screenshot: draw the presentation view)
    bilingual: bool = False
    today: dt.date | None = None  # for the notice of out-of-date figures; None: no notice
    site_data_problem: DataSetError | None = None  # why site.toml's data file is not used

    def wants_presentation(self) -> bool:
        return self.present or self.bilingual


def resolve_launch_options(
    args: argparse.Namespace,
    saved: Mapping[str, object],
    site: Mapping[str, str],
    defaults: Mapping[str, str] | None = None,
    *,
    plan: LessonPlan | None = None,
    site_data_problem: DataSetError | None = None,
    today: dt.date | None = None,
) -> LaunchOptions:
    """The launch options of the command line `args`: each choice from the command line, else
    the user's settings (`saved`: the values the user chose, by settings key), else the site
    (`site`: `SiteConfig.defaults()`), else `defaults` (the window's: the system's language),
    else the option's own default. A value that is not valid is passed over. `plan` (read from
    --plan), `site_data_problem` and `today` (--today, else AWARENESS_TODAY, else the
    computer's date: `edition_age.resolve_today`) are resolved by the command line itself."""
    choices: dict[str, str] = {}
    given: set[str] = set()
    for name, option in LAUNCH_CHOICES.items():
        command_line = getattr(args, name, None)
        if command_line is not None:
            given.add(option.key)
        fallback = (defaults or {}).get(option.key, option.default)
        choices[option.key] = next(
            (
                str(value)
                for value in (command_line, saved.get(option.key), site.get(option.key))
                if option.valid(value)
            ),
            fallback,
        )
    plan_file = getattr(args, "plan", None)
    return LaunchOptions(
        language=choices[LANGUAGE.key],
        audience=Audience(choices[AUDIENCE.key]),
        theme=choices[THEME.key],
        furigana=choices[FURIGANA.key],
        given=frozenset(given),
        plan_file=Path(plan_file).resolve() if plan_file is not None else None,
        slide=getattr(args, "slide", None),
        size=getattr(args, "size", None) or SCREENSHOT_SIZE,
        steps=max(0, getattr(args, "steps", 0) or 0),
        present=bool(getattr(args, "present", False)),
        bilingual=bool(getattr(args, "bilingual", False)),
        today=today,
        plan=plan,
        site_data_problem=site_data_problem,
    )
