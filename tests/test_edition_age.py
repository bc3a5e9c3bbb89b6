"""The notice that the newest figures are probably out of date (`model/data/edition_age.py`): the
rule (31 March of the year after the newest edition's release), "today" set by --today or
AWARENESS_TODAY, and the notice itself, in both languages, once: in the window (found in the
window's widgets, offscreen; gone when closed, never back that session, retranslated on L), on
the handout and the lesson PDF (read back with pypdf) and in the PowerPoint's notes (python-pptx),
never on a projected slide."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from awareness_app import cli, i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.edition_age import (
    EditionDate,
    available_editions,
    edition_date,
    next_release_due,
    notice,
    outdated,
    resolve_today,
)
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.settings.site import load_site_config
from pdfcheck import read_pdf
from sweeps import representative

RELEASED_2025 = dt.date(2026, 2, 26)  # resources/data/npa-2025.toml's `released`
DUE = dt.date(2027, 3, 31)  # the 2026 figures are expected by then
AFTER = "2027-04-01"
NOTICE = {
    "en": "The newest figures in this app are for 2025 (National Police Agency, published "
    "26 February 2026).",
    "ja": "このアプリの最新の数値は2025年の統計です（警察庁、2026年2月26日公表）。",
}


def _newest() -> DataSet:
    return load_dataset(resources.edition_file(2025))


def _flat(text: str) -> str:
    return "".join(text.split())


# --- the rule ------------------------------------------------------------------------------------


def test_the_next_release_is_due_by_31_march_of_the_year_after_the_release() -> None:
    assert next_release_due(RELEASED_2025) == DUE
    assert next_release_due(dt.date(2024, 3, 14)) == dt.date(2025, 3, 31)


def test_only_the_newest_edition_counts_and_only_after_its_next_release_is_due() -> None:
    editions = available_editions()
    assert max(editions) == EditionDate(2025, RELEASED_2025)
    assert outdated(editions, DUE) is None  # 31 March itself: not yet
    assert outdated(editions, dt.date(2026, 12, 7)) is None
    assert outdated(editions, DUE + dt.timedelta(days=1)) == EditionDate(2025, RELEASED_2025)
    # a newer edition (a site's data file) puts the day off by a year
    newer = EditionDate(2026, dt.date(2027, 3, 5))
    assert outdated([*editions, newer], dt.date(2027, 4, 1)) is None
    assert outdated([*editions, newer], dt.date(2028, 4, 1)) == newer
    assert outdated([], dt.date(2030, 1, 1)) is None


def test_an_editions_date_is_read_from_its_dataset_table(tmp_path: Path) -> None:
    """The window's start reads the [dataset] table alone (a data file is hundreds of
    tables): it says what the whole file says; a table that cannot be read alone (a line of a
    multi-line string starts with "[") or a file with no such header is read whole."""
    for year, path in resources.editions().items():
        data = load_dataset(path)
        assert edition_date(path) == EditionDate(year, dt.date.fromisoformat(data.released))
    files = {
        "string.toml": '[dataset]\nnote = """\n[draft]\n"""\nyear = 2026\n'
        'released = "2027-03-05"\n\n[sources.a]\ntitle = "x"\n',
        "dotted.toml": 'dataset.year = 2026\ndataset.released = "2027-03-05"\n\n'
        '[sources.a]\ntitle = "x"\n',
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert edition_date(tmp_path / name) == EditionDate(2026, dt.date(2027, 3, 5)), name
    (tmp_path / "no-date.toml").write_text("[dataset]\nyear = 2026\n", encoding="utf-8")
    assert edition_date(tmp_path / "no-date.toml") is None


def test_today_comes_from_the_option_else_the_environment_else_the_computer() -> None:
    env = {"AWARENESS_TODAY": "2027-05-01"}
    assert resolve_today("2027-04-02", env) == dt.date(2027, 4, 2)
    assert resolve_today(None, env) == dt.date(2027, 5, 1)
    assert resolve_today(None, {}) == dt.date.today()
    with pytest.raises(ValueError, match="AWARENESS_TODAY: '1 April' is not a date"):
        resolve_today(None, {"AWARENESS_TODAY": "1 April"})


def test_a_bad_today_option_stops_the_command_line(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["--today", "2027-13-01", "--export-script", str(tmp_path / "s.md")])
    assert stop.value.code == 2
    assert "--today: '2027-13-01' is not a date like" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_notice_names_the_year_the_release_date_and_site_toml(language: str) -> None:
    with i18n.temporary_language(language):
        text = notice(EditionDate(2025, RELEASED_2025))
    assert text.startswith(NOTICE[language])
    assert "site.toml" in text and "[data] file" in text


# --- the window ----------------------------------------------------------------------------------


def _window(qtbot, tmp_path: Path, today: dt.date, language: str = "en", site: Path | None = None):
    from awareness_app.ui.app import create_application
    from awareness_app.ui.classroom_state import ClassroomState
    from awareness_app.ui.settings import Settings
    from awareness_app.ui.window.main_window import MainWindow
    from windows import show_window

    create_application()
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    config = load_site_config(site) if site else None
    settings = Settings(store, site=config) if config else Settings(store)
    state = ClassroomState(LESSON, _newest(), settings, language=language, today=today)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    show_window(qtbot, window)
    return window


def _shown_notices(window) -> list[str]:
    """The texts of every visible label of the window that tells how to add newer figures."""
    labels = window.findChildren(QLabel)
    return [label.text() for label in labels if label.isVisible() and "site.toml" in label.text()]


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_window_says_so_once_after_the_next_release_is_due(
    qtbot, tmp_path: Path, language: str
) -> None:
    window = _window(qtbot, tmp_path, dt.date(2027, 4, 1), language)
    shown = _shown_notices(window)
    assert len(shown) == 1 and shown[0].startswith(NOTICE[language])
    window.stop_presenting()


def test_the_window_says_nothing_before_the_next_release_is_due(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, DUE)
    assert _shown_notices(window) == []
    assert not window.edition_notice.isVisible()


def test_the_notice_follows_the_language_key_and_once_closed_stays_closed(
    qtbot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path, dt.date(2027, 4, 1), "en")
    qtbot.keyClick(window.slide_view, Qt.Key.Key_L)  # the language key: Japanese
    assert window.state.language == "ja"
    assert [t[: len(NOTICE["ja"])] for t in _shown_notices(window)] == [NOTICE["ja"]]
    qtbot.mouseClick(window.edition_notice.close_button, Qt.MouseButton.LeftButton)
    assert _shown_notices(window) == []
    # neither another language nor another edition brings it back this session
    qtbot.keyClick(window.slide_view, Qt.Key.Key_L)
    window.state.set_edition(load_dataset(resources.edition_file(2024)))
    window.state.set_edition(_newest())
    assert _shown_notices(window) == []
    window.stop_presenting()


def test_a_newer_data_file_named_in_site_toml_stops_the_notice(qtbot, tmp_path: Path) -> None:
    # the 2025 figures, as if released a year later: the next release is then due in 2028
    text = resources.edition_file(2025).read_text(encoding="utf-8")
    newer = tmp_path / "district.toml"
    newer.write_text(text.replace('released = "2026-02-26"', 'released = "2027-02-25"'), "utf-8")
    site = tmp_path / "site.toml"
    site.write_text('[data]\nfile = "district.toml"\n', encoding="utf-8")
    window = _window(qtbot, tmp_path, dt.date(2027, 4, 1), site=site)
    assert _shown_notices(window) == []
    # a file that is not a valid data set adds no edition: the notice stays
    newer.write_text("[dataset]\nyear = 2026\nreleased = 2027-02-25\n", encoding="utf-8")
    assert outdated(available_editions(newer), dt.date(2027, 4, 1)) == EditionDate(
        2025, RELEASED_2025
    )


# --- the exports ---------------------------------------------------------------------------------


@representative(lambda language: language == "ja")
@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_handout_says_so_once_in_its_language(tmp_path: Path, language: str) -> None:
    out = tmp_path / "handout.pdf"
    args = ["--lang", language, "--audience", "adults", "--export-handout", str(out)]
    assert cli.main([*args, "--today", AFTER]) == 0
    text = _flat(read_pdf(out.read_bytes()).text)
    assert text.count(_flat(NOTICE[language])) == 1
    assert cli.main([*args, "--today", DUE.isoformat()]) == 0
    assert _flat(NOTICE[language]) not in _flat(read_pdf(out.read_bytes()).text)


def test_the_bilingual_handout_says_so_once(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    args = ["--export-handout", str(out), "--handout-languages", "ja,en", "--today", AFTER]
    assert cli.main(args) == 0
    facts = read_pdf(out.read_bytes())
    assert facts.page_compact(0).count(_flat(NOTICE["ja"])) == 1
    assert _flat(NOTICE["en"]) not in facts.page_compact(1)


@representative(lambda language: language == "ja")
@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_lesson_pdf_says_so_once_under_the_first_slide(
    tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWARENESS_TODAY", AFTER)  # the environment's day, this time
    out = tmp_path / "lesson.pdf"
    assert cli.main(["--lang", language, "--audience", "adults", "--export-deck", str(out)]) == 0
    facts = read_pdf(out.read_bytes())
    assert facts.page_compact(0).count(_flat(NOTICE[language])) == 1
    assert sum(_flat(NOTICE[language]) in _flat(page) for page in facts.texts) == 1


def _pptx(tmp_path: Path, language: str, today: str, *more: str):
    out = tmp_path / "lesson.pptx"
    args = ["--lang", language, "--audience", "junior-high", "--size", "640x360"]
    assert cli.main([*args, "--export-pptx", str(out), "--today", today, *more]) == 0
    return Presentation(io.BytesIO(out.read_bytes()))


@representative(lambda language: language == "ja")
@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_powerpoint_says_so_once_in_the_notes_never_on_a_slide(
    tmp_path: Path, language: str
) -> None:
    deck = _pptx(tmp_path, language, AFTER)
    wanted = _flat(NOTICE[language])
    notes = [_flat(s.notes_slide.notes_text_frame.text) for s in deck.slides if s.has_notes_slide]
    assert sum(n.count(wanted) for n in notes) == 1
    noted = next(s for s in deck.slides if wanted in _flat(s.notes_slide.notes_text_frame.text))
    assert noted.shapes.title.text.startswith({"en": "Sources", "ja": "出典"}[language])
    on_slides = [
        _flat(shape.text_frame.text)
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]
    assert not any(wanted in text for text in on_slides)
    before = _pptx(tmp_path, language, DUE.isoformat())
    assert not any(
        wanted in _flat(s.notes_slide.notes_text_frame.text)
        for s in before.slides
        if s.has_notes_slide
    )


def test_a_bilingual_powerpoint_says_so_once(tmp_path: Path) -> None:
    deck = _pptx(tmp_path, "ja", AFTER, "--bilingual")
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    assert _flat(notes).count(_flat(NOTICE["ja"])) == 1
    assert re.search("published 26 February 2026", notes) is None
