"""The furigana setting and where the catalogue's readings go: drawn above kanji on slides and
in the deck PDF, <ruby> in the script, kana in charts and the handout, and never a ｜《》
anywhere else — window titles, lists, accessible names, tooltips, CSV. (The test catalogue
marks a few words: see ruby_catalogue.py.)"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from awareness_app import i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.documents.script import lesson_script
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.settings.site import parse_site_config
from awareness_app.model.text import furigana
from lessons import LESSON
from pdfcheck import read_pdf

MARKUP = ("《", "》")  # (a bar ｜ alone is content: the made-up profile's bio uses one)


def _clean(text: str) -> bool:
    return not any(ch in text for ch in MARKUP)


def test_translations_take_the_markup_out_unless_asked(marked_ja: None) -> None:
    import threading

    i18n.set_language("ja")
    message = "Help lines"  # 相談窓口 in the catalogue
    assert "《" not in i18n._(message) and "相談" in i18n._(message)
    with i18n.readings(i18n.RUBY):
        assert "｜相談《そうだん》" in i18n._(message)
        seen: list[str] = []
        thread = threading.Thread(target=lambda: seen.append(i18n._(message)))
        thread.start()
        thread.join()
        assert "《" not in seen[0]  # another thread (a chart worker) is not affected
    with i18n.readings(i18n.KANA):
        assert "そうだん" in i18n._(message) and "相談" not in i18n._(message)


def test_the_setting_is_remembered_and_checked(qapp: object) -> None:
    from awareness_app.ui.settings import Settings

    assert Settings().furigana == "elementary"
    Settings().furigana = "all"
    assert Settings().furigana == "all"
    settings = Settings()
    settings.store.setValue("furigana", "sometimes")
    assert settings.furigana == "elementary" and any("furigana" in w for w in settings.warnings)


def test_the_site_configuration_sets_the_default(qapp: object) -> None:
    from awareness_app.ui.settings import Settings

    site = parse_site_config('[defaults]\nfurigana = "all"\n')
    assert site.furigana == "all" and site.problems == ()
    assert parse_site_config('[defaults]\nfurigana = "yes"\n').problems
    assert Settings(site=site).furigana == "all"


@pytest.mark.parametrize("setting", furigana.CHOICES)
def test_which_audiences_get_readings(setting: str) -> None:
    got = {a for a in Audience if furigana.shows_readings(a, setting)}
    expected = {
        "elementary": {Audience.ELEMENTARY},
        "all": set(Audience),
        "off": set(),
    }[setting]
    assert got == expected


def test_script_writes_ruby_for_the_audiences_with_furigana(
    dataset: DataSet, marked_ja: None
) -> None:
    i18n.set_language("ja")
    elementary = lesson_script(LESSON, Audience.ELEMENTARY, dataset)
    assert "<ruby>相談<rt>そうだん</rt></ruby>" in elementary and _clean(elementary)
    junior = lesson_script(LESSON, Audience.JUNIOR_HIGH, dataset)
    assert "<ruby>" not in junior and "相談" in junior and _clean(junior)
    assert "<ruby>" in lesson_script(LESSON, Audience.JUNIOR_HIGH, dataset, furigana="all")
    off = lesson_script(LESSON, Audience.ELEMENTARY, dataset, furigana="off")
    assert "<ruby>" not in off and "そうだん" not in off and "相談" in off and _clean(off)


def test_charts_for_pupils_write_marked_words_in_kana(dataset: DataSet, marked_ja: None) -> None:
    from awareness_app.export.chart_files import csv_text
    from awareness_app.model.charts.build import chart_source_line

    i18n.set_language("ja")
    pupils = chart_source_line("trend", dataset, Audience.ELEMENTARY)
    adults = chart_source_line("trend", dataset, Audience.ADULTS)
    assert "けいさつ" in pupils and "警察" not in pupils and _clean(pupils)
    assert "警察" in adults and _clean(adults)
    assert _clean(csv_text("trend", dataset, Audience.ELEMENTARY))


def test_deck_pdf_has_the_readings_and_no_markup(
    qapp: object, dataset: DataSet, marked_ja: None
) -> None:
    from awareness_app.ui.app import create_application
    from awareness_app.ui.pdf.deck import deck_pdf

    create_application()
    facts = read_pdf(deck_pdf(LESSON, dataset, Audience.ELEMENTARY, language="ja"))
    assert "そうだん" in facts.compact and "相談" in facts.compact
    assert _clean(facts.text)
    off = read_pdf(deck_pdf(LESSON, dataset, Audience.ELEMENTARY, language="ja", furigana="off"))
    assert "そうだん" not in off.compact and _clean(off.text)


def test_handout_pdf_writes_marked_words_in_kana(
    qapp: object, dataset: DataSet, marked_ja: None
) -> None:
    from awareness_app.ui.app import create_application
    from awareness_app.ui.pdf.handout import handout_pdf

    create_application()
    facts = read_pdf(handout_pdf(LESSON, dataset, Audience.ELEMENTARY, ["ja"], contacts=()))
    assert "けいさつ" in facts.compact and _clean(facts.text)


def _shown_texts(root: QWidget) -> list[str]:
    """What a person or a screen reader gets from `root`: names, descriptions, tooltips, the
    window title, list entries, label and button texts."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        text = getattr(widget, "text", None)
        if callable(text) and widget.metaObject().className() != "RubyLabel":
            value = text()
            texts.append(value if isinstance(value, str) else "")
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return texts


