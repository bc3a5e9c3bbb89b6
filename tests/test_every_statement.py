"""Issue 23: every statement true and worded for its room. One test per rule, in every
audience, language and edition where the rule reaches that far."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from awareness_app import i18n, resources
from awareness_app.model.charts.build import build_spec
from awareness_app.model.charts.spec import DERIVED, SOLID
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.documents.handout import build_handout
from awareness_app.model.documents.script import lesson_script
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience, Lesson
from awareness_app.model.lesson.overshare import PROFILES
from awareness_app.model.lesson.quiz import render_quiz
from awareness_app.model.lesson.render import render_slide
from awareness_app.model.lesson.slides_guidance import PLATFORM_CLAIMS
from awareness_app.model.text.figure_text import DERIVED_MARK, fill_values
from awareness_app.model.text.phrases import PUPILS_WITHIN, pupils_share, pupils_share_parts

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = sorted(resources.editions())
PUPILS_ROOMS = (Audience.ELEMENTARY, Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL)


@pytest.fixture(scope="module")
def editions() -> dict[int, DataSet]:
    return {year: load_dataset(resources.edition_file(year)) for year in EDITIONS}


@pytest.fixture(scope="module")
def catalogue() -> dict[tuple[str | None, str], str]:
    with (ROOT / "translations" / "ja" / "LC_MESSAGES" / "messages.po").open("rb") as fp:
        return {(m.context, m.id): m.string for m in read_po(fp) if m.id}


# 1 -- what a detail gives away is what the profile shows -------------------------------------


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_birthday_without_a_year_never_gives_away_the_age(language: str) -> None:
    """A day and month (`yuto.kato_0728`, "Birthday: 14 May") tell no one an age."""
    i18n.set_language(language)
    for profile in PROFILES:
        for detail in profile.details:
            if "birthday" not in detail.id:
                continue
            for audience in Audience:
                why = i18n.pgettext(audience.value, detail.why(audience))
                if language == "en":
                    assert "his age" not in why and "her age" not in why
                    assert "gives away the child's age" not in why, why
                else:
                    assert not re.search(r"年齢がわかり|何さいかがわかり|年れいがわかり", why), why


# 2 -- no police finding the figures do not hold ----------------------------------------------

FIGURE_SLIDES = ("headline", "trend", "school-level", "serious", "offences", "elementary")
UNSOURCED_ON_FIGURE_SLIDES = ("seemed kind", "pretended to be a child", "were tricked", "threaten")


@pytest.mark.parametrize("year", EDITIONS)
def test_figure_slides_state_only_what_the_figures_say(
    editions: dict[int, DataSet], year: int
) -> None:
    data = editions[year]
    lesson = fit_lesson(LESSON, data)
    i18n.set_language("en")
    for audience in Audience:
        for slide in lesson.for_audience(audience):
            if slide.id not in FIGURE_SLIDES:
                continue
            shown = render_slide(lesson, slide, audience, data, contacts=())
            text = " ".join([shown.title, shown.body, *shown.bullets, shown.notes]).lower()
            assert not [w for w in UNSOURCED_ON_FIGURE_SLIDES if w in text], (slide.id, audience)
            # the figures do not say who the offender was (65 of 114 deepfakes: schoolmates)
            assert not re.search(r"\bby (an )?adults?\b|\ban adult (who|taking)\b", text)
    for audience in Audience:
        for chart in ("offences", "elementary-offences", "serious", "wider-picture"):
            try:
                spec = build_spec(chart, data, audience)
            except (KeyError, ValueError):  # a chart the edition lacks
                continue
            words = [spec.title] + [g.heading for g in spec.groups]
            assert not [w for w in words if re.search(r"\bby (an )?adults?\b", w)], words


# 3 -- a hedge survives translation -----------------------------------------------------------

# English hedges and the Japanese that keeps them (「〜ことがあります」「たとえば」 …).
HEDGES = {
    r"\boften\b(?! than)": ("ことがあ", "ことが多", "が多い", "よく", "ことも"),
    r"\bfor example\b": ("たとえば", "例えば", "など"),
    r"\bmay\b": ("ことがあ", "かもしれ", "おそれ", "可能性"),
}
# The statements of how offenders act and how cases start (warning signs, quiz 1, how it
# starts): each keeps its hedge in every entry, every context.
HEDGED = (
    "People who trick children may seem kind at first",
    "With something the child posted or sent, in {share}",
    "With the child's post or message, in {share}",
    "This is not about blaming children",
    "Of the {elementary} elementary pupils, {photos} ({photos_share}) were victims",
    "{photos} of them ({photos_share}) were victims of child pornography, for example",
    "Any one of these is a reason to stop",
)


def test_listed_statements_keep_their_hedge_in_japanese(
    catalogue: dict[tuple[str | None, str], str],
) -> None:
    checked = 0
    for (context, english), japanese in catalogue.items():
        if not english.startswith(HEDGED):
            continue
        checked += 1
        for pattern, kept in HEDGES.items():
            if re.search(pattern, english):
                assert any(k in japanese for k in kept), (context, english, japanese)
    assert checked >= len(HEDGED)


# 4 -- a platform change is shown with its source ---------------------------------------------


@pytest.mark.parametrize("year", EDITIONS)
def test_no_platform_claim_without_its_source(editions: dict[int, DataSet], year: int) -> None:
    data = editions[year]
    lesson = fit_lesson(LESSON, data)
    i18n.set_language("en")
    for audience in Audience:
        for slide in lesson.for_audience(audience):
            shown = render_slide(lesson, slide, audience, data, contacts=())
            text = " ".join([shown.title, shown.body, *shown.bullets, shown.notes])
            listed = {s.id for s in shown.slide_sources}
            for words, keys in PLATFORM_CLAIMS.items():
                if words in text:
                    assert set(keys) <= listed, (year, audience, slide.id, words)
    for keys in PLATFORM_CLAIMS.values():
        assert set(keys) <= set(data.sources)


# 5 -- a derived figure carries its mark on every surface ------------------------------------


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("year", EDITIONS)
def test_derived_figures_are_marked_on_every_surface(
    editions: dict[int, DataSet], year: int, language: str
) -> None:
    data = editions[year]
    lesson = fit_lesson(LESSON, data)
    i18n.set_language(language)
    for audience in Audience:
        # slides: the figure's text has the mark, and the footer says what it means
        for slide in lesson.for_audience(audience):
            shown = render_slide(lesson, slide, audience, data, contacts=())
            visible = " ".join([shown.title, shown.body, *shown.bullets])
            for figure in shown.figures:
                # a ratio said in words ("nearly six times") is listed in the footer
                if figure.figure.unit == "times":
                    continue
                if figure.figure.grade == "derived" and figure.text in visible:
                    assert figure.text.endswith(DERIVED_MARK), (slide.id, figure.text)
                    assert "*" in shown.source_line, (slide.id, shown.source_line)
            # charts: every derived bar drawn as derived, its text marked
            if slide.chart:
                spec = build_spec(slide.chart, data, audience)
                for group in spec.groups:
                    for bar in group.bars:
                        if bar.figure.grade == "derived":
                            assert bar.style != SOLID, (slide.chart, bar.text)
                            assert DERIVED_MARK in bar.text, (slide.chart, bar.text)
                            assert bar.style == DERIVED or bar.figure.bound != "exact"
        # the quiz: a derived figure in an answer is marked and explained
        for question in render_quiz(lesson, audience, data):
            for figure in question.figures:
                if figure.figure.unit == "times":
                    continue
                if figure.figure.grade == "derived" and figure.text in question.answer:
                    assert figure.text.endswith(DERIVED_MARK), (question.id, figure.text)
                    assert DERIVED_MARK in question.source_line, question.source_line
        # the handout: key figures marked, and a note says what the mark means
        handout = build_handout(lesson, audience, data, contacts=())
        derived = [s for s, _caption in handout.figures if s.figure.grade == "derived"]
        for shown_figure in derived:
            assert shown_figure.text.endswith(DERIVED_MARK)
        if derived:
            assert DERIVED_MARK in handout.derived_note


# 6 -- an all-ages figure is never the pupils' own --------------------------------------------


def test_the_elementary_handout_says_all_ages(editions: dict[int, DataSet]) -> None:
    data = editions[2025]
    lesson = fit_lesson(LESSON, data)
    i18n.set_language("en")
    handout = build_handout(lesson, Audience.ELEMENTARY, data, contacts=())
    for shown, caption in handout.figures:
        if shown.figure.key == "met-x-or-instagram-count":
            assert "of all 1,566 children" in caption and "every age" in caption


# 9 -- pupils' number phrases within their stated distance, every edition --------------------


def _implied(way: str, count: int, base: int, percent: float) -> bool:
    exact = count * 100 / base
    gap = (percent - exact) * base / 100  # in people out of the base
    if way == "nearly":
        return 0 < -gap <= PUPILS_WITHIN
    if way == "more-than":
        return 0 < gap <= PUPILS_WITHIN
    if way in ("", "about"):
        return abs(gap) <= 0.5
    return True


@pytest.mark.parametrize("year", EDITIONS)
def test_pupils_number_phrases_are_within_their_distance(
    editions: dict[int, DataSet], year: int
) -> None:
    data = editions[year]
    checked = 0
    for figure in data.figures.values():
        if figure.unit != "percent" or figure.bound != "exact":
            continue
        way, count, base = pupils_share_parts(figure.value)
        assert _implied(way, count, base, figure.value), (figure.key, figure.value, way, count)
        checked += 1
    assert checked > 0
    i18n.set_language("en")
    assert pupils_share(16.2) != "nearly 2 in 10"  # 22 of 136, 2024


def test_pupils_japanese_number_phrases_follow_the_glossary(
    catalogue: dict[tuple[str | None, str], str],
) -> None:
    for english in (
        "{count} in {base}",
        "more than {count} in {base}",
        "nearly {count} in {base}",
        "about {count} in {base}",
    ):
        japanese = catalogue[(None, english)]
        assert japanese.startswith("{base}人に{count}人") and "のうち" not in japanese


# 10 -- the closing notes name every year the lesson shows ------------------------------------


def test_the_closing_notes_do_not_claim_one_year(editions: dict[int, DataSet]) -> None:
    data = editions[2025]
    lesson = fit_lesson(LESSON, data)
    i18n.set_language("en")
    script = lesson_script(lesson, Audience.ADULTS, data)
    assert "comes from the National Police Agency's statistics for 2025," not in script
    assert "earlier years" in script


# 12 -- speaker notes use the teacher's wording of figures, whatever the audience -------------


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("year", EDITIONS)
def test_notes_word_figures_for_the_teacher(
    editions: dict[int, DataSet], year: int, language: str
) -> None:
    """A pupils' phrase ("10人に7人より多い", "5.4%ふえた") never lands in the teacher's notes:
    the notes are filled with the adults' wording (`render.NOTES_WORDING`)."""
    data = editions[year]
    lesson = fit_lesson(LESSON, data)
    i18n.set_language(language)
    checked = 0
    for audience in PUPILS_ROOMS:
        for slide in lesson.for_audience(audience):
            notes = render_slide(lesson, slide, audience, data).notes
            pupils, _shown = fill_values(data, slide.all_values(), audience)
            adults, _shown = fill_values(data, slide.all_values(), Audience.ADULTS)
            for name, text in pupils.items():
                if text != adults[name] and text not in adults.values():
                    assert text not in notes, (year, audience, slide.id, text)
                    checked += 1
            assert "ふえた（" not in notes and "へった（" not in notes, notes
    assert checked > 0


