"""The classroom's state (`model/classroom.py`, its Qt side in `ui/classroom_state.py`): the one
owner of the lesson, the edition, the settings, the contacts, the audience, the theme and the
language. Each change is one event that the window, the presentation view and the console
follow; the exporters and the closing slide take the state's values, never a module's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.lesson import contacts as contacts_module
from awareness_app.model.lesson.contacts import LocalContact
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.settings import site as site_config_module
from awareness_app.model.settings.site import parse_site_config
from awareness_app.themes import THEMES
from awareness_app.ui.activities import progress as session_module
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.presenting.presentation_view import PresentationView
from awareness_app.ui.presenting.presenter_console import PresenterConsole
from awareness_app.ui.settings import Settings
from awareness_app.ui.slides import chart_renderer
from awareness_app.ui.slides.chart_renderer import ChartKey, ChartRenderer
from awareness_app.ui.window.main_window import MainWindow
from lessons import EVERY_SLIDE, LESSON
from pdfcheck import read_pdf

COUNSELLOR = LocalContact("School counsellor's room", "スクールカウンセラー室", "Room 2-3")
POLICE_BOX = LocalContact("Minami police box", "南交番", "03-1234-5678")


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    create_application()


def _closing(state: ClassroomState) -> list[str]:
    slide = next(s for s in state.slides() if s.id == "closing")
    rendered, _title = state.render(slide)
    return [row.name for row in rendered.local_contacts]


def _other_store(tmp_path: Path, name: str = "other.ini") -> QSettings:
    return QSettings(str(tmp_path / name), QSettings.Format.IniFormat)


# --- contacts and the site configuration: passed, never a module's --------------------------------


def test_settings_on_another_store_leave_the_closing_slide_its_contacts(
    qtbot, dataset: DataSet, tmp_path: Path
) -> None:
    """The bug: building `Settings` on another store (as the presentation screenshot does)
    emptied every closing slide's contacts."""
    settings = Settings()
    settings.local_contacts = [COUNSELLOR]
    window = MainWindow(ClassroomState(LESSON, dataset, settings))
    qtbot.addWidget(window)
    window.go_to_id("closing")
    assert "School counsellor's room" in window.slide_view.bullets.text()

    other = Settings(_other_store(tmp_path))  # no contacts in it
    assert other.local_contacts == []
    window.refresh_slide()
    assert "School counsellor's room" in window.slide_view.bullets.text()
    assert _closing(window.state) == ["School counsellor's room"]


def test_two_states_render_their_own_closing_slides(dataset: DataSet, tmp_path: Path) -> None:
    first = ClassroomState(LESSON, dataset, Settings(), contacts=[COUNSELLOR])
    second = ClassroomState(
        LESSON, dataset, Settings(_other_store(tmp_path)), contacts=[POLICE_BOX]
    )
    assert _closing(first) == ["School counsellor's room"]
    assert _closing(second) == ["Minami police box"]
    assert _closing(first) == ["School counsellor's room"]  # the second changed nothing
    # and the state's contacts are saved with its own settings only
    first.set_contacts([POLICE_BOX, COUNSELLOR])
    assert _closing(first) == ["Minami police box", "School counsellor's room"]
    assert _closing(second) == ["Minami police box"]
    assert [c.name_en for c in Settings().local_contacts] == [
        "Minami police box",
        COUNSELLOR.name_en,
    ]


def test_each_settings_reads_its_own_site_configuration(tmp_path: Path) -> None:
    site = parse_site_config(
        '[defaults]\ntheme = "dark"\n\n[[contacts]]\nname_en = "District line"\n'
        'phone_or_room = "0120-123-456"\n',
        tmp_path / "site.toml",
    )
    with_site = Settings(_other_store(tmp_path, "a.ini"), site)
    without = Settings(_other_store(tmp_path, "b.ini"))
    assert with_site.theme == "dark" and [c.name_en for c in with_site.local_contacts] == [
        "District line"
    ]
    assert without.theme == "light" and without.local_contacts == []
    assert with_site.theme == "dark"  # reading the second changed nothing for the first


def test_no_module_holds_the_state() -> None:
    assert not hasattr(contacts_module, "_school")
    assert not hasattr(contacts_module, "set_school_contacts")
    assert not hasattr(site_config_module, "_active")
    assert not hasattr(site_config_module, "set_site_config")
    assert not hasattr(session_module, "_shared")
    assert not hasattr(session_module, "shared_session")
    assert not hasattr(chart_renderer, "_specs")


