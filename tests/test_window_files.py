"""The window's File and Help menus: open a newer data set (validated; a bad one refused with a
message while the data in use stays), export and print the handout and the lesson, About."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox

from awareness_app import i18n, resources
from awareness_app.model.lesson.lesson import Audience
from awareness_app.ui import file_dialog
from awareness_app.ui.window.file_actions import FileActions
from awareness_app.ui.window.main_window import MainWindow
from pdfcheck import read_pdf
from test_deck import _pages as deck_pages

NEW_TITLE = "National Police Agency figures for 2023, district copy"


@pytest.fixture
def window(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    win = window  # the shared main window (conftest.py)
    # message boxes would wait for a click: record them instead
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    win.messages = shown  # type: ignore[attr-defined]
    return win


def _files(window: MainWindow) -> FileActions:
    actions = window.findChild(FileActions)
    assert actions is not None, "the window has no File menu"
    return actions


def _copy(tmp_path: Path, replace: dict[str, str]) -> Path:
    text = resources.edition_file(2023).read_text(encoding="utf-8")
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "npa-copy.toml"
    path.write_text(text, encoding="utf-8")
    return path


GAMES = 'year = 2023\nvalue = 18.0\nsource = "mainichi-2024"'


def test_menus_exist_in_both_languages(window: MainWindow) -> None:
    files = _files(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "F&urigana", "&Help"]
    assert files.open_action.text() == "Open data set…"
    assert files.dataset_label.text() == (
        "National Police Agency figures for 2023, released 14 March 2024"
    )
    window.set_language("ja")
    assert files.open_action.text() != "Open data set…"
    assert files.dataset_label.text() == "警察庁の2023年の統計（2024年3月14日公表）"


def test_open_a_valid_data_set(window: MainWindow, tmp_path: Path) -> None:
    path = _copy(
        tmp_path,
        {
            'id = "npa-2023"': 'id = "npa-2023-district"',
            'title = "National Police Agency figures for 2023"': f'title = "{NEW_TITLE}"',
            GAMES: GAMES.replace("18.0", "19.5"),
        },
    )
    files = _files(window)
    assert files.open_dataset(path)
    assert window.dataset.id == "npa-2023-district"
    assert window.presenting.dataset is window.dataset
    assert NEW_TITLE in files.dataset_label.text()
    assert files.dataset_label.toolTip() == str(path)
    window.go_to_id("virtual-spaces")  # the slide shows the new figure
    assert window.slide_view.headline.text() == "19.5%"
    # … and so do the exports
    out = tmp_path / "deck.pdf"
    assert files.export_deck(out, with_notes=False)
    assert "19.5%" in read_pdf(out.read_bytes()).text
    assert not window.messages  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("replace", "named"),
    [
        ({GAMES: GAMES.replace("18.0", '"lots"')}, "figures["),  # a wrong type
        (
            {'key = "games-meeting-place-elementary"': 'key = "games-elementary"'},
            "games-meeting-place-elementary",
        ),  # valid file, but the lesson needs the figure
        ({"[dataset]": "[dataset\n"}, "not valid TOML"),
    ],
)
def test_a_bad_data_set_is_refused_and_the_data_stays(
    window: MainWindow, tmp_path: Path, replace: dict[str, str], named: str
) -> None:
    before = window.dataset
    path = _copy(tmp_path, replace)
    files = _files(window)
    assert not files.open_dataset(path)
    assert window.messages == []  # type: ignore[attr-defined]
    assert window.dataset is before and window.presenting.dataset is before
    # in words a teacher reads; the technical detail (file, field, problem) behind Show Details
    box = files.message_box
    assert box is not None and box.isVisible()
    assert "keeps the data it has" in box.text() and path.name in box.text()
    assert named not in box.text()
    assert str(path) in box.detailedText() and named in box.detailedText()
    assert files.last_message == f"{box.text()}\n\n{box.detailedText()}"
    assert files.dataset_label.text().startswith("National Police Agency figures for 2023,")


def test_export_handout_from_the_window(window: MainWindow, tmp_path: Path) -> None:
    window.set_audience(Audience.ADULTS)
    window.set_language("ja")
    out = tmp_path / "handout.pdf"
    assert _files(window).export_handout(out, ["ja", "en"])
    facts = read_pdf(out.read_bytes())
    assert facts.pages == 2 and "相談窓口" in facts.page_compact(0)


def test_export_into_a_folder_that_cannot_be_written(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refuse(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    out = tmp_path / "handout.pdf"
    assert not _files(window).export_handout(out, ["en"])
    assert not out.exists() and not list(tmp_path.glob(".*.tmp"))
    assert window.messages == [  # type: ignore[attr-defined]
        f"The folder {tmp_path} cannot be written to. Choose another folder, such as your "
        "Documents folder."
    ]


def test_print_the_handout_and_the_lesson(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QInputDialog

    from awareness_app.ui.window import file_actions

    printed: list[Path] = []

    def printer(_parent: object, _title: str, landscape: bool) -> QPrinter:
        out = tmp_path / f"printed-{len(printed)}.pdf"
        printed.append(out)
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(out))
        return chosen

    monkeypatch.setattr(file_actions, "ask_printer", printer)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    files = _files(window)
    assert files.print_handout()
    assert files.print_deck()
    handout, deck = (read_pdf(p.read_bytes()) for p in printed)
    assert handout.is_a4() and "1,665" in handout.text
    assert deck.pages == deck_pages(window.audience, window.dataset)  # quiz, profiles: a page each
    assert deck.is_a4(landscape=True)
    # the notes too: one font, the app's
    assert {name.split("-")[0] for name in deck.fonts} == {"/BIZUDPGothic"}


def test_about_shows_version_data_set_and_licences(window: MainWindow) -> None:
    from awareness_app import __version__
    from awareness_app.ui.window.about_dialog import COMPONENTS, AboutDialog

    files = _files(window)
    files.about_action.trigger()
    dialog = files.about_dialog
    assert isinstance(dialog, AboutDialog)
    summary = dialog.summary.text()
    assert __version__ in summary and "National Police Agency figures for 2023" in summary
    assert window.dataset.path in summary
    names = [dialog.components.item(i).text() for i in range(dialog.components.count())]
    assert any("SIL Open Font License" in n for n in names)
    assert any("LGPL-3.0" in n for n in names)
    assert any(n.startswith("Matplotlib") for n in names)
    assert any("Babel" in n for n in names)
    row = next(i for i, c in enumerate(COMPONENTS) if c.name == "BIZ UDPGothic")
    dialog.components.setCurrentRow(row)
    text = dialog.text.toPlainText()
    assert "SIL OPEN FONT LICENSE Version 1.1" in text and "BIZ UDGothic Project Authors" in text
    for row in range(len(COMPONENTS)):  # every licence text is there
        dialog.components.setCurrentRow(row)
        assert "missing from this installation" not in dialog.text.toPlainText()
        assert len(dialog.text.toPlainText()) > 500
    dialog.close()
    i18n.set_language("ja")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_about_has_a_row_for_the_lessons_content_with_its_terms(
    window: MainWindow, language: str
) -> None:
    """The lesson's text and pictures are CC BY 4.0 (the code is MIT): About has a row for them
    whose text is the terms of use, in the window's language, then the legal code itself."""
    from awareness_app.model.lesson.terms_of_use import terms_lines
    from awareness_app.ui.window.about_dialog import AboutDialog

    window.set_language(language)
    files = _files(window)
    files.about_action.trigger()
    dialog = files.about_dialog
    assert isinstance(dialog, AboutDialog)
    names = [dialog.components.item(i).text() for i in range(dialog.components.count())]
    content = [i for i, n in enumerate(names) if "— CC BY 4.0" in n]
    assert len(content) == 1
    lesson = "the lesson's text and pictures" if language == "en" else "授業の文章と図"
    assert lesson in names[content[0]]
    dialog.components.setCurrentRow(content[0])
    text = dialog.text.toPlainText()
    first, second = terms_lines()
    expected = ("Lesson text and pictures", "National Police Agency's")
    if language == "ja":
        expected = ("授業の文章と図", "警察庁")
    assert first.startswith(expected[0]) and expected[1] in second
    assert first in text and second in text
    assert "https://creativecommons.org/licenses/by/4.0/" in text
    assert "Creative Commons Attribution 4.0 International Public License" in text  # legal code
    assert "Section 3 -- License Conditions." in text
    assert text.index(second) < text.index("Section 1 -- Definitions.")
    dialog.close()
    i18n.set_language("ja")


