"""/start, /timezone and /time: learn where the user lives and when to nudge them."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.context import Context
from bot.handlers.common import answer_button, drop_buttons, reject_button
from core.places import Place, PlaceLookup, find_place, is_valid_timezone, place_at
from core.reading.clocktime import format_time_of_day, parse_time_of_day

ASK_TIMEZONE, ASK_HOUR = range(2)
END = ConversationHandler.END

_HOUR_CHOICES = (time(7), time(8), time(9), time(12), time(18), time(20))


async def start(update: Update, context: Context) -> int:
    """Greet the user; a newcomer is then asked for their time zone."""
    profile = await context.ensure_profile()
    if profile.onboarded:
        zone = context.zone_of(profile)
        await context.say(
            "welcome-back",
            name=context.user.first_name,
            hour=format_time_of_day(profile.nudge_time, context.language),
            zone=zone,
            markup=ReplyKeyboardRemove(),
        )
        return END
    context.state.onboarding = True
    await context.say("welcome", name=context.user.first_name)
    await context.say("ask-timezone", markup=_timezone_keyboard(context))
    return ASK_TIMEZONE


async def timezone_command(update: Update, context: Context) -> int:
    """Change the time zone: `/timezone Lyon`, or ask for it."""
    await context.ensure_profile()
    context.state.onboarding = False
    query = " ".join(context.args or ())
    if not query:
        await context.say("ask-timezone", markup=_timezone_keyboard(context))
        return ASK_TIMEZONE
    return await _answer_lookup(context, find_place(query))


async def ask_timezone_button(update: Update, context: Context) -> int:
    """The settings card's time zone button."""
    await answer_button(update)
    context.state.onboarding = False
    await context.say("ask-timezone", markup=_timezone_keyboard(context))
    return ASK_TIMEZONE


async def got_place(update: Update, context: Context) -> int:
    """A city, country or zone name typed while we wait for the time zone."""
    text = update.effective_message.text if update.effective_message else None
    return await _answer_lookup(context, find_place(text or ""))


async def got_location(update: Update, context: Context) -> int:
    """A shared location while we wait for the time zone."""
    message = update.effective_message
    location = message.location if message else None
    place = place_at(location.latitude, location.longitude) if location else None
    if place is None:
        await context.say("timezone-no-zone-here", markup=_timezone_keyboard(context))
        return ASK_TIMEZONE
    return await _set_timezone(context, place.timezone, place.label)


async def picked_zone(update: Update, context: Context) -> int:
    """One of the offered time zones was chosen."""
    query = update.callback_query
    zone = (query.data or "").removeprefix("tz:") if query else ""
    if not is_valid_timezone(zone):
        await reject_button(context)
        return ASK_TIMEZONE
    await answer_button(update)
    await drop_buttons(update)
    return await _set_timezone(context, zone, zone)


async def skip_timezone(update: Update, context: Context) -> int:
    """Keep the default time zone."""
    zone = context.zone_of(context.profile)
    return await _set_timezone(context, zone, zone)


async def time_command(update: Update, context: Context) -> int:
    """Change the nudge hour: `/time 8:30`, or ask for it."""
    await context.ensure_profile()
    context.state.onboarding = False
    typed = " ".join(context.args or ())
    if typed:
        return await _answer_hour(context, typed)
    await context.say("ask-hour", markup=_hour_keyboard(context))
    return ASK_HOUR


async def ask_hour_button(update: Update, context: Context) -> int:
    """The settings card's nudge hour button."""
    await answer_button(update)
    context.state.onboarding = False
    await context.say("ask-hour", markup=_hour_keyboard(context))
    return ASK_HOUR


async def got_hour(update: Update, context: Context) -> int:
    """An hour typed while we wait for it."""
    text = update.effective_message.text if update.effective_message else None
    return await _answer_hour(context, text or "")


