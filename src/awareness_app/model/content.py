"""The default lesson: 17 slides, worded for each audience. No Qt here.

Numbers are never typed into the wording: each `{name}` is a `Value` from the data set.
`{year}` is always available (the data set's year). Elementary wording is frank but never
explicit (see GLOSSARY.md). Translator notes start with `# NOTE:`.
"""

from __future__ import annotations

from ..i18n import N_
from .lesson import ALL_AUDIENCES, Audience, Lesson, Slide, SlideKind, Style, T, Value

ADULTS_ONLY = frozenset({Audience.ADULTS})

SLIDES: tuple[Slide, ...] = (
    Slide(
        id="title",
        kind=SlideKind.TITLE,
        title=T(N_("Staying safe on social media")),
        notes=T(
            N_(
                "This is a sensitive topic. Some pupils in the room may have been affected, or may "
                "know someone who has. Keep the tone calm and factual, and tell the class they can "
                "talk to you or another adult afterwards. If a child discloses something: listen, "
                "don't blame, don't promise to keep it secret, and tell the designated staff member "
                "the same day."
            ),
            adults=N_(
                "This is a sensitive topic. Some people in the room may have been affected, or may "
                "have a child who has. If a child discloses something to you: listen, believe them, "
                "don't blame, don't promise to keep it secret, and tell your school's designated "
                "safeguarding staff member the same day."
            ),
        ),
        audiences=ALL_AUDIENCES,
    ),
    Slide(
        id="headline",
        kind=SlideKind.FIGURE,
        title=T(
            N_("Children harmed through social media in {year}"),
            elementary=N_("Children hurt by people they met on social media in {year}"),
        ),
        headline=Value("victims", key="victims"),
        values=(
            Value("change", key="victims-change", style=Style.SIGNED_PERCENT),
            Value("previous", key="victims", year=2022),
        ),
        body=T(
            N_(
                "children under 18 were victims of crimes that began on social media in {year}: "
                "{change} on the year before ({previous})."
            ),
            elementary=N_(
                "children were hurt in {year} by people they first met on social media. "
                "That is about the same as the year before ({previous})."
            ),
        ),
        notes=T(
            N_(
                "The National Police Agency counts children under 18 who were victims of crimes "
                "that arose from social media. The total fell slightly ({change}), but the number "
                "of serious crimes and of elementary-school victims rose."
            ),
        ),
    ),
    Slide(
        id="trend",
        kind=SlideKind.CHART,
        chart="trend",
        title=T(
            N_("Ten years: elementary pupils nearly five times as many"),
            elementary=N_("In ten years, nearly five times as many younger children"),
        ),
        values=(
            Value("first", key="victims-elementary", year=2013),
            Value("last", key="victims-elementary", year=2023),
            Value("times", key="victims-elementary-growth", style=Style.TIMES),
        ),
        body=T(
            N_("Elementary pupils: {first} in {first_year}, {last} in {last_year} — {times} times as many."),
            elementary=N_("Children of your age: {first} in {first_year}, {last} in {last_year}."),
        ),
        notes=T(
            N_(
                "The total has gone up and down over the ten years, but the number of "
                "elementary pupils has grown almost every year. Ask: why might younger children "
                "be more at risk now than ten years ago?"
            ),
        ),
    ),
)

LESSON = Lesson(id="default", title=T(N_("SNS Safety Classroom")), slides=SLIDES)
