"""Start a built bundle offscreen, as a teacher's PC would, and check what it writes: a slide
drawn as a PNG, the handout as a PDF, the lesson as a PowerPoint file. One script for every
system, called by `.ci/run` (Linux) and `.github/workflows/release.yml` (Windows, macOS, Linux),
so the two cannot test different things.

    python packaging/smoke.py BUNDLE OUT

BUNDLE: the folder PyInstaller wrote (`build/dist`), the bundle's own folder, an installed
copy's folder, or the executable itself. OUT: where the three files go (`bundle.png`,
`bundle-handout.pdf`, `bundle-lesson.pptx`). Standard library only: it runs before and
without the app's dependencies.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

NAME = "awareness-app"
MAC_APP = "SNS Safety Classroom.app"
TIMEOUT = 300  # seconds a start may take (a cold start on a slow runner)

# (the file written, the options after the executable, what the file starts with)
SMOKE: tuple[tuple[str, tuple[str, ...], bytes], ...] = (
    ("bundle.png", ("--slide", "trend", "--screenshot"), b"\x89PNG\r\n\x1a\n"),
    (
        "bundle-handout.pdf",
        ("--lang", "ja", "--audience", "adults", "--export-handout"),
        b"%PDF-",
    ),
    (
        "bundle-lesson.pptx",
        ("--lang", "ja", "--audience", "elementary", "--export-pptx"),
        b"PK\x03\x04",
    ),
)


def executable(bundle: Path) -> Path:
    """The bundle's program: on macOS the one inside the .app, where there is one."""
    if bundle.is_file():
        return bundle
    program = NAME + (".exe" if sys.platform == "win32" else "")
    for candidate in (
        bundle / MAC_APP / "Contents" / "MacOS" / NAME,
        bundle / NAME / program,
        bundle / program,
    ):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"smoke: no {program} in {bundle}")


def check(path: Path, magic: bytes) -> None:
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(magic):
        raise SystemExit(f"smoke: {path} was not written, or is not what it should be")
    if path.suffix == ".pptx":
        with zipfile.ZipFile(path) as pptx:
            if not any(n.startswith("ppt/slides/slide") for n in pptx.namelist()):
                raise SystemExit(f"smoke: {path} has no slides")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    program = executable(Path(argv[0]))
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name, options, magic in SMOKE:
        target = out / name
        target.unlink(missing_ok=True)
        start = time.monotonic()
        subprocess.run([str(program), *options, str(target)], env=env, check=True, timeout=TIMEOUT)
        check(target, magic)
        took = time.monotonic() - start
        print(f"smoke: {name} ({target.stat().st_size} bytes) in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
