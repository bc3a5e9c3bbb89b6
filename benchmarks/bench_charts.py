"""How long a chart takes to draw, as the chart thread and the exports draw it.

    python benchmarks/bench_charts.py [--edition 2025] [--size 1280x720]

For each chart the edition shows, in English and Japanese, for junior-high pupils in the light
theme: `make_figure` and a PNG written, the first time (in a process that has drawn no chart of
it yet: the window's first visit) and the same chart again (another theme, the PDF, a redraw:
the text is measured again). Prints the medians and totals. To compare with another tree, run
the script with `PYTHONPATH=<that tree>/src`.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edition", type=int, default=2025)
    parser.add_argument("--size", default="1280x720")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))

    from awareness_app import i18n, resources
    from awareness_app.model.charts.build import CHART_IDS
    from awareness_app.model.data.dataset import load_dataset
    from awareness_app.model.data.fit import fit_lesson
    from awareness_app.model.lesson.content import LESSON
    from awareness_app.model.lesson.lesson import Audience
    from awareness_app.plot import make_figure
    from awareness_app.themes import THEMES

    data = load_dataset(resources.edition_file(args.edition))
    shown = {s.chart for s in fit_lesson(LESSON, data).slides if s.chart}
    charts = [chart for chart in CHART_IDS if chart in shown]
    make_figure(charts[0], data, Audience.ADULTS, THEMES["dark"], 160, 90)  # imports, the font
    first: list[float] = []
    again: list[float] = []
    for language in ("en", "ja"):
        i18n.set_language(language)
        for chart in charts:
            for times in (first, again):
                start = time.perf_counter()
                figure = make_figure(
                    chart, data, Audience.JUNIOR_HIGH, THEMES["light"], width, height
                )
                figure.savefig(io.BytesIO(), format="png")
                times.append(time.perf_counter() - start)
    i18n.set_language("en")
    for name, times in (("first drawing", first), ("the same chart again", again)):
        print(
            f"{name}: median {statistics.median(times) * 1000:.0f} ms, "
            f"total {sum(times):.2f} s ({len(times)} charts, {args.edition}, {args.size})"
        )


if __name__ == "__main__":
    main()
