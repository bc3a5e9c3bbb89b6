"""Which screen the presentation view goes on, and which the presenter console: chosen from the
screens' names, sizes and which is primary (no Qt here, so it is tested with made-up screens)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    width: int
    height: int
    primary: bool = False


@dataclass(frozen=True)
class Placement:
    presentation: int  # index of the screen for the presentation view
    console: int | None  # index of the screen for the presenter console; None: one screen


def choose_screens(
    screens: list[ScreenInfo], preferred: str = "", console_preferred: str = ""
) -> Placement:
    """Where the views go. With one screen, the presentation view alone. With more, the
    presentation view on the `preferred` screen if it is there, else on the largest screen that
    is not the primary one (the projector); the console on the `console_preferred` screen if it
    is there and not the presentation's, else on the primary screen, or — when the presentation
    view took it — on the first other one. Never both on one screen."""
    if not screens:
        raise ValueError("no screens")
    if len(screens) == 1:
        return Placement(0, None)
    names = [s.name for s in screens]
    if preferred and preferred in names:
        presentation = names.index(preferred)
    else:
        others = [i for i, s in enumerate(screens) if not s.primary] or list(range(1, len(screens)))
        presentation = max(others, key=lambda i: screens[i].width * screens[i].height)
    if console_preferred in names and names.index(console_preferred) != presentation:
        return Placement(presentation, names.index(console_preferred))
    primary = next((i for i, s in enumerate(screens) if s.primary), 0)
    console = (
        primary
        if primary != presentation
        else next(i for i in range(len(screens)) if i != presentation)
    )
    return Placement(presentation, console)


def notes_risk(
    screens: list[ScreenInfo], placement: Placement, presented_on: Sequence[str] = ()
) -> str:
    """Why the speaker notes (the console) might be where the class sees them: "larger" when
    the console's screen is larger than the presentation's (the projector is, as a rule),
    "before" when the presentation was shown on that screen before; "" when neither."""
    if placement.console is None:
        return ""
    console, shown = screens[placement.console], screens[placement.presentation]
    if console.width * console.height > shown.width * shown.height:
        return "larger"
    if console.name in presented_on:
        return "before"
    return ""
