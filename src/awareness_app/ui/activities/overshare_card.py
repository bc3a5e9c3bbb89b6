"""The overshare activity's made-up profile, laid out: a post feed (like X) or a photo feed (like
Instagram), with text of a given size, into a `Scene` of drawing steps, the regions a detail can
cover, and the texts that did not fit. `OvershareView` outlines the details and adds the caption.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from ...i18n import N_, NP_, _, format_number, pgettext
from ...model.lesson.lesson import Audience
from ...model.lesson.overshare import Layout, Picture, Post, Profile
from ...themes import Theme
from ..fonts import app_font_family
from ..slides.ruby_text import Paragraph, RubyLayout, line_texts, shared_layout
from .overshare_pictures import WHITE, cover, face, picture, pin

# An outline goes round a detail with this space between it and the text, and this thick (the
# current detail's thicker); lines of text are this far apart, so an outline never crosses the
# next line's words.
OUTLINE_MARGIN = 1 / 400
OUTLINE_PEN = 1 / 220
OUTLINE_PEN_THIN = 1 / 360
LINE_GAP = 2 * (OUTLINE_MARGIN + OUTLINE_PEN) + 1 / 600
BADGE_SIZE = 1 / 19  # a detail's number
# the counts elementary pupils read, with an entry of their own (furigana in Japanese)
_ELEMENTARY_COUNTS = NP_(
    "elementary", "{posts} posts · {followers} followers · {following} following"
)


@dataclass
class Scene:
    """What to draw, where the details are, and which texts did not fit."""

    ops: list[Callable[[QPainter], None]] = field(default_factory=list)
    regions: dict[str, QRectF] = field(default_factory=dict)
    card: QRectF = field(default_factory=QRectF)
    texts: dict[str, QRectF] = field(default_factory=dict)  # the profile's words, where drawn
    words: dict[str, str] = field(default_factory=dict)  # … and what they say
    outlines: list[tuple[str, QRectF, float]] = field(default_factory=list)  # (region, box, pen)
    lines: set[str] = field(default_factory=set)  # regions that are a line of text
    clipped: list[str] = field(default_factory=list)
    wrapped: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # text, its lines
    caption: str = ""  # the caption's text, for screen readers and tests
    caption_rect: QRectF = field(default_factory=QRectF)
    why_px: int = 0  # the size of the caption's main text


def make_font(pixels: float, bold: bool = False) -> QFont:
    font = QFont(app_font_family())
    font.setPixelSize(max(8, round(pixels)))
    font.setBold(bold)
    return font


TAB_AIR = 0.3  # ems of air above and below a tab's letters, inside its border
TAB_BORDER = 4  # px: a tab's thickest border (its focus border)


def tab_height(font: QFont, texts: list[str]) -> float:
    """The height of a tab (a pill of text, as `QPushButton` centres it) that leaves `TAB_AIR`
    between its letters, as drawn (their outlines), and its thickest border."""
    metrics = QFontMetricsF(font)
    air = TAB_BORDER + TAB_AIR * font.pixelSize()
    height = metrics.height() * 1.6
    for text in texts:
        top, bottom = _ink(font.toString(), text)  # the metrics' box is centred in the tab
        above = metrics.height() / 2 - metrics.ascent() - top
        below = metrics.ascent() + bottom - metrics.height() / 2
        height = max(height, 2 * (air + above), 2 * (air + below))
    return height


@lru_cache(maxsize=256)
def _ink(font: str, text: str) -> tuple[float, float]:
    """The top and bottom of `text`'s outlines in `font` (`QFont.toString`), about the
    baseline. Kept: drawing the outlines was a third of composing the overshare's scene, which
    the activity does at every step and every size, for the same few tabs."""
    face = QFont()
    face.fromString(font)
    ink = QPainterPath()
    ink.addText(0, 0, face, text)
    box = ink.boundingRect()
    return box.top(), box.bottom()


def wrapped(text: str, font: QFont, width: float) -> tuple[RubyLayout, QRectF]:
    """`text` laid out in `width`, breaking Japanese only between phrases (as slides do), and
    the rectangle its lines take (as wide as the widest line)."""
    layout = shared_layout([Paragraph.of(line) for line in text.split("\n")], font)
    width = max(width, 1.0)
    used = max((layout.line_end(line) for line in layout.lines(width)), default=0.0)
    return layout, QRectF(0, 0, used, layout.height(width))


def _bio(
    scene: Scene,
    profile: Profile,
    card: QRectF,
    pad: float,
    y: float,
    size: float,
    gap: float,
    theme: Theme,
) -> float:
    """The profile's bio, a line each, `gap` apart, from `y` down; the y under the last line."""
    for line in profile.bio:
        rect = draw_text(
            scene,
            line.region,
            _(line.text),
            card.left() + pad,
            y,
            card.width() - 2 * pad,
            make_font(size),
            theme.text,
        )
        scene.regions[line.region] = rect
        y = rect.bottom() + gap
    return y


