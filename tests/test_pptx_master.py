"""The PowerPoint file's master, theme and layouts (issue 21), read back with python-pptx: the
layouts are named and each slide uses the one for its kind; every text of a slide sits in a
placeholder its layout has (so the outline lists the lesson and a theme restyles it); every
slide has its number and the edition in the footer; the theme holds the app's colours and
font, and the runs name the theme's colours rather than their own."""

from __future__ import annotations

import io
from functools import cache

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from awareness_app import i18n
from awareness_app.export.pptx.master import LAYOUTS
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience, SlideKind
from awareness_app.model.lesson.render import edition_line, render_slide
from awareness_app.model.text import ruby
from awareness_app.model.text.furigana import DEFAULT, readings_for
from awareness_app.themes import LIGHT
from decks import edition, pptx_file

COMBINATIONS = [(Audience.ELEMENTARY, "ja"), (Audience.ADULTS, "en"), (Audience.JUNIOR_HIGH, "ja")]
READINGS = __import__("re").compile(r"(?<=[\u3400-\u9fff々])（[ぁ-ゖァ-ヺー・]+）")
EXPECTED_LAYOUTS = [
    "Title",
    "Big figure",
    "Chart and text",
    "List",
    "Quiz question",
    "Quiz answer",
    "Activity",
    "Sources",
]
# as a Japanese teacher reads them in PowerPoint's Layout menu (the catalogue's)
JAPANESE_LAYOUTS = {
    "Title": "タイトル",
    "Big figure": "大きな数字",
    "Chart and text": "グラフと文",
    "List": "箇条書き",
    "Quiz question": "クイズ（問題）",
    "Quiz answer": "クイズ（答え）",
    "Activity": "アクティビティ",
    "Sources": "出典",
}
STRIP = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)


def _dataset() -> DataSet:
    return edition(2025)


@cache
def _deck(audience: Audience, language: str):  # type: ignore[no-untyped-def]
    return Presentation(io.BytesIO(pptx_file(2025, audience, language)))


def _layout_key(slide, language: str) -> str:  # type: ignore[no-untyped-def]
    """The layout's key in `LAYOUTS` (its English name) from the name the deck shows."""
    name = slide.slide_layout.name
    if language == "en":
        return name
    return next(key for key, shown in JAPANESE_LAYOUTS.items() if shown == name)


def _outline(slide) -> str:  # type: ignore[no-untyped-def]
    """What PowerPoint's outline view lists of a slide: its title and body placeholders."""
    parts = []
    for shape in slide.placeholders:
        if shape.placeholder_format.type not in STRIP:
            parts.append(READINGS.sub("", shape.text_frame.text.replace("\v", "")))
    return "\n".join(parts)


def test_layouts_are_named_and_the_others_gone() -> None:
    deck = _deck(Audience.ADULTS, "en")
    assert [layout.name for layout in deck.slide_layouts] == EXPECTED_LAYOUTS == list(LAYOUTS)
    used = {slide.slide_layout.name for slide in deck.slides}
    assert used == set(EXPECTED_LAYOUTS)  # every layout has its slides in a full lesson
    master = deck.slide_master
    kinds = {s.placeholder_format.type for s in master.placeholders}
    assert {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.BODY, *STRIP} <= kinds
    for layout in deck.slide_layouts:  # each layout has the strip and a title
        kinds = {s.placeholder_format.type for s in layout.placeholders}
        assert {*STRIP} <= kinds, layout.name
        assert kinds & {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}, layout.name


@pytest.mark.parametrize("audience", [Audience.ELEMENTARY, Audience.JUNIOR_HIGH])
def test_a_japanese_deck_names_its_layouts_in_japanese(audience: Audience) -> None:
    """PowerPoint shows the teacher the layouts' names (Home › Layout): in the deck's
    language, the same names and placeholders as the English deck's, in the same order."""
    deck = _deck(audience, "ja")
    names = [layout.name for layout in deck.slide_layouts]
    assert names == [JAPANESE_LAYOUTS[key] for key in EXPECTED_LAYOUTS]
    english = _deck(Audience.ADULTS, "en")
    for ja, en in zip(deck.slide_layouts, english.slide_layouts, strict=True):
        holders = [(s.placeholder_format.idx, s.name) for s in ja.placeholders]
        assert holders == [(s.placeholder_format.idx, s.name) for s in en.placeholders]
    used = {slide.slide_layout.name for slide in deck.slides}
    assert used == set(JAPANESE_LAYOUTS.values())