# pointers to other slides are computed from the lesson's order, never typed ------------------

POINTER_WORDS = re.compile(r"next slide|slide before|previous slide|次のスライド|前のスライド")


def test_lesson_texts_type_no_pointer_to_another_slide(
    catalogue: dict[tuple[str | None, str], str],
) -> None:
    from awareness_app.model.lesson.quiz import QUESTIONS

    texts = [t for s in LESSON.slides for t in (*s.texts(), s.unpublished, s.unpublished_see)]
    texts += [t for q in QUESTIONS for t in q.texts()]
    for text in texts:
        for english in text.all_strings():
            assert not POINTER_WORDS.search(english), english
            for (_context, msgid), japanese in catalogue.items():
                if msgid == english:
                    assert not POINTER_WORDS.search(japanese), japanese


@pytest.mark.parametrize("language", ["en", "ja"])
def test_pointers_follow_the_lessons_order(editions: dict[int, DataSet], language: str) -> None:
    """The 2025 figures leave out the offences slide; the note that says where the elementary
    pupils' offences are points to the slide that is there, in the order the plan gives."""
    data = editions[2025]
    i18n.set_language(language)
    next_words = i18n._("the next slide")
    fitted = fit_lesson(LESSON, data)
    slides = fitted.for_audience(Audience.JUNIOR_HIGH)
    ids = [s.id for s in slides]
    before = slides[ids.index("elementary") - 1]
    notes = render_slide(fitted, before, Audience.JUNIOR_HIGH, data).notes
    assert next_words in notes
    # the same lesson with the elementary slide moved to the end
    moved = [s for s in fitted.slides if s.id != "elementary"]
    moved += [s for s in fitted.slides if s.id == "elementary"]
    reordered = Lesson(fitted.id, fitted.title, tuple(moved))
    order = reordered.for_audience(Audience.JUNIOR_HIGH)
    notes = render_slide(reordered, before, Audience.JUNIOR_HIGH, data).notes
    assert next_words not in notes
    number = [s.id for s in order].index("elementary") + 1
    assert i18n._("slide {number}").format(number=number) in notes
    # without the elementary slide, no pointer at all
    without = Lesson(fitted.id, fitted.title, tuple(moved[:-1]))
    notes = render_slide(without, before, Audience.JUNIOR_HIGH, data).notes
    assert "{slide_elementary}" not in notes and next_words not in notes
    # every audience, edition and language: the rendered notes say "next slide" only where the
    # pointed slide follows (the only pointer the lesson has)
    for year in EDITIONS:
        lesson = fit_lesson(LESSON, editions[year])
        for audience in Audience:
            order = lesson.for_audience(audience)
            for index, slide in enumerate(order):
                shown = render_slide(lesson, slide, audience, editions[year])
                text = "\n".join([shown.title, shown.body, *shown.bullets, shown.notes])
                if next_words in text:
                    assert order[index + 1].id == "elementary", (year, audience, slide.id)


