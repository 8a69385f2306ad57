"""The actor KB on its own tables: countries, places, institutions, groups, IGOs,
titles, mentions in running text, overlays and ambiguity rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.actors import ActorDataError, ActorKB, default_kb


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def _overlay(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def two_darweshes(tmp_path: Path) -> ActorKB:
    """Two people who share a surname, in offices of one country at different times."""
    folder = _overlay(
        tmp_path / "khans",
        {
            "people.csv": "person_id,name,aliases\n"
            "test_aslam_darwesh,Aslam Darwesh,Darwesh\n"
            "test_bilal_darwesh,Bilal Darwesh,Darwesh\n",
            "roles.csv": "person_id,country,role,title,sector,valid_from,valid_to\n"
            "test_aslam_darwesh,NPL,head_of_government,Prime Minister,GOV,2001-01-01,2003-01-01\n"
            "test_bilal_darwesh,NPL,foreign_minister,Foreign Minister,GOV,2002-01-01,2004-01-01\n",
        },
    )
    return ActorKB.load([folder])


@pytest.mark.parametrize(
    ("text", "country", "sector", "match"),
    [
        ("Pakistan", "PAK", None, "exact"),
        ("U.S.", "USA", None, "alias"),
        ("the United States", "USA", None, "exact"),
        ("Afghan", "AFG", None, "alias"),
        ("Chinese", "CHN", None, "alias"),
        ("Pakistanis", "PAK", None, "alias"),
        ("the White House", "USA", "GOV", "metonym"),
        ("the Pentagon", "USA", "MIL", "metonym"),
        ("Foggy Bottom", "USA", "GOV", "metonym"),
        ("Rawalpindi", "PAK", "MIL", "metonym"),
        ("GHQ", "PAK", "MIL", "metonym"),
        ("the Kremlin", "RUS", "GOV", "metonym"),
        ("Downing Street", "GBR", "GOV", "metonym"),
        ("Kiev", "UKR", "GOV", "metonym"),
        ("the Elysee", "FRA", "GOV", "metonym"),
        ("Élysée", "FRA", "GOV", "metonym"),
        ("Tel Aviv", "ISR", "GOV", "metonym"),
        ("Pyongyang", "PRK", "GOV", "metonym"),
        ("Kosovo", "XKX", None, "exact"),
        ("Western Sahara", "ESH", None, "exact"),
        ("PAK", "PAK", None, "exact"),
    ],
)
def test_actors_countries_and_places(
    kb: ActorKB, text: str, country: str, sector: str | None, match: str
) -> None:
    found = kb.resolve(text)
    assert found is not None
    assert (found.country, found.sector, found.match) == (country, sector, match)


@pytest.mark.parametrize(
    ("text", "context", "country", "sector"),
    [
        ("ISI", None, "PAK", "SPY"),
        ("Inter-Services Intelligence", None, "PAK", "SPY"),
        ("RAW", None, "IND", "SPY"),
        ("CIA", None, "USA", "SPY"),
        ("Mossad", None, "ISR", "SPY"),
        ("ISPR", None, "PAK", "MIL"),
        ("CENTCOM", None, "USA", "MIL"),
        ("PLA", None, "CHN", "MIL"),
        ("State Department", None, "USA", "GOV"),
        ("the Trump administration", None, "USA", "GOV"),
        ("Lok Sabha", None, "IND", "LEG"),
        ("Majlis", None, "IRN", "LEG"),
        ("PML-N", None, "PAK", "POL"),
        ("BJP", None, "IND", "POL"),
        ("Congress", None, "USA", "LEG"),
        ("Congress", "IND", "IND", "POL"),
        ("Foreign Office", None, "GBR", "GOV"),
        ("Foreign Office", "PAK", "PAK", "GOV"),
        ("National Assembly", "PAK", "PAK", "LEG"),
        ("Supreme Court", "IND", "IND", "JUD"),
    ],
)
def test_actors_institutions(
    kb: ActorKB, text: str, context: str | None, country: str, sector: str
) -> None:
    found = kb.resolve(text, country_context=context)
    assert found is not None
    assert (found.country, found.sector) == (country, sector)


def test_actors_raw_needs_capitals(kb: ActorKB) -> None:
    assert kb.resolve("raw") is None
    assert kb.resolve("us") is None
    assert kb.find_mentions("turkey and raw cotton for us") == []


def test_actors_name_with_a_stray_capital_still_resolves(kb: ActorKB) -> None:
    mentions = kb.find_mentions("aid to iSrael and pAKISTAN")
    assert [(m.text, m.resolution.country) for m in mentions] == [
        ("iSrael", "ISR"),
        ("pAKISTAN", "PAK"),
    ]


def test_actors_one_word_name_running_into_another_is_someone_else(kb: ActorKB) -> None:
    # The tables know a minister called Levy; "Levy Tembo" is another man.
    assert kb.find_mentions("Levy Tembo spoke in Lusaka.", "2003-01-01")[0].text == "Lusaka"
    # ... and the man the tables do know by that first name is himself.
    (president, _) = kb.find_mentions("Levy Mwanawasa spoke in Lusaka.", "2003-01-01")
    assert (president.resolution.name, president.resolution.country) == ("Levy Mwanawasa", "ZMB")
    assert kb.find_mentions("Modi Government sources met Khan.")[0].text == "Modi"
    # Title-case headlines still name the person.
    assert kb.find_mentions("Pompeo Visits Islamabad Today", "2018-09-05")[0].text == "Pompeo"
    # "Abdullah" after another name is that man's surname; a title or a date introduces it.
    assert kb.find_mentions("Police held Omar Abdullah at home.", "2019-08-05") == []
    for text in ("President Putin said", "On Monday Putin said", "In Moscow Putin said"):
        assert [m.resolution.country for m in kb.find_mentions(text, "2019-08-05")][-1] == "RUS"


@pytest.mark.parametrize(
    ("text", "country", "group_id"),
    [
        ("Al-Qa’ida", "IMG", "group:al_qaeda"),
        ("al-Qaida", "IMG", "group:al_qaeda"),
        ("Daesh", "IMG", "group:isis"),
        ("ISIL", "IMG", "group:isis"),
        ("LeT", "PAK", "group:let"),
        ("Lashkar-e-Toiba", "PAK", "group:let"),
        ("Jaish-e-Mohammed", "PAK", "group:jem"),
        ("Hizbul Mujahideen", "PAK", "group:hizbul"),
        ("Haqani Network", "AFG", "group:haqqani_network"),
        ("TTP", "PAK", "group:ttp"),
        ("the Afghan Taliban", "AFG", "group:afghan_taliban"),
        ("D-company", None, "group:d_company"),
        ("Baloch Liberation Army", "PAK", "group:bla"),
        ("Hamas", "PSE", "group:hamas"),
        ("Hizbollah", "LBN", "group:hezbollah"),
        ("al-Shabab", "SOM", "group:al_shabaab"),
        ("Boko Haram", "NGA", "group:boko_haram"),
    ],
)
def test_actors_groups(kb: ActorKB, text: str, country: str | None, group_id: str) -> None:
    found = kb.resolve(text)
    assert found is not None
    assert (found.actor_id, found.country, found.sector) == (group_id, country, "REB")


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("UNITA", "1998-01-01", ("group:unita", "AGO", "REB")),
        ("the Kosovo Liberation Army", "1999-03-01", ("group:kla", "XKX", "REB")),
        ("Polisario", "2020-11-13", ("group:polisario", "ESH", "REB")),
        ("FDLR", "2012-05-01", ("group:fdlr", "RWA", "REB")),
        ("Peshmerga", "2015-01-01", ("group:peshmerga", "IRQ", "MIL")),
        ("the Khmer Rouge", "1977-01-01", ("group:khmer_rouge", "KHM", "GOV")),
        ("the Khmer Rouge", "1985-01-01", ("group:khmer_rouge", "KHM", "REB")),
        ("TPLF", "2010-01-01", ("group:tplf", "ETH", "GOV")),
        ("TPLF", "2021-06-01", ("group:tplf", "ETH", "REB")),
    ],
)
def test_actors_historical_armed_groups_by_date(
    kb: ActorKB, text: str, date: str, expected: tuple[str, str, str]
) -> None:
    found = kb.resolve(text, date)
    assert found is not None
    assert (found.actor_id, found.country, found.sector) == expected


def test_actors_taliban_govern_after_august_2021(kb: ActorKB) -> None:
    assert kb.resolve("Taliban", "2018-09-05").sector == "REB"
    assert kb.resolve("Taliban", "2022-01-01").sector == "GOV"
    assert kb.resolve("Taliban", "1998-01-01").sector == "GOV"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("UN", "IGOUNO"),
        ("UN Security Council", "IGOUNO"),
        ("NATO", "IGONAT"),
        ("European Union", "IGOEUR"),
        ("EU", "IGOEUR"),
        ("IMF", "IGOIMF"),
        ("World Bank", "IGOWBK"),
        ("FATF", "IGOFATF"),
        ("SCO", "IGOSCO"),
        ("SAARC", "IGOSAARC"),
        ("ASEAN", "IGOASN"),
        ("OIC", "IGOOIC"),
        ("African Union", "IGOAFU"),
    ],
)
def test_actors_igos(kb: ActorKB, text: str, code: str) -> None:
    found = kb.resolve(text)
    assert found is not None
    assert (found.country, found.sector) == (code, "IGO")


def test_actors_titles_without_date_give_country_and_sector(kb: ActorKB) -> None:
    state = kb.resolve("Secretary of State")
    assert (state.actor_id, state.country, state.sector, state.role) == (
        None,
        "USA",
        "GOV",
        "foreign_minister",
    )
    defense = kb.resolve("Defense Secretary")
    assert (defense.country, defense.role) == ("USA", "defence_minister")
    eam = kb.resolve("EAM")
    assert (eam.country, eam.role) == ("IND", "foreign_minister")
    chancellor = kb.resolve("Chancellor")
    assert (chancellor.country, chancellor.role) == ("DEU", "head_of_government")
    leader = kb.resolve("Supreme Leader")
    assert (leader.country, leader.role) == ("IRN", "head_of_state")
    fm = kb.resolve("Foreign Minister")
    assert (fm.country, fm.role, fm.match) == (None, "foreign_minister", "title")
    assert kb.resolve("Foreign Minister", country_context="CHN").country == "CHN"
    isi = kb.resolve("DG ISI")
    assert (isi.country, isi.sector, isi.role) == ("PAK", "SPY", "intelligence_chief")


def test_actors_foreign_secretary_is_a_civil_servant_in_south_asia(kb: ActorKB) -> None:
    uk = kb.resolve("Foreign Secretary")
    assert (uk.country, uk.role) == ("GBR", "foreign_minister")
    pak = kb.resolve("Foreign Secretary", country_context="PAK")
    assert (pak.country, pak.sector, pak.role) == ("PAK", "GOV", None)


def test_actors_ambiguous_surname(two_darweshes: ActorKB) -> None:
    vague = two_darweshes.resolve("Darwesh")
    assert vague.match == "ambiguous"
    assert [c.name for c in vague.candidates] == ["Aslam Darwesh", "Bilal Darwesh"]
    assert vague.country == "NPL"
    # a date alone is not enough while both held office
    assert two_darweshes.resolve("Darwesh", "2002-06-01").match == "ambiguous"
    # date and country pick the one holder...
    assert two_darweshes.resolve("Darwesh", "2003-06-01", "NPL").name == "Bilal Darwesh"
    # ...unless both were in office then
    assert two_darweshes.resolve("Darwesh", "2002-06-01", "NPL").match == "ambiguous"
    # a title before the surname settles it
    titled = two_darweshes.resolve("Prime Minister Darwesh", "2002-06-01", "NPL")
    assert (titled.name, titled.role) == ("Aslam Darwesh", "head_of_government")


def test_actors_person_outside_spells(two_darweshes: ActorKB) -> None:
    before = two_darweshes.resolve("Aslam Darwesh", "1999-01-01")
    assert (before.country, before.sector, before.role, before.match) == (
        "NPL",
        None,
        None,
        "exact",
    )
    # out of office: a former official (CAMEO's elites), no longer the government
    after = two_darweshes.resolve("Aslam Darwesh", "2010-01-01")
    assert (after.country, after.sector, after.role) == ("NPL", "ELI", None)
    during = two_darweshes.resolve("Aslam Darwesh", dt.date(2002, 1, 1))
    assert during.valid_from == dt.date(2001, 1, 1)
    assert during.valid_to == dt.date(2003, 1, 1)


def test_actors_mentions_in_text(kb: ActorKB) -> None:
    text = (
        "WASHINGTON: The Pentagon said US-India and Pakistan-US ties, Indo-US talks and "
        "Sino-Pakistani trade were on the agenda in Islamabad, Pakistan's capital, as the "
        "Chinese Foreign Ministry and India's Foreign Secretary spoke about the Indian Ocean."
    )
    found = [
        (m.text, m.kind, m.resolution.country, m.resolution.sector) for m in kb.find_mentions(text)
    ]
    assert found == [
        ("Pentagon", "metonym", "USA", "MIL"),
        ("US", "country", "USA", None),
        ("India", "country", "IND", None),
        ("Pakistan", "country", "PAK", None),
        ("US", "country", "USA", None),
        ("Indo", "demonym", "IND", None),
        ("US", "country", "USA", None),
        ("Sino", "demonym", "CHN", None),
        ("Pakistani", "demonym", "PAK", None),
        ("Islamabad", "metonym", "PAK", "GOV"),
        ("Pakistan", "country", "PAK", None),
        ("Chinese Foreign Ministry", "institution", "CHN", "GOV"),
        ("India's Foreign Secretary", "title", "IND", "GOV"),
    ]
    offsets = kb.find_mentions(text)
    assert all(text[m.start : m.end] == m.text for m in offsets)


def test_actors_dateline_is_not_an_actor(kb: ActorKB) -> None:
    text = "ISLAMABAD (Reuters) - Officials met.\nNEW DELHI: Talks went on in New Delhi."
    found = [(m.text, m.start) for m in kb.find_mentions(text)]
    assert found == [("New Delhi", text.rindex("New Delhi"))]
    assert kb.find_mentions("PAKISTAN-US TALKS END")[0].text == "PAKISTAN"


def test_actors_title_of_another_body_is_skipped(kb: ActorKB) -> None:
    text = "The writer is a retired ambassador and the president of the Heritage Council."
    assert kb.find_mentions(text) == []


def test_actors_overlay_adds_and_overrides(tmp_path: Path) -> None:
    folder = _overlay(
        tmp_path / "mine",
        {
            "groups.csv": "id,name,country,sector,aliases,governing\n"
            "let,Lashkar-e-Tayyiba,PAK,INS,LeT,\n",
            "institutions.yaml": "- id: test_council\n"
            "  name: Northern Peace Council\n"
            "  country: NPL\n"
            "  sector: GOV\n"
            "  aliases: [NPC North, Peace Council of the North]\n",
        },
    )
    kb = ActorKB.load([folder])
    assert kb.resolve("LeT").sector == "INS"
    assert kb.resolve("Lashkar-e-Taiba") is None or kb.resolve("Lashkar-e-Taiba").match == "fuzzy"
    council = kb.resolve("Peace Council of the North")
    assert (council.actor_id, council.country, council.sector) == (
        "inst:test_council",
        "NPL",
        "GOV",
    )
    assert ActorKB.load().resolve("Peace Council of the North") is None


def test_actors_overlay_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _overlay(
        tmp_path / "env",
        {"igos.csv": "id,code,name,aliases,code_source\ntest_igo,IGOTST,Test Union,TU,detente\n"},
    )
    monkeypatch.setenv("DETENTE_ACTOR_OVERLAY", str(folder))
    assert default_kb().resolve("Test Union").country == "IGOTST"
    monkeypatch.delenv("DETENTE_ACTOR_OVERLAY")
    assert default_kb().resolve("Test Union") is None


def test_actors_bad_overlay_says_what_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ActorDataError, match="does not exist"):
        ActorKB.load([tmp_path / "missing"])
    folder = _overlay(tmp_path / "bad", {"groups.csv": "id,name\nx,Some Group\n"})
    with pytest.raises(ActorDataError, match="sector"):
        ActorKB.load([folder])
    folder = _overlay(
        tmp_path / "bad_role",
        {
            "people.csv": "person_id,name,aliases\ntest_x,X Person,\n",
            "roles.csv": "person_id,country,role,title,sector,valid_from,valid_to\n"
            "test_x,NPL,vizier,Vizier,GOV,2001-01-01,\n",
        },
    )
    with pytest.raises(ActorDataError, match="unknown role 'vizier'"):
        ActorKB.load([folder])


def test_actors_country_word_before_a_bare_office_names_the_government() -> None:
    from detente.actors import default_kb

    (mention,) = default_kb().find_mentions("A French minister said talks would resume.")
    assert (mention.text, mention.resolution.country, mention.resolution.sector) == (
        "French minister",
        "FRA",
        "GOV",
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [("Basra", "IRQ"), ("Jericho", "PSE"), ("Alaska", "USA"), ("Zurich", "CHE"), ("Bombay", "IND")],
)
def test_actors_places_resolve_to_their_country_without_a_sector(
    kb: ActorKB, text: str, country: str
) -> None:
    found = kb.resolve(text)
    assert found is not None
    assert (found.country, found.sector, found.match) == (country, None, "place")


def test_actors_disputed_places_are_left_unresolved(kb: ActorKB) -> None:
    for text in ("Kashmir", "Jerusalem", "Punjab"):
        found = kb.resolve(text)
        assert found is None or found.match != "place", text


def test_actors_occupied_places_resolve_to_the_recognised_sovereign(kb: ActorKB) -> None:
    expected = {
        "Crimea": "UKR",
        "Golan Heights": "SYR",
        "Abkhazia": "GEO",
        "Northern Cyprus": "CYP",
    }
    for text, country in expected.items():
        found = kb.resolve(text)
        assert found is not None and (found.match, found.country) == ("place", country), text


def test_actors_a_double_barrelled_name_is_not_its_last_part(kb: ActorKB) -> None:
    found = kb.find_mentions("Iran freed Nazanin Zaghari-Ratcliffe.", "2022-03-16")
    assert [m.text for m in found] == ["Iran"]
    pair = kb.find_mentions("the Putin-Biden call", "2021-06-01")
    assert [(m.text, m.resolution.country) for m in pair] == [("Putin", "RUS"), ("Biden", "USA")]


@pytest.mark.parametrize(
    ("text", "country"),
    [("Soviet Union", "RUS"), ("Soviet", "RUS"), ("Yugoslavia", "SRB"), ("Czechoslovak", "CZE"),
     ("East German", "DEU"), ("Zaire", "COD"), ("Rhodesia", "ZWE"), ("Congolese", "COD")],
)  # fmt: skip
def test_actors_former_states_are_their_successors(kb: ActorKB, text: str, country: str) -> None:
    found = kb.resolve(text)
    assert found is not None and found.country == country


def test_actors_peoples_within_one_state_are_its_civilians(kb: ActorKB) -> None:
    for text, country in (("Rohingya", "MMR"), ("Uyghurs", "CHN"), ("Chechen", "RUS")):
        found = kb.resolve(text)
        assert found is not None, text
        assert (found.country, found.sector) == (country, "CVL"), text
    # Peoples whose homes span borders stay unresolved rather than guessed.
    assert kb.resolve("Kurds") is None


def test_actors_a_people_in_an_unknown_country_is_reported_by_file_and_row(
    tmp_path: Path,
) -> None:
    folder = _overlay(tmp_path / "bad", {"peoples.csv": "id,name,country,aliases\nx,Xians,XXX,\n"})
    with pytest.raises(ActorDataError, match=r"peoples\.csv 'x': country 'XXX'"):
        ActorKB.load([folder])


def test_actors_a_title_in_the_text_gives_a_person_its_sector_before_the_tables_do(
    kb: ActorKB,
) -> None:
    # Petro took office in August 2022; a text dated before calls him President anyway.
    text = "Colombian President Gustavo Petro met rebel leaders."
    (petro,) = [m for m in kb.find_mentions(text, date="2021-06-01") if m.kind == "person"]
    assert (petro.resolution.country, petro.resolution.sector) == ("COL", "GOV")
    (bare,) = [m for m in kb.find_mentions("Gustavo Petro met rebel leaders.", date="2021-06-01")]
    assert bare.resolution.sector is None


def test_actors_people_out_of_office_are_former_officials_unless_the_text_titles_them(
    kb: ActorKB,
) -> None:
    # Suu Kyi's spell as State Counsellor ended with the coup of 1 February 2021.
    (after,) = kb.find_mentions("Aung San Suu Kyi was sentenced.", date="2022-01-10")
    assert (after.resolution.country, after.resolution.sector) == ("MMR", "ELI")
    (during,) = kb.find_mentions("Aung San Suu Kyi spoke.", date="2019-12-10")
    assert during.resolution.sector == "GOV"
    # The text's word beats the tables either way: a title for someone the tables have
    # out of office, "former" for someone they have in it.
    (titled,) = kb.find_mentions("State Counsellor Aung San Suu Kyi spoke.", date="2022-01-10")
    assert titled.resolution.sector == "GOV"
    text = "Former president Donald Trump spoke."
    (former,) = [m for m in kb.find_mentions(text, date="2019-06-01") if m.kind == "person"]
    assert (former.resolution.country, former.resolution.sector) == ("USA", "ELI")
    assert former.resolution.role is None


def test_actors_a_shared_name_is_whoever_holds_an_office_that_day(kb: ActorKB) -> None:
    son = kb.resolve("President Bush", "2008-08-06")
    assert (son.name, son.sector, son.role) == ("George W. Bush", "GOV", "head_of_state")
    assert kb.resolve("Bush", "1991-03-01").name == "George H. W. Bush"
    # Between their presidencies neither held an office in the tables: still ambiguous.
    between = kb.resolve("Bush", "1996-06-01")
    assert (between.match, between.country) == ("ambiguous", "USA")


@pytest.mark.parametrize(
    ("text", "country"),
    [("Democratic Republic of Congo", "COD"), ("Republic of Congo", "COG"),
     ("Republic of the Congo", "COG"), ("DR Congo", "COD")],
)  # fmt: skip
def test_actors_the_two_congos_by_their_full_names(kb: ActorKB, text: str, country: str) -> None:
    found = kb.resolve(text)
    assert found is not None and found.country == country
    # "Congo" alone was Brazzaville's before 1997 and is mostly Kinshasa's since: no guess.
    assert kb.resolve("Congo") is None


def test_actors_a_word_of_rank_between_a_country_and_its_office_keeps_them_one(
    kb: ActorKB,
) -> None:
    (envoy,) = kb.find_mentions("Pakistan's special envoy arrived.", "2023-03-01")
    assert (envoy.text, envoy.resolution.country, envoy.resolution.sector) == (
        "Pakistan's special envoy",
        "PAK",
        "GOV",
    )
    # "former" is not such a word: a former envoy holds no office.
    assert kb.find_mentions("Pakistan's former envoy arrived.", "2023-03-01")[0].text == "Pakistan"


@pytest.mark.parametrize(
    ("text", "code"),
    [("European Court of Human Rights", "IGOCOE"), ("Mercosur", "IGOMERCOSUR"),
     ("UNRWA", "IGOUNO"), ("OPCW", "IGOOPCW"), ("European Central Bank", "IGOEUR")],
)  # fmt: skip
def test_actors_international_organisations_beyond_the_big_ones(
    kb: ActorKB, text: str, code: str
) -> None:
    found = kb.resolve(text)
    assert found is not None and (found.country, found.sector) == (code, "IGO")


def test_actors_political_parties_of_many_states(kb: ActorKB) -> None:
    for text, country in [("Fatah", "PSE"), ("African National Congress", "ZAF"),
                          ("Kuomintang", "TWN"), ("United Russia", "RUS")]:  # fmt: skip
        found = kb.resolve(text)
        assert found is not None and (found.country, found.sector) == (country, "POL"), text
    # A party name many states share needs the country's context.
    assert kb.resolve("Labour Party", country_context="IRL").country == "IRL"
