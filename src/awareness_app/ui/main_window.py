"""The main window: the slide list, the current slide, its speaker notes, and the choices of
audience, language and theme (remembered). For preparing and for presenting from the laptop."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..i18n import _
from ..model.dataset import DataSet
from ..model.lesson import Audience, Lesson
from ..model.render import AUDIENCE_LABELS, render_slide
from ..themes import THEMES
from .settings import Settings
from .slide_view import SlideView
from .source_dialog import SourceDialog

NEXT_KEYS = (
    Qt.Key.Key_Right,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Space,
    Qt.Key.Key_N,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
)
PREVIOUS_KEYS = (
    Qt.Key.Key_Left,
    Qt.Key.Key_Up,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_P,
)
THEME_LABELS = {
    "light": i18n.N_("Light"),
    "dark": i18n.N_("Dark"),
    "high-contrast": i18n.N_("High contrast"),
}


class MainWindow(QMainWindow):
    def __init__(
        self,
        lesson: Lesson,
        dataset: DataSet,
        settings: Settings,
        warnings: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.lesson = lesson
        self.dataset = dataset
        self.settings = settings
        self.audience = settings.audience
        self.theme = THEMES[settings.theme]
        self.index = 0
        self._warnings = list(warnings or [])

        self.slide_view = SlideView(self)
        self.slide_view.sources_requested.connect(self.show_sources)
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("notes")
        self.notes.setOpenLinks(False)
        self.notes_heading = QLabel(self)
        self.notes_heading.setObjectName("notes-heading")
        self.slide_list = QListWidget(self)
        self.slide_list.setObjectName("slide-list")
        self.slide_list.currentRowChanged.connect(self._list_row_changed)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#banner { background: #FFF4CC; color: #111111;"
            " padding: 8px; border-bottom: 2px solid #8A6D00; }"
        )
        self.banner.setVisible(False)

        notes_box = QWidget(self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 4, 0, 0)
        notes_layout.addWidget(self.notes_heading)
        notes_layout.addWidget(self.notes)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.slide_view)
        right.addWidget(notes_box)
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        right.setSizes([4000, 1000])  # the slide gets four fifths of the height
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(self.slide_list)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setSizes([260, 1020])
        self.slide_list.setMinimumWidth(180)
        self.slide_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.slide_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_keys()
        i18n.add_listener(self._language_changed)
        self.retranslate()
        self.go_to_id(settings.last_slide(self.audience))
        self.show_warnings(self._warnings)
        self.slide_view.setFocus()

    # --- building -----------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.previous_action = QAction(self)
        self.previous_action.triggered.connect(self.previous)
        self.next_action = QAction(self)
        self.next_action.triggered.connect(self.next)
        bar.addAction(self.previous_action)
        bar.addAction(self.next_action)
        bar.addSeparator()
        self.audience_label = QLabel(self)
        self.audience_box = QComboBox(self)
        self.audience_box.setObjectName("audience")
        for audience in Audience:
            self.audience_box.addItem("", audience.value)
        self.audience_box.setCurrentIndex(list(Audience).index(self.audience))
        self.audience_box.currentIndexChanged.connect(self._audience_chosen)
        self.audience_label.setBuddy(self.audience_box)
        self.language_label = QLabel(self)
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(list(i18n.LANGUAGES).index(i18n.current_language()))
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.language_label.setBuddy(self.language_box)
        self.theme_label = QLabel(self)
        self.theme_box = QComboBox(self)
        self.theme_box.setObjectName("theme")
        for name in THEMES:
            self.theme_box.addItem("", name)
        self.theme_box.setCurrentIndex(list(THEMES).index(self.theme.name))
        self.theme_box.currentIndexChanged.connect(self._theme_chosen)
        self.theme_label.setBuddy(self.theme_box)
        for label, box in (
            (self.audience_label, self.audience_box),
            (self.language_label, self.language_box),
            (self.theme_label, self.theme_box),
        ):
            label.setContentsMargins(12, 0, 4, 0)
            bar.addWidget(label)
            bar.addWidget(box)
        self.sources_action = QAction(self)
        self.sources_action.triggered.connect(self.show_sources)
        bar.addSeparator()
        bar.addAction(self.sources_action)

    def _build_keys(self) -> None:
        self._shortcuts: list[QShortcut] = []
        for keys, slot in (
            (NEXT_KEYS, self.next),
            (PREVIOUS_KEYS, self.previous),
            ((Qt.Key.Key_Home,), self.first),
            ((Qt.Key.Key_End,), self.last),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)

    # --- navigation ---------------------------------------------------------------------------

    def slides(self) -> list:
        return self.lesson.for_audience(self.audience)

    def current_slide_id(self) -> str:
        return self.slides()[self.index].id

    def go_to(self, index: int) -> None:
        slides = self.slides()
        self.index = max(0, min(index, len(slides) - 1))
        self.refresh_slide()
        self.settings.set_last_slide(self.audience, self.current_slide_id())

    def go_to_id(self, slide_id: str) -> None:
        ids = [s.id for s in self.slides()]
        self.go_to(ids.index(slide_id) if slide_id in ids else 0)

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def first(self) -> None:
        self.go_to(0)

    def last(self) -> None:
        self.go_to(len(self.slides()) - 1)

    def _list_row_changed(self, row: int) -> None:
        if row >= 0 and row != self.index:
            self.go_to(row)

    # --- what is shown ------------------------------------------------------------------------

    def refresh_slide(self) -> None:
        slide = self.slides()[self.index]
        rendered = render_slide(self.lesson, slide, self.audience, self.dataset)
        chart_title = ""
        if slide.chart:
            from ..charts import chart_title as title_of

            chart_title = title_of(slide.chart, self.dataset, self.audience)
        self.slide_view.show_slide(rendered, self.dataset, self.audience, self.theme, chart_title)
        self.notes.setPlainText(rendered.notes)
        self.slide_list.blockSignals(True)
        self.slide_list.setCurrentRow(self.index)
        self.slide_list.blockSignals(False)
        self.previous_action.setEnabled(self.index > 0)
        self.next_action.setEnabled(self.index < len(self.slides()) - 1)
        self.setWindowTitle(f"{rendered.title} — {_('SNS Safety Classroom')}")
        if slide.chart:
            QTimer.singleShot(0, self._prefetch_charts)

    def _prefetch_charts(self) -> None:
        """Draw this chart for the other language and audiences while the teacher talks, so
        that switching shows it at once."""
        from .chart_renderer import renderer

        chart = self.slide_view.chart
        if chart.isVisible():
            renderer().prefetch(chart.variants(list(i18n.LANGUAGES), list(Audience)))

    def _fill_slide_list(self) -> None:
        self.slide_list.blockSignals(True)
        self.slide_list.clear()
        for number, slide in enumerate(self.slides(), start=1):
            rendered = render_slide(self.lesson, slide, self.audience, self.dataset)
            item = QListWidgetItem(f"{number}. {rendered.title}")
            item.setData(Qt.ItemDataRole.UserRole, slide.id)
            self.slide_list.addItem(item)
        self.slide_list.setCurrentRow(self.index)
        self.slide_list.blockSignals(False)

    def retranslate(self) -> None:
        """Every visible string again, in the current language."""
        self.previous_action.setText(_("Previous"))
        self.previous_action.setToolTip(_("Previous slide (Left, Page Up)"))
        self.next_action.setText(_("Next"))
        self.next_action.setToolTip(_("Next slide (Right, Page Down, Space)"))
        self.sources_action.setText(_("Sources"))
        self.sources_action.setToolTip(_("Show the sources of the figures on this slide"))
        self.audience_label.setText(_("Audience:"))
        self.language_label.setText(_("Language:"))
        self.theme_label.setText(_("Theme:"))
        for row, audience in enumerate(Audience):
            self.audience_box.setItemText(row, _(AUDIENCE_LABELS[audience]))
        for row, name in enumerate(THEMES):
            self.theme_box.setItemText(row, _(THEME_LABELS[name]))
        self.audience_box.setAccessibleName(_("Audience"))
        self.language_box.setAccessibleName(_("Language"))
        self.theme_box.setAccessibleName(_("Theme"))
        self.slide_list.setAccessibleName(_("Slides"))
        self.notes.setAccessibleName(_("Speaker notes"))
        self.notes_heading.setText(_("Speaker notes"))
        self.statusBar().showMessage(
            _("Data set: {title} ({year})").format(
                title=_(self.dataset.title), year=i18n.format_year(self.dataset.year)
            )
        )
        self._fill_slide_list()
        self.refresh_slide()

    def show_warnings(self, warnings: list[str]) -> None:
        self._warnings = warnings
        self.banner.setText("\n".join(warnings))
        self.banner.setVisible(bool(warnings))

    # --- choices ------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        warning = i18n.set_language(language)  # the listener retranslates
        app = QApplication.instance()
        if app is not None:
            i18n.install_qt_translator(app)
        if warning:
            self.show_warnings([warning])
        self.settings.language = i18n.current_language()
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(list(i18n.LANGUAGES).index(i18n.current_language()))
        self.language_box.blockSignals(False)

    def set_audience(self, audience: Audience) -> None:
        current = self.current_slide_id()
        self.audience = audience
        self.settings.audience = audience
        ids = [s.id for s in self.slides()]
        self.index = ids.index(current) if current in ids else min(self.index, len(ids) - 1)
        self.audience_box.blockSignals(True)
        self.audience_box.setCurrentIndex(list(Audience).index(audience))
        self.audience_box.blockSignals(False)
        self._fill_slide_list()
        self.go_to(self.index)

    def set_theme(self, name: str) -> None:
        self.theme = THEMES[name]
        self.settings.theme = name
        self.refresh_slide()

    def _language_chosen(self, row: int) -> None:
        self.set_language(self.language_box.itemData(row))

    def _audience_chosen(self, row: int) -> None:
        self.set_audience(Audience(self.audience_box.itemData(row)))

    def _theme_chosen(self, row: int) -> None:
        self.set_theme(self.theme_box.itemData(row))

    def _language_changed(self, language: str) -> None:
        self.retranslate()

    def show_sources(self) -> None:
        rendered = self.slide_view.rendered
        if rendered is None:
            return
        dialog = SourceDialog(rendered, self.dataset, self)
        dialog.open()
        self._source_dialog = dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        i18n.remove_listener(self._language_changed)
        self.settings.sync()
        super().closeEvent(event)
