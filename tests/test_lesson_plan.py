"""Lesson plans (model/lesson/plan.py): the file, its checks, applying a plan to an edition, the
app's own plans, the school's own slide, and the classroom's state that holds a plan."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.documents.script import lesson_script
from awareness_app.model.lesson import plan as lp
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience, OwnText, SlideKind
from awareness_app.model.lesson.render import render_slide

RULES = lp.school_slide(
    "own-rules",
    OwnText(en="Phones at our school", ja="本校のスマホのルール"),
    (
        OwnText(en="Phones stay in your bag during lessons", ja="授業中はかばんにしまう"),
        OwnText(en="Talk to Ms Sato in room 203"),
    ),
)


def _plan(**changes: object) -> lp.LessonPlan:
    plan = lp.LessonPlan(
        name="Homeroom",
        audience=Audience.JUNIOR_HIGH,
        minutes=15,
        slides=("title", "warning-signs", "trend", "closing"),
        hidden=frozenset({"trend"}),
    ).with_school(RULES)
    return lp.LessonPlan(**{**plan.__dict__, **changes})  # type: ignore[arg-type]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- the file ------------------------------------------------------------------------------------


def test_a_plan_file_round_trips(tmp_path: Path) -> None:
    plan = _plan()
    path = tmp_path / "homeroom.toml"
    lp.save_plan(path, plan)
    assert lp.load_plan(path) == plan
    text = path.read_text(encoding="utf-8")
    assert 'audience = "junior-high"' in text and "minutes = 15" in text
    assert 'hidden = ["trend"]' in text
    assert "本校のスマホのルール" in text  # human-readable: Japanese as written, not escaped
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically


def test_quotes_backslashes_and_both_languages_round_trip(tmp_path: Path) -> None:
    odd = lp.school_slide(
        "own-odd", OwnText(en='Say "no" \\ block', ja="「いや」と言う"), (OwnText(ja="相談"),)
    )
    plan = _plan().with_school(odd)
    lp.save_plan(tmp_path / "p.toml", plan)
    assert lp.load_plan(tmp_path / "p.toml") == plan


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        (
            'audience = "junior-high"\nminutes = 15\nslides = ["title"]\ncolour = 1',
            "colour",
            "unknown key",
        ),
        ('audience = "junior-high"\nminutes = 20\nslides = ["title"]', "minutes", "15, 45, 50, 90"),
        ('audience = "pupils"\nminutes = 15\nslides = ["title"]', "audience", "not an audience"),
        ('audience = "adults"\nminutes = 45\nslides = []', "slides", "at least one"),
        (
            'audience = "adults"\nminutes = 45\nslides = ["title", "title"]',
            "slides",
            "more than once",
        ),
        (
            'audience = "adults"\nminutes = 45\nslides = ["title"]\nhidden = ["trend"]',
            "hidden",
            "not in slides",
        ),
        ('audience = "adults"\nminutes = 45\nslides = ["Title!"]', "slides", "not a slide id"),
        (
            'audience = "adults"\nminutes = 45\nslides = ["title"]\n[[school]]\nid = "own-a"\n'
            'title = { en = "A" }\npoints = [' + ", ".join(['{ en = "p" }'] * 7) + "]",
            "school #1.points",
            "at most 6",
        ),
        (
            'audience = "adults"\nminutes = 45\nslides = ["title"]\n[[school]]\nid = "own-a"\n'
            'title = { fr = "A" }',
            "school #1.title.fr",
            "unknown language",
        ),
        (
            'audience = "adults"\nminutes = 45\nslides = ["title"]\n[[school]]\nid = "rules"\n'
            'title = { en = "A" }',
            "school #1.id",
            "must start with 'own-'",
        ),
        (
            'audience = "adults"\nminutes = 45\nslides = ["title"]\n[[school]]\nid = "own-a"\n'
            'title = { en = "" }',
            "school #1.title",
            "needs a title",
        ),
        ('audience = "adults"\nminutes = 45\nslides = ["title", "own-x"]', "slides", "own-x"),
    ],
)
def test_a_plan_that_is_not_valid_is_refused_by_field(
    tmp_path: Path, text: str, field: str, words: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(lp.PlanError) as caught:
        lp.load_plan(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and f": {field}: " in message and words in message


def test_a_file_that_is_not_toml_says_so(tmp_path: Path) -> None:
    with pytest.raises(lp.PlanError, match="is not a TOML file"):
        lp.load_plan(_write(tmp_path, "name = 'unclosed"))
    with pytest.raises(lp.PlanError, match="cannot be read"):
        lp.load_plan(tmp_path / "absent.toml")


def test_school_slides_not_listed_come_last() -> None:
    text = 'audience = "adults"\nminutes = 90\nslides = ["title"]\n[[school]]\ntitle = "Hello"'
    plan = lp.parse_plan(tomllib.loads(text))
    assert plan.slides == ("title", "own-1") and plan.school[0].title.en == "Hello"


# --- applying a plan -----------------------------------------------------------------------------


def test_applying_a_plan_orders_hides_and_adds_the_school_slide(dataset: DataSet) -> None:
    planned = lp.apply_plan(fit_lesson(LESSON, dataset), _plan())
    ids = [s.id for s in planned.lesson.for_audience(Audience.JUNIOR_HIGH)]
    assert ids == ["title", "warning-signs", "own-rules", "closing"]
    assert planned.missing == [] and planned.message() == ""


def test_a_slide_the_edition_lacks_is_skipped_and_named(dataset: DataSet) -> None:
    assert dataset.year == 2023  # 2023 has no where-met nor deepfakes slide (dataset_fit.py)
    plan = _plan(slides=("title", "where-met", "deepfakes", "closing"), hidden=frozenset())
    planned = lp.apply_plan(fit_lesson(LESSON, dataset), plan, LESSON)
    assert [s.id for s in planned.lesson.slides] == ["title", "closing"]
    assert planned.missing == ["where-met", "deepfakes"]
    assert planned.message().startswith(
        "2 slides of this plan are not in this edition: “Where children met the offender”, "
        "“Deepfakes: fake sexual images of real children”."
    )
    i18n.set_language("ja")
    japanese = planned.message()
    assert "where-met" not in japanese and "deepfakes" not in japanese  # titles, not ids
    assert "「ディープフェイク" in japanese and "2" in japanese and "slides" not in japanese
    # the newest edition has them
    newest = load_dataset(resources.edition_file(resources.newest_edition()))
    assert lp.apply_plan(fit_lesson(LESSON, newest), plan).missing == []


def test_the_slides_an_edition_adds_and_lacks_are_named_by_title_in_japanese() -> None:
    """A plan of the 2023 edition's full lesson used with the 2025 edition (issue #22, 5)."""
    old = fit_lesson(LESSON, load_dataset(resources.edition_file(2023)))
    new = fit_lesson(LESSON, load_dataset(resources.edition_file(2025)))
    plan = replace(lp.full_plan(Audience.JUNIOR_HIGH, old), built_in="")
    planned = lp.apply_plan(new, plan, LESSON)
    assert planned.missing == ["serious", "offences"]
    assert planned.added == ["where-met", "deepfakes"]
    i18n.set_language("ja")
    message = planned.message()
    for slide_id in ("serious", "offences", "where-met", "deepfakes"):
        assert slide_id not in message
    assert "この年度の統計にはありません" in message and "この年度の統計で加わった" in message
    assert "「ディープフェイク" in message and "…" in message  # a title's figure as …
    assert not any("a" <= c.lower() <= "z" for c in message)  # nothing left in English


