"""The actor knowledge base: who a name, title, place or group stands for, on a date.

Built once from the tables in ``detente/data/actors`` plus user overlays, it
answers two questions: :meth:`ActorKB.resolve` (what does this phrase name?) and
:meth:`ActorKB.find_mentions` (which actors does this text name, where?).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import ahocorasick
from rapidfuzz import fuzz, process

from detente.actors._records import Mention, Resolution
from detente.actors._tables import ActorDataError, Row, load_table, split_list
from detente.actors._text import case_fits, fold, is_acronym

#: Role keys of roles.csv and titles.csv, most senior first: when a person holds
#: two offices on one day, the senior one names them.
ROLE_KEYS: tuple[str, ...] = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "national_security_adviser",
    "intelligence_chief",
    "army_chief",
)
SECTORS: frozenset[str] = frozenset(
    {
        "GOV",
        "MIL",
        "SPY",
        "LEG",
        "JUD",
        "POL",
        "OPP",
        "MED",
        "BUS",
        "REB",
        "UAF",
        "INS",
        "CVL",
        "EDU",
        "LAB",
        "AGR",
        "REF",
        "IGO",
        "NGO",
        "ELI",
    }
)
#: CAMEO's sector for elites, which the resolver gives people out of every office.
FORMER_OFFICIAL = "ELI"
#: Below this rapidfuzz ratio a misspelling is not trusted; high so that only
#: near-identical spellings ("Quereshi" for "Qureshi") pass.
FUZZY_CUTOFF = 88.0
FUZZY_MIN_LENGTH = 6
OVERLAY_ENV = "DETENTE_ACTOR_OVERLAY"

_KIND_OF_ENTRY = {"prefix": "demonym"}
_DATELINE_TAIL = re.compile(r"(?:,[^\n:()-]{0,30})?(?:\s*\([^)\n]{0,40}\))?(?:\s*:|\s+-)")
#: Between a country and its office: "Pakistan's special envoy", "India's new foreign
#: secretary" (words of rank or standing only: "former" is no longer the office).
_POSSESSIVE_GAP = re.compile(
    r"(?:'s)?\s+(?:(?:special|acting|top|senior|chief|deputy|new|interim|caretaker)\s+)?"
)
_WHITESPACE_GAP = re.compile(r"\s+")
_OF_OTHER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_FORMER = re.compile(r"(?:^|\W)(?:former |ex-)$", re.IGNORECASE)
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


@dataclass(frozen=True, slots=True)
class _Spell:
    """One person in one office, from ``valid_from`` up to (not including) ``valid_to``.

    ``valid_to`` is the day the office passed on, usually the successor's first day,
    so a handover day names exactly one holder.
    """

    person_id: str
    country: str
    role: str
    title: str
    sector: str | None
    valid_from: dt.date
    valid_to: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


@dataclass(frozen=True, slots=True)
class _Person:
    person_id: str
    name: str
    spells: tuple[_Spell, ...]


@dataclass(frozen=True, slots=True)
class _Entry:
    """One reading of a key: the key as written in the data and what it stands for."""

    kind: str  # person, title, country, demonym, prefix, metonym, place, institution, group,
    # igo, block
    surface: str
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    contexts: frozenset[str] = frozenset()
    match: str = "alias"
    prefix_only: bool = False
    #: For titles naming one agency's chief: the words of the roles.csv title to keep.
    office: str | None = None
    governing: tuple[tuple[dt.date, dt.date | None], ...] = ()


@dataclass(slots=True)
class _Span:
    """A match in a text while mentions are being assembled."""

    start: int
    end: int
    entries: list[_Entry]
    context: str | None = None
    title_entries: list[_Entry] = field(default_factory=list)

    def has(self, *kinds: str) -> bool:
        return any(e.kind in kinds for e in self.entries)


def _parse_date(value: str, origin: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ActorDataError(f"{origin}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _as_date(value: dt.date | str | None) -> dt.date | None:
    """Accept dates, datetimes and ISO strings, so callers need not convert."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ActorDataError(f"{value!r} is not a date; write it as YYYY-MM-DD") from exc


def _plural(demonym: str) -> str | None:
    """Nationals named in the plural ("Pakistanis", "Afghans") stand for the country too."""
    if demonym.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return None
    return demonym + "s"


