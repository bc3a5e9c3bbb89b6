"""The lesson as a PowerPoint file (.pptx), written with python-pptx. No Qt.

    export_pptx(path, lesson, audience, dataset, "ja", contacts)   # atomically
    pptx_bytes(lesson, audience, dataset, "ja", contacts, chart_width=1920)

One 16:9 slide per slide of `lesson.for_audience(audience)`, in that order (a lesson plan hands
in a lesson in its own order), then a last slide with every source the lesson cites. The
overshare activity is a picture of each profile (`profile.py`), first with nothing
marked, then a slide a step revealing one more detail (`activity.py`), then every
detail with why it matters (a slide a profile, or more where the details need the room at a size
the back row reads); the quiz is a slide a question followed by a slide with its answer. The notes
are those for presenting the file (`RenderedSlide.room_notes`: no app keys, buttons or toolbar); the
file's metadata is set by `package.describe`.

The slide master, theme and layouts are the app's (`export/pptx/master.py`): each slide uses the
layout for its kind (title, big figure, chart and text, list, quiz question and answer, activity,
sources), every text is in a placeholder of that layout (so the outline lists the lesson and a
theme change restyles it: runs name the theme's fonts and colours), and the footer strip holds
the edition and the slide number; a slide's own source line says only what the edition does
not. Titles at 32 pt or more, the
slide's text at 24 pt or more, the footers and the sources list (reference text) at 14 pt or
more. `export/pptx/layout.py` lays out every line with the shipped font's metrics, breaking Japanese
between phrases and English between words, and each box is as high as its lines; nothing asks
the viewer to shrink the text (no autofit). Text that does not fit a slide at the smallest size
goes on over the next (a profile of the activity, a long sources list).

Text is what the slide shows on screen (`model.render.render_slide`). A PowerPoint text box has
no ruby: for the audiences that get furigana, the pupils' text keeps the kanji and gives the
reading in brackets after a word the first time it appears on a slide, 警察（けいさつ）
(`ruby.first_readings`, `ruby.in_brackets`). What the teacher reads — the speaker notes, the
sources, the footers' source lines, the help lines' names — is plain kanji.

Charts are native PowerPoint charts (`export/pptx/charts.py`: the values in PowerPoint's data sheet,
the app's labels, derived values hatched or hollow, bounds written as bounds), with the chart's
source line under it and their title and takeaway as the chart's alternative text; each
chart's figures (label, value as shown, year, grade, source) and its source line are in the
slide's notes, after the speaker notes. Only a chart the app draws neither as bars nor as
lines (none today) would be a picture (PNG, drawn by matplotlib through
`export.charts.figure_bytes` at twice the size it takes on a slide `chart_width` pixels wide).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from ...atomic import write_bytes_atomic
from ...i18n import N_, _, current_language, temporary_language
from ...model.charts.build import build_spec, plain_spec
from ...model.data.dataset import DataSet, Source
from ...model.data.edition_age import EditionDate, notice
from ...model.lesson.contacts import LocalContact
from ...model.lesson.lesson import Audience, Lesson, SlideKind
from ...model.lesson.render import (
    HelpLineRow,
    RenderedSlide,
    audience_label,
    describe_source,
    edition_line,
    render_slide,
)
from ...model.lesson.terms_of_use import terms_lines
from ...model.text import ruby
from ...model.text.furigana import DEFAULT, readings_for
from ...model.text.phrases import tr
from ...model.text.plain_labels import source_url
from ...themes import LIGHT
from ..request import UNDER, ExportRequest
from .activity import activity_slides, quiz_slides
from .bilingual import combine
from .boxes import (
    BODY_SIZES,
    FOOTER_GAP,
    FOOTER_SIZES,
    GAP,
    INCH,
    MIN_BODY,
    bottom_above,
    footer_box,
    room_notes,
    terms_box,
    text_lines,
    text_slides,
    title_box,
    top_below,
)
from .charts import add_chart, can_draw
from .layout import CONTENT_W, MARGIN, SLIDE_H, SLIDE_W, Layout, Para, Run, fit, lay_out, para
from .master import THEME_NAME, prepare
from .package import describe
from .write import LANG_TAGS, Box, Planned, add_picture, write_slide

COVER_TITLE_SIZES = (54, 48, 44, 40, 36, 32)
COVER_TITLE_TOP = round(1.6 * INCH)
COVER_TITLE_H = round(2.2 * INCH)
HEADLINE_SIZES = (110, 96, 88, 80, 72, 64, 56, 48)
HEADLINE_H = round(1.6 * INCH)
SOURCE_SIZES = (20, 18, 16, 15, 14)
CHART_TEXT_MAX = round(1.7 * INCH)  # the room for a chart slide's sentence above the chart
MIN_CHART_H = round(3.0 * INCH)  # a chart under a long text (a native chart's labels need it)
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
    second_language: str | None = None,
    pairing: str = UNDER,
    furigana: str = DEFAULT,
    outdated: EditionDate | None = None,
) -> bytes:
    """The .pptx of `audience`'s lesson in `language`; `contacts`: the school's own (closing
    slide); charts `chart_width` pixels wide, drawn by `run_chart(job)` (by default here);
    `furigana`: the setting (which audiences get readings, in brackets). With
    `second_language`, a bilingual deck: that language under the first on each slide, or on a
    slide after it (`pairing`: `request.PAIRINGS`). `outdated`: the newest edition when
    it is probably out of date (`model/data/edition_age.py`): the sources slide's notes say so."""
    from pptx import Presentation
    from pptx.util import Emu

    languages = [language] if second_language in (None, language) else [language, second_language]
    editions: dict[str, str] = {}
    decks: list[list[Planned]] = []
    for each in languages:
        with temporary_language(each), readings_for(audience, furigana):
            decks.append(
                [
                    replace(p, language=each)
                    for p in plan(lesson, audience, dataset, contacts, languages)
                ]
            )
            editions[each] = ruby.plain(edition_line(dataset, audience))  # plain kanji
    planned = combine(decks[0], decks[1], pairing) if len(decks) == 2 else decks[0]
    if outdated is not None:  # once, in the notes of the slide of dates and sources
        with temporary_language(language):
            _note_first(planned, "sources", notice(outdated))
    with temporary_language(language):
        title = ruby.plain(f"{_(lesson.title.for_audience(audience))} — {audience_label(audience)}")
    presentation = Presentation()
    presentation.slide_width = Emu(SLIDE_W)
    presentation.slide_height = Emu(SLIDE_H)
    with temporary_language(language):  # the app's theme, master and layouts, named in it
        layouts = prepare(presentation)
    runner = run_chart or (lambda job: job())
    for number, slide_plan in enumerate(planned, start=1):
        lang = slide_plan.language or language
        slide = presentation.slides.add_slide(layouts[slide_plan.layout])
        write_slide(slide, slide_plan, lang, editions[lang], number)
        add_picture(slide, slide_plan, lang)
        if slide_plan.chart and slide_plan.chart_box:
            with temporary_language(lang), readings_for(audience, furigana):
                spec = build_spec(slide_plan.chart, dataset, audience, furigana)  # pupils' words
            if can_draw(spec):  # a native chart: every chart the app has
                add_chart(slide.shapes, spec, slide_plan.chart_box, slide_plan.chart_alt)
                continue
            png = runner(
                _chart_job(
                    slide_plan.chart,
                    dataset,
                    audience,
                    lang,
                    slide_plan.chart_box,
                    chart_width,
                    furigana,
                )
            )
            left, top, width, height = slide_plan.chart_box
            picture = slide.shapes.add_picture(io.BytesIO(png), left, top, width, height)
            picture.name = f"Chart {slide_plan.chart}"
            picture._element.nvPicPr.cNvPr.set("descr", slide_plan.chart_alt)
    describe(presentation, title, LANG_TAGS.get(language, language), THEME_NAME)
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def _note_first(planned: Sequence[Planned], slide_id: str, line: str) -> None:
    """`line` at the top of the speaker notes of the first slide `slide_id`: never projected."""
    for slide_plan in planned:
        if slide_plan.slide_id == slide_id:
            slide_plan.notes = "\n".join(n for n in (line, slide_plan.notes) if n)
            return


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
    `pptx_bytes` (`chart_width`, `run_chart`, `furigana`)."""
    data = pptx_bytes(lesson, audience, dataset, language, contacts, **options)  # type: ignore[arg-type]
    write_bytes_atomic(path, data)
    return path


def write_pptx(path: Path, what: ExportRequest) -> list[Path]:
    """The lesson of `what` as a PowerPoint file in its languages (two: a bilingual deck,
    paired as `what.pairing` says), charts `what.size[0]` pixels wide drawn in its chart
    thread, to `path`, atomically."""
    first, *rest = what.chosen_languages
    export_pptx(
        path,
        what.lesson,
        what.audience,
        what.dataset,
        first,
        what.contacts,
        chart_width=what.size[0],
        run_chart=what.run_chart,
        second_language=rest[0] if rest else None,
        pairing=what.pairing,
        furigana=what.furigana,
        outdated=what.outdated,
    )
    return [path]


def _chart_job(
    chart_id: str,
    dataset: DataSet,
    audience: Audience,
    language: str,
    box: tuple[int, int, int, int],
    width_px: int,
    furigana: str,
) -> Callable[[], bytes]:
    def job() -> bytes:
        from ..chart_files import figure_bytes

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
                furigana=furigana,
            )

    return job


# --- what each slide says -----------------------------------------------------------------------


def plan(
    lesson: Lesson,
    audience: Audience,
    dataset: DataSet,
    contacts: Sequence[LocalContact] = (),
    terms_languages: Sequence[str] = (),
) -> list[Planned]:
    """The PowerPoint slides of the lesson, in the current language (call it inside
    `readings_for(audience, furigana)`: the pupils' text keeps its furigana markup where the
    audience gets furigana, and the layout writes the readings in brackets). The terms of use
    at the foot of the last slide are in `terms_languages` (default: the current language)."""
    out: list[Planned] = []
    cited: dict[str, Source] = {}
    for slide in lesson.for_audience(audience):
        shown = render_slide(lesson, slide, audience, dataset, contacts, markup_everywhere=True)
        shown = replace(shown, source_line=_beyond_edition(shown.source_line, dataset, audience))
        for source in _cited(shown, dataset, audience):
            cited[source.id] = source
        if shown.kind == SlideKind.ACTIVITY and shown.activity:
            out += activity_slides(shown, audience)
        elif shown.kind == SlideKind.QUIZ and shown.quiz:
            out += quiz_slides(shown)
        elif shown.kind == SlideKind.TITLE:
            out += _cover(shown)
        else:
            out += _slide(shown, dataset, audience)
    order = list(dataset.sources)
    listed = sorted(cited.values(), key=lambda s: order.index(s.id) if s.id in order else 0)
    language = current_language()
    terms = [
        (each, line)
        for each in terms_languages or [language]
        for line in _in_language(each, terms_lines)
    ]
    out += _sources(listed, audience, dataset, terms_box(terms, language))
    return out


def _in_language(language: str, lines: Callable[[], Sequence[str]]) -> Sequence[str]:
    with temporary_language(language):
        return lines()


def _beyond_edition(line: str, dataset: DataSet, audience: Audience) -> str:
    """A slide's source line without the edition it starts with: the edition is in every
    slide's footer (the master's strip), so the line above it says only what else it says."""
    plain, edition = ruby.plain(line), ruby.plain(edition_line(dataset, audience))
    if not plain.startswith(edition):
        return line
    return plain[len(edition) :].lstrip(" ·")


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


def _contact(row: HelpLineRow) -> Para:
    hours = f" ({row.hours})" if row.hours else ""
    # an official name as written: in kanji, with the reading in brackets where pupils read it
    return Para((Run(row.name + ": "), Run(row.number, bold=True), Run(hours)), bullet=True)


def _text_paras(shown: RenderedSlide, audience: Audience) -> list[Para]:
    paras = text_lines(shown.body)
    paras += [para(b, bullet=True) for b in shown.bullets]
    if shown.local_contacts:
        paras.append(para(tr(audience, N_("Our school")), bold=True, colour=LIGHT.accent))
        paras += [_contact(row) for row in shown.local_contacts]
        paras.append(para(tr(audience, N_("Help lines")), bold=True, colour=LIGHT.accent))
    paras += [_contact(row) for row in shown.helplines]
    return paras


def _cover(shown: RenderedSlide) -> list[Planned]:
    paras = [para(shown.title, bold=True, centred=True)]
    layout = fit(paras, COVER_TITLE_SIZES, CONTENT_W, COVER_TITLE_H)
    layout = layout or lay_out(paras, COVER_TITLE_SIZES[-1], CONTENT_W)
    top = COVER_TITLE_TOP + max(0, (COVER_TITLE_H - layout.height) // 2)
    title = Box(MARGIN, top, CONTENT_W, layout.height, layout, name="Title")
    body = [[p] for p in text_lines(shown.body, centred=True)]
    footer = footer_box(shown.source_line)
    top = COVER_TITLE_TOP + COVER_TITLE_H + GAP
    return text_slides(shown.id, title, body, top, footer, room_notes(shown), layout="Title")


def _slide(shown: RenderedSlide, dataset: DataSet, audience: Audience) -> list[Planned]:
    title = title_box(shown.title)
    footer = footer_box(shown.source_line)
    notes = room_notes(shown)
    top = top_below(title)
    above: list[Box] = []
    if shown.headline is not None:
        figure = [para(shown.headline.text, bold=True, colour=LIGHT.accent)]
        layout = fit(figure, HEADLINE_SIZES, CONTENT_W, HEADLINE_H)
        layout = layout or lay_out(figure, HEADLINE_SIZES[-1], CONTENT_W)
        above.append(Box(MARGIN, top, CONTENT_W, layout.height, layout, name="Figure"))
        top += layout.height + GAP
    paras = _text_paras(shown, audience)
    if not shown.chart:
        kind = "Big figure" if above else "List"  # the slide layout's name
        return text_slides(
            shown.id, title, [[p] for p in paras], top, footer, notes, above, layout=kind
        )
    spec = plain_spec(shown.chart, dataset, audience)  # the teacher's: kanji, no readings
    notes = room_notes(shown, _chart_notes(shown.chart, dataset, audience, spec))
    bottom = bottom_above(footer)
    # the chart's own source line under it (reference text, plain kanji), as the app writes it
    chart_source: Box | None = None
    if spec.source_line:
        lines = [para(ruby.plain(spec.source_line), colour=LIGHT.muted)]
        laid = lay_out(lines, FOOTER_SIZES[-1], CONTENT_W)
        chart_source = Box(
            MARGIN, bottom - laid.height, CONTENT_W, laid.height, laid, name="Footer chart source"
        )
        bottom = chart_source.top - FOOTER_GAP
    out: list[Planned] = []
    seen = set(title.layout.seen)
    text: Layout | None = None
    if paras:
        # the text at the largest size that fits above the chart; a text too long for the
        # room a chart leaves (a data file with longer words than the editions tested) goes
        # on a slide of its own before it
        room = bottom - top - MIN_CHART_H - GAP
        text = fit(paras, BODY_SIZES, CONTENT_W, min(CHART_TEXT_MAX, room), seen)
        text = text or fit(paras, (MIN_BODY,), CONTENT_W, room, seen)
        if text is None:
            out += text_slides(shown.id, title, [[p] for p in paras], top, footer, notes, above)
            above = []
            top = top_below(title)
    planned = Planned(shown.id, title, layout="Chart and text", notes=notes)
    planned.boxes += above
    if text is not None:
        planned.boxes.append(Box(MARGIN, top, CONTENT_W, text.height, text))
        top += text.height + GAP
    planned.chart = shown.chart
    planned.chart_box = (MARGIN, top, CONTENT_W, bottom - top)
    planned.chart_alt = ruby.plain(f"{spec.title}. {spec.takeaway}".strip(" ."))
    if chart_source:
        planned.boxes.append(chart_source)
    if footer:
        planned.boxes.append(footer)
    return [*out, planned]


def _chart_notes(chart_id: str, dataset: DataSet, audience: Audience, spec: object) -> str:
    """The chart's figures as a table (tab-separated, one row a line) and its source line."""
    from ..chart_files import table_rows

    title = getattr(spec, "title", "")
    source_line = getattr(spec, "source_line", "")
    # NOTE: in a PowerPoint slide's notes, above the chart's figures as a table
    lines = [_("Chart: {chart}").format(chart=title)]
    grades = {"reported": _("Reported"), "derived": _("Derived")}
    lines.append("\t".join((_("Figure"), _("Value"), _("Year"), _("Grade"), _("Source"))))
    for row in table_rows(chart_id, dataset, audience):
        cells = (row["label"], row["shown"], row["year"], grades.get(row["grade"], row["grade"]))
        lines.append("\t".join((*cells, row["source"])))
    lines.append(source_line)
    return ruby.plain("\n".join(lines))


