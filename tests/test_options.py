"""One table of options checks the user's settings and a district's site.toml alike, and the
settings file is upgraded from an older version."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from awareness_app import i18n
from awareness_app.model import options
from awareness_app.model.lesson import Audience
from awareness_app.model.site_config import NO_SITE, SiteConfig, parse_site_config
from awareness_app.ui.settings import Settings


def _settings(path: Path, site: SiteConfig = NO_SITE) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat), site)


def test_the_same_option_rejects_the_same_value_in_both_places(tmp_path: Path) -> None:
    site = parse_site_config('[defaults]\ntheme = "sepia"\nlesson_minutes = 55\n', "site.toml")
    assert site.values == {}
    assert any("defaults.theme" in p and "sepia" in p for p in site.problems)
    assert any("lesson_minutes" in p and "15 or 45 or 50 or 90" in p for p in site.problems)
    path = tmp_path / "settings.ini"
    store = QSettings(str(path), QSettings.Format.IniFormat)
    store.setValue("theme", "sepia")
    store.setValue("lesson-minutes/adults", "55")
    store.sync()
    settings = _settings(path)
    assert settings.theme == options.THEME.default
    assert settings.lesson_minutes(Audience.ADULTS) == 50
    assert any("theme='sepia'" in w for w in settings.warnings)
    with pytest.raises(ValueError):
        settings.theme = "sepia"  # never written either


def test_site_defaults_sit_under_the_users_choice(tmp_path: Path) -> None:
    site = parse_site_config(
        '[defaults]\ntheme = "dark"\nlesson_minutes = 45\nfurigana = "all"\n', "site.toml"
    )
    assert site.problems == () and site.theme == "dark" and site.lesson_minutes == 45
    settings = _settings(tmp_path / "settings.ini", site)
    assert settings.theme == "dark" and settings.furigana == "all"
    assert settings.lesson_minutes(Audience.HIGH_SCHOOL) == 45
    settings.theme = "light"
    assert settings.theme == "light"
    assert _settings(tmp_path / "other.ini").theme == "light"  # the site only where given


def test_every_language_comes_from_one_table() -> None:
    assert options.LANGUAGE.choices == tuple(i18n.LANGUAGES)
    assert options.PRESENTER_LANGUAGE.choices == ("", *i18n.LANGUAGES)
    site = parse_site_config('[defaults]\nlanguage = "fr"\n', "site.toml")
    assert any(", ".join(i18n.LANGUAGES) in p for p in site.problems)


def test_an_old_settings_file_is_upgraded_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[General]\npresentation-screen=screen\ntheme=dark\n", encoding="utf-8"
    )  # version 1: no version key, and the ambiguous name two X screens share
    settings = _settings(path)
    assert settings.presentation_screen == "" and settings.theme == "dark"
    settings.sync()
    text = path.read_text(encoding="utf-8")
    assert f"{options.VERSION_KEY}={options.VERSION}" in text and "screen=screen" not in text
    # at the current version, a screen called "screen" (one of a kind) is kept
    settings.presentation_screen = "screen"
    settings.sync()
    assert _settings(path).presentation_screen == "screen"


def test_a_new_file_is_written_at_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = _settings(path)
    settings.presentation_screen = "screen"
    settings.sync()
    assert _settings(path).presentation_screen == "screen"


def test_a_newer_file_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        f"[General]\n{options.VERSION_KEY}={options.VERSION + 1}\npresentation-screen=screen\n",
        encoding="utf-8",
    )
    assert _settings(path).presentation_screen == "screen"
