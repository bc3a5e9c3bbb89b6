"""The lesson's Markdown script (`--export-script`), written atomically. No Qt."""

from __future__ import annotations

from pathlib import Path

from ..atomic import write_text_atomic
from ..i18n import temporary_language
from ..model.documents.script import lesson_script
from .request import ExportRequest


def write_script(path: Path, what: ExportRequest) -> list[Path]:
    """The script of `what`'s lesson for its audience, in its language, with the school's
    contacts and the furigana setting."""
    with temporary_language(what.language):
        text = lesson_script(what.lesson, what.audience, what.dataset, what.contacts, what.furigana)
    write_text_atomic(path, text)
    return [path]
