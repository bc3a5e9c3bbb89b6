"""The classroom: the one owner of what a lesson shows. Plain Python, no Qt.

    classroom = Classroom(lesson, dataset, settings)   # the command line's exports
    state = ClassroomState(lesson, dataset, settings)  # the window (`ui/classroom_state.py`)

It holds the lesson (every slide, and those the edition can show), the edition of the figures
(the data set), the settings, the school's contacts, the audience, the theme, the language, the
furigana setting (which audiences get readings: `furigana`, passed to whatever draws text) and
the day taken as today. The main window, the presentation controller, the exporters, the
screenshot path and the command line are handed it and read these from it; nothing is read from
a module global. A change goes through it, which remembers it in the settings and emits one
event (`psygnal`, shaped like Qt's signals: `connect`, `disconnect`, `emit`):
`language_changed`, `audience_changed`, `edition_changed`, `theme_changed`, `contacts_changed`,
`plan_changed`.

What needs Qt is the Qt side's (`ui/classroom_state.py`, a subclass): the chart thread and its
caches (`charts`: the exports draw their charts there, and it is told when an edition
changes; without it, charts are drawn in the caller's thread), the activities' reveal and
tally, and Qt's own strings in the language chosen (`on_language`, called after every switch).

`settings` is anything with the user's choices (`ClassroomSettings`: the window's `ui/settings.py`;
the command line's Qt-free exports read the same file with `saved.SavedSettings`).

A lesson plan (`model/lesson/plan.py`) is held per audience: `lesson` is then the plan's slides,
in its order, hidden ones left out, with the school's own slides, so every view and export that
reads `lesson` follows it. `plan_message` says what the teacher should know about it (slides the
edition lacks, a remembered plan file that cannot be used).

The language is the only value mirrored outside: `_()` (gettext) needs one current language, so
`set_language` switches `i18n`'s too. Nothing else in the app calls `i18n.set_language` (but the
command line's messages); a view or an export that draws another language does so with
`i18n.temporary_language`.

A value given to the constructor (`audience`, `theme`, `language`, `contacts`, `furigana`) is
used without being saved: a screenshot or an export changes nothing the user chose. `today` (the
command line's `--today`, else `AWARENESS_TODAY`, else the computer's date; None: not known, no
notice) decides whether the newest edition is probably out of date (`outdated`,
`model/data/edition_age.py`): the window and the exports then say so once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from psygnal import Signal

from .. import i18n
from ..i18n import _
from ..themes import THEMES, Theme
from .charts.build import chart_title
from .data.dataset import DataSet
from .data.edition_age import EditionDate, available_editions, outdated, shown_edition
from .data.fit import fit_lesson
from .lesson.contacts import LocalContact
from .lesson.lesson import Audience, Lesson, Slide
from .lesson.plan import (
    BUILT_IN,
    FULL,
    LessonPlan,
    PlanError,
    apply_plan,
    built_in_plan,
    load_plan,
)
from .lesson.render import RenderedSlide, is_built_in, render_slide
from .settings.site import SiteConfig
from .text.furigana import checked, readings_for


class ClassroomSettings(Protocol):
    """The user's choices a classroom reads and remembers (`ui/settings.Settings`)."""

    site: SiteConfig
    language: str
    audience: Audience
    theme: str
    furigana: str

    @property
    def local_contacts(self) -> list[LocalContact]: ...

    @local_contacts.setter
    def local_contacts(self, contacts: Sequence[LocalContact]) -> None: ...

    # the edition chosen in the window (None: none chosen); only ever set here, to a year
    @property
    def edition(self) -> int | None: ...

    @edition.setter
    def edition(self, year: int) -> None: ...

    def sync(self) -> None: ...
    def lesson_plan(self, audience: Audience) -> str: ...
    def set_lesson_plan(self, audience: Audience, reference: str) -> None: ...
    def lesson_minutes(self, audience: Audience) -> int: ...
    def set_lesson_minutes(self, audience: Audience, minutes: int) -> None: ...


class ChartThread(Protocol):
    """The thread charts are drawn in, and what it remembers of the charts it drew
    (`ui/slides/chart_renderer.py`)."""

    def submit_job(self, job: Callable[[], bytes]) -> Future[object]: ...

    def forget_specs(self) -> None: ...


