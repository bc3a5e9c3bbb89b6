"""The lesson's two activities as slides: spotting the overshare, and the check-up quiz. No Qt
here. They have no bullets: the profiles and their details are in `overshare.py`, the
questions in `quiz.py`, each shown by its own widget; `content.py` puts the slides in order.
"""

from __future__ import annotations

from ...i18n import N_
from .lesson import ELEMENTARY_OWN, Slide, SlideKind, T, Value

OVERSHARE = Slide(
    id="overshare",
    kind=SlideKind.ACTIVITY,
    title=T(
        # NOTE: an activity: the class looks for details that give too much away.
        N_("Activity: spot the overshare"),
        elementary=N_("Activity: what gives too much away?"),
    ),
    body=T(
        N_("These two profiles are made up. What could a stranger learn from them?"),
        elementary=N_(
            "These two profiles are made up. What could a stranger learn about these children?"
        ),
    ),
    # The profiles and their details are in overshare.py; the slide shows them in place of
    # bullets, and the presenter reveals the details one at a time.
    notes=T(
        N_(
            "Both profiles are made up; they are not anyone's real account. Give pairs a "
            "minute to spot everything on the first profile that gives too much away. Then "
            "press → (or click a detail) to reveal one at a time, and ask the class why it "
            "matters before you read the explanation. After the last detail, → shows the "
            "second profile; R starts again. None of the details is wrong on its own; "
            "together they tell a stranger who you are, where to find you and when. Finish "
            "by asking: what could you change in your own profile today? About eight minutes."
        ),
        adults=N_(
            "Both profiles are made up. Ask the audience to spot what gives too much away, "
            "then press → (or click a detail) to reveal one at a time; after the last detail, "
            "→ shows the second profile, and R starts again. Offenders piece these details "
            "together: school and uniform tell them where, the routine tells them when, and "
            "'looking for friends' or 'DM me' gives them a reason to start a private chat. "
            "Suggest doing this with your own child's profile, together and without blame. "
            "About five minutes."
        ),
    ),
    room_notes=T(
        N_(
            "Both profiles are made up; they are not anyone's real account. The first slide "
            "of each profile has nothing marked: give pairs a minute to spot everything that "
            "gives too much away. Then click to reveal one detail at a time, and ask the class "
            "why it matters before you read the explanation. The last slide of each profile "
            "lists every detail. None of the details is wrong on its own; together they tell "
            "a stranger who you are, where to find you and when. Finish by asking: what could "
            "you change in your own profile today? About eight minutes."
        ),
        adults=N_(
            "Both profiles are made up. The first slide of each profile has nothing marked: "
            "ask the audience to spot what gives too much away, then click to reveal one "
            "detail at a time; the last slide of each profile lists every detail. Offenders "
            "piece these details together: school and uniform tell them where, the routine "
            "tells them when, and 'looking for friends' or 'DM me' gives them a reason to "
            "start a private chat. Suggest doing this with your own child's profile, together "
            "and without blame. About five minutes."
        ),
    ),
)


QUIZ = Slide(
    id="quiz",
    kind=SlideKind.QUIZ,
    title=T(N_("Check-up quiz"), contexts=ELEMENTARY_OWN),
    values=(Value("met", key="met-on-x-or-instagram"),),
    # The questions, for each audience, are in quiz.py: the slide shows one at a time, with a
    # show-of-hands tally, and reveals the answer with its figure and source.
    notes=T(
        N_(
            "Read the question and take a show of hands for each answer (or let pupils "
            "guess with a partner). Count the hands with the + and − buttons, or press the "
            "answer's number and then + or −. Press → to reveal the answer, with its figure "
            "and source, and → again for the next question. Nothing is recorded, not even the "
            "counts. On X or Instagram, {met} of victims met the offender. Praise good "
            "thinking rather than right guesses. About five minutes."
        ),
        adults=N_(
            "Use the questions to check the key points, or as prompts when you run the "
            "lesson with your own class: count hands with + and −, then press → to reveal the "
            "answer with its figure and source. Nothing is recorded. On X or Instagram, {met} "
            "of victims met the offender. About three minutes."
        ),
    ),
    room_notes=T(
        N_(
            "Read the question and take a show of hands for each answer (or let pupils "
            "guess with a partner), and write the counts on the board if you like. Click to "
            "reveal the answer, with its figure and source, and again for the next question. "
            "Nothing is recorded. On X or Instagram, {met} of victims met "
            "the offender. Praise good thinking rather than right guesses. About five minutes."
        ),
        adults=N_(
            "Use the questions to check the key points, or as prompts when you run the "
            "lesson with your own class: take a show of hands, then click to "
            "reveal the answer with its figure and source. On X or Instagram, {met} of "
            "victims met the offender. About three minutes."
        ),
    ),
)
