"""/ask <topic or place>: who in the network can help, why, and a message ready to send them."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import AskAgain, AskedButton, ask_again, asked, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, drop_buttons, reject_button
from bot.handlers.favors import open_favor
from bot.memo import MemoKey
from bot.views.ask import FIELD_LIMIT, asked_keyboard, helper_card, purpose_keyboard
from bot.views.render import clip, day_words
from core.ask_purpose import (
    Purpose,
    draft_for,
    read_purpose,
    understood_place,
    without_lead_words,
)
from core.asking import MAX_QUESTION, read_question
from services.asking import contact_named, who_can_help
from services.repository import UnknownContactError

# The topic of an /ask answer whose 🙋 button could not carry it, by the answer's message.
ASK_TOPIC = MemoKey("ask-topic", str, size=50)
# The question of an unsure answer whose purpose buttons could not carry it, by its header.
ASK_QUESTION = MemoKey("ask-question", str, size=20)


async def ask_command(update: Update, context: Context) -> None:
    """/ask Montréal, /ask stage data Berlin: the contacts who can help, best first."""
    text = " ".join(" ".join(context.args or ()).split())
    if len(text) > MAX_QUESTION:
        await context.say("ask-too-long", limit=MAX_QUESTION)
        return
    await _answer(context, text, None)


async def ask_again_button(update: Update, context: Context) -> None:
    """Under an unsure answer: the same question for another purpose, or the place meant."""
    payload = payload_of(update, AskAgain)
    question = (payload.question or context.recall(ASK_QUESTION)) if payload else None
    if payload is None or not question:
        await reject_button(context)
        return
    await answer_button(update)
    await drop_buttons(update)
    await _answer(context, question, None if payload.purpose == "same" else payload.purpose)


async def _answer(context: Context, text: str, purpose: Purpose | None) -> None:
    """Who can help with the question, each with a message drafted for its purpose."""
    terms = read_question(text)
    if not terms:
        await context.say("ask-empty")
        return
    answer = await who_can_help(context.repo, context.user.id, terms)
    narrower = read_question(without_lead_words(text))
    if answer is not None and (answer.closest or not answer.helpers) and narrower != terms:
        # "stage", "job"... are rarely in a contact's fields: without them, who matches?
        retry = await who_can_help(context.repo, context.user.id, narrower)
        if retry is not None and retry.helpers and not (retry.closest and answer.helpers):
            answer = retry
    if answer is None:
        await context.say("pick-no-contacts")
        return
    if answer.closest or not answer.helpers:  # no real match: was it a contact's name?
        named = await contact_named(context.repo, context.user.id, text)
        if named is not None:
            await context.say("ask-is-a-contact", name=clip(named.name, FIELD_LIMIT))
            return
    if not answer.helpers:
        await context.say("ask-nobody", query=text)
        return
    reading = read_purpose(terms)
    draft = draft_for(reading, purpose)
    found = "ask-closest" if answer.closest else "ask-found"
    header = context.text(found, count=len(answer.helpers), query=text)
    markup = purpose_keyboard(context, reading, text) if purpose is None else None
    place = understood_place(reading)
    if place is not None:
        header += "\n" + context.text("ask-understood-place", place=place)
    if markup is not None:
        header += "\n" + context.text("ask-purpose-unsure", kind=draft.kind)
    sent = await context.send(header, markup=markup)
    if markup is not None and ask_again("advice", text).question != text:
        context.remember(ASK_QUESTION, sent.message_id, text)
    for helper in answer.helpers:
        contact_id = helper.contact.contact_id
        message = await context.send(
            helper_card(context, helper, draft, closest=answer.closest),
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
