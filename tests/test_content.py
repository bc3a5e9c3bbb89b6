"""The default lesson's content: slide order, wording rules and placeholders. No Qt needed."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from awareness_app.model import content
from awareness_app.model.content import LESSON, SLIDES
from awareness_app.model.dataset import DataSet
from awareness_app.model.dataset_fit import fit_lesson
from awareness_app.model.lesson import Audience, Slide, SlideKind, Text
from awareness_app.model.render import render_slide
from test_elementary_wording import BANNED_EN

CONTENT_PY = Path(content.__file__)

SLIDE_IDS = [
    "title",
    "headline",
    "trend",
    "school-level",
    "serious",
    "offences",
    "elementary",
    "virtual-spaces",
    "first-contact",
    "where-met",
    "deepfakes",
    "wider-picture",
    "overshare",
    "guidance-x",
    "guidance-instagram",
    "warning-signs",
    "if-it-happens",
    "quiz",
    "closing",
    "at-home",
]

CHARTS = {
    "trend": "trend",
    "school-level": "school-level",
    "serious": "serious",
    "offences": "offences",
    "elementary": "elementary-offences",
    "first-contact": "first-contact",
    "where-met": "where-met",
    "wider-picture": "wider-picture",
}

KINDS = {
    "title": SlideKind.TITLE,
    "overshare": SlideKind.ACTIVITY,
    "guidance-x": SlideKind.LIST,
    "guidance-instagram": SlideKind.LIST,
    "warning-signs": SlideKind.LIST,
    "if-it-happens": SlideKind.LIST,
    "quiz": SlideKind.QUIZ,
    "closing": SlideKind.CLOSING,
}

ADULTS_ONLY = {"wider-picture", "at-home"}
NOT_FOR_ELEMENTARY = ADULTS_ONLY | {"offences", "deepfakes"}

# Words that never appear in what elementary pupils see, nor in the notes of their lesson
# (one list for every test: test_elementary_wording.py).
BANNED_FOR_ELEMENTARY = BANNED_EN
_BANNED = re.compile(r"\b(" + "|".join(BANNED_FOR_ELEMENTARY) + r")", re.IGNORECASE)

GUIDANCE = ("guidance-x", "guidance-instagram")


def _slide(slide_id: str) -> Slide:
    return next(s for s in SLIDES if s.id == slide_id)


def _all_texts() -> list[tuple[str, Text]]:
    texts: list[tuple[str, Text]] = [("lesson title", LESSON.title)]
    for slide in SLIDES:
        texts += [(slide.id, t) for t in slide.texts()]
    return texts


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _n_strings_in_source() -> list[tuple[int, str]]:
    """Every literal string passed to N_() in content.py, with its line."""
    tree = ast.parse(CONTENT_PY.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_":
            for arg in node.args:
                assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), node.lineno
                found.append((node.lineno, arg.value))
    return found


# --- structure ------------------------------------------------------------------------------------


def test_every_slide_exists_in_order() -> None:
    """Each slide once, in order; a slide's variants for other editions stand together."""
    assert [group[0].id for group in LESSON.variants()] == SLIDE_IDS
    assert LESSON.slides == SLIDES


def test_slide_kinds_and_charts() -> None:
    for slide_id, kind in KINDS.items():
        assert _slide(slide_id).kind == kind, slide_id
    for slide_id, chart in CHARTS.items():
        slide = _slide(slide_id)
        assert slide.kind == SlideKind.CHART, slide_id
        assert slide.chart == chart, slide_id
    assert all(s.chart is None for s in SLIDES if s.id not in CHARTS)


def test_adults_only_slides_are_only_in_the_adults_lesson() -> None:
    for audience in Audience:
        ids = {s.id for s in LESSON.for_audience(audience)}
        if audience == Audience.ADULTS:
            assert ids == set(SLIDE_IDS)
        else:
            assert ids.isdisjoint(ADULTS_ONLY), audience
    elementary = {s.id for s in LESSON.for_audience(Audience.ELEMENTARY)}
    assert elementary.isdisjoint(NOT_FOR_ELEMENTARY)
    assert elementary == set(SLIDE_IDS) - NOT_FOR_ELEMENTARY


# --- wording rules ---------------------------------------------------------------------------


def test_no_digit_in_any_wording() -> None:
    for where, text in _all_texts():
        for s in text.all_strings():
            assert not re.search(r"[0-9]", s), f"{where}: {s!r}"


def test_no_digit_in_any_n_string_of_content_py() -> None:
    strings = _n_strings_in_source()
    assert len(strings) > len(SLIDES)
    for line, s in strings:
        assert not re.search(r"[0-9]", s), f"content.py:{line}: {s!r}"


def test_every_wording_is_marked_for_translation() -> None:
    """The arguments of T(...) are N_("...") calls, or "" to leave a text out."""
    tree = ast.parse(CONTENT_PY.read_text(encoding="utf-8"))
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "T"
    ]
    assert calls
    for call in calls:
        for arg in [*call.args, *(k.value for k in call.keywords if k.arg != "contexts")]:
            is_n = (
                isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "N_"
            )
            is_empty = isinstance(arg, ast.Constant) and arg.value == ""
            assert is_n or is_empty, f"content.py:{arg.lineno}: wrap the text in N_()"


def test_every_wording_string_is_extracted() -> None:
    extracted = {s for _, s in _n_strings_in_source()}
    for where, text in _all_texts():
        for s in text.all_strings():
            assert s in extracted, f"{where}: {s!r} is not an N_() string"


@pytest.mark.parametrize("slide", LESSON.for_audience(Audience.ELEMENTARY), ids=lambda s: s.id)
def test_elementary_wording_is_never_explicit(slide: Slide) -> None:
    for text in slide.texts():
        wording = text.for_audience(Audience.ELEMENTARY)
        found = _BANNED.findall(wording)
        assert not found, f"{slide.id}: {found} in {wording!r}"


@pytest.mark.parametrize("audience", list(Audience))
def test_every_slide_has_notes_and_a_title(audience: Audience) -> None:
    for slide in LESSON.for_audience(audience):
        assert slide.title.for_audience(audience).strip(), slide.id
        assert len(slide.notes.for_audience(audience)) >= 80, slide.id


def test_guidance_notes_say_when_the_facts_were_checked() -> None:
    for slide_id in GUIDANCE:
        notes = _slide(slide_id).notes
        for audience in Audience:
            assert "checked on the date shown" in notes.for_audience(audience), (slide_id, audience)


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
