"""The handout and the lesson as PDFs (`write_handout`, `write_deck`): the entry points of the
two A4 exports. Qt lays them out and draws them (`ui/pdf/`: the handout's rows and cells, the
slides on A4 pages), so these need a Qt application; they read only the request."""

from __future__ import annotations

from pathlib import Path

from .request import ExportRequest


def write_handout(path: Path, what: ExportRequest) -> list[Path]:
    """The handout of `what` (its lesson, edition, audience, contacts and furigana) in its
    languages (one page each when two), to `path`, atomically: all of it, or nothing."""
    from ..ui.pdf.handout import handout_pdf
    from ..ui.pdf.pages import write_pdf

    data = handout_pdf(
        what.lesson,
        what.dataset,
        what.audience,
        list(what.chosen_languages),
        contacts=what.contacts,
        furigana=what.furigana,
        charts=what.charts,  # type: ignore[arg-type]
        outdated=what.outdated,
    )
    return [write_pdf(path, data)]


def write_deck(path: Path, what: ExportRequest) -> list[Path]:
    """The lesson of `what`, one slide a page (with its notes when `with_notes`), to `path`,
    atomically. Paper is printed in the light theme, whatever the window or the projector
    shows (`paper_theme` for another on purpose)."""
    from ..themes import LIGHT
    from ..ui.pdf.deck import deck_pdf
    from ..ui.pdf.pages import write_pdf

    data = deck_pdf(
        what.lesson,
        what.dataset,
        what.audience,
        with_notes=what.with_notes,
        theme=what.paper_theme or LIGHT,
        language=what.language,
        contacts=what.contacts,
        furigana=what.furigana,
        charts=what.charts,  # type: ignore[arg-type]
        outdated=what.outdated,
    )
    return [write_pdf(path, data)]
