"""Office holders resolved by date against the shipped people.csv / roles.csv.

Each case names a person, a day in office, and days before and after the spell,
as an analyst would check them against the public record.
"""

from __future__ import annotations

from importlib import resources

import pytest

from detente.actors import ActorKB

PEOPLE_FILES = resources.files("detente.data").joinpath("actors")
HAVE_PEOPLE = (
    PEOPLE_FILES.joinpath("people.csv").is_file() and PEOPLE_FILES.joinpath("roles.csv").is_file()
)
pytestmark = pytest.mark.skipif(
    not HAVE_PEOPLE, reason="src/detente/data/actors/people.csv and roles.csv are not written yet"
)

# (name, country, role during, day during, day before, (day after, role after or None))
CASES = [
    ("Mike Pompeo", "USA", "foreign_minister", "2018-09-05", "2016-06-01", ("2022-01-01", None)),
    ("Imran Khan", "PAK", "head_of_government", "2019-06-01", "2015-01-01", ("2023-01-01", None)),
    ("Sushma Swaraj", "IND", "foreign_minister", "2016-06-01", "2010-01-01", ("2020-01-01", None)),
    ("Qin Gang", "CHN", "foreign_minister", "2023-03-01", "2020-01-01", ("2024-01-01", None)),
    ("Ashraf Ghani", "AFG", "head_of_state", "2018-06-01", "2010-01-01", ("2022-01-01", None)),
    (
        "Dmitry Medvedev",
        "RUS",
        "head_of_state",
        "2010-06-01",
        "2000-01-01",
        ("2015-01-01", "head_of_government"),
    ),
    (
        "Boris Johnson",
        "GBR",
        "foreign_minister",
        "2017-06-01",
        "2015-01-01",
        ("2020-06-01", "head_of_government"),
    ),
    ("Emmanuel Macron", "FRA", "head_of_state", "2020-01-01", "2016-01-01", None),
    (
        "Angela Merkel",
        "DEU",
        "head_of_government",
        "2010-01-01",
        "2000-01-01",
        ("2023-01-01", None),
    ),
    ("Shinzo Abe", "JPN", "head_of_government", "2015-01-01", "2000-01-01", ("2021-06-01", None)),
    (
        "Mohammad Javad Zarif",
        "IRN",
        "foreign_minister",
        "2016-01-01",
        "2010-01-01",
        ("2022-01-01", None),
    ),
    ("Mohammed bin Salman", "SAU", "defence_minister", "2018-01-01", "2010-01-01", None),
    (
        "Benjamin Netanyahu",
        "ISR",
        "head_of_government",
        "2015-01-01",
        "1990-01-01",
        ("2021-10-01", None),
    ),
    (
        "Mevlut Cavusoglu",
        "TUR",
        "foreign_minister",
        "2018-01-01",
        "2012-01-01",
        ("2024-01-01", None),
    ),
    ("Moon Jae-in", "KOR", "head_of_state", "2019-01-01", "2015-01-01", ("2023-01-01", None)),
    ("Kim Jong-un", "PRK", "head_of_state", "2018-06-01", "2009-01-01", None),
    ("Volodymyr Zelenskyy", "UKR", "head_of_state", "2020-01-01", "2018-01-01", None),
]


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def _require(kb: ActorKB, name: str) -> None:
    found = kb.resolve(name)
    if found is None or found.match not in ("exact", "alias") or found.name is None:
        pytest.skip(
            f"people.csv has no {name} yet (the people/roles files are still being written)"
        )


@pytest.mark.parametrize(
    ("name", "country", "role", "during", "before", "after"), CASES, ids=[c[1] for c in CASES]
)
def test_actors_person_resolves_by_date(
    kb: ActorKB,
    name: str,
    country: str,
    role: str,
    during: str,
    before: str,
    after: tuple[str, str | None] | None,
) -> None:
    _require(kb, name)
    in_office = kb.resolve(name, during)
    assert in_office is not None
    assert (in_office.country, in_office.role) == (country, role)
    assert in_office.valid_from is not None
    assert in_office.valid_from.isoformat() <= during

    earlier = kb.resolve(name, before)
    assert earlier is not None
    assert earlier.country == country
    assert earlier.role is None, f"{name} held no tracked office on {before}"
    assert earlier.sector is None

    if after is not None:
        day, role_after = after
        later = kb.resolve(name, day)
        assert later is not None
        assert later.country == country
        assert later.role == role_after


