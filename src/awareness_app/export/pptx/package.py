"""The PowerPoint file's own description of itself, set on every export. No Qt.

python-pptx starts from a template made in 2013 on a Mac for a 4:3 show; left as it is, the file
says so ("Microsoft Macintosh PowerPoint", "On-screen Show (4:3)", `screen4x3`, created 2013).
`describe` writes what this file is instead:

- `docProps/app.xml`: this app and its version as the application, "Widescreen" (PowerPoint's
  name for 13.333 × 7.5 in, 16:9), the counts of slides and notes and the slides' titles;
- `docProps/core.xml`: the lesson's title, the language (ja-JP / en-GB), this app as the author,
  created and modified now, revision 1, never printed;
- `ppt/presentation.xml`: the slide size with no `type` (PowerPoint writes none for 16:9);
- the template's 4:3 thumbnail is dropped (a viewer draws its own from the first slide).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from ... import __version__

if TYPE_CHECKING:
    from pptx.presentation import Presentation

APP_NAME = "SNS Safety Classroom"
APPLICATION = f"{APP_NAME} {__version__}"
PRESENTATION_FORMAT = "Widescreen"

_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<TotalTime>0</TotalTime><Words>{words}</Words>"
    "<Application>{application}</Application>"
    "<PresentationFormat>{format}</PresentationFormat>"
    "<Paragraphs>{paragraphs}</Paragraphs><Slides>{slides}</Slides><Notes>{notes}</Notes>"
    "<HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>"
    '<HeadingPairs><vt:vector size="4" baseType="variant">'
    "<vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>"
    "<vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant>"
    "<vt:variant><vt:i4>{slides}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
    '<TitlesOfParts><vt:vector size="{parts}" baseType="lpstr">{titles}</vt:vector>'
    "</TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "</Properties>"
)


def describe(
    presentation: Presentation,
    title: str,
    language_tag: str,
    theme_name: str,
    *,
    subject: str = "",
    now: dt.datetime | None = None,
) -> None:
    """Set the file's metadata (see the module's docstring); call once every slide is in."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0, tzinfo=None)
    properties = presentation.core_properties
    properties.title = title
    properties.subject = subject
    properties.author = properties.last_modified_by = APP_NAME
    properties.comments = APPLICATION
    properties.language = language_tag
    properties.created = properties.modified = now
    properties.revision = 1
    properties.keywords = ""
    _no_last_printed(properties)

    size = presentation.part._element.find(
        "{http://schemas.openxmlformats.org/presentationml/2006/main}sldSz"
    )
    if size is not None and "type" in size.attrib:
        del size.attrib["type"]

    slides = list(presentation.slides)
    titles = [theme_name] + [
        (s.shapes.title.text_frame.text.replace("\v", " ") if s.shapes.title else "")
        for s in slides
    ]
    words = paragraphs = notes = 0
    for slide in slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                for paragraph in shape.text_frame.paragraphs:
                    text = "".join(r.text for r in paragraph.runs)
                    if text.strip():
                        paragraphs += 1
                        words += len(text.split())
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip():
            notes += 1
    xml = _APP_XML.format(
        words=words,
        application=escape(APPLICATION),
        format=PRESENTATION_FORMAT,
        paragraphs=paragraphs,
        slides=len(slides),
        notes=notes,
        parts=len(titles),
        titles="".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t in titles),
    )
    package = presentation.part.package
    rels = package._rels  # the package's own: docProps and the thumbnail
    for rel in list(rels.values()):
        if rel.reltype.endswith("/extended-properties"):
            rel.target_part._blob = xml.encode("utf-8")
        elif rel.reltype.endswith("/metadata/thumbnail"):
            rels.pop(rel.rId)


def _no_last_printed(properties: object) -> None:
    element = properties._element  # type: ignore[attr-defined]
    for child in list(element):
        if child.tag.endswith("}lastPrinted"):
            element.remove(child)
