"""The lesson as a Markdown script for preparation: each slide's on-screen text, its speaker
notes and the sources of its figures. No Qt here."""

from __future__ import annotations

from ..i18n import _, format_date, format_year
from .dataset import DataSet
from .lesson import Audience, Lesson
from .render import audience_label, describe_derivation, describe_source, render_slide


def _grade(grade: str) -> str:
    return _("Reported") if grade == "reported" else _("Derived")


def lesson_script(lesson: Lesson, audience: Audience, dataset: DataSet) -> str:
    lines = [
        f"# {_(lesson.title.for_audience(audience))} — {audience_label(audience)}",
        "",
        _("Data set: {title} ({year}); platform facts checked on {date}.").format(
            title=_(dataset.title),
            year=format_year(dataset.year),
            date=format_date(dataset.facts_checked),
        ),
        "",
    ]
    for slide in lesson.for_audience(audience):
        shown = render_slide(lesson, slide, audience, dataset)
        lines += [f"## {shown.number}. {shown.title}", ""]
        if shown.headline:
            lines += [f"**{shown.headline.text}**", ""]
        if shown.body:
            lines += [shown.body, ""]
        lines += [f"- {b}" for b in shown.bullets]
        lines += [
            f"- {h.name}: **{h.number}**" + (f" ({h.hours})" if h.hours else "")
            for h in shown.helplines
        ]
        if shown.bullets or shown.helplines:
            lines.append("")
        if shown.chart:
            lines += [_("*Chart: {chart}*").format(chart=shown.chart), ""]
        if shown.notes:
            lines += [f"**{_('Speaker notes')}:** {shown.notes}", ""]
        if shown.figures:
            lines += [f"**{_('Sources')}:**", ""]
            for figure_shown in shown.figures:
                figure = figure_shown.figure
                sources = "; ".join(
                    describe_source(s) + (f" <{s.url}>" if s.url else "")
                    for s in dataset.sources_of(figure)
                )
                lines.append(
                    f"- {_(figure.label)} ({format_year(figure.year)}): {figure_shown.text} — "
                    f"{_grade(figure.grade)}. {sources}"
                )
                if figure.derivation is not None:
                    how = describe_derivation(figure, dataset).splitlines()
                    lines += [f"  {line}" for line in how]
            lines.append("")
        if shown.sources:
            lines += [f"**{_('All sources of this lesson')}:**", ""]
            lines += [
                f"- {describe_source(s)}" + (f" <{s.url}>" if s.url else "") for s in shown.sources
            ]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
