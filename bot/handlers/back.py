"""/leaving with a day already past: who belongs to the stay, a preview, then the plan."""

from __future__ import annotations

from datetime import date, timedelta

from telegram import Update

from bot.callbacks import BackAgain, BackDay, BackOk, BackWho, StayWay, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, edit_pressed, reject_button
from bot.views.back import preview_keyboard, preview_text, who_keyboard, who_text
from bot.views.stay import status_keyboard, status_text
from core.agenda import normalize_tag, stay_of
from core.rules.stay import AHEAD_AT_MOST, BACK_AT_MOST
from core.stay_people import CUT, MAX_WORD, chosen
from services import stay as stays


async def ask_who(context: Context, leaving: date, *, edit: bool = False) -> None:
    """Welcome back: everyone, a tag, or a word of how they met (or how to add them first)."""
    people = await stays.people(context.repo, context.user.id)
    today = context.today()
    if not people:
        text = context.text("back-none", date=f"{leaving:%d/%m/%Y}")
        await (edit_pressed(context, text) if edit else context.send(text))
        return
    text = who_text(context, leaving, today)
    markup = who_keyboard(context, leaving, people, today=today, zone=context.zone)
    await (
        edit_pressed(context, text, markup=markup) if edit else context.send(text, markup=markup)
    )


def _day(context: Context, ordinal: int) -> date | None:
    """A day a button carries, if /leaving could have read it today."""
    today = context.today()
    if not 1 <= ordinal <= date.max.toordinal():
        return None
    day = date.fromordinal(ordinal)
    low, high = today - timedelta(days=BACK_AT_MOST), today + timedelta(days=AHEAD_AT_MOST)
    return day if low <= day <= high else None


def _way_ok(way: StayWay, value: str) -> bool:
    if way in ("all", "before"):
        return value == ""
    if way == "tag":
        whole = value.removesuffix(CUT)  # a tag too long for the button's data is cut
        return bool(whole) and normalize_tag(whole) == whole
    return 0 < len(value) <= MAX_WORD


async def day_button(update: Update, context: Context) -> None:
    """The day picked when a day-month could be the recent past or next year's."""
    payload = payload_of(update, BackDay)
    day = _day(context, payload.day) if payload is not None else None
    if day is None:
        await reject_button(context)
        return
    await answer_button(update)
    if day < context.today():
        await ask_who(context, day, edit=True)
        return
    profile = await context.ensure_profile()
    if profile.welcome_from is not None:  # the stay before was told once back: a new one
        await stays.forget_people(context.repo, context.user.id)
    profile = await context.save(
        stays.leave_on(profile, day, today=context.today(), zone=context.zone)
    )
    stay = stay_of(profile)
    assert stay is not None
    text = status_text(context, stay, context.today())
    await edit_pressed(context, text, markup=status_keyboard(context, stay))


async def who_button(update: Update, context: Context) -> None:
    """Everyone, a tag or a word picked: the names it keeps, to confirm."""
    payload = payload_of(update, BackWho)
    day = _day(context, payload.day) if payload is not None else None
    if payload is None or day is None or not _way_ok(payload.way, payload.value):
        await reject_button(context)
        return
    await answer_button(update)
    everyone = await stays.people(context.repo, context.user.id)
    people = chosen(everyone, payload.way, payload.value, leaving=day, zone=context.zone)
    markup = preview_keyboard(context, day, payload.way, payload.value, anyone=bool(people))
    await edit_pressed(context, preview_text(context, people), markup=markup)


async def again_button(update: Update, context: Context) -> None:
    """↩️ under the preview: the question again."""
    payload = payload_of(update, BackAgain)
    day = _day(context, payload.day) if payload is not None else None
    if day is None:
        await reject_button(context)
        return
    await answer_button(update)
    await ask_who(context, day, edit=True)


async def ok_button(update: Update, context: Context) -> None:
    """✅ under the preview: these people are the stay's, and the plan starts today."""
    payload = payload_of(update, BackOk)
    day = _day(context, payload.day) if payload is not None else None
    today = context.today()
    if payload is None or day is None or day >= today or not _way_ok(payload.way, payload.value):
        await reject_button(context)
        return
    await answer_button(update)
    everyone = await stays.people(context.repo, context.user.id)
    people = chosen(everyone, payload.way, payload.value, leaving=day, zone=context.zone)
    if not people:
        await edit_pressed(context, preview_text(context, people))
        return
    count = await stays.choose_people(context.repo, context.user.id, (c.contact_id for c in people))
    profile = await context.ensure_profile()
    profile = await context.save(stays.came_back(profile, day, today=today, zone=context.zone))
    stay = stay_of(profile)
    key = "back-set" if stay is not None and stay.taper else "back-set-no-taper"
    await edit_pressed(context, context.text(key, count=count))
