"""How to reach a contact: phone numbers, emails, Telegram handles, LinkedIn and other links."""

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import SplitResult, urlsplit

import phonenumbers
from email_validator import validate_email

Kind = Literal["phone", "email", "telegram", "linkedin", "url"]
# Where a number without its +country is read, in order: the contact's country, then the
# user's, then none (only numbers written with their +country are then accepted).
Regions = str | None | tuple[str | None, ...]

MAX_LENGTH = 200
# A piece split on whitespace is tried in groups of tokens: "06 12 34 56 78" is five tokens.
_MAX_TOKENS = 24
_MAX_GROUP = 10

_HANDLE = r"[A-Za-z][A-Za-z0-9_]{4,31}"
_TELEGRAM = re.compile(rf"@(?P<handle>{_HANDLE})")
# "@sam": shaped like a handle, but Telegram's are 5 to 32 characters long.
_SHORT_HANDLE = re.compile(r"@[A-Za-z][A-Za-z0-9_]{0,3}")
_TELEGRAM_LINK = re.compile(
    rf"(?:https?://)?(?:www\.)?(?:t|telegram)\.me/(?P<handle>{_HANDLE})/?", re.IGNORECASE
)
# ASCII digits only: phonenumbers would also read other scripts' digits.
_PHONE = re.compile(r"(?:tel:)?\+?[0-9(][0-9 ().\-/\u00a0]{4,28}[0-9]", re.IGNORECASE)
_SCHEME = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*):")
_LABEL = re.compile(r"[^\W_](?:[\w\-]{0,61}[^\W_])?")
_SEPARATORS = re.compile(r"[,;\n\r]+|\s+(?:and|et|&)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedChannel:
    """One way to reach someone, normalized for storage and links."""

    kind: Kind
    value: str


def _regions(regions: Regions) -> tuple[str | None, ...]:
    tried = regions if isinstance(regions, tuple) else (regions,)
    return (*dict.fromkeys(region.upper() for region in tried if region), None)


def _phone(piece: str, regions: Regions) -> ParsedChannel | None:
    for region in _regions(regions):
        try:
            number = phonenumbers.parse(piece.removeprefix("tel:"), region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            return ParsedChannel("phone", e164)
    return None


def shown(kind: str, value: str) -> str:
    """A channel as people read it: a phone in international format with spaces."""
    if kind != "phone":
        return value
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _email(piece: str) -> ParsedChannel | None:
    address = piece.removeprefix("mailto:")
    try:
        valid = validate_email(address, check_deliverability=False)
    except ValueError:  # EmailNotValidError, and idna's UnicodeError on odd domains
        return None
    return ParsedChannel("email", valid.normalized)


def _host_ok(host: str) -> bool:
    labels = host.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        return False
    top = labels[-1]
    return (top.isalpha() and len(top) >= 2) or top.startswith("xn--")


def _url(piece: str) -> ParsedChannel | None:
    scheme = _SCHEME.match(piece)
    if scheme is not None and (
        scheme["scheme"].lower() not in {"http", "https"}
        or not piece[scheme.end() :].startswith("//")
    ):
        return None  # "javascript:", "data:", "ftp:"... and "host:port" without a scheme
    try:
        parts = urlsplit(piece if scheme else f"https://{piece}")
        host, port = parts.hostname, parts.port
    except ValueError:  # a bad port or IPv6 brackets
        return None
    if host is None or "@" in parts.netloc or not _host_ok(host):
        return None
    if scheme is None and parts.path in {"", "/"}:
        return None  # a bare "marie.dupont" is more likely a typo than a website
    return _url_value(parts, host, port)


def _url_value(parts: SplitResult, host: str, port: int | None) -> ParsedChannel:
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        # Profiles open on any LinkedIn host; one spelling lets duplicates meet.
        return ParsedChannel("linkedin", f"https://www.linkedin.com{parts.path.rstrip('/')}")
    netloc = host if port is None else f"{host}:{port}"
    url = SplitResult(parts.scheme.lower(), netloc, parts.path, parts.query, parts.fragment)
    return ParsedChannel("url", url.geturl())


def parse_one_channel(piece: str, default_region: Regions = None) -> ParsedChannel | None:
    """Recognize a single phone, email, @handle or link; None if it is none of them."""
    piece = piece.strip().strip("<>").strip()
    if not piece or len(piece) > MAX_LENGTH:
        return None
    lowered = piece.lower()
    if match := _TELEGRAM.fullmatch(piece) or _TELEGRAM_LINK.fullmatch(piece):
        found: ParsedChannel | None = ParsedChannel("telegram", f"@{match['handle']}")
    elif _PHONE.fullmatch(piece):
        found = _phone(piece, default_region)
    elif lowered.startswith("mailto:") or ("@" in piece and "/" not in piece):
        found = _email(piece)
    else:
        found = _url(piece)
    return found if found is not None and len(found.value) <= MAX_LENGTH else None


def too_short_handle(piece: str) -> bool:
    """Whether a piece is an @handle too short for Telegram (under 5 characters)."""
    return _SHORT_HANDLE.fullmatch(piece.strip()) is not None


def _split_tokens(piece: str, default_region: Regions) -> list[ParsedChannel] | None:
    """Split a piece on whitespace into the fewest channels, or None if some token fits none."""
    tokens = piece.split()
    if not 1 < len(tokens) <= _MAX_TOKENS:
        return None
    # best[end]: the fewest channels covering tokens[:end], found by dynamic programming.
    best: list[list[ParsedChannel] | None] = [[]] + [None] * len(tokens)
    for end in range(1, len(tokens) + 1):
        for start in range(max(0, end - _MAX_GROUP), end):
            before, current = best[start], best[end]
            if before is None or (current is not None and len(current) <= len(before) + 1):
                continue
            found = parse_one_channel(" ".join(tokens[start:end]), default_region)
            if found is not None:
                best[end] = [*before, found]
    return best[-1]


def _key(channel: ParsedChannel) -> tuple[str, str]:
    # Emails, handles and LinkedIn profiles ignore case in practice; other URLs may not.
    if channel.kind == "url":
        return channel.kind, channel.value
    return channel.kind, channel.value.casefold()


def parse_channels(
    text: str, default_region: Regions = None
) -> tuple[list[ParsedChannel], list[str]]:
    """Read every channel in free text; return (valid, rejected pieces as typed)."""
    valid: list[ParsedChannel] = []
    rejected: list[str] = []
    seen: set[tuple[str, str]] = set()
    for raw in _SEPARATORS.split(text):
        piece = raw.strip()
        if not piece:
            continue
        single = parse_one_channel(piece, default_region)
        found = [single] if single is not None else _split_tokens(piece, default_region)
        if found is None:
            rejected.append(piece)
            continue
        for channel in found:
            if _key(channel) not in seen:
                seen.add(_key(channel))
                valid.append(channel)
    return valid, rejected
