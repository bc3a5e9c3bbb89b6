"""The site-wide configuration for districts: where it is read from, validation with clear
messages, and the layering: built-in defaults < site configuration < the user's own choices."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from awareness_app import cli, resources
from awareness_app.model.lesson.contacts import LocalContact
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.settings.site import (
    find_site_config,
    load_site_config,
    parse_site_config,
    site_config_paths,
    system_config_dirs,
)

SITE = """
[defaults]
language = "ja"
audience = "elementary"
theme = "high-contrast"
lesson_minutes = 45

[data]
file = "data/npa.toml"

[[contacts]]
name_en = "School counsellor"
name_ja = "スクールカウンセラー"
phone_or_room = "Room 203"
hours_ja = "平日 9:00〜17:00"
"""


def test_a_valid_site_configuration(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text(SITE, encoding="utf-8")
    site = load_site_config(path)
    assert site.problems == ()
    assert (site.language, site.audience, site.theme, site.lesson_minutes) == (
        "ja",
        Audience.ELEMENTARY,
        "high-contrast",
        45,
    )
    assert site.dataset == tmp_path / "data" / "npa.toml"  # relative to the file
    assert site.contacts == (
        LocalContact(
            name_en="School counsellor",
            name_ja="スクールカウンセラー",
            phone_or_room="Room 203",
            hours_ja="平日 9:00〜17:00",
        ),
    )
    assert site.defaults()["lesson-minutes/adults"] == "45"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('[defaults]\nlanguage = "fr"', "defaults.language"),
        ('[defaults]\naudience = "kindergarten"', "defaults.audience"),
        ("[defaults]\ntheme = 3", "defaults.theme"),
        ("[defaults]\nlesson_minutes = 60", "defaults.lesson_minutes"),
        ("[defaults]\nlessonminutes = 45", "defaults.lessonminutes"),
        ("[colours]\nx = 1", "colours"),
        ('[data]\nfile = ""', "data.file"),
        ('[[contacts]]\nname_en = "Police"\nphone_or_room = "12"', "contacts[0]"),
        ("[[contacts]]\nname_en = 5", "contacts[0]"),
    ],
)
def test_a_bad_value_is_named_and_left_out(text: str, field: str) -> None:
    site = parse_site_config(text, "/etc/xdg/site.toml")
    assert len(site.problems) == 1, site.problems
    assert site.problems[0].startswith(f"/etc/xdg/site.toml: {field}")
    assert site.defaults() == {} and site.contacts == ()


def test_a_file_that_is_not_toml_gives_one_problem_and_no_values(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text("[defaults\nlanguage = ja", encoding="utf-8")
    site = load_site_config(path)
    assert len(site.problems) == 1 and "not valid TOML" in site.problems[0]
    assert str(path) in site.problems[0]
    assert site.defaults() == {}
    missing = load_site_config(tmp_path / "nope.toml")
    assert "cannot be read" in missing.problems[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_site_folders_on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    assert system_config_dirs() == [Path("/etc/xdg")]
    assert site_config_paths()[0] == Path("/etc/xdg/SNS Safety Classroom/site.toml")
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"/opt/a{os.pathsep}/opt/b")
    assert system_config_dirs() == [Path("/opt/a"), Path("/opt/b")]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_site_folders_are_qts_system_config_folders(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'one'}:{tmp_path / 'two'}")
    location = QStandardPaths.StandardLocation.GenericConfigLocation
    user = QStandardPaths.writableLocation(location)
    qt = [Path(p) for p in QStandardPaths.standardLocations(location) if p != user]
    assert system_config_dirs() == qt


def test_find_site_config_takes_the_first_that_exists(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "site.toml", tmp_path / "b" / "site.toml"
    second.parent.mkdir()
    second.write_text("", encoding="utf-8")
    assert find_site_config([first, second]) == second
    assert find_site_config([first]) is None


# --- layering -------------------------------------------------------------------------------------


def test_site_defaults_lie_under_the_users_own_choices(tmp_path: Path) -> None:
    from awareness_app.ui.settings import Settings

    site = parse_site_config(SITE, tmp_path / "site.toml")
    settings = Settings(site=site)
    assert settings.language == "ja"  # nothing chosen: the site's
    assert settings.audience == Audience.ELEMENTARY
    assert settings.theme == "high-contrast"
    assert settings.lesson_minutes(Audience.ADULTS) == 45
    assert [c.name_en for c in settings.local_contacts] == ["School counsellor"]
    settings.language = "en"  # the user's choice wins
    settings.audience = Audience.ADULTS
    settings.local_contacts = [LocalContact(name_en="Police box", phone_or_room="03-1234-5678")]
    again = Settings(site=site)
    assert again.language == "en" and again.audience == Audience.ADULTS
    assert again.theme == "high-contrast"
    assert [c.name_en for c in again.local_contacts] == ["Police box"]


def test_without_a_site_configuration_the_built_in_defaults_hold() -> None:
    from awareness_app.ui.settings import Settings

    settings = Settings()
    assert (settings.language, settings.audience, settings.theme) == (
        "en",
        Audience.JUNIOR_HIGH,
        "light",
    )
    assert settings.local_contacts == []


def test_site_problems_reach_the_settings_warnings(tmp_path: Path) -> None:
    from awareness_app.ui.settings import Settings

    settings = Settings(
        site=parse_site_config('[defaults]\nlanguage = "fr"', tmp_path / "site.toml")
    )
    assert any("defaults.language" in w for w in settings.warnings)
    assert settings.language == "en"


# --- the command line -----------------------------------------------------------------------------


def test_config_option_sets_the_export_language_and_audience(tmp_path: Path) -> None:
    config = tmp_path / "site.toml"
    config.write_text('[defaults]\nlanguage = "ja"\naudience = "adults"\n', encoding="utf-8")
    out = tmp_path / "lesson.md"
    assert cli.main(["--config", str(config), "--export-script", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "保護者・教職員向け" in text  # Japanese, for adults
    assert cli.main(["--config", str(config), "--lang", "en", "--export-script", str(out)]) == 0
    assert "For parents and teachers" in out.read_text(encoding="utf-8")


def test_config_option_with_a_missing_file_exits_2(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["--config", str(tmp_path / "nope.toml"), "--export-script", "x.md"])
    assert stop.value.code == 2
    assert "--config" in capsys.readouterr().err


def test_site_data_set_is_used_and_a_bad_one_falls_back(tmp_path: Path, capsys) -> None:
    data = tmp_path / "npa-next.toml"
    data.write_text(
        resources.edition_file(2023)
        .read_text(encoding="utf-8")
        .replace(
            'title = "National Police Agency figures for 2023"',
            'title = "District copy of the 2023 figures"',
        ),
        encoding="utf-8",
    )
    config = tmp_path / "site.toml"
    config.write_text('[data]\nfile = "npa-next.toml"\n', encoding="utf-8")
    out = tmp_path / "lesson.md"
    assert cli.main(["--config", str(config), "--export-script", str(out)]) == 0
    assert "District copy of the 2023 figures" in out.read_text(encoding="utf-8")
    data.write_text("[dataset]\nid = 1\n", encoding="utf-8")  # broken
    assert cli.main(["--config", str(config), "--export-script", str(out)]) == 0
    # the newest built-in edition
    assert "National Police Agency figures for 2025" in out.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert "npa-next.toml" in err and "built-in data" in err


def test_new_model_modules_import_no_qt() -> None:
    import subprocess
    import textwrap

    code = textwrap.dedent("""
        import sys
        from awareness_app import resources, i18n
        from awareness_app.model.data import fit as dataset_fit
        from awareness_app.model.documents import handout
        from awareness_app.model.lesson.content import LESSON
        from awareness_app.model.data.dataset import load_dataset
        from awareness_app.model.lesson.lesson import Audience
        data = load_dataset(resources.edition_file(2023))
        handout.build_handout(LESSON, Audience.ADULTS, data)
        assert dataset_fit.lesson_problems(LESSON, data) == []
        heavy = ("PySide6", "shiboken6", "matplotlib")
        print(sorted(m for m in sys.modules if m.startswith(heavy)))
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
