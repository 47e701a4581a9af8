"""Favours: an ask logged with 🙋 I asked, followed up N days later, until thanked or dropped.

The daily delivery sends the follow-up (services.favors says which, bot.views.favors writes
it); its ✅ Thanked · ⏳ No answer yet · 🗑 Drop buttons are handled here like those of
/favors, and so is a reply in words to it ("elle n'a pas encore répondu"), whose words are
kept. `close_favor` closes a favour from anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot.callbacks import FavorDone, FavorDrop, FavorLater, FavorUndrop, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, edit_pressed, reject_button
from bot.memo import MemoKey
from bot.views.favors import (
    NAME_LIMIT,
    REPLY_LIMIT,
    TOPIC_LIMIT,
    favor_closed_text,
    favor_dropped_text,
    favor_item_text,
    favor_keyboard,
    favor_waiting_text,
    undrop_keyboard,
)
from bot.views.render import clip
from core.model import Favor
from core.reading.done_words import parse_done
from core.reading.favor_words import read_favor_reply
from services import favors, nudges
from services.favors import FOLLOW_UP_DAYS, Asked, Changed

FAVORS_SHOWN = 10
WORDS_LIMIT = 500  # of a reply kept with the favour and in the history
# The words of a reply to a follow-up that said nothing clear, until a button says what.
FAVOR_WORDS = MemoKey("favor-words", str, size=20)
# The favour each /favors item is about, by message: a reply in words to it reads as to a
# follow-up (it has the same buttons, so the same words are expected to work).
FAVOR_ITEMS = MemoKey("favor-item", str, size=FAVORS_SHOWN)


async def open_favor(
    context: Context, contact_id: str, topic: str, days: int = FOLLOW_UP_DAYS
) -> Asked | None:
    """Log the ask and open a favour to follow up on in `days` days.

    None if the contact is not this user's (see services.favors.open_favor).
    """
    return await favors.open_favor(
        context.repo,
        context.user.id,
        contact_id,
        topic,
        now=context.now(),
        today=context.today(),
        days=days,
    )


async def close_favor(context: Context, favor_id: str, words: str = "") -> Favor | None:
    """Close this user's open favour and log the thanks; None if no such open favour."""
    return await favors.close_favor(
        context.repo, context.user.id, favor_id, now=context.now(), words=words
    )


async def favors_command(update: Update, context: Context) -> None:
    """/favors: each open ask with a button to close it once thanked."""
    found = await favors.open_favors(context.repo, context.user.id)
    if not found:
        await context.say("favors-none")
        return
    await context.say("favors-title", count=len(found))
    today = context.today()
    for favor, contact in found[:FAVORS_SHOWN]:
        sent = await context.send(
            favor_item_text(context, favor, contact, today), markup=favor_keyboard(context, favor)
        )
        context.remember(FAVOR_ITEMS, sent.message_id, favor.favor_id)
    if len(found) > FAVORS_SHOWN:
        await context.say("favors-more", count=len(found) - FAVORS_SHOWN)


async def done_button(update: Update, context: Context) -> None:
    """✅ Thanked (in /favors, on the follow-up, or under an unclear reply): close it, log the
    thanks with the words the user replied, if any."""
    payload = payload_of(update, FavorDone)
    query = update.callback_query
    thanked = None
    if payload is not None:
        words = context.recall(FAVOR_WORDS) or ""
        thanked = await favors.thank(
            context.repo, context.user.id, payload.favor_id, now=context.now(), words=words
        )
    if thanked is None or query is None:  # not a favour of the presser's
        await reject_button(context)
        return
    if thanked.contact is None:  # deleted since: nobody to thank, nothing to show but that
        await _contact_gone(update, context)
        return
    if thanked.already:
        await query.answer(context.text("favor-already-closed"))
    else:
        await answer_button(update)
    await edit_pressed(context, favor_closed_text(context, thanked.favor, thanked.contact))


