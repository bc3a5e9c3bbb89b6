"""The lesson as a PowerPoint file: written for every audience and language, read back with
python-pptx: a slide per slide (the activities revealed, the quiz a slide a question and a
slide an answer, the sources last), titles and text as the slides say them, notes, charts as
native charts with their figures in the notes, a Japanese font for East Asian text, nothing off the
slide, no autofit, every line as the exporter set it (breaks between phrases, measured with the
shipped font), and no furigana markup: pupils' readings in brackets once a slide, the teacher's
text in plain kanji. LibreOffice opens it and lays the lines out where they were set."""

from __future__ import annotations

import io
import re
import subprocess
from functools import cache
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.oxml.ns import qn

import decks
from awareness_app import i18n
from awareness_app.export.pptx import deck as pptx_export
from awareness_app.export.pptx.layout import Para, Run, laid_height
from awareness_app.model.charts.build import plain_spec
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.lesson.contacts import LocalContact
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience, Lesson, SlideKind
from awareness_app.model.lesson.overshare import PROFILES
from awareness_app.model.lesson.render import RenderedSlide, render_slide
from awareness_app.model.text import ruby
from awareness_app.model.text.furigana import DEFAULT, readings_for
from kanji_grades import GRADES_1_TO_4, KANJI
from office import convert_to_pdf, needs, pdftotext
from phrase_check import cuts
from sweeps import EDITIONS, ENDS, NEWEST, at_the_ends, newest_at_the_ends, representative

STRIP = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)
MARKUP = ("｜", "《", "》")
# a reading in brackets after the word it reads: 警察（けいさつ）
READING = re.compile(r"(?<=[\u3400-\u9fff々])（[ぁ-ゖァ-ヺー・]+）")


def _lesson(dataset: DataSet) -> Lesson:
    return fit_lesson(LESSON, dataset)


def _export(dataset: DataSet, audience: Audience, language: str) -> bytes:
    return decks.pptx_file(decks.year_of(dataset), audience, language)


def _rendered(dataset: DataSet, audience: Audience, language: str) -> list[RenderedSlide]:
    lesson = _lesson(dataset)
    with i18n.temporary_language(language), readings_for(audience, DEFAULT):
        return [
            render_slide(lesson, s, audience, dataset, markup_everywhere=True)
            for s in lesson.for_audience(audience)
        ]


def _read(text: str) -> str:
    """Text as written on a slide, read as the text it says: no line breaks, no readings."""
    return READING.sub("", text.replace("\v", ""))


def _texts(slide: object) -> str:
    return "\n".join(_read(s.text_frame.text) for s in slide.shapes if s.has_text_frame)  # type: ignore[attr-defined]


def _title(slide: object) -> str:
    return _read(slide.shapes.title.text)  # type: ignore[attr-defined]


def _notes(slide: object) -> str:
    return slide.notes_slide.notes_text_frame.text  # type: ignore[attr-defined]


COMBINATIONS = [(a, lang) for lang in ("en", "ja") for a in Audience]


@representative(at_the_ends)
@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_every_slide_is_written_in_order(
    dataset: DataSet, audience: Audience, language: str
) -> None:
    deck = Presentation(io.BytesIO(_export(dataset, audience, language)))
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)  # 16:9
    slides = list(deck.slides)
    rendered = _rendered(dataset, audience, language)
    at = 0
    for shown in rendered:  # each slide, on as many slides as its text needs
        title = ruby.plain(shown.title)
        run = 0
        while at + run < len(slides) and _title(slides[at + run]) == title:
            run += 1
        if shown.kind == SlideKind.QUIZ:
            assert run == 2 * len(shown.quiz), shown.id  # a question, then its answer
        elif shown.kind == SlideKind.ACTIVITY:
            assert run >= len(PROFILES), shown.id  # a slide a profile at least
        else:
            assert run >= 1, shown.id
        text = "\n".join(_texts(s) for s in slides[at : at + run])
        for slide in slides[at : at + run]:
            assert _notes(slide).strip(), f"{shown.id} has no notes"
        if shown.kind not in (SlideKind.ACTIVITY, SlideKind.QUIZ):
            assert shown.room_notes.split("\n")[0][:40] in _notes(slides[at])
            for line in [*shown.body.split("\n"), *shown.bullets]:
                assert ruby.plain(line).strip() in text, (shown.id, line)
            if shown.headline is not None:
                assert shown.headline.text in text
        at += run
    assert at < len(slides)
    for sources in slides[at:]:  # the sources last, on a slide or more
        assert _title(sources) == ("Sources" if language == "en" else "出典")
    listed = "\n".join(_texts(s) for s in slides[at:])
    closing = next(r for r in rendered if r.kind == SlideKind.CLOSING)
    for source in closing.sources:  # every source the lesson cites, on the last slides
        with i18n.temporary_language(language):
            publisher = i18n.pgettext(audience.value, source.publisher)
        assert ruby.plain(publisher) in listed


