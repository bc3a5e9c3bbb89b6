"""`--new-edition YEAR FILE`: a data file for the next year's figures, made from the newest edition
(`model/data/edition_template.py`). Empty, it names the release to copy from and every figure and
source slot with last year's value; the app refuses it, naming the figures the lesson still
lacks and the slides left out (by their titles, in the current language). Filled in (here with
last year's values, by a program), it validates, and site.toml's [data] file makes it the
edition the app shows, which ends the notice of out-of-date figures."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest

from awareness_app import cli, i18n, resources
from awareness_app.cli_exports import choose_dataset
from awareness_app.model.data.dataset import DataSetError, load_dataset
from awareness_app.model.data.edition_age import available_editions, outdated, shown_edition
from awareness_app.model.data.fit import lesson_problems, open_dataset
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.settings.site import load_site_config

NEWEST = resources.edition_file(2025)


def _template(tmp_path: Path) -> Path:
    path = tmp_path / "npa-2026.toml"
    assert cli.main(["--new-edition", "2026", str(path)]) == 0
    return path


def _filled(text: str) -> str:
    """The template with every empty value and source replaced by last year's (the comment
    above it), the new source slot described, and the reported changes 0 (the same values)."""
    out: list[str] = []
    last = ""  # the value in the comment on the line before, else ""
    for line in text.splitlines():
        comment = re.match(r"\s*# 2025: (.*)$", line)
        if last and line.strip() == '{ year = 2026, value = "", source = "" },':
            line = "    " + last.replace("year = 2025", "year = 2026") + ","
        elif last and re.fullmatch(r'(value|source|facts_checked) = ""', line):
            line = f"{line.split(' = ')[0]} = {last}"
        elif last and line == "sources = []":
            line = f"sources = {last}"
        elif line == 'released = ""':  # the day the 2026 figures came out
            line = 'released = "2027-02-25"'
        elif line in ('publisher = ""', 'date = ""  # YYYY-MM-DD'):
            line = 'publisher = "A test"' if "publisher" in line else 'date = "2027-02-25"'
        last = comment[1] if comment else ""
        out.append(line)
    filled = "\n".join(out) + "\n"
    # a change from 2025 to 2026 with the same values: none
    return re.sub(r'(key = "[a-z-]+-change"\n(?:.*\n)*?)value = [0-9.-]+', r"\1value = 0.0", filled)


def test_the_template_names_the_release_and_every_figure_with_last_years_value(
    tmp_path: Path,
) -> None:
    text = _template(tmp_path).read_text(encoding="utf-8")
    top = "\n".join(text.splitlines()[:10])
    assert "「令和8年における少年非行及び子供の性被害の状況」" in top
    assert "「令和7年における少年非行及び子供の性被害の状況」" in top and "site.toml" in top
    raw = tomllib.loads(text)
    assert raw["dataset"]["year"] == 2026 and raw["dataset"]["released"] == ""
    old = tomllib.loads(NEWEST.read_text(encoding="utf-8"))
    assert [f["key"] for f in raw["figures"]] == [f["key"] for f in old["figures"]]
    assert set(old["sources"]) < set(raw["sources"])
    # each figure of 2025 is a 2026 slot, empty, under 2025's value
    assert '# 2025: 758\nvalue = ""' in text  # junior-high pupils victimised
    assert '    # 2025: { year = 2025, value = 1566, source = "yomiuri-2026" }' in text
    assert re.search(r'\{ year = 2026, value = "", source = "" \}', text)


def test_an_existing_file_is_kept_and_the_year_must_follow_the_newest(tmp_path: Path) -> None:
    path = _template(tmp_path)
    with pytest.raises(SystemExit) as stop:
        cli.main(["--new-edition", "2026", str(path)])
    assert stop.value.code == 2
    for year in ("2025", "2027", "next"):  # the year after the newest only
        with pytest.raises(SystemExit):
            cli.main(["--new-edition", year, str(tmp_path / "other.toml")])
    assert not (tmp_path / "other.toml").exists()


@pytest.mark.parametrize(
    ("language", "figure", "slide"),
    [
        (
            "en",
            "Children victimised through social media (2026)",
            "“Where children met the offender”",
        ),
        ("ja", "（2026年）", "「被害にあった子どもが相手と知り合った場所」"),
    ],
)
def test_an_empty_template_is_refused_naming_the_figures_and_the_slides_left_out(
    tmp_path: Path, language: str, figure: str, slide: str
) -> None:
    path = _template(tmp_path)
    with i18n.temporary_language(language), pytest.raises(DataSetError) as error:
        open_dataset(path, LESSON)
    message = str(error.value)
    assert figure in message and slide in message
    assert "dataset.released" in message and "sources.release-2026" in message
    # by titles, not ids
    assert "where-met" not in message and "'victims@2026'" not in message


def test_a_filled_template_validates_and_carries_the_lesson(tmp_path: Path) -> None:
    path = _template(tmp_path)
    path.write_text(_filled(path.read_text(encoding="utf-8")), encoding="utf-8")
    dataset = open_dataset(path, LESSON)
    assert dataset.year == 2026 and dataset.figure("victims").value == 1566
    assert lesson_problems(LESSON, dataset) == []


def test_a_filled_template_is_the_edition_site_toml_names(tmp_path: Path) -> None:
    path = _template(tmp_path)
    path.write_text(_filled(path.read_text(encoding="utf-8")), encoding="utf-8")
    site_file = tmp_path / "site.toml"
    site_file.write_text('[data]\nfile = "npa-2026.toml"\n', encoding="utf-8")
    site = load_site_config(site_file)
    assert site.problems == ()
    args = argparse.Namespace(data=None, edition=None)
    shown = choose_dataset(args, site, LESSON)
    assert shown.year == 2026 and Path(shown.path) == path.resolve()
    # the 2025 figures' next release was due by 31 March 2027: the 2026 file ends the notice
    day = dt.date(2027, 4, 1)
    assert outdated([*available_editions(), shown_edition(load_dataset(NEWEST))], day)
    assert outdated([*available_editions(site.dataset), shown_edition(shown)], day) is None
    # and the command line shows it
    script = tmp_path / "lesson.md"
    assert cli.main(["--config", str(site_file), "--export-script", str(script)]) == 0
    assert "figures for 2026" in script.read_text(encoding="utf-8")


def test_an_unfilled_template_named_in_site_toml_keeps_the_built_in_edition(
    tmp_path: Path, capsys
) -> None:
    _template(tmp_path)
    site_file = tmp_path / "site.toml"
    site_file.write_text('[data]\nfile = "npa-2026.toml"\n', encoding="utf-8")
    args = argparse.Namespace(data=None, edition=None)
    shown = choose_dataset(args, load_site_config(site_file), LESSON)
    assert shown.year == resources.newest_edition()
    err = capsys.readouterr().err
    assert "cannot be used, so the app uses its built-in data" in err
    assert "The lesson still lacks these figures:" in err


def test_the_window_says_why_the_site_file_is_not_used_in_its_language(tmp_path: Path) -> None:
    from awareness_app.ui.app import site_data_warning

    _template(tmp_path)
    site_file = tmp_path / "site.toml"
    site_file.write_text('[data]\nfile = "npa-2026.toml"\n', encoding="utf-8")
    args = argparse.Namespace(data=None, edition=None)
    refused: list[DataSetError] = []
    choose_dataset(args, load_site_config(site_file), LESSON, problems=refused)
    with i18n.temporary_language("ja"):
        banner = site_data_warning(refused[0], LESSON)
    assert banner.startswith("site.toml に指定されたデータファイルは使えないため")
    assert "「被害にあった子どもが相手と知り合った場所」" in banner
    assert "（2026年）" in banner
    assert site_data_warning(None, LESSON) == ""