class Classroom:
    """The lesson, the edition, the settings, the contacts, the audience, the theme and the
    language of one classroom, and the events every view follows."""

    language_changed = Signal(str)
    audience_changed = Signal(object)  # Audience
    edition_changed = Signal(object)  # DataSet
    theme_changed = Signal(object)  # Theme
    contacts_changed = Signal()
    plan_changed = Signal()

    def __init__(
        self,
        lesson: Lesson,
        dataset: DataSet,
        settings: ClassroomSettings,
        *,
        audience: Audience | None = None,
        theme: str | None = None,
        language: str | None = None,
        contacts: Sequence[LocalContact] | None = None,
        plan: LessonPlan | None = None,
        remembered_plans: bool = False,
        furigana: str | None = None,
        charts: ChartThread | None = None,
        today: dt.date | None = None,
        on_language: Callable[[], None] | None = None,
    ) -> None:
        self.today = today  # for the notice of an out-of-date edition; None: no notice
        self.base_lesson = lesson  # every slide; `fitted` those this edition can show
        self.dataset = dataset
        self.fitted = fit_lesson(lesson, dataset)
        self.settings = settings
        self._audience = audience or (plan.audience if plan else settings.audience)
        # the plan of each audience (None: the full lesson); `remembered_plans`: an audience
        # not in here gets the plan it last used (the window; an export or a screenshot does not)
        self._plans: dict[Audience, LessonPlan | None] = {}
        self._remembered = remembered_plans
        self.plan_message = ""
        if plan is not None:
            self._plans[plan.audience] = plan
        self.lesson = self._planned()  # what is shown: the edition's slides, as the plan has them
        self._theme = THEMES[theme or settings.theme]
        self._contacts = tuple(settings.local_contacts if contacts is None else contacts)
        self._furigana = checked(furigana or settings.furigana)
        # told when the edition changes: every view of this classroom draws its charts there
        self.charts = charts
        self._on_language = on_language  # after every switch of language (Qt's own strings)
        self._language = i18n.current_language()
        self._editions: list[EditionDate] | None = None  # `outdated`'s, read when first asked
        self.warning: str | None = None  # why the language asked for is not shown, if it is not
        if language is not None:
            self.warning = self.set_language(language, remember=False)

    # --- what it holds ------------------------------------------------------------------------

    @property
    def site(self) -> SiteConfig:
        return self.settings.site

    @property
    def language(self) -> str:
        return self._language

    @property
    def audience(self) -> Audience:
        return self._audience

    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def contacts(self) -> tuple[LocalContact, ...]:
        return self._contacts

    def outdated(self) -> EditionDate | None:
        """The newest edition there is (built in, the site's data file, the one shown) when
        `today` is past its next expected release (`model/data/edition_age.py`); else None."""
        if self.today is None:
            return None
        if self._editions is None:  # read once: the built-in files and the site's data file
            self._editions = available_editions(self.site.dataset)
        return outdated([*self._editions, shown_edition(self.dataset)], self.today)

    @property
    def furigana(self) -> str:
        """Which audiences get readings over kanji (`model/text/furigana.py`: elementary, all,
        off)."""
        return self._furigana

    # --- changes: each remembered, each one event ----------------------------------------------

    def set_language(self, language: str, *, remember: bool = True) -> str | None:
        """Switch the language of the app (and, through `on_language`, of Qt's own strings).
        Returns None, or why the app shows English instead (a missing or broken catalogue)."""
        warning = i18n.set_language(language)
        if self._on_language is not None:
            self._on_language()
        chosen = i18n.current_language()
        if remember:
            self.settings.language = chosen
        if chosen != self._language:
            self._language = chosen
            self.language_changed.emit(chosen)
        return warning

    def set_audience(self, audience: Audience, *, remember: bool = True) -> None:
        if remember:
            self.settings.audience = audience
        if audience != self._audience:
            self._audience = audience
            self.lesson = self._planned()  # the audience's own plan
            self.audience_changed.emit(audience)

    def set_theme(self, theme: Theme | str, *, remember: bool = True) -> None:
        chosen = THEMES[theme] if isinstance(theme, str) else theme
        if remember:
            self.settings.theme = chosen.name
        if chosen != self._theme:
            self._theme = chosen
            self.theme_changed.emit(chosen)

    def set_furigana(self, furigana: str, *, remember: bool = True) -> None:
        """Who sees readings from now on; the views draw again when told (`display_changed`)."""
        self._furigana = checked(furigana)
        if remember:
            self.settings.furigana = furigana

    def set_edition(self, dataset: DataSet, *, remember: bool = False) -> None:
        """Show `dataset` (a built-in edition, or a file opened with File › Open); `remember`:
        a built-in edition is the one the next start shows."""
        if remember and is_built_in(dataset):
            self.settings.edition = dataset.year
        self.dataset = dataset
        self.fitted = fit_lesson(self.base_lesson, dataset)  # the slides it can show
        self.lesson = self._planned()
        # what the charts said: a newly opened data set may reuse an id and a file name
        if self.charts is not None:
            self.charts.forget_specs()
        self.edition_changed.emit(dataset)

    def set_contacts(self, contacts: Sequence[LocalContact]) -> None:
        """The school's own contacts, saved, on every closing slide and handout from now on."""
        self.settings.local_contacts = contacts
        self.settings.sync()
        self._contacts = tuple(c.cleaned() for c in contacts)
        self.contacts_changed.emit()

    # --- the lesson plan ------------------------------------------------------------------------

    @property
    def plan(self) -> LessonPlan | None:
        """The audience's lesson plan; None: the full lesson."""
        return self._plan_for(self._audience)

    def _plan_for(self, audience: Audience) -> LessonPlan | None:
        if audience not in self._plans:
            self._plans[audience] = self._remembered_plan(audience) if self._remembered else None
        return self._plans[audience]

    def _remembered_plan(self, audience: Audience) -> LessonPlan | None:
        reference = self.settings.lesson_plan(audience)
        if not reference:
            return None
        if reference.startswith(BUILT_IN):
            return built_in_plan(reference.removeprefix(BUILT_IN), audience, self.base_lesson)
        try:
            plan = load_plan(reference)
        except PlanError as error:
            # NOTE: at start-up, when the lesson plan used last time cannot be read; {error}
            # names the file and what is wrong
            self.plan_message = _(
                "The lesson plan used last time cannot be used, so the full lesson is shown: "
                "{error}"
            ).format(error=error)
            return None
        return plan if plan.audience == audience else None

    def _planned(self) -> Lesson:
        plan = self.plan
        if plan is None or plan.built_in == FULL:
            return self.fitted
        planned = apply_plan(self.fitted, plan, self.base_lesson)
        self.plan_message = planned.message()
        return planned.lesson

    def set_plan(
        self,
        plan: LessonPlan | None,
        *,
        reference: str | None = None,
        audience: Audience | None = None,
    ) -> str:
        """Show `plan` (None: the full lesson of `audience`, default the current one), switching
        to its audience. `reference` (a file's path, "built-in:…", or "" for the full lesson):
        remembered as the plan the audience uses next time. Returns what the teacher should
        know ("" or the slides the edition lacks)."""
        audience = plan.audience if plan is not None else audience or self._audience
        self._plans[audience] = plan
        if reference is not None:
            self.settings.set_lesson_plan(audience, reference)
        self.plan_message = ""
        if audience != self._audience:
            self.set_audience(audience)  # the lesson follows
        else:
            self.lesson = self._planned()
        self.plan_changed.emit()
        return self.plan_message

    def lesson_minutes(self) -> int:
        """The length of the lesson: the plan's, else the one set for the audience."""
        plan = self.plan
        return plan.minutes if plan is not None else self.settings.lesson_minutes(self._audience)

    def set_lesson_minutes(self, minutes: int) -> None:
        plan = self.plan
        if plan is None:
            self.settings.set_lesson_minutes(self._audience, minutes)
        else:
            self._plans[self._audience] = replace(plan, minutes=minutes)
        self.plan_changed.emit()

    def plan_file(self) -> Path | None:
        """The file of the audience's remembered plan, if it is one."""
        reference = self.settings.lesson_plan(self._audience)
        return Path(reference) if reference and not reference.startswith(BUILT_IN) else None

    # --- rendering ----------------------------------------------------------------------------

    def slides(self, audience: Audience | None = None) -> list[Slide]:
        if audience is not None and audience != self._audience:
            return self.fitted.for_audience(audience)  # another room's: its full lesson
        return self.lesson.for_audience(self._audience)

    def render(
        self, slide: Slide, language: str | None = None, *, readings: bool = True
    ) -> tuple[RenderedSlide, str]:
        """`slide` for the audience, in `language` (default: the state's), with the school's
        contacts, and its chart's title. `readings`: the furigana markup kept where the
        audience gets readings (a slide); without, plain text (a list of titles)."""
        audience = self._audience
        with i18n.temporary_language(language or self._language):
            if readings:
                with readings_for(audience, self._furigana):
                    rendered = self._render(slide)
            else:
                rendered = self._render(slide)
            title = ""
            if slide.chart:
                title = chart_title(slide.chart, self.dataset, audience, self._furigana)
        return rendered, title

    def _render(self, slide: Slide) -> RenderedSlide:
        return render_slide(self.lesson, slide, self._audience, self.dataset, self._contacts)
