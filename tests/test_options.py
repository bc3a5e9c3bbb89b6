"""One table of options checks the user's settings and a district's site.toml alike, and the
settings file is upgraded from an older version."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from awareness_app import i18n
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.settings import options
from awareness_app.model.settings.site import NO_SITE, SiteConfig, parse_site_config
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


# --- the launch options: resolved once, each source over the next ------------------------------


def _args(**given: object) -> argparse.Namespace:
    from awareness_app.cli import build_parser

    args = build_parser().parse_args([])
    for name, value in given.items():
        setattr(args, name, value)
    return args


def test_each_source_of_a_launch_option_wins_over_the_next() -> None:
    keys = ("language", "audience", "theme", "furigana")
    command_line = _args(lang="ja", audience="adults", theme="dark", furigana="all")
    saved = {"language": "en", "audience": "elementary", "theme": "high-contrast"}
    saved["furigana"] = "off"
    site = {"language": "ja", "audience": "high-school", "theme": "light", "furigana": "all"}
    defaults = {"language": "ja"}

    def chosen(resolved: options.LaunchOptions) -> tuple[str, ...]:
        return (resolved.language, resolved.audience.value, resolved.theme, resolved.furigana)

    resolve = options.resolve_launch_options
    assert chosen(resolve(command_line, saved, site, defaults)) == ("ja", "adults", "dark", "all")
    assert chosen(resolve(_args(), saved, site, defaults)) == (
        "en",
        "elementary",
        "high-contrast",
        "off",
    )
    assert chosen(resolve(_args(), {}, site, defaults)) == ("ja", "high-school", "light", "all")
    assert chosen(resolve(_args(), {}, {}, defaults)) == (
        "ja",
        "junior-high",
        "light",
        "elementary",
    )
    assert chosen(resolve(_args(), {}, {}, {})) == ("en", "junior-high", "light", "elementary")
    # what the command line gave, and only that, is remembered by the window
    assert resolve(command_line, {}, {}).given == frozenset(keys)
    assert resolve(_args(theme="dark"), {}, {}).given == {"theme"}
    # a value that is not valid (a hand-edited file) is passed over
    assert resolve(_args(), {"theme": "sepia"}, {"theme": "dark"}).theme == "dark"


def test_launch_options_are_frozen_and_read_the_rest_of_the_command_line() -> None:
    import dataclasses

    args = _args(slide="trend", size=(1280, 720), steps=-2, present=True)
    launch = options.resolve_launch_options(args, {}, {})
    assert (launch.slide, launch.size, launch.steps) == ("trend", (1280, 720), 0)
    assert launch.wants_presentation() and not launch.bilingual
    with pytest.raises(dataclasses.FrozenInstanceError):
        launch.language = "ja"  # type: ignore[misc]


def test_lang_and_audience_on_the_command_line_are_remembered_by_the_window(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`--audience` was saved for the next start and `--lang` was not; both are now, as a
    choice made in the window is. An export remembers neither."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication

    from awareness_app import cli
    from awareness_app.ui import app

    # the window opens and is shown; the event loop is not entered
    monkeypatch.setattr(app, "install_crash_handler", lambda: SimpleNamespace(run=lambda _a: 0))
    try:
        assert cli.main(["--edition", "2023", "--lang", "ja", "--audience", "adults"]) == 0
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
    saved = Settings()
    assert (saved.language, saved.audience) == ("ja", Audience.ADULTS)
    assert saved.own(options.LANGUAGE) == "ja"

    script = str(tmp_path / "lesson.md")
    assert cli.main(["--lang", "en", "--audience", "elementary", "--export-script", script]) == 0
    assert (Settings().language, Settings().audience) == ("ja", Audience.ADULTS)
