"""Languages: translations, the current locale, and numbers and dates written for it.

Import explicitly: `from awareness_app.i18n import _, N_`. `_` looks the string up in the
current language at call time, so text built after `set_language` is in the new language.
Only the classroom (`model/classroom.py`) calls `set_language`; widgets follow its
`language_changed` event and translate themselves again. Drawing one thing in another language
(a bilingual half, an export, a chart in the chart thread) goes through `temporary_language`.
Qt's own strings (dialog buttons) are translated by `install_qt_translator`, which is the only
place here that touches Qt, and imports it only when called.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
import logging
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.dates import format_datetime as _babel_format_datetime
from babel.dates import format_skeleton
from babel.numbers import format_decimal, format_percent

from . import catalogue_rules, resources
from .model.text import ruby


@dataclass(frozen=True)
class Language:
    """A language of the app: the one table of languages (settings, site.toml and the
    catalogue tool read it too)."""

    code: str  # the catalogue's folder and the settings' value
    name: str  # in its own language, for the language list
    english: str  # in English, for messages
    babel_locale: str  # numbers and dates
    list_separator: str = ", "  # between the items of a list of figures or names


LANGUAGE_TABLE: tuple[Language, ...] = (
    # British English dates and numbers ("26 February 2026"), as the lesson is written
    Language("en", "English", "English", "en_GB"),
    Language("ja", "日本語", "Japanese", "ja", list_separator="、"),
)
LANGUAGES: dict[str, str] = {language.code: language.name for language in LANGUAGE_TABLE}
BABEL_LOCALES: dict[str, str] = {lang.code: lang.babel_locale for lang in LANGUAGE_TABLE}
# What `_` does with the catalogue's furigana markup (`｜漢字《かんじ》`, see model/text/ruby.py):
PLAIN = "plain"  # takes it out (the default: window titles, lists, file names, CSV)
RUBY = "ruby"  # keeps it, for a view that draws the readings (see `readings`)
KANA = "kana"  # writes the marked words in their reading (chart text for pupils)
DEFAULT_LANGUAGE = "en"


class _State(threading.local):
    """The app's language, with a per-thread override (see `temporary_language`)."""

    qt_translator: Any = None
    override: tuple[str, gettext.NullTranslations] | None = None
    markup: str = PLAIN

    def active(self) -> tuple[str, gettext.NullTranslations]:
        return self.override or (_app_language[0], _app_language[1])


_state = _State()
_app_language: list[Any] = [DEFAULT_LANGUAGE, gettext.NullTranslations()]  # shared by threads
_catalogues: dict[str, gettext.NullTranslations] = {}


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated later, where it is shown."""
    return message


def NP_(context: str, message: str) -> str:
    """Mark `message` for extraction with a message context (an audience, see `pgettext`)."""
    return message


def _(message: str) -> str:
    """`message` in the current language ("" stays "")."""
    if not message:
        return message
    return _with_markup(_state.active()[1].gettext(message))


def pgettext(context: str, message: str) -> str:
    """`message` as worded for `context` (an audience: "elementary", "high-school" …) in the
    current language, else as `_` gives it.

    The catalogue may hold a string twice: once plain, shared by every audience, and once with a
    message context (msgctxt) for an audience that needs its own wording in the language — the
    same English, another register in Japanese. A context without its own entry falls back."""
    if not message:
        return message
    translations = _state.active()[1]
    found = translations.pgettext(context, message)
    if found == message:  # no entry with this context (or one that keeps the English)
        found = translations.gettext(message)
    return _with_markup(found)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _with_markup(_state.active()[1].ngettext(singular, plural, n))


def _with_markup(text: str) -> str:
    """`text` with its furigana markup as the current `readings` mode asks."""
    if _state.markup == RUBY or ruby.BAR not in text:
        return text
    return ruby.kana(text) if _state.markup == KANA else ruby.plain(text)


def readings_mode() -> str:
    return _state.markup


@contextmanager
def readings(mode: str) -> Iterator[None]:
    """Inside the block, in this thread, `_` gives the catalogue's furigana markup as `mode`
    says: PLAIN (outside any block), RUBY (for a view that draws the readings above) or KANA."""
    if mode not in (PLAIN, RUBY, KANA):
        raise ValueError(f"unknown readings mode {mode!r}")
    previous = _state.markup
    _state.markup = mode
    try:
        yield
    finally:
        _state.markup = previous


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The system's language as the POSIX environment names it (LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG, in that order; "ja_JP.UTF-8" → ja), if the app has it, else English. Without Qt: the
    command line's --help is written before any window (the window asks Qt, `ui.app`)."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if not value:
            continue
        code = value.split(":")[0].split("_")[0].split(".")[0].lower()
        return code if code in LANGUAGES else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def current_language() -> str:
    return _state.active()[0]


@contextmanager
def temporary_language(language: str) -> Iterator[None]:
    """Text, numbers and dates in `language` inside the block, in this thread only.

    For drawing one thing in another language (a bilingual slide, a chart rendered ahead in
    a worker thread) without switching the app or its views. A missing catalogue
    gives English, as `set_language` does.
    """
    previous = _state.override
    try:
        translations = _catalogues.get(language) or load_translations(language)
        _catalogues[language] = translations
    except OSError:
        language, translations = DEFAULT_LANGUAGE, gettext.NullTranslations()
    _state.override = (language, translations)
    try:
        yield
    finally:
        _state.override = previous


def current_locale() -> Locale:
    return _locale(current_language())


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(BABEL_LOCALES.get(language, language))


def load_translations(language: str) -> gettext.NullTranslations:
    """The catalogue of `language`; raises OSError for a missing or unreadable catalogue."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    if language == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()  # the source strings are English
    path = resources.catalog_file(language)
    name = next(lang.english for lang in LANGUAGE_TABLE if lang.code == language)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise OSError(
            f"the {name} catalogue cannot be read: {path} ({error.strerror or error})"
        ) from None
    try:
        translations, broken, broken_ruby = _checked(data)
    except Exception as error:  # gettext raises OSError, struct.error, UnicodeDecodeError …
        raise OSError(f"the {name} catalogue is damaged: {path} ({error})") from None
    if broken:
        _broken[language] = list(broken)
    _broken_ruby[language] = list(broken_ruby)
    return translations


