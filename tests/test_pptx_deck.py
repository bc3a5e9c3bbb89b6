"""The PowerPoint file as a deck a teacher presents, restyles and shares without the app
(issue 21): notes with no app-only instruction, the file's metadata, the sources with their
links, native charts, the activity as slides, layouts and placeholders, the bilingual deck."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest
from pptx import Presentation

from awareness_app import __version__, i18n
from awareness_app.export.pptx import deck as pptx_export
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.text.furigana import DEFAULT, readings_for
from decks import edition, pptx_file
from sweeps import newest_at_the_ends, representative

LANGUAGES = ("en", "ja")
COMBINATIONS = [(a, lang) for lang in LANGUAGES for a in Audience]

# What only the app has: its keys, buttons, toolbar and menus. A note in the exported file that
# says any of these sends the presenter looking for something that is not there.
APP_ONLY = {
    "en": [
        r"press(es)? (the )?→",
        r"→ (again|shows|to reveal)",
        r"\bR (starts|to start)",
        r"press(es)? R\b",
        r"\+ (and|or) −",
        r"\bbuttons?\b",
        r"\btoolbar\b",
        r"Local contacts",
        r"click a detail",
        r"\bF5\b",
        r"answer's number",
        r"\bTab\b",
        r"File ›",
    ],
    "ja": [
        r"→キー",
        r"→を押",
        r"Rキー",
        r"ボタン",
        r"ツールバー",
        r"学校の連絡先",
        r"＋と−",
        r"＋か−",
        r"番号を押",
        r"F5",
        r"メニューの「",
    ],
}


def _deck(year: int, audience: Audience, language: str):  # type: ignore[no-untyped-def]
    return Presentation(io.BytesIO(pptx_file(year, audience, language)))


def _app_only(text: str, language: str) -> list[str]:
    return [p for p in APP_ONLY[language] if re.search(p, text)]


def test_the_app_only_phrases_are_found_in_the_apps_own_notes() -> None:
    """The list catches what the app's notes say (else the test below would prove nothing)."""
    dataset = edition(2025)
    lesson = fit_lesson(LESSON, dataset)
    from awareness_app.model.lesson.render import render_slide

    for language in LANGUAGES:
        with i18n.temporary_language(language), readings_for(Audience.JUNIOR_HIGH, DEFAULT):
            found = {
                s.id: _app_only(
                    render_slide(lesson, s, Audience.JUNIOR_HIGH, dataset).notes, language
                )
                for s in lesson.for_audience(Audience.JUNIOR_HIGH)
            }
        assert found["overshare"] and found["quiz"] and found["closing"], (language, found)


@representative(lambda year, audience, language: newest_at_the_ends(year, audience, language))
@pytest.mark.parametrize("year", [2023, 2024, 2025])
@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_no_note_tells_the_presenter_to_use_the_app(
    year: int, audience: Audience, language: str
) -> None:
    """Every note of every slide the export plans, for each edition, audience and language."""
    dataset = edition(year)
    with i18n.temporary_language(language), readings_for(audience, DEFAULT):
        planned = pptx_export.plan(fit_lesson(LESSON, dataset), audience, dataset)
    for slide in planned:
        assert not _app_only(slide.notes, language), (slide.slide_id, slide.notes)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_written_notes_say_what_to_do_in_the_room(language: str) -> None:
    deck = _deck(2025, Audience.JUNIOR_HIGH, language)
    notes = [s.notes_slide.notes_text_frame.text for s in deck.slides]
    for text in notes:
        assert not _app_only(text, language), text
    joined = "\n".join(notes)
    assert ("click to reveal" if language == "en" else "クリックするごとに") in joined
    assert ("show of hands" if language == "en" else "手を挙げ") in joined


