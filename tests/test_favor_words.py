"""Replies to a favour's follow-up, read in French and English."""

from __future__ import annotations

import pytest

from core.model import Interaction
from core.reading.favor_words import read_favor_reply
from storage.tinydb.documents import interaction_from


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("elle n'a pas encore répondu", "waiting"),
        ("Elle n’a pas encore répondu 😕", "waiting"),
        ("toujours rien", "waiting"),
        ("pas de réponse pour l'instant", "waiting"),
        ("j'attends sa réponse", "waiting"),
        ("je ne l'ai pas encore remerciée", "waiting"),  # not yet: ask again, never close
        ("she hasn't answered yet", "waiting"),
        ("I have not heard back", "waiting"),
        ("no reply yet", "waiting"),
        ("still waiting", "waiting"),
        ("merci, elle m'a trouvé un contact", "thanked"),
        ("c'est fait, il m'a présenté son manager", "thanked"),
        ("il m’a aidé", "thanked"),
        ("Thanks! She introduced me to her manager", "thanked"),
        ("he got back to me with two names", "thanked"),
        ("laisse tomber", "drop"),
        ("tant pis, plus besoin", "drop"),
        ("forget it", "drop"),
        ("never mind", "drop"),
        ("quoi ?", None),
        ("nope", None),
        ("", None),
        ("x" * 1001, None),
    ],
)
def test_what_a_reply_to_a_follow_up_means(text: str, meaning: str | None) -> None:
    assert read_favor_reply(text) == meaning


def test_older_ask_and_thanks_notes_read_back_as_such() -> None:
    def stored(note: str, **more: str) -> Interaction:
        return interaction_from(
            {"contact_id": "lea1", "at": "2026-03-02T08:00:00+00:00", "note": note, **more}
        )

    asked = stored("Demande d'aide\u00a0: Montréal")
    assert (asked.kind, asked.about, asked.note) == ("ask", "Montréal", "")
    thanked = stored("Thanked for: data science Berlin")
    assert (thanked.kind, thanked.about) == ("thanks", "data science Berlin")
    plain = stored("Asked about: her thesis", kind="exchange")  # a kind stored: as it is
    assert (plain.kind, plain.note) == ("exchange", "Asked about: her thesis")
    assert stored("we talked").kind == "exchange"
