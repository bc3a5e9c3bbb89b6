"""The PowerPoint files that several test files read, each written once in a test process.

A deck takes a second or more to write, and five files read the same ones (the newest edition's
at the ends of the rooms, the 2023 edition's for the terms and the quiz): they share them here.
Only for decks made from the shipped editions and catalogues: a test that changes either
writes its own."""

from __future__ import annotations

from functools import cache

from awareness_app import resources
from awareness_app.export.pptx import deck as pptx_export
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience

CHART_WIDTH = 480  # small pictures: the tests check what is written, not how sharp it is


@cache
def edition(year: int) -> DataSet:
    """The shipped edition of `year`."""
    return load_dataset(resources.edition_file(year))


def year_of(dataset: DataSet) -> int:
    """The edition `dataset` was read from; a data set of a test's own is refused."""
    for year in resources.editions():
        if dataset == edition(year):
            return year
    raise ValueError(f"not a shipped edition: {dataset.path}")


@cache
def pptx_file(year: int, audience: Audience, language: str) -> bytes:
    """The PowerPoint file of the lesson fitted to the edition of `year`, for `audience` in
    `language`, as the app writes it."""
    dataset = edition(year)
    return pptx_export.pptx_bytes(
        fit_lesson(LESSON, dataset),
        audience,
        dataset,
        language,
        chart_width=CHART_WIDTH,
    )