@pytest.mark.parametrize(
    ("audience", "language"), [(Audience.ELEMENTARY, "ja"), (Audience.ADULTS, "en")]
)
def test_metadata_says_16_9_this_app_today_the_title_and_language(
    audience: Audience, language: str
) -> None:
    data = pptx_file(2025, audience, language)
    deck = Presentation(io.BytesIO(data))
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        presentation = archive.read("ppt/presentation.xml").decode()
        app = archive.read("docProps/app.xml").decode()
        names = archive.namelist()
    assert "screen4x3" not in presentation and 'type="' not in presentation.split("sldSz")[1][:80]
    assert f"<Application>SNS Safety Classroom {__version__}</Application>" in app
    assert "<PresentationFormat>Widescreen</PresentationFormat>" in app
    assert "Macintosh" not in app and "4:3" not in app
    assert f"<Slides>{len(deck.slides)}</Slides>" in app
    assert "docProps/thumbnail.jpeg" not in names
    core = deck.core_properties
    today = dt.datetime.now(dt.UTC).date()
    assert core.created.date() == today and core.modified.date() == today
    assert core.language == {"en": "en-GB", "ja": "ja-JP"}[language]
    with i18n.temporary_language(language):
        lesson_title = i18n._(LESSON.title.for_audience(audience))
    assert core.title.startswith(lesson_title.split("｜")[0][:4])
    assert core.author == "SNS Safety Classroom" and core.last_printed is None
    tag = {"en": "en-GB", "ja": "ja-JP"}[language]
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                for paragraph in shape.text_frame.paragraphs:
                    for run in paragraph.runs:
                        assert run._r.rPr.get("lang") == tag


def _source_slides(deck):  # type: ignore[no-untyped-def]
    titles = ("Sources", "出典")
    return [s for s in deck.slides if s.shapes.title and s.shapes.title.text in titles]


@representative(lambda year, audience, language: newest_at_the_ends(year, audience, language))
@pytest.mark.parametrize("year", [2023, 2025])
@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_sources_start_with_the_police_release_and_link_every_report(
    year: int, audience: Audience, language: str
) -> None:
    dataset = edition(year)
    deck = _deck(year, audience, language)
    slides = _source_slides(deck)
    assert slides
    entries = [
        p
        for slide in slides
        for shape in slide.shapes
        if shape.name.startswith("Sources")
        for p in shape.text_frame.paragraphs
    ]
    first = entries[0].text.replace("\v", "")
    with i18n.temporary_language(language):
        publisher = i18n._(dataset.publisher)
        released = i18n.format_date(dataset.released)
    assert publisher in first and released in first
    links = {
        r.hyperlink.address for p in entries for r in p.runs if r.hyperlink.address is not None
    }
    if audience == Audience.ELEMENTARY:  # no web address where pupils read (see source_url)
        assert not links
        return
    assert dataset.release_title in first
    assert entries[0].runs[0].hyperlink.address == (dataset.release_url or None)
    cited = [s for s in dataset.sources.values() if s.url]
    from awareness_app.model.lesson.render import describe_source
    from awareness_app.model.text import ruby

    with i18n.temporary_language(language):
        described = [(s, ruby.plain(describe_source(s, audience))) for s in cited]
    by_text = {p.text.replace("\v", ""): p for p in entries}
    for source, line in described:  # each report cited, linked to its own address
        if line in by_text:
            assert by_text[line].runs[0].hyperlink.address == source.url, source.id
    for paragraph in entries:  # every entry with an address is linked, on every run of it
        addresses = {r.hyperlink.address for r in paragraph.runs}
        assert len(addresses) == 1
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in slides)
    assert dataset.release_url in notes  # "" for 2023: its release has no address in the file


@pytest.mark.parametrize(
    ("audience", "language"), [(Audience.JUNIOR_HIGH, "en"), (Audience.ELEMENTARY, "ja")]
)
def test_the_activity_unmarked_then_a_detail_a_step_then_the_list(
    audience: Audience, language: str
) -> None:
    from awareness_app.model.lesson.overshare import PROFILES

    deck = _deck(2025, audience, language)
    pictured = [s for s in deck.slides if any(sh.name == "Profile" for sh in s.shapes)]
    steps = [
        len({sh.name.split()[1] for sh in s.shapes if sh.name.startswith("Outline")})
        for s in pictured
    ]
    expected: list[int] = []
    for profile in PROFILES:  # nothing marked, then one more detail at each step
        expected += list(range(len(profile.details) + 1))
    assert steps == expected
    images = {sh.image.sha1 for s in pictured for sh in s.shapes if sh.name == "Profile"}
    assert len(images) == len(PROFILES)  # the same picture for every step of a profile
