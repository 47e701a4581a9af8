"""One-tap reach under nudges and cards: links that open a chat, and copies of what cannot."""

from __future__ import annotations

import html
import re

from telegram import CopyTextButton, InlineKeyboardButton
from telegram.constants import InlineKeyboardButtonLimit

from bot.views.render import Speaker, clip
from core.model import Contact
from core.reach import Reach, reaches
from core.reading.channels import shown

PER_ROW = 3  # more and Telegram cuts the labels to a few letters
MAX_COPY = InlineKeyboardButtonLimit.MAX_COPY_TEXT  # 256 characters
LABEL_LIMIT = 24
_TAG = re.compile(r"<[^>]*>")


def reach_rows(speaker: Speaker, contact: Contact) -> list[list[InlineKeyboardButton]]:
    """The contact's ways to write, three to a row: links first, then copies."""
    found = [_button(speaker, reach) for reach in reaches(contact.channels)]
    return [found[start : start + PER_ROW] for start in range(0, len(found), PER_ROW)]


def _button(speaker: Speaker, reach: Reach) -> InlineKeyboardButton:
    if reach.url:
        label = speaker.text(f"reach-{reach.way}", site=clip(reach.shown, LABEL_LIMIT))
        return InlineKeyboardButton(html.unescape(label), url=reach.url)
    value = clip(shown(reach.way, reach.copy), LABEL_LIMIT)
    label = speaker.text(f"reach-copy-{reach.way}", value=value)
    # Labels are plain text: the catalog escaped the value for HTML.
    return InlineKeyboardButton(html.unescape(label), copy_text=CopyTextButton(reach.copy))


def copy_button(label: str, html_text: str) -> InlineKeyboardButton | None:
    """A button copying the text of an HTML line (its tags dropped); None when too long."""
    plain = html.unescape(_TAG.sub("", html_text)).strip()
    if not plain or len(plain) > MAX_COPY:
        return None
    return InlineKeyboardButton(label, copy_text=CopyTextButton(plain))
