"""/start, /timezone and /time: learn where the user lives and when to nudge them.

Four questions of the dialog: the time zone and the hour, each either as a step of the
first /start (then the hour follows the time zone) or alone (/timezone, /time, /settings).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import replace
from datetime import time
from typing import Any

from telegram import (
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.ext import (
    BaseHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.callbacks import HourChoice, SettingsMenu, ZoneChoice, button, handler, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, drop_buttons, reject_button
from bot.memo import MemoKey
from bot.views.places import PLACE_LIMIT, found_place, place_choice, zone_button, zone_time
from bot.views.render import clip
from core.place_names import zone_name
from core.places import Place, PlaceLookup, find_place, place_at
from core.reading.clocktime import format_time_of_day, parse_time_of_day

# The dialog states: the first /start's two steps, and the same questions asked alone.
ONBOARDING_TIMEZONE, ONBOARDING_HOUR = "start:timezone", "start:hour"
ASK_TIMEZONE, ASK_HOUR = "timezone", "hour"
END = ConversationHandler.END
Handler = BaseHandler[Update, Context, Any]
Callback = Callable[[Update, Context], Coroutine[Any, Any, int | str]]

# The words a choice of places answered, by the id of the message offering them: a button
# only carries the zone, and "Brest, France" must not come back as "Paris".
ZONE_QUERY: MemoKey[str] = MemoKey("zone-query", str, size=3)
_HOUR_CHOICES = (time(7), time(8), time(9), time(12), time(18), time(20))


async def start(update: Update, context: Context) -> int | str:
    """Greet the user; a newcomer is then asked for their time zone."""
    profile = await context.ensure_profile()
    if profile.onboarded:
        zone = context.zone_of(profile)
        await context.say(
            "welcome-back",
            name=context.user.first_name,
            hour=format_time_of_day(profile.nudge_time, context.language),
            zone=zone_time(context, zone, context.state.zone_place),
            markup=ReplyKeyboardRemove(),
        )
        return END
    await context.say("welcome", name=context.user.first_name)
    await context.say("ask-timezone", markup=_timezone_keyboard(context))
    return ONBOARDING_TIMEZONE


async def timezone_command(update: Update, context: Context) -> int | str:
    """Change the time zone: `/timezone Lyon`, or ask for it."""
    await context.ensure_profile()
    query = " ".join(context.args or ())
    if not query:
        await context.say("ask-timezone-change", markup=_timezone_keyboard(context))
        return ASK_TIMEZONE
    return await _answer_lookup(context, False, find_place(query))


async def ask_timezone_button(update: Update, context: Context) -> str:
    """The settings card's time zone button."""
    await answer_button(update)
    await context.say("ask-timezone-change", markup=_timezone_keyboard(context))
    return ASK_TIMEZONE


def _got_place(onboarding: bool) -> Callback:
    async def got_place(update: Update, context: Context) -> int | str:
        """A city, country or zone name typed while we wait for the time zone."""
        text = update.effective_message.text if update.effective_message else None
        return await _answer_lookup(context, onboarding, find_place(text or ""))

    return got_place


def _got_location(onboarding: bool) -> Callback:
    async def got_location(update: Update, context: Context) -> int | str:
        """A shared location while we wait for the time zone."""
        message = update.effective_message
        location = message.location if message else None
        place = place_at(location.latitude, location.longitude) if location else None
        if place is None:
            await context.say("timezone-no-zone-here", markup=_timezone_keyboard(context))
            return _timezone_question(onboarding)
        return await _set_timezone(context, onboarding, place.timezone, found_place(context, place))

    return got_location


def _picked_zone(onboarding: bool) -> Callback:
    async def picked_zone(update: Update, context: Context) -> int | str:
        """One of the offered time zones was chosen."""
        chosen = payload_of(update, ZoneChoice)
        if chosen is None:
            await reject_button(context)
            return _timezone_question(onboarding)
        await answer_button(update)
        await drop_buttons(update)
        return await _set_timezone(context, onboarding, chosen.zone, _chosen_place(context, chosen))

    return picked_zone


def _chosen_place(context: Context, chosen: ZoneChoice) -> str:
    """The place a zone button named ("Brest, France"), found again from the words typed; the
    zone's own city ("Paris") when those words are forgotten."""
    query = context.incoming.callback_query
    message_id = query.message.message_id if query and query.message else None
    typed = context.state.memos.recall(ZONE_QUERY, message_id)
    if typed is not None:
        lookup = find_place(typed)
        for place in lookup.candidates:
            if place.timezone == chosen.zone:
                return found_place(context, place)
    return zone_name(chosen.zone, context.language)


def _skip_timezone(onboarding: bool) -> Callback:
    async def skip_timezone(update: Update, context: Context) -> int | str:
        """Keep the default time zone."""
        zone = context.zone_of(context.profile)
        return await _set_timezone(context, onboarding, zone, zone_name(zone, context.language))

    return skip_timezone


async def time_command(update: Update, context: Context) -> int | str:
    """Change the nudge hour: `/time 8:30`, or ask for it."""
    await context.ensure_profile()
    typed = " ".join(context.args or ())
    if typed:
        return await _answer_hour(context, False, typed)
    await context.say("ask-hour", markup=_hour_keyboard(context))
    return ASK_HOUR


async def ask_hour_button(update: Update, context: Context) -> str:
    """The settings card's nudge hour button."""
    await answer_button(update)
    await context.say("ask-hour", markup=_hour_keyboard(context))
    return ASK_HOUR


def _got_hour(onboarding: bool) -> Callback:
    async def got_hour(update: Update, context: Context) -> int | str:
        """An hour typed while we wait for it."""
        text = update.effective_message.text if update.effective_message else None
        return await _answer_hour(context, onboarding, text or "")

    return got_hour


