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

from ...i18n import (
    N_,
    NP_,
    _,
    format_message,
    format_number,
    format_percent_value,
    format_year,
    pgettext,
)
from ..data.dataset import DataSet, Figure
from ..lesson.lesson import Audience


def trf(audience: Audience | None, message: str, **values: object) -> str:
    """`tr`, formatted with `values` by the one safe formatter (`i18n.format_message`)."""
    return format_message(message, audience.value if audience is not None else None, **values)


def tr(audience: Audience | None, message: str) -> str:
    """`message` in the current language, worded for `audience` where the catalogue has an
    entry of the audience's own (its message context), else shared by every audience."""
    return pgettext(audience.value, message) if audience is not None else _(message)


# The phrases elementary pupils read, with entries of their own: kana and furigana, and words
# of the kind nine-year-olds use ("the most since they began counting in 2008").
_ELEMENTARY = (
    NP_("elementary", "more than {count} times"),
    NP_("elementary", "more than {value}"),
    NP_("elementary", "about {number}"),
    NP_("elementary", "the most since records began in {year}"),
    NP_("elementary", "the fewest since records began in {year}"),
    NP_("elementary", "a record"),
    NP_("elementary", "a record low"),
    NP_("elementary", "the most of any year since {year}"),
    NP_("elementary", "the fewest of any year since {year}"),
    NP_("elementary", "the most in {count} years"),
    NP_("elementary", "the fewest in {count} years"),
    NP_("elementary", "up {value} on the year before"),
    NP_("elementary", "down {value} on the year before"),
    NP_("elementary", "the same as the year before"),
    NP_("elementary", "up for {count} years in a row"),
    NP_("elementary", "down for {count} years in a row"),
    NP_("elementary", "the first rise in {count} years"),
    NP_("elementary", "the first fall in {count} years"),
    NP_("elementary", "up on the year before"),
    NP_("elementary", "down on the year before"),
    NP_("elementary", "+{value}"),
    NP_("elementary", "−{value}"),
    NP_("elementary", "no change"),
)

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


def times_words(ratio: float, audience: Audience | None = None) -> str:
    if ratio < 1.5:
        # NOTE: a ratio written as a number, e.g. "1.2 times"
        return trf(audience, N_("{value} times"), value=format_number(ratio, 1))
    n = round(ratio)
    count = count_word(n)
    if abs(ratio - n) < 0.005:
        # NOTE: e.g. "five times"
        return trf(audience, N_("{count} times"), count=count)
    if ratio < n:
        # NOTE: a ratio just under a whole number, e.g. 4.96 → "nearly five times"
        return trf(audience, N_("nearly {count} times"), count=count)
    # NOTE: a ratio just over a whole number, e.g. 5.4 → "more than five times"
    return trf(audience, N_("more than {count} times"), count=count)


def change_words(percent: float, decimals: int = 1, audience: Audience | None = None) -> str:
    value = format_percent_value(abs(percent), decimals)
    if round(percent, decimals) == 0:
        return tr(audience, N_("the same as the year before"))
    if percent > 0:
        # NOTE: a change from the year before, e.g. "up 5.4% on the year before"
        return trf(audience, N_("up {value} on the year before"), value=value)
    # NOTE: a change from the year before, e.g. "down 3.9% on the year before"
    return trf(audience, N_("down {value} on the year before"), value=value)


def signed_change(percent: float, decimals: int = 1, audience: Audience | None = None) -> str:
    """A change in percent beside a count (a chart's bar, "709 (+49.6%)"): a sign in English,
    a word in Japanese (「49.6%増」), as the catalogue writes it; never a typed sign."""
    value = format_percent_value(abs(percent), decimals)
    if round(percent, decimals) == 0:
        # NOTE: no change from the year before, beside a count; in Japanese 増減なし
        return tr(audience, N_("no change"))
    if percent > 0:
        # NOTE: a rise beside a count, e.g. "+49.6%"; in Japanese a word: 「49.6%増」
        return trf(audience, N_("+{value}"), value=value)
    # NOTE: a fall beside a count, e.g. "−3.9%"; in Japanese a word: 「3.9%減」
    return trf(audience, N_("−{value}"), value=value)


# "nearly N in 10" and "more than N in 10" are said only within this distance of N, in people
# out of the phrase's base (0.3 in 10 = 3 percentage points; 0.3 in 100 = 0.3 points): 16.2% is
# not "nearly 2 in 10". Further away, the share is said out of a hundred, "about 16 in 100".
PUPILS_WITHIN = 0.3
# "N in B" (no word) only this close to N
PUPILS_EXACT = 0.05


