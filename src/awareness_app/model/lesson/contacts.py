"""A school's own contacts for the closing slide: the counsellor's room, the local police station.
No Qt here.

A contact has a name in English, in Japanese or in both, a phone number or a room, and opening
hours (optional, in either language). `validate` says, in words a teacher understands, what is
wrong with one; `from_dict` / `to_dict` turn contacts into plain data for the settings file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from ...i18n import _, current_language, format_number
from ..text.free_text import bad_characters

MAX_CONTACTS = 4  # the closing slide shows them beside the help lines, large enough to read
MAX_NAME = 60
MAX_PLACE = 40
MAX_HOURS = 40

# Phone-like runs inside the "phone or room" text: digits with hyphens, spaces, brackets, # or +.
_PHONE_RUN = re.compile(r"[#+(]?\d[\d\-‐‑–—ー()（） ]*\d|#\d+")
_SEPARATORS = re.compile(r"[\-‐‑–—ー()（） ]")


@dataclass(frozen=True)
class LocalContact:
    name_en: str = ""
    name_ja: str = ""
    phone_or_room: str = ""
    hours_en: str = ""
    hours_ja: str = ""

    def name(self, language: str | None = None) -> str:
        """The name in `language` (the current one by default), else in the other language."""
        return _pick(self.name_en, self.name_ja, language)

    def hours(self, language: str | None = None) -> str:
        return _pick(self.hours_en, self.hours_ja, language)

    def cleaned(self) -> LocalContact:
        """The same contact with surrounding spaces removed and full-width digits made ASCII."""
        place = unicodedata.normalize("NFKC", self.phone_or_room).strip()
        return LocalContact(
            self.name_en.strip(),
            self.name_ja.strip(),
            place,
            self.hours_en.strip(),
            self.hours_ja.strip(),
        )

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LocalContact:
        """A contact from plain data; raises ValueError when a field is not text."""
        values = {}
        for name in ("name_en", "name_ja", "phone_or_room", "hours_en", "hours_ja"):
            value = data.get(name, "")
            if not isinstance(value, str):
                raise ValueError(f"{name} is {type(value).__name__}, not text")
            values[name] = value
        return cls(**values)


def _n(count: int) -> str:
    return format_number(count)


def _pick(english: str, japanese: str, language: str | None) -> str:
    language = language or current_language()
    first, second = (japanese, english) if language == "ja" else (english, japanese)
    return first or second


def plausible_phone(text: str) -> bool:
    """A phone number of a form used in Japan: 03-1234-5678, 090-1234-5678, 0120-123-456,
    0120-0-78310, +81 3-1234-5678, a three-digit service number (110, 189) or #9110."""
    text = unicodedata.normalize("NFKC", text).strip()
    if text.startswith("#"):
        return re.fullmatch(r"#\d{4}", text) is not None
    digits = _SEPARATORS.sub("", text)
    if digits.startswith("+81"):
        return re.fullmatch(r"\+81[1-9]\d{8,9}", digits) is not None
    if re.fullmatch(r"1\d{2}", digits):
        return True
    return re.fullmatch(r"0\d{9,10}", digits) is not None


def validate(contact: LocalContact) -> list[str]:
    """What is wrong with `contact`, as sentences in the current language ([] if nothing)."""
    contact = contact.cleaned()
    problems: list[str] = []
    if not contact.name_en and not contact.name_ja:
        problems.append(_("Give the contact a name, in English, in Japanese or in both."))
    if len(contact.name_en) > MAX_NAME or len(contact.name_ja) > MAX_NAME:
        problems.append(
            _("Shorten the name to {count} characters or fewer.").format(count=_n(MAX_NAME))
        )
    place = contact.phone_or_room
    if not place:
        problems.append(_("Give a phone number, or a room where pupils can find help."))
    elif len(place) > MAX_PLACE:
        problems.append(
            _("Shorten the phone number or room to {count} characters or fewer.").format(
                count=_n(MAX_PLACE)
            )
        )
    else:
        for run in _phone_runs(place):
            if not plausible_phone(run):
                problems.append(
                    # NOTE: {number} is what the teacher typed; the examples are phone numbers.
                    _(
                        "“{number}” does not look like a phone number in Japan. Write it like "
                        "03-1234-5678, 0120-123-456, 189 or #9110, or give a room."
                    ).format(number=run)
                )
    if len(contact.hours_en) > MAX_HOURS or len(contact.hours_ja) > MAX_HOURS:
        problems.append(
            _("Shorten the hours to {count} characters or fewer.").format(count=_n(MAX_HOURS))
        )
    for text in (contact.name_en, contact.name_ja, place, contact.hours_en, contact.hours_ja):
        if bad_characters(text):  # the one check of free text (emoji are welcome)
            problems.append(_("Remove the control characters from the text."))
            break
    return problems


def _phone_runs(text: str) -> list[str]:
    """The parts of `text` that are meant as phone numbers: the whole text when it is only
    digits and the signs of a phone number, or any run of five digits or more in words
    ("Room 203" is a room; "Tel. 03-1234" is a phone number, and a wrong one)."""
    text = text.strip()
    if re.fullmatch(r"[\d#+\-‐‑–—ー()（） ]+", text):
        return [text]
    runs = []
    for match in _PHONE_RUN.finditer(text):
        run = match.group().strip()
        if sum(ch.isdigit() for ch in run) >= 5:
            runs.append(run)
    return runs


def validate_all(contacts: Iterable[LocalContact]) -> list[str]:
    """Problems of a whole list: each contact's, and too many contacts."""
    contacts = list(contacts)
    problems = []
    if len(contacts) > MAX_CONTACTS:
        problems.append(
            _("The closing slide has room for {count} local contacts at most.").format(
                count=_n(MAX_CONTACTS)
            )
        )
    for contact in contacts:
        problems += validate(contact)
    return problems


@dataclass(frozen=True)
class ContactsRead:
    """The school's contacts as read from the settings: the `valid` ones, those to `mend`
    (read in full but not valid: shown to the teacher, never dropped), and whether the value
    was read in `whole` (False: it was cut short or held something that is not a contact)."""

    valid: tuple[LocalContact, ...] = ()
    mend: tuple[LocalContact, ...] = ()
    whole: bool = True


def read_contacts(value: object) -> ContactsRead:
    """The contacts a settings value holds (a JSON list of contacts). Every contact that can be
    read is kept — from a value cut short, those before the cut — and sorted into valid ones and
    ones to mend."""
    if not isinstance(value, str):
        return ContactsRead(whole=False)
    decoder = json.JSONDecoder()
    text = value.strip()
    whole = True
    items: list[object] = []
    if not text.startswith("["):
        return ContactsRead(whole=False)
    position = 1
    while True:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        if position >= len(text):
            whole = False  # cut short: the closing bracket is missing
            break
        if text[position] == "]":
            whole = text[position + 1 :].strip() == ""
            break
        try:
            item, position = decoder.raw_decode(text, position)
        except ValueError:
            whole = False
            break
        items.append(item)
    valid: list[LocalContact] = []
    mend: list[LocalContact] = []
    for item in items:
        try:
            if not isinstance(item, dict):
                raise ValueError("not a contact")
            contact = LocalContact.from_dict(item)
        except ValueError:
            whole = False
            continue
        (mend if validate(contact) else valid).append(contact.cleaned())
    return ContactsRead(tuple(valid), tuple(mend), whole)
