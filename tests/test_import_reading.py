"""Reading contacts files: phone .vcf exports, LinkedIn, Google Contacts, any CSV; duplicates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from core.duplicates import find_known
from core.model import Birthday, Channel, Contact
from core.reading.importing import read_file
from core.reading.importing.defaults import Defaults, read_defaults

FIXTURES = Path(__file__).parent / "fixtures" / "import"
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def read(name: str) -> tuple[str, list[str], tuple[int, ...]]:
    reading = read_file(name, (FIXTURES / name).read_bytes())
    assert reading is not None
    return reading.source, [c.name for c in reading.candidates], reading.unreadable


def test_android_21_quoted_printable_with_soft_breaks_and_a_photo() -> None:
    reading = read_file("android_21.vcf", (FIXTURES / "android_21.vcf").read_bytes())
    assert reading is not None
    eloise, jorg, minh = reading.candidates
    assert eloise.name == "Éloïse Lefèvre (Airbus)"  # "=20=" then a soft line break
    assert eloise.channels == (
        Channel("phone", "+33612345678"),
        Channel("phone", "+33123456789"),
        Channel("email", "eloise.lefevre@example.fr"),
    )
    assert eloise.work == "Airbus"
    assert jorg.name == "Jörg Müller"
    assert [c.kind for c in minh.channels] == ["phone", "phone", "email", "email"]
    assert reading.unreadable == (3,)  # the card without a name, the others kept


def test_ios_30_item_groups_escaped_quotes_and_a_year_less_birthday() -> None:
    reading = read_file("ios_30.vcf", (FIXTURES / "ios_30.vcf").read_bytes())
    assert reading is not None
    marie, lea, john = reading.candidates
    assert marie.channels == (
        Channel("phone", "+33611223344"),  # its type="Portable \"perso\"" was read
        Channel("phone", "+15145550199"),
        Channel("email", "marie.dupont@example.com"),
        Channel("linkedin", "https://www.linkedin.com/in/marie-dupont-42"),
    )
    assert marie.work == "Data scientist, Ubisoft"
    assert marie.birthday == Birthday(14, 3, None)  # X-APPLE-OMIT-YEAR=1604
    assert lea.birthday == Birthday(14, 3, None)  # --0314
    assert john.birthday == Birthday(21, 7, 1990)
    assert reading.unreadable == ()


def test_pictures_are_dropped_before_the_size_check() -> None:
    photo = "\n ".join(["QUJDRA" * 12] * 2000)  # 144 kB of folded base64
    text = f"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nPHOTO;ENCODING=b;TYPE=JPEG:{photo}\nEND:VCARD\n"
    reading = read_file("a.vcf", text.encode())
    assert reading is not None
    assert [c.name for c in reading.candidates] == ["Ana"]


def test_vcard_40() -> None:
    reading = read_file("card_40.vcf", (FIXTURES / "card_40.vcf").read_bytes())
    assert reading is not None
    (sofia,) = reading.candidates
    assert sofia.channels[0] == Channel("phone", "+393471234567")
    assert (sofia.work, sofia.birthday) == (
        "PhD student, Politecnico di Milano",
        Birthday(2, 5, 1995),
    )


def test_a_broken_card_is_counted_and_the_rest_kept() -> None:
    assert read("broken.vcf") == ("vcf", [], (1,))
    text = "BEGIN:VCARD\nFN:Ana\nEND:VCARD\nBEGIN:VCARD\nFN:Cut\nBEGIN:VCARD\nFN:Bo\nEND:VCARD\n"
    reading = read_file("x.vcf", text.encode())
    assert reading is not None
    assert ([c.name for c in reading.candidates], reading.unreadable) == (["Ana", "Bo"], (2,))


def test_linkedin_csv_and_zip_with_preamble_bom_and_dates() -> None:
    expected = ["Marie Dupont", "Thomas Bernard", "Aiko Tanaka", "Chloé Petit"]
    assert read("Connections.csv") == ("linkedin", expected, (10,))
    assert read("Basic_LinkedInDataExport_12-07-2026.zip") == ("linkedin", expected, (10,))
    reading = read_file("Connections.csv", (FIXTURES / "Connections.csv").read_bytes())
    assert reading is not None
    thomas = reading.candidates[1]
    assert thomas.work == "Ingénieur systèmes, avionique, Airbus"
    assert thomas.connected_on == date(2025, 1, 3)
    assert Channel("email", "thomas.bernard@example.com") in thomas.channels


def test_google_current_and_legacy_with_joined_values() -> None:
    assert read("google_contacts.csv") == ("google", ["Camille Roux", "Ben Okafor"], (4,))
    reading = read_file("google_legacy.csv", (FIXTURES / "google_legacy.csv").read_bytes())
    assert reading is not None
    (hugo,) = reading.candidates
    assert hugo.channels[:2] == (Channel("phone", "+33601020304"), Channel("phone", "+33605060708"))
    assert (hugo.work, hugo.birthday) == ("Designer, Renault", Birthday(29, 2, 1988))


def test_generic_csv_in_french_and_unknown_columns() -> None:
    assert read("contacts_fr.csv") == ("csv", ["Inès Moreau", "Paul Girard"], (4,))
    assert read_file("unknown_columns.csv", (FIXTURES / "unknown_columns.csv").read_bytes()) is None
    english = "\ufeffFull name,Phone,Company\nAna Lima,+55 11 91234 5678,Itau\n".encode()
    reading = read_file("people.csv", english)
    assert reading is not None
    assert reading.candidates[0].channels == (Channel("phone", "+5511912345678"),)


def test_duplicates_on_phone_email_linkedin_and_folded_name() -> None:
    reading = read_file("ios_30.vcf", (FIXTURES / "ios_30.vcf").read_bytes())
    assert reading is not None
    contacts = [
        Contact("a", "Someone Else", NOW, channels=(Channel("phone", "+33611223344"),)),
        Contact("b", "LEA MARTIN", NOW),
        Contact("c", "J. S.", NOW, channels=(Channel("email", "JOHN@example.org"),)),
    ]
    new, known, repeated = find_known(reading.candidates, contacts)
    assert (new, repeated) == ([], [])
    assert [(c.name, k.contact_id) for c, k in known] == [
        ("Marie Dupont", "a"),
        ("Léa Martin", "b"),
        ("John Smith", "c"),
    ]
    linkedin = Contact("d", "M", NOW, channels=(reading.candidates[0].channels[3],))
    assert len(find_known(reading.candidates[:1], [linkedin])[1]) == 1


def test_someone_twice_in_the_file_is_kept_once() -> None:
    text = (
        "First Name,Last Name,E-mail 1 - Value,Phone 1 - Value\n"
        "Ana,Lima,ana@example.com,\n"
        "Bo,Chen,,+33 6 12 34 56 78\n"
        "ANA,LIMA,,\n"
        "Bob,Chen,,06 12 34 56 78\n"
        "Cy,Roy,,\n"
    )
    reading = read_file("g.csv", text.encode())
    assert reading is not None
    new, known, repeated = find_known(reading.candidates, [])
    assert ([c.name for c in new], known) == (["Ana Lima", "Bo Chen", "Cy Roy"], [])
    assert [(c.name, c.number) for c in repeated] == [("ANA LIMA", 4), ("Bob Chen", 5)]


def test_batch_defaults() -> None:
    assert read_defaults("#linkedin every 3 months met: stage chez Airbus") == Defaults(
        ("linkedin",), "3m", "stage chez Airbus"
    )
    assert read_defaults("#Stage #stage rencontré : Erasmus à Berlin") == Defaults(
        ("stage",), None, "Erasmus à Berlin"
    )
    assert read_defaults("tous les 2 mois") == Defaults((), "2m", "")
    assert read_defaults("n'importe quoi") is None


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=3000), name=st.sampled_from(["a.vcf", "a.csv", "a.zip", "a"]))
def test_any_bytes_are_read_or_refused_never_raise(data: bytes, name: str) -> None:
    reading = read_file(name, data)
    assert reading is None or all(c.name for c in reading.candidates)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_after_a_vcard_header_never_raises(text: str) -> None:
    read_file("a.vcf", f"BEGIN:VCARD\nVERSION:2.1\n{text}\nEND:VCARD\n".encode())
    read_file("a.csv", f"First Name,Last Name,Email\n{text}".encode())
