"""As a teacher meets it: the app in a real X server with two screens, driven by real key
presses (xdotool). The X server is Xvfb with two X screens, which Qt lists as two screens both
called "screen" — the case in which one key press once put the speaker notes on the projector.

Skipped where Xvfb or xdotool is not installed (apt-get install xvfb xdotool; CI installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
    reason="Xvfb and xdotool are not installed (apt-get install xvfb xdotool)",
)

LAPTOP, PROJECTOR = 0, 1  # the X screens: 1280×800 (the laptop's) and 1920×1080


@pytest.fixture
def display() -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-nolisten",
            "tcp",
            "-screen",
            "0",
            "1280x800x24",
            "-screen",
            "1",
            "1920x1080x24",
        ],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as fp:
        number = fp.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


class Desktop:
    def __init__(self, display: str) -> None:
        self.env = {**os.environ, "DISPLAY": display}

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], capture_output=True, text=True, env=self.env, timeout=30
        )
        return done.stdout.strip()

    def windows(self, screen: int) -> list[str]:
        """The titles of the windows shown on an X screen."""
        ids = self.xdotool("search", "--screen", str(screen), "--onlyvisible", "--name", ".")
        return [self.xdotool("getwindowname", w) for w in ids.split()]

    def window(self, screen: int, title: str) -> str:
        ids = self.xdotool("search", "--screen", str(screen), "--onlyvisible", "--name", title)
        return ids.split()[0] if ids else ""

    def size(self, window: str) -> tuple[int, int]:
        shell = self.xdotool("getwindowgeometry", "--shell", window)
        values = dict(line.split("=") for line in shell.splitlines())
        return int(values["WIDTH"]), int(values["HEIGHT"])

    def wait(self, condition, what: str, seconds: float = 20) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if condition():
                return
            time.sleep(0.2)
        raise AssertionError(f"{what}; on the screens: {self.windows(0)} / {self.windows(1)}")

    def key(self, *keys: str) -> None:
        for key in keys:
            self.xdotool("key", key)
            time.sleep(0.3)


def _on(desktop: Desktop, screen: int, title: str) -> bool:
    return any(title in name for name in desktop.windows(screen))


def test_two_screens_keys_swap_and_nothing_remembered_by_accident(
    display: str, tmp_path: Path
) -> None:
    desktop = Desktop(display)
    env = {
        **desktop.env,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "awareness_app", "--lang", "en", "--edition", "2025"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        desktop.wait(lambda: desktop.window(LAPTOP, "SNS Safety Classroom"), "no window")
        main = desktop.window(LAPTOP, "SNS Safety Classroom")
        first_title = desktop.xdotool("getwindowname", main)
        desktop.xdotool("windowfocus", "--sync", main)
        desktop.key("F5")  # present: the slides on the projector, the notes on the laptop
        desktop.wait(
            lambda: (
                _on(desktop, PROJECTOR, "Presentation view")
                and _on(desktop, LAPTOP, "Presenter console")
            ),
            "F5 did not put the presentation on the projector and the console on the laptop",
        )
        console = desktop.window(LAPTOP, "Presenter console")
        width, height = desktop.size(console)
        assert width <= 1280 and height <= 800, "the console is larger than the laptop's screen"
        assert not _on(desktop, PROJECTOR, "Presenter console")

        desktop.xdotool("windowfocus", "--sync", console)
        desktop.key("Right")  # the lesson moves (the window follows it)
        desktop.wait(
            lambda: desktop.xdotool("getwindowname", main) != first_title, "→ did not move"
        )

        desktop.key("x")  # swapped, for this lesson only
        desktop.wait(
            lambda: (
                _on(desktop, LAPTOP, "Presentation view")
                and _on(desktop, PROJECTOR, "Presenter console")
            ),
            "X did not swap the screens",
        )
        desktop.xdotool("windowfocus", "--sync", desktop.window(PROJECTOR, "Presenter console"))
        desktop.key("x")  # and back
        desktop.wait(
            lambda: (
                _on(desktop, PROJECTOR, "Presentation view")
                and _on(desktop, LAPTOP, "Presenter console")
            ),
            "X again did not swap the screens back",
        )
        desktop.xdotool("windowfocus", "--sync", desktop.window(LAPTOP, "Presenter console"))
        desktop.key("Escape")  # the presentation ends
        desktop.wait(lambda: not _on(desktop, PROJECTOR, "Presentation view"), "Esc did not end it")
        desktop.xdotool("windowfocus", "--sync", main)
        desktop.key("F5")  # and starts again the right way round: the swap was not remembered
        desktop.wait(
            lambda: (
                _on(desktop, PROJECTOR, "Presentation view")
                and _on(desktop, LAPTOP, "Presenter console")
            ),
            "the next F5 did not start the right way round",
        )
    finally:
        app.terminate()
        try:
            _out, err = app.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            _out, err = app.communicate()
    assert "Traceback" not in err, err
    settings = list((tmp_path / "config").rglob("*.ini"))
    assert settings and "presentation-screen" not in settings[0].read_text(encoding="utf-8")
