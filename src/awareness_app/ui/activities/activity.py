"""The interactive part of a slide: the overshare reveal and the quiz, in the slide's chart area.

What has been revealed and the hands counted are in `progress.py` (`ActivityProgress`).

`ActivityHost` is the widget a `SlideView` embeds: it shows the overshare view on an ACTIVITY
slide, the quiz view on a QUIZ slide, and nothing otherwise. Navigation goes through
`handle_step(forward)`: an activity uses the step first (next detail, reveal the answer) and
returns False when it has nothing left, so the caller moves to the next slide (like fragments in
a slide show). The activity's own keys (R, digits, + and −) go through `handle_key`.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedLayout, QWidget

from ...model.lesson.lesson import Audience, SlideKind
from ...model.lesson.render import RenderedSlide
from ...model.text import ruby
from ...themes import Theme
from .progress import ActivityProgress

if TYPE_CHECKING:
    from .overshare_view import OvershareView
    from .quiz_view import QuizView


class ActivityHost(QWidget):
    """The overshare view or the quiz view, for the slide on show; hidden on other slides."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activity")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.session = ActivityProgress(self)  # its own, until it is given the classroom's
        self.kind: SlideKind | None = None
        self._deferred = self._stale = False  # `set_deferred`
        self.audience = Audience.JUNIOR_HIGH
        # each view is made when a slide first needs it: most slides have no activity, and the
        # window's first paint (the title slide) neither imports nor builds them
        self._overshare: OvershareView | None = None
        self._quiz: QuizView | None = None
        self._paper = False
        self._reference_height: int | None = None
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._connect()
        self.hide()

    @property
    def overshare(self) -> OvershareView:
        """The overshare view (made on first use)."""
        if self._overshare is None:
            from .overshare_view import OvershareView

            self._overshare = OvershareView(self)
            self._adopt(self._overshare)
        return self._overshare

    @property
    def quiz(self) -> QuizView:
        """The quiz view (made on first use)."""
        if self._quiz is None:
            from .quiz_view import QuizView

            self._quiz = QuizView(self)
            self._adopt(self._quiz)
        return self._quiz

    def prepare(self) -> None:
        """Make and style both views ahead of their slides: the window calls it once it is up,
        so that the first activity slide, in the window or presenting, does not import them."""
        for view in (self.overshare, self.quiz):
            view.ensurePolished()

    def _made(self) -> list[OvershareView | QuizView]:
        return [view for view in (self._overshare, self._quiz) if view is not None]

    def _adopt(self, view: OvershareView | QuizView) -> None:
        """A view just made: in the stack, drawn for paper and sized as the others are."""
        view.paper = self._paper
        if self._reference_height is not None:
            view.set_reference_height(self._reference_height)
        self._stack.addWidget(view)
        _tab_after(self, view)

    def set_session(self, session: ActivityProgress) -> None:
        """Share `session` with other views (the presentation view, the bilingual halves)."""
        if session is self.session:
            return
        self.session.changed.disconnect(self._changed)
        self.session = session
        self._connect()
        self._changed()

    def _connect(self) -> None:
        self.session.changed.connect(self._changed)

    def show_for(self, rendered: RenderedSlide, audience: Audience, theme: Theme) -> bool:
        """Show the activity of `rendered`, if it has one; True when it does."""
        self.kind = rendered.kind if rendered.kind in (SlideKind.ACTIVITY, SlideKind.QUIZ) else None
        self.audience = audience
        # the activity's parts are its children; the title without its readings' markup
        self.setAccessibleName(ruby.plain(rendered.title))
        # entering the activity, its view has the size it had when last shown, not the one the
        # slide will give it: it is sized once, by `settle`, when the slide is laid out (sized
        # at the old size first, the quiz tried every size and the profile was drawn 6 times:
        # 100–300 ms on the projector, issue 22)
        if self.isHidden() and self.kind == SlideKind.ACTIVITY:
            self.overshare.hold_sizes()
        elif self.isHidden() and self.kind == SlideKind.QUIZ:
            self.quiz.hold_sizes()
        if self.kind == SlideKind.ACTIVITY:
            self.overshare.show_activity(rendered, audience, theme, self.session)
            self._stack.setCurrentWidget(self.overshare)
        elif self.kind == SlideKind.QUIZ:
            self.quiz.show_quiz(rendered, audience, theme, self.session)
            self._stack.setCurrentWidget(self.quiz)
        self.setVisible(self.kind is not None)
        return self.kind is not None

    def settle(self) -> None:
        """Size the activity held by `show_for`, now that the slide around it is laid out."""
        if self.isHidden():
            return
        self._stack.setGeometry(self.contentsRect())  # its room now, not at the next event
        for view in self._made():
            view.release_sizes()

    def set_deferred(self, deferred: bool) -> None:
        """Deferred: the session's changes are shown only once it is no longer (its window is
        hidden while presenting)."""
        self._deferred = deferred
        if not deferred and self._stale:
            self._changed()

    def _changed(self) -> None:
        self._stale = self._deferred
        if self._deferred:
            return
        if self.kind == SlideKind.ACTIVITY:
            self.overshare.refresh()
        elif self.kind == SlideKind.QUIZ:
            self.quiz.refresh()

    def set_paper(self, paper: bool) -> None:
        """Drawn for paper (the deck PDF): no buttons, nothing to press."""
        self._paper = paper
        for view in self._made():
            view.paper = paper

    def set_reference_height(self, height: int) -> None:
        """Type sizes follow the slide's height, like the rest of the slide."""
        self._reference_height = height
        for view in self._made():
            view.set_reference_height(height)

    # --- steps and keys -----------------------------------------------------------------------

    def handle_step(self, forward: bool) -> bool:
        return self.kind is not None and self.session.step(self.kind, self.audience, forward)

    def owned_keys(self) -> tuple[int, ...]:
        return self.session.owned_keys(self.kind, self.audience) if self.kind else ()

    def handle_key(self, key: int) -> bool:
        return self.kind is not None and self.session.handle_key(self.kind, self.audience, key)

    def clipped_texts(self) -> list[str]:
        """Names of the activity's texts that do not fit (for the layout tests)."""
        if self.isHidden() or self.kind is None:
            return []
        view = self.overshare if self.kind == SlideKind.ACTIVITY else self.quiz
        return view.clipped_texts()


def _tab_after(host: QWidget, view: QWidget) -> None:
    """Tab reaches `view`'s controls where the `host` is in the window's focus chain, as if
    `view` had been made with it (a widget made later comes last in the chain, after the
    notes). `setTabOrder` moves only widgets that take the focus."""

    def takes_tab(widget: QWidget | None) -> bool:
        return widget is not None and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)

    before = host.previousInFocusChain()
    while before is not None and before is not host and not takes_tab(before):
        before = before.previousInFocusChain()
    controls: list[QWidget] = []
    widget = view.nextInFocusChain()
    while widget is not None and view.isAncestorOf(widget):
        if takes_tab(widget):
            controls.append(widget)
        widget = widget.nextInFocusChain()
    if before is None or before is host or not controls:
        return
    for first, second in pairwise([before, *controls]):
        QWidget.setTabOrder(first, second)