@pytest.mark.parametrize(
    ("audience", "setting"), [(Audience.ELEMENTARY, "elementary"), (Audience.ADULTS, "all")]
)
def test_no_markup_leaks_into_any_view_for_japanese_with_furigana(
    window, marked_ja: None, qtbot, audience: Audience, setting: str
) -> None:
    window.furigana.choose(setting)
    window.set_audience(audience)
    window.set_language("ja")
    seen_ruby = False
    for index in range(len(window.slides())):
        window.go_to(index)
        QApplication.processEvents()
        leaks = [t for t in _shown_texts(window) if not _clean(t)]
        assert leaks == [], (window.slides()[index].id, leaks)
        assert _clean(window.notes.toPlainText())
        assert _clean(window.statusBar().currentMessage())
        window.show_sources()
        dialog = getattr(window, "_source_dialog", None)
        if dialog is not None:
            assert _clean(dialog.text.toPlainText()) and _clean(dialog.windowTitle())
            dialog.close()
        seen_ruby |= window.slide_view.body.text_layout().has_ruby
    assert seen_ruby  # the slides themselves do draw readings
    window.start_presenting(from_start=True)
    session = window.session
    assert session is not None
    views = [v for v in (session.view, session.console) if v is not None]
    assert views
    for _ in range(len(window.slides())):
        for view in views:
            leaks = [t for t in _shown_texts(view) if not _clean(t)]
            assert leaks == [], leaks
        window.presenting.next()
        QApplication.processEvents()


def test_the_furigana_menu_turns_the_readings_off_and_on(window, marked_ja: None) -> None:
    from awareness_app.ui.settings import Settings

    window.set_audience(Audience.ELEMENTARY)
    window.set_language("ja")
    window.go_to_id("closing")
    body = window.slide_view.body
    assert body.text_layout().has_ruby and "｜" in body.text()
    window.furigana.actions["off"].trigger()
    assert Settings().furigana == "off" and window.furigana.actions["off"].isChecked()
    assert not window.slide_view.body.text_layout().has_ruby
    assert "相談" in window.slide_view.body.text()
    window.furigana.actions["elementary"].trigger()
    assert window.slide_view.body.text_layout().has_ruby


def test_the_screenshot_shows_the_readings_the_window_shows(qapp: object, dataset: DataSet) -> None:
    """`--screenshot` wrote 警察庁 in the elementary footer where the presentation writes
    けいさつちょう, and drew no furigana: it renders the slide as the window does."""
    from awareness_app.cli import build_parser
    from awareness_app.model.settings.options import resolve_launch_options
    from awareness_app.ui.app import create_application, screenshot_state, screenshot_view
    from awareness_app.ui.settings import Settings

    create_application()
    footers: dict[Audience, set[str]] = {}
    ruby: dict[Audience, bool] = {}
    for audience in (Audience.ELEMENTARY, Audience.ADULTS):
        footers[audience], ruby[audience] = set(), False
        for slide in LESSON.for_audience(audience):
            argv = ["--lang", "ja", "--audience", audience.value, "--slide", slide.id]
            args = build_parser().parse_args([*argv, "--size", "1280x720"])
            options = resolve_launch_options(args, {}, {})
            view = screenshot_view(screenshot_state(LESSON, dataset, options, Settings()), options)
            footers[audience].add(view.source_line.text())
            labels = (view.title, view.body, view.bullets)
            ruby[audience] |= any(label.text_layout().has_ruby for label in labels)
            view.deleteLater()
    pupils, adults = " ".join(footers[Audience.ELEMENTARY]), " ".join(footers[Audience.ADULTS])
    assert "けいさつちょう" in pupils and "警察庁" not in pupils
    assert "警察庁" in adults
    assert ruby[Audience.ELEMENTARY] and not ruby[Audience.ADULTS]
