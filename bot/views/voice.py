"""Catalog text for one user outside a handler (a job has no update to answer)."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.config import Language, Settings
from bot.i18n import FluentArg, Translator, pick_language
from core.model import UserProfile


@dataclass(frozen=True)
class Voice:
    """Speaks to one user in their language; satisfies bot.views.render.Speaker."""

    language: Language
    translate: Translator

    def text(self, message_id: str, /, **args: FluentArg) -> str:
        """A catalog message in this user's language."""
        return self.translate(self.language, message_id, **args)


def voice_of(profile: UserProfile, settings: Settings, translate: Translator) -> Voice:
    """The user's chosen language, else their Telegram app's, as last seen."""
    language = pick_language(profile.language, profile.telegram_language, settings.default_language)
    return Voice(language, translate)


def zone_of(profile: UserProfile, settings: Settings) -> ZoneInfo:
    """The user's time zone, or the deployment's default until they set one."""
    return ZoneInfo(profile.timezone or settings.default_timezone)
