"""Charts as files (PNG, SVG, CSV) from the command line and the chart's own menu; the table."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from awareness_app import cli
from awareness_app.export.chart_files import lesson_charts
from awareness_app.model.charts.build import chart_rows
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.lesson import Audience
from lessons import LESSON

SVG = "{http://www.w3.org/2000/svg}"


def _check_csv(path: Path, dataset: DataSet) -> int:
    # UTF-8 with a byte-order mark, which Excel on a Japanese PC needs
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fp:
        rows = list(csv.DictReader(fp))
    assert next(iter(rows[0])) == "chart"
    assert rows, path
    for row in rows:
        figure = dataset.figure(row["key"], int(row["year"]))
        # the value as the chart shows it: rounded to the figure's decimals
        assert float(row["value"]) == round(figure.value, figure.decimals), row
        assert row["bound"] == figure.bound, row
        assert row["unit"] == figure.unit and row["grade"] == figure.grade
        assert row["source"], row
    return len(rows)


def test_export_charts_from_the_command_line(tmp_path: Path, dataset: DataSet) -> None:
    out = tmp_path / "charts"
    args = [
        "--edition",
        "2023",
        "--lang",
        "ja",
        "--audience",
        "adults",
        "--export-charts",
        str(out),
        "--size",
        "1280x720",
    ]
    assert cli.main(args) == 0
    charts = lesson_charts(LESSON, Audience.ADULTS)
    assert len(charts) == 7
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{c}.{fmt}" for c in charts for fmt in ("png", "svg", "csv")
    )
    for chart in charts:
        image = QImage(str(out / f"{chart}.png"))
        assert (image.width(), image.height()) == (1280, 720)
        svg = ET.parse(out / f"{chart}.svg").getroot()
        assert svg.tag == f"{SVG}svg"
        title = svg.find(f"{SVG}title")
        assert title is not None and any("\u3040" <= ch <= "\u9fff" for ch in title.text or "")
        count = _check_csv(out / f"{chart}.csv", dataset)
        assert count == len(chart_rows(chart, dataset, Audience.ADULTS))
    assert not list(out.glob(".*.tmp"))
    assert (out / "trend.csv").stat().st_mode & 0o044  # readable by others, like any file


def test_elementary_lesson_has_no_offence_chart(tmp_path: Path) -> None:
    assert cli.main(["--audience", "elementary", "--export-charts", str(tmp_path)]) == 0
    assert not (tmp_path / "offences.csv").exists()
    assert (tmp_path / "elementary-offences.csv").exists()


def test_export_charts_to_an_unwritable_place(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--export-charts", str(blocker / "sub" / "charts")])
    assert exit_info.value.code == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_full_disk_names_the_file_and_what_was_written(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #24, 9: the disk fills up at the second file (the atomic writer fails as on a full
    disk); the message names that file, not "x", and the file written before it."""
    import errno

    from awareness_app.export import chart_files as export

    real = export.write_bytes_atomic
    calls: list[Path] = []

    def fills_up(path: Path, data: bytes) -> None:
        calls.append(Path(path))
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data)

    monkeypatch.setattr(export, "write_bytes_atomic", fills_up)
    out = tmp_path / "charts"
    assert cli.main(["--edition", "2025", "--export-charts", str(out)]) == 1
    err = capsys.readouterr().err
    first, second = calls
    assert first.name == "trend.png" and second.name == "trend.svg"
    assert sorted(p.name for p in out.iterdir()) == ["trend.png"]  # kept, read back below
    assert QImage(str(out / "trend.png")).width() > 0
    assert err.strip() == (
        f"awareness-app: {second} could not be written: the disk is full. "
        f"The files written before it are kept in {out}: trend.png."
    )
    assert "Nothing was saved" not in err and f"{out}/x" not in err
