"""The charts: every chart in every language, theme and size draws cleanly and truthfully.

Run with warnings as errors (`-W error`, also set in pyproject.toml): a missing glyph is a warning.
"""

from __future__ import annotations

import ast
import functools
import io
import os
import struct
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from awareness_app import i18n, resources
from awareness_app.model.charts.build import (
    CHART_IDS,
    build_spec,
    chart_rows,
    chart_source_line,
    chart_takeaway,
    chart_title,
)
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.documents.handout import CHARTS as HANDOUT_CHARTS
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience, Style
from awareness_app.model.text.figure_text import format_value
from awareness_app.plot import make_figure
from awareness_app.plot.draw import render
from awareness_app.themes import THEMES
from sweeps import EDITIONS, NEWEST, representative
from test_elementary_wording import banned_words

SRC = Path(__file__).resolve().parents[1] / "src"
SIZES = [(1280, 720), (800, 450)]


@functools.cache
def _edition(year: int) -> DataSet:
    return load_dataset(resources.edition_file(year))


# the edition each chart is tested on: 2023, the richest, except the sites where victims met the
# offender, which only the later editions report
CHART_EDITIONS = {"where-met": 2025}


@pytest.fixture
def dataset(request: pytest.FixtureRequest) -> DataSet:
    chart_id = request.getfixturevalue("chart_id") if "chart_id" in request.fixturenames else ""
    return _edition(CHART_EDITIONS.get(chart_id, 2023))


