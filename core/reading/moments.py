"""A future moment in what people write after a talk: "on s'appelle jeudi", "see you next week".

Read for follow-ups: a log or a "done" reply that names a day to come offers a reminder on
that day. Only days strictly after today count (today's plans need no reminder), and phrases
about the past never do: "jeudi dernier", "last Thursday", and a weekday in a clause told in
the past ("on s'est appelé jeudi", "we talked on Monday"), unless a word such as "prochain" or
"next" makes the future plain.

A small grammar rather than dateparser's `search_dates`: that one finds dates in words such as
"on", "a" or "may" and cannot tell "we talked on Monday" from "talk on Monday", and a reminder
set for the wrong day is worse than none. Month and weekday names are those of the past-date
reader (core.reading.dates), so both readers agree on spellings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from core.reading.dates import MONTHS, WEEKDAYS
from core.text import fold

MAX_LENGTH = 1100  # a note longer than the longest "done" reply is not read
MAX_AHEAD = timedelta(days=366)  # "le 9 janvier" is the next 9 January, within a year

_NUMBERS = {
    **dict.fromkeys(("un", "une", "a", "an", "one"), 1),
    **dict.fromkeys(("deux", "two", "couple of"), 2),
    **dict.fromkeys(("trois", "three", "few"), 3),
    **dict.fromkeys(("quatre", "four"), 4),
    **dict.fromkeys(("cinq", "five"), 5),
    **dict.fromkeys(("six",), 6),
    **dict.fromkeys(("sept", "seven"), 7),
    **dict.fromkeys(("huit", "eight"), 8),
    **dict.fromkeys(("neuf", "nine"), 9),
    **dict.fromkeys(("dix", "ten"), 10),
    **dict.fromkeys(("quinze", "fifteen"), 15),
}
_UNITS = {
    **dict.fromkeys(("jour", "jours", "day", "days"), "days"),
    **dict.fromkeys(("semaine", "semaines", "week", "weeks"), "weeks"),
    **dict.fromkeys(("mois", "month", "months"), "months"),
}
# Words that make a clause about the future whatever its tense ("on a prévu jeudi").
_PLANNED = frozenset(
    (
        *("prevu", "prevue", "prevus", "convenu", "convenue", "dit", "promis", "decide"),
        *("cale", "calee", "fixe", "fixee", "organise", "planifie", "planifiee", "mis"),
        *("planned", "scheduled", "booked", "arranged", "agreed", "said", "promised"),
        *("decided", "supposed", "excited", "interested", "need", "needed"),
    )
)
_FR_AUXILIARIES = frozenset(
    (
        *("ai", "as", "a", "avons", "avez", "ont", "suis", "es", "est", "sommes", "etes", "sont"),
        *("etais", "etait", "etions", "etiez", "etaient", "avais", "avait", "avions", "aviez"),
        "avaient",
    )
)
# Between an auxiliary and its participle: "on a bien parlé", "je l'ai pas vu".
_FR_BETWEEN = frozenset(
    ("pas", "bien", "deja", "enfin", "vraiment", "beaucoup", "longuement", "tous", "juste")
)
# Past participles people use about a talk, folded; any word ending in "é" counts too, but
# without its accent "e" ends too many words ("à Toulouse", "libre") to be a sign by itself.
_FR_PARTICIPLES = frozenset(
    (
        *("parle", "appele", "vu", "croise", "rencontre", "discute", "dejeune", "dine"),
        *("retrouve", "envoye", "ecrit", "repondu", "echange", "telephone", "texte", "revu"),
        *("passe", "mange", "bu", "sorti", "alle", "venu", "fait", "pris", "eu", "ete", "recu"),
        *("parti", "rentre", "arrive", "reste", "vus", "vue", "vues", "venue", "venus", "partie"),
        *("partis", "appeles", "parles", "croises", "retrouves", "rencontres", "sortis"),
    )
)
_EN_PAST = frozenset(
    (
        *("was", "were", "did", "had", "met", "saw", "seen", "spoke", "spoken", "went", "gone"),
        *("told", "caught", "got", "came", "ran", "sent", "wrote", "written", "heard", "ate"),
        *("took", "gave", "left", "made", "thought", "felt", "bought", "brought", "ago"),
    )
)
_EN_NOT_PAST = frozenset(("need", "feed", "speed", "indeed", "red", "bed", "wed", "seed", "weed"))
_FUTURE_WORDS = frozenset(("prochain", "prochaine", "next", "demain", "tomorrow", "dans", "in"))
_CLAUSES = re.compile(r"[,;:.!?()\[\]\n—–]+|\s-\s")


@dataclass(frozen=True)
class Moment:
    """A day to come named in a text, and the words that named it (folded)."""

    day: date
    words: str


def _weekday_after(today: date, weekday: int) -> date:
    """The next such weekday strictly after today (on a Thursday, "jeudi" is next week's)."""
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _number(word: str) -> int | None:
    if word.isdigit() and len(word) <= 3:
        return int(word)
    return _NUMBERS.get(word)


def _in(amount: int, unit: str, today: date) -> date:
    if unit == "days":
        return today + timedelta(days=amount)
    if unit == "weeks":
        return today + timedelta(weeks=amount)
    return today + relativedelta(months=amount)


def _next_on(day: int, month: int, year: int | None, today: date) -> date | None:
    """That day and month after today: this year's, or else next year's (or the year given)."""
    years = (year,) if year is not None else (today.year, today.year + 1)
    for candidate_year in years:
        try:
            found = date(candidate_year, month, day)
        except ValueError:
            continue
        if today < found <= today + (MAX_AHEAD if year is None else 3 * MAX_AHEAD):
            return found
    return None


def _next_day_of_month(day: int, today: date) -> date | None:
    """ "le 9": the next 9th of a month after today."""
    for months in range(3):
        start = today.replace(day=1) + relativedelta(months=months)
        try:
            found = start.replace(day=day)
        except ValueError:
            continue
        if found > today:
            return found
    return None


_WEEKDAY_NAMES = "|".join(WEEKDAYS)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:\s+(?P<year>20[0-9]{2}))?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"\b(?:{pattern})\b"))
    for name, pattern in (
        ("past", r"(?:last|past)\s+(?:" + _WEEKDAY_NAMES + r"|week|weekend|month|year)"),
        ("past", r"(?:" + _WEEKDAY_NAMES + r"|week end|weekend)\s+(?:dernier|passe)"),
        ("past", r"(?:la\s+semaine|le\s+mois|l\s+an|l\s+annee)\s+(?:derniere?|passee?)"),
        ("past", r"il\s+y\s+a\s+\w+\s+\w+|\w+\s+(?:days?|weeks?|months?)\s+ago"),
        ("after_tomorrow", r"apres\s+demain|the\s+day\s+after\s+tomorrow"),
        ("tomorrow", r"demain|tomorrow|tmrw"),
        (
            "next_weekday",
            rf"(?P<w1>{_WEEKDAY_NAMES})\s+prochain|next\s+(?P<w2>{_WEEKDAY_NAMES})",
        ),
        ("weekend", r"(?:ce|le|this|next|the)\s+(?:week\s+end|weekend)(?:\s+prochain)?"),
        (
            "next_period",
            r"(?:la\s+)?semaine\s+prochaine|(?:le\s+)?mois\s+prochain"
            r"|next\s+(?:week|month)",
        ),
        (
            "in",
            r"(?:dans|in)\s+(?:(?:a|an|un|une)\s+)?(?:(?P<n>[0-9]{1,3}|\w+|couple\s+of)\s+)?"
            r"(?P<unit>jours?|semaines?|mois|days?|weeks?|months?)",
        ),
        ("fortnight", r"dans\s+quinze\s+jours|dans\s+15\s+jours|in\s+a\s+fortnight"),
        (
            "date",
            rf"(?P<d1>[0-3]?[0-9])(?:er|st|nd|rd|th|e)?\s+(?:of\s+)?(?P<m1>{_MONTH_NAMES})"
            + _YEAR.replace("year", "y1"),
        ),
        (
            "date",
            rf"(?P<m2>{_MONTH_NAMES})\s+(?:the\s+)?(?P<d2>[0-3]?[0-9])(?:st|nd|rd|th)?"
            + _YEAR.replace("year", "y2"),
        ),
        ("numeric", r"(?P<nd>[0-3]?[0-9])xx(?P<nm>[01]?[0-9])(?:xx(?P<ny>20[0-9]{2}))?"),
        ("day_of_month", r"(?:le|on\s+the|the)\s+(?P<dm>[0-3]?[0-9])(?:er|st|nd|rd|th|e)?"),
        # Not before a day number: "lundi 10 mars" is read as the date it spells out.
        (
            "weekday",
            rf"(?:ce\s+|this\s+|on\s+)?(?P<w3>{_WEEKDAY_NAMES})"
            rf"(?!\s+[0-3]?[0-9](?:xx|(?:er|st|nd|rd|th|e)?\s+(?:{_MONTH_NAMES})\b))",
        ),
    )
)


