"""The "spot the overshare" activity, drawn: a made-up profile, and why each detail matters.

Drawn with QPainter from simple shapes: a post feed laid out like a microblog (X) and a photo
feed laid out like Instagram, with no logos, no brand colours and original placeholder art.
Revealed details are outlined and numbered; the panel beside the profile shows the current
detail's label and why it matters, in the pupils' or the adults' wording. Type sizes are
fractions of the slide's height, shrunk (never below a floor) until everything fits.

The reveal state lives in an `ActivitySession` (memory only); this view only draws it and turns
clicks into reveals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import i18n
from ..i18n import _, format_number
from ..model.lesson import Audience
from ..model.overshare import HINT, Layout, Picture, Post, Profile, RevealState
from ..model.render import RenderedSlide
from ..themes import LIGHT, Theme
from .activity import ActivitySession, shared_session
from .fonts import app_font_family

# Type sizes as fractions of the slide's height (the reference height).
CARD_TEXT = 1 / 32  # the profile's own words (part of the picture)
CARD_TEXT_MIN = 1 / 46
LABEL_SIZE = 1 / 20  # the revealed detail's label
WHY_SIZE = 1 / 23  # why it matters: body text
WHY_MIN_SCALE = 23 / 30  # … never below 1/30 of the height
TAB_SIZE = 1 / 36
SMALL_SIZE = 1 / 40
WIDE = 1.45  # width / height from which the caption goes beside the profile, not under it
NARROW_CAPTION = 0.55  # the caption's share of the height when it goes under the profile
# An outline goes round a detail with this space between it and the text, and this thick (the
# current detail's thicker); lines of text are this far apart, so an outline never crosses the
# next line's words.
OUTLINE_MARGIN = 1 / 400
OUTLINE_PEN = 1 / 220
OUTLINE_PEN_THIN = 1 / 360
LINE_GAP = 2 * (OUTLINE_MARGIN + OUTLINE_PEN) + 1 / 600
BADGE_SIZE = 1 / 19  # a detail's number

# Placeholder art: fixed colours, as in a photo (the card itself follows the theme).
SKY = "#CFE3F1"
GRASS = "#8DC07C"
TREE = "#3F7F3B"
TRUNK = "#7A5535"
SUN = "#F2C14E"
SKIN = "#F1CBA8"
HAIR = "#3A2A22"
NAVY = "#2E3D5C"
SHIRT = "#2B6CB0"
RIBBON = "#B03A2E"
STONE = "#8E96A0"
PITCH = "#5E9F52"
CAT = "#D9964B"
DARK = "#3E4A5C"
WHITE = "#FFFFFF"


@dataclass
class _Scene:
    """What to draw, where the details are, and which texts did not fit."""

    ops: list[Callable[[QPainter], None]] = field(default_factory=list)
    regions: dict[str, QRectF] = field(default_factory=dict)
    tabs: list[QRectF] = field(default_factory=list)
    tab_indexes: list[int] = field(default_factory=list)  # the profile a click on a tab shows
    card: QRectF = field(default_factory=QRectF)
    texts: dict[str, QRectF] = field(default_factory=dict)  # the profile's words, where drawn
    outlines: list[tuple[str, QRectF, float]] = field(default_factory=list)  # (region, box, pen)
    lines: set[str] = field(default_factory=set)  # regions that are a line of text
    clipped: list[str] = field(default_factory=list)
    caption: str = ""  # the caption's text, for screen readers and tests
    why_px: int = 0  # the size of the caption's main text


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont(app_font_family())
    font.setPixelSize(max(8, round(pixels)))
    font.setBold(bold)
    return font


WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def _bio(
    scene: _Scene,
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
        rect = _text(
            scene,
            line.region,
            _(line.text),
            card.left() + pad,
            y,
            card.width() - 2 * pad,
            _font(size),
            theme.text,
        )
        scene.regions[line.region] = rect
        y = rect.bottom() + gap
    return y


class OvershareView(QWidget):
    """Draws the profile on screen and the caption; a click on a detail reveals it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overshare")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.reference_height = 720
        self.theme: Theme = LIGHT
        self.audience = Audience.JUNIOR_HIGH
        self.prompt = ""
        self.language: str | None = None
        self._session: ActivitySession = shared_session()
        self._scene = _Scene()

    # --- what is shown ------------------------------------------------------------------------

    def show_activity(
        self, rendered: RenderedSlide, audience: Audience, theme: Theme, session: ActivitySession
    ) -> None:
        self.prompt = rendered.body
        self.language = i18n.current_language()  # the slide's, in a bilingual half
        self.audience = audience
        self.theme = theme
        self._session = session
        self.refresh()

    def state(self) -> RevealState:
        return self._session.reveal_state(self.audience)

    def set_reference_height(self, height: int) -> None:
        if height != self.reference_height:
            self.reference_height = height
            self.refresh()

    def refresh(self) -> None:
        self._scene = self._compose()
        self.setAccessibleName(_("Activity: spot the overshare"))
        self.setAccessibleDescription(self._scene.caption)
        self.update()

    def caption_text(self) -> str:
        """The caption as it is shown (the current detail and why it matters, or the prompt)."""
        return self._scene.caption

    def region_rect(self, region: str) -> QRectF | None:
        """Where a region of the profile on screen is drawn (for clicks in tests)."""
        return self._scene.regions.get(region)

    def outlines(self) -> list[tuple[str, QRectF, float]]:
        """The outlines drawn round revealed details: (region, rectangle, pen width)."""
        return list(self._scene.outlines)

    def text_rects(self) -> dict[str, QRectF]:
        """Where the profile's words are drawn, by region (for the layout tests)."""
        return dict(self._scene.texts)

    def tab_rect(self, index: int) -> QRectF:
        """Where to click to show profile `index`."""
        return self._scene.tabs[self._scene.tab_indexes.index(index)]

    def clipped_texts(self) -> list[str]:
        return list(self._compose().clipped)

    # --- events -------------------------------------------------------------------------------

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        self._scene = self._compose()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for op in self._scene.ops:
            painter.save()
            op(painter)
            painter.restore()
        painter.end()

    def _detail_at(self, point: QPointF) -> str | None:
        for detail in self.state().profile.details:
            if any(
                (rect := self._scene.regions.get(r)) is not None and rect.contains(point)
                for r in detail.regions
            ):
                return detail.id
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        over = self._detail_at(point) is not None or any(
            t.contains(point) for t in self._scene.tabs
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        state = self.state()
        for index, tab in zip(self._scene.tab_indexes, self._scene.tabs, strict=True):
            if tab.contains(point):
                state.show_profile(index)
                self._changed()
                return
        detail = self._detail_at(point)
        if detail is not None:
            state.reveal(detail)
            self._changed()
        self._focus_slide()

    def _changed(self) -> None:
        self._session.notify()  # the other views of the same session follow
        self.refresh()

    def _focus_slide(self) -> None:
        """Give the keys back to the slide after a click (R, next, previous)."""
        widget = self.parentWidget()
        while widget is not None and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.parentWidget()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.MouseFocusReason)

    # --- composing the picture ----------------------------------------------------------------

    def _compose(self) -> _Scene:
        # in the language the slide was shown in (each half of the bilingual view has its own)
        with i18n.temporary_language(self.language or i18n.current_language()):
            return self._compose_scene()

    def _compose_scene(self) -> _Scene:
        scene = _Scene()
        width, height = self.width(), self.height()
        if width < 50 or height < 50:
            return scene
        ref = self.reference_height
        state = self.state()
        gap = ref / 60
        top = self._tabs(scene, state, width, ref) + gap
        body = QRectF(0, top, width, height - top)
        if body.width() >= body.height() * WIDE:  # the profile beside its caption
            card = QRectF(body.left(), body.top(), min(body.width() * 0.56, body.height() * 1.3), 0)
            card.setHeight(body.height())
            panel = QRectF(card.right() + gap * 1.5, body.top(), 0, body.height())
            panel.setRight(body.right())
            design, transform = card, QTransform()
        else:  # narrow (a half of the bilingual view): the profile, scaled, above its caption
            caption_height = body.height() * NARROW_CAPTION
            panel = QRectF(body.left(), body.bottom() - caption_height, width, caption_height)
            room = QRectF(body.left(), body.top(), width, panel.top() - gap - body.top())
            design = QRectF(0, 0, ref * 0.95, ref * 0.72)  # as large as beside its caption
            scale = min(1.0, room.width() / design.width(), room.height() / design.height())
            left = room.left() + (room.width() - design.width() * scale) / 2
            transform = QTransform().translate(left, room.top()).scale(scale, scale)
        profile = state.profile
        for size in _steps(ref * CARD_TEXT, ref * CARD_TEXT_MIN):
            trial = _Scene()
            needed = self._card(trial, profile, design, size)
            if needed <= design.height() and not trial.clipped:
                break
        else:
            trial.clipped.append(f"{profile.id}: card")
        trial.card = design
        trial.lines = {"name", "handle", *(line.region for line in profile.bio)}
        self._highlights(trial, state, ref)

        def card_ops(p: QPainter, ops: list[Callable[[QPainter], None]] = trial.ops) -> None:
            p.setTransform(transform, combine=True)
            for op in ops:
                p.save()
                op(p)
                p.restore()

        scene.ops.append(card_ops)
        scene.regions.update({k: transform.mapRect(r) for k, r in trial.regions.items()})
        scene.texts.update({k: transform.mapRect(r) for k, r in trial.texts.items()})
        scene.outlines += [
            (k, transform.mapRect(r), w * transform.m11()) for k, r, w in trial.outlines
        ]
        scene.clipped += trial.clipped
        scene.card = transform.mapRect(design)
        self._caption(scene, state, panel, ref)
        return scene

    def _tabs(self, scene: _Scene, state: RevealState, width: float, ref: float) -> float:
        """The two profiles' tabs, on one row or, when narrow, one under the other; the bottom
        of the last row."""
        font = _font(ref * TAB_SIZE, bold=True)
        metrics = QFontMetricsF(font)
        height = metrics.height() * 1.6
        texts = [_(profile.kind) for profile in state.profiles]
        widest = max(metrics.horizontalAdvance(t) + height for t in texts)
        if widest > width:  # not even one tab fits a row: smaller type, down to a floor
            font = _font(max(ref * SMALL_SIZE * 0.8, ref * TAB_SIZE * width / widest), bold=True)
            metrics = QFontMetricsF(font)
            height = metrics.height() * 1.6
        x, y = 0.0, 0.0
        theme = self.theme
        one_row = sum(metrics.horizontalAdvance(t) + height * 1.5 for t in texts) <= width
        for index, text in enumerate(texts):
            if not one_row and index != state.index:
                continue  # narrow: the profile on screen only; a click on it shows the other
            rect = QRectF(x, y, metrics.horizontalAdvance(text) + height, height)
            if rect.right() > width + 1:
                scene.clipped.append(f"tab {index + 1}")
            active = index == state.index
            fill = QColor(theme.accent if active else theme.background)
            colour = QColor(theme.background if active else theme.text)
            border = QColor(theme.accent if active else theme.muted)

            def draw(
                p: QPainter,
                r: QRectF = rect,
                t: str = text,
                f: QColor = fill,
                c: QColor = colour,
                b: QColor = border,
                tf: QFont = font,
            ) -> None:
                p.setPen(QPen(b, 2))
                p.setBrush(f)
                p.drawRoundedRect(r.adjusted(1, 1, -1, -1), r.height() / 2, r.height() / 2)
                p.setPen(c)
                p.setFont(tf)
                p.drawText(r, int(Qt.AlignmentFlag.AlignCenter), t)

            scene.ops.append(draw)
            scene.tabs.append(rect)
            scene.tab_indexes.append(index if one_row else (index + 1) % len(texts))
            x = rect.right() + height / 2
        return y + height

    # --- the two layouts ----------------------------------------------------------------------

    def _card(self, scene: _Scene, profile: Profile, card: QRectF, size: float) -> float:
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

    def _post_feed(self, scene: _Scene, profile: Profile, card: QRectF, size: float) -> float:
        theme = self.theme
        pad = size * 0.8
        banner = QRectF(
            card.left(), card.top(), card.width(), max(size * 2.4, card.height() * 0.11)
        )
        scene.ops.append(lambda p: _cover(p, banner, size * 0.6))
        avatar_d = size * 3.6
        avatar = QRectF(card.left() + pad, banner.bottom() - avatar_d * 0.45, avatar_d, avatar_d)
        scene.ops.append(lambda p: _face(p, avatar, long_hair=True, ring=QColor(theme.surface)))
        scene.regions["avatar"] = avatar
        x = avatar.right() + pad * 0.8
        width = card.right() - pad - x
        gap = self._line_gap()
        y = banner.bottom() + gap
        name = _text(
            scene, "name", _(profile.name), x, y, width, _font(size * 1.15, True), theme.text
        )
        scene.regions["name"] = name
        handle = _text(
            scene,
            "handle",
            profile.handle,
            x,
            name.bottom() + gap,
            width,
            _font(size * 0.9),
            theme.muted,
        )
        scene.regions["handle"] = handle
        y = max(avatar.bottom(), handle.bottom()) + gap
        y = _bio(scene, profile, card, pad, y, size, gap, theme)
        for post in profile.posts:
            rule_y = y
            scene.ops.append(
                lambda p, ry=rule_y: (
                    p.setPen(QPen(QColor(theme.grid), 2)),
                    p.drawLine(QPointF(card.left(), ry), QPointF(card.right(), ry)),
                )
            )
            y += size * 0.5
            y = self._post(scene, profile, post, card, pad, y, size) + size * 0.5
        return y - card.top()

    def _line_gap(self) -> float:
        """The space between lines of the profile's text: room for the outlines."""
        return self.reference_height * LINE_GAP

    def _post(
        self,
        scene: _Scene,
        profile: Profile,
        post: Post,
        card: QRectF,
        pad: float,
        y: float,
        size: float,
    ) -> float:
        """One post of the post feed: a small avatar, the words and any photo; its bottom."""
        small = QRectF(card.left() + pad, y, size * 1.9, size * 1.9)
        scene.ops.append(lambda p: _face(p, small, long_hair=profile.id == "post-feed"))
        x = small.right() + pad * 0.6
        width = card.right() - pad - x
        photo = None
        if post.picture != Picture.NONE:
            photo_w = (card.width() - 2 * pad) * 0.36
            photo = QRectF(card.right() - pad - photo_w, y, photo_w, photo_w * 0.72)
            width -= photo_w + pad * 0.6
            scene.ops.append(lambda p: _picture(p, photo, post.picture, "", size * 0.8))
            scene.regions[post.picture_region or post.region] = photo
        words = _text(scene, post.region, _(post.text), x, y, width, _font(size), self.theme.text)
        scene.regions[post.region] = words.united(small)  # the badge goes on the small avatar
        bottom = max(small.bottom(), words.bottom(), photo.bottom() if photo else 0)
        return bottom

    def _photo_feed(self, scene: _Scene, profile: Profile, card: QRectF, size: float) -> float:
        theme = self.theme
        pad = size * 0.8
        avatar_d = size * 4.2
        avatar = QRectF(card.left() + pad, card.top() + pad, avatar_d, avatar_d)
        scene.ops.append(lambda p: _face(p, avatar, long_hair=False))
        scene.regions["avatar"] = avatar
        x = avatar.right() + pad
        width = card.right() - pad - x
        gap = self._line_gap()
        y = avatar.top()
        name = _text(
            scene, "name", _(profile.name), x, y, width, _font(size * 1.15, True), theme.text
        )
        scene.regions["name"] = name
        handle = _text(
            scene,
            "handle",
            profile.handle,
            x,
            name.bottom() + gap,
            width,
            _font(size * 0.9),
            theme.muted,
        )
        scene.regions["handle"] = handle
        posts, followers, following = profile.counts
        # NOTE: the counts under a made-up profile, like on a photo app.
        stats = _("{posts} posts · {followers} followers · {following} following").format(
            posts=format_number(posts),
            followers=format_number(followers),
            following=format_number(following),
        )
        counts = _text(
            scene, "counts", stats, x, handle.bottom() + gap, width, _font(size * 0.85), theme.muted
        )
        y = max(avatar.bottom(), counts.bottom()) + gap
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

    def _tile(self, scene: _Scene, post: Post, rect: QRectF, size: float) -> None:
        banner = _(post.text) if post.picture == Picture.TEAM else ""
        scene.ops.append(lambda p: _picture(p, rect, post.picture, banner, size * 0.8))
        scene.regions[post.region] = rect
        inset = size * 0.3
        if post.text and post.picture != Picture.TEAM:
            font = _font(size * 0.78, bold=True)
            metrics = QFontMetricsF(font)
            inner = rect.width() - 2 * inset
            bounds = metrics.boundingRect(QRectF(0, 0, inner, 10_000), WRAP, _(post.text))
            band = QRectF(
                rect.left(),
                rect.bottom() - bounds.height() - 2 * inset,
                rect.width(),
                bounds.height() + 2 * inset,
            )
            if band.height() > rect.height() * 0.75 or bounds.width() > inner + 1:
                scene.clipped.append(post.region)
            scene.texts[f"{post.region}: words"] = band.adjusted(inset, inset, -inset, -inset)
            text = _(post.text)

            def overlay(p: QPainter) -> None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(0, 0, 0, 165))
                p.drawRect(band)
                p.setPen(QColor(WHITE))
                p.setFont(font)
                p.drawText(band.adjusted(inset, inset, -inset, -inset), WRAP, text)

            scene.ops.append(overlay)
        if post.place:
            font = _font(size * 0.75, bold=True)
            metrics = QFontMetricsF(font)
            text = _(post.place)
            pin = metrics.height() * 0.8
            pill = QRectF(
                rect.left() + inset,
                rect.top() + inset,
                min(rect.width() - 2 * inset, pin + metrics.horizontalAdvance(text) + inset * 2.5),
                metrics.height() + inset,
            )
            if pin + metrics.horizontalAdvance(text) + inset * 2.5 > rect.width() - 2 * inset + 1:
                scene.clipped.append(post.place_region)

            def place(p: QPainter) -> None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(255, 255, 255, 235))
                p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                _pin(p, QRectF(pill.left() + inset * 0.7, pill.top() + inset / 2, pin * 0.8, pin))
                p.setPen(QColor("#111111"))
                p.setFont(font)
                p.drawText(
                    pill.adjusted(inset + pin, 0, 0, 0),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    text,
                )

            scene.ops.append(place)
            scene.regions[post.place_region] = pill
            scene.texts[post.place_region] = pill

    # --- highlights and the caption -------------------------------------------------------------

    def _highlights(self, scene: _Scene, state: RevealState, ref: float) -> None:
        current = state.current()
        accent = QColor(self.theme.accent)
        badge_d = ref * BADGE_SIZE
        badge_font = _font(badge_d * 0.58, bold=True)
        margin = ref * OUTLINE_MARGIN
        for detail_id in state.shown():
            detail = state.profile.detail(detail_id)
            rects = [scene.regions[r] for r in detail.regions if r in scene.regions]
            if not rects:
                continue
            is_current = current is not None and current.id == detail_id
            number = format_number(state.number(detail_id))
            line = detail.regions[0] in scene.lines
            pen = ref * (OUTLINE_PEN if is_current else OUTLINE_PEN_THIN)
            # the pen's inner edge `margin` outside the text, its outer edge inside the line gap
            out = margin + pen / 2
            boxes = [r.adjusted(-out, -out, out, out) for r in rects]
            edge = margin + pen
            badge = _badge_place(
                rects[0].adjusted(-edge, -edge, edge, edge), badge_d, scene.card, line
            )
            scene.outlines += [
                (region, box, pen)
                for region, box in zip(
                    [r for r in detail.regions if r in scene.regions], boxes, strict=True
                )
            ]

            def draw(
                p: QPainter,
                bs: list[QRectF] = boxes,
                cur: bool = is_current,
                b: QRectF = badge,
                n: str = number,
                w: float = pen,
            ) -> None:
                fill = QColor(accent)
                fill.setAlpha(40 if cur else 0)
                p.setBrush(fill)
                p.setPen(QPen(accent, w))
                for box in bs:
                    p.drawRoundedRect(box, margin * 2, margin * 2)
                p.setPen(QPen(QColor(self.theme.background), ref / 360))
                p.setBrush(accent)
                p.drawEllipse(b)
                p.setPen(QColor(self.theme.background))
                p.setFont(badge_font)
                p.drawText(b, int(Qt.AlignmentFlag.AlignCenter), n)

            scene.ops.append(draw)

    def _caption(self, scene: _Scene, state: RevealState, panel: QRectF, ref: float) -> None:
        theme = self.theme
        if panel.width() < ref / 6:
            scene.clipped.append("caption")
            return

        def frame(p: QPainter) -> None:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.surface))
            p.drawRoundedRect(panel, ref / 80, ref / 80)
            p.setBrush(QColor(theme.accent))
            p.drawRect(QRectF(panel.left(), panel.top(), ref / 140, panel.height()))

        current = state.current()
        pad = ref / 36
        x = panel.left() + pad
        width = panel.width() - 1.6 * pad
        found = len(state.shown())
        total = len(state.profile.details)
        progress = _("Profile {number} of {count} · {found} of {total} found").format(
            number=format_number(state.index + 1),
            count=format_number(len(state.profiles)),
            found=format_number(found),
            total=format_number(total),
        )
        why_text = _(current.why(self.audience)) if current else ""
        label_text = _(current.label) if current else ""
        for scale in _steps(1.0, WHY_MIN_SCALE, count=5):
            trial = _Scene()
            trial.ops.append(frame)
            y = panel.top() + pad * 0.8
            rect = _text(
                trial, "progress", progress, x, y, width, _font(ref * SMALL_SIZE), theme.muted
            )
            y = rect.bottom() + pad * 0.6
            if current is not None:
                badge_d = ref * LABEL_SIZE * scale * 1.7
                badge = QRectF(x, y, badge_d, badge_d)
                number = format_number(state.number(current.id))
                badge_font = _font(badge_d * 0.55, bold=True)

                def draw_badge(
                    p: QPainter, b: QRectF = badge, n: str = number, f: QFont = badge_font
                ) -> None:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(QColor(theme.accent))
                    p.drawEllipse(b)
                    p.setPen(QColor(theme.background))
                    p.setFont(f)
                    p.drawText(b, int(Qt.AlignmentFlag.AlignCenter), n)

                trial.ops.append(draw_badge)
                lx = badge.right() + pad * 0.5
                label = _text(
                    trial,
                    "label",
                    label_text,
                    lx,
                    y,
                    x + width - lx,
                    _font(ref * LABEL_SIZE * scale, bold=True),
                    theme.text,
                )
                y = max(badge.bottom(), label.bottom()) + pad * 0.6
                why = _text(
                    trial, "why", why_text, x, y, width, _font(ref * WHY_SIZE * scale), theme.text
                )
                bottom = why.bottom()
                trial.caption = f"{number}. {label_text} — {why_text}"
                trial.why_px = _font(ref * WHY_SIZE * scale).pixelSize()
            else:
                prompt = _text(
                    trial,
                    "prompt",
                    self.prompt,
                    x,
                    y,
                    width,
                    _font(ref * WHY_SIZE * scale, True),
                    theme.text,
                )
                hint = _text(
                    trial,
                    "hint",
                    _(HINT),
                    x,
                    prompt.bottom() + pad * 0.6,
                    width,
                    _font(ref * WHY_SIZE * scale * 0.9),
                    theme.muted,
                )
                bottom = hint.bottom()
                trial.caption = f"{self.prompt} {_(HINT)}"
                trial.why_px = _font(ref * WHY_SIZE * scale).pixelSize()
            if bottom <= panel.bottom() - pad * 0.5 and not trial.clipped:
                break
        else:
            trial.clipped.append("caption")
        scene.ops += trial.ops
        scene.clipped += trial.clipped
        scene.caption = trial.caption
        scene.why_px = trial.why_px

    def why_font_pixels(self) -> int:
        """The size of the explanation's type as drawn (for the legibility tests)."""
        return self._scene.why_px


