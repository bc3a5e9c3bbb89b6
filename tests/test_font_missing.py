"""A broken install without the shipped font is said in a message, not a traceback: the app
runs in English with the system's font, and the window shows the message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = """
import sys
from pathlib import Path
from awareness_app import resources
resources.font_files = lambda: [Path(sys.argv[1])]  # the font file is gone
from awareness_app.cli import main
sys.exit(main(["--lang", "ja", "--slide", "trend", "--screenshot", sys.argv[2]]))
"""


def test_a_missing_font_is_said_and_the_app_runs_in_english(tmp_path: Path) -> None:
    missing = tmp_path / "fonts" / "BIZUDPGothic-Regular.ttf"
    shot = tmp_path / "trend.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(missing), str(shot)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "font (BIZ UDPGothic) is missing" in result.stderr and str(missing) in result.stderr
    assert "in English" in result.stderr
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 100


def test_the_message_names_the_file(qapp, monkeypatch, tmp_path: Path) -> None:
    from awareness_app import resources
    from awareness_app.ui import fonts

    missing = tmp_path / "gone.ttf"
    monkeypatch.setattr(resources, "font_files", lambda: [missing])
    fonts._loaded.cache_clear()  # as at a start: the font is looked for once
    try:
        family = fonts.load_app_font()
        problem = fonts.font_problem()
    finally:
        fonts._loaded.cache_clear()
    assert family != resources.FONT_FAMILY  # the system's (offscreen Qt may have none to name)
    assert str(missing) in (problem or "")
