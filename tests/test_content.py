"""The default lesson's content: each audience's deck as `content.py` states it, slide ids and
variants, wording rules and placeholders. No Qt needed."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from awareness_app import resources
from awareness_app.model.charts.build import CHART_IDS
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson, missing_figures
from awareness_app.model.lesson import content
from awareness_app.model.lesson.content import LESSON, SLIDES
from awareness_app.model.lesson.lesson import PUPILS, Audience, Slide, SlideKind, Text
from awareness_app.model.lesson.render import render_slide
from test_elementary_wording import banned_words

CONTENT_PY = Path(content.__file__)
# the files the lesson's wording is written in: content.py and the slides of each part
LESSON_FILES = [CONTENT_PY, *sorted(CONTENT_PY.parent.glob("slides_*.py"))]
README = Path(__file__).resolve().parents[1] / "README.md"
EDITIONS = sorted(resources.editions())


def _ids(audience: Audience) -> list[str]:
    return [s.id for s in LESSON.for_audience(audience)]


def _all_texts() -> list[tuple[str, Text]]:
    texts: list[tuple[str, Text]] = [("lesson title", LESSON.title)]
    for slide in SLIDES:
        texts += [(slide.id, t) for t in slide.texts()]
    return texts


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _calls(name: str) -> list[tuple[str, ast.Call]]:
    """Every call of `name`(...) in the lesson's files, with the file's name."""
    found = []
    for path in LESSON_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == name
            ):
                found.append((path.name, node))
    return found


def _n_strings_in_source() -> list[tuple[str, str]]:
    """Every literal string passed to N_() in the lesson's files, with its file and line."""
    found = []
    for file, node in _calls("N_"):
        for arg in node.args:
            where = f"{file}:{node.lineno}"
            assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), where
            found.append((where, arg.value))
    return found


# --- the decks ------------------------------------------------------------------------------


def test_each_audience_sees_the_deck_content_py_states() -> None:
    """The module's docstring gives the number of slides and each room's deck: what it states
    holds, in the lesson's order."""
    doc = " ".join((content.__doc__ or "").split())
    total = re.search(r"The default lesson: (\d+) slides", doc)
    adults = re.search(r"Adults see all (\d+);", doc)
    older = re.search(r"junior high and high school (\d+) \(not (.*?)\)", doc)
    elementary = re.search(r"elementary pupils (\d+) \(not (.*?) either\)", doc)
    assert total and adults and older and elementary, doc
    every_id = [group[0].id for group in LESSON.variants()]
    assert len(every_id) == int(total[1]) == int(adults[1])
    assert _ids(Audience.ADULTS) == every_id
    not_older = re.findall(r"`([a-z-]+)`", older[2])
    older_deck = [i for i in every_id if i not in not_older]
    assert set(not_older) < set(every_id) and len(older_deck) == int(older[1])
    assert _ids(Audience.JUNIOR_HIGH) == _ids(Audience.HIGH_SCHOOL) == older_deck
    not_elementary = re.findall(r"`([a-z-]+)`", elementary[2])
    elementary_deck = [i for i in older_deck if i not in not_elementary]
    assert set(not_elementary) < set(older_deck) and len(elementary_deck) == int(elementary[1])
    assert _ids(Audience.ELEMENTARY) == elementary_deck


def test_the_readme_lists_every_slide_id_in_order() -> None:
    """`--slide` takes an id: the README names them all, in the order they are shown."""
    text = " ".join(README.read_text(encoding="utf-8").split())
    listed = re.search(r"`--slide` takes an id \((.*?)\) or a 1-based number", text)
    assert listed, "the README no longer lists the slide ids"
    assert re.findall(r"`([a-z-]+)`", listed[1]) == [g[0].id for g in LESSON.variants()]


@pytest.mark.parametrize("year", EDITIONS)
def test_every_deck_of_every_edition_shows_each_slide_once(year: int) -> None:
    lesson = fit_lesson(LESSON, load_dataset(resources.edition_file(year)))
    for audience in Audience:
        ids = [s.id for s in lesson.for_audience(audience)]
        assert ids and len(ids) == len(set(ids)), (year, audience, ids)
        assert ids[0] == "title", (year, audience)
        for slide in lesson.for_audience(audience):
            assert lesson.find(audience, slide.id) == ids.index(slide.id)


def test_every_variant_of_a_slide_is_the_one_some_edition_shows() -> None:
    """Variants of a slide are alike (kind, chart, audiences), and none is dead: for each, some
    shipped edition can fill it and none of the variants before it."""
    editions = [load_dataset(resources.edition_file(year)) for year in EDITIONS]
    for group in LESSON.variants():
        for index, slide in enumerate(group):
            assert (slide.kind, slide.chart, slide.audiences) == (
                group[0].kind,
                group[0].chart,
                group[0].audiences,
            ), slide.id
            assert any(
                not missing_figures(slide, data)
                and all(missing_figures(before, data) for before in group[:index])
                for data in editions
            ), f"variant {index + 1} of {slide.id} is shown by no edition"


def test_each_deck_has_one_title_activity_quiz_and_closing() -> None:
    for audience in Audience:
        slides = LESSON.for_audience(audience)
        kinds = [s.kind for s in slides]
        assert kinds[0] == SlideKind.TITLE, audience
        for kind in (SlideKind.TITLE, SlideKind.ACTIVITY, SlideKind.QUIZ, SlideKind.CLOSING):
            assert kinds.count(kind) == 1, (audience, kind)
        if audience in PUPILS:  # pupils leave with the help lines on the screen
            assert kinds[-1] == SlideKind.CLOSING, audience


