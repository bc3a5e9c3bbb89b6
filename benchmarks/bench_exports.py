"""How long the exports take to write: the PowerPoint file, the lesson PDF and the handout.

    python benchmarks/bench_exports.py [--edition 2025] [--repeat 3] [--export pptx]

For Japanese for elementary pupils and English for adults (the two ends of the lesson's
wording), each export is written `--repeat` times in one process, as the File menu writes it
(charts drawn in this thread). Prints the file's size; the first time, which pays for imports
and for charts and layouts not yet drawn; and the best of the others (the least disturbed by
other work on the machine). To compare with another tree, run the script with
`PYTHONPATH=<that tree>/src` (and that tree's compiled catalogue in its `resources/locale`).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EXPORTS = ("pptx", "lesson-pdf", "handout-pdf")
ROOMS = (("ja", "elementary"), ("en", "adults"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edition", type=int, default=2025)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--export", choices=EXPORTS, action="append", help="(default: all)")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from awareness_app import i18n, resources
    from awareness_app.export.registry import EXPORTS as WRITERS
    from awareness_app.export.request import ExportRequest
    from awareness_app.model.data.dataset import load_dataset
    from awareness_app.model.data.fit import fit_lesson
    from awareness_app.model.lesson.content import LESSON
    from awareness_app.model.lesson.lesson import Audience
    from awareness_app.ui.fonts import load_app_font

    app = QApplication(sys.argv[:1])
    load_app_font()
    data = load_dataset(resources.edition_file(args.edition))
    lesson = fit_lesson(LESSON, data)
    with tempfile.TemporaryDirectory() as folder:
        for language, room in ROOMS:
            i18n.set_language(language)
            what = ExportRequest(
                lesson=lesson,
                dataset=data,
                audience=Audience(room),
                language=language,
                minutes=45,
            )
            for name in args.export or EXPORTS:
                times = []
                for n in range(args.repeat):
                    path = Path(folder) / f"{name}-{n}{WRITERS[name].kinds[0]}"
                    start = time.perf_counter()
                    WRITERS[name].write(path, what)
                    times.append(time.perf_counter() - start)
                again = min(times[1:]) if len(times) > 1 else float("nan")
                size = path.stat().st_size / 1024
                print(
                    f"{name:12} {language}-{room:11} first {times[0] * 1000:5.0f} ms, "
                    f"best again {again * 1000:5.0f} ms, {size:5.0f} KB ({args.edition})"
                )
    del app


if __name__ == "__main__":
    main()