class ActorKB:
    """An indexed, immutable actor knowledge base; build it with :meth:`load`."""

    def __init__(self, tables: dict[str, list[Row]]) -> None:
        self._keys: dict[str, list[_Entry]] = defaultdict(list)
        self._countries: dict[str, str] = {}
        self._people: dict[str, _Person] = {}
        self._holders: dict[tuple[str, str], list[_Spell]] = defaultdict(list)
        self._index_countries(tables.get("countries", []))
        self._index_places(tables.get("places", []))
        self._index_peoples(tables.get("peoples", []))
        self._index_organisations(tables)
        self._index_people(tables.get("people", []), tables.get("roles", []))
        self._index_titles(tables.get("titles", []), tables.get("roles", []))
        for row in tables.get("not_actors", []):
            self._add(row["phrase"], _Entry("block", row["phrase"]))
        self._keys = dict(self._keys)
        #: Words of titles ("Prime", "Minister", "President"): a capitalised word before a
        #: one-word name that is one of these introduces the name rather than extends it.
        self._title_words = HONORIFICS | {
            word
            for entries in self._keys.values()
            for e in entries
            if e.kind == "title"
            for word in fold(e.surface).split()
        }
        self._automaton = ahocorasick.Automaton()
        for key in self._keys:
            self._automaton.add_word(key, key)
        self._automaton.make_automaton()
        self._fuzzy_keys = [
            key
            for key, entries in self._keys.items()
            if len(key) >= FUZZY_MIN_LENGTH
            and any(e.kind in ("person", "country", "institution", "group", "igo") for e in entries)
            and not any(is_acronym(e.surface) for e in entries)
        ]

    @classmethod
    def load(cls, overlays: Sequence[Path | str] = ()) -> ActorKB:
        """The shipped tables with each overlay folder applied in order."""
        paths = [Path(p) for p in overlays]
        stems = (
            "countries",
            "places",
            "peoples",
            "institutions",
            "groups",
            "igos",
            "titles",
            "people",
            "roles",
        )
        tables = {stem: load_table(stem, paths) for stem in (*stems, "not_actors")}
        return cls(tables)

    # -- building --------------------------------------------------------------
    def _add(self, surface: str, entry: _Entry) -> None:
        key = fold(surface.strip())
        if key:
            self._keys[key].append(entry)

    def _index_countries(self, rows: Iterable[Row]) -> None:
        for row in rows:
            iso3, name = row["iso3"], row["name"]
            self._countries[iso3] = name
            base = {"actor_id": iso3, "name": name, "country": iso3}
            self._add(name, _Entry("country", name, match="exact", **base))
            for alias in split_list(row["aliases"]):
                self._add(alias, _Entry("country", alias, **base))
            for demonym in split_list(row["demonyms"]):
                self._add(demonym, _Entry("demonym", demonym, **base))
                plural = _plural(demonym)
                if plural:
                    self._add(plural, _Entry("demonym", plural, **base))
            for prefix in split_list(row["prefixes"]):
                self._add(prefix, _Entry("prefix", prefix, **base))
            for item in split_list(row["metonyms"]):
                place, _, sector = item.partition("=")
                sector = sector.strip() or "GOV"
                self._check_sector(sector, f"countries.csv metonym {item!r}")
                self._add(
                    place, _Entry("metonym", place.strip(), sector=sector, match="metonym", **base)
                )

    def _known_country(self, country: str, origin: str) -> str:
        """A row's country code, which countries.csv must list."""
        if country not in self._countries:
            raise ActorDataError(f"{origin}: country {country!r} is not in countries.csv")
        return country

    def _index_places(self, rows: Iterable[Row]) -> None:
        """Cities, regions and sites: where an event happened, so whose territory it touched.

        A place stands for its country with no sector: "shelling in Basra" is aimed at
        Iraq, but Basra is not Iraq's government.
        """
        for row in rows:
            base = {
                "actor_id": f"place:{fold(row['name'])}",
                "name": row["name"],
                "country": self._known_country(row["country"], f"places.csv {row['name']!r}"),
            }
            self._add(row["name"], _Entry("place", row["name"], match="place", **base))
            for alias in split_list(row["aliases"]):
                self._add(alias, _Entry("place", alias, match="place", **base))

    def _index_peoples(self, rows: Iterable[Row]) -> None:
        """Peoples living mostly within one state ("Rohingya", "Uyghurs", "Chechens"):
        named like nationals, they stand for that country's civilians, not its state, so
        "Chinese police detained Uyghur activists" is an event inside China."""
        for row in rows:
            base = {
                "actor_id": f"people:{row['id']}",
                "name": row["name"],
                "country": self._known_country(row["country"], f"peoples.csv {row['id']!r}"),
                "sector": "CVL",
            }
            for name in (row["name"], *split_list(row["aliases"])):
                self._add(name, _Entry("demonym", name, **base))
                plural = _plural(name)
                if plural:
                    self._add(plural, _Entry("demonym", plural, **base))

    def _index_organisations(self, tables: dict[str, list[Row]]) -> None:
        for row in tables.get("institutions", []):
            self._check_sector(row["sector"], f"institutions.csv {row['id']}")
            base = {
                "actor_id": f"inst:{row['id']}",
                "name": row["name"],
                "country": row["country"] or None,
                "sector": row["sector"],
                "contexts": frozenset(split_list(row["contexts"])),
            }
            self._add(row["name"], _Entry("institution", row["name"], match="exact", **base))
            for alias in split_list(row["aliases"]):
                self._add(alias, _Entry("institution", alias, **base))
        for row in tables.get("groups", []):
            self._check_sector(row["sector"], f"groups.csv {row['id']}")
            governing = []
            for spell in split_list(row["governing"]):
                start, _, end = spell.partition("/")
                origin = f"groups.csv {row['id']} governing"
                begin = _parse_date(start, origin)
                if begin is None:
                    raise ActorDataError(f"{origin}: a spell needs a start date (YYYY-MM-DD/...)")
                governing.append((begin, _parse_date(end, origin)))
            base = {
                "actor_id": f"group:{row['id']}",
                "name": row["name"],
                "country": row["country"] or None,
                "sector": row["sector"],
                "governing": tuple(governing),
            }
            self._add(row["name"], _Entry("group", row["name"], match="exact", **base))
            for alias in split_list(row["aliases"]):
                self._add(alias, _Entry("group", alias, **base))
        for row in tables.get("igos", []):
            base = {"actor_id": f"igo:{row['id']}", "name": row["name"], "country": row["code"]}
            self._add(row["name"], _Entry("igo", row["name"], sector="IGO", match="exact", **base))
            for alias in split_list(row["aliases"]):
                self._add(alias, _Entry("igo", alias, sector="IGO", **base))

    def _index_people(self, people: Iterable[Row], roles: Iterable[Row]) -> None:
        spells: dict[str, list[_Spell]] = defaultdict(list)
        for row in roles:
            origin = f"roles.csv {row['person_id']} {row['role']}"
            if row["role"] not in ROLE_KEYS:
                raise ActorDataError(
                    f"{origin}: unknown role {row['role']!r}; use one of {', '.join(ROLE_KEYS)}"
                )
            if row["sector"]:
                self._check_sector(row["sector"], origin)
            start = _parse_date(row["valid_from"], origin)
            assert start is not None  # valid_from is a required column
            spell = _Spell(
                row["person_id"],
                row["country"],
                row["role"],
                row["title"],
                row["sector"] or None,
                start,
                _parse_date(row["valid_to"], origin),
            )
            spells[spell.person_id].append(spell)
            self._holders[(spell.country, spell.role)].append(spell)
        for row in people:
            pid, name = row["person_id"], row["name"]
            own = tuple(sorted(spells.get(pid, []), key=lambda s: s.valid_from))
            self._people[pid] = _Person(pid, name, own)
            self._add(name, _Entry("person", name, actor_id=pid, name=name, match="exact"))
            for alias in split_list(row["aliases"]):
                self._add(alias, _Entry("person", alias, actor_id=pid, name=name))
        unknown = sorted(set(spells) - set(self._people))
        if unknown:
            raise ActorDataError(
                f"roles.csv names people missing from people.csv: {', '.join(unknown[:10])}; "
                "add them to people.csv (or the overlay's people file)"
            )

    def _index_titles(self, titles: Iterable[Row], roles: Iterable[Row]) -> None:
        listed: set[str] = set()
        for row in titles:
            role = row["role"] or None
            if role and role not in ROLE_KEYS:
                raise ActorDataError(
                    f"titles.csv {row['title']!r}: unknown role {role!r}; use one of "
                    f"{', '.join(ROLE_KEYS)}"
                )
            if row["sector"]:
                self._check_sector(row["sector"], f"titles.csv {row['title']!r}")
            listed.add(fold(row["title"]))
            self._add(
                row["title"],
                _Entry(
                    "title",
                    row["title"],
                    country=row["country"] or None,
                    sector=row["sector"] or None,
                    role=role,
                    contexts=frozenset(split_list(row["contexts"])),
                    match="title",
                    prefix_only=row["prefix_only"].lower() in ("yes", "true", "1"),
                    office=fold(row["office"]) if row["office"] else None,
                ),
            )
        # Offices named in roles.csv ("Chief of Army Staff") are titles too; one
        # country for a title fixes it, several leave it to the context.
        by_title: dict[str, list[Row]] = defaultdict(list)
        for row in roles:
            if row["title"] and fold(row["title"]) not in listed:
                by_title[row["title"]].append(row)
        for title, rows in by_title.items():
            role_keys = {r["role"] for r in rows}
            if len(role_keys) != 1:
                continue
            countries = {r["country"] for r in rows}
            self._add(
                title,
                _Entry(
                    "title",
                    title,
                    country=countries.pop() if len(countries) == 1 else None,
                    sector=rows[0]["sector"] or None,
                    role=role_keys.pop(),
                    match="title",
                ),
            )

    @staticmethod
    def _check_sector(sector: str, origin: str) -> None:
        if sector not in SECTORS:
            raise ActorDataError(
                f"{origin}: unknown sector {sector!r}; use one of {', '.join(sorted(SECTORS))}"
            )

    # -- lookups ---------------------------------------------------------------
    @property
    def countries(self) -> dict[str, str]:
        """ISO-3 code → country name for every state and territory the KB knows."""
        return dict(self._countries)

    def person_name(self, person_id: str) -> str | None:
        """The printed name of a person id, or None when the KB does not know it."""
        person = self._people.get(person_id)
        return person.name if person else None

    def holders(self, country: str, role: str, date: dt.date | str) -> list[str]:
        """The person ids holding ``role`` in ``country`` on ``date``."""
        day = _as_date(date)
        return [
            s.person_id for s in self._holders.get((country, role), []) if day and s.covers(day)
        ]

    def resolve(
        self,
        text: str,
        date: dt.date | str | None = None,
        country_context: str | None = None,
    ) -> Resolution | None:
        """What ``text`` names on ``date``, or None when no actor matches.

        Tries, in order: the whole phrase as a key (``"Mike Pompeo"``, ``"ISI"``,
        ``"the Pentagon"``), the phrase as one mention (``"Prime Minister Khan"``,
        ``"Pakistani Foreign Minister"``), then a close misspelling
        (``"Quereshi"``, ``match="fuzzy"``).
        """
        day = _as_date(date)
        cleaned = text.strip().strip('.,;:!?"')
        bare = _strip_article(cleaned)
        as_written = _strip_article(text.strip())
        if fold(bare) not in self._keys and fold(as_written) in self._keys:
            bare = as_written  # keys may end in a full stop ("U.S.")
        if bare.upper() == bare and bare in self._countries:
            name = self._countries[bare]
            return Resolution(text.strip(), bare, name, bare, None, None, None, None, "exact")
        entries = [
            e
            for e in self._keys.get(fold(bare), ())
            if case_fits(e.surface, bare, e.kind == "title")
        ]
        if entries:
            found = self._resolve_entries(text.strip(), entries, day, country_context)
            if found is not None:
                return found
        mentions = self.find_mentions(cleaned, day, country_context)
        if len(mentions) == 1 and _strip_article(cleaned[: mentions[0].start]) == "":
            rest = cleaned[mentions[0].end :].strip()
            if rest in ("", "'s", "’s"):
                return replace(mentions[0].resolution, text=text.strip())
        return self._fuzzy(text.strip(), bare, day, country_context)

    def _fuzzy(
        self, text: str, bare: str, day: dt.date | None, context: str | None
    ) -> Resolution | None:
        if len(bare) < FUZZY_MIN_LENGTH:
            return None
        best = process.extractOne(
            fold(bare), self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
        )
        if best is None:
            return None
        found = self._resolve_entries(text, self._keys[best[0]], day, context)
        if found is None or found.match == "ambiguous":
            return found
        return replace(found, match="fuzzy")

    # -- resolving entries -----------------------------------------------------
    @staticmethod
    def _in_context(entries: Sequence[_Entry], context: str | None) -> list[_Entry]:
        """Rows tied to the context country win; rows tied to other countries drop out."""
        if context:
            tied = [e for e in entries if context in e.contexts]
            if tied:
                return tied
        return [e for e in entries if not e.contexts]

    def _resolve_entries(
        self,
        text: str,
        entries: Sequence[_Entry],
        day: dt.date | None,
        context: str | None,
        title_hints: Sequence[_Entry] = (),
    ) -> Resolution | None:
        usable = [e for e in self._in_context(entries, context) if e.kind != "block"]
        others = [e for e in usable if e.kind != "person" and not e.prefix_only]
        if others:
            readings: dict[tuple[str | None, ...], Resolution] = {}
            for entry in others:
                found = self._resolve_entry(text, entry, day, context)
                readings.setdefault((found.actor_id, found.country, found.sector), found)
            if len(readings) == 1:
                return next(iter(readings.values()))
            return _ambiguous(text, list(readings.values()))
        person_ids = list(dict.fromkeys(e.actor_id for e in usable if e.kind == "person"))
        if not person_ids:
            return None
        people = [self._people[pid] for pid in person_ids if pid in self._people]
        if len(people) > 1 and day is not None:
            people = self._narrow_people(people, day, context, title_hints) or people
        readings_p = [
            self._person_resolution(text, p, day, self._person_match(entries, p)) for p in people
        ]
        if len(readings_p) == 1:
            return self._titled(readings_p[0], title_hints, context)
        return _ambiguous(text, readings_p)

    def _titled(
        self, found: Resolution, title_hints: Sequence[_Entry], context: str | None
    ) -> Resolution:
        """A person the text gives a title ("Colombian President Gustavo Petro") holds an
        office of that kind on the text's word, when the tables know no office of theirs
        on the date (a stale table, a misdated article): the title's sector."""
        if found.role is not None or found.sector not in (None, FORMER_OFFICIAL):
            return found
        for hint in self._in_context(title_hints, context):
            if hint.sector and (hint.country or context or found.country) == found.country:
                return replace(found, sector=hint.sector)
        return found

    def _narrow_people(
        self,
        people: list[_Person],
        day: dt.date,
        context: str | None,
        title_hints: Sequence[_Entry],
    ) -> list[_Person]:
        """Pick the one holder that the date plus a title or country context allows, or
        the only one in any office that day ("Bush" in 2008 is the president, not his
        father)."""
        for hint in self._in_context(title_hints, context):
            country = hint.country or context
            if hint.role:
                holding = [
                    p
                    for p in people
                    if any(
                        s.covers(day)
                        and s.role == hint.role
                        and (country is None or s.country == country)
                        for s in p.spells
                    )
                ]
                if len(holding) == 1:
                    return holding
        in_office = [
            p
            for p in people
            if any(s.covers(day) and (context is None or s.country == context) for s in p.spells)
        ]
        return in_office if len(in_office) == 1 else []

    @staticmethod
    def _person_match(entries: Sequence[_Entry], person: _Person) -> str:
        own = [e.match for e in entries if e.actor_id == person.person_id]
        return "exact" if "exact" in own else "alias"

    def _person_resolution(
        self, text: str, person: _Person, day: dt.date | None, match: str
    ) -> Resolution:
        """A person's actor on a date.

        In office that day: the office's country, sector and role (the senior office
        when several). Out of office after a spell: the latest spell's country and
        CAMEO's ELI (a former official speaks for no office: "the junta sentenced Aung
        San Suu Kyi" is the state against her, not against itself). Before the first
        spell: its country and no sector. Without a date: the latest spell's country and
        sector.
        """
        spells = person.spells
        if not spells:
            return Resolution(
                text, person.person_id, person.name, None, None, None, None, None, match
            )
        if day is not None:
            active = [s for s in spells if s.covers(day)]
            if active:
                spell = min(active, key=lambda s: ROLE_KEYS.index(s.role))
                return Resolution(
                    text,
                    person.person_id,
                    person.name,
                    spell.country,
                    spell.sector,
                    spell.role,
                    spell.valid_from,
                    spell.valid_to,
                    match,
                )
            earlier = [s for s in spells if s.valid_from <= day]
            if earlier:
                country = max(earlier, key=lambda s: s.valid_from).country
                sector: str | None = FORMER_OFFICIAL
            else:
                country, sector = spells[0].country, None
        else:
            latest = max(spells, key=lambda s: s.valid_from)
            country, sector = latest.country, latest.sector
        return Resolution(
            text, person.person_id, person.name, country, sector, None, None, None, match
        )

    def _resolve_entry(
        self, text: str, entry: _Entry, day: dt.date | None, context: str | None
    ) -> Resolution:
        if entry.kind in ("country", "demonym", "prefix", "metonym", "place"):
            return Resolution(
                text,
                entry.actor_id,
                entry.name,
                entry.country,
                entry.sector,
                None,
                None,
                None,
                entry.match,
            )
        if entry.kind == "title":
            return self._title_resolution(text, entry, day, context)
        country = entry.country or context
        sector = entry.sector
        if day is not None and any(
            start <= day and (end is None or day < end) for start, end in entry.governing
        ):
            sector = "GOV"
        return Resolution(
            text, entry.actor_id, entry.name, country, sector, None, None, None, entry.match
        )

    def _title_resolution(
        self, text: str, entry: _Entry, day: dt.date | None, context: str | None
    ) -> Resolution:
        country = entry.country or context
        if entry.role and country and day is not None:
            spells = [
                s
                for s in self._holders.get((country, entry.role), [])
                if s.covers(day) and (entry.office is None or entry.office in fold(s.title))
            ]
            readings = [
                Resolution(
                    text,
                    s.person_id,
                    self._people[s.person_id].name,
                    country,
                    s.sector or entry.sector,
                    entry.role,
                    s.valid_from,
                    s.valid_to,
                    "title",
                )
                for s in spells
            ]
            if len(readings) == 1:
                return readings[0]
            if readings:
                return _ambiguous(text, readings)
        return Resolution(text, None, None, country, entry.sector, entry.role, None, None, "title")

    # -- scanning texts ----------------------------------------------------------
    def find_mentions(
        self,
        text: str,
        date: dt.date | str | None = None,
        country_context: str | None = None,
    ) -> list[Mention]:
        """Every actor named in ``text``: longest matches first, never overlapping.

        A title joined to a name ("Secretary of State Mike Pompeo") is one person
        mention; a country word before a title or ministry ("Pakistani Foreign
        Minister", "India's Foreign Secretary") sets its country; a place in capitals
        opening a line and followed by a colon or dash is a dateline, not an actor.
        """
        day = _as_date(date)
        spans = self._merge(text, self._longest_spans(text))
        mentions = []
        for span in spans:
            surface = text[span.start : span.end]
            if not any(e.kind != "block" and not e.prefix_only for e in span.entries):
                if span.context and any(e.kind == "title" for e in span.entries):
                    # "a French minister": no holder to name, but a government to code.
                    name = self._countries.get(span.context, span.context)
                    resolution = Resolution(
                        surface, span.context, name, span.context, "GOV",
                        None, None, None, "title",
                    )  # fmt: skip
                    mentions.append(Mention(span.start, span.end, surface, resolution, "title"))
                continue
            context = span.context or country_context
            resolution = self._resolve_entries(
                surface, span.entries, day, context, span.title_entries
            )
            if (
                resolution is None
                or _uninformative(resolution)
                or _office_of_other_body(text, span)
            ):
                continue
            former = _FORMER.search(text[max(0, span.start - 8) : span.start])
            if former and any(e.kind == "person" for e in span.entries):
                # "former president Donald Trump": out of office on the text's word.
                resolution = replace(resolution, sector=FORMER_OFFICIAL, role=None)
            mentions.append(Mention(span.start, span.end, surface, resolution, _mention_kind(span)))
        return mentions

    def _longest_spans(self, text: str) -> list[_Span]:
        folded = fold(text)
        size = len(text)
        found: list[_Span] = []
        for last, key in self._automaton.iter(folded):
            start, end = last - len(key) + 1, last + 1
            if (start > 0 and folded[start - 1].isalnum()) or (
                end < size and folded[end].isalnum()
            ):
                continue
            surface = text[start:end]
            entries = [
                e
                for e in self._keys[key]
                if case_fits(e.surface, surface, e.kind == "title")
                and (e.kind != "prefix" or _touches_hyphen(folded, start, end))
            ]
            if any(e.kind == "person" for e in entries) and self._someone_else(text, start, end):
                entries = [e for e in entries if e.kind != "person"]
            if entries:
                found.append(_Span(start, end, entries))
        found.sort(key=lambda s: (s.start - s.end, s.start))
        taken = bytearray(size)
        chosen = []
        for span in found:
            if any(taken[span.start : span.end]):
                continue
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
            if not _is_dateline(text, span):
                chosen.append(span)
        chosen.sort(key=lambda s: s.start)
        return chosen

    def _someone_else(self, text: str, start: int, end: int) -> bool:
        """Whether a name found here belongs to no one in the tables: it runs on into a
        longer name, or it is the bracketed acronym of the body just named."""
        return self._name_goes_on(text, start, end) or _defined_acronym(text, start, end)

    def _name_goes_on(self, text: str, start: int, end: int) -> bool:
        """True when a one-word name is part of a longer one: "Levy" in "Levy Mwanawasa"
        and "Abdullah" in "Omar Abdullah" are not the Levy and Abdullah of the tables, nor
        is "Ratcliffe" in "Zaghari-Ratcliffe".

        A title before the name introduces it ("President Putin"), a sentence start is
        no name, and in a title-case headline ("Pompeo Visits Kabul") the next word is
        followed by another capitalised one.
        """
        if " " in text[start:end]:
            return False
        if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
            # "Zaghari-Ratcliffe" is someone with a double-barrelled name, not Ratcliffe.
            # "Modi-Xi talks" join two names the tables know.
            begin = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
            first = text[begin : start - 1]
            if first[:1].isupper() and fold(first) not in self._keys:
                return True
        following = _NEXT_NAME.match(text, end)
        if following and following.group(1) not in NAME_FOLLOWERS:
            after = text[following.end() :].lstrip(" ")
            if not after[:1].isupper():
                return True
        if start < 2 or text[start - 1] != " ":
            return False
        begin = text.rfind(" ", 0, start - 1) + 1
        word = text[begin : start - 1]
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
            return False
        if word in NAME_FOLLOWERS or word in MONTHS:
            return False  # "On Monday Putin said"
        if fold(word) in self._title_words or any(
            e.kind not in ("person", "block") for e in self._keys.get(fold(word), ())
        ):
            return False  # "President Putin", "In Moscow Putin said"
        before = text[:begin].rstrip()
        return bool(before) and before[-1] not in '.!?:\n"“'

    def _merge(self, text: str, spans: list[_Span]) -> list[_Span]:
        """Join "title of Country", "Country title", "Country's ministry" and "title Name"."""
        spans = _join(
            text,
            spans,
            _OF_GAP,
            lambda a, b: _context_dependent(a) and b.has("country", "demonym"),
            lambda a, b: _Span(a.start, b.end, a.entries, _country_of(b)),
        )
        spans = _join(
            text,
            spans,
            _POSSESSIVE_GAP,
            lambda a, b: a.has("country", "demonym", "prefix") and _context_dependent(b),
            lambda a, b: _Span(a.start, b.end, b.entries, _country_of(a)),
        )
        return _join(
            text,
            spans,
            _WHITESPACE_GAP,
            lambda a, b: a.has("title") and not a.has("person") and b.has("person"),
            lambda a, b: _Span(
                a.start,
                b.end,
                [e for e in b.entries if e.kind == "person"],
                a.context,
                [e for e in a.entries if e.kind == "title"],
            ),
        )