# no legal jargon before pupils; a big number keeps its counter --------------------------------

JARGON = re.compile(r"事犯|起因|じはん|きいん")
ELEMENTARY_JARGON = re.compile(r"事犯|起因|被害児童|加害者|じはん|きいん|ひがいじどう|かがいしゃ")


@pytest.mark.parametrize("year", EDITIONS)
def test_no_legal_jargon_before_pupils(editions: dict[int, DataSet], year: int) -> None:
    """The statistics' legal term (SNSに起因する事犯の被害児童) is for adults: pupils read plain
    words on their slides and quiz, and elementary pupils in their Sources dialog too."""
    from awareness_app.model.lesson.render import describe_source
    from awareness_app.model.text.plain_labels import figure_label

    data = editions[year]
    lesson = fit_lesson(LESSON, data)
    i18n.set_language("ja")
    for audience in PUPILS_ROOMS:
        for slide in lesson.for_audience(audience):
            shown = render_slide(lesson, slide, audience, data)
            texts = [shown.title, shown.body, *shown.bullets]
            texts += [q.question for q in shown.quiz] + [o for q in shown.quiz for o in q.options]
            for text in texts:
                assert not JARGON.search(text), (year, audience, slide.id, text)
    for source in data.sources.values():
        text = describe_source(source, Audience.ELEMENTARY)
        assert not ELEMENTARY_JARGON.search(text), text
    for figure in data.figures.values():
        text = figure_label(figure, Audience.ELEMENTARY)
        assert not ELEMENTARY_JARGON.search(text), text


