"""Lesson plans: the teacher's own lesson, made of the default one. No Qt here.

A plan is for one audience and one length of lesson (15, 45, 50 or 90 minutes). It names the
slides by their stable ids, in the order they are shown, says which are hidden, and holds the
school's own slides (a title and up to six points, in Japanese, English or both). It is a small
TOML file a teacher can give a colleague:

    # SNS Safety Classroom: lesson plan
    format = 1
    name = "Homeroom talk"
    audience = "junior-high"     # elementary | junior-high | high-school | adults
    minutes = 15                 # 15 | 45 | 50 | 90: the presenter console's pacing
    slides = ["title", "headline", "own-rules", "warning-signs", "closing"]
    hidden = ["headline"]        # listed in `slides` too: kept in place, not shown

    [[school]]
    id = "own-rules"             # "own-…": placed by `slides` (at the end if not listed)
    title = { en = "Phones at our school", ja = "本校のスマホのルール" }
    points = [
      { en = "Phones stay in your bag during lessons", ja = "授業中はかばんにしまう" },
    ]

`apply_plan` makes the lesson the plan shows from a lesson fitted to an edition: its slides in
the plan's order, hidden ones left out, the school's slides in their places; a slide the edition
(or the audience's lesson) lacks is skipped and named (`missing_message`). A plan survives a new
edition: it only names slides.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from ... import i18n
from ...atomic import write_text_atomic
from ...i18n import N_, _
from ..text.free_text import bad_characters, plain_text, text_width
from ..text.ruby import plain
from ..text.text_file import TextFileError, read_text_file
from .lesson import EMPTY, Audience, Lesson, OwnSlide, OwnText, Slide, SlideKind
from .plan_needs import NEEDED, unsaid_message

FORMAT = 1
LENGTHS = (15, 45, 50, 90)  # minutes: a homeroom talk, a lesson period (45 / 50), a workshop
MAX_POINTS = 6
MAX_SCHOOL_SLIDES = 10
# The school's words fit the slide at 1280×720 and 1920×1080 at the projector's smallest type: a
# title of two lines and six points of three. Measured in half-width characters (`text_width`):
# a full-width (Japanese) character counts as two, as Japanese forms count 全角 and 半角.
MAX_TITLE = 80  # half-width characters: 80 in English, 40 in Japanese
MAX_POINT = 160  # 160 in English, 80 in Japanese
MAX_NAME = 80
MAX_PLAN_BYTES = 256 * 1024  # a plan is about 2 KB
SCHOOL_PREFIX = "own-"  # the school's own slides: "own-rules", "own-1" (never a lesson's id)
LANGUAGES = ("en", "ja")
BUILT_IN = "built-in:"  # a remembered plan that is one of the app's (`built-in:short`)
FULL, SHORT = "full", "short"

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_KEYS = {"format", "name", "audience", "minutes", "slides", "hidden", "school"}
_SCHOOL_KEYS = {"id", "title", "points"}


class PlanError(ValueError):
    """A lesson plan that cannot be used: names the file and the field."""

    def __init__(self, source: str | Path, where: str, problem: str) -> None:
        self.source, self.where, self.problem = str(source), where, problem
        super().__init__(f"{source}: {where}: {problem}" if where else f"{source}: {problem}")


Fail = Callable[[str, str], PlanError]


@dataclass(frozen=True)
class SchoolSlide:
    """The school's own slide, as the plan keeps it."""

    id: str
    title: OwnText
    points: tuple[OwnText, ...] = ()

    def slide(self, audience: Audience) -> Slide:
        """The slide the lesson shows (`render_slide` draws its words as written)."""
        return Slide(
            id=self.id,
            kind=SlideKind.SCHOOL,
            title=EMPTY,
            audiences=frozenset({audience}),
            own=OwnSlide(self.title, self.points),
        )