@pytest.fixture(params=["en", "ja"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The language asked for, or English while its catalogue is missing (set_language says so)."""
    i18n.set_language(request.param)
    yield i18n.current_language()
    i18n.set_language("en")


def _texts(fig: MplFigure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _render(fig: MplFigure) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. "Glyph … missing from font"
        fig.savefig(buffer, format="png")
    return buffer.getvalue()


def _draw(fig: MplFigure) -> None:
    """`fig` drawn with its pixels left unpainted (`draw_without_rendering`, matplotlib's way to
    measure what a drawing places): every text's box as a full drawing gives it (compared on
    seven charts at 800×450), in a third to a half of the time; a glyph missing from the font
    still fails (its warning comes from measuring the text)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        FigureCanvasAgg(fig)
        fig.draw_without_rendering()


def _expected(chart_id: str, data: DataSet) -> list[str]:
    """Values each chart must write, formatted for the current language."""
    year = data.year

    def v(key: str, y: int = year, style: Style = Style.NUMBER) -> str:
        # the other charts' values are built too: a figure this edition lacks is a marker that
        # no chart writes, so a chart that needs it fails
        if not data.has(key, y):
            return f"<no {key}@{y}>"
        return format_value(data.figure(key, y), style)

    return {
        "trend": [
            v("victims"),
            v("victims-elementary"),
            v("victims", 2013),
            v("victims-elementary", 2013),
        ],
        "school-level": [
            v("victims-junior-high"),
            v("victims-high-school"),
            v("victims-elementary"),
            v("victims-other-level"),
            v("victims-junior-high-share"),
            v("victims-elementary-share"),
        ],
        "serious": [
            v("serious", year - 1),
            v("serious"),
            v("serious-intercourse"),
            v("serious-abduction"),
            v("serious-other"),
            v("serious-change", style=Style.SIGNED_PERCENT),
        ],
        "offences": [
            v("offence-pornography"),
            v("offence-ordinance"),
            v("offence-prostitution"),
            v("offence-pornography-share"),
            v("offence-prostitution-share"),
        ],
        "elementary-offences": [
            v("elementary-pornography"),
            v("elementary-intercourse"),
            v("elementary-indecency"),
            v("elementary-ordinance"),
            v("elementary-abduction"),
            v("elementary-pornography-share"),
        ],
        "first-contact": [v("first-contact-bound"), v("met-on-x-or-instagram"), v("first-contact")],
        "where-met": [v("met-instagram"), v("met-x"), v("met-tiktok"), v("met-games")],
        "wider-picture": [
            v("intercourse-cases"),
            v("other-sex-offence-cases"),
            v("intercourse-cases-change", style=Style.SIGNED_PERCENT),
            v("other-sex-offence-cases-change", style=Style.SIGNED_PERCENT),
            v("intercourse-cases", year - 1, Style.ABOUT_NUMBER),
        ],
    }[chart_id]


# every chart in both languages, in the light theme at 1280×720 (the other themes and sizes:
# exhaustive)
@representative(lambda theme, size: theme == "light" and size == SIZES[0])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("theme", sorted(THEMES))
@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_chart_draws_at_its_size_with_its_values(
    dataset: DataSet, language: str, chart_id: str, theme: str, size: tuple[int, int]
) -> None:
    width, height = size
    fig = make_figure(chart_id, dataset, Audience.ADULTS, THEMES[theme], width, height)
    assert isinstance(fig, MplFigure)
    assert _png_size(_render(fig)) == (width, height)
    texts = _texts(fig)
    joined = "\n".join(texts)
    for value in _expected(chart_id, dataset):
        assert value in joined, f"{chart_id} does not write {value!r}"
    if language == "ja":
        assert "年" in joined or any(ord(c) > 0x3000 for c in joined)
    # the title, the takeaway and the source line are on it (possibly wrapped)
    flat = "".join(joined.split())
    for words in (
        chart_title(chart_id, dataset, Audience.ADULTS),
        chart_source_line(chart_id, dataset, Audience.ADULTS),
    ):
        assert "".join(words.split()) in flat


@representative(lambda size: size == (800, 450))  # the least room (the others: exhaustive)
@pytest.mark.parametrize(
    "size", [(1920, 1080), (1280, 720), (800, 450), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}"
)
@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_no_text_is_clipped_or_overlaps(
    dataset: DataSet, language: str, chart_id: str, size: tuple[int, int]
) -> None:
    width, height = size
    for audience in (Audience.ELEMENTARY, Audience.ADULTS):
        fig = make_figure(chart_id, dataset, audience, THEMES["light"], width, height)
        _boxes_apart(fig, width, height)


# A chart in a bilingual half of a 1280×720 screen: no header of its own, 580 px wide, its
# share of the slide's height (CHART_SHARE, given up down to MIN_CHART_SHARE when the slide's
# text needs the room), its type at the screen's floors. The year labels once ran into each
# other there, and the first point's figure into the ticks' figures; in the 2023 edition, the
# note under a bar's bound ran past the half's edge. Every edition: their figures differ.
HALF_WIDTH, HALF_SCREEN = 580, 720


@representative(lambda year, height: year == NEWEST and height == 320)
@pytest.mark.parametrize("height", [432, 320, 240])
@pytest.mark.parametrize("year", EDITIONS)
@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_a_bilingual_halfs_chart_keeps_its_text_apart(
    language: str, chart_id: str, year: int, height: int
) -> None:
    data = _edition(year)
    if chart_id not in {s.chart for s in fit_lesson(LESSON, data).slides}:
        pytest.skip(f"the {year} lesson shows no {chart_id} chart")
    for audience in (Audience.ELEMENTARY, Audience.ADULTS):
        fig = make_figure(
            chart_id,
            data,
            audience,
            THEMES["light"],
            HALF_WIDTH,
            height,
            header=False,
            screen_height=HALF_SCREEN,
        )
        _boxes_apart(fig, HALF_WIDTH, height)


# Where a chart is shown: a slide of one language (with its header), a chart under a slide's
# text (1715×540 on 1920×1080) and a bilingual half at two heights.
SHOWN = {
    "slide": ((1280, 720), True, None),
    "under-text": ((1715, 540), False, 1080),
    "half": ((HALF_WIDTH, 400), False, HALF_SCREEN),
    "short-half": ((HALF_WIDTH, 320), False, HALF_SCREEN),
}


@representative(lambda year, shown: year == NEWEST and shown == "half")
@pytest.mark.parametrize("shown", list(SHOWN))
@pytest.mark.parametrize("year", EDITIONS)
def test_no_tracks_edge_runs_through_a_figure(language: str, year: int, shown: str) -> None:
    """A figure written after its bar, inside the track of the bar's whole, may reach past the
    track's end: the end's line then leaves a gap for it instead of running between its letters
    (and the track keeps the rest of its outline)."""
    from awareness_app.plot.bars import TRACK_EDGE

    data = _edition(year)
    (width, height), header, screen = SHOWN[shown]
    charts = {s.chart for s in fit_lesson(LESSON, data).slides if s.chart}
    for chart_id, audience in ((c, a) for c in sorted(charts) for a in Audience):
        fig = make_figure(
            chart_id,
            data,
            audience,
            THEMES["light"],
            width,
            height,
            header=header,
            screen_height=screen,
        )
        _draw(fig)
        renderer = fig.canvas.get_renderer()
        for ax in fig.axes:
            ends = []  # the tracks' end lines: (x, y from, y to) in pixels
            open_ends = 0
            for patch in ax.patches:
                if isinstance(patch, Rectangle) and patch.get_zorder() == 1:
                    box = patch.get_window_extent(renderer)
                    if patch.get_linewidth() > 0:
                        ends.append((box.x1, box.y0, box.y1))
                    else:
                        open_ends += 1
            outlines = [line for line in ax.lines if line.get_gid() == TRACK_EDGE]
            assert bool(open_ends) == bool(outlines), (chart_id, audience)
            for line in outlines:
                points = ax.transData.transform(line.get_xydata())
                for (x0, y0), (x1, y1) in pairwise(points):
                    if abs(x0 - x1) < 0.5:
                        ends.append((x0, min(y0, y1), max(y0, y1)))
            for text in ax.texts:
                box = text.get_window_extent(renderer)
                for x, y0, y1 in ends:
                    through = box.x0 + 1 < x < box.x1 - 1 and min(box.y1, y1) - max(box.y0, y0) > 1
                    assert not through, (chart_id, audience, text.get_text())


def _boxes_apart(fig: MplFigure, width: int, height: int) -> list[tuple[str, object]]:
    """Every visible text's box, each inside the figure and overlapping no other."""
    _draw(fig)
    renderer = fig.canvas.get_renderer()
    boxes = [
        (t.get_text(), t.get_window_extent(renderer))
        for t in fig.findobj(Text)
        if t.get_visible() and t.get_text()
    ]
    for text, box in boxes:
        assert box.x0 >= -0.5 and box.y0 >= -0.5, (text, box)
        assert box.x1 <= width + 0.5 and box.y1 <= height + 0.5, (text, box)
    for i, (a_text, a) in enumerate(boxes):
        for b_text, b in boxes[i + 1 :]:
            overlap_x = min(a.x1, b.x1) - max(a.x0, b.x0)
            overlap_y = min(a.y1, b.y1) - max(a.y0, b.y0)
            assert overlap_x <= 1 or overlap_y <= 1, (a_text, b_text)
    return boxes


def _paper() -> tuple[tuple[int, int], float]:
    """The handout's chart size in pixels, and the floor in those pixels that prints at the
    handout's smallest type where its chart prints narrowest: a one-page handout's, at
    `SHORT_CHART` of the text's width on A4."""
    from awareness_app.ui.pdf.handout import CHART_SIZE, SHORT_CHART, SMALL_MIN_PT
    from awareness_app.ui.pdf.pages import A4_MARGIN_MM, A4_POINTS

    printed = SHORT_CHART * (A4_POINTS[0] - 2 * A4_MARGIN_MM * 72 / 25.4)  # points
    return CHART_SIZE, SMALL_MIN_PT * CHART_SIZE[0] / printed


# A chart printed smaller than it is drawn (the handout's): no text below the floor it is given,
# in pixels, and still nothing clipped or overlapping. The charts a handout prints
# (`model.documents.handout.CHARTS`): a chart added there is checked here.
PAPER, PAPER_FLOOR = _paper()


@pytest.mark.parametrize("chart_id", HANDOUT_CHARTS)
def test_a_chart_printed_small_keeps_its_floor_and_its_text_apart(
    dataset: DataSet, language: str, chart_id: str
) -> None:
    for audience in (Audience.ELEMENTARY, Audience.ADULTS):
        spec = build_spec(chart_id, dataset, audience)
        fig = render(spec, THEMES["light"], *PAPER, 100, least=PAPER_FLOOR)
        _boxes_apart(fig, *PAPER)
        sizes = {t.get_text(): t.get_fontsize() for t in fig.findobj(Text) if t.get_text()}
        small = {text: size for text, size in sizes.items() if size * 100 / 72 < PAPER_FLOOR - 0.01}
        assert small == {}, (chart_id, audience)


def test_a_short_panel_shows_its_rise_and_its_last_figure_clears_the_axis() -> None:
    """The trend chart at the handout's one-page floor: the pupils' panel, whose highest point is
    its last (its figure written beside it), rises into the upper half of the panel (room over
    a point is kept only for what is written over it; the panel below keeps room over 2019's
    peak for its figure); and in each panel the last figure, beside its point, is above the
    panel's axis."""
    spec = build_spec("trend", _edition(NEWEST), Audience.ELEMENTARY)
    fig = render(spec, THEMES["light"], *PAPER, 100, least=PAPER_FLOOR)
    _draw(fig)
    renderer = fig.canvas.get_renderer()
    assert len(fig.axes) == len(spec.panels) == 2
    pupils = spec.panels[0].points
    assert max(p.value for p in pupils) == pupils[-1].value
    assert pupils[-1].value / fig.axes[0].get_ylim()[1] >= 0.5
    for ax, panel in zip(fig.axes, spec.panels, strict=True):
        last = next(t for t in ax.texts if t.get_text() == panel.points[-1].text)
        assert last.get_window_extent(renderer).y0 >= ax.get_window_extent(renderer).y0


def test_chart_text_grows_with_the_text_size(dataset: DataSet) -> None:
    spec = build_spec("trend", dataset, Audience.ADULTS)

    def sizes(scale: float) -> dict[str, float]:
        fig = render(spec, THEMES["light"], 1728, 640, 100, False, scale, 1080)
        return {t.get_text(): t.get_fontsize() for t in fig.findobj(Text) if t.get_text()}

    default, larger = sizes(1.0), sizes(1.3)
    values = {point.text for panel in spec.panels for point in panel.points if point.text}
    assert values <= default.keys() & larger.keys()
    # every text grows (a tick whose label would touch its neighbour's keeps only its line)
    # and the source line wraps differently: compare its lines' sizes as one
    default = {k: v for k, v in default.items() if k not in spec.source_line}
    larger = {k: v for k, v in larger.items() if k not in spec.source_line}
    # the axis may choose other round ticks at another size (100 or 150): compare the texts both
    # sizes show, and at least every text that is not a tick
    shared = larger.keys() & default.keys()
    assert {k for k in larger if not k.isdigit()} <= shared
    assert all(larger[text] > default[text] for text in shared)


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_text_is_projector_sized(dataset: DataSet, chart_id: str) -> None:
    fig = make_figure(chart_id, dataset, Audience.JUNIOR_HIGH, THEMES["dark"], 1280, 720)
    _draw(fig)
    sizes = [t.get_fontsize() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]
    assert min(sizes) >= 11
    families = {t.get_fontfamily()[0] for t in fig.findobj(Text) if t.get_text()}
    assert families == {resources.FONT_FAMILY}


def test_other_dpi_keeps_the_pixel_size(dataset: DataSet) -> None:
    for dpi in (72, 96, 144, 192):
        fig = make_figure("serious", dataset, Audience.ADULTS, THEMES["light"], 1280, 720, dpi=dpi)
        assert _png_size(_render(fig)) == (1280, 720)


def test_bounds_are_drawn_as_bounds(dataset: DataSet, language: str) -> None:
    fig = make_figure("first-contact", dataset, Audience.ADULTS, THEMES["light"], 1280, 720)
    _draw(fig)
    joined = "\n".join(_texts(fig))
    more_than = dataset.figure("first-contact-bound")
    nearly = dataset.figure("met-on-x-or-instagram")
    assert more_than.bound == "more-than" and nearly.bound == "nearly"
    # the bound is written as a bound ...
    assert format_value(more_than) in joined
    assert format_value(nearly) in joined
    if language == "en":
        assert "more than 70%" in joined and "nearly 60%" in joined
    # ... and drawn so that the eye reads the bound: each bar solid up to its bound, with a
    # line there (dashed for "nearly"); "more than" fades out past it to an arrow
    rects = [p for p in fig.findobj(Rectangle) if p.get_gid()]
    solid = {p.get_gid(): p.get_width() for p in rects if p.get_gid().endswith("-solid")}
    assert solid["bound-more-than-solid"] == pytest.approx(more_than.value)
    # "nearly" stops short of its bound and fades towards it: never an exact bar
    assert solid["bound-nearly-solid"] < nearly.value * 0.9
    gids = {p.get_gid() for p in rects}
    assert "bound-more-than-fade" in gids and "bound-nearly-fade" in gids
    assert any(a.get_gid() == "bound-more-than-arrow" for a in fig.findobj())
    fades = [p for p in rects if p.get_gid() == "bound-more-than-fade"]
    assert min(p.get_x() for p in fades) == pytest.approx(more_than.value)
    lines = {a.get_gid(): a for a in fig.findobj() if str(a.get_gid()).endswith("-line")}
    assert lines["bound-nearly-line"].get_xdata()[0] == pytest.approx(nearly.value)


def test_derived_figures_are_drawn_as_derived(dataset: DataSet, language: str) -> None:
    derived = i18n._("derived")
    fig = make_figure("wider-picture", dataset, Audience.ADULTS, THEMES["light"], 1280, 720)
    _draw(fig)
    hatched = [p for p in fig.findobj(Rectangle) if p.get_gid() == "derived"]
    assert len(hatched) == 2 and all(p.get_hatch() for p in hatched)
    implied = dataset.figure("intercourse-cases", dataset.year - 1)
    assert implied.grade == "derived"
    assert any(p.get_width() == pytest.approx(implied.value) for p in hatched)
    assert sum(derived in t for t in _texts(fig)) >= 2
    # the trend's derived year is a hollow marker, labelled
    fig = make_figure("trend", dataset, Audience.ADULTS, THEMES["light"], 1280, 720)
    _draw(fig)
    hollow = [a for a in fig.findobj() if a.get_gid() == "derived"]
    assert len(hollow) == 2
    assert derived in _texts(fig)


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_elementary_wording_is_never_explicit(
    dataset: DataSet, language: str, chart_id: str
) -> None:
    fig = make_figure(chart_id, dataset, Audience.ELEMENTARY, THEMES["light"], 1280, 720)
    _draw(fig)
    joined = "\n".join(_texts(fig))
    joined += "\n" + chart_title(chart_id, dataset, Audience.ELEMENTARY)
    assert banned_words(joined) == [], f"{chart_id} shows these to elementary pupils"


def test_official_terms_for_older_audiences(dataset: DataSet) -> None:
    for audience in (Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL, Audience.ADULTS):
        fig = make_figure("elementary-offences", dataset, audience, THEMES["light"], 1280, 720)
        joined = "\n".join(_texts(fig))
        assert "Child pornography" in joined
        assert "Non-consensual sexual intercourse" in joined
    fig = make_figure(
        "elementary-offences", dataset, Audience.ELEMENTARY, THEMES["light"], 1280, 720
    )
    assert "Pressured into sending photos of their body" in _texts(fig)


def test_rows_are_the_figures_drawn(dataset: DataSet) -> None:
    for chart_id in CHART_IDS:
        data = _edition(CHART_EDITIONS.get(chart_id, 2023))
        rows = chart_rows(chart_id, data, Audience.ADULTS)
        assert rows and len(rows) == len(set(rows))
        assert all(data.figures[r.ref] == r for r in rows)
        assert chart_title(chart_id, data, Audience.ADULTS)
        assert chart_takeaway(chart_id, data, Audience.ADULTS)
        sources = chart_source_line(chart_id, data, Audience.ADULTS)
        assert sources.startswith("Source: National Police Agency")
    trend = chart_rows("trend", dataset, Audience.ADULTS)
    assert [f.year for f in trend if f.key == "victims"] == list(range(2013, 2024))
    assert trend[0].key == "victims-elementary"
    offences = [f.key for f in chart_rows("elementary-offences", dataset, Audience.ADULTS)]
    assert offences.index("elementary-pornography") < offences.index("elementary-intercourse")


def test_source_line_names_each_outlet_once(dataset: DataSet) -> None:
    line = chart_source_line("trend", dataset, Audience.ADULTS)
    assert line.count("The Japan Times") == 1
    assert "(2013–2023)" in line
    assert "derived" in line  # 2018 is derived
    assert "derived" not in chart_source_line("offences", dataset, Audience.ADULTS)


def test_unknown_chart_is_refused(dataset: DataSet) -> None:
    with pytest.raises(ValueError, match="unknown chart"):
        chart_title("pie", dataset, Audience.ADULTS)
    with pytest.raises(ValueError):
        make_figure("trend", dataset, Audience.ADULTS, THEMES["light"], 0, 720)


def test_importing_charts_does_not_import_matplotlib() -> None:
    code = textwrap.dedent("""
        import sys
        import awareness_app.plot
        from awareness_app import resources
        from awareness_app.model.charts.build import CHART_IDS, chart_rows, chart_title
        from awareness_app.model.data.dataset import load_dataset
        from awareness_app.model.lesson.lesson import Audience
        data = load_dataset(resources.edition_file(2023))
        for chart in CHART_IDS:
            chart_title(chart, data, Audience.ADULTS)
            chart_rows(chart, data, Audience.ADULTS)
        print(sorted(m for m in sys.modules if m.startswith(("matplotlib", "PySide6"))))
    """)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])]),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "[]"


def test_charts_import_no_pyplot_and_no_qt() -> None:
    for path in (SRC / "awareness_app" / "plot").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        ]
        names += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
        for name in names:
            assert "pyplot" not in name and not name.startswith("PySide6"), (path.name, name)
            assert "backend_qt" not in name, (path.name, name)


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_a_tiny_chart_draws_what_fits_without_failing(dataset: DataSet, chart_id: str) -> None:
    """The console's preview of the next slide can leave a chart a thumbnail."""
    spec = build_spec(chart_id, dataset, Audience.ADULTS)
    for width, height in ((160, 90), (400, 60)):
        fig = render(spec, THEMES["light"], width, height, 100, False, 1.0, 720)
        _draw(fig)
        assert _png_size(_render(fig)) == (width, height)