# the statistics' legal terms, for adults only: in every pupils' Sources dialog, quiz and activity
PUPILS_JARGON = re.compile(r"事犯|起因|被害児童|加害者|じはん|きいん|ひがいじどう|かがいしゃ")


@pytest.mark.parametrize("year", EDITIONS)
@pytest.mark.parametrize("audience", PUPILS_ROOMS)
def test_pupils_sources_quiz_and_activity_are_in_plain_words(
    editions: dict[int, DataSet], year: int, audience: Audience
) -> None:
    """「オンラインゲームで加害者と知り合った小学生の被害児童」 is the adults' label: every
    pupils' room reads 「オンラインゲームで相手と知り合った、被害にあった小学生」
    (`extract.LEGAL_TERMS`)."""
    from awareness_app.model.lesson.render import describe_derivation, describe_source
    from awareness_app.model.text.plain_labels import figure_label

    data = editions[year]
    i18n.set_language("ja")
    texts = [describe_source(s, audience) for s in data.sources.values()]
    for figure in data.figures.values():
        texts += [figure_label(figure, audience), describe_derivation(figure, data, audience)]
    for question in render_quiz(fit_lesson(LESSON, data), audience, data):
        texts += [question.question, *question.options, question.answer, question.source_line]
    for profile in PROFILES:
        for detail in profile.details:
            for message in (detail.label, detail.why(audience)):
                texts.append(i18n.pgettext(audience.value, message))
    assert [t for t in texts if PUPILS_JARGON.search(t)] == []
    # the adults keep the official term, in their Sources dialog too
    victims = next(f for f in data.figures.values() if f.key == "victims")
    official = figure_label(victims, Audience.ADULTS)
    assert "事犯の被害児童" in official, official