async def picked_hour(update: Update, context: Context) -> int:
    """One of the offered hours was chosen."""
    query = update.callback_query
    chosen = parse_time_of_day((query.data or "").removeprefix("hour:")) if query else None
    if chosen is None:
        await reject_button(context)
        return ASK_HOUR
    await answer_button(update)
    await drop_buttons(update)
    return await _set_hour(context, chosen)


async def skip_hour(update: Update, context: Context) -> int:
    """Keep the current nudge hour."""
    return await _set_hour(context, (await context.ensure_profile()).nudge_time)


async def _answer_lookup(context: Context, lookup: PlaceLookup) -> int:
    if lookup.best is not None:
        return await _set_timezone(context, lookup.best.timezone, lookup.best.label)
    if lookup.candidates:
        await context.say("timezone-pick", markup=_zone_choices(lookup.candidates))
        return ASK_TIMEZONE
    await context.say(
        "timezone-not-found", query=lookup.query[:100], markup=_timezone_keyboard(context)
    )
    return ASK_TIMEZONE


async def _set_timezone(context: Context, zone: str, label: str) -> int:
    profile = await context.save(replace(await context.ensure_profile(), timezone=zone))
    await context.say(
        "timezone-set", place=label, time=context.clock_text(zone), markup=ReplyKeyboardRemove()
    )
    if context.state.onboarding and not profile.onboarded:
        await context.say("ask-hour", markup=_hour_keyboard(context))
        return ASK_HOUR
    return END


async def _answer_hour(context: Context, typed: str) -> int:
    chosen = parse_time_of_day(typed)
    if chosen is None:
        await context.say("hour-invalid", text=typed[:100], markup=_hour_keyboard(context))
        return ASK_HOUR
    return await _set_hour(context, chosen)


async def _set_hour(context: Context, chosen: time) -> int:
    profile = await context.ensure_profile()
    hour = format_time_of_day(chosen, context.language)
    if context.state.onboarding and not profile.onboarded:
        profile = await context.save(replace(profile, nudge_time=chosen, onboarded=True))
        context.state.onboarding = False
        await context.say("onboarding-done", hour=hour, zone=context.zone_of(profile))
        return END
    await context.save(replace(profile, nudge_time=chosen))
    await context.say("hour-set", hour=hour, zone=context.zone_of(profile))
    return END


def _timezone_keyboard(context: Context) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        [
            [KeyboardButton(context.text("button-share-location"), request_location=True)],
            [KeyboardButton(context.zone_of(context.profile))],
        ],
        resize_keyboard=True,
        one_time_keyboard=True,
        input_field_placeholder=context.text("placeholder-place"),
    )


def _zone_choices(places: tuple[Place, ...]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(place.label, callback_data=f"tz:{place.timezone}")]
            for place in places
        ]
    )


def _hour_keyboard(context: Context) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            format_time_of_day(hour, context.language), callback_data=f"hour:{hour:%H:%M}"
        )
        for hour in _HOUR_CHOICES
    ]
    return InlineKeyboardMarkup([buttons[:3], buttons[3:]])


def entry_points() -> list[BaseHandler[Update, Context, object]]:
    """What opens onboarding, or the time zone or hour question alone."""
    return [
        CommandHandler("start", start),
        CommandHandler("timezone", timezone_command),
        CommandHandler("time", time_command),
        CallbackQueryHandler(ask_timezone_button, pattern=r"^set:tz$"),
        CallbackQueryHandler(ask_hour_button, pattern=r"^set:hour$"),
    ]


def states() -> dict[object, list[BaseHandler[Update, Context, object]]]:
    """What onboarding listens to while a question is open."""
    text = filters.TEXT & ~filters.COMMAND
    return {
        ASK_TIMEZONE: [
            MessageHandler(filters.LOCATION, got_location),
            MessageHandler(text, got_place),
            CallbackQueryHandler(picked_zone, pattern=r"^tz:"),
            CommandHandler("skip", skip_timezone),
        ],
        ASK_HOUR: [
            MessageHandler(text, got_hour),
            CallbackQueryHandler(picked_hour, pattern=r"^hour:"),
            CommandHandler("skip", skip_hour),
        ],
    }
