"""/ask <topic or place>: who in the network can help, why, and a message ready to send them."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import AskedButton, asked, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, drop_buttons, reject_button
from bot.handlers.favors import open_favor
from bot.memo import MemoKey
from bot.views.ask import FIELD_LIMIT, asked_keyboard, helper_card
from bot.views.render import clip, day_words
from core.asking import MAX_QUESTION, read_question
from services.asking import who_can_help
from services.repository import UnknownContactError

# The topic of an /ask answer whose 🙋 button could not carry it, by the answer's message.
ASK_TOPIC = MemoKey("ask-topic", str, size=50)


async def ask_command(update: Update, context: Context) -> None:
    """/ask Montréal, /ask data science Berlin: the contacts who can help, best first."""
    text = " ".join(" ".join(context.args or ()).split())
    if len(text) > MAX_QUESTION:
        await context.say("ask-too-long", limit=MAX_QUESTION)
        return
    terms = read_question(text)
    if not terms:
        await context.say("ask-empty")
        return
    answer = await who_can_help(context.repo, context.user.id, terms)
    if answer is None:
        await context.say("pick-no-contacts")
        return
    if not answer.helpers:
        await context.say("ask-nobody", query=text)
        return
    found = "ask-closest" if answer.closest else "ask-found"
    await context.say(found, count=len(answer.helpers), query=text)
    for helper in answer.helpers:
        contact_id = helper.contact.contact_id
        message = await context.send(
            helper_card(context, helper, terms, closest=answer.closest),
            markup=asked_keyboard(context, contact_id, text),
        )
        if asked(contact_id, text).topic != text:  # too long for the button: it waits in memory
            context.remember(ASK_TOPIC, message.message_id, text)


async def asked_button(update: Update, context: Context) -> None:
    """🙋 I asked: log the ask with that contact and open a favour to follow up on."""
    payload = payload_of(update, AskedButton)
    query = update.callback_query
    if payload is None or query is None:
        await reject_button(context)
        return
    # The topic is the presser's own words, from the button or from their own memory.
    topic = payload.topic or context.recall(ASK_TOPIC)
    if not topic:
        await query.answer(context.text("asked-lost"), show_alert=True)
        return
    try:
        done = await open_favor(context, payload.contact_id, topic)
    except UnknownContactError:
        await context.say("log-contact-gone")
        return
    if done is None:  # not the presser's contact
        await reject_button(context)
        return
    if done.favor is None:
        await query.answer(context.text("asked-already"))
        return
    await answer_button(update)
    await drop_buttons(update)
    await context.say(
        "asked-done",
        name=clip(done.contact.name, FIELD_LIMIT),
        topic=done.favor.topic,
        date=day_words(context, done.favor.follow_up_on, done.favor.asked_on),  # today
    )
