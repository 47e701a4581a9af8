"""The issue's examples of machine French (and English), each read as it is written now.

Each case names the text as it read before in a comment; the assertions hold the text as a
French (or English) speaker writes it.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.i18n import LOCALES_DIR, Translator
from bot.views.ideas import facts_of, idea_for
from bot.views.render import date_words, when_words
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
    assert fr.text("when-ago", unit="month", count=12) == "il y a un an"
    assert when_words(fr, date(2025, 12, 2), today) == "en retard de 3 mois"
    assert when_words(fr, date(2025, 4, 2), today) == "en retard de 11 mois"
    assert when_words(fr, date(2026, 2, 9), today) == "en retard de 3 semaines"
    assert when_words(en, date(2025, 3, 2), today) == "overdue by a year"


def test_plus_que_is_for_a_few_days(fr: Reader, en: Reader) -> None:
    stay = Stay(date(2026, 1, 1), date(2027, 2, 15))
    # before: "Plus que 350 jours avant ton départ"
    far = checklist_text(fr, stay, [], date(2026, 3, 2), UTC_ZONE)
    assert "Départ dans 11 mois" in far
    assert "Plus que" not in far
    near = checklist_text(fr, stay, [], date(2027, 2, 12), UTC_ZONE)
    assert "Plus que 3 jours</b> avant ton départ" in near
    assert "You leave in 11 months" in checklist_text(en, stay, [], date(2026, 3, 2), UTC_ZONE)


def test_the_welcome_back_plan_says_third_what(fr: Reader) -> None:
    # before: "chaque mois jusqu'au troisième"
    plan = fr.text("stay-plan-on")
    assert "jusqu'au troisième" not in plan
    assert "chaque mois jusqu'à trois mois après ton retour" in plan


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


def test_a_contact_is_spoken_of_without_a_gender(fr: Reader) -> None:
    # before: "Comment la joindre ?" asked about Jonas
    assert fr.text("form-ask-channels", name="Jonas").startswith(
        f"📬 Comment joindre <b>Jonas</b>{NBSP}?"
    )
    # before: "📇 Anna Schmidt, prêt à être enregistré"
    title = fr.text("form-summary-title", name="Anna Schmidt")
    assert "prêt à" not in title
    assert title.endswith("<b>Anna Schmidt</b>")


def test_the_bot_says_tu(fr: Reader) -> None:
    # before: "Supprimer Sofia et tout votre historique ?"
    assert fr.text("remove-confirm", name="Sofia") == (
        f"🗑 Supprimer <b>Sofia</b> et tout son historique{NBSP}? C'est définitif."
    )
    assert "votre" not in fr.text("remove-done", name="Sofia")


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
