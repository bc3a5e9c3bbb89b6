"""The pupils' worksheet (`--export-worksheet`, File › Export worksheet…), written and read back:
a page per made-up profile with a numbered box for each of its details, the answer key for the
teacher last, in every audience and both languages; furigana and larger type for elementary
pupils; Japanese lines broken only between phrases; from the command line and the window."""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from awareness_app import i18n
from awareness_app.model.documents.worksheet import build_worksheet
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.overshare import PROFILES, RevealState
from awareness_app.model.lesson.terms_of_use import terms_text
from awareness_app.model.text import ruby
from office import needs
from pdfcheck import read_pdf, text_runs
from phrase_check import cuts
from sweeps import at_the_ends, representative

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    from awareness_app.ui.app import create_application

    create_application()  # the shipped font


def _write(audience: Audience, languages: list[str], **kwargs) -> bytes:
    from awareness_app.export.worksheet_pdf import worksheet_pdf

    try:
        return worksheet_pdf(audience, languages, **kwargs)
    finally:
        i18n.set_language("en")


def _sheet(audience: Audience, language: str):
    with i18n.temporary_language(language):
        return build_worksheet(audience)


def _pieces(text: str) -> list[str]:
    """What the PDF's text holds of `text`, without white space: with readings, the text
    between them and each base and reading apart (the reading is drawn above its base)."""
    out = []
    for segment in ruby.segments(text):
        out += [segment.base, segment.reading] if segment.reading else [segment.base]
    return ["".join(p.split()) for p in out if p.strip()]


def _holds(compact: str, text: str) -> bool:
    if not ruby.has_ruby(text):
        return "".join(text.split()) in compact
    return all(piece in compact for piece in _pieces(text))


@representative(at_the_ends)
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("audience", list(Audience))
def test_pupils_pages_then_the_answer_key(audience: Audience, language: str) -> None:
    clipped: list[str] = []
    facts = read_pdf(_write(audience, [language], clipped=clipped))
    sheet = _sheet(audience, language)
    assert clipped == []
    assert facts.pages == len(PROFILES) + 1 and facts.is_a4() and facts.all_fonts_embedded()
    assert facts.images == 0  # text and vectors: sharp on paper, selectable
    key = facts.page_compact(facts.pages - 1)
    for index, shown in enumerate(sheet.pages):
        page = facts.page_compact(index)
        for text in (sheet.title, sheet.name_label, sheet.class_label, shown.heading):
            assert _holds(page, text), (index, text)
        assert _holds(page, sheet.instructions) and _holds(page, sheet.change_heading)
        assert not _holds(page, sheet.key_title)
        # the answers are not on the pupils' pages
        for section in sheet.key:
            assert not any(_holds(page, row.safer) for row in section.rows)
    # the answer key, last: every detail, what it gives away and a safer choice
    assert _holds(key, sheet.key_title) and _holds(key, sheet.key_note)
    rows = [row for section in sheet.key for row in section.rows]
    assert len(rows) == sum(len(p.details) for p in PROFILES) == 14
    for row in rows:
        for text in (row.detail, row.gives_away, row.safer):
            assert _holds(key, text), text
    assert "".join(terms_text().split()) not in "".join(facts.texts[:-1])
    with i18n.temporary_language(language):
        assert "".join(terms_text().split()) in key  # the small print, on the last page


def test_a_numbered_box_for_each_detail() -> None:
    """Each profile's page has a box numbered for each of its details, numbered across both
    profiles as the activity numbers them; the numbers are drawn at the body's size."""
    from awareness_app.export.worksheet_pdf import sizes_for

    sheet = _sheet(Audience.JUNIOR_HIGH, "en")
    state = RevealState()
    for shown, profile in zip(sheet.pages, PROFILES, strict=True):
        assert shown.profile is profile
        assert shown.numbers == tuple(state.number(d.id) for d in profile.details)
    assert sheet.box_count() == state.total() == 14
    body = sizes_for(Audience.JUNIOR_HIGH).body
    pages = text_runs(_write(Audience.JUNIOR_HIGH, ["en"]))
    for shown, runs in zip(sheet.pages, pages, strict=False):
        numbers = [
            r.text.strip() for r in runs if r.text.strip().isdigit() and abs(r.size - body) < 0.1
        ]
        assert numbers == [str(n) for n in shown.numbers]


