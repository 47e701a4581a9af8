"""Every text a user reads over a full run, checked for the other language's words.

One French and one English user go through onboarding, /add, /list, a card, /log, ideas for
contacts in Germany, Italy, the United States, Canada and Japan on days near their holidays, the
day's reminders (a birthday among them), /ask and a favour, /leaving, /settings, /edit, /remove
and /help. Everything the chat shows (messages and their earlier versions, buttons, toasts) is
collected; names and what the user typed are taken out; what is left must not hold:
- a word of the other language (a short stop list of words that exist in one language only),
- an IANA zone id ("Europe/Berlin"),
- in French, "1 octobre" (the first of the month is "1er"), or a colon, semicolon, question or
  exclamation mark without a no-break space (U+00A0 or U+202F) before it.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import timedelta

from bot.jobs.deliver import deliver_all
from core.model import Interaction
from emulator import FakeTelegram
from emulator.html_check import strip_html
from emulator.user import FakeUser
from tests.harness import RunningBot
from tests.seeding import NOW, person, seed

# Words of one language only, as whole words (a hyphenated "Saint-Valentin" is not "Saint").
ENGLISH_ONLY = frozenset(
    (
        "the",
        "and",
        "with",
        "day",
        "days",
        "Day",
        "Saint",
        "Independence",
        "Thanksgiving",
        "Christmas",
        "Unity",
        "German",
        "Patron",
        "of",
        "your",
        "you",
        "is",
        "it's",
        "what",
        "who",
        "when",
        "where",
        "at",
        "by",
        "from",
        "reminder",
        "reminders",
        "nudge",
        "nudges",
        "holiday",
        "today",
        "tomorrow",
        "every",
        "month",
        "months",
        "week",
        "weeks",
        "now",
        "there",
        "here",
        "default",
        "Now",
        # country names come from CLDR in the reader's language
        "Germany",
        "Italy",
        "Spain",
        "Japan",
        "United",
        "States",
        "Kingdom",
    )
)
FRENCH_ONLY = frozenset(
    (
        "le",
        "les",
        "et",
        "avec",
        "pour",
        "une",
        "des",
        "du",
        "tu",
        "ton",
        "ta",
        "tes",
        "je",
        "est",
        "sur",
        "dans",
        "aujourd",
        "demain",
        "jour",
        "jours",
        "rappel",
        "rappels",
        "fête",
        "férié",
        "échange",
        "semaine",
        "semaines",
        "mois",
        "ans",
        "c'est",
        "là-bas",
        "fuseau",
        "Actuellement",
        "défaut",
        "Allemagne",
        "Italie",
        "Espagne",
        "Japon",
        "États-Unis",
        "Royaume-Uni",
    )
)
IANA = re.compile(r"\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Z]\w+")
MONTHS_FR = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
FIRST_OF_MONTH = re.compile(rf"(?<![\d])1 (?:{MONTHS_FR})\b")
NO_BREAK = "\u00a0\u202f"
# A sign needing a no-break space before it in French: not in a time (09:00), a URL or a
# command, and not a sign right after another one ("?!", "…?").
FRENCH_SIGN = re.compile(r"(?<![\d/])(?<!https)(?<!http)[:;?!](?![\d/])")
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ’'-]+")

COMMAND = re.compile(r"/[a-z]+\b")


@dataclass(frozen=True)
class Run:
    """What one language's run types and presses, and the names and inputs to leave out."""

    language: str
    user_id: int
    hour: str
    met: str
    work: str
    birthday: str
    last: str
    save: str
    another: str
    log: str
    ask: str
    asked: str
    thanked: str
    leaving: str
    days: str
    sunday: str
    days_done: str
    rhythm: str
    keep: str
    done: str


