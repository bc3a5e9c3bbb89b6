"""What a lesson plan file must say, and the message, in the teacher's language, for a file that
does not say it (an empty file said "audience: None is not an audience"). No Qt."""

from __future__ import annotations

from collections.abc import Sequence

from ...i18n import N_, _, join_list

NEEDED = {
    # NOTE: what a lesson plan file must say; the word in parentheses is its key in the file
    # (TOML), kept in English
    "audience": N_("who the lesson is for (audience)"),
    # NOTE: what a lesson plan file must say (see "who the lesson is for (audience)")
    "minutes": N_("how long the lesson is (minutes)"),
    # NOTE: what a lesson plan file must say (see "who the lesson is for (audience)")
    "slides": N_("which slides it shows (slides)"),
}


def unsaid_message(missing: Sequence[str], empty: bool) -> str:
    """Why a plan file that lacks the keys `missing` (all of them, `empty`) cannot be used."""
    needed = join_list(_(NEEDED[key]) for key in missing)
    if empty:
        # NOTE: a lesson plan file with nothing in it; {needed} lists what a plan says
        return _("the file is empty: a lesson plan says {needed}").format(needed=needed)
    # NOTE: a lesson plan file that lacks some of what a plan says, listed in {needed}
    return _("the plan does not say {needed}").format(needed=needed)
