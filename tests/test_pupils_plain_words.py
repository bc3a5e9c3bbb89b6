"""Issue 23, "No legal jargon before adults": the statistics' terms (事犯, 起因, 被害児童, 加害者)
are for adults. Every text a pupil sees — each slide's title, body, bullets, figures, footer,
quiz and activity, each chart's title, labels, notes and table rows, the handout — in every
pupils' room and edition is in plain words (被害にあった子ども, 相手); the teacher's notes and
the adults' lesson keep the official terms.

The texts are not a hand list: they are every string the model gives the surfaces to show
(`render_slide`'s `RenderedSlide`, `build_spec`'s `ChartSpec`, `build_handout`'s `Handout`,
walked field by field, so a field added later is read too). Every surface of the registry
(`surfaces.SURFACES`: the window and presentation, the lesson and handout PDFs, the PowerPoint)
draws its text from these three."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest

from awareness_app import i18n, resources
from awareness_app.model.charts.build import BUILDERS, build_spec
from awareness_app.model.data.dataset import DataSet, Figure, Source, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.documents.handout import build_handout
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import OFFICIAL_TERMS, PUPILS, Audience
from awareness_app.model.lesson.render import describe_source, render_slide
from awareness_app.model.text import ruby
from awareness_app.model.text.plain_labels import figure_label
from sweeps import representative

EDITIONS = sorted(resources.editions())
PUPILS_ROOMS = sorted(PUPILS)
JARGON = re.compile(r"事犯|起因|被害児童|加害者|じはん|きいん|ひがいじどう|かがいしゃ")
# the teacher's words: speaker notes (the slide's, and those for presenting the exported file)
TEACHERS_FIELDS = frozenset({"notes", "room_notes"})


@pytest.fixture(scope="module")
def editions() -> dict[int, DataSet]:
    return {year: load_dataset(resources.edition_file(year)) for year in EDITIONS}


def shown_texts(value: object, audience: Audience, where: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) for every string in `value`, a model's output, walked field by field: the
    teacher's notes left out; a data file's figure or source as the surfaces show it (its label,
    its line in a source list), never its raw English."""
    if isinstance(value, str):
        if value.strip():
            yield where, value
    elif isinstance(value, Figure):
        yield where, figure_label(value, audience)
    elif isinstance(value, Source):
        yield where, describe_source(value, audience)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in TEACHERS_FIELDS:
                yield from shown_texts(
                    getattr(value, field.name), audience, f"{where}.{field.name}"
                )
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from shown_texts(item, audience, f"{where}[{key}]")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from shown_texts(item, audience, f"{where}[{index}]")


def pupils_texts(data: DataSet, audience: Audience) -> list[tuple[str, str]]:
    """Everything `audience` sees of the lesson in this edition, in the current language: every
    slide (as the window and the exports render it: with the readings' markup, and in kana
    where a surface draws no ruby), every chart the lesson and the handout draw, the handout."""
    lesson = fit_lesson(LESSON, data)
    texts: list[tuple[str, str]] = []
    charts: list[str] = []
    for markup in (i18n.RUBY, i18n.KANA):
        with i18n.readings(markup):
            for slide in lesson.for_audience(audience):
                shown = render_slide(lesson, slide, audience, data)
                texts += shown_texts(shown, audience, f"slide {slide.id}")
                charts += [slide.chart] if slide.chart else []
    for short in (False, True):
        handout = build_handout(lesson, audience, data, short=short, contacts=())
        texts += shown_texts(handout, audience, "handout")
        charts += handout.charts
    assert set(charts) <= set(BUILDERS)
    for chart_id in dict.fromkeys(charts):
        texts += shown_texts(build_spec(chart_id, data, audience), audience, f"chart {chart_id}")
    return [(where, ruby.plain(text)) for where, text in texts]


