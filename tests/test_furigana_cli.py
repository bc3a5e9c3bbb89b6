"""`--furigana` on the command line reaches what is drawn: the presentation view's screenshot, the
window's slide and the script follow it (it was once reset by the presentation screenshot's own
settings, so `--present --furigana off` drew the readings)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sweeps import representative


def _shot(tmp_path: Path, name: str, *args: str, slide: str = "headline") -> str:
    """The md5 of a 1280×720 screenshot of `slide` in Japanese: by default the headline, whose
    footer names the police (警察庁, けいさつちょう for pupils) and which has no chart to draw."""
    out = tmp_path / f"{name}.png"
    result = subprocess.run(
        [sys.executable, "-m", "awareness_app", "--lang", "ja", "--slide", slide,
         "--screenshot", str(out), "--size", "1280x720", *args],
        capture_output=True, text=True, timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return hashlib.md5(out.read_bytes()).hexdigest()


# the presentation (where the setting was once lost); the window's case is `exhaustive`
@representative(lambda view: view == ("--present",))
@pytest.mark.parametrize("view", [("--present",), ()], ids=["presentation", "window"])
def test_furigana_off_draws_no_readings(tmp_path: Path, qapp: object, view: tuple[str]) -> None:
    pupils = ("--audience", "elementary", *view)
    default = _shot(tmp_path, "default", *pupils)
    off = _shot(tmp_path, "off", *pupils, "--furigana", "off")
    assert off != default  # the pupils' words without their readings (警察庁, not けいさつちょう)
    # the same as the teacher's own choice, saved in the settings, which the flag stands for
    from awareness_app.ui.settings import Settings

    settings = Settings()
    settings.furigana = "off"
    settings.store.sync()
    assert _shot(tmp_path, "saved-off", *pupils) == off
    assert _shot(tmp_path, "flag-wins", *pupils, "--furigana", "elementary") == default


def test_furigana_all_gives_adults_readings(tmp_path: Path) -> None:
    adults = ("--audience", "adults", "--present")  # the trend: its chart's words get readings
    all_ = _shot(tmp_path, "all", *adults, "--furigana", "all", slide="trend")
    assert all_ != _shot(tmp_path, "plain", *adults, slide="trend")


def test_the_script_follows_furigana(tmp_path: Path) -> None:
    def script(*args: str) -> str:
        out = tmp_path / "script.md"
        result = subprocess.run(
            [sys.executable, "-m", "awareness_app", "--lang", "ja", "--audience", "elementary",
             "--export-script", str(out), *args],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return out.read_text(encoding="utf-8")

    assert "<ruby>" in script()
    off = script("--furigana", "off")
    assert "<ruby>" not in off and "警察" in off
