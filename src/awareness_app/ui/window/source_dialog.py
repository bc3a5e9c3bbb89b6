"""The "Sources" dialog: for each figure on a slide, its value, year, grade and source, and for a
derived figure how it was computed."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...i18n import _, format_date, format_year
from ...model.data.dataset import DataSet, Source
from ...model.lesson.lesson import Audience
from ...model.lesson.render import RenderedSlide, describe_derivation, describe_source, edition_line
from ...model.text import ruby
from ...model.text.plain_labels import figure_label, source_url


def grade_label(grade: str) -> str:
    return _("Reported") if grade == "reported" else _("Derived")


def _source_html(source: Source, audience: Audience) -> str:
    text = escape(describe_source(source, audience))
    url = source_url(source, audience)
    if url:
        text += f"<br><span style='font-family:monospace'>{escape(url)}</span>"
    return text


def sources_html(rendered: RenderedSlide, dataset: DataSet, audience: Audience) -> str:
    """The dialog's text: one section per figure shown on the slide (in plain words, without
    offence names, for elementary pupils)."""
    parts: list[str] = [f"<h2>{escape(ruby.plain(rendered.title))}</h2>"]
    for shown in rendered.figures:
        figure = shown.figure
        parts.append(f"<h3>{escape(figure_label(figure, audience))}</h3>")
        parts.append(
            "<p>"
            + escape(_("Value: {value}").format(value=shown.text))
            + "<br>"
            + escape(_("Year: {year}").format(year=format_year(figure.year)))
            + "<br>"
            + escape(_("Grade: {grade}").format(grade=grade_label(figure.grade)))
            + "</p>"
        )
        if figure.derivation is not None:
            how = describe_derivation(figure, dataset, audience)
            parts.append("<p>" + escape(how).replace("\n", "<br>") + "</p>")
        parts.append(
            "<p><b>"
            + escape(_("Source"))
            + "</b><br>"
            + "<br>".join(_source_html(s, audience) for s in dataset.sources_of(figure))
            + "</p>"
        )
    if rendered.slide_sources:
        parts.append("<h3>" + escape(_("Sources of the platform facts")) + "</h3>")
        checked = _(
            "Checked on {date}. Menus change often, so the settings are described by what they do."
        ).format(date=format_date(dataset.facts_checked))
        parts.append(f"<p>{escape(checked)}</p><ul>")
        parts.extend(f"<li>{_source_html(s, audience)}</li>" for s in rendered.slide_sources)
        parts.append("</ul>")
    if rendered.sources:
        parts.append("<h3>" + escape(_("All sources of this lesson")) + "</h3><ul>")
        parts.extend(f"<li>{_source_html(s, audience)}</li>" for s in rendered.sources)
        parts.append("</ul>")
    # the release's own title names offences: elementary pupils see which edition, in words
    release = (
        edition_line(dataset)
        if audience == Audience.ELEMENTARY
        else _("Figures: {publisher}, “{release}”, released {date}.").format(
            publisher=_(dataset.publisher),
            release=dataset.release_title,
            date=format_date(dataset.released),
        )
    )
    parts.append(f"<p><i>{escape(release)}</i></p>")
    return "".join(parts)


class SourceDialog(QDialog):
    def __init__(
        self,
        rendered: RenderedSlide,
        dataset: DataSet,
        audience: Audience,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Sources"))
        self.setAccessibleName(_("Sources of the figures on this slide"))
        self.resize(760, 560)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)  # the app opens no network connection
        self.text.setAccessibleName(_("Sources"))
        self.text.setHtml(sources_html(rendered, dataset, audience))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
