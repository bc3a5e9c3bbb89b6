"""Whether the newest figures the app has are probably no longer the newest. No Qt here.

The National Police Agency publishes each year's figures (少年非行及び子供の性被害の状況) in
February or March of the next year. The rule:

    an edition is probably out of date once today is after 31 March of the year after the one
    it was released in (`[dataset] released`): the 2025 figures, released on 26 February 2026,
    are probably followed by the 2026 figures by 31 March 2027.

Only the newest edition available counts: the built-in `data/npa-YEAR.toml` files, a data file
the site configuration names (`[data] file` in site.toml) and the data set shown. When the
newest is past its next release, `outdated` returns it and the window and the exports say so
once (`notice`), in the current language.

"Today" is resolved once (`resolve_today`: `--today YYYY-MM-DD`, else the environment variable
`AWARENESS_TODAY`, else the computer's date) and passed in, so tests and demonstrations can set it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ... import resources
from ...i18n import _, format_date, format_year
from .dataset import DataSet, DataSetError, load_dataset

TODAY_VARIABLE = "AWARENESS_TODAY"
RELEASE_MONTH, RELEASE_DAY = 3, 31  # the next release is expected by 31 March


@dataclass(frozen=True, order=True)
class EditionDate:
    """An edition by the year its figures cover and the day the NPA released them."""

    year: int
    released: dt.date


def next_release_due(released: dt.date) -> dt.date:
    """The day by which the next year's figures are expected: 31 March of the year after
    `released`."""
    return dt.date(released.year + 1, RELEASE_MONTH, RELEASE_DAY)


def outdated(editions: Iterable[EditionDate], today: dt.date) -> EditionDate | None:
    """The newest of `editions` when `today` is past its next expected release; else None."""
    newest = max(editions, default=None)
    if newest is None or today <= next_release_due(newest.released):
        return None
    return newest


def parse_today(text: str) -> dt.date:
    """A date written YYYY-MM-DD; ValueError says what is wrong."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a date like 2027-04-01 (YYYY-MM-DD)") from None


def resolve_today(option: str | None, environ: Mapping[str, str]) -> dt.date:
    """ "Today" for the notice: `option` (--today), else `AWARENESS_TODAY`, else the computer's
    date. ValueError names a value that is not a date."""
    for text, where in ((option, "--today"), (environ.get(TODAY_VARIABLE), TODAY_VARIABLE)):
        if text:
            try:
                return parse_today(text)
            except ValueError as error:
                raise ValueError(f"{where}: {error}") from None
    return dt.date.today()


def edition_date(path: Path | str) -> EditionDate | None:
    """The year and release date of the data file at `path` (its [dataset] table only), or
    None when the file cannot be read or has none."""
    try:
        meta = _dataset_table(Path(path).read_text(encoding="utf-8"))
        return EditionDate(int(meta["year"]), dt.date.fromisoformat(str(meta["released"])))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, AttributeError):
        return None


# the [dataset] table, from its header to the next table's (a line that starts with "[")
_DATASET_TABLE = re.compile(r"^\[dataset\][ \t]*(?:#[^\n]*)?\n(.*?)(?=^\[|\Z)", re.M | re.S)


def _dataset_table(text: str) -> dict[str, Any]:
    """The [dataset] table of a data file's `text`. It is parsed alone where it can be: a data
    file is hundreds of tables, and the window's start reads every edition's date (the whole
    of three files took 30–70 ms); the whole file is parsed when the table alone is not TOML."""
    match = _DATASET_TABLE.search(text)
    if match is not None:
        try:
            return tomllib.loads(match.group(1))
        except tomllib.TOMLDecodeError:
            pass
    table = tomllib.loads(text).get("dataset", {})
    return table if isinstance(table, dict) else {}


def edition_dates(paths: Iterable[Path | str]) -> list[EditionDate]:
    """The editions of the data files `paths` that name their year and release date."""
    return [found for found in map(edition_date, paths) if found is not None]


def available_editions(site_data: Path | None = None) -> list[EditionDate]:
    """The built-in editions and the site configuration's data file (`[data] file`), when it
    is a valid data set (one that is not adds no edition; the app says why when it loads it)."""
    found = edition_dates(resources.editions().values())
    if site_data is not None:
        with contextlib.suppress(DataSetError):
            found += [shown_edition(load_dataset(site_data))]
    return found


def shown_edition(dataset: DataSet) -> EditionDate:
    return EditionDate(dataset.year, dt.date.fromisoformat(dataset.released))


def notice(edition: EditionDate) -> str:
    """What the window and the exports say about an out-of-date edition, in the current
    language: the year its figures cover, when they were published, how to add the next."""
    # NOTE: shown once in the window, and on the handout, the lesson PDF and the PowerPoint's
    # speaker notes, when the newest figures are more than a year old. {year} is the year the
    # figures cover; {date} the day the National Police Agency published them; site.toml and
    # [data] file are written as they are (a file name and a setting in it).
    text = _(
        "The newest figures in this app are for {year} (National Police Agency, published "
        "{date}). Newer figures have probably been published since. To use them, a school "
        "adds a data file for the next year and names it in site.toml ([data] file)."
    )
    return text.format(
        year=format_year(edition.year), date=format_date(edition.released.isoformat())
    )
