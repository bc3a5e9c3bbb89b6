"""The model, the charts and the script export run without Qt (and start without matplotlib)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_model_and_script_export_import_no_qt() -> None:
    out = _run("""
        import sys
        from awareness_app import resources, i18n
        from awareness_app.model.dataset import load_dataset
        from awareness_app.model.content import LESSON
        from awareness_app.model.lesson import Audience
        from awareness_app.model.script import lesson_script
        import awareness_app.charts, awareness_app.themes
        from awareness_app.model.dataset_fit import fit_lesson
        for path in resources.editions().values():
            data = load_dataset(path)
            lesson = fit_lesson(LESSON, data)
            for language in ("en", "ja"):
                i18n.set_language(language)
                for audience in Audience:
                    lesson_script(lesson, audience, data)
        heavy = ("PySide6", "shiboken6", "matplotlib")
        print(sorted(m for m in sys.modules if m.startswith(heavy)))
    """)
    assert out == "[]"


def test_charts_draw_without_qt() -> None:
    out = _run("""
        import sys
        from awareness_app import resources
        from awareness_app.charts import make_figure
        from awareness_app.model.dataset import load_dataset
        from awareness_app.model.lesson import Audience
        from awareness_app.themes import LIGHT
        data = load_dataset(resources.edition_file(2023))
        make_figure("trend", data, Audience.ADULTS, LIGHT, 640, 360)
        print(any(m.startswith(("PySide6", "shiboken6")) for m in sys.modules))
    """)
    assert out == "False"
