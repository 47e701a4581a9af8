"""A tag's rhythm: who follows it, which of several wins, and old records."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from core.agenda import cadence_of, group_rhythm, has_own_cadence, next_due
from core.fields import Situation, apply_choice, apply_text
from core.model import Contact, UserProfile
from core.rules.cadence import Cadence
from services.rhythms import with_rhythm

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
RHYTHMS = (("airbus", "2w"), ("lyon", "3m"))


def test_members_follow_their_tags_rhythm_unless_they_have_their_own() -> None:
    member = Contact("c1", "Léa", NOW, tags=("airbus",))
    assert cadence_of(member, RHYTHMS) == Cadence(2, "week")
    assert next_due(member, PARIS, None, RHYTHMS) == date(2026, 3, 16)
    assert next_due(member, PARIS, None) == date(2026, 4, 2)  # no rhythm: the default month
    own = Contact("c2", "Tom", NOW, tags=("airbus",), cadence="1m", own_cadence=True)
    assert group_rhythm(own, RHYTHMS) is None
    assert next_due(own, PARIS, None, RHYTHMS) == date(2026, 4, 2)


def test_of_several_tags_the_most_frequent_rhythm_wins() -> None:
    both = Contact("c1", "Léa", NOW, tags=("lyon", "airbus"))
    assert group_rhythm(both, RHYTHMS) == ("airbus", Cadence(2, "week"))
    assert group_rhythm(Contact("c2", "Paul", NOW, tags=("lyon",)), RHYTHMS) == (
        "lyon",
        Cadence(3, "month"),
    )
    assert group_rhythm(Contact("c3", "Zoé", NOW, tags=("other",)), RHYTHMS) is None


def test_old_records_count_a_rhythm_other_than_the_default_as_their_own() -> None:
    assert has_own_cadence(Contact("c1", "Léa", NOW, cadence="3m"))
    assert not has_own_cadence(Contact("c2", "Tom", NOW, cadence="1m"))
    assert not has_own_cadence(Contact("c3", "Zoé", NOW, cadence="3m", own_cadence=False))


def test_a_rhythm_chosen_in_the_form_is_the_contacts_own() -> None:
    when = Situation(now=NOW, zone=PARIS, language="fr")
    typed = apply_text("cadence", Contact("c1", "Léa", NOW), "tous les mois", when).contact
    pressed = apply_choice("cadence", Contact("c1", "Léa", NOW), "1m", when).contact
    assert typed is not None
    assert pressed is not None
    assert typed.own_cadence
    assert pressed.own_cadence


def test_a_tags_rhythm_is_set_changed_and_removed_on_the_profile() -> None:
    profile = with_rhythm(UserProfile(1, NOW), "lyon", Cadence(3, "month"))
    profile = with_rhythm(profile, "airbus", Cadence(1, "week"))
    profile = with_rhythm(profile, "airbus", Cadence(2, "week"))
    assert profile.tag_rhythms == RHYTHMS
    assert with_rhythm(profile, "airbus", None).tag_rhythms == (("lyon", "3m"),)
