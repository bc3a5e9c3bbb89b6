"""The keys of presenting: what every key does (`KEYS`, `action_for_key`), the lists of them
shown on the help screen and in the README (`KEY_HELP`), and the rule of the focus — which keys
a focused control keeps from the lesson (`focus_owns_key`). `KeyRouter` in `key_router.py`
sends a window's key presses through them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ...i18n import N_


class Action(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    FIRST = "first"
    LAST = "last"
    DIGIT = "digit"
    ENTER = "enter"  # jump to the typed number, or next
    PAUSE = "pause"
    WHITE = "white"
    FULL_SCREEN = "full-screen"
    LANGUAGE = "language"
    BIGGER = "bigger"
    SMALLER = "smaller"
    OVERVIEW = "overview"
    START = "start"
    START_HERE = "start-here"
    LEAVE = "leave"
    NOTES = "notes"
    NOTES_UP = "notes-up"
    NOTES_DOWN = "notes-down"
    SWAP_SCREENS = "swap-screens"
    HELP = "help"


@dataclass(frozen=True)
class KeyRow:
    """One row of the key table: the keys as the list of keys names them, what they do (both
    translated when shown) and the Qt keys with the action each one means."""

    label: str
    what: str
    keys: tuple[tuple[int, Action], ...] = ()


K = Qt.Key
# THE table of the lesson's keys: `action_for_key`, the presentation view's and the window's
# list of keys (`KEY_HELP`, `ui/window/key_list.py`) and the README's table all come from it.
KEYS: tuple[KeyRow, ...] = (
    KeyRow(
        N_("Right, Down, Page Down, Space, N, Enter"),
        N_("Next slide"),
        (
            (K.Key_Right, Action.NEXT),
            (K.Key_Down, Action.NEXT),
            (K.Key_PageDown, Action.NEXT),
            (K.Key_Space, Action.NEXT),
            (K.Key_N, Action.NEXT),
            (K.Key_Return, Action.ENTER),  # a typed number's slide, else the next
            (K.Key_Enter, Action.ENTER),
        ),
    ),
    KeyRow(
        N_("Left, Up, Page Up, Backspace, P"),
        N_("Previous slide"),
        tuple(
            (k, Action.PREVIOUS)
            for k in (K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace, K.Key_P)
        ),
    ),
    KeyRow(
        N_("Home / End"),
        N_("First / last slide"),
        ((K.Key_Home, Action.FIRST), (K.Key_End, Action.LAST)),
    ),
    KeyRow(
        N_("A number, then Enter"),
        N_("Go to that slide"),
        tuple((K.Key_0 + n, Action.DIGIT) for n in range(10)),
    ),
    KeyRow(
        N_("B or ."),
        N_("Pause screen (the same key returns)"),
        ((K.Key_B, Action.PAUSE), (K.Key_Period, Action.PAUSE)),
    ),
    KeyRow(N_("W"), N_("White screen (the same key returns)"), ((K.Key_W, Action.WHITE),)),
    KeyRow(
        N_("F5 / Shift+F5"),
        N_("Present from the first slide / from this slide"),
        ((K.Key_F5, Action.START),),  # with Shift: START_HERE
    ),
    KeyRow(N_("Esc"), N_("Stop presenting"), ((K.Key_Escape, Action.LEAVE),)),
    KeyRow(N_("F"), N_("Full screen on or off"), ((K.Key_F, Action.FULL_SCREEN),)),
    KeyRow(N_("L"), N_("Switch language"), ((K.Key_L, Action.LANGUAGE),)),
    KeyRow(
        N_("+ / −"),
        N_("Larger / smaller text"),
        (
            (K.Key_Plus, Action.BIGGER),
            (K.Key_Equal, Action.BIGGER),
            (K.Key_Minus, Action.SMALLER),
            (K.Key_Underscore, Action.SMALLER),
        ),
    ),
    KeyRow(N_("O"), N_("Overview of the slides"), ((K.Key_O, Action.OVERVIEW),)),
    KeyRow(
        N_("S"),
        N_("Speaker notes (presentation view, one screen)"),
        ((K.Key_S, Action.NOTES),),
    ),
    KeyRow(
        N_("U / D"),
        N_("Scroll the speaker notes up / down"),
        ((K.Key_U, Action.NOTES_UP), (K.Key_D, Action.NOTES_DOWN)),
    ),
    KeyRow(
        N_("X"),
        N_("Swap the screens of the presentation and the console; X again swaps back"),
        ((K.Key_X, Action.SWAP_SCREENS),),
    ),
    KeyRow(N_("R"), N_("Start the activity or the quiz again")),  # the activity's own key
    KeyRow(
        N_("H or ?"),
        N_("These keys"),
        ((K.Key_H, Action.HELP), (K.Key_Question, Action.HELP)),
    ),
)
_ACTION_OF_KEY: dict[int, Action] = {int(key): action for row in KEYS for key, action in row.keys}
NEXT_KEYS = tuple(Qt.Key(k) for k, a in _ACTION_OF_KEY.items() if a in (Action.NEXT, Action.ENTER))
PREVIOUS_KEYS = tuple(Qt.Key(k) for k, a in _ACTION_OF_KEY.items() if a == Action.PREVIOUS)

# The rule of the focus, once: a focused control keeps these keys from the lesson (it does
# what they mean for itself: a button is pressed, a list chooses). Anything else — the slide,
# a label, a read-only picture — leaves every key to the lesson. Page Up / Page Down (a
# clicker's keys) are the lesson's whatever has the focus, except in a text field.
ARROWS = (K.Key_Up, K.Key_Down, K.Key_Left, K.Key_Right)
ENTER_KEYS = (K.Key_Return, K.Key_Enter)
ITEM_VIEW_KEYS = (*ARROWS, K.Key_Home, K.Key_End)  # a list's or a grid's own moves
BUTTON_KEYS = frozenset({*ENTER_KEYS, K.Key_Space, *ARROWS})
LIST_KEYS = frozenset({*ITEM_VIEW_KEYS, *ENTER_KEYS, K.Key_Space, K.Key_F4})
TEXT_VIEW_KEYS = frozenset({K.Key_Up, K.Key_Down})  # read-only text: scrolled by its arrows

# the same rule, for the lists of keys (`KEY_HELP`, `key_list.py`, the README)
FOCUS_KEY_HELP: tuple[tuple[str, str], ...] = (
    (
        N_("Enter, Space, arrows on a focused button or check box"),
        N_("Press it (the lesson does not move)"),
    ),
    (
        N_("Enter, Space, arrows, Home, End on a focused list"),
        N_("Choose in the list (↓ on the Language list: the next language)"),
    ),
    (N_("Every key in a text field"), N_("Typing")),
    (N_("Page Up / Page Down"), N_("Always the lesson's (a clicker's keys), but in a text field")),
)

# The keys, for the help screen and the README: (keys, what they do), both translated when shown.
KEY_HELP: tuple[tuple[str, str], ...] = (
    *((row.label, row.what) for row in KEYS),
    *FOCUS_KEY_HELP,
)


def action_for_key(
    key: int, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> tuple[Action, int | None] | None:
    """What `key` does when presenting: (action, digit) or None for a key of no meaning.

    Keys with Ctrl, Alt or Meta are left alone (they belong to menus and the system); Shift is
    allowed, as `+`, `?` and `_` need it on many keyboards, and Shift+F5 means "from here".
    """
    mods = Qt.KeyboardModifier(modifiers) & ~Qt.KeyboardModifier.KeypadModifier
    shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
    if mods & ~Qt.KeyboardModifier.ShiftModifier:
        return None
    action = _ACTION_OF_KEY.get(int(key))
    if action is None:
        return None
    if action == Action.START and shift:
        return Action.START_HERE, None
    if action == Action.DIGIT:
        return action, int(key) - int(K.Key_0)
    return action, None


def focus_owns_key(widget: QWidget | None, key: int, digits_typed: bool = False) -> bool:
    """True when the focused `widget` keeps `key` from the lesson (the rule of `BUTTON_KEYS`,
    `LIST_KEYS` above: a button's Enter, Space and arrows, a list's arrows, Enter and Space,
    every key of a text field). Page Up / Page Down are never kept from the lesson except by a
    text field, so a clicker always works. A widget may name exactly the keys it keeps in its
    "presenting-owned-keys" property (the slide's activity, the slide list)."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QAbstractSpinBox) or (
        isinstance(widget, QComboBox) and widget.isEditable()
    ):
        return True
    if isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly():
        return True
    if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        return False
    if isinstance(widget, QMenuBar):  # keyboard mode (Alt): its arrows, Enter and Esc
        return True
    owned = widget.property("presenting-owned-keys")  # exactly the keys the widget keeps
    if isinstance(owned, list | tuple):
        return key in owned and not (digits_typed and key in ENTER_KEYS)
    if isinstance(widget, QAbstractButton):
        return key in BUTTON_KEYS
    if isinstance(widget, QComboBox | QAbstractItemView):
        return key in LIST_KEYS
    if isinstance(widget, QAbstractSlider):
        return key in ITEM_VIEW_KEYS
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return key in TEXT_VIEW_KEYS
    return False
