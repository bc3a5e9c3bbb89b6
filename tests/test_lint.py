"""ruff's lint and format pass on the whole project, and mypy on all of `src/`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_check_passes() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = subprocess.run(
        [
            ruff,
            "check",
            *(p for p in ("src", "tests", "tools", "benchmarks") if (ROOT / p).is_dir()),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def test_ruff_format_is_applied() -> None:
    folders = [p for p in ("src", "tests", "tools", "benchmarks") if (ROOT / p).is_dir()]
    result = subprocess.run(
        [_tool("ruff"), "format", "--check", *folders], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes_on_all_of_src() -> None:
    """All of `src/awareness_app` (the files under [tool.mypy] in pyproject.toml: the model,
    the charts, the exports and the Qt widgets), with every function typed."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


MAX_LINES = 600


def test_no_source_file_is_longer_than_600_lines() -> None:
    """A longer file is split into files named for what they hold (CONTRIBUTING.md, "Where
    things live"), so a newcomer finds a line by the file's name."""
    files = sorted((ROOT / "src").rglob("*.py"))
    assert len(files) > 10
    lengths = {path: len(path.read_text(encoding="utf-8").splitlines()) for path in files}
    too_long = {str(p.relative_to(ROOT)): n for p, n in lengths.items() if n > MAX_LINES}
    assert too_long == {}, f"split these files (over {MAX_LINES} lines): {too_long}"
