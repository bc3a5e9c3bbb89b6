"""What a window helper (`file_actions.py`, `plan_actions.py`, `plan_editor.py`,
`furigana_menu.py`) may ask of the main window: the rest of the window is not theirs to touch.

A helper is handed the classroom's state, this protocol (the window satisfies it) and a parent
widget for its dialogs. It makes its menus, actions and widgets and keeps them as attributes;
the window places them (`window_layout.place_menus`, `fill_list_pane`). Helpers talk to each
other through the window, by signals it connects, never by another helper's private method;
none imports `main_window.py` (`tests/test_model_has_no_qt.py` fails on any import cycle,
`TYPE_CHECKING` imports counted)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ...model.lesson.lesson import Slide

STATUS_MSECS = 8000  # how long a status message stays, in milliseconds


class WindowServices(Protocol):
    def status(self, text: str, msecs: int = STATUS_MSECS) -> None:
        """A message in the status bar (plain text, elided to the room it has)."""

    def warnings(self) -> list[str]:
        """The lines the window's banner shows."""

    def show_warnings(self, warnings: list[str]) -> None:
        """The banner's lines (none: the banner hides)."""

    def bilingual(self) -> bool:
        """Whether the presentation is in its bilingual view."""

    def slides(self) -> list[Slide]:
        """The slides of the lesson shown, in order."""

    def current_slide_id(self) -> str: ...

    def go_to_id(self, slide_id: str) -> None: ...

    def close(self) -> bool:
        """Close the window (File › Quit)."""