# --- the sources ------------------------------------------------------------------------------


def release_source(dataset: DataSet) -> Source:
    """The National Police Agency's own release, as a source: its title, date and address
    (`[dataset]` of the data file); for elementary pupils the data set's own title stands for
    the release's (`plain_title`)."""
    return Source(
        id="npa-release",
        title=dataset.release_title,
        publisher=dataset.publisher,
        date=dataset.released,
        url=dataset.release_url,
        tier="R",
        plain_title=dataset.title,
    )


def _source_para(source: Source, audience: Audience) -> Para:
    """A source in the list: publisher, date and its headline (the real one, where the data
    file has it), linked to its web address (none for elementary pupils: `source_url`)."""
    return Para(
        (Run(ruby.plain(describe_source(source, audience)), link=source_url(source, audience)),),
        bullet=True,
    )


def _sources(
    sources: Sequence[Source], audience: Audience, dataset: DataSet, terms: Box | None
) -> list[Planned]:
    """The last slides: the police's own release first, then every report the lesson cites,
    in two columns, plain kanji (reference text for the teacher), each linked to its web
    address; a list too long for two columns at the smallest size goes on over more slides.
    The notes list each slide's sources with their web addresses."""
    sources = [release_source(dataset), *sources]
    title = title_box(ruby.plain(tr(audience, N_("Sources"))))
    top = top_below(title)
    # what a school may copy and change (`model/lesson/terms_of_use.py`), at the foot of the last
    # slide: every slide keeps its room, so the columns are the same on each
    height = bottom_above(terms) - top
    column_w = (CONTENT_W - GAP) // 2
    paras = [_source_para(s, audience) for s in sources]
    columns: list[Layout] = []
    for size in SOURCE_SIZES:  # the largest size at which two columns hold them all
        columns = _columns(paras, size, column_w, height)
        if len(columns) <= 2:
            break
    out: list[Planned] = []
    at = 0
    for first in range(0, max(len(columns), 1), 2):
        planned = Planned("sources", title, layout="Sources")
        notes: list[str] = []
        for index, column in enumerate(columns[first : first + 2]):
            left = MARGIN + index * (column_w + GAP)
            planned.boxes.append(Box(left, top, column_w, column.height, column, name="Sources"))
            for source in sources[at : at + len(column.laid)]:
                url = source_url(source, audience)
                line = ruby.plain(describe_source(source, audience))
                notes.append(line + (f" <{url}>" if url else ""))
            at += len(column.laid)
        planned.notes = "\n".join(notes)
        out.append(planned)
    if terms is not None:
        out[-1].boxes.append(terms)
        out[-1].notes += "\n\n" + "\n".join(p.text for p in terms.paras)
    return out


def _columns(paras: Sequence[Para], size: float, width: int, height: int) -> list[Layout]:
    """`paras` at `size` in columns `width` wide and at most `height` high, as many in each
    as it holds, in order (an item too long for a column gets one of its own)."""
    columns: list[Layout] = []
    current: list[Para] = []
    for item in paras:
        if current and lay_out([*current, item], size, width).height > height:
            columns.append(lay_out(current, size, width))
            current = []
        current.append(item)
    if current:
        columns.append(lay_out(current, size, width))
    return columns
