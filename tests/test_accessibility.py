"""What a screen reader finds in the window, the presenter console and the presentation view
(the accessible tree Qt gives it), and how the keyboard moves through them (issue 13)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QToolButton, QWidget

from awareness_app.i18n import _
from awareness_app.model.data.dataset import DataSet
from awareness_app.ui.accessibility import install_accessible_interfaces
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.presenting.controller import PresentationController
from awareness_app.ui.presenting.presenter_console import PresenterConsole
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import MainWindow
from lessons import LESSON

Role = QAccessible.Role
# the roles of things a person operates
INTERACTIVE = {
    Role.Button,
    Role.CheckBox,
    Role.ComboBox,
    Role.List,
    Role.ListItem,
    Role.EditableText,
    Role.Table,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.MenuItem,
    Role.RadioButton,
    Role.Slider,
    Role.SpinBox,
    Role.PageTab,
    Role.ToolBar,
    Role.MenuBar,
    Role.StatusBar,
    Role.Window,
    Role.Dialog,
}


def tree(root: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    """Every shown accessible under `root`, `root` first."""
    if root is None or not root.isValid() or root.state().invisible:
        return
    yield root
    for index in range(root.childCount()):
        yield from tree(root.child(index))


def accessible(widget: QWidget) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface


def unnamed(widget: QWidget) -> list[str]:
    """The shown accessibles of `widget` that are operated or take the focus but have no name."""
    return [
        f"{iface.role().name} {type(iface.object()).__name__}"
        for iface in tree(accessible(widget))
        if (iface.role() in INTERACTIVE or iface.state().focusable)
        and not iface.text(QAccessible.Text.Name).strip()
    ]


def name(widget: QWidget) -> str:
    return accessible(widget).text(QAccessible.Text.Name)


# --- the main window --------------------------------------------------------------------------


def test_every_control_of_the_window_is_named_by_its_role_in_both_languages(
    qtbot, window: MainWindow
) -> None:
    assert unnamed(window) == []
    # the toolbar's lists are named by what they choose, like their labels; the choice is the value
    box = accessible(window.audience_box)
    assert box.role() == Role.ComboBox
    assert box.text(QAccessible.Text.Name) == "Audience"
    assert box.text(QAccessible.Text.Value) == window.audience_box.currentText()
    assert name(window.language_box) == "Language"
    assert name(window.theme_box) == "Theme"
    assert "figures" in name(window.edition_box)
    assert name(window.toolbar) == "Toolbar"
    assert name(window.menuBar()) == "Menu bar"
    assert name(window.statusBar()) == "Status bar"
    # the speaker notes are read-only text, not a label
    notes = accessible(window.notes)
    assert notes.role() == Role.EditableText and notes.state().readOnly
    assert notes.text(QAccessible.Text.Name) == "Speaker notes"

    window.set_language("ja")
    assert unnamed(window) == []
    assert name(window.audience_box) == "対象"
    assert accessible(window.audience_box).text(QAccessible.Text.Value) == "保護者・教職員向け" or (
        accessible(window.audience_box).text(QAccessible.Text.Value)
        == window.audience_box.currentText()
    )
    assert name(window.language_box) == "言語"
    assert name(window.theme_box) == "テーマ"
    assert name(window.edition_box).startswith("統計")
    assert name(window.notes) == "発表者ノート"
    assert name(window.slide_list) == "スライド"
    assert name(window.toolbar) == _("Toolbar")  # new words: in Japanese once translated
    assert name(window.menuBar()) == _("Menu bar")
    # a narrow window: the toolbar's overflow button (a check box to Qt) is named too
    window.resize(300, 600)  # narrower than any laptop: the buttons' toolbar overflows
    more = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    qtbot.waitUntil(more.isVisible)
    assert unnamed(window) == []
    assert name(more) == _("More tools")


def test_a_list_asked_about_before_it_had_a_name_takes_its_name_later(qtbot) -> None:
    """A screen reader may ask while the window is being built (Qt keeps the answer)."""
    create_application()
    install_accessible_interfaces()
    box = QComboBox()
    qtbot.addWidget(box)
    box.addItem("For elementary pupils")
    assert name(box) == "For elementary pupils"  # no name yet: its entry, as Qt says
    box.setAccessibleName("Audience")
    assert name(box) == "Audience"
    assert accessible(box).child(0).role() == Role.List  # its choices, as in Qt's own


def test_tab_goes_along_the_toolbar_then_the_slides_the_slide_and_the_notes(
    qtbot, window: MainWindow
) -> None:
    window.activateWindow()
    first = window.toolbar.widgetForAction(window.previous_action)
    window.go_to_id("trend")  # a chart: its table and export buttons too
    first.setFocus()
    visited = [first]
    for _press in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is first:
            break
        visited.append(widget)
    order = [w for w in visited if w in _landmarks(window)]
    assert order == _landmarks(window), [type(w).__name__ for w in visited]
    assert window.index == LESSON.find(window.audience, "trend")  # Tab never moved the lesson


def _landmarks(window: MainWindow) -> list[QWidget]:
    return [
        window.audience_box,
        window.language_box,
        window.edition_box,
        window.theme_box,
        window.slide_list,
        window.slide_view,
        window.slide_view.chart.table_button,
        window.slide_view.sources_button,
        window.notes,
    ]


def test_the_slide_shows_when_it_has_the_focus(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    accent = QColor(window.theme.accent)
    window.slide_list.setFocus()
    qtbot.wait(20)
    unfocused = window.slide_view.grab().toImage().pixelColor(1, 1)
    assert unfocused != accent
    window.slide_view.setFocus()
    qtbot.waitUntil(lambda: window.slide_view.grab().toImage().pixelColor(1, 1) == accent)
    assert accessible(window.slide_view).state().focusable


def test_closed_dialogs_leave_the_accessible_tree(qtbot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert app is not None

    def dialogs() -> list[str]:
        root = accessible(app)  # type: ignore[arg-type]
        return [
            root.child(i).text(QAccessible.Text.Name)
            for i in range(root.childCount())
            if root.child(i).role() == Role.Dialog
        ]

    before = dialogs()
    window.files.show_keys()
    window.files.show_about()
    window.go_to_id("headline")
    window.show_sources()
    assert len(dialogs()) == len(before) + 3
    for dialog in (window.files.keys_dialog, window.files.about_dialog, window._source_dialog):
        dialog.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert dialogs() == before


def test_esc_from_a_menu_opened_with_alt_gives_the_keys_back_to_the_lesson(
    qtbot, window: MainWindow
) -> None:
    window.activateWindow()
    window.go_to(0)
    window.slide_view.setFocus()
    qtbot.keyClick(window.slide_view, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    menu = QApplication.activePopupWidget()
    assert menu is window.files.file_menu
    qtbot.wait(50)  # a person takes a moment: the menu's window events arrive
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.slide_view)
    assert window.menuBar().activeAction() is None  # no menu title left highlighted
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert window.index == 1
    # an arrow inside the open menu still moves along the menus, not the lesson
    qtbot.keyClick(window.slide_view, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    menu = QApplication.activePopupWidget()
    assert menu is window.files.help_menu
    qtbot.wait(50)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert window.index == 1
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.slide_view)


def test_o_and_h_in_the_window(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    window.slide_view.setFocus()
    qtbot.keyClick(window.slide_view, Qt.Key.Key_O)
    assert QApplication.focusWidget() is window.slide_list
    qtbot.keyClick(window.slide_list, Qt.Key.Key_H)
    dialog = window.files.keys_dialog
    assert dialog.isVisible()
    keys = dialog.table.accessibleDescription()
    assert "O: Overview of the slides" in keys and "H or ?: These keys" in keys
    assert "X: Swap the screens" in keys and "U / D: Scroll the speaker notes" in keys
    dialog.close()


def test_the_bilingual_button_shows_its_name_its_tip_and_its_state(
    qtbot, window: MainWindow
) -> None:
    button = window.toolbar.widgetForAction(window.bilingual_action)
    for language in ("en", "ja"):
        window.set_language(language)
        assert button.text() == _("Bilingual view") and button.isVisible()
        assert button.toolTip() and button.toolTip() != button.text()
        assert name(button) == _("Bilingual view")
    off = button.grab().toImage()
    window.bilingual_action.setChecked(True)
    on = button.grab().toImage()
    assert _share(off, QColor("#005A8C")) < 0.05
    assert _share(on, QColor("#005A8C")) > 0.5  # on: filled in blue
    assert accessible(button).state().checked


def _share(image: QImage, colour: QColor) -> float:
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return sum(p == colour for p in pixels) / len(pixels)


def test_u_and_d_scroll_the_windows_notes(qtbot, window: MainWindow) -> None:
    window.notes.setPlainText("\n".join(f"line {n}" for n in range(200)))
    window.slide_view.setFocus()
    bar = window.notes.verticalScrollBar()
    index = window.index
    qtbot.keyClick(window.slide_view, Qt.Key.Key_D)
    assert bar.value() > 0 and window.index == index
    qtbot.keyClick(window.slide_view, Qt.Key.Key_U)
    assert bar.value() == 0


# --- the presenter console --------------------------------------------------------------------


@pytest.fixture
def console(qtbot, dataset: DataSet) -> tuple[PresenterConsole, PresentationController]:
    create_application()
    controller = PresentationController(ClassroomState(LESSON, dataset, Settings()))
    console = PresenterConsole(
        controller, clock=lambda: 1000.0, now=lambda: dt.datetime(2026, 5, 1, 10, 42)
    )
    qtbot.addWidget(console)
    console.resize(1280, 800)
    console.show()
    qtbot.waitExposed(console)
    return console, controller


def test_every_control_of_the_console_is_named_in_both_languages(console) -> None:
    con, controller = console
    assert unnamed(con) == []
    window = accessible(con)
    assert window.role() == Role.Window and window.text(QAccessible.Text.Name)
    notes = accessible(con.notes)
    assert notes.role() == Role.EditableText and notes.state().readOnly
    assert notes.state().focusable
    assert name(con.screen_box) == "Screen for the presentation view"
    assert name(con.bilingual_box) == "Bilingual view"
    controller.set_language("ja")  # the classroom's language: the console follows
    assert unnamed(con) == []
    assert name(con.notes) == "発表者ノート"
    assert name(con.bilingual_box) == "2言語表示"


def test_tab_goes_through_the_console_in_reading_order(qtbot, console) -> None:
    con, _c = console
    con.activateWindow()
    con.setFocus()
    visited: list[str] = []
    for _press in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    assert visited[: visited.index("stop") + 1] == [
        "lesson-length",
        "timer-button",
        "reset-button",
        "notes",
        "overview",
        "notes-language",
        "bilingual",  # (the screen list is disabled with one screen)
        "smaller",
        "bigger",
        "pause",
        "stop",
    ]


def test_the_consoles_notes_scroll_by_keyboard_and_leave_the_lesson_keys(qtbot, console) -> None:
    con, c = console
    c.go_to_id("title")
    con.notes.setPlainText("\n".join(f"line {n}" for n in range(300)))
    bar = con.notes.verticalScrollBar()
    con.setFocus()
    qtbot.keyClick(con, Qt.Key.Key_D)  # from anywhere in the console
    assert bar.value() > 0 and c.index == 0
    qtbot.keyClick(con, Qt.Key.Key_U)
    assert bar.value() == 0
    con.notes.setFocus()  # reached with Tab, shown with a border, scrolled with ↓
    qtbot.keyClick(con.notes, Qt.Key.Key_Down)
    assert bar.value() > 0
    for key, index in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_Space, 2), (Qt.Key.Key_Right, 3)):
        qtbot.keyClick(con.notes, key)  # the lesson keys stay the lesson's
        assert c.index == index, key


def test_x_on_the_console_asks_for_a_swap(qtbot, console) -> None:
    con, _c = console
    with qtbot.waitSignal(con.swap_requested, timeout=1000):
        qtbot.keyClick(con, Qt.Key.Key_X)
    # the screen list does not follow the mouse wheel, nor a change that was not chosen
    con.set_screens(["Laptop", "Projector"], "Projector")
    chosen: list[str] = []
    con.screen_chosen.connect(chosen.append)
    con.screen_box.setCurrentIndex(0)
    assert chosen == []
    con.screen_box.activated.emit(0)  # Enter or a click on an entry
    assert chosen == ["Laptop"]


# --- the presentation view ----------------------------------------------------------------------


def test_the_presentation_view_is_a_named_window_in_both_languages(
    qtbot, window: MainWindow
) -> None:
    window.start_presenting(from_start=True)
    assert window.session is not None and window.session.view is not None
    view = window.session.view
    qtbot.waitExposed(view)
    iface = accessible(view)
    assert iface.role() == Role.Window
    assert iface.text(QAccessible.Text.Name) == "Presentation view"
    assert unnamed(view) == []
    qtbot.keyClick(view, Qt.Key.Key_S)  # the notes (one screen): read-only text
    notes = accessible(view.notes)
    assert notes.role() == Role.EditableText and notes.state().readOnly
    assert notes.text(QAccessible.Text.Name) == "Speaker notes"
    qtbot.keyClick(view, Qt.Key.Key_O)
    assert unnamed(view) == []
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert name(view) == "発表画面"
    assert unnamed(view) == []
    window.stop_presenting()