@representative(lambda year: year == NEWEST)
@pytest.mark.parametrize("year", EDITIONS)
def test_no_gridline_runs_through_a_bars_figure(year: int) -> None:
    """A bar chart writes each bar's figure after it, over the plot, and hides its value axis
    (each bar carries its value, as in the app): a gridline there carries no number and ran
    between the letters of the figures it crossed ("96 (more than 4 in 10*)" in LibreOffice).
    No bar chart of any edition's deck, at either end of the rooms, has one."""
    from pptx.enum.chart import XL_CHART_TYPE

    for audience, language in sorted(ENDS):
        deck = Presentation(io.BytesIO(decks.pptx_file(year, audience, language)))
        charts = [s.chart for slide in deck.slides for s in slide.shapes if s.has_chart]
        bars = [c for c in charts if c.chart_type == XL_CHART_TYPE.BAR_CLUSTERED]
        assert bars, (audience, language)
        for chart in bars:
            assert not chart.value_axis.visible
            assert not chart.value_axis.has_major_gridlines


@representative(at_the_ends)
@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_charts_are_native_charts_with_their_figures_in_the_notes(
    dataset: DataSet, audience: Audience, language: str
) -> None:
    """Issue 21: a chart is a chart part (not a picture) holding the app's values, with the
    app's source line under it and its figures in the notes."""
    deck = Presentation(io.BytesIO(_export(dataset, audience, language)))
    by_title = {_title(s): s for s in deck.slides}
    charts = [r for r in _rendered(dataset, audience, language) if r.chart]
    assert charts
    for shown in charts:
        assert shown.chart is not None
        slide = by_title[ruby.plain(shown.title)]
        assert not [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE], shown.id
        frames = [s for s in slide.shapes if s.has_chart]
        assert frames, shown.id
        notes = _notes(slide)
        with i18n.temporary_language(language), readings_for(audience, DEFAULT):
            from awareness_app.export.chart_files import table_rows

            spec = plain_spec(shown.chart, dataset, audience)  # the teacher's words: kanji
            rows = table_rows(shown.chart, dataset, audience)
        values = {
            round(v, 6)
            for f in frames
            for p in f.chart.plots
            for s in p.series
            for v in s.values
            if v is not None
        }
        drawn = [b.value for g in spec.groups for b in g.bars] + [
            pt.value for panel in spec.panels for pt in panel.points
        ]
        assert {round(v, 6) for v in drawn} == values, shown.id
        title = ruby.plain(spec.title)  # the teacher's text: plain kanji
        assert title in notes and ruby.plain(spec.source_line) in notes
        assert title in frames[0]._element.nvGraphicFramePr.cNvPr.get("descr")
        assert ruby.plain(spec.source_line) in _read(_texts(slide)).replace("\n", "")
        for row in rows:  # label, value as shown, year, grade, source: a line each
            assert ruby.plain(row["label"]) in notes and row["shown"] in notes
            assert row["year"] in notes and ruby.plain(row["source"]) in notes
        assert len(notes.splitlines()) >= len(rows) + 2


@cache
def _advances(bold: bool) -> tuple[dict[int, int], int]:
    """The shipped font's advance widths (font units, by code point) and its units per em."""
    from fontTools.ttLib import TTFont

    from awareness_app import resources

    with TTFont(resources.font_files()[1 if bold else 0]) as font:
        metrics = font["hmtx"].metrics
        return {c: metrics[g][0] for c, g in font.getBestCmap().items()}, font["head"].unitsPerEm


