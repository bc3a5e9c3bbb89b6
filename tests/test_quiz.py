"""The check-up quiz: questions grounded in the figures and the guidance, and the tally
(no Qt needed)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from awareness_app import i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson import quiz
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.quiz import MAX_HANDS, QUESTIONS, Tally, questions_for, render_quiz
from awareness_app.model.text.figure_text import find_value
from lessons import LESSON

SOURCE = Path(quiz.__file__)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("audience", list(Audience))
def test_four_to_six_questions_for_each_audience(audience: Audience) -> None:
    questions = questions_for(audience)
    assert 4 <= len(questions) <= 6
    ids = [q.id for q in questions]
    assert "first-contact" in ids  # the figure the whole part of the lesson acts on


def test_every_question_has_a_right_answer_and_a_basis(dataset: DataSet) -> None:
    slide_ids = {s.id for s in LESSON.slides}
    for question in QUESTIONS:
        assert 2 <= len(question.options) <= 4, question.id
        assert 0 <= question.correct < len(question.options), question.id
        # the answer rests on a figure, a platform fact with a source, or a slide of guidance
        assert question.values or question.sources or question.slide, question.id
        for value in question.values:
            assert find_value(dataset, value) is not None, (question.id, value.key)
        for source in question.sources:
            assert source in dataset.sources, (question.id, source)
        if question.slide:
            assert question.slide in slide_ids
            assert question.audiences <= next(
                s.audiences for s in LESSON.slides if s.id == question.slide
            )


def test_wording_holds_no_digits_and_only_known_placeholders() -> None:
    for question in QUESTIONS:
        names = {"year"} | {v.name for v in question.values}
        names |= {f"{v.name}_year" for v in question.values}
        for text in question.texts():
            for s in text.all_strings():
                assert not re.search(r"[0-9]", s), f"{question.id}: {s!r}"
                assert _placeholders(s) <= names, f"{question.id}: {s!r}"


def test_every_wording_is_an_n_string() -> None:
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    marked = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "N_"
        and isinstance(node.args[0], ast.Constant)
    }
    for question in QUESTIONS:
        for text in question.texts():
            for s in text.all_strings():
                assert s in marked, s


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("audience", list(Audience))
def test_renders_with_figures_and_sources(
    dataset: DataSet, language: str, audience: Audience
) -> None:
    i18n.set_language(language)
    rendered = render_quiz(LESSON, audience, dataset)
    assert [q.number for q in rendered] == list(range(1, len(rendered) + 1))
    for question in rendered:
        for text in (question.question, *question.options, question.answer):
            assert text and "{" not in text and "}" not in text, text
        assert question.source_line
        if question.figure is not None:
            assert question.figure.text in question.answer
            assert question.sources  # the figure's source


def test_the_first_contact_answer_gives_the_figure_and_its_source(dataset: DataSet) -> None:
    question = render_quiz(LESSON, Audience.JUNIOR_HIGH, dataset)[0]
    assert question.id == "first-contact"
    assert question.figure is not None and question.figure.text == "74.2%"
    assert "74.2%" in question.answer
    assert "TBS NEWS DIG" in question.source_line
    platform = next(
        q for q in render_quiz(LESSON, Audience.JUNIOR_HIGH, dataset) if q.id == "x-protected"
    )
    assert "X Help Center" in platform.source_line and "checked on" in platform.source_line


# --- the tally ----------------------------------------------------------------------------------


def test_counts_go_up_and_down_but_never_below_zero() -> None:
    tally = Tally((3, 2))
    assert tally.change(+1) == 1 and tally.change(+1) == 2
    assert tally.change(-1) == 1 and tally.change(-1) == 0
    assert tally.change(-1) == 0  # never negative
    tally.change(+1, option=2)
    assert tally.selected == 2 and tally.count(2) == 1
    for _ in range(MAX_HANDS + 5):
        tally.change(+1)
    assert tally.count(2) == MAX_HANDS
    assert not tally.select(3) and tally.select(0)


def test_steps_reveal_then_move_on_and_back() -> None:
    tally = Tally((3, 2))
    tally.change(+4)
    assert tally.step_forward() and tally.is_revealed() and tally.index == 0
    assert tally.step_forward() and tally.index == 1 and not tally.is_revealed()
    assert tally.step_forward() and tally.is_revealed()
    assert not tally.step_forward()  # the last answer is shown: the slide may change
    assert tally.step_back() and not tally.is_revealed()
    assert tally.step_back() and tally.index == 0 and tally.is_revealed()
    assert tally.count(0) == 4  # counts are kept while moving between questions
    assert tally.step_back() and not tally.is_revealed()
    assert not tally.step_back()
    tally.reset()
    assert tally.counts == [[0, 0, 0], [0, 0]] and tally.revealed == [False, False]