class CardLayout:
    """Lays a profile out in the card, in `theme`'s colours, for a slide `reference_height` high,
    in the words of `audience`'s room."""

    def __init__(
        self, theme: Theme, reference_height: float, audience: Audience = Audience.JUNIOR_HIGH
    ) -> None:
        self.theme = theme
        self.reference_height = reference_height
        self.audience = audience

    def card(self, scene: Scene, profile: Profile, card: QRectF, size: float) -> float:
        """Draw `profile` into `card` with text of `size` pixels; return the height it needs."""
        theme = self.theme

        def frame(p: QPainter) -> None:
            p.setPen(QPen(QColor(theme.grid), 2))
            p.setBrush(QColor(theme.surface))
            p.drawRoundedRect(card.adjusted(1, 1, -1, -1), size * 0.6, size * 0.6)

        scene.ops.append(frame)
        if profile.layout == Layout.POST_FEED:
            return self._post_feed(scene, profile, card, size)
        return self._photo_feed(scene, profile, card, size)

    def _post_feed(self, scene: Scene, profile: Profile, card: QRectF, size: float) -> float:
        theme = self.theme
        pad = size * 0.8
        banner = QRectF(
            card.left(), card.top(), card.width(), max(size * 2.4, card.height() * 0.11)
        )
        scene.ops.append(lambda p: cover(p, banner, size * 0.6))
        avatar_d = size * 3.6
        avatar = QRectF(card.left() + pad, banner.bottom() - avatar_d * 0.45, avatar_d, avatar_d)
        scene.ops.append(lambda p: face(p, avatar, long_hair=True, ring=QColor(theme.surface)))
        scene.regions["avatar"] = avatar
        x = avatar.right() + pad * 0.8
        width = card.right() - pad - x
        gap = self._line_gap()
        y = banner.bottom() + gap
        handle = _name_and_handle(scene, profile, x, y, width, size, gap, theme)
        y = max(avatar.bottom(), handle.bottom()) + gap
        y = _bio(scene, profile, card, pad, y, size, gap, theme)
        for post in profile.posts:

            def rule(p: QPainter, ry: float = y) -> None:
                p.setPen(QPen(QColor(theme.grid), 2))
                p.drawLine(QPointF(card.left(), ry), QPointF(card.right(), ry))

            scene.ops.append(rule)
            y += size * 0.5
            y = self._post(scene, profile, post, card, pad, y, size) + size * 0.5
        return y - card.top()

    def _line_gap(self) -> float:
        """The space between lines of the profile's text: room for the outlines."""
        return self.reference_height * LINE_GAP

    def _post(
        self,
        scene: Scene,
        profile: Profile,
        post: Post,
        card: QRectF,
        pad: float,
        y: float,
        size: float,
    ) -> float:
        """One post of the post feed: a small avatar, the words and any photo; its bottom."""
        small = QRectF(card.left() + pad, y, size * 1.9, size * 1.9)
        scene.ops.append(lambda p: face(p, small, long_hair=profile.id == "post-feed"))
        x = small.right() + pad * 0.6
        width = card.right() - pad - x
        photo = None
        if post.picture != Picture.NONE:
            photo_w = (card.width() - 2 * pad) * 0.36
            photo = QRectF(card.right() - pad - photo_w, y, photo_w, photo_w * 0.72)
            width -= photo_w + pad * 0.6
            scene.ops.append(lambda p: picture(p, photo, post.picture, "", size * 0.8))
            scene.regions[post.picture_region or post.region] = photo
        words = draw_text(
            scene, post.region, _(post.text), x, y, width, make_font(size), self.theme.text
        )
        scene.regions[post.region] = words.united(small)  # the badge goes on the small avatar
        bottom = max(small.bottom(), words.bottom(), photo.bottom() if photo else 0)
        return bottom

    def _photo_feed(self, scene: Scene, profile: Profile, card: QRectF, size: float) -> float:
        theme = self.theme
        pad = size * 0.8
        avatar_d = size * 4.2
        avatar = QRectF(card.left() + pad, card.top() + pad, avatar_d, avatar_d)
        scene.ops.append(lambda p: face(p, avatar, long_hair=False))
        scene.regions["avatar"] = avatar
        x = avatar.right() + pad
        width = card.right() - pad - x
        gap = self._line_gap()
        y = avatar.top()
        handle = _name_and_handle(scene, profile, x, y, width, size, gap, theme)
        posts, followers, following = profile.counts
        # NOTE: the counts under a made-up profile, like on a photo app.
        counts = N_("{posts} posts · {followers} followers · {following} following")
        stats = pgettext(self.audience.value, counts).format(
            posts=format_number(posts),
            followers=format_number(followers),
            following=format_number(following),
        )
        counts_box = draw_text(
            scene,
            "counts",
            stats,
            x,
            handle.bottom() + gap,
            width,
            make_font(size * 0.85),
            theme.muted,
        )
        y = max(avatar.bottom(), counts_box.bottom()) + gap
        y = _bio(scene, profile, card, pad, y, size, gap, theme)
        # room above the pictures for the numbers on their corners
        y += max(0.0, self.reference_height * BADGE_SIZE * 0.45 - gap)
        gap = max(size * 0.25, gap)
        columns = 3
        rows = (len(profile.posts) + columns - 1) // columns
        room = card.bottom() - pad - y
        tile = min((card.width() - 2 * pad - (columns - 1) * gap) / columns, (room - gap) / rows)
        tile = max(tile, size * 4)
        left = card.left() + (card.width() - columns * tile - (columns - 1) * gap) / 2
        for index, post in enumerate(profile.posts):
            row, column = divmod(index, columns)
            rect = QRectF(left + column * (tile + gap), y + row * (tile + gap), tile, tile)
            self._tile(scene, post, rect, size)
        return y + rows * tile + (rows - 1) * gap + pad - card.top()

    def _tile(self, scene: Scene, post: Post, rect: QRectF, size: float) -> None:
        banner = _(post.text) if post.picture == Picture.TEAM else ""
        scene.ops.append(lambda p: picture(p, rect, post.picture, banner, size * 0.8))
        scene.regions[post.region] = rect
        if banner:  # on the picture's banner (see `_picture`)
            w, h = rect.width(), rect.height()
            band = QRectF(rect.left() + w * 0.06, rect.top() + h * 0.08, w * 0.88, h * 0.28)
            scene.texts[f"{post.region}: words"] = band
            scene.words[f"{post.region}: words"] = banner
        inset = size * 0.3
        if post.text and post.picture != Picture.TEAM:
            font = make_font(size * 0.78, bold=True)
            inner = rect.width() - 2 * inset
            layout, bounds = wrapped(_(post.text), font, inner)
            band = QRectF(
                rect.left(),
                rect.bottom() - bounds.height() - 2 * inset,
                rect.width(),
                bounds.height() + 2 * inset,
            )
            if band.height() > rect.height() * 0.75 or bounds.width() > inner + 1:
                scene.clipped.append(post.region)
            scene.texts[f"{post.region}: words"] = band.adjusted(inset, inset, -inset, -inset)
            scene.words[f"{post.region}: words"] = _(post.text)

            def overlay(p: QPainter) -> None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(0, 0, 0, 165))
                p.drawRect(band)
                layout.draw(p, band.adjusted(inset, inset, -inset, -inset), QColor(WHITE))

            scene.ops.append(overlay)
        if post.place:
            font = make_font(size * 0.75, bold=True)
            metrics = QFontMetricsF(font)
            text = _(post.place)
            mark = metrics.height() * 0.8
            pill = QRectF(
                rect.left() + inset,
                rect.top() + inset,
                min(rect.width() - 2 * inset, mark + metrics.horizontalAdvance(text) + inset * 2.5),
                metrics.height() + inset,
            )
            if mark + metrics.horizontalAdvance(text) + inset * 2.5 > rect.width() - 2 * inset + 1:
                scene.clipped.append(post.place_region)

            def place(p: QPainter) -> None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(255, 255, 255, 235))
                p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                pin(p, QRectF(pill.left() + inset * 0.7, pill.top() + inset / 2, mark * 0.8, mark))
                p.setPen(QColor("#111111"))
                p.setFont(font)
                p.drawText(
                    pill.adjusted(inset + mark, 0, 0, 0),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    text,
                )

            scene.ops.append(place)
            scene.regions[post.place_region] = pill
            scene.texts[post.place_region] = pill
            scene.words[post.place_region] = text


