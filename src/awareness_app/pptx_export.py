"""The lesson as a PowerPoint file (.pptx), written with python-pptx. No Qt.

    export_pptx(path, lesson, audience, dataset, "ja", contacts)   # atomically
    pptx_bytes(lesson, audience, dataset, "ja", contacts, chart_width=1920)

One 16:9 slide per slide of `lesson.for_audience(audience)`, in that order (a lesson plan hands
in a lesson in its own order), then a last slide with every source the lesson cites. The
activities are written as they are once fully revealed: the overshare profiles with each
detail and why it matters (a slide a profile, or more where the details need the room at a
size the back row reads), the quiz a slide a question followed by a slide with its answer.

Every text is editable text in a text box of its own (the title in the slide's title
placeholder, so PowerPoint's outline and screen readers find it): titles at 32 pt or more, the
slide's text at 20 pt or more (the sources list and the footers are reference text, smaller).
The sizes are chosen so that the text fits its box by the estimate of `pptx_layout.py`; the
boxes also ask PowerPoint to shrink text that overflows. Text is what the slide shows on
screen (`model.render.render_slide`), rendered with the words that carry furigana written in
kana for the audiences that get furigana: a PowerPoint text box has no ruby.

Charts are pictures (PNG, drawn by matplotlib through `charts.export.figure_bytes` at twice the
size they take on a slide `chart_width` pixels wide, their type as large as the app draws it on
a screen that size; in the light theme: a file teachers edit and print), with their
title and takeaway as the picture's alternative text; each chart's figures (label, value as
shown, year, grade, source) and its source line are in the slide's notes, after the speaker
notes.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .atomic import write_bytes_atomic
from .i18n import N_, _, temporary_language
from .model import ruby
from .model.charts import build_spec
from .model.contacts import LocalContact
from .model.dataset import DataSet, Source
from .model.furigana import readings_for
from .model.lesson import Audience, Lesson, SlideKind
from .model.overshare import RenderedProfile
from .model.phrases import tr
from .model.plain_labels import source_url
from .model.quiz import RenderedQuestion
from .model.render import HelpLineRow, RenderedSlide, audience_label, describe_source, render_slide
from .pptx_layout import (
    EMU_PER_INCH,
    Para,
    Run,
    fit_size,
    pages,
    para,
)
from .pptx_layout import text_height as estimated_height
from .pptx_write import (
    CONTENT_W,
    LANG_TAGS,
    MARGIN,
    SLIDE_H,
    SLIDE_W,
    TITLE_H,
    TITLE_TOP,
    Box,
    Planned,
    write_slide,
)
from .themes import LIGHT

INCH = EMU_PER_INCH
CONTENT_TOP = TITLE_TOP + TITLE_H + round(0.1 * INCH)
FOOTER_H = round(0.55 * INCH)
FOOTER_TOP = SLIDE_H - FOOTER_H - round(0.1 * INCH)
CONTENT_BOTTOM = FOOTER_TOP - round(0.05 * INCH)
GAP = round(0.12 * INCH)

TITLE_SIZES = (40, 38, 36, 34, 32)
COVER_TITLE_SIZES = (54, 48, 44, 40, 36, 32)
BODY_SIZES = (28, 26, 24, 22, 20)
MIN_BODY = 20
HEADLINE_SIZES = (110, 96, 88, 80, 72, 64, 56, 48)
FOOTER_SIZES = (14, 13, 12, 11, 10)
SOURCE_SIZES = (20, 18, 16, 15, 14, 13, 12, 11, 10)
CHART_TEXT_MAX = round(1.7 * INCH)  # the room for a chart slide's sentence above the chart
MIN_CHART_H = round(2.0 * INCH)  # a chart under a long text (its type is sized for its height)
DEFAULT_CHART_WIDTH = 1920

# Runs a chart job: the window hands one that draws in its chart thread (matplotlib is drawn
# in one thread only); the command line draws in its own thread.
ChartRunner = Callable[[Callable[[], bytes]], bytes]


def pptx_bytes(
    lesson: Lesson,
    audience: Audience,
    dataset: DataSet,
    language: str,
    contacts: Sequence[LocalContact] = (),
    *,
    chart_width: int = DEFAULT_CHART_WIDTH,
    run_chart: ChartRunner | None = None,
) -> bytes:
    """The .pptx of `audience`'s lesson in `language`; `contacts`: the school's own (closing
    slide); charts `chart_width` pixels wide, drawn by `run_chart(job)` (by default here)."""
    from pptx import Presentation
    from pptx.util import Emu

    with temporary_language(language), readings_for(audience, kana=True):
        planned = plan(lesson, audience, dataset, contacts)
        title = ruby.kana(f"{_(lesson.title.for_audience(audience))} — {audience_label(audience)}")
    presentation = Presentation()
    presentation.slide_width = Emu(SLIDE_W)
    presentation.slide_height = Emu(SLIDE_H)
    properties = presentation.core_properties
    properties.title = title
    properties.author = properties.last_modified_by = "SNS Safety Classroom"
    properties.comments = f"SNS Safety Classroom {__version__}"
    properties.language = LANG_TAGS.get(language, language)
    layout = presentation.slide_layouts[5]  # "Title Only": a title placeholder and no more
    runner = run_chart or (lambda job: job())
    for slide_plan in planned:
        slide = presentation.slides.add_slide(layout)
        write_slide(slide, slide_plan, language)
        if slide_plan.chart and slide_plan.chart_box:
            png = runner(
                _chart_job(
                    slide_plan.chart, dataset, audience, language, slide_plan.chart_box, chart_width
                )
            )
            left, top, width, height = slide_plan.chart_box
            picture = slide.shapes.add_picture(io.BytesIO(png), left, top, width, height)
            picture.name = f"Chart {slide_plan.chart}"
            picture._element.nvPicPr.cNvPr.set("descr", slide_plan.chart_alt)
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def export_pptx(
    path: Path,
    lesson: Lesson,
    audience: Audience,
    dataset: DataSet,
    language: str,
    contacts: Sequence[LocalContact] = (),
    **options: object,
) -> Path:
    """Write the .pptx to `path`, atomically: all of it, or nothing. `options`: those of
    `pptx_bytes` (`chart_width`, `run_chart`)."""
    data = pptx_bytes(lesson, audience, dataset, language, contacts, **options)  # type: ignore[arg-type]
    write_bytes_atomic(path, data)
    return path


def _chart_job(
    chart_id: str,
    dataset: DataSet,
    audience: Audience,
    language: str,
    box: tuple[int, int, int, int],
    width_px: int,
) -> Callable[[], bytes]:
    def job() -> bytes:
        from .charts.export import figure_bytes

        # drawn at the size it takes on a slide `width_px` wide, twice over (sharp when
        # projected), so its type follows the same floors as on the app's screen
        scale = 2 * width_px / SLIDE_W
        width, height = round(box[2] * scale), round(box[3] * scale)
        with temporary_language(language):  # the language is the thread's: set it in the job
            return figure_bytes(
                chart_id,
                dataset,
                audience,
                LIGHT,
                "png",
                width,
                height,
                header=False,
                dpi=200,
                screen_height=SLIDE_H * scale,
            )

    return job


# --- what each slide says -----------------------------------------------------------------------


def plan(
    lesson: Lesson,
    audience: Audience,
    dataset: DataSet,
    contacts: Sequence[LocalContact] = (),
) -> list[Planned]:
    """The PowerPoint slides of the lesson, in the current language (call it inside
    `readings_for(audience, kana=True)`)."""
    out: list[Planned] = []
    cited: dict[str, Source] = {}
    for slide in lesson.for_audience(audience):
        shown = render_slide(lesson, slide, audience, dataset, contacts)
        for source in _cited(shown, dataset, audience):
            cited[source.id] = source
        if shown.kind == SlideKind.ACTIVITY and shown.activity:
            out += _activity(shown)
        elif shown.kind == SlideKind.QUIZ and shown.quiz:
            out += _quiz(shown)
        elif shown.kind == SlideKind.TITLE:
            out.append(_cover(shown))
        else:
            out.append(_slide(shown, dataset, audience))
    order = list(dataset.sources)
    listed = sorted(cited.values(), key=lambda s: order.index(s.id) if s.id in order else 0)
    out.append(_sources(listed, audience))
    return out


def _cited(shown: RenderedSlide, dataset: DataSet, audience: Audience) -> list[Source]:
    found = [*shown.sources, *shown.slide_sources]
    for figure_shown in shown.figures:
        found += dataset.sources_of(figure_shown.figure)
    for question in shown.quiz:
        found += question.sources
    if shown.chart:
        for figure in build_spec(shown.chart, dataset, audience).rows:
            found += dataset.sources_of(figure)
    return found


def _k(text: str) -> str:
    """Text for a text box: any word still marked with its reading written in kana."""
    return ruby.kana(text)


def _lines(text: str, **kwargs: object) -> list[Para]:
    return [para(_k(line), **kwargs) for line in text.split("\n") if line.strip()]


def _title_size(title: str, sizes: Sequence[float] = TITLE_SIZES) -> float:
    size = fit_size([para(title, bold=True)], sizes, CONTENT_W, TITLE_H)
    return size if size is not None else sizes[-1]


def _footer(text: str) -> Box:
    paras = _lines(text, colour=LIGHT.muted)
    size = fit_size(paras, FOOTER_SIZES, CONTENT_W, FOOTER_H) or FOOTER_SIZES[-1]
    return Box(MARGIN, FOOTER_TOP, CONTENT_W, FOOTER_H, paras, size, middle=True, name="Footer")


def _body_box(paras: list[Para], top: int, bottom: int = CONTENT_BOTTOM) -> Box:
    size = fit_size(paras, BODY_SIZES, CONTENT_W, bottom - top) or MIN_BODY
    return Box(MARGIN, top, CONTENT_W, bottom - top, paras, size)


def _contact(row: HelpLineRow) -> Para:
    hours = f" ({_k(row.hours)})" if row.hours else ""
    return Para((Run(_k(row.name) + ": "), Run(row.number, bold=True), Run(hours)), bullet=True)


def _text_paras(shown: RenderedSlide, audience: Audience) -> list[Para]:
    paras = _lines(shown.body)
    paras += [para(_k(b), bullet=True) for b in shown.bullets]
    if shown.local_contacts:
        paras.append(para(_k(tr(audience, N_("Our school"))), bold=True, colour=LIGHT.accent))
        paras += [_contact(row) for row in shown.local_contacts]
        paras.append(para(_k(tr(audience, N_("Help lines"))), bold=True, colour=LIGHT.accent))
    paras += [_contact(row) for row in shown.helplines]
    return paras


def _notes(shown: RenderedSlide, *more: str) -> str:
    return "\n\n".join(part for part in (shown.notes, *more) if part)


def _cover(shown: RenderedSlide) -> Planned:
    title = _k(shown.title)
    top = round(1.6 * INCH)
    height = round(2.2 * INCH)
    size = fit_size([para(title, bold=True)], COVER_TITLE_SIZES, CONTENT_W, height) or 32
    paras = _lines(shown.body, centred=True)
    body_top = top + height + GAP
    body = _body_box(paras, body_top, CONTENT_BOTTOM)
    body.middle = False
    return Planned(
        shown.id,
        title,
        size,
        title_box=(MARGIN, top, CONTENT_W, height),
        boxes=[body, _footer(shown.source_line)] if shown.source_line else [body],
        notes=_notes(shown),
        centred_title=True,
    )


def _slide(shown: RenderedSlide, dataset: DataSet, audience: Audience) -> Planned:
    title = _k(shown.title)
    planned = Planned(shown.id, title, _title_size(title), notes=_notes(shown))
    top = CONTENT_TOP
    if shown.headline is not None:
        height = round(1.6 * INCH)
        figure = [para(shown.headline.text, bold=True, colour=LIGHT.accent)]
        size = fit_size(figure, HEADLINE_SIZES, CONTENT_W, height) or HEADLINE_SIZES[-1]
        planned.boxes.append(
            Box(MARGIN, top, CONTENT_W, height, figure, size, middle=True, name="Figure")
        )
        top += height + GAP
    paras = _text_paras(shown, audience)
    if shown.chart:
        spec = build_spec(shown.chart, dataset, audience)
        text_bottom = top
        if paras:
            size = fit_size(paras, BODY_SIZES, CONTENT_W, CHART_TEXT_MAX) or MIN_BODY
            # the text as long as it needs, down to the smallest body size; the chart below
            # … but never so long that the chart has no room: a data file with longer words
            # than the editions tested is still exported, PowerPoint shrinking the text to fit
            # (the boxes ask it to)
            height = min(
                estimated_height(paras, size, CONTENT_W), CONTENT_BOTTOM - top - MIN_CHART_H - GAP
            )
            planned.boxes.append(Box(MARGIN, top, CONTENT_W, height, paras, size))
            text_bottom = top + height + GAP
        planned.chart = shown.chart
        planned.chart_box = (MARGIN, text_bottom, CONTENT_W, CONTENT_BOTTOM - text_bottom)
        planned.chart_alt = _k(f"{spec.title}. {spec.takeaway}".strip(" ."))
        planned.notes = _notes(shown, _chart_notes(shown.chart, dataset, audience, spec))
    elif paras:
        planned.boxes.append(_body_box(paras, top))
    if shown.source_line:
        planned.boxes.append(_footer(shown.source_line))
    return planned


def _chart_notes(chart_id: str, dataset: DataSet, audience: Audience, spec: object) -> str:
    """The chart's figures as a table (tab-separated, one row a line) and its source line."""
    from .charts.export import table_rows

    title = getattr(spec, "title", "")
    source_line = getattr(spec, "source_line", "")
    # NOTE: in a PowerPoint slide's notes, above the chart's figures as a table
    lines = [_k(_("Chart: {chart}").format(chart=title))]
    grades = {"reported": _("Reported"), "derived": _("Derived")}
    lines.append("\t".join((_("Figure"), _("Value"), _("Year"), _("Grade"), _("Source"))))
    for row in table_rows(chart_id, dataset, audience):
        lines.append(
            "\t".join(
                _k(cell)
                for cell in (
                    row["label"],
                    row["shown"],
                    row["year"],
                    grades.get(row["grade"], row["grade"]),
                    row["source"],
                )
            )
        )
    lines.append(_k(source_line))
    return "\n".join(lines)