def test_the_walk_reads_every_field() -> None:
    """The walk reaches strings in nested fields, lists and dicts, and skips the notes."""

    @dataclasses.dataclass
    class Inner:
        label: str
        notes: str

    @dataclasses.dataclass
    class Outer:
        title: str
        parts: list[Inner]
        headings: dict[str, str]
        room_notes: str

    found = dict(
        shown_texts(
            Outer("被害児童", [Inner("加害者", "事犯")], {"a": "起因"}, "被害児童"),
            Audience.HIGH_SCHOOL,
        )
    )
    assert found == {".title": "被害児童", ".parts[0].label": "加害者", ".headings[a]": "起因"}


@pytest.mark.parametrize("year", EDITIONS)
@pytest.mark.parametrize("audience", PUPILS_ROOMS)
def test_pupils_see_no_legal_jargon(
    editions: dict[int, DataSet], year: int, audience: Audience
) -> None:
    i18n.set_language("ja")
    texts = pupils_texts(editions[year], audience)
    wheres = {where.split(".")[0].split("[")[0] for where, _t in texts}
    assert {"handout"} < wheres and any(w.startswith("chart ") for w in wheres)
    assert any(w.startswith("slide ") for w in wheres)
    assert [(where, text) for where, text in texts if JARGON.search(text)] == []


@pytest.mark.parametrize("year", EDITIONS)
def test_adults_keep_the_official_terms(editions: dict[int, DataSet], year: int) -> None:
    """The same walk finds the official terms in the adults' slides and chart titles (the
    check can fail), and in every edition at least one adults' title says 被害児童."""
    i18n.set_language("ja")
    texts = pupils_texts(editions[year], Audience.ADULTS)
    titles = [
        text
        for where, text in texts
        if where.endswith(".title") and where.startswith(("slide ", "chart "))
    ]
    assert any("被害児童" in t for t in titles), titles
    assert any("加害者" in text for _where, text in texts)


def _official_terms() -> list[str]:
    """The English of every text with an adults' own entry for the statistics' terms: the
    lesson's (`OFFICIAL_TERMS` contexts) and the charts' (`NP_("adults", …)` marks)."""
    from awareness_app.model.charts import contact as charts_contact
    from awareness_app.model.charts import crimes as charts_crimes
    from awareness_app.model.charts import victims as charts_victims

    texts = [
        text.default
        for slide in LESSON.slides
        for text in slide.texts()
        if text.contexts == OFFICIAL_TERMS and text.default
    ]
    for module in (charts_contact, charts_crimes, charts_victims):
        texts += module.OFFICIAL_TERMS
    return list(dict.fromkeys(texts))


def test_the_official_terms_are_the_adults_own_entry() -> None:
    """Each such text: the adults' entry says 被害児童 or 加害者, the shared one (the pupils')
    says neither, and both state the same figures (the same placeholders)."""
    i18n.set_language("ja")
    english = _official_terms()
    assert len(english) >= 20
    for message in english:
        official, plain = i18n.pgettext(Audience.ADULTS.value, message), i18n._(message)
        assert re.search("被害児童|加害者", official), (message, official)
        assert plain != message and not JARGON.search(plain), (message, plain)
        assert sorted(re.findall(r"\{\w+\}", official)) == sorted(re.findall(r"\{\w+\}", plain))


# the exports as written: every export of the registry, read back --------------------------------


def _pptx_text(data: DataSet, audience: Audience) -> str:
    """The text of the PowerPoint's slides and native charts (not its speaker notes)."""
    import io
    import zipfile

    from awareness_app.export.pptx import deck as pptx_export

    pptx = pptx_export.pptx_bytes(fit_lesson(LESSON, data), audience, data, "ja")
    with zipfile.ZipFile(io.BytesIO(pptx)) as archive:
        parts = [
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if re.fullmatch(r"ppt/(slides/slide|charts/chart)\d+\.xml", name)
        ]
    assert any("/charts/" not in p for p in parts)
    return "".join(re.findall(r"<(?:a:t|c:v)>([^<]*)<", "".join(parts)))


def _pdf_text(data: bytes) -> str:
    from pdfcheck import read_pdf

    return read_pdf(data).compact


def _lesson_pdf_text(data: DataSet, audience: Audience) -> str:
    from awareness_app.ui.pdf.deck import deck_pdf

    return _pdf_text(deck_pdf(fit_lesson(LESSON, data), data, audience, language="ja"))


