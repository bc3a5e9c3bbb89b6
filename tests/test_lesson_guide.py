"""The lesson guide (学習指導案 / presenter's guide): built from the plan, written as .docx and
.pdf, by the command line and the File menu.

The Word file is read back with python-docx (the table's headings, its rows in the plan's order,
the minutes adding up to the lesson's length), the PDF with pypdf and poppler (its text, the
shipped font embedded). The guide draws no charts, so every audience and language is fast."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from awareness_app import cli, i18n, resources
from awareness_app.export.guide_docx import guide_docx
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.documents.guide import LessonGuide, build_guide, row_minutes
from awareness_app.model.lesson import plan as lp
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience, OwnText
from awareness_app.model.lesson.terms_of_use import terms_lines
from sweeps import at_the_ends, representative

HEADINGS = {
    "en": [
        "Phase",
        "Time",
        "Activities and main questions",
        "Expected responses",
        "Points to note",
        "Assessment",
    ],
    "ja": ["段階", "時間", "学習活動と主な発問", "予想される反応", "指導上の留意点", "評価"],
}
PHASES = {"en": ["Opening", "Main part", "Wrap-up"], "ja": ["導入", "展開", "まとめ"]}
MINUTES = {"en": re.compile(r"^(\d+) min$"), "ja": re.compile(r"^(\d+)分$")}
# a row with no whole minute of its own (more slides than minutes) names the slide it shares with
SHARED = {
    "en": re.compile(r"^\(with slide (\d+)\)$"),
    "ja": re.compile(r"^（スライド(\d+)と合わせて）$"),
}


def _minutes(cell: str, language: str) -> int:
    found = MINUTES[language].match(cell)
    if found:
        return int(found[1])
    assert SHARED[language].match(cell), cell
    return 0


RULES = lp.school_slide(
    "own-rules",
    OwnText(en="Phones at our school", ja="本校のスマホのルール"),
    (OwnText(en="Phones stay in your bag during lessons", ja="授業中はかばんにしまう"),),
)


@pytest.fixture(scope="module")
def newest() -> DataSet:
    return load_dataset(resources.edition_file(resources.newest_edition()))


def _planned(data: DataSet, plan: lp.LessonPlan):
    return lp.apply_plan(fit_lesson(LESSON, data), plan, LESSON).lesson


def _guide(data: DataSet, plan: lp.LessonPlan, language: str) -> LessonGuide:
    i18n.set_language(language)
    return build_guide(_planned(data, plan), plan.audience, data, plan.minutes)


def _table(data: bytes) -> list[list[str]]:
    """The lesson's table of a .docx, read back: each row's cells' text (a merged phase cell
    is read in each row it spans)."""
    document = docx.Document(io.BytesIO(data))
    assert len(document.tables) == 1
    return [[cell.text for cell in row.cells] for row in document.tables[0].rows]


def _check_table(rows: list[list[str]], language: str, slides: int, minutes: int) -> None:
    assert rows[0] == HEADINGS[language]
    body = rows[1:]
    assert len(body) == slides  # a row for each slide the plan shows
    phases = [row[0] for row in body]
    assert list(dict.fromkeys(phases)) == PHASES[language]  # 導入, 展開, まとめ, in that order
    times = [_minutes(row[1], language) for row in body]
    assert sum(times) == minutes
    if slides <= minutes:  # every slide gets a minute where there are minutes enough
        assert all(t >= 1 for t in times)
    for number, row in enumerate(body, start=1):
        shared = SHARED[language].match(row[1])
        if shared:  # never "0 min": the neighbour whose minutes it shares, which has some
            other = int(shared[1])
            assert times[other - 1] >= 1 and other != number, row[1]
            between = times[min(other, number) : max(other, number) - 1]
            assert not any(between), (number, other)  # the nearest slide with minutes


@representative(at_the_ends)
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("audience", list(Audience))
def test_the_table_follows_the_plan_and_its_minutes_add_up(
    newest: DataSet, audience: Audience, language: str
) -> None:
    full = fit_lesson(LESSON, newest)
    shown = len(full.for_audience(audience))
    for minutes in lp.LENGTHS:
        plan = lp.full_plan(audience, full, minutes)
        rows = _table(guide_docx(_guide(newest, plan, language)))
        _check_table(rows, language, shown, minutes)
    # the 15-minute talk: its slides only, in its order
    short = lp.short_plan(audience, LESSON)
    guide = _guide(newest, short, language)
    assert [r.slide_id for r in guide.rows] == list(lp.SHORT_SLIDES[audience])
    _check_table(_table(guide_docx(guide)), language, len(lp.SHORT_SLIDES[audience]), 15)


# the shortest plan in Japanese, the longest in English
@representative(
    lambda minutes, language: (
        (minutes, language) in {(min(lp.LENGTHS), "ja"), (max(lp.LENGTHS), "en")}
    )
)
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("minutes", lp.LENGTHS)
def test_a_school_slide_is_a_row_of_its_own(newest: DataSet, minutes: int, language: str) -> None:
    plan = lp.full_plan(Audience.JUNIOR_HIGH, fit_lesson(LESSON, newest), minutes)
    plan = plan.with_school(RULES, after="warning-signs")
    guide = _guide(newest, plan, language)
    ids = [r.slide_id for r in guide.rows]
    assert ids[ids.index("warning-signs") + 1] == "own-rules"
    rows = _table(guide_docx(guide))
    _check_table(rows, language, len(ids), minutes)
    school = rows[1 + ids.index("own-rules")]
    title = RULES.title.get(language)
    assert title in school[2]  # the slide, in the teacher's words
    assert RULES.points[0].get(language) in school[4]


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_whole_lesson_in_15_minutes_shares_minutes_between_slides(
    newest: DataSet, language: str
) -> None:
    """More slides than minutes: the minutes still add up, and a slide with no whole minute
    says which slide's minutes it shares (never "0 min")."""
    full = fit_lesson(LESSON, newest)
    slides = full.for_audience(Audience.ADULTS)
    assert len(slides) > 15  # the case this test is for
    times = row_minutes(slides, Audience.ADULTS, 15)
    assert sum(times) == 15 and 0 in times
    plan = lp.full_plan(Audience.ADULTS, full, 15)
    rows = _table(guide_docx(_guide(newest, plan, language)))
    _check_table(rows, language, len(slides), 15)
    assert any(SHARED[language].match(row[1]) for row in rows[1:])


