"""Issue 23, point 11: a source's title says what it is. An article's own headline is quoted, and
marked as a translation where it is shown translated (「…」（英語の見出しの仮訳）); a title of ours
(a description) is never quoted as if it were a headline; and a figure is cited under a title
that names what the figure is (the deepfake figures not under the first posts' title)."""

from __future__ import annotations

import pytest

from awareness_app import i18n, resources
from awareness_app.model.data.dataset import DataSet, load_dataset
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.render import describe_source
from awareness_app.model.text import ruby
from awareness_app.model.text.plain_labels import source_title

EDITIONS = sorted(resources.editions())
TRANSLATION_MARKS = ("仮訳", "日本語にしたもの")


@pytest.fixture(scope="module")
def editions() -> dict[int, DataSet]:
    return {year: load_dataset(resources.edition_file(year)) for year in EDITIONS}


@pytest.mark.parametrize("year", EDITIONS)
@pytest.mark.parametrize("audience", list(Audience))
def test_a_translated_headline_is_marked_and_a_description_is_not_quoted(
    editions: dict[int, DataSet], year: int, audience: Audience
) -> None:
    i18n.set_language("ja")
    translated = originals = described = 0
    for source in editions[year].sources.values():
        line = ruby.plain(describe_source(source, audience))
        title = ruby.plain(source_title(source, audience))
        quoted = f"「{title}」" in line
        neutral = audience == Audience.ELEMENTARY and source.plain_title
        if not source.headline or neutral:  # our words: not quoted, no mark
            assert not quoted and not any(m in line for m in TRANSLATION_MARKS), line
            described += 1
        elif title != source.title:  # the headline, translated: quoted and marked
            assert quoted and any(m in line for m in TRANSLATION_MARKS), line
            translated += 1
        else:  # the headline as written: quoted, no mark
            assert quoted and not any(m in line for m in TRANSLATION_MARKS), line
            originals += 1
    assert described > 0 and originals > 0
    assert translated > 0 or audience == Audience.ELEMENTARY


def test_an_english_headline_in_english_is_not_marked(editions: dict[int, DataSet]) -> None:
    i18n.set_language("en")
    source = editions[2025].sources["straits-times-2026"]
    line = describe_source(source, Audience.ADULTS)
    assert line.endswith(source.title) and "translated" not in line


@pytest.mark.parametrize("year", EDITIONS)
def test_each_figure_is_cited_under_a_title_about_it(
    editions: dict[int, DataSet], year: int
) -> None:
    """The deepfake figures are not cited under the title of the first-post article, in the data
    files and in the Sources dialog (Japanese too)."""
    data = editions[year]
    i18n.set_language("ja")
    for figure in data.figures.values():
        sources = data.sources_of(figure)
        titles = [s.title.lower() for s in sources]
        shown = [describe_source(s, Audience.HIGH_SCHOOL) for s in sources]
        if figure.key.startswith("deepfakes"):
            assert all("first post" not in t for t in titles), (figure.key, titles)
            assert not [t for t in titles if ":" in t and "deepfake" not in t], titles
            assert all("最初の投稿" not in s for s in shown), shown
        if figure.key.startswith("first-contact"):
            assert all("deepfake" not in t for t in titles), (figure.key, titles)
            assert all("ディープフェイク" not in s for s in shown), shown
