"""The default lesson: 20 slides in order, worded for each audience. No Qt here.

Adults see all 20; junior high and high school 18 (not `wider-picture` or `at-home`);
elementary pupils 16 (not `offences` or `deepfakes` either). The title slide is here; the others
are in the files of their part of the lesson, which this one puts in order:

- `slides_figures.py`: how many, the trend, school levels, serious crimes, offences, elementary
  pupils;
- `slides_how_it_starts.py`: games and virtual spaces, the first contact, where victims met the
  offender, deepfakes, the wider picture;
- `slides_activities.py`: spot the overshare, and the check-up quiz;
- `slides_guidance.py`: the settings on X and Instagram, warning signs, if it happens;
- `slides_closing.py`: the help lines, and at home.

A slide may come in variants for editions that publish different figures (`Lesson`): they share
an id and stand together, and each edition shows the first it can fill, or leaves the slide out
where it can fill none (`model/data/fit.py`).

Numbers are never typed into the wording: each `{name}` is a `Value` from the data set, and
`{name_year}` is that figure's year. `{year}` is always available (the data set's year). Elementary
wording is frank but never explicit (see GLOSSARY.md); the default notes are read for elementary
lessons too, so they follow the same rule. Translator notes start with `# NOTE:`.
"""

from __future__ import annotations

from ...i18n import N_
from .lesson import ALL_AUDIENCES, Lesson, Slide, SlideKind, T
from .slides_activities import OVERSHARE, QUIZ
from .slides_closing import CLOSING
from .slides_figures import FIGURES
from .slides_guidance import GUIDANCE
from .slides_how_it_starts import HOW_IT_STARTS

SLIDES: tuple[Slide, ...] = (
    # 1 -----------------------------------------------------------------------------------------
    Slide(
        id="title",
        kind=SlideKind.TITLE,
        title=T(N_("Staying safe on social media")),
        notes=T(
            # NOTE: the presenter's guide to responding when a child tells them something.
            N_(
                "This is a sensitive topic. Some pupils in the room may have been affected, or may "
                "know someone who has. Keep the tone calm and factual, and tell the class they can "
                "talk to you or another adult afterwards. If a child tells you something: listen "
                "calmly, believe them, and don't blame them. Don't promise to keep it secret; "
                "say who you will tell, and why. Don't delete messages or ask the child to; don't "
                "look for or copy photos yourself. Follow the school's safeguarding procedure and "
                "tell the designated staff member the same day. The help lines are on the last "
                "slide."
            ),
            adults=N_(
                "This is a sensitive topic. Some people in the room may have been affected, or may "
                "have a child who has. If a child tells you something: listen calmly, believe "
                "them, and don't blame them. Don't promise to keep it secret; say who you will "
                "tell, and why. Don't delete the messages, and don't copy or forward images of the "
                "child, even as evidence. Follow your school's safeguarding procedure and tell the "
                "designated staff member the same day. The help lines are on the closing slide."
            ),
        ),
        audiences=ALL_AUDIENCES,
    ),
    *FIGURES,
    *HOW_IT_STARTS,
    OVERSHARE,
    *GUIDANCE,
    QUIZ,
    *CLOSING,
)

LESSON = Lesson(id="default", title=T(N_("SNS Safety Classroom")), slides=SLIDES)