@dataclass(frozen=True)
class LessonPlan:
    name: str
    audience: Audience
    minutes: int
    slides: tuple[str, ...]  # every slide of the plan, by id, in order (shown and hidden)
    hidden: frozenset[str] = frozenset()
    school: tuple[SchoolSlide, ...] = ()
    built_in: str = ""  # FULL / SHORT for the app's own plans ("" for a file's)

    def shown(self) -> list[str]:
        return [i for i in self.slides if i not in self.hidden]

    def title(self) -> str:
        """The plan's name as the window shows it (the app's own plans translated)."""
        return _(self.name) if self.built_in or self.name in _APP_NAMES else self.name

    # --- changes (the plan editor) --------------------------------------------------------------

    def moved(self, slide_id: str, delta: int) -> LessonPlan:
        order = list(self.slides)
        at = order.index(slide_id)
        to = max(0, min(len(order) - 1, at + delta))
        order.insert(to, order.pop(at))
        return replace(self, slides=tuple(order), built_in="")

    def toggled(self, slide_id: str) -> LessonPlan:
        hidden = set(self.hidden) ^ {slide_id}
        return replace(self, hidden=frozenset(hidden), built_in="")

    def with_school(self, slide: SchoolSlide, after: str | None = None) -> LessonPlan:
        """The plan with `slide` added after the slide `after` (by default before the closing
        slide), or replaced, by its id, where it is."""
        others = tuple(s for s in self.school if s.id != slide.id)
        order = list(self.slides)
        if slide.id not in order:
            if after in order:
                at = order.index(after) + 1
            else:
                at = order.index("closing") if "closing" in order else len(order)
            order.insert(at, slide.id)
        return replace(self, slides=tuple(order), school=(*others, slide), built_in="")

    def without_school(self, slide_id: str) -> LessonPlan:
        """The plan without the school's slide `slide_id`."""
        return replace(
            self,
            slides=tuple(i for i in self.slides if i != slide_id),
            hidden=self.hidden - {slide_id},
            school=tuple(s for s in self.school if s.id != slide_id),
            built_in="",
        )

    def with_order(self, ids: Sequence[str], hidden: Iterable[str] | None = None) -> LessonPlan:
        """The plan with its slides in the order of `ids` (the editor's list, which may add
        slides of the lesson the plan did not name); slides of the plan not in `ids` (those the
        edition lacks) keep their place after the slide they followed, shown or hidden as they
        were. `hidden`: the slides of `ids` left out (default: as they were)."""
        order = list(dict.fromkeys(ids))
        listed = set(order)
        for at, slide_id in enumerate(self.slides):  # not in the list: after its predecessor
            if slide_id not in listed:
                before = self.slides[at - 1] if at else None
                order.insert(order.index(before) + 1 if before in order else 0, slide_id)
                listed.add(slide_id)
        kept = set(self.hidden if hidden is None else hidden) | (self.hidden - set(ids))
        kept &= set(order)
        return replace(self, slides=tuple(order), hidden=frozenset(kept), built_in="")

    def school_slide(self, slide_id: str) -> SchoolSlide | None:
        return next((s for s in self.school if s.id == slide_id), None)

    def new_school_id(self) -> str:
        taken = set(self.slides) | {s.id for s in self.school}
        return next(
            f"{SCHOOL_PREFIX}{n}" for n in range(1, 1000) if f"{SCHOOL_PREFIX}{n}" not in taken
        )


def school_slide(slide_id: str, title: OwnText, points: Sequence[OwnText] = ()) -> SchoolSlide:
    """A school slide from what the teacher typed: plain text (`plain_text`), empty points
    left out, at most MAX_POINTS."""

    def clean(text: OwnText) -> OwnText:
        return OwnText(en=plain_text(text.en), ja=plain_text(text.ja))

    kept = [clean(p) for p in points if not clean(p).is_empty()]
    return SchoolSlide(slide_id, clean(title), tuple(kept[:MAX_POINTS]))


# --- reading and writing ------------------------------------------------------------------------


def load_plan(path: Path | str) -> LessonPlan:
    """The plan in the file at `path`; raises PlanError naming the file and the field."""
    path = Path(path)
    try:
        data = tomllib.loads(read_text_file(path, MAX_PLAN_BYTES))
    except TextFileError as error:
        raise PlanError(path, "", str(error)) from error
    except OSError as error:
        raise PlanError(path, "", f"cannot be read ({error.strerror or error})") from error
    except tomllib.TOMLDecodeError as error:
        raise PlanError(path, "", f"is not a TOML file ({error})") from error
    return parse_plan(data, path)


