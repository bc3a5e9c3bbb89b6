"""Fitting the lesson to an edition of the data: which slides it can show, and whether it can
carry the lesson at all. No Qt here.

Each slide declares the figures it needs: its values (those not marked optional) and the keys
its chart needs (`Slide.requires`). `fit_lesson` keeps, of each slide's variants, those that the
edition can fill; a slide that no variant fits is left out, and the slide before it says in its
speaker notes what the edition did not publish (`Slide.unpublished`). A slide without such a
note is one the lesson cannot do without: a data set that lacks its figures is refused by
`lesson_problems`, with a message that names the figure.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .charts import build_spec
from .dataset import DataSet, DataSetError, load_dataset
from .figure_text import find_value, value_year
from .lesson import Audience, Lesson, Slide, Text
from .render import render_slide


def missing_figures(slide: Slide, dataset: DataSet) -> list[str]:
    """The figures `slide` needs that `dataset` lacks, as "key@year" (or "key" for a series)."""
    missing = []
    for value in slide.all_values():
        if not value.optional and find_value(dataset, value) is None:
            year = value_year(dataset, value)
            missing.append(value.key if year is None else f"{value.key}@{year}")
    missing += [f"{key}@{dataset.year}" for key in slide.requires if not dataset.has(key)]
    return missing


def fit_lesson(lesson: Lesson, dataset: DataSet) -> Lesson:
    """The lesson as `dataset` can show it (see the module's docstring)."""
    kept: list[Slide] = []
    for group in lesson.variants():
        fitting = [s for s in group if not missing_figures(s, dataset)]
        # for each audience, the first variant that fits and is for it
        chosen = {id(next((s for s in fitting if a in s.audiences), None)) for a in Audience}
        fitting = [s for s in fitting if id(s) in chosen]
        if fitting:
            kept += fitting
            continue
        left_out = group[0]
        if not kept or not left_out.unpublished.default:
            continue  # refused by lesson_problems; never shown
        # the notes are read only by the audiences whose lesson had the slide
        silent = {a: "" for a in Audience if a not in left_out.audiences}
        notes = tuple(
            Text(note.default, {**note.variants, **silent})
            for note in (left_out.unpublished, left_out.unpublished_see)
            if note.default
        )
        kept[-1] = replace(kept[-1], extra_notes=(*kept[-1].extra_notes, *notes))
    return Lesson(lesson.id, lesson.title, tuple(kept))


def lesson_problems(lesson: Lesson, dataset: DataSet, limit: int = 5) -> list[str]:
    """What the lesson needs that `dataset` lacks, as sentences ([] when it fits); at most
    `limit` of them."""
    problems: list[str] = []

    def note(text: str) -> None:
        if text not in problems:
            problems.append(text)

    for group in lesson.variants():
        if group[0].unpublished.default:
            continue
        if all(missing_figures(s, dataset) for s in group):
            for figure in missing_figures(group[0], dataset):
                note(
                    f"{dataset.path}: the lesson needs the figure {figure!r}, which is not in "
                    "this data set"
                )
    if not dataset.helplines:
        note(f"{dataset.path}: the closing slide needs [[helplines]]; this data set has none")
    for source_id in {
        sid for slide in lesson.slides for a in Audience for sid in slide.sources_for(a)
    }:
        if source_id not in dataset.sources:
            note(
                f"{dataset.path}: the guidance slides need the source {source_id!r}, which is "
                "not in this data set"
            )
    if problems:
        return problems[:limit]
    # the wording and the charts: render every slide and chart for every audience
    fitted = fit_lesson(lesson, dataset)
    for audience in Audience:
        for slide in fitted.for_audience(audience):
            try:
                render_slide(fitted, slide, audience, dataset, contacts=())
            except (KeyError, ValueError, IndexError) as error:
                note(
                    f"{dataset.path}: slide {slide.id!r} cannot be shown with this data set "
                    f"({error})"
                )
            if slide.chart:
                try:
                    build_spec(slide.chart, dataset, audience)
                except (KeyError, ValueError, IndexError) as error:
                    note(
                        f"{dataset.path}: chart {slide.chart!r} cannot be drawn with this data "
                        f"set ({error})"
                    )
        if len(problems) >= limit:
            break
    return problems[:limit]


def open_dataset(path: Path | str, lesson: Lesson) -> DataSet:
    """Load `path` and check it can carry `lesson`: the one check for every way in (`--data`,
    `--edition`, a site configuration, File › Open). Raises `DataSetError` naming the field, or
    the first figure the lesson needs that the file lacks."""
    dataset = load_dataset(path)
    problems = lesson_problems(lesson, dataset, limit=1)
    if problems:
        raise DataSetError(path, "lesson", problems[0].removeprefix(f"{dataset.path}: "))
    return dataset