async def wait_button(update: Update, context: Context) -> None:
    """⏳ No answer yet: ask again in a week."""
    payload = payload_of(update, FavorLater)
    changed = None
    if payload is not None:
        words = context.recall(FAVOR_WORDS) or ""
        changed = await favors.wait_longer(
            context.repo, context.user.id, payload.favor_id, today=context.today(), words=words
        )
    await _show_change(update, context, changed, _waiting_view)


async def drop_button(update: Update, context: Context) -> None:
    """🗑 Drop it: no more follow-ups; ↩️ brings it back."""
    payload = payload_of(update, FavorDrop)
    changed = None
    if payload is not None:
        words = context.recall(FAVOR_WORDS) or ""
        changed = await favors.drop(
            context.repo, context.user.id, payload.favor_id, now=context.now(), words=words
        )
    await _show_change(update, context, changed, _dropped_view)


async def undrop_button(update: Update, context: Context) -> None:
    """↩️ after 🗑: the favour is open again, with its buttons."""
    payload = payload_of(update, FavorUndrop)
    changed = None
    if payload is not None:
        changed = await favors.undo_drop(context.repo, context.user.id, payload.favor_id)
    await _show_change(update, context, changed, _item_view)


View = Callable[[Context, Changed], tuple[str, InlineKeyboardMarkup | None]]


async def _show_change(
    update: Update, context: Context, changed: Changed | None, view: View
) -> None:
    """Show the favour as it is now in place of the pressed message; refuse a stranger's."""
    query = update.callback_query
    if changed is None or query is None:
        await reject_button(context)
        return
    if changed.contact is None:  # deleted since: its follow-ups are gone with them
        await _contact_gone(update, context)
        return
    if changed.already:
        await query.answer(context.text("favor-unchanged"))
    else:
        await answer_button(update)
    text, markup = view(context, changed)
    await edit_pressed(context, text, markup=markup)


async def _contact_gone(update: Update, context: Context) -> None:
    """A favour's button pressed after its contact was deleted: say so, buttons gone."""
    await answer_button(update)
    await edit_pressed(context, context.text("favor-contact-gone"))


def _closed_view(context: Context, changed: Changed) -> tuple[str, InlineKeyboardMarkup | None]:
    """A favour closed since the pressed message was drawn: thanked, or dropped (with ↩️)."""
    if changed.favor.outcome == "dropped":
        text = favor_dropped_text(context, changed.favor, changed.contact)
        return text, undrop_keyboard(context, changed.favor)
    return favor_closed_text(context, changed.favor, changed.contact), None


def _waiting_view(context: Context, changed: Changed) -> tuple[str, InlineKeyboardMarkup | None]:
    if changed.favor.closed:  # ⏳ on a favour thanked or dropped since
        return _closed_view(context, changed)
    text = favor_waiting_text(context, changed.favor, changed.contact, context.today())
    return text, None


def _dropped_view(context: Context, changed: Changed) -> tuple[str, InlineKeyboardMarkup | None]:
    if changed.favor.outcome != "dropped":  # 🗑 on a favour thanked since
        return favor_closed_text(context, changed.favor, changed.contact), None
    text = favor_dropped_text(context, changed.favor, changed.contact)
    return text, undrop_keyboard(context, changed.favor)


def _item_view(context: Context, changed: Changed) -> tuple[str, InlineKeyboardMarkup | None]:
    if changed.favor.closed:  # thanked or dropped meanwhile
        return _closed_view(context, changed)
    if changed.contact is None:  # gone
        return favor_closed_text(context, changed.favor, changed.contact), None
    text = favor_item_text(context, changed.favor, changed.contact, context.today())
    return text, favor_keyboard(context, changed.favor)


