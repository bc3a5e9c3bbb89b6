"""Copy the licence texts of everything the app ships into resources/licences/.

    python tools/licences.py

The About dialog and the bundle show these files. Run it when a dependency is added or its
licence changes, and commit the result. The texts come from the installed distributions
(dist-info) and, for the
GNU licences Qt and PySide6 are under, from /usr/share/common-licenses when the wheel has none.
The font's licence (SIL OFL 1.1) is kept beside the font, in resources/fonts/OFL.txt.
"""

from __future__ import annotations

import importlib.metadata as metadata
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "licences"

# distribution → (file in resources/licences, the licence's name as shown)
COMPONENTS: dict[str, tuple[str, str]] = {
    "matplotlib": ("matplotlib.txt", "Matplotlib License (PSF-based)"),
    "numpy": ("numpy.txt", "BSD-3-Clause (and bundled: 0BSD, MIT, Zlib, CC0-1.0)"),
    "pillow": ("pillow.txt", "MIT-CMU"),
    "babel": ("babel.txt", "BSD-3-Clause"),
    "fonttools": ("fonttools.txt", "MIT"),
    "kiwisolver": ("kiwisolver.txt", "BSD-3-Clause"),
    "cycler": ("cycler.txt", "BSD-3-Clause"),
    "pyparsing": ("pyparsing.txt", "MIT"),
    "python-dateutil": ("python-dateutil.txt", "Apache-2.0 / BSD-3-Clause"),
    "packaging": ("packaging.txt", "Apache-2.0 / BSD-2-Clause"),
    "contourpy": ("contourpy.txt", "BSD-3-Clause"),
    "python-pptx": ("python-pptx.txt", "MIT"),
    "python-docx": ("python-docx.txt", "MIT"),
    "lxml": ("lxml.txt", "BSD-3-Clause"),
    "XlsxWriter": ("xlsxwriter.txt", "BSD-2-Clause"),
    "platformdirs": ("platformdirs.txt", "MIT"),
}
GNU = {"LGPL-3.0.txt": "LGPL-3", "GPL-3.0.txt": "GPL-3"}


def licence_text(distribution: str) -> str:
    dist = metadata.distribution(distribution)
    texts = []
    for file in dist.files or []:
        name = file.name.upper()
        if name.startswith(("LICENSE", "LICENCE", "COPYING")) and "dist-info" in str(file):
            texts.append(
                Path(str(dist.locate_file(file))).read_text(encoding="utf-8", errors="replace")
            )
    if not texts:
        texts.append(dist.metadata.get("License") or "")
    return "\n\n".join(t.strip() for t in texts if t.strip()) + "\n"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for distribution, (file, _name) in COMPONENTS.items():
        (OUT / file).write_text(licence_text(distribution), encoding="utf-8")
    python = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (python / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.exists():
            (OUT / "python.txt").write_text(candidate.read_text(encoding="utf-8"), encoding="utf-8")
            break
    for file, name in GNU.items():
        source = Path("/usr/share/common-licenses") / name
        if source.exists():
            (OUT / file).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        elif not (OUT / file).exists():
            print(f"missing: {file} (no {source})", file=sys.stderr)
    print(f"Wrote the licences to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
