"""/merge <name> <name>: two records of the same person become one, after a confirmation."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from bot.callbacks import MergeChoice, button, handler, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, edit_pressed, reject_button
from bot.views.pick import told_apart
from core.model import Contact
from services import merging


def question_closers() -> list[CallbackQueryHandler[Context, None]]:
    """Buttons that close an open question before they run (bot.handlers.dialog)."""
    return [handler(MergeChoice, merge_button)]


async def merge_command(update: Update, context: Context) -> None:
    """Find the two contacts, then ask before merging the second into the first."""
    text = " ".join(context.args or ())
    pair = await merging.find_pair(context.repo, context.user.id, text) if text else None
    if pair is None:
        names = merging.two_names(text)
        if names is None:
            await context.say("merge-usage")
        elif merging.same_name(*names):  # not one pair of namesakes: none, one, or three
            await context.say("merge-same-name", name=names[0][:100])
        else:  # the line was right, the names were not: say so rather than how to type it
            await context.say("merge-not-found", first=names[0][:100], second=names[1][:100])
        return
    await ask_merge(context, *pair)


async def ask_merge(context: Context, kept: Contact, other: Contact) -> None:
    """The question, with what the merge will do."""
    count = await merging.history_count(context.repo, context.user.id, other.contact_id)
    kept_name, other_name = told_apart(context, (kept, other), context.today())
    markup = InlineKeyboardMarkup(
        [
            [
                button(
                    context.text("button-merge-yes"),
                    MergeChoice("yes", kept.contact_id, other.contact_id),
                ),
                button(
                    context.text("button-merge-no"),
                    MergeChoice("no", kept.contact_id, other.contact_id),
                ),
            ]
        ]
    )
    await context.say("merge-confirm", kept=kept_name, other=other_name, count=count, markup=markup)


async def merge_button(update: Update, context: Context) -> None:
    """Merge, or leave both as they are."""
    choice = payload_of(update, MergeChoice)
    if choice is None:
        await reject_button(context)
        return
    await answer_button(update)
    if choice.answer == "no":
        await edit_pressed(context, context.text("merge-kept"))
        return
    done = await merging.merge(context.repo, context.user.id, choice.kept, choice.other)
    if done is None:
        await edit_pressed(context, context.text("merge-gone"))
        return
    result, other = done
    kept_name, other_name = told_apart(context, (result, other), context.today())
    await edit_pressed(context, context.text("merge-done", kept=kept_name, other=other_name))