Group = dict[str, str | None]


def _weekday(group: Group, words: str, today: date) -> date | None:
    weekday = group.get("w1") or group.get("w2") or group.get("w3") or ""
    return _weekday_after(today, WEEKDAYS[weekday])


def _weekend(group: Group, words: str, today: date) -> date | None:
    saturday = _weekday_after(today, 5)
    coming = "next" in words or "prochain" in words
    if today.weekday() == 5:  # on a Saturday, "this weekend" still has its Sunday
        return saturday if coming else today + timedelta(days=1)
    return None if today.weekday() == 6 and not coming else saturday


def _next_period(group: Group, words: str, today: date) -> date | None:
    if "mois" in words or "month" in words:
        return today.replace(day=1) + relativedelta(months=1)
    return today + timedelta(days=7 - today.weekday())  # next week starts on Monday


def _in_some(group: Group, words: str, today: date) -> date | None:
    word, unit = group.get("n"), group.get("unit") or ""
    amount = 1 if word is None else _number(word)
    if amount is None or not 0 < amount <= 400:
        return None
    # "quinze jours" and "huit jours" are French for two weeks and one.
    amount = {(15, "jours"): 14, (8, "jours"): 7}.get((amount, unit), amount)
    return _in(amount, _UNITS[unit], today)


