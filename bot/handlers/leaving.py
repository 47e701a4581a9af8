"""/leaving and /taper: the end of a stay abroad, and the welcome-back plan after it.

A day already past goes on in `bot.handlers.back`: who belongs to the stay, then the plan.
"""

from __future__ import annotations

from telegram import Update

from bot.callbacks import ContactAction, StayButton, payload_of
from bot.context import Context
from bot.handlers import back
from bot.handlers.common import answer_button, edit_pressed, reject_button
from bot.handlers.pick import pick_with_rest
from bot.views.back import when_keyboard
from bot.views.stay import status_keyboard, status_text
from core.agenda import stay_of
from core.model import UserProfile
from core.rules.stay import read_stay_day
from services import stay as stays

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
        if stay_of(profile) is None:  # "I've forgotten it" would be untrue
            await context.say("stay-none")
            return
        await stays.forget_people(context.repo, context.user.id)
        await context.save(stays.forget_stay(profile))
        await context.say("stay-forgotten")
        return
    today = context.today()
    reading = read_stay_day(typed, context.now(), context.zone, context.language)
    if reading.either is not None:  # "30/06" in December: last June, or next?
        past, ahead = reading.either
        markup = when_keyboard(context, past, ahead, today)
        await context.say("back-which", text=typed[:60], markup=markup)
        return
    leaving = reading.day
    if leaving is None:
        await context.say("stay-bad-date", text=typed[:60])
        return
    if leaving < today:  # already back: who belongs to the stay, then the plan
        await back.ask_who(context, leaving)
        return
    if profile.welcome_from is not None:  # the stay before was told once back: a new one
        await stays.forget_people(context.repo, context.user.id)
    profile = await context.save(stays.leave_on(profile, leaving, today=today, zone=context.zone))
    await _status(context, profile)


async def _status(context: Context, profile: UserProfile) -> None:
    stay = stay_of(profile)
    assert stay is not None
    await context.send(
        status_text(context, stay, context.today()), markup=status_keyboard(context, stay)
    )


async def stay_button(update: Update, context: Context) -> None:
    """The status card's buttons: turn the plan on or off, or forget the stay."""
    payload = payload_of(update, StayButton)
    # Checked before ensure_profile: after /deleteme, an old card's press must store nothing.
    if payload is None or stay_of(context.profile) is None:
        await reject_button(context)
        return
    profile = await context.ensure_profile()
    await answer_button(update)
    if payload.action == "forget":
        await stays.forget_people(context.repo, context.user.id)
        await context.save(stays.forget_stay(profile))
        await edit_pressed(context, context.text("stay-forgotten"))
        return
    profile = await context.save(stays.taper_everyone(profile, on=not profile.taper))
    stay = stay_of(profile)
    assert stay is not None
    await edit_pressed(
        context, status_text(context, stay, context.today()), markup=status_keyboard(context, stay)
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
        await context.save(stays.taper_everyone(profile, on=on))
        await context.say("taper-all-on" if on else "taper-all-off")
        return
    # Several close names: their buttons carry the switch ("taperoff:<id>").
    contact, _ = await pick_with_rest(context, words, "taperon" if on else "taperoff")
    if contact is not None:
        await _set_taper(context, contact.contact_id, on=on)


def is_taper_choice(choice: ContactAction) -> bool:
    """Whether a name button answers /taper <name> on|off ("taperon:<id>", "taperoff:<id>")."""
    return choice.action in ("taperon", "taperoff")


async def taper_picked(update: Update, context: Context) -> None:
    """A name picked after /taper <name> on|off matched several contacts."""
    payload = payload_of(update, ContactAction)
    if payload is None or not is_taper_choice(payload):
        await reject_button(context)
        return
    await _set_taper(context, payload.contact_id, on=payload.action == "taperon")


async def _set_taper(context: Context, contact_id: str, *, on: bool) -> None:
    # Not ensure_profile: a press on a name erased by /deleteme must store nothing.
    profile = context.profile
    chosen = profile is not None and profile.welcome_from is not None  # already back: counted in
    contact = await stays.taper_contact(
        context.repo, context.user.id, contact_id, on=on, chosen=chosen
    )
    if contact is None:  # not the presser's contact, or gone
        await reject_button(context)
        return
    await answer_button(context.incoming)
    await context.say("taper-contact-on" if on else "taper-contact-off", name=contact.name)