def _measure(runs: list[tuple[str, float, bool]]) -> float:
    """The width in points of a line's runs (text, size, bold), its hanging spaces left out."""
    while runs and not runs[-1][0].rstrip():
        runs = runs[:-1]
    if runs:
        runs = [*runs[:-1], (runs[-1][0].rstrip(), runs[-1][1], runs[-1][2])]
    width = 0.0
    for text, size, bold in runs:
        advances, units = _advances(bold)
        width += sum(advances[ord(ch)] for ch in text) * size / units
    return width


def _lines(paragraph: object) -> list[list[tuple[str, float, bool]]]:
    """A paragraph's lines as written (cut at its explicit breaks): each a list of runs."""
    lines: list[list[tuple[str, float, bool]]] = [[]]
    for child in paragraph._p:  # type: ignore[attr-defined]
        if child.tag == qn("a:br"):
            lines.append([])
        elif child.tag == qn("a:r"):
            r_pr = child.find(qn("a:rPr"))
            size = int(r_pr.get("sz")) / 100
            lines[-1].append((child.text or "", size, r_pr.get("b") == "1"))
    return lines


LAID_OUT = [(year, a, lang) for year in (2025, 2023) for a, lang in COMBINATIONS]


@representative(lambda year, audience, language: newest_at_the_ends(year, audience, language))
@pytest.mark.parametrize(("year", "audience", "language"), LAID_OUT)
def test_every_line_is_set_measured_sized_and_on_the_slide(
    year: int, audience: Audience, language: str
) -> None:
    """Read back: no autofit anywhere; titles 32 pt or more, the slide's text 24 pt or more,
    footers and sources 14 pt or more; each line (cut at its explicit breaks), measured with the
    shipped font at its run's size, inside its box with a margin to spare, each box as high as
    its lines and inside the slide, no two boxes over each other."""
    deck = Presentation(io.BytesIO(decks.pptx_file(year, audience, language)))
    for number, slide in enumerate(deck.slides, start=1):
        placed = []
        for shape in slide.shapes:
            where = (year, audience.value, language, number, shape.name)
            if shape.name.startswith("Outline"):  # the activity's marks, over its picture
                assert shape.left >= 0 and shape.left + shape.width <= deck.slide_width, where
                continue
            assert shape.left >= 0 and shape.top >= 0, where
            assert shape.left + shape.width <= deck.slide_width, where
            assert shape.top + shape.height <= deck.slide_height, where
            placed.append((shape.left, shape.top, shape.width, shape.height, shape.name))
            if shape.is_placeholder and shape.placeholder_format.type in STRIP:
                continue  # the edition and the slide number: the layout's (test_pptx_master.py)
            if not shape.has_text_frame:
                assert shape.has_chart or shape.shape_type == MSO_SHAPE_TYPE.PICTURE, where
                continue
            body = shape.text_frame._txBody.find(qn("a:bodyPr"))
            assert body.find(qn("a:noAutofit")) is not None, where
            assert body.find(qn("a:normAutofit")) is None and body.find(qn("a:spAutoFit")) is None
            sizes = {r.font.size.pt for p in shape.text_frame.paragraphs for r in p.runs}
            if shape == slide.shapes.title:
                assert min(sizes) >= 32, where
            elif shape.name.startswith(("Text", "Figure")):
                assert min(sizes) >= 24, where
            else:  # the footer's source line and the list of sources: reference text
                assert shape.name.startswith(("Footer", "Sources")) and min(sizes) >= 14, where
            inner = (shape.width - 2 * shape.text_frame.margin_left) / 12700
            height = 2 * shape.text_frame.margin_top / 12700
            for index, paragraph in enumerate(shape.text_frame.paragraphs):
                p_pr = paragraph._p.pPr
                indent = int(p_pr.get("marL", "0")) / 12700 if p_pr is not None else 0.0
                lines = _lines(paragraph)
                size = max(s for line in lines for _t, s, _b in line)
                for line in lines:  # the viewer's own wrap never triggers: 5 % to spare
                    assert _measure(line) <= (inner - indent) * 0.951, (where, line)
                spacing = paragraph.line_spacing.pt
                assert spacing == pytest.approx(size * 1.2, abs=0.01)
                before = paragraph.space_before.pt if index and paragraph.space_before else 0
                height += before + len(lines) * spacing
            assert height * 12700 <= shape.height + 12700, where  # the box holds its lines …
            assert shape.height - height * 12700 <= 12700 or shape.name.startswith("Title"), where
        for index, (x, y, w, h, first) in enumerate(placed):  # … and none over another
            for x2, y2, w2, h2, second in placed[index + 1 :]:
                apart = x + w <= x2 or x2 + w2 <= x or y + h <= y2 or y2 + h2 <= y
                assert apart, (year, number, first, second)


