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

