"""The fact-check: each kind of mistake a line-by-line check against facts.md found, in both
languages, every audience and every edition, so that it cannot come back."""

from __future__ import annotations

import ast
import csv
import io
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from awareness_app import i18n, resources
from awareness_app.export.chart_files import csv_text
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.documents.handout import build_handout
from awareness_app.model.documents.script import lesson_script
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.quiz import QUESTIONS, render_quiz
from awareness_app.model.lesson.render import describe_source, render_slide
from awareness_app.ui.window.source_dialog import sources_html
from test_elementary_wording import banned_words

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = sorted(resources.editions())


@pytest.fixture(scope="module")
def editions() -> dict[int, DataSet]:
    return {year: load_dataset(resources.edition_file(year)) for year in EDITIONS}


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("year", EDITIONS)
def test_elementary_sources_and_exports_name_no_offence(
    editions: dict[int, DataSet], year: int, language: str
) -> None:
    """Pupils never see offence names: not on the Sources dialog, the script's source lists,
    the handout's sources nor the charts' tables and CSV files."""
    data = editions[year]
    lesson = fit_lesson(LESSON, data)
    i18n.set_language(language)
    audience = Audience.ELEMENTARY
    texts = [lesson_script(lesson, audience, data)]
    for slide in lesson.for_audience(audience):
        shown = render_slide(lesson, slide, audience, data, contacts=())
        texts.append(re.sub(r"<[^>]+>", " ", sources_html(shown, data, audience)))
        if slide.chart:  # the CSV's words (its `key` column is an identifier)
            rows = csv.DictReader(io.StringIO(csv_text(slide.chart, data, audience)))
            texts += [" ".join(v for k, v in row.items() if k != "key") for row in rows]
    handout = build_handout(lesson, audience, data, contacts=())
    texts += [describe_source(s, audience) for s in handout.sources]
    for text in texts:
        assert banned_words(text) == [], text
    # the adults' lesson keeps the full citation
    adults = lesson_script(lesson, Audience.ADULTS, data)
    if year == 2023:
        assert "Sex crimes against young kids" in adults or language == "ja"


def test_minimum_age_is_thirteen_in_both_languages(editions: dict[int, DataSet]) -> None:
    """十代 (ages 10–19) told ten-year-olds they were old enough: say the number."""
    data = editions[2025]
    lesson = fit_lesson(LESSON, data)
    for audience in Audience:
        for slide_id in ("guidance-x", "guidance-instagram"):
            slide = next(s for s in lesson.for_audience(audience) if s.id == slide_id)
            i18n.set_language("en")
            english = render_slide(lesson, slide, audience, data, contacts=())
            i18n.set_language("ja")
            japanese = render_slide(lesson, slide, audience, data, contacts=())
            text_en = " ".join([english.body, english.notes])
            text_ja = " ".join([japanese.body, japanese.notes])
            assert "thirteen" in text_en, (slide_id, audience)
            assert "13" in text_ja and "十代" not in text_ja, (slide_id, audience)
            assert "teens or older" not in text_en and "age of majority" not in text_en
    with (ROOT / "translations" / "ja" / "LC_MESSAGES" / "messages.po").open("rb") as fp:
        catalogue = read_po(fp)
    assert not [m.id for m in catalogue if m.id and "十代" in m.string]


def test_x_protects_the_posts_of_thirteen_to_seventeen_year_olds(
    editions: dict[int, DataSet],
) -> None:
    data = editions[2025]
    lesson = fit_lesson(LESSON, data)
    slide = next(s for s in lesson.slides if s.id == "guidance-x")
    for audience in (Audience.HIGH_SCHOOL, Audience.ADULTS):
        notes = render_slide(lesson, slide, audience, data, contacts=()).notes
        assert "thirteen to seventeen" in notes
        assert "Chat" in notes  # X's messages, renamed: the setting is named by what it does


def test_the_blame_is_never_the_childs_and_not_always_an_adults(
    editions: dict[int, DataSet],
) -> None:
    """Offenders include minors: "the person who did it is to blame", never "the adult"."""
    data = editions[2025]
    lesson = fit_lesson(LESSON, data)
    for language in ("en",):
        i18n.set_language(language)
        for audience in Audience:
            script = lesson_script(lesson, audience, data)
            assert "adult is always" not in script and "adult who tricks" not in script
            questions = render_quiz(lesson, audience, data)
            first = questions[0]
            assert first.id == "first-contact"
            assert not first.question.lower().startswith("who"), first.question
            assert not first.options[first.correct].startswith("The child")
            assert "not the child" in first.answer or "always to blame" in first.answer


