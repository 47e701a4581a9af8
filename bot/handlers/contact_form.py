"""/add, a shared contact card, and /edit: one question at a time, each answer checked."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.ext import ConversationHandler

from bot.context import Context
from bot.handlers.card import send_card
from bot.handlers.common import answer_button, drop_buttons, reject_button
from bot.views.form import (
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
)
from core.model import Contact
from services import contacts
from services.repository import TooManyContactsError

ASK, REVIEW, PICK_FIELD, DUPLICATE = range(10, 14)
END = ConversationHandler.END


def situation(context: Context) -> Situation:
    """The time, zone and language an answer is read in."""
    zone = ZoneInfo(context.zone_of(context.profile))
    return Situation(now=context.bot_data.clock.now(), zone=zone, language=context.language)


async def blank_draft(context: Context) -> Contact | None:
    """A new empty contact for this user, or None when they have too many."""
    return await contacts.new_draft(context.repo, context.user.id, context.now())


async def start_form(context: Context, draft: Contact) -> int:
    """Begin a new contact: ask its name, or go on from a name already known."""
    state = context.state
    state.draft, state.editing, state.reviewing, state.asking = draft, None, False, None
    if not draft.name:
        return await ask(context, "name")
    return await accepted(context, "name", draft)


async def ask(context: Context, name: FieldName) -> int:
    """Ask for one field, with its quick answers and Skip where it can be left empty."""
    state = context.state
    draft = state.draft
    assert draft is not None
    state.asking = name
    lines = [context.text(f"form-ask-{name}", name=draft.name)]
    current = field_value(context, name, draft) if name != "name" else ""
    if current:
        lines.append(context.text("form-current", value=current))
    skippable = name != "name"
    if skippable:
        lines.append(context.text("form-skip-hint"))
    markup = field_keyboard(context, name, skippable=skippable)
    await context.send("\n".join(lines), markup=markup)
    return ASK


async def answer(context: Context, text: str) -> int | None:
    """Check what the user typed for the field being asked."""
    state = context.state
    if state.draft is None:
        return END
    if state.asking is None:  # the summary or a choice is on screen: its buttons answer
        await context.say("form-use-buttons")
        return None
    name = field_named(state.asking)
    return await _outcome(context, name, apply_text(name, state.draft, text, situation(context)))


async def choose(context: Context, choice: str) -> int | None:
    """A quick-answer button for the field being asked."""
    state = context.state
    if state.draft is None or state.asking is None:
        await reject_button(context)
        return END
    name = field_named(state.asking)
    outcome = apply_choice(name, state.draft, choice, situation(context))
    if outcome.error:
        await reject_button(context)
        return None
    await answer_button(context.incoming)
    await drop_buttons(context.incoming)
    return await _outcome(context, name, outcome)


async def choose_place(context: Context, choice: str) -> int | None:
    """One of the places offered for an ambiguous answer, or 'keep as typed'."""
    state = context.state
    draft = state.draft
    if draft is None or not state.place_choices:
        await reject_button(context)
        return END
    if choice.isdigit() and int(choice) < len(state.place_choices):
        draft = apply_place(draft, state.place_choices[int(choice)])
    elif choice != "keep":
        await reject_button(context)
        return None
    state.place_choices = ()
    await answer_button(context.incoming)
    await drop_buttons(context.incoming)
    return await accepted(context, "place", draft)


async def skip(context: Context) -> int | None:
    """Leave the asked field empty (in /edit: clear it)."""
    state = context.state
    if state.draft is None:
        return END
    if state.asking is None:
        await context.say("form-use-buttons")
        return None
    name = field_named(state.asking)
    if name == "name":
        await context.say("field-name-empty")
        return None
    return await accepted(context, name, clear(name, state.draft) if state.editing else state.draft)


async def _outcome(context: Context, name: FieldName, outcome: Outcome) -> int | None:
    if outcome.error:
        markup = field_keyboard(context, name, skippable=name != "name")
        await context.say(outcome.error, markup=markup, **outcome.args)
        return None
    assert outcome.contact is not None
    if outcome.places:
        context.state.draft = outcome.contact
        context.state.place_choices = outcome.places
        labels = [place.label for place in outcome.places]
        await context.say("field-place-pick", markup=places_keyboard(context, labels))
        return None
    if outcome.notice:
        await context.say(outcome.notice, **outcome.args)
    return await accepted(context, name, outcome.contact)


async def accepted(context: Context, name: FieldName, draft: Contact) -> int:
    """Keep an accepted answer, then go to the next question, the summary, or save (/edit)."""
    state = context.state
    state.draft = draft
    if state.editing:
        await context.repo.save_contact(context.user.id, draft)
        await show_contact(context, draft, "form-updated")
        return await finish(context)
    if name == "name" and not state.reviewing:
        twin = await contacts.namesake(context.repo, context.user.id, draft)
        if twin is not None:
            await context.say(
                "form-duplicate", name=twin.name, markup=_twin_keyboard(context, twin)
            )
            return DUPLICATE
    if state.reviewing:
        return await review(context)
    following = ADD_ORDER[ADD_ORDER.index(name) + 1 :]
    return await ask(context, following[0]) if following else await review(context)


async def review(context: Context) -> int:
    """Show the contact as it would be saved, with Save, Change a field and Cancel."""
    state = context.state
    assert state.draft is not None
    state.reviewing, state.asking = True, None
    lines = [
        context.text("form-summary-title", name=state.draft.name),
        *summary_lines(context, state.draft),
    ]
    await context.send("\n".join(lines), markup=summary_keyboard(context))
    return REVIEW


async def save(context: Context) -> int:
    """Store the new contact, then start the next shared card waiting, if any."""
    draft = context.state.draft
    if draft is None:
        await reject_button(context)
        return END
    await answer_button(context.incoming)
    await drop_buttons(context.incoming)
    try:
        await context.repo.add_contacts(context.user.id, [draft])
    except TooManyContactsError as error:
        await context.say("form-too-many", limit=error.limit)
        return await finish(context)
    await context.say("form-saved", name=draft.name)
    return await finish(context)


async def pick_field(context: Context, contact: Contact) -> int:
    """Offer the fields of a contact to change."""
    await context.say("form-pick-field", name=contact.name, markup=fields_keyboard(context))
    return PICK_FIELD


async def show_contact(context: Context, contact: Contact, title: str) -> None:
    """A short confirmation, then the contact's card with its buttons."""
    await context.say(title)
    await send_card(context, contact)


async def finish(context: Context) -> int:
    """Close the form; a shared card waiting its turn starts its own."""
    state = context.state
    state.draft, state.asking, state.editing, state.reviewing = None, None, None, False
    state.place_choices = ()
    if state.pending_cards:
        return await start_form(context, state.pending_cards.pop(0))
    return END


def field_named(name: str) -> FieldName:
    """The field with that name; ValueError for anything else."""
    for candidate in EDITABLE:
        if candidate == name:
            return candidate
    raise ValueError(name)


def _twin_keyboard(context: Context, twin: Contact) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    context.text("button-open-card"), callback_data=f"form:open:{twin.contact_id}"
                )
            ],
            [InlineKeyboardButton(context.text("button-add-anyway"), callback_data="form:twin")],
            [InlineKeyboardButton(context.text("button-cancel"), callback_data="form:cancel")],
        ]
    )


async def continue_twin(context: Context) -> int:
    """'Add anyway' after the duplicate warning."""
    if context.state.draft is None:
        await reject_button(context)
        return END
    await answer_button(context.incoming)
    await drop_buttons(context.incoming)
    context.state.reviewing = False
    return await ask(context, ADD_ORDER[1])
