"""Times of day as users type them ("9h30", "9:30pm", "midi") and as the bot writes them."""

import re
from datetime import time

_WORDS = {"midi": time(12), "noon": time(12), "minuit": time(0), "midnight": time(0)}
# Hours, then optionally ":30", ".30", "h", "h30" or "h 30", then optionally "am"/"pm"
# ("a.m." too). Digits are ASCII on purpose: int() would also accept "٩" or "𝟗".
_TIME = re.compile(
    r"(?P<hour>[0-9]{1,2})"
    r"(?:\s*[:.]\s*(?P<minute>[0-9]{2})|\s*h(?:\s*(?P<after_h>[0-9]{2}))?)?"
    r"\s*(?:(?P<half>[ap])\.?\s*m\.?)?"
)


def parse_time_of_day(text: str) -> time | None:
    """Parse "9", "09:30", "9h", "9 h 30", "9.30", "9am", "12pm", "midi"... or return None."""
    cleaned = text.strip().casefold()
    if cleaned in _WORDS:
        return _WORDS[cleaned]
    match = _TIME.fullmatch(cleaned)
    if match is None:
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or match["after_h"] or 0)
    if match["half"]:
        if not 1 <= hour <= 12:  # "13pm" and "0am" are not times
            return None
        # 12am is midnight and 12pm is noon: the 12 counts as 0 before the half is added.
        hour = hour % 12 + (12 if match["half"] == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def format_time_of_day(value: time, language: str) -> str:
    """Write a time the way the language does: "09:00" in English, "9 h" or "21 h 15" in French."""
    if language.casefold().split("-")[0].split("_")[0] == "fr":
        # No-break spaces keep "9 h 30" on one line, as French typography wants.
        return (
            f"{value.hour}\u00a0h"
            if value.minute == 0
            else f"{value.hour}\u00a0h\u00a0{value.minute:02d}"
        )
    return f"{value.hour:02d}:{value.minute:02d}"
