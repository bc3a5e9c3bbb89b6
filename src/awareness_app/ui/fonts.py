"""The shipped font (BIZ UDPGothic, regular and bold) in Qt, so Japanese never draws as boxes.

A missing font file (a broken install) is said, not a traceback: the app runs in English with
the system's font, and `font_problem()` holds the message the window shows.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFontDatabase

from .. import resources

_family: str | None = None
_problem: str | None = None


def load_app_font() -> str:
    """Register the shipped font with Qt (once) and return its family name; the system's
    font family when the shipped one cannot be loaded (see `font_problem`)."""
    global _family, _problem
    if _family is None:
        try:
            families = []
            for path in resources.font_files():
                font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
                if font_id < 0:
                    raise FileNotFoundError(str(path))
                families += QFontDatabase.applicationFontFamilies(font_id)
            _family = families[0]
        except FileNotFoundError as error:
            _problem = (
                f"The app's font ({resources.FONT_FAMILY}) is missing or cannot be read "
                f"({error}), so Japanese text cannot be shown: the app is in English, with the "
                "system's font. Reinstalling the app brings the font back."
            )
            print(f"awareness-app: {_problem}", file=sys.stderr)
            _family = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    return _family


def font_problem() -> str | None:
    """Why the shipped font is not in use, or None when it is."""
    load_app_font()
    return _problem


def app_font_family() -> str:
    return load_app_font()