def _written_date(group: Group, words: str, today: date) -> date | None:
    day, month = group.get("d1") or group.get("d2"), group.get("m1") or group.get("m2")
    year = group.get("y1") or group.get("y2")
    if day is None or month is None:
        return None
    return _next_on(int(day), MONTHS[month], int(year) if year else None, today)


def _numeric_date(group: Group, words: str, today: date) -> date | None:
    day, month, year = (int(group.get(key) or 0) for key in ("nd", "nm", "ny"))
    return _next_on(day, month, year or None, today)


def _day_of_month(group: Group, words: str, today: date) -> date | None:
    day = int(group["dm"] or 0)
    return _next_day_of_month(day, today) if 1 <= day <= 31 else None


_READERS: dict[str, Callable[[Group, str, date], date | None]] = {
    "after_tomorrow": lambda group, words, today: today + timedelta(days=2),
    "tomorrow": lambda group, words, today: today + timedelta(days=1),
    "next_weekday": _weekday,
    "weekday": _weekday,
    "weekend": _weekend,
    "next_period": _next_period,
    "fortnight": lambda group, words, today: today + timedelta(weeks=2),
    "in": _in_some,
    "date": _written_date,
    "numeric": _numeric_date,
    "day_of_month": _day_of_month,
}


def _told_in_the_past(raw: str) -> bool:
    """Whether a clause is about the past: "on s'est appelé jeudi", "we talked on Monday"."""
    tokens = _TOKEN.findall(raw.lower())
    words = [fold(token) for token in tokens]
    if any(word in _PLANNED for word in words):
        return False
    for index, word in enumerate(words):
        if word in _EN_PAST or word in ("hier", "yesterday"):
            return True
        if word.endswith("ed") and len(word) > 3 and word not in _EN_NOT_PAST:
            return True
        if word in _FR_AUXILIARIES:
            after = range(index + 1, min(index + 4, len(words)))
            following = [i for i in after if words[i] not in _FR_BETWEEN][:1]
            if following and _is_participle(tokens[following[0]], words[following[0]]):
                return True
    return False


def _is_participle(token: str, word: str) -> bool:
    return word in _FR_PARTICIPLES or token.endswith(("é", "ée", "és", "ées"))


_TOKEN = re.compile(r"\w+")


def _clauses(text: str) -> list[tuple[str, str]]:
    """The text cut at punctuation, each part as typed and folded; "9/01" stays one date."""
    marked = _NUMERIC_DATE.sub(lambda m: "xx".join(filter(None, m.groups())), text)
    parts = (part.strip() for part in _CLAUSES.split(marked))
    return [(part, folded) for part in parts if (folded := fold(part))]


_NUMERIC_DATE = re.compile(
    r"(?<![0-9./])([0-3]?[0-9])\s*[/.]\s*([01]?[0-9])(?:\s*[/.]\s*(20[0-9]{2}))?"
    r"(?![0-9:h]|[./][0-9])"
)


def find_moment(text: str, today: date) -> Moment | None:
    """The first day to come that the text names, in French or English; None if there is none.

    `today` is the writer's local date; the day found is always after it.
    """
    if len(text) > MAX_LENGTH:
        return None
    for raw, clause in _clauses(text):
        found = _in_clause(raw, clause, today)
        if found is not None:
            return found
    return None


