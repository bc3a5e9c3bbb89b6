"""What a teacher takes away, written to files: one room for the exports.

Every export is written by one signature, `write(path, what: ExportRequest) -> files`, listed by
name in `registry.py`'s `EXPORTS` (the command line and the File menu write through it); the
request (`request.py`) is made from the classroom in one place, `request_from`, so no exporter
sees the classroom's state. The Markdown script (`script.py`), the charts as PNG, SVG and CSV
(`charts.py`), the handout and the lesson as PDFs (`pdf.py`, laid out by Qt in `ui/pdf/`), the
worksheet (`worksheet_pdf.py`), the PowerPoint file (`export/pptx/deck.py` and the `pptx_*.py` it is
built of) and the lesson guide (`guide.py`, `guide_docx.py`, `guide_pdf.py`) are here. Each file
is written atomically (`awareness_app.atomic`).
"""