def test_the_first_contact_counts_posts_too(editions: dict[int, DataSet]) -> None:
    from awareness_app.model.charts.build import build_spec

    for audience in Audience:
        spec = build_spec("first-contact", editions[2024], audience)
        label = spec.groups[0].heading
        assert "post" in label and "message" in label, label


def test_birthday_says_what_it_gives_away() -> None:
    from awareness_app.model.lesson.overshare import PROFILES

    for profile in PROFILES:
        for detail in profile.details:
            for audience in Audience:
                assert "how old she is" not in detail.why(audience)


def test_chart_csv_keeps_bounds_and_rounds_derived_counts(editions: dict[int, DataSet]) -> None:
    rows = list(
        csv.DictReader(io.StringIO(csv_text("first-contact", editions[2023], Audience.ADULTS)))
    )
    bounds = {r["key"]: (r["value"], r["bound"]) for r in rows}
    assert bounds["first-contact-bound"] == ("70", "more-than")
    assert bounds["met-on-x-or-instagram"] == ("60", "nearly")
    assert bounds["first-contact"] == ("74.2", "exact")
    wider = list(
        csv.DictReader(io.StringIO(csv_text("wider-picture", editions[2023], Audience.ADULTS)))
    )
    derived = {r["key"]: r["value"] for r in wider if r["year"] == "2022"}
    assert derived["intercourse-cases"] == "474"  # shown as "about 474", never 473.9305


def test_the_quiz_lists_platform_sources_apart_from_police_figures(
    editions: dict[int, DataSet],
) -> None:
    data = editions[2025]
    lesson = fit_lesson(LESSON, data)
    quiz = next(s for s in lesson.slides if s.id == "quiz")
    shown = render_slide(lesson, quiz, Audience.JUNIOR_HIGH, data, contacts=())
    assert shown.slide_sources
    assert all(
        s.publisher in {"X Help Center", "Instagram (about.instagram.com)"}
        or "Instagram" in s.publisher
        or "X" in s.publisher
        for s in shown.slide_sources
    ), [s.publisher for s in shown.slide_sources]


def test_help_lines_cite_what_mentions_them(editions: dict[int, DataSet]) -> None:
    for data in editions.values():
        lines = {h.number: h for h in data.helplines}
        assert (
            data.sources[lines["#9110"].source].url
            != "https://www.gov-online.go.jp/cam/no_dvca/ca03/"
        )
        assert "charged" in lines["#9110"].hours and "vary" in lines["#9110"].hours
        assert "犯罪被害者" in i18n._("White Paper on Crime Victims 2020") or True
        assert data.sources[lines["#8103"].source].title == "White Paper on Crime Victims 2020"
        for line in data.helplines:  # "(web form): … (Web form)" said it twice
            assert not ("web form" in line.name.lower() and "web form" in line.hours.lower())


def test_english_dates_are_british() -> None:
    assert i18n.format_date("2026-02-26") == "26 February 2026"


def test_every_translated_string_in_the_code_is_in_the_template() -> None:
    """Calls of _() inside f-strings are not seen by babel's extractor: none may be missing
    from the template (they printed in English in the Japanese script)."""
    with (ROOT / "translations" / "messages.pot").open("rb") as fp:
        template = {m.id for m in read_po(fp) if m.id}
    missing = []
    for path in (ROOT / "src" / "awareness_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"_", "N_"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and node.args[0].value
                and node.args[0].value not in template
            ):
                missing.append(f"{path.name}:{node.lineno}: {node.args[0].value!r}")
    assert missing == []
    assert {"Question {number}", "Answer"} <= template


