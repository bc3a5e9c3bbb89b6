"""Every export, by name, with one signature: `write(path, what: ExportRequest) -> files`.

The command line (`cli_exports.py`) and the File menu (`ui/window/file_actions.py`) write through
this registry; its names are those of the export surfaces (`surfaces.py`), and a test holds the
two lists equal. A writer's module is imported when it writes, not before: the exports that
need Qt or python-pptx stay out of the app's start and of the Qt-free command line (the
bundle's spec lists the writers' modules, which PyInstaller cannot find by their names).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .request import ExportRequest

Writer = Callable[[Path, ExportRequest], list[Path]]


@dataclass(frozen=True)
class Exporter:
    name: str  # the export surface's name (`surfaces.py`)
    option: str  # the command line's option
    kinds: tuple[str, ...]  # the file extensions it writes; none: a folder of files
    needs_qt: bool  # Qt lays it out (a Qt application must exist)
    module: str  # where its writer is, in `awareness_app.export`
    function: str
    qt_free_kinds: tuple[str, ...] = ()  # of `kinds`, those written without Qt all the same

    def writes(self, path: Path) -> bool:
        """Whether `path`'s extension (any case) is one this export writes."""
        return path.suffix.lower() in self.kinds

    def qt_for(self, path: Path) -> bool:
        """Whether writing `path` needs Qt (the lesson guide as a Word document does not)."""
        return self.needs_qt and path.suffix.lower() not in self.qt_free_kinds

    @property
    def dest(self) -> str:
        """The command line option's attribute in the parsed options (`export_handout`)."""
        return self.option[2:].replace("-", "_")

    @property
    def module_name(self) -> str:
        """The writer's module, in full (`awareness_app.export.pdf`): the bundle lists it."""
        return f"{__package__}{self.module}"

    def write(self, path: Path, what: ExportRequest) -> list[Path]:
        """Write the export of `what` to `path`; the files written."""
        writer: Writer = getattr(importlib.import_module(self.module, __package__), self.function)
        return writer(path, what)


EXPORTS: dict[str, Exporter] = {
    exporter.name: exporter
    for exporter in (
        Exporter("script", "--export-script", (".md",), False, ".script", "write_script"),
        Exporter("charts", "--export-charts", (), False, ".chart_files", "write_charts"),
        Exporter("handout-pdf", "--export-handout", (".pdf",), True, ".pdf", "write_handout"),
        Exporter(
            "worksheet-pdf",
            "--export-worksheet",
            (".pdf",),
            True,
            ".worksheet_pdf",
            "write_worksheet",
        ),
        Exporter("lesson-pdf", "--export-deck", (".pdf",), True, ".pdf", "write_deck"),
        Exporter("pptx", "--export-pptx", (".pptx",), False, ".pptx.deck", "write_pptx"),
        Exporter(
            "lesson-guide",
            "--export-guide",
            (".docx", ".pdf"),
            True,
            ".guide",
            "write_lesson_guide",
            qt_free_kinds=(".docx",),
        ),
    )
}


def chosen_export(options: dict[str, object]) -> Exporter | None:
    """The export the command line asks for (`options`: its parsed options by their
    destination, `export_handout` …), or None."""
    for exporter in EXPORTS.values():
        if options.get(exporter.dest) is not None:
            return exporter
    return None
