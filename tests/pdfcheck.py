"""Reading the PDFs the app writes, for the tests: pages, sizes and fonts (with pypdf), the text
(with pdfium, `page_text`), and the text's printed sizes (`text_runs`, with pypdf)."""

from __future__ import annotations

import ctypes
import io
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2
import pypdfium2.raw as pdfium
from pypdf import PdfReader
from pypdf.generic import ArrayObject

A4 = (595, 842)


@dataclass
class PdfFacts:
    pages: int
    sizes: list[tuple[int, int]]  # (width, height) in points, rounded
    texts: list[str]  # each page's text, NFC
    type_sizes: list[list[float]]  # each page's pieces of text, each's printed size in points
    fonts: dict[str, str]  # base font name → how it is embedded ("FontFile2", … or "")
    images: int  # raster images on all pages

    @property
    def text(self) -> str:
        return "\n".join(self.texts)

    @property
    def compact(self) -> str:
        """The text without white space: Japanese comes out in runs broken by line ends."""
        return "".join(self.text.split())

    def page_compact(self, index: int) -> str:
        return "".join(self.texts[index].split())

    def is_a4(self, landscape: bool = False) -> bool:
        wanted = (A4[1], A4[0]) if landscape else A4
        return all(size == wanted for size in self.sizes)

    def all_fonts_embedded(self) -> bool:
        return bool(self.fonts) and all(self.fonts.values())


def _descriptor(font: object) -> dict:
    font = font.get_object()  # type: ignore[attr-defined]
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
    return descriptor.get_object() if descriptor is not None else {}


# A line of a page's content stream that draws a path (moveto, lineto, curveto, rectangle, and
# the painting or clipping that ends it), one operator a line as Qt writes them. pypdf parses
# every operator of a page to find its text; a chart drawn as vectors is most of them (150,000
# in a lesson PDF: 5–6 s a deck, more than writing it). The text, font, colour, state and
# transform operators stay, so the text read, its order and its sizes are the same.
_PATH_LINE = re.compile(rb"^(?:[-+\d. ]+ (?:[mlcvy]|re)|[hfSnBb]\*?|W\*? n)\n", re.M)
# A line that only sets colour or line style (colour spaces and colours, the graphics state,
# line width, caps, joins, dashes), and a save and restore with nothing left between them: no
# text depends on them, and they were a third of what pypdf parsed after the paths (a deck read
# 10-40 % faster; the text and the sizes read are the same, compared on decks and handouts).
_STYLE_LINE = re.compile(
    rb"^(?:(?:/\w+ (?:cs|CS|gs)|(?:[-\d.]+ )+(?:scn|SCN|sc|SC|g|G|rg|RG|k|K)|[-\d.]+ w|\d J"
    rb"|\d j|\[[-\d. ]*\] ?[-\d.]+ +d) ?)+\n",
    re.M,
)
_EMPTY_SAVE = re.compile(rb"^q\nQ\n", re.M)


def _text_operators(stream: bytes) -> bytes:
    """`stream` without its paths (`_PATH_LINE`) and styles (`_STYLE_LINE`)."""
    stream = _STYLE_LINE.sub(b"", _PATH_LINE.sub(b"", stream))
    while True:  # q Q pairs emptied by the above, innermost first
        shorter = _EMPTY_SAVE.sub(b"", stream)
        if len(shorter) == len(stream):
            return stream
        stream = shorter


def _reader(data: bytes) -> PdfReader:
    """`data` read by pypdf, its pages' paths and styles left out (`_text_operators`)."""
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        contents = page.get("/Contents")
        if contents is None:
            continue
        contents = contents.get_object()
        streams = contents if isinstance(contents, ArrayObject) else [contents]
        for stream in (s.get_object() for s in streams):
            stream.set_data(_text_operators(stream.get_data()))
    return reader


