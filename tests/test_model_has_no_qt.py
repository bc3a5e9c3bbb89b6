"""The model, the charts and the script export run without Qt (and start without matplotlib);
and no module imports one that imports it back, imports inside functions counted too."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_model_and_script_export_import_no_qt() -> None:
    out = _run("""
        import sys
        from awareness_app import resources, i18n
        from awareness_app.model.dataset import load_dataset
        from awareness_app.model.content import LESSON
        from awareness_app.model.lesson import Audience
        from awareness_app.model.script import lesson_script
        import awareness_app.charts, awareness_app.themes
        from awareness_app.model.dataset_fit import fit_lesson
        for path in resources.editions().values():
            data = load_dataset(path)
            lesson = fit_lesson(LESSON, data)
            for language in ("en", "ja"):
                i18n.set_language(language)
                for audience in Audience:
                    lesson_script(lesson, audience, data)
        heavy = ("PySide6", "shiboken6", "matplotlib")
        print(sorted(m for m in sys.modules if m.startswith(heavy)))
    """)
    assert out == "[]"


def test_charts_draw_without_qt() -> None:
    out = _run("""
        import sys
        from awareness_app import resources
        from awareness_app.charts import make_figure
        from awareness_app.model.dataset import load_dataset
        from awareness_app.model.lesson import Audience
        from awareness_app.themes import LIGHT
        data = load_dataset(resources.edition_file(2023))
        make_figure("trend", data, Audience.ADULTS, LIGHT, 640, 360)
        print(any(m.startswith(("PySide6", "shiboken6")) for m in sys.modules))
    """)
    assert out == "False"


def test_every_model_module_imports_without_qt_or_matplotlib() -> None:
    """Every file in model/ (and the Qt-free helpers beside it), each imported on its own."""
    names = sorted(p.stem for p in (SRC / "awareness_app" / "model").glob("*.py"))
    assert {"dataset_fit", "extract", "handout", "site_config", "charts"} <= set(names)
    out = _run(f"""
        import importlib, sys
        for name in {names!r}:
            importlib.import_module("awareness_app.model." + name)
        for name in ("i18n", "resources", "atomic", "settings_file", "themes", "charts"):
            importlib.import_module("awareness_app." + name)
        heavy = ("PySide6", "shiboken6", "matplotlib")
        print(sorted(m for m in sys.modules if m.startswith(heavy)))
    """)
    assert out == "[]"


def _imports(path: Path, package: list[str]) -> set[str]:
    """The app's modules `path` imports, anywhere in it (not under `if TYPE_CHECKING:`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
        for child in block.body
        for node in ast.walk(child)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_import_cycles() -> None:
    modules: dict[str, Path] = {}
    for path in (SRC / "awareness_app").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph = {}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        graph[name] = {m for m in _imports(path, package) if m in modules and m != name}
    cycles = []
    for start in graph:  # a path from a module's imports back to itself
        seen, stack = set(), [(start, [start])]
        while stack:
            node, trail = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    cycles.append(" → ".join([*trail, start]))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))
    assert cycles == []


def test_pptx_export_needs_no_qt() -> None:
    out = _run("""
        import io, sys
        from awareness_app import resources
        from awareness_app.model.content import LESSON
        from awareness_app.model.dataset import load_dataset
        from awareness_app.model.dataset_fit import fit_lesson
        from awareness_app.model.lesson import Audience
        from awareness_app.export.pptx_export import pptx_bytes
        data = load_dataset(resources.edition_file(2023))
        pptx_bytes(fit_lesson(LESSON, data), Audience.ADULTS, data, "ja", chart_width=320)
        print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))))
    """)
    assert out == "[]"


def test_lesson_guide_as_a_word_document_needs_no_qt() -> None:
    """The guide's model and its .docx writer import neither Qt nor matplotlib."""
    out = _run("""
        import sys
        from awareness_app import i18n, resources
        from awareness_app.export.guide_docx import guide_docx
        from awareness_app.model.content import LESSON
        from awareness_app.model.dataset import load_dataset
        from awareness_app.model.dataset_fit import fit_lesson
        from awareness_app.model.lesson import Audience
        from awareness_app.model.lesson_guide import build_guide
        data = load_dataset(resources.edition_file(2023))
        i18n.set_language("ja")
        guide = build_guide(fit_lesson(LESSON, data), Audience.ELEMENTARY, data, 45)
        assert guide_docx(guide).startswith(b"PK")
        heavy = ("PySide6", "shiboken6", "matplotlib")
        print(sorted(m for m in sys.modules if m.startswith(heavy)))
    """)
    assert out == "[]"
