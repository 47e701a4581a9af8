"""One daily job per user, named by user id, derived from storage and replaced on change.

Jobs live in memory: they are rebuilt from the profiles at start-up, and the start-up also
catches up a delivery missed while the bot was down (same local day only, see deliver).
"""

from __future__ import annotations

from bot.context import App, Context, app_of
from bot.jobs.deliver import deliver, deliver_all
from bot.views.voice import zone_of
from core.model import UserProfile
from services import profiles

# APScheduler drops a run more than 1 s late by default (python-telegram-bot#3642): a busy
# event loop at the nudge hour would silently lose nudges. None means "run however late".
_JOB_OPTIONS = {"misfire_grace_time": None, "coalesce": True}


def schedule_user(app: App, profile: UserProfile) -> None:
    """(Re)place the user's daily job at their hour in their zone; none while they are away."""
    job_queue = app.job_queue
    if job_queue is None:
        return
    name = str(profile.user_id)
    for job in job_queue.get_jobs_by_name(name):
        job.schedule_removal()
    if not profile.active:
        return
    at = profile.nudge_time.replace(tzinfo=zone_of(profile, app.bot_data.settings))
    job_queue.run_daily(
        _run, time=at, name=name, user_id=profile.user_id, job_kwargs=dict(_JOB_OPTIONS)
    )


async def _run(context: Context) -> None:
    job = context.job
    if job is not None and job.user_id is not None:
        await deliver(app_of(context), job.user_id)


async def start_scheduling(app: App) -> None:
    """Build every user's job from storage, then send what was missed while down."""
    for profile in await profiles.everyone(app.bot_data.repo):
        schedule_user(app, profile)
    if app.job_queue is not None:
        # A job, not a task: post_init runs before the application (and its queue) starts.
        app.job_queue.run_once(_catch_up, 0, name="catch-up", job_kwargs=dict(_JOB_OPTIONS))


async def _catch_up(context: Context) -> None:
    await deliver_all(app_of(context))
