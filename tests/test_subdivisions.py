"""Sub-national governments read from running text: each unit is found with its kind, country
and ISO 3166-2 region; a capital that names its national government still does; and the
forms a unit shares or nearly shares with a country or another unit keep their readings
("Georgia", "Punjab", "Niger")."""

from __future__ import annotations

import pytest

import deepseek_policy as dp
from deepseek_policy.model import Extraction

SUB = "subnational_government"


def _extract(sentence: str) -> Extraction:
    return dp.extract(f"Local rules\n\n{sentence}", published="2025-03-04")


def _doer(ex: Extraction) -> tuple[str, str, str | None, str | None]:
    """The name, kind, country and region of the actor of the sentence's first action."""
    assert ex.actions, "no action read"
    a = ex.actor(ex.actions[0].actor)
    return (a.name, a.kind.value, a.country, a.region)


UNITS = [
    # United Arab Emirates
    ("The Dubai government told its staff to stop using DeepSeek.", "Dubai", "AE", "AE-DU"),
    ("Sharjah told its civil servants to stop using DeepSeek.", "Sharjah", "AE", "AE-SH"),
    (
        "The Emirate of Abu Dhabi restricted DeepSeek on official laptops.",
        "Emirate of Abu Dhabi",
        "AE",
        "AE-AZ",
    ),
    # Malaysia
    ("Selangor blocked DeepSeek on state computers.", "Selangor", "MY", "MY-10"),
    ("The Penang state government blocked DeepSeek on its networks.", "Penang", "MY", "MY-07"),
    # Indonesia
    ("East Java banned DeepSeek on its office computers.", "East Java", "ID", "ID-JI"),
    (
        "The West Java provincial government banned DeepSeek on office computers.",
        "West Java",
        "ID",
        "ID-JB",
    ),
    # Philippines: a Metro Manila city takes PH-00
    ("The Quezon City government barred DeepSeek from its offices.", "Quezon City", "PH", "PH-00"),
    (
        "The Bangsamoro government barred DeepSeek from its offices.",
        "Bangsamoro Autonomous Region in Muslim Mindanao",
        "PH",
        "PH-14",
    ),
    # South Africa
    ("The Gauteng provincial government banned DeepSeek.", "Gauteng", "ZA", "ZA-GP"),
    ("KwaZulu-Natal banned DeepSeek on provincial devices.", "KwaZulu-Natal", "ZA", "ZA-KZN"),
    # Nigeria: the "X State" form
    ("Lagos State Government banned DeepSeek on its computers.", "Lagos State", "NG", "NG-LA"),
    ("Niger State banned DeepSeek on its computers.", "Niger State", "NG", "NG-NI"),
    # Kenya
    ("Nairobi County blocked DeepSeek on county computers.", "Nairobi County", "KE", "KE-30"),
    ("The County Government of Mombasa blocked DeepSeek.", "Mombasa County", "KE", "KE-28"),
    ("Kisumu County blocked DeepSeek on county computers.", "Kisumu County", "KE", "KE-17"),
    # Brazil
    ("The Sao Paulo state government restricted DeepSeek.", "São Paulo State", "BR", "BR-SP"),
    ("Minas Gerais restricted DeepSeek on state devices.", "Minas Gerais", "BR", "BR-MG"),
    # Mexico
    ("Jalisco banned DeepSeek on state computers.", "Jalisco", "MX", "MX-JAL"),
    ("Nuevo Leon banned DeepSeek on state computers.", "Nuevo León", "MX", "MX-NLE"),
    # Argentina: the city and the province of Buenos Aires, not the national capital
    (
        "The Buenos Aires City government banned DeepSeek on city phones.",
        "City of Buenos Aires",
        "AR",
        "AR-C",
    ),
    (
        "Buenos Aires province banned DeepSeek on official phones.",
        "Buenos Aires Province",
        "AR",
        "AR-B",
    ),
    # Spain
    ("The Catalan government blocked DeepSeek on its networks.", "Catalonia", "ES", "ES-CT"),
    ("The Basque government blocked DeepSeek on its networks.", "Basque Country", "ES", "ES-PV"),
    (
        "The Community of Madrid blocked DeepSeek on its networks.",
        "Community of Madrid",
        "ES",
        "ES-MD",
    ),
    # Switzerland
    ("The canton of Zurich banned DeepSeek on its computers.", "Canton of Zurich", "CH", "CH-ZH"),
    ("The canton of Bern banned DeepSeek on its computers.", "Canton of Bern", "CH", "CH-BE"),
    ("Ticino banned DeepSeek on cantonal computers.", "Canton of Ticino", "CH", "CH-TI"),
    # Italy
    ("Lombardy barred DeepSeek from its hospitals.", "Lombardy", "IT", "IT-25"),
    ("The Sicilian regional government barred DeepSeek.", "Sicily", "IT", "IT-82"),
    # France: "Île-de-France" is found by its ASCII spelling
    ("The Ile-de-France region barred DeepSeek from its schools.", "Île-de-France", "FR", "FR-IDF"),
    ("Occitanie barred DeepSeek from its schools.", "Occitanie", "FR", "FR-OCC"),
    # Pakistan
    ("The Sindh government banned DeepSeek on official devices.", "Sindh", "PK", "PK-SD"),
    (
        "The Khyber Pakhtunkhwa government banned DeepSeek on official devices.",
        "Khyber Pakhtunkhwa",
        "PK",
        "PK-KP",
    ),
    ("Punjab province banned DeepSeek on official devices.", "Punjab Province", "PK", "PK-PB"),
    # Germany: the hyphenated Länder and the demonym forms
    ("The Bavarian government barred DeepSeek from state computers.", "Bavaria", "DE", "DE-BY"),
    ("The Thuringian state government banned DeepSeek for staff.", "Thuringia", "DE", "DE-TH"),
    (
        "The Rhineland-Palatinate government told its ministries to stop using DeepSeek.",
        "Rhineland-Palatinate",
        "DE",
        "DE-RP",
    ),
    (
        "The Schleswig-Holstein state government blocked DeepSeek on its network.",
        "Schleswig-Holstein",
        "DE",
        "DE-SH",
    ),
    (
        "Mecklenburg-Western Pomerania banned DeepSeek on state devices.",
        "Mecklenburg-Western Pomerania",
        "DE",
        "DE-MV",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "country", "region"), UNITS)
