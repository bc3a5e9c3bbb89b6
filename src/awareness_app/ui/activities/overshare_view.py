"""The "spot the overshare" activity, drawn: a made-up profile, and why each detail matters.

Drawn with QPainter from simple shapes: a post feed laid out like a microblog (X) and a photo
feed laid out like Instagram, with no logos, no brand colours and original placeholder art.
Revealed details are outlined and numbered; the panel beside the profile shows the current
detail's label and why it matters, in the pupils' or the adults' wording. Type sizes are
fractions of the slide's height, shrunk (never below a floor) until everything fits.

The profile is laid out by `overshare_card`, its placeholder art drawn by `overshare_pictures`.
The two profiles' tabs are buttons (Tab reaches them, Enter presses them); the profile's words
and the caption are also labels that show nothing, so a screen reader reads them. On paper
(`paper`), the tabs give way to a heading and the caption lists every detail revealed, or,
before any is, the activity's question (without the keys to press).

The reveal state lives in an `ActivityProgress` (memory only); this view only draws it and turns
clicks into reveals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ... import i18n
from ...i18n import N_, NP_, _, format_number, pgettext
from ...model.lesson.lesson import Audience
from ...model.lesson.overshare import HINT, PROFILES, RevealState
from ...model.lesson.render import RenderedSlide
from ...surfaces import surface
from ...themes import LIGHT, Theme
from ..accessibility import focus_slide
from .held_sizes import HeldSizes
from .overshare_card import (
    BADGE_SIZE,
    OUTLINE_MARGIN,
    OUTLINE_PEN,
    OUTLINE_PEN_THIN,
    CardLayout,
    Scene,
    draw_text,
    make_font,
    tab_height,
)
from .progress import ActivityProgress, activity_button

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
# NOTE: how far the class is in the activity, e.g. "Profile 1 of 2 · 3 of 7 found"
PROGRESS = N_("Profile {number} of {count} · {found} of {total} found")
_ELEMENTARY_PROGRESS = NP_(  # pupils' own entry (furigana in Japanese)
    "elementary", "Profile {number} of {count} · {found} of {total} found"
)


@surface("overshare", "spot the overshare: the profiles, the caption, each detail")
class OvershareView(QWidget, HeldSizes):
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
        self.with_readings = False
        self.prompt = ""
        self.language: str | None = None
        self._session = ActivityProgress(self)  # the host's, once it shows an activity
        self.paper = False  # printed: every detail as plain as the others, no buttons
        self.tab_buttons = []
        for index in range(len(PROFILES)):
            button = activity_button(self, "profile-tab")
            button.clicked.connect(lambda _checked=False, i=index: self._show_profile(i))
            self.tab_buttons.append(button)
        self._parts: list[QLabel] = []  # what a screen reader reads (see `_expose_parts`)
        self._scene = Scene()

    # --- what is shown ------------------------------------------------------------------------

    def show_activity(
        self, rendered: RenderedSlide, audience: Audience, theme: Theme, session: ActivityProgress
    ) -> None:
        self.prompt = rendered.body
        self.language = i18n.current_language()  # the slide's, in a bilingual half
        self.audience = audience
        self.with_readings = rendered.with_readings  # as the furigana setting gives the audience
        self.theme = theme
        self._session = session
        self.refresh()

    def state(self) -> RevealState:
        return self._session.reveal_state(self.audience)

    def set_reference_height(self, height: int) -> None:
        if height != self.reference_height:
            self.reference_height = height
            self.refresh()

    def _sizes_released(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self._holding():  # composed once the slide is laid out (held_sizes.py)
            return
        self._scene = self._compose()
        with (
            i18n.temporary_language(self.language or i18n.current_language()),
            i18n.readings(i18n.KANA if self.with_readings else i18n.PLAIN),
        ):
            self.setAccessibleName(_("Activity: spot the overshare"))
            self._expose_parts()
        self.setAccessibleDescription(self._scene.caption)
        self.update()

    def _expose_parts(self) -> None:
        """The profile's words and the caption as labels (drawn by the view, so the labels
        show nothing) where they are drawn: a screen reader reads them, in order."""
        scene = self._scene
        state = self.state()
        found = {
            region: _(state.profile.detail(d).label)
            for d in state.shown()
            for region in state.profile.detail(d).regions
        }
        parts = [(name, scene.words[name], rect) for name, rect in scene.texts.items()]
        parts.append(("caption", scene.caption, scene.caption_rect))
        while len(self._parts) < len(parts):
            label = QLabel(self)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            self._parts.append(label)
        for label, (name, words, rect) in zip(self._parts, parts, strict=False):
            label.setObjectName(name)
            label.setAccessibleName(words)
            label.setAccessibleDescription(found.get(name.split(":")[0], ""))
            label.setGeometry(rect.toAlignedRect())
            label.show()
        for label in self._parts[len(parts) :]:
            label.hide()

    def parts(self) -> list[QLabel]:
        """The labels a screen reader reads (for the tests)."""
        return [label for label in self._parts if not label.isHidden()]

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

    def drawn_words(self) -> dict[str, str]:
        """The profile's words as drawn (in kana where the audience gets readings), by region."""
        return dict(self._scene.words)

    def wrapped_lines(self) -> dict[str, tuple[str, list[str]]]:
        """Each wrapped text (the caption's and the profile's), and its lines as drawn."""
        return dict(self._scene.wrapped)

    def clipped_texts(self) -> list[str]:
        return list(self._compose().clipped)

    # --- events -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.refresh()

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
        over = self._detail_at(point) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        state = self.state()
        detail = self._detail_at(point)
        if detail is not None:
            state.reveal(detail)
            self._changed()
        focus_slide(self)

    def _changed(self) -> None:
        self._session.notify()  # the other views of the same session follow
        self.refresh()

    # --- composing the picture ----------------------------------------------------------------

    def _compose(self) -> Scene:
        # in the language the slide was shown in (each half of the bilingual view has its own);
        # the picture cannot carry readings over kanji: where the audience gets furigana, the
        # marked words are written in kana
        with (
            i18n.temporary_language(self.language or i18n.current_language()),
            i18n.readings(i18n.KANA if self.with_readings else i18n.PLAIN),
        ):
            return self._compose_scene()

    def _compose_scene(self) -> Scene:
        scene = Scene()
        width, height = self.width(), self.height()
        if width < 50 or height < 50:
            for button in self.tab_buttons:
                button.hide()
            return scene
        ref = self.reference_height
        state = self.state()
        gap = ref / 60
        top = self._tabs(scene, state, width, ref) + gap
        body = QRectF(0, top, width, height - top)
        if width >= height * WIDE:  # the profile beside its caption
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
            trial = Scene()
            needed = CardLayout(self.theme, self.reference_height, self.audience).card(
                trial, profile, design, size
            )
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
        scene.words.update(trial.words)
        scene.outlines += [
            (k, transform.mapRect(r), w * transform.m11()) for k, r, w in trial.outlines
        ]
        scene.clipped += trial.clipped
        scene.card = transform.mapRect(design)
        self._caption(scene, state, panel, ref)
        return scene

    def _show_profile(self, index: int) -> None:
        self.state().show_profile(index)
        self._changed()

    def _tabs(self, scene: Scene, state: RevealState, width: float, ref: float) -> float:
        """The two profiles' tabs (buttons), on one row or, when narrow, one under the other;
        on paper, the profile's kind as a heading. Returns the bottom of the last row."""
        font = make_font(ref * TAB_SIZE, bold=True)
        texts = [_(profile.kind) for profile in state.profiles]
        height = tab_height(font, texts)
        if self.paper:
            for button in self.tab_buttons:
                button.hide()
            draw_text(scene, "tab", texts[state.index], 0, 0, width, font, self.theme.text)
            return height
        # both tabs on one row, in smaller type down to a floor; else one under the other
        for pixels in _steps(ref * TAB_SIZE, ref * SMALL_SIZE * 0.7, count=6):
            font = make_font(pixels, bold=True)
            metrics = QFontMetricsF(font)
            height = tab_height(font, texts)
            one_row = sum(metrics.horizontalAdvance(t) + height * 1.5 for t in texts) <= width
            widest = max(metrics.horizontalAdvance(t) + height for t in texts)
            if one_row or (pixels < ref * TAB_SIZE * 0.8 and widest <= width):
                break
        x, y = 0.0, 0.0
        for index, (text, button) in enumerate(zip(texts, self.tab_buttons, strict=True)):
            rect = QRectF(x, y, metrics.horizontalAdvance(text) + height, height)
            if rect.right() > width + 1:
                scene.clipped.append(f"tab {index + 1}")
            button.setFont(font)
            button.setText(text)
            button.setAccessibleName(text)
            active = index == state.index
            button.setAccessibleDescription(_("On screen") if active else "")
            button.setGeometry(rect.toAlignedRect())
            style = _tab_style(self.theme, rect.height(), active)
            if style != button.styleSheet():  # set again, it restyles the button: not each step
                button.setStyleSheet(style)
            button.show()
            if one_row:
                x = rect.right() + height / 2
            else:
                y = rect.bottom() + height / 4
        return (y + height) if one_row else y - height / 4

    # --- the two layouts ----------------------------------------------------------------------

    # --- highlights and the caption -------------------------------------------------------------

    def _highlights(self, scene: Scene, state: RevealState, ref: float) -> None:
        current = state.current()
        accent = QColor(self.theme.accent)
        badge_d = ref * BADGE_SIZE
        badge_font = make_font(badge_d * 0.58, bold=True)
        margin = ref * OUTLINE_MARGIN
        for detail_id in state.shown():
            detail = state.profile.detail(detail_id)
            rects = [scene.regions[r] for r in detail.regions if r in scene.regions]
            if not rects:
                continue
            is_current = not self.paper and current is not None and current.id == detail_id
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

    def _caption(self, scene: Scene, state: RevealState, panel: QRectF, ref: float) -> None:
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
        progress = pgettext(self.audience.value, PROGRESS).format(
            number=format_number(state.index + 1),
            count=format_number(len(state.profiles)),
            found=format_number(found),
            total=format_number(total),
        )
        why_text = pgettext(self.audience.value, current.why(self.audience)) if current else ""
        label_text = pgettext(self.audience.value, current.label) if current else ""
        for scale in _steps(1.0, WHY_MIN_SCALE, count=5):
            trial = Scene()
            trial.ops.append(frame)
            y = panel.top() + pad * 0.8
            rect = draw_text(
                trial, "progress", progress, x, y, width, make_font(ref * SMALL_SIZE), theme.muted
            )
            y = rect.bottom() + pad * 0.6
            if self.paper and state.shown():  # every detail revealed, numbered, as on the profile
                lines = [
                    f"{format_number(state.number(d.id))}. {_(d.label)}"
                    for d in state.profile.details
                    if d.id in state.shown()
                ]
                font = make_font(ref * WHY_SIZE * scale * 0.8)
                for index, line in enumerate(lines):
                    rect = draw_text(trial, f"detail {index}", line, x, y, width, font, theme.text)
                    y = rect.bottom() + pad * 0.3
                bottom = y
                trial.caption = " ".join(lines)
                trial.why_px = font.pixelSize()
            elif current is not None:
                badge_d = ref * LABEL_SIZE * scale * 1.7
                badge = QRectF(x, y, badge_d, badge_d)
                number = format_number(state.number(current.id))
                badge_font = make_font(badge_d * 0.55, bold=True)

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
                label = draw_text(
                    trial,
                    "label",
                    label_text,
                    lx,
                    y,
                    x + width - lx,
                    make_font(ref * LABEL_SIZE * scale, bold=True),
                    theme.text,
                )
                y = max(badge.bottom(), label.bottom()) + pad * 0.6
                why = draw_text(
                    trial,
                    "why",
                    why_text,
                    x,
                    y,
                    width,
                    make_font(ref * WHY_SIZE * scale),
                    theme.text,
                )
                bottom = why.bottom()
                trial.caption = f"{number}. {label_text} — {why_text}"
                trial.why_px = make_font(ref * WHY_SIZE * scale).pixelSize()
            else:
                prompt = draw_text(
                    trial,
                    "prompt",
                    self.prompt,
                    x,
                    y,
                    width,
                    make_font(ref * WHY_SIZE * scale, True),
                    theme.text,
                )
                bottom = prompt.bottom()
                trial.caption = self.prompt
                if not self.paper:  # the keys and the clicks: paper has the question alone
                    hint = draw_text(
                        trial,
                        "hint",
                        _(HINT),
                        x,
                        prompt.bottom() + pad * 0.6,
                        width,
                        make_font(ref * WHY_SIZE * scale * 0.9),
                        theme.muted,
                    )
                    bottom = hint.bottom()
                    trial.caption = f"{self.prompt} {_(HINT)}"
                trial.why_px = make_font(ref * WHY_SIZE * scale).pixelSize()
            if bottom <= panel.bottom() - pad * 0.5 and not trial.clipped:
                break
        else:
            trial.clipped.append("caption")
        scene.ops += trial.ops
        scene.clipped += trial.clipped
        scene.wrapped.update(trial.wrapped)
        scene.caption = trial.caption
        scene.caption_rect = panel
        scene.why_px = trial.why_px

    def why_font_pixels(self) -> int:
        """The size of the explanation's type as drawn (for the legibility tests)."""
        return self._scene.why_px


