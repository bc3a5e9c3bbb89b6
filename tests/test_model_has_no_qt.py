"""The model, the charts and the script export run without Qt (and start without matplotlib);
and no module imports one that imports it back, imports inside functions and under
`if TYPE_CHECKING:` counted too."""

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
        from awareness_app.model.data.dataset import load_dataset
        from awareness_app.model.lesson.content import LESSON
        from awareness_app.model.lesson.lesson import Audience
        from awareness_app.model.documents.script import lesson_script
        import awareness_app.plot, awareness_app.themes
        from awareness_app.model.data.fit import fit_lesson
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
        from awareness_app.plot import make_figure
        from awareness_app.model.data.dataset import load_dataset
        from awareness_app.model.lesson.lesson import Audience
        from awareness_app.themes import LIGHT
        data = load_dataset(resources.edition_file(2023))
        make_figure("trend", data, Audience.ADULTS, LIGHT, 640, 360)
        print(any(m.startswith(("PySide6", "shiboken6")) for m in sys.modules))
    """)
    assert out == "False"


def test_every_model_module_imports_without_qt_or_matplotlib() -> None:
    """Every file in model/ and its rooms (and the Qt-free helpers beside it), each imported on
    its own."""
    model = SRC / "awareness_app" / "model"
    names = sorted(
        ".".join(p.relative_to(model).with_suffix("").parts)
        for p in model.rglob("*.py")
        if p.name != "__init__.py"
    )
    assert {
        "data.fit",
        "data.extract",
        "documents.handout",
        "settings.site",
        "charts.build",
    } <= set(names)
    out = _run(f"""
        import importlib, sys
        for name in {names!r}:
            importlib.import_module("awareness_app.model." + name)
        for name in ("i18n", "resources", "atomic", "themes", "plot"):
            importlib.import_module("awareness_app." + name)
        heavy = ("PySide6", "shiboken6", "matplotlib")
        print(sorted(m for m in sys.modules if m.startswith(heavy)))
    """)
    assert out == "[]"


def _imports(path: Path, package: list[str]) -> set[str]:
    """The app's modules `path` imports, anywhere in it: in functions and under
    `if TYPE_CHECKING:` too (a type-only import of a module that imports this one is a cycle of
    the design, however Python runs it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _import_graph() -> dict[str, set[str]]:
    modules: dict[str, Path] = {}
    for path in (SRC / "awareness_app").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph = {}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        graph[name] = {m for m in _imports(path, package) if m in modules and m != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[str]:
    """Each module's path from its imports back to itself, if it has one."""
    cycles = []
    for start in graph:
        seen, stack = set(), [(start, [start])]
        while stack:
            node, trail = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    cycles.append(" → ".join([*trail, start]))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))
    return cycles


def test_no_import_cycles() -> None:
    assert _cycles(_import_graph()) == []


def test_the_cycle_check_sees_type_checking_imports(tmp_path: Path) -> None:
    """A window helper importing the window only for its type annotations is a cycle."""
    helper = tmp_path / "helper.py"
    helper.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .window import Window\n",
        encoding="utf-8",
    )
    assert {"app.window", "app.window.Window"} <= _imports(helper, ["app"])
    graph = _import_graph()
    graph["awareness_app.ui.window.plan_editor"].add("awareness_app.ui.window.main_window")
    assert any("plan_editor → awareness_app.ui.window.main_window" in c for c in _cycles(graph))


def test_pptx_export_needs_no_qt() -> None:
    out = _run("""
        import io, sys
        from awareness_app import resources
        from awareness_app.model.lesson.content import LESSON
        from awareness_app.model.data.dataset import load_dataset
        from awareness_app.model.data.fit import fit_lesson
        from awareness_app.model.lesson.lesson import Audience
        from awareness_app.export.pptx.deck import pptx_bytes
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
        from awareness_app.model.lesson.content import LESSON
        from awareness_app.model.data.dataset import load_dataset
        from awareness_app.model.data.fit import fit_lesson
        from awareness_app.model.lesson.lesson import Audience
        from awareness_app.model.documents.guide import build_guide
        data = load_dataset(resources.edition_file(2023))
        i18n.set_language("ja")
        guide = build_guide(fit_lesson(LESSON, data), Audience.ELEMENTARY, data, 45)
        assert guide_docx(guide).startswith(b"PK")
        heavy = ("PySide6", "shiboken6", "matplotlib")
        print(sorted(m for m in sys.modules if m.startswith(heavy)))
    """)
    assert out == "[]"


def test_pptx_and_word_guide_exports_from_the_command_line_import_no_qt(tmp_path: Path) -> None:
    """`--export-pptx` ("no Qt needed", its help says) and `--export-guide x.docx` run the
    command line's classroom (`model/classroom.py`) and read the school's contacts, saved by
    the window's settings (Qt), without Qt (`saved.SavedSettings`)."""
    from zipfile import ZipFile

    from awareness_app.model.lesson.contacts import LocalContact
    from awareness_app.ui.settings import Settings

    settings = Settings()  # the test's own settings folder (conftest), which the child reads
    settings.local_contacts = [LocalContact("Minami police box", "南交番", "110")]
    settings.sync()
    for option, name in (("--export-pptx", "lesson.pptx"), ("--export-guide", "guide.docx")):
        out = tmp_path / name
        code = f"""
            import sys
            from awareness_app import cli
            argv = ["--lang", "ja", "--audience", "elementary", {option!r}, {str(out)!r}]
            assert cli.main(argv) == 0
            print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))))
        """
        assert _run(code).splitlines()[-1] == "[]", option
        with ZipFile(out) as archive:
            text = "".join(
                archive.read(n).decode("utf-8", "replace")
                for n in archive.namelist()
                if n.endswith(".xml")
            )
        assert "南交番" in text, option  # the school's contact, read without Qt