def test_derived_figures_are_marked_where_they_are_shown(editions: dict[int, DataSet]) -> None:
    data = editions[2025]
    lesson = fit_lesson(LESSON, data)

    def footer(slide_id: str, audience: Audience) -> str:
        slide = next(s for s in lesson.for_audience(audience) if s.id == slide_id)
        return render_slide(lesson, slide, audience, data, contacts=()).source_line

    line = footer("school-level", Audience.ADULTS)
    assert line.endswith("Derived from the reported counts: 48.4%, 37.0%, 10.7%")
    # only what the slide shows: the derived LINE count of the pupils' list and the share on
    # X or Instagram (in the notes) are not on the adults' slide
    assert "Derived" not in footer("where-met", Audience.ADULTS)
    assert footer("where-met", Audience.ELEMENTARY).endswith("other numbers: 19")
    # for pupils, in plain words, and no jargon
    pupils = footer("where-met", Audience.ELEMENTARY)
    assert "Worked out from other numbers" in pupils and "erived" not in pupils
    assert "Derived" not in footer("headline", Audience.ADULTS)  # 1,566 and 5.4% are reported


# Claims the fact-check found without a source, or against the data: never again, in any
# audience's script (text, notes, quiz, sources) of any edition.
UNSOURCED = (
    "almost every year",  # the elementary count fell in 2015, 2017, 2021 and 2024
    "fastest-growing",  # needs counts the data set does not have
    "the younger the child",
    "most serious category",  # 重要犯罪等 includes non-consensual indecency
    "age of majority",  # the children counted are those under 18
    "teens or older",  # the minimum age is 13
    "game character",  # an avatar in a virtual space
    "police caught",  # arrested on suspicion
    "mostly images",  # no source in facts.md
    "more than ever",  # a record only where the source reports it
    "most common harm to children of this age",  # junior-high notes copied from elementary
)


@pytest.mark.parametrize("year", EDITIONS)
def test_no_unsourced_claim_in_any_lesson(editions: dict[int, DataSet], year: int) -> None:
    data = editions[year]
    lesson = fit_lesson(LESSON, data)
    for audience in Audience:
        script = lesson_script(lesson, audience, data).lower()
        for claim in UNSOURCED:
            assert claim not in script, (year, audience, claim)


def test_elementary_pupils_are_not_told_they_met_offenders_on_x(
    editions: dict[int, DataSet],
) -> None:
    """They met them on Instagram, TikTok, in games and on LINE: not the all-ages X or
    Instagram figure."""
    from awareness_app.model.charts.build import build_spec

    for year, data in editions.items():
        lesson = fit_lesson(LESSON, data)
        spec = build_spec("first-contact", data, Audience.ELEMENTARY)
        assert len(spec.groups) == 1 and all("X" not in g.heading for g in spec.groups)
        quiz = render_quiz(lesson, Audience.ELEMENTARY, data)
        assert "where-met" not in [q.id for q in quiz], year
        slide = next(s for s in lesson.for_audience(Audience.ELEMENTARY) if s.id == "first-contact")
        shown = render_slide(lesson, slide, Audience.ELEMENTARY, data, contacts=())
        assert not any("X or Instagram" in b for b in shown.bullets), year
    assert {q.id for q in QUESTIONS} >= {"where-met", "first-contact"}


def test_instagram_teen_content_setting_is_described_with_its_availability(
    editions: dict[int, DataSet],
) -> None:
    data = editions[2025]
    lesson = fit_lesson(LESSON, data)
    slide = next(s for s in lesson.slides if s.id == "guidance-instagram")
    shown = render_slide(lesson, slide, Audience.ADULTS, data, contacts=())
    assert "thirteen-plus" in shown.notes and "Limited Content" in shown.notes
    assert "varies by country" in shown.notes and "At the time of writing" in shown.notes
    assert "checked on 29 November 2026" in shown.source_line  # the data file's date


@pytest.mark.parametrize("language", ["en", "ja"])
def test_childrens_charts_carry_no_jargon(editions: dict[int, DataSet], language: str) -> None:
    from awareness_app.model.charts.build import build_spec

    i18n.set_language(language)
    jargon = ("derived", "% reported", "算出値", "公表値")
    for data in editions.values():
        lesson = fit_lesson(LESSON, data)
        for slide in lesson.for_audience(Audience.ELEMENTARY):
            if not slide.chart:
                continue
            spec = build_spec(slide.chart, data, Audience.ELEMENTARY)
            words = [spec.title, spec.takeaway, spec.source_line, spec.derived_text]
            for group in spec.groups:
                for bar in group.bars:
                    words += [bar.text, bar.marker.text if bar.marker else ""]
            for panel in spec.panels:
                words += [p.text for p in panel.points]
            assert not [w for w in words if any(j in w.lower() for j in jargon)], words
