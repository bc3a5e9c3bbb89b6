"""Editions of the data: one file per NPA release, the newest by default, chosen on the command
line, in a site configuration or in the window; the lesson's words follow the edition's data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from awareness_app import cli, i18n, resources
from awareness_app.model.charts.build import build_spec
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson, lesson_problems
from awareness_app.model.documents.script import lesson_script
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.overshare import PROFILES
from awareness_app.model.lesson.quiz import render_quiz
from awareness_app.model.lesson.render import render_slide
from awareness_app.model.text.phrases import extreme_words, streak_words, times_words
from awareness_app.ui.classroom_state import ClassroomState
from sweeps import NEWEST, representative
from windows import show_window

EDITIONS = (2023, 2024, 2025)


@pytest.fixture(scope="module")
def editions() -> dict[int, DataSet]:
    return {year: load_dataset(resources.edition_file(year)) for year in EDITIONS}


def test_the_built_in_editions_and_the_newest_is_the_default() -> None:
    assert tuple(resources.editions()) == EDITIONS
    assert resources.newest_edition() == 2025  # the default data set
    data = load_dataset(resources.edition_file(resources.newest_edition()))
    assert (data.year, data.released) == (2025, "2026-02-26")


def _script(tmp_path: Path, *args: str) -> str:
    out = tmp_path / "lesson.md"
    assert cli.main([*args, "--audience", "adults", "--export-script", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_export_script_without_an_edition_gives_the_2025_figures(tmp_path: Path) -> None:
    text = _script(tmp_path)
    assert "National Police Agency figures for 2025, released 26 February 2026" in text
    for figure in ("1,566", "167", "758", "579", "Instagram 456", "X 307"):
        assert figure in text, figure
    assert "1,665" not in text.split("## 3.")[0]  # the headline is 2025's, not 2023's


def test_export_script_of_2024(tmp_path: Path) -> None:
    text = _script(tmp_path, "--edition", "2024")
    assert "National Police Agency figures for 2024, released 13 March 2025" in text
    for figure in ("1,486", "136", "Instagram 461", "X 398"):
        assert figure in text, figure
    # the words follow the data: a fall for the fifth year running, the fewest in ten years
    assert "down 10.8% on the year before: down for five years in a row" in text


def test_export_script_of_2023_keeps_every_figure_it_had(tmp_path: Path) -> None:
    text = _script(tmp_path, "--edition", "2023")
    for figure in ("1,665", "139", "225", "748", "713", "4,418", "592", "a record"):
        assert figure in text, figure
    assert "nearly five times" in text


def test_no_figure_graded_w_appears(editions: dict[int, DataSet]) -> None:
    """facts.md: the 2024 serious-crime total, abduction and ordinance counts (458, 66, 315)
    and 2025's (329, 185) were seen only in reposts: never in a data file."""
    for data in editions.values():
        values = {f.value for f in data.figures.values() if f.year >= 2024}
        assert not values & {458, 66, 315, 329, 185}
        assert not data.has("serious", 2024) and not data.has("serious", 2025)


@pytest.mark.parametrize("year", EDITIONS)
def test_every_slide_and_chart_of_every_edition_renders(
    editions: dict[int, DataSet], year: int
) -> None:
    data = editions[year]
    assert lesson_problems(LESSON, data) == []
    lesson = fit_lesson(LESSON, data)
    for language in i18n.LANGUAGES:
        i18n.set_language(language)
        for audience in Audience:
            slides = lesson.for_audience(audience)
            assert [s.id for s in slides][:2] == ["title", "headline"]
            for slide in slides:
                shown = render_slide(lesson, slide, audience, data, contacts=())
                assert "{" not in shown.title + shown.body + "".join(shown.bullets)
                for line in [shown.title, *shown.bullets]:  # no empty phrase at the end
                    assert not line.rstrip().endswith((":", "：", ",", "、")), line
                for figure in shown.figures:  # never a figure from another year passed off
                    assert figure.figure.year in {data.year, data.year - 1} or (
                        figure.figure.key in {"victims-elementary", "avatar-case-age"}
                    ), figure.figure.ref
                if slide.chart:
                    spec = build_spec(slide.chart, data, audience)
                    assert spec.rows and spec.source_line
            script = lesson_script(lesson, audience, data)
            assert str(year) in script.splitlines()[2]


