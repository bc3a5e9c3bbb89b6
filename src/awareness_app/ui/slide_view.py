"""One slide, drawn large: title, headline number, explanation, bullets or chart, source line.

Type sizes are fractions of the view's height, so the slide looks the same in a small preview,
at 1280×720 and at 1920×1080. The view shows a `RenderedSlide` and knows nothing of the lesson.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..i18n import _
from ..model.dataset import DataSet
from ..model.lesson import Audience, SlideKind
from ..model.render import RenderedSlide
from ..themes import Theme
from .chart_view import ChartView
from .fonts import app_font_family

# Type sizes as a fraction of the slide's height.
TITLE_SIZE = 1 / 14
HEADLINE_SIZE = 1 / 4.5
BODY_SIZE = 1 / 24
BULLET_SIZE = 1 / 26
FOOTER_SIZE = 1 / 40
MARGIN = 1 / 24
TITLE_SLIDE_SIZE = 1 / 9
CHART_SHARE = 0.5  # a chart's share of the slide's height: fixed, so its picture can be cached
MIN_SCALE = 0.8  # body text never goes below BODY_SIZE × 0.8 = 1/30 of the height
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

        self.kicker = self._label("kicker", bold=True)
        self.title = self._label("title", bold=True)
        self.rule = QFrame(self)
        self.rule.setObjectName("rule")
        self.rule.setFixedHeight(6)
        self.headline = self._label("headline", bold=True)
        self.body = self._label("body")
        self.bullets = self._label("bullets")
        self.bullets.setTextFormat(Qt.TextFormat.RichText)
        self.chart = ChartView(self)
        self.source_line = self._label("source-line")
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
        self._layout.addWidget(self.rule, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self.headline)
        self._layout.addWidget(self.body)
        self._layout.addWidget(self.bullets)
        self._layout.addWidget(self.chart)
        self._layout.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.source_line, 1)
        footer.addWidget(self.sources_button)
        footer.addWidget(self.page)
        self._layout.addLayout(footer)

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

    # --- what is shown ------------------------------------------------------------------------

    def show_slide(
        self,
        rendered: RenderedSlide,
        dataset: DataSet,
        audience: Audience,
        theme: Theme,
        chart_title: str = "",
    ) -> None:
        self.rendered = rendered
        self._theme = theme
        is_title = rendered.kind == SlideKind.TITLE
        self.kicker.setText(_("SNS Safety Classroom"))
        self.kicker.setVisible(is_title)
        self.title.setText(rendered.title)
        self.headline.setText(rendered.headline.text if rendered.headline else "")
        self.headline.setVisible(rendered.headline is not None)
        self.body.setText(rendered.body)
        self.body.setVisible(bool(rendered.body))
        self.bullets.setText(self._bullets_html(rendered))
        self.bullets.setVisible(bool(rendered.bullets or rendered.helplines))
        has_chart = rendered.chart is not None
        self.chart.setVisible(has_chart)
        if has_chart:
            assert rendered.chart is not None
            self.chart.show_chart(rendered.chart, dataset, audience, theme, chart_title)
        centred = rendered.kind in (SlideKind.TITLE, SlideKind.FIGURE)
        self._layout.setStretch(0, 1 if centred else 0)
        self.source_line.setText(rendered.source_line)
        self.page.setText(f"{rendered.number} / {rendered.count}")
        self.page.setAccessibleName(
            _("Slide {number} of {count}").format(number=rendered.number, count=rendered.count)
        )
        self.sources_button.setText(_("Sources"))
        self.sources_button.setToolTip(_("Show the source and grade of every figure on this slide"))
        self.sources_button.setAccessibleName(_("Show the sources of the figures on this slide"))
        self.sources_button.setVisible(bool(rendered.figures) or rendered.kind == SlideKind.CLOSING)
        self.setAccessibleName(rendered.title)
        self._apply_theme(theme)
        self._apply_sizes()

    def _bullets_html(self, rendered: RenderedSlide) -> str:
        if rendered.helplines:
            rows = "".join(
                f"<tr><td style='padding-right:1em'>{escape(h.name)}</td>"
                f"<td style='padding-right:1em'><b>{escape(h.number)}</b></td>"
                f"<td>{escape(h.hours)}</td></tr>"
                for h in rendered.helplines
            )
            return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"
        items = "".join(
            f"<p style='margin:0 0 0.3em 1.1em; text-indent:-1.1em'>•&nbsp;{escape(b)}</p>"
            for b in rendered.bullets
        )
        return items

    def _apply_theme(self, theme: Theme) -> None:
        self.setStyleSheet(
            f"#slide {{ background: {theme.background}; }}"
            f"QLabel {{ color: {theme.text}; background: transparent; }}"
            f"QLabel#headline, QLabel#kicker {{ color: {theme.accent}; }}"
            f"QFrame#rule {{ background: {theme.accent}; border: none; }}"
            f"QLabel#source-line, QLabel#page {{ color: {theme.muted}; }}"
            f"QPushButton#sources-button {{ color: {theme.text}; background: {theme.surface};"
            f" border: 2px solid {theme.muted}; border-radius: 6px; padding: 2px 10px; }}"
            f"QPushButton#sources-button:focus {{ border: 3px solid {theme.accent}; }}"
        )

    def _apply_sizes(self) -> None:
        """Set type sizes from the height, then shrink them (like a slide's autofit) until the
        text fits: first the headline number, then everything, never below `MIN_SCALE`."""
        height = max(self.height(), 90)
        margin = round(height * MARGIN)
        self._layout.setContentsMargins(margin * 2, margin, margin * 2, margin // 2)
        self._layout.setSpacing(round(height / 60))
        self.rule.setFixedSize(max(40, round(self.width() / 10)), max(2, round(height / 150)))
        self.chart.setFixedHeight(round(height * CHART_SHARE))
        self._set_font(self.sources_button, height * FOOTER_SIZE)
        self._set_font(self.source_line, height * FOOTER_SIZE)
        self._set_font(self.page, height * FOOTER_SIZE)
        title_size = TITLE_SLIDE_SIZE if self._kind() == SlideKind.TITLE else TITLE_SIZE
        text_width = max(50, self.width() - 4 * margin)
        for headline_scale, scale in FIT_STEPS:
            self._set_font(self.kicker, height * BODY_SIZE * scale)
            self._set_font(self.title, height * title_size * scale)
            self._set_font(self.headline, height * HEADLINE_SIZE * headline_scale)
            self._set_font(self.body, height * BODY_SIZE * scale)
            self._set_font(self.bullets, height * BULLET_SIZE * scale)
            if self._needed_height(text_width, margin) <= height:
                break

    def _kind(self) -> SlideKind | None:
        return self.rendered.kind if self.rendered is not None else None

    @staticmethod
    def _set_font(widget: QWidget, pixels: float) -> None:
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
        needed = margin + margin // 2 + spacing * len(blocks)
        for block in blocks:
            needed += block.heightForWidth(width) if isinstance(block, QLabel) else block.height()
        needed += max(
            self.source_line.heightForWidth(width // 2), self.sources_button.sizeHint().height()
        )
        if not self.chart.isHidden():
            needed += self.chart.height()
        return needed

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

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
        return clipped
