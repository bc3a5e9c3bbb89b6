"""Printing and PDF export: the lesson deck and the handout on A4."""
