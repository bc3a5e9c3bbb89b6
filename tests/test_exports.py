"""Issue 25, point 4: one room for the exports, one signature, one registry."""

from __future__ import annotations

from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "awareness_app"


def test_the_svg_of_a_chart_is_written_in_one_place() -> None:
    """The SVG export and the PDFs' charts share `export.charts.svg_bytes`."""
    writers = [
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if 'format="svg"' in path.read_text(encoding="utf-8")
    ]
    assert writers == ["export/charts.py"]
