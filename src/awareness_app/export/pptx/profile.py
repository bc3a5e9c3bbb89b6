"""The overshare activity's made-up profiles as pictures, drawn with Pillow from
`model/lesson/overshare.py` (the app draws them with Qt in `ui/activities/overshare_card.py`; the
PowerPoint export is Qt-free). No Qt.

    png, regions = profile_picture(profile, audience)   # PNG bytes; region → (x0, y0, x1, y1)

The picture has nothing marked: the export outlines and numbers each detail's regions with
PowerPoint shapes over it, a slide a step, so the same picture serves every step (and the file
holds it once). Original placeholder art from simple shapes, no logos or brand colours, in the
app's font; words that pupils read in kana where their audience gets readings, as the app's
own card does.
"""

from __future__ import annotations

import io
from functools import cache
from typing import TYPE_CHECKING

from ... import resources
from ...i18n import N_, _, pgettext
from ...model.lesson.lesson import Audience
from ...model.lesson.overshare import Layout, Picture, Post, Profile
from ...model.text import ruby
from ...model.text.line_breaks import phrases
from ...themes import LIGHT

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont

WIDTH = 1000
PAD = 36
Region = tuple[int, int, int, int]

ART = {  # a placeholder picture's colours: sky or ground, and its shape
    Picture.UNIFORM: ("#DCE8F5", "#2F4A7A"),
    Picture.PARK: ("#DDF0DA", "#3C7A3A"),
    Picture.TEAM: ("#F3E7CF", "#7A5300"),
    Picture.SUNSET: ("#F8D9B8", "#C0502A"),
    Picture.TRAINING: ("#D5EDD2", "#FFFFFF"),
    Picture.CAT: ("#EFE6F3", "#6B4E7A"),
    Picture.GAME: ("#E2E4EA", "#30343C"),
    Picture.NONE: ("#EEEEEE", "#999999"),
}


@cache
def _font(size: int, bold: bool = False) -> FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(str(resources.fonts_dir() / resources.FONT_FILES[int(bold)]), size)


def _words(text: str) -> str:
    return ruby.kana(text) if ruby.OPEN in text else text


def _wrap(draw: object, text: str, font: object, width: int) -> list[str]:
    """`text` in lines no wider than `width`, broken between phrases (words in English)."""
    lines: list[str] = []
    current = ""
    for unit in phrases(text):
        piece = "".join(segment.base for segment in unit)
        if current and draw.textlength(current + piece, font=font) > width:  # type: ignore[attr-defined]
            lines.append(current.rstrip())
            current = piece.lstrip()
        else:
            current += piece
    if current:
        lines.append(current.rstrip())
    return lines


class _Canvas:
    def __init__(self, height: int) -> None:
        from PIL import Image, ImageDraw

        self.image = Image.new("RGB", (WIDTH, height), "#FFFFFF")
        self.draw = ImageDraw.Draw(self.image)
        self.regions: dict[str, Region] = {}

    def mark(self, region: str, box: tuple[float, float, float, float]) -> None:
        if not region:
            return
        x0, y0, x1, y1 = (round(v) for v in box)
        if region in self.regions:  # a region drawn in two parts: their union
            a = self.regions[region]
            x0, y0, x1, y1 = min(a[0], x0), min(a[1], y0), max(a[2], x1), max(a[3], y1)
        self.regions[region] = (x0, y0, x1, y1)

    def text(
        self, region: str, text: str, x: int, y: int, width: int, size: int, **kw: object
    ) -> int:
        """`text` wrapped at `x`, `y`; the y under it."""
        font = _font(size, bool(kw.get("bold")))
        colour = str(kw.get("colour", LIGHT.text))
        lines = _wrap(self.draw, _words(text), font, width)
        top = y
        widest = 0.0
        for line in lines:
            self.draw.text((x, y), line, font=font, fill=colour)
            widest = max(widest, self.draw.textlength(line, font=font))
            y += round(size * 1.3)
        self.mark(region, (x - 6, top - 4, x + widest + 6, y + 2))
        return y


def _avatar(canvas: _Canvas, x: int, y: int, r: int) -> None:
    d = canvas.draw
    d.ellipse((x, y, x + 2 * r, y + 2 * r), fill="#F0C9A8", outline="#8A6A50", width=3)
    d.ellipse((x + r * 0.2, y - r * 0.05, x + r * 1.8, y + r * 0.9), fill="#3A2A20")  # hair
    d.ellipse((x + r * 0.35, y + r * 0.35, x + r * 1.65, y + r * 1.75), fill="#F0C9A8")
    d.ellipse((x + r * 0.7, y + r * 0.95, x + r * 0.85, y + r * 1.1), fill="#3A2A20")
    d.ellipse((x + r * 1.15, y + r * 0.95, x + r * 1.3, y + r * 1.1), fill="#3A2A20")
    canvas.mark("avatar", (x - 4, y - 4, x + 2 * r + 4, y + 2 * r + 4))