def test_a_plan_that_falls_back_to_the_whole_lesson_says_so(dataset: DataSet) -> None:
    """Issue #24, 11: every slide hidden, or only ids no lesson has."""
    lesson = fit_lesson(LESSON, dataset)
    hidden = _plan(slides=("title", "closing"), hidden=frozenset({"title", "closing"}))
    planned = lp.apply_plan(lesson, hidden, LESSON)
    assert planned.lesson.slides == tuple(lesson.for_audience(Audience.JUNIOR_HIGH))
    assert planned.message() == "Every slide of this plan is hidden, so the whole lesson is shown."
    unknown = _plan(slides=("nope", "gone"), hidden=frozenset())
    planned = lp.apply_plan(lesson, unknown, LESSON)
    assert planned.message().startswith(
        "None of the slides of this plan is in this lesson, so the whole lesson is shown. "
        "2 slides of this plan are not in this edition: nope, gone."
    )
    i18n.set_language("ja")
    assert planned.message().startswith("この授業プランのスライドは")


# --- the app's own plans -------------------------------------------------------------------------


@pytest.mark.parametrize("audience", list(Audience))
def test_built_in_plans_for_every_audience(audience: Audience) -> None:
    full, short = lp.built_in_plans(audience, LESSON)
    assert full.shown() == [s.id for s in LESSON.for_audience(audience)]
    assert short.minutes == 15 and len(short.shown()) == 6
    assert short.shown()[0] == "title" and short.shown()[-1] == "closing"
    for year in resources.editions():
        fitted = fit_lesson(LESSON, load_dataset(resources.edition_file(year)))
        planned = lp.apply_plan(fitted, short)
        assert [s.id for s in planned.lesson.slides] == list(short.shown()), year
        # it fits 15 minutes by the lesson's own suggested times ("About three minutes.")
        assert lp.planned_minutes(planned.lesson.slides, audience) <= 15


def test_suggested_minutes_come_from_the_notes() -> None:
    overshare = next(s for s in LESSON.slides if s.id == "overshare")
    assert lp.suggested_minutes(overshare, Audience.JUNIOR_HIGH) == 8
    title = next(s for s in LESSON.slides if s.id == "title")
    assert lp.suggested_minutes(title, Audience.JUNIOR_HIGH) == 1


# --- the school's own slide ----------------------------------------------------------------------


