"""The toolbar's choice of the edition of the figures (the window's `edition_box`)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ... import i18n, resources
from ...i18n import _
from ...model.data.dataset import DataSet
from ...model.lesson.render import edition_line, is_built_in
from ..plain import as_plain


def fill_edition_box(box: QComboBox, dataset: DataSet) -> None:
    """Each built-in edition by its year, newest first, with `dataset` (the data in use)
    selected; a file that is not a built-in edition is an entry of its own."""
    box.blockSignals(True)
    box.clear()
    built_in = is_built_in(dataset)
    for year in sorted(resources.editions(), reverse=True):
        box.addItem(i18n.format_year(year), year)  # the year the figures cover
        if built_in and year == dataset.year:
            box.setCurrentIndex(box.count() - 1)
    if box.currentIndex() < 0:
        # NOTE: an entry of the edition box for a data file the teacher opened
        box.addItem(_("{title} (file)").format(title=_(dataset.title)), 0)
        box.setCurrentIndex(box.count() - 1)
    box.setToolTip(as_plain(edition_line(dataset)))
    box.blockSignals(False)
