"""A chart on a slide: the picture (drawn by the chart thread, cached), or the same data as a
table with the source and grade of each row; and the chart's own menu to export it.

matplotlib is imported the first time a chart is drawn, never at start-up.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import _, current_language, format_year
from ...model.charts.build import chart_rows
from ...model.data.dataset import DataSet
from ...model.lesson.lesson import Audience
from ...model.lesson.render import describe_source
from ...model.text.figure_text import format_value
from ...model.text.furigana import DEFAULT
from ...model.text.plain_labels import figure_label
from ...surfaces import surface
from ...themes import Theme
from .. import file_dialog
from ..plain import as_plain, warn
from ..settings import Settings
from .chart_renderer import ChartKey, ChartRenderer

PNG_SIZES = ((1280, 720), (1920, 1080), (3840, 2160))
SIZE_STEP = 16


class ChartCanvas(QWidget):
    """Paints the chart image at the widget's size (rendered for that size, never stretched)."""

    def __init__(self, owner: ChartView) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event: object) -> None:
        image = self.owner.image()
        if image is None:
            return
        painter = QPainter(self)
        # drawn at its own size (a few pixels smaller than the canvas at most), never stretched
        ratio = image.devicePixelRatio()
        x = (self.width() - image.width() / ratio) / 2
        y = (self.height() - image.height() / ratio) / 2
        painter.drawImage(QPointF(x, y), image)
        painter.end()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.owner.menu().exec(event.globalPos())