def _school_render(dataset: DataSet, slide: lp.SchoolSlide, language: str):
    plan = _plan().with_school(slide)
    lesson = lp.apply_plan(fit_lesson(LESSON, dataset), plan).lesson
    own = next(s for s in lesson.slides if s.id == slide.id)
    with i18n.temporary_language(language):
        return render_slide(lesson, own, Audience.JUNIOR_HIGH, dataset)


def test_the_school_slide_renders_in_each_language(dataset: DataSet) -> None:
    en = _school_render(dataset, RULES, "en")
    assert en.kind == SlideKind.SCHOOL
    assert en.title == "Phones at our school"
    assert en.bullets == ["Phones stay in your bag during lessons", "Talk to Ms Sato in room 203"]
    ja = _school_render(dataset, RULES, "ja")
    assert ja.title == "本校のスマホのルール"
    # a point written only in English is shown in English in both halves
    assert ja.bullets == ["授業中はかばんにしまう", "Talk to Ms Sato in room 203"]
    assert ja.figures == [] and ja.chart is None
    # the footer says who wrote it (not the closing slide's heading for the school's contacts)
    assert (en.source_line, ja.source_line) == ("From our school", "学校から")


def test_the_school_slide_never_carries_markup(dataset: DataSet) -> None:
    sneaky = lp.school_slide(
        "own-x", OwnText(ja="｜警察《けいさつ》に\n相談"), (OwnText(en="<b>bold</b>"),)
    )
    shown = _school_render(dataset, sneaky, "ja")
    for text in (shown.title, *shown.bullets):
        assert not any(mark in text for mark in "｜《》\n")
    assert shown.title == "|警察〈けいさつ〉に 相談"
    # the script escapes it: no HTML from a teacher's text
    plan = _plan().with_school(sneaky)
    lesson = lp.apply_plan(fit_lesson(LESSON, dataset), plan).lesson
    script = lesson_script(lesson, Audience.JUNIOR_HIGH, dataset)
    assert "&lt;b&gt;bold&lt;/b&gt;" in script and "<ruby>" not in script.split("own-x")[0]


def test_the_script_follows_the_plan(dataset: DataSet) -> None:
    lesson = lp.apply_plan(fit_lesson(LESSON, dataset), _plan()).lesson
    script = lesson_script(lesson, Audience.JUNIOR_HIGH, dataset)
    headings = [line for line in script.splitlines() if line.startswith("## ")]
    assert [h.split(". ", 1)[0] for h in headings] == ["## 1", "## 2", "## 3", "## 4"]
    assert "## 3. Phones at our school" in headings
    assert "- Talk to Ms Sato in room 203" in script
    assert "trend" not in " ".join(headings).lower()


def test_the_editors_changes_keep_what_the_list_does_not_show() -> None:
    """Reordering in the editor: slides the edition lacks keep their place and hidden state."""
    plan = lp.LessonPlan(
        "P",
        Audience.ADULTS,
        45,
        ("title", "serious", "headline", "closing"),
        frozenset({"serious"}),
    )
    edited = plan.with_order(["headline", "title", "closing"], hidden={"closing"})
    assert edited.slides == ("headline", "title", "serious", "closing")
    assert edited.hidden == {"serious", "closing"} and edited.built_in == ""
    rules = lp.school_slide("own-1", OwnText(en="Rules"))
    added = plan.with_school(rules, after="title")
    assert added.slides[:2] == ("title", "own-1")
    assert added.without_school("own-1") == plan


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_plan_file_that_says_nothing_is_named_with_what_it_lacks(
    qtbot, window, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty plan file (or one lacking a key a plan needs) is refused with its name and
    what it lacks, in the app's language, never as "audience: None is not an audience"."""
    empty = tmp_path / "空のプラン.toml"
    empty.write_text("", encoding="utf-8")
    half = tmp_path / "half.toml"
    half.write_text('audience = "adults"\n', encoding="utf-8")
    from PySide6.QtWidgets import QMessageBox

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: boxes.append(text))
    window.set_language(language)
    said = {
        "en": (
            "the file is empty: a lesson plan says who the lesson is for (audience), how long "
            "the lesson is (minutes), which slides it shows (slides)",
            "the plan does not say how long the lesson is (minutes), which slides it shows "
            "(slides)",
        ),
        "ja": (
            "ファイルが空です。授業プランには、授業の対象（audience）、授業の時間（minutes）、"
            "使うスライド（slides）を書きます",
            "授業の時間（minutes）、使うスライド（slides）が書かれていません",
        ),
    }[language]
    for path, problem in zip((empty, half), said, strict=True):
        with pytest.raises(lp.PlanError) as raised:
            lp.load_plan(path)
        assert str(raised.value) == f"{path}: {problem}"
        shown = window.state.lesson
        assert window.plans.open_plan(path) is False  # refused, the lesson as it was
        assert window.state.lesson is shown
        assert path.name in boxes[-1] and problem in boxes[-1] and "None" not in boxes[-1]
