"""The packaging files: the PyInstaller spec, the Linux desktop entry and AppStream metainfo
(checked by their validators where installed), the icon, and the licences that ship."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.snssafetyclassroom.AwarenessApp"


def test_spec_is_python_and_bundles_what_the_app_needs() -> None:
    spec = (PACKAGING / "awareness-app.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    for needed in (
        '"resources"',
        "matplotlib_fontja/fonts",
        "qtbase_ja.qm",
        "COLLECT(",
        "PySide6.QtSvg",
        "PySide6.QtPrintSupport",
        "models/ja.json",  # BudouX's model: Japanese lines break between phrases
    ):
        assert needed in spec, needed
    for unused in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "tkinter"):
        assert f'"{unused}"' in spec, unused
    assert (PACKAGING / "launch.py").exists()


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)",
)
def test_desktop_file_validates() -> None:
    path = PACKAGING / "linux" / f"{APP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli is not installed (apt-get install appstream)",
)
def test_metainfo_validates() -> None:
    path = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_and_metainfo_agree() -> None:
    desktop = (PACKAGING / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    metainfo = (PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}" in desktop and "Exec=awareness-app" in desktop
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f"{APP_ID}.desktop</launchable>" in metainfo


def test_icons(qapp: object) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(PACKAGING / "icon.svg")).isValid()
    for size in (16, 32, 48, 128, 256, 512):
        image = QImage(str(PACKAGING / "icons" / f"awareness-app-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (PACKAGING / "icons" / "awareness-app.ico").stat().st_size > 0


def test_licences_ship_with_the_app() -> None:
    from awareness_app import resources
    from awareness_app.ui.about_dialog import COMPONENTS, licence_path

    for component in COMPONENTS:
        for name in component.files:
            assert licence_path(name).exists(), name
    ipa = resources.font_file().parent / "IPA_Font_License_Agreement_v1.0.txt"
    assert ipa.exists()  # the IPA licence travels with the font


def test_the_bundle_keeps_the_locale_data_of_every_language() -> None:
    """The bundle drops babel's data for other locales: it must keep each one the app formats
    numbers and dates with, and their parents (en_GB for British English dates)."""
    from babel import localedata
    from babel.core import get_global

    from awareness_app import i18n

    spec = (PACKAGING / "awareness-app.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    keep = next(
        ast.literal_eval(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "KEEP_LOCALES" for t in node.targets)
    )
    for language in i18n.LANGUAGES:
        name = i18n.BABEL_LOCALES.get(language, language)
        parents = get_global("parent_exceptions")
        while name:
            assert f"{name}.dat" in keep, name
            assert localedata.exists(name)
            name = parents.get(name) or (name.rsplit("_", 1)[0] if "_" in name else "")
        assert "root.dat" in keep
