"""A bilingual PowerPoint file (`--export-pptx … --bilingual`, issue 21), read back with
python-pptx: the English under the Japanese on each slide (`under`), or the English slide after
each Japanese one (`alternate`); every lesson slide's text in both languages, each run tagged
with its own language, no text smaller than the floors, every line within its box."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn

from awareness_app import cli, i18n, resources
from awareness_app.export.pptx import deck as pptx_export
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.render import RenderedSlide, render_slide
from awareness_app.model.text import ruby
from awareness_app.model.text.furigana import DEFAULT, readings_for
from sweeps import representative
from test_pptx_export import READING, _lines, _measure

STRIP = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)
TAGS = {"ja": "ja-JP", "en": "en-GB"}


@cache
def _dataset() -> DataSet:
    return load_dataset(resources.edition_file(2025))


@cache
def _deck(audience: Audience, pairing: str):  # type: ignore[no-untyped-def]
    dataset = _dataset()
    data = pptx_export.pptx_bytes(
        fit_lesson(LESSON, dataset),
        audience,
        dataset,
        "ja",
        chart_width=480,
        second_language="en",
        pairing=pairing,
    )
    return Presentation(io.BytesIO(data))


def _rendered(audience: Audience, language: str) -> list[RenderedSlide]:
    dataset = _dataset()
    lesson = fit_lesson(LESSON, dataset)
    with i18n.temporary_language(language), readings_for(audience, DEFAULT):
        return [
            render_slide(lesson, s, audience, dataset, markup_everywhere=True)
            for s in lesson.for_audience(audience)
        ]


def _runs_by_language(slide) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The text of a slide's placeholders (not the footer strip), by each run's language."""
    out = {"ja-JP": "", "en-GB": ""}
    for shape in slide.placeholders:
        if shape.placeholder_format.type in STRIP:
            continue
        for paragraph in shape.text_frame.paragraphs:
            for run in paragraph.runs:
                out[run._r.rPr.get("lang")] += run.text
            for language in out:
                out[language] += "\n"
    return {k: READING.sub("", v) for k, v in out.items()}


def _lines_of(shown: RenderedSlide) -> list[str]:
    lines = [shown.title, *shown.body.split("\n"), *shown.bullets]
    for question in shown.quiz:
        lines += [question.question, *question.options, question.answer]
    return [ruby.plain(line).strip() for line in lines if line.strip()]


# each pairing once: under for elementary pupils, alternating for adults (the others: exhaustive)
@representative(lambda audience, pairing: (audience == Audience.ELEMENTARY) == (pairing == "under"))
@pytest.mark.parametrize("audience", [Audience.ELEMENTARY, Audience.ADULTS])
@pytest.mark.parametrize("pairing", ["under", "alternate"])
def test_both_languages_of_every_slide_each_run_tagged(audience: Audience, pairing: str) -> None:
    slides = list(_deck(audience, pairing).slides)
    japanese, english = _rendered(audience, "ja"), _rendered(audience, "en")
    titles = [READING.sub("", s.shapes.title.text_frame.text.replace("\v", "")) for s in slides]
    for ja, en in zip(japanese, english, strict=True):
        # the slides of this lesson slide: titled in Japanese (under) or in either (alternate)
        named = {ruby.plain(ja.title), ruby.plain(en.title)}
        group = [s for s, t in zip(slides, titles, strict=True) if t in named]
        assert group, ja.id
        text = {"ja-JP": "", "en-GB": ""}
        for slide in group:
            for language, said in _runs_by_language(slide).items():
                text[language] += said
        for line in _lines_of(ja):
            assert line in text["ja-JP"].replace("\n", ""), (ja.id, line)
        for line in _lines_of(en):  # the English in English runs, never in Japanese ones
            assert line in text["en-GB"].replace("\n", ""), (en.id, line)
        if pairing == "under":
            assert {t for t in titles if t in named} == {ruby.plain(ja.title)}, ja.id
        else:  # the Japanese slide(s), then the English one(s)
            order = [t for t in titles if t in named]
            assert order == sorted(order, key=lambda t: t != ruby.plain(ja.title)), ja.id
            assert ruby.plain(en.title) in order, ja.id
    assert titles[-1] == "出典"  # the sources once, in the first language
    assert "Sources" not in titles


@representative(lambda audience: audience == Audience.ELEMENTARY)
@pytest.mark.parametrize("audience", [Audience.ELEMENTARY, Audience.HIGH_SCHOOL])
def test_under_puts_the_english_under_the_japanese_on_one_slide(audience: Audience) -> None:
    """Many slides hold both languages, the English after the Japanese in the same text, and
    the deck is shorter than the alternating one."""
    under = list(_deck(audience, "under").slides)
    both = 0
    for slide in under:
        for shape in slide.placeholders:
            tags = [
                r._r.rPr.get("lang") for p in shape.text_frame.paragraphs for r in p.runs if r.text
            ]
            if "ja-JP" in tags and "en-GB" in tags:
                both += 1
                # Japanese first, then English: never back again
                assert tags.index("en-GB") > tags.index("ja-JP")
                assert "ja-JP" not in tags[tags.index("en-GB") :]
    assert both >= len(under) // 4, both  # elementary: 22 of 71 (long texts run over)
    assert len(under) < len(_deck(audience, "alternate").slides)


@pytest.mark.parametrize("pairing", ["under", "alternate"])
def test_sizes_floors_and_lines_within_their_boxes(pairing: str) -> None:
    deck = _deck(Audience.ELEMENTARY, pairing)
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.placeholders:
            if shape.placeholder_format.type in STRIP:
                continue
            assert shape.top + shape.height <= deck.slide_height, (number, shape.name)
            body = shape.text_frame._txBody.find(qn("a:bodyPr"))
            assert body.find(qn("a:noAutofit")) is not None
            floor = 32 if shape == slide.shapes.title else 24
            if shape.name.startswith(("Footer", "Sources")):
                floor = 14
            inner = (shape.width - 2 * shape.text_frame.margin_left) / 12700
            for paragraph in shape.text_frame.paragraphs:
                p_pr = paragraph._p.pPr
                indent = int(p_pr.get("marL", "0")) / 12700 if p_pr is not None else 0.0
                for line in _lines(paragraph):
                    assert all(size >= floor for _t, size, _b in line), (number, shape.name)
                    assert _measure(line) <= (inner - indent) * 0.951, (number, line)


def test_the_command_line_writes_both_pairings(tmp_path: Path) -> None:
    for pairing in ("under", "alternate"):
        out = tmp_path / f"{pairing}.pptx"
        args = ["--lang", "ja", "--audience", "adults", "--size", "480x270", "--bilingual"]
        assert cli.main([*args, "--export-pptx", str(out), "--bilingual-slides", pairing]) == 0
        deck = Presentation(str(out))
        tags = {
            r._r.rPr.get("lang")
            for s in deck.slides
            for sh in s.placeholders
            for p in sh.text_frame.paragraphs
            for r in p.runs
        }
        assert tags == {"ja-JP", "en-GB"}
    under, alternate = (Presentation(str(tmp_path / f"{p}.pptx")) for p in ("under", "alternate"))
    assert len(under.slides) < len(alternate.slides)
    with pytest.raises(SystemExit):  # the pairing without --bilingual: refused
        cli.main(["--export-pptx", str(tmp_path / "x.pptx"), "--bilingual-slides", "under"])
