"""The "spot the overshare" activity as data and as a reveal (no Qt needed)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from awareness_app.model.lesson import overshare
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.overshare import PROFILES, Layout, RevealState, render_profiles

SOURCE = Path(overshare.__file__)

# the details the issue asks for, each in at least one profile (by the words of its label)
EXPECTED = {
    "school": "school",
    "uniform": "uniform|kit",
    "location": "location",
    "birthday": "birthday",
    "routine": "routine",
    "dm": "DM me",
    "face and name": "name and .*face|name and face",
    "looking for friends": "friends",
}


def test_two_made_up_profiles_one_of_each_layout() -> None:
    assert [p.layout for p in PROFILES] == [Layout.POST_FEED, Layout.PHOTO_FEED]
    assert "like X" in PROFILES[0].kind and "like Instagram" in PROFILES[1].kind
    assert all("Made-up" in p.kind for p in PROFILES)


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.id)
def test_each_profile_has_six_to_eight_details_on_regions_it_draws(profile) -> None:
    assert 6 <= len(profile.details) <= 8
    ids = [d.id for d in profile.details]
    assert len(set(ids)) == len(ids)
    for detail in profile.details:
        assert detail.regions, detail.id
        assert set(detail.regions) <= profile.regions(), detail.id
        assert detail.label and detail.pupils and detail.adults
        assert detail.pupils != detail.adults


def test_the_details_cover_what_the_issue_lists() -> None:
    labels = " | ".join(d.label for p in PROFILES for d in p.details)
    for what, pattern in EXPECTED.items():
        assert re.search(pattern, labels, re.IGNORECASE), what


def test_explanations_hold_no_digits_and_say_why() -> None:
    for profile in PROFILES:
        for detail in profile.details:
            for text in (detail.label, detail.pupils, detail.adults):
                assert not re.search(r"[0-9]", text), text
            assert len(detail.pupils) <= 140, detail.pupils
            assert len(detail.adults) <= 200, detail.adults


def test_every_string_is_marked_for_translation() -> None:
    """Profile words, labels and explanations are N_() literals, so babel extracts them."""
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    marked = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "N_"
        and isinstance(node.args[0], ast.Constant)
    }
    for profile in PROFILES:
        texts = [profile.kind, profile.name, *(line.text for line in profile.bio)]
        texts += [t for post in profile.posts for t in (post.text, post.place) if t]
        texts += [t for d in profile.details for t in (d.label, d.pupils, d.adults)]
        for text in texts:
            assert text in marked, text
    assert overshare.HINT in marked


def test_explanation_follows_the_audience() -> None:
    detail = PROFILES[0].details[0]
    assert detail.why(Audience.ADULTS) == detail.adults
    for audience in (Audience.ELEMENTARY, Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL):
        assert detail.why(audience) == detail.pupils


# --- the reveal -------------------------------------------------------------------------------


def test_forward_reveals_each_detail_then_the_next_profile_then_stops() -> None:
    state = RevealState()
    first, second = PROFILES
    for count in range(1, len(first.details) + 1):
        assert state.step_forward()
        assert state.shown() == [d.id for d in first.details[:count]]
        assert state.current() == first.details[count - 1]
    assert state.step_forward()  # on to the second profile, nothing revealed yet
    assert state.profile is second and state.shown() == [] and state.current() is None
    for _ in second.details:
        assert state.step_forward()
    assert state.all_revealed()
    assert not state.step_forward()  # nothing left: the slide may change


def test_back_hides_the_last_detail_then_goes_back_a_profile() -> None:
    state = RevealState()
    for _ in range(len(PROFILES[0].details) + 2):
        state.step_forward()
    assert state.index == 1 and len(state.shown()) == 1
    assert state.step_back() and state.shown() == []
    assert state.step_back() and state.index == 0
    assert len(state.shown()) == len(PROFILES[0].details)
    while state.step_back():
        pass
    assert state.index == 0 and state.shown() == []
    assert not state.step_back()


def test_click_reveals_out_of_order_and_shows_an_earlier_one_again() -> None:
    state = RevealState()
    last = PROFILES[0].details[-1]
    state.reveal(last.id)
    assert state.shown() == [last.id] and state.current() == last
    state.step_forward()  # the next one in order that is still hidden
    assert state.shown() == [last.id, PROFILES[0].details[0].id]
    state.reveal(last.id)  # already revealed: its explanation again
    assert state.current() == last and len(state.shown()) == 2
    with pytest.raises(KeyError):
        state.reveal(PROFILES[1].details[0].id)  # not on the profile on screen


def test_reset_starts_again_and_numbers_run_across_profiles() -> None:
    state = RevealState()
    for _ in range(10):
        state.step_forward()
    state.reset()
    assert state.index == 0 and all(not shown for shown in state.revealed)
    assert state.number(PROFILES[0].details[0].id) == 1
    assert state.number(PROFILES[1].details[0].id) == len(PROFILES[0].details) + 1
    assert state.total() == sum(len(p.details) for p in PROFILES)


@pytest.mark.parametrize("audience", list(Audience))
def test_rendered_for_the_script(audience: Audience) -> None:
    profiles = render_profiles(audience)
    assert [len(p.details) for p in profiles] == [len(p.details) for p in PROFILES]
    numbers = [d.number for p in profiles for d in p.details]
    assert numbers == list(range(1, len(numbers) + 1))
