"""Opening the app's exports as a teacher's office suite does, for the tests: LibreOffice
converts a .pptx to PDF with the app's font installed for its account (as a school PC has BIZ
UDPGothic), in a home of the test's own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from awareness_app import resources


def convert_to_pdf(source: Path) -> Path:
    """`source` (a .pptx) converted by LibreOffice Impress, headless; the PDF beside it."""
    home = source.parent
    fonts = home / ".fonts"
    fonts.mkdir(exist_ok=True)
    for face in resources.font_files():
        shutil.copy(face, fonts)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(home), str(source)],
        check=True,
        capture_output=True,
        timeout=240,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin:/usr/local/bin"},
    )
    return source.with_suffix(".pdf")
