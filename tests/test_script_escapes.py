"""The Markdown script shows what came from a file as typed (issue 24, point 6): a contact, a
data file's title, label or source, and a school slide's words are escaped for HTML and
Markdown, so `<a href=…>` and `[click](…)` are never links in the rendered script."""

from __future__ import annotations

from pathlib import Path

from awareness_app import resources
from awareness_app.model.data.dataset import load_dataset
from awareness_app.model.data.fit import fit_lesson
from awareness_app.model.documents.script import lesson_script, md
from awareness_app.model.lesson.contacts import LocalContact
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.plan import apply_plan, load_plan
from lessons import LESSON

DATA = Path(__file__).parent / "data"
LINK = '<a href="https://evil.example">call</a>'
CLICK = "[click](https://evil.example)"


def test_md_escapes_html_and_markdown_but_keeps_furigana() -> None:
    assert md(LINK) == '&lt;a href="https://evil.example"&gt;call&lt;/a&gt;'
    assert md(CLICK) == "\\[click\\](https://evil.example)"
    assert (
        md("*bold* _it_ `code` a|b ~~x~~") == "\\*bold\\* \\_it\\_ \\`code\\` a\\|b \\~\\~x\\~\\~"
    )
    assert md("03-1234-5678 #9110") == "03-1234-5678 #9110"
    assert md("｜警察《けいさつ》") == "<ruby>警察<rt>けいさつ</rt></ruby>"


def test_contacts_data_and_school_slides_are_escaped_in_the_script(tmp_path: Path) -> None:
    text = resources.editions()[2025].read_text(encoding="utf-8")
    text = text.replace(
        'title = "National Police Agency figures for 2025"', f"title = '{LINK} {CLICK}'", 1
    ).replace('title = "News report on the NPA\'s figures for 2025"', f"title = '{CLICK} <b>x</b>'")
    data = tmp_path / "npa-2025.toml"
    data.write_text(text, encoding="utf-8")
    dataset = load_dataset(data)
    contact = LocalContact(f"{LINK} {CLICK}", "", "Room 2-3", "*always*", "")
    plan = load_plan(DATA / "plans" / "markup-school-slide.toml")
    fitted = fit_lesson(LESSON, dataset)  # the slides the 2025 release has figures for
    lesson = apply_plan(fitted, plan).lesson
    script = lesson_script(lesson, Audience.JUNIOR_HIGH, dataset, [contact])
    script += lesson_script(fitted, Audience.JUNIOR_HIGH, dataset, [contact])  # closing slide
    assert "<a href" not in script and "<b>" not in script and "<img" not in script
    assert "](https://evil.example)" not in script.replace("\\](", "")
    assert "&lt;a href=&quot;" in script or '&lt;a href="https://evil.example"&gt;' in script
    assert "\\[click\\](https://evil.example)" in script
    assert "\\*always\\*" in script
    assert "&lt;img src=x.png&gt;" in script  # the school slide's title, as typed
