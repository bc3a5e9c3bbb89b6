"""The lesson as data: slides, their kinds, per-audience wording and speaker notes. No Qt here.

Every string is an English source string marked with `N_` where it is written (so babel extracts
it) and translated when a slide is rendered (see `render.py`). Figures never appear as digits in
the wording: a slide names them as `Value`s and the text holds `{placeholders}` that are filled
with the data set's numbers, formatted for the language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Audience(StrEnum):
    ELEMENTARY = "elementary"
    JUNIOR_HIGH = "junior-high"
    HIGH_SCHOOL = "high-school"
    ADULTS = "adults"


ALL_AUDIENCES = frozenset(Audience)
PUPILS = frozenset({Audience.ELEMENTARY, Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL})
ADULTS_ONLY = frozenset({Audience.ADULTS})
NOT_ELEMENTARY = frozenset({Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL, Audience.ADULTS})


class SlideKind(StrEnum):
    TITLE = "title"
    FIGURE = "figure"  # a headline number and the sentence that explains it
    CHART = "chart"
    LIST = "list"
    ACTIVITY = "activity"
    QUIZ = "quiz"
    CLOSING = "closing"
    SCHOOL = "school"  # the school's own slide, written by the teacher (`model/lesson/plan.py`)


@dataclass(frozen=True)
class Text:
    """An English source string, with a different wording for some audiences.

    `contexts`: the audiences whose string has an entry of its own in the catalogues, with the
    audience as its message context (msgctxt): the same English, worded for that room in another
    language (furigana and kana for elementary pupils, 年齢 rather than 年れい for older ones).
    `tools/catalogs.py extract` writes those entries; a lookup for an audience tries its context
    first and falls back to the shared entry (`i18n.pgettext`), so any string may gain one.
    """

    default: str
    variants: Mapping[Audience, str] = field(default_factory=dict)
    contexts: frozenset[Audience] = frozenset()

    def for_audience(self, audience: Audience) -> str:
        return self.variants.get(audience, self.default)

    def all_strings(self) -> list[str]:
        return [s for s in (self.default, *self.variants.values()) if s]


def T(
    default: str,
    *,
    elementary: str | None = None,
    junior_high: str | None = None,
    high_school: str | None = None,
    pupils: str | None = None,
    adults: str | None = None,
    contexts: Iterable[Audience] = (),
) -> Text:
    """Wording for every audience: `default`, with overrides.

    `pupils` sets elementary, junior high and high school at once; a more specific
    keyword wins over it. An empty string leaves the text out for that audience.
    `contexts`: audiences whose string gets a catalogue entry of its own (see `Text`).
    """
    variants: dict[Audience, str] = {}
    if pupils is not None:
        variants.update(dict.fromkeys(PUPILS, pupils))
    for audience, text in (
        (Audience.ELEMENTARY, elementary),
        (Audience.JUNIOR_HIGH, junior_high),
        (Audience.HIGH_SCHOOL, high_school),
        (Audience.ADULTS, adults),
    ):
        if text is not None:
            variants[audience] = text
    return Text(default, variants, frozenset(contexts))


ELEMENTARY_OWN = frozenset({Audience.ELEMENTARY})  # `contexts` of a string shared with older rooms
# `contexts` of a pupils' string that each pupils' room says in its own words (the shared entry
# is the junior-high wording; elementary pupils read kana, high-school students an older register)
ROOMS_OWN = frozenset({Audience.ELEMENTARY, Audience.HIGH_SCHOOL})
# `contexts` of a text pupils see in the statistics' terms (victims, the offender): the official
# term (被害児童, 加害者) is the adults' own entry, and the shared entry, which junior-high and
# high-school pupils read, says it in plain words (被害にあった子ども, 相手)
OFFICIAL_TERMS = frozenset({Audience.ADULTS})


EMPTY = Text("")


@dataclass(frozen=True)
class OwnText:
    """A text the teacher wrote (the school's own slide), in Japanese, English or both: shown as
    written, never translated; where one language is missing, the other stands in for it."""

    en: str = ""
    ja: str = ""

    def get(self, language: str) -> str:
        mine = self.ja if language == "ja" else self.en
        return mine or self.en or self.ja

    def is_empty(self) -> bool:
        return not (self.en.strip() or self.ja.strip())


@dataclass(frozen=True)
class OwnSlide:
    """What the school's own slide says: a title and up to six points (`model/lesson/plan.py`)."""

    title: OwnText
    points: tuple[OwnText, ...] = ()


class Style(StrEnum):
    """How a figure is written out."""

    NUMBER = "number"  # 1,665
    PERCENT = "percent"  # 13.5 %
    SIGNED_PERCENT = "signed-percent"  # +42.4 % / −3.9 %
    ABOUT_NUMBER = "about-number"  # about 474 (a derived figure shown rounded)
    # words computed from the figure and its series (phrases.py), never typed into the lesson:
    TIMES_WORDS = "times-words"  # "nearly five times" (a ratio)
    CHANGE_WORDS = "change-words"  # "down 3.9% on the year before" (a change in percent)
    STREAK = "streak"  # "down for the fifth year running" / "the first rise in six years"
    EXTREME = "extreme"  # "the most since 2013", or the record the source reports


class At(StrEnum):
    """Which year of a figure's series a `Value` names, relative to the edition: the lesson
    never writes a year."""

    LATEST = "latest"  # the edition's year
    PREVIOUS = "previous"  # the year before the edition's
    FIRST = "first"  # the first year of the series
    LAST_KNOWN = "last-known"  # the latest year the series has (e.g. a case of an earlier year)


@dataclass(frozen=True)
class Value:
    """A figure from the data set, named `name` in the slide's wording."""

    name: str
    key: str
    at: At = At.LATEST
    style: Style = Style.NUMBER
    decimals: int | None = None  # None: the figure's own
    optional: bool = False  # True: a bullet naming it is left out where the edition lacks it


@dataclass(frozen=True)
class Slide:
    id: str
    kind: SlideKind
    title: Text
    body: Text = EMPTY
    bullets: tuple[Text, ...] = ()
    headline: Value | None = None  # the large number of a figure slide
    values: tuple[Value, ...] = ()  # figures named in title, body and bullets
    chart: str | None = None
    notes: Text = EMPTY
    # the notes for whoever presents the exported file (PowerPoint, the lesson PDF), where the
    # app's keys, buttons and toolbar do not exist: what to do in the room instead (EMPTY: the
    # notes say nothing of the app, and serve there too)
    room_notes: Text = EMPTY
    audiences: frozenset[Audience] = ALL_AUDIENCES
    # source ids of facts that are not figures (platform settings): listed on the slide with
    # the date the facts were checked
    sources: tuple[str, ...] = ()
    # more such sources for some audiences only: (audiences, source ids), for a fact only their
    # notes state (a platform change since the first check)
    audience_sources: tuple[tuple[frozenset[Audience], tuple[str, ...]], ...] = ()
    # figures the slide's chart needs besides its values (keys, for the edition's year)
    requires: tuple[str, ...] = ()
    # the speaker note for an edition that lacks the slide's figures and so leaves it out
    # (said on the slide before it); a slide without one is needed by every edition
    unpublished: Text = EMPTY
    # a pointer said after `unpublished` where the slide it names is in the lesson: written with
    # a computed pointer (`{slide_elementary}`, `render.slide_pointers`), never "the next slide"
    unpublished_see: Text = EMPTY
    # lines the fitted lesson adds to the notes (what an edition did not publish)
    extra_notes: tuple[Text, ...] = ()
    # the school's own slide: the teacher's words (kind SCHOOL), instead of the catalogue's
    own: OwnSlide | None = None

    def all_values(self) -> tuple[Value, ...]:
        return ((self.headline,) if self.headline else ()) + self.values

    def texts(self) -> list[Text]:
        return [
            self.title,
            self.body,
            *self.bullets,
            self.notes,
            self.room_notes,
            *self.extra_notes,
        ]

    def sources_for(self, audience: Audience) -> tuple[str, ...]:
        """The ids of the sources of the slide's platform facts that `audience` is shown."""
        extra = [sid for rooms, ids in self.audience_sources if audience in rooms for sid in ids]
        return tuple(dict.fromkeys((*self.sources, *extra)))


@dataclass(frozen=True)
class Lesson:
    """The lesson's slides. A slide may come in variants for editions that publish different
    figures: variants share an id and stand together, the first that an edition can fill is
    shown (`fit.fit_lesson`), and a fitted lesson has one slide per id."""

    id: str
    title: Text
    slides: tuple[Slide, ...]

    def __post_init__(self) -> None:
        ids = [s.id for s in self.slides]
        apart = {i for n, i in enumerate(ids) if n > 0 and i in ids[:n] and ids[n - 1] != i}
        if apart:
            raise ValueError(f"variants of a slide must stand together: {sorted(apart)}")

    def variants(self) -> list[list[Slide]]:
        """The slides grouped by id, in order."""
        groups: list[list[Slide]] = []
        for slide in self.slides:
            if groups and groups[-1][0].id == slide.id:
                groups[-1].append(slide)
            else:
                groups.append([slide])
        return groups

    def for_audience(self, audience: Audience) -> list[Slide]:
        """The audience's slides: of a slide's variants, the first that is for the audience."""
        chosen: list[Slide] = []
        for group in self.variants():
            slide = next((s for s in group if audience in s.audiences), None)
            if slide is not None:
                chosen.append(slide)
        return chosen

    def find(self, audience: Audience, ref: str) -> int:
        """The 0-based index of slide `ref` (an id, or a 1-based number) in `audience`'s lesson."""
        slides = self.for_audience(audience)
        if ref.isdigit():
            number = int(ref)
            if 1 <= number <= len(slides):
                return number - 1
            raise LookupError(
                f"slide number {number} is out of range 1–{len(slides)} for {audience}"
            )
        for index, slide in enumerate(slides):
            if slide.id == ref:
                return index
        if any(s.id == ref for s in self.slides):
            raise LookupError(f"slide {ref!r} is not part of the lesson for {audience}")
        raise LookupError(f"no slide {ref!r}; the slides are: {', '.join(s.id for s in slides)}")