def _art(canvas: _Canvas, picture: Picture, box: tuple[int, int, int, int], banner: str) -> None:
    d = canvas.draw
    x0, y0, x1, y1 = box
    sky, thing = ART.get(picture, ART[Picture.NONE])
    d.rectangle(box, fill=sky)
    w, h = x1 - x0, y1 - y0
    if picture == Picture.UNIFORM:
        d.rectangle((x0 + w * 0.08, y0 + h * 0.2, x0 + w * 0.14, y1), fill="#8C8C8C")  # gate
        d.rectangle((x0 + w * 0.86, y0 + h * 0.2, x0 + w * 0.92, y1), fill="#8C8C8C")
        d.ellipse((x0 + w * 0.45, y0 + h * 0.18, x0 + w * 0.55, y0 + h * 0.38), fill="#F0C9A8")
        d.rectangle((x0 + w * 0.42, y0 + h * 0.38, x0 + w * 0.58, y1 - h * 0.05), fill=thing)
    elif picture in (Picture.PARK, Picture.TRAINING):
        d.rectangle((x0, y0 + h * 0.6, x1, y1), fill="#6FA86A")
        d.ellipse((x0 + w * 0.15, y0 + h * 0.2, x0 + w * 0.35, y0 + h * 0.6), fill="#3C7A3A")
        if picture == Picture.TRAINING:
            d.ellipse(
                (x0 + w * 0.6, y0 + h * 0.62, x0 + w * 0.7, y0 + h * 0.78),
                fill=thing,
                outline="#222222",
                width=2,
            )
    elif picture == Picture.TEAM:
        for n in range(4):
            cx = x0 + w * (0.2 + 0.2 * n)
            d.ellipse((cx - w * 0.05, y0 + h * 0.42, cx + w * 0.05, y0 + h * 0.56), fill="#F0C9A8")
            d.rectangle(
                (cx - w * 0.07, y0 + h * 0.56, cx + w * 0.07, y1 - h * 0.04), fill="#1F5FA8"
            )
    elif picture == Picture.SUNSET:
        d.ellipse((x0 + w * 0.35, y0 + h * 0.3, x0 + w * 0.65, y0 + h * 0.7), fill=thing)
        d.rectangle((x0, y0 + h * 0.55, x1, y1), fill="#5A6A8A")
    elif picture == Picture.CAT:
        d.ellipse((x0 + w * 0.3, y0 + h * 0.35, x0 + w * 0.7, y0 + h * 0.85), fill=thing)
        d.polygon(
            [
                (x0 + w * 0.33, y0 + h * 0.45),
                (x0 + w * 0.38, y0 + h * 0.25),
                (x0 + w * 0.45, y0 + h * 0.38),
            ],
            fill=thing,
        )
        d.polygon(
            [
                (x0 + w * 0.67, y0 + h * 0.45),
                (x0 + w * 0.62, y0 + h * 0.25),
                (x0 + w * 0.55, y0 + h * 0.38),
            ],
            fill=thing,
        )
    elif picture == Picture.GAME:
        d.rounded_rectangle(
            (x0 + w * 0.2, y0 + h * 0.35, x0 + w * 0.8, y0 + h * 0.7),
            radius=round(h * 0.12),
            fill=thing,
        )
        d.ellipse((x0 + w * 0.62, y0 + h * 0.45, x0 + w * 0.7, y0 + h * 0.55), fill="#E0E0E0")
    if banner:
        font = _font(max(18, round(h * 0.1)), True)
        text = _words(banner)
        length = canvas.draw.textlength(text, font=font)
        top = y0 + h * 0.1
        d.rectangle(
            (x0 + (w - length) / 2 - 10, top - 6, x0 + (w + length) / 2 + 10, top + h * 0.14),
            fill="#FFFFFF",
            outline=thing,
            width=3,
        )
        d.text((x0 + (w - length) / 2, top), text, font=font, fill=LIGHT.text)