# --- the activities -----------------------------------------------------------------------------


def _profile_groups(profile: RenderedProfile) -> list[list[Para]]:
    heading = para(
        _k(f"{profile.kind}: {profile.name} ({profile.handle})"), bold=True, colour=LIGHT.accent
    )
    groups = [
        [Para((Run(f"{d.number}. {_k(d.label)}", bold=True), Run(f" — {_k(d.why)}")))]
        for d in profile.details
    ]
    groups[0] = [heading, *groups[0]]
    return groups


def _activity(shown: RenderedSlide) -> list[Planned]:
    """A slide a profile, every detail revealed with why it matters; a profile whose details do
    not fit at the smallest body size goes on over as many slides as it needs."""
    title = _k(shown.title)
    out: list[Planned] = []
    height = CONTENT_BOTTOM - CONTENT_TOP
    for index, profile in enumerate(shown.activity):
        groups = _profile_groups(profile)
        if index == 0 and shown.body:
            groups[0] = [*_lines(shown.body), *groups[0]]
        flat = [p for group in groups for p in group]
        size = fit_size(flat, BODY_SIZES, CONTENT_W, height)
        chunks = [flat] if size is not None else pages(groups, MIN_BODY, CONTENT_W, height)
        for chunk in chunks:
            planned = Planned(shown.id, title, _title_size(title), notes=_notes(shown))
            planned.boxes.append(
                Box(MARGIN, CONTENT_TOP, CONTENT_W, height, chunk, size or MIN_BODY)
            )
            if shown.source_line:
                planned.boxes.append(_footer(shown.source_line))
            out.append(planned)
    return out


