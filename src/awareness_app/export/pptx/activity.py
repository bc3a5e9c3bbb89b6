"""The activities of the lesson as PowerPoint slides (no Qt): the overshare activity — each
profile's picture, then a slide a step revealing one more detail, then every detail with why it
matters — and the quiz, a slide a question followed by a slide with its answer. `plan` in
`export/pptx/deck.py` calls them; they build on the boxes of `export/pptx/boxes.py`."""

from __future__ import annotations

from ... import i18n
from ...i18n import _
from ...model.lesson.lesson import Audience
from ...model.lesson.overshare import RenderedProfile
from ...model.lesson.quiz import RenderedQuestion
from ...model.lesson.render import RenderedSlide
from ...model.text import ruby
from ...themes import LIGHT
from .boxes import (
    GAP,
    bottom_above,
    footer_box,
    room_notes,
    text_lines,
    text_slides,
    title_box,
    top_below,
)
from .layout import CONTENT_W, MARGIN, Para, Run, para
from .write import Planned


def _profile_groups(profile: RenderedProfile) -> list[list[Para]]:
    heading = para(
        f"{profile.kind}: {profile.name} ({profile.handle})", bold=True, colour=LIGHT.accent
    )
    groups = [
        [Para((Run(f"{d.number}. {d.label}", bold=True), Run(f" — {d.why}")))]
        for d in profile.details
    ]
    groups[0] = [heading, *groups[0]]
    return groups


def activity_slides(shown: RenderedSlide, audience: Audience) -> list[Planned]:
    """For each profile: its picture with nothing marked (pairs look for what gives too much
    away), then a slide a step, each revealing one more detail (outlined and numbered over the
    picture, and why it matters beside it), then every detail listed with why it matters (over
    as many slides as it needs). A slide a step rather than animations: every viewer and the
    PDF show each step (LibreOffice and Google Slides play PowerPoint's animations unevenly)."""
    from ...model.lesson.overshare import PROFILES
    from .profile import profile_picture

    title = title_box(shown.title)
    footer = footer_box(shown.source_line)
    notes = room_notes(shown)
    top = top_below(title)
    bottom = bottom_above(footer)
    out: list[Planned] = []
    for index, (profile, rendered) in enumerate(zip(PROFILES, shown.activity, strict=True)):
        # the picture draws no ruby: where the slide's words have readings, kana
        with i18n.readings(i18n.KANA if i18n.readings_mode() == i18n.RUBY else i18n.PLAIN):
            png, regions, (px_w, px_h) = profile_picture(profile, audience)
        height = bottom - top
        # the text beside it needs the room for a long phrase on one line (a heading in Japanese)
        width = min(round(height * px_w / px_h), round(CONTENT_W * 0.38))
        height = round(width * px_h / px_w)
        box = (MARGIN, top, width, height)
        scale = width / px_w
        text_left = MARGIN + width + GAP
        text_w = CONTENT_W - width - GAP
        heading = para(rendered.kind, bold=True, colour=LIGHT.accent)
        alt = ruby.plain(f"{rendered.kind}: {rendered.name} ({rendered.handle})")

        def step(
            paras: list[Para],
            outlines: list[tuple[int, tuple[int, int, int, int]]],
            left: int = text_left,
            width: int = text_w,
            picture: tuple[bytes, tuple[int, int, int, int], str] = (png, box, alt),
        ) -> Planned:
            planned = text_slides(
                shown.id,
                title,
                [paras],
                top,
                footer,
                notes,
                left=left,
                width=width,
                layout="Activity",
            )[0]
            planned.picture, planned.picture_box, planned.picture_alt = picture
            planned.outlines = outlines
            return planned

        out.append(step([*text_lines(shown.body), heading], []))
        outlines: list[tuple[int, tuple[int, int, int, int]]] = []
        for detail, rendered_detail in zip(profile.details, rendered.details, strict=True):
            for region in detail.regions:
                x0, y0, x1, y1 = regions[region]
                outlines.append(
                    (
                        rendered_detail.number,
                        (
                            MARGIN + round(x0 * scale),
                            top + round(y0 * scale),
                            round((x1 - x0) * scale),
                            round((y1 - y0) * scale),
                        ),
                    )
                )
            revealed = [
                para(rendered_detail.label, bold=True, colour=LIGHT.accent),
                para(rendered_detail.why),
            ]
            out.append(step(revealed, list(outlines)))
        groups = _profile_groups(rendered)
        if index == 0 and shown.body:
            groups[0] = [*text_lines(shown.body), *groups[0]]
        out += text_slides(shown.id, title, groups, top, footer, notes, layout="Activity")
    return out


def _question_heading(question: RenderedQuestion, answer: bool) -> str:
    # NOTE: above a quiz question in the PowerPoint file, e.g. "Question 2 of 5"
    heading = _("Question {number} of {count}").format(number=question.number, count=question.count)
    if answer:
        # NOTE: above a quiz question's answer in the PowerPoint file, e.g. "Question 2 of 5:
        # the answer"
        heading = _("{question}: the answer").format(question=heading)
    return heading


def quiz_slides(shown: RenderedSlide) -> list[Planned]:
    """A slide a question, then a slide with its answer: the right option marked, why, and
    the figure's source."""
    title = title_box(shown.title)
    top = top_below(title)
    out: list[Planned] = []
    for question in shown.quiz:
        options = [
            Para((Run(f"{n}. "), Run(option))) for n, option in enumerate(question.options, start=1)
        ]
        heading = para(_question_heading(question, False), bold=True, colour=LIGHT.accent)
        asked = [heading, para(question.question, bold=True), *options]
        notes = room_notes(shown, f"{_('Answer')}: {question.answer}")
        footer = footer_box(shown.source_line)
        out += text_slides(
            shown.id, title, [[p] for p in asked], top, footer, notes, layout="Quiz question"
        )

        marked = [
            Para((Run(f"✓ {n}. "), Run(option, bold=True)))
            if n - 1 == question.correct
            else Para((Run(f"{n}. ", colour=LIGHT.muted), Run(option, colour=LIGHT.muted)))
            for n, option in enumerate(question.options, start=1)
        ]
        answered = [
            para(_question_heading(question, True), bold=True, colour=LIGHT.accent),
            para(question.question, bold=True),
            *marked,
            para(question.answer),
        ]
        footer = footer_box(question.source_line)
        out += text_slides(
            shown.id, title, [[p] for p in answered], top, footer, notes, layout="Quiz answer"
        )
    return out