def parse_plan(data: Mapping[str, object], source: str | Path = "<plan>") -> LessonPlan:
    """A plan from a TOML table, checked in full (see the module's docstring)."""

    def fail(where: str, problem: str) -> PlanError:
        return PlanError(source, where, problem)

    missing = [key for key in NEEDED if key not in data]  # an empty file lacks them all
    if missing:
        raise fail("", unsaid_message(missing, empty=not data))
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise fail(unknown[0], f"unknown key; the keys are {', '.join(sorted(_KEYS))}")
    version = data.get("format", FORMAT)
    if version != FORMAT:
        raise fail("format", f"{version!r} is not a format this app reads ({FORMAT})")
    name = data.get("name", "")
    if not isinstance(name, str) or len(name) > MAX_NAME:
        raise fail("name", f"must be text of at most {MAX_NAME} characters")
    if bad_characters(name):
        raise fail("name", f"holds the invisible control character {bad_characters(name)[0]}")
    audience = data.get("audience")
    if audience not in {a.value for a in Audience}:
        raise fail(
            "audience",
            f"{audience!r} is not an audience; use one of {', '.join(a.value for a in Audience)}",
        )
    minutes = data.get("minutes")
    if isinstance(minutes, bool) or minutes not in LENGTHS:
        raise fail(
            "minutes",
            f"{minutes!r} is not a length of lesson; use {', '.join(map(str, LENGTHS))}",
        )
    slides = _ids(data.get("slides"), "slides", fail)
    if not slides:
        raise fail("slides", "a plan needs at least one slide")
    doubled = sorted({i for i in slides if slides.count(i) > 1})
    if doubled:
        raise fail("slides", f"{doubled[0]!r} is listed more than once")
    hidden = _ids(data.get("hidden", []), "hidden", fail)
    stray = [i for i in hidden if i not in slides]
    if stray:
        raise fail("hidden", f"{stray[0]!r} is not in slides")
    school_data = data.get("school", [])
    if not isinstance(school_data, list) or not all(isinstance(s, dict) for s in school_data):
        raise fail("school", "must be [[school]] tables")
    if len(school_data) > MAX_SCHOOL_SLIDES:
        raise fail("school", f"at most {MAX_SCHOOL_SLIDES} school slides")
    school = [_school(entry, n, fail) for n, entry in enumerate(school_data, start=1)]
    ids = [s.id for s in school]
    if len(set(ids)) != len(ids):
        raise fail("school", "two school slides have the same id")
    order = list(slides) + [i for i in ids if i not in slides]  # not listed: at the end
    own = [i for i in order if i.startswith(SCHOOL_PREFIX) and i not in ids]
    if own:
        raise fail("slides", f"{own[0]!r} names a school slide the plan does not have")
    return LessonPlan(
        name=name,
        audience=Audience(audience),
        minutes=int(minutes),
        slides=tuple(order),
        hidden=frozenset(hidden),
        school=tuple(school),
    )


def _ids(value: object, where: str, fail: Fail) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(where, 'must be a list of slide ids, such as ["title", "trend"]')
    bad = [v for v in value if not _ID.match(v)]
    if bad:
        raise fail(where, f"{bad[0]!r} is not a slide id (lower-case letters, digits and -)")
    return list(value)


def _school(entry: Mapping[str, object], number: int, fail: Fail) -> SchoolSlide:
    where = f"school #{number}"
    unknown = sorted(set(entry) - _SCHOOL_KEYS)
    if unknown:
        raise fail(f"{where}.{unknown[0]}", "unknown key; the keys are id, title, points")
    slide_id = entry.get("id", f"{SCHOOL_PREFIX}{number}")
    if (
        not isinstance(slide_id, str)
        or not slide_id.startswith(SCHOOL_PREFIX)
        or not _ID.match(slide_id)
    ):
        raise fail(f"{where}.id", f"{slide_id!r} must start with {SCHOOL_PREFIX!r}, e.g. own-rules")
    title = _own(entry.get("title"), f"{where}.title", MAX_TITLE, fail)
    if title.is_empty():
        raise fail(f"{where}.title", "a school slide needs a title")
    points = entry.get("points", [])
    if not isinstance(points, list):
        raise fail(f"{where}.points", "must be a list of { en = …, ja = … }")
    if len(points) > MAX_POINTS:
        raise fail(f"{where}.points", f"{len(points)} points; a slide has at most {MAX_POINTS}")
    own = [_own(p, f"{where}.points #{n}", MAX_POINT, fail) for n, p in enumerate(points, 1)]
    return SchoolSlide(slide_id, title, tuple(p for p in own if not p.is_empty()))