def read_pdf(data: bytes) -> PdfFacts:
    reader = PdfReader(io.BytesIO(data))  # its pages' objects only: no content stream is parsed
    fonts: dict[str, str] = {}
    images = 0
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            descriptor = _descriptor(font)
            kind = next(
                (k[1:] for k in ("/FontFile", "/FontFile2", "/FontFile3") if k in descriptor), ""
            )
            fonts[str(font.get_object().get("/BaseFont"))] = kind
        for xobject in (resources.get("/XObject") or {}).values():
            if xobject.get_object().get("/Subtype") == "/Image":
                images += 1
    document = pypdfium2.PdfDocument(data)
    try:
        read = [page_text(page) for page in document]
    finally:
        document.close()
    return PdfFacts(
        pages=len(reader.pages),
        sizes=[
            (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages
        ],
        texts=[text for text, _sizes in read],
        type_sizes=[sizes for _text, sizes in read],
        fonts=fonts,
        images=images,
    )


def _address(pointer: object) -> int | None:
    return ctypes.cast(pointer, ctypes.c_void_p).value


def page_text(page: pypdfium2.PdfPage) -> tuple[str, list[float]]:
    """The page's text in the order it is drawn, NFC, and the size each piece of it is printed
    at (points, to 0.01: the font's size times the text's vertical scale). A line ends where
    the next piece of text starts on another baseline or goes back. pdfium finds the characters
    and the spaces between words (its own order groups text by where it lies, which mixes a
    headline's figures into the text beside it); the order here is that of the page's text
    objects, as pypdf reads it, and about four times faster (Qt draws every glyph as a text
    object of its own)."""
    textpage = page.get_textpage()
    try:
        drawn: dict[int | None, list[str]] = {}  # each text object's characters
        last = None
        for index in range(pdfium.FPDFText_CountChars(textpage.raw)):
            char = chr(pdfium.FPDFText_GetUnicode(textpage.raw, index))
            drawer = _address(pdfium.FPDFText_GetTextObject(textpage.raw, index))
            if drawer is None:  # pdfium's own: a space between words, or a line end
                if char == " " and last is not None:
                    drawn[last].append(char)
                continue
            drawn.setdefault(drawer, []).append(char)
            last = drawer
    finally:
        textpage.close()
    matrix, size = pdfium.FS_MATRIX(), ctypes.c_float()
    parts: list[str] = []
    sizes: list[float] = []
    before: tuple[float, float, float] | None = None  # the last piece's x, y and em in points
    for index in range(pdfium.FPDFPage_CountObjects(page.raw)):
        drawer = pdfium.FPDFPage_GetObject(page.raw, index)
        if pdfium.FPDFPageObj_GetType(drawer) != pdfium.FPDF_PAGEOBJ_TEXT:
            continue
        text = "".join(drawn.get(_address(drawer), ()))
        if not text:
            continue
        pdfium.FPDFTextObj_GetFontSize(drawer, size)
        pdfium.FPDFPageObj_GetMatrix(drawer, matrix)
        em = size.value * (abs(matrix.d) or abs(matrix.b) or 1)
        if before is not None:
            x, y, previous_em = before
            if abs(matrix.f - y) > 0.5 * min(em, previous_em) or matrix.e < x - em:
                parts[-1] = parts[-1].rstrip(" ")
                parts.append("\n")
        parts.append(text)
        sizes.append(round(em, 2))
        before = (matrix.e, matrix.f, em)
    text = unicodedata.normalize("NFC", "".join(parts).replace("\r", "").replace("\t", " "))
    return text, sizes


@dataclass(frozen=True)
class TextRun:
    """A piece of text as the PDF draws it (one text operator), at its size in points."""

    text: str
    size: float


def text_runs(data: bytes) -> list[list[TextRun]]:
    """Each page's text runs in the order they are drawn, with the size each is printed at
    (the font size times the text and transformation matrices' vertical scale)."""
    import math

    reader = _reader(data)
    pages: list[list[TextRun]] = []
    for page in reader.pages:
        runs: list[TextRun] = []

        def visit(
            text: str, cm: list, tm: list, _font: object, size: float, runs: list = runs
        ) -> None:
            if not text.strip():
                return
            c, d = (float(x) for x in tm[2:4])
            ca, cb, cc, cd = (float(x) for x in cm[:4])
            scale = math.hypot(c * ca + d * cc, c * cb + d * cd)
            text = unicodedata.normalize("NFC", text)
            runs.append(TextRun(text, round(float(size) * scale, 2)))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages
