"""One-tap ways to write to a contact, from the channels the user noted (no Telegram, no I/O).

Telegram opens only http(s) and tg:// links from a button, so a Telegram handle, a WhatsApp
number, a LinkedIn profile or a website become links, and an e-mail address or a phone number
(mailto: and tel: are refused) becomes text to copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

import phonenumbers

from core.model import Channel

Way = Literal["telegram", "whatsapp", "linkedin", "url", "email", "phone"]
# The schemes Telegram accepts in a button's URL.
BUTTON_SCHEMES = frozenset({"http", "https", "tg"})
MAX_LINKS = 4  # a keyboard stays small: the first links of each kind, then copies
MAX_COPIES = 2
# Numbers WhatsApp may know: mobiles, and the plans (US, CA...) that do not tell them apart.
_MOBILE = frozenset(
    {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
    }
)
# Telegram usernames: letters, digits and underscores (5 to 32; a few older ones are shorter).
_USERNAME = re.compile(r"[A-Za-z0-9_]{3,32}")
_ORDER: tuple[Way, ...] = ("telegram", "whatsapp", "linkedin", "url", "phone", "email")


@dataclass(frozen=True)
class Reach:
    """One way to write to someone: a link to open (`url`) or text to copy (`copy`)."""

    way: Way
    url: str = ""
    copy: str = ""
    shown: str = ""  # what the button may show: a site's host


def telegram_link(handle: str) -> str | None:
    """The t.me link of an @handle; None for what no username can be ("<b>&", an emoji)."""
    username = handle.strip().removeprefix("@")
    return f"https://t.me/{username}" if _USERNAME.fullmatch(username) else None


def whatsapp_link(phone: str) -> str | None:
    """The wa.me link of a mobile number (the digits of its E.164 form), else None."""
    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.number_type(number) not in _MOBILE:
        return None  # a landline, or no valid number at all
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return f"https://wa.me/{e164.removeprefix('+')}"


def button_url(url: str) -> str | None:
    """The URL as a button can carry it: http(s) with a host, made https when bare."""
    if any(char.isspace() for char in url):
        return None  # "not a url": Telegram refuses the whole message for one such button
    try:
        parts = urlsplit(url if "://" in url else f"https://{url}")
        parts.port  # noqa: B018 (raises on "javascript:alert(1)", read as a host and port)
    except ValueError:
        return None
    host = parts.hostname or ""
    if parts.scheme.lower() not in {"http", "https"} or "." not in host:
        return None
    return parts.geturl()


def _of(channel: Channel) -> list[Reach]:
    kind, value = channel.kind, channel.value
    if kind == "telegram":
        link = telegram_link(value)
        return [Reach("telegram", url=link)] if link else []
    if kind == "phone":
        whatsapp = whatsapp_link(value)
        found = [Reach("whatsapp", url=whatsapp)] if whatsapp else []
        return [*found, Reach("phone", copy=value)]
    if kind == "email":
        return [Reach("email", copy=value)]
    url = button_url(value)
    if url is None:
        return []
    way: Way = "linkedin" if kind == "linkedin" else "url"
    return [Reach(way, url=url, shown=urlsplit(url).hostname or "")]


def reaches(channels: tuple[Channel, ...]) -> list[Reach]:
    """The contact's one-tap ways to write, links first, at most MAX_LINKS and MAX_COPIES."""
    found = sorted(
        (reach for channel in channels for reach in _of(channel)),
        key=lambda reach: _ORDER.index(reach.way),
    )
    links = [reach for reach in found if reach.url][:MAX_LINKS]
    copies = [reach for reach in found if reach.copy][:MAX_COPIES]
    return links + copies
