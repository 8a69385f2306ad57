"""Validate the dated actor knowledge base (people.csv / roles.csv) on its own.

These tests read only the CSV files shipped in ``detente/data/actors`` and do not
depend on the resolver.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "detente" / "data" / "actors"

PEOPLE_HEADER = ["person_id", "name", "aliases"]
ROLES_HEADER = ["person_id", "country", "role", "title", "sector", "valid_from", "valid_to"]
ROLE_SECTOR = {
    "head_of_state": "GOV",
    "head_of_government": "GOV",
    "foreign_minister": "GOV",
    "defence_minister": "GOV",
    "national_security_adviser": "GOV",
    "intelligence_chief": "SPY",
    "army_chief": "MIL",
}
# Several intelligence services coexist in one country (CIA and DNI, FSB and SVR):
# overlaps are checked per office (title) for this role, per role otherwise.
PER_TITLE_ROLES = {"intelligence_chief"}
MAX_HANDOVER_OVERLAP_DAYS = 7
# Acting spells shorter than a month are not listed (README), so uncovered
# stretches of up to this many days are tolerated without documentation.
MAX_UNDOCUMENTED_GAP_DAYS = 31

COUNTRIES = [
    "USA",
    "PAK",
    "IND",
    "CHN",
    "AFG",
    "RUS",
    "GBR",
    "FRA",
    "DEU",
    "JPN",
    "IRN",
    "SAU",
    "ISR",
    "TUR",
    "KOR",
    "PRK",
    "UKR",
]
COVERED_ROLES = ["head_of_state", "foreign_minister", "defence_minister"]
COVER_FROM = date(2000, 1, 1)
COVER_TO = date(2024, 12, 31)

# Known stretches (inclusive) with no listed holder of the office, and why.
DOCUMENTED_GAPS: dict[tuple[str, str], list[tuple[str, str, str]]] = {
    ("PAK", "foreign_minister"): [
        (
            "2002-06-01",
            "2002-11-22",
            "after Abdul Sattar resigned; foreign affairs run by "
            "the military government without a cabinet foreign minister",
        ),
        ("2013-03-16", "2013-06-04", "2013 caretaker cabinet: foreign minister not recorded here"),
    ],
    ("PAK", "defence_minister"): [
        (
            "2000-01-01",
            "2002-11-22",
            "military government of Pervez Musharraf (1999-2002): "
            "no cabinet defence minister recorded here",
        ),
        ("2013-03-16", "2013-06-04", "2013 caretaker cabinet: defence minister not recorded here"),
    ],
    ("AFG", "foreign_minister"): [
        (
            "2001-11-13",
            "2001-12-21",
            "collapse of the Taliban government, before the Bonn "
            "interim administration took office on 2001-12-22",
        ),
        (
            "2019-01-01",
            "2020-02-29",
            "succession of short acting foreign ministers (Idrees "
            "Zaman, Haroon Chakhansuri) whose exact dates are not recorded here",
        ),
    ],
    ("AFG", "defence_minister"): [
        (
            "2001-11-13",
            "2001-12-21",
            "collapse of the Taliban government, before the Bonn "
            "interim administration took office on 2001-12-22",
        ),
        (
            "2012-08-07",
            "2012-09-14",
            "after Abdul Rahim Wardak's impeachment, before Bismillah Khan Mohammadi was confirmed",
        ),
    ],
    ("KOR", "foreign_minister"): [
        (
            "2010-09-04",
            "2010-10-07",
            "after Yu Myung-hwan resigned; ministry run by a vice "
            "minister until Kim Sung-hwan took office",
        ),
    ],
    ("PRK", "foreign_minister"): [
        (
            "2007-01-02",
            "2007-05-17",
            "after Paek Nam-sun's death, before Pak Ui-chun's appointment",
        ),
    ],
    ("PRK", "defence_minister"): [
        (
            "2015-04-30",
            "2015-06-30",
            "after Hyon Yong-chol's purge; successor Pak Yong-sik's "
            "exact start is not known (first of month used)",
        ),
    ],
    ("UKR", "foreign_minister"): [
        (
            "2007-01-30",
            "2007-03-20",
            "after parliament dismissed Borys Tarasyuk, before Arseniy Yatsenyuk was appointed",
        ),
    ],
    ("CHN", "defence_minister"): [
        ("2023-10-24", "2023-12-28", "vacancy after Li Shangfu was removed, before Dong Jun"),
    ],
}

SLUG = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(DATA / name, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, r, strict=False)) for r in reader]
        return header, rows


def _d(s: str) -> date:
    return date.fromisoformat(s)


@pytest.fixture(scope="module")
def people() -> list[dict[str, str]]:
    header, rows = _read("people.csv")
    assert header == PEOPLE_HEADER
    return rows


@pytest.fixture(scope="module")
def roles() -> list[dict[str, str]]:
    header, rows = _read("roles.csv")
    assert header == ROLES_HEADER
    return rows


def _end(r: dict[str, str]) -> date:
    return _d(r["valid_to"]) if r["valid_to"] else date(9999, 12, 31)


def _holders(roles, pid, country, role, day: str):
    d = _d(day)
    return [
        r
        for r in roles
        if r["person_id"] == pid
        and r["country"] == country
        and r["role"] == role
        and _d(r["valid_from"]) <= d < _end(r)
    ]


def test_headers_exact():
    assert _read("people.csv")[0] == PEOPLE_HEADER
    assert _read("roles.csv")[0] == ROLES_HEADER


def test_rows_have_right_width():
    for name, width in (("people.csv", 3), ("roles.csv", 7)):
        with open(DATA / name, newline="", encoding="utf-8") as fh:
            for i, row in enumerate(csv.reader(fh), 1):
                assert len(row) == width, f"{name}:{i}: {row}"


def test_people_ids_unique_and_slugs(people):
    ids = [p["person_id"] for p in people]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, dupes
    for p in people:
        assert SLUG.match(p["person_id"]), p["person_id"]
        assert p["name"].strip() == p["name"] and p["name"], p
        aliases = [a for a in p["aliases"].split("|")] if p["aliases"] else []
        assert all(a.strip() == a and a for a in aliases), p
        assert len(aliases) == len(set(aliases)), p


def test_roles_reference_people_and_are_well_formed(people, roles):
    ids = {p["person_id"] for p in people}
    countries_file = DATA / "countries.csv"
    known = None
    if countries_file.exists():
        with open(countries_file, newline="", encoding="utf-8") as fh:
            known = {row["iso3"] for row in csv.DictReader(fh)}
    for r in roles:
        assert r["person_id"] in ids, r
        assert re.fullmatch(r"[A-Z]{3}", r["country"]), r
        if known is not None:
            assert r["country"] in known, r
        assert r["role"] in ROLE_SECTOR, r
        assert r["sector"] == ROLE_SECTOR[r["role"]], r
        assert r["title"].strip(), r
        start = _d(r["valid_from"])
        if r["valid_to"]:
            assert start < _d(r["valid_to"]), r


def test_every_person_has_a_role(people, roles):
    used = {r["person_id"] for r in roles}
    unused = [p["person_id"] for p in people if p["person_id"] not in used]
    assert not unused, unused


def test_no_overlapping_spells(roles):
    groups = defaultdict(list)
    for r in roles:
        key = (r["country"], r["role"]) + ((r["title"],) if r["role"] in PER_TITLE_ROLES else ())
        groups[key].append(r)
    problems = []
    for key, rows in groups.items():
        rows.sort(key=lambda r: (r["valid_from"], _end(r)))
        for a, b in itertools.pairwise(rows):
            overlap = (_end(a) - _d(b["valid_from"])).days
            if overlap > MAX_HANDOVER_OVERLAP_DAYS:
                problems.append(
                    (
                        key,
                        a["person_id"],
                        a["valid_from"],
                        a["valid_to"],
                        b["person_id"],
                        b["valid_from"],
                        overlap,
                    )
                )
    assert not problems, problems


def _uncovered(rows, start: date, end: date) -> list[tuple[date, date]]:
    """Maximal stretches of days in [start, end] not inside any [from, to) spell."""
    spells = sorted((_d(r["valid_from"]), _end(r)) for r in rows)
    gaps, cursor = [], start
    for s, e in spells:
        if s > cursor:
            gaps.append((cursor, min(s - timedelta(days=1), end)))
        cursor = max(cursor, e)
        if cursor > end:
            break
    if cursor <= end:
        gaps.append((cursor, end))
    return [g for g in gaps if g[0] <= g[1] and g[0] <= end]


@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("role", COVERED_ROLES)
def test_core_offices_covered(roles, country, role):
    rows = [r for r in roles if r["country"] == country and r["role"] == role]
    assert rows, f"no {role} for {country}"
    documented = [(_d(a), _d(b)) for a, b, _ in DOCUMENTED_GAPS.get((country, role), [])]
    bad = []
    for g0, g1 in _uncovered(rows, COVER_FROM, COVER_TO):
        if (g1 - g0).days + 1 <= MAX_UNDOCUMENTED_GAP_DAYS:
            continue
        if any(d0 <= g0 and g1 <= d1 for d0, d1 in documented):
            continue
        bad.append((g0.isoformat(), g1.isoformat()))
    assert not bad, f"{country} {role} uncovered: {bad}"


def test_documented_gaps_are_real(roles):
    """A documented gap must not be (mostly) covered by a listed holder."""
    for (country, role), gaps in DOCUMENTED_GAPS.items():
        rows = [r for r in roles if r["country"] == country and r["role"] == role]
        for a, b, reason in gaps:
            assert reason
            holes = _uncovered(rows, _d(a), _d(b))
            assert holes, f"documented gap {country} {role} {a}..{b} is fully covered"


@pytest.mark.parametrize(
    "pid,country,role,day",
    [
        ("mike_pompeo", "USA", "intelligence_chief", "2017-12-15"),
        ("mike_pompeo", "USA", "foreign_minister", "2018-09-05"),
        ("imran_khan", "PAK", "head_of_government", "2018-09-10"),
        ("qamar_javed_bajwa", "PAK", "army_chief", "2018-09-10"),
        ("shah_mehmood_qureshi", "PAK", "foreign_minister", "2018-09-10"),
        ("shah_mehmood_qureshi", "PAK", "foreign_minister", "2009-06-01"),
        ("jim_mattis", "USA", "defence_minister", "2018-06-01"),
        ("john_bolton", "USA", "national_security_adviser", "2019-01-15"),
        ("narendra_modi", "IND", "head_of_government", "2020-01-01"),
        ("ajit_doval", "IND", "national_security_adviser", "2020-01-01"),
        ("xi_jinping", "CHN", "head_of_state", "2020-01-01"),
        ("ashraf_ghani", "AFG", "head_of_state", "2018-09-10"),
        ("vladimir_putin", "RUS", "head_of_state", "2016-01-01"),
        ("asim_munir", "PAK", "intelligence_chief", "2019-01-01"),
        ("asim_munir", "PAK", "army_chief", "2023-06-01"),
    ],
)
def test_spot_facts(roles, pid, country, role, day):
    assert _holders(roles, pid, country, role, day), (pid, country, role, day)


def test_spot_fact_negatives(roles):
    # Pompeo was not yet Secretary of State in December 2017, nor CIA director in Sept 2018.
    assert not _holders(roles, "mike_pompeo", "USA", "foreign_minister", "2017-12-15")
    assert not _holders(roles, "mike_pompeo", "USA", "intelligence_chief", "2018-09-05")


def test_key_aliases(people):
    by_id = {p["person_id"]: set(p["aliases"].split("|")) | {p["name"]} for p in people}
    assert {"Pompeo", "Michael Pompeo"} <= by_id["mike_pompeo"]
    assert {"Qureshi", "Shah Mahmood Qureshi"} <= by_id["shah_mehmood_qureshi"]
    assert "Bajwa" in by_id["qamar_javed_bajwa"]
    assert "Modi" in by_id["narendra_modi"]
    assert "Xi" in by_id["xi_jinping"]
    assert "Ghani" in by_id["ashraf_ghani"]