@lru_cache(maxsize=4)
def _checked(data: bytes) -> tuple[gettext.GNUTranslations, tuple[str, ...], tuple[str, ...]]:
    """A catalogue's bytes parsed and checked (`drop_broken_placeholders`, `broken_furigana`),
    kept by their content: switching the language and back, or each `temporary_language` of a
    bilingual export, would otherwise check every message again (about 12 ms for Japanese)."""
    translations = gettext.GNUTranslations(io.BytesIO(data))
    broken = drop_broken_placeholders(translations)
    return translations, tuple(broken), tuple(broken_furigana(translations))


def broken_furigana(translations: gettext.GNUTranslations) -> list[str]:
    """The translations whose furigana marks (｜漢字《かんじ》) are broken: shown with the marks
    as typed, so the teacher is told (`set_language`)."""
    catalog: dict[Any, str] = translations._catalog  # type: ignore[attr-defined]
    return [text for key, text in catalog.items() if key and ruby.problems(text)]


_broken: dict[str, list[str]] = {}  # per language: messages shown in English (see below)
_broken_ruby: dict[str, list[str]] = {}  # per language: translations with broken furigana
_log = logging.getLogger(__name__)


def format_text(translated: str, english: str, **values: object) -> str:
    """`translated` with `values` put in; where it cannot be formatted, `english` is, with a
    warning in the log. The one formatter of translated text: a broken translation shows
    English, never an error."""
    try:
        return translated.format(**values)
    except (ValueError, KeyError, IndexError, AttributeError) as error:
        _log.warning("translation %r cannot be formatted (%s); shown in English", translated, error)
        return english.format(**values)


def format_message(message: str, context: str | None = None, **values: object) -> str:
    """`message` translated (for the audience `context`, see `pgettext`) and formatted with
    `values` by `format_text`."""
    translated = pgettext(context, message) if context else _(message)
    return format_text(translated, _with_markup(message), **values)


def drop_broken_placeholders(translations: gettext.GNUTranslations) -> list[str]:
    """Take out every translation that names a placeholder its English does not have (a typo
    such as `{yeer}` would stop the text being written at all): those messages are shown in
    English. Returns their English, for a warning."""
    catalog: dict[Any, str] = translations._catalog  # type: ignore[attr-defined]
    broken = []
    for key, text in list(catalog.items()):
        msgid = key[0] if isinstance(key, tuple) else key
        if not msgid:
            continue  # the header
        english = msgid.split("\x04", 1)[-1]  # without its context (msgctxt)
        plural = isinstance(key, tuple)  # the English plural is not kept; {n} is
        if catalogue_rules.problem(english, text, plural=plural, strict=False):
            del catalog[key]
            broken.append(english)
    return broken


