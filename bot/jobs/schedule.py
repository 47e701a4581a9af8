"""One job delivers to every user whose nudge time has come, from an index ordered by instant.

The index (`BotData.due`, see bot.jobs.due) is built from the profiles at start-up and moved
by every profile change; each minute the delivery job pops the users whose instant has come
and delivers to them (bot.jobs.deliver), which puts them back at their next instant. The
catch-up after a downtime is the same pop, run once at start: anything due today and not
delivered, and any delivery started today (exactly-once, see deliver, sends what it left).
"""

from __future__ import annotations

from bot.context import App, Context, app_of
from bot.jobs.deliver import deliver_due
from bot.jobs.due import index_everyone
from bot.jobs.options import late_ok
from services import profiles

WAKE_SECONDS = 60  # nudge times are minutes
DELIVERY_JOB = "deliveries"


async def start_scheduling(app: App) -> None:
    """Index every user from storage, then send what was missed while down, then each minute."""
    data = app.bot_data
    index_everyone(data, await profiles.everyone(data.repo))
    job_queue = app.job_queue
    if job_queue is None:
        return
    # Jobs, not tasks: post_init runs before the application (and its queue) starts.
    job_queue.run_once(_catch_up, 0, name="catch-up", job_kwargs=late_ok())
    now = data.clock.now()
    first = WAKE_SECONDS - now.second - now.microsecond / 1e6  # on the minute
    job_queue.run_repeating(
        _wake, WAKE_SECONDS, first=first, name=DELIVERY_JOB, job_kwargs=late_ok()
    )


async def _catch_up(context: Context) -> None:
    await deliver_due(app_of(context))


async def _wake(context: Context) -> None:
    """Start this minute's deliveries and return: a long round must not hold the next one."""
    app = app_of(context)
    app.create_task(deliver_due(app), name="deliveries")
