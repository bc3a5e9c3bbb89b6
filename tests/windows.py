"""Showing a main window in a test as a teacher sees it."""

from __future__ import annotations

from typing import Any


def show_window(qtbot: Any, window: Any) -> None:
    """Show a main window and wait until it takes the lesson keys: it starts taking them once
    its first picture is on the screen, as a teacher's first key press comes after that."""
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.key_router.listening)
