"""Send a user's nudges exactly once a day, whatever restarts, faults or blocks happen.

The plan for the day is written to the user's file before anything is sent, and each nudge
is marked sent with its message id right after Telegram accepts it. After a crash or a
restart, delivery resumes from what is still planned: nothing is dropped, nothing repeated
(but for the instant between Telegram's answer and our write, which no API can close).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from telegram import InlineKeyboardMarkup, Message
from telegram.error import Forbidden, NetworkError, RetryAfter

from bot.context import App, Context, app_of
from bot.jobs.due import index_everyone
from bot.jobs.options import late_ok
from bot.metrics import Metrics
from bot.ratelimit import BULK
from bot.views.favors import favor_keyboard, favor_nudge_text
from bot.views.followups import reminder_title
from bot.views.nudges import (
    digest_keyboard,
    digest_text,
    idea_line,
    nudge_keyboard,
    nudge_text,
)
from bot.views.review import review_keyboard, review_text
from bot.views.stay import checklist_text, welcome_text
from bot.views.voice import Voice, voice_of, zone_of
from core.agenda import stay_of
from core.model import REMINDER, Nudge
from services import favors, nudges, profiles, review
from services.repository import UserDataUnavailableError

log = logging.getLogger(__name__)

RETRY_LATER_SECONDS = 300.0  # when every attempt failed, the whole delivery is tried again
DELIVERIES_AT_ONCE = 30  # about a second of sending: enough to keep the rate limiter busy


async def deliver(app: App, user_id: int) -> int:
    """Send what is due for this user today, if their hour has come; return how many sent."""
    # The daily job, the start-up catch-up and a retry may meet: one delivery at a time.
    # And only so many users at once, so that planning (file writes) interleaves with sends
    # instead of blocking the loop for everyone before the first message goes.
    async with app.bot_data.delivery_locks[user_id], app.bot_data.delivery_slots:
        return await _deliver(app, user_id)


async def _deliver(app: App, user_id: int) -> int:
    data = app.bot_data
    repo = data.repo
    now = data.clock.now()
    day = await nudges.start_day(repo, user_id, now, lambda p: zone_of(p, data.settings))
    if day is None:
        return 0
    metrics = data.metrics
    if day.profile.last_delivery_day != day.today:  # the plan was written just now
        metrics.nudges_planned.inc(len(day.pending))
    voice = voice_of(day.profile, data.settings, data.translate)
    progress = _Progress(metrics)
    try:
        return await _send_all(app, day, voice, progress)
    except Forbidden:
        log.info("User %s blocked the bot; no more nudges until they /start again", user_id)
        metrics.nudges_failed.labels("blocked").inc(len(day.pending) - progress.settled)
        inactive = await profiles.deactivate(repo, user_id)
        if inactive is not None:
            app.bot_data.reschedule(inactive)
    except (NetworkError, RetryAfter):
        log.warning("Nudges of user %s not delivered; trying again later", user_id, exc_info=True)
        unsent = len(day.pending) - progress.settled
        metrics.nudges_failed.labels("error").inc(unsent)
        if app.job_queue is not None:
            metrics.nudges_retried.inc(unsent)
            app.job_queue.run_once(
                _retry, RETRY_LATER_SECONDS, user_id=user_id, job_kwargs=late_ok()
            )
    return 0


class _Progress:
    """How many of a delivery's nudges are settled (sent or skipped): if it stops half-way,
    the rest count as failed in the metrics."""

    def __init__(self, metrics: Metrics) -> None:
        self._metrics = metrics
        self.settled = 0

    def sent(self, count: int = 1) -> None:
        self.settled += count
        self._metrics.nudges_sent.inc(count)

    def skipped(self, count: int = 1) -> None:
        self.settled += count


async def _send_all(app: App, day: nudges.Delivery, voice: Voice, progress: _Progress) -> int:
    data = app.bot_data
    repo = data.repo
    user_id, zone = day.profile.user_id, day.zone
    now = data.clock.now()
    sent = 0
    digest = [nudge for nudge in day.pending if nudge.kind == "digest"]
    for nudge in day.pending:
        if nudge.kind == "digest":
            continue
        if nudge.kind == "favor":
            delivered = await _send_favor(app, user_id, voice, nudge)
            sent += delivered
            if delivered:
                progress.sent()
            else:
                progress.skipped()
            continue
        if nudge.kind == "review":
            sent += await _send_review(app, day, voice, nudge)
            continue
        if nudge.kind in ("checklist", "welcome"):
            text = await _stay_text(app, day, voice, nudge.kind)
            message = await send_reliably(app, user_id, text, None)
            await nudges.mark_sent(repo, user_id, nudge, message.message_id)
            progress.sent()
            sent += 1
            continue
        found = await nudges.subject(repo, user_id, nudge.contact_id)
        if found is None:  # deleted since the plan was made
            await nudges.mark_skipped(repo, user_id, nudge)
            progress.skipped()
            continue
        contact, last = found.contact, found.last
        key, idea = idea_line(voice, contact, last, now=now, zone=zone, rng=data.rng)
        title = reminder_title(voice, contact, nudge) if nudge.kind == REMINDER else None
        birthday = nudge.kind == "birthday"
        text = nudge_text(
            voice, contact, last, birthday=birthday, now=now, zone=zone, idea=idea, title=title
        )
        message = await send_reliably(app, user_id, text, nudge_keyboard(voice, contact, idea))
        await nudges.mark_sent(repo, user_id, nudge, message.message_id, key)
        progress.sent()
        sent += 1
    contacts = await nudges.contacts_of(repo, user_id, digest)
    message_id = None
    if contacts:
        profile = day.profile
        text = digest_text(
            voice, contacts, now=now, zone=zone, stay=stay_of(profile), rhythms=profile.tag_rhythms
        )
        message_id = (await send_reliably(app, user_id, text, digest_keyboard(contacts))).message_id
        sent += 1
    for nudge in digest:
        await nudges.mark_sent(repo, user_id, nudge, message_id)
    progress.sent(len(contacts))  # about contacts deleted since the plan: marked, not sent
    progress.skipped(len(digest) - len(contacts))
    return sent


async def _send_favor(app: App, user_id: int, voice: Voice, nudge: Nudge) -> int:
    """The follow-up of a favour; the next one comes a week later if it stays open."""
    repo = app.bot_data.repo
    favor = await favors.find_favor(repo, user_id, nudge.contact_id)
    found = await nudges.subject(repo, user_id, favor.contact_id) if favor else None
    if favor is None or found is None or favor.closed:
        await nudges.mark_skipped(repo, user_id, nudge)
        return 0
    contact = found.contact
    text = favor_nudge_text(voice, favor, contact)
    message = await send_reliably(app, user_id, text, favor_keyboard(voice, favor))
    await nudges.mark_sent(repo, user_id, nudge, message.message_id)
    await favors.postpone_follow_up(repo, user_id, favor, nudge.day)
    return 1


async def _send_review(app: App, day: nudges.Delivery, voice: Voice, nudge: Nudge) -> int:
    """The weekly review, marked sent like any nudge so that a restart never repeats it."""
    repo = app.bot_data.repo
    user_id = day.profile.user_id
    found = await review.review_of(repo, day.profile, day.zone, day.today)
    if found is None:  # no contact yet: nothing to review
        await nudges.mark_skipped(repo, user_id, nudge)
        return 0
    anyone = await nudges.anyone_today(repo, day.profile, day.zone, day.today)
    text, markup = review_text(voice, found, anyone_today=anyone), review_keyboard(found)
    message = await send_reliably(app, user_id, text, markup)
    await nudges.mark_sent(repo, user_id, nudge, message.message_id)
    return 1


async def _stay_text(app: App, day: nudges.Delivery, voice: Voice, kind: str) -> str:
    stay = stay_of(day.profile)
    assert stay is not None
    contacts = await nudges.everyone(app.bot_data.repo, day.profile.user_id)
    if kind == "welcome":
        return welcome_text(voice, stay, contacts, day.zone)
    return checklist_text(voice, stay, contacts, day.today, day.zone)


async def send_reliably(
    app: App, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
) -> Message:
    """Send a nudge. The rate limiter (bot.ratelimit) already waited out 429s and retried 5xx
    answers and time-outs, so what escapes is final: Forbidden (the user blocked the bot),
    BadRequest, or Undelivered (a NetworkError) once every retry failed. Nudges are bulk:
    the limiter sends users' replies first, and nudges in the slots replies leave."""
    return await app.bot.send_message(chat_id, text, reply_markup=markup, rate_limit_args=BULK)


async def _retry(context: Context) -> None:
    job = context.job
    if job is not None and job.user_id is not None:
        await deliver(app_of(context), job.user_id)


async def deliver_due(app: App) -> None:
    """Deliver to the users whose instant has come in the index, then put each back at their
    next one; one failure never stops the others."""
    data = app.bot_data
    user_ids = data.due.pop_due(data.clock.now())
    if not user_ids:
        return
    results = await asyncio.gather(*(deliver(app, uid) for uid in user_ids), return_exceptions=True)
    for user_id, result in zip(user_ids, results, strict=True):
        if isinstance(result, UserDataUnavailableError):
            continue  # out of the index until the file is repaired and the bot restarted
        if isinstance(result, BaseException):
            log.error("Delivery for user %s failed", user_id, exc_info=result)
            data.due.put(user_id, data.clock.now() + timedelta(seconds=RETRY_LATER_SECONDS))
            continue
        profile = await profiles.readable(data.repo, user_id)
        if profile is not None:
            data.reschedule(profile)


async def deliver_all(app: App) -> None:
    """Index every user afresh from storage, then deliver to those due (as at start-up)."""
    index_everyone(app.bot_data, await profiles.everyone(app.bot_data.repo))
    await deliver_due(app)
