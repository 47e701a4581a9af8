"""/add, a shared contact card, and /edit: one question at a time, each answer checked.

Every step returns the dialog state that names what is asked next: `"<mode>:<field>"` for a
field question, `"<mode>:twin"` for the duplicate-name warning, `"<mode>:fields"` for the field
picker and `"add:review"` for the summary. The mode says what an accepted answer leads to:
`add` goes on to the next question, `fix` (a field changed from the summary) back to the
summary, `edit` (/edit) saves the contact at once.
"""

from __future__ import annotations

from typing import Literal
from zoneinfo import ZoneInfo

from telegram.ext import ConversationHandler

from bot.context import Context, ReplyMarkup
from bot.handlers.card import send_card
from bot.handlers.common import answer_button, drop_buttons, reject_button
from bot.views.form import (
    current_line,
    field_keyboard,
    field_value,
    fields_keyboard,
    places_keyboard,
    skip_hint,
    summary_keyboard,
    summary_lines,
    twin_keyboard,
    twin_warning,
)
from bot.views.places import place_choice
from core.fields import (
    ADD_ORDER,
    EDITABLE,
    FieldName,
    Outcome,
    Situation,
    apply_choice,
    apply_place,
    apply_text,
    clear,
)
from core.model import Contact
from services import contacts
from services.repository import TooManyContactsError

Mode = Literal["add", "fix", "edit"]
MODES: tuple[Mode, ...] = ("add", "fix", "edit")
REVIEW = "add:review"
END = ConversationHandler.END


def asking(mode: Mode, what: str) -> str:
    """The dialog state for a question of the form: a field's name, "twin" or "fields"."""
    return f"{mode}:{what}"


def situation(context: Context) -> Situation:
    """The time, zone and language an answer is read in."""
    zone = ZoneInfo(context.zone_of(context.profile))
    return Situation(now=context.bot_data.clock.now(), zone=zone, language=context.language)


async def blank_draft(context: Context) -> Contact | None:
    """A new empty contact for this user, or None when they have too many."""
    return await contacts.new_draft(context.repo, context.user.id, context.now())


async def start_form(context: Context, draft: Contact) -> int | str:
    """Begin a new contact: ask its name, or go on from a name already known."""
    state = context.state
    state.draft, state.place_choices = draft, ()
    if not draft.name:
        return await ask(context, "add", "name")
    return await accepted(context, "add", "name", draft)


async def ask(context: Context, mode: Mode, name: FieldName) -> str:
    """Ask for one field, with its quick answers and Skip where it can be left empty."""
    draft = context.state.draft
    assert draft is not None
    lines = [context.text(f"form-ask-{name}", name=draft.name)]
    current = field_value(context, name, draft) if name != "name" else ""
    if current:
        lines.append(current_line(context, name, draft, clears=mode == "edit"))
        if name == "channels":  # typed ones join these (core.fields)
            lines.append(context.text("form-channels-added"))
    skippable = name != "name"
    if skippable:
        lines.append(skip_hint(context, name, draft, clears=mode == "edit"))
    markup = field_keyboard(context, name, skippable=skippable, draft=draft)
    await show(context, "\n".join(lines), markup)
    return asking(mode, name)


async def show(context: Context, html: str, markup: ReplyMarkup) -> None:
    """Send a message of the open question: from now on only its buttons answer it."""
    message = await context.send(html, markup=markup)
    context.state.asked_in = message.message_id


def pressed_latest(context: Context) -> bool:
    """Whether the pressed button is on the message showing the open question."""
    query = context.incoming.callback_query
    message = query.message if query is not None else None
    return message is not None and message.message_id == context.state.asked_in


async def answer(context: Context, mode: Mode, name: FieldName, text: str) -> int | str | None:
    """Check what the user typed for the field being asked."""
    draft = context.state.draft
    if draft is None:
        return END
    return await _outcome(context, mode, name, apply_text(name, draft, text, situation(context)))


async def choose(context: Context, mode: Mode, name: FieldName, choice: str) -> int | str | None:
    """A quick-answer button for the field being asked."""
    draft = context.state.draft
    if draft is None:
        await reject_button(context)
        return END
    outcome = apply_choice(name, draft, choice, situation(context))
    if outcome.error:
        await reject_button(context)
        return None
    await answer_button(context.incoming)
    await drop_buttons(context.incoming)
    return await _outcome(context, mode, name, outcome)


async def choose_place(context: Context, mode: Mode, choice: str) -> int | str | None:
    """One of the places offered for an ambiguous answer, or 'keep as typed'."""
    state = context.state
    draft = state.draft
    if draft is None or not state.place_choices:
        await reject_button(context)
        return None
    if choice.isdigit() and int(choice) < len(state.place_choices):
        draft = apply_place(draft, state.place_choices[int(choice)], context.language)
    elif choice != "keep":
        await reject_button(context)
        return None
    state.place_choices = ()
    await answer_button(context.incoming)
    await drop_buttons(context.incoming)
    return await accepted(context, mode, "place", draft)


