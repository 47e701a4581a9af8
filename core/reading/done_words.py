"""Recognise the user saying they wrote to someone: "done", "c'est fait", "✅ Marie"..."""

# The done word must open the message (case and accents do not matter). What follows it is
# returned as `rest`; when a separator comes first ("done — she got the job!", "fait : ...",
# "ok, Marie") the rest is a note about the contact just nudged, otherwise it may start with
# the name of the contact ("done Marie"). Every separator counts the same, the comma included,
# so "ok, Marie" is a note: one rule the user can learn beats guessing intent from punctuation.
# A done word ending in a letter must be followed by the end, a space, punctuation or an emoji,
# so "doner kebab" and "undone" are not done; "okay so what now?" is, with the rest "so what
# now?", which the handler then fails to find as a contact name.

import unicodedata
from dataclasses import dataclass
from itertools import takewhile

from core.text import fold

MAX_LENGTH = 1100

# Written already folded ("c'est fait" and "c’est fait" both fold to "c est fait"), so that
# importing builds no fold table; a test checks each key is its own fold.
DONE_KEYS = frozenset(
    {"done", "did it", "ok", "okay", "fait", "c est fait", "cest fait", "fini", "c est bon"}
    | {"✅", "✔\ufe0f", "✔", "👍"}
)
# Enough for the longest key spelt with a combining accent on every letter and extra spaces.
_LONGEST_HEAD = 2 * max(len(key) for key in DONE_KEYS) + 8
_SEPARATORS = frozenset("—–-:,;!.…")
# Words that may come between the done word and the name, folded: "fait avec Léa", "done with
# Tom", "c'est fait à Marie", "sent to Sam".
NAME_LEADS = frozenset(("avec", "a", "with", "to"))


@dataclass(frozen=True)
class DoneReply:
    """What followed the done word, and whether a separator made it a note rather than a name."""

    rest: str  # trimmed; "" when nothing but punctuation or emoji follows
    separated: bool  # a separator came first, so `rest` is a note; never True with no rest


def _is_word_char(char: str) -> bool:
    # A combining mark continues the letter before it ("fai" + "t" + U+0301 is still one word).
    return char.isalnum() or unicodedata.combining(char) != 0


def _is_filler(char: str) -> bool:
    """Spaces, separators and emoji that may trail the done word before the rest begins."""
    if char.isspace() or char in _SEPARATORS:
        return True
    # Symbols (So, Sk: emoji, skin tones), marks (variation selectors) and the emoji joiner.
    return unicodedata.category(char)[0] in {"S", "M"} or char == "\u200d"


def _is_solid(char: str) -> bool:
    # fold() drops spaces and turns punctuation such as "-", "’" or "…" into spaces, so a head
    # starting or ending with one would still match: "- done", or "done…" swallowing a note's
    # separator.
    return not char.isspace() and unicodedata.category(char)[0] not in {"P", "Z"}


def _done_word_length(text: str) -> int:
    """The length of the done word opening `text`, 0 if there is none; the longest wins."""
    for length in range(min(len(text), _LONGEST_HEAD), 0, -1):
        head, after = text[:length], text[length:]
        if not (_is_solid(head[0]) and _is_solid(head[-1])) or fold(head) not in DONE_KEYS:
            continue
        # "doner" is not "done", but an emoji needs no space after it: "✅Marie".
        if not (after and _is_word_char(head[-1]) and _is_word_char(after[0])):
            return length
    return 0


def parse_done(text: str) -> DoneReply | None:
    """Read "done", "c'est fait : on a parlé du stage", "✅ Marie"...; None if not a done reply."""
    if len(text) > MAX_LENGTH:
        return None
    text = text.strip()
    length = _done_word_length(text)
    if length == 0:
        return None
    after = text[length:]
    filler = sum(1 for _ in takewhile(_is_filler, after))
    rest = after[filler:].strip()
    # "fait !" is a bare done word with an exclamation mark, not an empty note.
    separated = bool(rest) and any(char in _SEPARATORS for char in after[:filler])
    return DoneReply(rest, separated)
