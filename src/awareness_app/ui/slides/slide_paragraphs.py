"""The bullets of a slide as paragraphs for `RubyLabel`: bullet points, or on the closing slide
the school's contacts and the help lines, one to a line with the number in bold."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...i18n import _
from ...model.lesson.render import HelpLineRow, RenderedSlide
from ...themes import Theme
from .ruby_text import Paragraph, Part

GAP = "\u3000"  # between a help line's name, number and hours: a break opportunity, one em


def bullet_paragraphs(
    rendered: RenderedSlide, theme: Theme | None, compact: bool = False
) -> list[Paragraph]:
    """`compact` (a narrow half of a bilingual slide): help lines as lines that wrap; else
    in columns where they fit."""
    table = not compact
    if rendered.local_contacts:  # the school's own contacts first, then the help lines
        accent = QColor(theme.accent if theme is not None else "#8A3300")

        def heading(text: str) -> Paragraph:
            return Paragraph((Part(text, bold=True, colour=accent),), space_after=0.1)

        return [
            heading(_("Our school")),
            *(_help_row(h, table) for h in rendered.local_contacts),
            heading(_("Help lines")),
            *(_help_row(h, table) for h in rendered.helplines),
        ]
    if rendered.helplines:
        return [_help_row(h, table) for h in rendered.helplines]
    return [Paragraph.of(b, bullet="•", space_after=0.3) for b in rendered.bullets]


def bullet_text(rendered: RenderedSlide) -> str:
    """The same lines as text, one to a line (the label's `text()`)."""
    if rendered.helplines or rendered.local_contacts:
        rows = [*rendered.local_contacts, *rendered.helplines]
        return "\n".join(GAP.join(p for p in (h.name, h.number, h.hours) if p) for h in rows)
    return "\n".join(f"• {b}" for b in rendered.bullets)


def _help_row(row: HelpLineRow, table: bool) -> Paragraph:
    if not row.hours:
        parts: tuple[Part, ...] = (Part(row.name + GAP), Part(row.number, bold=True))
    else:
        parts = (Part(row.name + GAP), Part(row.number + GAP, bold=True), Part(row.hours))
    return Paragraph(parts, space_after=0.25, table=table)