@representative(lambda year: year == NEWEST)
@pytest.mark.parametrize(("year", "audience"), [(y, a) for y in (2025, 2023) for a in Audience])
def test_japanese_lines_break_between_phrases(year: int, audience: Audience) -> None:
    deck = Presentation(io.BytesIO(decks.pptx_file(year, audience, "ja")))
    broken = 0
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for paragraph in shape.text_frame.paragraphs:
                lines = ["".join(t for t, _s, _b in line) for line in _lines(paragraph)]
                broken += len(lines) - 1
                assert cuts("".join(lines), lines) == [], (number, shape.name, lines)
    assert broken > 20  # the check sees breaks


@pytest.mark.parametrize("year", [2025, 2023])
def test_pupils_get_each_reading_in_brackets_once_a_slide(year: int) -> None:
    """Elementary Japanese: every kanji beyond grade 4 in what pupils read (the title, the
    slide's text; not the footer's source line or the sources, which are the teacher's) is
    followed by its reading the first time it appears on a slide, and plain after."""
    deck = Presentation(io.BytesIO(decks.pptx_file(year, Audience.ELEMENTARY, "ja")))
    given = 0
    for number, slide in enumerate(deck.slides, start=1):
        shapes = [s for s in slide.shapes if s.has_text_frame]
        texts = [
            s.text_frame.text.replace("\v", "")
            for s in shapes
            if s.name[:4] in ("Titl", "Text", "Figu")
        ]
        text = "\n".join(texts)
        seen: set[str] = set()
        for match in re.finditer(r"[\u3400-\u9fff々]+", text):
            word = match.group()
            if not any(KANJI.match(ch) and ch not in GRADES_1_TO_4 for ch in word):
                continue
            reading = READING.match(text, match.end())
            if word in seen:
                assert reading is None, (number, word, text)  # once a slide
            else:
                assert reading is not None, (number, word, text)
                seen.add(word)
                given += 1
    assert given > 8


def test_notes_sources_and_footers_are_plain_kanji() -> None:
    """The teacher's text — notes, footers, the sources — keeps its kanji for every audience:
    no word is put into kana by the export, and no reading is added."""
    deck = Presentation(io.BytesIO(decks.pptx_file(2025, Audience.ELEMENTARY, "ja")))
    sources = [s for s in deck.slides if _title(s) == "出典"]
    listed = "".join(sh.text_frame.text for s in sources for sh in s.shapes if sh.has_text_frame)
    assert "警察庁" in listed and "けいさつちょう" not in listed
    assert not READING.search(listed.replace("\v", ""))
    for slide in deck.slides:
        notes = _notes(slide)
        assert "けいさつちょう" not in notes and "ひがいじどう" not in notes
        assert not any(mark in notes for mark in MARKUP)
        for shape in slide.shapes:
            if shape.has_text_frame and shape.name.startswith("Footer"):
                footer = shape.text_frame.text
                assert "けいさつちょう" not in footer and not READING.search(footer)
    assert "警察庁" in _notes(deck.slides[1])


def _theme_fonts(deck: object) -> dict[str, str]:
    """The theme's heading and body fonts, by the names runs give them (`+mj-lt`, `+mn-ea` …)."""
    from lxml import etree
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    part = deck.slide_master.part.part_related_by(RT.THEME)  # type: ignore[attr-defined]
    scheme = etree.fromstring(part.blob).find(f".//{qn('a:fontScheme')}")
    return {
        f"+{short}-{script}": scheme.find(qn(f"a:{face}")).find(qn(f"a:{tag}")).get("typeface")
        for short, face in (("mj", "majorFont"), ("mn", "minorFont"))
        for script, tag in (("lt", "latin"), ("ea", "ea"))
    }


