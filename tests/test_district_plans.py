"""A district's plan that cannot be read is said, not silently dropped (issue #24, point 11)."""

from __future__ import annotations

from pathlib import Path

from awareness_app import i18n
from awareness_app.model.lesson import plan as lp
from awareness_app.model.lesson.content import LESSON
from awareness_app.model.lesson.lesson import Audience
from awareness_app.model.settings.site import load_site_config
from awareness_app.ui.app import create_application
from awareness_app.ui.classroom_state import ClassroomState
from awareness_app.ui.settings import Settings
from awareness_app.ui.window.main_window import MainWindow


def test_a_broken_district_plan_is_left_out_of_the_chooser_and_said(
    qtbot, tmp_path: Path, dataset
) -> None:
    site = tmp_path / "site.toml"
    site.write_text("", encoding="utf-8")
    (tmp_path / "plans").mkdir()
    good = lp.LessonPlan(
        name="District homeroom",
        audience=Audience.JUNIOR_HIGH,
        minutes=15,
        slides=("title", "closing"),
    )
    lp.save_plan(tmp_path / "plans" / "good.toml", good)
    (tmp_path / "plans" / "broken.toml").write_text(
        'format = 1\nname = "Broken"\naudience = "junior-high"\nminutes = 20\nslides = ["title"]\n',
        encoding="utf-8",
    )
    create_application()
    window = MainWindow(ClassroomState(LESSON, dataset, Settings(site=load_site_config(site))))
    qtbot.addWidget(window)
    titles = [window.plans.box.itemText(i) for i in range(window.plans.box.count())]
    assert "District homeroom" in titles and "Broken" not in titles
    banner = window.banner.text()
    assert not window.banner.isHidden()
    assert "The district's lesson plan broken.toml cannot be used" in banner
    assert "minutes: 20 is not a length of lesson" in banner
    # said once, and again in Japanese after the language changes (not twice)
    window.set_language("ja")
    banner = window.banner.text()
    assert banner.count("地区の授業プラン broken.toml") == 1
    assert "地区の授業プラン" in banner and "The district's" not in banner
    i18n.set_language("en")