def _own(value: object, where: str, limit: int, fail: Fail) -> OwnText:
    if isinstance(value, str):  # one text: taken as both languages' (shown as written)
        value = {"en": value}
    if not isinstance(value, dict):
        raise fail(where, 'must be { en = "…", ja = "…" } (either or both)')
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        raise fail(f"{where}.{unknown[0]}", "unknown language; use en and/or ja")
    texts = {}
    for language in LANGUAGES:
        text = value.get(language, "")
        if not isinstance(text, str):
            raise fail(f"{where}.{language}", "must be text")
        text = plain_text(text)
        bad = bad_characters(text)  # the one check of free text (contacts use it too)
        if bad:
            raise fail(f"{where}.{language}", f"holds the invisible control character {bad[0]}")
        width = text_width(text)
        if width > limit:
            raise fail(
                f"{where}.{language}",
                f"{width} half-width characters wide; at most {limit}, so that the slide fits "
                f"the screen (a Japanese, full-width character counts as two: {limit // 2})",
            )
        texts[language] = text
    return OwnText(en=texts["en"], ja=texts["ja"])


def _toml_string(text: str) -> str:
    # a JSON string is a TOML basic string (the same escapes: \\, \", \n, \uXXXX)
    return json.dumps(text, ensure_ascii=False)


def _toml_own(text: OwnText) -> str:
    parts = [
        f"{lang} = {_toml_string(getattr(text, lang))}" for lang in LANGUAGES if getattr(text, lang)
    ]
    return "{ " + ", ".join(parts) + " }"


def plan_toml(plan: LessonPlan) -> str:
    """The plan as the small, human-readable TOML file `load_plan` reads back."""
    lines = [
        "# SNS Safety Classroom: lesson plan (授業プラン)",
        "# slides: in the order they are shown; hidden: those left out (listed in slides too)",
        f"format = {FORMAT}",
        f"name = {_toml_string(plan.title())}",
        f"audience = {_toml_string(plan.audience.value)}",
        f"minutes = {plan.minutes}",
        "slides = [",
        *(f"  {_toml_string(i)}," for i in plan.slides),
        "]",
        "hidden = [" + ", ".join(_toml_string(i) for i in plan.slides if i in plan.hidden) + "]",
    ]
    for slide in plan.school:
        lines += ["", "[[school]]", f"id = {_toml_string(slide.id)}"]
        lines.append(f"title = {_toml_own(slide.title)}")
        lines.append("points = [")
        lines += [f"  {_toml_own(p)}," for p in slide.points]
        lines.append("]")
    return "\n".join(lines) + "\n"


def save_plan(path: Path | str, plan: LessonPlan) -> None:
    """Write the plan to `path` (a temporary file renamed into place: never a partial file)."""
    write_text_atomic(path, plan_toml(plan))


# --- applying a plan ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedLesson:
    lesson: Lesson
    missing: list[str] = field(default_factory=list)  # shown slides the lesson lacks
    # slides of the lesson the plan does not name: the editor lists them last, hidden
    added: list[str] = field(default_factory=list)
    # why the whole lesson is shown instead of the plan's: "" (it is not), HIDDEN or UNKNOWN
    fallback: str = ""
    audience: Audience = Audience.JUNIOR_HIGH
    base: Lesson | None = None  # the whole lesson, for the titles of slides an edition lacks

    def message(self) -> str:
        """What the teacher should know, in the current language ("" for nothing)."""
        name = partial(slide_name, lessons=(self.lesson, *([self.base] if self.base else ())))
        parts = [
            fallback_message(self.fallback),
            missing_message([name(i, audience=self.audience) for i in self.missing]),
            # the whole lesson shown: nothing is hidden at the end
            ""
            if self.fallback
            else added_message([name(i, audience=self.audience) for i in self.added]),
        ]
        space = "" if i18n.current_language() == "ja" else " "  # between sentences
        return space.join(part for part in parts if part)


ALL_HIDDEN, ONLY_UNKNOWN = "all-hidden", "only-unknown"


