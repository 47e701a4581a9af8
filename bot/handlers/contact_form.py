"""/add, a shared contact card, and /edit: one question at a time, each answer checked."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.ext import ConversationHandler

from bot.handlers.card import send_card
from bot.handlers.common import Turn, answer_button, drop_buttons, reject_button
from bot.handlers.form_view import (
    field_keyboard,
    field_value,
    fields_keyboard,
    places_keyboard,
    summary_keyboard,
    summary_lines,
)
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
    new_contact_id,
)
from core.model import Contact
from core.text import fold
from storage import MAX_CONTACTS_PER_USER, TooManyContactsError

ASK, REVIEW, PICK_FIELD, DUPLICATE = range(10, 14)
END = ConversationHandler.END


def situation(turn: Turn) -> Situation:
    """The time, zone and language an answer is read in."""
    zone = ZoneInfo(turn.zone_of(turn.profile))
    return Situation(now=turn.services.clock.now(), zone=zone, language=turn.language)


def blank_draft(turn: Turn) -> Contact | None:
    """A new empty contact for this user, or None (and a message) when they have too many."""
    store = turn.services.store
    contacts = store.contacts(turn.user.id)
    if len(contacts) >= MAX_CONTACTS_PER_USER:
        return None
    taken = {contact.contact_id for contact in contacts}
    return Contact(new_contact_id(taken), "", turn.services.clock.now())


async def start_form(turn: Turn, draft: Contact) -> int:
    """Begin a new contact: ask its name, or go on from a name already known."""
    state = turn.state
    state.draft, state.editing, state.reviewing, state.asking = draft, None, False, None
    if not draft.name:
        return await ask(turn, "name")
    return await accepted(turn, "name", draft)


async def ask(turn: Turn, name: FieldName) -> int:
    """Ask for one field, with its quick answers and Skip where it can be left empty."""
    state = turn.state
    draft = state.draft
    assert draft is not None
    state.asking = name
    lines = [turn.text(f"form-ask-{name}", name=draft.name)]
    current = field_value(turn, name, draft) if name != "name" else ""
    if current:
        lines.append(turn.text("form-current", value=current))
    skippable = name != "name"
    if skippable:
        lines.append(turn.text("form-skip-hint"))
    markup = field_keyboard(turn, name, skippable=skippable)
    await turn.send("\n".join(lines), markup=markup)
    return ASK


async def answer(turn: Turn, text: str) -> int | None:
    """Check what the user typed for the field being asked."""
    state = turn.state
    if state.draft is None:
        return END
    if state.asking is None:  # the summary or a choice is on screen: its buttons answer
        await turn.say("form-use-buttons")
        return None
    name = field_named(state.asking)
    return await _outcome(turn, name, apply_text(name, state.draft, text, situation(turn)))


async def choose(turn: Turn, choice: str) -> int | None:
    """A quick-answer button for the field being asked."""
    state = turn.state
    if state.draft is None or state.asking is None:
        await reject_button(turn)
        return END
    name = field_named(state.asking)
    outcome = apply_choice(name, state.draft, choice, situation(turn))
    if outcome.error:
        await reject_button(turn)
        return None
    await answer_button(turn.update)
    await drop_buttons(turn.update)
    return await _outcome(turn, name, outcome)


async def choose_place(turn: Turn, choice: str) -> int | None:
    """One of the places offered for an ambiguous answer, or 'keep as typed'."""
    state = turn.state
    draft = state.draft
    if draft is None or not state.place_choices:
        await reject_button(turn)
        return END
    if choice.isdigit() and int(choice) < len(state.place_choices):
        draft = apply_place(draft, state.place_choices[int(choice)])
    elif choice != "keep":
        await reject_button(turn)
        return None
    state.place_choices = ()
    await answer_button(turn.update)
    await drop_buttons(turn.update)
    return await accepted(turn, "place", draft)


async def skip(turn: Turn) -> int | None:
    """Leave the asked field empty (in /edit: clear it)."""
    state = turn.state
    if state.draft is None:
        return END
    if state.asking is None:
        await turn.say("form-use-buttons")
        return None
    name = field_named(state.asking)
    if name == "name":
        await turn.say("field-name-empty")
        return None
    return await accepted(turn, name, clear(name, state.draft) if state.editing else state.draft)


async def _outcome(turn: Turn, name: FieldName, outcome: Outcome) -> int | None:
    if outcome.error:
        markup = field_keyboard(turn, name, skippable=name != "name")
        await turn.say(outcome.error, markup=markup, **outcome.args)
        return None
    assert outcome.contact is not None
    if outcome.places:
        turn.state.draft = outcome.contact
        turn.state.place_choices = outcome.places
        labels = [place.label for place in outcome.places]
        await turn.say("field-place-pick", markup=places_keyboard(turn, labels))
        return None
    if outcome.notice:
        await turn.say(outcome.notice, **outcome.args)
    return await accepted(turn, name, outcome.contact)


async def accepted(turn: Turn, name: FieldName, draft: Contact) -> int:
    """Keep an accepted answer, then go to the next question, the summary, or save (/edit)."""
    state = turn.state
    state.draft = draft
    if state.editing:
        turn.services.store.save_contact(turn.user.id, draft)
        await show_contact(turn, draft, "form-updated")
        return await finish(turn)
    if name == "name" and not state.reviewing:
        twin = _same_name(turn, draft)
        if twin is not None:
            await turn.say("form-duplicate", name=twin.name, markup=_twin_keyboard(turn, twin))
            return DUPLICATE
    if state.reviewing:
        return await review(turn)
    following = ADD_ORDER[ADD_ORDER.index(name) + 1 :]
    return await ask(turn, following[0]) if following else await review(turn)


async def review(turn: Turn) -> int:
    """Show the contact as it would be saved, with Save, Change a field and Cancel."""
    state = turn.state
    assert state.draft is not None
    state.reviewing, state.asking = True, None
    lines = [
        turn.text("form-summary-title", name=state.draft.name),
        *summary_lines(turn, state.draft),
    ]
    await turn.send("\n".join(lines), markup=summary_keyboard(turn))
    return REVIEW


async def save(turn: Turn) -> int:
    """Store the new contact, then start the next shared card waiting, if any."""
    draft = turn.state.draft
    if draft is None:
        await reject_button(turn)
        return END
    await answer_button(turn.update)
    await drop_buttons(turn.update)
    try:
        turn.services.store.add_contacts(turn.user.id, [draft])
    except TooManyContactsError as error:
        await turn.say("form-too-many", limit=error.limit)
        return await finish(turn)
    await turn.say("form-saved", name=draft.name)
    return await finish(turn)


async def pick_field(turn: Turn, contact: Contact) -> int:
    """Offer the fields of a contact to change."""
    await turn.say("form-pick-field", name=contact.name, markup=fields_keyboard(turn))
    return PICK_FIELD


async def show_contact(turn: Turn, contact: Contact, title: str) -> None:
    """A short confirmation, then the contact's card with its buttons."""
    await turn.say(title)
    await send_card(turn, contact)


