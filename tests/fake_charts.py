"""Charts in the tests: fake by default, real where a test looks at them.

Drawing a chart with matplotlib is most of the time a test of the window spends, and most tests
read the text the views set, never a chart's pixels. So `conftest.fake_charts` (autouse) swaps
the chart thread's drawing (`chart_renderer.draw_chart`, the seam every view's chart goes
through) for `fake_chart`: a picture of the right size in one colour no theme has
(`FAKE_RGB`), drawn in microseconds.

A test that looks at charts says so: `@pytest.mark.real_charts` (or a module's
`pytestmark = pytest.mark.real_charts`). Charts drawn outside the chart thread (`make_figure`,
`draw.render`, the exports, the command line in a subprocess) are always real.

Fail-safe: a chart-reading helper takes its picture through `real_chart(image)`, which fails
loudly on the fake instead of comparing two blank pictures and passing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

FAKE_RGB = 0xFF00FF  # magenta: in no theme's palette
MARKER = "real_charts"


def fake_chart(key, spec=None) -> QImage:
    """A chart's stand-in: `key`'s size, every pixel `FAKE_RGB`."""
    from PySide6.QtGui import QImage

    image = QImage(max(1, key.width), max(1, key.height), QImage.Format.Format_RGB888)
    image.fill(FAKE_RGB)
    return image


def is_fake(image: QImage) -> bool:
    """The picture is `fake_chart`'s: its corners and centre are the fake colour."""
    w, h = image.width(), image.height()
    points = [(0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1), (w // 2, h // 2)]
    return w > 0 and all(image.pixel(x, y) & 0xFFFFFF == FAKE_RGB for x, y in points)


def real_chart(image: QImage | None) -> QImage:
    """`image`, a chart a test is about to read; fails when it is the fake."""
    assert image is not None, "no chart picture"
    assert not is_fake(image), (
        "this test reads a chart's pixels but got the fake chart: "
        f"mark it @pytest.mark.{MARKER} (tests/fake_charts.py)"
    )
    return image


class SharedSvgs:
    """The PDFs' charts (`ui/pdf/pages.chart_svg`, real matplotlib drawings), each drawn once
    per test process and shared by every test that prints it: the handout and the lesson PDF
    print the same few charts of each edition × audience × language again and again.

    The key is everything the drawing is made from (the data set by its whole value, the
    theme, language, size, header, furigana setting, text as outlines or as text, and the
    smallest type). While a test has swapped what the words or the font come from (the
    translations, `ruby_catalogue`, `resources.font_files`), nothing is shared: its charts
    are drawn for it alone."""

    def __init__(self) -> None:
        from awareness_app.ui.pdf import pages

        self.draw = pages.chart_svg
        self._sources = self._now()
        self._svgs: dict[tuple[object, ...], bytes] = {}
        self.drawn = 0  # drawings made (the rest were shared)

    @staticmethod
    def _now() -> tuple[object, ...]:
        from awareness_app import i18n, resources

        return (i18n.load_translations, i18n._catalogues, resources.font_files)

    def __call__(self, chart_id, dataset, audience, theme, language, size, header=True, **kw):
        if not all(a is b for a, b in zip(self._now(), self._sources, strict=True)):
            return self.draw(chart_id, dataset, audience, theme, language, size, header, **kw)
        key = (
            chart_id,
            repr(dataset),
            audience,
            repr(theme),
            language,
            tuple(size),
            header,
            kw.get("furigana"),
            kw.get("outlines"),
            kw.get("least"),
        )
        svg = self._svgs.get(key)
        if svg is None:
            svg = self.draw(chart_id, dataset, audience, theme, language, size, header, **kw)
            self._svgs[key] = svg
            self.drawn += 1
        return svg
