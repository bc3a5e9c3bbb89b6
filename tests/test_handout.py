"""The handout: what it says (model), the A4 PDF (pages, size, text, fonts, vector charts), the
bilingual version, printing, and the command line."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from awareness_app import cli, i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.documents.handout import build_handout
from awareness_app.model.lesson.contacts import LocalContact
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.text import ruby
from lessons import LESSON
from pdfcheck import read_pdf, text_runs
from sweeps import at_the_ends, representative

MADE_ON = dt.date(2026, 4, 10)


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """Fonts and painting need the application object, with the shipped font."""
    from awareness_app.ui.app import create_application

    create_application()


def _pdf(dataset: DataSet, audience: Audience, languages: list[str], **kw: object) -> bytes:
    from awareness_app.ui.pdf.handout import handout_pdf

    return handout_pdf(LESSON, dataset, audience, languages, made_on=MADE_ON, **kw)  # type: ignore[arg-type]


# --- the model ------------------------------------------------------------------------------------


@pytest.mark.parametrize("audience", list(Audience))
@pytest.mark.parametrize("language", ["en", "ja"])
def test_handout_says_the_key_figures_with_their_sources(
    dataset: DataSet, audience: Audience, language: str
) -> None:
    i18n.set_language(language)
    handout = build_handout(LESSON, audience, dataset, made_on=MADE_ON)
    texts = [shown.text for shown, _caption in handout.figures]
    # in Japanese a big number keeps its counter (1,665人)
    counter = "人" if language == "ja" else ""
    assert texts[:3] == [f"1,665{counter}", f"225{counter}", f"139{counter}"]
    assert all(caption for _shown, caption in handout.figures)
    assert handout.charts == ["trend", "first-contact"]
    assert [g.slide_id for g in handout.guidance][:2] == ["warning-signs", "if-it-happens"]
    assert len(handout.helplines) == len(dataset.helplines)
    used = {sid for shown, _c in handout.figures for sid in shown.figure.sources}
    assert used <= {s.id for s in handout.sources}
    assert "2026" in handout.made_line
    if audience == Audience.ELEMENTARY:  # the elementary wording: no offence names
        words = " ".join(c for _s, c in handout.figures).lower()
        assert "pornography" not in words and "crime" not in words


def test_short_handout_has_one_chart_and_two_guidance_sections(dataset: DataSet) -> None:
    handout = build_handout(LESSON, Audience.ADULTS, dataset, short=True)
    assert handout.charts == ["trend"]
    assert len(handout.guidance) == 2


def test_local_contacts_come_first_on_the_handout(dataset: DataSet) -> None:
    contact = LocalContact(
        name_en="School counsellor", name_ja="スクールカウンセラー", phone_or_room="Room 203"
    )
    handout = build_handout(LESSON, Audience.JUNIOR_HIGH, dataset, contacts=[contact])
    assert [(c.name, c.number) for c in handout.local_contacts] == [
        ("School counsellor", "Room 203")
    ]


# --- the PDF --------------------------------------------------------------------------------------


def test_english_handout_pdf(dataset: DataSet) -> None:
    facts = read_pdf(_pdf(dataset, Audience.ADULTS, ["en"]))
    assert 1 <= facts.pages <= 2
    assert facts.is_a4()
    for text in ("1,665", "225", "139", "74.2%", "Help lines", "0120-0-78310", "Sources"):
        assert text in facts.text, text
    assert "Handout made on 10 April 2026" in facts.text.replace("\n", " ")
    assert facts.all_fonts_embedded(), facts.fonts
    assert facts.images == 0  # the charts are vector drawings, not pictures


def test_japanese_handout_pdf_has_extractable_japanese(dataset: DataSet) -> None:
    facts = read_pdf(_pdf(dataset, Audience.ADULTS, ["ja"]))
    assert 1 <= facts.pages <= 2
    assert facts.is_a4()
    text = facts.compact
    for expected in ("1,665", "225", "相談窓口", "出典", "0120-0-78310", "保護者・教職員向け"):
        assert expected in text, expected
    # searchable as the ideographs shown, not as look-alike radicals (⼩ U+2F29 for 小)
    assert not any("\u2f00" <= ch <= "\u2fdf" for ch in text)
    assert facts.all_fonts_embedded(), facts.fonts
    assert all("BIZUDPGothic" in name for name in facts.fonts)


def test_elementary_japanese_handout_is_searchable(dataset: DataSet) -> None:
    facts = read_pdf(_pdf(dataset, Audience.ELEMENTARY, ["ja"]))
    assert "小学生向け" in facts.compact


def test_bilingual_handout_is_one_page_per_language(dataset: DataSet) -> None:
    facts = read_pdf(_pdf(dataset, Audience.JUNIOR_HIGH, ["ja", "en"]))
    assert facts.pages == 2
    assert facts.is_a4()
    assert "相談窓口" in facts.page_compact(0) and "1,665" in facts.texts[0]
    assert "Help lines" in facts.texts[1] and "1,665" in facts.texts[1]
    assert "相談窓口" not in facts.page_compact(1)
    assert facts.all_fonts_embedded()


def test_handout_shows_the_schools_contacts(dataset: DataSet) -> None:
    contact = LocalContact(name_en="School counsellor", phone_or_room="Room 203")
    facts = read_pdf(_pdf(dataset, Audience.HIGH_SCHOOL, ["en"], contacts=[contact]))
    assert "Our school" in facts.text and "School counsellor" in facts.text
    assert "Room 203" in facts.text


def test_handout_prints_through_a_printer(tmp_path: Path, dataset: DataSet) -> None:
    """The print path: the same drawing on a QPrinter (here one that prints to a PDF file)."""
    from PySide6.QtPrintSupport import QPrinter

    from awareness_app.ui.pdf.handout import paint_handout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_handout(printer, LESSON, dataset, Audience.ADULTS, ["en"], made_on=MADE_ON)
    facts = read_pdf((tmp_path / "printed.pdf").read_bytes())
    assert facts.pages == pages
    assert facts.is_a4()
    assert "1,665" in facts.text


# --- the command line -----------------------------------------------------------------------------


def test_export_handout_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    assert cli.main(["--lang", "ja", "--audience", "adults", "--export-handout", str(out)]) == 0
    facts = read_pdf(out.read_bytes())
    assert 1 <= facts.pages <= 2 and "相談窓口" in facts.compact
    assert not list(tmp_path.glob(".*.tmp"))


def test_bilingual_handout_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    args = [
        "--audience",
        "elementary",
        "--export-handout",
        str(out),
        "--handout-languages",
        "en,ja",
    ]
    assert cli.main(args) == 0
    facts = read_pdf(out.read_bytes())
    assert facts.pages == 2
    assert "Help lines" in facts.texts[0] and "相談窓口" in facts.page_compact(1)


@pytest.mark.parametrize("languages", ["fr", "en,en", ""])
def test_bad_handout_languages_exit_2(tmp_path: Path, languages: str, capsys) -> None:
    args = ["--export-handout", str(tmp_path / "h.pdf"), "--handout-languages", languages]
    with pytest.raises(SystemExit) as stop:
        cli.main(args)
    assert stop.value.code == 2
    assert "--handout-languages" in capsys.readouterr().err
    assert not (tmp_path / "h.pdf").exists()


# --- furigana and the size of the type ------------------------------------------------------------

KANA_ONLY = re.compile(r"^[\u3041-\u309f\u30a0-\u30ffー・\s]+$")
# what the handout once printed in place of kanji (the marked words swapped for their reading)
SWAPPED = ("はいふしりょう", "けいさつちょう", "とうこう", "いちじょうほう", "ひこうかい")


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _export(tmp_path: Path, audience: Audience, languages: list[str]) -> bytes:
    """The handout as the command line writes it (the newest edition, the fitted lesson)."""
    out = tmp_path / "handout.pdf"
    args = ["--lang", languages[0], "--audience", audience.value, "--export-handout", str(out)]
    assert cli.main([*args, "--handout-languages", ",".join(languages)]) == 0
    return out.read_bytes()


def _newest_handout(audience: Audience, language: str, short: bool):
    from awareness_app.model.data.fit import fit_lesson
    from awareness_app.model.lesson.content import LESSON as EVERY_SLIDE

    newest = load_dataset(resources.edition_file(resources.newest_edition()))
    with i18n.temporary_language(language):
        return build_handout(fit_lesson(EVERY_SLIDE, newest), audience, newest, short=short)


def _every_handout(test: Callable[..., None]) -> Callable[..., None]:
    """The test's cases: every audience's handout in each language and bilingual; the quick
    run's are each end of the rooms in its language, and the bilingual one for the youngest."""
    for mark in reversed(
        (
            representative(
                lambda audience, languages: (
                    at_the_ends(audience, languages[0])
                    and (len(languages) == 1 or audience == Audience.ELEMENTARY)
                )
            ),
            pytest.mark.parametrize("audience", list(Audience)),
            pytest.mark.parametrize(
                "languages", [["ja"], ["en"], ["ja", "en"]], ids=["ja", "en", "both"]
            ),
        )
    ):
        test = mark(test)
    return test


