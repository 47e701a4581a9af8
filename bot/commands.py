"""The commands the bot offers: the few in the phone's menu, and every one in /help's sections.

Each command's one-line description is the catalog message "cmd-<name>" (short: the phone's menu
cuts it), the detailed /help lines "help-cmd-<name>" (with an example); each section's title is
"help-section-<key>". A new command goes in one section below (a test fails when a command
the bot handles is missing from /help), and in MENU_COMMANDS only if people need it every week.
"""

from __future__ import annotations

from dataclasses import dataclass

# The phone's command menu: what a user needs every week, in that order (6 to 8 of them; a
# longer menu is scrolled past, and /help has the rest).
MENU_COMMANDS: tuple[str, ...] = ("today", "add", "list", "log", "ask", "idea", "help")


@dataclass(frozen=True)
class HelpSection:
    """One group of commands in /help: `detailed` gives each its own line and description."""

    key: str
    commands: tuple[str, ...]
    detailed: bool = False


HELP_SECTIONS: tuple[HelpSection, ...] = (
    HelpSection("week", ("today", "add", "list", "log", "ask", "idea", "review"), detailed=True),
    HelpSection(
        "contacts",
        (
            "contact",
            "note",
            "remind",
            "edit",
            "tag",
            "untag",
            "rhythm",
            "pause",
            "resume",
            "remove",
            "merge",
        ),
    ),
    HelpSection("abroad", ("favors", "leaving", "taper")),
    HelpSection("settings", ("settings", "timezone", "time", "language")),
    HelpSection("data", ("export", "deleteme")),
    HelpSection("basics", ("start", "help", "cancel")),
)

# Commands the bot answers that /help leaves out: /skip only means something inside a question
# the bot is asking (which says so), /favours is the British spelling of /favors.
UNLISTED_COMMANDS: frozenset[str] = frozenset({"skip", "favours"})


def help_commands() -> tuple[str, ...]:
    """Every command /help lists, in its order."""
    return tuple(name for section in HELP_SECTIONS for name in section.commands)
