"""The check-up quiz on a slide: one question at a time, a show-of-hands tally, and the answer.

Each answer has a count of hands with − and + buttons (or: its number on the keyboard, then + or
−), drawn as a bar so the room sees the show of hands. The presenter reveals the answer with the
next key or the button: the right answer is marked and the figure, the explanation and the source
appear. The counts live in an `ActivityProgress`, in memory only: nothing is written anywhere.

Every text that wraps (the question, the answers, the figure, the answer and its source, the
progress line, the ✓ mark) is a `RubyLabel`, the slides' text path: Japanese breaks between
phrases, and where the audience gets furigana the readings the catalogue marks are drawn above
the kanji (the quiz is rendered with its markup, see `model.render.render_slide`). Type sizes are
fractions of the slide's height, shrunk (never below 1/30 of it) until everything fits; where the
floor is not enough, the figure, which the answer's sentence also names, gives its room to the
words, and `clipped_texts` names what still does not fit.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...i18n import N_, NP_, _, format_number, pgettext
from ...model.lesson.lesson import Audience
from ...model.lesson.quiz import RenderedQuestion, Tally
from ...model.lesson.render import RenderedSlide
from ...model.text import ruby
from ...surfaces import surface
from ...themes import LIGHT, Theme
from ..accessibility import focus_slide
from ..fonts import app_font_family
from ..slides.ruby_label import RubyLabel, text_label
from .held_sizes import HeldSizes
from .progress import ActivityProgress, activity_button

QUESTION_SIZE = 1 / 21
OPTION_SIZE = 1 / 26
ANSWER_SIZE = 1 / 26
FIGURE_SIZE = 1 / 12
SMALL_SIZE = 1 / 40
MIN_SCALE = 26 / 30  # option and answer text never below 1/30 of the height
SCALES = (1.0, 0.96, 0.92, 0.89, MIN_SCALE)
# a half of the bilingual view: two languages share the screen, so the quiz may go a little
# below the floor (to 1/37 of the height) rather than be cut
NARROW_SCALES = (*SCALES, 0.8, 0.75, 0.7)
FIGURE_ROOM = 0.45  # the figure beside the answer takes at most this much of the width
MAX_OPTIONS = 4
# NOTE: beside the right answer once it is shown
RIGHT = N_("✓ Right")
_ELEMENTARY_RIGHT = NP_("elementary", "✓ Right")  # pupils' own entry, with furigana


def _mix(colour: str, other: str, amount: float) -> str:
    """`colour` mixed with `other` (0 = colour, 1 = other), as #RRGGBB."""
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02X}" for x, y in zip(a, b, strict=True))


def _set_style_sheet(widget: QWidget, sheet: str) -> None:
    """Set `sheet` only when it differs (set again, it restyles every child: ~8 ms a row)."""
    if sheet != widget.styleSheet():
        widget.setStyleSheet(sheet)


def _label(parent: QWidget, name: str, bold: bool = False) -> QLabel:
    """A one-line label for digits (an answer's number, its count of hands)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(app_font_family())
    font.setBold(bold)
    label.setFont(font)
    return label


_text = text_label  # words: broken between phrases, with furigana where the text carries them


def _fix_width(label: RubyLabel, most: float) -> None:
    """`label` as wide as its text on one line, but no wider than `most` (it then wraps), and as
    high as its lines at that width (its readings' band included)."""
    width = max(1, min(round(most), math.ceil(label.text_layout().natural_width())))
    label.setFixedWidth(width)
    label.setMinimumHeight(label.heightForWidth(width))


class OptionRow(QFrame):
    """One answer: its number, its words, the hands counted, − and +."""

    clicked = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setObjectName("option")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge = _label(self, "option-number", bold=True)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = _text(self, "option-text")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.text.setSizePolicy(policy)
        self.mark = _text(self, "option-mark", bold=True)
        self.count = _label(self, "option-count", bold=True)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.minus = activity_button(self, "minus")
        self.minus.setText("−")
        self.plus = activity_button(self, "plus")
        self.plus.setText("+")
        layout = self.box = QHBoxLayout(self)  # `box`: its layout, for the sizes
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.count, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.minus, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.plus, 0, Qt.AlignmentFlag.AlignVCenter)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.index)