def test_actors_pompeo_cia_then_state(kb: ActorKB) -> None:
    _require(kb, "Mike Pompeo")
    cia = kb.resolve("Mike Pompeo", "2017-12-15")
    state = kb.resolve("Mike Pompeo", "2018-09-05")
    assert cia is not None and state is not None
    assert (cia.country, cia.sector, cia.role) == ("USA", "SPY", "intelligence_chief")
    assert (state.country, state.sector, state.role) == ("USA", "GOV", "foreign_minister")


def test_actors_titles_name_the_holder(kb: ActorKB) -> None:
    for name in ("Mike Pompeo", "Imran Khan", "Qamar Javed Bajwa", "Shah Mehmood Qureshi"):
        _require(kb, name)
    assert kb.resolve("Secretary of State", "2018-09-10").name == "Mike Pompeo"
    assert kb.resolve("Prime Minister", "2018-09-10", "PAK").name == "Imran Khan"
    assert kb.resolve("Prime Minister Khan", "2018-09-10").name == "Imran Khan"
    chief = kb.resolve("the Army chief", "2018-09-10", "PAK")
    assert (chief.name, chief.sector, chief.match) == ("Qamar Javed Bajwa", "MIL", "title")
    assert kb.resolve("Pakistani Foreign Minister", "2018-09-10").name == "Shah Mehmood Qureshi"
    assert kb.resolve("Director CIA", "2017-12-15").name == "Mike Pompeo"


def test_actors_surname_needs_date_and_country(kb: ActorKB) -> None:
    for name in ("Nawaz Sharif", "Shehbaz Sharif"):
        _require(kb, name)
    vague = kb.resolve("Sharif")
    assert vague is not None and vague.match == "ambiguous"
    assert {"Nawaz Sharif", "Shehbaz Sharif"} <= {c.name for c in vague.candidates}
    assert kb.resolve("Sharif", "2015-06-01").match == "ambiguous"
    picked = kb.resolve("Sharif", "2023-01-01", "PAK")
    assert picked.name == "Shehbaz Sharif"
    assert picked.role == "head_of_government"


def test_actors_misspelling_is_fuzzy(kb: ActorKB) -> None:
    _require(kb, "Mike Pompeo")
    found = kb.resolve("Mike Pompeio", "2018-09-05")
    assert found is not None
    assert (found.name, found.match) == ("Mike Pompeo", "fuzzy")
    assert kb.resolve("Mike Pompadour") is None


def test_actors_seed_sentence_mentions(kb: ActorKB) -> None:
    for name in ("Mike Pompeo", "Shah Mehmood Qureshi"):
        _require(kb, name)
    text = (
        "Pakistani Foreign Minister Shah Mehmood Qureshi met Secretary of State Mike Pompeo "
        "in Islamabad."
    )
    found = [
        (m.text, m.kind, m.resolution.name, m.resolution.country, m.resolution.sector)
        for m in kb.find_mentions(text, "2018-09-05")
    ]
    assert found == [
        (
            "Pakistani Foreign Minister Shah Mehmood Qureshi",
            "person",
            "Shah Mehmood Qureshi",
            "PAK",
            "GOV",
        ),
        ("Secretary of State Mike Pompeo", "person", "Mike Pompeo", "USA", "GOV"),
        ("Islamabad", "metonym", "Pakistan", "PAK", "GOV"),
    ]


def test_actors_curly_possessive_and_title_prefix(kb: ActorKB) -> None:
    for name in ("Mike Pompeo", "Imran Khan"):
        _require(kb, name)
    text = "Pompeo’s call to PM Imran Khan came a day after Secretary Pompeo landed."
    found = [(m.text, m.resolution.name) for m in kb.find_mentions(text, "2018-09-05")]
    assert found == [
        ("Pompeo", "Mike Pompeo"),
        ("PM Imran Khan", "Imran Khan"),
        ("Secretary Pompeo", "Mike Pompeo"),
    ]
