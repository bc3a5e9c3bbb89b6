"""`--present` and `--bilingual` on the command line: screenshots of the presentation view."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from awareness_app import cli


def _app(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "awareness_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _ink_columns(image: QImage, left: int, right: int) -> int:
    """How many columns between `left` and `right` have a pixel unlike the background."""
    background = image.pixel(2, 2)
    return sum(
        any(image.pixel(x, y) != background for y in range(0, image.height(), 4))
        for x in range(left, right, 4)
    )


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_present_screenshot_is_the_presentation_view(tmp_path: Path, size) -> None:
    out = tmp_path / "present.png"
    width, height = size
    result = _app("--present", "--slide", "headline", "--screenshot", str(out),
                  "--size", f"{width}x{height}")  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == size
    assert _ink_columns(image, 0, width) > 20  # a slide is drawn, not a blank picture


def test_bilingual_screenshot_draws_both_halves(tmp_path: Path) -> None:
    out = tmp_path / "bilingual.png"
    result = _app("--bilingual", "--lang", "en", "--slide", "trend", "--theme", "dark",
                  "--screenshot", str(out), "--size", "1920x1080")  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    assert _ink_columns(image, 0, 940) > 50 and _ink_columns(image, 980, 1920) > 50


def test_bilingual_screenshot_shows_both_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same path in-process, to read the texts of the view that was drawn."""
    from awareness_app.ui import app as ui_app
    from awareness_app.ui.presenting.presentation_view import PresentationView

    drawn: list[list[str]] = []
    grab = ui_app.grab

    def grab_and_read(widget, width, height):  # type: ignore[no-untyped-def]
        assert isinstance(widget, PresentationView)
        drawn.append(widget.page.texts())
        return grab(widget, width, height)

    monkeypatch.setattr(ui_app, "grab", grab_and_read)
    out = tmp_path / "bilingual.png"
    args = ["--bilingual", "--slide", "headline", "--screenshot", str(out), "--size", "1280x720"]
    assert cli.main(args) == 0
    texts = " ".join(drawn[0])
    assert "Children harmed" in texts
    assert any("\u4e00" <= ch <= "\u9fff" for ch in texts)
    assert QImage(str(out)).width() == 1280


def test_help_lists_the_presenting_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "--present" in out and "--bilingual" in out and "F5" in out