@pytest.mark.parametrize("year", EDITIONS)
def test_a_big_number_keeps_its_counter(editions: dict[int, DataSet], year: int) -> None:
    """GLOSSARY: never a big figure whose counter starts the next line (「人の子どもが…」)."""
    data = editions[year]
    lesson = fit_lesson(LESSON, data)
    i18n.set_language("ja")
    checked = 0
    for audience in Audience:
        for slide in lesson.for_audience(audience):
            shown = render_slide(lesson, slide, audience, data)
            if shown.headline is None:
                continue
            assert not shown.body.startswith(("人", "件")), (audience, slide.id, shown.body)
            unit = shown.headline.figure.unit
            if unit in ("children", "cases"):
                assert shown.headline.text.rstrip(DERIVED_MARK).endswith(
                    "人" if unit == "children" else "件"
                ), shown.headline.text
                checked += 1
        handout = build_handout(lesson, audience, data, contacts=())
        for _shown, caption in handout.figures:
            assert not caption.startswith(("人", "件", "は", "の")), caption
    assert checked > 0


# Japanese as a teacher says it: the translationese the review listed ---------------------------

TRANSLATIONESE = (
    "のケースで、被害児童の側から最初に接触",
    "使われうる",
    "最も多い2つのサイトです",
    "大きくなったら、そしてどんなアプリでも",
    "これらの保護の多くが",
    "オンにしない限り",
    "相談窓口に相談",
    "こうしたケース",
)


def test_no_listed_translationese(catalogue: dict[tuple[str | None, str], str]) -> None:
    for (context, msgid), japanese in catalogue.items():
        for phrase in TRANSLATIONESE:
            assert phrase not in japanese, (context, msgid, phrase)


# official names whole: kanji with readings, never half kana ----------------------------------


@pytest.mark.parametrize("year", EDITIONS)
def test_official_names_are_whole_for_elementary_pupils(
    editions: dict[int, DataSet], year: int
) -> None:
    """「こどものじんけん110番」 is no name: elementary pupils read the official name's kanji
    with their readings (｜人権《じんけん》), the same name as every other room."""
    from awareness_app.model.lesson.render import helpline_rows
    from awareness_app.model.text import ruby

    data = editions[year]
    i18n.set_language("ja")
    with i18n.readings(i18n.RUBY):
        pupils, _local = helpline_rows(data, Audience.ELEMENTARY)
    adults, _local = helpline_rows(data, Audience.ADULTS)
    checked = 0
    for pupil, adult in zip(pupils, adults, strict=True):
        # a plain description ("ネットのいけない書きこみを知らせる") is no name; a name is whole
        if "110番" in pupil.name or "センター" in pupil.name:
            assert ruby.plain(pupil.name) == adult.name, (pupil.name, adult.name)
            checked += 1
    assert checked > 0