def _join(text: str, spans: list[_Span], gap: re.Pattern[str], fits, combine) -> list[_Span]:  # type: ignore[no-untyped-def]
    """Combine neighbouring spans separated by ``gap`` when ``fits`` says they belong together."""
    out: list[_Span] = []
    for span in spans:
        if out:
            previous = out[-1]
            between = fold(text[previous.end : span.start])
            if gap.fullmatch(between) and fits(previous, span):
                out[-1] = combine(previous, span)
                continue
        out.append(span)
    return out


def _context_dependent(span: _Span) -> bool:
    """Titles and country-less institutions take their country from a neighbour."""
    return any(
        e.kind == "title" or (e.kind == "institution" and e.country is None) for e in span.entries
    )


def _country_of(span: _Span) -> str | None:
    countries = {e.country for e in span.entries if e.kind in ("country", "demonym", "prefix")}
    return countries.pop() if len(countries) == 1 else None


def _mention_kind(span: _Span) -> str:
    if span.has("person") and not span.has("country", "institution", "group", "igo", "title"):
        return "person"
    for entry in span.entries:
        if entry.kind not in ("block", "person") and not entry.prefix_only:
            return _KIND_OF_ENTRY.get(entry.kind, entry.kind)
    return "person"


def _uninformative(resolution: Resolution) -> bool:
    """A bare "ambassador" or "parliament" with no country to pin it to tells the coder nothing."""
    return resolution.actor_id is None and resolution.country is None and resolution.role is None


