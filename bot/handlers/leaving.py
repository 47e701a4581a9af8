"""/leaving and /taper: the end of a stay abroad, and the welcome-back plan after it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.context import Context
from bot.handlers.common import answer_button, reject_button
from bot.handlers.pick import button_contact, pick_with_rest
from bot.views.render import day_words, when_words
from core.agenda import stay_of
from core.model import Contact, UserProfile
from core.rules.due import local_date
from core.rules.stay import parse_leaving_day

_OFF = frozenset({"off", "non", "no", "stop", "annuler", "cancel", "aucun", "none"})
_ON = frozenset({"on", "oui", "yes"})


async def leaving_command(update: Update, context: Context) -> None:
    """/leaving 30/06: the last day of the stay; /leaving alone shows it; /leaving off forgets."""
    profile = await context.ensure_profile()
    typed = " ".join(context.args or ()).strip()
    if not typed:
        if stay_of(profile) is None:
            await context.say("stay-usage")
        else:
            await _status(context, profile)
        return
    if typed.casefold() in _OFF:
        await context.save(replace(profile, leaving_on=None, stay_started=None))
        await context.say("stay-forgotten")
        return
    today = context.local_now(context.zone_of(profile)).date()
    leaving = parse_leaving_day(typed, today, context.language)
    if leaving is None:
        await context.say("stay-bad-date", text=typed[:60])
        return
    # The stay began when the user first met the bot, at the latest today.
    created = local_date(profile.created_at, ZoneInfo(context.zone_of(profile)))
    started = profile.stay_started or min(created, today)
    profile = await context.save(replace(profile, leaving_on=leaving, stay_started=started))
    await _status(context, profile)


async def _status(context: Context, profile: UserProfile) -> None:
    today = context.local_now(context.zone_of(profile)).date()
    await context.send(
        _status_text(context, profile, today), markup=_status_keyboard(context, profile)
    )


def _status_text(context: Context, profile: UserProfile, today: date) -> str:
    stay = stay_of(profile)
    assert stay is not None
    when = when_words(context, stay.leaving, today)
    key = "stay-set" if stay.leaving >= today else "stay-past"
    lines = [context.text(key, date=day_words(context, stay.leaving, today), when=when)]
    lines.append(context.text("stay-plan-on" if profile.taper else "stay-plan-off"))
    return "\n".join(lines)


def _status_keyboard(context: Context, profile: UserProfile) -> InlineKeyboardMarkup:
    taper = "button-taper-off" if profile.taper else "button-taper-on"
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(context.text(taper), callback_data="stay:taper")],
            [InlineKeyboardButton(context.text("button-stay-forget"), callback_data="stay:forget")],
        ]
    )


_BUTTONS: dict[str, Callable[[UserProfile], UserProfile]] = {
    "stay:taper": lambda p: replace(p, taper=not p.taper),
    "stay:forget": lambda p: replace(p, leaving_on=None, stay_started=None),
}


async def stay_button(update: Update, context: Context) -> None:
    """The status card's buttons: turn the plan on or off, or forget the stay."""
    query = update.callback_query
    message = query.message if query else None
    profile = await context.ensure_profile()
    data = (query.data or "") if query else ""
    if stay_of(profile) is None or not isinstance(message, Message) or data not in _BUTTONS:
        await reject_button(context)
        return
    await answer_button(update)
    profile = await context.save(_BUTTONS[data](profile))
    today = context.local_now(context.zone_of(profile)).date()
    if stay_of(profile) is None:
        await message.edit_text(context.text("stay-forgotten"))
        return
    await message.edit_text(
        _status_text(context, profile, today),
        reply_markup=_status_keyboard(context, profile),
    )


async def taper_command(update: Update, context: Context) -> None:
    """/taper off, /taper on (everyone), /taper Marie off (one contact)."""
    profile = await context.ensure_profile()
    words = list(context.args or ())
    switch = words.pop().casefold() if words and words[-1].casefold() in _ON | _OFF else None
    if switch is None:
        await context.say("taper-usage")
        return
    on = switch in _ON
    if not words:
        await context.save(replace(profile, taper=on))
        await context.say("taper-all-on" if on else "taper-all-off")
        return
    # Several close names: their buttons carry the switch ("taperoff:<id>").
    contact, _ = await pick_with_rest(context, words, "taperon" if on else "taperoff")
    if contact is not None:
        await _set_taper(context, contact, on=on)


async def taper_picked(update: Update, context: Context) -> None:
    """A name picked after /taper <name> on|off matched several contacts."""
    query = update.callback_query
    action = ((query.data or "") if query else "").partition(":")[0]
    contact = await button_contact(context, action)
    if contact is not None:
        await answer_button(update)
        await _set_taper(context, contact, on=action == "taperon")


async def _set_taper(context: Context, contact: Contact, *, on: bool) -> None:
    await context.repo.save_contact(context.user.id, replace(contact, taper=on))
    await context.say("taper-contact-on" if on else "taper-contact-off", name=contact.name)
