"""The lesson guide, written as the file's extension says: a Word document (.docx) or a PDF."""

from __future__ import annotations

from pathlib import Path

from ..model.documents.guide import LessonGuide
from .registry import EXPORTS
from .request import ExportRequest


def guide_format(path: Path) -> str | None:
    """ "docx" or "pdf" by the file's extension (any case); None for any other."""
    return path.suffix.lower()[1:] if EXPORTS["lesson-guide"].writes(path) else None


def write_guide(path: Path, guide: LessonGuide) -> Path:
    """Write `guide` to `path`, atomically, as its extension says (a PDF needs a Qt
    application); ValueError for another extension."""
    kind = guide_format(path)
    if kind == "docx":
        from .guide_docx import write_guide_docx

        return write_guide_docx(path, guide)
    if kind == "pdf":
        from .guide_pdf import write_guide_pdf

        return write_guide_pdf(path, guide)
    raise ValueError(f"{path.name}: the guide is written as .docx or .pdf")


def write_lesson_guide(path: Path, what: ExportRequest) -> list[Path]:
    """The lesson guide of `what` (its plan, length, audience, language and the school's
    contacts), as a Word document or a PDF by `path`'s extension."""
    from ..i18n import temporary_language
    from ..model.documents.guide import build_guide

    with temporary_language(what.language):
        guide = build_guide(
            what.lesson, what.audience, what.dataset, what.minutes, what.contacts, what.outdated
        )
    return [write_guide(path, guide)]
