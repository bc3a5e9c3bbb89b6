"""Regenerate the README's pictures (docs/screenshots/), from the newest edition of the data.

    python tools/screenshots.py

Each picture is the app's own `--screenshot` (1280×720), drawn offscreen; the activities are
drawn in the presentation view with their details revealed and hands counted, as in a lesson.
The PowerPoint picture is three slides of `--export-pptx` (title, chart, activity) as
LibreOffice Impress converts them to PDF, drawn by pdftoppm (skipped where they are missing).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"

# (file, command-line arguments)
SLIDES = [
    ("trend-en.png", ["--lang", "en", "--audience", "junior-high", "--slide", "trend"]),
    ("trend-ja-elementary.png", ["--lang", "ja", "--audience", "elementary", "--slide", "trend"]),
    ("headline-en-adults.png", ["--lang", "en", "--audience", "adults", "--slide", "headline"]),
    ("title-ja.png", ["--lang", "ja", "--audience", "elementary", "--slide", "title"]),
    (
        "present-warning-signs-dark.png",
        ["--present", "--theme", "dark", "--lang", "en", "--slide", "warning-signs"],
    ),
    ("bilingual-trend.png", ["--bilingual", "--lang", "en", "--slide", "trend"]),
]

ACTIVITIES = """
from awareness_app import resources
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.data.dataset import load_dataset
from awareness_app.model.lesson.lesson import Audience
from awareness_app.ui.app import create_application, grab
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.presenting.presentation_view import PresentationView
from awareness_app.ui.activities.quiz_view import QuizView
from awareness_app.ui.presenting.controller import PresentationController
from awareness_app.ui.settings import Settings

app = create_application()
data = load_dataset(resources.edition_file(resources.newest_edition()))
for name, language, audience, slide in (
    ("overshare-en.png", "en", Audience.JUNIOR_HIGH, "overshare"),
    ("overshare-ja-elementary.png", "ja", Audience.ELEMENTARY, "overshare"),
    ("quiz-en-adults.png", "en", Audience.ADULTS, "quiz"),
):
    classroom = ClassroomState(LESSON, data, Settings(), audience=audience, language=language)
    controller = PresentationController(classroom)
    controller.go_to_id(slide)
    if slide == "overshare":
        state = classroom.activities.reveal_state(audience)
        state.reset()
        for _ in range(5):
            state.step_forward()
    view = PresentationView(controller)
    grab(view, 1280, 720)  # laid out: the quiz has its questions
    for quiz in view.findChildren(QuizView):
        tally = quiz.tally()
        for option, hands in ((0, 4), (1, 9), (2, 22)):
            tally.change(hands, option)
        tally.set_revealed(True)
        quiz.refresh()
    image = grab(view, 1280, 720)
    (OUT / name).write_bytes(image)
    view.close()
    print("Wrote", OUT / name)
"""


# the plan editor in the main window (1280×800): the short talk at 15 minutes, one slide hidden,
# a school slide added; in English and in Japanese
PLAN_EDITOR = """
import os, tempfile
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # the user's settings stay untouched
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()
from awareness_app import resources
from awareness_app.model.lesson import plan as lp
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.data.dataset import load_dataset
from awareness_app.model.lesson.lesson import Audience, OwnText
from awareness_app.ui.app import create_application, grab
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import MainWindow

app = create_application()
data = load_dataset(resources.edition_file(resources.newest_edition()))
for name, language in (("plan-editor.png", "en"), ("plan-editor-ja.png", "ja")):
    state = ClassroomState(
        LESSON, data, Settings(), audience=Audience.JUNIOR_HIGH, language=language
    )
    window = MainWindow(state)
    window.plans.box.activated.emit(1)  # the short talk, 15 minutes
    editor = window.editor
    editor.toggle("headline")  # hidden: greyed, unticked, still in the list
    rules = lp.school_slide(
        "own-1",
        OwnText(en="Phones at our school", ja="本校のスマホのルール"),
        [
            OwnText(en="Phones stay in your bag during lessons", ja="授業中はかばんにしまう"),
            OwnText(en="Worried? Talk to Ms Sato in room 203", ja="困ったら203教室の佐藤先生へ"),
        ],
    )
    editor.apply(editor.plan().with_school(rules, after="warning-signs"), keep="own-1")
    window.go_to_id("own-1")
    image = grab(window, 1280, 800)
    (OUT / name).write_bytes(image)
    window.close()
    print("Wrote", OUT / name)
"""


def _three_slides(deck: Path) -> list[int]:
    """The numbers of the title slide, the first chart slide and the activity's third step."""
    from pptx import Presentation

    slides = list(Presentation(str(deck)).slides)
    chart = next(i for i, s in enumerate(slides, 1) if any(x.has_chart for x in s.shapes))
    activity = [i for i, s in enumerate(slides, 1) if s.slide_layout.name == "Activity"]
    return [1, chart, activity[3]]


def pptx_slides(env: dict[str, str]) -> None:
    """docs/screenshots/pptx-slides.png: three slides of the PowerPoint file, as LibreOffice
    draws them (with the app's font installed for it, as a school PC has BIZ UDPGothic)."""
    from PIL import Image

    if not all(shutil.which(tool) for tool in ("soffice", "pdftoppm")):
        print("Skipped pptx-slides.png: LibreOffice (soffice) or pdftoppm is missing")
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        deck = work / "lesson.pptx"
        args = ["--lang", "en", "--audience", "junior-high", "--export-pptx", str(deck)]
        subprocess.run([sys.executable, "-m", "awareness_app", *args], check=True, env=env)
        fonts = work / ".fonts"
        fonts.mkdir()
        for face in (ROOT / "resources" / "fonts").glob("*.ttf"):
            shutil.copy(face, fonts)
        convert = ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work)]
        subprocess.run([*convert, str(deck)], check=True, env={**env, "HOME": str(work)})
        images = []
        for number in _three_slides(deck):
            page = work / f"slide{number}"
            draw = ["pdftoppm", "-png", "-singlefile", "-scale-to-x", "1280", "-scale-to-y", "720"]
            subprocess.run(
                [*draw, "-f", str(number), "-l", str(number), str(work / "lesson.pdf"), str(page)],
                check=True,
            )
            images.append(Image.open(f"{page}.png").convert("RGB"))
        gap = 24
        sheet = Image.new("RGB", (3 * 1280 + 2 * gap, 720), "#D0D4DA")
        for index, image in enumerate(images):
            sheet.paste(image, (index * (1280 + gap), 0))
        sheet = sheet.resize((sheet.width // 2, sheet.height // 2), Image.Resampling.LANCZOS)
        sheet.save(OUT / "pptx-slides.png", optimize=True)
        print("Wrote", OUT / "pptx-slides.png")


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    OUT.mkdir(parents=True, exist_ok=True)
    for name, args in SLIDES:
        command = [sys.executable, "-m", "awareness_app", *args, "--size", "1280x720"]
        subprocess.run([*command, "--screenshot", str(OUT / name)], check=True, env=env)
    script = ACTIVITIES.replace("OUT /", f"__import__('pathlib').Path({str(OUT)!r}) /")
    subprocess.run([sys.executable, "-c", script], check=True, env=env)
    script = PLAN_EDITOR.replace("OUT /", f"__import__('pathlib').Path({str(OUT)!r}) /")
    subprocess.run([sys.executable, "-c", script], check=True, env=env)
    pptx_slides(env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