@surface("chart", "a chart and its table")
class ChartView(QWidget):
    """One chart of a slide, as a picture or as a table, with its menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(160, 90))
        self._key: ChartKey | None = None
        self._inputs: tuple[str, DataSet, Audience, Theme, str] | None = None
        # given with the chart: the classroom state's renderer (None: the chart is not drawn
        # here, a PDF draws it) and the furigana setting its words follow
        self.charts: ChartRenderer | None = None
        self.furigana = DEFAULT
        self.text_scale = 1.0  # the teacher's text size, which the chart's text follows
        self.settings: Settings | None = None  # the window's: where file dialogs start

        self.canvas = ChartCanvas(self)
        self.table = QTableWidget(self)
        self.table.setObjectName("chart-table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # compact rows, one line each (a long source is elided; its cell's tooltip has it all)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.table)

        self.table_button = QToolButton(self)
        self.table_button.setObjectName("chart-table-button")
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self.show_table)
        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("chart-menu-button")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self)
        self.menu_button.setMenu(self._menu)
        self.export_actions: dict[str, QAction] = {}
        for fmt in ("png", "svg", "csv"):
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, f=fmt: self.export_dialog(f))
            self.export_actions[fmt] = action
            self._menu.addAction(action)
        self._menu.addSeparator()
        self.table_action = self._menu.addAction("")
        self.table_action.triggered.connect(self.table_button.toggle)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.table_button)
        buttons.addWidget(self.menu_button)
        self.controls = QWidget(self)
        self.controls.setLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.controls)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    # --- what is shown ------------------------------------------------------------------------

    def show_chart(
        self,
        chart_id: str,
        dataset: DataSet,
        audience: Audience,
        theme: Theme,
        title: str,
        language: str | None = None,
        *,
        charts: ChartRenderer | None,
        furigana: str,
    ) -> None:
        """Show `chart_id`, drawn by `charts` (the classroom state's renderer), its words as the
        `furigana` setting has them; `language` defaults to the app's current language."""
        self.charts = charts
        self.furigana = furigana
        self._inputs = (chart_id, dataset, audience, theme, language or current_language())
        self.setAccessibleName(title)
        self.canvas.setAccessibleName(title)
        self.retranslate()
        if self.is_table():
            self._fill_table()
        self.canvas.update()

    def set_controls_visible(self, visible: bool) -> None:
        """Hide the table and menu buttons (the presentation screen shows only the slide)."""
        self.controls.setVisible(visible)

    def is_table(self) -> bool:
        return self.stack.currentWidget() is self.table

    def show_table(self, table: bool) -> None:
        if table:
            self._fill_table()
        self.stack.setCurrentWidget(self.table if table else self.canvas)
        if self.table_button.isChecked() != table:
            self.table_button.setChecked(table)
        self.retranslate()

    def key(self) -> ChartKey | None:
        if self._inputs is None:
            return None
        ratio = self.canvas.devicePixelRatioF()
        # sizes in steps of SIZE_STEP pixels, so that a slide whose text wraps differently in
        # another language still finds its chart in the cache
        width = int(self.canvas.width() * ratio) // SIZE_STEP * SIZE_STEP
        height = int(self.canvas.height() * ratio) // SIZE_STEP * SIZE_STEP
        if width < 50 or height < 50:
            return None
        chart_id, dataset, audience, theme, language = self._inputs
        # the chart's text is sized for the screen it is on (the window holding the slide)
        screen = int(self._screen_height() * ratio) // SIZE_STEP * SIZE_STEP
        return ChartKey(
            chart_id,
            dataset,
            language,
            audience,
            theme.name,
            width,
            height,
            self.text_scale,
            max(screen, height),
            self.furigana,
        )

    def _screen_height(self) -> int:
        """The height of the screen the chart is shown on: its window's, or that of the page
        that stands for the projector's screen (the console's slides, drawn as pictures)."""
        widget = self.parentWidget()
        while widget is not None and not widget.isWindow():
            if widget.property("stands-for-a-screen"):
                return widget.height()
            widget = widget.parentWidget()
        return self.window().height()

    def image(self) -> QImage | None:
        """The chart at the canvas's current size (drawn now if it is not cached)."""
        key = self.key()
        if key is None or self.charts is None:
            return None
        image = self.charts.image(key)
        image.setDevicePixelRatio(self.canvas.devicePixelRatioF())
        self._key = key
        return image

    def variants(self, languages: list[str], audiences: list[Audience]) -> list[ChartKey]:
        """This chart at this size in other languages and for other audiences (to prefetch)."""
        key = self.key()
        if key is None:
            return []
        return [
            replace(key, language=language, audience=audience)
            for language in languages
            for audience in audiences
            if (language, audience) != (key.language, key.audience)
        ]

    def _fill_table(self) -> None:
        if self._inputs is None:
            return

        chart_id, dataset, audience, _theme, language = self._inputs
        from ...i18n import temporary_language
        from ..window.source_dialog import grade_label

        with temporary_language(language):
            rows = chart_rows(chart_id, dataset, audience)
            headers = [_("Figure"), _("Value"), _("Year"), _("Grade"), _("Source")]
            cells = [
                [
                    figure_label(f, audience),
                    format_value(f),
                    format_year(f.year),
                    grade_label(f.grade),
                    "; ".join(describe_source(s, audience) for s in dataset.sources_of(f)),
                ]
                for f in rows
            ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(cells))
        self.table.setHorizontalHeaderLabels(headers)
        for row, values in enumerate(cells):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(as_plain(value))
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAccessibleName(_("Chart data as a table"))

    def retranslate(self) -> None:
        table = self.is_table()
        self.table_button.setText(_("Chart") if table else _("Table"))
        self.table_button.setToolTip(
            _("Show the chart") if table else _("Show the data as a table")
        )
        self.table_button.setAccessibleName(self.table_button.toolTip())
        self.menu_button.setText(_("Export"))
        self.menu_button.setAccessibleName(_("Export the chart"))
        self.export_actions["png"].setText(_("Export as PNG picture…"))
        self.export_actions["svg"].setText(_("Export as SVG drawing…"))
        self.export_actions["csv"].setText(_("Export the data as CSV…"))
        self.table_action.setText(_("Show the chart") if table else _("Show the data as a table"))

    def menu(self) -> QMenu:
        return self._menu

    # --- export -------------------------------------------------------------------------------

    def export(self, fmt: str, path: Path, size: tuple[int, int] = (1920, 1080)) -> Path:
        """Write the chart in `fmt` to `path`, drawn in the chart thread."""
        if self._inputs is None:
            raise RuntimeError("no chart is shown")
        from ...export.chart_files import export_chart
        from ...i18n import temporary_language

        chart_id, dataset, audience, theme, language = self._inputs
        charts, furigana = self.charts, self.furigana
        if charts is None:
            raise RuntimeError("the chart is not drawn here")

        def job() -> Path:
            with temporary_language(language):
                return export_chart(chart_id, dataset, audience, theme, path, fmt, size, furigana)

        return charts.submit_job(job).result()  # type: ignore[return-value]

    def export_dialog(self, fmt: str) -> None:
        if self._inputs is None:
            return
        size = (1920, 1080)
        if fmt == "png":
            choices = [f"{w} × {h}" for w, h in PNG_SIZES]
            choice, ok = QInputDialog.getItem(
                self, _("Export as PNG picture"), _("Size in pixels:"), choices, 1, False
            )
            if not ok:
                return
            size = PNG_SIZES[choices.index(choice)]
        filters = {
            "png": _("PNG picture (*.png)"),
            "svg": _("SVG drawing (*.svg)"),
            "csv": _("CSV table (*.csv)"),
        }
        folder = (self.settings.last_folder if self.settings else "") or str(Path.home())
        suggested = str(Path(folder) / f"{self._inputs[0]}.{fmt}")
        path, _filter = file_dialog.get_save_file_name(
            self, _("Export the chart"), suggested, filters[fmt]
        )
        if not path:
            return
        if self.settings is not None:  # the next file dialog starts there
            self.settings.last_folder = str(Path(path).parent)
        try:
            self.export(fmt, Path(path), size)
        except OSError as error:
            warn(
                self,
                _("Export the chart"),
                _("The chart could not be saved: {error}").format(error=error),
            )

    def sizeHint(self) -> QSize:
        return QSize(640, 360)