@representative(at_the_ends)
@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_fonts_and_no_furigana_markup(dataset: DataSet, audience: Audience, language: str) -> None:
    """Every run names its language and BIZ UDPGothic as its Latin and East Asian font: on the
    slides through the theme (a theme change restyles them), in the notes by name."""
    deck = Presentation(io.BytesIO(_export(dataset, audience, language)))
    fonts = _theme_fonts(deck)
    assert set(fonts.values()) == {"BIZ UDPGothic"}
    for slide in deck.slides:
        frames = [(s.text_frame, True) for s in slide.shapes if s.has_text_frame]
        frames.append((slide.notes_slide.notes_text_frame, False))
        for frame, on_slide in frames:
            assert not any(mark in frame.text for mark in MARKUP), frame.text
            for paragraph in frame.paragraphs:
                for run in paragraph.runs:
                    r_pr = run._r.rPr
                    assert r_pr is not None
                    east_asian = r_pr.find(qn("a:ea")).get("typeface")
                    latin = r_pr.find(qn("a:latin")).get("typeface")
                    assert east_asian.startswith("+") == latin.startswith("+") == on_slide
                    assert fonts.get(east_asian, east_asian) == "BIZ UDPGothic"
                    assert fonts.get(latin, latin) == "BIZ UDPGothic"
                    assert r_pr.get("lang") == {"en": "en-GB", "ja": "ja-JP"}[language]


def test_pupils_read_marked_words_with_their_reading(dataset: DataSet, marked_ja: None) -> None:
    """Where the catalogue marks a reading, pupils with furigana get the word in kanji with its
    reading in brackets the first time on a slide (a text box has no ruby); older rooms get
    the kanji alone, and so does the notes page."""
    data = pptx_export.pptx_bytes(
        _lesson(dataset), Audience.ELEMENTARY, dataset, "ja", chart_width=decks.CHART_WIDTH
    )
    deck = Presentation(io.BytesIO(data))
    text = "\n".join(s.shapes[1].text_frame.text + _notes(s) for s in deck.slides)
    assert not any(mark in text for mark in MARKUP)
    assert "相談（そうだん）" in text.replace("\v", "")
    assert "そうだん" not in "".join(_notes(s) for s in deck.slides)
    adults = pptx_export.pptx_bytes(
        _lesson(dataset), Audience.ADULTS, dataset, "ja", chart_width=decks.CHART_WIDTH
    )
    words = "\n".join(_texts(s) for s in Presentation(io.BytesIO(adults)).slides)
    assert "相談" in words and "（そうだん）" not in words


def test_activities_revealed_and_quiz_a_slide_a_question_then_its_answer(
    dataset: DataSet,
) -> None:
    audience, language = Audience.JUNIOR_HIGH, "en"
    deck = Presentation(io.BytesIO(_export(dataset, audience, language)))
    rendered = _rendered(dataset, audience, language)
    activity = next(r for r in rendered if r.kind == SlideKind.ACTIVITY)
    quiz = next(r for r in rendered if r.kind == SlideKind.QUIZ)
    shown = [s for s in deck.slides if _title(s) == activity.title]
    text = "\n".join(_texts(s) for s in shown)
    for profile in activity.activity:
        assert profile.name in text
        for detail in profile.details:  # each detail once, with why it matters
            assert text.count(f"{detail.number}. {detail.label}") == 1
            assert detail.why in text
    slides = [s for s in deck.slides if _title(s) == quiz.title]
    assert len(slides) == 2 * len(quiz.quiz)
    for question, asked, answered in zip(quiz.quiz, slides[::2], slides[1::2], strict=True):
        assert question.question in _texts(asked) and question.question in _texts(answered)
        assert question.answer not in _texts(asked)  # … but in the notes, for the presenter
        assert question.answer in _notes(asked)
        right = question.options[question.correct]
        assert f"✓ {question.correct + 1}. {right}" in _texts(answered)
        assert question.answer in _texts(answered)
        assert question.source_line in _texts(answered)