def _in_clause(raw: str, clause: str, today: date) -> Moment | None:
    taken: list[tuple[int, int]] = []  # spans already read, so "demain" in "après-demain" is not
    found: list[tuple[int, Moment | None]] = []
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(clause):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            if name == "past":
                found.append((start, None))
                continue
            day = _READERS[name](match.groupdict(), match[0], today)
            if day is None or day <= today:
                continue
            explicit = any(word in _FUTURE_WORDS for word in match[0].split())
            plain_date = name in ("date", "numeric", "day_of_month", "weekday", "weekend")
            if plain_date and not explicit and _told_in_the_past(raw):
                continue
            found.append((start, Moment(day, match[0])))
    found.sort(key=lambda item: item[0])
    return next((moment for _, moment in found if moment is not None), None)


MAX_WHEN_WORDS = 6  # the longest "when" read at the start of /remind's words ("le 9 janvier")


def split_when(text: str, today: date) -> tuple[Moment, str] | None:
    """A day to come opening the text, and the words after it: "jeudi appeler pour le stage",
    "dans deux semaines : relancer"; None if the text does not open with one.

    Without a colon, the "when" is the longest run of leading words whose last word still
    changes what is read ("le 9" then "le 9 janvier", but not "jeudi appeler").
    """
    head, colon, tail = text.partition(":")
    if colon and head.strip():
        moment = find_moment(head, today)
        if moment is not None and _opens_with(head, moment, today):
            return moment, tail.strip()
    words = text.split()
    best: tuple[Moment, int] | None = None
    previous = None
    for size in range(1, min(len(words), MAX_WHEN_WORDS) + 1):
        moment = find_moment(" ".join(words[:size]), today)
        if moment is not None and moment != previous:
            best = moment, size
        previous = moment
    if best is None:
        return None
    moment, size = best
    if not _opens_with(" ".join(words[:size]), moment, today):
        return None
    # The next word can unmake the day read so far: "le 31 février" is not 31 March,
    # "le 1er janvier 2020" not next year's, "jeudi dernier" not next Thursday.
    unmade = size < len(words) and _undoes(words[size])
    if unmade and find_moment(" ".join(words[: size + 1]), today) is None:
        return None
    while size < len(words) and fold(words[size]) in _TIMES_OF_DAY:  # "demain matin"
        size += 1
    return moment, " ".join(words[size:]).lstrip(":,;-—– ").strip()


_YEAR_WORD = re.compile(r"20[0-9]{2}")
_PAST_WORDS = frozenset(("dernier", "derniere", "passe", "passee"))


def _undoes(word: str) -> bool:
    """Whether a word right after a day can make it no day at all: a year, a month, "dernier"."""
    folded = fold(word)
    return bool(_YEAR_WORD.fullmatch(word)) or folded in MONTHS or folded in _PAST_WORDS


_LEADING = frozenset(("le", "la", "l", "on", "the", "ce", "cette", "this", "au", "pour", "for"))
_TIMES_OF_DAY = frozenset(
    ("matin", "midi", "soir", "apres-midi", "morning", "afternoon", "evening", "night", "noon")
)


def _opens_with(phrase: str, moment: Moment, today: date) -> bool:
    """Whether the phrase is all "when": no word before the moment's own ("appeler jeudi")."""
    words = phrase.split()
    if len(words) == 1 or fold(words[0]) in _LEADING or fold(words[0]) in WEEKDAYS:
        return True  # "mardi 10 mars" opens with its day's name
    return find_moment(" ".join(words[1:]), today) != moment


# Words for today, or a time of it: a reminder comes at the user's nudge hour on a day to come,
# so these are no day to plan one on (the answer says so, rather than "no day found").
_TODAY_WORDS = (
    ("aujourd", "hui"),
    ("ce", "soir"),
    ("ce", "matin"),
    ("cet", "apres", "midi"),
    ("tout", "a", "l", "heure"),
    ("maintenant",),
    ("today",),
    ("tonight",),
    ("this", "morning"),
    ("this", "afternoon"),
    ("this", "evening"),
    ("now",),
)


def opens_with_today(text: str) -> bool:
    """Whether the words open with today ("aujourd'hui", "ce soir", "tonight", "now")."""
    words = tuple(re.findall(r"\w+", fold(text)))
    return any(words[: len(phrase)] == phrase for phrase in _TODAY_WORDS)
