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

import tomllib
from dataclasses import replace
from pathlib import Path

from ... import i18n
from ..charts.build import build_spec
from ..lesson.lesson import Audience, Lesson, Slide, Text
from ..lesson.render import render_slide
from ..text.figure_text import find_value, value_year
from ..text.text_file import TextFileError, read_text_file
from .dataset import DataSet, DataSetError, load_dataset


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
    try:
        dataset = load_dataset(path)
    except DataSetError:
        unfinished = template_problem(path, lesson)  # a new edition's file, not filled in yet
        if unfinished:
            raise DataSetError(path, "figures", unfinished) from None
        raise
    problems = lesson_problems(lesson, dataset, limit=1)
    if problems:
        raise DataSetError(path, "lesson", problems[0].removeprefix(f"{dataset.path}: "))
    return dataset


def template_problem(path: Path | str, lesson: Lesson) -> str:
    """For a data file with values still empty (`--new-edition`'s template), what it lacks, in
    the current language: the fields still empty, the figures the lesson still lacks (by their
    labels) and the slides left out until they are filled in (by their titles); "" for a file
    with nothing left empty."""
    from ... import resources
    from ...i18n import _, join_list
    from ..lesson.plan import slide_name
    from .dataset import dataset_from_raw
    from .edition_template import unfilled, without

    try:  # read as every data file is (never a FIFO, a device or a huge file)
        raw = tomllib.loads(read_text_file(path))
    except (OSError, TextFileError, tomllib.TOMLDecodeError):
        return ""
    fields, figures = unfilled(raw)
    if not fields and not figures:
        return ""
    # NOTE: a figure not filled in yet, in a list, e.g. "Children victimised through social
    # media (2026)"
    labels = [_("{label} ({year})").format(label=_(lab), year=y) for _k, y, lab in figures]
    newest = load_dataset(resources.edition_file(resources.newest_edition()))
    try:
        partial = dataset_from_raw(without(raw, [(k, y) for k, y, _lab in figures]), path)
        shown = fit_lesson(lesson, partial)
    except DataSetError:
        shown = None
    before = fit_lesson(lesson, newest)
    left_out: list[str] = []
    for audience in Audience:
        kept = {s.id for s in shown.for_audience(audience)} if shown is not None else set()
        for slide in before.for_audience(audience):
            if slide.id not in kept:
                left_out.append(slide_name(slide.id, audience, [before]))
    parts = []
    if fields:
        # NOTE: checking a new year's data file; {fields} names its settings, e.g.
        # "dataset.released, sources.release-2026"
        parts.append(_("Not filled in yet: {fields}.").format(fields=", ".join(fields)))
    if labels:
        # NOTE: checking a new year's data file; {figures} lists the figures' names
        parts.append(
            _("The lesson still lacks these figures: {figures}.").format(
                figures=join_list(list(dict.fromkeys(labels)))
            )
        )
    if left_out:
        # NOTE: checking a new year's data file; {slides} lists slides' titles in quotes
        parts.append(
            _("Until they are filled in, these slides are left out: {slides}.").format(
                slides=join_list(list(dict.fromkeys(left_out)))
            )
        )
    return ("" if i18n.current_language() == "ja" else " ").join(parts)
