"""Charts written to files: PNG (at a chosen size), SVG and CSV (value, unit, year, grade, source).

No Qt. Every file is written atomically. The words follow the current language.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import write_bytes_atomic
from ..i18n import _, temporary_language
from ..model.charts.build import chart_rows, chart_title
from ..model.data.dataset import DataSet
from ..model.lesson.lesson import Audience, Lesson
from ..model.text.figure_text import format_value
from ..model.text.furigana import DEFAULT
from ..model.text.plain_labels import figure_label, source_title, source_url
from ..plot import make_figure
from ..themes import Theme
from .request import ExportRequest

if TYPE_CHECKING:
    import matplotlib.figure

FORMATS = ("png", "svg", "csv")
# `value` is as the chart shows it (a derived count rounded like "about 474"); `bound` says
# whether it is exact or known only as a bound ("more-than" 70, "nearly" 60)
CSV_COLUMNS = (
    "chart",
    "key",
    "label",
    "value",
    "bound",
    "unit",
    "year",
    "grade",
    "source",
    "url",
)


def figure_bytes(
    chart_id: str,
    dataset: DataSet,
    audience: Audience,
    theme: Theme,
    fmt: str,
    width: int = 1920,
    height: int = 1080,
    *,
    header: bool = True,
    dpi: float = 100,
    screen_height: float | None = None,
    furigana: str = DEFAULT,
) -> bytes:
    """The chart as PNG or SVG bytes; the SVG draws its text as outlines, so it needs no font.
    Without `header`: without the chart's title and takeaway (under a slide's own title).
    `screen_height`: the height of the slide it is placed on (see `draw.render`)."""
    figure = make_figure(
        chart_id, dataset, audience, theme, width, height, dpi, header, screen_height, furigana
    )
    buffer = io.BytesIO()
    metadata = {"Title": chart_title(chart_id, dataset, audience, furigana)}
    if fmt == "svg":
        return svg_bytes(figure, chart_id, metadata["Title"])
    if fmt == "png":
        figure.savefig(buffer, format="png", metadata=metadata)
    else:
        raise ValueError(f"unknown image format {fmt!r}")
    return buffer.getvalue()


def svg_bytes(
    figure: matplotlib.figure.Figure,
    chart_id: str,
    title: str | None = None,
    outlines: bool = True,
) -> bytes:
    """The one SVG writer of a chart (the SVG export and the charts of the PDFs): its text as
    outlines, so it needs no font (the SVG export); the same bytes for the same chart (no
    date, ids salted with the chart's id); `title` in its metadata.

    Without `outlines` its text is text, in the shipped font by name: for the PDFs, which
    Qt draws with the font loaded and embeds once. Outlines there made each chart page
    1.3-1.9 MB of paths (a lesson PDF of 3 MB, 150 ms a page to compress) and its figures
    impossible to search or copy."""
    import matplotlib

    buffer = io.BytesIO()
    metadata = {"Title": title} if title is not None else {}
    fonttype = "path" if outlines else "none"
    with matplotlib.rc_context({"svg.fonttype": fonttype, "svg.hashsalt": chart_id}):
        figure.savefig(buffer, format="svg", metadata={**metadata, "Date": None})
    return buffer.getvalue()


def _number(value: float) -> str:
    """A value as the data file has it: whole numbers without a decimal point."""
    return str(int(value)) if float(value).is_integer() else f"{value:.4f}".rstrip("0")


def table_rows(chart_id: str, dataset: DataSet, audience: Audience) -> list[dict[str, str]]:
    """One row per figure the chart shows, with its grade and sources, keyed by `CSV_COLUMNS`
    (the CSV export, and the chart's table in a PowerPoint slide's notes), and `shown`: the
    value written out for the current language, with its bound and unit ("more than 70%")."""
    rows = []
    for figure in chart_rows(chart_id, dataset, audience):
        sources = dataset.sources_of(figure)
        values = [
            chart_id,
            figure.key,
            figure_label(figure, audience),
            _number(round(figure.value, figure.decimals)),
            figure.bound,
            figure.unit,
            str(figure.year),
            figure.grade,
            "; ".join(f"{_(s.publisher)}: {source_title(s, audience)}" for s in sources),
            " ".join(u for s in sources if (u := source_url(s, audience))),
        ]
        row = dict(zip(CSV_COLUMNS, values, strict=True))
        row["shown"] = format_value(figure, audience=audience)
        rows.append(row)
    return rows


def csv_text(chart_id: str, dataset: DataSet, audience: Audience) -> str:
    """One row per figure the chart shows, with its grade and sources."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in table_rows(chart_id, dataset, audience):
        writer.writerow([row[column] for column in CSV_COLUMNS])
    return out.getvalue()


def export_chart(
    chart_id: str,
    dataset: DataSet,
    audience: Audience,
    theme: Theme,
    path: Path,
    fmt: str,
    size: tuple[int, int] = (1920, 1080),
    furigana: str = DEFAULT,
) -> Path:
    """Write one chart in one format to `path`, its words as the `furigana` setting has them."""
    if fmt == "csv":
        # UTF-8 with a byte-order mark: Excel on a Japanese PC reads the Japanese correctly
        write_bytes_atomic(path, csv_text(chart_id, dataset, audience).encode("utf-8-sig"))
    else:
        data = figure_bytes(chart_id, dataset, audience, theme, fmt, *size, furigana=furigana)
        write_bytes_atomic(path, data)
    return path


def lesson_charts(lesson: Lesson, audience: Audience) -> list[str]:
    """The charts of the audience's lesson, in slide order, each once."""
    return list(dict.fromkeys(s.chart for s in lesson.for_audience(audience) if s.chart))


def export_lesson_charts(
    lesson: Lesson,
    audience: Audience,
    dataset: DataSet,
    theme: Theme,
    folder: Path,
    size: tuple[int, int] = (1920, 1080),
    furigana: str = DEFAULT,
) -> list[Path]:
    """Every chart of the lesson in all three formats, into `folder` (created if needed). A
    file that cannot be written (a full disk) stops the export with `ChartsNotWritten`, which
    names that file and those written before it."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for chart_id in lesson_charts(lesson, audience):
        for fmt in FORMATS:
            path = folder / f"{chart_id}.{fmt}"
            try:
                written.append(
                    export_chart(chart_id, dataset, audience, theme, path, fmt, size, furigana)
                )
            except OSError as error:
                raise ChartsNotWritten(path, written, error) from error
    return written


def write_charts(path: Path, what: ExportRequest) -> list[Path]:
    """Every chart of `what`'s lesson for its audience, in its language, theme and furigana
    setting, as PNG (at `what.size`), SVG and CSV into the folder `path`; `ChartsNotWritten`
    when a file cannot be written."""
    with temporary_language(what.language):
        return export_lesson_charts(
            what.lesson, what.audience, what.dataset, what.theme, path, what.size, what.furigana
        )


class ChartsNotWritten(OSError):
    """Writing the charts stopped at `path`; `written`: the files written before it (kept)."""

    def __init__(self, path: Path, written: list[Path], error: OSError) -> None:
        super().__init__(error.errno, error.strerror or str(error))
        self.path = path
        self.written = list(written)
        self.error = error

    def message(self) -> str:
        """What happened, in the current language: the real file, and what was written."""
        from ..atomic import error_reason, write_error_message

        first = write_error_message(self.path, self.error)
        if not first.startswith(str(self.path)):  # the folder is missing or read-only
            return first
        reason = error_reason(self.error)
        if not self.written:
            # NOTE: --export-charts stopped at the first file (a full disk)
            return _("{file} could not be written: {reason}. No chart was written.").format(
                file=self.path, reason=reason
            )
        # NOTE: --export-charts stopped part way (a full disk); {files} lists the files written
        return _(
            "{file} could not be written: {reason}. The files written before it are kept in "
            "{folder}: {files}."
        ).format(
            file=self.path,
            reason=reason,
            folder=self.path.parent,
            files=_(", ").join(p.name for p in self.written),
        )
