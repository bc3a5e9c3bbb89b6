"""Render packaging/icon.svg to the PNG sizes desktops use, and to .ico / .icns.

    python packaging/make_icons.py [FOLDER]

Writes FOLDER (default build/icons/): awareness-app-<size>.png (16 … 512), awareness-app.ico
(Windows), awareness-app.icns (macOS). The bundle's spec runs it at every build, so the icons
always match icon.svg and none is committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def make_icons(out: Path) -> Path:
    """Write every icon to `out`; returns the folder."""
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "icon.svg"))
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"awareness-app-{size}.png"))
    largest = Image.open(out / "awareness-app-512.png")
    largest.save(out / "awareness-app.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(out / "awareness-app.icns")
    del app
    return out


if __name__ == "__main__":
    folder = make_icons(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "build" / "icons")
    print(f"Wrote {len(SIZES)} PNGs, .ico and .icns to {folder}")