# --- helpers -------------------------------------------------------------------------------------


def _tab_style(theme: Theme, height: float, active: bool) -> str:
    """A profile's tab: a pill, filled when its profile is on screen, a thick border when it
    has the keyboard focus."""
    colour, fill = (theme.background, theme.accent) if active else (theme.text, theme.background)
    border = theme.accent if active else theme.muted
    return (
        f"QPushButton {{ color: {colour}; background: {fill}; border: 2px solid {border};"
        f" border-radius: {height / 2:.0f}px; padding: 0; }}"
        f"QPushButton:focus {{ border: 4px solid {theme.text}; }}"
    )


def _badge_place(box: QRectF, d: float, card: QRectF, line: bool) -> QRectF:
    """Where a detail's number goes: after a line of text when there is room in the card (so it
    hides no words), else on the top-left corner of a picture or of the post's avatar."""
    if line and box.right() + d * 1.2 <= card.right():
        return QRectF(box.right() + d * 0.15, box.center().y() - d / 2, d, d)
    return QRectF(max(0.0, box.left() - d * 0.45), max(0.0, box.top() - d * 0.45), d, d)


def _steps(start: float, stop: float, count: int = 8) -> list[float]:
    """`count` values from `start` down to `stop`."""
    return [start - (start - stop) * i / (count - 1) for i in range(count)]