def test_chart_and_figure_slides_have_what_they_show() -> None:
    """A chart slide names a chart the model builds, and every chart is shown on some slide; a
    figure slide has its large number; no other slide has either."""
    for slide in SLIDES:
        assert (slide.kind == SlideKind.CHART) == (slide.chart is not None), slide.id
        assert slide.chart is None or slide.chart in CHART_IDS, slide.id
        assert (slide.kind == SlideKind.FIGURE) == (slide.headline is not None), slide.id
    assert {s.chart for s in SLIDES if s.chart} == set(CHART_IDS)


# --- wording rules ---------------------------------------------------------------------------


def test_no_digit_in_any_wording() -> None:
    for where, text in _all_texts():
        for s in text.all_strings():
            assert not re.search(r"[0-9]", s), f"{where}: {s!r}"


def test_no_digit_in_any_n_string_of_the_lesson_files() -> None:
    strings = _n_strings_in_source()
    assert len(strings) > len(SLIDES)
    for where, s in strings:
        assert not re.search(r"[0-9]", s), f"{where}: {s!r}"


def test_every_wording_is_marked_for_translation() -> None:
    """The arguments of T(...) are N_("...") calls, or "" to leave a text out."""
    calls = _calls("T")
    assert {file for file, _ in calls} == {path.name for path in LESSON_FILES}
    for file, call in calls:
        for arg in [*call.args, *(k.value for k in call.keywords if k.arg != "contexts")]:
            is_n = (
                isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "N_"
            )
            is_empty = isinstance(arg, ast.Constant) and arg.value == ""
            assert is_n or is_empty, f"{file}:{arg.lineno}: wrap the text in N_()"


def test_every_wording_string_is_extracted() -> None:
    extracted = {s for _, s in _n_strings_in_source()}
    for where, text in _all_texts():
        for s in text.all_strings():
            assert s in extracted, f"{where}: {s!r} is not an N_() string"


@pytest.mark.parametrize("slide", LESSON.for_audience(Audience.ELEMENTARY), ids=lambda s: s.id)
def test_elementary_wording_is_never_explicit(slide: Slide) -> None:
    for text in slide.texts():
        wording = text.for_audience(Audience.ELEMENTARY)
        found = banned_words(wording)
        assert not found, f"{slide.id}: {found} in {wording!r}"


@pytest.mark.parametrize("audience", list(Audience))
def test_every_slide_has_notes_and_a_title(audience: Audience) -> None:
    for slide in LESSON.for_audience(audience):
        assert slide.title.for_audience(audience).strip(), slide.id
        assert len(slide.notes.for_audience(audience)) >= 80, slide.id


def test_slides_with_platform_facts_say_when_the_facts_were_checked() -> None:
    """A slide that lists the sources of platform facts (its settings) tells the presenter, in
    every room, that the facts were checked on the date the slide shows."""
    with_facts = [s for s in SLIDES if s.sources]
    assert with_facts
    for slide in with_facts:
        for audience in slide.audiences:
            notes = slide.notes.for_audience(audience)
            assert "checked on the date shown" in notes, (slide.id, audience)


# --- placeholders and rendering ---------------------------------------------------------------


@pytest.mark.parametrize("slide", SLIDES, ids=lambda s: s.id)
def test_every_placeholder_is_a_value_of_the_slide(slide: Slide) -> None:
    names = {"year"}
    for value in slide.all_values():
        names |= {value.name, f"{value.name}_year"}
    for text in slide.texts():
        for s in text.all_strings():
            assert _placeholders(s) <= names, f"{slide.id}: {_placeholders(s) - names} in {s!r}"


@pytest.mark.parametrize("slide", SLIDES, ids=lambda s: s.id)
def test_every_value_is_used(slide: Slide) -> None:
    used = set().union(*(_placeholders(s) for t in slide.texts() for s in t.all_strings()))
    unused = {v.name for v in slide.values} - used - {n.removesuffix("_year") for n in used}
    assert not unused, f"{slide.id}: values never shown: {unused}"


@pytest.mark.parametrize("audience", list(Audience))
def test_every_slide_renders_for_every_audience(dataset: DataSet, audience: Audience) -> None:
    lesson = fit_lesson(LESSON, dataset)
    slides = lesson.for_audience(audience)
    assert slides
    for slide in slides:
        rendered = render_slide(lesson, slide, audience, dataset)
        shown = [rendered.title, rendered.body, *rendered.bullets, rendered.notes]
        for s in shown:
            assert "{" not in s and "}" not in s, f"{slide.id} {audience}: {s!r}"
        assert rendered.title and rendered.notes, slide.id


@pytest.mark.parametrize("audience", list(Audience))
def test_on_screen_text_fits_a_projector(dataset: DataSet, audience: Audience) -> None:
    lesson = fit_lesson(LESSON, dataset)
    for slide in lesson.for_audience(audience):
        rendered = render_slide(lesson, slide, audience, dataset)
        where = f"{slide.id} {audience}"
        assert len(rendered.title) <= 60, where
        assert len(rendered.body) <= 200, where
        for bullet in rendered.bullets:
            assert len(bullet) <= 95, f"{where}: {bullet!r}"
        if slide.kind == SlideKind.QUIZ:
            # one question at a time, with its answers and the answer revealed
            assert 4 <= len(rendered.quiz) <= 6, where
            for question in rendered.quiz:
                assert question.question.endswith("?"), f"{where}: {question.question!r}"
                assert len(question.question) <= 95, f"{where}: {question.question!r}"
                assert 2 <= len(question.options) <= 4, where
                assert all(len(o) <= 50 for o in question.options), where
                assert len(question.answer) <= 200, f"{where}: {question.answer!r}"
        assert len(rendered.bullets) <= 6, where