@surface("quiz", "the check-up quiz: question, answers, the answer panel")
class QuizView(QWidget, HeldSizes):
    """The quiz slide's question, answers and tally, and the revealed answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reference_height = 720
        self.theme: Theme = LIGHT
        self.audience = Audience.JUNIOR_HIGH
        self.with_readings = False
        self.questions: list[RenderedQuestion] = []
        self._session = ActivityProgress(self)  # the host's, once it shows an activity
        self._scale = 1.0
        self.language: str | None = None
        self.paper = False  # printed: no buttons and no counts, the answer shown
        self._was_narrow = False

        self.progress = _text(self, "quiz-progress")
        self.previous_button = activity_button(self, "previous-question")
        self.previous_button.setText("◀")
        self.previous_button.clicked.connect(lambda: self._go(-1))
        self.reveal_button = activity_button(self, "reveal")
        self.reveal_button.clicked.connect(self._toggle_reveal)
        self.next_button = activity_button(self, "next-question")
        self.next_button.setText("▶")
        self.next_button.clicked.connect(lambda: self._go(+1))
        self.question = _text(self, "question", bold=True)
        self.rows = [OptionRow(i, self) for i in range(MAX_OPTIONS)]
        for row in self.rows:
            row.clicked.connect(self._select)
            row.minus.clicked.connect(lambda _checked=False, i=row.index: self._change(i, -1))
            row.plus.clicked.connect(lambda _checked=False, i=row.index: self._change(i, +1))
        self.answer_panel = QFrame(self)
        self.answer_panel.setObjectName("answer-panel")
        policy = self.answer_panel.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the slide does not jump when the answer appears
        self.answer_panel.setSizePolicy(policy)
        self.figure = _text(self.answer_panel, "answer-figure", bold=True)
        self.answer = _text(self.answer_panel, "answer")
        self.source = _text(self.answer_panel, "answer-source")
        self._compact = False  # the figure left out for room (the answer names it)
        self._fitted: dict[tuple[object, ...], tuple[bool, float]] = {}  # `_choose_sizes`
        answer_text = QVBoxLayout()
        answer_text.setContentsMargins(0, 0, 0, 0)
        answer_text.addWidget(self.answer)
        answer_text.addWidget(self.source)
        self._panel_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.answer_panel)
        self._panel_layout.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignTop)
        self._panel_layout.addLayout(answer_text, 1)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.progress, 1)
        header.addWidget(self.previous_button)
        header.addWidget(self.reveal_button)
        header.addWidget(self.next_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(header)
        self._layout.addWidget(self.question)
        for row in self.rows:
            self._layout.addWidget(row)
        self._layout.addWidget(self.answer_panel)
        self._layout.addStretch(1)

    # --- state --------------------------------------------------------------------------------

    def show_quiz(
        self, rendered: RenderedSlide, audience: Audience, theme: Theme, session: ActivityProgress
    ) -> None:
        self.questions = rendered.quiz
        self.language = i18n.current_language()  # the slide's, in a bilingual half
        self.audience = audience
        self.with_readings = rendered.with_readings  # as the furigana setting gives the audience
        self.theme = theme
        self._session = session
        # the questions this edition's quiz shows
        session.tally(audience, tuple(len(q.options) for q in rendered.quiz))
        self.refresh()

    def tally(self) -> Tally:
        return self._session.tally(self.audience)

    def _notify(self) -> None:
        self._session.notify()
        self.refresh()

    def _select(self, option: int) -> None:
        self.tally().select(option)
        self._notify()
        focus_slide(self)

    def _change(self, option: int, delta: int) -> None:
        self.tally().change(delta, option)
        self._notify()

    def _toggle_reveal(self) -> None:
        tally = self.tally()
        tally.set_revealed(not tally.is_revealed())
        self._notify()

    def _go(self, delta: int) -> None:
        tally = self.tally()
        tally.go(tally.index + delta)
        self._notify()

    # --- what is shown ------------------------------------------------------------------------

    def current(self) -> RenderedQuestion | None:
        if not self.questions:
            return None
        return self.questions[min(self.tally().index, len(self.questions) - 1)]

    def refresh(self) -> None:
        with i18n.temporary_language(self.language or i18n.current_language()):
            self._refresh()

    def _drawn(self, message: str) -> str:
        """The view's own words for a `RubyLabel`: with the readings the audience gets (or
        worded for it, where the catalogue has its own entry)."""
        with i18n.readings(i18n.RUBY if self.with_readings else i18n.PLAIN):
            return pgettext(self.audience.value, message)

    def _refresh(self) -> None:
        question = self.current()
        if question is None:
            return
        tally = self.tally()
        revealed = tally.is_revealed()
        progress = (
            _("Question {number} of {count}")
            if self.paper
            else _("Question {number} of {count} · hands up for your answer")
        )
        self.progress.setText(
            self._drawn(progress).format(
                number=format_number(question.number), count=format_number(question.count)
            )
        )
        for button in (self.previous_button, self.reveal_button, self.next_button):
            button.setVisible(not self.paper)
        self.previous_button.setEnabled(tally.index > 0)
        self.previous_button.setToolTip(_("Previous question"))
        self.previous_button.setAccessibleName(_("Previous question"))
        self.next_button.setEnabled(tally.index < len(self.questions) - 1)
        self.next_button.setToolTip(_("Next question"))
        self.next_button.setAccessibleName(_("Next question"))
        self.reveal_button.setText(_("Hide the answer") if revealed else _("Show the answer"))
        self.reveal_button.setAccessibleName(self.reveal_button.text())
        self.reveal_button.setToolTip(_("Show or hide the answer (→ shows it)"))
        self.question.setText(question.question)
        total = max(1, max((tally.count(i) for i in range(len(question.options))), default=0))
        # what the rows below were shown for: a resize across it shows them again (a quiz laid
        # out first at a narrow size, before it has its room, has all its answers once it has)
        self._was_narrow = self._narrow()
        for index, row in enumerate(self.rows):
            # narrow (a half of the bilingual view): once the answer is shown, the other answers
            # give their room to it
            row.setVisible(
                index < len(question.options)
                and not (revealed and self._narrow() and index != question.correct)
            )
            if index >= len(question.options):
                continue
            count = tally.count(index)
            number = format_number(index + 1)
            row.badge.setText(number)
            row.text.setText(question.options[index])
            row.count.setText(format_number(count))
            row.count.setAccessibleName(
                _("{count} hands for answer {number}").format(
                    count=format_number(count), number=number
                )
            )
            row.minus.setAccessibleName(
                _("One hand fewer for answer {number}").format(number=number)
            )
            row.minus.setToolTip(_("One hand fewer (−)"))
            row.minus.setEnabled(count > 0)
            row.plus.setAccessibleName(_("One hand more for answer {number}").format(number=number))
            row.plus.setToolTip(_("One hand more (+)"))
            for part in (row.count, row.minus, row.plus):
                part.setVisible(not self.paper)
            right = revealed and index == question.correct
            row.setAccessibleName(f"{number}. {ruby.plain(question.options[index])}")
            about = [pgettext(self.audience.value, RIGHT)] if right else []
            row.setAccessibleDescription(" ".join([*about, row.count.accessibleName()]))
            row.mark.setText(self._drawn(RIGHT) if right else "")
            row.mark.setVisible(right)
            row.setProperty("share", count / total)
            row.setProperty("selected", not self.paper and index == tally.selected)
            row.setProperty("verdict", ("right" if right else "other") if revealed else "open")
        if question.figure is not None:
            self.figure.setText(question.figure.text)
        self.answer.setText(question.answer)
        self.source.setText(question.source_line)
        policy = self.answer_panel.sizePolicy()
        # the slide does not jump when the answer appears, but a narrow quiz has no room to keep
        policy.setRetainSizeWhenHidden(not self._narrow())
        self.answer_panel.setSizePolicy(policy)
        self.answer_panel.setVisible(revealed)
        self.setAccessibleName(ruby.plain(question.question))
        self.setAccessibleDescription(ruby.plain(question.answer) if revealed else "")
        self._apply_theme()
        self._apply_sizes()

    def _apply_theme(self) -> None:
        """The quiz's colours: one style sheet for the theme, its rules for an answer's look
        chosen by the answer's `selected` and `verdict` properties (a style sheet set again
        restyles every child: about 8 ms an answer, each step, in each view showing the quiz);
        an answer has a sheet of its own only for its bar of hands counted."""
        theme = self.theme
        bar = _mix(theme.accent, theme.background, 0.78 if theme.name == "light" else 0.6)
        for row in self.rows:
            share = float(row.property("share") or 0.0)
            verdict = row.property("verdict")
            stop = min(0.999, max(0.0, share))
            _set_style_sheet(
                row,
                f"QFrame#option {{ background: qlineargradient(x1:0, y1:0, x2:1, y2:0,"
                f" stop:0 {bar}, stop:{stop:.3f} {bar}, stop:{stop + 0.001:.3f} {theme.surface},"
                f" stop:1 {theme.surface}); }}"
                if share > 0
                else "",
            )
            look = (bool(row.property("selected")), verdict)
            if row.property("look") != repr(look):  # its rules below match other properties
                row.setProperty("look", repr(look))
                # restyled as a new sheet would, but only the parts whose rules changed
                for widget in (row, row.badge, row.count):
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
                    QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
            row.text.set_colour(theme.muted if verdict == "other" else theme.text)
            row.mark.set_colour(theme.accent)
        for label, colour in (
            (self.progress, theme.muted),
            (self.question, theme.text),
            (self.figure, theme.accent),
            (self.answer, theme.text),
            (self.source, theme.muted),
        ):
            label.set_colour(colour)
        # once the answer is shown, only the right answer is outlined strongly; the one
        # selected for counting hands keeps a thin outline; the others' words are muted
        option = "QFrame#option"
        chosen = f'{option}[selected="true"]'
        _set_style_sheet(
            self,
            f"#quiz {{ background: transparent; }}"
            f"QLabel {{ color: {theme.text}; background: transparent; }}"
            f"QFrame#answer-panel {{ background: {theme.surface};"
            f" border-left: 6px solid {theme.accent}; border-radius: 4px; }}"
            f"QPushButton#reveal, QPushButton#previous-question, QPushButton#next-question"
            f" {{ color: {theme.text}; background: {theme.surface};"
            f" border: 2px solid {theme.muted}; border-radius: 6px; padding: 2px 10px; }}"
            f"QPushButton:disabled {{ color: {theme.grid}; border-color: {theme.grid}; }}"
            f"QPushButton:focus {{ border: 4px solid {theme.text}; }}"
            f"{option} {{ background: {theme.surface}; border: 2px solid {theme.grid};"
            f" border-radius: 8px; }}"
            f'{chosen}[verdict="open"] {{ border: 3px solid {theme.accent}; }}'
            f'{chosen}[verdict="other"] {{ border: 2px solid {theme.muted}; }}'
            f'{option}[verdict="right"] {{ border: 4px solid {theme.accent}; }}'
            f"{option} QLabel {{ color: {theme.text}; background: transparent; border: none; }}"
            f'{option}[verdict="other"] QLabel {{ color: {theme.muted}; }}'
            f"{option} QLabel#option-number {{ color: {theme.background};"
            f" background: {theme.muted}; border-radius: 6px; }}"
            f"{chosen} QLabel#option-number {{ background: {theme.accent}; }}"
            f"{option} QPushButton {{ color: {theme.text}; background: {theme.background};"
            f" border: 2px solid {theme.muted}; border-radius: 6px; }}"
            f"{option} QPushButton:disabled {{ color: {theme.grid}; border-color: {theme.grid}; }}"
            f"{option} QPushButton:focus {{ border: 4px solid {theme.text}; }}",
        )

    # --- sizes --------------------------------------------------------------------------------

    def set_reference_height(self, height: int) -> None:
        if height != self.reference_height:
            self.reference_height = height
            self._apply_sizes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.questions and self._narrow() != self._was_narrow:
            self._was_narrow = self._narrow()
            self.refresh()  # which answers show once revealed, and the answer's room
        self._apply_sizes()

    def _px(self, widget: QWidget, pixels: float) -> None:
        font = widget.font()
        font.setPixelSize(max(8, round(pixels)))
        widget.setFont(font)

    def _set_sizes(self, scale: float) -> None:
        ref = self.reference_height
        small = ref * SMALL_SIZE
        for widget in (self.progress, self.source):
            self._px(widget, small * (1.0 if widget is self.progress else max(scale, 0.95)))
        for button in (self.previous_button, self.reveal_button, self.next_button):
            self._px(button, small * 1.1)
        self._px(self.question, ref * QUESTION_SIZE * scale)
        self._px(self.answer, ref * ANSWER_SIZE * scale)
        self._px(self.figure, ref * FIGURE_SIZE * scale)
        _fix_width(self.figure, self.width() * FIGURE_ROOM)
        option_px = ref * OPTION_SIZE * scale
        button_side = round(option_px * 1.5)
        for row in self.rows:
            self._px(row.text, option_px)
            self._px(row.mark, option_px)
            _fix_width(row.mark, self.width() * 0.25)
            self._px(row.count, option_px * 1.15)
            self._px(row.badge, option_px * 0.9)
            row.badge.setFixedSize(round(option_px * 1.4), round(option_px * 1.4))
            row.count.setMinimumWidth(
                round(QFontMetrics(row.count.font()).horizontalAdvance("000"))
            )
            for button in (row.minus, row.plus):
                self._px(button, option_px * 1.1)
                button.setFixedSize(button_side, button_side)
            margin = round(option_px * 0.35)
            row.box.setContentsMargins(margin, margin // 2, margin, margin // 2)
            row.box.setSpacing(round(option_px * 0.5))
        pad = round(ref / 70)
        self._panel_layout.setContentsMargins(pad * 2, pad, pad, pad)  # the answer panel's
        self._panel_layout.setSpacing(pad * 2)
        self._layout.setSpacing(round(ref / 70))

    def _apply_sizes(self) -> None:
        """Type sizes from the slide's height, shrunk until the question, the answers and the
        answer fit (the answer's room is kept while it is hidden); at the smallest size, the
        large figure gives its room to the words (the answer's sentence names it)."""
        if not self.questions or self._holding():
            return
        narrow = self._narrow()
        self._panel_layout.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        self._choose_sizes(narrow)
        # `_needed_height` invalidates the layout without asking for a new one: lay the texts out
        # now at the sizes chosen, or they keep the room measured for the old words and sizes
        self._layout.activate()

    def _choose_sizes(self, narrow: bool) -> None:
        """The largest sizes at which everything fits, tried from the largest down; sizes found
        for the same room, words and parts shown are set at once (each try lays the quiz out:
        stepping through it, and coming back to it, would try them all again)."""
        key = self._fit_key(narrow)
        known = self._fitted.get(key)
        if known is not None:
            self._compact, self._scale = known
            self._show_figure()
            self._set_sizes(self._scale)
            self._invalidate()
            return
        self._search_sizes(narrow)
        if len(self._fitted) > 256:
            self._fitted.clear()
        self._fitted[key] = (self._compact, self._scale)

    def _fit_key(self, narrow: bool) -> tuple[object, ...]:
        """Everything the sizes that fit depend on: the room, and the words and parts shown (a
        hidden row keeps the words of the question it last showed: not part of it)."""
        question = self.current()
        vis = [r for r in self.rows if not r.isHidden()]
        rows = [(r.text.text(), r.mark.text(), r.mark.isHidden(), r.count.text()) for r in vis]
        looks = [(len(vis), r.badge.text(), r.property("look")) for r in vis]
        figure = self.figure.text() if question is not None and question.figure else ""  # or stale
        words = [figure, *(w.text() for w in (self.progress, self.question, self.answer))]
        panel = self.answer_panel
        shown = (panel.isHidden(), panel.sizePolicy().retainSizeWhenHidden(), self.paper)
        buttons = (self.previous_button, self.reveal_button, self.next_button)  # focus: border
        return (
            (self.width(), self.height(), self.reference_height, narrow, self.theme.name),
            (self.language, self.with_readings, question is not None and bool(question.figure)),
            tuple(button.hasFocus() for button in buttons),
            (self.source.text(), self.reveal_button.text(), *shown, *words, *rows, *looks),
        )

    def _search_sizes(self, narrow: bool) -> None:
        for compact in (narrow, True):
            self._compact = compact
            self._show_figure()
            scales = NARROW_SCALES if narrow else SCALES
            for scale in scales:
                self._scale = scale
                self._set_sizes(scale)
                if self._needed_height() <= self.height() and self._phrases_fit():
                    return

    def _phrases_fit(self) -> bool:
        """Whether every answer's longest phrase fits its line at the sizes set: a narrower
        line would break it inside the phrase (自分がフォローしてい／る人や in a bilingual half), so
        the answers are set smaller instead, as the slide's title is."""
        for row in self.rows:
            if row.isHidden() or not row.text.text():
                continue
            row.box.activate()  # the words' width beside the number, count and buttons
            if row.text.text_layout().widest_phrase() > row.text.width() + 1:
                return False
        return True

    def _show_figure(self) -> None:
        question = self.current()
        self.figure.setVisible(
            question is not None and question.figure is not None and not self._compact
        )

    def _narrow(self) -> bool:
        """A half of the bilingual view, or a narrow window."""
        return self.width() < self.reference_height * 1.3

    def _needed_height(self) -> int:
        width = max(50, self.width())
        self._invalidate()
        needed = self._layout.totalHeightForWidth(width)
        if needed < 0:
            needed = self._layout.totalSizeHint().height()
        return needed

    def _invalidate(self) -> None:
        # the answers' rows and the answer's panel measured afresh: the main layout keeps each
        # one's height-for-width until it says its geometry changed, which a change of words or
        # sizes inside it does not say by itself
        for box, lay in (*((r, r.box) for r in self.rows), (self.answer_panel, self._panel_layout)):
            lay.invalidate()
            box.updateGeometry()
        self._layout.invalidate()

    _sizes_released = _apply_sizes  # held_sizes.py

    def text_scale(self) -> float:
        return self._scale

    # --- checks -------------------------------------------------------------------------------

    def clipped_texts(self) -> list[str]:
        """Names of visible texts that do not fit the room they were given: a `RubyLabel`
        whose lines, laid out at its width, are taller or wider than the label; a label of
        digits wider than itself; a button's text wider than the button; the quiz taller than
        the slide's room for it."""
        clipped = []
        words = [self.progress, self.question, self.figure, self.answer, self.source]
        digits: list[QLabel] = []
        for row in self.rows:
            if not row.isHidden():
                words += [row.text, row.mark]
                digits += [row.count, row.badge]
        for label in words:
            if label.text() and label.isVisibleTo(self) and not label.fits():
                clipped.append(label.objectName())
        for digit in digits:
            if digit.text() and digit.isVisibleTo(self):
                metrics = QFontMetrics(digit.font())
                if metrics.horizontalAdvance(digit.text()) > digit.width() + 1:
                    clipped.append(digit.objectName())
        for button in (self.reveal_button, self.previous_button, self.next_button):
            metrics = QFontMetrics(button.font())
            if metrics.horizontalAdvance(button.text()) > button.width():
                clipped.append(button.objectName())
        if self._needed_height() > self.height() + 1:
            clipped.append("quiz")
        return clipped
