"""How an exchange happened (a call, a message, a coffee...), read from the note about it.

Asking every time would cost a tap per /log; the note usually says it already ("appel",
"coffee in Lyon", "WhatsApp"), so the medium is recognised there and left empty otherwise.
"""

from __future__ import annotations

from typing import Literal

from core.text import fold

Medium = Literal["call", "message", "email", "video", "in_person"]

_WORDS: dict[Medium, frozenset[str]] = {
    "call": frozenset(
        [
            "appel",
            "appele",
            "appelee",
            "appeles",
            "telephone",
            "call",
            "called",
            "calling",
            "phone",
            "phoned",
            "rang",
        ]
    ),
    "message": frozenset(
        [
            "message",
            "messages",
            "sms",
            "texto",
            "textos",
            "whatsapp",
            "telegram",
            "messenger",
            "dm",
            "texted",
            "ecrit",
        ]
    ),
    "email": frozenset(["mail", "mails", "email", "emails", "courriel"]),
    "video": frozenset(["visio", "zoom", "teams", "meet", "facetime", "skype", "video"]),
    "in_person": frozenset(
        [
            "cafe",
            "coffee",
            "dejeuner",
            "dejeune",
            "lunch",
            "diner",
            "dinner",
            "verre",
            "drink",
            "drinks",
            "biere",
            "beer",
            "resto",
            "restaurant",
            "saw",
            "rencontre",
            "rencontree",
            "croise",
            "balade",
            "walk",
        ]
    ),
}
# Left out on purpose: words with an everyday other meaning ("tel", "vu", "met", "chat").
_PHRASES: dict[Medium, tuple[str, ...]] = {"call": ("coup de fil",)}  # several words


def guess_medium(note: str) -> Medium | None:
    """The first medium the note names, by the order of its words; None if it names none."""
    folded = fold(note)
    for medium, phrases in _PHRASES.items():
        if any(phrase in folded for phrase in phrases):
            return medium
    for word in folded.split():
        for medium, words in _WORDS.items():
            if word in words:
                return medium
    return None