def test_a_unit_reads_as_its_government(
    sentence: str, name: str, country: str, region: str
) -> None:
    assert _doer(_extract(sentence)) == (name, SUB, country, region)


def test_a_body_of_an_emirate_whose_name_is_the_capital() -> None:
    ex = _extract("Abu Dhabi's Department of Health told hospitals to stop using DeepSeek.")
    assert _doer(ex) == ("Department of Health – Abu Dhabi", "government_agency", "AE", "AE-AZ")
    # a name several countries' bodies share is none of theirs where nothing names a country
    ex = _extract("The Department of Health told hospitals to stop using DeepSeek.")
    assert _doer(ex)[2] is None


@pytest.mark.parametrize(
    ("capital", "country"),
    [
        ("Abu Dhabi", "AE"),
        ("Kuala Lumpur", "MY"),
        ("Putrajaya", "MY"),
        ("Jakarta", "ID"),
        ("Manila", "PH"),
        ("Pretoria", "ZA"),
        ("Abuja", "NG"),
        ("Nairobi", "KE"),
        ("Brasilia", "BR"),
        ("Mexico City", "MX"),
        ("Buenos Aires", "AR"),
        ("Madrid", "ES"),
        ("Bern", "CH"),
        ("Rome", "IT"),
        ("Paris", "FR"),
        ("Islamabad", "PK"),
        ("Riyadh", "SA"),
        ("Berlin", "DE"),
    ],
)
def test_a_capital_still_names_its_national_government(capital: str, country: str) -> None:
    ex = _extract(f"{capital} banned DeepSeek on official devices.")
    name, kind, code, region = _doer(ex)
    assert (kind, code, region) == ("country", country, None), name
    assert not [a.name for a in ex.actors if a.kind.value == SUB]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Georgia" alone is the country; the US state goes by its longer forms
        ("Georgia banned DeepSeek on official devices.", ("Georgia", "country", "GE", None)),
        (
            "The state of Georgia banned DeepSeek on government phones.",
            ("Georgia", SUB, "US", "US-GA"),
        ),
        # bare "Punjab" stays India's state; Pakistan's province has its own forms
        ("Punjab banned DeepSeek on official devices.", ("Punjab", SUB, "IN", "IN-PB")),
        # the country Niger is not Nigeria's Niger State
        ("Niger banned DeepSeek on official devices.", ("Niger", "country", "NE", None)),
    ],
)
def test_shared_and_near_forms_keep_their_readings(
    sentence: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert _doer(_extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        # the spec's "unknown state" cases used Goias and Parana, which the gazetteer now knows:
        # these keep the pattern for a state it does not know
        (
            "The state of Kachin banned DeepSeek on official devices on Monday.",
            "Kachin State",
            None,
        ),
        ("Myanmar's Shan state banned DeepSeek on official devices.", "Shan State", "MM"),
    ],
)
def test_a_state_the_gazetteer_does_not_know_is_still_read(
    sentence: str, name: str, country: str | None
) -> None:
    assert _doer(_extract(sentence)) == (name, SUB, country, None)


@pytest.mark.parametrize(
    ("sentence", "name", "region"),
    [
        (
            "Rhineland-Palatinate's data protection commissioner warned against DeepSeek.",
            "State Commissioner for Data Protection and Freedom of Information "
            "Rhineland-Palatinate",
            "DE-RP",
        ),
        (
            "Saxony-Anhalt's data protection commissioner warned against DeepSeek.",
            "State Commissioner for Data Protection Saxony-Anhalt",  # in the gazetteer now
            "DE-ST",
        ),
        (
            "The data protection commissioner of Baden-Württemberg warned against DeepSeek.",
            "State Commissioner for Data Protection and Freedom of Information Baden-Württemberg",
            "DE-BW",
        ),
    ],
)
def test_a_hyphenated_land_owns_its_described_body(sentence: str, name: str, region: str) -> None:
    assert _doer(_extract(sentence)) == (name, "regulator", "DE", region)


@pytest.mark.parametrize(
    ("sentence", "name", "country", "region"),
    [
        (
            "The Abu Dhabi government restricted DeepSeek on official laptops.",
            "Emirate of Abu Dhabi",
            "AE",
            "AE-AZ",
        ),
        (
            "The Jakarta provincial government barred DeepSeek from its offices.",
            "Jakarta Special Capital Region",
            "ID",
            "ID-JK",
        ),
        (
            "The Mexico City government banned DeepSeek on city computers.",
            "Government of Mexico City",
            "MX",
            "MX-CMX",
        ),
    ],
)
def test_the_before_a_capitals_municipal_form(
    sentence: str, name: str, country: str, region: str
) -> None:
    assert _doer(_extract(sentence)) == (name, SUB, country, region)


def test_mid_sentence_the_already_reads_the_municipal_form() -> None:
    ex = _extract("Officials said the Abu Dhabi government restricted DeepSeek on laptops.")
    assert _doer(ex) == ("Emirate of Abu Dhabi", SUB, "AE", "AE-AZ")