def draw_text(
    scene: Scene,
    name: str,
    text: str,
    x: float,
    y: float,
    width: float,
    font: QFont,
    colour: str,
) -> QRectF:
    """`text` wrapped at (x, y) in `width`; its rectangle (as wide as the text)."""
    layout, bounds = wrapped(text, font, width)
    if bounds.width() > width + 1 or layout.widest_phrase() > width + 1:  # a phrase would break
        scene.clipped.append(name)
    rect = QRectF(x, y, min(bounds.width(), width), bounds.height())
    box = QRectF(x, y, width, bounds.height() + 2)
    scene.texts[name] = rect
    scene.words[name] = text
    scene.wrapped[name] = (text, line_texts(layout, max(width, 1.0)))

    def draw(p: QPainter) -> None:
        layout.draw(p, box, QColor(colour))

    scene.ops.append(draw)
    return rect


def _name_and_handle(
    scene: Scene,
    profile: Profile,
    x: float,
    y: float,
    width: float,
    size: float,
    gap: float,
    theme: Theme,
) -> QRectF:
    """The profile's name (bold) and its handle under it, as both cards show them; returns
    the handle's rect."""
    name = draw_text(
        scene, "name", _(profile.name), x, y, width, make_font(size * 1.15, True), theme.text
    )
    scene.regions["name"] = name
    handle = draw_text(
        scene,
        "handle",
        profile.handle,
        x,
        name.bottom() + gap,
        width,
        make_font(size * 0.9),
        theme.muted,
    )
    scene.regions["handle"] = handle
    return handle
