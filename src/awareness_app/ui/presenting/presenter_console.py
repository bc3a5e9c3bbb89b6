"""The presenter console, on the laptop's screen while the projector shows the slide: the current
and the next slide, the speaker notes in the presenter's language (which may differ from the
slides'), the clock, the elapsed time, a pacing bar for the lesson's length (15, 45, 50 or 90
minutes: the lesson plan's, else the audience's setting), and the slide overview to jump to. It
answers the same keys as the presentation view.

The current and the next slide are pictures of the slide as the room sees it: each is laid out
in a slide page of the presentation view's size (`set_stage_size`), kept out of sight, and drawn
smaller by a `SlidePicture`, so they keep every rule of the slide's text by construction.

The console's own words are in the presenter's language too. Time comes from `clock` (seconds,
monotonic) and `now` (the wall clock), both injectable, and moves on a one-second QTimer.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Hashable
from html import escape

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...i18n import _
from ...model.lesson.lesson import Slide
from ...model.text import ruby
from ...model.text.line_breaks import joined
from ...surfaces import surface
from ...themes import Theme
from ..accessibility import install_accessible_interfaces, repaint_on_focus
from ..classroom_state import follow
from ..fonts import app_font_family
from ..slides.slide_page import SlidePage
from ..slides.slide_picture import SlidePicture
from .console_pages import keep_pages
from .controller import Blank, PresentationController
from .key_router import KeyRouter, scroll_notes
from .keys import Action
from .overview import SlideOverview
from .timing import LESSON_LENGTHS, PACING_TEXT, PacingBar, Stopwatch, format_duration, pacing


@surface("console", "the presenter console: notes, current and next slide, timers")
class PresenterConsole(QWidget):
    """The presenter's screen. `leave_requested` on Esc or the Stop button;
    `screen_chosen(name)` when the presenter chooses another screen for the presentation in
    the list (with Enter or a click: remembered); `swap_requested` on X (not remembered)."""

    accessible_window = True  # a window to screen readers (accessibility.py), with a name

    leave_requested = Signal()
    screen_chosen = Signal(str)
    swap_requested = Signal()

    def __init__(
        self,
        controller: PresentationController,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        install_accessible_interfaces()
        self.controller = controller
        self.now = now
        self.stopwatch = Stopwatch(clock)
        self.setObjectName("console")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._shown: tuple[object, ...] | None = None
        self._screen_names: list[str] = []
        self._screen_labels: Callable[[], list[str]] | None = None
        self._style_sheet = ""
        self._caption_pixels = 13
        # what each slide page was laid out for (`_show_pages`), and the overview's titles
        self._page_shows: dict[int, Hashable] = {}
        self._title_key: tuple[object, list[Slide], list[str]] | None = None

        # --- the top row: clock, elapsed time, pacing ---
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("clock")
        self.elapsed_label = QLabel(self)
        self.elapsed_label.setObjectName("elapsed")
        self.pacing_bar = PacingBar(self)
        self.pacing_label = QLabel(self)
        self.pacing_label.setObjectName("pacing")
        self.length_box = QComboBox(self)
        self.length_box.setObjectName("lesson-length")
        for minutes in LESSON_LENGTHS:
            self.length_box.addItem("", minutes)
        self.length_box.currentIndexChanged.connect(self._length_chosen)
        self.timer_button = QPushButton(self)
        self.timer_button.setObjectName("timer-button")
        self.timer_button.clicked.connect(self.toggle_timer)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("reset-button")
        self.reset_button.clicked.connect(self.reset_timer)
        top = QHBoxLayout()
        top.addWidget(self.clock_label)
        top.addSpacing(16)
        top.addWidget(self.elapsed_label)
        top.addSpacing(16)
        pacing = QVBoxLayout()
        pacing.setSpacing(2)
        pacing.addWidget(self.pacing_bar)
        pacing.addWidget(self.pacing_label)
        top.addLayout(pacing, 1)
        top.addWidget(self.length_box)
        top.addWidget(self.timer_button)
        top.addWidget(self.reset_button)

        # --- the slides and the notes ---
        # each slide laid out at the projector's size, out of sight (`_place_stages`), exactly
        # as the room sees it, and shown here as a small picture of that page: what the
        # presenter sees is what the room sees, and no text is laid out a second time smaller
        self._stage_size: QSize | None = None  # the projector's; None: the console's own
        self.current_heading = QLabel(self)
        self.current_heading.setObjectName("heading")
        self.current_page = self._stage()
        self.current_picture = SlidePicture(self.current_page, self)
        self.current_picture.setObjectName("current-picture")
        self.next_heading = QLabel(self)
        self.next_heading.setObjectName("heading")
        self.next_page = self._stage()
        self.next_picture = SlidePicture(self.next_page, self)
        self.next_picture.setObjectName("next-picture")
        self.notes_heading = QLabel(self)
        self.notes_heading.setObjectName("heading")
        # read-only text (a screen reader reads it as a document); U / D scroll it from
        # anywhere, the arrows too while it has the focus; Page keys stay the lesson's
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setReadOnly(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.notes_heading.setBuddy(self.notes)
        middle = QGridLayout()
        middle.addWidget(self.current_heading, 0, 0)
        middle.addWidget(self.current_picture, 1, 0, 3, 1)
        middle.addWidget(self.next_heading, 0, 1)
        middle.addWidget(self.next_picture, 1, 1)
        middle.addWidget(self.notes_heading, 2, 1)
        middle.addWidget(self.notes, 3, 1)
        middle.setColumnStretch(0, 3)
        middle.setColumnStretch(1, 2)
        middle.setRowStretch(1, 2)
        middle.setRowStretch(3, 3)

        # --- the overview strip and the controls ---
        self.overview = SlideOverview(self, strip=True)
        self.overview.chosen.connect(self._overview_chosen)
        self.notes_language_label = QLabel(self)
        self.notes_language_box = QComboBox(self)
        self.notes_language_box.setObjectName("notes-language")
        self.notes_language_box.addItem("", "")
        for code, name in i18n.LANGUAGES.items():
            self.notes_language_box.addItem(name, code)
        self.notes_language_box.currentIndexChanged.connect(self._notes_language_chosen)
        self.notes_language_label.setBuddy(self.notes_language_box)
        self.screen_label = QLabel(self)
        self.screen_box = QComboBox(self)
        self.screen_box.setObjectName("screen")
        # only a deliberate choice (Enter or a click in the open list) moves the presentation
        # and is remembered; the mouse wheel passing over the list does nothing
        self.screen_box.activated.connect(self._screen_chosen)
        self.screen_box.installEventFilter(self)
        # a long screen name does not widen the console past a small laptop's screen: the
        # list shows the whole name when open
        self.screen_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.screen_box.setMinimumContentsLength(14)
        self.screen_label.setBuddy(self.screen_box)
        self.bilingual_box = QCheckBox(self)
        self.bilingual_box.setObjectName("bilingual")
        self.bilingual_box.toggled.connect(controller.set_bilingual)
        self.smaller_button = QPushButton(self)
        self.smaller_button.setObjectName("smaller")
        self.smaller_button.clicked.connect(controller.smaller)
        self.bigger_button = QPushButton(self)
        self.bigger_button.setObjectName("bigger")
        self.bigger_button.clicked.connect(controller.bigger)
        self.pause_button = QPushButton(self)
        self.pause_button.setObjectName("pause")
        self.pause_button.setCheckable(True)
        self.pause_button.clicked.connect(lambda: controller.toggle_pause())
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("stop")
        self.stop_button.clicked.connect(self.leave_requested)
        # two rows, so that the console fits a 1024-pixel-wide laptop screen
        choices = QHBoxLayout()
        for widget in (
            self.notes_language_label,
            self.notes_language_box,
            self.screen_label,
            self.screen_box,
            self.bilingual_box,
        ):
            choices.addWidget(widget)
        choices.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.smaller_button,
            self.bigger_button,
            self.pause_button,
            self.stop_button,
        ):
            buttons.addWidget(button)
        controls = QVBoxLayout()
        controls.addLayout(choices)
        controls.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.overview)
        layout.addLayout(controls)
        self.setTabOrder(self.overview, self.notes_language_box)

        self.router = KeyRouter(self, controller, self.view_action)
        repaint_on_focus(self)
        controller.slide_changed.connect(self.refresh)
        controller.display_changed.connect(self.refresh)
        follow(controller.state.language_changed, self, self._language_changed)
        # a reveal or a hand counted changes the slides' pages: their pictures are drawn again
        controller.state.activities.changed.connect(self._pages_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.set_screens([])
        self._select_notes_language()
        self.retranslate()

    # --- the slides' pages ---------------------------------------------------------------------

    def _stage(self) -> SlidePage:
        """A slide page at the projector's size, laid out like the presentation view's, placed
        outside the console's area (it is drawn only through its picture)."""
        page = SlidePage(self, presenting=True)
        page.setProperty("stands-for-a-screen", True)  # its chart's type sized for the page
        return page

    def set_stage_size(self, size: QSize) -> None:
        """The presentation view's size: the slides are laid out for it (the session follows
        the view as it goes full screen or moves to another screen)."""
        if size.isValid() and size != self._stage_size:
            self._stage_size = QSize(size)
            self._place_stages()

    def _place_stages(self) -> None:
        size = self._stage_size if self._stage_size is not None else self.size()
        for page in (self.current_page, self.next_page):
            # left of the console's area: laid out and shown, never painted on the screen
            page.setGeometry(-size.width() - 64, 0, size.width(), size.height())
        self._pages_changed()

    def _pages_changed(self) -> None:
        for page in (self.current_page, self.next_page):
            for widget in page.findChildren(QWidget):  # no Tab stop out of sight
                if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.current_picture.update()
        self.next_picture.update()

    # --- time ---------------------------------------------------------------------------------

    def start_timer(self) -> None:
        """Start the clock of the lesson (and the one-second tick)."""
        self.stopwatch.start()
        self.timer.start()
        self.retranslate()

    def toggle_timer(self) -> None:
        if self.stopwatch.running():
            self.stopwatch.pause()
        else:
            self.stopwatch.start()
            self.timer.start()
        self.retranslate()

    def reset_timer(self) -> None:
        self.stopwatch.reset()
        self.tick()

    def minutes(self) -> int:
        """The lesson's length: the lesson plan's, else the one set for the audience."""
        return self.controller.state.lesson_minutes()

    def tick(self) -> None:
        c = self.controller
        elapsed = self.stopwatch.elapsed()
        minutes = self.minutes()
        count = len(c.slides())
        clock = self.now().strftime("%H:%M")
        caption = (
            f"<span style='font-size:{self._caption_pixels}px; font-weight:normal'>{{}}</span>"
        )
        with i18n.temporary_language(self.language()):
            self.clock_label.setText(caption.format(escape(_("Clock"))) + "<br>" + clock)
            self.clock_label.setAccessibleName(_("Time: {time}").format(time=clock))
            self.elapsed_label.setText(
                caption.format(escape(_("Elapsed"))) + "<br>" + format_duration(elapsed)
            )
            self.elapsed_label.setAccessibleName(
                _("Elapsed: {time}").format(time=format_duration(elapsed))
            )
            state = pacing(elapsed, minutes, c.index, count)
            text = _("{elapsed} of {length} min · slide {number} of {count} · {pacing}").format(
                elapsed=format_duration(elapsed),
                length=minutes,
                number=c.index + 1,
                count=count,
                pacing=_(PACING_TEXT[state]),
            )
            self.pacing_label.setText(text)
            self.pacing_bar.setAccessibleName(_("Pacing"))
            self.pacing_bar.setAccessibleDescription(text)
            self.pacing_label.setAccessibleName(text)
        self.pacing_state = state
        self.pacing_bar.set_fractions(elapsed / (minutes * 60), c.index / max(1, count - 1))

    # --- keys ---------------------------------------------------------------------------------

    def view_action(self, action: Action) -> bool:
        if action == Action.LEAVE:
            self.leave_requested.emit()
            return True
        if action == Action.OVERVIEW:
            self.overview.select(self.controller.index)
            self.overview.setFocus()
            return True
        if action == Action.START:
            self.controller.first()
            return True
        if action == Action.FULL_SCREEN:
            self.full_screen_requested()
            return True
        if action in (Action.NOTES_UP, Action.NOTES_DOWN):
            scroll_notes(self.notes, action)
            return True
        if action == Action.SWAP_SCREENS:
            self.swap_requested.emit()
            return True
        return action in (Action.START_HERE, Action.NOTES, Action.HELP)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.screen_box and event.type() == QEvent.Type.Wheel:
            event.ignore()
            return True  # never a screen change by accident
        return super().eventFilter(watched, event)

    def full_screen_requested(self) -> None:
        """F on the console: the presentation view goes full screen or back (set by the
        session)."""

    def _overview_chosen(self, index: int) -> None:
        self.controller.set_blank(Blank.NONE)
        self.controller.go_to(index)

    # --- choices ------------------------------------------------------------------------------

    def set_screens(
        self,
        names: list[str],
        current: str = "",
        labels: list[str] | Callable[[], list[str]] | None = None,
    ) -> None:
        """The screens the presentation view may go to, `current` being the one it is on;
        `labels` tell them apart (size, place, the main screen): a function of the current
        language, called again when the language changes (L)."""
        self._screen_labels = labels if callable(labels) else None
        if callable(labels):
            with i18n.temporary_language(self.language()):
                labels = labels()
        self._screen_names = list(names)
        self.screen_box.blockSignals(True)
        self.screen_box.clear()
        for name, label in zip(names, labels or names, strict=True):
            self.screen_box.addItem(label, name)
        if current in names:
            self.screen_box.setCurrentIndex(names.index(current))
        self.screen_box.blockSignals(False)
        self.screen_box.setEnabled(len(names) > 1)

    def _screen_chosen(self, row: int) -> None:
        if 0 <= row < len(self._screen_names):
            self.screen_chosen.emit(self._screen_names[row])

    def _length_chosen(self, row: int) -> None:
        minutes = self.length_box.itemData(row)
        if minutes in LESSON_LENGTHS:
            self.controller.state.set_lesson_minutes(minutes)
            self.tick()

    def _notes_language_chosen(self, row: int) -> None:
        self.controller.settings.presenter_language = self.notes_language_box.itemData(row)
        self._shown = None
        self.retranslate()

    def _select_notes_language(self) -> None:
        code = self.controller.settings.presenter_language
        self.notes_language_box.blockSignals(True)
        self.notes_language_box.setCurrentIndex(max(0, self.notes_language_box.findData(code)))
        self.notes_language_box.blockSignals(False)

    def language(self) -> str:
        """The presenter's language: the console's words and the notes."""
        return self.controller.settings.presenter_language or self.controller.state.language

    # --- what is shown ------------------------------------------------------------------------

    def retranslate(self) -> None:
        with i18n.temporary_language(self.language()):
            self.setWindowTitle(
                _("Presenter console — {app}").format(app=_("SNS Safety Classroom"))
            )
            self.setAccessibleName(_("Presenter console"))
            self.current_heading.setText(_("Now showing"))
            self.next_heading.setText(_("Next slide"))
            self.notes_heading.setText(_("Speaker notes"))
            self.notes.setAccessibleName(_("Speaker notes"))
            self.current_picture.setAccessibleName(_("Now showing"))
            self.next_picture.setAccessibleName(_("Next slide"))
            self.overview.setAccessibleName(_("Slide overview"))
            for row, minutes in enumerate(LESSON_LENGTHS):
                self.length_box.setItemText(
                    row, _("{minutes}-minute lesson").format(minutes=minutes)
                )
            self.length_box.setAccessibleName(_("Length of the lesson"))
            self.timer_button.setText(
                _("Pause timer") if self.stopwatch.running() else _("Start timer")
            )
            self.timer_button.setAccessibleName(self.timer_button.text())
            self.reset_button.setText(_("Reset timer"))
            self.reset_button.setAccessibleName(_("Reset timer"))
            self.notes_language_label.setText(_("Notes in:"))
            self.notes_language_box.setItemText(0, _("The slides' language"))
            self.notes_language_box.setAccessibleName(_("Language of the speaker notes"))
            self.screen_label.setText(_("Presentation on:"))
            if self._screen_labels is not None:
                for row, label in enumerate(self._screen_labels()):
                    self.screen_box.setItemText(row, label)
            self.screen_box.setAccessibleName(_("Screen for the presentation view"))
            self.screen_box.setToolTip(
                _(
                    "Choose with Enter or a click: remembered for the next lesson. "
                    "X swaps the two screens for this lesson only."
                )
            )
            self.bilingual_box.setText(_("Bilingual view"))
            self.bilingual_box.setAccessibleName(_("Bilingual view"))
            self.smaller_button.setText(_("Smaller text"))
            self.smaller_button.setAccessibleName(_("Smaller text"))
            self.bigger_button.setText(_("Larger text"))
            self.bigger_button.setAccessibleName(_("Larger text"))
            self.pause_button.setText(_("Pause screen"))
            self.pause_button.setAccessibleName(_("Pause screen"))
            self.stop_button.setText(_("Stop presenting"))
            self.stop_button.setAccessibleName(_("Stop presenting"))
        self.refresh()

    def refresh(self) -> None:
        c = self.controller
        theme = c.theme
        languages = c.languages()
        shown: tuple[object, ...] = (c.audience, c.index, tuple(languages), theme.name)
        shown += (c.text_scale, c.revision, self.language())
        if shown != self._shown:
            if self._shown is None:  # told to show everything again: no page is kept
                self._page_shows = {}
            self._shown = shown
            self._show_pages(shown)
            rendered, _title = c.render(c.current_slide(), self.language())
            self.notes.setPlainText(joined(rendered.notes))  # lines break between phrases
            self.overview.set_slides(self._titles(), c.index)
            self._pages_changed()
        self.overview.select(c.index)
        self.length_box.blockSignals(True)
        self.length_box.setCurrentIndex(LESSON_LENGTHS.index(self.minutes()))
        self.length_box.blockSignals(False)
        self.bilingual_box.blockSignals(True)
        self.bilingual_box.setChecked(c.bilingual)
        self.bilingual_box.blockSignals(False)
        self.pause_button.setChecked(c.blank == Blank.PAUSE)
        with i18n.temporary_language(self.language()):
            blank = {
                Blank.PAUSE: _("Now showing: the pause screen (B returns)"),
                Blank.WHITE: _("Now showing: a white screen (W returns)"),
            }.get(c.blank)
            self.current_heading.setText(blank or _("Now showing"))
        self._apply_style(theme)
        self.tick()

    def _show_pages(self, shown: tuple[object, ...]) -> None:
        """Lay out the current and the next slide, each in a page of the projector's size,
        keeping a page that already shows what is wanted (`console_pages.py`)."""
        c = self.controller
        # what a page's layout depends on besides its slide (not the index), and the language
        # of its own words: the app's on the current page, the presenter's on the next one
        context = (*shown[:1], *shown[2:], c.state.furigana)
        wanted = [
            (context, i18n.current_language(), c.current_slide()),
            (context, self.language(), c.next_slide()),
        ]
        pages, again = keep_pages([self.current_page, self.next_page], wanted, self._page_shows)
        self.current_page, self.next_page = pages
        self.current_picture.page, self.next_picture.page = pages
        for page, (_context, words, slide), anew in zip(pages, wanted, again, strict=True):
            if anew:
                with i18n.temporary_language(words):
                    page.show_slide(c, slide, c.languages(), c.theme, c.text_scale)
        self._page_shows = {id(page): content for page, content in zip(pages, wanted, strict=True)}

    def _titles(self) -> list[str]:
        """Every slide's title in the presenter's language, for the overview: worked out
        again only when the slides, their words or the language change (not each step)."""
        c = self.controller
        slides = c.slides()
        key = (c.audience, c.revision, self.language(), c.state.furigana, [id(s) for s in slides])
        if self._title_key is None or self._title_key[0] != key:
            titles = [ruby.plain(c.render(s, self.language())[0].title) for s in slides]
            self._title_key = (key, slides, titles)  # the slides kept: their ids stay theirs
        return list(self._title_key[2])

    def _apply_style(self, theme: Theme) -> None:
        height = max(self.height(), 400)
        self.pacing_bar.colours = (theme.surface, theme.series[1], theme.text)
        for picture in (self.current_picture, self.next_picture):
            picture.set_frame_colour(theme.muted)
        base = max(13, height // 50)
        font = QFont(app_font_family())
        font.setPixelSize(base)
        self.setFont(font)
        big = QFont(font)
        big.setPixelSize(round(base * 2.2))
        big.setBold(True)
        self.clock_label.setFont(big)
        self.elapsed_label.setFont(big)
        self._caption_pixels = base
        notes = QFont(font)
        notes.setPixelSize(round(base * 1.35))
        self.notes.setFont(notes)
        self.overview.set_type_size(base, theme)
        self.overview.setFixedHeight(round(base * 1.45 * 4) + base * 3)
        focus = f"3px solid {theme.accent}"
        self._set_style_sheet(
            f"#console {{ background: {theme.background}; }}"
            f"QLabel {{ color: {theme.text}; }}"
            f"QLabel#heading {{ color: {theme.muted}; font-weight: bold; }}"
            f"QPlainTextEdit#notes {{ background: {theme.surface}; color: {theme.text};"
            f" border: 2px solid {theme.muted}; }}"
            f"QPlainTextEdit#notes:focus {{ border: {focus}; }}"
            f"QPushButton, QComboBox, QCheckBox {{ color: {theme.text};"
            f" background: {theme.surface}; border: 2px solid {theme.muted};"
            f" border-radius: 4px; padding: 3px 10px; }}"
            f"QPushButton:checked {{ background: {theme.muted}; color: {theme.background}; }}"
            f"QPushButton:focus, QComboBox:focus, QCheckBox:focus {{ border: {focus}; }}"
            f"QComboBox QAbstractItemView {{ color: {theme.text}; background: {theme.surface};"
            f" selection-background-color: {theme.accent};"
            f" selection-color: {theme.background}; }}"
            f"QCheckBox::indicator {{ width: {base}px; height: {base}px;"
            f" border: 2px solid {theme.text}; background: {theme.background}; }}"
            f"QCheckBox::indicator:checked {{ background: {theme.accent}; }}"
        )

    def _set_style_sheet(self, sheet: str) -> None:
        """Restyle only when the style changed: a style sheet set again restyles every
        control (about 14 ms a step on two screens)."""
        if sheet != self._style_sheet:
            self._style_sheet = sheet
            self.setStyleSheet(sheet)

    def _language_changed(self, _language: str) -> None:
        self._shown = None
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_style(self.controller.theme)
        if self._stage_size is None:  # the slides follow the console's size
            self._place_stages()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        super().closeEvent(event)