def _question_heading(question: RenderedQuestion, answer: bool) -> str:
    # NOTE: above a quiz question in the PowerPoint file, e.g. "Question 2 of 5"
    heading = _("Question {number} of {count}").format(number=question.number, count=question.count)
    if answer:
        # NOTE: above a quiz question's answer in the PowerPoint file, e.g. "Question 2 of 5:
        # the answer"
        heading = _("{question}: the answer").format(question=heading)
    return heading


def _quiz(shown: RenderedSlide) -> list[Planned]:
    """A slide a question, then a slide with its answer: the right option marked, why, and
    the figure's source."""
    title = _k(shown.title)
    out: list[Planned] = []
    for question in shown.quiz:
        options = [
            Para((Run(f"{n}. "), Run(_k(option))))
            for n, option in enumerate(question.options, start=1)
        ]
        heading = para(_question_heading(question, False), bold=True, colour=LIGHT.accent)
        asked = [heading, para(_k(question.question), bold=True), *options]
        answer_note = f"{_('Answer')}: {_k(question.answer)}"
        planned = Planned(shown.id, title, _title_size(title), notes=_notes(shown, answer_note))
        planned.boxes.append(_body_box(asked, CONTENT_TOP))
        if shown.source_line:
            planned.boxes.append(_footer(shown.source_line))
        out.append(planned)

        marked = [
            Para(
                (
                    Run(f"✓ {n}. " if n - 1 == question.correct else f"{n}. "),
                    Run(_k(option), bold=n - 1 == question.correct),
                ),
            )
            if n - 1 == question.correct
            else Para((Run(f"{n}. ", colour=LIGHT.muted), Run(_k(option), colour=LIGHT.muted)))
            for n, option in enumerate(question.options, start=1)
        ]
        answered = [
            para(_question_heading(question, True), bold=True, colour=LIGHT.accent),
            para(_k(question.question), bold=True),
            *marked,
            para(_k(question.answer)),
        ]
        planned = Planned(shown.id, title, _title_size(title), notes=_notes(shown, answer_note))
        planned.boxes.append(_body_box(answered, CONTENT_TOP))
        planned.boxes.append(_footer(_k(question.source_line)))
        out.append(planned)
    return out


