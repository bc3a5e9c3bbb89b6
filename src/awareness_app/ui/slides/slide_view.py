"""One slide, drawn large: title, headline number, explanation, bullets or chart, source line.

Type sizes are fractions of the view's height, so the slide looks the same in a small preview,
at 1280×720 and at 1920×1080. The view shows a `RenderedSlide` and knows nothing of the lesson.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import _
from ...model.data.dataset import DataSet
from ...model.lesson.lesson import Audience, SlideKind
from ...model.lesson.render import RenderedSlide
from ...model.text import ruby
from ...model.text.furigana import DEFAULT
from ...surfaces import surface
from ...themes import Theme
from ..activities.activity import ActivityHost
from ..fonts import app_font_family
from .chart_renderer import ChartRenderer
from .chart_view import ChartView
from .ruby_label import RubyLabel, text_label
from .slide_paragraphs import bullet_paragraphs, bullet_text

# Type sizes as a fraction of the slide's height.
TITLE_SIZE = 1 / 14
HEADLINE_SIZE = 1 / 4.5
BODY_SIZE = 1 / 24
BULLET_SIZE = 1 / 26
FOOTER_SIZE = 1 / 40
FOOTER_LINE_SHARE = 0.9  # a footer on its own line is set down to this share to stay one line
MARGIN = 1 / 24
TITLE_RULE_GAP = 0.25  # the air between a title's lowest glyph and the accent rule, in ems
TITLE_SLIDE_SIZE = 1 / 9
CHART_SHARE = 0.6  # a chart's share of the slide's height: fixed, so its picture can be cached
MIN_CHART_SHARE = 0.25  # … which it may give up down to this when the text needs the room
MIN_TITLE_SHARE = 0.7  # … and a title down to this share of its size at the text's floor
TITLE_LINE_SHARE = 0.9  # a title is set down to this share of its size to save its last line
MIN_SCALE = 0.8  # body text never goes below BODY_SIZE × 0.8 = 1/30 of the height
ACTIVITY_MIN_SHARE = 0.6  # the overshare activity and the quiz keep this share of the height
_PLAIN_MODIFIERS = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
# (headline scale, text scale), tried in order until the slide's text fits
FIT_STEPS = [
    (1.0, 1.0),
    (0.8, 1.0),
    (0.65, 1.0),
    (0.65, 0.95),
    (0.6, 0.9),
    (0.55, 0.85),
    (0.5, MIN_SCALE),
]


@surface("slide", "a slide: title, text, headline figure, chart, source line")
class SlideView(QWidget):
    """Shows a rendered slide. `sources_requested` is emitted by the slide's source control."""

    sources_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slide")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rendered: RenderedSlide | None = None
        self._theme: Theme | None = None
        # presenting: + / − text size, a higher floor for the autofit, narrow (bilingual) halves
        self.text_scale = 1.0
        self.min_text_scale = MIN_SCALE
        # a bilingual half on a screen taller than 16:9 (1280×800): the height of the 16:9
        # picture that screen holds, which its sizes are taken from (`SlidePage`); 0: none
        self.picture_height: Callable[[], int] = lambda: 0
        self.compact = False
        self.show_sources_button = True

        self.kicker = self._text_label("kicker", bold=True)
        self.title = self._text_label("title", bold=True)
        self.rule = QFrame(self)
        self.rule.setObjectName("rule")
        self.rule.setFixedHeight(6)
        self.headline = self._text_label("headline", bold=True)
        self.body = self._text_label("body")
        self.bullets = self._text_label("bullets")
        self.chart = ChartView(self)
        self.activity = ActivityHost(self)  # the overshare reveal or the quiz, on their slides
        self.source_line = self._text_label("source-line")
        self.page = self._label("page")
        self.page.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.page.setWordWrap(False)
        self.page.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.sources_button = QPushButton(self)
        self.sources_button.setObjectName("sources-button")
        self.sources_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.sources_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sources_button.clicked.connect(self.sources_requested)

        self._layout = QVBoxLayout(self)
        # the slide never grows past its size: text that cannot fit is reported, not hidden
        self._layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self._layout.addStretch(0)  # above: centres title and figure slides
        self._layout.addWidget(self.kicker)
        self._layout.addWidget(self.title)
        # air above the rule, so a title's descenders keep their distance at every size
        self._rule_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._layout.addItem(self._rule_gap)
        self._layout.addWidget(self.rule, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self.headline)
        self._layout.addWidget(self.body)
        self._layout.addWidget(self.bullets)
        self._layout.addWidget(self.chart)
        self._layout.addWidget(self.activity, 1)
        self._spare_index = self._layout.count()
        self._layout.addStretch(1)
        # the footer: one line beside the button and the page number, or, when it does not fit
        # there, on a line of its own above them (`_place_footer`): never wrapped beside them
        self._footer = QGridLayout()
        self._footer.setContentsMargins(0, 0, 0, 0)
        self._footer.setColumnStretch(0, 1)
        self._footer.addWidget(self.source_line, 1, 0)
        self._footer.addWidget(self.sources_button, 1, 1)
        self._footer.addWidget(self.page, 1, 2)
        self.footer_above = False  # whether the footer has a line of its own
        self._layout.addLayout(self._footer)

    def _label(self, name: str, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        font = QFont(app_font_family())
        font.setBold(bold)
        label.setFont(font)
        return label

    def _text_label(self, name: str, bold: bool = False) -> RubyLabel:
        """A label for the slide's own words: furigana, lines broken between phrases."""
        return text_label(self, name, bold)

    # --- what is shown ------------------------------------------------------------------------

    def show_slide(
        self,
        rendered: RenderedSlide,
        dataset: DataSet,
        audience: Audience,
        theme: Theme,
        chart_title: str = "",
        language: str | None = None,
        *,
        charts: ChartRenderer | None = None,
        furigana: str = DEFAULT,
    ) -> None:
        """Show `rendered`; `language` is the language it was rendered in (for the chart),
        by default the app's; `charts` draws its chart (the classroom state's renderer; None:
        not here, a PDF draws it) with its words as the `furigana` setting has them."""
        self.rendered = rendered
        self._theme = theme
        # the activity first: leaving it, it is hidden before the other parts show (each part
        # shown lays the slide out again, and a visible activity would be composed each time)
        has_activity = self.activity.show_for(rendered, audience, theme)
        is_title = rendered.kind == SlideKind.TITLE
        self.kicker.setText(_("SNS Safety Classroom"))
        self.kicker.setVisible(is_title)
        self.title.setText(rendered.title)
        self.headline.setText(rendered.headline.text if rendered.headline else "")
        self.headline.setVisible(rendered.headline is not None)
        self.body.setText(rendered.body)
        self.body.setVisible(bool(rendered.body))
        self.bullets.set_paragraphs(
            bullet_paragraphs(rendered, theme, self.compact), bullet_text(rendered)
        )
        self.bullets.setVisible(bool(rendered.bullets or rendered.helplines))
        has_chart = rendered.chart is not None
        self.chart.setVisible(has_chart)
        if has_chart:
            assert rendered.chart is not None
            self.chart.text_scale = self.text_scale
            self.chart.show_chart(
                rendered.chart,
                dataset,
                audience,
                theme,
                chart_title,
                language=language,
                charts=charts,
                furigana=furigana,
            )
        if has_activity:  # the activity shows the slide's prompt in place of body and bullets
            self.body.setVisible(False)
            self.bullets.setVisible(False)
        self._layout.setStretch(self._spare_index, 0 if has_activity else 1)
        # keys the activity uses (R, digits, + / −) are the slide's while it has the focus
        self.setProperty("presenting-owned-keys", list(self.activity.owned_keys()))
        centred = rendered.kind in (SlideKind.TITLE, SlideKind.FIGURE)
        self._layout.setStretch(0, 1 if centred else 0)
        self.source_line.setText(ruby.kana(rendered.source_line))  # too small for readings
        self.page.setText(f"{rendered.number} / {rendered.count}")
        self.page.setAccessibleName(
            _("Slide {number} of {count}").format(number=rendered.number, count=rendered.count)
        )
        self.sources_button.setText(_("Sources"))
        self.sources_button.setToolTip(_("Show the source and grade of every figure on this slide"))
        self.sources_button.setAccessibleName(_("Show the sources of the figures on this slide"))
        self.sources_button.setVisible(
            self.show_sources_button
            and (
                bool(rendered.figures)
                or bool(rendered.slide_sources)
                or rendered.kind == SlideKind.CLOSING
            )
        )
        self.setAccessibleName(ruby.plain(rendered.title))
        self._apply_theme(theme)
        self._apply_sizes()
        self._layout.activate()  # the activity's room, now: it is sized once, for it
        self.activity.settle()

    def _apply_theme(self, theme: Theme) -> None:
        for label in (self.title, self.body, self.bullets):
            label.set_colour(theme.text)
        self.kicker.set_colour(theme.accent)
        self.headline.set_colour(theme.accent)
        self.source_line.set_colour(theme.muted)
        if getattr(self, "_styled_theme", None) == theme.name:
            return  # a style sheet re-polishes every child: only when the theme changes
        self._styled_theme = theme.name
        self.setStyleSheet(
            f"#slide {{ background: {theme.background}; border: 3px solid transparent; }}"
            # the slide takes the lesson keys in the window: it shows when it has the focus
            f"#slide:focus {{ border: 3px solid {theme.accent}; }}"
            f"QLabel {{ color: {theme.text}; background: transparent; }}"
            f"QLabel#headline, QLabel#kicker {{ color: {theme.accent}; }}"
            f"QFrame#rule {{ background: {theme.accent}; border: none; }}"
            f"QLabel#source-line, QLabel#page {{ color: {theme.muted}; }}"
            f"QPushButton#sources-button {{ color: {theme.text}; background: {theme.surface};"
            f" border: 2px solid {theme.muted}; border-radius: 6px; padding: 2px 10px; }}"
            f"QPushButton#sources-button:focus {{ border: 3px solid {theme.accent}; }}"
            f"QToolButton {{ color: {theme.text}; background: {theme.surface};"
            f" border: 1px solid {theme.muted}; border-radius: 4px; padding: 1px 8px; }}"
            f"QToolButton:focus {{ border: 2px solid {theme.accent}; }}"
            f"QTableWidget {{ color: {theme.text}; background: {theme.background};"
            f" gridline-color: {theme.grid}; border: 1px solid {theme.grid}; }}"
            f"QHeaderView::section {{ color: {theme.text}; background: {theme.surface};"
            f" border: none; padding: 4px; font-weight: bold; }}"
        )

    def _apply_sizes(self) -> None:
        """Set type sizes from the height, then shrink them (like a slide's autofit) until the
        text fits: first the headline number, then everything, never below `MIN_SCALE`. A
        bilingual half on a screen taller than 16:9 is sized as on the 16:9 screen as wide
        (`picture_height`): from the height, its text did not fit the half's width."""
        height = max(min(self.height(), self.picture_height() or self.height()), 90)
        margin = round(height * MARGIN)
        side = margin if self.compact else margin * 2
        self._layout.setContentsMargins(side, margin, side, margin // 2)
        self._layout.setSpacing(round(height / 60))
        self.rule.setFixedSize(max(40, round(self.width() / 10)), max(2, round(height / 150)))
        self.chart.setFixedHeight(round(height * CHART_SHARE))
        self.activity.set_reference_height(height)
        self._set_font(self.sources_button, height * FOOTER_SIZE)
        self._set_font(self.source_line, height * FOOTER_SIZE)
        self._set_font(self.page, height * FOOTER_SIZE)
        self._footer.setSpacing(self._layout.spacing())
        self._place_footer(height * FOOTER_SIZE, max(50, self.width() - 2 * side))
        title_size = TITLE_SLIDE_SIZE if self._kind() == SlideKind.TITLE else TITLE_SIZE
        text_width = max(50, self.width() - 2 * side)
        for headline_scale, scale in self._fit_steps():
            self._set_font(self.kicker, height * BODY_SIZE * scale)
            # a title that wraps by a little is set a little smaller to save its last line
            title_scale = self._title_scale_for_a_line_less(height * title_size, scale, text_width)
            self._set_font(self.headline, height * HEADLINE_SIZE * headline_scale)
            self._set_font(self.body, height * BODY_SIZE * scale)
            self._set_font(self.bullets, height * BULLET_SIZE * scale)
            if self._needed_height(text_width, margin) <= height:
                break
        else:  # still too much text (a narrow bilingual half): the chart gives up some height,
            # then the title (still larger than the text) shrinks; the text stays at its floor
            fits = False
            share = CHART_SHARE
            while not fits and not self.chart.isHidden() and share > MIN_CHART_SHARE + 0.001:
                share -= 0.05
                self.chart.setFixedHeight(round(height * share))
                fits = self._needed_height(text_width, margin) <= height
            while not fits and title_scale > scale * MIN_TITLE_SHARE + 0.001:
                title_scale -= 0.05 * scale
                self._set_font(self.title, height * title_size * title_scale)
                fits = self._needed_height(text_width, margin) <= height
        self._shrink_title_to_phrases(text_width)
        gap = self._rule_gap_height()
        if gap != self._rule_gap.sizeHint().height():
            self._rule_gap.changeSize(0, gap, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            self._layout.invalidate()

    def _rule_gap_height(self) -> int:
        """The room above the rule, beyond the layout's spacing, that keeps `TITLE_RULE_GAP` of
        the title's size between its descenders and the rule (the spacing alone, a fraction of
        the slide's height, is too little for a large title in a short half of the page)."""
        font = self.title.text_layout().font
        metrics = QFontMetricsF(font)
        # below the last line's descenders: its leading's lower half (`RubyLayout.draw`)
        below = max(0.0, metrics.leading()) / 2 + metrics.lineSpacing() - metrics.height()
        wanted = TITLE_RULE_GAP * font.pixelSize()
        return max(0, math.ceil(wanted - below - self._layout.spacing()))

    def footer_room_beside(self, width: int) -> int:
        """The width the footer has beside the button and the page number, in a slide whose
        text is `width` wide."""
        spacing = self._footer.horizontalSpacing()
        room = width - self.page.sizeHint().width() - spacing
        if not self.sources_button.isHidden():
            room -= self.sources_button.sizeHint().width() + spacing
        return room

    def _place_footer(self, size: float, width: int) -> None:
        """The footer's rule: one line, never cut, beside the button or above it. It stays
        beside the button and the page number when it fits there on one line; else it takes a
        line of its own above them, the text's full width. Where it does not fit on one line,
        it is set down to `FOOTER_LINE_SHARE` of its size when that keeps it to one. Only a
        footer wider than that wraps: above the button (the Instagram guidance's list of
        sites), or, where no button is shown (the projector), beside the page number, which
        leaves it nearly the full width without a row of its own (a half of the bilingual
        view has no height to spare)."""
        label = self.source_line
        beside = self.footer_room_beside(width)
        fits_beside = not label.text() or len(label.text_layout().lines(beside)) == 1
        above = not fits_beside and not self.sources_button.isHidden()
        room = width if above else beside
        if not fits_beside and len(label.text_layout().lines(room)) > 1:
            step = size
            while step > size * FOOTER_LINE_SHARE:
                step = max(size * FOOTER_LINE_SHARE, step - 1)
                self._set_font(label, step)
                if len(label.text_layout().lines(room)) == 1:
                    break
            else:
                self._set_font(label, size)  # it wraps anyway: at its full size
        if above != self.footer_above:
            self._footer.removeWidget(label)
            if above:
                self._footer.addWidget(label, 0, 0, 1, 3)
            else:
                self._footer.addWidget(label, 1, 0)
            self.footer_above = above

    def _footer_height(self, width: int) -> int:
        """The height of the footer at the current sizes: its row, and its own line above."""
        row = [self.page.sizeHint().height()]
        if not self.sources_button.isHidden():
            row.append(self.sources_button.sizeHint().height())
        label = self.source_line
        if self.footer_above:
            return max(row) + self._footer.verticalSpacing() + label.heightForWidth(width)
        text = label.heightForWidth(self.footer_room_beside(width)) if label.text() else 0
        return max([*row, text])

    def _title_scale_for_a_line_less(self, size: float, scale: float, width: int) -> float:
        """Set the title at `size` × `scale`, or down to `TITLE_LINE_SHARE` of that if a title
        that wraps then takes a line less (a long title's last word alone on its line costs the
        chart or the text a line's height; set smaller by a few percent, the title keeps it);
        returns the scale set."""
        self._set_font(self.title, size * scale)
        lines = len(self.title.text_layout().lines(width))
        step = scale
        while lines > 1 and step > scale * TITLE_LINE_SHARE + 0.001:
            step -= 0.01 * scale
            self._set_font(self.title, size * step)
            if len(self.title.text_layout().lines(width)) < lines:
                return step
        self._set_font(self.title, size * scale)
        return scale

    def _shrink_title_to_phrases(self, width: int) -> None:
        """A title or a headline figure with a phrase wider than the line is set smaller, not
        broken inside the word (down to half its size; a phrase wider still breaks between
        characters): 1,566人 in a half of the bilingual view."""
        for label in (self.title, self.headline):
            if label.isHidden():
                continue
            size: float = label.font().pixelSize()
            floor = size / 2
            while label.text_layout().widest_phrase() > width and size > floor:
                size = max(floor, size * 0.95)
                self._set_font(label, size)

    def _fit_steps(self) -> list[tuple[float, float]]:
        """FIT_STEPS times `text_scale`, never below `min_text_scale`; a larger text scale
        shrinks on down to the floor when the slide's text cannot fit otherwise."""
        floor = self.min_text_scale
        steps = [(h, max(floor, t * self.text_scale)) for h, t in FIT_STEPS]
        scale = steps[-1][1]
        while scale > floor:
            scale = max(floor, scale - 0.05)
            steps.append((0.5, scale))
        return steps

    def set_text_scale(self, scale: float) -> None:
        """Make the text larger (> 1) or smaller (< 1) than the default, and reflow."""
        self.text_scale = scale
        self.chart.text_scale = scale
        self.chart.canvas.update()
        self._apply_sizes()

    def _kind(self) -> SlideKind | None:
        return self.rendered.kind if self.rendered is not None else None

    def _set_font(self, widget: QWidget, pixels: float) -> None:
        font = widget.font()
        font.setPixelSize(max(8, round(pixels)))
        widget.setFont(font)

    def _needed_height(self, width: int, margin: int) -> int:
        """The height the slide's text needs at the current type sizes, charts at their least."""
        spacing = self._layout.spacing()
        blocks = [
            w
            for w in (self.kicker, self.title, self.rule, self.headline, self.body, self.bullets)
            if not w.isHidden()
        ]
        needed = margin + margin // 2 + spacing * len(blocks) + self._rule_gap_height()
        for block in blocks:
            needed += (
                block.heightForWidth(width)
                if isinstance(block, QLabel | RubyLabel)
                else block.height()
            )
        needed += self._footer_height(width)
        if not self.chart.isHidden():
            needed += self.chart.maximumHeight()  # its fixed height, before the layout runs
        if not self.activity.isHidden():
            needed += round(self.height() * ACTIVITY_MIN_SHARE)
        return needed

    def minimumSizeHint(self) -> QSize:
        # the slide fits its text to the room it has; it never asks its window for more
        return QSize(160, 90)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    # --- the activity's steps and keys ----------------------------------------------------------

    def handle_step(self, forward: bool) -> bool:
        """Next / previous for the activity on the slide (the next overshare detail, the quiz's
        answer); False when it has none left, so the caller changes slides."""
        return self.activity.handle_step(forward)

    def event(self, event: QEvent) -> bool:
        # the activity's own keys win over the window's shortcuts while the slide has the focus
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in self.activity.owned_keys()
            and not event.modifiers() & ~_PLAIN_MODIFIERS
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.activity.handle_key(event.key()):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- checks -------------------------------------------------------------------------------

    def clipped_labels(self) -> list[str]:
        """Names of visible labels whose text does not fit in the room they were given."""
        clipped = []
        for label in (
            self.title,
            self.headline,
            self.body,
            self.bullets,
            self.source_line,
            self.page,
        ):
            if not label.isVisible() or not label.text():
                continue
            needed = (
                label.heightForWidth(label.width())
                if label.wordWrap()
                else QFontMetrics(label.font()).height()
            )
            fits_width = (
                label.wordWrap()
                or QFontMetrics(label.font()).horizontalAdvance(label.text()) <= label.width()
            )
            if needed > label.height() + 1 or not fits_width:
                clipped.append(label.objectName())
        bottom = max(
            (w.geometry().bottom() for w in (self.title, self.body, self.bullets) if w.isVisible()),
            default=0,
        )
        if bottom > self.height():
            clipped.append("slide")
        clipped += self.activity.clipped_texts()
        return clipped