def _picked_hour(onboarding: bool) -> Callback:
    async def picked_hour(update: Update, context: Context) -> int | str:
        """One of the offered hours was chosen."""
        chosen = payload_of(update, HourChoice)
        if chosen is None:
            await reject_button(context)
            return _hour_question(onboarding)
        await answer_button(update)
        await drop_buttons(update)
        return await _set_hour(context, onboarding, chosen.at)

    return picked_hour


def _skip_hour(onboarding: bool) -> Callback:
    async def skip_hour(update: Update, context: Context) -> int | str:
        """Keep the current nudge hour."""
        return await _set_hour(context, onboarding, (await context.ensure_profile()).nudge_time)

    return skip_hour


def _timezone_question(onboarding: bool) -> str:
    return ONBOARDING_TIMEZONE if onboarding else ASK_TIMEZONE


def _hour_question(onboarding: bool) -> str:
    return ONBOARDING_HOUR if onboarding else ASK_HOUR


async def _answer_lookup(context: Context, onboarding: bool, lookup: PlaceLookup) -> int | str:
    if (settled := lookup.settled) is not None:
        where = found_place(context, settled)
        return await _set_timezone(context, onboarding, settled.timezone, where)
    if lookup.candidates:
        offer = await context.say("timezone-pick", markup=_zone_choices(context, lookup.candidates))
        context.state.memos.keep(ZONE_QUERY, offer.message_id, lookup.query)
        return _timezone_question(onboarding)
    await context.say(
        "timezone-not-found", query=lookup.query[:100], markup=_timezone_keyboard(context)
    )
    return _timezone_question(onboarding)


async def _set_timezone(context: Context, onboarding: bool, zone: str, label: str) -> int | str:
    profile = await context.save(replace(await context.ensure_profile(), timezone=zone))
    # "Montréal, Canada": the settings will say "Montréal", not the zone's city ("Toronto").
    context.state.zone_place = (zone, clip(label.partition(",")[0].strip(), PLACE_LIMIT))
    await context.say(
        "timezone-set", place=label, time=context.clock_text(zone), markup=ReplyKeyboardRemove()
    )
    if onboarding and not profile.onboarded:
        await context.say("ask-hour", markup=_hour_keyboard(context))
        return ONBOARDING_HOUR
    return END


async def _answer_hour(context: Context, onboarding: bool, typed: str) -> int | str:
    chosen = parse_time_of_day(typed)
    if chosen is None:
        await context.say("hour-invalid", text=typed[:100], markup=_hour_keyboard(context))
        return _hour_question(onboarding)
    return await _set_hour(context, onboarding, chosen)


async def _set_hour(context: Context, onboarding: bool, chosen: time) -> int:
    profile = await context.ensure_profile()
    hour = format_time_of_day(chosen, context.language)
    if onboarding and not profile.onboarded:
        profile = await context.save(replace(profile, nudge_time=chosen, onboarded=True))
        zone = zone_time(context, context.zone_of(profile), context.state.zone_place)
        await context.say("onboarding-done", hour=hour, zone=zone)
        return END
    await context.save(replace(profile, nudge_time=chosen))
    zone = zone_time(context, context.zone_of(profile), context.state.zone_place)
    await context.say("hour-set", hour=hour, zone=zone)
    return END


def _timezone_keyboard(context: Context) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        [
            [KeyboardButton(context.text("button-share-location"), request_location=True)],
            [KeyboardButton(zone_button(context, context.zone_of(context.profile)))],
        ],
        resize_keyboard=True,
        one_time_keyboard=True,
        input_field_placeholder=context.text("placeholder-place"),
    )


def _zone_choices(context: Context, places: tuple[Place, ...]) -> InlineKeyboardMarkup:
    now = context.now()
    return InlineKeyboardMarkup(
        [[button(place_choice(context, p, now), ZoneChoice(p.timezone))] for p in places]
    )


def _hour_keyboard(context: Context) -> InlineKeyboardMarkup:
    buttons = [
        button(format_time_of_day(hour, context.language), HourChoice(hour))
        for hour in _HOUR_CHOICES
    ]
    return InlineKeyboardMarkup([buttons[:3], buttons[3:]])


def entry_points() -> list[Handler]:
    """What opens onboarding, or the time zone or hour question alone."""
    return [
        CommandHandler("start", start),
        CommandHandler("timezone", timezone_command),
        CommandHandler("time", time_command),
        handler(SettingsMenu, ask_timezone_button, when=lambda menu: menu.item == "tz"),
        handler(SettingsMenu, ask_hour_button, when=lambda menu: menu.item == "hour"),
    ]


def states() -> dict[object, list[Handler]]:
    """What each question listens to while it is open."""
    text = filters.TEXT & ~filters.COMMAND
    questions: dict[object, list[Handler]] = {}
    for onboarding in (True, False):
        questions[_timezone_question(onboarding)] = [
            MessageHandler(filters.LOCATION, _got_location(onboarding)),
            MessageHandler(text, _got_place(onboarding)),
            handler(ZoneChoice, _picked_zone(onboarding)),
            CommandHandler("skip", _skip_timezone(onboarding)),
        ]
        questions[_hour_question(onboarding)] = [
            MessageHandler(text, _got_hour(onboarding)),
            handler(HourChoice, _picked_hour(onboarding)),
            CommandHandler("skip", _skip_hour(onboarding)),
        ]
    return questions


async def closed_word(context: Context, key: object) -> str:
    """What to say when another command closes one of these questions."""
    if key in (ONBOARDING_TIMEZONE, ASK_TIMEZONE):
        return context.text("dialog-closed-timezone")
    return context.text("dialog-closed-hour")
