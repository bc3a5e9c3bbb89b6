"""Whether a data set can carry the lesson: every figure the slides, charts, quiz and handout name
is in it. No Qt here.

`load_dataset` checks that a file is a sound data set; a teacher's or a district's newer file
must also have the figures this lesson shows (the same keys, for the years the lesson names).
Opening a data set runs both checks before anything uses it.
"""

from __future__ import annotations

from .dataset import DataSet
from .lesson import Audience, Lesson


def lesson_problems(lesson: Lesson, dataset: DataSet, limit: int = 5) -> list[str]:
    """What the lesson needs that `dataset` lacks, as sentences ([] when it fits); at most
    `limit` of them."""
    from ..charts.spec import build_spec
    from .handout import CAPTION_VALUES, KEY_FIGURES
    from .render import render_slide

    problems: list[str] = []

    def note(text: str) -> None:
        if text not in problems:
            problems.append(text)

    needed = {(v.key, v.year) for slide in lesson.slides for v in slide.all_values()}
    needed |= {(k.value.key, k.value.year) for k in KEY_FIGURES}
    needed |= {(v.key, v.year) for v in CAPTION_VALUES}
    for key, year in sorted(needed, key=lambda ref: (ref[0], ref[1] or 0)):
        wanted = dataset.year if year is None else year
        if (key, wanted) not in dataset.figures:
            note(
                f"{dataset.path}: the lesson needs the figure {key!r} for {wanted}, which is "
                "not in this data set"
            )
    if not dataset.helplines:
        note(f"{dataset.path}: the closing slide needs [[helplines]]; this data set has none")
    for source_id in {sid for slide in lesson.slides for sid in slide.sources}:
        if source_id not in dataset.sources:
            note(
                f"{dataset.path}: the guidance slides need the source {source_id!r}, which is "
                "not in this data set"
            )
    if problems:
        return problems[:limit]
    # the wording and the charts: render every slide and chart for every audience
    charts = {slide.chart for slide in lesson.slides if slide.chart}
    for audience in Audience:
        for slide in lesson.for_audience(audience):
            try:
                render_slide(lesson, slide, audience, dataset, contacts=())
            except (KeyError, ValueError, IndexError) as error:
                note(
                    f"{dataset.path}: slide {slide.id!r} cannot be shown with this data set "
                    f"({error})"
                )
        for chart in charts:
            try:
                build_spec(chart, dataset, audience)
            except (KeyError, ValueError, IndexError) as error:
                note(
                    f"{dataset.path}: chart {chart!r} cannot be drawn with this data set ({error})"
                )
        if len(problems) >= limit:
            break
    return problems[:limit]
