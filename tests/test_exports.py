"""Issue 25, point 4: one room for the exports, one signature, one registry.

Every export is written by `EXPORTS[name].write(path, request)`; the request is made from the
classroom in one place (`request_from`), and no exporter sees the classroom's state itself.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from awareness_app import resources
from awareness_app.cli import build_parser
from awareness_app.export.registry import EXPORTS, chosen_export
from awareness_app.export.request import ExportRequest, request_from
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.edition_age import EditionDate
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.documents.script import lesson_script
from awareness_app.model.lesson.contacts import LocalContact
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience, Lesson
from awareness_app.surfaces import SURFACES
from awareness_app.themes import THEMES, Theme

SRC = Path(__file__).resolve().parents[1] / "src" / "awareness_app"


def test_every_export_surface_has_an_exporter_and_every_exporter_a_surface() -> None:
    surfaces = {name for name, s in SURFACES.items() if s.kind == "export"}
    assert surfaces == set(EXPORTS)
    assert {"script", "charts", "handout-pdf", "lesson-pdf", "pptx"} <= surfaces


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_each_exporter_has_the_one_signature(name: str) -> None:
    exporter = EXPORTS[name]
    assert exporter.name == name
    module = importlib.import_module(exporter.module, "awareness_app.export")
    assert module.__name__.startswith("awareness_app.export.")  # it lives in the room
    writer = getattr(module, exporter.function)
    assert list(inspect.signature(writer).parameters) == ["path", "what"]


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_the_command_line_asks_for_each_export_by_its_option(name: str) -> None:
    exporter = EXPORTS[name]
    options = {action.dest for action in build_parser()._actions}
    assert exporter.dest in options
    assert chosen_export({exporter.dest: Path("out"), "screenshot": None}) is exporter
    assert chosen_export({exporter.dest: None}) is None


def test_no_exporter_reads_the_classroom_state() -> None:
    """The exporters read the request: none imports the Qt classroom state (nor names it)."""
    found = []
    for path in sorted((SRC / "export").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and "classroom_state" in (node.module or ""):
                found.append(path.name)
            if isinstance(node, ast.Name) and node.id == "ClassroomState":
                found.append(path.name)
    assert found == []


def test_the_svg_of_a_chart_is_written_in_one_place() -> None:
    """The SVG export and the PDFs' charts share `export.charts.svg_bytes`."""
    writers = [
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if 'format="svg"' in path.read_text(encoding="utf-8")
    ]
    assert writers == ["export/chart_files.py"]


@dataclass
class FakeThread:
    jobs: list[object] = field(default_factory=list)

    def submit_job(self, job):  # type: ignore[no-untyped-def]
        self.jobs.append(job)
        done: Future[object] = Future()
        done.set_result(job())
        return done


@dataclass
class FakeClassroom:
    """A plain classroom: what `request_from` reads (the Qt-free state will be one)."""

    lesson: Lesson
    dataset: DataSet
    audience: Audience = Audience.ELEMENTARY
    language: str = "ja"
    contacts: list[LocalContact] = field(default_factory=list)
    theme: Theme = THEMES["dark"]
    furigana: str = "all"
    charts: FakeThread | None = None
    minutes: int = 45
    edition: EditionDate | None = None

    def outdated(self) -> EditionDate | None:
        return self.edition

    def lesson_minutes(self) -> int:
        return self.minutes


@pytest.fixture(scope="module")
def dataset() -> DataSet:
    return load_dataset(resources.edition_file(resources.newest_edition()))


def test_the_request_is_what_the_classroom_holds(dataset: DataSet) -> None:
    contact = LocalContact(name_en="Room 3", phone_or_room="3")
    thread = FakeThread()
    classroom = FakeClassroom(fit_lesson(LESSON, dataset), dataset, contacts=[contact])
    classroom.charts = thread
    what = request_from(classroom)
    assert isinstance(what, ExportRequest)
    assert what.lesson is classroom.lesson and what.dataset is dataset
    assert (what.audience, what.language, what.furigana) == (Audience.ELEMENTARY, "ja", "all")
    assert what.contacts == (contact,) and what.theme.name == "dark" and what.minutes == 45
    assert what.chosen_languages == ("ja",)  # no languages chosen: the classroom's
    # an export's own options; the languages as a tuple, so the request stays frozen
    both = request_from(classroom, languages=["en", "ja"], pairing="alternate", with_notes=True)
    assert both.languages == ("en", "ja") and both.chosen_languages == ("en", "ja")
    assert (both.pairing, both.with_notes) == ("alternate", True)
    with pytest.raises(AttributeError):
        both.language = "en"  # type: ignore[misc]
    # charts are drawn in the classroom's chart thread, or here without one
    assert what.run_chart(lambda: b"drawn") == b"drawn" and len(thread.jobs) == 1
    assert request_from(FakeClassroom(LESSON, dataset)).run_chart(lambda: b"here") == b"here"
    with pytest.raises(TypeError):
        request_from(classroom, colour="red")  # not a field: no silent option


def test_the_script_export_writes_the_lesson_script(tmp_path: Path, dataset: DataSet) -> None:
    lesson = fit_lesson(LESSON, dataset)
    what = request_from(FakeClassroom(lesson, dataset, language="en", furigana="off"))
    [out] = EXPORTS["script"].write(tmp_path / "script.md", what)
    from awareness_app.i18n import temporary_language

    with temporary_language("en"):
        expected = lesson_script(lesson, Audience.ELEMENTARY, dataset, (), "off")
    assert out.read_text(encoding="utf-8") == expected
    # the request's language, not the one the app happens to be in
    japanese = request_from(FakeClassroom(lesson, dataset, language="ja", furigana="off"))
    [ja] = EXPORTS["script"].write(tmp_path / "script-ja.md", japanese)
    assert ja.read_text(encoding="utf-8") != expected
