"""What a reply to a favour's follow-up says: no answer yet, thanked, or let it go.

"elle n'a pas encore répondu", "she hasn't answered yet", "toujours rien" are no answer yet;
"merci, elle m'a trouvé un contact", "done, she introduced me", "c'est fait" are thanked;
"laisse tomber", "forget it" drop it. Waiting is read first, since its phrases may hold a
thanks word ("pas encore remercié"); anything else is unsure, and the user gets the buttons.
"""

from __future__ import annotations

import re
from typing import Literal

from core.text import fold

FavorReply = Literal["waiting", "thanked", "drop"]
MAX_LENGTH = 1000

# Folded phrases (no accents, lowercase, apostrophes as spaces), matched as whole words.
_WAITING = (
    r"pas encore",
    r"toujours (?:rien|pas)",
    r"pas de (?:reponse|nouvelles|retour)",
    r"aucune (?:reponse|nouvelle)",
    r"rien (?:pour l instant|pour le moment|encore)",
    r"(?:n a|ne m a|m a) (?:pas|jamais) (?:encore )?(?:repondu|rappele|ecrit)",
    r"(?:j )?attends?",
    r"not yet",
    r"no (?:answer|reply|response|news)(?: yet)?",
    r"(?:hasn t|has not|haven t|have not|didn t|did not)"
    r" (?:\w+ )?(?:answered|replied|heard|got back)",
    r"still (?:waiting|nothing|no)",
    r"nothing yet",
    r"waiting",
)
_DROP = (
    r"laisse tomber",
    r"(?:on )?oublie(?:z)?(?: ca)?",
    r"abandonne",
    r"tant pis",
    r"plus besoin",
    r"drop(?: it)?",
    r"forget (?:it|about it)",
    r"never ?mind",
    r"no longer need",
    r"not needed",
)
_THANKED = (
    r"merci",
    r"remercie(?:e|s)?",
    r"c est fait",
    r"fait",
    r"c est bon",
    r"(?:elle|il|iel) m a (?:aide|aidee|trouve|presente|mis en contact|donne|envoye|repondu)",
    r"thanks?",
    r"thank you",
    r"thanked",
    r"done",
    r"(?:she|he|they) (?:helped|found|introduced|sent|gave|replied|answered|got back)",
    r"ok",
)


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b")


_READ: tuple[tuple[FavorReply, re.Pattern[str]], ...] = (
    ("waiting", _pattern(_WAITING)),
    ("drop", _pattern(_DROP)),
    ("thanked", _pattern(_THANKED)),
)


def read_favor_reply(text: str) -> FavorReply | None:
    """What a reply to a follow-up means; None when it says none of them clearly."""
    if not text.strip() or len(text) > MAX_LENGTH:
        return None
    folded = " ".join(fold(text).split())
    return next((meaning for meaning, pattern in _READ if pattern.search(folded)), None)


# Before asks and thanks had a kind of their own, their notes were written as these prefixes
# (as the catalogs typeset them) followed by the topic.
_LEGACY_NOTES = (
    ("ask", "Demande d'aide\u00a0: "),
    ("ask", "Asked about: "),
    ("thanks", "Remerciements\u00a0: "),
    ("thanks", "Thanked for: "),
)


def legacy_favor_note(note: str) -> tuple[str, str] | None:
    """An older record's ask or thanks note read back: (kind, topic); None for any other."""
    for kind, prefix in _LEGACY_NOTES:
        if note.startswith(prefix) and note != prefix:
            return kind, note.removeprefix(prefix)
    return None
