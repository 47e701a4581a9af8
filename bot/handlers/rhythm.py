"""/rhythm #tag <rhythm>: a group's own rhythm, which its members follow unless they have
their own; /rhythm #tag off removes it, /rhythm alone lists them."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import TagRhythmChoice, payload_of
from bot.context import Context
from bot.handlers.common import answer_button, edit_pressed, reject_button
from bot.views.names import names_words
from bot.views.render import clip
from bot.views.rhythm import rhythm_keyboard, rhythm_words, rhythms_text
from core.agenda import normalize_tag
from core.rules.cadence import Cadence, parse_cadence
from services import rhythms
from services.rhythms import TooManyRhythmsError

_OFF = frozenset({"off", "non", "no", "none", "aucun", "stop", "sans", "enlever", "remove"})
NAMES_SHOWN = 5


async def rhythm_command(update: Update, context: Context) -> None:
    """/rhythm, /rhythm #airbus, /rhythm #airbus every 2 weeks, /rhythm #airbus off."""
    profile = await context.ensure_profile()
    words = list(context.args or ())
    if not words:
        await context.send(rhythms_text(context, await rhythms.overview(context.repo, profile)))
        return
    tag = normalize_tag(words[0])
    if tag is None:
        await context.say("rhythm-bad-tag")
        return
    rest = " ".join(words[1:]).strip()
    if not rest:
        await _ask(context, tag)
        return
    if rest.casefold() in _OFF:
        await context.send(await _apply(context, tag, None))
        return
    cadence = parse_cadence(rest)
    if cadence is None:
        await context.say("rhythm-bad", text=clip(rest, 60), tag=tag)
        return
    await context.send(await _apply(context, tag, cadence))


async def _ask(context: Context, tag: str) -> None:
    """The tag's rhythm now, and buttons to choose one."""
    profile = await context.ensure_profile()
    current = rhythms.rhythm_of(profile, tag)
    found = await rhythms.members(context.repo, context.user.id, tag)
    now = rhythm_words(context, current) if current else context.text("rhythm-none")
    text = context.text("rhythm-ask", tag=tag, rhythm=now, count=len(found.everyone))
    markup = rhythm_keyboard(context, tag, has_one=current is not None)
    if markup is None:  # a tag too long for a button's data: the answer is typed, say how
        text = f"{text}\n{context.text('rhythm-ask-typed', tag=tag)}"
    await context.send(text, markup=markup)


async def choice_button(update: Update, context: Context) -> None:
    """A rhythm (or ✖️) picked under /rhythm #tag."""
    payload = payload_of(update, TagRhythmChoice)
    if payload is None or normalize_tag(payload.tag) != payload.tag:
        await reject_button(context)
        return
    await answer_button(update)
    cadence = None if payload.spec == "off" else Cadence.from_spec(payload.spec)
    await edit_pressed(context, await _apply(context, payload.tag, cadence))


async def _apply(context: Context, tag: str, cadence: Cadence | None) -> str:
    """Set or remove the tag's rhythm; what to answer."""
    profile = await context.ensure_profile()
    had = rhythms.rhythm_of(profile, tag)
    try:
        changed = rhythms.with_rhythm(profile, tag, cadence)
    except TooManyRhythmsError:
        return context.text("rhythm-too-many", limit=rhythms.MAX_TAG_RHYTHMS)
    await context.save(changed)
    if cadence is None:
        return context.text("rhythm-off" if had else "rhythm-off-none", tag=tag)
    found = await rhythms.members(context.repo, context.user.id, tag)
    lines = [
        context.text("rhythm-set", tag=tag, rhythm=rhythm_words(context, cadence)),
        context.text("rhythm-set-members", tag=tag, count=len(found.everyone)),
    ]
    if found.own:
        names, more = names_words(context, [c.name for c in found.own], NAMES_SHOWN)
        lines.append(context.text("rhythm-set-own", count=len(found.own), names=names, more=more))
    return "\n".join(lines)
