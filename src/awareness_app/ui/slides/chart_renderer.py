"""Charts drawn off the critical path: one worker thread renders every chart, and a cache keeps
the images by everything that changes them.

All matplotlib work of the window happens in the worker, one figure at a time, so matplotlib is
never used from two threads at once. The slide asks for the image it needs now (`image`, which
waits for the worker if it must) and for the ones it is likely to need next (`prefetch`: the
neighbouring slides, the other language, the other audiences), which the worker draws while the
teacher talks.

The classroom's state owns the renderer (`ClassroomState.charts`): its views, the chart view's
exports and the window's prefetching use that one; nothing here is shared through a module.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from ...i18n import temporary_language
from ...model.charts.build import build_spec
from ...model.data.dataset import DataSet
from ...model.lesson.lesson import Audience
from ...model.text.furigana import DEFAULT
from ...themes import THEMES

if TYPE_CHECKING:
    from ...model.charts.spec import ChartSpec


@dataclass(frozen=True)
class ChartKey:
    """Everything that changes a chart's picture."""

    chart: str
    dataset: DataSet
    language: str
    audience: Audience
    theme: str
    width: int
    height: int
    text_scale: float = 1.0  # the teacher's text size (+ / −)
    screen_height: int = 0  # of the view the chart is on (0: the chart's own height)
    furigana: str = DEFAULT  # the setting: which audiences' charts have marked words in kana

    def _ident(self) -> tuple[object, ...]:
        # the data set is identified by its id and file (it holds dicts, so it has no hash)
        return (
            self.chart,
            self.dataset.id,
            self.dataset.path,
            self.language,
            self.audience,
            self.theme,
            self.width,
            self.height,
            self.text_scale,
            self.screen_height,
            self.furigana,
        )

    def __hash__(self) -> int:
        return hash(self._ident())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ChartKey) and self._ident() == other._ident()


def chart_spec(key: ChartKey) -> ChartSpec:
    """What the chart says (its words, in its language, for its audience); cheap, no matplotlib.
    (`ChartRenderer.spec` keeps them.)"""
    with temporary_language(key.language):
        return build_spec(key.chart, key.dataset, key.audience, key.furigana)