def test_slides_an_edition_lacks_are_left_out_with_a_note(editions: dict[int, DataSet]) -> None:
    data = editions[2025]
    lesson = fit_lesson(LESSON, data)
    ids = [s.id for s in lesson.for_audience(Audience.ADULTS)]
    assert "serious" not in ids and "offences" not in ids
    assert {"where-met", "deepfakes"} <= set(ids)
    notes = render_slide(lesson, lesson.slides[ids.index("school-level")], Audience.ADULTS, data)
    assert "give no total of serious crimes" in notes.notes
    assert "no breakdown of all victims by offence" in notes.notes
    # the offences slide is not in the elementary lesson: its note is not read there either
    elementary = render_slide(
        lesson, lesson.slides[ids.index("school-level")], Audience.ELEMENTARY, data
    )
    assert "by offence" not in elementary.notes
    # deepfakes: not for elementary pupils
    assert "deepfakes" not in [s.id for s in lesson.for_audience(Audience.ELEMENTARY)]
    # 2024: no school levels but the sites; 2023: no sites
    assert "school-level" not in [s.id for s in fit_lesson(LESSON, editions[2024]).slides]
    assert "where-met" not in [s.id for s in fit_lesson(LESSON, editions[2023]).slides]


def test_where_met_chart_lists_the_sites_and_the_elementary_pupils_own(
    editions: dict[int, DataSet],
) -> None:
    spec = build_spec("where-met", editions[2025], Audience.ADULTS)
    labels = [g.heading for g in spec.groups]
    assert labels == ["Instagram", "X", "TikTok", "Online games"]
    assert [g.bars[0].value for g in spec.groups] == [456, 307, 123, 81]
    child = build_spec("where-met", editions[2024], Audience.ELEMENTARY)
    assert sorted(g.heading for g in child.groups) == [
        "Instagram",
        "LINE",
        "Online games",
        "TikTok",
    ]
    assert "2024" in spec.title or "2025" in spec.title
    # the 2023 bound stays a bound
    first = build_spec("first-contact", editions[2023], Audience.ADULTS)
    assert first.groups[1].bars[0].text == "nearly 60%"


# --- the rules for words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ratio", "in_english", "in_japanese"),
    [
        (4.96, "nearly five times", "5倍近く"),
        (5.96, "nearly six times", "6倍近く"),
        (4.86, "nearly five times", "5倍近く"),
        (5.0, "five times", "5倍"),
        (5.4, "more than five times", "5倍超"),
        (1.2, "1.2 times", "1.2倍"),
    ],
)
def test_times_in_words(ratio: float, in_english: str, in_japanese: str) -> None:
    assert times_words(ratio) == in_english
    i18n.set_language("ja")
    assert times_words(ratio) == in_japanese


def test_streaks_and_records_from_the_series(editions: dict[int, DataSet]) -> None:
    def words(year: int, key: str, style: str) -> tuple[str, str]:
        data = editions[year]
        figure = data.figure(key)
        function = streak_words if style == "streak" else extreme_words
        english = function(data, figure)
        i18n.set_language("ja")
        japanese = function(data, figure)
        i18n.set_language("en")
        return english, japanese

    assert words(2025, "victims", "streak") == ("the first rise in six years", "6年ぶりの増加")
    assert words(2024, "victims", "streak") == ("down for five years in a row", "5年連続の減少")
    assert words(2023, "victims", "streak") == ("down for four years in a row", "4年連続の減少")
    assert words(2024, "victims", "extreme") == ("the fewest in ten years", "過去10年で最少")
    # a record the source reports wins over the series shown
    assert words(2025, "victims-elementary", "extreme") == (
        "the most since records began in 2008",
        "統計のある2008年以降で最多",
    )
    assert words(2023, "victims-elementary", "extreme") == (
        "the most of any year since 2013",
        "2013年以降で最多",
    )
    assert words(2024, "victims-elementary", "extreme") == ("", "")  # 139 in 2023 was more
    assert words(2023, "serious", "extreme") == ("a record", "過去最多")  # as the article says


# --- both languages state the same facts ----------------------------------------------------------

# "one" is left out: "one of these help lines" is no count
WORDS = {
    w: str(n)
    for n, w in enumerate(
        [
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
            *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
            *("seventeen", "eighteen", "nineteen"),
        ]
    )
    if w != "one"
}
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
KANJI = {k: str(n) for n, k in enumerate("〇一二三四五六七八九")}