@pytest.mark.parametrize("audience", list(Audience))
def test_pupils_questions_are_quoted_as_they_see_them(newest: DataSet, audience: Audience) -> None:
    """The quiz's questions in the room's own words, without furigana markup; the teacher's
    text is plain kanji (no readings anywhere)."""
    from awareness_app.model.lesson.quiz import render_quiz

    lesson = fit_lesson(LESSON, newest)
    plan = lp.full_plan(audience, lesson, 50)
    guide = _guide(newest, plan, "ja")
    quiz_row = next(r for r in guide.rows if r.slide_id == "quiz")
    with i18n.readings(i18n.PLAIN):
        asked = [q.question for q in render_quiz(lesson, audience, newest)]
    assert asked and all(f"「{' '.join(q.split())}」" in quiz_row.questions for q in asked)
    text = _all_text(guide)
    assert "｜" not in text and "《" not in text
    if audience == Audience.ELEMENTARY:  # the pupils' own wording, not the adults'
        assert any("ひがい" in q or "さい" in q for q in quiz_row.questions)


def _all_text(guide: LessonGuide) -> str:
    parts = [guide.title, guide.subtitle, *guide.columns]
    for section in [*guide.before, *guide.after]:
        parts += [section.heading, *(f"{i.label} {i.text}" for i in section.items)]
    for row in guide.rows:
        parts += guide.cells(row)
    return "\n".join(parts)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_parts_of_a_lesson_guide(newest: DataSet, language: str) -> None:
    from awareness_app.model.lesson.contacts import LocalContact

    i18n.set_language(language)
    lesson = fit_lesson(LESSON, newest)
    school = LocalContact("School nurse", "保健室", "Room 105", "8:00-17:00", "8時〜17時")
    guide = build_guide(lesson, Audience.JUNIOR_HIGH, newest, 50, [school])
    headings = [s.heading for s in [*guide.before, *guide.after]]
    if language == "ja":
        assert guide.title == "学習指導案"
        assert headings[:4] == ["主題名", "対象", "本時のねらい", "準備するもの"]
        assert {"配慮事項", "相談窓口", "用語", "利用条件"} <= set(headings)
        assert guide.before[1].items[0].text == "中学生向け（50分）"
        assert guide.before[2].items[0].text.startswith("SNSで個人情報を発信する危険性を理解し")
    else:
        assert guide.title == "Presenter's guide"
    care = guide.after[0].items
    assert len(care) == 3  # a pupil who discloses, one who is upset, pupils without phones
    helplines = guide.after[1].items
    assert helplines[0].label == school.name(language)  # the school's own contacts first
    assert "Room 105" in helplines[0].text and len(helplines) > 3
    assert [i.text for i in guide.after[-1].items] == list(terms_lines())
    glossary = " ".join(i.label for i in guide.after[3].items)
    assert "警察庁" in glossary and "非公開アカウント" in glossary
    # the edition's figures, a derived one with its mark and the mark explained
    text = _all_text(guide)
    assert "1,566人" in text or "1,566" in text
    assert "*" in text and ("算出値" in text if language == "ja" else "derived" in text)