def apply_plan(lesson: Lesson, plan: LessonPlan, base: Lesson | None = None) -> PlannedLesson:
    """The lesson `plan` shows, made of `lesson` (fitted to an edition): the plan's audience's
    slides in the plan's order, hidden ones left out, the school's slides in their places. A slide
    `lesson` does not have for the audience is skipped and named in `missing`, and one it has
    that the plan does not name in `added` (not for the app's own plans: the notes of the slide
    before already say what an edition did not publish). `base`: the whole lesson, whose titles
    name the slides the edition lacks."""
    available = {s.id: s for s in lesson.for_audience(plan.audience)}
    school = {s.id: s for s in plan.school}
    slides: list[Slide] = []
    missing: list[str] = []
    for slide_id in plan.shown():
        if slide_id in school:
            slides.append(school[slide_id].slide(plan.audience))
        elif slide_id in available:
            slides.append(available[slide_id])
        elif not plan.built_in:
            missing.append(slide_id)
    # slides that only some editions have (their figures) and a plan saved from the app (which
    # names every slide every edition has) does not name: another edition's
    named = set(plan.slides)
    complete = all(i in named for i, s in available.items() if not s.unpublished.default)
    added = [
        i
        for i, s in available.items()
        if complete and not plan.built_in and i not in named and s.unpublished.default
    ]
    fallback = ""
    if not slides:  # nothing left to show: the whole lesson, rather than an empty screen
        slides = list(available.values())
        fallback = ONLY_UNKNOWN if plan.shown() else ALL_HIDDEN
    lesson_shown = Lesson(lesson.id, lesson.title, tuple(slides))
    return PlannedLesson(lesson_shown, missing, added, fallback, plan.audience, base)


def slide_name(slide_id: str, audience: Audience, lessons: Sequence[Lesson] = ()) -> str:
    """A slide named by its title in the current language, in quotes (「…」 in Japanese); its
    figures, which an edition may lack, as "…"; the id where no lesson has the slide."""
    slide = next(
        (s for lesson in lessons for s in lesson.for_audience(audience) if s.id == slide_id), None
    )
    if slide is None:
        return slide_id
    if slide.own is not None:
        title = slide.own.title.get(i18n.current_language())
    else:
        title = i18n.pgettext(audience.value, slide.title.for_audience(audience))
        title = re.sub(r"\{[^{}]*\}", "…", title)
        title = re.sub(r"\s*[:：]\s*…$", "", title).strip()
    # NOTE: a slide named in a message, e.g. “Warning signs” or 「気をつけたいサイン」
    return _("“{title}”").format(title=plain(title))


def fallback_message(fallback: str) -> str:
    if fallback == ALL_HIDDEN:
        # NOTE: a lesson plan whose slides are all unticked (hidden)
        return _("Every slide of this plan is hidden, so the whole lesson is shown.")
    if fallback == ONLY_UNKNOWN:
        return _("None of the slides of this plan is in this lesson, so the whole lesson is shown.")
    return ""


def missing_message(missing: Sequence[str]) -> str:
    """ "2 slides of this plan are not in this edition: “Where children met the offender”, …"
    ("" for none); `missing`: the slides' names (`slide_name`)."""
    if not missing:
        return ""
    # NOTE: shown when a lesson plan names slides the edition of the figures does not have;
    # {slides} lists their titles, e.g. “Serious crimes in …”, “What the crimes were”
    if len(missing) == 1:
        text = _("1 slide of this plan is not in this edition: {slides}.")
    else:
        text = _("{count} slides of this plan are not in this edition: {slides}.")
    return text.format(count=len(missing), slides=_(", ").join(missing))


def added_message(added: Sequence[str]) -> str:
    """The slides this edition has that the plan does not name ("" for none)."""
    if not added:
        return ""
    # NOTE: slides of the lesson a saved plan does not name (a newer edition's): they are put,
    # unticked, at the end of the slide list; {slides} lists their titles
    if len(added) == 1:
        text = _("This edition adds 1 slide, hidden at the end of the slide list: {slides}.")
    else:
        text = _("This edition adds {count} slides, hidden at the end of the slide list: {slides}.")
    return text.format(count=len(added), slides=_(", ").join(added))