async def favor_reply(context: Context, text: str, replied_to: int | None) -> bool:
    """A reply in words to a favour's follow-up or /favors item: no answer yet, thanked or
    drop, the words kept; unclear, the buttons are offered. False when it replies to neither."""
    found = await favors.replied_favor(context.repo, context.user.id, replied_to)
    nudge, favor = found if found is not None else (None, await _item_favor(context, replied_to))
    if favor is None:
        return False
    meaning = read_favor_reply(text)
    done = parse_done(text)
    if meaning is None and done is not None:  # "✅", "ok", "done: she sent me two names"
        meaning = "thanked"
    words = clip(text.strip(), WORDS_LIMIT)
    if favor.closed and favor.outcome == "dropped":
        await _reply_to_dropped(context, favor, meaning, words)
    elif not await _reply_to_open(context, favor, meaning, words):
        return True  # unclear: the buttons asked, the follow-up keeps its own
    if nudge is not None:
        await nudges.mark_done(context.repo, context.user.id, nudge)
    answered = nudge.message_id if nudge is not None else replied_to
    if answered is not None:
        with suppress(BadRequest):  # already without buttons
            await context.bot.edit_message_reply_markup(
                context.chat_id, answered, reply_markup=None
            )
    return True


async def _reply_to_dropped(
    context: Context, favor: Favor, meaning: str | None, words: str
) -> None:
    """Words about a favour dropped already: thanks after all close it as thanked; anything
    else is kept with it, and the answer says it was dropped, with ↩️ to take it up again."""
    user_id, repo, favor_id = context.user.id, context.repo, favor.favor_id
    if meaning == "thanked":  # "elle a fini par répondre, merci": thanked, in the history
        await favors.undo_drop(repo, user_id, favor_id)
        thanked = await favors.thank(repo, user_id, favor_id, now=context.now(), words=words)
        if thanked is not None:
            await context.send(favor_closed_text(context, thanked.favor, thanked.contact))
        return
    changed = await favors.keep_words(repo, user_id, favor_id, words)
    if changed is None:
        return
    name = clip(changed.contact.name if changed.contact else "…", NAME_LIMIT)
    lines = [context.text("favor-dropped-already", name=name, topic=clip(favor.topic, TOPIC_LIMIT))]
    if words:
        lines.append(context.text("favor-reply-kept", words=clip(words, REPLY_LIMIT)))
    await context.send("\n".join(lines), markup=undrop_keyboard(context, changed.favor))


async def _reply_to_open(context: Context, favor: Favor, meaning: str | None, words: str) -> bool:
    """Words about an open favour: thanked, no answer yet or drop, the words kept; False when
    unclear, after asking with the buttons."""
    if meaning is None:
        question = await context.say(
            "favor-reply-unclear",
            topic=clip(favor.topic, TOPIC_LIMIT),
            markup=favor_keyboard(context, favor),
        )
        context.remember(FAVOR_WORDS, question.message_id, words)
        return False
    user_id, repo, favor_id = context.user.id, context.repo, favor.favor_id
    if meaning == "thanked":
        thanked = await favors.thank(repo, user_id, favor_id, now=context.now(), words=words)
        changed = Changed(thanked.favor, thanked.contact, thanked.already) if thanked else None
        view: View = _dropped_view  # a thanked favour reads as closed in every view
    elif meaning == "waiting":
        today = context.today()
        changed = await favors.wait_longer(repo, user_id, favor_id, today=today, words=words)
        view = _waiting_view
    else:
        changed = await favors.drop(repo, user_id, favor_id, now=context.now(), words=words)
        view = _dropped_view
    if changed is not None:
        reply, markup = view(context, changed)
        await context.send(reply, markup=markup)
    return True


async def _item_favor(context: Context, replied_to: int | None) -> Favor | None:
    """The favour of the /favors item replied to; None for any other message."""
    favor_id = context.state.memos.recall(FAVOR_ITEMS, replied_to)
    return await favors.find_favor(context.repo, context.user.id, favor_id) if favor_id else None
