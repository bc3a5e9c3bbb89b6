"""A babel extractor for the strings of a data file (labels, source titles, help-line names).

Registered in pyproject.toml, so `pybabel extract -F pyproject.toml` (see CONTRIBUTING.md) puts
them in translations/messages.pot beside the strings of the code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterator, Mapping
from typing import IO, Any

from .dataset import iter_translatable

# The fields of a data file whose strings have an entry of the elementary lesson's own.
ELEMENTARY_OWN_FIELDS = ("sources.", "helplines[", "figures[")
# A figure's label or a source's title in the statistics' legal terms (SNSに起因する事犯の被害児童,
# 加害者, 被害児童から最初に接触): the official term is the adults' own entry, and the shared entry,
# which junior-high and high-school pupils read (their Sources dialog), says it in plain words.
ADULTS_OWN_FIELD = re.compile(r"^(sources\.[^.]+\.title|figures\[\d+\]\.label)$")
LEGAL_TERMS = re.compile(
    r"victim|offender|perpetrator|first (post|contact)|social media|share of elementary pupils",
    re.IGNORECASE,
)


def extract_dataset(
    fileobj: IO[bytes],
    keywords: Mapping[str, Any],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[tuple[int, str, str | tuple[str, str], list[str]]]:
    text = fileobj.read().decode("utf-8")
    raw = tomllib.loads(text)
    lines = text.splitlines()
    seen: set[str] = set()
    for where, message in iter_translatable(raw):
        if message in seen:
            continue
        seen.add(message)
        lineno = next((i + 1 for i, line in enumerate(lines) if _quoted(message) in line), 0)
        yield lineno, "", message, [f"data file: {where}"]
        if where.startswith(ELEMENTARY_OWN_FIELDS):
            # help lines, sources and figures' labels, read by elementary pupils: an entry of
            # their own (furigana in Japanese), so the shared entry stays plain for older rooms
            comment = f"data file: {where}; worded for elementary pupils"
            yield lineno, "NP_", ("elementary", message), [comment]
        if ADULTS_OWN_FIELD.match(where) and LEGAL_TERMS.search(message):
            comment = f"data file: {where}; the official term, for adults (plain for pupils)"
            yield lineno, "NP_", ("adults", message), [comment]


def _quoted(message: str) -> str:
    return '"' + message.replace("\\", "\\\\").replace('"', '\\"') + '"'


def audience_messages() -> Iterator[tuple[str, str, str]]:
    """(context, message, where) for every string that has an entry of an audience's own in the
    catalogues (`Text.contexts`; the overshare activity's labels and safer choices for the
    elementary lesson, and its
    pupils' explanations for each pupils' room: elementary, junior high and high school each
    have their own words). `tools/catalogs.py extract` adds them to the template with the audience
    as their message context; the code's own `NP_` marks are extracted by babel."""
    from ..documents.handout import KEY_FIGURES
    from ..lesson.content import LESSON
    from ..lesson.lesson import PUPILS, Audience, Text
    from ..lesson.overshare import PROFILES
    from ..lesson.quiz import QUESTIONS

    texts: list[tuple[str, Text]] = [("lesson title", LESSON.title)]
    for slide in LESSON.slides:
        for text in (*slide.texts(), slide.unpublished, slide.unpublished_see):
            texts.append((f"slide {slide.id}", text))
    for question in QUESTIONS:
        texts += [(f"quiz {question.id}", t) for t in question.texts()]
    texts += [("handout", k.caption) for k in KEY_FIGURES]
    seen: set[tuple[str, str]] = set()
    for where, text in texts:
        for audience in sorted(text.contexts):
            message = text.for_audience(audience)
            if message and (audience.value, message) not in seen:
                seen.add((audience.value, message))
                yield audience.value, message, where
    for profile in PROFILES:
        for detail in profile.details:
            own = [(Audience.ELEMENTARY, detail.label), (Audience.ELEMENTARY, detail.safer)]
            own += [(room, detail.why(room)) for room in sorted(PUPILS)]
            for room, message in own:
                if (room.value, message) not in seen:
                    seen.add((room.value, message))
                    yield room.value, message, f"activity {detail.id}"