async def skip(context: Context, mode: Mode, name: FieldName) -> int | str | None:
    """Leave the asked field empty (in /edit: clear it)."""
    draft = context.state.draft
    if draft is None:
        return END
    if name == "name":
        await context.say("field-name-empty")
        return None
    return await accepted(context, mode, name, clear(name, draft) if mode == "edit" else draft)


async def _outcome(
    context: Context, mode: Mode, name: FieldName, outcome: Outcome
) -> int | str | None:
    if outcome.error:
        markup = field_keyboard(context, name, skippable=name != "name", draft=context.state.draft)
        await show(context, context.text(outcome.error, **outcome.args), markup)
        return None
    assert outcome.contact is not None
    if outcome.places:
        context.state.draft = outcome.contact
        context.state.place_choices = outcome.places
        now = context.now()
        labels = [place_choice(context, place, now) for place in outcome.places]
        await show(context, context.text("field-place-pick"), places_keyboard(context, labels))
        return None
    if outcome.notice:
        await context.say(outcome.notice, **outcome.args)
    return await accepted(context, mode, name, outcome.contact)


async def accepted(context: Context, mode: Mode, name: FieldName, draft: Contact) -> int | str:
    """Keep an accepted answer; a name someone already has is flagged first, in every mode."""
    context.state.draft = draft
    if name == "name":
        twins = await contacts.namesakes(context.repo, context.user.id, draft)
        if twins:
            await show(
                context,
                twin_warning(context, twins),
                twin_keyboard(context, twins, merge=mode != "edit"),
            )
            return asking(mode, "twin")
    return await _next(context, mode, name)


async def _next(context: Context, mode: Mode, name: FieldName) -> int | str:
    """After an answer: save it (/edit), back to the summary, or the next question."""
    draft = context.state.draft
    assert draft is not None
    if mode == "edit":
        await contacts.update(context.repo, context.user.id, draft)
        await show_contact(context, draft, "form-updated")
        return await finish(context)
    if mode == "fix" or name not in ADD_ORDER:
        return await review(context)
    following = ADD_ORDER[ADD_ORDER.index(name) + 1 :]
    return await ask(context, mode, following[0]) if following else await review(context)


async def review(context: Context) -> str:
    """Show the contact as it would be saved, with Save, Change a field and Cancel."""
    draft = context.state.draft
    assert draft is not None
    lines = [context.text("form-summary-title", name=draft.name), *summary_lines(context, draft)]
    await show(context, "\n".join(lines), summary_keyboard(context))
    return REVIEW


async def save(context: Context) -> int | str:
    """Store the new contact, then start the next shared card waiting, if any."""
    draft = context.state.draft
    if draft is None:
        await reject_button(context)
        return END
    await answer_button(context.incoming)
    await drop_buttons(context.incoming)
    try:
        await contacts.add(context.repo, context.user.id, draft)
    except TooManyContactsError as error:
        await context.say("form-too-many", limit=error.limit)
        return await finish(context)
    await context.say("form-saved", name=draft.name)
    return await finish(context)


async def pick_field(context: Context, mode: Mode, contact: Contact) -> str:
    """Offer the fields of a contact to change."""
    question = context.text("form-pick-field", name=contact.name)
    # From /add's summary, changing one's mind must lead back to it, not only to /cancel.
    await show(context, question, fields_keyboard(context, back=mode == "fix"))
    return asking(mode, "fields")


async def show_contact(context: Context, contact: Contact, title: str) -> None:
    """A short confirmation, then the contact's card with its buttons."""
    await context.say(title)
    await send_card(context, contact)


async def finish(context: Context) -> int | str:
    """Close the form; a shared card waiting its turn starts its own."""
    state = context.state
    state.draft, state.place_choices, state.asked_in = None, (), None
    if state.pending_cards:
        return await start_form(context, state.pending_cards.pop(0))
    return END


async def unsaved_draft(context: Context) -> Contact | None:
    """The contact /add was building, if one is open (an /edit's contact is already stored)."""
    draft = context.state.draft
    if draft is None or await contacts.owned(context.repo, context.user.id, draft.contact_id):
        return None
    return draft


def field_named(name: str) -> FieldName:
    """The field with that name; ValueError for anything else."""
    for candidate in EDITABLE:
        if candidate == name:
            return candidate
    raise ValueError(name)


async def continue_twin(context: Context, mode: Mode) -> int | str:
    """'Add anyway' after the duplicate warning: on as if the name were new."""
    if context.state.draft is None:
        await reject_button(context)
        return END
    await answer_button(context.incoming)
    await drop_buttons(context.incoming)
    return await _next(context, mode, "name")
