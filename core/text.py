"""Text normalisation shared by every lookup that users type by hand."""

import unicodedata
from functools import cache

# Letters that NFKD leaves whole but that people routinely type without the stroke or ligature
# (casefold already turns ß into ss). The separators become spaces so "Saint-Étienne",
# "saint etienne" and "Saint.Etienne" meet on the same key.
_REPLACEMENTS = {
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ø": "o",
    "ł": "l",
    "đ": "d",
    "ı": "i",
    "-": " ",
    "_": " ",
    "’": " ",
    "'": " ",
    ".": " ",
}


# The ASCII counterpart of the table below; bytes.split() ignores \x1c-\x1f, str.split() does not.
_ASCII = bytes.maketrans(b"-_'.\x1c\x1d\x1e\x1f", b"        ")


@cache
def _table() -> dict[int, str | None]:
    # One translate pass drops the marks and applies the replacements, much faster than a
    # per-character generator. Every combining mark sits below U+20000 (the last is U+1E94A),
    # so the scan stops there (~10 ms).
    table: dict[int, str | None] = {
        code: None for code in range(0x20000) if unicodedata.combining(chr(code))
    }
    table.update({ord(char): replacement for char, replacement in _REPLACEMENTS.items()})
    return table


def fold(text: str) -> str:
    """Return a case-, accent- and punctuation-insensitive key for matching names."""
    if text.isascii():  # three times faster, and most of the ~390k indexed city names are ASCII
        return b" ".join(text.lower().encode().translate(_ASCII).split()).decode()
    # casefold after NFKD: compatibility forms such as "ℌ" only become plain letters there.
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join(decomposed.casefold().translate(_table()).split())