def _office_of_other_body(text: str, span: _Span) -> bool:
    """ "the president of the Lahore Council" names an office of some other body."""
    if span.context is not None or not span.has("title") or span.has("person"):
        return False
    return _OF_OTHER.match(text, span.end) is not None


#: Capitalised words that may follow a one-word name without being part of it.
NAME_FOLLOWERS = frozenset(
    {
        *("Administration", "Government", "Cabinet", "Doctrine", "Era", "Camp", "Aides"),
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    }
)
_NEXT_NAME = re.compile(r" ([A-Z][a-z]+)(\W)")
MONTHS = frozenset(
    {
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December"),
    }
)
#: Forms of address that introduce a name as titles do.
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "madam"})


def _defined_acronym(text: str, start: int, end: int) -> bool:
    """True for "(AKK)" just after a capitalised name: the short form of the body named
    before it, not the person the tables know by those letters."""
    if not (text[start - 1 : start] == "(" and text[end : end + 1] == ")"):
        return False
    if not text[start:end].isupper():
        return False
    before = text[: start - 1].rstrip()
    return bool(before) and before.split()[-1][:1].isupper()


def _touches_hyphen(folded: str, start: int, end: int) -> bool:
    """Combining forms ("Sino", "Indo", "Pak") count only inside hyphenated compounds."""
    return (end < len(folded) and folded[end] == "-") or (start > 0 and folded[start - 1] == "-")


