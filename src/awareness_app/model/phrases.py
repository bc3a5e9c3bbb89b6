"""Words computed from the data: "nearly five times", "down for five years in a row", "the
fewest in ten years". No Qt here.

The lesson never types a comparative word: a slide names a figure with a `Style` of words and
these rules choose them from the edition's series, the same in every language (the catalogue
translates the phrase, never the fact). The rules:

- **Times** (a ratio r, n = r rounded): r within 0.005 of n → "n times"; r below n → "nearly n
  times"; r above n → "more than n times". Ratios under 1.5 are written as numbers ("1.2 times").
  So 4.96 → "nearly five times", 5.96 → "nearly six times", 5.4 → "more than five times".
- **Change** (a change in percent): "up 5.4% on the year before", "down 3.9% on the year before",
  "the same as the year before"; the sign is a word, never "+" or "−".
- **Streak** (a count's series, one value a year): the direction of the last change, and how
  many changes running went that way: two or more → "down for five years in a row"; one, after
  three or more years the other way → "the first rise in six years" (the years since the last
  rise); otherwise "up on the year before".
- **Extreme** (a count and its series): a record the source reports wins, carried with its
  source ("the most since records began in 2008", or "a record"); otherwise the most (fewest) of
  every year shown → "the most of any year since 2013"; otherwise the most (fewest) for three or
  more years → "the fewest in ten years" (the years since a lower value); otherwise nothing ("").
"""

from __future__ import annotations

import itertools

from ..i18n import N_, _, format_number, format_percent_value, format_year
from .dataset import DataSet, Figure

# NOTE: small numbers written as words in English ("five times"); in Japanese write Arabic
# numerals (5), as horizontal text does (GLOSSARY.md).
_WORDS = (
    N_("zero"),
    N_("one"),
    N_("two"),
    N_("three"),
    N_("four"),
    N_("five"),
    N_("six"),
    N_("seven"),
    N_("eight"),
    N_("nine"),
    N_("ten"),
)


def count_word(n: int) -> str:
    """A small whole number as the language writes it in running text: "five" / "5"."""
    return _(_WORDS[n]) if 0 <= n < len(_WORDS) else format_number(n)


def times_words(ratio: float) -> str:
    if ratio < 1.5:
        # NOTE: a ratio written as a number, e.g. "1.2 times"
        return _("{value} times").format(value=format_number(ratio, 1))
    n = round(ratio)
    count = count_word(n)
    if abs(ratio - n) < 0.005:
        # NOTE: e.g. "five times"
        return _("{count} times").format(count=count)
    if ratio < n:
        # NOTE: a ratio just under a whole number, e.g. 4.96 → "nearly five times"
        return _("nearly {count} times").format(count=count)
    # NOTE: a ratio just over a whole number, e.g. 5.4 → "more than five times"
    return _("more than {count} times").format(count=count)


def change_words(percent: float, decimals: int = 1) -> str:
    value = format_percent_value(abs(percent), decimals)
    if round(percent, decimals) == 0:
        return _("the same as the year before")
    if percent > 0:
        # NOTE: a change from the year before, e.g. "up 5.4% on the year before"
        return _("up {value} on the year before").format(value=value)
    # NOTE: a change from the year before, e.g. "down 3.9% on the year before"
    return _("down {value} on the year before").format(value=value)


def _earlier(dataset: DataSet, figure: Figure) -> list[Figure]:
    return [f for f in dataset.series(figure.key) if f.year < figure.year]


def streak_words(dataset: DataSet, figure: Figure) -> str:
    series = [*_earlier(dataset, figure), figure]
    if len(series) < 2:
        return ""
    steps = [
        (later.year, (later.value > earlier.value) - (later.value < earlier.value))
        for earlier, later in itertools.pairwise(series)
    ]
    direction = steps[-1][1]
    if direction == 0:
        return _("the same as the year before")
    running = 0
    for _year, step in reversed(steps):
        if step != direction:
            break
        running += 1
    if running >= 2:
        if direction > 0:
            # NOTE: e.g. "up for three years in a row"
            return _("up for {count} years in a row").format(count=count_word(running))
        # NOTE: e.g. "down for five years in a row"
        return _("down for {count} years in a row").format(count=count_word(running))
    last_same = max((year for year, step in steps[:-1] if step == direction), default=None)
    if last_same is not None and figure.year - last_same >= 3:
        count = count_word(figure.year - last_same)
        if direction > 0:
            # NOTE: the years since the last rise, e.g. "the first rise in six years"
            return _("the first rise in {count} years").format(count=count)
        # NOTE: the years since the last fall, e.g. "the first fall in four years"
        return _("the first fall in {count} years").format(count=count)
    if direction > 0:
        return _("up on the year before")
    return _("down on the year before")


def extreme_words(dataset: DataSet, figure: Figure) -> str:
    record = dataset.record_of(figure)
    if record is not None:
        if record.since is not None:
            year = format_year(record.since)
            if record.kind == "highest":
                # NOTE: a record the source reports, e.g. "the most since records began in 2008"
                return _("the most since records began in {year}").format(year=year)
            return _("the fewest since records began in {year}").format(year=year)
        # NOTE: a record the source reports, with no start of records given
        return _("a record") if record.kind == "highest" else _("a record low")
    earlier = _earlier(dataset, figure)
    if not earlier:
        return ""
    for most in (True, False):
        beaten = [
            f.year
            for f in earlier
            if (f.value >= figure.value if most else f.value <= figure.value)
        ]
        if not beaten:
            year = format_year(earlier[0].year)
            if most:
                # NOTE: higher than every year of the series shown, e.g. "the most of any year
                # since 2013"
                return _("the most of any year since {year}").format(year=year)
            return _("the fewest of any year since {year}").format(year=year)
        years = figure.year - max(beaten)
        if years >= 3:
            count = count_word(years)
            if most:
                # NOTE: e.g. "the most in five years"
                return _("the most in {count} years").format(count=count)
            # NOTE: e.g. "the fewest in ten years"
            return _("the fewest in {count} years").format(count=count)
    return ""