def test_each_renderer_keeps_its_own_chart_specs(dataset: DataSet) -> None:
    key = ChartKey("trend", dataset, "en", Audience.ADULTS, "light", 640, 360)
    first, second = ChartRenderer(), ChartRenderer()
    spec = first.spec(key)
    assert first.spec(key) is spec  # kept
    assert second.spec(key) is not spec  # by its renderer, not by the module
    first.forget_specs()
    assert first.spec(key) is not spec


def test_two_states_keep_their_own_activities(dataset: DataSet, tmp_path: Path) -> None:
    first = ClassroomState(LESSON, dataset, Settings(), audience=Audience.ADULTS)
    second = ClassroomState(
        LESSON, dataset, Settings(_other_store(tmp_path)), audience=Audience.ADULTS
    )
    first.activities.reveal_state(Audience.ADULTS).step_forward()
    assert first.activities.reveal_state(Audience.ADULTS).shown()
    assert second.activities.reveal_state(Audience.ADULTS).shown() == []


# --- one signal a change, and every view follows ----------------------------------------------


def _views(qtbot, state: ClassroomState) -> tuple[MainWindow, PresentationView, PresenterConsole]:
    window = MainWindow(state)
    view = PresentationView(window.presenting)
    console = PresenterConsole(window.presenting)
    for widget in (window, view, console):
        qtbot.addWidget(widget)
        widget.resize(1280, 720)
        widget.show()
    return window, view, console


def _titles(window: MainWindow, view: PresentationView, console: PresenterConsole) -> set[str]:
    return {
        window.slide_view.title.text(),
        view.page.visible_views()[0].title.text(),
        console.current_page.visible_views()[0].title.text(),
    }


def _record(signal) -> list[object]:
    heard: list[object] = []
    signal.connect(lambda *args: heard.append(args))
    return heard


def _japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def test_a_change_of_audience_is_one_signal_and_every_view_follows(qtbot, dataset: DataSet) -> None:
    state = ClassroomState(LESSON, dataset, Settings())
    window, view, console = _views(qtbot, state)
    window.go_to_id("headline")
    before = _titles(window, view, console)
    assert len(before) == 1
    heard = _record(state.audience_changed)
    window.audience_box.setCurrentIndex(list(Audience).index(Audience.ELEMENTARY))
    QApplication.processEvents()
    assert heard == [(Audience.ELEMENTARY,)]
    after = _titles(window, view, console)
    assert len(after) == 1 and after != before
    assert window.current_slide_id() == "headline" == window.presenting.current_id()
    assert Settings().audience == Audience.ELEMENTARY  # the state remembers it
    state.set_audience(Audience.ELEMENTARY)  # no change: no signal
    assert len(heard) == 1


def test_a_change_of_language_is_one_signal_and_every_view_follows(qtbot, dataset: DataSet) -> None:
    state = ClassroomState(LESSON, dataset, Settings())
    window, view, console = _views(qtbot, state)
    heard = _record(state.language_changed)
    view.controller.toggle_language()  # L in the presentation view
    QApplication.processEvents()
    assert heard == [("ja",)]
    assert state.language == "ja" == i18n.current_language()
    assert window.language_box.currentData() == "ja"
    titles = _titles(window, view, console)
    assert len(titles) == 1 and _japanese(titles.pop())
    assert _japanese(console.current_heading.text())
    assert Settings().language == "ja"
    window.set_language("ja")
    assert len(heard) == 1


def test_a_change_of_edition_is_one_signal_and_every_view_follows(qtbot, dataset: DataSet) -> None:
    state = ClassroomState(EVERY_SLIDE, dataset, Settings())
    window, view, console = _views(qtbot, state)
    window.go_to_id("headline")
    before = window.slide_view.headline.text()
    heard = _record(state.edition_changed)
    newer = load_dataset(resources.edition_file(2025))
    window.edition_box.setCurrentIndex(window.edition_box.findData(2025))
    window.edition_box.activated.emit(window.edition_box.currentIndex())
    QApplication.processEvents()
    assert len(heard) == 1 and state.dataset.year == 2025 == newer.year
    assert window.presenting.dataset is state.dataset
    headlines = {
        window.slide_view.headline.text(),
        view.page.visible_views()[0].headline.text(),
        console.current_page.visible_views()[0].headline.text(),
    }
    assert len(headlines) == 1 and headlines != {before}
    assert window.current_slide_id() == "headline"
    assert "2025" in window.files.dataset_label.text()
    assert Settings().edition == 2025