def _numbers(text: str) -> set[str]:
    text = re.sub(r"\b(" + "|".join(WORDS) + r")s?\b", lambda m: WORDS[m.group(1)], text.lower())
    # dates: "14 March 2024" is 2024年3月14日
    for number, month in enumerate(MONTHS, start=1):
        text = text.replace(month, str(number))
    # "二つ" (two, counting things) is written in kanji in Japanese
    text = re.sub(r"([一二三四五六七八九])つ", lambda m: KANJI[m.group(1)], text)
    return {n.replace(",", "") for n in NUMBER.findall(text)}


@pytest.mark.parametrize("year", EDITIONS)
def test_both_languages_state_the_same_numbers(editions: dict[int, DataSet], year: int) -> None:
    data = editions[year]
    lesson = fit_lesson(LESSON, data)
    for audience in Audience:
        for slide in lesson.for_audience(audience):
            texts = {}
            for language in i18n.LANGUAGES:
                i18n.set_language(language)
                shown = render_slide(lesson, slide, audience, data, contacts=())
                texts[language] = " ".join(
                    [shown.title, shown.body, *shown.bullets] + [f.text for f in shown.figures]
                )
            assert _numbers(texts["en"]) == _numbers(texts["ja"]), (year, audience, slide.id)


# --- a new year without code --------------------------------------------------------------------


def test_a_synthetic_later_edition_renders_the_whole_lesson(tmp_path: Path) -> None:
    """What CONTRIBUTING describes for next year's release: one new data file, no code."""
    text = resources.edition_file(2025).read_text(encoding="utf-8")
    text = text.replace('id = "npa-2025"', 'id = "npa-2026"')
    text = text.replace("year = 2025\n", "year = 2026\n", 1)
    text = text.replace('released = "2026-02-26"', 'released = "2027-02-25"')
    text = text.replace(
        '    { year = 2025, value = 1566, source = "yomiuri-2026" },',
        '    { year = 2025, value = 1566, source = "yomiuri-2026" },\n'
        '    { year = 2026, value = 1600, source = "yomiuri-2026" },',
    )
    text = text.replace(
        '    { year = 2025, value = 167, source = "yomiuri-2026" },',
        '    { year = 2025, value = 167, source = "yomiuri-2026" },\n'
        '    { year = 2026, value = 200, source = "yomiuri-2026" },',
    )
    # this year's breakdowns: move every other single-year figure of 2025 to 2026
    text = re.sub(r"^year = 2025$", "year = 2026", text, flags=re.M)
    text = text.replace("@2025", "@2026")
    # the record reported for 2025 is not 2026's
    text = re.sub(r"\[\[records\]\]\n(.+\n)+", "", text)
    text = text.replace("value = 5.4\n", "value = 2.2\n")
    text = text.replace('"victims@2024", "victims@2026"', '"victims@2025", "victims@2026"')
    text = text.replace("value = 71\n", "value = 104\n")  # pupils aged 11: the ages add up
    text = re.sub(r"(abuse-cases@2026\", \"abuse-cases@)2024", r"\g<1>2025", text)
    text = text.replace(
        '    { year = 2025, value = 4858, source = "straits-times-2026" },',
        '    { year = 2025, value = 4858, source = "straits-times-2026" },\n'
        '    { year = 2026, value = 4900, source = "straits-times-2026" },',
    )
    path = tmp_path / "npa-2026.toml"
    path.write_text(text, encoding="utf-8")
    data = load_dataset(path)
    assert data.year == 2026
    assert lesson_problems(LESSON, data) == []
    lesson = fit_lesson(LESSON, data)
    for language in i18n.LANGUAGES:
        i18n.set_language(language)
        for audience in Audience:
            script = lesson_script(lesson, audience, data)
            assert "1,600" in script and "2026" in script
    i18n.set_language("en")
    script = lesson_script(lesson, Audience.ADULTS, data)
    assert "up 2.2% on the year before: up for two years in a row" in script
    assert "the most of any year since 2013" in script  # 200 elementary pupils
    assert "nearly seven times" in script or "more than seven times" in script  # 200 / 28


# --- choosing an edition --------------------------------------------------------------------------


