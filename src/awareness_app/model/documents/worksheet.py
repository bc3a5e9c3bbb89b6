"""The pupils' worksheet for the "spot the overshare" activity: what its A4 pages say, for one
audience, in the current language. No Qt here: `export/worksheet_pdf.py` lays it out and draws it.

Pupils work in pairs. Each pupils' page shows one of the activity's made-up profiles, unmarked
(the writer draws it as the lesson PDF does), a numbered box for each detail to find (the numbers
run across both profiles, as the activity numbers them), and a box for "what would you change?";
a name and class line at the top. The last page is the answer key, for the teacher: each detail,
what it gives away and a safer choice, in the audience's wording (`overshare.Detail`).

What pupils read keeps the catalogue's furigana markup (`｜漢字《かんじ》`) where the audience gets
furigana, and the layout draws the readings above the kanji, as the handout does; the terms of
use are plain kanji (the teacher reads them). No word is ever swapped for its kana.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import i18n
from ...i18n import N_, NP_, _, current_language, pgettext
from ..lesson.lesson import Audience
from ..lesson.overshare import PROFILES, Profile, RevealState
from ..lesson.render import audience_label
from ..lesson.terms_of_use import terms_text
from ..text.furigana import DEFAULT, readings_for, shows_readings

# what pupils read on the sheet, shared by the rooms; elementary pupils have entries of their own
# (furigana and kana in Japanese), looked up with `pgettext(audience, …)`
TITLE = N_("Worksheet: spot the overshare")
INSTRUCTIONS = N_(
    "Work in pairs. Look at the made-up profile and find the details that tell a stranger too "
    "much. Write each one in a numbered box, with what it gives away."
)
# NOTE: the worksheet's boxes: what the detail a pupil found tells a stranger
GIVES_AWAY = N_("What does it give away?")
# NOTE: the worksheet: a box under each profile to write in
CHANGE = N_("What would you change on this profile?")
_ELEMENTARY = (
    NP_("elementary", "Worksheet: spot the overshare"),
    NP_(
        "elementary",
        "Work in pairs. Look at the made-up profile and find the details that tell a stranger too "
        "much. Write each one in a numbered box, with what it gives away.",
    ),
    NP_("elementary", "What does it give away?"),
    NP_("elementary", "What would you change on this profile?"),
)


@dataclass(frozen=True)
class PupilsPage:
    """One profile, unmarked, with a numbered box for each of its details."""

    profile: Profile  # drawn by the writer, as the lesson PDF draws it
    kind: str  # what the profile is ("a post feed, like X")
    heading: str  # "Profile 1 of 2"
    numbers: tuple[int, ...]  # the boxes' numbers, one per detail


@dataclass(frozen=True)
class KeyRow:
    number: int
    detail: str  # what the detail is
    gives_away: str  # what it gives away, in the audience's words
    safer: str  # a safer choice


@dataclass(frozen=True)
class KeySection:
    kind: str
    rows: tuple[KeyRow, ...]


@dataclass(frozen=True)
class Worksheet:
    language: str
    audience: Audience
    with_readings: bool  # the pupils' text carries furigana markup
    app_name: str
    label: str  # "Worksheet"
    title: str
    audience_label: str
    name_label: str
    class_label: str
    instructions: str
    found_heading: str  # the boxes' first column
    gives_heading: str  # … and second
    change_heading: str
    pages: tuple[PupilsPage, ...]
    key_title: str
    key_note: str
    key_headings: tuple[str, str, str, str]  # number, detail, gives away, safer choice
    key: tuple[KeySection, ...]
    terms: str  # the terms of use, plain (small print on the last page)

    def box_count(self) -> int:
        return sum(len(page.numbers) for page in self.pages)


def build_worksheet(audience: Audience, furigana: str = DEFAULT) -> Worksheet:
    """The worksheet for `audience` in the current language; `furigana`: the setting (which
    audiences get readings)."""
    room = audience.value
    state = RevealState()
    with i18n.readings(i18n.PLAIN):  # for the teacher: kanji, never readings or kana
        terms = terms_text()
    with readings_for(audience, furigana):
        pages = tuple(
            PupilsPage(
                profile=profile,
                kind=_(profile.kind),
                # NOTE: the worksheet: which of the two made-up profiles a page shows
                heading=_("Profile {number} of {count}").format(
                    number=index + 1, count=len(PROFILES)
                ),
                numbers=tuple(state.number(d.id) for d in profile.details),
            )
            for index, profile in enumerate(PROFILES)
        )
        key = tuple(
            KeySection(
                _(profile.kind),
                tuple(
                    KeyRow(
                        state.number(d.id),
                        pgettext(room, d.label),
                        pgettext(room, d.why(audience)),
                        pgettext(room, d.safer),
                    )
                    for d in profile.details
                ),
            )
            for profile in PROFILES
        )
        return Worksheet(
            language=current_language(),
            audience=audience,
            with_readings=shows_readings(audience, furigana),
            app_name=_("SNS Safety Classroom"),
            # NOTE: the printed sheet pupils write on in the "spot the overshare" activity
            label=_("Worksheet"),
            title=pgettext(room, TITLE),
            audience_label=audience_label(audience),
            # NOTE: the worksheet's top line: a pupil writes their name after it
            name_label=_("Name"),
            # NOTE: the worksheet's top line: a pupil writes their class after it
            class_label=_("Class"),
            instructions=pgettext(room, INSTRUCTIONS),
            # NOTE: the worksheet's boxes: the detail a pupil found
            found_heading=_("What did you find?"),
            gives_heading=pgettext(room, GIVES_AWAY),
            change_heading=pgettext(room, CHANGE),
            pages=pages,
            # NOTE: the heading of the worksheet's last page, which holds the answers
            key_title=_("For the teacher: answer key"),
            key_note=_(
                "This page holds the answers: hand out only the pages before it. The numbers "
                "follow the order of the activity's details; pupils may find them in any order."
            ),
            key_headings=(
                # NOTE: the answer key's first column: a detail's number
                _("No."),
                # NOTE: the answer key's columns: the detail, what it gives away, a safer choice
                _("Detail"),
                _("What it gives away"),
                _("A safer choice"),
            ),
            key=key,
            terms=terms,
        )
