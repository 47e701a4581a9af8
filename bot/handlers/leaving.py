"""/leaving and /taper: the end of a stay abroad, and the welcome-back plan after it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode

from bot.context import Context
from bot.handlers.common import Turn, answer_button, reject_button
from bot.handlers.pick import button_contact, pick_with_rest
from bot.render import day_words, when_words
from core.agenda import stay_of
from core.model import Contact, UserProfile
from core.rules.due import local_date
from core.rules.stay import parse_leaving_day

_OFF = frozenset({"off", "non", "no", "stop", "annuler", "cancel", "aucun", "none"})
_ON = frozenset({"on", "oui", "yes"})


async def leaving_command(update: Update, context: Context) -> None:
    """/leaving 30/06: the last day of the stay; /leaving alone shows it; /leaving off forgets."""
    turn = Turn.of(update, context)
    profile = turn.ensure_profile()
    typed = " ".join(context.args or ()).strip()
    if not typed:
        if stay_of(profile) is None:
            await turn.say("stay-usage")
        else:
            await _status(turn, profile)
        return
    if typed.casefold() in _OFF:
        turn.save(replace(profile, leaving_on=None, stay_started=None))
        await turn.say("stay-forgotten")
        return
    today = turn.local_now(turn.zone_of(profile)).date()
    leaving = parse_leaving_day(typed, today, turn.language)
    if leaving is None:
        await turn.say("stay-bad-date", text=typed[:60])
        return
    # The stay began when the user first met the bot, at the latest today.
    created = local_date(profile.created_at, ZoneInfo(turn.zone_of(profile)))
    started = profile.stay_started or min(created, today)
    profile = turn.save(replace(profile, leaving_on=leaving, stay_started=started))
    await _status(turn, profile)


async def _status(turn: Turn, profile: UserProfile) -> None:
    today = turn.local_now(turn.zone_of(profile)).date()
    await turn.send(_status_text(turn, profile, today), markup=_status_keyboard(turn, profile))


def _status_text(turn: Turn, profile: UserProfile, today: date) -> str:
    stay = stay_of(profile)
    assert stay is not None
    when = when_words(turn, stay.leaving, today)
    key = "stay-set" if stay.leaving >= today else "stay-past"
    lines = [turn.text(key, date=day_words(turn, stay.leaving, today), when=when)]
    lines.append(turn.text("stay-plan-on" if profile.taper else "stay-plan-off"))
    return "\n".join(lines)


def _status_keyboard(turn: Turn, profile: UserProfile) -> InlineKeyboardMarkup:
    taper = "button-taper-off" if profile.taper else "button-taper-on"
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(turn.text(taper), callback_data="stay:taper")],
            [InlineKeyboardButton(turn.text("button-stay-forget"), callback_data="stay:forget")],
        ]
    )


_BUTTONS: dict[str, Callable[[UserProfile], UserProfile]] = {
    "stay:taper": lambda p: replace(p, taper=not p.taper),
    "stay:forget": lambda p: replace(p, leaving_on=None, stay_started=None),
}


async def stay_button(update: Update, context: Context) -> None:
    """The status card's buttons: turn the plan on or off, or forget the stay."""
    turn = Turn.of(update, context)
    query = update.callback_query
    message = query.message if query else None
    profile = turn.ensure_profile()
    data = (query.data or "") if query else ""
    if stay_of(profile) is None or not isinstance(message, Message) or data not in _BUTTONS:
        await reject_button(turn)
        return
    await answer_button(update)
    profile = turn.save(_BUTTONS[data](profile))
    today = turn.local_now(turn.zone_of(profile)).date()
    if stay_of(profile) is None:
        await message.edit_text(turn.text("stay-forgotten"), parse_mode=ParseMode.HTML)
        return
    await message.edit_text(
        _status_text(turn, profile, today),
        parse_mode=ParseMode.HTML,
        reply_markup=_status_keyboard(turn, profile),
    )


async def taper_command(update: Update, context: Context) -> None:
    """/taper off, /taper on (everyone), /taper Marie off (one contact)."""
    turn = Turn.of(update, context)
    profile = turn.ensure_profile()
    words = list(context.args or ())
    switch = words.pop().casefold() if words and words[-1].casefold() in _ON | _OFF else None
    if switch is None:
        await turn.say("taper-usage")
        return
    on = switch in _ON
    if not words:
        turn.save(replace(profile, taper=on))
        await turn.say("taper-all-on" if on else "taper-all-off")
        return
    # Several close names: their buttons carry the switch ("taperoff:<id>").
    contact, _ = await pick_with_rest(turn, words, "taperon" if on else "taperoff")
    if contact is not None:
        await _set_taper(turn, contact, on=on)


async def taper_picked(update: Update, context: Context) -> None:
    """A name picked after /taper <name> on|off matched several contacts."""
    turn = Turn.of(update, context)
    query = update.callback_query
    action = ((query.data or "") if query else "").partition(":")[0]
    contact = await button_contact(turn, action)
    if contact is not None:
        await answer_button(update)
        await _set_taper(turn, contact, on=action == "taperon")


async def _set_taper(turn: Turn, contact: Contact, *, on: bool) -> None:
    turn.services.store.save_contact(turn.user.id, replace(contact, taper=on))
    await turn.say("taper-contact-on" if on else "taper-contact-off", name=contact.name)
