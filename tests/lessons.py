"""The lesson as the 2023 edition shows it: most tests check the 2023 figures, the richest edition
(`test_editions.py` covers every edition)."""

from __future__ import annotations

from awareness_app import resources
from awareness_app.model.data.dataset import load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.lesson.content import LESSON as EVERY_SLIDE

LESSON = fit_lesson(EVERY_SLIDE, load_dataset(resources.edition_file(2023)))