@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_every_text_is_in_a_placeholder_of_its_layout(audience: Audience, language: str) -> None:
    deck = _deck(audience, language)
    for number, slide in enumerate(deck.slides, start=1):
        layout_idx = {s.placeholder_format.idx for s in slide.slide_layout.placeholders}
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text.strip():
                continue
            if shape.name.startswith("Outline"):  # a number on the activity's picture
                assert shape.text_frame.text.isdigit()
                continue
            assert shape.is_placeholder, (number, shape.name)
            assert shape.placeholder_format.idx in layout_idx, (number, shape.name)
            # no empty placeholder left to show "Click to add text" in the editor
        for shape in slide.placeholders:
            assert shape.text_frame.text.strip() or shape.placeholder_format.type in STRIP


@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_the_outline_lists_the_lesson(audience: Audience, language: str) -> None:
    """Each slide's title and every line of its text are in the outline (placeholders), on
    the slides of that lesson slide; the layout is the one for its kind."""
    dataset = _dataset()
    lesson = fit_lesson(LESSON, dataset)
    with i18n.temporary_language(language), readings_for(audience, DEFAULT):
        shown = [
            render_slide(lesson, s, audience, dataset, markup_everywhere=True)
            for s in lesson.for_audience(audience)
        ]
    slides = list(_deck(audience, language).slides)
    outline = {}
    for slide in slides:
        title = READINGS.sub("", slide.shapes.title.text_frame.text.replace("\v", ""))
        outline.setdefault(title, []).append((_layout_key(slide, language), _outline(slide)))
    expected = {
        SlideKind.TITLE: {"Title"},
        SlideKind.QUIZ: {"Quiz question", "Quiz answer"},
        SlideKind.ACTIVITY: {"Activity"},
    }
    for rendered in shown:
        found = outline[ruby.plain(rendered.title)]
        text = "\n".join(t for _layout, t in found)
        layouts = {layout for layout, _t in found}
        if rendered.kind in expected:
            assert layouts == expected[rendered.kind], rendered.id
        elif rendered.chart:
            assert "Chart and text" in layouts, rendered.id
        elif rendered.headline is not None:
            assert layouts == {"Big figure"}, rendered.id
            assert rendered.headline.text in text
        else:
            assert layouts == {"List"}, rendered.id
        lines = [*rendered.body.split("\n"), *rendered.bullets]
        for question in rendered.quiz:
            lines += [question.question, *question.options, question.answer]
        for item in rendered.activity:
            lines += [d.label for d in item.details] + [d.why for d in item.details]
        for line in lines:
            assert ruby.plain(line).strip() in text, (rendered.id, line)
    sources = outline["Sources" if language == "en" else "出典"]
    assert {layout for layout, _t in sources} == {"Sources"}


@pytest.mark.parametrize(("audience", "language"), COMBINATIONS)
def test_every_slide_has_its_number_and_the_edition_in_the_footer(
    audience: Audience, language: str
) -> None:
    with i18n.temporary_language(language):
        edition = ruby.plain(edition_line(_dataset(), audience))
    for number, slide in enumerate(_deck(audience, language).slides, start=1):
        kinds = {s.placeholder_format.type: s for s in slide.placeholders}
        footer = kinds[PP_PLACEHOLDER.FOOTER]
        assert footer.text_frame.text == edition, number
        field = kinds[PP_PLACEHOLDER.SLIDE_NUMBER]._element.find(".//" + qn("a:fld"))
        assert field.get("type") == "slidenum" and field.find(qn("a:t")).text == str(number)
        # said once: no source line above the strip repeats it (the cover says it as its text)
        for shape in slide.shapes:
            if number > 1 and shape.has_text_frame and shape.name.startswith("Footer "):
                assert edition not in shape.text_frame.text.replace("\v", ""), number


def test_the_theme_has_the_apps_colours_and_runs_name_them() -> None:
    deck = _deck(Audience.ADULTS, "en")
    part = deck.slide_master.part.part_related_by(RT.THEME)
    scheme = etree.fromstring(part.blob).find(".//" + qn("a:clrScheme"))
    colour = {child.tag.split("}")[1]: child[0].get("val") for child in scheme}
    assert colour["dk1"] == LIGHT.text.lstrip("#")
    assert colour["lt1"] == LIGHT.background.lstrip("#")
    assert colour["accent1"] == LIGHT.accent.lstrip("#")
    assert colour["dk2"] == LIGHT.muted.lstrip("#")
    written = set()
    for slide in deck.slides:
        for shape in slide.placeholders:
            for run in shape._element.iter(qn("a:r")):
                fill = run.find(qn("a:rPr")).find(qn("a:solidFill"))
                if fill is not None:
                    assert fill[0].tag == qn("a:schemeClr"), etree.tostring(fill)
                    written.add(fill[0].get("val"))
    assert {"tx1", "tx2", "accent1"} <= written