def _size_of(runs, text: str) -> float:
    return next(r.size for r in runs if r.text.strip() == text)


def test_elementary_pupils_get_readings_and_larger_type() -> None:
    elementary = text_runs(_write(Audience.ELEMENTARY, ["ja"]))
    adults = text_runs(_write(Audience.ADULTS, ["ja"]))
    name = _sheet(Audience.ELEMENTARY, "ja").name_label
    assert _size_of(elementary[0], name) > _size_of(adults[0], name) >= 10
    assert _size_of(elementary[0], "1") > _size_of(adults[0], "1")
    # the readings, drawn above their kanji at half the size: in the profile (新しい制服で初登校！)
    # and in the answer key (せってい over 設定); none for adults
    readings = {r.text.strip(): r.size for page in elementary for r in page}
    assert "せいふく" in readings and "せってい" in readings
    assert readings["せいふく"] < _size_of(elementary[0], name) / 2
    assert not any(r.text.strip() == "せってい" for page in adults for r in page)
    assert "設定" in "".join(r.text for r in adults[-1])  # the kanji, never swapped for kana
    assert "設定" in "".join(r.text for r in elementary[-1])


def worksheet_drawn_texts() -> list[str]:
    """Every text the elementary Japanese worksheet sets (with its markup), but the terms of
    use, which the teacher reads: for the furigana and plain-words checks."""
    drawn: list = []
    i18n.set_language("ja")
    try:
        with i18n.readings(i18n.PLAIN):
            terms = terms_text()
        _write(Audience.ELEMENTARY, ["ja"], drawn=drawn)
    finally:
        i18n.set_language("en")
    texts = []
    for layout, _width in drawn:
        for paragraph in layout.paragraphs:
            words = "".join(part.text for part in paragraph.parts)
            if words != terms:
                texts.append(words)
    assert len(texts) > 40
    return texts


def test_the_elementary_worksheet_has_readings_over_harder_kanji() -> None:
    from kanji_grades import beyond_grade_4

    texts = worksheet_drawn_texts()
    assert [t for t in texts if beyond_grade_4(t)] == []
    assert any(ruby.has_ruby(t) for t in texts)  # the check sees the markup


@pytest.mark.parametrize("audience", list(Audience))
def test_japanese_lines_end_between_phrases(audience: Audience) -> None:
    from awareness_app.ui.slides.ruby_text import RubyLayout, line_texts

    drawn: list = []
    i18n.set_language("ja")
    try:
        _write(audience, ["ja"], drawn=drawn)
        wrapped = 0
        for layout, width in drawn:
            for paragraph in layout.paragraphs:
                alone = RubyLayout([paragraph], layout.font)
                whole = ruby.plain("".join(part.text for part in paragraph.parts))
                lines = line_texts(alone, width)
                wrapped += len(lines) > 1
                assert cuts(whole, lines) == [], whole
                assert alone.widest_phrase() <= width + 1, whole
    finally:
        i18n.set_language("en")
    assert wrapped >= 10  # the check saw wrapped lines (the instructions, the answer key)


def test_bilingual_gives_the_pupils_pages_in_each_language() -> None:
    facts = read_pdf(_write(Audience.HIGH_SCHOOL, ["ja", "en"]))
    ja, en = _sheet(Audience.HIGH_SCHOOL, "ja"), _sheet(Audience.HIGH_SCHOOL, "en")
    assert facts.pages == 2 * len(PROFILES) + 1
    for index in range(facts.pages - 1):
        sheet, other = (ja, en) if index < len(PROFILES) else (en, ja)
        page = facts.page_compact(index)
        assert _holds(page, sheet.title) and not _holds(page, other.title), index
        assert _holds(page, sheet.pages[index % len(PROFILES)].kind)
    assert _holds(facts.page_compact(facts.pages - 1), ja.key_title)  # the first language's


