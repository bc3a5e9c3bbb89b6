"""Presenting: the projector's view, the presenter console and the keys."""
