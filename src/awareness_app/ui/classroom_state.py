"""The classroom's state: the one owner of what a lesson shows.

    state = ClassroomState(lesson, dataset, settings)   # once, by `app.py`, `cli_exports.py`

It holds the lesson (every slide, and those the edition can show), the edition of the figures
(the data set), the settings, the school's contacts, the audience, the theme and the language,
and the activities' reveal and tally (`activities`). The main window, the presentation
controller (and through it the presentation view and the presenter console), the exporters and
the screenshot path are handed the state and read these from it; nothing is read from a module
global. A change goes through the state, which remembers it in the settings and emits one signal:
`language_changed`, `audience_changed`, `edition_changed`, `theme_changed`, `contacts_changed`.

The language is the only value mirrored outside: `_()` (gettext) needs one current language, so
`set_language` switches `i18n`'s too. Nothing else in the app calls `i18n.set_language`; a view
or an export that draws another language does so with `i18n.temporary_language`.

A value given to the constructor (`audience`, `theme`, `language`, `contacts`) is used without
being saved: a screenshot or an export changes nothing the user chose.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal

from .. import i18n
from ..model.charts import chart_title
from ..model.contacts import LocalContact
from ..model.dataset import DataSet
from ..model.dataset_fit import fit_lesson
from ..model.furigana import readings_for
from ..model.lesson import Audience, Lesson, Slide
from ..model.render import RenderedSlide, is_built_in, render_slide
from ..model.site_config import SiteConfig
from ..themes import THEMES, Theme
from .activities.session import ActivitySession
from .settings import Settings
from .slides.chart_renderer import renderer


class ClassroomState(QObject):
    """The lesson, the edition, the settings, the contacts, the audience, the theme and the
    language of one classroom, and the signals every view follows."""

    language_changed = Signal(str)
    audience_changed = Signal(object)  # Audience
    edition_changed = Signal(object)  # DataSet
    theme_changed = Signal(object)  # Theme
    contacts_changed = Signal()

    def __init__(
        self,
        lesson: Lesson,
        dataset: DataSet,
        settings: Settings,
        *,
        audience: Audience | None = None,
        theme: str | None = None,
        language: str | None = None,
        contacts: Sequence[LocalContact] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.base_lesson = lesson  # every slide; `lesson` is the one this edition can show
        self.dataset = dataset
        self.lesson = fit_lesson(lesson, dataset)
        self.settings = settings
        self._audience = audience or settings.audience
        self._theme = THEMES[theme or settings.theme]
        self._contacts = tuple(settings.local_contacts if contacts is None else contacts)
        self._language = i18n.current_language()
        # what the overshare activity revealed and the quiz's hands, shared by every view
        self.activities = ActivitySession(self)
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

    # --- changes: each remembered, each one signal ----------------------------------------------

    def set_language(self, language: str, *, remember: bool = True) -> str | None:
        """Switch the language of the app (and of Qt's own strings). Returns None, or why the
        app shows English instead (a missing or broken catalogue)."""
        warning = i18n.set_language(language)
        app = QCoreApplication.instance()
        if app is not None:
            i18n.install_qt_translator(app)
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
            self.audience_changed.emit(audience)

    def set_theme(self, theme: Theme | str, *, remember: bool = True) -> None:
        chosen = THEMES[theme] if isinstance(theme, str) else theme
        if remember:
            self.settings.theme = chosen.name
        if chosen != self._theme:
            self._theme = chosen
            self.theme_changed.emit(chosen)

    def set_edition(self, dataset: DataSet, *, remember: bool = False) -> None:
        """Show `dataset` (a built-in edition, or a file opened with File › Open); `remember`:
        a built-in edition is the one the next start shows."""
        if remember and is_built_in(dataset):
            self.settings.edition = dataset.year
        self.dataset = dataset
        self.lesson = fit_lesson(self.base_lesson, dataset)  # the slides it can show
        # what the charts said: a newly opened data set may reuse an id and a file name
        renderer().forget_specs()
        self.edition_changed.emit(dataset)

    def set_contacts(self, contacts: Sequence[LocalContact]) -> None:
        """The school's own contacts, saved, on every closing slide and handout from now on."""
        self.settings.local_contacts = contacts
        self.settings.sync()
        self._contacts = tuple(c.cleaned() for c in contacts)
        self.contacts_changed.emit()

    # --- rendering ----------------------------------------------------------------------------

    def slides(self, audience: Audience | None = None) -> list[Slide]:
        return self.lesson.for_audience(audience or self._audience)

    def render(
        self, slide: Slide, language: str | None = None, *, readings: bool = True
    ) -> tuple[RenderedSlide, str]:
        """`slide` for the audience, in `language` (default: the state's), with the school's
        contacts, and its chart's title. `readings`: the furigana markup kept where the
        audience gets readings (a slide); without, plain text (a list of titles)."""
        audience = self._audience
        with i18n.temporary_language(language or self._language):
            if readings:
                with readings_for(audience):
                    rendered = self._render(slide)
            else:
                rendered = self._render(slide)
            title = chart_title(slide.chart, self.dataset, audience) if slide.chart else ""
        return rendered, title

    def _render(self, slide: Slide) -> RenderedSlide:
        return render_slide(self.lesson, slide, self._audience, self.dataset, self._contacts)