def test_written_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "worksheet.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    options = ["--lang", "ja", "--audience", "elementary", "--export-worksheet", str(out)]
    run = subprocess.run(
        [sys.executable, "-m", "awareness_app", *options, "--worksheet-languages", "ja,en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    assert f"Wrote {out}" in run.stdout
    facts = read_pdf(out.read_bytes())
    assert facts.pages == 5 and "ワークシート" in facts.page_compact(0)
    assert "Worksheet" in facts.page_compact(2)
    # its languages only with it, and only languages the app has
    for args in (
        ["--worksheet-languages", "ja"],
        ["--export-worksheet", "x.pdf", "--worksheet-languages", "ja,xx"],
    ):
        bad = subprocess.run(
            [sys.executable, "-m", "awareness_app", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=60,
        )
        assert bad.returncode == 2 and "--worksheet-languages" in bad.stderr, bad.stderr
        assert not (tmp_path / "x.pdf").exists()


def test_export_worksheet_from_the_file_menu(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from awareness_app.ui import file_dialog

    out = tmp_path / "sheet.pdf"
    asked: list[str] = []

    def save(_parent, title, suggested, _kind):
        asked.append(title)
        assert Path(suggested).name == "worksheet-elementary-ja.pdf"
        return str(out), ""

    monkeypatch.setattr(file_dialog, "get_save_file_name", save)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    window.set_audience(Audience.ELEMENTARY)
    window.set_language("ja")
    try:
        action = window.files.worksheet_action
        assert action.text() == "ワークシートを書き出す…"
        assert action in window.files.file_menu.actions()
        action.trigger()
    finally:
        i18n.set_language("en")
    assert asked == ["ワークシートを書き出す"]
    facts = read_pdf(out.read_bytes())
    assert facts.pages == 3 and "先生用" in facts.page_compact(2)
    assert re.search("名前", facts.page_compact(0))


@needs("pdftoppm")
@pytest.mark.parametrize("audience", [Audience.ELEMENTARY, Audience.ADULTS])
def test_the_boxes_are_high_enough_to_write_in(tmp_path: Path, audience: Audience) -> None:
    """Page 1 as printed (100 dpi), down a column through the boxes: a box for each of the
    first profile's details, each at least 12 mm high to write in by hand, and the box for
    "what would you change?" at the bottom, with room for two lines."""
    from PySide6.QtGui import QImage

    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(_write(audience, ["en"]))
    page = str(tmp_path / "page")
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), page],
        check=True,
    )
    image = QImage(str(tmp_path / "page.png"))
    mm = 100 / 25.4  # pixels a millimetre
    x = round((15 + 30) * mm)  # inside the first column of boxes (15 mm margin)

    def dark(x: int, y: int) -> bool:
        return image.pixelColor(x, y).lightness() < 128

    # a rule: dark 10 mm either side too (words are not)
    ruled = [
        y for y in range(image.height()) if all(dark(x + round(dx * mm), y) for dx in (-10, 0, 10))
    ]
    rules = [y for i, y in enumerate(ruled) if i == 0 or y - ruled[i - 1] > 1]
    gaps = [(b - a) / mm for a, b in itertools.pairwise(rules)]
    count = len(PROFILES[0].details)
    # the boxes: `count` heights of 12 mm or more, with the narrow gaps between them
    runs = [
        gaps[i : i + 2 * count - 1]
        for i in range(len(gaps) - 2 * count + 2)
        if all(g >= 12 for g in gaps[i : i + 2 * count - 1 : 2])
        and all(g < 2 for g in gaps[i + 1 : i + 2 * count - 2 : 2])
    ]
    assert len(runs) == 1, gaps
    assert max(runs[0][::2]) < 20  # a line each, not a wasted page
    assert gaps[-1] >= 24  # "what would you change?": its heading and two lines
