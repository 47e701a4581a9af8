"""The weekly review: /review on demand, its buttons, and its day in /settings (the weekly
delivery itself is one of the day's nudges, see bot.jobs.deliver)."""

from __future__ import annotations

from datetime import timedelta

from telegram import Message, Update

from bot.callbacks import ReviewDay, ReviewFavor, ReviewLog, SettingsMenu, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, edit_pressed, reject_button, unless_unchanged
from bot.handlers.log_note import record
from bot.handlers.pick import pressed_contact
from bot.handlers.settings import back_to_card
from bot.memo import MemoKey
from bot.views.favors import favor_keyboard, favor_nudge_text
from bot.views.review import review_day_keyboard, review_keyboard, review_text, without_row
from services import favors, nudges
from services.review import review_of, with_review_day

# A second ✅ this soon after an exchange was logged is the same tap twice.
JUST_LOGGED = timedelta(minutes=2)
# The favours a review already showed, by review message: a second 🙏 shows nothing more.
FAVORS_SHOWN: MemoKey[str] = MemoKey("review-favors-shown", str, size=5)


async def review_command(update: Update, context: Context) -> None:
    """/review: the week so far, as the weekly review tells it."""
    profile = await context.ensure_profile()
    repo, zone, today = context.repo, context.zone, context.today()
    review = await review_of(repo, profile, zone, today)
    if review is None:
        await context.say("review-no-contacts")
        return
    anyone = await nudges.anyone_today(repo, profile, zone, today)
    text = review_text(context, review, anyone_today=anyone)
    await context.send(text, markup=review_keyboard(review))


async def log_button(update: Update, context: Context) -> None:
    """✅ beside a slipping contact: logged now; the review keeps its other buttons."""
    payload = payload_of(update, ReviewLog)
    contact = await pressed_contact(context, payload)
    if contact is None or payload is None:
        return
    await answer_button(update)
    last, now = contact.last_contact_at, context.now()
    if last is not None and now - last < JUST_LOGGED:  # a double tap: logged once
        await context.say("review-already-logged", name=contact.name)
    else:
        await record(context, contact, now, "")
    await _drop_row(update, payload)


async def favor_button(update: Update, context: Context) -> None:
    """🙏 beside an open favour: the favour with its buttons."""
    payload = payload_of(update, ReviewFavor)
    favor = (
        await favors.find_favor(context.repo, context.user.id, payload.favor_id)
        if payload is not None
        else None
    )
    found = await nudges.subject(context.repo, context.user.id, favor.contact_id) if favor else None
    if favor is None or found is None:
        await reject_button(context)
        return
    await answer_button(update)
    await _drop_row(update, payload)
    review = update.callback_query.message if update.callback_query else None
    if review is not None:  # two taps before the button went: the favour is shown once
        shown = (context.state.memos.recall(FAVORS_SHOWN, review.message_id) or "").split()
        if favor.favor_id in shown:
            return
        shown.append(favor.favor_id)
        context.state.memos.keep(FAVORS_SHOWN, review.message_id, " ".join(shown))
    if favor.closed:
        await context.say("favor-already-closed")
        return
    text = favor_nudge_text(context, favor, found.contact)
    await context.send(text, markup=favor_keyboard(context, favor))


async def _drop_row(update: Update, pressed: ReviewLog | ReviewFavor | None) -> None:
    """The review keeps its other buttons, less the pressed one's row."""
    query = update.callback_query
    if pressed is not None and query is not None and isinstance(query.message, Message):
        with unless_unchanged():
            await query.message.edit_reply_markup(without_row(query.message.reply_markup, pressed))


def is_review_item(menu: SettingsMenu) -> bool:
    """Whether a settings-card button is the review's."""
    return menu.item == "review"


async def menu_button(update: Update, context: Context) -> None:
    """The settings card's review button: which day, or off."""
    await answer_button(update)
    profile = await context.ensure_profile()
    markup = review_day_keyboard(context, profile.review_day)
    await edit_pressed(context, context.text("ask-review-day"), markup=markup)


async def day_button(update: Update, context: Context) -> None:
    """A weekday (or off) picked for the review: back to the settings card."""
    payload = payload_of(update, ReviewDay)
    if payload is None:
        await reject_button(context)
        return
    await answer_button(update)
    profile = await context.ensure_profile()
    profile = await context.save(with_review_day(profile, payload.day or None))
    await back_to_card(context, profile)
