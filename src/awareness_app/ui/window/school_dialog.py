"""The school's own slide (学校のスライド): a title and up to six points, in Japanese, English or
both, as plain text — one tab per language.

    dialog = SchoolSlideDialog("own-1", None, window)   # a new slide; or the slide to edit
    dialog.open(); … dialog.slide()                     # once accepted

A slide needs a title in at least one language; there are six fields for points, so never more
than six; what is typed is made plain text (`plan.school_slide`). Where only one language
is written, the slide shows it in both.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import LANGUAGES, _
from ...model.lesson.lesson import OwnText
from ...model.lesson.plan import (
    MAX_POINT,
    MAX_POINTS,
    MAX_TITLE,
    SchoolSlide,
    plain_text,
    school_slide,
    text_width,
)
from ...model.text.free_text import bad_characters
from ..accessibility import focus_style

LANGUAGE_CODES = ("ja", "en")  # Japanese first: most teachers write it first


class SchoolSlideDialog(QDialog):
    def __init__(self, slide_id: str, slide: SchoolSlide | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("school-slide-dialog")
        self.slide_id = slide_id
        self.titles: dict[str, QLineEdit] = {}
        self.points: dict[str, list[QLineEdit]] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("school-slide-languages")
        for language in LANGUAGE_CODES:
            page = QWidget(self.tabs)
            form = QFormLayout(page)
            title = QLineEdit(page)
            title.setObjectName(f"school-title-{language}")
            title.setMaxLength(MAX_TITLE)
            form.addRow(QLabel(page), title)
            self.titles[language] = title
            self.points[language] = []
            for number in range(1, MAX_POINTS + 1):
                point = QLineEdit(page)
                point.setObjectName(f"school-point-{language}-{number}")
                point.setMaxLength(MAX_POINT)
                form.addRow(QLabel(page), point)
                self.points[language].append(point)
            self.tabs.addTab(page, LANGUAGES[language])  # each language by its own name
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("school-slide-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #A00000; font-weight: bold;")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setStyleSheet(focus_style() + "QLineEdit:focus { border: 2px solid #005A8C; }")
        if slide is not None:
            for language in LANGUAGE_CODES:
                self.titles[language].setText(getattr(slide.title, language))
                for field, text in zip(self.points[language], slide.points, strict=False):
                    field.setText(getattr(text, language))
        self.retranslate(slide is None)
        self.resize(560, self.sizeHint().height())
        # the caret starts in the first title, not on the tabs: the teacher types at once
        self.tabs.setCurrentIndex(0)
        self.setFocusProxy(self.titles[LANGUAGE_CODES[0]])
        self.titles[LANGUAGE_CODES[0]].setFocus()

    def retranslate(self, new: bool = True) -> None:
        # NOTE: the dialog of the school's own slide (学校のスライド)
        self.setWindowTitle(_("Add school slide") if new else _("Edit school slide"))
        self.hint.setText(
            _(
                "A title and up to six points, in Japanese, English or both, as plain text. "
                "Where only one language is written, the slide shows it in both."
            )
            + " "
            # NOTE: what fits the slide; a full-width (Japanese) character counts as two
            + _(
                "So that the slide fits the screen, a title has at most {title_half} full-width "
                "(Japanese) or {title} half-width characters, a point {point_half} or {point}."
            ).format(
                title_half=MAX_TITLE // 2,
                title=MAX_TITLE,
                point_half=MAX_POINT // 2,
                point=MAX_POINT,
            )
        )
        self.tabs.setAccessibleName(_("Languages of the slide"))
        for button in self.buttons.buttons():  # OK and Cancel, in Qt's words for the language
            button.setAccessibleName(button.text().replace("&", ""))
        for language in LANGUAGE_CODES:
            name = LANGUAGES[language]
            title = self.titles[language]
            page = title.parentWidget()  # its tab
            assert page is not None
            form = page.layout()
            assert isinstance(form, QFormLayout)
            label = form.labelForField(title)
            assert isinstance(label, QLabel)
            label.setText(_("Title:"))
            label.setBuddy(title)
            # NOTE: {language} is the language's own name, English or 日本語
            title.setAccessibleName(_("Title ({language})").format(language=name))
            for number, point in enumerate(self.points[language], start=1):
                label = form.labelForField(point)
                assert isinstance(label, QLabel)
                label.setText(_("Point {number}:").format(number=number))
                label.setBuddy(point)
                point.setAccessibleName(
                    _("Point {number} ({language})").format(number=number, language=name)
                )

    def slide(self) -> SchoolSlide:
        """The slide as typed (plain text; empty points left out)."""

        def text(fields: dict[str, QLineEdit]) -> OwnText:
            return OwnText(en=fields["en"].text(), ja=fields["ja"].text())

        title = text(self.titles)
        points = [
            text({lang: self.points[lang][n] for lang in LANGUAGE_CODES}) for n in range(MAX_POINTS)
        ]
        return school_slide(self.slide_id, title, points)

    def problem(self) -> str:
        """Why the slide cannot be used as typed ("" when it can)."""
        if not any(plain_text(field.text()) for field in self.titles.values()):
            return _("Write a title, in Japanese, English or both.")
        fields = [*self.titles.values(), *(f for row in self.points.values() for f in row)]
        if any(bad_characters(field.text()) for field in fields):
            return _("Remove the control characters from the text.")
        for field in fields:  # the slide must fit the screen: the first field too long, named
            limit = MAX_TITLE if field in self.titles.values() else MAX_POINT
            if text_width(plain_text(field.text())) > limit:
                # NOTE: {field} is the field's name, e.g. "Point 3 (日本語)"; a full-width
                # (Japanese) character counts as two half-width ones
                return _(
                    "{field} is too long for the slide: at most {half} full-width (Japanese) "
                    "or {limit} half-width characters."
                ).format(field=field.accessibleName(), half=limit // 2, limit=limit)
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            field = self._too_long() or self.titles[LANGUAGE_CODES[0]]
            page = field.parentWidget()  # its tab
            assert page is not None
            self.tabs.setCurrentWidget(page)
            field.setFocus()
            return
        super().accept()

    def _too_long(self) -> QLineEdit | None:
        """The first field too long for the slide, if any (the caret goes there)."""
        for language in LANGUAGE_CODES:
            if text_width(plain_text(self.titles[language].text())) > MAX_TITLE:
                return self.titles[language]
            for point in self.points[language]:
                if text_width(plain_text(point.text())) > MAX_POINT:
                    return point
        return None
