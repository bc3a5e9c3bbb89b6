"""The app as `python -m awareness_app` starts it, with a probe for `tests/test_real_x.py`.

    python tests/real_x_app.py PROBE.json --lang en --edition 2025

The keys come from outside (xdotool); what the test cannot see from outside is written every
100 ms as JSON to PROBE.json (replaced whole, so a reader never sees half of it):

    focus      the focused widget: its window's title, object name, class
    buttons    the console's buttons as its widget tree holds them (every QAbstractButton a
               teacher can reach with Tab, in the order of the focus chain), each with how
               often it has been pressed (its `clicked` signal)
    pressed    how often each button counted so far was pressed (the console may be gone)
    slide      the slide the presentation is at (index and id), and whether it is blanked
    windows    each window shown: its title, the width of its screen (1280: the laptop,
               1920: the projector), and for the presentation view whether notes are shown
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from awareness_app.ui import app as app_module

_clicks: dict[str, int] = {}  # how often each button (by name) was pressed


def _tab_order(root: QWidget) -> list[QWidget]:
    """The widgets Tab reaches in `root`, in order (its focus chain, once round)."""
    found: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and widget not in found:
        reachable = (
            widget.window() is root.window()
            and widget.isVisible()
            and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        )
        if reachable:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _name(widget: QWidget) -> str:
    return widget.objectName() or f"{type(widget).__name__}:{getattr(widget, 'text', str)()}"


def _counted(button: QAbstractButton) -> None:
    """Count `button`'s presses under its name (once per button: a new console's buttons
    add to the same names)."""
    if button.property("probe-counted"):
        return
    button.setProperty("probe-counted", True)
    name = _name(button)
    _clicks.setdefault(name, 0)

    def pressed(*_args: object) -> None:
        _clicks[name] += 1

    button.clicked.connect(pressed)


def _state() -> dict[str, object]:
    from awareness_app.ui.presenting.presentation_view import PresentationView
    from awareness_app.ui.presenting.presenter_console import PresenterConsole

    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    focus = QApplication.focusWidget()
    state: dict[str, object] = {
        "focus": {
            "window": focus.window().windowTitle() if focus else "",
            "name": _name(focus) if focus else "",
            "class": type(focus).__name__ if focus else "",
        },
        "buttons": [],
        "pressed": dict(_clicks),  # every button counted so far, shown or not
        "windows": [],
    }
    for window in shown:
        screen = window.screen()
        entry: dict[str, object] = {
            "title": window.windowTitle(),
            "screen": screen.geometry().width() if screen else 0,
        }
        if isinstance(window, PresentationView):
            entry["notes"] = not window.notes.isHidden()
            entry["one_screen"] = window.one_screen
        state["windows"].append(entry)  # type: ignore[union-attr]
        if isinstance(window, PresenterConsole):
            buttons = [w for w in _tab_order(window) if isinstance(w, QAbstractButton)]
            for button in buttons:
                _counted(button)
            state["buttons"] = [
                {"name": _name(b), "text": b.text(), "clicks": _clicks[_name(b)]} for b in buttons
            ]
            controller = window.controller
            state["slide"] = {
                "index": controller.index,
                "id": controller.current_id(),
                "blank": str(controller.blank),
            }
    return state


def _write(path: Path) -> None:
    part = path.with_suffix(".part")
    part.write_text(json.dumps(_state()), encoding="utf-8")
    os.replace(part, path)


def main() -> int:
    path = Path(sys.argv[1])
    create = app_module.create_application
    keep: list[QObject] = []

    def create_with_probe(argv: list[str] | None = None) -> QApplication:
        app = create(argv)
        if not keep:
            timer = QTimer(app)
            timer.timeout.connect(lambda: _write(path))
            timer.start(100)
            keep.append(timer)
        return app

    app_module.create_application = create_with_probe  # type: ignore[assignment]
    from awareness_app.cli import main as cli_main

    return cli_main(sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
