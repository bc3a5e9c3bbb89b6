"""What a school may copy and change: the lesson's licence, apart from the code's. No Qt here.

The lesson's text and pictures (slides, notes, handout, worksheet, lesson guide, PowerPoint) are
under CC BY 4.0, so a school may copy, print, translate and adapt them, naming where they came
from. The code is under the MIT licence (`resources/licences/awareness-app.txt`). The figures
are the National Police Agency's, each with its source; a licence cannot change whose they are.

Every surface that a teacher takes away shows `terms_lines()` (About, handout, worksheet, lesson
guide, the PowerPoint's last slide), in the current language: one text, said the same way
everywhere.
"""

from __future__ import annotations

from ...i18n import N_, format_message

CONTENT_LICENCE = "CC BY 4.0"  # a legal name: not translated
CONTENT_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
CONTENT_LICENCE_FILE = "CC-BY-4.0.txt"  # in resources/licences
CODE_LICENCE = "MIT"


def terms_lines() -> tuple[str, str]:
    """The terms of use in two sentences: the lesson's licence, then whose the figures are."""
    return (
        format_message(
            N_(
                "Lesson text and pictures: SNS Safety Classroom, {licence} ({url}). You may copy, "
                "print, translate and adapt them for your school; say where they came from."
            ),
            licence=CONTENT_LICENCE,
            url=CONTENT_LICENCE_URL,
        ),
        format_message(
            N_(
                "The figures are the National Police Agency's, each with its source as listed. "
                "The app's code is under the {code} licence."
            ),
            code=CODE_LICENCE,
        ),
    )


def terms_short() -> str:
    """The terms of use in one line, for a page with no room for more (the one-page handout of
    a bilingual pair): the licence and its address, whose the figures are, the code's licence."""
    return format_message(
        N_(
            "Lesson text and pictures: {licence} ({url}). Figures: the National Police "
            "Agency's. Code: {code}."
        ),
        licence=CONTENT_LICENCE,
        url=CONTENT_LICENCE_URL.removeprefix("https://").rstrip("/"),
        code=CODE_LICENCE,
    )


def terms_text() -> str:
    """The terms of use as one paragraph (a footer, a PDF's last lines)."""
    return " ".join(terms_lines())
