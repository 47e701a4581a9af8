"""Chat menus after an upgrade: Telegram keeps a chat's own menu as it was published.

Users who chose a language with /language have a menu for their chat alone (bot.menu). When a
new version of the bot changes the menu, those chats would keep the old one; so after start-up,
if the menus' fingerprint differs from the one recorded in DATA_DIR, each of them is given the
new menu, once.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from bot.config import LANGUAGES
from bot.context import App, Context, app_of
from bot.i18n import Translator
from bot.jobs.options import late_ok
from bot.menu import menu, publish_chat_menu
from services import profiles
from storage.tinydb.atomic import write_atomic

log = logging.getLogger(__name__)

# Which menus the users' chats were last given: a fingerprint, in DATA_DIR (derived data).
MENU_STAMP = "menus.json"


def schedule_chat_menus(app: App) -> None:
    """Bring the chats' own menus up to date in the background once the bot runs."""
    if app.job_queue is not None:  # a job: post_init runs before the application starts
        app.job_queue.run_once(_refresh_chat_menus, 0, name="chat-menus", job_kwargs=late_ok())


async def _refresh_chat_menus(context: Context) -> None:
    await refresh_chat_menus(app_of(context))


async def refresh_chat_menus(app: App) -> int:
    """Publish each language-choosing user's chat menu again if the menus changed since the
    last time; return how many chats were given one.

    The fingerprint is written only once every chat is done, so an interrupted round is run
    again at the next start. One call at a time: this is background work.
    """
    data = app.bot_data
    path = data.settings.data_dir / MENU_STAMP
    stamp = _fingerprint(data.translate)
    if _read_stamp(path) == stamp:
        return 0
    published = 0
    for user_id in [profile.user_id for profile in await profiles.everyone(data.repo)]:
        # Read afresh: a user may switch language (and get their menu) while this runs.
        profile = await profiles.readable(data.repo, user_id)
        if profile is not None and profile.language in LANGUAGES:
            await publish_chat_menu(app.bot, data.translate, user_id, profile.language)
            published += 1
    write_atomic(path, json.dumps({"menus": stamp}).encode(), durable=False)
    log.info("Chat menus published again for %d users (the menu changed)", published)
    return published


def _fingerprint(translate: Translator) -> str:
    menus = {language: [c.to_dict() for c in menu(translate, language)] for language in LANGUAGES}
    return hashlib.sha256(json.dumps(menus, sort_keys=True).encode()).hexdigest()


def _read_stamp(path: Path) -> str | None:
    try:
        stamp = json.loads(path.read_bytes()).get("menus")
    except (OSError, ValueError, AttributeError):
        return None
    return stamp if isinstance(stamp, str) else None