def test_a_change_of_theme_and_of_contacts_reaches_every_view(qtbot, dataset: DataSet) -> None:
    state = ClassroomState(LESSON, dataset, Settings())
    window, view, console = _views(qtbot, state)
    themes = _record(state.theme_changed)
    window.set_theme("dark")
    assert themes == [(THEMES["dark"],)] and view.controller.theme is THEMES["dark"]
    assert window.theme_box.currentData() == "dark"
    window.go_to_id("closing")
    state.set_contacts([COUNSELLOR])
    QApplication.processEvents()
    for page in (
        window.slide_view,
        *(p.visible_views()[0] for p in (view.page, console.current_page)),
    ):
        assert "School counsellor's room" in page.bullets.text()


def test_the_activity_step_is_one_hook(qtbot, dataset: DataSet) -> None:
    state = ClassroomState(LESSON, dataset, Settings())
    window = MainWindow(state)
    qtbot.addWidget(window)
    assert len(window.presenting.step_hooks) == 1
    window.go_to_id("overshare")
    window.next()
    assert len(state.activities.reveal_state(state.audience).shown()) == 1
    assert window.current_slide_id() == "overshare"


# --- the exporters take the state's values ------------------------------------------------------


def test_the_exports_take_the_states_audience_language_and_contacts(
    dataset: DataSet, tmp_path: Path
) -> None:
    from awareness_app.export.pdf import write_deck, write_handout
    from awareness_app.export.request import request_from

    state = ClassroomState(
        LESSON,
        dataset,
        Settings(_other_store(tmp_path)),
        audience=Audience.ADULTS,
        language="ja",
        contacts=[COUNSELLOR],
    )
    i18n.set_language("en")  # what `_()` says elsewhere does not choose the export's language
    [out] = write_handout(tmp_path / "handout.pdf", request_from(state))
    handout = read_pdf(out.read_bytes())
    assert "スクールカウンセラー室" in handout.compact
    assert "保護者" in handout.compact  # for adults, in Japanese
    [out] = write_deck(tmp_path / "deck.pdf", request_from(state))
    deck = read_pdf(out.read_bytes())
    assert deck.pages > len(LESSON.for_audience(Audience.ADULTS)) - 1
    assert "スクールカウンセラー室" in deck.compact
    other = ClassroomState(LESSON, dataset, Settings(_other_store(tmp_path, "b.ini")))
    [out] = write_handout(tmp_path / "plain.pdf", request_from(other, languages=["en"]))
    plain = read_pdf(out.read_bytes())
    assert "Schoolcounsellor'sroom" not in plain.compact


def test_the_command_line_exports_take_the_saved_contacts(tmp_path: Path) -> None:
    from awareness_app import cli

    Settings().local_contacts = [COUNSELLOR]
    out = tmp_path / "handout.pdf"
    assert cli.main(["--lang", "en", "--audience", "adults", "--export-handout", str(out)]) == 0
    assert "School counsellor" in read_pdf(out.read_bytes()).text
    script = tmp_path / "lesson.md"
    assert cli.main(["--lang", "en", "--export-script", str(script)]) == 0
    assert "School counsellor's room" in script.read_text(encoding="utf-8")


def test_a_view_qt_deleted_is_no_longer_told_of_a_change(qtbot, dataset: DataSet) -> None:
    """A Qt signal forgets a receiver Qt deleted; the classroom's psygnal events are told to
    (`classroom_state.follow`): a language switch after the presentation view and console are
    gone (ending a presentation deletes them) reaches no deleted widget."""
    import shiboken6

    state = ClassroomState(LESSON, dataset, Settings())
    window = MainWindow(state)
    qtbot.addWidget(window)
    view = PresentationView(window.presenting)  # not given to qtbot: deleted below
    console = PresenterConsole(window.presenting)
    before = len(state.language_changed)
    shiboken6.delete(view)  # the Python objects are still referenced here, as may happen
    shiboken6.delete(console)
    assert len(state.language_changed) == before - 2
    state.set_language("ja")  # would raise: "Internal C++ object already deleted"
    assert _japanese(window.slide_view.title.text())