def plan_entries(plan: LessonPlan, lesson: Lesson) -> list[tuple[str, bool]]:
    """For the plan editor: every slide of the plan and of the audience's `lesson`, in the plan's
    order, with whether it is shown; a slide of the lesson the plan does not name comes last,
    hidden."""
    entries = [(i, i not in plan.hidden) for i in plan.slides]
    named = set(plan.slides)
    entries += [(s.id, False) for s in lesson.for_audience(plan.audience) if s.id not in named]
    return entries


# --- the app's own plans ------------------------------------------------------------------------

FULL_NAME = N_("Full lesson")
SHORT_NAME = N_("Short talk (15 minutes)")
_APP_NAMES = frozenset({FULL_NAME, SHORT_NAME})  # kept by an edited plan, shown translated
APP_NAMES = _APP_NAMES

# The short plan is a homeroom talk (朝の会・帰りの会) of 15 minutes: what a teacher keeps when
# there is time for one idea. The title (with the edition's source) frames the topic; one figure
# says it is real and about them (for pupils of elementary school, their own age group; for the
# others the national headline); "how it starts" shows it begins with the child's own post or
# reply, which is what they can change; the warning signs and what to do if it happens are the
# guidance they must leave with (for adults: the warning signs, then how to talk about it at home
# and respond to a disclosure); the closing slide gives the help lines and the school's contacts.
# The overshare activity (8 minutes) and the quiz (5) do not fit; the charts are left for a
# full lesson. By the notes' suggested times (`suggested_minutes`) each fits in 15 minutes.
SHORT_SLIDES: dict[Audience, tuple[str, ...]] = {
    Audience.ELEMENTARY: (
        "title",
        "elementary",
        "first-contact",
        "warning-signs",
        "if-it-happens",
        "closing",
    ),
    Audience.JUNIOR_HIGH: (
        "title",
        "headline",
        "first-contact",
        "warning-signs",
        "if-it-happens",
        "closing",
    ),
    Audience.HIGH_SCHOOL: (
        "title",
        "headline",
        "first-contact",
        "warning-signs",
        "if-it-happens",
        "closing",
    ),
    Audience.ADULTS: ("title", "headline", "first-contact", "warning-signs", "at-home", "closing"),
}
# the default length of the full lesson: a lesson period (as the settings' default)
FULL_MINUTES = {Audience.ELEMENTARY: 45}


def full_plan(audience: Audience, lesson: Lesson, minutes: int | None = None) -> LessonPlan:
    ids = tuple(s.id for s in lesson.for_audience(audience))
    return LessonPlan(
        FULL_NAME, audience, minutes or FULL_MINUTES.get(audience, 50), ids, built_in=FULL
    )


def short_plan(audience: Audience, lesson: Lesson) -> LessonPlan:
    """The 15-minute talk: its slides shown, the rest of the lesson after them, hidden."""
    shown = SHORT_SLIDES[audience]
    rest = tuple(s.id for s in lesson.for_audience(audience) if s.id not in shown)
    return LessonPlan(
        SHORT_NAME, audience, 15, shown + rest, hidden=frozenset(rest), built_in=SHORT
    )


def built_in_plans(audience: Audience, lesson: Lesson) -> list[LessonPlan]:
    """The app's own plans for `audience` (of the unfitted lesson: every slide it may have)."""
    return [full_plan(audience, lesson), short_plan(audience, lesson)]


def built_in_plan(key: str, audience: Audience, lesson: Lesson) -> LessonPlan | None:
    return next((p for p in built_in_plans(audience, lesson) if p.built_in == key), None)


# --- time ---------------------------------------------------------------------------------------

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10}
_ABOUT = re.compile(r"About (\w+) minutes?")


def suggested_minutes(slide: Slide, audience: Audience) -> int:
    """The time the slide's speaker notes suggest ("About three minutes."), else 1 minute."""
    found = _ABOUT.findall(slide.notes.for_audience(audience))
    return sum(_WORDS.get(w.lower(), 1) for w in found) or 1


def planned_minutes(slides: Iterable[Slide], audience: Audience) -> int:
    return sum(suggested_minutes(s, audience) for s in slides)


def slide_share(slide: Slide, slides: Sequence[Slide], audience: Audience, minutes: int) -> float:
    """The minutes `slide` gets in a lesson of `minutes` shown as `slides`: its share of the
    times the notes suggest (`suggested_minutes`), scaled to the lesson's length."""
    total = planned_minutes(slides, audience)
    return minutes * suggested_minutes(slide, audience) / total if total else 0.0
