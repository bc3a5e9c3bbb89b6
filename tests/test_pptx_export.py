"""The lesson as a PowerPoint file: written for every audience and language, read back with
python-pptx: a slide per slide (the activities revealed, the quiz a slide a question and a
slide an answer, the sources last), titles and text as the slides say them, notes, charts as
pictures with their figures in the notes, a Japanese font for East Asian text, nothing off the
slide, and no furigana markup (kana instead)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from awareness_app import i18n, pptx_export
from awareness_app.model import ruby
from awareness_app.model.charts import build_spec
from awareness_app.model.contacts import LocalContact
from awareness_app.model.content import LESSON
from awareness_app.model.dataset import DataSet
from awareness_app.model.dataset_fit import fit_lesson
from awareness_app.model.furigana import readings_for
from awareness_app.model.lesson import Audience, Lesson, SlideKind
from awareness_app.model.overshare import PROFILES
from awareness_app.model.render import RenderedSlide, render_slide
from awareness_app.pptx_layout import Para, Run, text_height

CHART_WIDTH = 480  # small pictures: the tests check what is written, not how sharp it is
MARKUP = ("｜", "《", "》")
_cache: dict[tuple[Audience, str], bytes] = {}


def _lesson(dataset: DataSet) -> Lesson:
    return fit_lesson(LESSON, dataset)


def _export(dataset: DataSet, audience: Audience, language: str) -> bytes:
    key = (audience, language)
    if key not in _cache:
        _cache[key] = pptx_export.pptx_bytes(
            _lesson(dataset), audience, dataset, language, chart_width=CHART_WIDTH
        )
    return _cache[key]


def _rendered(dataset: DataSet, audience: Audience, language: str) -> list[RenderedSlide]:
    lesson = _lesson(dataset)
    with i18n.temporary_language(language), readings_for(audience, kana=True):
        return [render_slide(lesson, s, audience, dataset) for s in lesson.for_audience(audience)]


def _texts(slide: object) -> str:
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)  # type: ignore[attr-defined]


def _notes(slide: object) -> str:
    return slide.notes_slide.notes_text_frame.text  # type: ignore[attr-defined]


COMBINATIONS = [(a, lang) for lang in ("en", "ja") for a in Audience]


@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_every_slide_is_written_in_order(
    dataset: DataSet, audience: Audience, language: str
) -> None:
    deck = Presentation(io.BytesIO(_export(dataset, audience, language)))
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)  # 16:9
    slides = list(deck.slides)
    rendered = _rendered(dataset, audience, language)
    quiz = next(r for r in rendered if r.kind == SlideKind.QUIZ)
    activity_slides = [
        s
        for s in slides
        if s.shapes.title.text
        == ruby.kana(next(r for r in rendered if r.kind == SlideKind.ACTIVITY).title)
    ]
    assert len(activity_slides) >= len(PROFILES)  # a slide a profile at least
    assert len(slides) == (
        len(rendered) + (len(activity_slides) - 1) + (2 * len(quiz.quiz) - 1) + 1
    )
    at = 0
    for shown in rendered:
        count = {SlideKind.ACTIVITY: len(activity_slides), SlideKind.QUIZ: 2 * len(quiz.quiz)}
        for _n in range(count.get(shown.kind, 1)):
            slide = slides[at]
            assert slide.shapes.title.text == ruby.kana(shown.title), shown.id
            assert _notes(slide).strip(), f"{shown.id} has no notes"
            if shown.kind not in (SlideKind.ACTIVITY, SlideKind.QUIZ):
                assert shown.notes.split("\n")[0][:40] in _notes(slide)
                text = _texts(slide)
                for line in [*shown.body.split("\n"), *shown.bullets]:
                    assert ruby.kana(line).strip() in text, (shown.id, line)
                if shown.headline is not None:
                    assert shown.headline.text in text
            at += 1
    sources = slides[-1]
    assert sources.shapes.title.text == ("Sources" if language == "en" else "出典")
    closing = next(r for r in rendered if r.kind == SlideKind.CLOSING)
    for source in closing.sources:  # every source the lesson cites, on the last slide
        with i18n.temporary_language(language), readings_for(audience, kana=True):
            publisher = i18n.pgettext(audience.value, source.publisher)
        assert ruby.kana(publisher) in _texts(sources)


@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_charts_are_pictures_with_their_figures_in_the_notes(
    dataset: DataSet, audience: Audience, language: str
) -> None:
    deck = Presentation(io.BytesIO(_export(dataset, audience, language)))
    by_title = {s.shapes.title.text: s for s in deck.slides}
    charts = [r for r in _rendered(dataset, audience, language) if r.chart]
    assert charts
    for shown in charts:
        assert shown.chart is not None
        slide = by_title[ruby.kana(shown.title)]
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1, shown.id
        assert pictures[0].image.content_type == "image/png"
        # drawn at twice the size it takes on a slide CHART_WIDTH pixels wide: sharp, and
        # its type as large as on a screen that size
        share = pictures[0].width / deck.slide_width
        assert abs(pictures[0].image.size[0] - 2 * CHART_WIDTH * share) <= 1
        notes = _notes(slide)
        with i18n.temporary_language(language), readings_for(audience, kana=True):
            from awareness_app.charts.export import table_rows

            spec = build_spec(shown.chart, dataset, audience)
            rows = table_rows(shown.chart, dataset, audience)
        assert spec.title in notes and spec.source_line in notes
        assert spec.title in pictures[0]._element.nvPicPr.cNvPr.get("descr")
        for row in rows:  # label, value as shown, year, grade, source: a line each
            assert ruby.kana(row["label"]) in notes and row["shown"] in notes
            assert row["year"] in notes and ruby.kana(row["source"]) in notes
        assert len(notes.splitlines()) >= len(rows) + 2


@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_text_is_editable_sized_for_a_projector_and_on_the_slide(
    dataset: DataSet, audience: Audience, language: str
) -> None:
    deck = Presentation(io.BytesIO(_export(dataset, audience, language)))
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0, (number, shape.name)
            assert shape.left + shape.width <= deck.slide_width, (number, shape.name)
            assert shape.top + shape.height <= deck.slide_height, (number, shape.name)
            if not shape.has_text_frame:
                assert shape.shape_type == MSO_SHAPE_TYPE.PICTURE  # only charts are pictures
                continue
            sizes = {r.font.size.pt for p in shape.text_frame.paragraphs for r in p.runs}
            if shape == slide.shapes.title:
                assert min(sizes) >= 32, (number, shape.text_frame.text)
            elif shape.name.startswith(("Text", "Figure")):
                assert min(sizes) >= 20, (number, shape.text_frame.text)
            else:  # the footer's source line and the list of sources: reference text
                assert shape.name.startswith(("Footer", "Sources")) and min(sizes) >= 10
            # the text fits its box by the exporter's estimate, read back from the file
            paras = [
                Para(
                    (Run(p.text),),
                    bullet=p._p.pPr is not None and p._p.pPr.find(qn("a:buChar")) is not None,
                )
                for p in shape.text_frame.paragraphs
            ]
            size = max(sizes)
            assert text_height(paras, size, shape.width) <= shape.height, (number, shape.name)


@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_fonts_and_no_furigana_markup(dataset: DataSet, audience: Audience, language: str) -> None:
    deck = Presentation(io.BytesIO(_export(dataset, audience, language)))
    for slide in deck.slides:
        frames = [s.text_frame for s in slide.shapes if s.has_text_frame]
        frames.append(slide.notes_slide.notes_text_frame)
        for frame in frames:
            assert not any(mark in frame.text for mark in MARKUP), frame.text
            for paragraph in frame.paragraphs:
                for run in paragraph.runs:
                    r_pr = run._r.rPr
                    assert r_pr is not None
                    east_asian = r_pr.find(qn("a:ea"))
                    assert east_asian is not None and east_asian.get("typeface") == "BIZ UDPGothic"
                    assert r_pr.find(qn("a:latin")).get("typeface") == "BIZ UDPGothic"
                    assert r_pr.get("lang") == {"en": "en-GB", "ja": "ja-JP"}[language]


def test_pupils_read_marked_words_in_kana(dataset: DataSet, marked_ja: None) -> None:
    """Where the catalogue marks a reading, pupils with furigana get the word in kana (the
    handout's rule); a text box has no ruby."""
    data = pptx_export.pptx_bytes(
        _lesson(dataset), Audience.ELEMENTARY, dataset, "ja", chart_width=CHART_WIDTH
    )
    deck = Presentation(io.BytesIO(data))
    text = "\n".join(_texts(s) + _notes(s) for s in deck.slides)
    assert not any(mark in text for mark in MARKUP)
    assert "けいさつ" in text
    adults = pptx_export.pptx_bytes(
        _lesson(dataset), Audience.ADULTS, dataset, "ja", chart_width=CHART_WIDTH
    )
    first = Presentation(io.BytesIO(adults)).slides[-1]
    assert "警察" in _texts(first) + _notes(first)


def test_activities_revealed_and_quiz_a_slide_a_question_then_its_answer(
    dataset: DataSet,
) -> None:
    audience, language = Audience.JUNIOR_HIGH, "en"
    deck = Presentation(io.BytesIO(_export(dataset, audience, language)))
    rendered = _rendered(dataset, audience, language)
    activity = next(r for r in rendered if r.kind == SlideKind.ACTIVITY)
    quiz = next(r for r in rendered if r.kind == SlideKind.QUIZ)
    shown = [s for s in deck.slides if s.shapes.title.text == activity.title]
    text = "\n".join(_texts(s) for s in shown)
    for profile in activity.activity:
        assert profile.name in text
        for detail in profile.details:  # each detail once, with why it matters
            assert text.count(f"{detail.number}. {detail.label}") == 1
            assert detail.why in text
    slides = [s for s in deck.slides if s.shapes.title.text == quiz.title]
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
        _lesson(dataset), Audience.HIGH_SCHOOL, dataset, "en", [contact], chart_width=CHART_WIDTH
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
    pptx_export.export_pptx(out, reordered, Audience.ADULTS, dataset, "en", chart_width=CHART_WIDTH)
    deck = Presentation(str(out))
    rendered = _rendered(dataset, Audience.ADULTS, "en")
    by_id = {r.id: r.title for r in rendered}
    titles = [s.shapes.title.text for s in deck.slides]
    assert titles == [by_id[slides[2].id], by_id[slides[0].id], by_id[slides[-1].id], "Sources"]
    assert not list(tmp_path.glob(".*"))  # no temporary file left


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("soffice", "pdftotext", "pdffonts")),
    reason="LibreOffice (soffice), pdftotext and pdffonts are not installed "
    "(apt-get install libreoffice-impress poppler-utils)",
)
def test_libreoffice_opens_it(dataset: DataSet, tmp_path: Path) -> None:
    """LibreOffice Impress converts the deck to PDF with every slide and its title; given the
    app's font as a font of the account's (as a school PC with a Japanese font has one), it
    draws the Japanese with it, not as boxes."""
    from awareness_app import resources

    source = tmp_path / "lesson.pptx"
    source.write_bytes(_export(dataset, Audience.ELEMENTARY, "ja"))
    fonts = tmp_path / ".fonts"
    fonts.mkdir()
    for face in resources.font_files():
        shutil.copy(face, fonts)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=240,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin:/usr/local/bin"},
    )
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "lesson.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    used = subprocess.run(
        ["pdffonts", str(tmp_path / "lesson.pdf")], check=True, capture_output=True, text=True
    ).stdout
    assert "BIZUDPGothic" in used, used  # the font the file names, installed as on a school PC
    deck = Presentation(str(source))
    assert text.count("\f") >= len(deck.slides) - 1
    for slide in deck.slides:
        assert slide.shapes.title.text.replace(" ", "")[:8] in text.replace(" ", "")