# --- helpers -------------------------------------------------------------------------------------


def _badge_place(box: QRectF, d: float, card: QRectF, line: bool) -> QRectF:
    """Where a detail's number goes: after a line of text when there is room in the card (so it
    hides no words), else on the top-left corner of a picture or of the post's avatar."""
    if line and box.right() + d * 1.2 <= card.right():
        return QRectF(box.right() + d * 0.15, box.center().y() - d / 2, d, d)
    return QRectF(max(0.0, box.left() - d * 0.45), max(0.0, box.top() - d * 0.45), d, d)


def _steps(start: float, stop: float, count: int = 8) -> list[float]:
    """`count` values from `start` down to `stop`."""
    return [start - (start - stop) * i / (count - 1) for i in range(count)]


def _text(
    scene: _Scene,
    name: str,
    text: str,
    x: float,
    y: float,
    width: float,
    font: QFont,
    colour: str,
) -> QRectF:
    """Word-wrapped `text` at (x, y) in `width`; its rectangle (as wide as the text)."""
    metrics = QFontMetricsF(font)
    bounds = metrics.boundingRect(QRectF(0, 0, max(width, 1), 100_000), WRAP, text)
    if bounds.width() > width + 1:
        scene.clipped.append(name)
    rect = QRectF(x, y, min(bounds.width(), width), bounds.height())
    box = QRectF(x, y, width, bounds.height() + 2)
    scene.texts[name] = rect

    def draw(p: QPainter) -> None:
        p.setPen(QColor(colour))
        p.setFont(font)
        p.drawText(box, WRAP, text)

    scene.ops.append(draw)
    return rect


