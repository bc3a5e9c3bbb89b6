"""Every surface that sets the lesson's text keeps the text rules, and none is forgotten.

`awareness_app.surfaces` registers each view and export that shows the lesson. These tests
1. list the views the app creates (the window, the projector's view, the console, through every
   slide and every step of the activities) and fail on one that is neither a registered surface
   nor a part of one: a new view must register, and so be swept;
2. sweep every registered view in every edition, audience and language at 1280×720,
   1920×1080 and 1280×800: nothing clipped, no Japanese line broken inside a phrase, no kanji
   beyond grade 4 without its reading where pupils read, no markup shown
   (`surface_check.problems`);
3. name, for each export, the test that sweeps it the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience
from awareness_app.surfaces import PARTS, SURFACES
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.presenting.controller import PresentationController
from awareness_app.ui.presenting.presentation_view import PresentationView
from awareness_app.ui.presenting.presenter_console import PresenterConsole
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import MainWindow
from surface_check import problems
from sweeps import newest_at_the_ends, representative

EDITIONS = sorted(resources.editions())
# 16:9 at both ends, and 16:10: the app's default window and WXGA projectors, where the two
# languages side by side were cut off before their halves were sized as on 1280×720
SIZES = [(1280, 720), (1920, 1080), (1280, 800)]
TESTS = Path(__file__).resolve().parent
# each export, and the test files that lay it out in every audience and language and check the
# same rules on the file itself
EXPORT_SWEEPS = {
    "script": ("test_words_for_each_room.py", "test_furigana_layout.py"),
    "charts": ("test_chart_exports.py", "test_charts.py", "test_pupils_plain_words.py"),
    "lesson-pdf": ("test_deck.py",),
    "handout-pdf": ("test_handout_lines.py", "test_handout.py"),
    "worksheet-pdf": ("test_worksheet.py",),
    "pptx": ("test_pptx_export.py",),
    "lesson-guide": ("test_lesson_guide.py",),
}


@pytest.fixture(scope="module")
def editions() -> dict[int, DataSet]:
    return {year: load_dataset(resources.edition_file(year)) for year in EDITIONS}


def _app_classes(root: QWidget) -> set[type]:
    return {
        type(w)
        for w in [root, *root.findChildren(QWidget)]
        if type(w).__module__.startswith("awareness_app.")
    }


def _walk(controller: PresentationController, views: list[QWidget], check) -> int:
    """Step through the whole lesson with the next key's action (each activity step, then the
    next slide), calling `check(where)` at each step; the number of steps."""
    controller.state.activities.reset()  # every reveal and question from its start
    controller.first()
    steps = 0
    seen = set()
    while True:
        for _ in range(2):  # the step's layout, then what the layout resized
            QApplication.processEvents()
        where = f"{controller.current_id()} step {steps}"
        check(where)
        state = (controller.current_id(), tuple(problems_key(v) for v in views))
        if state in seen and controller.next_slide() is None:
            return steps
        seen.add(state)
        controller.next()
        steps += 1
        if steps > 400:
            raise AssertionError("the lesson never ends")


def problems_key(view: QWidget) -> str:
    """What a view shows, to tell one step from the next."""
    from awareness_app.ui.slides.ruby_label import RubyLabel

    return "|".join(
        label.text() for label in view.findChildren(RubyLabel) if label.isVisibleTo(view)
    )


def test_every_view_the_app_creates_is_a_surface_or_a_part(qtbot, editions) -> None:
    from windows import show_window

    create_application()
    data = editions[max(editions)]
    state = ClassroomState(fit_lesson(LESSON, data), data, Settings())
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    show_window(qtbot, window)
    view = PresentationView(window.presenting)
    console = PresenterConsole(window.presenting)
    for widget in (view, console):
        qtbot.addWidget(widget)
        widget.resize(1280, 720)
        widget.show()
    for widget in (window, view, console):
        widget.setUpdatesEnabled(False)  # made and laid out, not painted: as in `_sweep`
    found: set[type] = set()

    def collect(_where: str) -> None:
        for root in (window, view, console):
            found.update(_app_classes(root))

    for audience in (Audience.ELEMENTARY, Audience.ADULTS):
        window.presenting.audience = audience
        _walk(window.presenting, [view], collect)
    window.presenting.set_bilingual(True)
    _walk(window.presenting, [view], collect)
    unknown = sorted(
        cls.__name__
        for cls in found
        if getattr(cls, "SURFACE", None) not in SURFACES and cls.__name__ not in PARTS
    )
    assert unknown == [], "register these views in awareness_app.surfaces (or list them as parts)"
    shown = {cls.SURFACE for cls in found if getattr(cls, "SURFACE", None)}
    views = {name for name, s in SURFACES.items() if s.kind == "view"}
    assert shown == views  # every registered view was seen, so the sweep below walks it
    assert {"slide", "quiz", "overshare", "console", "presentation", "bilingual"} <= shown


def test_every_export_is_swept_by_a_test_of_its_own() -> None:
    exports = {name for name, s in SURFACES.items() if s.kind == "export"}
    assert exports == set(EXPORT_SWEEPS)
    for name, files in EXPORT_SWEEPS.items():
        for file in files:
            assert (TESTS / file).is_file(), (name, file)


# the newest edition in every room and language; the older ones where the rules are strictest
# (Japanese for elementary pupils), at the tighter size: their words are the newest's
SWEEP = [(max(EDITIONS), audience, language) for audience in Audience for language in ("en", "ja")]
SWEEP += [(year, Audience.ELEMENTARY, "ja") for year in EDITIONS if year != max(EDITIONS)]


def _sweep(qtbot, editions, year: int, audience: Audience, language: str) -> list[str]:
    """The projector's view (one language, then both), and the console beside it, through
    every slide and step of the lesson: every problem found, with where."""
    create_application()
    i18n.set_language(language)
    try:
        data = editions[year]
        window = MainWindow(ClassroomState(fit_lesson(LESSON, data), data, Settings()))
        controller = window.presenting
        controller.audience = audience
        view = PresentationView(controller)
        console = PresenterConsole(controller)
        for widget in (window, view, console):
            qtbot.addWidget(widget)
            widget.show()
            # laid out, not painted: the rules are read from the widgets' geometry and text
            # layouts, never from pixels, and painting was a third of the sweep's time (at
            # 640×360 the sweep found the same 11 problems either way)
            widget.setUpdatesEnabled(False)
        pupils = language == "ja" and audience == Audience.ELEMENTARY
        found: list[str] = []
        newest = year == max(EDITIONS)
        for bilingual in (False, True) if newest else (False,):
            controller.set_bilingual(bilingual)
            mode = " bilingual" if bilingual else ""
            for size in SIZES if newest else SIZES[:1]:
                for widget in (window, view, console):
                    widget.resize(*size)

                def check(where: str, size=size, mode=mode) -> None:
                    at = f"{where} {size}{mode}"
                    found.extend(f"{at}: {p}" for p in problems(view, pupils=pupils))
                    found.extend(f"{at} console: {p}" for p in problems(console))
                    if not mode:  # the window shows one language
                        found.extend(
                            f"{at} window: {p}" for p in problems(window.slide_view, pupils=pupils)
                        )
                        found.extend(f"{at} window: {p}" for p in problems(window.notes))

                steps = _walk(controller, [view], check)
                assert steps > len(controller.slides())  # the activities' steps were walked
        return found
    finally:
        i18n.set_language("en")


def _report(found: list[str]) -> str:
    first: dict[str, str] = {}  # each problem once, with the first step it was seen at
    for problem in found:
        where, what = problem.split(": ", 1)
        first.setdefault(what, where)
    return "\n".join(f"{what} (at {where})" for what, where in first.items())


@representative(lambda year, audience, language: newest_at_the_ends(year, audience, language))
@pytest.mark.parametrize(("year", "audience", "language"), SWEEP, ids=str)
def test_every_view_keeps_the_text_rules(
    qtbot, editions, year: int, audience: Audience, language: str
) -> None:
    found = _sweep(qtbot, editions, year, audience, language)
    assert found == [], _report(found)
