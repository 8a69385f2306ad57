"""The coder on each construction it must handle, with sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente import code_documents, code_text
from detente.model import Document, Event

ANCHOR = dt.date(2018, 9, 10)


def _triples(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country, e.cameo_root, e.target.country) for e in events}


def _one(events: list[Event], source: str | None, root: str, target: str | None) -> Event:
    found = [
        e
        for e in events
        if (e.source.country, e.cameo_root, e.target.country) == (source, root, target)
    ]
    assert found, f"no {source}>{target} root {root} in {_triples(events)}"
    return found[0]


def test_coder_visit_by_a_named_official_resolves_country_and_sector() -> None:
    events = code_text("Secretary of State Mike Pompeo visited Islamabad on Wednesday.", ANCHOR)
    event = _one(events, "USA", "04", "PAK")
    assert event.cameo == "042"
    assert event.source.sector == "GOV"
    assert event.plover.type == "CONSULT"
    assert event.date == dt.date(2018, 9, 5)


def test_coder_role_follows_the_event_date() -> None:
    text = "In December last year, Mike Pompeo warned Pakistan to shut militant havens."
    event = _one(code_text(text, ANCHOR), "USA", "13", "PAK")
    assert (event.date, event.date_precision) == (dt.date(2017, 12, 1), "month")
    assert event.source.sector == "SPY"  # CIA director then, Secretary of State in 2018


def test_coder_aid_cut_with_amount_is_not_a_negated_event() -> None:
    text = "Washington decided not to reimburse $300 million to Pakistan."
    event = _one(code_text(text, ANCHOR), "USA", "16", "PAK")
    assert not event.modality.negated
    assert event.amount is not None and event.amount.value == 300e6
    assert event.amount.currency == "USD"
    assert event.quad == 4 and event.goldstein < 0


def test_coder_passive_with_agent_names_the_source() -> None:
    text = "Pakistan was warned by the United States that aid would be cut."
    _one(code_text(text, ANCHOR), "USA", "13", "PAK")


def test_coder_negated_demand_is_kept_and_flagged() -> None:
    text = (
        "Foreign Minister Shah Mehmood Qureshi said that Pompeo had not demanded "
        "anything from Islamabad."
    )
    event = _one(code_text(text, ANCHOR), "USA", "10", "PAK")
    assert event.modality.negated
    assert event.modality.reported_by is not None


def test_coder_conditional_threat_is_hypothetical() -> None:
    text = "If Pakistan does not act, the United States may impose sanctions on Pakistan."
    event = _one(code_text(text, ANCHOR), "USA", "16", "PAK")
    assert event.modality.hypothetical


def test_coder_forthcoming_visit_is_an_intent_flagged_future() -> None:
    text = "Foreign Minister Qureshi is preparing for his forthcoming visit to Washington."
    event = _one(code_text(text, ANCHOR), "PAK", "03", "USA")
    assert event.cameo == "036"  # CAMEO codes an announced visit as intent to meet
    assert event.modality.future and not event.modality.negated


def test_coder_compound_subject_gives_one_event_per_pair_with_group() -> None:
    text = "US and Indian ministers called on Pakistan to act against militant groups."
    events = code_text(text, ANCHOR)
    usa = _one(events, "USA", "10", "PAK")
    ind = _one(events, "IND", "10", "PAK")
    assert usa.group_id is not None and usa.group_id == ind.group_id


def test_coder_reciprocal_actors_code_both_directions() -> None:
    text = "Islamabad and Washington held talks on the Afghan peace process."
    events = code_text(text, ANCHOR)
    _one(events, "PAK", "04", "USA")
    _one(events, "USA", "04", "PAK")


def test_coder_the_two_countries_refers_to_the_pair_named_before() -> None:
    text = (
        "Officials from China and Pakistan met in Beijing. "
        "The two countries signed an agreement on a new rail line."
    )
    events = code_text(text, ANCHOR)
    _one(events, "CHN", "05", "PAK")
    _one(events, "PAK", "05", "CHN")


def test_coder_the_latter_is_the_last_person_named() -> None:
    text = "Qureshi met Pompeo in Islamabad. He said the latter had praised Pakistan's efforts."
    events = code_text(text, ANCHOR)
    _one(events, "USA", "05", "PAK")


def test_coder_dateline_place_is_not_an_actor() -> None:
    events = code_text("WASHINGTON: India and Japan signed a currency swap deal.", ANCHOR)
    assert all("USA" not in (e.source.country, e.target.country) for e in events)
    _one(events, "IND", "05", "JPN")


def test_coder_evidence_offsets_point_into_the_text() -> None:
    text = "A quiet week.\n\nChina praised Pakistan for its counter-terrorism efforts."
    (event,) = [e for e in code_text(text, ANCHOR) if e.cameo_root == "05"]
    assert event.evidence is not None
    assert text[event.evidence.start : event.evidence.end] == event.evidence.text
    assert 0.0 < event.confidence <= 1.0


def test_coder_statement_speaks_for_its_owner() -> None:
    text = "The joint Indo-US statement urged Pakistan to punish the attackers."
    events = code_text(text, ANCHOR)
    _one(events, "USA", "02", "PAK")
    _one(events, "IND", "02", "PAK")


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("India accused Pakistan of sheltering militants.", "11"),
        ("Pakistan rejected India's proposal for talks.", "12"),
        ("China expelled two American journalists.", "17"),
        ("The United States imposed tariffs on Chinese goods.", "16"),
        ("Indian jets struck targets in Pakistan.", "19"),
        ("Japan pledged aid to Afghanistan.", "03"),
        ("Russia hosted Taliban envoys in Moscow.", "04"),
    ],
)
def test_coder_event_types_from_verbs(sentence: str, root: str) -> None:
    assert root in {e.cameo_root for e in code_text(sentence, ANCHOR)}, sentence


def test_coder_refusal_to_cooperate_is_an_asserted_rejection() -> None:
    text = "India will not hold talks with Pakistan until the attacks stop."
    event = _one(code_text(text, ANCHOR), "IND", "12", "PAK")
    assert event.cameo == "125"  # rejects a proposal to meet
    assert event.modality.asserted


def test_coder_announced_aid_is_an_intent() -> None:
    event = _one(
        code_text("Japan will provide $50 million in aid to Afghanistan.", ANCHOR),
        "JPN",
        "03",
        "AFG",
    )
    assert event.cameo == "033"
    assert event.amount is not None and event.amount.value == 50e6


def test_coder_obligation_voiced_by_a_speaker_is_a_demand() -> None:
    event = _one(
        code_text("India said Pakistan must act against the groups.", ANCHOR), "IND", "10", "PAK"
    )
    assert event.cameo == "100"


def test_coder_failure_to_agree_is_a_rejection() -> None:
    text = "China and the United States failed to reach a trade agreement."
    assert {e.cameo_root for e in code_text(text, ANCHOR)} == {"12"}


def test_coder_mangled_lemma_still_finds_the_verb() -> None:
    # The small English model lemmatises "staged" as "stag".
    text = "US and British activists staged a protest in Beijing on Wednesday."
    events = code_text(text, ANCHOR)
    _one(events, "USA", "14", "CHN")
    _one(events, "GBR", "14", "CHN")


def test_coder_bare_title_refers_to_the_holder_named_before() -> None:
    text = (
        "Prime Minister Imran Khan met Chinese officials in Beijing on Friday. "
        "The Prime Minister later praised China for its support."
    )
    praise = _one(code_text(text, dt.date(2018, 11, 4)), "PAK", "05", "CHN")
    assert praise.source.actor_id == "imran_khan"


def test_coder_the_ministers_are_the_pair_named_before() -> None:
    text = (
        "US and Indian ministers met in New Delhi for the 2+2 dialogue. "
        "The Ministers urged Pakistan to punish the attackers."
    )
    events = code_text(text, ANCHOR)
    _one(events, "USA", "02", "PAK")
    _one(events, "IND", "02", "PAK")


def test_coder_rupee_amounts_are_read() -> None:
    text = "China agreed to lend Pakistan Rs 5 billion for the Karachi rail line."
    event = next(e for e in code_text(text, ANCHOR) if e.amount is not None)
    assert (event.amount.value, event.amount.currency) == (5e9, "PKR")


def test_coder_parallel_coding_keeps_document_order() -> None:
    from detente import code_documents
    from detente.model import Document

    texts = [f"China praised Pakistan on day {n}." for n in range(40)]
    documents = [Document.from_text(t, date=ANCHOR) for t in texts]
    coded = list(code_documents(documents, n_process=2, batch_size=8))
    assert [c.document.text for c in coded] == texts
    assert all(c.events and c.events[0].cameo_root == "05" for c in coded)


def test_coder_classify_marked_actors() -> None:
    from detente import classify

    sentence = "Iranian officials condemned the new sanctions imposed by Washington."
    source = (0, sentence.index(" condemned"))
    target = (sentence.index("Washington"), sentence.index("Washington") + len("Washington"))
    cameo, plover = classify(sentence, source, target)
    assert cameo.startswith("11") and plover.type == "ACCUSE"


def test_coder_receiving_from_someone_makes_the_giver_the_source() -> None:
    text = "Afghanistan received $50 million in aid from Japan on Monday."
    event = _one(code_text(text, ANCHOR), "JPN", "07", "AFG")
    assert event.amount is not None and event.amount.value == 50e6


def test_coder_wanting_another_state_to_act_is_an_appeal_but_wanting_to_act_is_intent() -> None:
    appeal = code_text("Tokyo wants Seoul to share its radar data.", ANCHOR)
    _one(appeal, "JPN", "02", "KOR")
    threat = code_text("Turkey wants to attack Syria's air defences.", ANCHOR)
    assert _one(threat, "TUR", "13", "SYR").quad == 3  # a threat: verbal conflict
    intent = code_text("Norway wants to give Sudan emergency aid.", ANCHOR)
    assert _one(intent, "NOR", "03", "SDN").cameo == "033"


def test_coder_international_ngos_and_transnational_groups_have_cameo_codes() -> None:
    accusation = code_text("Amnesty International accused Myanmar of torturing prisoners.", ANCHOR)
    event = _one(accusation, "NGO", "11", "MMR")
    assert event.source.sector == "NGO"
    strike = code_text("The United States attacked Islamic State fighters near the border.", ANCHOR)
    _one(strike, "USA", "19", "IMG")


def test_coder_talks_with_another_state_are_coded_both_ways() -> None:
    events = code_text("Chile held talks with Peru on the maritime border.", ANCHOR)
    _one(events, "CHL", "04", "PER")
    _one(events, "PER", "04", "CHL")
    visit = code_text("Chile's president visited Peru.", ANCHOR)
    assert ("PER", "04", "CHL") not in _triples(visit)  # a visit goes one way


def test_coder_compound_subject_agreeing_to_a_ceasefire_binds_both() -> None:
    events = code_text("Armenia and Azerbaijan agreed to a ceasefire on Sunday.", ANCHOR)
    assert {("ARM", "03", "AZE"), ("AZE", "03", "ARM")} <= _triples(events)


def test_coder_misspelt_country_in_an_argument_still_resolves() -> None:
    events = code_text("Uzbekistan rejected a new proposal from Kazakstan.", ANCHOR)
    _one(events, "UZB", "12", "KAZ")


def test_coder_place_of_the_object_is_the_target_of_a_deployment() -> None:
    events = code_text("Canada has strengthened its forces in Latvia.", ANCHOR)
    assert _one(events, "CAN", "15", "LVA").plover.type == "MOBILIZE"


def test_coder_subject_of_a_passive_governor_does_the_announced_act() -> None:
    events = code_text("The Ghanaian president is expected to visit Togo next week.", ANCHOR)
    event = _one(events, "GHA", "03", "TGO")
    assert event.cameo == "036"  # an announced visit: intent to meet


def test_coder_domestic_events_between_sectors_are_kept() -> None:
    events = code_text("Nepali protesters attacked the Nepali parliament.", ANCHOR)
    event = _one(events, "NPL", "19", "NPL")
    assert event.target.sector == "LEG"
    same = code_text("Nepal attacked Nepal.", ANCHOR)
    assert same == []  # one actor cannot act on itself


def test_coder_unnamed_attacker_takes_the_country_it_fired_from() -> None:
    events = code_text("Gunmen fired mortars at Tajikistan from Afghanistan.", ANCHOR)
    event = _one(events, "AFG", "19", "TJK")
    assert event.source.sector is None


def test_coder_group_nouns_give_the_sector_and_borrow_the_country_of_their_place() -> None:
    events = code_text("Afghan rebels attacked Afghan troops near Kandahar.", ANCHOR)
    event = _one(events, "AFG", "19", "AFG")
    assert (event.source.sector, event.target.sector) == ("REB", "MIL")
    warrant = code_text("A court in Ghana issued arrest warrants for two Togolese men.", ANCHOR)
    assert _one(warrant, "GHA", "17", "TGO").source.sector == "JUD"


def test_coder_exercises_alone_on_anothers_ground_are_a_show_of_force() -> None:
    alone = code_text("Iran held naval drills in Oman.", ANCHOR)
    assert _one(alone, "IRN", "15", "OMN").quad == 4
    joint = code_text("Iran held naval drills with Oman.", ANCHOR)
    assert _one(joint, "IRN", "06", "OMN").quad == 2


def test_coder_light_verb_in_the_passive_keeps_its_meaning() -> None:
    events = code_text("Fresh sanctions were imposed on Belarus by Lithuania.", ANCHOR)
    _one(events, "LTU", "16", "BLR")
    warning = code_text("A final warning was issued to Armenia by Azerbaijan.", ANCHOR)
    _one(warning, "AZE", "13", "ARM")


def test_coder_name_shared_by_two_compatriots_still_gives_the_country() -> None:
    # Mahinda and Gotabaya Rajapaksa: neither in office on this date, both Sri Lankan.
    events = code_text("Rajapaksa criticized India.", dt.date(2016, 3, 1))
    assert _one(events, "LKA", "11", "IND").source.actor_id is None


def test_coder_threat_to_act_somewhere_threatens_that_place() -> None:
    events = code_text("The Houthis threatened to launch new attacks in Saudi Arabia.", ANCHOR)
    _one(events, "YEM", "13", "SAU")


def test_coder_complaint_targets_whom_it_is_about_not_its_audience() -> None:
    events = code_text("Lebanon complained to the United Nations over Syrian shelling.", ANCHOR)
    _one(events, "LBN", "11", "SYR")
    plain = code_text("Egypt complained to Sudan on Monday.", ANCHOR)
    _one(plain, "EGY", "11", "SDN")


def test_coder_being_opposed_to_a_proposal_is_the_subjects_rejection() -> None:
    events = code_text("Hungary is opposed to the Ukrainian proposal.", ANCHOR)
    assert _one(events, "HUN", "12", "UKR").plover.type == "REJECT"


def test_coder_forces_led_by_a_state_and_preparations_against_one() -> None:
    led = code_text("Saudi-led forces attacked Houthi positions in Yemen.", ANCHOR)
    _one(led, "SAU", "19", "YEM")
    occupied = code_text("Syrian troops attacked the Israeli-occupied sector.", ANCHOR)
    assert ("SYR", "19", "ISR") not in _triples(occupied)  # occupied land is not Israel
    mobilized = code_text("Britain mobilized reservists for a war against Iraq.", ANCHOR)
    _one(mobilized, "GBR", "15", "IRQ")


def test_coder_objects_behind_quantities_and_owners_of_light_objects() -> None:
    kidnapped = code_text("Somali pirates kidnapped up to 12 Indian sailors.", ANCHOR)
    _one(kidnapped, "SOM", "18", "IND")
    expelled = code_text("Iran expelled inspectors of the IAEA on Monday.", ANCHOR)
    assert _one(expelled, "IRN", "16", "IGOIAEA").plover.type == "SANCTION"


def test_coder_document_speaks_for_the_body_that_issued_it() -> None:
    events = code_text("A report by Human Rights Watch accused Ethiopia of torture.", ANCHOR)
    assert _one(events, "NGO", "11", "ETH").source.actor_id == "inst:human_rights_watch"


def test_coder_people_from_a_country_stand_for_it() -> None:
    events = code_text("Officials from Bhutan criticized Nepal on Monday.", ANCHOR)
    _one(events, "BTN", "11", "NPL")


def test_coder_unnamed_attack_is_credited_to_where_it_happened() -> None:
    events = code_text("Two Turkish soldiers were killed in Syria on Sunday.", ANCHOR)
    event = _one(events, "SYR", "19", "TUR")  # soldiers: military force, not 18
    assert (event.source.sector, event.target.sector) == (None, "MIL")
    at_home = code_text("Two Turkish soldiers were killed in Turkey on Sunday.", ANCHOR)
    assert at_home == []  # no attacker and no foreign ground: nobody to credit


def test_coder_killing_civilians_by_militants_stays_unconventional_violence() -> None:
    events = code_text("Somali militants killed five Kenyan villagers.", ANCHOR)
    assert _one(events, "SOM", "18", "KEN").cameo == "180"


def test_coder_unresolved_attacker_is_not_replaced_by_the_place() -> None:
    text = "Kabul must act against the groups that attack American troops in Afghanistan."
    assert ("AFG", "19", "USA") not in _triples(code_text(text, ANCHOR))


def test_coder_both_capitals_never_means_the_callers_own() -> None:
    text = (
        "India and Pakistan traded fire across the border. Saudi and Emirati officials "
        "spent two days calling both capitals."
    )
    triples = _triples(code_text(text, ANCHOR))
    assert not {("SAU", "04", "ARE"), ("ARE", "04", "SAU")} & triples
    assert {("IND", "19", "PAK"), ("PAK", "19", "IND")} <= triples  # fire, not trade


def test_coder_no_domestic_event_without_two_known_sectors() -> None:
    events = code_text("Pakistani officials criticized Pakistan's record.", ANCHOR)
    assert [e for e in events if e.source.country == e.target.country] == []


def test_coder_perfect_tense_over_years_sums_up_the_past_and_is_no_event() -> None:
    summary = "Ghana said it had given Togo electricity and grain for 20 years."
    assert code_text(summary, ANCHOR) == []
    event = code_text("Ghana gave Togo emergency grain on Monday.", ANCHOR)
    _one(event, "GHA", "07", "TGO")


def test_coder_penalty_with_its_length_is_still_one_event() -> None:
    events = code_text("A Tunisian court has jailed a Nigerian student for two years.", ANCHOR)
    _one(events, "TUN", "17", "NGA")


def test_coder_event_noun_modifying_another_takes_its_arguments() -> None:
    text = "Kuwait launched a mediation effort on Sunday between Qatar and Bahrain."
    triples = _triples(code_text(text, ANCHOR))
    assert {("KWT", "04", "QAT"), ("KWT", "04", "BHR")} <= triples


def test_coder_misspelt_leader_after_a_title_still_resolves() -> None:
    events = code_text(
        "President Francois Mitterand welcomed Chancellor Kohl.", dt.date(1990, 5, 1)
    )
    assert _one(events, "FRA", "05", "DEU").source.actor_id == "francois_mitterrand"


def test_coder_reported_attack_is_also_the_speakers_accusation() -> None:
    text = "Armenia said that rockets were fired at its border posts from Azerbaijan."
    events = code_text(text, ANCHOR)
    attack = _one(events, "AZE", "19", "ARM")
    assert attack.modality.reported_by == "Armenia"
    accusation = _one(events, "ARM", "11", "AZE")
    assert accusation.cameo == "1123"  # accuse of aggression
    assert not accusation.modality.reported_by


def test_coder_claiming_ones_own_strike_accuses_no_one() -> None:
    text = "French officials said French jets bombed rebel depots in Mali."
    events = code_text(text, ANCHOR)
    assert _one(events, "FRA", "19", "MLI").cameo == "195"  # armed forces bomb from the air
    assert not [e for e in events if e.cameo_root == "11"], _triples(events)


def test_coder_report_of_no_named_author_speaks_for_where_it_was_released() -> None:
    text = "A long report released in Kigali on Monday accused Belgium of ignoring warnings."
    event = _one(code_text(text, ANCHOR), "RWA", "11", "BEL")
    assert event.confidence < 0.9  # the author is inferred, not named


def test_coder_people_of_no_named_country_are_coded_by_sector() -> None:
    events = code_text("Insurgents shelled the outskirts of Aleppo on Monday night.", ANCHOR)
    event = _one(events, None, "19", "SYR")
    assert (event.source.text, event.source.sector) == ("Insurgents", "REB")
    assert event.source.code == "---REB"  # as event data writes an unknown country


def test_coder_no_event_between_two_actors_of_unknown_country() -> None:
    text = "Rebels fired on protesters in the main square and killed four people."
    assert code_text(text, ANCHOR) == []


def test_coder_no_nameless_side_for_a_state_body_or_an_owned_group() -> None:
    text = "Mr Khan told parliament that Pakistan would withdraw its troops."
    events = code_text(text, ANCHOR)
    assert all(e.source.country and e.target.country for e in events), _triples(events)


def test_coder_passive_after_and_shares_the_subject_as_the_one_acted_on() -> None:
    text = "The Iranian diplomats arrived in Ankara and were expelled by Turkey two days later."
    event = _one(code_text(text, ANCHOR), "TUR", "16", "IRN")
    assert event.cameo == "161"  # diplomats expelled, as "expelled two Iranian diplomats"


def test_coder_place_named_in_a_relative_clause_did_not_do_it() -> None:
    text = "Serbia lifted a curfew in Kosovo, where ten people have been killed in riots."
    events = code_text(text, ANCHOR)
    assert not [e for e in events if e.cameo_root == "18"], _triples(events)


def test_coder_two_word_event_noun_takes_the_launchers_as_its_actors() -> None:
    text = "Greek and Italian warships on Monday began five days of war games off Crete."
    events = code_text(text, ANCHOR)
    assert {("GRC", "06", "ITA"), ("ITA", "06", "GRC")} <= _triples(events)


def test_coder_help_for_people_in_a_place_goes_to_that_place() -> None:
    text = "Norway gave emergency food aid to refugees in Chad last week."
    _one(code_text(text, ANCHOR), "NOR", "07", "TCD")


def test_coder_soldiers_killed_by_a_bomb_near_a_town_were_attacked_from_there() -> None:
    text = "Two Turkish soldiers were killed by a roadside bomb outside of the town of Zakho."
    event = _one(code_text(text, ANCHOR), "IRQ", "19", "TUR")
    assert event.target.sector == "MIL"


def test_coder_two_leaders_meeting_somewhere_meet_each_other_not_the_host() -> None:
    text = "Emmanuel Macron and Angela Merkel met in Rome on Friday to discuss trade."
    triples = _triples(code_text(text, ANCHOR))
    assert {("FRA", "04", "DEU"), ("DEU", "04", "FRA")} <= triples
    assert not [t for t in triples if t[2] == "ITA"], triples


def test_coder_conjunct_hung_on_the_last_word_of_a_name_still_joins_it() -> None:
    # The small parser makes "Barack" the subject and hangs "Vladimir Putin" on "Obama".
    text = "Barack Obama and Vladimir Putin will meet in Geneva to talk about energy"
    events = code_text(text, ANCHOR)
    # An announced meeting is an intent to meet (036); its purpose is to come, too.
    assert _one(events, "USA", "03", "RUS").cameo == "036"
    assert _one(events, "RUS", "03", "USA").cameo == "036"
    assert not [e for e in events if e.cameo_root == "04"], _triples(events)


def test_coder_agentless_passive_under_a_wish_has_no_doer() -> None:
    text = "Chile said it hoped the former officers would be extradited from Argentina."
    events = code_text(text, ANCHOR)
    assert not [e for e in events if e.source.country == "CHL" and e.cameo_root != "01"], _triples(
        events
    )


def test_coder_claim_of_responsibility_names_the_attacker_and_the_struck() -> None:
    text = (
        "The Nigerian jihadist group Boko Haram claimed responsibility for a bombing"
        " at a market in Chad's capital."
    )
    events = code_text(text, ANCHOR)
    claim = _one(events, "NGA", "01", "TCD")
    assert claim.cameo == "015"
    attack = _one(events, "NGA", "18", "TCD")
    assert attack.modality.reported_by == "Boko Haram"  # on the claimer's word
    assert {e.source.text for e in events} == {"Boko Haram"}  # not also "Nigerian"


def test_coder_killing_by_a_named_weapon_takes_the_weapons_code() -> None:
    events = code_text("A US drone strike killed two militant commanders in Yemen.", ANCHOR)
    assert _one(events, "USA", "19", "YEM").cameo == "195"  # aerial weapons


def test_coder_pledge_of_money_is_an_intent_to_aid_the_place_it_is_for() -> None:
    text = "Japan pledged $2 billion for new railways in Bangladesh."
    assert _one(code_text(text, ANCHOR), "JPN", "03", "BGD").cameo == "033"


def test_coder_pair_vowing_to_deepen_their_partnership_intend_it_with_each_other() -> None:
    events = code_text("Nepal and Bhutan vowed to deepen their partnership.", ANCHOR)
    assert _one(events, "NPL", "03", "BTN").cameo == "032"
    assert _one(events, "BTN", "03", "NPL").cameo == "032"


def test_coder_trade_status_revoked_is_an_economic_sanction() -> None:
    text = "Turkey revoked the special trade status of Israel."
    assert _one(code_text(text, ANCHOR), "TUR", "16", "ISR").cameo == "163"


def test_coder_his_call_to_him_is_the_doers_call_to_the_other() -> None:
    text = (
        "The same message was passed by Emmanuel Macron to Justin Trudeau"
        " in his telephone call to him on Monday."
    )
    assert _one(code_text(text, ANCHOR), "FRA", "04", "CAN").cameo == "041"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar has invested heavily in Karachi port.", ("QAT", "061", "PAK")),
        ("Canada boycotted the trade fair in Beijing.", ("CAN", "163", "CHN")),
        ("Ukraine closed its airspace to Russian airlines.", ("UKR", "191", "RUS")),
        ("The Greek coast guard rescued a Turkish fishing boat.", ("GRC", "073", "TUR")),
        ("Qatar deposited $2 billion in Turkey's central bank.", ("QAT", "071", "TUR")),
        ("India blamed Pakistan-based militants for the attack.", ("IND", "112", "PAK")),
    ],
)
def test_coder_acts_and_where_their_actors_are(text: str, expected: tuple[str, str, str]) -> None:
    source, code, target = expected
    assert _one(code_text(text, ANCHOR), source, code[:2], target).cameo == code


def test_coder_one_visit_named_twice_is_one_event_and_not_dated_by_days_before_it() -> None:
    text = (
        "Mike Pompeo's visit to Pakistan lasted one day. Just a few days before Pompeo's"
        " arrival in Islamabad, the US had suspended aid to Pakistan."
    )
    events = code_text(text, ANCHOR)
    visits = [e for e in events if e.cameo_root == "04"]
    assert len(visits) == 1 and visits[0].date == ANCHOR
    assert _one(events, "USA", "16", "PAK").date == ANCHOR - dt.timedelta(days=3)


def test_coder_trading_accusations_is_mutual_accusation_not_trade() -> None:
    events = code_text("Armenia and Azerbaijan traded accusations over the shelling.", ANCHOR)
    assert {("ARM", "11", "AZE"), ("AZE", "11", "ARM")} <= _triples(events)
    assert not [e for e in events if e.cameo_root == "06"], _triples(events)


def test_coder_praise_for_a_deed_praises_the_doer_not_the_deeds_beneficiary() -> None:
    text = "Mr Biden praised Tokyo for its aid to Ukraine and asked it to do more."
    triples = _triples(code_text(text, ANCHOR))
    assert {("USA", "05", "JPN"), ("USA", "02", "JPN"), ("JPN", "07", "UKR")} <= triples
    assert not [t for t in triples if t[0] == "USA" and t[2] == "UKR"], triples


def test_coder_their_after_two_leaders_is_both_not_the_city_they_met_in() -> None:
    text = (
        "Emmanuel Macron and Olaf Scholz agreed over lunch in Lyon on Friday to end"
        " their dispute over energy prices."
    )
    triples = _triples(code_text(text, ANCHOR))
    assert ("FRA", "03", "DEU") in triples and ("DEU", "03", "FRA") in triples
    assert not [t for t in triples if "FRA" in (t[0], t[2]) and t[2] == "FRA" == t[0]]


def test_coder_what_an_accusation_alleges_is_reported_by_the_accuser() -> None:
    events = code_text("Baghdad accused Ankara of its support for Syrian rebels.", ANCHOR)
    support = _one(events, "TUR", "05", "SYR")
    assert support.modality.reported_by == "Baghdad"


def test_coder_the_two_sides_are_the_pair_not_the_summit_and_its_host() -> None:
    text = (
        "Joe Biden and Xi Jinping met in Bali on Monday. The meeting, on the sidelines of"
        " the G20 summit in Indonesia, lasted three hours. The two sides agreed to resume"
        " talks on climate change."
    )
    triples = _triples(code_text(text, ANCHOR))
    assert ("USA", "03", "CHN") in triples and ("CHN", "03", "USA") in triples
    assert not [t for t in triples if "IDN" in t or any(str(c).startswith("IGO") for c in t)]


def test_coder_promise_to_build_somewhere_is_an_intent_toward_that_country() -> None:
    events = code_text("South Korea pledged to build a new power plant in Ghana.", ANCHOR)
    pledge = _one(events, "KOR", "03", "GHA")
    assert not pledge.modality.future  # the pledge was made; the plant is what is to come


def test_coder_refusal_to_deploy_somewhere_is_a_rejection_toward_that_country() -> None:
    events = code_text("Brazil has refused to deploy peacekeepers in Haiti.", ANCHOR)
    _one(events, "BRA", "12", "HTI")


def test_coder_voiced_displeasure_is_disapproval_of_its_object() -> None:
    events = code_text("Seoul voiced strong displeasure with the Japanese export curbs.", ANCHOR)
    assert _one(events, "KOR", "11", "JPN").cameo == "110"


def test_coder_troops_sent_into_a_country_protect_it_troops_at_a_border_face_it() -> None:
    assert _one(code_text("Britain deployed 800 troops to Estonia.", ANCHOR),
                "GBR", "07", "EST").cameo == "074"  # fmt: skip
    massed = code_text("Russia deployed troops to the Ukrainian border.", ANCHOR)
    assert _one(massed, "RUS", "15", "UKR").cameo == "150"


def test_coder_both_sides_are_the_parties_not_a_country_named_as_a_topic() -> None:
    text = (
        "The Japanese prime minister held talks with Australian ministers in Tokyo on"
        " Monday. He said Japan shared the goal of a peaceful Myanmar. Both sides agreed"
        " to keep talking."
    )
    agreed = [e for e in code_text(text, ANCHOR) if e.evidence.text.startswith("Both")]
    assert {(e.source.country, e.target.country) for e in agreed} == {
        ("JPN", "AUS"),
        ("AUS", "JPN"),
    }


def test_coder_summons_over_ones_own_loss_is_addressed_to_the_envoys_country() -> None:
    text = "Iran summoned the Pakistani ambassador over the killing of its border guards."
    assert _one(code_text(text, ANCHOR), "IRN", "11", "PAK").cameo == "114"


def test_coder_pair_restoring_ties_restores_them_with_each_other() -> None:
    events = code_text("Morocco and Algeria restored diplomatic ties on Tuesday.", ANCHOR)
    assert {("MAR", "05", "DZA"), ("DZA", "05", "MAR")} <= _triples(events)


def test_coder_denied_act_is_kept_flagged_negated_and_reported_by_the_denier() -> None:
    text = "Armenia denied that its troops had fired on Azerbaijani positions."
    event = _one(code_text(text, ANCHOR), "ARM", "19", "AZE")
    assert event.modality.negated and event.modality.reported_by == "Armenia"
    dismissed = code_text("Russia dismissed claims that it had sent troops into Moldova.", ANCHOR)
    assert all(e.modality.negated for e in dismissed if e.cameo_root == "15"), dismissed
    assert any(e.cameo_root == "15" for e in dismissed)


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("The US is considering sanctions against Turkey.", "USA", "16", "TUR"),
        ("India is unlikely to attend the summit in Islamabad.", "IND", "04", "PAK"),
    ],
)
def test_coder_considered_or_unlikely_acts_are_hypothetical(
    text: str, source: str, root: str, target: str
) -> None:
    assert _one(code_text(text, ANCHOR), source, root, target).modality.hypothetical


def test_coder_unidentified_gunmen_are_an_unknown_armed_force() -> None:
    events = code_text("Gunmen killed two Chinese engineers on Sunday.", ANCHOR)
    assert _one(events, None, "18", "CHN").source.code == "---UAF"
    # Where the attack happened says whose ground the unknown force acted from.
    placed = code_text("Gunmen killed two Chinese engineers in Karachi.", ANCHOR)
    assert _one(placed, "PAK", "18", "CHN").source.code == "PAKUAF"


def test_coder_mediation_between_two_parties_reaches_both() -> None:
    triples = _triples(code_text("Turkey brokered a truce between Armenia and Azerbaijan.", ANCHOR))
    assert {("TUR", "04", "ARM"), ("TUR", "04", "AZE")} <= triples


def test_coder_what_a_rejected_offer_proposes_is_not_asserted() -> None:
    text = "Serbia rejected an EU offer to host talks between Belgrade and Pristina in Brussels."
    events = code_text(text, ANCHOR)
    assert _one(events, "SRB", "12", "IGOEUR")
    assert not [e for e in events if e.cameo_root == "04"], _triples(events)


def test_coder_blocked_sanctions_are_kept_as_not_imposed() -> None:
    events = code_text("Greece blocked new EU sanctions against Turkish officials.", ANCHOR)
    sanctions = _one(events, "IGOEUR", "16", "TUR")
    assert sanctions.modality.negated
    assert sanctions.source.code == "IGOEUR"  # the sector is in the code: not IGOEURIGO
    _one(events, "GRC", "12", "IGOEUR")


def test_coder_the_object_of_a_rejection_is_not_the_rejecters_act() -> None:
    events = code_text("Pakistan rejected calls for talks with India.", ANCHOR)
    assert [(e.source.country, e.cameo_root) for e in events] == [("PAK", "12")]


def test_coder_accused_of_a_deed_is_its_alleged_doer() -> None:
    events = code_text("Georgia accused Russia of an attack on Gori.", ANCHOR)
    attack = _one(events, "RUS", "18", "GEO")
    assert attack.modality.reported_by == "Georgia"


def test_coder_ethnic_cleansing_is_an_event_noun_of_mass_violence() -> None:
    text = "Serb forces carried out ethnic cleansing against Albanians in Kosovo."
    assert _one(code_text(text, ANCHOR), "SRB", "20", "ALB").cameo == "203"


def _classified(sentence: str, source: str, target: str | None) -> tuple[str, str | None]:
    from detente import classify

    def span(part: str) -> tuple[int, int]:
        return sentence.index(part), sentence.index(part) + len(part)

    result = classify(sentence, span(source), span(target) if target else None)
    assert result is not None, f"nothing classified in {sentence!r}"
    return result[0], result[1].type


@pytest.mark.parametrize(
    ("sentence", "source", "target", "cameo"),
    [
        (
            "Hundreds of farmers marched through Lima on Friday demanding that the "
            "government cut fuel prices.",
            "Hundreds of farmers",
            "the government",
            "141",
        ),
        (
            "Retired miners began a hunger strike outside parliament to protest the "
            "ministry's pension ruling.",
            "Retired miners",
            "the ministry",
            "142",
        ),
        (
            "Fishermen blocked the harbour road on Tuesday to press their demands on the "
            "port authority.",
            "Fishermen",
            "the port authority",
            "144",
        ),
    ],
)
def test_coder_a_protest_staged_to_demand_is_coded_as_the_protest(
    sentence: str, source: str, target: str, cameo: str
) -> None:
    assert _classified(sentence, source, target) == (cameo, "PROTEST")


def test_coder_calling_off_a_strike_yields_but_refusing_to_end_it_rejects() -> None:
    called_off = "The nurses' union called off its strike after talks with the health ministry."
    assert _classified(called_off, "The nurses' union", None) == ("082", "CONCEDE")
    refused = "The nurses' union said it will not end the strike until wages rise."
    assert _classified(refused, "The nurses' union", None)[1] == "REJECT"


def test_coder_strikes_carried_out_against_targets_are_attacks_not_stoppages() -> None:
    air_raid = "Turkish jets carried out strikes against militant positions in northern Iraq."
    assert _classified(air_raid, "Turkish jets", "militant positions")[1] == "ASSAULT"
    stoppage = "Bus drivers in Lisbon went on strike on Monday."
    assert _classified(stoppage, "Bus drivers in Lisbon", None)[1] == "PROTEST"


def test_coder_announced_ceasefire_and_accepted_refugees_and_proposals() -> None:
    truce = "Armenia announced a unilateral ceasefire with Azerbaijan on Sunday."
    _one(code_text(truce, ANCHOR), "ARM", "08", "AZE")
    refugees = "Canada accepted 2,000 refugees from Syria last month."
    assert _classified(refugees, "Canada", "refugees from Syria") == ("075", "AID")
    proposal = "Ghana accepted a Nigerian proposal to share the cost of the new bridge."
    assert _classified(proposal, "Ghana", "Nigerian")[1] == "AGREE"


def test_coder_a_pardon_releases_and_rolled_back_tariffs_ease_sanctions() -> None:
    pardon = "The president of Belarus pardoned a Polish journalist on Friday."
    assert _classified(pardon, "The president of Belarus", "a Polish journalist")[0] == "0841"
    tariffs = "Japan rolled back tariffs on Korean steel in April."
    assert _classified(tariffs, "Japan", "Korean") == ("085", "RETREAT")


def test_coder_peacekeepers_deployed_or_arriving_protect() -> None:
    sent = "Ghana sent 400 troops to Mali to serve as peacekeepers."
    event = _one(code_text(sent, ANCHOR), "GHA", "07", "MLI")
    assert event.cameo == "074" and event.plover.type == "AID"
    massed = "Russia deployed 400 troops to its border with Estonia."
    assert _one(code_text(massed, ANCHOR), "RUS", "15", "EST").cameo == "150"


def test_coder_fighting_an_epidemic_is_not_violence() -> None:
    text = "Norway gave $10 million to Guinea to fight the cholera epidemic."
    events = code_text(text, ANCHOR)
    assert _one(events, "NOR", "07", "GIN")
    assert not any(e.quad == 4 for e in events), _triples(events)


def test_coder_aid_given_to_support_someone_goes_to_them() -> None:
    text = "Sweden provided $5 million in aid to support Somali refugees in Kenya."
    cameo, plover_type = _classified(text, "Sweden", "Somali refugees")
    assert cameo.startswith("07") and plover_type == "AID"


def test_coder_a_deadline_given_is_an_ultimatum() -> None:
    text = "Bolivia gave Chile a deadline of ten days to withdraw its ambassador."
    assert _one(code_text(text, ANCHOR), "BOL", "13", "CHL").cameo == "139"


def test_coder_agreeing_a_deal_is_agreement_both_ways_and_signing_it_is_support() -> None:
    # CAMEO's own examples: agreeing upon a pact is an agreement (03), signing one is 057.
    agreed = code_text("Peru and Chile agreed upon a new fisheries treaty on Friday.", ANCHOR)
    assert _one(agreed, "PER", "03", "CHL").plover.type == "AGREE"
    assert _one(agreed, "CHL", "03", "PER").plover.type == "AGREE"
    signed = code_text("Peru and Chile signed a new fisheries treaty on Friday.", ANCHOR)
    assert _one(signed, "PER", "05", "CHL").cameo == "057"


def test_coder_seeking_refuge_in_a_country_is_an_appeal_to_it() -> None:
    text = "Thousands of Sudanese have sought refuge in Chad since April."
    assert _classified(text, "Thousands of Sudanese", "Chad") == ("0233", "REQUEST")


def test_coder_ending_mediation_efforts_halts_talks_with_both_parties() -> None:
    text = "Qatar ended its mediation efforts between Sudan and South Sudan on Monday."
    assert _classified(text, "Qatar", "Sudan")[0] == "164"
    events = code_text(text, ANCHOR)
    _one(events, "QAT", "16", "SDN")
    _one(events, "QAT", "16", "SSD")


def test_coder_a_date_phrase_before_the_verb_is_not_its_preposition() -> None:
    text = "On Nov. 4, the Danish prime minister called the Swedish prime minister."
    event = _one(code_text(text, ANCHOR), "DNK", "04", "SWE")
    assert event.cameo == "041"  # a phone call, not "called on"


@pytest.mark.parametrize(
    ("text", "source", "target", "cameo"),
    [
        ("Somalia imposed martial law on Kismayo.", "SOM", None, "1724"),
        ("Iran pulled out of talks with the United Kingdom.", "IRN", "GBR", "164"),
        ("Russia pulled its troops out of Georgia.", "RUS", "GEO", "0874"),
        ("Azerbaijani forces captured the Armenian town of Lachin.", "AZE", "ARM", "192"),
        ("Kenya expelled three Somali aid workers.", "KEN", "SOM", "1663"),
    ],
)
def test_coder_multiword_objects_and_seized_places(
    text: str, source: str, target: str | None, cameo: str
) -> None:
    events = code_text(text, ANCHOR)
    if target is None:
        cameo_code, _ = _classified(text, text.split()[0], None)
        assert cameo_code == cameo
    else:
        assert _one(events, source, cameo[:2], target).cameo == cameo


def test_coder_a_month_is_not_a_march_and_a_scathing_attack_is_criticism() -> None:
    month = "Protesters in Nairobi said in March that Uganda had closed the border."
    assert "14" not in {e.cameo_root for e in code_text(month, ANCHOR)}
    words = "Argentina's president launched a scathing attack on Britain over the islands."
    assert _one(code_text(words, ANCHOR), "ARG", "11", "GBR").cameo == "111"


def test_coder_boycotting_a_vote_is_a_protest_and_reneging_a_rejection() -> None:
    vote = "Opposition parties in Togo boycotted the presidential election."
    assert _classified(vote, "Opposition parties in Togo", None) == ("143", "PROTEST")
    renege = "Venezuela reneged on its debt deal with China."
    assert _one(code_text(renege, ANCHOR), "VEN", "12", "CHN")


def test_coder_a_travel_warning_reduces_relations_and_is_not_a_threat() -> None:
    text = "Australia issued a travel warning for Indonesia after the bombings in Bali."
    event = _one(code_text(text, ANCHOR), "AUS", "16", "IDN")
    assert event.plover.type == "SANCTION"
    advised = "The Irish government advised against travel to Mozambique."
    _one(code_text(advised, ANCHOR), "IRL", "16", "MOZ")


def test_coder_an_announced_boycott_or_offensive_is_a_threat() -> None:
    boycott = "Opposition parties in Gabon said they would boycott the October election."
    assert _classified(boycott, "Opposition parties in Gabon", None) == ("133", "THREATEN")
    offensive = "Ethiopia says it will begin a new military operation against Eritrea."
    assert _one(code_text(offensive, ANCHOR), "ETH", "13", "ERI").cameo == "138"


def test_coder_a_backed_or_led_adjective_is_not_an_event() -> None:
    text = "Saudi-backed fighters entered the Yemeni port of Mocha on Friday."
    assert not any(e.cameo_root == "05" for e in code_text(text, ANCHOR))


def test_coder_name_calling_parsed_as_one_noun_is_still_criticism() -> None:
    text = "The president of Brazil called France's ambassador a very rude man."
    assert _one(code_text(text, ANCHOR), "BRA", "11", "FRA").cameo == "111"


def test_coder_a_cancelled_visit_reduces_relations_and_is_no_visit() -> None:
    text = "A Dutch minister cancelled a planned visit to Suriname on Monday."
    triples = _triples(code_text(text, ANCHOR))
    assert ("NLD", "16", "SUR") in triples
    assert not {t for t in triples if t[1] in ("03", "04", "12")}, triples


def test_coder_victims_of_no_country_are_struck_where_they_were() -> None:
    events = code_text("Two Afghan gunmen killed eleven people in Karachi on Monday.", ANCHOR)
    _one(events, "AFG", "18", "PAK")


def test_coder_a_purpose_is_carried_out_where_the_carrier_sends() -> None:
    text = "The African Union sent twelve observers to Burundi to monitor the vote."
    assert _one(code_text(text, ANCHOR), "IGOAFU", "09", "BDI").cameo == "090"


def test_actors_an_acronym_defined_in_brackets_is_not_a_known_person() -> None:
    text = "The Kosovo Farmers Union (AKK) demanded support from Serbia."
    assert all(e.source.country != "DEU" for e in code_text(text, ANCHOR))


def test_coder_contributing_to_doing_something_is_not_aid() -> None:
    text = "Officials said Belgian advisers in Congo contributed to planning the raids."
    assert not any(e.cameo_root == "07" for e in code_text(text, ANCHOR))
    money = "Norway contributed $8 million to Somalia's drought appeal."
    _one(code_text(money, ANCHOR), "NOR", "07", "SOM")


def test_coder_inspecting_sites_in_a_country_targets_the_country() -> None:
    text = "IAEA inspectors re-examined two reactors in Iran on Monday."
    _one(code_text(text, ANCHOR), "IGOIAEA", "09", "IRN")


def test_coder_offered_military_support_is_an_intent_to_give_military_aid() -> None:
    text = "Turkey offered military support to Azerbaijan on Tuesday."
    assert _one(code_text(text, ANCHOR), "TUR", "03", "AZE").cameo == "0332"


def test_coder_he_can_stand_for_an_organisations_one_person_office() -> None:
    text = "The UN Secretary-General said he would withdraw the inspectors from Yemen."
    event = _one(code_text(text, ANCHOR), "IGOUNO", "13", "YEM")
    # Withdrawing inspectors, announced: a threat to halt international involvement.
    assert event.cameo == "136"


def test_coder_an_attack_targeting_a_place_is_aimed_at_its_country() -> None:
    text = "Boko Haram claimed responsibility for an attack targeting a market in Cameroon."
    events = code_text(text, ANCHOR)
    claim = _one(events, "NGA", "01", "CMR")
    assert claim.cameo == "015"
    assert _one(events, "NGA", "18", "CMR").modality.reported_by is not None


def test_coder_withdrawing_what_was_granted_targets_whom_it_was_granted() -> None:
    text = "Canada withdrew the trade status it had granted Venezuela."
    events = code_text(text, ANCHOR)
    assert _one(events, "CAN", "16", "VEN").cameo == "163"
    assert not any(e.cameo_root == "07" for e in events)  # the granting is background


def test_coder_the_tense_of_a_governing_verb_reaches_its_complement() -> None:
    text = "Lithuania said it would work to isolate Belarus."
    event = _one(code_text(text, ANCHOR), "LTU", "13", "BLR")
    assert event.modality.future
    response = "Japan promised a strong response to North Korea."
    assert _one(code_text(response, ANCHOR), "JPN", "13", "PRK").cameo == "130"


def test_coder_both_sides_are_the_documents_partners_not_two_states_in_passing() -> None:
    text = (
        "President Ruto met President Samia in Dar es Salaam on Monday, and Kenya and "
        "Tanzania signed three trade accords. Kenya has also opened talks with the World "
        "Bank on a loan. Separately, Uganda offered Kenya a fuel deal. A joint statement "
        "said both sides would deepen their cooperation."
    )
    events = [e for e in code_text(text, ANCHOR) if "joint statement" in e.evidence.text]
    pairs = {(e.source.country, e.target.country) for e in events}
    assert pairs == {("KEN", "TZA"), ("TZA", "KEN")}, pairs


def test_coder_wanted_or_demanded_events_have_not_happened() -> None:
    text = "Norway wants a truce and direct talks between Sudan and South Sudan."
    events = code_text(text, ANCHOR)
    assert not any(e.cameo_root == "04" for e in events), _triples(events)
    assert {e.source.country for e in events} == {"NOR"}
    assert any(e.cameo_root == "02" for e in events)


def test_coder_answering_with_tariffs_imposes_them() -> None:
    text = "Mexico answered on Friday with tariffs on American steel."
    assert _one(code_text(text, ANCHOR), "MEX", "16", "USA").cameo == "163"


def test_coder_a_warning_of_what_follows_if_someone_acts_is_aimed_at_them() -> None:
    text = "Ankara warned that the losses would be heavy if Athens retaliated."
    _one(code_text(text, ANCHOR), "TUR", "13", "GRC")


def test_coder_a_strike_lands_where_the_attackers_went_or_the_place_it_names() -> None:
    went = "Turkish jets crossed into Iraq on Monday and struck what Ankara called a base."
    _one(code_text(went, ANCHOR), "TUR", "19", "IRQ")
    into = "It was the first Israeli air strike across the border and into Syrian territory."
    assert _one(code_text(into, ANCHOR), "ISR", "19", "SYR").cameo == "195"
    downed = "Ukraine said it had downed a Russian helicopter."
    assert _one(code_text(downed, ANCHOR), "UKR", "19", "RUS").cameo == "195"


def test_coder_a_bombing_that_killed_someone_struck_them_and_its_claimer_did_it() -> None:
    text = (
        "Officials said the Taliban had admitted to a bombing in Kabul that killed a "
        "German diplomat."
    )
    events = code_text(text, ANCHOR)
    assert _one(events, "AFG", "01", "DEU").cameo == "015"
    _one(events, "AFG", "18", "DEU")


def test_coder_both_capitals_called_by_a_coalition_are_the_pair_before() -> None:
    text = (
        "India and Pakistan exchanged fire on Tuesday. American, Saudi and Emirati officials "
        "spent two days calling both capitals."
    )
    triples = _triples(code_text(text, ANCHOR))
    assert {("USA", "04", "IND"), ("SAU", "04", "PAK"), ("ARE", "04", "IND")} <= triples


def test_coder_a_sentence_opening_he_continues_the_last_subject() -> None:
    text = (
        "Prime Minister Jacinda Ardern thanked President Joko Widodo for the invitation. "
        "He has promised to visit Canberra in May."
    )
    events = code_text(text, dt.date(2019, 6, 1))
    assert _one(events, "NZL", "03", "AUS").cameo == "036"  # Ardern's promise, not Widodo's
    assert not any(e.source.country == "IDN" and e.cameo_root == "03" for e in events)


def test_coder_offering_to_mediate_between_two_states_reaches_both() -> None:
    text = "Norway said it would be willing to mediate between Colombia and Venezuela."
    events = code_text(text, ANCHOR)
    assert _one(events, "NOR", "03", "COL").cameo == "039"
    _one(events, "NOR", "03", "VEN")


def test_coder_its_acted_upon_is_not_the_doer_and_delayed_tariffs_are_none() -> None:
    text = "Chile lost its trade preferences when the European Union ended its status."
    _one(code_text(text, ANCHOR), "IGOEUR", "16", "CHL")
    delayed = "Brazil has repeatedly delayed retaliatory tariffs on Canadian goods."
    assert not any(e.cameo_root == "16" for e in code_text(delayed, ANCHOR))


def test_coder_an_attack_in_words_is_criticism() -> None:
    text = "The Turkish president launched an attack on Greece, calling its leaders liars."
    assert _one(code_text(text, ANCHOR), "TUR", "11", "GRC").cameo == "111"
    armed = "Turkish jets attacked Kurdish positions in Iraq, killing five fighters."
    assert _one(code_text(armed, ANCHOR), "TUR", "19", "IRQ").cameo == "195"


def test_coder_it_rejected_in_a_sentence_naming_only_the_doer_is_no_state() -> None:
    text = (
        "Nepal opened a new border post last week. Peru said Peru condemned the ruling and "
        "rejected it as illegal."
    )
    events = code_text(text, ANCHOR)
    assert not any(e.source.country == "PER" and e.cameo_root == "12" for e in events)


def test_coder_buying_a_countrys_goods_is_economic_cooperation() -> None:
    text = "Vietnam bought large amounts of Australian coal last year."
    assert _one(code_text(text, ANCHOR), "VNM", "06", "AUS").cameo == "061"


def test_coder_talks_the_travellers_go_for_are_theirs() -> None:
    text = "Serbian and Kosovan negotiators return to Brussels this week for talks."
    triples = _triples(code_text(text, ANCHOR))
    assert {("SRB", "04", "XKX"), ("XKX", "04", "SRB")} <= triples
    assert not any(root == "08" for _, root, _ in triples)  # they go back, not give back


def test_coder_aid_to_refugees_fleeing_a_war_goes_to_the_war_torn_country() -> None:
    text = "Japan will provide food aid to refugees fleeing the fighting in Sudan."
    assert _one(code_text(text, ANCHOR), "JPN", "03", "SDN").cameo == "0333"


def test_coder_calling_on_someone_to_discuss_is_a_visit_not_a_demand() -> None:
    visit = "The Nepali ambassador called on the Chinese foreign minister to discuss trade."
    assert _one(code_text(visit, ANCHOR), "NPL", "04", "CHN").cameo == "042"
    demand = "The UN called on Ethiopia to negotiate with Eritrea."
    _one(code_text(demand, ANCHOR), "IGOUNO", "10", "ETH")


def test_coder_the_sides_of_an_island_are_their_nations_not_the_island() -> None:
    text = "The Turkish and Greek sides of the island of Cyprus agreed to reopen a crossing."
    events = code_text(text, ANCHOR)
    assert _one(events, "TUR", "03", "GRC")
    assert not any("CYP" in (e.source.country, e.target.country) for e in events)


def test_coder_an_apposition_describing_a_state_adds_no_actor() -> None:
    text = "Jordan, a close U.S. ally, refused to send troops to Yemen."
    events = code_text(text, ANCHOR)
    assert {e.source.country for e in events} == {"JOR"}


def test_coder_what_is_agreed_to_or_opposed_has_not_happened() -> None:
    agreed = "Israel has agreed to Egyptian mediation in talks with Hamas."
    triples = _triples(code_text(agreed, ANCHOR))
    assert ("ISR", "03", "EGY") in triples
    assert not any(source == "EGY" for source, _, _ in triples), triples
    opposed = "Israel is opposed to French mediation in talks with Syria."
    assert not any(t[0] == "FRA" for t in _triples(code_text(opposed, ANCHOR)))


def test_coder_a_helper_named_with_with_is_not_a_target() -> None:
    text = "NATO said it would tighten the blockade of Libya with Malta's help."
    assert not any(e.target.country == "MLT" for e in code_text(text, ANCHOR))


def test_coder_a_conflictual_act_hung_on_the_targets_conduct_is_a_threat() -> None:
    text = "Britain will impose sanctions on Zimbabwe unless Harare frees the prisoners."
    event = _one(code_text(text, ANCHOR), "GBR", "13", "ZWE")
    assert event.cameo == "1312"
    assert not event.modality.hypothetical and not event.modality.future
    strike = "Israel said it would strike Lebanon if rockets were fired again."
    assert _one(code_text(strike, ANCHOR), "ISR", "13", "LBN").cameo == "138"


def test_coder_signing_a_decree_is_no_agreement_with_anyone() -> None:
    decree = "The Turkish president signed a decree granting Syrian refugees work permits."
    assert not any(e.cameo == "057" for e in code_text(decree, ANCHOR))
    treaty = "Japan and India signed a defence agreement on Friday."
    assert _one(code_text(treaty, ANCHOR), "JPN", "05", "IND").cameo == "057"


def test_coder_calling_for_sanctions_against_a_state_denounces_it() -> None:
    text = "Canada called for sanctions against Myanmar over the killings."
    assert _one(code_text(text, ANCHOR), "CAN", "11", "MMR").cameo == "111"


def test_coder_jets_sent_to_destroy_a_site_attack_its_country() -> None:
    text = "Israel sent eight jets to destroy Iraq's reactor in 1981."
    event = _one(code_text(text, dt.date(1981, 6, 10)), "ISR", "17", "IRQ")
    assert event.cameo == "1712" and event.plover.type == "ASSAULT"


def test_coder_a_claim_in_its_own_sentence_concerns_the_attack_just_told() -> None:
    text = (
        "A roadside bomb killed six Nigerian soldiers near Maiduguri on Monday. "
        "Boko Haram claimed responsibility."
    )
    events = code_text(text, ANCHOR)
    claim = [e for e in events if e.cameo == "015"]
    assert claim and claim[0].target.country == "NGA"
    deed = [e for e in events if e.cameo_root == "18" and e.source.country == "NGA"]
    assert deed and deed[0].modality.reported_by == "Boko Haram"
    withdrew = "Japan withdrew trade privileges from South Korea."
    assert _one(code_text(withdrew, ANCHOR), "JPN", "16", "KOR").cameo == "163"


def test_coder_a_place_named_with_the_state_that_administers_it_is_that_state() -> None:
    text = (
        "A suicide bomber killed twelve policemen in Indian-administered Kashmir. "
        "Jaish-e-Mohammed claimed responsibility."
    )
    events = code_text(text, ANCHOR)
    assert any(e.cameo == "015" and e.target.country == "IND" for e in events), _triples(events)
    occupied = "Soldiers killed two men in Israeli-occupied East Jerusalem."
    assert not any(e.target.country == "ISR" for e in code_text(occupied, ANCHOR))


def test_coder_a_clause_of_time_under_a_promise_is_its_own_event() -> None:
    text = "Kenya promised a firm response after Somali gunmen killed nine Kenyan soldiers."
    triples = _triples(code_text(text, ANCHOR))
    assert {("SOM", "18", "KEN"), ("SOM", "19", "KEN")} & triples, triples


def test_coder_a_coalition_parsed_as_modified_by_its_verb_still_acts() -> None:
    # The small parser reads "coalition bombed Taiz" as a noun with a participle.
    text = "The Saudi-led coalition bombed Taiz on Sunday."
    assert _one(code_text(text, ANCHOR), "SAU", "19", "YEM")
    struck = "Ten Yemeni fishermen killed by coalition jets near Hodeidah."
    assert not any(e.source.country == "YEM" for e in code_text(struck, ANCHOR))


def test_coder_a_city_the_parser_tags_as_an_adverb_is_still_the_object() -> None:
    assert _one(code_text("US-led forces attacked Mosul.", ANCHOR), "USA", "19", "IRQ")


def test_coder_sending_people_is_not_aid_unless_they_bring_it() -> None:
    assert not code_text("Canada sent two pathologists to Lebanon.", ANCHOR)
    envoy = _one(code_text("Pakistan sent an envoy to Kabul.", ANCHOR), "PAK", "04", "AFG")
    assert envoy.cameo == "042"
    doctors = _one(code_text("Norway sent doctors to Gaza.", ANCHOR), "NOR", "07", "PSE")
    assert doctors.cameo == "073"


def test_coder_forcing_out_an_organisation_expels_an_agency() -> None:
    text = "Ethiopia forced the UN refugee agency out of the country."
    event = _one(code_text(text, ANCHOR), "ETH", "16", "IGOUNO")
    assert event.plover.type == "SANCTION"
    people = _one(code_text("Egypt expelled two Turkish journalists.", ANCHOR), "EGY", "17", "TUR")
    assert people.cameo == "174"


def test_coder_a_repeated_demand_or_call_is_made_of_whom_its_clause_names() -> None:
    demand = "The Arab League repeated its demand that Israel lift the blockade."
    assert _one(code_text(demand, ANCHOR), "IGOARL", "10", "ISR")
    call = "Tehran renewed its call for the United States to end sanctions."
    assert _one(code_text(call, ANCHOR), "IRN", "02", "USA")
    phone = "Putin's call with Macron lasted an hour."
    assert _one(code_text(phone, ANCHOR), "RUS", "04", "FRA").cameo == "041"


def test_coder_withdrawing_a_peacekeeping_force_unless_conditions_are_met_threatens() -> None:
    text = (
        "Ghana said it would withdraw its peacekeeping force from Mali unless the junta "
        "held elections."
    )
    assert _one(code_text(text, ANCHOR), "GHA", "13", "MLI")


def test_coder_a_crowd_protesting_at_an_embassy_demonstrates_against_its_state() -> None:
    text = "Hundreds of Serbs protested outside the Croatian embassy in Belgrade."
    assert _one(code_text(text, ANCHOR), "SRB", "14", "HRV").cameo == "141"
    note = "Seoul protested to Tokyo over the textbooks."
    assert _one(code_text(note, ANCHOR), "KOR", "11", "JPN").cameo == "114"


def test_coder_an_offer_to_mediate_is_made_to_both_sides() -> None:
    triples = _triples(code_text("Qatar offered to mediate between Sudan and Chad.", ANCHOR))
    assert {("QAT", "03", "SDN"), ("QAT", "03", "TCD")} <= triples, triples


def test_coder_talks_only_encouraged_or_sought_are_not_held() -> None:
    text = "Seoul delayed its drills to encourage talks with Pyongyang."
    assert not any(e.cameo_root == "04" for e in code_text(text, ANCHOR))
    held = "Seoul held talks with Pyongyang."
    assert _one(code_text(held, ANCHOR), "KOR", "04", "PRK")


def test_coder_what_a_state_strikes_as_its_is_another_states() -> None:
    text = "Tehran resumed enrichment. Israel struck its nuclear sites."
    assert _one(code_text(text, ANCHOR), "ISR", "19", "IRN")
    conditional = "If Tehran resumes enrichment, Israel may strike its nuclear sites."
    assert _one(code_text(conditional, ANCHOR), "ISR", "19", "IRN").modality.hypothetical
    urged = "Moscow said it was ready. Turkey urged its citizens to leave Libya."
    assert not any(e.target.country == "RUS" for e in code_text(urged, ANCHOR))


def test_coder_a_town_recaptured_from_rebels_is_taken_from_them() -> None:
    text = "Somali troops recaptured the port town from al-Shabab."
    event = _one(code_text(text, ANCHOR), "SOM", "19", "SOM")
    assert (event.cameo, event.target.sector) == ("192", "REB")


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Ethiopia accused each other of sabotaging the talks.",
        "Egypt and Ethiopia expelled each other's diplomats.",
        "Egypt and Ethiopia blamed one another for the failure.",
    ],
)
def test_coder_each_other_makes_coordinated_doers_act_on_one_another(text: str) -> None:
    triples = _triples(code_text(text, ANCHOR))
    assert {("EGY", "ETH"), ("ETH", "EGY")} <= {(s, t) for s, _, t in triples}, triples


def test_coder_a_vow_to_carry_on_an_offensive_is_a_threat() -> None:
    text = "Ankara vowed to continue its military operations in Iraq."
    assert _one(code_text(text, ANCHOR), "TUR", "13", "IRQ")


def test_coder_partners_reaffirming_their_alliance_do_so_with_each_other() -> None:
    triples = _triples(code_text("Tokyo and Canberra reaffirmed their alliance.", ANCHOR))
    assert {("JPN", "05", "AUS"), ("AUS", "05", "JPN")} <= triples, triples


def test_coder_an_attack_that_killed_named_victims_is_aimed_at_them_not_the_place() -> None:
    text = "Three Turkish soldiers were killed in a PKK attack in northern Syria."
    assert {(s, t) for s, _, t in _triples(code_text(text, ANCHOR))} == {("TUR", "TUR")}
    nameless = "Six children were killed in an Israeli air strike on Gaza."
    assert _one(code_text(nameless, ANCHOR), "ISR", "19", "PSE")


def test_coder_a_shipment_received_from_a_state_is_aid_from_it() -> None:
    text = "Ukraine received a new shipment of tanks from Poland."
    assert _one(code_text(text, ANCHOR), "POL", "07", "UKR").cameo == "072"


def test_coder_the_group_stands_for_the_armed_group_named_before() -> None:
    text = "A Hezbollah commander said the group had rejected the French proposal."
    assert _one(code_text(text, ANCHOR), "LBN", "12", "FRA")
    named = "The group of seven nations criticised Russia."
    assert not any(e.source.country == "LBN" for e in code_text(named, ANCHOR))


def test_coder_drills_held_near_or_off_another_state_show_force() -> None:
    near = _one(code_text("China held live-fire drills near Taiwan.", ANCHOR), "CHN", "15", "TWN")
    assert near.cameo == "150"
    off = "Russia held naval exercises off the coast of Japan."
    assert _one(code_text(off, ANCHOR), "RUS", "15", "JPN")


def test_coder_a_call_received_from_a_counterpart_comes_from_the_counterpart() -> None:
    text = "Egypt's president received a phone call from his Turkish counterpart."
    event = _one(code_text(text, ANCHOR), "TUR", "04", "EGY")
    assert (event.cameo, event.source.sector) == ("041", "GOV")
    assert len(code_text(text, ANCHOR)) == 1


def test_coder_neither_nor_negates_what_both_did() -> None:
    events = code_text("Neither Moscow nor Kyiv has agreed to the proposal.", ANCHOR)
    assert events and all(e.modality.negated for e in events)


def test_coder_money_pledged_to_help_a_state_is_aid_promised_to_it() -> None:
    text = "Qatar pledged $50 million to help Lebanon."
    assert _one(code_text(text, ANCHOR), "QAT", "03", "LBN").cameo == "033"


def test_coder_what_its_leaders_agreed_is_the_act_they_agreed_on() -> None:
    text = "The EU will send 20 billion euros to Ukraine, its leaders agreed."
    assert {(s, t) for s, _, t in _triples(code_text(text, ANCHOR))} == {("IGOEUR", "UKR")}


def test_coder_sanctions_ruled_out_do_not_come_and_not_ruled_out_may() -> None:
    text = "Paris ruled out sanctions against Rome."
    ruled_out = _one(code_text(text, ANCHOR), "FRA", "16", "ITA")
    assert ruled_out.modality.negated
    text = "Paris has not ruled out sanctions against Rome."
    maybe = _one(code_text(text, ANCHOR), "FRA", "16", "ITA")
    assert maybe.modality.hypothetical and not maybe.modality.negated


def test_coder_talks_one_travels_to_hold_share_the_travels_tense() -> None:
    text = "Japan's foreign minister will fly to Seoul next week for talks with South Korea."
    events = code_text(text, ANCHOR)
    assert events and all(e.modality.future or e.cameo == "036" for e in events), events


def test_coder_an_agreement_between_others_is_theirs_not_the_welcomers() -> None:
    text = "Washington welcomed the agreement between Riyadh and Tehran."
    triples = _triples(code_text(text, ANCHOR))
    assert {("USA", "05", "SAU"), ("SAU", "05", "IRN"), ("IRN", "05", "SAU")} <= triples
    assert all(t[1] == "05" for t in triples if t[0] == "USA"), triples
    offered = "Oman said it was ready to host a meeting between Riyadh and Tehran."
    assert not any(s == "SAU" for s, _, _ in _triples(code_text(offered, ANCHOR)))


def test_coder_talks_on_a_crisis_are_about_it_not_with_it() -> None:
    text = "Egypt and Qatar held talks on the Libya crisis."
    pairs = {(s, t) for s, _, t in _triples(code_text(text, ANCHOR))}
    assert pairs == {("EGY", "QAT"), ("QAT", "EGY")}, pairs


def test_coder_a_state_killing_militants_on_its_soil_is_a_domestic_event() -> None:
    text = "The Pakistani army killed 12 militants in North Waziristan."
    event = _one(code_text(text, ANCHOR), "PAK", "19", "PAK")
    assert (event.source.sector, event.target.sector) == ("MIL", "REB")


def test_coder_describing_a_state_as_a_threat_criticises_and_as_a_partner_praises() -> None:
    threat = "Moscow described NATO as a threat to its security."
    event = _one(code_text(threat, ANCHOR), "RUS", "11", "IGONAT")
    assert event.cameo == "111"
    assert not any(e.cameo_root == "13" for e in code_text(threat, ANCHOR))
    partner = "Seoul described Canberra as a trusted partner."
    assert _one(code_text(partner, ANCHOR), "KOR", "05", "AUS").cameo == "051"


def test_coder_a_joined_verb_that_names_no_one_is_aimed_at_whom_the_first_was() -> None:
    text = "Scholz hosted Zelensky in Berlin and pledged more weapons."
    assert _one(code_text(text, ANCHOR), "DEU", "03", "UKR").cameo == "0332"
    other_doer = "The Serbian minister was criticised by Croatia and will resign."
    assert not any(
        e.source.country == "HRV" and e.cameo_root == "08" for e in code_text(other_doer, ANCHOR)
    )


def test_coder_hoping_to_mediate_is_an_intent_and_yet_to_agree_is_not_agreeing() -> None:
    hope = "Doha hopes to mediate between Kigali and Kinshasa."
    event = _one(code_text(hope, ANCHOR), "QAT", "03", "RWA")
    assert event.cameo == "039" and event.modality.future
    not_yet = "Cairo and Addis Ababa have yet to agree on the dam."
    events = code_text(not_yet, ANCHOR)
    assert events and all(e.modality.negated for e in events)


def test_coder_talks_that_were_postponed_were_not_held() -> None:
    text = "The talks between Kabul and Islamabad were postponed indefinitely."
    assert not any(e.cameo_root == "04" for e in code_text(text, ANCHOR))


def test_coder_an_announced_act_is_the_event_not_also_a_statement() -> None:
    events = code_text("The EU announced new sanctions against Belarus.", ANCHOR)
    assert [e.cameo for e in events] == ["163"], events
    aid = "The Pentagon announced a $300 million military aid package for Kyiv."
    assert [e.cameo for e in code_text(aid, ANCHOR)] == ["072"]


def test_coder_a_verb_and_its_object_noun_of_one_kind_are_one_act() -> None:
    events = code_text("Norway delivered humanitarian aid to Gaza.", ANCHOR)
    assert [e.cameo for e in events] == ["073"], events
    cut = "Japan halted economic aid to Serbia."
    assert _one(code_text(cut, ANCHOR), "JPN", "16", "SRB").cameo == "162"


def test_coder_conditional_retaliation_threatens_and_swapped_prisoners_go_both_ways() -> None:
    threat = "Tehran said it would retaliate if Washington struck its ships."
    assert _one(code_text(threat, ANCHOR), "IRN", "13", "USA")
    swap = "Armenia and Azerbaijan exchanged 30 prisoners on Monday."
    triples = _triples(code_text(swap, ANCHOR))
    assert {("ARM", "08", "AZE"), ("AZE", "08", "ARM")} <= triples, triples


def test_coder_talks_between_two_parts_of_one_country_are_a_domestic_pair() -> None:
    text = "The African Union mediated talks between the Sudanese army and the RSF."
    triples = _triples(code_text(text, ANCHOR))
    assert {("IGOAFU", "04", "SDN"), ("SDN", "04", "SDN")} <= triples, triples
    sectors = {
        (e.source.sector, e.target.sector)
        for e in code_text(text, ANCHOR)
        if e.source.country == e.target.country == "SDN"
    }
    assert sectors == {("MIL", "REB"), ("REB", "MIL")}


def test_coder_a_proposed_ban_is_not_yet_imposed() -> None:
    text = "The European Commission proposed a ban on Russian coal."
    assert _one(code_text(text, ANCHOR), "IGOEUR", "16", "RUS").modality.hypothetical


def test_coder_jets_striking_near_a_city_strike_its_country_from_the_air() -> None:
    text = "Israeli jets struck targets near Damascus overnight."
    assert _one(code_text(text, ANCHOR), "ISR", "19", "SYR").cameo == "195"


def test_coder_victims_killed_when_others_fired_were_killed_by_them() -> None:
    text = "Two Indian soldiers were killed when Pakistani troops fired across the border."
    assert _one(code_text(text, ANCHOR), "PAK", "19", "IND")
    wounded = "Two Afghan civilians were wounded as Pakistani forces shelled the border area."
    assert _one(code_text(wounded, ANCHOR), "PAK", "19", "AFG")


def test_coder_an_agreement_suspended_is_not_signed_again() -> None:
    text = "Seoul suspended a military agreement with Pyongyang."
    assert [e.cameo_root for e in code_text(text, ANCHOR)] == ["16"]


def test_coder_exports_restricted_to_a_state_are_an_embargo_on_it() -> None:
    text = "Washington restricted exports of advanced chips to China."
    assert _one(code_text(text, ANCHOR), "USA", "16", "CHN").cameo == "163"


def test_coder_a_past_verb_joined_to_an_agreed_infinitive_is_told_not_agreed() -> None:
    text = (
        "Lula met Xi in Beijing. The two leaders agreed to expand trade and signed "
        "a deal on satellites."
    )
    triples = _triples(code_text(text, ANCHOR))
    assert {("BRA", "05", "CHN"), ("CHN", "05", "BRA")} <= triples, triples


def test_coder_positions_held_by_others_are_theirs() -> None:
    text = "Serbian forces shelled positions held by Kosovar fighters."
    assert _one(code_text(text, ANCHOR), "SRB", "19", "XKX")


def test_coder_it_condemned_after_an_owned_act_is_the_acts_owner() -> None:
    text = "Russia praised Belarus's military drills, while Poland condemned it."
    assert _one(code_text(text, ANCHOR), "POL", "11", "BLR")


def test_coder_a_suicide_bomber_is_no_aircraft() -> None:
    text = "A suicide bomber killed nine Afghan soldiers in Kandahar."
    events = code_text(text, ANCHOR)
    assert events and all(e.cameo != "195" for e in events), events


def test_coder_a_suicide_bombing_is_1831_and_an_army_base_is_the_armys() -> None:
    text = "Boko Haram carried out a suicide attack on a Nigerian army base."
    event = _one(code_text(text, ANCHOR), "NGA", "18", "NGA")
    assert (event.cameo, event.source.sector, event.target.sector) == ("1831", "REB", "MIL")


def test_coder_allowing_a_foreign_ship_to_dock_yields_to_its_state() -> None:
    text = "Sri Lanka allowed a Chinese research ship to dock at Hambantota."
    assert _one(code_text(text, ANCHOR), "LKA", "08", "CHN")


def test_coder_blocking_a_border_obstructs_passage() -> None:
    text = "Polish farmers blocked the border with Ukraine to protest grain imports."
    assert _one(code_text(text, ANCHOR), "POL", "14", "UKR").cameo == "144"


def test_coder_repelling_an_assault_uses_force_against_the_assailant() -> None:
    text = "Kyiv said it had repelled a Russian assault near Bakhmut."
    assert _one(code_text(text, ANCHOR), "UKR", "19", "RUS")


def test_coder_an_attack_one_would_answer_has_no_doer_from_the_answering_clause() -> None:
    text = "Norway is willing to help defend Denmark if it is attacked."
    assert not any(
        e.source.country == "NOR" and e.cameo_root == "19" for e in code_text(text, ANCHOR)
    )


def test_coder_a_pact_agreed_upon_is_agreed_not_signed() -> None:
    text = "Chile and Peru have agreed upon a new trade pact."
    roots = {e.cameo_root for e in code_text(text, ANCHOR)}
    assert roots == {"03"}, roots


def test_coder_a_treaty_of_friendship_and_cooperation_is_one_signing() -> None:
    text = "Vietnam and Laos signed a treaty of friendship and cooperation."
    assert {e.cameo for e in code_text(text, ANCHOR)} == {"057"}


def test_coder_its_own_demand_is_made_of_whom_the_clause_names() -> None:
    text = (
        "The International Atomic Energy Agency (IAEA) reiterated its demand today that "
        "Iran allow inspections."
    )
    assert _one(code_text(text, ANCHOR), "IGOIAEA", "10", "IRN")


def test_coder_a_people_named_by_where_they_live_belongs_to_that_country() -> None:
    text = "Ethnic Hungarians in southern Slovakia demanded autonomy from the Slovak government."
    events = code_text(text, ANCHOR)
    assert events and all(e.source.country == "SVK" for e in events), events
    abroad = "Pakistanis in Britain protested outside the Indian High Commission."
    assert _one(code_text(abroad, ANCHOR), "PAK", "14", "IND")


def test_coder_a_protest_in_defiance_of_authorities_is_aimed_at_them() -> None:
    text = "Thousands of people blocked roads in defiance of Iranian authorities."
    # Nameless people defying one state's authorities are taken as its own.
    event = _one(code_text(text, ANCHOR), "IRN", "14", "IRN")
    assert (event.source.sector, event.target.sector) == ("CVL", "GOV")


def test_coder_an_act_inside_a_condition_is_only_supposed() -> None:
    text = "Brussels may end its mission if cooperation between Belgrade and Pristina fails."
    supposed = [e for e in code_text(text, ANCHOR) if e.cameo_root == "06"]
    assert supposed and all(e.modality.hypothetical for e in supposed), supposed


def test_coder_a_trade_reprisal_is_an_embargo_not_force() -> None:
    text = "Beijing retaliated against $60 billion of American goods."
    assert _one(code_text(text, ANCHOR), "CHN", "16", "USA").cameo == "163"
    armed = "Iran retaliated against Israel with a missile barrage."
    assert _one(code_text(armed, ANCHOR), "IRN", "19", "ISR")


def test_coder_concern_voiced_over_a_states_act_is_about_that_state() -> None:
    text = "Seoul voiced concern over Pyongyang's missile launches."
    assert _one(code_text(text, ANCHOR), "KOR", "01", "PRK").cameo == "012"


def test_coder_cooperation_ended_reduces_relations() -> None:
    text = "Mali ended military cooperation with Paris."
    events = code_text(text, ANCHOR)
    assert [(e.source.country, e.cameo, e.target.country) for e in events] == [
        ("MLI", "160", "FRA")
    ], events


def test_coder_vowing_to_destroy_a_group_threatens_force_not_property() -> None:
    text = "Kabul vowed to destroy the Taliban."
    assert _one(code_text(text, ANCHOR), "AFG", "13", "AFG").cameo == "138"
    bridge = "Russian troops destroyed a Ukrainian bridge."
    assert _one(code_text(bridge, ANCHOR), "RUS", "17", "UKR").cameo == "1712"


def test_coder_a_denied_request_is_refused_and_what_it_asked_did_not_happen() -> None:
    text = "Astana denied Russian requests to send troops to Georgia."
    triples = _triples(code_text(text, ANCHOR))
    assert ("KAZ", "12", "RUS") in triples and not any(s == "RUS" for s, _, _ in triples)


def test_coder_a_phone_call_held_with_a_counterpart_goes_both_ways() -> None:
    text = "Egypt's foreign minister held a phone call with his Qatari counterpart."
    triples = _triples(code_text(text, ANCHOR))
    assert {("EGY", "04", "QAT"), ("QAT", "04", "EGY")} <= triples, triples


def test_coder_forces_deployed_in_the_passive_were_sent_by_their_owner() -> None:
    text = "NATO peacekeepers were deployed to northern Kosovo."
    assert _one(code_text(text, ANCHOR), "IGONAT", "07", "XKX").cameo == "074"


def test_coder_hitting_back_with_restrictions_is_a_trade_reprisal() -> None:
    text = "Seoul hit back at Tokyo's export curbs with its own restrictions."
    assert _one(code_text(text, ANCHOR), "KOR", "16", "JPN").cameo == "163"
    armed = "Israel hit back at Hezbollah with air strikes."
    assert _one(code_text(armed, ANCHOR), "ISR", "19", "LBN")


def test_coder_troops_disengaged_and_ambassadors_exchanged_go_both_ways() -> None:
    text = "India and China disengaged troops from the border."
    assert {("IND", "08", "CHN"), ("CHN", "08", "IND")} <= _triples(code_text(text, ANCHOR))
    envoys = "Turkey and Egypt appointed ambassadors to each other's capitals."
    assert {("TUR", "05", "EGY"), ("EGY", "05", "TUR")} <= _triples(code_text(envoys, ANCHOR))


def test_coder_an_agreement_revoked_or_torn_up_reduces_relations() -> None:
    text = "Niger's junta revoked a military agreement with the United States."
    assert [e.cameo for e in code_text(text, ANCHOR)] == ["160"]
    torn = "Washington tore up the nuclear deal with Tehran."
    assert _one(code_text(torn, ANCHOR), "USA", "16", "IRN")


def test_coder_an_agentless_arrest_or_deportation_was_done_by_the_state_where_it_happened() -> None:
    text = "Three Indian fishermen were arrested in Pakistan."
    assert _one(code_text(text, ANCHOR), "PAK", "17", "IND").cameo == "173"
    deported = "Two Chinese nationals were deported from Malaysia."
    assert _one(code_text(deported, ANCHOR), "MYS", "17", "CHN").cameo == "174"
    probed = "A French engineer has been put under investigation in Algeria."
    assert _one(code_text(probed, ANCHOR), "DZA", "09", "FRA")
    jailed = "An American student was sentenced to ten years in prison in Iran."
    assert _one(code_text(jailed, ANCHOR), "IRN", "11", "USA").cameo == "116"
    own = "Three Pakistani militants were arrested in Pakistan."
    assert _triples(code_text(own, ANCHOR)) == set()


def test_coder_a_cooperative_act_hung_on_a_condition_is_an_offer() -> None:
    text = "Kenyan rebel leaders said they would meet the UN envoy if he guaranteed their safety."
    event = _one(code_text(text, ANCHOR), "KEN", "03", "IGOUNO")
    assert event.cameo == "036"
    assert not event.modality.hypothetical
    aid = "Japan will provide aid to Sri Lanka if it restructures its debt."
    assert _one(code_text(aid, ANCHOR), "JPN", "03", "LKA").cameo == "033"
    speculation = "If the talks succeed, Putin could visit Beijing."
    assert _one(code_text(speculation, ANCHOR), "RUS", "04", "CHN").modality.hypothetical


def test_coder_what_someone_is_held_for_is_not_a_target() -> None:
    text = "A Canadian teacher was arrested in Lebanon for collaborating with Israel."
    assert _triples(code_text(text, ANCHOR)) >= {("LBN", "17", "CAN")}
    assert all(e.target.country != "ISR" for e in code_text(text, ANCHOR) if e.cameo_root == "17")


def test_coder_calling_for_punishment_of_a_state_criticises_it() -> None:
    text = "India has called for action against Pakistan."
    assert _triples(code_text(text, ANCHOR)) == {("IND", "11", "PAK")}
    boycott = "Turkey called for a boycott of French goods."
    assert _one(code_text(boycott, ANCHOR), "TUR", "11", "FRA").cameo == "111"
    appeal = "India urged Pakistan to take action against the terrorists."
    assert _one(code_text(appeal, ANCHOR), "IND", "02", "PAK")


def test_coder_territory_taken_lies_in_the_country_named_after_it() -> None:
    text = "Ethiopian troops have recaptured a strategic town in Somalia."
    assert _one(code_text(text, ANCHOR), "ETH", "19", "SOM").cameo == "192"


def test_coder_ethnic_cleansing_and_genocide_are_mass_violence_by_their_perpetrators() -> None:
    text = "Serb forces were engaged in ethnic cleansing in Bosnia."
    assert _triples(code_text(text, ANCHOR)) == {("SRB", "20", "BIH")}
    committed = "Serbian forces committed genocide against Bosnian Muslims."
    assert _one(code_text(committed, ANCHOR), "SRB", "20", "BIH").cameo == "202"


def test_coder_unnamed_sources_report_an_attack_without_accusing_anyone() -> None:
    text = "Russian forces shelled a village in Ukraine, Turkish military sources said."
    triples = _triples(code_text(text, ANCHOR))
    assert ("RUS", "19", "UKR") in triples
    assert not any(source == "TUR" for source, _, _ in triples), triples
    accusing = "Turkey said Russian forces shelled a village in Ukraine."
    assert ("TUR", "11", "RUS") in _triples(code_text(accusing, ANCHOR))


def test_coder_a_nameless_crowd_or_police_belongs_to_the_place_where_it_acts() -> None:
    text = "Thousands of people protested in Hong Kong against Beijing's security law."
    event = _one(code_text(text, ANCHOR), "HKG", "14", "CHN")
    assert event.source.sector == "CVL"
    police = "Police used tear gas against protesters in Tbilisi."
    event = _one(code_text(police, ANCHOR), "GEO", "17", "GEO")
    assert (event.cameo, event.source.sector, event.target.sector) == ("175", "COP", "OPP")
    nowhere = "Police used tear gas against protesters."
    assert code_text(nowhere, ANCHOR) == []


def test_coder_a_missile_tested_or_flown_over_a_country_shows_force() -> None:
    text = "Pyongyang test-fired a ballistic missile over Japan."
    assert _one(code_text(text, ANCHOR), "PRK", "15", "JPN").cameo == "150"
    aimed = "Hamas launched rockets into Israel."
    assert _one(code_text(aimed, ANCHOR), "PSE", "19", "ISR")


def test_coder_condolences_are_an_empathetic_comment() -> None:
    text = "The Indian prime minister offered condolences to Nepal after the earthquake."
    assert [e.cameo for e in code_text(text, ANCHOR)] == ["018"]


def test_coder_talks_resumed_or_opened_are_held_by_both_sides() -> None:
    text = "Israel and the Palestinians resumed peace talks in Washington."
    assert {("ISR", "04", "PSE"), ("PSE", "04", "ISR")} <= _triples(code_text(text, ANCHOR))
    venue = "Rebels began talks with the Sudanese government in Oslo."
    assert all(e.source.country != "NOR" for e in code_text(venue, ANCHOR))


def test_coder_a_junta_is_its_countrys_government_and_states_bomb_from_the_air() -> None:
    text = "The junta in Niger expelled the French ambassador."
    event = _one(code_text(text, ANCHOR), "NER", "16", "FRA")
    assert (event.cameo, event.source.sector) == ("161", "GOV")
    ordered = "Mali's junta ordered French troops to leave the country."
    assert _one(code_text(ordered, ANCHOR), "MLI", "17", "FRA").cameo == "174"
    bombed = "Russia bombed Aleppo."
    assert _one(code_text(bombed, ANCHOR), "RUS", "19", "SYR").cameo == "195"


def test_coder_judging_an_owned_act_judges_its_owner_not_its_target() -> None:
    text = "Brazil's president criticised the US embargo on Cuba."
    events = code_text(text, ANCHOR)
    assert _one(events, "BRA", "11", "USA")
    assert ("BRA", "11", "CUB") not in _triples(events)
    assert _one(events, "USA", "16", "CUB")


def test_coder_armed_forces_entering_another_country_occupy_territory() -> None:
    text = "Turkish troops crossed into northern Syria."
    assert _one(code_text(text, ANCHOR), "TUR", "19", "SYR").cameo == "192"
    civilians = "Thousands of Syrian refugees crossed into Turkey."
    assert all(e.cameo_root != "19" for e in code_text(civilians, ANCHOR))


def test_coder_two_parts_of_one_country_agree_with_each_other() -> None:
    text = "Sudan's army and the RSF agreed to a week-long ceasefire."
    events = code_text(text, ANCHOR)
    pairs = {(e.source.sector, e.target.sector) for e in events if e.cameo_root == "03"}
    assert pairs == {("MIL", "REB"), ("REB", "MIL")}


def test_coder_a_past_act_told_next_keeps_the_date_of_the_sentence_before() -> None:
    text = (
        "Last month, Jaishankar met his Chinese counterpart Wang Yi in Jakarta. "
        "He told Wang that relations could not be normal. "
        "Beijing has accused New Delhi of building roads.\n\n"
        "Jaishankar told Wang Yi that India wanted calm."
    )
    events = code_text(text, dt.date(2023, 8, 14))
    told = [e for e in events if e.cameo == "010" and "He told" in e.evidence.text]
    assert [(e.date, e.date_precision) for e in told] == [(dt.date(2023, 7, 1), "month")]
    accused = _one(events, "CHN", "11", "IND")
    assert accused.date == dt.date(2023, 8, 14)  # the present perfect speaks of now
    later = [e for e in events if "India wanted calm" in e.evidence.text]
    assert later and all(e.date == dt.date(2023, 8, 14) for e in later)  # a new paragraph


def test_coder_a_past_perfect_act_is_not_dated_by_the_sentence_before() -> None:
    text = (
        "Modi and Xi held talks in Chennai on Friday. "
        "Days before, Xi had met Imran Khan in Beijing."
    )
    met = _one(code_text(text, dt.date(2019, 10, 13)), "CHN", "04", "PAK")
    assert met.date == dt.date(2019, 10, 13)


def test_coder_victims_killed_by_a_war_machine_were_killed_by_its_owner() -> None:
    text = "Four children were killed in Israeli tank shelling in the east of the Gaza Strip."
    event = _one(code_text(text, ANCHOR), "ISR", "19", "PSE")
    assert (event.cameo, event.target.sector) == ("194", "CVL")


def test_coder_charging_a_fee_is_no_accusation() -> None:
    text = "Pakistan will charge each Indian pilgrim a service fee of $20."
    assert code_text(text, ANCHOR) == []
    legal = "Pakistan charged two Indian nationals with espionage."
    assert _one(code_text(legal, ANCHOR), "PAK", "11", "IND")


def test_coder_forces_mobilised_along_a_border_are_shown_to_the_neighbour() -> None:
    text = "Venezuela mobilised troops along the border with Guyana."
    assert _one(code_text(text, ANCHOR), "VEN", "15", "GUY").cameo == "153"
    massed = "China massed troops along the border with India."
    assert _one(code_text(massed, ANCHOR), "CHN", "15", "IND").cameo == "150"
    lobbying = "Saudi Arabia has mobilized pressure groups in the United States."
    assert code_text(lobbying, ANCHOR) == []


def test_coder_an_investigation_into_crimes_in_a_country_looks_into_that_country() -> None:
    text = "The ICC opened an investigation into alleged war crimes in Afghanistan."
    assert _one(code_text(text, ANCHOR), "IGOICC", "09", "AFG")


def test_coder_territory_handed_over_is_a_retreat_suspects_handed_over_cooperation() -> None:
    text = "Armenia handed over three villages to Azerbaijan."
    assert _one(code_text(text, ANCHOR), "ARM", "08", "AZE").cameo == "0874"
    suspects = "Spain handed over two suspects to France."
    assert _one(code_text(suspects, ANCHOR), "ESP", "06", "FRA").cameo == "063"


def test_coder_judging_or_investigating_acts_done_by_someone_is_aimed_at_them() -> None:
    text = "Serbian police launched an investigation into alleged crimes committed by Croat forces."
    assert _one(code_text(text, ANCHOR), "SRB", "09", "HRV")
    condemned = "Germany condemned the atrocities committed by Russian forces in Bucha."
    assert _one(code_text(condemned, ANCHOR), "DEU", "11", "RUS")


def test_coder_committing_crimes_is_no_promise_committing_money_is() -> None:
    text = "Russia committed war crimes in Bucha."
    assert all(e.cameo_root != "03" for e in code_text(text, ANCHOR))
    money = "Japan committed $5 billion to Ukraine."
    assert _one(code_text(money, ANCHOR), "JPN", "03", "UKR").cameo == "033"


def test_coder_a_group_known_by_its_place_is_named_as_written() -> None:
    text = "Protesters in Paris burned Iranian flags."
    event = _one(code_text(text, ANCHOR), "FRA", "14", "IRN")
    assert (event.source.text, event.source.sector) == ("Protesters in Paris", "OPP")


def test_coder_a_subject_described_by_a_participle_is_still_the_subject() -> None:
    text = "Chinese troops operating in Sudan attacked the rebels' positions near Khartoum."
    assert _one(code_text(text, ANCHOR), "CHN", "19", "SDN")
    red_cross = "The Red Cross operating in Iraq said British forces must ensure security."
    event = _one(code_text(red_cross, ANCHOR), "NGO", "10", "GBR")
    assert event.source.text == "Red Cross"


def test_coder_dates_that_tell_of_something_else_do_not_date_the_event() -> None:
    text = (
        "The decision came days before Mike Pompeo is due in Islamabad on Wednesday for his "
        "first meeting with Prime Minister Imran Khan, who took office last month."
    )
    meeting = _one(code_text(text, dt.date(2018, 9, 2)), "USA", "03", "PAK")
    assert (meeting.cameo, meeting.modality.future) == ("036", True)
    assert meeting.date == dt.date(2018, 9, 5)
    since = "It was the first Indian air strike into Pakistani territory since the 1971 war."
    strike = _one(code_text(since, dt.date(2019, 2, 27)), "IND", "19", "PAK")
    assert strike.date == dt.date(2019, 2, 27)


def test_coder_an_unknown_person_is_known_by_the_description_beside_the_name() -> None:
    text = "Pakistan handed back Abhinandan Varthaman, the Indian Air Force pilot it captured."
    event = _one(code_text(text, ANCHOR), "PAK", "08", "IND")
    assert event.cameo == "084"
    known = "Pakistan, a key U.S. ally, arrested two Afghan smugglers."
    assert _one(code_text(known, ANCHOR), "PAK", "17", "AFG")


def test_coder_a_past_act_is_not_dated_after_the_article() -> None:
    text = "Xi Jinping met Narendra Modi. He invited Mr Modi to China for a summit next year."
    invited = _one(code_text(text, dt.date(2019, 10, 13)), "CHN", "02", "IND")
    assert (invited.date, invited.date_precision) == (dt.date(2019, 10, 13), "day")


def test_coder_an_act_only_tried_did_not_happen() -> None:
    text = "Iran tried to seize a British tanker in the Gulf."
    assert _one(code_text(text, ANCHOR), "IRN", "17", "GBR").modality.hypothetical


def test_coder_a_pronoun_never_stands_for_a_person_named_after_it() -> None:
    text = "He invited Mr Modi to China for a summit."
    assert code_text(text, ANCHOR) == []


def test_coder_diplomats_told_to_leave_are_expelled_as_diplomats() -> None:
    text = "Mali ordered the French ambassador to leave the country."
    assert _one(code_text(text, ANCHOR), "MLI", "16", "FRA").cameo == "161"
    passive = "Pakistan downgraded ties, and India's envoy was asked to leave."
    assert _one(code_text(passive, ANCHOR), "PAK", "16", "IND").cameo == "161"
    troops = "Mali's junta ordered French troops to leave the country."
    assert _one(code_text(troops, ANCHOR), "MLI", "17", "FRA").cameo == "174"


def test_coder_an_alleged_act_is_kept_as_a_claim() -> None:
    text = "Syria condemned the suspected Israeli air strike on Damascus airport."
    events = code_text(text, ANCHOR)
    strike = _one(events, "ISR", "19", "SYR")
    assert strike.modality.reported_by == "unattributed"
    assert not _one(events, "SYR", "11", "ISR").modality.reported_by


def test_coder_both_leaders_are_the_last_two_leaders_named() -> None:
    text = (
        "Narendra Modi will address the United Nations General Assembly on Friday, the same "
        "day as Imran Khan. Donald Trump is due to meet both leaders separately in New York."
    )
    events = [e for e in code_text(text, dt.date(2019, 9, 23)) if e.source.country == "USA"]
    assert {e.target.country for e in events} == {"IND", "PAK"}


def test_coder_a_question_asks_and_does_not_tell() -> None:
    text = "Did Russia attack Ukraine's power grid again?"
    assert _one(code_text(text, ANCHOR), "RUS", "19", "UKR").modality.hypothetical
    told = "Russia attacked Ukraine's power grid again."
    assert not _one(code_text(told, ANCHOR), "RUS", "19", "UKR").modality.hypothetical


def test_coder_a_relative_clause_on_the_speaker_does_not_date_what_is_said() -> None:
    text = (
        "Nigeria's foreign minister, who visited Ghana last week, said Niger's junta must "
        "release the president."
    )
    demand = _one(code_text(text, ANCHOR), "NGA", "10", "NER")
    assert demand.date == ANCHOR


def test_coder_parties_pledging_a_relationship_have_it_with_each_other() -> None:
    text = 'Putin and Xi pledged a "no limits" partnership in February.'
    events = code_text(text, dt.date(2022, 3, 1))
    assert {("RUS", "03", "CHN"), ("CHN", "03", "RUS")} <= _triples(events)
    assert all(e.date == dt.date(2022, 2, 1) for e in events)


def test_coder_games_are_not_conflict() -> None:
    for text in (
        "Brazil beat Argentina 2-1 in the Copa America final on Sunday.",
        "The Australian Open will host Russian players under a neutral flag.",
    ):
        assert code_text(text, ANCHOR) == [], text
    for text in (
        "Russian forces attacked Bakhmut in a final push.",
        "Gunmen attacked the Sri Lankan cricket team's bus in Lahore.",
    ):
        assert any(e.cameo_root == "19" for e in code_text(text, ANCHOR)), text


def test_coder_annexed_land_is_the_recognised_sovereigns() -> None:
    text = "Russia annexed Crimea in March 2014."
    event = _one(code_text(text, ANCHOR), "RUS", "19", "UKR")
    assert (event.cameo, event.date) == ("192", dt.date(2014, 3, 1))
    golan = "Israeli jets struck targets in the Golan Heights."
    assert _one(code_text(golan, ANCHOR), "ISR", "19", "SYR")


def test_coder_a_terrorist_designation_is_an_administrative_sanction() -> None:
    text = "Britain designated Hamas as a terrorist group."
    assert _one(code_text(text, ANCHOR), "GBR", "17", "PSE").cameo == "172"
    other = "Kenya designated a new ambassador to Somalia."
    assert code_text(other, ANCHOR) == []


def test_coder_ramming_a_vessel_damages_property() -> None:
    text = "A Chinese coast guard ship rammed a Philippine supply boat."
    assert _one(code_text(text, ANCHOR), "CHN", "17", "PHL").cameo == "171"


def test_coder_delhi_speaks_for_india_as_new_delhi_does() -> None:
    text = "Delhi accused Islamabad of sponsoring terrorism."
    event = _one(code_text(text, ANCHOR), "IND", "11", "PAK")
    assert event.source.sector == "GOV"


def test_coder_a_title_case_headline_is_read_in_sentence_case() -> None:
    text = "US Slaps New Sanctions On Iranian Oil Exports"
    event = _one(code_text(text, ANCHOR), "USA", "16", "IRN")
    assert event.cameo == "163"
    assert event.evidence.text == text  # the evidence is quoted as written
    expelled = "India Expels Pakistani Diplomat Over Spying"
    assert _one(code_text(expelled, ANCHOR), "IND", "16", "PAK").cameo == "161"


def test_coder_vowing_revenge_threatens() -> None:
    text = "Iran's supreme leader vowed revenge against Israel for the killing of a commander."
    assert _one(code_text(text, ANCHOR), "IRN", "13", "ISR").cameo == "138"


def test_coder_restrictions_cancelled_are_eased_and_a_language_is_no_state() -> None:
    text = "Kazakhstan scrapped restrictions on Russian imports."
    assert _one(code_text(text, ANCHOR), "KAZ", "08", "RUS").cameo == "081"
    language = "Latvia's court cancelled restrictions on the use of the Russian language."
    assert code_text(language, ANCHOR) == []


def test_coder_a_threat_is_aimed_at_the_one_whose_deed_is_its_condition() -> None:
    text = "If Russia invades, the United States will impose severe sanctions."
    assert _one(code_text(text, ANCHOR), "USA", "13", "RUS").cameo == "1312"
    unless = "Turkey would let refugees into Europe unless the EU paid more."
    assert all(e.cameo_root != "03" for e in code_text(unless, ANCHOR))


def test_coder_plans_are_the_planners_and_no_plans_refuse() -> None:
    text = "The US announced plans to deploy missiles in Germany."
    event = _one(code_text(text, ANCHOR), "USA", "15", "DEU")
    assert event.modality.future
    refused = "Japan has no plans to send troops to Ukraine."
    assert _one(code_text(refused, ANCHOR), "JPN", "12", "UKR")


def test_coder_what_reports_say_is_kept_as_reported() -> None:
    text = "Israel refused to comment on reports that it had struck Iranian targets in Syria."
    strike = _one(code_text(text, ANCHOR), "ISR", "19", "IRN")
    assert strike.modality.reported_by == "unattributed"
    owned = "Iran's claim that Israel had struck its embassy in Damascus was denied."
    assert _one(code_text(owned, ANCHOR), "ISR", "19", "IRN").modality.reported_by == "Iran"


def test_coder_attacks_one_will_not_tolerate_are_not_ones_own() -> None:
    text = "Pakistan said it would not tolerate attacks from Afghan soil."
    assert not any(
        e.source.country == "PAK" and e.cameo_root == "18" for e in code_text(text, ANCHOR)
    )


def test_coder_nameless_rebels_dealing_with_one_government_are_its_own() -> None:
    text = "Rebels agreed to a ceasefire with the Colombian government."
    event = _one(code_text(text, ANCHOR), "COL", "03", "COL")
    assert (event.source.sector, event.target.sector) == ("REB", "GOV")
    hostile = "Rebels rejected the Malian government's offer."
    assert all(e.source.country is None for e in code_text(hostile, ANCHOR))


def test_coder_north_and_south_share_the_name_that_follows() -> None:
    text = "North and South Korean officials met at Panmunjom to discuss family reunions."
    assert {("PRK", "04", "KOR"), ("KOR", "04", "PRK")} <= _triples(code_text(text, ANCHOR))
    states = "North and South Korea agreed to restore a military hotline."
    assert {("PRK", "03", "KOR"), ("KOR", "03", "PRK")} <= _triples(code_text(states, ANCHOR))


def test_coder_a_threat_asked_about_is_not_made() -> None:
    text = "Will the US impose sanctions on Iran unless it halts enrichment?"
    assert _one(code_text(text, ANCHOR), "USA", "13", "IRN").modality.hypothetical


def test_coder_nameless_attackers_belong_where_their_victims_were_struck() -> None:
    text = "Gunmen killed three Chinese engineers in Balochistan on Sunday."
    event = _one(code_text(text, ANCHOR), "PAK", "18", "CHN")
    assert event.source.sector == "UAF"
    # Struck at a place of the country they acted in, the doers are of no known side.
    home = "A suicide bomber struck a Sufi shrine in Kabul, killing 30 worshippers."
    assert {e.source.country for e in code_text(home, ANCHOR)} == {None}


def test_coder_police_of_a_place_act_against_that_place_s_crowds() -> None:
    text = "Police in Lima fired tear gas at students protesting the budget cuts."
    event = _one(code_text(text, ANCHOR), "PER", "17", "PER")
    assert (event.cameo, event.source.sector, event.target.sector) == ("175", "COP", "EDU")


def test_coder_a_crowd_marching_in_a_city_protests_against_its_rulers() -> None:
    text = "Thousands marched in Lima against the new mining law."
    event = _one(code_text(text, ANCHOR), "PER", "14", "PER")
    assert (event.source.sector, event.target.sector) == ("CVL", "GOV")


def test_coder_students_workers_and_refugees_keep_their_cameo_sectors() -> None:
    text = "Gunmen from Boko Haram abducted 80 schoolgirls in northeastern Nigeria."
    event = _one(code_text(text, ANCHOR), "NGA", "18", "NGA")
    assert (event.source.sector, event.target.sector) == ("REB", "EDU")
    deported = "Kuwait deported 300 Egyptian workers."
    assert _one(code_text(deported, ANCHOR), "KWT", "17", "EGY").target.sector == "LAB"


def test_coder_a_diplomat_declared_persona_non_grata_is_expelled() -> None:
    text = "Lithuania declared two Russian diplomats persona non grata on Friday."
    assert _one(code_text(text, ANCHOR), "LTU", "16", "RUS").cameo == "161"


def test_coder_strikes_on_places_held_by_a_group_strike_the_group() -> None:
    text = "Sudanese army jets launched air strikes on villages held by the Rapid Support Forces."
    event = _one(code_text(text, ANCHOR), "SDN", "19", "SDN")
    assert (event.cameo, event.source.sector, event.target.sector) == ("195", "MIL", "REB")


def test_coder_arms_sales_arm_and_halting_them_cuts_military_aid() -> None:
    sale = "Washington approved a $900 million arms sale to Nigeria."
    assert _one(code_text(sale, ANCHOR), "USA", "07", "NGA").cameo == "072"
    halt = "Finland halted arms exports to Turkey."
    assert _one(code_text(halt, ANCHOR), "FIN", "16", "TUR").cameo == "1622"


def test_coder_its_in_a_reason_is_the_one_acted_against() -> None:
    text = "Japan sanctioned Russia over its invasion of Georgia."
    triples = _triples(code_text(text, ANCHOR))
    assert {("JPN", "16", "RUS"), ("RUS", "19", "GEO")} <= triples
    assert ("JPN", "19", "GEO") not in triples


def test_coder_a_warning_of_ones_own_act_threatens_whom_it_would_strike() -> None:
    text = "Beijing warned that it would impose sanctions on Lithuania."
    assert _one(code_text(text, ANCHOR), "CHN", "13", "LTU").cameo == "1312"
    spoken = "Algeria would cut gas supplies to Spain, its energy minister warned."
    _one(code_text(spoken, ANCHOR), "DZA", "13", "ESP")


def test_coder_two_states_agreeing_on_a_place_of_theirs_agree_with_each_other() -> None:
    text = "Pakistan and Afghanistan agreed to reopen the Torkham border crossing."
    assert {("PAK", "03", "AFG"), ("AFG", "03", "PAK")} <= _triples(code_text(text, ANCHOR))


def test_coder_a_reaction_an_act_draws_is_aimed_at_the_act_s_owner() -> None:
    text = "Pakistan's missile test drew a sharp rebuke from New Delhi."
    events = code_text(text, ANCHOR)
    assert _one(events, "IND", "11", "PAK").cameo == "111"
    assert not any(e.source.country == "PAK" and e.cameo_root == "11" for e in events)
    crowd = "Serbia's arrest of the activist sparked protests from Croatia and Slovenia."
    assert {("HRV", "14", "SRB"), ("SVN", "14", "SRB")} <= _triples(code_text(crowd, ANCHOR))


def test_coder_a_rapprochement_is_between_its_parties() -> None:
    text = "The rapprochement between Turkey and Egypt gathered pace."
    assert {("TUR", "05", "EGY"), ("EGY", "05", "TUR")} <= _triples(code_text(text, ANCHOR))


def test_coder_an_object_pronoun_is_not_its_own_clause_s_subject() -> None:
    text = "Pedro Sanchez met Lula in Madrid. Lula thanked him for his support."
    _one(code_text(text, ANCHOR), "BRA", "05", "ESP")


def test_coder_what_is_discussed_is_a_topic_not_a_party() -> None:
    text = "The Turkish and Greek foreign ministers discussed Libya's maritime claims."
    triples = _triples(code_text(text, ANCHOR))
    assert {("TUR", "04", "GRC"), ("GRC", "04", "TUR")} <= triples
    assert not any(target == "LBY" for _, _, target in triples)


def test_coder_a_weapon_names_how_an_attack_was_made_not_who_made_it() -> None:
    text = "Armenia responded with artillery strikes on Azerbaijani positions."
    assert _one(code_text(text, ANCHOR), "ARM", "19", "AZE").cameo == "194"


def test_coder_a_government_can_urge_its_own_rebels_as_one_of_both_sides() -> None:
    text = (
        "The ELN attacked Colombian army posts on Monday, and Venezuela protested the "
        "raids. The Colombian government urged both sides to show restraint."
    )
    events = code_text(text, ANCHOR)
    appeal = _one(events, "COL", "02", "COL")
    assert (appeal.source.sector, appeal.target.sector) == ("GOV", "REB")


def test_coder_a_group_named_by_its_region_is_of_the_region_s_country() -> None:
    text = "The Ethiopian government accused Tigray rebels of breaking the truce."
    event = _one(code_text(text, ANCHOR), "ETH", "11", "ETH")
    assert (event.source.sector, event.target.sector) == ("GOV", "REB")


def test_coder_an_unnamed_opposition_is_the_government_s_own() -> None:
    text = "The Zambian government accused opposition leaders of inciting riots."
    event = _one(code_text(text, ANCHOR), "ZMB", "11", "ZMB")
    assert event.target.sector == "OPP"
    demand = "Opposition members demanded an explanation from the Zambian government."
    assert _one(code_text(demand, ANCHOR), "ZMB", "10", "ZMB").source.sector == "OPP"


def test_coder_nameless_sides_of_an_act_on_the_ground_are_of_the_place() -> None:
    text = "Police arrested opposition activists in Caracas."
    event = _one(code_text(text, ANCHOR), "VEN", "17", "VEN")
    assert (event.source.sector, event.target.sector) == ("COP", "OPP")


def test_coder_a_people_marching_at_home_protest_their_rulers_but_not_abroad() -> None:
    home = "Thousands of Chileans marched in Santiago against the reform."
    event = _one(code_text(home, ANCHOR), "CHL", "14", "CHL")
    assert (event.source.sector, event.target.sector) == ("CVL", "GOV")
    abroad = "Iranians protested in Berlin against the regime."
    assert not any(e.target.country == "DEU" for e in code_text(abroad, ANCHOR))


def test_coder_banning_or_preventing_a_protest_restricts_freedoms() -> None:
    text = "Kazakh police banned a student protest in Almaty."
    event = _one(code_text(text, ANCHOR), "KAZ", "17", "KAZ")
    assert (event.cameo, event.target.sector) == ("1721", "EDU")


def test_coder_workers_of_a_capital_s_firm_are_workers_not_its_government() -> None:
    text = "Egyptian authorities pressured workers of the spinning mill of Cairo to end the strike."
    event = _one(code_text(text, ANCHOR), "EGY", "10", "EGY")
    assert event.target.sector == "LAB"


def test_coder_a_people_demanding_independence_from_its_state_act_on_that_state() -> None:
    text = "Thousands of Spanish Catalans marched in Barcelona calling for independence from Spain."
    event = _one(code_text(text, ANCHOR), "ESP", "14", "ESP")
    assert event.source.sector == "CVL"


def test_coder_what_a_clause_about_a_crowd_names_does_not_own_the_crowd() -> None:
    text = "Peruvian riot police dispersed protesters rejecting the election results in Lima."
    event = _one(code_text(text, ANCHOR), "PER", "17", "PER")
    assert (event.source.sector, event.target.sector) == ("COP", "OPP")


def test_coder_a_curfew_is_imposed_on_the_people_of_the_place() -> None:
    text = "Indian authorities imposed a curfew in the town of Imphal."
    event = _one(code_text(text, ANCHOR), "IND", "17", "IND")
    assert (event.cameo, event.target.sector) == ("1723", "CVL")


def test_coder_an_ethnic_people_belongs_where_its_act_happened() -> None:
    text = "Ethnic Hungarians protested in Bratislava against the language law."
    event = _one(code_text(text, ANCHOR), "SVK", "14", "SVK")
    assert (event.source.sector, event.source.text) == ("CVL", "Ethnic Hungarians")
    street = "Ethnic Hungarians protested in Bratislava."
    assert _one(code_text(street, ANCHOR), "SVK", "14", "SVK").cameo == "141"
    # A people protesting "to" a government lodge a note, not a march.
    note = "The Americans protested to Moscow over the arrest."
    assert _one(code_text(note, ANCHOR), "USA", "11", "RUS").cameo == "114"


def test_coder_banning_a_party_bans_a_political_party_not_trade() -> None:
    text = "The Bangladeshi government banned the main opposition party."
    event = _one(code_text(text, ANCHOR), "BGD", "17", "BGD")
    assert (event.cameo, event.target.sector) == ("1722", "OPP")


def test_coder_a_hunger_strike_is_aimed_at_whom_its_purpose_names() -> None:
    began = "Iranian prisoners began a hunger strike to protest against Britain's deportations."
    _one(code_text(began, ANCHOR), "IRN", "14", "GBR")
    staged = "Cuban dissidents staged a hunger strike to demand visas from the United States."
    _one(code_text(staged, ANCHOR), "CUB", "14", "USA")


def test_coder_a_strike_over_a_bill_targets_who_signed_it() -> None:
    text = (
        "Romanian workers went on strike over a pension bill signed by the Romanian "
        "labour minister."
    )
    event = _one(code_text(text, ANCHOR), "ROU", "14", "ROU")
    assert (event.source.sector, event.target.sector) == ("LAB", "GOV")


def test_coder_chanting_slogans_against_a_state_demonstrates_against_it() -> None:
    text = "Protesters in Baghdad chanted slogans against Turkey."
    event = _one(code_text(text, ANCHOR), "IRQ", "14", "TUR")
    assert event.cameo == "141"


def test_coder_exchanging_a_named_kind_of_fire_is_still_both_ways() -> None:
    text = "Thailand and Cambodia exchanged artillery fire near the disputed temple."
    triples = _triples(code_text(text, ANCHOR))
    assert {("THA", "19", "KHM"), ("KHM", "19", "THA")} <= triples


def test_coder_a_headline_infinitive_announces_what_is_to_come() -> None:
    # Announced, as "will expel" is: coded as the threat of the act, flagged future.
    event = _one(code_text("Canada to expel two Iranian diplomats", ANCHOR), "CAN", "13", "IRN")
    assert event.modality.future


def test_coder_what_a_state_receives_comes_from_its_giver() -> None:
    got = "Sri Lanka got a $1 billion loan from India."
    event = _one(code_text(got, ANCHOR), "IND", "07", "LKA")
    assert event.cameo == "071"
    assert ("LKA", "07", "IND") not in _triples(code_text(got, ANCHOR))
    backing = "The Polisario enjoys the support of Algeria."
    _one(code_text(backing, ANCHOR), "DZA", "05", "ESH")


def test_coder_a_kind_of_support_received_keeps_its_giver() -> None:
    text = "Chadian rebels receive financial support from Libya."
    event = _one(code_text(text, ANCHOR), "LBY", "07", "TCD")
    assert event.cameo == "071"


def test_coder_weapons_bought_from_a_state_are_its_arms_sale() -> None:
    text = "Vietnam bought patrol drones from Israel."
    event = _one(code_text(text, ANCHOR), "ISR", "07", "VNM")
    assert event.cameo == "072"


def test_coder_an_agreement_in_another_speakers_clause_is_not_the_supporters() -> None:
    text = (
        "Paris said the plan enjoyed support from Berlin and Rome, but the Italian envoy "
        "said he knew of no such agreement."
    )
    assert not {("DEU", "05", "ITA"), ("ITA", "05", "DEU")} & _triples(code_text(text, ANCHOR))


def test_coder_torture_is_its_own_code() -> None:
    text = "Egyptian police tortured dozens of Sudanese migrants."
    event = _one(code_text(text, ANCHOR), "EGY", "18", "SDN")
    assert event.cameo == "1822"


def test_coder_expelling_people_in_thousands_is_a_mass_expulsion() -> None:
    thousands = "Kuwait expelled thousands of Palestinian workers in 1991."
    assert _one(code_text(thousands, ANCHOR), "KWT", "20", "PSE").cameo == "201"
    counted = "Ethiopia deported 15,000 Eritrean residents."
    assert _one(code_text(counted, ANCHOR), "ETH", "20", "ERI").cameo == "201"
    few = "Kuwait expelled three Iraqi diplomats."
    assert _one(code_text(few, ANCHOR), "KWT", "16", "IRQ").cameo == "161"


def test_coder_workers_are_aid_workers_only_when_named_so() -> None:
    aid = "Sudan expelled American aid workers from Darfur."
    assert _one(code_text(aid, ANCHOR), "SDN", "16", "USA").cameo == "1663"
    labour = "Libya expelled Egyptian workers."
    assert _one(code_text(labour, ANCHOR), "LBY", "17", "EGY").cameo == "174"


def test_coder_banning_a_countrys_opposition_candidates_bans_its_opposition() -> None:
    text = "Putin banned Russian opposition candidates from the election."
    event = _one(code_text(text, ANCHOR), "RUS", "17", "RUS")
    assert (event.cameo, event.source.sector, event.target.sector) == ("1722", "GOV", "OPP")


def test_coder_throwing_stones_at_soldiers_is_a_riot() -> None:
    text = "Palestinian youths threw stones at Israeli soldiers."
    event = _one(code_text(text, ANCHOR), "PSE", "14", "ISR")
    assert (event.cameo, event.target.sector) == ("145", "MIL")


def test_coder_confiscating_weapons_from_a_group_seizes_its_property() -> None:
    text = "Bolivian police confiscated weapons from Peruvian smugglers."
    event = _one(code_text(text, ANCHOR), "BOL", "17", "PER")
    assert event.cameo == "1711"


@pytest.mark.parametrize(
    ("text", "source", "target", "cameo"),
    [
        ("Turkey asked Belgium to extradite a Kurdish militant.", "TUR", "BEL", "0213"),
        ("Kenya appealed to Japan to provide food aid.", "KEN", "JPN", "0233"),
        ("Germany urged China to release the activists.", "DEU", "CHN", "0253"),
        ("The UN urged Iran to hold talks with the IAEA.", "IGOUNO", "IRN", "026"),
        ("Iraq demanded that Turkey withdraw its troops from its territory.", "IRQ", "TUR", "1056"),
        ("Norway will send troops to Estonia.", "NOR", "EST", "0334"),
    ],
)
def test_coder_appeals_demands_and_intents_are_of_the_kind_of_what_they_ask_or_promise(
    text: str, source: str, target: str, cameo: str
) -> None:
    events = code_text(text, ANCHOR)
    assert cameo in {
        e.cameo for e in events if (e.source.country, e.target.country) == (source, target)
    }, _triples(events)


def test_coder_pressure_faced_comes_from_whom_it_is_from_and_its_aim_is_not_done() -> None:
    events = code_text(
        "The Kenyan president faces pressure from the Kenyan parliament to help Somalia.", ANCHOR
    )
    event = _one(events, "KEN", "10", "KEN")
    assert (event.source.sector, event.target.sector) == ("LEG", "GOV")
    assert ("KEN", "07", "SOM") not in _triples(events)  # wanted, not given


def test_coder_a_renewed_appeal_to_a_state_is_an_appeal_to_it() -> None:
    text = "Poland renewed its appeal to Germany to pay war reparations."
    _one(code_text(text, ANCHOR), "POL", "02", "DEU")


def test_coder_pressure_over_an_owned_act_targets_its_owner_not_its_aim() -> None:
    text = "Pakistan came under US pressure for its support to the Afghan Taliban."
    triples = _triples(code_text(text, ANCHOR))
    assert ("USA", "10", "PAK") in triples
    assert ("USA", "10", "AFG") not in triples


def test_coder_lifting_a_curfew_or_emergency_eases_it_for_the_places_people() -> None:
    curfew = "The Thai government lifted the curfew in Bangkok."
    event = _one(code_text(curfew, ANCHOR), "THA", "08", "THA")
    assert (event.cameo, event.target.sector) == ("0813", "CVL")
    emergency = "The Sudanese government lifted the state of emergency in West Darfur."
    assert _one(code_text(emergency, ANCHOR), "SDN", "08", "SDN").cameo == "0814"


def test_coder_a_curfew_with_no_place_falls_on_the_rulers_own_people() -> None:
    text = "The Egyptian government imposed a curfew."
    event = _one(code_text(text, ANCHOR), "EGY", "17", "EGY")
    assert (event.cameo, event.source.sector, event.target.sector) == ("1723", "GOV", "CVL")


def test_coder_a_judged_act_moved_after_its_description_is_still_judged() -> None:
    text = "Hungary condemned as a grave violation Romania's expulsion of the Hungarian consul."
    _one(code_text(text, ANCHOR), "HUN", "11", "ROU")


def test_coder_a_protest_to_demand_reforms_by_a_government_targets_it() -> None:
    text = "Zambian students staged demonstrations to demand reforms by the Zambian government."
    event = _one(code_text(text, ANCHOR), "ZMB", "14", "ZMB")
    assert (event.source.sector, event.target.sector) == ("EDU", "GOV")


def test_coder_a_riot_at_a_protest_is_aimed_at_what_the_protest_was_against() -> None:
    stones = "Lebanese youths threw stones during protests against the Lebanese government."
    event = _one(code_text(stones, ANCHOR), "LBN", "14", "LBN")
    assert (event.cameo, event.source.sector, event.target.sector) == ("145", "CVL", "GOV")
    riot = (
        "Tunisian demonstrators rioted after a march calling for the removal of the "
        "Tunisian president."
    )
    assert _one(code_text(riot, ANCHOR), "TUN", "14", "TUN").cameo == "145"


def test_coder_a_people_rallying_against_its_own_state_is_its_civilians() -> None:
    text = "Georgians rallied against the Georgian parliament."
    event = _one(code_text(text, ANCHOR), "GEO", "14", "GEO")
    assert (event.source.sector, event.target.sector) == ("CVL", "LEG")


def test_coder_a_place_beside_a_border_is_on_neither_side_of_it() -> None:
    near = "Burmese troops shelled rebel camps near the Thai border."
    assert ("MMR", "19", "THA") not in _triples(code_text(near, ANCHOR))
    across = "Burmese troops fired shells into Thai territory."
    _one(code_text(across, ANCHOR), "MMR", "19", "THA")


def test_coder_aid_suspended_in_a_place_is_cut_from_its_country() -> None:
    text = "The Red Cross suspended aid deliveries in Mogadishu."
    event = _one(code_text(text, ANCHOR), "NGO", "16", "SOM")
    assert event.cameo == "162"


def test_coder_diplomats_expelled_from_a_state_are_expelled_by_it() -> None:
    text = "Two Russian diplomats were expelled from Poland."
    event = _one(code_text(text, ANCHOR), "POL", "16", "RUS")
    assert event.cameo == "161"


def test_coder_people_deported_in_thousands_are_a_mass_expulsion() -> None:
    text = "Thousands of Afghans were deported from Pakistan."
    assert _one(code_text(text, ANCHOR), "PAK", "20", "AFG").cameo == "201"


def test_coder_a_sentence_ending_in_a_name_suffix_ends_there() -> None:
    text = (
        "The pact was signed by the Philippine president, Ferdinand Marcos Jr. "
        "Vietnam condemned the move."
    )
    sentences = code_documents([Document.from_text(text, date=ANCHOR)])
    assert len(next(iter(sentences)).sentences) == 2


def test_coder_judging_the_deal_judges_the_parties_to_the_last_agreement() -> None:
    text = "Japan and the Philippines signed a defence pact on Tuesday. China criticised the deal."
    triples = _triples(code_text(text, ANCHOR))
    assert {("CHN", "11", "JPN"), ("CHN", "11", "PHL")} <= triples


def test_coder_a_sum_pledged_in_a_named_kind_of_aid_is_one_promise_of_that_aid() -> None:
    text = "Japan pledged $400 million in security assistance to the Philippines."
    events = [e for e in code_text(text, ANCHOR) if e.target.country == "PHL"]
    assert [e.cameo for e in events] == ["0332"]


def test_coder_asking_a_state_to_end_its_support_asks_for_no_support() -> None:
    text = "The US called on Iran to end its support to the Houthis."
    event = _one(code_text(text, ANCHOR), "USA", "10", "IRN")
    assert event.cameo == "100"  # not 102, a demand for diplomatic support


def test_coder_two_names_a_headline_joins_with_a_comma_act_together() -> None:
    triples = _triples(code_text("Egypt, Sudan hold joint military drills", ANCHOR))
    assert {("EGY", "06", "SDN"), ("SDN", "06", "EGY")} <= triples
    pact = _triples(code_text("Japan, Australia sign defence pact", ANCHOR))
    assert {("JPN", "05", "AUS"), ("AUS", "05", "JPN")} <= pact


def test_coder_recognising_a_state_is_diplomatic_recognition_not_praise() -> None:
    text = "Honduras broke off relations with Taiwan and recognised China."
    assert _one(code_text(text, ANCHOR), "HND", "05", "CHN").cameo == "054"
    efforts = "France recognised the efforts of the Qatari mediators."
    assert _one(code_text(efforts, ANCHOR), "FRA", "05", "QAT").cameo == "051"


def test_coder_a_warning_against_an_act_targets_whom_it_warns_not_the_acts_aim() -> None:
    text = "Beijing warned Washington against selling arms to Taipei."
    triples = _triples(code_text(text, ANCHOR))
    assert ("CHN", "13", "USA") in triples
    assert ("CHN", "13", "TWN") not in triples


def test_coder_a_peoples_strike_with_no_one_named_is_against_its_own_rulers() -> None:
    event = _one(
        code_text("Kenyan teachers began a hunger strike on Monday.", ANCHOR), "KEN", "14", "KEN"
    )
    assert (event.cameo, event.source.sector, event.target.sector) == ("142", "EDU", "GOV")
    general = "Opposition parties in Bangladesh organized a general strike that shut down Dhaka."
    assert _one(code_text(general, ANCHOR), "BGD", "14", "BGD").cameo == "143"
    # A military strike named by its owner is no walkout.
    strike = "Iraq's prime minister condemned the Turkish strike on a resort in Duhok."
    assert ("TUR", "14", "TUR") not in _triples(code_text(strike, ANCHOR))


def test_coder_a_nameless_group_known_throughout_a_country_is_of_that_country() -> None:
    text = "Farmers throughout Bolivia staged protests against the new land law."
    event = _one(code_text(text, ANCHOR), "BOL", "14", "BOL")
    assert (event.source.sector, event.target.sector) == ("AGR", "GOV")


def test_coder_protesters_blocking_roads_in_a_capital_are_its_people() -> None:
    text = "Supporters of the jailed opposition leader blocked roads in the capital Caracas."
    event = _one(code_text(text, ANCHOR), "VEN", "14", "VEN")
    assert (event.cameo, event.source.sector, event.target.sector) == ("144", "OPP", "GOV")


def test_coder_a_gerund_after_a_preposition_is_done_by_the_verbs_subject() -> None:
    text = "Moscow responded by expelling ten Polish diplomats."
    assert _one(code_text(text, ANCHOR), "RUS", "16", "POL").cameo == "161"
    stones = "Protesters resorted to throwing stones at Israeli soldiers near Hebron."
    assert _one(code_text(stones, ANCHOR), "PSE", "14", "ISR").cameo == "145"
    # Whom a relative clause accuses is its antecedent, not its subject.
    accused = "Washington says Pakistan shelters the militants it accuses of attacking Kabul."
    assert not [e for e in code_text(accused, ANCHOR) if e.cameo_root == "19"]


def test_coder_two_countries_sharing_one_force_noun_are_both_named() -> None:
    text = "The Red Cross said US and British troops must protect civilians."
    triples = _triples(code_text(text, ANCHOR))
    assert {("NGO", "10", "USA"), ("NGO", "10", "GBR")} <= triples


def test_coder_a_state_investigating_crimes_by_its_own_armed_groups_is_domestic() -> None:
    text = "Croatia is investigating alleged war crimes by Croatian paramilitaries."
    event = _one(code_text(text, ANCHOR), "HRV", "09", "HRV")
    assert event.target.sector == "UAF"
    seized = "Palestinian police seized weapons from Palestinian armed groups in Jenin."
    assert _one(code_text(seized, ANCHOR), "PSE", "17", "PSE").target.sector == "UAF"


def test_coder_condemning_attacks_by_a_force_condemns_the_force_not_its_victims() -> None:
    text = "The European Union condemned the attacks by Russian forces on Ukrainian ports."
    triples = _triples(code_text(text, ANCHOR))
    assert ("IGOEUR", "11", "RUS") in triples
    assert ("IGOEUR", "11", "UKR") not in triples


def test_coder_opening_or_closing_an_embassy_is_about_the_host_country() -> None:
    assert (
        _one(code_text("Estonia opened an embassy in Seoul.", ANCHOR), "EST", "05", "KOR").cameo
        == "054"
    )
    assert (
        _one(code_text("Canada closed its embassy in Tehran.", ANCHOR), "CAN", "16", "IRN").cameo
        == "161"
    )


def test_coder_a_people_within_a_state_acts_and_suffers_inside_it() -> None:
    text = "Chinese police detained dozens of Uyghur activists in Urumqi."
    event = _one(code_text(text, ANCHOR), "CHN", "17", "CHN")
    assert (event.source.sector, event.target.sector) == ("COP", "OPP")
    # A people's forces are rebels, not the state's army.
    clash = "Ethiopian troops clashed with Tigrayan forces near Mekelle."
    assert _one(code_text(clash, ANCHOR), "ETH", "19", "ETH").target.sector == "REB"


def test_coder_a_crowd_rallying_in_a_city_demonstrates_but_rallying_support_does_not() -> None:
    text = "Thousands of Catalans rallied in Barcelona for independence."
    event = _one(code_text(text, ANCHOR), "ESP", "14", "ESP")
    assert (event.cameo, event.target.sector) == ("141", "GOV")
    support = "Thousands rallied in Taipei in support of Ukraine."
    assert not [e for e in code_text(support, ANCHOR) if e.cameo_root == "14"]


def test_coder_people_expelled_to_a_country_are_not_expelled_from_it() -> None:
    text = "Myanmar's army expelled thousands of Rohingya to Bangladesh."
    triples = _triples(code_text(text, ANCHOR))
    assert ("MMR", "20", "MMR") in triples
    assert not [t for t in triples if t[2] == "BGD"]
    # Unnamed, those deported to a country are taken to be its own.
    assert ("SWE", "17", "IRQ") in _triples(
        code_text("Sweden deported 300 asylum seekers to Iraq.", ANCHOR)
    )


def test_coder_protesters_outside_an_embassy_are_of_the_city_it_stands_in() -> None:
    text = "Students protested outside the Russian embassy in Warsaw."
    event = _one(code_text(text, ANCHOR), "POL", "14", "RUS")
    assert event.source.sector == "EDU"


def test_coder_the_launch_judged_next_is_the_last_launchers() -> None:
    text = (
        "North Korea fired two ballistic missiles into the sea on Thursday. "
        "Seoul and Washington condemned the launch."
    )
    triples = _triples(code_text(text, ANCHOR))
    assert {("KOR", "11", "PRK"), ("USA", "11", "PRK")} <= triples
    # Missiles fired into the open sea are aimed at no one: no air strike on anyone.
    assert not [t for t in triples if t[1] == "19"]


def test_coder_missiles_fired_into_a_states_waters_strike_that_state() -> None:
    triples = _triples(code_text("Iran fired missiles into Iraqi waters.", ANCHOR))
    assert ("IRN", "19", "IRQ") in triples


def test_coder_trade_reprisals_fall_on_whose_goods_they_tax() -> None:
    text = "The United States slapped tariffs of 25 percent on Chinese steel imports."
    assert _one(code_text(text, ANCHOR), "USA", "16", "CHN").cameo == "163"
    reprisal = "Beijing retaliated with duties on American soybeans and pork."
    assert _one(code_text(reprisal, ANCHOR), "CHN", "16", "USA").cameo == "163"
    controls = "Japan tightened export controls on chip-making equipment to China."
    assert _one(code_text(controls, ANCHOR), "JPN", "16", "CHN").cameo == "163"


def test_coder_approved_bailouts_and_debts_written_off_are_economic_aid() -> None:
    bailout = "The IMF approved a $3 billion bailout for Pakistan."
    assert _one(code_text(bailout, ANCHOR), "IGOIMF", "07", "PAK").cameo == "071"
    debt = "China wrote off interest-free loans to Zambia."
    assert _one(code_text(debt, ANCHOR), "CHN", "07", "ZMB").cameo == "071"


def test_coder_strikes_across_or_inside_a_country_strike_it() -> None:
    text = "Israeli warplanes pounded targets across the Gaza Strip overnight."
    assert ("ISR", "19", "PSE") in _triples(code_text(text, ANCHOR))
    inside = "Pakistan carried out air strikes inside Afghanistan."
    assert _one(code_text(inside, ANCHOR), "PAK", "19", "AFG").cameo == "195"


def test_coder_an_attack_on_a_place_of_the_attackers_own_country_falls_on_its_people() -> None:
    text = "Al-Shabaab militants stormed a hotel in Mogadishu."
    assert _one(code_text(text, ANCHOR), "SOM", "19", "SOM").target.sector == "CVL"
    # Victims the text names stay themselves.
    raid = "Pakistani security forces killed five militants in a raid in North Waziristan."
    assert _one(code_text(raid, ANCHOR), "PAK", "19", "PAK").target.sector == "REB"


def test_coder_a_participle_after_an_attack_happened_where_the_attack_did() -> None:
    text = "Myanmar's junta bombed a village in Sagaing, killing more than 100 people."
    killing = [e for e in code_text(text, ANCHOR) if e.cameo == "180"]
    assert [(e.target.country, e.target.sector) for e in killing] == [("MMR", "CVL")]


def test_coder_a_gerund_after_a_passive_is_done_by_its_subject_and_stays_alleged() -> None:
    text = "Wagner mercenaries were accused of killing civilians in central Mali."
    event = _one(code_text(text, ANCHOR), "RUS", "19", "MLI")
    assert event.modality.reported_by is not None
    # A reason given for an arrest is the arresters' charge, not a reported act.
    arrested = "A Canadian missionary was arrested in Lebanon for collaborating with Israel."
    assert ("CAN", "06", "ISR") not in _triples(code_text(arrested, ANCHOR))


def test_coder_a_wave_or_salvo_of_weapons_is_the_weapons() -> None:
    text = "Russia launched a wave of drones at Kyiv early on Sunday."
    assert _one(code_text(text, ANCHOR), "RUS", "19", "UKR").cameo == "195"


def test_coder_states_forming_a_pact_agree_with_each_other() -> None:
    text = "The Sahel juntas of Mali, Niger and Burkina Faso formed a mutual defence pact."
    triples = _triples(code_text(text, ANCHOR))
    assert {("MLI", "05", "NER"), ("NER", "05", "BFA"), ("BFA", "05", "MLI")} <= triples


def test_coder_talks_that_collapsed_are_negotiations_halted() -> None:
    text = "The talks between Serbia and Kosovo collapsed on Thursday."
    triples = _triples(code_text(text, ANCHOR))
    assert {("SRB", "16", "XKX"), ("XKX", "16", "SRB")} <= triples
    assert _one(code_text(text, ANCHOR), "SRB", "16", "XKX").cameo == "164"
    broke = "Negotiations between Ethiopia and Egypt over the dam broke down."
    assert _one(code_text(broke, ANCHOR), "ETH", "16", "EGY").cameo == "164"
    ended = "Talks between Israel and Hamas ended on Friday."
    assert _one(code_text(ended, ANCHOR), "ISR", "04", "PSE").cameo == "040"


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Argentina's new president pledged to sever ties with China.", "1313"),
        ("The Ugandan president threatened to ban opposition candidates.", "1322"),
        ("Iran threatened to blockade Qatar.", "1381"),
        ("China will impose sanctions on Lithuania.", "1312"),
    ],
)
def test_coder_a_threat_is_coded_by_the_kind_of_act_threatened(sentence: str, cameo: str) -> None:
    threats = [e for e in code_text(sentence, ANCHOR) if e.cameo_root == "13"]
    assert [e.cameo for e in threats][:1] == [cameo]


def test_coder_opposition_lawmakers_dissidents_and_journalists_keep_their_side() -> None:
    text = "Thai police arrested two opposition lawmakers on charges of insulting the monarchy."
    event = _one(code_text(text, ANCHOR), "THA", "17", "THA")
    assert event.target.sector == "OPP"
    dissidents = "Iranian authorities arrested three dissidents in Tehran."
    assert _one(code_text(dissidents, ANCHOR), "IRN", "17", "IRN").target.sector == "OPP"
    journalist = "Israeli troops killed a journalist in Gaza."
    assert _one(code_text(journalist, ANCHOR), "ISR", "19", "PSE").target.sector == "MED"
    # Reporters told something are an audience, not a party to an event.
    told = "The foreign minister of Japan told journalists that talks would resume."
    assert not [e for e in code_text(told, ANCHOR) if e.target.sector == "MED"]


def test_coder_a_headline_verb_the_parser_reads_as_a_noun_is_still_the_verb() -> None:
    signed = _triples(code_text("China, Pakistan sign deals on new rail link", ANCHOR))
    assert {("CHN", "05", "PAK"), ("PAK", "05", "CHN")} <= signed
    swap = _triples(code_text("Russia, Ukraine exchange prisoners", ANCHOR))
    assert {("RUS", "08", "UKR"), ("UKR", "08", "RUS")} <= swap


def test_coder_executions_put_people_to_death_at_home_not_plans() -> None:
    text = "Saudi Arabia executed 81 people in one day."
    event = _one(code_text(text, ANCHOR), "SAU", "18", "SAU")
    assert event.target.sector == "CVL"
    passive = "Two protesters were executed in Iran."
    assert _one(code_text(passive, ANCHOR), "IRN", "18", "IRN").target.sector == "OPP"
    assert not code_text("The army executed the plan to retake the city.", ANCHOR)


def test_coder_armed_men_and_bandits_are_their_own_sectors() -> None:
    bandits = "Nigerian armed forces killed 20 bandits in Zamfara."
    event = _one(code_text(bandits, ANCHOR), "NGA", "19", "NGA")
    assert (event.source.sector, event.target.sector) == ("MIL", "CRM")
    armed = "Armed men attacked a police station in Kano."
    assert {e.source.sector for e in code_text(armed, ANCHOR)} == {"UAF"}


def test_coder_a_body_of_states_meeting_in_a_capital_does_not_meet_its_host() -> None:
    assert not code_text("The Quad foreign ministers met in Tokyo.", ANCHOR)
    # A visit by one state's envoy to a capital is still a visit to that state.
    visit = _triples(code_text("The Chinese foreign minister arrived in Tokyo.", ANCHOR))
    assert ("CHN", "04", "JPN") in visit


def test_coder_nameless_people_a_state_represses_are_its_own() -> None:
    text = "Turkish police detained 40 students after the protest."
    event = _one(code_text(text, ANCHOR), "TUR", "17", "TUR")
    assert (event.source.sector, event.target.sector) == ("COP", "EDU")
    # Whose they are, when the text says it, stays theirs.
    named = "Turkish police detained 40 Syrian students after the protest."
    assert _one(code_text(named, ANCHOR), "TUR", "17", "SYR").target.sector == "EDU"


def test_coder_a_deal_brokered_by_a_third_state_binds_the_signers_and_names_the_mediator() -> None:
    text = "Armenia and Azerbaijan signed a peace deal brokered by the United States."
    triples = _triples(code_text(text, ANCHOR))
    assert {("ARM", "05", "AZE"), ("AZE", "05", "ARM")} <= triples
    assert {("USA", "04", "ARM"), ("USA", "04", "AZE")} <= triples
    assert ("ARM", "05", "USA") not in triples
    truce = "Sudan's army and the Rapid Support Forces agreed to a truce brokered by Riyadh."
    assert ("SAU", "04", "SDN") in _triples(code_text(truce, ANCHOR))


def test_coder_halting_a_country_s_goods_is_an_embargo() -> None:
    text = "Beijing halted imports of Taiwanese pineapples."
    assert _one(code_text(text, ANCHOR), "CHN", "16", "TWN").cameo == "163"
    text = "China suspended purchases of Australian coal."
    assert _one(code_text(text, ANCHOR), "CHN", "16", "AUS").cameo == "163"


def test_coder_police_sent_to_another_country_protect_it() -> None:
    text = "Kenya sent police officers to Haiti."
    assert _one(code_text(text, ANCHOR), "KEN", "07", "HTI").cameo == "074"


def test_coder_a_threat_s_condition_is_not_what_is_threatened() -> None:
    text = "Iran threatened to close the Strait of Hormuz if the US blocked its oil exports."
    events = code_text(text, ANCHOR)
    assert _one(events, "IRN", "13", "USA").cameo == "130"
    blocked = _one(events, "USA", "16", "IRN")
    assert blocked.modality.hypothetical


def test_coder_a_deposed_leader_is_no_longer_the_state_that_jails_her() -> None:
    text = "Myanmar's junta sentenced Aung San Suu Kyi to four more years in prison."
    event = _one(code_text(text, dt.date(2022, 1, 10)), "MMR", "11", "MMR")
    assert (event.source.sector, event.target.sector) == ("GOV", "ELI")


def test_coder_the_one_criticised_is_the_object_not_what_it_is_about() -> None:
    text = "The Turkish foreign minister criticised Sweden over the burning of a Koran."
    _one(code_text(text, ANCHOR), "TUR", "11", "SWE")
    text = "Former president Donald Trump criticised the Biden administration over Afghanistan."
    event = _one(code_text(text, dt.date(2021, 9, 1)), "USA", "11", "USA")
    assert (event.source.sector, event.target.sector) == ("ELI", "GOV")
    # An audience is not the one complained about.
    text = "Lebanon complained to the United Nations over Syrian shelling."
    _one(code_text(text, ANCHOR), "LBN", "11", "SYR")


def test_coder_stripping_opponents_of_their_citizenship_is_an_administrative_sanction() -> None:
    text = "Nicaragua stripped 94 opponents of their citizenship."
    event = _one(code_text(text, ANCHOR), "NIC", "17", "NIC")
    assert (event.cameo, event.target.sector) == ("172", "OPP")


def test_coder_people_taken_hostage_are_abducted_however_the_parser_reads_it() -> None:
    # The parser reads "hostage" as the object in one and as a clause in the other.
    text = "Gunmen took 20 Nigerian students hostage."
    assert _one(code_text(text, ANCHOR), None, "18", "NGA").cameo == "181"
    text = "Militants took dozens of Kenyan workers hostage on Monday."
    event = _one(code_text(text, ANCHOR), None, "18", "KEN")
    assert (event.cameo, event.target.sector) == ("181", "LAB")


def test_coder_business_people_are_their_own_sector() -> None:
    text = "Chinese authorities detained a Japanese businessman on espionage charges."
    assert _one(code_text(text, ANCHOR), "CHN", "17", "JPN").target.sector == "BUS"


def test_coder_mending_ties_is_cooperation_and_seeking_it_an_intent() -> None:
    text = "Pakistan mended ties with Afghanistan."
    assert _one(code_text(text, ANCHOR), "PAK", "05", "AFG").cameo == "050"
    text = "The new government in Islamabad has sought to mend ties with Kabul."
    assert _one(code_text(text, ANCHOR), "PAK", "03", "AFG").cameo == "032"
    wanted = _triples(code_text("China and Pakistan want to deepen their partnership.", ANCHOR))
    assert {("CHN", "03", "PAK"), ("PAK", "03", "CHN")} <= wanted


def test_coder_lobbying_wooing_and_consoling() -> None:
    lobbied = "India lobbied Washington to ease visa rules."
    assert _one(code_text(lobbied, ANCHOR), "IND", "02", "USA").cameo == "025"
    wooed = "China is wooing Pakistan with billions in investment."
    assert _one(code_text(wooed, ANCHOR), "CHN", "05", "PAK").cameo == "050"
    consoled = "The Japanese prime minister consoled his Turkish counterpart after the earthquake."
    assert _one(code_text(consoled, ANCHOR), "JPN", "01", "TUR").cameo == "018"


def test_coder_an_object_pronoun_with_no_one_else_named_is_the_last_show_of_force() -> None:
    text = "The Chinese navy held drills near Taiwan. Taipei condemned them as a provocation."
    _one(code_text(text, ANCHOR), "TWN", "11", "CHN")
    # A group named just before still comes first.
    text = "China and Russia held joint naval drills. Japan criticised them."
    assert {("JPN", "11", "CHN"), ("JPN", "11", "RUS")} <= _triples(code_text(text, ANCHOR))


def test_coder_people_sent_back_are_deported_and_not_the_deporters_own() -> None:
    text = "Algeria sent the migrants back to Niger."
    assert _one(code_text(text, ANCHOR), "DZA", "17", "NER").cameo == "174"
    text = "Germany sent back 200 Afghan asylum seekers."
    assert _one(code_text(text, ANCHOR), "DEU", "17", "AFG").cameo == "174"
    # Nameless people deported with no word of where to are not taken as the state's own.
    assert not code_text("Police deported 40 migrants.", ANCHOR)


def test_coder_cutting_supplies_is_an_embargo_unless_they_are_aid() -> None:
    text = "Russia cut gas supplies to Bulgaria and Poland after they refused to pay in roubles."
    events = code_text(text, ANCHOR)
    assert _one(events, "RUS", "16", "BGR").cameo == "163"
    assert _one(events, "RUS", "16", "POL").cameo == "163"
    text = "Israel halted aid deliveries to Gaza."
    assert _one(code_text(text, ANCHOR), "ISR", "16", "PSE").cameo == "162"
    text = "Turkey has suspended food supplies to Armenia."
    assert _one(code_text(text, ANCHOR), "TUR", "16", "ARM").cameo == "162"


def test_coder_a_scrapped_contract_is_a_halt_to_dealings() -> None:
    text = "Australia scrapped a $66 billion submarine contract with France."
    _one(code_text(text, ANCHOR), "AUS", "16", "FRA")


def test_coder_a_counted_crowd_is_the_people_counted() -> None:
    text = "Thousands of students in Jakarta demonstrated against the government."
    event = _one(code_text(text, ANCHOR), "IDN", "14", "IDN")
    assert (event.source.sector, event.target.sector) == ("EDU", "GOV")
    troops = "Hundreds of Russian troops crossed into Georgia."
    _one(code_text(troops, ANCHOR), "RUS", "19", "GEO")


def test_coder_nameless_protesters_against_one_state_are_its_people() -> None:
    text = (
        "Islamic fundamentalists continued their hunger strike to demand the resignation "
        "of the Algerian president."
    )
    event = _one(code_text(text, ANCHOR), "DZA", "14", "DZA")
    assert (event.source.sector, event.target.sector) == ("RAD", "GOV")
    # Whose a possessive act is stays the possessor's when the verb judges it.
    assert not code_text("Pakistan condemned their attack on the convoy.", ANCHOR)


def test_coder_blowing_something_up_is_a_bombing() -> None:
    text = "Militants blew up a gas pipeline in Balochistan."
    event = _one(code_text(text, ANCHOR), None, "18", "PAK")
    assert (event.cameo, event.source.sector) == ("183", "REB")
    guerillas = "Afghan guerillas blew up a bridge in Kabul."
    assert _one(code_text(guerillas, ANCHOR), "AFG", "18", "AFG").source.sector == "REB"
    # What a state's people blow up they did not bomb from the air.
    text = "Two Palestinian bombers killed 23 people when they blew themselves up in Tel Aviv."
    assert _one(code_text(text, ANCHOR), "PSE", "18", "ISR").cameo.startswith("183")


def test_coder_setting_fire_to_property_destroys_it() -> None:
    text = "Israeli settlers torched Palestinian cars in the West Bank."
    event = _one(code_text(text, ANCHOR), "ISR", "17", "PSE")
    assert (event.cameo, event.source.sector) == ("1712", "CVL")
    text = "Rioters set fire to the Chinese embassy in Belgrade."
    event = _one(code_text(text, ANCHOR), None, "17", "CHN")
    assert (event.cameo, event.source.sector) == ("1712", "OPP")


def test_coder_hitting_back_is_words_unless_done_with_force() -> None:
    text = "Turkey hit back at Greece over the migrant pushbacks."
    assert _one(code_text(text, ANCHOR), "TUR", "11", "GRC").cameo == "111"
    assert ("TUR", "19", "GRC") not in _triples(code_text(text, ANCHOR))
    text = "Israel hit back at Hamas with air strikes."
    assert _one(code_text(text, ANCHOR), "ISR", "19", "PSE").cameo == "195"


def test_coder_a_case_brought_before_a_court_is_against_the_defendant_not_the_court() -> None:
    text = "South Africa filed a case against Israel at the International Court of Justice."
    assert _triples(code_text(text, ANCHOR)) == {("ZAF", "11", "ISR")}
    text = "Ukraine sued Russia at the World Trade Organization over transit restrictions."
    assert _triples(code_text(text, ANCHOR)) == {("UKR", "11", "RUS")}
    ruling = "The International Court of Justice ruled against Russia."
    assert _one(code_text(ruling, ANCHOR), "IGOICJ", "11", "RUS").cameo == "116"


def test_coder_being_behind_an_attack_is_doing_it_on_the_speakers_word() -> None:
    text = "Ukraine said Russia was behind the missile strike on Kharkiv."
    events = code_text(text, ANCHOR)
    strike = _one(events, "RUS", "19", "UKR")
    assert strike.modality.reported_by == "Ukraine"
    assert _one(events, "UKR", "11", "RUS").cameo == "1123"


def test_coder_attributing_an_attack_accuses_whom_it_is_attributed_to() -> None:
    text = "Britain attributed the cyberattack to Russian military intelligence."
    assert _triples(code_text(text, ANCHOR)) == {("GBR", "11", "RUS")}


def test_coder_sides_accepting_or_declaring_a_ceasefire_do_so_toward_each_other() -> None:
    text = "Israel and Hamas accepted a ceasefire mediated by Egypt."
    triples = _triples(code_text(text, ANCHOR))
    assert {("ISR", "03", "PSE"), ("PSE", "03", "ISR")} <= triples
    # What the ceasefire went through is told, not proposed: Egypt mediated it.
    assert {("EGY", "04", "ISR"), ("EGY", "04", "PSE")} <= triples
    declared = _triples(code_text("Israel and Hamas declared a ceasefire on Friday.", ANCHOR))
    assert {("ISR", "08", "PSE"), ("PSE", "08", "ISR")} <= declared
    # What a rejected plan would do stays unasserted.
    text = "Russia rejected a plan drafted by France to send peacekeepers to Ukraine."
    assert ("FRA", "07", "UKR") not in _triples(code_text(text, ANCHOR))


def test_coder_a_sum_in_grants_is_one_act_with_its_verb() -> None:
    text = "Japan will provide $1 billion in grants to Ukraine for reconstruction."
    events = [e for e in code_text(text, ANCHOR) if e.target.country == "UKR"]
    assert len(events) == 1 and events[0].modality.future, events


def test_coder_unfreezing_assets_eases_sanctions() -> None:
    text = "The United States unfroze $6 billion of Iranian assets held in South Korea."
    assert _one(code_text(text, ANCHOR), "USA", "08", "IRN").cameo == "085"


def test_coder_a_sum_in_euros_is_money_like_one_in_dollars() -> None:
    text = "Germany pledged 500 million euros to help Ukraine."
    assert _one(code_text(text, ANCHOR), "DEU", "03", "UKR").cameo == "033"
