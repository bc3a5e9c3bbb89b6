"""The shipped font (BIZ UDPGothic, regular and bold) in Qt, so Japanese never draws as boxes.

A missing font file (a broken install) is said, not a traceback: the app runs in English with
the system's font, and `font_problem()` holds the message the window shows.
"""

from __future__ import annotations

import sys
from functools import cache

from PySide6.QtGui import QFontDatabase

from .. import resources


def load_app_font() -> str:
    """Register the shipped font with Qt (once) and return its family name; the system's
    font family when the shipped one cannot be loaded (see `font_problem`)."""
    return _loaded()[0]


@cache
def _loaded() -> tuple[str, str | None]:
    """The family the app draws with, and why it is not the shipped one (None: it is)."""
    try:
        families = []
        for path in resources.font_files():
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
            if font_id < 0:
                raise FileNotFoundError(str(path))
            families += QFontDatabase.applicationFontFamilies(font_id)
        return families[0], None
    except FileNotFoundError as error:
        problem = (
            f"The app's font ({resources.FONT_FAMILY}) is missing or cannot be read "
            f"({error}), so Japanese text cannot be shown: the app is in English, with the "
            "system's font. Reinstalling the app brings the font back."
        )
        print(f"awareness-app: {problem}", file=sys.stderr)
        family = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
        return family, problem


def font_problem() -> str | None:
    """Why the shipped font is not in use, or None when it is."""
    return _loaded()[1]


def app_font_family() -> str:
    return load_app_font()
