"""Which of the presenter console's two slide pages shows which slide at a step.

The console lays the current and the next slide out in two pages of the projector's size
(`presenter_console.py`). A page that already shows what is wanted — the same slide, laid out
for the same audience, languages, theme, text size, edition and words — is kept for it: a step
forward makes the next slide's page the current one, a step back the current page the next
one, so a step lays out one slide instead of two (issue 22, point 9).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

Page = TypeVar("Page")


def keep_pages(
    pages: Sequence[Page], wanted: Sequence[Hashable], shown: dict[int, Hashable]
) -> tuple[list[Page], list[bool]]:
    """The pages for `wanted` (what each row must show), in its order: a page whose `shown`
    (by the page's id) is a row's wanted content is kept for that row, the others take the
    remaining rows; and for each row whether its page must be laid out again."""
    chosen: list[Page | None] = [None] * len(wanted)
    for row, content in enumerate(wanted):
        for page in pages:
            if page not in chosen and id(page) in shown and shown[id(page)] == content:
                chosen[row] = page
                break
    free = [page for page in pages if page not in chosen]
    again = [page is None for page in chosen]
    return [page if page is not None else free.pop(0) for page in chosen], again