def test_every_edition_fits_its_slides() -> None:
    """Every edition's lesson, in every audience and language, laid out (not drawn): each text
    box holds its text at its size, by the estimate."""
    from awareness_app import resources
    from awareness_app.model.dataset import load_dataset

    for year in resources.editions():
        data = load_dataset(resources.edition_file(year))
        lesson = _lesson(data)
        for audience, language in COMBINATIONS:
            with i18n.temporary_language(language), readings_for(audience, kana=True):
                planned = pptx_export.plan(lesson, audience, data)
            for slide in planned:
                for box in slide.boxes:
                    assert text_height(box.paras, box.size, box.width) <= box.height, (
                        year,
                        audience,
                        language,
                        slide.slide_id,
                    )


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_plan_and_the_school_slide_go_to_powerpoint(dataset: DataSet, language: str) -> None:
    """A plan's order, its hidden slides left out, and the school's own slide (in the language
    written, or the other where one is missing) as editable text."""
    from awareness_app.model.lesson import OwnText
    from awareness_app.model.lesson_plan import apply_plan, school_slide, short_plan

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
                planned, Audience.JUNIOR_HIGH, dataset, language, chart_width=CHART_WIDTH
            )
        )
    )
    titles = [s.shapes.title.text for s in deck.slides if s.shapes.title is not None]
    title = "Phones at our school" if language == "en" else "本校のスマホのルール"
    assert title in titles
    slide = next(
        s for s in deck.slides if s.shapes.title is not None and s.shapes.title.text == title
    )
    words = _texts(slide)
    assert "Phones stay in your bag in lessons" in words and "困ったら担任へ" in words
    with i18n.temporary_language(language):
        shown_titles = [
            ruby.kana(render_slide(planned, s, Audience.JUNIOR_HIGH, dataset).title)
            for s in planned.for_audience(Audience.JUNIOR_HIGH)
        ]
    # the plan's slides, in its order (quiz answers and the sources slide come in between / after)
    assert [t for t in titles if t in shown_titles] == [t for t in shown_titles if t in titles]
    assert len(shown_titles) < len(lesson.for_audience(Audience.JUNIOR_HIGH))


def test_a_chart_slide_with_too_much_text_still_exports(
    dataset: DataSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A data file whose words run longer than any edition's: the export does not fail; the
    chart keeps its room and the text box asks PowerPoint to shrink its text."""
    long = [Para((Run("A sentence that goes on and on " * 6),)) for _ in range(12)]
    monkeypatch.setattr(pptx_export, "_text_paras", lambda shown, audience: long)
    lesson = _lesson(dataset)
    with i18n.temporary_language("en"), readings_for(Audience.ADULTS, kana=True):
        planned = pptx_export.plan(lesson, Audience.ADULTS, dataset)
    charts = [p for p in planned if p.chart]
    assert charts and all(p.chart_box[3] >= pptx_export.MIN_CHART_H for p in charts)
