"""Showing a main window in a test as a teacher sees it."""

from __future__ import annotations

from typing import Any


def show_window(qtbot: Any, window: Any) -> None:
    """Show a main window and wait until it takes the lesson keys: it starts taking them once
    its first picture is on the screen, as a teacher's first key press comes after that."""
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.key_router.listening)


def answer_plan_name(qtbot: Any, window: Any, *answers: str) -> list[str]:
    """Answer File › Save lesson plan's name question(s) with real keys: each answer is typed
    over the prefilled name, then Enter; returns the names the dialog offered first."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QLineEdit

    offered: list[str] = []
    queue = list(answers)

    def answer() -> None:
        dialog = window.plans.name_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        field = dialog.findChild(QLineEdit)
        offered.append(field.text())
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
        qtbot.keyClicks(field, queue.pop(0))
        qtbot.keyClick(field, Qt.Key.Key_Return)
        if queue:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    return offered
