"""Every file the app ships, found in one place.

From an installed wheel or a frozen bundle the files sit in the package (`awareness_app/resources`);
from a checkout they sit in the repository's top-level `resources/`. The Japanese font comes from
the `matplotlib-fontja` distribution (IPAexGothic, IPA Font License), found without importing it,
since importing it imports matplotlib.
"""

from __future__ import annotations

import importlib.util
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


def data_file() -> Path:
    """The default data set: the newest edition."""
    return edition_file(newest_edition())


def locale_dir() -> Path:
    """The compiled catalogues: locale/<lang>/LC_MESSAGES/messages.mo."""
    return root() / "locale"


def catalog_file(language: str) -> Path:
    return locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


@cache
def font_file() -> Path:
    """IPAexGothic, which draws both Latin and Japanese text."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "matplotlib_fontja" / "fonts" / "ipaexg.ttf"
    spec = importlib.util.find_spec("matplotlib_fontja")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the Japanese font is missing: install matplotlib-fontja")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts" / "ipaexg.ttf"


FONT_FAMILY = "IPAexGothic"