# --- the sources ------------------------------------------------------------------------------


def _sources(sources: Sequence[Source], audience: Audience) -> Planned:
    """The last slide: every source the lesson cites, in two columns; the notes list them with
    their web addresses."""
    title = _k(tr(audience, N_("Sources")))
    lines = [_k(describe_source(s, audience)) for s in sources]
    planned = Planned("sources", title, _title_size(title))
    column_w = (CONTENT_W - GAP) // 2
    height = FOOTER_TOP + FOOTER_H - CONTENT_TOP
    half = (len(lines) + 1) // 2
    columns = [lines[:half], lines[half:]]
    size = SOURCE_SIZES[-1]
    for candidate in SOURCE_SIZES:  # the largest size at which both columns fit
        split = _balanced(lines, candidate, column_w, height)
        if split is not None:
            size, columns = candidate, split
            break
    for index, column in enumerate(columns):
        paras = [para(line, bullet=True) for line in column]
        left = MARGIN + index * (column_w + GAP)
        planned.boxes.append(Box(left, CONTENT_TOP, column_w, height, paras, size, name="Sources"))
    notes = []
    for source in sources:
        url = source_url(source, audience)
        notes.append(_k(describe_source(source, audience)) + (f" <{url}>" if url else ""))
    planned.notes = "\n".join(notes)
    return planned


def _balanced(lines: list[str], size: float, width: int, height: int) -> list[list[str]] | None:
    """`lines` in two columns that each fit at `size`: as many in the first as fits."""
    paras = [para(line, bullet=True) for line in lines]
    for cut in range(len(lines), -1, -1):
        first, second = paras[:cut], paras[cut:]
        if estimated_height(first, size, width) <= height:
            if estimated_height(second, size, width) <= height:
                return [lines[:cut], lines[cut:]]
            return None
    return None