def _is_dateline(text: str, span: _Span) -> bool:
    """A capitalised place opening a line before a colon or dash ("WASHINGTON:")."""
    surface = text[span.start : span.end]
    if not surface.isupper() or len(surface) < 3:
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip():
        return False
    return _DATELINE_TAIL.match(text, span.end) is not None


def _strip_article(text: str) -> str:
    return text[4:].lstrip() if text[:4].lower() == "the " else text


def _ambiguous(text: str, readings: Sequence[Resolution]) -> Resolution:
    """A name several actors share: the country and sector all readings agree on, if any,
    and every reading ("Bush" is American even when the date does not say which one)."""
    ordered = tuple(sorted(readings, key=lambda r: (r.name or "", r.actor_id or "")))
    countries = {r.country for r in ordered}
    country = countries.pop() if len(countries) == 1 else None
    sectors = {r.sector for r in ordered}
    sector = sectors.pop() if country is not None and len(sectors) == 1 else None
    return Resolution(text, None, None, country, sector, None, None, None, "ambiguous", ordered)


def default_kb() -> ActorKB:
    """The shipped knowledge base plus the overlays named in ``DETENTE_ACTOR_OVERLAY``.

    ``DETENTE_ACTOR_OVERLAY`` lists folders separated by ``:`` (``;`` on Windows),
    applied in order. The KB is built once per distinct setting.
    """
    return _cached_kb(os.environ.get(OVERLAY_ENV, ""))


@lru_cache(maxsize=4)
def _cached_kb(setting: str) -> ActorKB:
    return ActorKB.load([Path(p) for p in setting.split(os.pathsep) if p])
