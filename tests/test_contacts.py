"""Local contacts: validation, the settings that remember them, and the closing slide and
script that show them."""

from __future__ import annotations

import pytest

from awareness_app import i18n
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.documents.script import lesson_script
from awareness_app.model.lesson.contacts import (
    MAX_CONTACTS,
    LocalContact,
    plausible_phone,
    validate,
    validate_all,
)
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.render import render_slide
from lessons import LESSON

COUNSELLOR = LocalContact(
    "School counsellor's room", "スクールカウンセラー室", "Room 2-3", "Weekdays 8:30–17:00", "平日"
)


@pytest.mark.parametrize(
    "number",
    [
        "03-1234-5678",
        "090-1234-5678",
        "0120-123-456",
        "0120-0-78310",
        "0570-000-911",
        "(03) 1234 5678",
        "０３－１２３４－５６７８",  # full-width, as a Japanese keyboard types it
        "+81 3-1234-5678",
        "189",
        "110",
        "#9110",
        "#8103",
    ],
)
def test_plausible_japanese_phone_numbers(number: str) -> None:
    assert plausible_phone(number)
    assert validate(LocalContact("Police", "", number)) == []


@pytest.mark.parametrize(
    "number", ["03-1234", "1234-5678-9999-1", "12", "999", "#91", "+1 555 0100", "0120-12"]
)
def test_implausible_phone_numbers_are_rejected_with_a_message(number: str) -> None:
    problems = validate(LocalContact("Police", "", number))
    assert len(problems) == 1
    assert "does not look like a phone number" in problems[0] and number in problems[0]


@pytest.mark.parametrize(
    "place", ["Room 2-3", "Counsellor's room (2F)", "保健室", "相談室（2階）", "Room 203"]
)
def test_a_room_is_accepted(place: str) -> None:
    assert validate(LocalContact("Counsellor", "", place)) == []


def test_a_name_in_either_language_and_a_place_are_needed() -> None:
    problems = validate(LocalContact("  ", "", "03-1234-5678"))
    assert problems == ["Give the contact a name, in English, in Japanese or in both."]
    assert validate(LocalContact("", "南警察署", "03-1234-5678")) == []
    problems = validate(LocalContact("Police", "", "   "))
    assert problems and "phone number, or a room" in problems[0]
    long = LocalContact("x" * 61, "", "189")
    assert "Shorten the name" in validate(long)[0]


def test_messages_are_translated() -> None:
    i18n.set_language("ja")
    problems = validate(LocalContact("", "", "03-12"))
    assert len(problems) == 2
    assert all(any("\u3040" <= ch <= "\u30ff" for ch in p) for p in problems)
    assert "03-12" in problems[1]


def test_too_many_contacts() -> None:
    problems = validate_all([COUNSELLOR] * (MAX_CONTACTS + 1))
    assert problems and "at most" in problems[0]


def test_name_and_hours_follow_the_language() -> None:
    assert COUNSELLOR.name("en") == "School counsellor's room"
    assert COUNSELLOR.name("ja") == "スクールカウンセラー室"
    english_only = LocalContact("Minami police", "", "110")
    assert english_only.name("ja") == "Minami police"  # the other language rather than nothing
    i18n.set_language("ja")
    assert COUNSELLOR.hours() == "平日"


def test_round_trip_through_plain_data() -> None:
    assert LocalContact.from_dict(COUNSELLOR.to_dict()) == COUNSELLOR
    with pytest.raises(ValueError):
        LocalContact.from_dict({"name_en": 3})


# --- shown on the closing slide and in the script --------------------------------------------


def _closing(audience: Audience):
    return next(s for s in LESSON.for_audience(audience) if s.id == "closing")


@pytest.mark.parametrize("audience", list(Audience))
def test_closing_slide_lists_local_contacts_first(dataset: DataSet, audience: Audience) -> None:
    slide = _closing(audience)
    plain = render_slide(LESSON, slide, audience, dataset)
    assert plain.local_contacts == [] and len(plain.helplines) == len(dataset.helplines)
    rendered = render_slide(LESSON, slide, audience, dataset, contacts=[COUNSELLOR])
    assert [(h.name, h.number, h.hours) for h in rendered.local_contacts] == [
        ("School counsellor's room", "Room 2-3", "Weekdays 8:30–17:00")
    ]
    # only the contacts passed: none are read from anywhere else
    assert render_slide(LESSON, slide, audience, dataset).local_contacts == []


def test_script_lists_local_contacts(dataset: DataSet) -> None:
    text = lesson_script(LESSON, Audience.ELEMENTARY, dataset, [COUNSELLOR])
    assert "- School counsellor's room: **Room 2-3** (Weekdays 8:30–17:00)" in text
    assert "*Our school:*" in text and "*Help lines:*" in text
    assert "*Our school:*" not in lesson_script(LESSON, Audience.ELEMENTARY, dataset)
    i18n.set_language("ja")
    text = lesson_script(LESSON, Audience.ELEMENTARY, dataset, [COUNSELLOR])
    assert "- スクールカウンセラー室: **Room 2-3** (平日)" in text


def test_closing_slide_lists_help_line_and_platform_sources(dataset: DataSet) -> None:
    rendered = render_slide(LESSON, _closing(Audience.ADULTS), Audience.ADULTS, dataset)
    ids = {s.id for s in rendered.sources}
    assert {"mext", "moj", "x-minors", "instagram-teen", "meta-restrict"} <= ids


def test_emoji_in_a_name_are_not_control_characters() -> None:
    """🧑‍🏫 is 🧑, a zero-width joiner and 🏫: an emoji, not a control character (issue 24)."""
    assert validate(LocalContact("🧑‍🏫 Counsellor", "🧑‍🏫 先生", "Room 2-3")) == []
    assert validate(LocalContact("Flag 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ✌️", "", "Room 2-3")) == []


@pytest.mark.parametrize("character", ["\u202e", "\u2066", "\x07", "\u200f", "\u2028"])
def test_invisible_controls_are_refused(character: str) -> None:
    problems = validate(LocalContact(f"Room{character}21", "", "Room 2-3"))
    assert problems == ["Remove the control characters from the text."]


def test_contacts_are_read_back_as_far_as_they_go() -> None:
    from awareness_app.model.lesson.contacts import read_contacts

    whole = (
        '[{"name_en": "Nurse", "phone_or_room": "Room 1"}, '
        '{"name_en": "Line", "phone_or_room": "12345"}]'
    )
    read = read_contacts(whole)
    assert read.whole and [c.name_en for c in read.valid] == ["Nurse"]
    assert [c.phone_or_room for c in read.mend] == ["12345"]
    cut = read_contacts(whole[:60])
    assert not cut.whole and [c.name_en for c in cut.valid] == ["Nurse"] and cut.mend == ()
    assert not read_contacts("junk").whole and not read_contacts("[").whole
