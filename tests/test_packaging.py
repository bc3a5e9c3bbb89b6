"""The packaging files: the PyInstaller spec, the Linux desktop entry and AppStream metainfo
(checked by their validators where installed), the icon, and the licences that ship."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import types
from pathlib import Path
from typing import ClassVar

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.snssafetyclassroom.AwarenessApp"


class _Recorder:
    """Stands for one of PyInstaller's build steps in the spec: keeps what it was given."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.args, self.kwargs = args, kwargs


class _Analysis(_Recorder):
    """What PyInstaller's analysis would find, as (destination, source, kind)."""

    found: ClassVar[list[str]] = []

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        entries = [(dest, str(_Analysis.source), "DATA") for dest in _Analysis.found]
        self.binaries = [e for e in entries if ".so" in e[0]]
        given = [(dest, source, "DATA") for source, dest in kwargs["datas"]]  # as TOC entries
        self.datas = [e for e in entries if ".so" not in e[0]] + given
        self.scripts: list[object] = []
        self.pure: list[object] = []


def _run_spec(tmp_path: Path, found: list[str], monkeypatch: pytest.MonkeyPatch) -> dict:
    """Run the spec as PyInstaller would, with its build steps recorded instead of run."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = lambda name: [(f"{name}.dist-info", f"{name}.dist-info")]
    hooks.collect_data_files = lambda package, includes=(): [
        (f"/site/{package}/{name}", f"{package}/{Path(name).parent}".rstrip("/."))
        for name in includes
    ]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda source: []
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.depend": types.ModuleType("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": bindepend,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    _Analysis.found = found
    _Analysis.source = tmp_path / "library.so"
    _Analysis.source.write_bytes(b"not really a library")
    spec = PACKAGING / "awareness-app.spec"
    namespace = {
        "SPECPATH": str(PACKAGING),
        "workpath": str(tmp_path / "work"),
        "Analysis": _Analysis,
        "PYZ": _Recorder,
        "EXE": _Recorder,
        "COLLECT": _Recorder,
        "BUNDLE": _Recorder,
        "__file__": str(spec),
    }
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return namespace


def test_spec_bundles_what_the_app_needs_and_leaves_out_the_rest(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/translations/qtbase_de.qm",
        "babel/locale-data/en_GB.dat",
        "babel/locale-data/ja.dat",
        "babel/locale-data/fr.dat",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
        "matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf",
        "matplotlib/mpl-data/sample_data/goog.npz",
    ]
    spec = _run_spec(tmp_path, found, monkeypatch)
    analysis, collect = spec["a"], spec["coll"]
    kept = {entry[0] for entry in [*collect.args[1], *collect.args[2]]}
    assert {
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/translations/qtbase_ja.qm",
        "babel/locale-data/en_GB.dat",
        "babel/locale-data/ja.dat",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
        "awareness_app/resources",  # the data sets, catalogues and licences
    } <= kept
    assert not kept & {
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "babel/locale-data/fr.dat",
        "matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf",
        "matplotlib/mpl-data/sample_data/goog.npz",
    }
    sources = {dest: source for source, dest in analysis.kwargs["datas"]}
    assert Path(sources["awareness_app/resources"]) == ROOT / "resources"
    fonts = Path(sources["awareness_app/resources"]) / "fonts"
    assert {"BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf", "OFL.txt"} <= {
        path.name for path in fonts.iterdir()
    }  # the font beside its licence
    assert "/site/budoux/models/ja.json" in sources.values()  # phrase breaks in Japanese
    assert "/site/pptx/templates/*" in sources.values()  # the .pptx export's default.pptx
    # … found through pptx/oxml/../templates: the oxml folder must exist in the bundle
    assert "py" in analysis.kwargs["module_collection_mode"]["pptx"]
    # the lesson guide's default.docx, found beside docx/api.py the same way
    assert "/site/docx/templates/*" in sources.values()
    assert "py" in analysis.kwargs["module_collection_mode"]["docx"]
    hidden = set(analysis.kwargs["hiddenimports"])
    assert {"PySide6.QtSvg", "PySide6.QtPrintSupport"} <= hidden
    # the exports' writers, which the registry imports by name (PyInstaller cannot see them)
    from awareness_app.export.registry import EXPORTS

    writers = {exporter.module_name for exporter in EXPORTS.values()}
    assert {"awareness_app.export.pdf", "awareness_app.export.pptx.deck"} <= writers <= hidden
    excluded = set(analysis.kwargs["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQml", "tkinter", "ssl"} <= excluded
    assert not excluded & {"PySide6.QtSvg", "PySide6.QtPrintSupport", "PySide6.QtWidgets"}
    assert Path(analysis.args[0][0]) == (PACKAGING / "launch.py")
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


def test_icons_are_made_from_the_svg(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(PACKAGING / "icon.svg")).isValid()
    sys.path.insert(0, str(PACKAGING))
    try:
        from make_icons import SIZES, make_icons
    finally:
        sys.path.remove(str(PACKAGING))
    out = make_icons(tmp_path / "icons")
    for size in SIZES:
        image = QImage(str(out / f"awareness-app-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() > 0  # the picture, not a blank
    ico = (out / "awareness-app.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 6
    assert (out / "awareness-app.icns").read_bytes()[:4] == b"icns"


def test_licences_ship_with_the_app() -> None:
    from awareness_app import resources
    from awareness_app.ui.window.about_dialog import COMPONENTS, licence_path

    for component in COMPONENTS:
        for name in component.files:
            assert licence_path(name).exists(), name
    ofl = resources.font_file().parent / "OFL.txt"
    assert "SIL OPEN FONT LICENSE" in ofl.read_text(encoding="utf-8")  # travels with the font


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
