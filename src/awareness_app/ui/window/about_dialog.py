"""Help › About: the version, the data set in use, and the licences of everything the app ships,
each with its full text (the font's licence is read from beside the font itself). The lesson's
own text and pictures have a row of their own: their terms of use (`model/lesson/terms_of_use.py`),
then the CC BY 4.0 legal code."""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import __version__, resources
from ...i18n import N_, _, format_date, format_year
from ...model.data.dataset import DataSet
from ...model.lesson.terms_of_use import CONTENT_LICENCE, CONTENT_LICENCE_FILE, terms_lines


@dataclass(frozen=True)
class Component:
    name: str
    what: str  # N_ string: what it is in the app
    licence: str  # the licence's name (not translated: a legal name)
    files: tuple[str, ...]  # in resources/licences (or beside the font)
    distribution: str = ""  # for the version
    terms: bool = False  # the lesson's own content: its terms of use come before the text


COMPONENTS: tuple[Component, ...] = (
    Component(
        "SNS Safety Classroom", N_("this app"), "MIT", ("awareness-app.txt",), "awareness-app"
    ),
    Component(
        "SNS Safety Classroom",
        N_("the lesson's text and pictures"),
        CONTENT_LICENCE,
        (CONTENT_LICENCE_FILE,),
        terms=True,
    ),
    Component(
        "BIZ UDPGothic",
        N_("the Japanese and Latin font"),
        "SIL Open Font License 1.1",
        (resources.FONT_LICENCE,),
    ),
    Component(
        "Qt 6",
        N_("the window toolkit"),
        "LGPL-3.0",
        ("LGPL-3.0.txt", "GPL-3.0.txt"),
        "PySide6-Essentials",
    ),
    Component(
        "PySide6 / Shiboken6",
        N_("Qt for Python"),
        "LGPL-3.0",
        ("LGPL-3.0.txt", "GPL-3.0.txt"),
        "PySide6-Essentials",
    ),
    Component(
        "Matplotlib",
        N_("the charts"),
        "Matplotlib License (PSF-based)",
        ("matplotlib.txt",),
        "matplotlib",
    ),
    Component(
        "Babel", N_("numbers and dates in each language"), "BSD-3-Clause", ("babel.txt",), "babel"
    ),
    Component(
        "python-pptx", N_("the PowerPoint export"), "MIT", ("python-pptx.txt",), "python-pptx"
    ),
    Component(
        "python-docx",
        N_("the lesson guide as a Word document"),
        "MIT",
        ("python-docx.txt",),
        "python-docx",
    ),
    Component(
        "lxml, XlsxWriter",
        N_("used by the PowerPoint export"),
        "BSD-3-Clause; BSD-2-Clause",
        ("lxml.txt", "xlsxwriter.txt"),
    ),
    Component(
        "platformdirs",
        N_("where the app keeps its files on each system"),
        "MIT",
        ("platformdirs.txt",),
        "platformdirs",
    ),
    Component("NumPy", N_("used by the charts"), "BSD-3-Clause", ("numpy.txt",), "numpy"),
    Component("Pillow", N_("used by the charts"), "MIT-CMU", ("pillow.txt",), "pillow"),
    Component("fontTools", N_("used by the charts"), "MIT", ("fonttools.txt",), "fonttools"),
    Component(
        "contourpy, cycler, kiwisolver",
        N_("used by the charts"),
        "BSD-3-Clause",
        ("contourpy.txt", "cycler.txt", "kiwisolver.txt"),
    ),
    Component(
        "pyparsing, python-dateutil, packaging",
        N_("used by the charts"),
        "MIT; Apache-2.0 / BSD",
        ("pyparsing.txt", "python-dateutil.txt", "packaging.txt"),
    ),
    Component("Python", N_("the language the app is written in"), "PSF License", ("python.txt",)),
)


LICENCE_COLUMNS = 80  # the width licence files are broken at


def licence_path(name: str) -> Path:
    """A licence text: the font's beside the font it covers, the others in resources."""
    if name == resources.FONT_LICENCE:
        return resources.fonts_dir() / name
    return resources.root() / "licences" / name


def licence_text(component: Component) -> str:
    parts = []
    for name in component.files:
        path = licence_path(name)
        try:
            parts.append(path.read_text(encoding="utf-8-sig", errors="replace").strip())
        except OSError:
            parts.append(
                _("The licence text {file} is missing from this installation.").format(file=path)
            )
    return "\n\n" + ("\n\n" + "─" * 60 + "\n\n").join(parts) + "\n"


def version_of(distribution: str) -> str:
    if not distribution:
        return ""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, dataset: DataSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(_("About SNS Safety Classroom"))
        self.resize(900, 640)
        self.summary = QLabel(self)
        self.summary.setObjectName("about-summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setText(self._summary_html(dataset))
        self.components = QListWidget(self)
        self.components.setObjectName("licences")
        self.components.setAccessibleName(_("Components and their licences"))
        self.components.setWordWrap(True)
        for component in COMPONENTS:
            version = version_of(component.distribution)
            if component.name == "SNS Safety Classroom":
                version = __version__
            label = f"{component.name} {version}".strip()
            item = QListWidgetItem(f"{label} — {component.licence}\n{_(component.what)}")
            item.setData(Qt.ItemDataRole.UserRole, component.name)
            self.components.addItem(item)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("licence-text")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(_("Licence text"))
        # licence files are mostly broken into lines of up to 80 characters: a fixed-pitch
        # pane at least that wide keeps their lines whole (a narrower one wrapped them again,
        # every other line short); only lines longer than that (whole paragraphs) wrap
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        metrics = self.text.fontMetrics()
        margins = self.text.contentsMargins()
        self.text.setMinimumWidth(
            metrics.horizontalAdvance("M" * LICENCE_COLUMNS)
            + round(2 * self.text.document().documentMargin())
            + margins.left()
            + margins.right()
            + self.text.verticalScrollBar().sizeHint().width()
            + 4
        )
        self.components.currentRowChanged.connect(self.show_licence)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.components)
        splitter.addWidget(self.text)
        splitter.setSizes([300, self.text.minimumWidth()])
        self.resize(max(self.width(), 330 + self.text.minimumWidth()), self.height())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(_("Licences of everything this app ships:"), self))
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.components.setCurrentRow(0)

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(COMPONENTS):
            component = COMPONENTS[row]
            heading = f"{component.name} — {component.licence}"
            if component.terms:
                heading += "\n\n" + "\n".join(terms_lines())
            self.text.setPlainText(heading + licence_text(component))

    @staticmethod
    def _summary_html(dataset: DataSet) -> str:
        lines = [
            f"<h2 style='margin:0'>{escape(_('SNS Safety Classroom'))}</h2>",
            escape(_("Version {version}").format(version=__version__)),
            escape(
                _(
                    "A lesson on children's safety on social media, with the National Police "
                    "Agency's figures, in English and Japanese."
                )
            ),
            "<b>"
            + escape(
                _("Data set: {title} ({year})").format(
                    title=_(dataset.title), year=format_year(dataset.year)
                )
            )
            + "</b>",
            escape(
                _("Released {date} by {publisher}; platform facts checked on {checked}.").format(
                    date=format_date(dataset.released),
                    publisher=_(dataset.publisher),
                    checked=format_date(dataset.facts_checked),
                )
            ),
            escape(_("File: {file}").format(file=dataset.path)),
            escape(
                _("The app makes no network connection, collects nothing and needs no account.")
            ),
        ]
        return "<br>".join(lines)
