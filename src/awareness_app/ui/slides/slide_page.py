"""A slide as the room sees it: one language, or two side by side (one above the other on a
narrow screen) for a bilingual room. Used by the presentation view and the presenter console.

Each language is a `SlideView` of its own, rendered with `temporary_language`, with its chart in
its language. Side by side, each half keeps the full height, so its type keeps the same fraction
of the screen's height as a one-language slide; only the width is shared.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QSizePolicy, QWidget

from ... import i18n
from ...i18n import _
from ...model.lesson.lesson import Slide
from ...model.text import ruby
from ...surfaces import surface
from ...themes import Theme
from ..fonts import app_font_family
from ..presenting.controller import PresentationController
from .slide_view import BULLET_SIZE, SlideView

# On the presentation screen the smallest slide text (the bullets) stays at 1/30 of the height
# or more: the autofit stops at this text scale (1/26 × 0.87 ≥ 1/30).
PRESENTING_MIN_SCALE = 0.87
assert BULLET_SIZE * PRESENTING_MIN_SCALE >= 1 / 30
NARROW = 1.5  # width / height below which the two languages go one above the other


@surface("bilingual", "one slide in one language or two side by side")
class SlidePage(QWidget):
    """One slide in one or two languages."""

    def __init__(self, parent: QWidget | None = None, presenting: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("slide-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.presenting = presenting
        self.views: list[SlideView] = []
        self.languages: list[str] = []
        self.divider = QFrame(self)
        self.divider.setObjectName("divider")
        self.divider.setFixedWidth(2)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.empty, 1)

    def _view(self, index: int) -> SlideView:
        while len(self.views) <= index:
            view = SlideView(self)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page's window takes the keys
            if self.presenting:
                view.show_sources_button = False  # nothing on the screen but the slide
                view.min_text_scale = PRESENTING_MIN_SCALE
                view.picture_height = self._picture_height
                view.chart.set_controls_visible(False)
            if self.views:
                self._layout.addWidget(self.divider)
            self._layout.addWidget(view, 1)
            self.views.append(view)
        return self.views[index]

    def show_slide(
        self,
        controller: PresentationController,
        slide: Slide | None,
        languages: list[str],
        theme: Theme,
        text_scale: float = 1.0,
    ) -> None:
        """Show `slide` (of `controller`'s lesson) in each of `languages`; None: the end."""
        self.languages = list(languages)
        sheet = (
            f"#slide-page {{ background: {theme.background}; }}"
            f"QFrame#divider {{ background: {theme.muted}; border: none; }}"
            f"QLabel#empty {{ color: {theme.muted}; background: {theme.background}; }}"
        )
        if sheet != self.styleSheet():  # set again, it restyles every child (~13 ms a step)
            self.setStyleSheet(sheet)
        if slide is None:
            for view in self.views:
                view.hide()
            self.divider.hide()
            self.empty.setText(_("End of the lesson"))
            font = self.empty.font()
            font.setFamily(app_font_family())
            font.setPixelSize(max(12, self.height() // 14))
            self.empty.setFont(font)
            self.empty.show()
            return
        self.empty.hide()
        for index, language in enumerate(languages):
            view = self._view(index)
            view.activity.set_session(controller.state.activities)  # one reveal for every view
            view.compact = len(languages) > 1
            view.text_scale = text_scale
            rendered, chart_title = controller.render(slide, language)
            with i18n.temporary_language(language):
                view.show_slide(
                    rendered,
                    controller.dataset,
                    controller.audience,
                    theme,
                    chart_title,
                    language=language,
                    charts=controller.state.charts,
                    furigana=controller.state.furigana,
                )
            view.setAccessibleName(
                _("{title} ({language})").format(
                    title=ruby.plain(rendered.title), language=i18n.LANGUAGES[language]
                )
            )
            view.show()
        for view in self.views[len(languages) :]:
            view.hide()
        self.divider.setVisible(len(languages) > 1)
        self._orient()

    def _orient(self) -> None:
        narrow = self.width() < self.height() * NARROW
        direction = (
            QBoxLayout.Direction.TopToBottom
            if narrow and len(self.languages) > 1
            else QBoxLayout.Direction.LeftToRight
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            if direction == QBoxLayout.Direction.TopToBottom:
                self.divider.setFixedSize(16777215, 2)
                self.divider.setMinimumWidth(0)
            else:
                self.divider.setFixedWidth(2)
                self.divider.setMinimumHeight(0)
                self.divider.setMaximumHeight(16777215)

    def _picture_height(self) -> int:
        """With the two languages side by side on a screen taller than 16:9 (1280×800), the
        height of the 16:9 picture it holds (720): each half is sized as on the 16:9 screen as
        wide, where its words fit (sized from 800, they were cut off). Else 0. Read from the
        page's size as its halves are laid out (before `_orient` runs)."""
        if len(self.languages) < 2 or self.width() < self.height() * NARROW:
            return 0
        picture = round(self.width() * 9 / 16)
        return picture if picture < self.height() else 0

    def activity_keys(self) -> list[int]:
        """The keys the slide's activity (the quiz's tally, the reveal's R) uses for itself."""
        views = self.visible_views()
        return [int(k) for k in views[0].activity.owned_keys()] if views else []

    def activity_key(self, key: int) -> bool:
        """Give `key` to the slide's activity; True when it used it (the halves share it)."""
        views = self.visible_views()
        return bool(views) and views[0].activity.handle_key(key)

    def is_side_by_side(self) -> bool:
        return self._layout.direction() == QBoxLayout.Direction.LeftToRight

    def visible_views(self) -> list[SlideView]:
        return [v for v in self.views if not v.isHidden()]

    def texts(self) -> list[str]:
        """Every text on the page (for tests and screen readers)."""
        texts: list[str] = []
        for view in self.visible_views():
            for label in (view.kicker, view.title, view.headline, view.body, view.bullets):
                if not label.isHidden() and label.text():
                    texts.append(label.text())
        return texts

    def clipped_labels(self) -> list[str]:
        return [name for view in self.visible_views() for name in view.clipped_labels()]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._orient()
