"""The interactive part of a slide: the overshare reveal and the quiz, in the slide's chart area.

What has been revealed and the hands counted are in `session.py`.

`ActivityHost` is the widget a `SlideView` embeds: it shows the overshare view on an ACTIVITY
slide, the quiz view on a QUIZ slide, and nothing otherwise. Navigation goes through
`handle_step(forward)`: an activity uses the step first (next detail, reveal the answer) and
returns False when it has nothing left, so the caller moves to the next slide (like fragments in
a slide show). The activity's own keys (R, digits, + and −) go through `handle_key`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedLayout, QWidget

from ...model.lesson.lesson import Audience, SlideKind
from ...model.lesson.render import RenderedSlide
from ...model.text import ruby
from ...themes import Theme
from .overshare_view import OvershareView
from .progress import ActivityProgress
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
        self.overshare = OvershareView(self)
        self.quiz = QuizView(self)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.overshare)
        self._stack.addWidget(self.quiz)
        self._connect()
        self.hide()

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
        self.overshare.release_sizes()
        self.quiz.release_sizes()

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
        self.overshare.paper = paper
        self.quiz.paper = paper

    def set_reference_height(self, height: int) -> None:
        """Type sizes follow the slide's height, like the rest of the slide."""
        self.overshare.set_reference_height(height)
        self.quiz.set_reference_height(height)

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
