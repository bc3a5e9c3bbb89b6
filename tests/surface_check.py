"""The rules every surface that sets the lesson's text keeps, checked on a live widget tree.

`problems(root, pupils=…)` walks every visible widget under `root` and names what breaks a rule:
- text clipped: a label's laid-out text taller (or, on one line, wider) than its widget;
- a Japanese line broken inside a phrase (`phrase_check.cuts`), or Japanese wrapped by a plain
  QLabel (whose line breaking splits words: such text belongs in a `RubyLabel`);
- for pupils (`pupils=True`, Japanese): a kanji beyond grade 4 drawn without its reading;
- markup shown: the catalogue's furigana marks (｜《》) or HTML tags drawn as text.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetrics, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QWidget

from awareness_app.model.text import ruby
from awareness_app.model.text.line_breaks import WORD_JOINER, is_japanese
from awareness_app.ui.slides.ruby_label import RubyLabel
from kanji_grades import beyond_grade_4
from phrase_check import cuts

MARKUP = re.compile(r"[｜《》]|</?[a-zA-Z][^>]*>")


def _name(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 3:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))


def _ruby_label(label: RubyLabel, pupils: bool) -> list[str]:
    out: list[str] = []
    name = _name(label)
    width = label.width()
    layout = label.text_layout()
    if layout.height(width) > label.height() + 1:
        out.append(f"{name}: clipped ({layout.height(width):.0f} > {label.height()} px)")
    lines = layout.lines(width)
    runs = [run for line in lines for run in line.runs]
    for run in runs:
        if MARKUP.search(run.base) or MARKUP.search(run.reading):
            out.append(f"{name}: markup shown in {run.base!r}")
        if pupils and not run.reading and beyond_grade_4(run.base):
            out.append(f"{name}: {''.join(beyond_grade_4(run.base))} without a reading")
    plain = "\n".join(
        "".join(ruby.plain(part.text) for part in p.parts) for p in layout.paragraphs if not p.table
    )
    if is_japanese(plain) and not any(p.table for p in layout.paragraphs):
        texts = ["".join(run.base for run in line.runs) for line in lines]
        try:
            out += [f"{name}: broken inside a phrase: {cut}" for cut in cuts(plain, texts)]
        except ValueError:
            out.append(f"{name}: its lines are not its text")
    return out


def _label(label: QLabel, pupils: bool) -> list[str]:
    rich = label.textFormat() == Qt.TextFormat.RichText
    if rich or (label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())):
        return []  # the app's own markup (the console's clock), never text from a file
    text = label.text()
    name = _name(label)
    out: list[str] = []
    metrics = QFontMetrics(label.font())
    room = label.contentsRect().width()
    one_line = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
    if label.wordWrap():
        if label.heightForWidth(label.width()) > label.height() + 1:
            out.append(f"{name}: clipped")
        if is_japanese(text) and one_line > room + 1:
            out.append(f"{name}: Japanese wrapped by a QLabel (by character): {text!r}")
    elif one_line > room + 1 and not label.property("elided"):
        out.append(f"{name}: clipped ({one_line} > {room} px): {text!r}")
    if ruby.has_ruby(text):
        out.append(f"{name}: markup shown in {text!r}")
    if pupils and beyond_grade_4(text):
        out.append(f"{name}: {''.join(beyond_grade_4(text))} without a reading in {text!r}")
    return out


def editor_lines(editor: QPlainTextEdit | QTextEdit) -> list[tuple[str, list[str]]]:
    """Each paragraph of a text editor's document (without word joiners) and its lines as the
    editor wrapped them."""
    editor.document().documentLayout()  # laid out at the editor's width
    out = []
    block = editor.document().begin()
    while block.isValid():
        layout = block.layout()
        text = block.text()
        lines = [
            text[
                layout.lineAt(i).textStart() : layout.lineAt(i).textStart()
                + layout.lineAt(i).textLength()
            ]
            for i in range(layout.lineCount())
        ]
        out.append((text.replace(WORD_JOINER, ""), [t.replace(WORD_JOINER, "") for t in lines]))
        block = block.next()
    return out


def _editor(editor: QPlainTextEdit | QTextEdit) -> list[str]:
    name = _name(editor)
    out: list[str] = []
    if ruby.has_ruby(editor.toPlainText()):
        out.append(f"{name}: markup shown")
    for text, lines in editor_lines(editor):
        if is_japanese(text) and len(lines) > 1:
            out += [f"{name}: broken inside a phrase: {cut}" for cut in cuts(text, lines)]
    return out


def problems(root: QWidget, pupils: bool = False) -> list[str]:
    """What breaks the text rules among the visible widgets under `root`."""
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, RubyLabel) and widget.text():
            out += _ruby_label(widget, pupils)
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            out += _label(widget, pupils)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            out += _editor(widget)
    return out