def _rounded_clip(p: QPainter, rect: QRectF, radius: float) -> None:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    p.setClipPath(path)


def _cover(p: QPainter, rect: QRectF, radius: float) -> None:
    """The post feed's header picture: soft hills and a sun."""
    _rounded_clip(p, rect.adjusted(1, 1, -1, 0), radius)
    p.fillRect(rect, QColor("#D5E3EE"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#B7CFA8"))
    p.drawEllipse(
        QRectF(
            rect.left() - rect.width() * 0.1, rect.center().y(), rect.width() * 0.7, rect.height()
        )
    )
    p.setBrush(QColor("#9DBF8C"))
    p.drawEllipse(
        QRectF(
            rect.center().x(), rect.top() + rect.height() * 0.6, rect.width() * 0.8, rect.height()
        )
    )
    p.setBrush(QColor(SUN))
    d = rect.height() * 0.45
    p.drawEllipse(QRectF(rect.right() - d * 2.2, rect.top() + d * 0.3, d, d))


def _face(p: QPainter, rect: QRectF, long_hair: bool, ring: QColor | None = None) -> None:
    """A placeholder "photo of a face": a round picture with head, hair and shoulders."""
    if ring is not None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ring)
        p.drawEllipse(
            rect.adjusted(
                -rect.width() * 0.05, -rect.width() * 0.05, rect.width() * 0.05, rect.width() * 0.05
            )
        )
    path = QPainterPath()
    path.addEllipse(rect)
    p.setClipPath(path)
    p.fillRect(rect, QColor(SKY))
    w, h = rect.width(), rect.height()
    cx = rect.center().x()
    p.setPen(Qt.PenStyle.NoPen)
    if long_hair:
        p.setBrush(QColor(HAIR))
        p.drawRoundedRect(
            QRectF(cx - w * 0.27, rect.top() + h * 0.18, w * 0.54, h * 0.62), w * 0.2, w * 0.2
        )
    p.setBrush(QColor(NAVY if long_hair else SHIRT))
    p.drawEllipse(QRectF(cx - w * 0.42, rect.top() + h * 0.72, w * 0.84, h * 0.6))
    p.setBrush(QColor(SKIN))
    p.drawEllipse(QRectF(cx - w * 0.19, rect.top() + h * 0.2, w * 0.38, h * 0.44))
    p.setBrush(QColor(HAIR))
    hair = QRectF(cx - w * 0.21, rect.top() + h * 0.16, w * 0.42, h * 0.22)
    p.drawChord(hair, 0, 180 * 16)
    p.setBrush(QColor(HAIR))
    eye = w * 0.035
    for dx in (-0.075, 0.075):
        p.drawEllipse(QPointF(cx + w * dx, rect.top() + h * 0.42), eye, eye)


def _pin(p: QPainter, rect: QRectF) -> None:
    """A map pin, drawn."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(RIBBON))
    d = rect.width()
    p.drawEllipse(QRectF(rect.left(), rect.top(), d, d))
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(rect.left() + d * 0.12, rect.top() + d * 0.65),
                QPointF(rect.right() - d * 0.12, rect.top() + d * 0.65),
                QPointF(rect.center().x(), rect.bottom()),
            ]
        )
    )
    p.setBrush(QColor(WHITE))
    p.drawEllipse(QPointF(rect.center().x(), rect.top() + d / 2), d * 0.18, d * 0.18)


def _person(p: QPainter, cx: float, top: float, w: float, shirt: str) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(shirt))
    p.drawRoundedRect(QRectF(cx - w / 2, top + w * 0.55, w, w * 1.1), w * 0.25, w * 0.25)
    p.setBrush(QColor(SKIN))
    p.drawEllipse(QRectF(cx - w * 0.28, top, w * 0.56, w * 0.6))
    p.setBrush(QColor(HAIR))
    p.drawChord(QRectF(cx - w * 0.3, top - w * 0.04, w * 0.6, w * 0.4), 0, 180 * 16)


def _picture(p: QPainter, rect: QRectF, picture: Picture, banner: str, text_px: float) -> None:
    """A placeholder photo: simple shapes, original, no logos."""
    _rounded_clip(p, rect, rect.width() * 0.04)
    w, h = rect.width(), rect.height()
    x, y = rect.left(), rect.top()
    p.setPen(Qt.PenStyle.NoPen)
    if picture == Picture.UNIFORM:
        p.fillRect(rect, QColor(SKY))
        p.fillRect(QRectF(x, y + h * 0.72, w, h * 0.28), QColor("#D9CBB0"))
        p.setBrush(QColor(STONE))
        for gx in (0.08, 0.78):
            p.drawRect(QRectF(x + w * gx, y + h * 0.25, w * 0.14, h * 0.6))
        p.setBrush(QColor(WHITE))
        p.drawRect(QRectF(x + w * 0.095, y + h * 0.36, w * 0.11, h * 0.22))
        cx = x + w / 2
        p.setBrush(QColor(HAIR))
        p.drawRoundedRect(
            QRectF(cx - w * 0.11, y + h * 0.14, w * 0.22, h * 0.42), w * 0.08, w * 0.08
        )
        p.setBrush(QColor(NAVY))
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(cx - w * 0.09, y + h * 0.47),
                    QPointF(cx + w * 0.09, y + h * 0.47),
                    QPointF(cx + w * 0.17, y + h * 1.0),
                    QPointF(cx - w * 0.17, y + h * 1.0),
                ]
            )
        )
        p.setBrush(QColor(WHITE))
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(cx - w * 0.05, y + h * 0.47),
                    QPointF(cx + w * 0.05, y + h * 0.47),
                    QPointF(cx, y + h * 0.6),
                ]
            )
        )
        p.setBrush(QColor(RIBBON))
        p.drawEllipse(QPointF(cx, y + h * 0.58), w * 0.025, w * 0.025)
        p.setBrush(QColor(SKIN))
        p.drawEllipse(QRectF(cx - w * 0.075, y + h * 0.2, w * 0.15, h * 0.26))
        p.setBrush(QColor(HAIR))
        p.drawChord(QRectF(cx - w * 0.085, y + h * 0.17, w * 0.17, h * 0.14), 0, 180 * 16)
    elif picture == Picture.PARK:
        p.fillRect(rect, QColor(SKY))
        p.fillRect(QRectF(x, y + h * 0.62, w, h * 0.38), QColor(GRASS))
        p.setBrush(QColor(SUN))
        p.drawEllipse(QRectF(x + w * 0.72, y + h * 0.12, w * 0.16, w * 0.16))
        p.setBrush(QColor(TRUNK))
        p.drawRect(QRectF(x + w * 0.3, y + h * 0.45, w * 0.07, h * 0.3))
        p.setBrush(QColor(TREE))
        p.drawEllipse(QRectF(x + w * 0.16, y + h * 0.22, w * 0.35, h * 0.32))
        p.setBrush(QColor("#E3D6B8"))
        p.drawEllipse(QRectF(x + w * 0.45, y + h * 0.78, w * 0.7, h * 0.3))
    elif picture == Picture.TEAM:
        p.fillRect(rect, QColor(GRASS))
        band = QRectF(x + w * 0.06, y + h * 0.08, w * 0.88, h * 0.28)
        p.setBrush(QColor(WHITE))
        p.drawRect(band)
        if banner:
            font = _font(text_px * 0.95, bold=True)
            metrics = QFontMetricsF(font)
            advance = metrics.horizontalAdvance(banner)
            if advance > band.width() * 0.92:
                font = _font(text_px * 0.95 * band.width() * 0.92 / advance, bold=True)
            p.setFont(font)
            p.setPen(QColor(NAVY))
            p.drawText(band, int(Qt.AlignmentFlag.AlignCenter), banner)
            p.setPen(Qt.PenStyle.NoPen)
        for i in range(4):
            _person(p, x + w * (0.17 + i * 0.22), y + h * 0.46, w * 0.17, SHIRT)
    elif picture == Picture.SUNSET:
        p.fillRect(rect, QColor("#F9D48B"))
        p.fillRect(QRectF(x, y + h * 0.35, w, h * 0.25), QColor("#F4A259"))
        p.setBrush(QColor("#FBE7A1"))
        p.drawEllipse(QRectF(x + w * 0.35, y + h * 0.42, w * 0.3, w * 0.3))
        p.fillRect(QRectF(x, y + h * 0.6, w, h * 0.4), QColor("#5B8DB8"))
    elif picture == Picture.TRAINING:
        p.fillRect(rect, QColor(PITCH))
        p.setPen(QPen(QColor(WHITE), max(1.5, w / 60)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawLine(QPointF(x + w / 2, y), QPointF(x + w / 2, y + h))
        p.drawEllipse(QPointF(x + w / 2, y + h * 0.45), w * 0.2, w * 0.2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(WHITE))
        p.drawEllipse(QPointF(x + w * 0.72, y + h * 0.3), w * 0.08, w * 0.08)
        p.setBrush(QColor(DARK))
        p.drawEllipse(QPointF(x + w * 0.72, y + h * 0.3), w * 0.028, w * 0.028)
    elif picture == Picture.CAT:
        p.fillRect(rect, QColor("#EFE6DA"))
        cx, cy = x + w / 2, y + h * 0.52
        p.setBrush(QColor(CAT))
        for side in (-1, 1):
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cx + side * w * 0.26, cy - h * 0.05),
                        QPointF(cx + side * w * 0.08, cy - h * 0.2),
                        QPointF(cx + side * w * 0.26, cy - h * 0.36),
                    ]
                )
            )
        p.drawEllipse(QPointF(cx, cy), w * 0.28, h * 0.24)
        p.setBrush(QColor(DARK))
        for side in (-1, 1):
            p.drawEllipse(QPointF(cx + side * w * 0.1, cy - h * 0.03), w * 0.03, h * 0.04)
        p.setBrush(QColor("#C46A6A"))
        p.drawEllipse(QPointF(cx, cy + h * 0.06), w * 0.025, h * 0.02)
    elif picture == Picture.GAME:
        p.fillRect(rect, QColor(DARK))
        pad = QRectF(x + w * 0.18, y + h * 0.2, w * 0.64, h * 0.34)
        p.setBrush(QColor("#C9CED6"))
        p.drawRoundedRect(pad, pad.height() * 0.45, pad.height() * 0.45)
        p.setBrush(QColor(DARK))
        cross = w * 0.035
        cx, cy = pad.left() + pad.width() * 0.25, pad.center().y()
        p.drawRect(QRectF(cx - cross * 2, cy - cross / 2, cross * 4, cross))
        p.drawRect(QRectF(cx - cross / 2, cy - cross * 2, cross, cross * 4))
        for dx, dy, colour in ((0.7, -0.12, "#D55E00"), (0.8, 0.08, "#0072B2")):
            p.setBrush(QColor(colour))
            p.drawEllipse(
                QPointF(pad.left() + pad.width() * dx, cy + pad.height() * dy),
                cross * 0.8,
                cross * 0.8,
            )
    else:
        p.fillRect(rect, QBrush(QColor("#DDDDDD")))