def _place(canvas: _Canvas, post: Post, x: int, y: int, width: int, size: int) -> int:
    if not post.place:
        return y
    d = canvas.draw
    d.ellipse((x, y + size * 0.15, x + size * 0.7, y + size * 0.85), fill="#C0392B")  # a pin
    return canvas.text(
        post.place_region, _(post.place), x + size, y, width - size, size, colour=LIGHT.muted
    )


def _header(canvas: _Canvas, profile: Profile, audience: Audience) -> int:
    _avatar(canvas, PAD, PAD, 56)
    x = PAD + 140
    y = canvas.text("name", _(profile.name), x, PAD + 8, WIDTH - x - PAD, 40, bold=True)
    y = canvas.text("handle", profile.handle, x, y, WIDTH - x - PAD, 30, colour=LIGHT.muted)
    if profile.layout == Layout.PHOTO_FEED and any(profile.counts):
        posts, followers, following = profile.counts
        counts = N_("{posts} posts · {followers} followers · {following} following")
        stats = pgettext(audience.value, counts).format(
            posts=posts, followers=followers, following=following
        )
        y = canvas.text("", stats, x, y + 4, WIDTH - x - PAD, 28)
    y = max(y, PAD + 130) + 10
    for line in profile.bio:
        y = canvas.text(line.region, _(line.text), PAD, y, WIDTH - 2 * PAD, 32) + 4
    return y + 16


def _draw(canvas: _Canvas, profile: Profile, audience: Audience) -> int:
    y = _header(canvas, profile, audience)
    d = canvas.draw
    inner = WIDTH - 2 * PAD
    if profile.layout == Layout.POST_FEED:
        for post in profile.posts:
            d.line((PAD, y, WIDTH - PAD, y), fill="#D0D4DA", width=2)
            y += 18
            top = y
            if post.text:
                y = canvas.text(post.region, _(post.text), PAD, y, inner, 32) + 6
            if post.picture != Picture.NONE:
                box = (PAD, y, WIDTH - PAD, y + 300)
                _art(canvas, post.picture, box, "")
                canvas.mark(post.picture_region or post.region, box)
                y += 312
            y = _place(canvas, post, PAD, y, inner, 28) + 8
            canvas.mark(post.region, (PAD - 6, top - 6, WIDTH - PAD + 6, y))
        return y + PAD
    side = (inner - 2 * 16) // 3
    for index, post in enumerate(profile.posts):
        column, row = index % 3, index // 3
        x0 = PAD + column * (side + 16)
        y0 = y + row * (side + 16)
        box = (x0, y0, x0 + side, y0 + side)
        banner = _(post.text) if post.picture == Picture.TEAM else ""
        _art(canvas, post.picture, box, banner)
        canvas.mark(post.region, box)
        if post.text and post.picture != Picture.TEAM:
            lines = _wrap(d, _words(_(post.text)), _font(26, True), side - 24)
            band = y0 + side - 16 - 34 * len(lines)
            d.rectangle((x0, band - 8, x0 + side, y0 + side), fill="#222222")
            for n, line in enumerate(lines):
                d.text((x0 + 12, band + 34 * n), line, font=_font(26, True), fill="#FFFFFF")
        if post.place:
            tag = _words(_(post.place))
            font = _font(24)
            length = d.textlength(tag, font=font)
            d.rectangle((x0 + 8, y0 + 8, x0 + 44 + length, y0 + 44), fill="#FFFFFF")
            d.ellipse((x0 + 14, y0 + 16, x0 + 32, y0 + 36), fill="#C0392B")
            d.text((x0 + 38, y0 + 12), tag, font=font, fill=LIGHT.text)
            canvas.mark(post.place_region, (x0 + 4, y0 + 4, x0 + 48 + length, y0 + 48))
    rows = (len(profile.posts) + 2) // 3
    return y + rows * (side + 16) + PAD


def profile_picture(
    profile: Profile, audience: Audience
) -> tuple[bytes, dict[str, Region], tuple[int, int]]:
    """The profile drawn with nothing marked: PNG bytes, each region's box in pixels, and the
    picture's size (call in the language, and within `readings_for(audience, furigana,
    kana=True)`)."""
    probe = _Canvas(4000)
    height = _draw(probe, profile, audience)
    canvas = _Canvas(height)
    _draw(canvas, profile, audience)
    canvas.draw.rectangle((0, 0, WIDTH - 1, height - 1), outline="#B8BEC8", width=3)
    buffer = io.BytesIO()
    canvas.image.save(buffer, "PNG")  # optimize: 3 % smaller, 2.5 times as long
    return buffer.getvalue(), canvas.regions, (WIDTH, height)
