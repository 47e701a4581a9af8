"""The layers hold where import contracts cannot see: what handlers and views write by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

BOT = Path(__file__).parent.parent / "bot"
TELEGRAM_SIDE = sorted(
    [*BOT.glob("handlers/*.py"), *BOT.glob("views/*.py"), *BOT.glob("jobs/*.py")]
)

_RULES = {
    # Handlers call services; the repository's methods are the services' business.
    "a repository call": re.compile(r"\brepo\.[a-z_]+\("),
    # Button data is built and read by bot/callbacks.py only, typed and size-checked there.
    "hand-made button data": re.compile(r"callback_data\s*=\s*f?[\"']"),
    "a hand parse of button data": re.compile(r"\.data\b.*\.(split|partition|removeprefix)\("),
    "a regex route for buttons": re.compile(r"CallbackQueryHandler\([^)]*pattern=r?[\"']"),
    # Defaults(parse_mode=HTML) is set once on the Application.
    "a parse mode passed by hand": re.compile(r"parse_mode\s*="),
}


@pytest.mark.parametrize("path", TELEGRAM_SIDE, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_the_telegram_side_keeps_to_its_room(path: Path) -> None:
    broken = [
        f"{path.name}:{number}: {rule}: {line.strip()}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for rule, pattern in _RULES.items()
        if pattern.search(line)
    ]
    assert broken == []
