"""The slide overview: every slide of the lesson as a numbered tile, to jump to with the arrow
keys and Enter (or a click). Shown by O on the presentation view, and in the presenter console."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from ...i18n import _
from ...surfaces import surface
from ...themes import Theme
from ..fonts import app_font_family
from ..plain import as_plain
from .keys import ITEM_VIEW_KEYS

# the keys the overview keeps for itself while it has the focus (Page Up / Down never)
OWNED_KEYS = [*ITEM_VIEW_KEYS, Qt.Key.Key_Return, Qt.Key.Key_Enter]


@surface("overview", "the slide overview: every slide's title")
class SlideOverview(QListWidget):
    """Numbered slide titles in a grid (or a strip); `chosen(index)` when one is picked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None, strip: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.setProperty("presenting-owned-keys", [int(k) for k in OWNED_KEYS])
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(not strip)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if strip else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.strip = strip
        self._pixels = 16
        self._titles: list[str] = []
        self.itemActivated.connect(lambda item: self.chosen.emit(self.row(item)))
        self.itemClicked.connect(lambda item: self.chosen.emit(self.row(item)))
        self.setAccessibleName(_("Slide overview"))

    def set_slides(self, titles: list[str], current: int) -> None:
        if titles == self._titles and self.count() == len(titles):
            self.select(current)  # the same tiles: not made again at each step
            self.setAccessibleName(_("Slide overview"))
            return
        self._titles = list(titles)
        self.blockSignals(True)
        self.clear()
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(f"{number}\n{title}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            item.setToolTip(as_plain(title))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{number}. {title}")
            self.addItem(item)
        self.setCurrentRow(current)
        self.blockSignals(False)
        self.setAccessibleName(_("Slide overview"))
        self._fit_grid()

    def select(self, index: int) -> None:
        self.blockSignals(True)
        self.setCurrentRow(index)
        self.blockSignals(False)
        item = self.currentItem()
        if item is not None:
            self.scrollToItem(item)

    def set_type_size(self, pixels: int, theme: Theme) -> None:
        """Tiles for text of `pixels` pixels, in `theme`'s colours, focus shown by a border."""
        self._pixels = max(10, pixels)
        font = self.font()
        font.setFamily(app_font_family())
        font.setPixelSize(self._pixels)
        self.setFont(font)
        pad = max(4, self._pixels // 3)
        sheet = (
            f"QListWidget#overview {{ background: {theme.background}; color: {theme.text};"
            f" border: 2px solid {theme.muted}; }}"
            f"QListWidget#overview:focus {{ border: 3px solid {theme.accent}; }}"
            f"QListWidget#overview::item {{ background: {theme.surface}; color: {theme.text};"
            f" border: 2px solid {theme.muted}; padding: {pad}px; margin: {pad // 2}px; }}"
            f"QListWidget#overview::item:selected {{ border: {max(3, pad // 2)}px solid"
            f" {theme.accent}; color: {theme.text}; background: {theme.surface}; }}"
        )
        if sheet != self.styleSheet():  # set again, it restyles every tile (the console's step)
            self.setStyleSheet(sheet)
        self._fit_grid()

    def tile_size(self) -> QSize:
        """Tiles about 11 characters wide and four lines tall, so titles wrap, not clip."""
        width = self._pixels * (13 if self.strip else 11)
        height = round(self._pixels * 1.45 * 4) + self._pixels
        if not self.strip and self.viewport().width() > width:
            columns = max(1, self.viewport().width() // width)
            width = self.viewport().width() // columns - 4
        return QSize(width, height)

    def _fit_grid(self) -> None:
        size = self.tile_size()
        self.setGridSize(size)
        pad = max(4, self._pixels // 3)
        for row in range(self.count()):
            self.item(row).setSizeHint(QSize(size.width() - pad, size.height() - pad))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # chosen: the key must not go on to the window as "next"

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_grid()