@_every_handout
def test_handout_type_never_goes_below_its_floors(
    tmp_path: Path, audience: Audience, languages: list[str]
) -> None:
    """Read from the PDF itself: the body (captions, guidance, help lines) at 10 pt or more,
    the sources at 7 pt or more, and nothing smaller but the readings above kanji; the handout
    keeps to its pages (shortened by design where it must be, not set smaller)."""
    from awareness_app.ui.pdf.handout import BODY_MIN_PT, SMALL_MIN_PT

    data = _export(tmp_path, audience, languages)
    pages = text_runs(data)
    assert len(pages) == 2
    runs = [run for page in pages for run in page]
    smaller = [run for run in runs if run.size < SMALL_MIN_PT - 0.05]
    assert all(KANA_ONLY.match(run.text) for run in smaller), smaller  # readings only
    assert all(run.size >= SMALL_MIN_PT / 2 - 0.1 for run in smaller), smaller
    body = _squeeze("".join(r.text for r in runs if r.size >= BODY_MIN_PT - 0.05))
    small = _squeeze("".join(r.text for r in runs if r.size >= SMALL_MIN_PT - 0.05))
    for language in languages:
        handout = _newest_handout(audience, language, short=len(languages) > 1)
        said = [caption for _shown, caption in handout.figures]
        said += [t for g in handout.guidance for t in (g.intro, *g.bullets) if t]
        said += [t for row in handout.helplines for t in (row.name, row.number)]
        for text in said:
            assert _squeeze(ruby.plain(text)) in body, text
        assert handout.source_lines
        for line in handout.source_lines:
            assert _squeeze(line) in small, line


