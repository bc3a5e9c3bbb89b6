"""The presentation view: full screen on the projector, nothing on it but the slide.

Over the slide, on a key: the pause screen (B or .: the app's name on a calm neutral colour) or a
white one (W), the slide overview (O), the speaker notes (S, when there is only one screen) and
the list of keys (H or ?). Every key goes through `KeyRouter`, as in the other views.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from ... import i18n
from ...i18n import _
from ...model.text import ruby
from ...model.text.line_breaks import joined
from ...surfaces import surface
from ...themes import Theme
from ..accessibility import install_accessible_interfaces
from ..classroom_state import follow
from ..fonts import app_font_family
from ..slides.slide_page import SlidePage
from .controller import Blank, PresentationController
from .key_router import KeyRouter, scroll_notes
from .keys import KEY_HELP, Action
from .overview import SlideOverview

WHITE = "#FFFFFF"


class PauseScreen(QWidget):
    """A calm screen between parts of the lesson: the app's name on the theme's neutral
    surface colour, in each language shown (or plain white for W)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pause-screen")
        self.names: list[str] = []
        self.background = "#F2F4F7"
        self.foreground = "#3A3A3A"

    def set_look(self, names: list[str], background: str, foreground: str) -> None:
        self.names, self.background, self.foreground = names, background, foreground
        self.update()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.background))
        if self.names:
            font = QFont(app_font_family())
            font.setPixelSize(max(12, self.height() // 16))
            painter.setFont(font)
            painter.setPen(QColor(self.foreground))
            line = round(font.pixelSize() * 1.6)
            top = self.height() // 2 - line * len(self.names) // 2
            for row, name in enumerate(self.names):
                painter.drawText(
                    QRect(0, top + row * line, self.width(), line),
                    Qt.AlignmentFlag.AlignCenter,
                    name,
                )
        painter.end()


@surface("presentation", "the projector's full-screen view, its notes and help panels")
class PresentationView(QWidget):
    """The slide, full screen. `leave_requested` on Esc (when no panel is open);
    `swap_requested` on X (the session swaps the screens)."""

    accessible_window = True  # a window to screen readers (accessibility.py), with a name

    leave_requested = Signal()
    swap_requested = Signal()
    resized = Signal(QSize)  # the console lays its pictures of the slides out at this size

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_accessible_interfaces()
        self.controller = controller
        self.setObjectName("presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.one_screen = True  # notes on S only when there is no console
        self._shown: tuple[object, ...] | None = None

        self.page = SlidePage(self, presenting=True)
        self.pause = PauseScreen(self)
        self.pause.hide()

        self.overview_panel = QWidget(self)
        self.overview_panel.setObjectName("overview-panel")
        self.overview_panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.overview_heading = QLabel(self.overview_panel)
        self.overview_heading.setObjectName("overview-heading")
        self.overview_heading.setWordWrap(True)
        self.overview = SlideOverview(self.overview_panel)
        self.overview.chosen.connect(self._overview_chosen)
        panel_layout = QVBoxLayout(self.overview_panel)
        panel_layout.addWidget(self.overview_heading)
        panel_layout.addWidget(self.overview, 1)
        self.overview_panel.hide()

        self.notes = QTextEdit(self)  # read-only text, read as a document
        self.notes.setObjectName("notes-panel")
        self.notes.setReadOnly(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.hide()

        self.help = QLabel(self)
        self.help.setObjectName("help-panel")
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.help.hide()

        self.digits = QLabel(self)
        self.digits.setObjectName("digits")
        self.digits.hide()

        self.router = KeyRouter(self, controller, self.view_action)
        controller.slide_changed.connect(self.refresh)
        controller.display_changed.connect(self.refresh)
        controller.digits_changed.connect(self._show_digits)
        follow(controller.state.language_changed, self, self._language_changed)
        self.refresh()

    # --- keys ---------------------------------------------------------------------------------

    def view_action(self, action: Action) -> bool:
        """The actions this view does itself; the rest go to the controller."""
        if action == Action.LEAVE:
            if not self.close_panels():
                self.leave_requested.emit()
            return True
        if action == Action.FULL_SCREEN:
            self.toggle_full_screen()
            return True
        if action == Action.OVERVIEW:
            self.toggle_overview()
            return True
        if action == Action.NOTES:
            if self.one_screen:  # with a console, the notes are there: never on the projector
                self._toggle(self.notes)
            elif not self.notes.isHidden():
                self.notes.hide()
                self._place_panels()
            return True
        if action == Action.HELP:
            self._toggle(self.help)
            return True
        if action in (Action.NOTES_UP, Action.NOTES_DOWN):
            scroll_notes(self.notes, action)
            return True
        if action == Action.SWAP_SCREENS:
            self.swap_requested.emit()
            return True
        if action == Action.START:
            self.controller.first()
            return True
        return action == Action.START_HERE  # already presenting: nothing to do

    def close_panels(self) -> bool:
        """Close whatever panel is open over the slide; False when none was."""
        closed = False
        for panel in (self.overview_panel, self.notes, self.help):
            if not panel.isHidden():
                panel.hide()
                closed = True
        if closed:
            self._place_panels()  # the slide takes the whole screen again
            self.setFocus()
        return closed

    def _toggle(self, panel: QWidget) -> None:
        visible = panel.isHidden()
        self.close_panels()
        panel.setVisible(visible)
        if visible:
            panel.raise_()
            self._refresh_panels()

    def toggle_overview(self) -> None:
        if not self.overview_panel.isHidden():
            self.close_panels()
            return
        self.close_panels()
        self.overview_panel.show()
        self.overview_panel.raise_()
        self._refresh_panels()
        self.overview.select(self.controller.index)
        self.overview.setFocus()

    def _overview_chosen(self, index: int) -> None:
        self.close_panels()
        self.controller.set_blank(Blank.NONE)
        self.controller.go_to(index)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
            screen = self.screen().availableGeometry()
            self.resize(screen.width() * 4 // 5, screen.height() * 4 // 5)
        else:
            self.showFullScreen()

    # --- what is shown ------------------------------------------------------------------------

    def refresh(self) -> None:
        c = self.controller
        theme = c.theme
        languages = c.languages()
        shown = (c.audience, c.index, tuple(languages), theme.name, c.text_scale, c.revision)
        if shown != self._shown:
            self.page.show_slide(c, c.current_slide(), languages, theme, c.text_scale)
            self._shown = shown
            # the quiz's keys (digits, + / −, R) are the activity's on its slide, as in the window
            self.setProperty("presenting-owned-keys", self.page.activity_keys())
        style = self._style(theme)
        if style != self.styleSheet():  # set again, it restyles every child: not each step
            self.setStyleSheet(style)
        names = []
        for language in languages:
            with i18n.temporary_language(language):
                names.append(_("SNS Safety Classroom"))
        if c.blank == Blank.WHITE:
            self.pause.set_look([], WHITE, WHITE)
            self.pause.setAccessibleName(_("White screen"))
        else:
            self.pause.set_look(names, theme.surface, theme.muted)
            self.pause.setAccessibleName(_("Pause screen"))
        self.pause.setVisible(c.blank != Blank.NONE)
        self.pause.raise_()
        self._refresh_panels()
        self.setWindowTitle(_("Presentation view — {app}").format(app=_("SNS Safety Classroom")))
        self.setAccessibleName(_("Presentation view"))

    def _refresh_panels(self) -> None:
        c = self.controller
        height = max(self.height(), 180)
        if not self.overview_panel.isHidden():
            titles = [ruby.plain(c.render(s)[0].title) for s in c.slides()]
            self.overview.set_slides(titles, c.index)
            self.overview.set_type_size(height // 30, c.theme)
        self.overview_heading.setText(
            _(
                "Slides: choose with the arrow keys and Enter, or type a number and Enter. "
                "O or Esc closes."
            )
        )
        font = QFont(app_font_family())
        font.setPixelSize(max(10, height // 30))
        self.overview_heading.setFont(font)
        self.overview.setAccessibleName(_("Slide overview"))
        self.overview_panel.setAccessibleName(_("Slide overview"))
        if not self.notes.isHidden():
            language = c.settings.presenter_language or c.state.language
            rendered, _title = c.render(c.current_slide(), language)
            with i18n.temporary_language(language):
                heading = _("Speaker notes")
                self.notes.setAccessibleName(heading)
            self.notes.setHtml(
                f"<p style='font-size:{max(10, height // 40)}px'><b>{escape(heading)}</b></p>"
                f"<p style='font-size:{max(10, height // 32)}px'>"
                f"{escape(joined(rendered.notes) or '—')}</p>"  # lines break between phrases
            )
        self.notes.setAccessibleName(_("Speaker notes"))
        rows = "".join(
            f"<tr><td style='padding:0.15em 1.2em 0.15em 0'><b>{escape(_(keys))}</b></td>"
            f"<td style='padding:0.15em 0'>{escape(_(what))}</td></tr>"
            for keys, what in KEY_HELP
        )
        self.help.setText(
            f"<div style='font-size:{max(10, height // 34)}px'>"
            f"<p><b>{escape(_('Keys'))}</b></p><table>{rows}</table></div>"
        )
        self.help.setAccessibleName(_("Keys"))
        self._place_panels()

    def _style(self, theme: Theme) -> str:
        return (
            f"#presentation {{ background: {theme.background}; }}"
            f"#overview-panel {{ background: {theme.background}; }}"
            f"QLabel#overview-heading {{ color: {theme.text}; }}"
            f"QTextEdit#notes-panel {{ background: {theme.surface}; color: {theme.text};"
            f" border-top: 3px solid {theme.accent}; }}"
            f"QLabel#help-panel {{ background: {theme.surface}; color: {theme.text};"
            f" border: 3px solid {theme.accent}; padding: 1em; }}"
            f"QLabel#digits {{ background: {theme.surface}; color: {theme.text};"
            f" border: 2px solid {theme.accent}; padding: 0.2em 0.6em; }}"
        )

    def _show_digits(self, digits: str) -> None:
        self.digits.setText(_("Go to slide {number}").format(number=digits) if digits else "")
        self.digits.setVisible(bool(digits))
        self._place_panels()
        self.digits.raise_()

    def _place_panels(self) -> None:
        rect = self.rect()
        height = rect.height()
        notes_height = height * 2 // 5
        # the notes (one screen) are a strip under the slide, which shrinks above them: they
        # never cover its chart or its words
        slide = QRect(rect)
        if not self.notes.isHidden():
            slide.setHeight(height - notes_height)
        if self.page.geometry() != slide:
            self.page.setGeometry(slide)
        self.pause.setGeometry(rect)
        self.overview_panel.setGeometry(rect)
        self.notes.setGeometry(0, height - notes_height, rect.width(), notes_height)
        self.help.adjustSize()
        help_size = self.help.sizeHint()
        self.help.setGeometry(
            max(0, (rect.width() - help_size.width()) // 2),
            max(0, (height - help_size.height()) // 2),
            min(rect.width(), help_size.width()),
            min(height, help_size.height()),
        )
        font = QFont(app_font_family())
        font.setPixelSize(max(10, height // 30))
        self.digits.setFont(font)
        self.digits.adjustSize()
        # top right, clear of the footer (the source line and the slide number)
        self.digits.move(max(0, rect.width() - self.digits.width() - height // 40), height // 40)

    def _language_changed(self, _language: str) -> None:
        self._shown = None
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.page.activity_key(event.key()):
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_panels()
        self.refresh()
        self.resized.emit(self.size())
