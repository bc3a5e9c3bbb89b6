"""Opening the app's exports as a teacher's office suite does, for the tests: LibreOffice
converts a .pptx to PDF with the app's font installed for its account (as a school PC has BIZ
UDPGothic), in a home of the test's own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from awareness_app import resources

# the programs the tests open exports with, and the Debian package each comes in
PACKAGES = {
    "soffice": "libreoffice-impress",
    "pdftotext": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdftoppm": "poppler-utils",
}


def needs(*tools: str) -> pytest.MarkDecorator:
    """Skip the test where one of `tools` is not installed, naming what installs them (the
    README: without LibreOffice and poppler, those tests are skipped, never failed)."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    packages = " ".join(sorted({PACKAGES[tool] for tool in tools}))
    return pytest.mark.skipif(
        bool(missing),
        reason=f"{', '.join(missing)} not installed "
        f"(apt-get install --no-install-recommends {packages})",
    )


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


def pdftotext(pdf: Path, page: int, mode: str = "-layout") -> str:
    """One page of `pdf` as poppler's pdftotext reads it (`-layout`, or `-bbox` for words with
    their boxes)."""
    return subprocess.run(
        ["pdftotext", mode, "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
