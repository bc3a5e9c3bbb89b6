"""What an export reads from the classroom, in one frozen object. No Qt.

Every exporter has one signature, `write(path, what: ExportRequest)` (`export/registry.py`);
it never sees the classroom itself (`model/classroom.py`). The request is made from the
classroom in one place, `request_from`, by the command line (`cli_exports.py`) and the window
(`ui/window/file_actions.py`) alike; what one export alone asks (the handout's languages, the
deck's notes) is given to it as an option.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from ..model.classroom import ChartThread, Classroom
from ..model.data.dataset import DataSet
from ..model.data.edition_age import EditionDate
from ..model.lesson.contacts import LocalContact
from ..model.lesson.lesson import Audience, Lesson
from ..model.text.furigana import DEFAULT
from ..themes import LIGHT, Theme

# how the two languages of a bilingual PowerPoint file pair: each slide with the other language
# under it, or each slide followed by its other language's (`export/pptx/bilingual.py`)
UNDER = "under"
ALTERNATE = "alternate"
PAIRINGS = (UNDER, ALTERNATE)


@dataclass(frozen=True)
class ExportRequest:
    """The lesson as planned and fitted to the edition, and everything an export needs."""

    lesson: Lesson
    dataset: DataSet
    audience: Audience
    language: str
    minutes: int  # the lesson's length (the lesson guide)
    contacts: tuple[LocalContact, ...] = ()
    theme: Theme = LIGHT  # the charts' (--export-charts); paper is printed in `paper_theme`
    furigana: str = DEFAULT
    outdated: EditionDate | None = None  # the newest edition, when probably out of date
    # the handout's, worksheet's or PowerPoint file's languages, first first; empty: `language`
    languages: tuple[str, ...] = ()
    pairing: str = UNDER  # a bilingual PowerPoint file: the other language under, or after
    with_notes: bool = False  # the lesson PDF: each slide with its speaker notes
    paper_theme: Theme | None = None  # the lesson PDF's theme; None: the light one
    size: tuple[int, int] = (1920, 1080)  # the charts' PNG size; the PowerPoint's chart width
    charts: ChartThread | None = None  # the thread charts are drawn in; None: this one

    @property
    def chosen_languages(self) -> tuple[str, ...]:
        return self.languages or (self.language,)

    def run_chart(self, job: Callable[[], bytes]) -> bytes:
        """Draw a chart (`job`) in the classroom's chart thread, or here without one."""
        if self.charts is None:
            return job()
        return self.charts.submit_job(job).result()  # type: ignore[return-value]


def request_from(classroom: Classroom, **options: object) -> ExportRequest:
    """The request for an export of `classroom`; `options`: the export's own fields
    (`languages`, `pairing`, `with_notes`, `paper_theme`, `size`)."""
    request = ExportRequest(
        lesson=classroom.lesson,
        dataset=classroom.dataset,
        audience=classroom.audience,
        language=classroom.language,
        contacts=tuple(classroom.contacts),
        theme=classroom.theme,
        furigana=classroom.furigana,
        outdated=classroom.outdated(),
        minutes=classroom.lesson_minutes(),
        charts=classroom.charts,
    )
    if "languages" in options:
        languages = cast("Sequence[str] | None", options["languages"])
        options["languages"] = tuple(languages or ())  # frozen: a tuple, not the caller's list
    return dataclasses.replace(request, **options)  # type: ignore[arg-type]
