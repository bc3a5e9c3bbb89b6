"""A chart on a slide: the matplotlib figure of `charts`, drawn with Agg into a cached image.

matplotlib is imported the first time a chart is drawn, never at start-up. Images are cached by
everything that changes them (chart, data set, language, audience, theme, size), so returning to
a slide or switching back to a language shows the chart at once.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..i18n import current_language
from ..model.dataset import DataSet
from ..model.lesson import Audience
from ..themes import Theme

CacheKey = tuple[str, str, str, str, str, int, int]
_CACHE: OrderedDict[CacheKey, QImage] = OrderedDict()
_CACHE_SIZE = 48


def render_chart(
    chart_id: str, dataset: DataSet, audience: Audience, theme: Theme, width: int, height: int
) -> QImage:
    """The chart as an image of `width` × `height` pixels, from the cache when it is there."""
    key: CacheKey = (
        chart_id,
        f"{dataset.id}:{dataset.path}",
        current_language(),
        audience.value,
        theme.name,
        width,
        height,
    )
    image = _CACHE.get(key)
    if image is not None:
        _CACHE.move_to_end(key)
        return image
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from ..charts import make_figure

    figure = make_figure(chart_id, dataset, audience, theme, width, height)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    buffer = canvas.buffer_rgba()
    w, h = canvas.get_width_height()
    image = QImage(w, h, QImage.Format.Format_RGBA8888)
    # copy the pixels in; QImage(bytes, …) would keep a reference to a temporary buffer
    image.bits()[:] = memoryview(buffer).cast("B")
    _CACHE[key] = image
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return image


class ChartView(QWidget):
    """Shows one chart, scaled to the widget; re-rendered when its inputs change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(160, 90))
        self._inputs: tuple[str, DataSet, Audience, Theme] | None = None
        self._image: QImage | None = None
        self._image_key: tuple[object, ...] | None = None

    def show_chart(
        self, chart_id: str, dataset: DataSet, audience: Audience, theme: Theme, title: str
    ) -> None:
        self._inputs = (chart_id, dataset, audience, theme)
        self._image_key = None
        self.setAccessibleName(title)
        self.update()

    def image(self) -> QImage | None:
        """The chart at the widget's current size (rendering it if needed)."""
        if self._inputs is None or self.width() < 2 or self.height() < 2:
            return None
        ratio = self.devicePixelRatioF()
        width, height = round(self.width() * ratio), round(self.height() * ratio)
        key = (*self._inputs, current_language(), width, height)
        if key != self._image_key:
            chart_id, dataset, audience, theme = self._inputs
            self._image = render_chart(chart_id, dataset, audience, theme, width, height)
            self._image.setDevicePixelRatio(ratio)
            self._image_key = key
        return self._image

    def paintEvent(self, event: object) -> None:
        image = self.image()
        if image is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.rect(), image)
        painter.end()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)


__all__ = ["ChartView", "Qt", "render_chart"]
