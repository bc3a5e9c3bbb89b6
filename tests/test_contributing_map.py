"""CONTRIBUTING.md's map ("Where things live") matches the tree: every package of the app has a
row, and every file or folder the map names exists, so a newcomer who follows it lands on a file.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "src" / "awareness_app"
NAMED = re.compile(r"`([\w./-]+)`")


def _rows() -> list[tuple[str, str]]:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text.split("## Where things live", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 2 and not set(cells[0]) <= set("-"):
            rows.append((cells[0], cells[1]))
    assert len(rows) > 20
    return rows


def _place(name: str) -> Path | None:
    """Where a path of the map's first column is: from the project's root, else the app's."""
    for base in (ROOT, APP):
        if (base / name).exists():
            return base / name
    return None


def test_every_path_the_map_names_exists() -> None:
    missing = []
    for folders, holds in _rows():
        places = {name: _place(name) for name in NAMED.findall(folders)}
        missing += [name for name, at in places.items() if at is None]
        homes = [at for at in places.values() if at is not None and at.is_dir()]
        for name in NAMED.findall(holds):
            if not name.endswith(".py"):
                continue
            # a file named in a folder's row: in that folder, else from the app's or the root
            candidates = [home / name for home in homes] + [APP / name, ROOT / name]
            candidates += [*APP.rglob(name)] if "/" not in name else []
            if not any(path.exists() for path in candidates):
                missing.append(f"{name} (in the row of {folders})")
    assert missing == []


def test_every_package_of_the_app_has_a_row() -> None:
    named = {
        at.resolve()
        for folders, _ in _rows()
        for at in map(_place, NAMED.findall(folders))
        if at is not None
    }
    packages = [init.parent for init in APP.rglob("__init__.py") if init.parent != APP]
    assert len(packages) >= 10
    assert sorted(str(p.relative_to(APP)) for p in packages if p.resolve() not in named) == []
