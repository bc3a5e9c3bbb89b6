"""The shipped font (IPAexGothic) in Qt, so Japanese never draws as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from .. import resources

_family: str | None = None


def load_app_font() -> str:
    """Register the shipped font with Qt (once) and return its family name."""
    global _family
    if _family is None:
        font_id = QFontDatabase.addApplicationFont(str(resources.font_file()))
        if font_id < 0:
            raise RuntimeError(f"the font {resources.font_file()} could not be loaded")
        _family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return _family


def app_font_family() -> str:
    return load_app_font()