_SVG_TEXT = re.compile(r'<text style="[^"]*font-size: ([\d.]+)px[^"]*"[^>]*>([^<]*)</text>')


@_every_handout
def test_the_handouts_charts_print_no_type_below_its_floor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, audience: Audience, languages: list[str]
) -> None:
    """Each chart the handout prints, at the width it prints it, keeps the handout's floor:
    no text below `SMALL_MIN_PT`. The handout prints a chart's text as outlines, which the
    floors' test above cannot read: each chart is drawn again as the handout asked for it,
    with its text as text (`pages.chart_svg`), and its type measured at the width it was put
    on the page (two-page handouts at the text's width, one-page ones narrower)."""
    from awareness_app.ui.pdf import handout
    from awareness_app.ui.pdf.handout import SMALL_MIN_PT

    asked: dict[bytes, tuple[tuple, dict]] = {}  # a drawing → what it was drawn from
    printed: list[tuple[bytes, float]] = []  # a drawing, and its width on paper in points
    draw, place = handout.chart_svg, handout.draw_svg

    def drawn(*args, **kw) -> bytes:
        svg = draw(*args, **kw)
        asked[svg] = (args, kw)
        return svg

    def placed(painter, svg: bytes, rect) -> None:
        printed.append((svg, rect.width() * 72 / painter.device().logicalDpiX()))
        place(painter, svg, rect)

    monkeypatch.setattr(handout, "chart_svg", drawn)
    monkeypatch.setattr(handout, "draw_svg", placed)
    _export(tmp_path, audience, languages)
    assert printed  # each of these handouts prints a chart
    small = []
    for svg, width in printed:
        args, kw = asked[svg]
        chart, size = args[0], args[5]
        text = draw(*args, **{**kw, "outlines": False}).decode()
        units = size[0] * 72 / 100  # the SVG's width in its own units (points at 100 dpi)
        for px, words in _SVG_TEXT.findall(text):
            points = float(px) * width / units
            if points < SMALL_MIN_PT - 0.05:
                small.append((chart, words, round(points, 1)))
    assert small == []


def test_pupils_handout_draws_furigana_and_the_sources_in_kanji(tmp_path: Path) -> None:
    """The marked words are printed in kanji with their reading above at half the size, never
    swapped for kana; the sources, which the teacher reads, are plain kanji."""
    from awareness_app.ui.pdf.handout import BODY_PT

    handout = _newest_handout(Audience.ELEMENTARY, "ja", short=False)
    pupils = [handout.title, handout.made_line, handout.data_line, *handout.headings.values()]
    pupils += [t for g in handout.guidance for t in (g.title, g.intro, *g.bullets)]
    assert any(ruby.has_ruby(t) for t in pupils)  # the markup reaches the layout
    assert not any(ruby.has_ruby(line) for line in handout.source_lines)
    assert any("犯罪被害者白書" in line for line in handout.source_lines)
    assert not any("はんざいひがいしゃ" in line for line in handout.source_lines)

    runs = [
        run for page in text_runs(_export(tmp_path, Audience.ELEMENTARY, ["ja"])) for run in page
    ]
    readings = [run for run in runs if run.size < 7]
    base = _squeeze("".join(run.text for run in runs if run.size >= 7))
    for swapped in SWAPPED:
        assert swapped not in base, swapped  # no word written in kana in place of its kanji
    for kanji in ("配布資料", "警察庁", "投稿", "犯罪被害者白書"):
        assert kanji in base, kanji
    posted = [run for run in readings if run.text == "とうこう"]  # 投稿's reading, in the body
    assert posted and all(abs(run.size - BODY_PT / 2) < 0.3 for run in posted), posted
    assert len(readings) > 20
