"""The classroom (`model/classroom.py`) without Qt: its events, what it remembers, its plans;
and the Qt-free reading of the user's settings (`saved.SavedSettings`) agrees with the
window's (`ui/settings.py`)."""

from __future__ import annotations

from pathlib import Path

from awareness_app import i18n, user_dirs
from awareness_app.model.classroom import Classroom
from awareness_app.model.data.dataset import DataSet
from awareness_app.model.lesson.contacts import LocalContact
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.lesson.plan import built_in_plan
from awareness_app.model.settings.saved import SavedSettings
from awareness_app.model.settings.site import parse_site_config
from awareness_app.themes import THEMES
from lessons import LESSON

POLICE_BOX = LocalContact("Minami police box", "南交番", "03-1234-5678")


def _classroom(dataset: DataSet, tmp_path: Path, **given: object) -> Classroom:
    return Classroom(LESSON, dataset, SavedSettings(path=tmp_path / "none.ini"), **given)  # type: ignore[arg-type]


def test_each_change_is_one_event_and_is_remembered(dataset: DataSet, tmp_path: Path) -> None:
    classroom = _classroom(dataset, tmp_path)
    heard: list[tuple[str, object]] = []
    for name in ("language_changed", "audience_changed", "theme_changed", "edition_changed"):
        getattr(classroom, name).connect(lambda value, n=name: heard.append((n, value)))
    classroom.contacts_changed.connect(lambda: heard.append(("contacts_changed", None)))
    classroom.plan_changed.connect(lambda: heard.append(("plan_changed", None)))

    classroom.set_audience(Audience.ADULTS)
    classroom.set_audience(Audience.ADULTS)  # no change: no event
    classroom.set_theme("dark")
    classroom.set_language("ja")
    classroom.set_edition(dataset)
    classroom.set_contacts([POLICE_BOX])
    classroom.set_lesson_minutes(90)
    assert heard == [
        ("audience_changed", Audience.ADULTS),
        ("theme_changed", THEMES["dark"]),
        ("language_changed", "ja"),
        ("edition_changed", dataset),
        ("contacts_changed", None),
        ("plan_changed", None),
    ]
    assert i18n.current_language() == "ja"  # `_()` follows the classroom's language
    settings = classroom.settings
    assert (settings.audience, settings.theme, settings.language) == (Audience.ADULTS, "dark", "ja")
    assert settings.local_contacts == [POLICE_BOX]
    assert settings.lesson_minutes(Audience.ADULTS) == 90
    assert classroom.lesson_minutes() == 90


def test_values_given_are_not_remembered(dataset: DataSet, tmp_path: Path) -> None:
    classroom = _classroom(dataset, tmp_path, audience=Audience.ELEMENTARY, theme="dark")
    assert classroom.audience == Audience.ELEMENTARY
    assert classroom.theme == THEMES["dark"]
    assert classroom.settings.audience == Audience.JUNIOR_HIGH  # the default, unchanged
    classroom.set_audience(Audience.ADULTS, remember=False)
    assert classroom.settings.audience == Audience.JUNIOR_HIGH


def test_a_plan_switches_the_audience_and_shapes_the_lesson(
    dataset: DataSet, tmp_path: Path
) -> None:
    classroom = _classroom(dataset, tmp_path)
    full = [s.id for s in classroom.slides()]
    plan = built_in_plan("short", Audience.ELEMENTARY, LESSON)
    assert plan is not None
    audiences: list[Audience] = []
    classroom.audience_changed.connect(audiences.append)
    classroom.set_plan(plan, reference="built-in:short")
    assert audiences == [Audience.ELEMENTARY]
    assert classroom.plan is plan
    shown = [s.id for s in classroom.slides()]
    assert shown != full and set(shown) <= {s.id for s in classroom.fitted.slides}
    assert classroom.settings.lesson_plan(Audience.ELEMENTARY) == "built-in:short"


def test_saved_settings_read_what_the_window_saved(fresh_settings: Path) -> None:
    """The same file, read by Qt (`ui/settings.py`) and without it, gives the same values."""
    from awareness_app.ui.settings import Settings

    site = parse_site_config('[defaults]\ntheme = "dark"\nlesson_minutes = 45\n', "site.toml")
    window = Settings(site=site)
    window.local_contacts = [POLICE_BOX]
    window.audience = Audience.ADULTS
    window.furigana = "all"
    window.set_lesson_plan(Audience.ADULTS, "built-in:short")
    window.sync()
    assert user_dirs.settings_file() == Path(window.store.fileName())
    saved = SavedSettings(site)
    for read in (window, saved):
        assert read.local_contacts == [POLICE_BOX]
        assert (read.audience, read.theme, read.furigana) == (Audience.ADULTS, "dark", "all")
        assert read.lesson_plan(Audience.ADULTS) == "built-in:short"
        assert read.lesson_minutes(Audience.ADULTS) == 45  # the site's
    saved.theme = "light"  # kept in memory, never written
    assert SavedSettings(site).theme == "dark"
