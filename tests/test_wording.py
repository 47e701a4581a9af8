"""The issue's examples of machine French (and English), each read as it is written now.

Each case names the text as it read before in a comment; the assertions hold the text as a
French (or English) speaker writes it.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.i18n import LOCALES_DIR, Translator
from bot.views.ideas import facts_of, idea_for
from bot.views.render import ago_words, date_words, when_words
from bot.views.settings import days_words
from bot.views.stay import checklist_text
from core.model import THANKS, Contact, Interaction
from core.rules.cadence import Cadence
from core.rules.due import due_date
from core.rules.stay import Stay
from storage.tinydb.documents import interaction_from
from tests.catalogs import Reader

NBSP = "\u00a0"
UTC_ZONE = ZoneInfo("UTC")


@pytest.fixture(scope="module")
def fr() -> Reader:
    return Reader("fr", Translator())


@pytest.fixture(scope="module")
def en() -> Reader:
    return Reader("en", Translator())


def test_the_first_of_the_month_is_1er(fr: Reader, en: Reader) -> None:
    # before: "1 octobre"
    assert date_words(fr, date(2026, 10, 1), with_year=False) == "1er octobre"
    assert date_words(fr, date(2026, 10, 1), with_year=True) == "1er octobre 2026"
    assert date_words(fr, date(2026, 10, 11), with_year=False) == "11 octobre"
    assert date_words(en, date(2026, 10, 1), with_year=True) == "1 October 2026"


def test_twelve_months_is_a_year(fr: Reader, en: Reader) -> None:
    today = date(2026, 3, 2)
    # before: "en retard de 12 mois", "il y a 12 mois"
    assert when_words(fr, date(2025, 3, 2), today) == "en retard d'un an"
    assert ago_words(fr, date(2025, 3, 2), today) == "il y a un an"
    assert when_words(fr, date(2025, 12, 2), today) == "en retard de 3 mois"
    assert when_words(fr, date(2025, 4, 2), today) == "en retard de 11 mois"
    assert when_words(fr, date(2026, 2, 9), today) == "en retard de 3 semaines"
    assert when_words(en, date(2025, 3, 2), today) == "overdue by a year"


@pytest.mark.parametrize(
    ("last", "french", "english"),
    [
        (date(2025, 1, 31), "plus d'un an", "over a year"),  # 13 months
        (date(2024, 10, 2), "plus d'un an", "over a year"),  # 17 months
        (date(2024, 9, 2), "un an et demi", "a year and a half"),  # 18 months
        (date(2024, 4, 2), "presque deux ans", "almost two years"),  # 23 months
        (date(2024, 3, 10), "deux ans", "two years"),  # 24 months
    ],
)
def test_thirteen_to_twenty_three_months_round_like_people_do(
    fr: Reader, en: Reader, last: date, french: str, english: str
) -> None:
    today = date(2026, 3, 2)
    # before: "en retard de 13 mois", "il y a 17 mois"
    assert ago_words(fr, last, today) == f"il y a {french}"
    assert ago_words(en, last, today) == f"{english} ago"
    assert when_words(fr, last, today).startswith("en retard d")
    assert when_words(fr, last, today).endswith(french)
    assert when_words(en, last, today) == f"overdue by {english}"
    later = today + (today - last)
    assert when_words(fr, later, today) == f"dans {french}"
    assert when_words(en, later, today) == f"in {english}"
    assert not re.search(r"\b(1[3-9]|2[0-3]) (mois|months)", when_words(fr, later, today))


def test_plus_que_is_for_a_few_days(fr: Reader, en: Reader) -> None:
    stay = Stay(date(2026, 1, 1), date(2027, 2, 15))
    # before: "Plus que 350 jours avant ton départ"
    far = checklist_text(fr, stay, [], date(2026, 3, 2), UTC_ZONE)
    assert "Départ dans 11 mois" in far
    assert "Plus que" not in far
    near = checklist_text(fr, stay, [], date(2027, 2, 12), UTC_ZONE)
    assert "Plus que 3 jours</b> avant ton départ" in near
    assert "You leave in 11 months" in checklist_text(en, stay, [], date(2026, 3, 2), UTC_ZONE)


def test_the_welcome_back_plan_says_third_what(fr: Reader, en: Reader) -> None:
    # before: "chaque mois jusqu'au troisième"
    plan = fr.text("stay-plan-on")
    assert "jusqu'au troisième" not in plan
    assert "chaque mois jusqu'à trois mois après ton retour" in plan
    # The same plan told when back (/leaving after the day, the confirmation, the stay's card).
    for message_id, args in (
        ("back-who", {"date": "2 mars", "when": "hier"}),
        ("back-set", {"count": 3}),
        ("stay-plan-back", {"date": "2 mars"}),
    ):
        assert "chaque mois jusqu'à trois mois après ton retour." in fr.text(message_id, **args)
        assert "monthly until three months after you're back." in en.text(message_id, **args)
    for path in (*(LOCALES_DIR / "fr").glob("*.ftl"), *(LOCALES_DIR / "en").glob("*.ftl")):
        text = path.read_text(encoding="utf-8")
        assert "jusqu'au troisième" not in text, path.name
        assert "until the third" not in text, path.name


@pytest.mark.parametrize(
    ("days", "french", "english"),
    [
        # before: "Jours : lun., mar., mer., jeu., ven., sam."
        ((1, 2, 3, 4, 5, 6), "du lundi au samedi", "Monday to Saturday"),
        ((1, 3, 5), "lundi, mercredi et vendredi", "Monday, Wednesday, and Friday"),
        ((1, 2, 3, 5, 6), "du lundi au mercredi, vendredi et samedi", None),
        ((1, 2, 3, 4, 5), "en semaine", "weekdays"),
    ],
)
def test_days_read_as_ranges(
    fr: Reader, en: Reader, days: tuple[int, ...], french: str, english: str | None
) -> None:
    assert days_words(fr, days) == french
    if english is not None:
        assert days_words(en, days) == english


def test_a_name_before_a_colon_has_its_no_break_space(fr: Reader) -> None:
    # before: "Jonas Weber: ✅"
    line = fr.text("digest-outcome", name="Jonas Weber", outcome="✅ C'est noté !")
    assert line == f"<b>Jonas Weber</b>{NBSP}: ✅ C'est noté !"


def test_a_contact_is_spoken_of_without_a_gender(fr: Reader, en: Reader) -> None:
    # before: "Comment la joindre ?" asked about Jonas
    assert fr.text("form-ask-channels", name="Jonas").startswith(
        f"📬 Comment joindre <b>Jonas</b>{NBSP}?"
    )
    # before: "📇 Anna Schmidt, prêt à être enregistré"
    title = fr.text("form-summary-title", name="Anna Schmidt")
    assert "prêt à" not in title
    assert title.endswith("<b>Anna Schmidt</b>")
    assert en.text("form-ask-channels", name="Jonas").startswith(
        "📬 How can you reach <b>Jonas</b>?"
    )
    assert (
        en.text("form-summary-title", name="Anna Schmidt")
        == "📇 <b>Anna Schmidt</b>, ready to save:"
    )


def test_the_bot_says_tu(fr: Reader, en: Reader) -> None:
    # before: "Supprimer Sofia et tout votre historique ?"
    assert fr.text("remove-confirm", name="Sofia") == (
        f"🗑 Supprimer <b>Sofia</b> et tout son historique{NBSP}? C'est définitif."
    )
    assert "votre" not in fr.text("remove-done", name="Sofia")
    assert en.text("remove-confirm", name="Sofia") == (
        "🗑 Delete <b>Sofia</b> and your whole history with them? This can't be undone."
    )


def test_a_birthday_nudge_says_it_once(fr: Reader, en: Reader) -> None:
    # before: "fête ses 32 ans aujourd'hui !" then "fête son anniversaire aujourd'hui !"
    for number in range(1, 5):
        french = fr.text(f"idea-birthday-{number}", first_name="Jonas")
        assert "fête son anniversaire" not in french
        assert "C'est son anniversaire" not in french
        assert "'s birthday!" not in en.text(f"idea-birthday-{number}", first_name="Jonas")


def test_a_contact_added_now_is_due_now_not_overdue() -> None:
    # before: "overdue by 3 months" on a contact added a minute ago
    monthly = Cadence.from_spec("1m")
    added = date(2026, 3, 2)
    due = due_date(
        added=added,
        last_contact=date(2025, 11, 2),
        cadence=monthly,
        snoozed_until=None,
        paused=False,
    )
    assert due == added


def test_no_catalog_says_il_y_est() -> None:
    # before: "(Europe/Paris, il y est 8 h 01)"; the time there reads "il est 3 h là-bas"
    for path in (LOCALES_DIR / "fr").glob("*.ftl"):
        assert "il y est" not in path.read_text(encoding="utf-8"), path.name


def test_english_says_reminder_and_an_unambiguous_date() -> None:
    for path in (LOCALES_DIR / "en").glob("*.ftl"):
        values = [line for line in path.read_text().splitlines() if not line.startswith("#")]
        text = "\n".join(re.sub(r"^[\w-]+ =", "", line) for line in values)
        # before: "nudge" and "reminder" for the same thing
        assert not re.search(r"\bnudges?\b", text, re.IGNORECASE), path.name
        # before: "12/09", read as 9 December in the United States
        assert "12/09" not in text, path.name


NOTE = "elle préparait sa soutenance de thèse"
JONAS = Contact("c1", "Jonas Weber", datetime(2025, 1, 6, tzinfo=UTC))


def test_notes_are_quoted_not_spliced(fr: Reader, en: Reader) -> None:
    # before: "Demande à Léa des nouvelles de « elle préparait sa soutenance de thèse »"
    for number in range(1, 7):
        line = fr.text(f"idea-follow_up-{number}", first_name="Léa", note=NOTE)
        assert f"{NBSP}: «{NBSP}{NOTE}{NBSP}»." in line or f"«{NBSP}{NOTE}{NBSP}»)" in line, line
        english = en.text(f"idea-follow_up-{number}", first_name="Léa", note="we call Thursday")
        assert ": “we call Thursday”." in english, english


@pytest.mark.parametrize(
    "last",
    [
        Interaction("c1", datetime(2026, 2, 1, tzinfo=UTC), kind=THANKS, about="Montréal"),
        # written before exchanges had a kind: known by the catalog's words when read
        interaction_from(
            {
                "contact_id": "c1",
                "at": "2026-02-01T00:00:00+00:00",
                "note": f"Remerciements{NBSP}: Montréal",
            }
        ),
    ],
)
def test_the_bots_own_favour_notes_are_never_ideas(fr: Reader, last: Interaction) -> None:
    # before: "La dernière fois, tu avais noté « Remerciements : Montréal »"
    assert last.kind == THANKS
    assert facts_of(JONAS, last, today=date(2026, 3, 2)).last_note == ""
    for seed in range(80):
        _, text = idea_for(fr, JONAS, last, today=date(2026, 3, 2), rng=random.Random(seed))
        assert "Remerciements" not in text
    user_note = Interaction("c1", datetime(2026, 2, 1, tzinfo=UTC), NOTE)
    seen = {
        idea_for(fr, JONAS, user_note, today=date(2026, 3, 2), rng=random.Random(seed))[1]
        for seed in range(80)
    }
    assert any(NOTE in text for text in seen)


def test_skip_at_the_time_zone_question_says_what_it_keeps(fr: Reader, en: Reader) -> None:
    # before: "/skip garde le fuseau horaire du bouton"
    assert "/skip garde celui du bouton ci-dessous." in fr.text("ask-timezone")
    assert "/skip keeps the one on the button below." in en.text("ask-timezone")


def test_a_favours_topic_is_quoted_not_spliced(fr: Reader, en: Reader) -> None:
    # before: "tu as demandé à Léa pour « Montréal »"
    nudge = fr.text("favor-nudge", date="2 mars", name="Léa", topic="Montréal")
    assert f"tu as demandé un coup de main à <b>Léa</b>{NBSP}: «{NBSP}Montréal{NBSP}»." in nudge
    closed = fr.text("favor-closed", name="Léa", topic="Montréal")
    assert f"tu as remercié <b>Léa</b> pour son aide («{NBSP}Montréal{NBSP}»)." in closed
    assert "you thanked <b>Léa</b> for their help (“Montréal”)." in en.text(
        "favor-closed", name="Léa", topic="Montréal"
    )


@pytest.mark.parametrize(
    ("last", "french", "english"),
    [
        (date(2025, 12, 1), "Ça fait 3 mois que", "3 months since"),
        (date(2025, 1, 20), "Ça fait plus d'un an que", "Over a year since"),  # 13 months
        (date(2024, 9, 1), "Ça fait un an et demi que", "A year and a half since"),
        (date(2024, 3, 20), "Ça fait presque deux ans que", "Almost two years since"),  # 23
        (date(2023, 8, 1), "Ça fait plus de deux ans que", "Over two years since"),  # 31
    ],
)
def test_a_long_silence_is_said_as_people_round_it(
    fr: Reader, en: Reader, last: date, french: str, english: str
) -> None:
    # before: "Ça fait 13 mois que tu n'as pas parlé à Jonas", "31 mois sans nouvelles"
    jonas = replace(JONAS, last_contact_at=datetime.combine(last, datetime.min.time(), UTC))
    seen: dict[str, set[str]] = {"fr": set(), "en": set()}
    for reader in (fr, en):
        for seed in range(300):
            key, text = idea_for(
                reader, jonas, None, today=date(2026, 3, 2), rng=random.Random(seed)
            )
            if key.startswith("idea-own_news-7"):
                seen[reader.language].add(text)
    assert seen["fr"] == {
        f"{french} tu n'as pas parlé à Jonas. Pas besoin de t'excuser{NBSP}: donne une nouvelle "
        "et demande les siennes."
    }
    assert seen["en"] == {
        f"{english} you last talked to Jonas. No need to apologise: share one bit of news and "
        "ask for theirs."
    }