def test_local_contacts_on_the_closing_slide(dataset: DataSet) -> None:
    contact = LocalContact(name_en="Counsellor's room", phone_or_room="Room 203", hours_en="Mon")
    data = pptx_export.pptx_bytes(
        _lesson(dataset),
        Audience.HIGH_SCHOOL,
        dataset,
        "en",
        [contact],
        chart_width=decks.CHART_WIDTH,
    )
    text = "\n".join(_texts(s) for s in Presentation(io.BytesIO(data)).slides)
    assert "Counsellor's room: Room 203 (Mon)" in text
    assert text.index("Counsellor's room") < text.index("Help lines")


def test_export_is_atomic_and_takes_the_lesson_in_its_order(
    dataset: DataSet, tmp_path: Path
) -> None:
    """A lesson plan hands the exporter a lesson in its own order: that order is kept."""
    lesson = _lesson(dataset)
    slides = lesson.for_audience(Audience.ADULTS)
    reordered = Lesson(lesson.id, lesson.title, (slides[2], slides[0], slides[-1]))
    out = tmp_path / "plan.pptx"
    pptx_export.export_pptx(
        out, reordered, Audience.ADULTS, dataset, "en", chart_width=decks.CHART_WIDTH
    )
    deck = Presentation(str(out))
    rendered = _rendered(dataset, Audience.ADULTS, "en")
    by_id = {r.id: r.title for r in rendered}
    titles = list(dict.fromkeys(_title(s) for s in deck.slides))
    assert titles == [by_id[slides[2].id], by_id[slides[0].id], by_id[slides[-1].id], "Sources"]
    assert not list(tmp_path.glob(".*"))  # no temporary file left


@needs("soffice", "pdftotext", "pdffonts")
@representative(lambda language: language == "ja")  # pupils' Japanese: the strictest
@pytest.mark.parametrize(
    ("audience", "language"), [(Audience.ELEMENTARY, "ja"), (Audience.ADULTS, "en")]
)
def test_libreoffice_lays_the_lines_out_where_they_were_set(
    audience: Audience, language: str, tmp_path: Path
) -> None:
    """LibreOffice Impress converts the deck to PDF, given the app's font as a font of the
    account's (as a school PC has BIZ UDPGothic): it draws the text with it, each slide on its
    page, and every line as the exporter set it — a title never rewrapped inside a phrase,
    every line of every box found whole on its slide's page."""

    source = tmp_path / "lesson.pptx"
    source.write_bytes(decks.pptx_file(2025, audience, language))
    pdf = convert_to_pdf(source)
    used = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    assert "BIZUDPGothic" in used.stdout, used.stdout  # the font the file names, installed
    deck = Presentation(str(source))
    for number, slide in enumerate(deck.slides, start=1):
        page = pdftotext(pdf, number)
        rows = ["".join(row.split()) for row in page.splitlines()]
        # the slide number the master's strip shows, at the end of the page's last row
        assert [row for row in rows if row][-1].endswith(str(number)), (number, rows[-3:])
        for shape in slide.shapes:
            if not shape.has_text_frame or shape.name.startswith("Outline"):
                continue  # a chart, a picture, or the number of an outline over the picture
            for paragraph in shape.text_frame.paragraphs:
                for line in _lines(paragraph):
                    written = "".join("".join(t.split()) for t, _s, _b in line)
                    if shape == slide.shapes.title:  # on one row of the page: not rewrapped
                        assert any(written in row for row in rows), (number, written, rows)
                        text = "".join(t for t, _s, _b in line)
                        if language == "ja":
                            assert cuts(text, [text]) == []
                    elif written:  # the slide's text on its page, each line whole
                        assert written in "".join(rows), (number, written)


def test_a_lines_running_width_is_the_whole_lines() -> None:
    """The layout keeps a line's width as it adds units (`_Line`): after each unit, the width
    it gives is the whole line's measured again without the spaces at its end — spaces of
    both widths, ending a unit or being all of one, Japanese meeting a digit, bold runs."""
    from awareness_app.export.pptx.layout import AUTOSPACE, _em, _Line, _measured

    para = Para(
        runs=(
            Run("警察庁の2025年 の数値 ", bold=False),
            Run("Bold 36% 　", bold=True),
            Run(" 　", bold=False),
            Run("ＳＮＳで被害 A1あ 36\u3000", bold=False),
        )
    )
    units = _measured(para)
    assert len(units) > 4
    line, written = _Line(para), []
    for unit, unit_em in units:
        whole = [*written, *unit]
        while whole and whole[-1][0].isspace():
            whole.pop()
        assert line.em_with(unit, unit_em) == pytest.approx(_em(whole, para)), whole
        line.add(unit, unit_em)
        written += unit
        assert line.em == pytest.approx(_em(written, para))
    assert _em([("年", 0), ("2", 0)], para) > _em([("年", 0)], para) + AUTOSPACE / 2


