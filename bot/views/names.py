"""A few names in a sentence: "Léa, Tom et Ana", or the first ones and how many more."""

from __future__ import annotations

from collections.abc import Sequence

from babel.lists import format_list

from bot.views.render import Speaker, clip

NAME_LIMIT = 40


def names_words(speaker: Speaker, names: Sequence[str], shown: int) -> tuple[str, int]:
    """The first `shown` names as the language lists them, and how many are left out (then
    the names are only separated by commas: the message adds "and N more")."""
    clipped = [clip(name, NAME_LIMIT) for name in names[:shown]]
    more = max(len(names) - shown, 0)
    if more:
        return ", ".join(clipped), more
    return format_list(clipped, locale=speaker.language), 0
