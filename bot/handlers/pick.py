"""Which contact a typed name means: that one, a choice of buttons, or a helpful "nobody"."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol, cast, get_args

from telegram import InlineKeyboardMarkup, Message, Update

from bot.callbacks import (
    ContactAction,
    ContactVerb,
    IdeaButton,
    Payload,
    payload_of,
    unpack,
    with_rest,
)
from bot.context import Context
from bot.handlers.common import answer_button, drop_buttons, reject_button
from bot.memo import MemoKey
from bot.views.pick import PayloadFor, choice_keyboard, choice_message
from core.agenda import rhythms_of, stay_of
from core.model import Contact
from services import contacts
from services.contacts import Lookup

MAX_NAME = 100
# The words after the name ("airbus lyon" in "/tag Marie airbus lyon") that did not fit in the
# buttons asking which Marie, by the id of that message: the chosen button then applies them.
PICK_REST: MemoKey[str] = MemoKey("pick-rest", str)
# The choice messages a name was already picked on, so a double tap acts once.
PICKED: MemoKey[str] = MemoKey("pick-used", str, size=20)
# The commands that, typed without a name, offer the most due contacts as buttons (/log,
# /idea: about whoever is due), and how many.
DUE_PICKS = frozenset({"log", "idea"})
DUE_SHOWN = 6
# The command a user types for each action, for the hints that show how to type it.
_COMMANDS = {"card": "contact", "taperon": "taper", "taperoff": "taper"}

RestPayloadFor = Callable[[Contact, str], Payload]
# What a "/<command> <name> <words...>" does with the contact and the words after the name.
WithRest = Callable[[Context, Contact, str], Awaitable[None]]


class _NamesContact(Protocol):
    @property
    def contact_id(self) -> str: ...


def payload_for(action: str) -> PayloadFor:
    """The button of a name choice for `action`: "<action>:<id>"."""
    if action == "idea":
        return lambda contact: IdeaButton(contact.contact_id)
    if action not in get_args(ContactVerb):
        raise ValueError(f"no button for the action {action!r}")
    verb = cast(ContactVerb, action)
    return lambda contact: ContactAction(verb, contact.contact_id)


def _rest_payload_for(action: str) -> RestPayloadFor:
    if action not in get_args(ContactVerb):
        raise ValueError(f"no button for the action {action!r}")
    verb = cast(ContactVerb, action)
    return lambda contact, rest: with_rest(verb, contact.contact_id, rest)


def is_action(*verbs: ContactVerb) -> Callable[[ContactAction], bool]:
    """A `when` for callbacks.handler: ContactAction buttons of these verbs."""
    return lambda payload: payload.action in verbs


async def pick_contact(
    context: Context, query: str, action: str, payload: PayloadFor | None = None
) -> Contact | None:
    """The contact `query` names; otherwise offer buttons ("<action>:<id>") and return None."""
    query = " ".join(query.split())
    if not query:
        await _nameless(context, action, payload or payload_for(action))
        return None
    if len(query) > MAX_NAME:
        await context.say("pick-too-long", limit=MAX_NAME)
        return None
    found = await contacts.find_by_name(context.repo, context.user.id, query)
    if found.contact is None:
        await _offer(context, found, payload or payload_for(action))
    return found.contact


async def pick_with_rest(
    context: Context,
    words: Sequence[str],
    action: str,
    payload: RestPayloadFor | None = None,
    *,
    rest_needed: str | None = None,
) -> tuple[Contact | None, str]:
    """Split "Marie Dupont airbus lyon" into a contact and the words after its name.

    The longest run of leading words that names one contact wins. When only several contacts
    fit, buttons are offered; they carry the rest when it fits, else it waits in the memo
    PICK_REST; `pending_rest` reads it back either way. With `rest_needed` (a catalog message
    id), several contacts fitting and nothing after the name get that message instead of a
    choice that would only end in it.
    """
    if not words:
        message = await _nameless(context, action, payload_for(action))
        if message is not None:  # a name pressed there acts with no words after it
            context.state.memos.keep(PICK_REST, message.message_id, "")
        return None, ""
    found = await contacts.find_with_rest(context.repo, context.user.id, words)
    if found.contact is not None:
        return found.contact, found.rest
    if rest_needed is not None and found.candidates and found.rest_known and not found.rest:
        await context.say(rest_needed)
        return None, ""
    make = payload or _rest_payload_for(action)
    # With nobody matching, where the name ended is a guess: the rest is only kept when there
    # is none, and a button pressed without it asks for the command again.
    if not found.rest_known:
        await _offer(context, found, payload_for(action))
        return None, ""
    offered: list[Payload] = []

    def carrying(contact: Contact) -> Payload:
        offered.append(make(contact, found.rest))
        return offered[-1]

    message = await _offer(context, found, carrying)
    carried = bool(found.rest) and all(getattr(p, "rest", None) == found.rest for p in offered)
    if message is not None and not carried:
        context.state.memos.keep(PICK_REST, message.message_id, found.rest)
    return None, ""


async def command_with_rest(
    context: Context, action: ContactVerb, then: WithRest, *, rest_needed: str | None = None
) -> None:
    """/<action> <name> <words...>: `then` the contact and the words, or offer a name choice
    (unless the words are missing: then `rest_needed`, see pick_with_rest)."""
    contact, rest = await pick_with_rest(
        context, context.args or (), action, rest_needed=rest_needed
    )
    if contact is not None:
        await then(context, contact, rest)


async def picked_with_rest(
    update: Update, context: Context, action: ContactVerb, then: WithRest
) -> None:
    """A name chosen after an ambiguous /<action>: `then` it with the words typed after it."""
    contact = await pressed_contact(context, payload_of(update, ContactAction))
    if contact is None or not await first_pick(context):
        return
    rest = pending_rest(context)
    await answer_button(update)
    await drop_buttons(update)
    if rest is None:
        await context.say("pick-lost-args", command=action, name=contact.name)
        return
    await then(context, contact, rest)


def pending_rest(context: Context) -> str | None:
    """The words typed after the name, for a button of the choice message; None if lost."""
    query = context.incoming.callback_query
    payload = unpack(query.data) if query is not None else None
    if isinstance(payload, ContactAction) and payload.rest:
        return payload.rest
    message = query.message if query is not None else None
    return context.state.memos.recall(PICK_REST, message.message_id if message else None)


async def _nameless(context: Context, action: str, payload: PayloadFor) -> Message | None:
    """A command typed without a name: for those that fit (DUE_PICKS), the most due contacts
    as buttons, so that nothing needs typing; otherwise how to name someone."""
    command = command_of(action)
    if action not in DUE_PICKS:
        await context.say("pick-empty", command=command)
        return None
    profile = context.profile
    due = await contacts.most_due(
        context.repo,
        context.user.id,
        zone=context.zone,
        stay=stay_of(profile),
        rhythms=rhythms_of(profile),
        limit=DUE_SHOWN,
    )
    if not due:
        await context.say("pick-no-contacts")
        return None
    markup = choice_keyboard(context, due, payload, context.today())
    return await context.say(f"pick-due-{action}", command=command, markup=markup)


async def _offer(context: Context, found: Lookup, payload: PayloadFor) -> Message | None:
    if not found.anyone:
        await context.say("pick-no-contacts")
        return None
    today = context.today()
    text, markup = choice_message(context, found, payload, today)
    return await context.send(text, markup=markup)


def choice_buttons(
    contacts: Sequence[Contact], action: str, payload: PayloadFor | None = None
) -> InlineKeyboardMarkup:
    """One button per contact ("<action>:<id>"), its name as the label."""
    return choice_keyboard(None, contacts, payload or payload_for(action))


def command_of(action: str) -> str:
    """The command behind an action, for hints."""
    return _COMMANDS.get(action, action)


async def pressed_contact(context: Context, payload: _NamesContact | None) -> Contact | None:
    """The presser's own contact a button names, or None after an alert (stale or forged)."""
    contact = None
    if payload is not None:
        contact = await contacts.owned(context.repo, context.user.id, payload.contact_id)
    if contact is None:
        await reject_button(context)
    return contact


async def first_pick(context: Context) -> bool:
    """Whether this press is the first pick on its choice message; a second one (a double tap,
    before the buttons go) is answered "already done" and must not act again."""
    query = context.incoming.callback_query
    message = query.message if query is not None else None
    if query is None or message is None:
        return True
    if context.state.memos.recall(PICKED, message.message_id) is not None:
        await query.answer(context.text("pick-used"))
        return False
    context.state.memos.keep(PICKED, message.message_id, query.data or "")
    return True