def _handout_pdf_text(data: DataSet, audience: Audience) -> str:
    from awareness_app.ui.pdf.handout import handout_pdf

    return _pdf_text(handout_pdf(fit_lesson(LESSON, data), data, audience, ["ja"]))


def _lesson_guide_text(data: DataSet, audience: Audience) -> str:
    """What the lesson guide quotes from the pupils' lesson and asks them, read back from the
    .docx: the activities column of its table (each slide's title as the pupils see it, the
    questions put to them, the quiz's questions). The rest of the guide is the teacher's, where
    the official terms belong (its glossary names them)."""
    import io

    import docx

    from awareness_app.export.guide_docx import guide_docx
    from awareness_app.model.documents.guide import build_guide

    guide = build_guide(fit_lesson(LESSON, data), audience, data, 50)
    document = docx.Document(io.BytesIO(guide_docx(guide)))
    rows = document.tables[0].rows[1:]
    assert rows
    return "".join(row.cells[2].text for row in rows)


def _worksheet_pdf_text(data: DataSet, audience: Audience) -> str:
    """The worksheet has no figures: its words are the activity's, and the same in every
    edition."""
    from awareness_app.export.worksheet_pdf import worksheet_pdf

    return _pdf_text(worksheet_pdf(audience, ["ja"]))


def _script_text(data: DataSet, audience: Audience) -> str:
    """The Markdown script, as `--export-script` writes it, without its speaker notes: the
    slides' words and their sources. The notes are the teacher's, where the official terms
    belong."""
    from awareness_app.model.documents.script import lesson_script

    script = lesson_script(fit_lesson(LESSON, data), audience, data)
    notes = f"**{i18n._('Speaker notes')}:**"
    assert notes in script
    return "\n".join(line for line in script.splitlines() if not line.startswith(notes))


def _charts_text(data: DataSet, audience: Audience) -> str:
    """The words of the chart files: their CSV tables (the PNG and SVG pictures draw the
    `ChartSpec`'s words, which the walk above reads)."""
    from awareness_app.export.chart_files import csv_text, lesson_charts

    lesson = fit_lesson(LESSON, data)
    charts = lesson_charts(lesson, audience)
    assert charts
    return "".join(csv_text(chart_id, data, audience) for chart_id in charts)


EXPORTS = {
    "script": _script_text,
    "charts": _charts_text,
    "pptx": _pptx_text,
    "lesson-pdf": _lesson_pdf_text,
    "handout-pdf": _handout_pdf_text,
    "lesson-guide": _lesson_guide_text,
    "worksheet-pdf": _worksheet_pdf_text,
}
# the exports that show the figures (the worksheet shows the activity's made-up profiles)
WITH_FIGURES = ("script", "charts", "pptx", "lesson-pdf", "handout-pdf", "lesson-guide")


@representative(lambda audience: audience == Audience.JUNIOR_HIGH)  # the younger
@pytest.mark.parametrize("audience", [Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL])
def test_every_export_written_for_older_pupils_is_in_plain_words(
    qapp: object, editions: dict[int, DataSet], audience: Audience
) -> None:
    """Every export of the registry, written and read back (the 2024 edition: the sites where
    they met and the offences, the most such words): no legal term, where the adults'
    PowerPoint has them, on its slides and in its native charts' titles (the check can fail).
    The PDFs draw their charts as pictures of the same `ChartSpec`, whose words the walk above
    reads."""
    from awareness_app.surfaces import SURFACES

    assert set(EXPORTS) == {s.name for s in SURFACES.values() if s.kind == "export"}
    i18n.set_language("ja")
    data = editions[2024]
    for name, read in EXPORTS.items():
        text = read(data, audience)
        if name in WITH_FIGURES:
            assert "被害にあった" in text, name
        else:
            assert "知らない人" in text, name  # the worksheet's answer key: the pupils' words
        assert JARGON.findall(text) == [], name
    adults = _pptx_text(data, Audience.ADULTS)
    assert "被害児童が加害者と知り合った場所（2024年）" in adults  # a chart's title
    assert "被害児童の57.8%*は、XまたはInstagramで加害者と知り合っていた" in adults  # a slide's