def broken_messages(language: str) -> list[str]:
    """The messages of `language` shown in English because their translation is broken."""
    return list(_broken.get(language, []))


def set_language(language: str) -> str | None:
    """Switch to `language` (the classroom's state does, see the module's docstring).

    Returns None, or — when the catalogue is missing or broken — a message saying why the app
    is in English instead.
    """
    warning = None
    try:
        translations = load_translations(language)
    except OSError as error:
        warning = f"{error}. Showing English instead."
        language, translations = DEFAULT_LANGUAGE, gettext.NullTranslations()
    broken = broken_messages(language)
    if broken:
        name = LANGUAGES.get(language, language)
        warning = (
            f"{len(broken)} message(s) of the {name} catalogue name a placeholder their English "
            f"does not have or break a brace, and are shown in English: "
            f"{'; '.join(repr(b) for b in broken[:3])}"
        )
    _app_language[:] = [language, translations]
    _catalogues[language] = translations
    marks = _broken_ruby.get(language, [])
    if marks:
        # NOTE: a catalogue whose furigana marks (｜漢字《かんじ》) are broken; {examples} quotes
        # the first ones
        text = _(
            "Translations of the catalogue with broken furigana marks, shown with the marks as "
            "typed ({count}): {examples}"
        ).format(count=len(marks), examples=" / ".join(marks[:3]))
        warning = f"{warning} {text}" if warning else text
    return warning


def install_qt_translator(app: Any) -> bool:
    """Install Qt's own catalogue (`qtbase_<lang>`) for the current language into `app`."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    if _state.qt_translator is not None:
        app.removeTranslator(_state.qt_translator)
        _state.qt_translator = None
    if current_language() == DEFAULT_LANGUAGE:
        return True
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{current_language()}", folder):
        return False
    app.installTranslator(translator)
    _state.qt_translator = translator
    return True


# --- numbers and dates, for the current locale ------------------------------------------------


def join_list(items: Iterable[str]) -> str:
    """Items of a list (figures, web sites) joined as the current language writes a list:
    "48.4%, 37.0%" in English, 「48.4%、37.0%」 in Japanese."""
    language = current_language()
    separator = next(
        (lang.list_separator for lang in LANGUAGE_TABLE if lang.code == language), ", "
    )
    return separator.join(items)


def format_number(value: float, decimals: int = 0) -> str:
    """1,665 / 4.96 — grouped, with exactly `decimals` decimals."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=current_locale())


def format_percent_value(value: float, decimals: int = 1, signed: bool = False) -> str:
    """`value` is in percent (13.5 → "13.5%"); `signed` writes + and − ("+42.4%", "−3.9%")."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    if signed:
        pattern = "+" + pattern + ";-" + pattern
    text = format_percent(value / 100, format=pattern, locale=current_locale())
    return text.replace("-", "−") if signed else text


def format_year(year: int) -> str:
    """A year, never grouped: 2023, not 2,023. Both languages write years in Western digits
    (babel's pattern "0" gives the same), so no locale data is needed for it."""
    return str(int(year))


def format_date(iso: str) -> str:
    """A date of the form YYYY-MM-DD, YYYY-MM or YYYY, for the current locale.

    "2024-03-14" → 14 March 2024 / 2024年3月14日; "2024-03" → March 2024 / 2024年3月.
    """
    if not iso:
        return ""
    parts = [int(p) for p in iso.split("-")]
    locale = current_locale()
    if len(parts) == 3:
        return _babel_format_date(dt.date(*parts), format="long", locale=locale)
    if len(parts) == 2:
        return format_skeleton("yMMMM", dt.date(parts[0], parts[1], 1), locale=locale)
    return format_year(parts[0])


def format_date_time(moment: dt.datetime) -> str:
    """A moment as a list of files shows it: 12/6/26, 11:55 PM / 2026/12/06 23:55."""
    return _babel_format_datetime(moment, format="short", locale=current_locale())


def format_file_size(size: int) -> str:
    """A file's size as Windows' Explorer writes it in both languages, so no word: whole KB
    rounded up below a megabyte ("0 KB", "1 KB", "120 KB"), then "3.2 MB", "1.5 GB"."""
    if size < 1024 * 1024:
        return f"{format_number(-(-size // 1024))} KB"
    value, units = size / 1024 / 1024, ["MB", "GB", "TB"]
    while value >= 1024 and len(units) > 1:
        value, units = value / 1024, units[1:]
    return f"{format_number(value, 1)} {units[0]}"