async def finish(turn: Turn) -> int:
    """Close the form; a shared card waiting its turn starts its own."""
    state = turn.state
    state.draft, state.asking, state.editing, state.reviewing = None, None, None, False
    state.place_choices = ()
    if state.pending_cards:
        return await start_form(turn, state.pending_cards.pop(0))
    return END


def field_named(name: str) -> FieldName:
    """The field with that name; ValueError for anything else."""
    for candidate in EDITABLE:
        if candidate == name:
            return candidate
    raise ValueError(name)


def _same_name(turn: Turn, draft: Contact) -> Contact | None:
    key = fold(draft.name)
    for contact in turn.services.store.contacts(turn.user.id):
        if contact.contact_id != draft.contact_id and fold(contact.name) == key:
            return contact
    return None


def _twin_keyboard(turn: Turn, twin: Contact) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    turn.text("button-open-card"), callback_data=f"form:open:{twin.contact_id}"
                )
            ],
            [InlineKeyboardButton(turn.text("button-add-anyway"), callback_data="form:twin")],
            [InlineKeyboardButton(turn.text("button-cancel"), callback_data="form:cancel")],
        ]
    )


async def continue_twin(turn: Turn) -> int:
    """'Add anyway' after the duplicate warning."""
    if turn.state.draft is None:
        await reject_button(turn)
        return END
    await answer_button(turn.update)
    await drop_buttons(turn.update)
    turn.state.reviewing = False
    return await ask(turn, ADD_ORDER[1])