def draw_chart(key: ChartKey, spec: ChartSpec | None = None) -> QImage:
    """Render one chart (saying `spec`, by default built from `key`) to an image, in the
    calling thread."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from ...plot.draw import render

    spec = spec or chart_spec(key)
    with temporary_language(key.language):
        figure = render(
            spec,
            THEMES[key.theme],
            key.width,
            key.height,
            100,
            header=False,
            text_scale=key.text_scale,
            screen_height=key.screen_height or None,
        )
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
    width, height = canvas.get_width_height()
    image = QImage(width, height, QImage.Format.Format_RGBA8888)
    bits = image.bits()  # a writable view of the pixels: the image is not const
    assert isinstance(bits, memoryview)
    bits[:] = memoryview(canvas.buffer_rgba()).cast("B")
    figure.clear()  # free matplotlib's artists now, not at the next garbage collection
    # charts are opaque: three bytes a pixel in the cache instead of four
    return image.convertToFormat(QImage.Format.Format_RGB888)


def _locked(job: Callable[[], object]) -> object:
    with MATPLOTLIB_LOCK:
        return job()


def _warm_up() -> None:
    from ...plot.draw import register_font

    register_font()


# matplotlib is one per process: every renderer's thread (one classroom state has one; the tests
# make many) and an export drawn without one take this lock to draw (a lock, never state)
MATPLOTLIB_LOCK = threading.Lock()

ImageKey = tuple["ChartSpec", str, int, int]  # what the chart says, theme, width, height


class ChartRenderer:
    """The worker thread and the caches: what each chart says (`spec`), and about
    `budget_bytes` of images, least recent dropped."""

    def __init__(
        self,
        budget_bytes: int = 24 * 1024 * 1024,
        draw: Callable[[ChartKey, ChartSpec], QImage] | None = None,
    ) -> None:
        # how a chart is drawn (`draw_chart`, as it is when the renderer is made): the tests
        # swap it for a quick stand-in where they do not look at charts (tests/fake_charts.py)
        self._draw = draw or draw_chart
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="charts")
        self._specs: dict[tuple[object, ...], ChartSpec] = {}
        self._cache: OrderedDict[ImageKey, QImage] = OrderedDict()
        self._pending: dict[ImageKey, Future[QImage]] = {}
        self._lock = threading.Lock()
        self.budget_bytes = budget_bytes
        self.rendered = 0  # charts drawn, for tests and benchmarks

    def spec(self, key: ChartKey) -> ChartSpec:
        """What the chart says, kept: audiences whose charts say the same thing share one
        spec, and so one picture."""
        ident = (
            key.chart,
            key.dataset.id,
            key.dataset.path,
            key.language,
            key.audience,
            key.furigana,
        )
        with self._lock:
            spec = self._specs.get(ident)
        if spec is None:
            spec = chart_spec(key)
            with self._lock:
                spec = self._specs.setdefault(ident, spec)
        return spec

    def forget_specs(self) -> None:
        """Forget what the charts said: a newly opened data set may reuse an id and a file
        name."""
        with self._lock:
            self._specs.clear()

    def image_key(self, key: ChartKey) -> ImageKey:
        return (self.spec(key), key.theme, key.width, key.height)

    def cached(self, key: ChartKey) -> QImage | None:
        ident = self.image_key(key)
        with self._lock:
            image = self._cache.get(ident)
            if image is not None:
                self._cache.move_to_end(ident)
            return image

    def image(self, key: ChartKey) -> QImage:
        """The chart now: from the cache, or drawn by the worker while this thread waits."""
        image = self.cached(key)
        if image is not None:
            return image
        return self._submit(key).result()

    def prefetch(self, keys: list[ChartKey]) -> None:
        """Draw these in the background, in order, unless they are cached or on the way.
        Earlier prefetches that have not started yet are dropped: the teacher has moved on."""
        with self._lock:
            for ident, future in list(self._pending.items()):
                if future.cancel():
                    del self._pending[ident]
        for key in keys:
            if self.cached(key) is None:
                self._submit(key)

    def wait_idle(self) -> None:
        """Block until every queued chart is drawn (benchmarks and tests)."""
        while True:
            with self._lock:
                futures = list(self._pending.values())
            if not futures:
                return
            for future in futures:
                if not future.cancelled():
                    future.result()

    def _submit(self, key: ChartKey) -> Future[QImage]:
        ident = self.image_key(key)
        with self._lock:
            future = self._pending.get(ident)
            if future is None or future.cancelled():
                future = self._executor.submit(self._work, key, ident)
                self._pending[ident] = future
            return future

    def _work(self, key: ChartKey, ident: ImageKey) -> QImage:
        try:
            image = self.cached(key)
            if image is None:
                with MATPLOTLIB_LOCK:
                    image = self._draw(key, ident[0])
        finally:
            with self._lock:
                self._pending.pop(ident, None)
        with self._lock:
            if ident not in self._cache:
                self.rendered += 1
            self._cache[ident] = image
            self._cache.move_to_end(ident)
            while len(self._cache) > 1 and self._bytes() > self.budget_bytes:
                self._cache.popitem(last=False)
        return image

    def _bytes(self) -> int:
        return sum(image.sizeInBytes() for image in self._cache.values())

    def warm_up(self) -> None:
        """Import matplotlib and load the font in the chart thread now, while the window is
        being built, so that the first chart costs only its own drawing."""
        self._executor.submit(_locked, _warm_up)

    def submit_job(self, job: object) -> Future[object]:
        """Run `job()` in the chart thread (exports use matplotlib too)."""
        return self._executor.submit(_locked, job)  # type: ignore[arg-type]
