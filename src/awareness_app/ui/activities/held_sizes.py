"""Sizing an activity's view once, at the room it is given (issue 22, point 9).

Entering the quiz or the overshare activity, its view still has the size it had when last
shown; sized then, and again as the slide is laid out, the quiz tried every type size at the
old room and the profile was drawn six times (100–300 ms of a step on the projector). The
activity's panel holds its view's sizes while the slide is laid out and releases them once.
"""

from __future__ import annotations


class HeldSizes:
    """For an activity's view: `hold_sizes`, then `release_sizes` sizes it once (through
    `_sizes_released`) if sizes were asked for meanwhile (`_holding` says so and notes it)."""

    _held = False
    _held_back = False

    def hold_sizes(self) -> None:
        """Set no sizes until `release_sizes`: the view is about to be given its room."""
        self._held = True

    def release_sizes(self) -> None:
        """Set the sizes held back, at the room the view has now."""
        if self._held:
            self._held = False
            if self._held_back:
                self._held_back = False
                self._sizes_released()

    def _holding(self) -> bool:
        """True (and the sizes owed) while held."""
        if self._held:
            self._held_back = True
        return self._held

    def _sizes_released(self) -> None:
        raise NotImplementedError
