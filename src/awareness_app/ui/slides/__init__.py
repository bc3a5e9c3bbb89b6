"""A slide drawn on screen: its text (with furigana and phrase breaks) and its chart."""