def pupils_share_parts(percent: float, bound: str | None = None) -> tuple[str, int, int]:
    """How `pupils_share` says a share: (way, count, base), way one of "", "more-than",
    "nearly", "about", "fewer" (under one in a hundred) or "all" / "almost-all". A bound the
    source states stays that bound; an exact share is "nearly" or "more than" N only within
    `PUPILS_WITHIN` of N, else "about" N out of a hundred."""
    base = 10 if percent >= 10 else 100
    ratio = percent * base / 100
    if bound == "more-than":
        count, way = int(ratio), "more-than"
    elif bound == "nearly":
        count, way = max(1, round(ratio)), "nearly"
    else:
        count = round(ratio)
        gap = ratio - count
        if abs(gap) < PUPILS_EXACT:
            way = ""
        elif gap > 0 and gap <= PUPILS_WITHIN:
            way = "more-than"
        elif gap < 0 and -gap <= PUPILS_WITHIN:
            way = "nearly"
        elif base == 10:
            base, count = 100, round(percent)
            way = "" if abs(percent - count) < PUPILS_EXACT else "about"
        else:
            way = "about"
    if count == 0:
        return "fewer", 1, 100
    if count >= base:
        return ("almost-all" if way else "all"), base, base
    return way, count, base


def pupils_share(percent: float, bound: str | None = None, audience: Audience | None = None) -> str:
    """A share written in people, for pupils who have not met percentages: 72.1 → "more than
    7 in 10" (「10人に7人より多い」). Out of 10, or out of 100 under 10% or where no tenth is
    within `PUPILS_WITHIN` (16.2 → "about 16 in 100"); a bound stays a bound: "more than 70%"
    → "more than 7 in 10", "nearly 60%" → "nearly 6 in 10"."""
    way, count, base = pupils_share_parts(percent, bound)
    if way == "fewer":
        # NOTE: a share under 0.5%, for pupils: in Japanese 「100人に1人より少ない」
        return tr(audience, N_("fewer than one in a hundred"))
    if way == "all":
        return tr(audience, N_("all"))
    if way == "almost-all":
        # NOTE: a share of 95% or more, for pupils: in Japanese 「ほぼ全員」
        return tr(audience, N_("almost all"))
    words = {
        # NOTE: a share in people for pupils, e.g. "7 in 10"; in Japanese 「10人に7人」
        "": N_("{count} in {base}"),
        # NOTE: e.g. "more than 7 in 10"; in Japanese 「10人に7人より多い」
        "more-than": N_("more than {count} in {base}"),
        # NOTE: e.g. "nearly 6 in 10"; in Japanese 「10人に6人近く」
        "nearly": N_("nearly {count} in {base}"),
        # NOTE: e.g. "about 16 in 100"; in Japanese 「100人に16人ほど」
        "about": N_("about {count} in {base}"),
    }[way]
    return trf(audience, words, count=format_number(count), base=format_number(base))


def _earlier(dataset: DataSet, figure: Figure) -> list[Figure]:
    return [f for f in dataset.series(figure.key) if f.year < figure.year]


def streak_words(dataset: DataSet, figure: Figure, audience: Audience | None = None) -> str:
    series = [*_earlier(dataset, figure), figure]
    if len(series) < 2:
        return ""
    steps = [
        (later.year, (later.value > earlier.value) - (later.value < earlier.value))
        for earlier, later in itertools.pairwise(series)
    ]
    direction = steps[-1][1]
    if direction == 0:
        return tr(audience, N_("the same as the year before"))
    running = 0
    for _year, step in reversed(steps):
        if step != direction:
            break
        running += 1
    if running >= 2:
        if direction > 0:
            # NOTE: e.g. "up for three years in a row"
            return trf(audience, N_("up for {count} years in a row"), count=count_word(running))
        # NOTE: e.g. "down for five years in a row"
        return trf(audience, N_("down for {count} years in a row"), count=count_word(running))
    last_same = max((year for year, step in steps[:-1] if step == direction), default=None)
    if last_same is not None and figure.year - last_same >= 3:
        count = count_word(figure.year - last_same)
        if direction > 0:
            # NOTE: the years since the last rise, e.g. "the first rise in six years"
            return trf(audience, N_("the first rise in {count} years"), count=count)
        # NOTE: the years since the last fall, e.g. "the first fall in four years"
        return trf(audience, N_("the first fall in {count} years"), count=count)
    if direction > 0:
        return tr(audience, N_("up on the year before"))
    return tr(audience, N_("down on the year before"))


def extreme_words(dataset: DataSet, figure: Figure, audience: Audience | None = None) -> str:
    record = dataset.record_of(figure)
    if record is not None:
        if record.since is not None:
            year = format_year(record.since)
            if record.kind == "highest":
                # NOTE: a record the source reports, e.g. "the most since records began in 2008"
                return trf(audience, N_("the most since records began in {year}"), year=year)
            return trf(audience, N_("the fewest since records began in {year}"), year=year)
        # NOTE: a record the source reports, with no start of records given
        return (
            tr(audience, N_("a record"))
            if record.kind == "highest"
            else tr(audience, N_("a record low"))
        )
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
                return trf(audience, N_("the most of any year since {year}"), year=year)
            return trf(audience, N_("the fewest of any year since {year}"), year=year)
        years = figure.year - max(beaten)
        if years >= 3:
            count = count_word(years)
            if most:
                # NOTE: e.g. "the most in five years"
                return trf(audience, N_("the most in {count} years"), count=count)
            # NOTE: e.g. "the fewest in ten years"
            return trf(audience, N_("the fewest in {count} years"), count=count)
    return ""
