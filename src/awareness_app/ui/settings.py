"""The user's choices, remembered between runs (QSettings, INI format).

Every value is checked when read: a value that is missing takes its default; one that is not
valid takes its default and adds a warning, as does a settings file that cannot be parsed.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from .. import APP_NAME, ORGANIZATION
from ..i18n import DEFAULT_LANGUAGE, LANGUAGES
from ..model.lesson import Audience
from ..themes import DEFAULT_THEME, THEMES

DEFAULT_AUDIENCE = Audience.JUNIOR_HIGH


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME
        )
        self.warnings: list[str] = []
        if self.store.status() != QSettings.Status.NoError:
            self.warnings.append(
                f"The settings file {self.store.fileName()} could not be read; using the defaults."
            )
        # read every setting once, so that a bad value is reported at start-up
        _ = (self.language, self.audience, self.theme)

    def _text(self, key: str, choices: tuple[str, ...] | list[str], default: str) -> str:
        if not self.store.contains(key):
            return default
        value = self.store.value(key)
        if isinstance(value, str) and value in choices:
            return value
        warning = f"The setting {key}={value!r} is not valid; using {default!r}."
        if warning not in self.warnings:
            self.warnings.append(warning)
        return default

    @property
    def language(self) -> str:
        return self._text("language", list(LANGUAGES), DEFAULT_LANGUAGE)

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("language", value)

    @property
    def audience(self) -> Audience:
        return Audience(self._text("audience", [a.value for a in Audience], DEFAULT_AUDIENCE.value))

    @audience.setter
    def audience(self, value: Audience) -> None:
        self.store.setValue("audience", value.value)

    @property
    def theme(self) -> str:
        return self._text("theme", list(THEMES), DEFAULT_THEME)

    @theme.setter
    def theme(self, value: str) -> None:
        self.store.setValue("theme", value)

    def last_slide(self, audience: Audience) -> str:
        value = self.store.value(f"last-slide/{audience.value}", "")
        return value if isinstance(value, str) else ""

    def set_last_slide(self, audience: Audience, slide_id: str) -> None:
        self.store.setValue(f"last-slide/{audience.value}", slide_id)

    def sync(self) -> None:
        self.store.sync()
