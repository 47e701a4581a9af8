"""Tests for reading phone numbers, emails, Telegram handles and links."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.reading.channels import MAX_LENGTH, ParsedChannel, parse_channels, parse_one_channel

MARIE_PHONE = ParsedChannel("phone", "+33612345678")
MARIE_EMAIL = ParsedChannel("email", "marie@x.fr")
MARIE_HANDLE = ParsedChannel("telegram", "@marie")


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("+33 6 12 34 56 78", MARIE_PHONE),
        ("06 12 34 56 78", MARIE_PHONE),
        ("06.12.34.56.78", MARIE_PHONE),
        ("0612345678", MARIE_PHONE),
        ("0033 6 12 34 56 78", MARIE_PHONE),
        ("+33 (0)6 12 34 56 78", MARIE_PHONE),
        ("tel:+33612345678", MARIE_PHONE),
        ("+1 514 555 0199", ParsedChannel("phone", "+15145550199")),
        ("+44 20 7946 0958", ParsedChannel("phone", "+442079460958")),
        ("marie@x.fr", MARIE_EMAIL),
        ("  <marie@x.fr> ", MARIE_EMAIL),
        ("mailto:marie@x.fr", MARIE_EMAIL),
        ("Marie.Dupont@Example.FR", ParsedChannel("email", "Marie.Dupont@example.fr")),
        ("@marie", MARIE_HANDLE),
        ("@Marie_Dupont_1", ParsedChannel("telegram", "@Marie_Dupont_1")),
        ("t.me/marie", MARIE_HANDLE),
        ("https://t.me/marie", MARIE_HANDLE),
        ("HTTPS://T.ME/marie/", MARIE_HANDLE),
        ("telegram.me/marie", MARIE_HANDLE),
        (
            "linkedin.com/in/marie-dupont",
            ParsedChannel("linkedin", "https://www.linkedin.com/in/marie-dupont"),
        ),
        (
            "www.linkedin.com/in/marie-dupont/",
            ParsedChannel("linkedin", "https://www.linkedin.com/in/marie-dupont"),
        ),
        (
            "https://fr.linkedin.com/in/marie-dupont?trk=share",
            ParsedChannel("linkedin", "https://www.linkedin.com/in/marie-dupont"),
        ),
        ("github.com/marie", ParsedChannel("url", "https://github.com/marie")),
        ("HTTPS://GitHub.com/Marie", ParsedChannel("url", "https://github.com/Marie")),
        ("https://example.com", ParsedChannel("url", "https://example.com")),
        ("http://example.com/a?b=c#d", ParsedChannel("url", "http://example.com/a?b=c#d")),
        ("https://medium.com/@marie", ParsedChannel("url", "https://medium.com/@marie")),
        ("https://example.com:8443/x", ParsedChannel("url", "https://example.com:8443/x")),
    ],
)
def test_parse_one_channel(piece: str, expected: ParsedChannel) -> None:
    assert parse_one_channel(piece, "FR") == expected


@pytest.mark.parametrize(
    "piece",
    [
        "",
        "   ",
        "marie",
        "12 34",
        "06 12 34",
        "+33 6 12 34 56 78 90 12",
        "@mar",
        "@1marie",
        "@marie-dupont",
        "@" + "m" * 33,
        "marie@",
        "marie@x",
        "marie@@x.fr",
        "example.com",
        "marie.dupont",
        "javascript:alert(1)",
        "JavaScript://example.com/%0Aalert(1)",
        "data:text/html;base64,xx",
        "ftp://example.com/file",
        "http:/example.com/x",
        "https://user@evil.com/x",
        "https://localhost/x",
        "https://x.c/a",
        "https://exa mple.com/x",
        "https://example.com:99999/x",
        "http://[::1/x",
        "https://" + "a" * 200 + ".com/x",
        "٠٦١٢٣٤٥٦٧٨",
    ],
)
def test_parse_one_channel_rejects(piece: str) -> None:
    assert parse_one_channel(piece) is None


def test_phone_without_region_needs_a_country_code() -> None:
    assert parse_one_channel("06 12 34 56 78", default_region=None) is None
    assert parse_one_channel("+33 6 12 34 56 78", default_region=None) == MARIE_PHONE
    assert parse_one_channel("(514) 555-0199", default_region="CA") == ParsedChannel(
        "phone", "+15145550199"
    )


@pytest.mark.parametrize(
    ("text", "valid", "rejected"),
    [
        ("marie@x.fr, @marie", [MARIE_EMAIL, MARIE_HANDLE], []),
        ("marie@x.fr; @marie", [MARIE_EMAIL, MARIE_HANDLE], []),
        ("marie@x.fr\n@marie\n\n", [MARIE_EMAIL, MARIE_HANDLE], []),
        ("marie@x.fr and @marie", [MARIE_EMAIL, MARIE_HANDLE], []),
        ("marie@x.fr et @marie", [MARIE_EMAIL, MARIE_HANDLE], []),
        ("marie@x.fr @marie", [MARIE_EMAIL, MARIE_HANDLE], []),
        ("+33 6 12 34 56 78", [MARIE_PHONE], []),
        ("06 12 34 56 78 marie@x.fr", [MARIE_PHONE, MARIE_EMAIL], []),
        (
            "06 12 34 56 78 06 98 76 54 32",
            [MARIE_PHONE, ParsedChannel("phone", "+33698765432")],
            [],
        ),
        ("marie@x.fr, MARIE@x.fr, 0612345678, +33 6 12 34 56 78", [MARIE_EMAIL, MARIE_PHONE], []),
        ("t.me/marie, @marie", [MARIE_HANDLE], []),
        ("Marie 06 12 34 56 78", [], ["Marie 06 12 34 56 78"]),
        ("marie@x.fr, call me maybe", [MARIE_EMAIL], ["call me maybe"]),
        ("javascript:alert(1), @marie", [MARIE_HANDLE], ["javascript:alert(1)"]),
        ("", [], []),
        (" ,; \n ", [], []),
    ],
)
def test_parse_channels(text: str, valid: list[ParsedChannel], rejected: list[str]) -> None:
    assert parse_channels(text, "FR") == (valid, rejected)


def test_overlong_pieces_are_rejected_as_typed() -> None:
    long_url = "https://example.com/" + "a" * MAX_LENGTH
    assert parse_channels(f"{long_url}, @marie") == ([MARIE_HANDLE], [long_url])


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=300),
        st.sampled_from(["  ", "\u200f\u05e9\u05dc\u05d5\u05dd", "<b>&", "🎉", "x " * 2500]),
        st.lists(
            st.sampled_from(["@marie", "06", "12", "+33", "x.fr", "/in/", "https://", "@", ","]),
            max_size=30,
        ).map(" ".join),
    )
)
def test_parse_channels_never_raises(text: str) -> None:
    valid, rejected = parse_channels(text)
    assert len({(channel.kind, channel.value.casefold()) for channel in valid}) == len(valid)
    for channel in valid:
        assert len(channel.value) <= MAX_LENGTH
        assert parse_one_channel(channel.value) == channel  # normalized values read back
    assert all(piece and piece == piece.strip() for piece in rejected)
