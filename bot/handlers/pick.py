"""Which contact a typed name means: that one, a choice of buttons, or a helpful "nobody"."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.context import Context
from bot.handlers.common import reject_button
from core.matching import match_name, suggest_similar
from core.model import Contact
from core.text import fold

MAX_NAME = 100
MAX_ID = 16  # contact ids are 8 hex digits; anything much longer is not one of ours
LABEL_LENGTH = 40
SUGGESTIONS = 3
_KEPT_CHOICES = 20  # choice messages whose typed rest is remembered
# The command a user types for each action, for the hints that show how to type it.
_COMMANDS = {"card": "contact", "taperon": "taper", "taperoff": "taper"}


async def pick_contact(context: Context, query: str, action: str) -> Contact | None:
    """The contact `query` names; otherwise offer buttons "<action>:<id>" and return None."""
    query = " ".join(query.split())
    if not query:
        await context.say("pick-empty", command=command_of(action))
        return None
    if len(query) > MAX_NAME:
        await context.say("pick-too-long", limit=MAX_NAME)
        return None
    contacts = await context.repo.contacts(context.user.id)
    if not contacts:
        await context.say("pick-no-contacts")
        return None
    people = [(contact.contact_id, contact.name) for contact in contacts]
    found = match_name(query, people)
    by_id = {contact.contact_id: contact for contact in contacts}
    if found.best is not None:
        return by_id[found.best]
    await _offer(context, query, [by_id[i] for i in found.candidates], contacts, action)
    return None


async def pick_with_rest(
    context: Context, words: Sequence[str], action: str
) -> tuple[Contact | None, str]:
    """Split "Marie Dupont airbus lyon" into a contact and the words after its name.

    The longest run of leading words that names one contact wins. When only several
    contacts fit, buttons are offered and the rest waits in `context.state.pick_rest`.
    """
    words = list(words)
    if not words:
        await context.say("pick-empty", command=command_of(action))
        return None, ""
    contacts = await context.repo.contacts(context.user.id)
    if not contacts:
        await context.say("pick-no-contacts")
        return None, ""
    people = [(contact.contact_id, contact.name) for contact in contacts]
    by_id = {contact.contact_id: contact for contact in contacts}
    choices: tuple[int, list[Contact]] | None = None
    for size in range(len(words), 0, -1):
        prefix = " ".join(words[:size])
        found = match_name(prefix, people)
        fitting = [by_id[i] for i in found.candidates if _could_be(prefix, by_id[i].name)]
        if found.best is not None and fitting:
            return by_id[found.best], " ".join(words[size:])
        if choices is None and fitting and _typed_start(prefix, fitting):
            choices = size, fitting
    size, fitting = choices or (1, [])
    message = await _offer(context, " ".join(words[:size]), fitting, contacts, action)
    # With nobody matching, where the name ended is a guess: the rest is only kept when
    # there is none, and a button pressed without it asks for the command again.
    if choices is not None or len(words) == 1:
        _remember(context, message.message_id, " ".join(words[size:]))
    return None, ""


def _remember(context: Context, message_id: int, rest: str) -> None:
    kept = context.state.pick_rest
    kept[message_id] = rest
    for old in sorted(kept)[:-_KEPT_CHOICES]:
        del kept[old]


def pending_rest(context: Context) -> str | None:
    """The words typed after the name, for a button of the choice message; None if lost."""
    query = context.incoming.callback_query
    message = query.message if query else None
    return context.state.pick_rest.get(message.message_id) if message else None


def _could_be(prefix: str, name: str) -> bool:
    """A name is never shorter, in words, than the part of the message it was matched on."""
    return len(fold(prefix).split()) <= len(fold(name).split())


def _typed_start(prefix: str, contacts: Sequence[Contact]) -> bool:
    """True when every typed word starts a word of each name: not a fuzzy guess."""
    words = fold(prefix).split()
    return (
        all(
            all(any(part.startswith(word) for part in fold(c.name).split()) for word in words)
            for c in contacts
        )
        or len(words) == 1
    )


async def _offer(
    context: Context, query: str, candidates: list[Contact], everyone: list[Contact], action: str
) -> Message:
    shown = query[:MAX_NAME]
    if len(candidates) > 1:
        return await context.say(
            "pick-which", query=shown, markup=choice_buttons(candidates, action)
        )
    hint = context.text("pick-add-hint", query=shown)
    if candidates:  # one name comes close, not close enough to be sure
        text = context.text("pick-maybe", query=shown, name=candidates[0].name)
        markup: InlineKeyboardMarkup | None = choice_buttons(candidates, action)
    else:
        people = [(contact.contact_id, contact.name) for contact in everyone]
        similar = suggest_similar(query, people, limit=SUGGESTIONS)
        by_id = {contact.contact_id: contact for contact in everyone}
        markup = choice_buttons([by_id[i] for i in similar], action) if similar else None
        text = context.text("pick-nobody-similar" if similar else "pick-nobody", query=shown)
    return await context.bot.send_message(context.chat_id, f"{text}\n{hint}", reply_markup=markup)


def choice_buttons(contacts: Sequence[Contact], action: str) -> InlineKeyboardMarkup:
    """One button per contact, its name as the label."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    label(contact.name), callback_data=f"{action}:{contact.contact_id}"
                )
            ]
            for contact in contacts
        ]
    )


def label(name: str) -> str:
    """A name short enough for a button."""
    name = " ".join(name.split()) or "?"
    return name if len(name) <= LABEL_LENGTH else name[: LABEL_LENGTH - 1].rstrip() + "…"


def command_of(action: str) -> str:
    """The command behind an action, for hints."""
    return _COMMANDS.get(action, action)


async def button_contact(context: Context, action: str) -> Contact | None:
    """The presser's own contact named by a "<action>:<id>" button, or None after an alert."""
    query = context.incoming.callback_query
    data = (query.data or "") if query else ""
    contact_id = data.removeprefix(f"{action}:").split(":", 1)[0]
    contact = None
    if data.startswith(f"{action}:") and 0 < len(contact_id) <= MAX_ID:
        contact = await context.repo.get_contact(context.user.id, contact_id)
    if contact is None:
        await reject_button(context)
    return contact
