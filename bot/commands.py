"""The commands the bot offers, in the order the menu and /help list them."""

from __future__ import annotations

# Each command's one-line description is the catalog message "cmd-<name>".
MENU_COMMANDS: tuple[str, ...] = (
    "start",
    "today",
    "add",
    "list",
    "contact",
    "log",
    "ask",
    "favors",
    "review",
    "idea",
    "edit",
    "tag",
    "untag",
    "rhythm",
    "pause",
    "resume",
    "remove",
    "merge",
    "leaving",
    "taper",
    "settings",
    "timezone",
    "time",
    "language",
    "export",
    "deleteme",
    "help",
    "cancel",
)
