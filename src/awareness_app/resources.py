"""Every file the app ships, found in one place.

From an installed wheel or a frozen bundle the files sit in the package (`awareness_app/resources`);
from a checkout they sit in the repository's top-level `resources/`. The font is Morisawa's BIZ
UDPGothic (SIL Open Font License, its text beside it in `fonts/OFL.txt`): a universal-design face
made for legibility, with Latin and Japanese glyphs and a real bold, which Windows 10 and later
also carry, so a PowerPoint opened on a school PC shows the same letters as the app.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
DOMAIN = "messages"


@cache
def root() -> Path:
    """The folder that holds data/, locale/ and the other shipped files."""
    candidates = [_PACKAGE / "resources", _PACKAGE.parents[1] / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "awareness_app" / "resources")
    for candidate in candidates:
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError(
        f"the app's resources are missing (looked in {', '.join(map(str, candidates))})"
    )


@cache
def editions() -> dict[int, Path]:
    """The built-in data sets, one per NPA release, by the year they cover, oldest first:
    every `data/npa-YEAR.toml`. A new release is one new file (CONTRIBUTING.md)."""
    found = {}
    for path in (root() / "data").glob("npa-*.toml"):
        year = path.stem.removeprefix("npa-")
        if year.isdigit():
            found[int(year)] = path
    return dict(sorted(found.items()))


def newest_edition() -> int:
    return max(editions())


def edition_file(year: int) -> Path:
    """The built-in data set for `year`; KeyError names the editions there are."""
    try:
        return editions()[year]
    except KeyError:
        known = ", ".join(str(y) for y in editions())
        raise KeyError(f"no built-in edition for {year}; the editions are {known}") from None


def locale_dir() -> Path:
    """The compiled catalogues: locale/<lang>/LC_MESSAGES/messages.mo."""
    return root() / "locale"


def catalog_file(language: str) -> Path:
    return locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


FONT_FAMILY = "BIZ UDPGothic"
FONT_FILES = ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf")
FONT_LICENCE = "OFL.txt"


def fonts_dir() -> Path:
    return root() / "fonts"


def font_file() -> Path:
    """BIZ UDPGothic's regular face, which draws both Latin and Japanese text."""
    return fonts_dir() / FONT_FILES[0]


def font_files() -> list[Path]:
    """The shipped font's faces (regular, bold)."""
    return [fonts_dir() / name for name in FONT_FILES]
