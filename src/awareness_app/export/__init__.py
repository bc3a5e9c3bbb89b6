"""What a teacher takes away, written to files: one room for the exports.

Each exporter takes what it writes from the classroom (the lesson, plan, audience and language)
and writes its file atomically (`awareness_app.atomic`). The older exporters still live beside
the package (`pptx_*.py`, `charts/export.py`, `ui/pdf/`); new ones start here.
"""