def test_site_configuration_sets_the_edition(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text("[data]\nedition = 2024\n", encoding="utf-8")
    text = _script(tmp_path, "--config", str(site))
    assert "National Police Agency figures for 2024" in text
    site.write_text("[data]\nedition = 2031\n", encoding="utf-8")
    out = tmp_path / "x.md"
    assert cli.main(["--config", str(site), "--export-script", str(out)]) == 0
    assert "National Police Agency figures for 2025" in out.read_text(encoding="utf-8")


def test_data_and_edition_together_are_refused(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(
            [
                "--data",
                str(resources.edition_file(2023)),
                "--edition",
                "2024",
                "--export-script",
                str(tmp_path / "x.md"),
            ]
        )
    assert "not both" in capsys.readouterr().err


def _without(tmp_path: Path, key: str) -> Path:
    """The 2025 edition less the figure `key` that every lesson needs."""
    text = resources.edition_file(2025).read_text(encoding="utf-8")
    start = text.index(f'[[figures]]\nkey = "{key}"')
    end = text.index("[[figures]]", start + 10)
    path = tmp_path / "missing.toml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    return path


def test_a_data_set_missing_a_lesson_figure_is_refused_on_every_way_in(
    tmp_path: Path, qtbot, capsys, window
) -> None:
    bad = _without(tmp_path, "victims-elementary-growth")
    out = tmp_path / "x.md"
    # the command line
    assert cli.main(["--data", str(bad), "--export-script", str(out)]) == 1
    assert "victims-elementary-growth@2025" in capsys.readouterr().err
    assert not out.exists()
    # a site configuration: reported, and the built-in edition is used
    site = tmp_path / "site.toml"
    site.write_text(f'[data]\nfile = "{bad.name}"\n', encoding="utf-8")
    assert cli.main(["--config", str(site), "--export-script", str(out)]) == 0
    assert "victims-elementary-growth@2025" in capsys.readouterr().err
    assert "National Police Agency figures for 2025" in out.read_text(encoding="utf-8")
    # File › Open: refused, and the window keeps its data
    from PySide6.QtWidgets import QMessageBox

    before = window.dataset
    qtbot_patch = pytest.MonkeyPatch()
    qtbot_patch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    try:
        assert window.files.open_dataset(bad) is False
    finally:
        qtbot_patch.undo()
    assert "victims-elementary-growth@2025" in window.files.last_message
    assert window.dataset is before


def test_the_window_chooses_and_remembers_the_edition(window) -> None:
    from awareness_app.ui.settings import Settings

    box = window.edition_box
    years = [box.itemData(row) for row in range(box.count())]
    assert years == [2025, 2024, 2023]  # the fixture's data set is the 2023 edition
    assert box.currentData() == 2023
    assert box.accessibleName() == "Edition of the figures"
    window.go_to_id("headline")
    box.setCurrentIndex(0)
    box.activated.emit(0)
    assert window.dataset.year == 2025
    assert window.current_slide_id() == "headline"
    assert window.windowTitle().startswith("Children harmed through social media in 2025")
    assert "2025" in window.files.dataset_label.text()
    assert "where-met" in [s.id for s in window.slides()]
    assert Settings().edition == 2025
    # the next start opens the edition the teacher chose
    from awareness_app.cli_exports import choose_dataset
    from awareness_app.model.settings.site import NO_SITE

    args = cli.build_parser().parse_args([])
    assert choose_dataset(args, NO_SITE, LESSON, Settings().edition).year == 2025


# --- the views and the exports of every edition -------------------------------------------------


@representative(lambda year: year == NEWEST)
@pytest.mark.parametrize("year", EDITIONS)
def test_the_deck_and_the_handout_of_every_edition(tmp_path: Path, year: int) -> None:
    from pdfcheck import read_pdf

    deck, handout = tmp_path / "deck.pdf", tmp_path / "handout.pdf"
    edition = ["--edition", str(year)]
    assert (
        cli.main([*edition, "--lang", "ja", "--audience", "adults", "--export-deck", str(deck)])
        == 0
    )
    args = [*edition, "--audience", "elementary", "--export-handout", str(handout)]
    assert cli.main(args) == 0
    data = load_dataset(resources.edition_file(year))
    lesson = fit_lesson(LESSON, data)
    facts = read_pdf(deck.read_bytes())
    # a page a slide; the quiz a page a question and the overshare two pages a profile
    # (unmarked, then revealed)
    questions = render_quiz(lesson, Audience.ADULTS, data)
    slides = len(lesson.for_audience(Audience.ADULTS))
    assert facts.pages == slides + len(questions) - 1 + 2 * len(PROFILES) - 1
    assert f"警察庁の{year}年の統計" in facts.compact
    total = f"{int(data.figure('victims').value):,}"
    assert total in facts.text
    text = read_pdf(handout.read_bytes()).text.replace("\n", " ")
    assert f"National Police Agency figures for {year}" in text and total in text


@pytest.mark.parametrize("year", EDITIONS)
def test_the_presentation_view_shows_every_slide_of_every_edition(qtbot, year: int) -> None:
    from PySide6.QtWidgets import QApplication

    from awareness_app.ui.app import create_application
    from awareness_app.ui.presenting.presentation_view import PresentationView
    from awareness_app.ui.settings import Settings
    from awareness_app.ui.window.main_window import MainWindow

    create_application()
    data = load_dataset(resources.edition_file(year))
    window = MainWindow(ClassroomState(LESSON, data, Settings()))
    qtbot.addWidget(window)
    view = PresentationView(window.presenting)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    for audience in (Audience.ELEMENTARY, Audience.ADULTS):
        window.set_audience(audience)
        ids = [s.id for s in window.slides()]
        assert ids == [s.id for s in fit_lesson(LESSON, data).for_audience(audience)]
        for index in range(len(ids)):
            window.go_to(index)
            for _ in range(3):
                QApplication.processEvents()
            assert window.presenting.index == index
            assert view.page.clipped_labels() == [], (year, audience, ids[index])


@pytest.mark.parametrize("year", EDITIONS)
def test_the_quiz_steps_through_the_questions_of_every_edition(qtbot, year: int) -> None:
    """An edition may leave a quiz question out (no serious-crime total in 2024 and 2025): the
    show of hands follows the questions shown, and → leaves the quiz after the last answer."""
    from PySide6.QtCore import Qt

    from awareness_app.model.lesson.quiz import render_quiz
    from awareness_app.ui.app import create_application
    from awareness_app.ui.settings import Settings
    from awareness_app.ui.window.main_window import MainWindow

    create_application()
    data = load_dataset(resources.edition_file(year))
    window = MainWindow(ClassroomState(LESSON, data, Settings()))
    qtbot.addWidget(window)
    show_window(qtbot, window)
    for audience in Audience:
        window.set_audience(audience)
        window.go_to_id("quiz")
        count = len(render_quiz(window.lesson, audience, data))
        quiz = window.slide_view.activity.quiz
        seen = set()
        for _step in range(2 * count - 1):  # each answer revealed, then the next question
            seen.add(quiz.progress.text())
            qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)
            assert window.current_slide_id() == "quiz"
        seen.add(quiz.progress.text())
        assert len(seen) == count, (year, audience)
        qtbot.keyClick(window.slide_view, Qt.Key.Key_Right)
        assert window.current_slide_id() == "closing"


@pytest.mark.parametrize("year", EDITIONS)
def test_the_comparisons_the_wording_makes_hold_in_every_edition(
    editions: dict[int, DataSet], year: int
) -> None:
    """A few sentences compare figures in words (so that pupils are not read a table): each
    comparison is checked against every edition here, so a new edition whose data says
    otherwise fails before it ships (CONTRIBUTING, "Add a year of data")."""
    data = editions[year]

    def value(key: str, at: int | None = None) -> float:
        return data.figure(key, at).value

    # school-level: "Most were in junior high or high school"
    if data.has("victims-junior-high"):
        levels = value("victims-junior-high") + value("victims-high-school")
        assert levels > value("victims") / 2
    # elementary (notes): "Most were among the oldest pupils in elementary school"
    assert value("elementary-age-12") + value("elementary-age-11") > value("victims-elementary") / 2
    # virtual-spaces: elementary pupils met the offender in a game more often than all victims
    assert value("games-meeting-place-elementary") > value("games-meeting-place-all")
    # where-met: "Instagram and X are the two sites where the most victims met the offender"
    if data.has("met-instagram"):
        others = [value(f"met-{site}") for site in ("tiktok", "games")]
        assert min(value("met-instagram"), value("met-x")) > max(others)
    # quiz: more met the offender on X or Instagram than in a game ("Where did more …")
    assert value("met-on-x-or-instagram") > value("games-meeting-place-all")
    # quiz (elementary, adults): since the first year the number "went up a lot"
    assert value("victims-elementary-growth") >= 2
    # quiz and slide: serious crimes "more than the year before"
    if data.has("serious"):
        assert value("serious") > value("serious", year - 1)
    # offences: the chart highlights the largest; the body makes no claim — nothing to check