FRENCH = Run(
    "fr",
    7301,
    "8h",
    "stage chez Siemens à Hambourg",
    "ingénieur chez Siemens",
    "1/10/1994",
    "Il y a 3 mois",
    "Enregistrer",
    "Une autre idée",
    "/log Léa hier : elle a eu son poste",
    "/ask Berlin",
    "Je lui ai demandé",
    "J'ai dit merci",
    "/leaving 30/06/2027",
    "Choisir les jours",
    "dim.",
    "Terminé",
    "Rythme",
    "Garder",
    "C'est fait",
)
ENGLISH = Run(
    "en",
    7302,
    "8am",
    "internship at Siemens in Hamburg",
    "engineer at Siemens",
    "1 October 1994",
    "3 months ago",
    "Save",
    "Another idea",
    "/log Léa yesterday: she got the job",
    "/ask Berlin",
    "I asked",
    "Thanked",
    "/leaving 30 June 2027",
    "Choose the days",
    "Sun",
    "Done",
    "Keep in touch",
    "Keep",
    "Done",
)
NAMES = (
    "Jonas Weber",
    "Giulia Rossi",
    "Emily Clark",
    "Karim Haddad",
    "Yuki Tanaka",
    "Léa Martin",
    "Camille",
    "Jonas",
    "Giulia",
    "Emily",
    "Karim",
    "Yuki",
    "Léa",
)
NOTES = {
    "fr": "elle préparait sa soutenance de thèse",
    "en": "she was preparing her thesis defence",
}
QUOTED_NOTES = {"fr": f"« {NOTES['fr']} »", "en": f"“{NOTES['en']}”"}  # as read (plain spaces)
# The days near each holiday, as days after the clock's start (2 March 2026), with whose idea.
HOLIDAY_VISITS = (
    (57, "Yuki"),  # 28 April: Showa Day the next day, Constitution Day on 3 May
    (123, "Emily"),  # 3 July: Independence Day tomorrow
    (212, "Jonas"),  # 30 September: German Unity Day in 3 days (his birthday is the next day)
    (213, "Giulia"),  # 1 October: St Francis of Assisi in 3 days
    (220, "Karim"),  # 8 October: Thanksgiving in 4 days
)
EXPECTED_HOLIDAYS = {
    "fr": (
        "c'est un jour férié",
        "c'est la fête de l'Indépendance",
        "c'est la fête de l'Unité allemande",
        "c'est la Saint-François d'Assise",
        "c'est l'Action de grâce",
    ),
    "en": (
        "It's Showa Day",
        "It's Independence Day",
        "It's German Unity Day",
        "the feast of St Francis",
        "It's Thanksgiving",
    ),
}


def _signature(user: FakeUser) -> tuple[int, int, int]:
    """How much the chat has shown: messages, their edits, button answers."""
    messages = user.messages
    return len(messages), sum(len(m.edits) for m in messages), len(user.answers)


async def settle(user: FakeUser, before: tuple[int, int, int]) -> None:
    """Wait until the bot answered (the chat changed), then until it stays quiet a moment."""
    for _ in range(500):  # 5 s at most for the first answer
        if _signature(user) != before:
            break
        await asyncio.sleep(0.01)
    else:
        raise AssertionError(f"no answer; last message: {user.last.plain_text}")
    quiet = 0
    while quiet < 12:  # 0.12 s without any change
        seen = _signature(user)
        await asyncio.sleep(0.01)
        quiet = quiet + 1 if _signature(user) == seen else 0
    user.mark_read()


async def say(user: FakeUser, text: str) -> None:
    before = _signature(user)
    await user.send(text)
    await settle(user, before)


async def press(user: FakeUser, label: str) -> None:
    """Press a button on the latest message that has one with that label."""
    for message in reversed(user.messages):
        if not any(label.lower() in text.lower() for text in message.button_texts):
            continue
        before = _signature(user)
        await user.press(message, label)
        await settle(user, before)
        return
    raise AssertionError(f"no button {label!r} in the chat")


async def deliver(bot: RunningBot, user: FakeUser) -> None:
    before = _signature(user)
    await deliver_all(bot.app)
    await settle(user, before)


async def seed_network(bot: RunningBot, run: Run) -> None:
    uid = run.user_id
    await seed(
        bot.repo,
        uid,
        person("c-it", "Giulia Rossi", place="Rome", city="Rome", country_code="IT",
               timezone="Europe/Rome", last_days_ago=40),
        person("c-us", "Emily Clark", place="New York", city="New York", country_code="US",
               timezone="America/New_York", last_days_ago=50),
        person("c-ca", "Karim Haddad", place="Montréal", city="Montréal", country_code="CA",
               timezone="America/Toronto", last_days_ago=20),
        person("c-jp", "Yuki Tanaka", place="Tokyo", city="Tokyo", country_code="JP",
               timezone="Asia/Tokyo", last_days_ago=10),
        person("c-fr", "Léa Martin", place="Lyon", city="Lyon", country_code="FR",
               timezone="Europe/Paris", last_days_ago=400, work="data scientist chez Ubisoft"),
    )  # fmt: skip
    await bot.repo.log_interaction(
        uid, Interaction("c-fr", NOW - timedelta(days=400), NOTES[run.language])
    )