def test_the_glossary_names_only_terms_the_lesson_uses(newest: DataSet) -> None:
    short = lp.short_plan(Audience.JUNIOR_HIGH, LESSON)
    guide = _guide(newest, short, "ja")
    glossary = [i.label for i in guide.after[3].items]
    assert "重要犯罪等" not in glossary  # the short talk has no slide of serious crimes
    # nor has the newest edition (its release lacks the serious crimes); 2024's has them
    full = _guide(newest, lp.full_plan(Audience.JUNIOR_HIGH, LESSON, 50), "ja")
    assert "重要犯罪等" not in [i.label for i in full.after[3].items]
    older = load_dataset(resources.edition_file(2024))
    full = _guide(older, lp.full_plan(Audience.JUNIOR_HIGH, LESSON, 50), "ja")
    assert "重要犯罪等" in [i.label for i in full.after[3].items]


# --- the PDF --------------------------------------------------------------------------------------


def test_the_pdf_has_the_guide_in_the_shipped_font(
    qapp: object, newest: DataSet, tmp_path: Path
) -> None:
    from awareness_app.export.guide_pdf import guide_pdf
    from pdfcheck import read_pdf

    guide = _guide(newest, lp.full_plan(Audience.ELEMENTARY, LESSON, 45), "ja")
    data = guide_pdf(guide)
    facts = read_pdf(data)
    assert facts.is_a4() and facts.all_fonts_embedded()
    assert any("BIZUDPGothic" in name for name in facts.fonts)
    for words in ("学習指導案", "本時のねらい", "学習活動と主な発問", "配慮事項", "利用条件"):
        assert words in facts.compact, words
    assert "導入" in facts.compact and "まとめ" in facts.compact
    if shutil.which("pdffonts"):
        path = tmp_path / "guide.pdf"
        path.write_bytes(data)
        fonts = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout
        lines = [line for line in fonts.splitlines()[2:] if line.strip()]
        assert lines and all(" yes " in line for line in lines)  # every font embedded


# --- the command line and the File menu ----------------------------------------------------------


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_export_guide_on_the_command_line(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"guide{suffix}"
    assert cli.main(["--lang", "ja", "--audience", "high-school", "--export-guide", str(out)]) == 0
    data = out.read_bytes()
    if suffix == ".docx":
        rows = _table(data)
        assert rows[0] == HEADINGS["ja"]
        assert sum(_minutes(r[1], "ja") for r in rows[1:]) == 50
        paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
        assert "高校生向け（50分）" in paragraphs and "学習指導案" in paragraphs
    else:
        assert data.startswith(b"%PDF")


def test_export_guide_follows_the_plan(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    lp.save_plan(plan, lp.short_plan(Audience.ELEMENTARY, LESSON).with_school(RULES))
    out = tmp_path / "guide.docx"
    assert cli.main(["--lang", "en", "--plan", str(plan), "--export-guide", str(out)]) == 0
    rows = _table(out.read_bytes())
    assert len(rows) - 1 == len(lp.SHORT_SLIDES[Audience.ELEMENTARY]) + 1
    assert sum(_minutes(r[1], "en") for r in rows[1:]) == 15
    assert any("Phones at our school" in r[2] for r in rows)


def test_export_guide_refuses_another_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "guide.odt"
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--export-guide", str(out)])
    assert stopped.value.code == 2
    assert "neither a .docx nor a .pdf" in capsys.readouterr().err
    assert not out.exists()


def test_export_lesson_guide_from_the_file_menu(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from awareness_app.ui import file_dialog
    from awareness_app.ui.window.file_actions import FileActions

    window.set_audience(Audience.ELEMENTARY)
    window.set_language("ja")
    asked: list[str] = []

    def save_as(_parent: object, _title: str, start: str, kind: str) -> tuple[str, str]:
        asked.append(start)
        assert "*.docx" in kind and "*.pdf" in kind
        return str(tmp_path / "mine"), kind  # no extension typed: a Word document

    monkeypatch.setattr(file_dialog, "get_save_file_name", save_as)
    files = window.findChild(FileActions)
    assert files.guide_action in files.file_menu.actions()
    assert files.guide_action.text() == "学習指導案を書き出す…"
    files.guide_action.trigger()
    assert asked and asked[0].endswith("guide-elementary-ja.docx")
    rows = _table((tmp_path / "mine.docx").read_bytes())
    assert rows[0] == HEADINGS["ja"]
    minutes = window.state.lesson_minutes()
    assert sum(_minutes(r[1], "ja") for r in rows[1:]) == minutes

    monkeypatch.setattr(
        file_dialog, "get_save_file_name", lambda *a, **k: (str(tmp_path / "g.pdf"), "")
    )
    files.guide_action.trigger()
    assert (tmp_path / "g.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_guide_says_when_its_figures_are_probably_out_of_date(
    tmp_path: Path, suffix: str
) -> None:
    """Past the next expected release (--today), the guide says so under its subtitle, once;
    before it, not at all (the tests' today: conftest.py)."""
    from pypdf import PdfReader

    def text(*more: str) -> str:
        out = tmp_path / f"guide{len(more)}{suffix}"
        assert cli.main(["--lang", "en", "--export-guide", str(out), *more]) == 0
        if suffix == ".docx":
            return "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)

    notice = "The newest figures in this app are for 2025"
    assert notice not in text()
    assert text("--today", "2027-05-01").count(notice) == 1
