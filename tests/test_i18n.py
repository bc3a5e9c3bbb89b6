"""Languages: numbers and dates by babel, the per-thread temporary language."""

from __future__ import annotations

import threading

from awareness_app import i18n


def test_numbers_and_dates_follow_the_language() -> None:
    assert i18n.format_number(1665) == "1,665"
    assert i18n.format_percent_value(13.5) == "13.5%"
    assert i18n.format_percent_value(-3.87, signed=True) == "−3.9%"
    assert i18n.format_date("2024-03-14") == "14 March 2024"
    assert i18n.format_year(2023) == "2023"
    i18n.set_language("ja")
    assert i18n.format_date("2024-03-14") == "2024年3月14日"
    assert i18n.format_date("2024-03") == "2024年3月"
    assert i18n.format_percent_value(42.4, signed=True) == "+42.4%"
    assert i18n._("Speaker notes") == "発表者ノート"


def test_temporary_language_is_for_this_thread_only() -> None:
    seen: dict[str, str] = {}

    def worker() -> None:
        with i18n.temporary_language("ja"):
            seen["worker"] = i18n._("Speaker notes")
            seen["worker-date"] = i18n.format_date("2024-03-14")

    with i18n.temporary_language("en"):
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        seen["main"] = i18n._("Speaker notes")
    assert seen == {
        "worker": "発表者ノート",
        "worker-date": "2024年3月14日",
        "main": "Speaker notes",
    }
    assert i18n.current_language() == "en"
