"""The handout on A4: laid out from `model.handout`, drawn on a PDF writer or a printer.

One language: up to two pages (the key figures, two charts, the guidance, the help lines and
the sources). Bilingual: one page per language, each a shorter handout (one chart, the two most
important guidance sections), so the sheet can be printed on both sides. The headings and the big
numbers shrink step by step, like a slide's autofit, until the handout fits its pages; the
body never goes below `BODY_MIN_PT` and the sources, dates and footers never below
`SMALL_MIN_PT`, so the handout is shortened by design (two columns of sources, the short
handout's fewer sections), never by smaller type. A chart is drawn for the width it prints at,
with none of its text below `SMALL_MIN_PT` there either (`HandoutLayout.draw_charts`).

What pupils read keeps the catalogue's furigana markup (`model.handout`), and the layout draws
each reading above its kanji at half the size, as the slides do; the sources are plain kanji.

The text is laid out by `ruby_text.RubyLayout` and painted with the page's painter, as the
slides are: Japanese lines break only between phrases (文節), never inside a word (子ど／も),
and the PDF keeps the text selectable in the one shipped font. Tables (the figures, the
guidance's two columns, the help lines) are rows of cells, each cell a stack of such layouts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPen,
)

from ...i18n import _, temporary_language
from ...model.data.dataset import DataSet
from ...model.data.edition_age import EditionDate
from ...model.documents.handout import GuidanceSection, Handout, build_handout
from ...model.lesson.contacts import LocalContact
from ...model.lesson.lesson import Audience, Lesson
from ...model.text.furigana import DEFAULT
from ...themes import LIGHT
from ..fonts import app_font_family
from ..slides.ruby_text import Paragraph, Part, RubyLayout
from .pages import Page, chart_svg, draw_svg, pdf_bytes, set_a4

if TYPE_CHECKING:
    from ..slides.chart_renderer import ChartRenderer

BODY_PT = 10.0
BODY_MIN_PT = 10.0  # the body (captions, guidance, help lines) never prints smaller
SMALL_PT = 8.0  # the dates, the edition, the "checked on" lines
SOURCES_PT = 7.5
SMALL_MIN_PT = 7.0  # the sources and every other small line never print smaller
SCALES = (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.66)
MIN_SCALE = SCALES[-1]
# pixels a chart is drawn at, printed at the width the layout gives it (`_chart_width`): its type
# is sized for that width (`_chart_floor`), so that none prints below `SMALL_MIN_PT`. Its text is
# drawn as outlines.
CHART_SIZE = (1000, 500)
FOOTER_PT = 7.5
SHORT_CHART = 0.62  # of the text's width: the one-page handout's chart
INK = LIGHT.text
MUTED = LIGHT.muted
ACCENT = LIGHT.accent
SURFACE = LIGHT.surface


@dataclass
class LaidText:
    """A paragraph layout (phrases kept whole, see `ruby_text`) and its colour."""

    layout: RubyLayout
    colour: str
    above: float = 0.0  # device pixels above it, inside its cell


@dataclass
class Cell:
    texts: list[LaidText]
    share: float = 1.0  # of its row's width (after the spacing)
    padding: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # top, right, bottom, left
    background: str = ""

    def height(self, width: float) -> float:
        top, right, bottom, left = self.padding
        inner = max(1.0, width - left - right)
        return top + bottom + sum(t.above + t.layout.height(inner) for t in self.texts)


@dataclass
class Row:
    """Cells side by side (one cell: the full width), as tall as the tallest."""

    cells: list[Cell]
    above: float = 0.0
    spacing: float = 0.0  # between cells

    def widths(self, width: float) -> list[float]:
        inner = width - self.spacing * (len(self.cells) - 1)
        return [inner * cell.share for cell in self.cells]

    def height(self, width: float) -> float:
        widths = self.widths(width)
        return max(cell.height(w) for cell, w in zip(self.cells, widths, strict=True))


@dataclass
class Block:
    rows: list[Row] | None = None  # text, laid out with phrases kept whole
    chart: str = ""  # or a chart (drawn once the layout is settled: `draw_charts`)
    aspect: float = 0.0  # height / width of a chart
    gap: float = 10.0  # points above the block
    height: float = 0.0  # device pixels, at the current scale

    def measure(self, width: float) -> float:
        return sum(row.above + row.height(width) for row in self.rows or [])

    def draw(self, painter: QPainter, left: float, top: float, width: float) -> None:
        y = top
        for row in self.rows or []:
            y += row.above
            height = row.height(width)
            x = left
            for cell, cell_width in zip(row.cells, row.widths(width), strict=True):
                if cell.background:
                    painter.fillRect(QRectF(x, y, cell_width, height), QColor(cell.background))
                pad_top, right, _bottom, pad_left = cell.padding
                inner = max(1.0, cell_width - pad_left - right)
                text_top = y + pad_top
                for text in cell.texts:
                    text_top += text.above
                    rect = QRectF(x + pad_left, text_top, inner, text.layout.height(inner))
                    text.layout.draw(painter, rect, QColor(text.colour))
                    text_top += rect.height()
                x += cell_width + row.spacing
            y += height


@dataclass
class _Placed:
    block: Block
    y: float


class HandoutLayout:
    """The handout of one language, laid out on `max_pages` pages of `page`; the charts it
    keeps (`charts`) are drawn for the width it prints them at (`draw_charts`) before a page
    is drawn."""

    def __init__(self, handout: Handout, page: Page, max_pages: int):
        self.handout = handout
        self.svgs: dict[str, bytes] = {}
        self.page = page
        self.max_pages = max_pages
        self.scale = 1.0
        self.pages: list[list[_Placed]] = []
        h = handout
        self.footer = text_layout(
            [Paragraph.of(f"{h.made_line} · {h.data_line}")], FOOTER_PT, page.pt
        )
        self.footer_height = page.pt * 9 + self.footer.height(self._footer_width())
        # the headings and numbers shrink first; where that is not enough, the charts are left
        # out, the last first (the key figures say what they show), never the type made smaller
        self.charts = list(handout.charts)
        while True:
            for scale in SCALES:
                self.scale = scale
                self.pages = self._layout()
                if len(self.pages) <= max_pages:
                    break
            if len(self.pages) <= max_pages or not self.charts:
                break
            self.charts.pop()

    # --- sizes ----------------------------------------------------------------------------------

    def px(self, points: float) -> float:
        """Points → device pixels, at the current scale."""
        return points * self.scale * self.page.pt

    def points(self, points: float) -> float:
        """A text's size at the current scale, never below its floor: the body's for text of
        the body's size or larger, the small lines' for the rest."""
        floor = BODY_MIN_PT if points >= BODY_MIN_PT else SMALL_MIN_PT
        return max(points * self.scale, min(points, floor))

    def text(
        self, text: str, points: float, colour: str, *, bold: bool = False, above: float = 0.0
    ) -> LaidText:
        return self.paragraphs([Paragraph((Part(text, bold=bold),))], points, colour, above)

    def paragraphs(
        self, paragraphs: list[Paragraph], points: float, colour: str, above: float = 0.0
    ) -> LaidText:
        return LaidText(
            text_layout(paragraphs, self.points(points), self.page.pt), colour, self.px(above)
        )

    # --- the blocks -----------------------------------------------------------------------------

    def _blocks(self) -> list[Block]:
        h = self.handout
        blocks = [Block(self._title_rows(), gap=0)]
        blocks.append(Block(self._figures_rows()))
        for chart in self.charts:
            blocks.append(Block(chart=chart, aspect=CHART_SIZE[1] / CHART_SIZE[0], gap=12))
        sections = list(h.guidance)
        first = True
        while sections:
            pair, sections = sections[:2], sections[2:]
            blocks.append(Block(self._guidance_rows(pair, heading=first)))
            first = False
        blocks.append(Block(self._help_rows()))
        blocks.append(Block(self._sources_rows()))
        return blocks

    def _heading(self, text: str) -> Row:
        heading = self.text(text, 12, ACCENT, bold=True)
        return Row([Cell([heading], padding=(0, 0, self.px(4), 0))])

    def _title_rows(self) -> list[Row]:
        h = self.handout
        texts = [
            self.text(f"{h.app_name} · {h.headings['handout']}", SMALL_PT, MUTED),
            self.text(h.title, 20, INK, bold=True, above=2),
            self.text(h.audience_label, 11, ACCENT, bold=True, above=2),
            self.text(h.data_line, SMALL_PT, MUTED, above=3),
        ]
        if h.age_line:  # the newest figures are probably out of date
            texts.append(self.text(h.age_line, SMALL_PT, INK, above=2))
        return [Row([Cell(texts)])]

    def _figures_rows(self) -> list[Row]:
        h = self.handout
        pad = self.px(6)
        cells = [
            Cell(
                [
                    self.text(shown.text, 22, ACCENT, bold=True),
                    self.text(caption, BODY_PT, INK),
                ],
                share=0.5,
                padding=(pad, pad, pad, pad),
                background=SURFACE,
            )
            for shown, caption in h.figures
        ]
        rows = [self._heading(h.headings["figures"])]
        for i in range(0, len(cells), 2):
            pair = cells[i : i + 2]
            if len(pair) == 1:
                pair.append(Cell([], share=0.5))
            rows.append(Row(pair, above=self.px(4) if i else 0.0, spacing=self.px(4)))
        if h.derived_note:  # what the mark after a derived figure means
            rows.append(Row([Cell([self.text(h.derived_note, SMALL_MIN_PT, MUTED, above=2)])]))
        return rows

    def _section_texts(self, section: GuidanceSection) -> list[LaidText]:
        texts = [self.text(section.title, 10.5, INK, bold=True)]
        if section.intro:
            texts.append(self.text(section.intro, BODY_PT, INK, above=1))
        if section.bullets:
            bullets = [Paragraph((Part(b),), bullet="•", space_after=0.16) for b in section.bullets]
            texts.append(self.paragraphs(bullets, BODY_PT, INK, above=1.5))
        if section.checked:
            texts.append(self.text(section.checked, SMALL_MIN_PT, MUTED, above=2))
        return texts

    def _guidance_rows(self, pair: Sequence[GuidanceSection], heading: bool) -> list[Row]:
        cells = [
            Cell(self._section_texts(s), share=0.5, padding=(0, self.px(8), 0, 0)) for s in pair
        ]
        if len(cells) == 1:
            cells.append(Cell([], share=0.5))
        rows = [self._heading(self.handout.headings["guidance"])] if heading else []
        return [*rows, Row(cells)]

    def _help_rows(self) -> list[Row]:
        h = self.handout
        # one table for the school's contacts and the help lines, so that their numbers and
        # hours line up in the same columns
        table: list[tuple[str, LaidText, LaidText, LaidText]] = []
        for rows in (h.local_contacts, h.helplines):
            for index, row in enumerate(rows):
                table.append(
                    (
                        SURFACE if index % 2 == 0 else "",
                        self.text(row.name, BODY_PT, INK),
                        self.text(row.number, BODY_PT, INK, bold=True),
                        self.text(row.hours, BODY_PT, MUTED),
                    )
                )
        vertical, side = self.px(2), self.px(4)
        natural = [  # (a pixel more: a cell as wide as its text must not wrap it)
            max((t.layout.natural_width() for t in column), default=0.0) + 2 * side + 1
            for column in list(zip(*table, strict=True))[1:]
        ]
        width = self.page.width
        if sum(natural) <= width:  # room to spare: shared like an HTML table's columns
            shares = [n / sum(natural) for n in natural]
        else:  # the number whole, the hours at most 40%, the name the rest
            hours = min(natural[2], (width - natural[1]) * 0.4)
            shares = [(width - natural[1] - hours) / width, natural[1] / width, hours / width]
        padding = (vertical, side, vertical, side)
        out = [self._heading(h.headings["help"])]
        local = len(h.local_contacts)
        if local:
            out.append(Row([Cell([self.text(h.headings["local"], BODY_PT, INK, bold=True)])]))
        for index, (background, *texts) in enumerate(table):
            cells = [
                Cell([t], share=s, padding=padding, background=background)
                for t, s in zip(texts, shares, strict=True)
            ]
            out.append(Row(cells, above=self.px(3) if local and index == local else 0.0))
        return out

    def _sources_rows(self) -> list[Row]:
        h = self.handout
        lines = h.source_lines  # plain kanji: the teacher reads them
        half = (len(lines) + 1) // 2
        cells = [
            Cell(
                [
                    self.paragraphs(
                        [Paragraph.of(line, space_after=0.18) for line in column],
                        SOURCES_PT,
                        MUTED,
                    )
                ],
                share=0.5,
                padding=(0, self.px(6), 0, 0),
            )
            for column in (lines[:half], lines[half:])
        ]
        row = Row(cells)
        rows = [self._heading(h.headings["sources"]), row]
        if not h.terms:
            return rows
        # what a school may copy and change, under the sources it names: at the foot of the
        # second column where that is shorter by the room they take (a page's chart keeps its
        # room), else across the page
        terms = [Paragraph.of(line, space_after=0.18) for line in h.terms]
        text = self.paragraphs(terms, SOURCES_PT, MUTED, above=3)
        left, right = cells
        width = row.widths(self.page.width)[1]
        right.texts.append(text)
        if right.height(width) <= left.height(width):
            return rows
        right.texts.pop()
        return [*rows, Row([Cell([text])])]

    def _chart_width(self) -> float:
        """A chart's width: the text's, shrinking with the type; on a one-page (bilingual)
        handout at most `SHORT_CHART`, so that the sources keep their size."""
        most = 1.0 if self.max_pages > 1 else SHORT_CHART
        return self.page.width * min(most, self.scale + 0.1)

    def _chart_floor(self) -> float:
        """The smallest type of a chart, in its own pixels (`CHART_SIZE`), that prints at
        `SMALL_MIN_PT` at the width the layout gives it."""
        printed = self._chart_width() / self.page.pt  # points
        return SMALL_MIN_PT * CHART_SIZE[0] / printed

    def draw_charts(
        self,
        dataset: DataSet,
        audience: Audience,
        language: str,
        *,
        charts: ChartRenderer | None = None,
        furigana: str = DEFAULT,
    ) -> None:
        """Draw each chart the layout keeps (`pages.chart_svg`, in the thread of `charts`),
        its type sized for the width it prints at, its text as outlines."""
        self.svgs = {
            chart: chart_svg(
                chart,
                dataset,
                audience,
                LIGHT,
                language,
                CHART_SIZE,
                charts=charts,
                furigana=furigana,
                outlines=True,
                least=self._chart_floor(),
            )
            for chart in self.charts
        }

    # --- layout ---------------------------------------------------------------------------------

    def _layout(self) -> list[list[_Placed]]:
        usable = self.page.height - self.footer_height
        pages: list[list[_Placed]] = [[]]
        y = 0.0
        for block in self._blocks():
            if block.chart:
                block.height = self._chart_width() * block.aspect
            else:
                block.height = block.measure(self.page.width)
            gap = block.gap * self.scale * self.page.pt if pages[-1] else 0
            if pages[-1] and y + gap + block.height > usable:
                pages.append([])
                y, gap = 0.0, 0.0
            pages[-1].append(_Placed(block, y + gap))
            y += gap + block.height
        return pages

    # --- drawing --------------------------------------------------------------------------------

    def draw_page(self, index: int, number: int, count: int) -> None:
        painter = self.page.painter
        for placed in self.pages[index]:
            block = placed.block
            if block.chart:
                width = self._chart_width()
                rect = QRectF((self.page.width - width) / 2, placed.y, width, block.height)
                draw_svg(painter, self.svgs[block.chart], rect)
            else:
                block.draw(painter, 0.0, placed.y, self.page.width)
        self._draw_footer(number, count)

    def _footer_width(self) -> float:
        return self.page.width * 0.85

    def _draw_footer(self, number: int, count: int) -> None:
        painter = self.page.painter
        pt = self.page.pt
        top = self.page.height - self.footer_height + pt * 6
        painter.setPen(QPen(QColor(LIGHT.grid), max(1.0, pt * 0.6)))
        painter.drawLine(QPointF(0, top), QPointF(self.page.width, top))
        width = self._footer_width()
        rect = QRectF(0, top + pt * 3, width, self.footer.height(width))
        self.footer.draw(painter, rect, QColor(MUTED))
        page_text = _("Page {number} of {count}").format(number=number, count=count)
        font = QFont(app_font_family())
        font.setPixelSize(max(1, round(FOOTER_PT * pt)))
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        painter.drawText(
            QRectF(0, top + pt * 3 + self.footer.band, self.page.width, self.footer_height),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            page_text,
        )


def text_layout(paragraphs: list[Paragraph], points: float, pt: float) -> RubyLayout:
    """`paragraphs` laid out in the shipped font at `points` (`pt`: device pixels a point);
    readings at half the size, above their kanji."""
    font = QFont(app_font_family())
    font.setPixelSize(max(1, round(points * pt)))
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" as two letters: the PDF's text maps them back
    return RubyLayout(paragraphs, font)


# --- the whole handout ----------------------------------------------------------------------------


def handout_languages(text: str) -> list[str]:
    """ "ja" → ["ja"]; "ja,en" → ["ja", "en"] (a bilingual handout, Japanese first)."""
    from ...i18n import LANGUAGES

    languages = [part.strip() for part in text.split(",") if part.strip()]
    if not languages or len(set(languages)) != len(languages):
        raise ValueError(f"{text!r}: give one language, or two separated by a comma (en,ja)")
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown:
        raise ValueError(f"unknown language {unknown[0]!r}; choose from {', '.join(LANGUAGES)}")
    return languages


def paint_handout(
    device: QPagedPaintDevice,
    lesson: Lesson,
    dataset: DataSet,
    audience: Audience,
    languages: Sequence[str],
    *,
    contacts: Sequence[LocalContact] = (),
    made_on: dt.date | None = None,
    furigana: str = DEFAULT,
    charts: ChartRenderer | None = None,
    outdated: EditionDate | None = None,
) -> int:
    """Draw the handout on `device` (a PDF writer or a printer); returns the number of pages.
    `furigana`: the setting (which audiences get readings); `charts`: the renderer whose thread
    draws the charts (`pages.chart_svg`); `outdated`: the newest edition when it is probably
    out of date, said once, on the first language's page.

    One language: up to two pages. Two or more: one page for each, in the order given."""
    set_a4(device)
    bilingual = len(languages) > 1
    handouts: list[tuple[str, Handout]] = []
    for language in languages:
        with temporary_language(language):
            handout = build_handout(
                lesson,
                audience,
                dataset,
                short=bilingual,
                contacts=contacts,
                made_on=made_on,
                furigana=furigana,
                outdated=outdated if language == languages[0] else None,
            )
        handouts.append((language, handout))

    painter = QPainter(device)
    try:
        page = Page(device, painter)
        layouts = []
        for language, handout in handouts:
            with temporary_language(language):
                layout = HandoutLayout(handout, page, 1 if bilingual else 2)
            layout.draw_charts(dataset, audience, language, charts=charts, furigana=furigana)
            layouts.append((language, layout))
        count = sum(len(layout.pages) for _language, layout in layouts)
        number = 0
        for language, layout in layouts:
            with temporary_language(language):
                for index in range(len(layout.pages)):
                    if number:
                        device.newPage()
                    number += 1
                    layout.draw_page(index, number, count)
    finally:
        painter.end()
    return count


def handout_pdf(
    lesson: Lesson,
    dataset: DataSet,
    audience: Audience,
    languages: Sequence[str],
    *,
    contacts: Sequence[LocalContact] = (),
    made_on: dt.date | None = None,
    furigana: str = DEFAULT,
    charts: ChartRenderer | None = None,
    outdated: EditionDate | None = None,
) -> bytes:
    title = _("Handout")
    return pdf_bytes(
        lambda writer: paint_handout(
            writer,
            lesson,
            dataset,
            audience,
            languages,
            contacts=contacts,
            made_on=made_on,
            furigana=furigana,
            charts=charts,
            outdated=outdated,
        ),
        title,
    )
