"""Tests for recognising "done" replies in English and French, with a name or a note after."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.reading.done_words import DONE_KEYS, MAX_LENGTH, DoneReply, parse_done
from core.text import fold


@pytest.mark.parametrize(
    ("text", "rest", "separated"),
    [
        # The done word alone, whatever the case, accents, punctuation or emoji after it.
        ("done", "", False),
        ("Done!", "", False),
        ("DONE.", "", False),
        ("  done  ", "", False),
        ("done 🎉", "", False),
        ("done!!! 🎉🎉", "", False),
        ("did it", "", False),
        ("Did it!", "", False),
        ("ok", "", False),
        ("OK.", "", False),
        ("okay", "", False),
        ("fait", "", False),
        ("fait !", "", False),
        ("Fait.", "", False),
        ("c'est fait", "", False),
        ("C’est fait !", "", False),
        ("cest fait", "", False),
        ("c'est  fait", "", False),
        ("C'EST FAIT", "", False),
        ("fini", "", False),
        ("Fini !", "", False),
        ("fíni", "", False),  # accent-insensitive
        ("fi\u0301ni", "", False),  # the same accent as a combining mark
        ("c'est bon", "", False),
        ("c’est bon !", "", False),
        ("✅", "", False),
        ("✔️", "", False),
        ("✔", "", False),
        ("👍", "", False),
        ("👍🏽", "", False),  # with a skin tone
        ("✅✅", "", False),
        # A separator after the done word makes the rest a note.
        ("done — she got the job!", "she got the job!", True),
        ("done – she got the job!", "she got the job!", True),
        ("done - she got the job", "she got the job", True),
        ("done-she got the job", "she got the job", True),
        ("done: lunch next week", "lunch next week", True),
        ("c'est fait : on a parlé du stage", "on a parlé du stage", True),
        ("C’est fait ; on se voit jeudi", "on se voit jeudi", True),
        ("fait ! elle a eu le poste", "elle a eu le poste", True),
        ("done... long chat", "long chat", True),
        ("done… long chat", "long chat", True),
        ("✅ — great chat", "great chat", True),
        ("👍 : on se rappelle", "on se rappelle", True),
        # The comma is a separator like the others: "ok, Marie" is a note, not a name.
        ("ok, Marie", "Marie", True),
        # Without a separator the rest may start with a contact's name.
        ("done Marie", "Marie", False),
        ("Done Marie Curie, great chat", "Marie Curie, great chat", False),
        ("✅ Marie great chat", "Marie great chat", False),
        ("✅Marie", "Marie", False),
        ("👍🏽 Marie", "Marie", False),
        ("done 🎉 Marie", "Marie", False),
        ("fait Jean-Pierre", "Jean-Pierre", False),
        ("c'est fait Élodie", "Élodie", False),
        ("did it Marie", "Marie", False),
        ("done (Marie)", "(Marie)", False),
        # Ambiguous openings: the handler finds no contact called "so what now?".
        ("okay so what now?", "so what now?", False),
        ("fait divers", "divers", False),
    ],
)
def test_parse_done(text: str, rest: str, separated: bool) -> None:
    assert parse_done(text) == DoneReply(rest, separated)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "doner kebab",
        "donE2",
        "undone",
        "not done",
        "pas fait",
        "pas encore fini",
        "okey",
        "oki",
        "okk",
        "faites",
        "finish",
        "finir",
        "c'est",
        "c'est bonbon",
        "c'",
        "did",
        "didn't",
        "Marie done",
        "🎉 done",
        "- done",
        "d one",
        "done" + " " * MAX_LENGTH,
        "done " + "x" * MAX_LENGTH,
    ],
)
def test_not_done(text: str) -> None:
    assert parse_done(text) is None


def test_longest_message_still_counts() -> None:
    text = "done " + "x" * (MAX_LENGTH - 5)
    assert parse_done(text) == DoneReply("x" * (MAX_LENGTH - 5), False)


@pytest.mark.parametrize("key", sorted(DONE_KEYS))
def test_keys_are_folded(key: str) -> None:
    assert fold(key) == key


# Done words, separators, emoji parts, combining marks and a lone surrogate, to meet the edges.
PIECES = (
    *("done", "ok", "fait", "c'est", "Marie", "x", "é"),
    *(" ", "—", ",", "!", "’", ".", "…", "-"),
    *("✅", "\ufe0f", "\u0301", "🏽", "\u200d", "\ud800"),
)


@settings(database=None, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.text(st.characters(codec=None, categories=None), max_size=40),
        st.builds(
            "".join,
            st.lists(st.sampled_from(PIECES), max_size=12),
        ),
    )
)
def test_parse_done_never_raises(text: str) -> None:
    reply = parse_done(text)
    if reply is not None:
        assert reply.rest == reply.rest.strip()
        assert reply.rest in text
        assert not reply.separated or reply.rest