async def full_run(bot: RunningBot, tg: FakeTelegram, run: Run) -> tuple[FakeUser, list[str]]:
    """The whole run; returns the user and the idea lines seen after the favour was closed."""
    user = tg.user(run.user_id, first_name="Camille", language_code=run.language)
    await say(user, "/start")
    await say(user, "Lyon")
    await say(user, run.hour)

    await say(user, "/add Jonas Weber")
    await say(user, run.met)
    await say(user, "Berlin")
    if "Berlin" in " ".join(user.last.button_texts):
        await press(user, "Berlin")  # an ambiguous place: the first Berlin offered
    await say(user, run.work)
    await say(user, "jazz, escalade")
    await say(user, "/skip")  # how to reach him
    await say(user, run.birthday)
    await say(user, "/skip")  # the rhythm: keeps the default
    await press(user, run.last)
    await press(user, run.save)

    await seed_network(bot, run)
    await say(user, "/list")
    await say(user, "/contact Jonas")
    await say(user, "/contact Léa")
    await say(user, "/idea Léa")
    for _ in range(60):  # until her note comes up, quoted
        if QUOTED_NOTES[run.language] in user.last.plain_text:
            break
        await press(user, run.another)
    await say(user, run.log)

    for (days, name), expected in zip(HOLIDAY_VISITS, EXPECTED_HOLIDAYS[run.language], strict=True):
        bot.clock.advance(days=days - (bot.clock.now() - NOW).days)
        await say(user, f"/idea {name}")
        for _ in range(60):  # ideas are drawn at random: until the holiday's comes up
            if expected in user.last.plain_text:
                break
            await press(user, run.another)
        if name == "Giulia":  # 1 October: the day's reminders, Jonas's birthday among them
            await deliver(bot, user)
            await press(user, run.done)

    await say(user, run.ask)
    await press(user, run.asked)
    await say(user, "/favors")
    await press(user, run.thanked)
    before = len(user.messages)
    await say(user, "/idea Jonas")
    for _ in range(12):
        await press(user, run.another)
    after_favour = [strip_html(t) for m in user.messages[before:] for t in (*m.edits, m.text)]

    await say(user, run.leaving)
    bot.clock.advance(days=1)
    await deliver(bot, user)
    await say(user, "/settings")
    await press(user, run.days)
    await press(user, run.sunday)
    await press(user, run.days_done)
    await say(user, "/edit Jonas")
    await press(user, run.rhythm)
    await say(user, "/cancel")
    await say(user, "/remove Giulia")
    await press(user, run.keep)
    await say(user, "/help")
    return user, after_favour


def everything_shown(user: FakeUser) -> list[str]:
    """Each text the chat showed: messages as sent and as edited, buttons and toasts."""
    shown: list[str] = []
    for message in user.messages:
        shown += [strip_html(text) for text in message.edits]
        shown.append(message.visible_text or strip_html(message.text))
        shown += message.button_texts + message.reply_keyboard_texts
    shown += [answer.text for answer in user.answers if answer.text]
    return shown


def without_inputs(text: str, run: Run) -> str:
    """The text with names and what the user typed taken out."""
    text = COMMAND.sub(" ", text)
    for typed in (run.met, run.work, NOTES[run.language], "jazz, escalade", "Berlin"):
        text = text.replace(typed, " ")
    for name in NAMES:
        text = text.replace(name, " ")
    return text


def english_words(text: str) -> list[str]:
    return [w for w in WORD.findall(text) if w in ENGLISH_ONLY]


def french_words(text: str) -> list[str]:
    return [w for w in WORD.findall(text) if w.lower() in FRENCH_ONLY]