def test_export_pptx_from_the_file_menu(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pptx import Presentation

    window.set_audience(Audience.HIGH_SCHOOL)
    window.set_language("ja")
    asked: list[str] = []

    def save_as(_parent: object, _title: str, start: str, kind: str) -> tuple[str, str]:
        asked.append(start)
        assert "*.pptx" in kind
        return str(tmp_path / "mine"), kind  # no extension typed: .pptx is added

    monkeypatch.setattr(file_dialog, "get_save_file_name", save_as)
    offered: list[tuple[str, list[str], int]] = []

    def choose(_parent: object, _title: str, label: str, items: list[str], current: int, *_a):  # type: ignore[no-untyped-def]
        offered.append((label, items, current))
        return items[current], True  # the teacher presses Enter

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    files = _files(window)
    assert files.pptx_action in files.file_menu.actions()
    assert files.pptx_action.text() == "授業全体をPowerPointで書き出す…"
    files.pptx_action.trigger()
    # the window is not in its bilingual view: its own language is offered first
    assert offered == [("PowerPointファイルの言語：", PPTX_CHOICES_JA, 0)]
    assert asked and asked[0].endswith("lesson-high-school-ja.pptx")
    out = tmp_path / "mine.pptx"
    deck = Presentation(str(out))
    assert deck.slides[-1].shapes.title.text == "出典"
    assert _run_languages(deck.slides[1]) == {"ja-JP"}
    assert window.settings.last_folder == str(tmp_path)  # the next dialog starts here
    assert not window.messages  # type: ignore[attr-defined]


PPTX_CHOICES_JA = [
    "日本語",
    "English",
    "両方の言語：各スライドで日本語の下にEnglish",
    "両方の言語：日本語のスライドの次に同じ内容のEnglishのスライド",
]


def _run_languages(slide) -> set[str]:  # type: ignore[no-untyped-def]
    """The language tags of a slide's runs of text (its placeholders and boxes)."""
    from pptx.oxml.ns import qn

    found = set()
    for shape in slide.shapes:
        if shape.has_text_frame and shape.text_frame.text.strip():
            for props in shape._element.iter(qn("a:rPr")):
                if props.get("lang"):
                    found.add(props.get("lang"))
    return found


def _answer_with_keys(qtbot, seen: list[tuple[str, list[str], str]], *keys: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Once the modal choice is open: note what it offers, press `keys` in its list, Enter."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QComboBox

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, press)
            return
        seen.append((dialog.labelText(), dialog.comboBoxItems(), dialog.textValue()))
        combo = dialog.findChild(QComboBox)
        if combo is None or dialog.focusWidget() is not combo:  # the keyboard is not in it
            seen.append(("no list with the keyboard's focus", [], ""))
            dialog.reject()
            return
        for key in keys:
            QTest.keyClick(combo, key)
        QTest.keyClick(combo, Qt.Key.Key_Return)
        if dialog.isVisible():  # Enter did not answer it
            seen.append(("still open after Enter", [], ""))
            dialog.reject()

    QTimer.singleShot(0, press)


def test_export_a_bilingual_pptx_from_the_bilingual_view(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the bilingual view, File › Export lesson as PowerPoint… offers both languages, the
    other under the window's on each slide, first: Enter takes it, and the file has both on
    its slides, each run tagged with its language."""
    from pptx import Presentation

    window.set_audience(Audience.HIGH_SCHOOL)
    window.set_language("ja")
    window.bilingual_action.setChecked(True)
    assert window.presenting.bilingual
    names: list[str] = []

    def save_as(_parent: object, _title: str, start: str, kind: str) -> tuple[str, str]:
        names.append(Path(start).name)
        return str(tmp_path / "both.pptx"), kind

    monkeypatch.setattr(file_dialog, "get_save_file_name", save_as)
    seen: list[tuple[str, list[str], str]] = []
    _answer_with_keys(qtbot, seen)
    _files(window).pptx_action.trigger()
    assert seen == [("PowerPointファイルの言語：", PPTX_CHOICES_JA, PPTX_CHOICES_JA[2])]
    assert names == ["lesson-high-school-ja-en.pptx"]
    deck = Presentation(str(tmp_path / "both.pptx"))
    slides = list(deck.slides)
    both = [s for s in slides if _run_languages(s) >= {"ja-JP", "en-GB"}]
    assert len(both) > len(slides) // 2  # the English under the Japanese, slide by slide
    cover = slides[0].shapes.title.text_frame.text
    assert re.search(r"[ぁ-ゖ一-龯]", cover)  # the cover's title is the Japanese one
    text = "\n".join(sh.text_frame.text for sh in slides[1].shapes if sh.has_text_frame)
    assert re.search(r"[ぁ-ゖ]", text) and re.search(r"[A-Za-z]{4} [A-Za-z]{3}", text)
    assert slides[-1].shapes.title.text == "出典"  # the sources once, in the first language
    assert not window.messages  # type: ignore[attr-defined]


def test_export_pptx_alternating_languages_with_the_keyboard(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Out of the bilingual view the window's language is offered first; ↓ ↓ ↓ and Enter
    choose each slide followed by its English: slides of one language each, in pairs."""
    from pptx import Presentation

    window.set_audience(Audience.ADULTS)
    window.set_language("ja")
    monkeypatch.setattr(
        file_dialog,
        "get_save_file_name",
        lambda _p, _t, _s, kind: (str(tmp_path / "alternate.pptx"), kind),
    )
    seen: list[tuple[str, list[str], str]] = []
    _answer_with_keys(qtbot, seen, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down)
    _files(window).pptx_action.trigger()
    assert seen == [("PowerPointファイルの言語：", PPTX_CHOICES_JA, "日本語")]
    deck = Presentation(str(tmp_path / "alternate.pptx"))
    languages = [_run_languages(s) for s in deck.slides]
    # one language a slide; the sources, once at the end, give the terms of use in both
    assert all(len(found) == 1 for found in languages[:-1]), languages
    assert languages[-1] == {"ja-JP", "en-GB"}
    order = [next(iter(found)) for found in languages[:-1]]
    assert order[:2] == ["ja-JP", "en-GB"]  # the cover, then its English
    assert order.count("en-GB") > len(order) // 3
    titles = [s.shapes.title.text_frame.text for s in deck.slides if s.shapes.title is not None]
    assert titles[-1] == "出典" and "Sources" not in titles


def test_export_pptx_says_why_it_cannot_be_written(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refuse(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    out = tmp_path / "lesson.pptx"
    assert not _files(window).export_pptx(out)
    assert not out.exists()
    assert window.messages == [  # type: ignore[attr-defined]
        f"The folder {tmp_path} cannot be written to. Choose another folder, such as your "
        "Documents folder."
    ]
