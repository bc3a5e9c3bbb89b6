"""The lesson as a Markdown script for preparation: each slide's on-screen text, its speaker
notes and the sources of its figures. No Qt here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape as escape_html

from ...i18n import _, format_date, format_year
from ..charts.build import chart_title
from ..data.dataset import DataSet, Source
from ..lesson.contacts import LocalContact
from ..lesson.lesson import Audience, Lesson, SlideKind
from ..lesson.render import (
    HelpLineRow,
    RenderedSlide,
    audience_label,
    dataset_line,
    describe_derivation,
    describe_source,
    render_slide,
)
from ..text import ruby
from ..text.furigana import DEFAULT, readings_for
from ..text.plain_labels import figure_label, source_url

# Markdown's punctuation that makes markup inside a line (links, images, emphasis, code,
# tables, strikethrough); a field never starts a line, so "-", "#" and "1." stay as they are.
# CommonMark lets a backslash escape any of them. < and & are escaped as HTML.
_MARKDOWN = re.compile(r"([\\`*_\[\]|~])")


def md(text: str) -> str:
    """Text from a file (a contact, a data file's title, label or source, a school slide) as
    Markdown that shows it as typed: HTML escaped, Markdown's punctuation escaped, and only the
    catalogue's furigana turned into `<ruby>`."""
    return ruby.html(_MARKDOWN.sub(r"\\\1", escape_html(text, quote=False)))


def _grade(grade: str) -> str:
    return _("Reported") if grade == "reported" else _("Derived")


def lesson_script(
    lesson: Lesson,
    audience: Audience,
    dataset: DataSet,
    contacts: Sequence[LocalContact] = (),
    furigana: str = DEFAULT,
) -> str:
    """The lesson for `audience` as Markdown, in the current language; `contacts`: the school's
    own, on the closing slide; `furigana`: the setting (which audiences get readings)."""
    lines = [
        f"# {_(lesson.title.for_audience(audience))} — {audience_label(audience)}",
        "",
        # NOTE: the script's first line; {edition} is e.g. "National Police Agency figures for
        # 2025, released 26 February 2026"
        _("{edition}; platform facts checked on {date}.").format(
            edition=md(dataset_line(dataset)), date=format_date(dataset.facts_checked)
        ),
        "",
    ]
    for slide in lesson.for_audience(audience):
        with readings_for(
            audience, furigana
        ):  # the slide's words with <ruby> where it has furigana
            shown = render_slide(lesson, slide, audience, dataset, contacts)
        # the school's own slide is the teacher's plain text: escaped, never markup
        own = shown.kind == SlideKind.SCHOOL
        title = md(shown.title) if own else ruby.html(shown.title)
        lines += [f"## {shown.number}. {title}", ""]
        if shown.headline:
            lines += [f"**{shown.headline.text}**", ""]
        if shown.body:
            lines += [ruby.html(shown.body), ""]
        lines += [f"- {md(b) if own else ruby.html(b)}" for b in shown.bullets]
        if shown.local_contacts:
            lines += [f"*{_('Our school')}:*", ""]
            lines += [_contact_line(h) for h in shown.local_contacts]
            lines += ["", f"*{_('Help lines')}:*", ""]
        lines += [_contact_line(h) for h in shown.helplines]
        if shown.bullets or shown.helplines:
            lines.append("")
        lines += _activity_lines(shown)
        if shown.chart:
            title = chart_title(shown.chart, dataset, audience, furigana)
            lines += [_("*Chart: {chart}*").format(chart=title), ""]
        if shown.notes:
            lines += [f"**{_('Speaker notes')}:** {shown.notes}", ""]
        if shown.figures:
            lines += [f"**{_('Sources')}:**", ""]
            for figure_shown in shown.figures:
                figure = figure_shown.figure
                sources = "; ".join(
                    md(describe_source(s, audience)) + _url(s, audience)
                    for s in dataset.sources_of(figure)
                )
                label = md(figure_label(figure, audience))
                lines.append(
                    f"- {label} ({format_year(figure.year)}): {md(figure_shown.text)} — "
                    f"{_grade(figure.grade)}. {sources}"
                )
                if figure.derivation is not None:
                    how = describe_derivation(figure, dataset, audience).splitlines()
                    lines += [f"  {line}" for line in how]
            lines.append("")
        if shown.slide_sources:
            lines += [
                f"**{_('Sources of the platform facts')}** "
                + _("(checked on {date}):").format(date=format_date(dataset.facts_checked)),
                "",
            ]
            lines += [
                f"- {md(describe_source(s, audience))}" + _url(s, audience)
                for s in shown.slide_sources
            ]
            lines.append("")
        if shown.sources:
            lines += [f"**{_('All sources of this lesson')}:**", ""]
            lines += [
                f"- {md(describe_source(s, audience))}" + _url(s, audience) for s in shown.sources
            ]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _url(source: Source, audience: Audience) -> str:
    url = source_url(source, audience)
    if not url:
        return ""
    if re.fullmatch(r"https://[^\s<>\\`]+", url):
        return f" <{url}>"  # an autolink: nothing in it can close it early
    return f" {md(url)}"


def _contact_line(row: HelpLineRow) -> str:
    hours = f" ({md(row.hours)})" if row.hours else ""
    return f"- {md(row.name)}: **{md(row.number)}**{hours}"


def _activity_lines(shown: RenderedSlide) -> list[str]:
    """The overshare activity's details and the quiz's questions, as the presenter reveals them."""
    lines: list[str] = []
    for profile in shown.activity:
        lines += [f"### {profile.kind}: {profile.name} ({profile.handle})", ""]
        lines += [f"{d.number}. **{d.label}** — {d.why}" for d in profile.details]
        lines.append("")
    for question in shown.quiz:
        # NOTE: a quiz question's heading in the exported script, e.g. "Question 2"
        heading = _("Question {number}").format(number=question.number)
        lines += [
            f"### {heading}: {ruby.html(question.question)}",
            "",
        ]
        for index, option in enumerate(question.options):
            mark = " ✓" if index == question.correct else ""
            lines.append(f"{index + 1}. {ruby.html(option)}{mark}")
        answer = _("Answer")
        lines += [
            "",
            f"**{answer}:** {ruby.html(question.answer)}",
            "",
            f"*{ruby.html(question.source_line)}*",
            "",
        ]
    return lines