def missing_no_break_spaces(text: str) -> list[str]:
    """Each sign with no no-break space before it, in its context."""
    text = re.sub(r"https?://\S+|/\w+|\b\d{1,2}:\d{2}\b", " ", text)
    faults = []
    for match in FRENCH_SIGN.finditer(text):
        before = text[match.start() - 1] if match.start() else ""
        if before and before not in NO_BREAK and before not in "?!…":
            faults.append(text[max(0, match.start() - 25) : match.end() + 5])
    return faults


def test_the_checks_catch_what_they_are_for() -> None:
    """Each check fails on the faults it is meant to catch (the run alone could pass blindly)."""
    assert english_words("💡 German Unity Day là-bas dans 2 jours") == ["German", "Unity", "Day"]
    assert english_words("Dans 2 jours, c'est la Saint-Valentin là-bas") == []
    assert french_words("It's Action de grâce là-bas in 4 days") == ["là-bas"]
    assert french_words("It's German Unity Day in 2 days where Jonas lives") == []
    assert IANA.search("Tes rappels arriveront à 8 h (fuseau America/Toronto)")
    assert FIRST_OF_MONTH.search("Anniversaire : 1 octobre")
    assert not FIRST_OF_MONTH.search("Anniversaire : 1er octobre, 11 octobre")
    assert missing_no_break_spaces("Jonas Weber: ✅") == ["Jonas Weber: ✅"]
    assert missing_no_break_spaces("Comment la joindre ?")
    assert not missing_no_break_spaces("Salut\u00a0! À 09:45, vois https://t.me/x?a=1\u00a0: ok")


async def test_french_reads_as_french(bot: RunningBot, tg: FakeTelegram) -> None:
    user, after_favour = await full_run(bot, tg, FRENCH)
    shown = everything_shown(user)
    faults = {
        "anglais": [w for line in shown for w in english_words(without_inputs(line, FRENCH))],
        "IANA": [m for line in shown for m in IANA.findall(without_inputs(line, FRENCH))],
        "1 + mois": [m for line in shown for m in FIRST_OF_MONTH.findall(line)],
        "espace insécable": [
            f for line in shown for f in missing_no_break_spaces(without_inputs(line, FRENCH))
        ],
    }
    assert faults == {"anglais": [], "IANA": [], "1 + mois": [], "espace insécable": []}
    text = "\n".join(shown)
    for expected in EXPECTED_HOLIDAYS["fr"]:
        assert expected in text, expected
    assert f"«\u00a0{NOTES['fr']}\u00a0»." in text  # a quote of its own, not in a sentence
    assert "du lundi au samedi" in text
    assert "Par défaut\u00a0: chaque mois" in text
    assert "/skip pour garder «\u00a0Chaque mois\u00a0»" in text  # in /add: skip keeps it
    assert "Actuellement\u00a0: chaque mois\n/skip pour revenir à «\u00a0Chaque mois\u00a0»" in text
    assert "Jonas Weber — aujourd'hui" in text  # added with a talk 3 months ago: due, not late
    lines = [line for message in after_favour for line in message.splitlines()]
    ideas = "\n".join(line for line in lines if line.startswith("💡"))
    assert ideas
    assert "Remerciements" not in ideas


async def test_english_reads_as_english(bot: RunningBot, tg: FakeTelegram) -> None:
    user, after_favour = await full_run(bot, tg, ENGLISH)
    shown = everything_shown(user)
    faults = {
        "French": [w for line in shown for w in french_words(without_inputs(line, ENGLISH))],
        "IANA": [m for line in shown for m in IANA.findall(without_inputs(line, ENGLISH))],
    }
    assert faults == {"French": [], "IANA": []}
    text = "\n".join(shown)
    for expected in EXPECTED_HOLIDAYS["en"]:
        assert expected in text, expected
    assert f"“{NOTES['en']}”." in text
    assert "Monday to Saturday" in text
    assert "Default: every month" in text
    assert "/skip to keep “Every month”" in text
    assert "Now: every month\n/skip to go back to “Every month”" in text  # in /edit
    assert "Jonas Weber — today" in text
    lines = [line for message in after_favour for line in message.splitlines()]
    ideas = "\n".join(line for line in lines if line.startswith("💡"))
    assert ideas
    assert "Thanked for" not in ideas