@representative(lambda year, audience, language: newest_at_the_ends(year, audience, language))
@pytest.mark.parametrize("year", EDITIONS)
@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_every_edition_fits_its_slides(year: int, audience: Audience, language: str) -> None:
    """Every edition's lesson, in every audience and language, laid out (not drawn): each text
    box holds its lines at its size, on the slide."""
    data = decks.edition(year)
    with i18n.temporary_language(language), readings_for(audience, DEFAULT):
        planned = pptx_export.plan(_lesson(data), audience, data)
    for slide in planned:
        for box in [slide.title, *slide.boxes]:
            where = (slide.slide_id, box.name)
            assert laid_height(box.layout.laid, box.size) <= box.height, where
            assert box.top + box.height <= pptx_export.SLIDE_H, where


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_plan_and_the_school_slide_go_to_powerpoint(dataset: DataSet, language: str) -> None:
    """A plan's order, its hidden slides left out, and the school's own slide (in the language
    written, or the other where one is missing) as editable text."""
    from awareness_app.model.lesson.lesson import OwnText
    from awareness_app.model.lesson.plan import apply_plan, school_slide, short_plan

    lesson = _lesson(dataset)
    own = school_slide(
        "own-rules",
        OwnText(en="Phones at our school", ja="本校のスマホのルール"),
        [
            OwnText(en="Phones stay in your bag in lessons", ja=""),
            OwnText(en="", ja="困ったら担任へ"),
        ],
    )
    plan = short_plan(Audience.JUNIOR_HIGH, lesson).with_school(own)
    planned = apply_plan(lesson, plan).lesson
    deck = Presentation(
        io.BytesIO(
            pptx_export.pptx_bytes(
                planned, Audience.JUNIOR_HIGH, dataset, language, chart_width=decks.CHART_WIDTH
            )
        )
    )
    titles = list(dict.fromkeys(_title(s) for s in deck.slides if s.shapes.title is not None))
    title = "Phones at our school" if language == "en" else "本校のスマホのルール"
    assert title in titles
    slide = next(s for s in deck.slides if s.shapes.title is not None and _title(s) == title)
    words = _texts(slide)
    assert "Phones stay in your bag in lessons" in words and "困ったら担任へ" in words
    with i18n.temporary_language(language):
        shown_titles = [
            ruby.plain(render_slide(planned, s, Audience.JUNIOR_HIGH, dataset).title)
            for s in planned.for_audience(Audience.JUNIOR_HIGH)
        ]
    # the plan's slides, in its order (quiz answers and the sources slide come in between / after)
    assert [t for t in titles if t in shown_titles] == [t for t in shown_titles if t in titles]
    assert len(shown_titles) < len(lesson.for_audience(Audience.JUNIOR_HIGH))


def test_a_chart_slide_with_too_much_text_still_exports(
    dataset: DataSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A data file whose words run longer than any edition's: the export does not fail; the
    chart keeps its room, and the text goes on slides of its own before it, at a size the back
    row reads."""
    long = [Para((Run("A sentence that goes on and on " * 6),)) for _ in range(12)]
    monkeypatch.setattr(pptx_export, "_text_paras", lambda shown, audience: long)
    lesson = _lesson(dataset)
    with i18n.temporary_language("en"), readings_for(Audience.ADULTS, DEFAULT):
        planned = pptx_export.plan(lesson, Audience.ADULTS, dataset)
    charts = [p for p in planned if p.chart]
    assert charts and all(p.chart_box[3] >= pptx_export.MIN_CHART_H for p in charts)
    before = [planned[planned.index(p) - 1] for p in charts]
    assert all(
        b.slide_id == p.slide_id and b.boxes[0].size >= 24
        for b, p in zip(before, charts, strict=True)
    )
