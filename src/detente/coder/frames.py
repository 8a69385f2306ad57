"""Predicate frames: an event word, who does it, to whom, and how the text frames it.

This is where the dependency parse is read. A frame holds spaCy tokens for the
predicate and the tokens heading its arguments; the coder turns them into actors.
Only arguments that the parse connects to the predicate are taken (a place in a
dateline or in an unrelated clause never becomes an actor).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy import symbols
from spacy.tokens import Span, Token

from detente.coder._tree import children
from detente.coder._words import (
    BLOCKING_VERBS,
    CANCELLING_VERBS,
    CARRIER_VERBS,
    CLAIM_NOUNS,
    CONDITION_MARKERS,
    CONDUCTING_VERBS,
    CONFLICT_ROOTS,
    CONTEST_VERBS,
    DENIAL_VERBS,
    DESCRIBING_VERBS,
    DRAWING_VERBS,
    FAILING_VERBS,
    FAILURE_VERBS,
    FRIENDLY_DESCRIPTIONS,
    FUTURE_AUX,
    FUTURE_GOVERNORS,
    FUTURE_MODIFIERS,
    HOSTILE_DESCRIPTIONS,
    IRREGULAR_FORMS,
    LOCATION_PREPS,
    MONEY_WORDS,
    NAMELESS_GROUPS,
    OBLIGATION_AUX,
    POSSIBILITY_NOUNS,
    PREPOSITIONAL_VERB_PREPS,
    QUANTIFIER_OBJECTS,
    REACTION_VERBS,
    RECEIVING_VERBS,
    SENT_PEOPLE,
    SPEECH_VERBS,
    SPORTS_PEOPLE,
    SPORTS_WORDS,
    TARGET_PREPS,
    TEMPORAL_WORDS,
    UNCERTAINTY_GOVERNORS,
)
from detente.coder.lexicon import Entry, Lexicon, noun_forms

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "obj"})
NOUN_TARGET_PREPS = TARGET_PREPS | {"of", "between"}
#: Time nouns whose span ("over 15 years", "for decades") makes a perfect tense a summary.
SPAN_OF_YEARS = frozenset({"year", "decade", "generation"})
#: Particles of phrasal verbs that the parser may attach as adverbs.
ADVERB_PARTICLES = frozenset({"back", "off", "out", "down", "up", "away"})
#: Verbs whose passive states the subject's own stance ("is opposed to", "is committed to").
STATIVE_PASSIVES = frozenset({"oppose", "engage"})
#: Roots of meetings, accords and cooperation, whose nouns take their topic with "on".
TOPIC_ROOTS = frozenset({"03", "04", "05", "06"})
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: spaCy's integer ids for the parts of speech and dependencies tested on every token.
VERB_POS = frozenset({symbols.VERB, symbols.AUX})
NOUN_POS = frozenset({symbols.NOUN, symbols.PROPN})
AUXILIARY_DEPS = frozenset({symbols.aux, symbols.auxpass})
#: Verbs of violence that say nothing of the means ("killed", "wounded").
GENERIC_VIOLENCE = frozenset({"180", "182", "190"})
#: Doers whose violence comes from the air (CAMEO 195).
AIRCRAFT = frozenset({"jet", "warplane", "aircraft", "drone", "helicopter", "plane"})
#: A game's score ("2-1", "3–0").
SCORE = re.compile(r"\b\d{1,2}[-–]\d{1,2}\b")
#: What one charges that is a price, not an accusation ("charge a fee").
PRICES = frozenset({"fee", "price", "tariff", "duty", "tax", "levy", "toll", "rate", "premium"})
#: Armed machines whose owner is the doer of what they do ("Israeli tank fire").
WAR_MACHINES = AIRCRAFT | {"tank", "gunboat", "warship"}
#: Weapons that name how an attack was made ("artillery strikes"), never who made it.
WEAPONS = WAR_MACHINES | {"artillery", "missile", "rocket", "mortar", "bomb", "shell"}
AIR_STRIKE = "195"
#: Roots of violence, whose weapon nouns ("air strike": 195) say more than "killed".
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: "pledge" with money: an intent to aid rather than to cooperate in general.
EXPRESS_INTENT, INTENT_TO_AID = "030", "033"
#: Forces deployed: a show of force, or protection when sent into the target country.
SHOW_OF_FORCE, MILITARY_PROTECTION = "150", "074"
#: Weapons that may be fired to be seen rather than to strike, and the prepositions that
#: say they were aimed at someone.
MISSILES = frozenset({"missile", "rocket"})
#: Where a missile test lands when it is aimed at no one.
OPEN_WATERS = frozenset({"sea", "ocean", "water"})
AIMING_PREPS = frozenset({"at", "on", "into", "against", "toward", "towards"})
#: Words for a frontier: troops sent "to the border" face a country, they are not in it.
BORDER_WORDS = frozenset({"border", "frontier", "boundary", "line", "coast", "waters"})
#: CAMEO's "claim responsibility".
CLAIM_OF_RESPONSIBILITY, STATEMENT = "015", "010"
#: Deployments and arrivals of peacekeepers provide military protection (CAMEO 074).
PEACEKEEPING_CANDIDATES = frozenset({"150", "042", "070"})
#: What one "fights" or "combats" without violence: diseases, disasters, social ills.
SCOURGES = frozenset(
    {
        *("epidemic", "pandemic", "disease", "virus", "outbreak", "ebola", "malaria"),
        *("poverty", "hunger", "famine", "drought", "corruption", "inflation", "wildfire"),
        *("crime", "unemployment", "illiteracy", "change", "warming"),
    }
)
#: Words that make an "attack" verbal: "launched an attack on the spy chiefs, calling them
#: nutters", "opened the year with an attack on Pakistan, writing on Twitter that ...".
VERBAL_CUES = frozenset({"call", "say", "write", "tweet", "describe", "brand", "label", "accuse"})
CRITICIZE = "111"
#: What one acts "with" when it is someone's help rather than a partner.
HELP_NOUNS = frozenset({"help", "support", "assistance", "backing", "aid"})
MAKE_VISIT = "042"
#: Recognising a state or a government: CAMEO 054.
RECOGNISING_VERBS, DIPLOMATIC_RECOGNITION = frozenset({"recognise", "recognize"}), "054"
#: Expelling people in thousands: CAMEO 201, mass expulsion.
MASS_EXPULSION = "201"
#: Words that count people in thousands: "thousands of workers", "1.5 million Eritreans".
THOUSANDS_WORDS = frozenset({"thousand", "thousands", "million", "millions"})
VISIT_PURPOSES = frozenset({"discuss", "confer", "review", "brief", "exchange", "convey"})
#: Modal verbs of mere possibility: a conditional act with them is supposed, not threatened.
POSSIBILITY_AUX = frozenset({"may", "might", "could", "can"})
#: What a leader signs alone, which is no agreement with anyone (CAMEO 057).
SIGN_AGREEMENT = "057"
#: Bringing a lawsuit (CAMEO 115), whose "at" names the court, not a party.
LAWSUIT = "115"
DECREES = frozenset({"decree", "law", "bill", "order", "ordinance", "legislation"})
#: Conjunctions that make a clause say when or why, not what is announced.
TIME_CAUSE_MARKERS = frozenset({"after", "before", "when", "while", "because", "since", "as"})
#: Where military drills are held close to another state.
DRILL_PREPS = frozenset({"near", "off", "around", "along"})
#: Edges of a country, and the prepositions naming whose ("the coast of Japan", "the
#: border with Guyana").
EDGES = {"coast": frozenset({"of"}), "border": frozenset({"with"})}
#: Force posture (CAMEO 15: drills, alerts, mobilisation), shown where it is displayed.
FORCE_POSTURE_ROOT = "15"
#: Threats (CAMEO 13).
THREATEN_ROOT = "13"
#: Nouns for what one means to do, whose owner does what they plan ("plans to send troops").
PLAN_NOUNS = frozenset({"plan", "intention", "decision"})
#: Modifiers that make an event noun a claim ("alleged support", "suspected strike").
ALLEGED_WORDS = frozenset({"alleged", "suspected", "purported", "reported", "claimed"})
#: Mobilising armed forces (CAMEO 153), and what one mobilises that is no force.
MOBILIZE = "153"
NOT_FORCES = frozenset(
    {"group", "support", "supporter", "resource", "fund", "money", "opinion", "lobby", "voter"}
)
#: Purposes whose object is the beneficiary: "pledged $100 million to help Sudan".
HELPING_VERBS = frozenset({"help", "support", "assist", "aid", "rebuild", "fund", "finance"})
#: Verbs that say whose a position or town is ("positions held by the rebels").
HOLDING_VERBS = frozenset({"hold", "control", "occupy", "run", "man", "use"})
#: Where an attack struck, when no victim names a country.
STRIKE_PLACE_PREPS = frozenset(
    {"in", "near", "outside", "around", "across", "inside", "throughout"}
)
#: Month names that are also event nouns ("a march", "in March").
MONTH_WORDS = frozenset({"March", "May"})
#: Roots of stances taken about someone's act ("concern over", "anger at").
STANCE_ROOTS = frozenset({"01", "11"})
#: Investigating (CAMEO 09), aimed at whoever did what is looked into.
INVESTIGATE_ROOT = "09"
#: Roots of judging another's act (statements, praise, criticism, rejection).
JUDGING_ROOTS = frozenset({"01", "05", "11", "12"})
#: Roots of appeals and demands, whose target is whoever is to do what is asked.
ASKING_ROOTS = frozenset({"02", "10"})
#: Roots of the acts a possessive pronoun makes the maker's own ("its demand").
OWN_WORD_ROOTS = frozenset({"02", "10", "13"})
#: Prepositions that name what is agreed, wanted or opposed ("agreed upon a pact").
AGREED_PREPS = frozenset({"to", "on", "upon"})
#: Verbs whose object is only wished for: "to encourage talks" holds no talks.
WISHING_VERBS = frozenset({"encourage", "seek", "want", "wish", "favour", "favor", "advocate"})
#: Dependencies of clauses a verb governs.
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl"})
#: Verb patterns of answering whose "with" names the act done in answer.
ANSWERING_VERBS = frozenset({"hit back", "strike back", "retaliate", "respond", "react"})
#: Verbs of going between two sides: "offered to mediate between Israel and Hamas".
MEDIATING_VERBS = frozenset({"mediate", "arbitrate", "broker"})
#: A country's edges, and the prepositions that put a place beside them, not inside.
EDGE_NOUNS = frozenset({"border", "frontier"})
BESIDE_PREPS = frozenset({"near", "on", "along", "at", "by"})
#: Verbs that put an end to their object: asking someone to end an act asks for no act
#: of its kind.
ENDING_VERBS = CANCELLING_VERBS | {"end", "stop", "cease", "quit"}
#: Prepositions that place an act at an occasion: "threw stones during the protests".
OCCASION_PREPS = frozenset({"during", "after", "following", "amid", "at", "in"})
#: Protests held at a state's premises abroad are aimed at that state.
PROTEST_ROOT, DEMONSTRATE = "14", "141"
#: Subjects that protest in the street, not by diplomatic note.
CROWDS = QUANTIFIER_OBJECTS | {
    "crowd", "protester", "protestor", "demonstrator", "student", "worker", "resident",
    "villager", "farmer", "supporter", "activist", "people",
}  # fmt: skip
PREMISES_NOUNS = frozenset({"embassy", "consulate", "legation", "mission", "commission"})
PREMISES_PREPS = frozenset({"outside", "at", "near", "before", "in", "to", "toward", "towards"})
#: Verbs of destruction, which aimed at people or a group are military force (190).
DESTROYING = frozenset({"destroy"})
MILITARY_FORCE = "190"
#: Reprisals, military unless aimed at goods or sums (then an embargo, 163).
RETALIATION = frozenset({"retaliate", "retaliate against", "hit back", "strike back"})
TRADE_WORDS = frozenset(
    {"good", "goods", "import", "export", "product", "tariff", "duty", "curb", "restriction",
     "sanction", "ban", "levy"}
)  # fmt: skip
EMBARGO = "163"
HALT_NEGOTIATIONS = "164"
#: The lexicon's pattern for putting people to death, which only people can undergo.
EXECUTION = "execute"
#: Nouns for people who may be put to death, besides the group nouns.
PEOPLE_NOUNS = NAMELESS_GROUPS.keys() | {
    "prisoner", "detainee", "convict", "inmate", "suspect", "citizen", "national", "member",
    "leader", "spy",
}  # fmt: skip
#: Words for a rate, whose "on" says what a duty of that rate falls on.
RATE_WORDS = frozenset({"percent", "%", "cent", "pc"})
#: Verbs that give something back only with an object ("returned the pilot to India").
GIVING_BACK = frozenset({"return"})
#: Verbs of going somewhere, whose "for" names what the goers will do there.
MOVEMENT_VERBS = frozenset({"go", "come", "return", "travel", "fly", "head", "arrive", "gather"})
#: Participles that say whom an attack noun was aimed at ("an attack targeting ...").
AIMING_VERBS = frozenset({"target", "hit", "strike", "aim"})
#: Verbs of talking whose direct object is what is talked about, never with whom.
TOPIC_VERBS = frozenset({"discuss", "debate"})
#: Seizures and captures of places occupy territory (CAMEO 192), not property or people.
SEIZURES, OCCUPY_TERRITORY = frozenset({"171", "173"}), "192"
#: Retreating or surrendering militarily (0874), as by handing over territory.
MILITARY_RETREAT = "0874"
#: Expelling people (174), read as reducing relations (161) when they are diplomats.
EXPEL_PEOPLE, EXPEL_DIPLOMATS = "174", "161"
ENVOYS = frozenset(
    {"ambassador", "envoy", "diplomat", "commissioner", "consul", "attache", "attaché", "charge"}
)
TERRITORY_WORDS = frozenset(
    {
        *("city", "town", "village", "territory", "area", "region", "district", "province"),
        *("base", "airport", "port", "stronghold", "hill", "crossing", "capital", "enclave"),
    }
)
#: "strike" as a stoppage of work (143), and as an armed attack (190) when it is carried
#: out, launched or conducted, or aimed at something ("strikes against militants").
LABOUR_STRIKE, ARMED_STRIKE = "143", "190"
MILITARY_STRIKE_VERBS = frozenset({"carry", "launch", "conduct", "order", "mount"})
#: Promises and refusals, whose complement's place stands for their target ("agreed to
#: open an embassy in Tehran", "refused to deploy troops in Iraq").
PLACED_PROMISES = frozenset({"03", "12"})
#: Roots of help, withdrawal and inspection, which a place can receive when no actor is
#: named ("inspect the refineries in Iran").
PLACED_ROOTS = frozenset({"07", "08", "09"})


@dataclass(slots=True)
class Frame:
    """One predicate with its argument heads and the way the text frames it."""

    predicate: Token
    entry: Entry
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    #: Tokens whose actors are places (visits); used as targets when no other target.
    locations: list[Token] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reporter: Token | None = None
    #: True inside reported speech, even when the speaker is not named.
    reported: bool = False
    #: A cooperative act announced as not going to happen ("will not lift the ban"): a
    #: rejection that the text asserts, so neither negated nor future is left set.
    refused: bool = False
    #: An act made to hang on what another does: a threat when conflictual ("will impose
    #: sanctions unless Iran stops enrichment"), an offer when cooperative ("would meet the
    #: envoy if he guaranteed their safety"); the text asserts the threat or offer itself.
    conditional_act: bool = False
    #: Code of the event a governing verb announces ("pledged to impose sanctions": 163),
    #: asks or demands ("asked Belgium to extradite him": 063).
    governed_code: str | None = None
    #: What a complaint is about ("complained to the UN over Israeli air raids"): its
    #: actors are the target, ahead of the audience the complaint went to.
    about: list[Token] = field(default_factory=list)
    #: Whom the act a warning announces is aimed at ("warned that it would impose
    #: sanctions on Iran"): the targets when the clause's subject is the warner itself.
    announced_targets: list[Token] = field(default_factory=list)
    #: A desire verb with no object of its own ("wants to attack"): the subject's own act.
    own_act: bool = False
    #: True when the subject was taken from a governing clause, not the predicate's own.
    inherited_source: bool = False
    nominal: bool = False
    #: For an event noun, the verb it serves and whose subject owns it ("the EU announced
    #: new sanctions": announced).
    owner: Token | None = None


def _children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in children(token) if c.dep_ in deps]


def _prep_objects(token: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    objects = []
    for child in children(token):
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for pobj in children(child):
                if pobj.dep_ not in ("pobj", "pcomp"):
                    continue
                if pobj.dep_ == "pcomp" and child.lower_ == "for" and pobj.pos_ == "VERB":
                    continue  # "arrested for spying for Israel": why, not who
                if pobj.lemma_.lower() not in TEMPORAL_WORDS:
                    objects.append(pobj)
                else:
                    # "met with President Assad Tuesday" is parsed with the name as a
                    # compound of the weekday; the name is still the object.
                    objects.extend(c for c in children(pobj) if c.dep_ == "compound")
    return objects


def _givers(verb: Token, noun: Token, noun_preps: set[str]) -> list[Token]:
    """Whom a thing came from, on the verb or on the noun ("drew condemnation from the
    G7", "got a loan from China", "enjoys the backing of Iran")."""
    return _prep_objects(verb, {"from"}) + _prep_objects(noun, noun_preps)


def _clause_agents(things: list[Token], verbs: frozenset[str] | None = None) -> list[Token]:
    """Who did what a participle clause says of each thing ("crimes committed by Croat
    forces", "a bill signed by the minister"), or only with the given verbs ("positions
    held by Armenian forces": who holds them)."""
    return [
        agent
        for thing in things
        for clause in _children(thing, {"acl"})
        if verbs is None or _lemma_in(clause, verbs)
        for agent in _prep_objects(clause, {"by"})
    ]


def _contributes_to_doing(verb: Token) -> bool:
    """True for "contributed to planning the attack": "to" takes an activity, not a fund."""
    return verb.lemma_.lower() == "contribute" and any(
        o.dep_ == "pcomp" or o.tag_ == "VBG" for o in _prep_objects(verb, {"to"})
    )


def _to_meet(verb: Token) -> bool:
    """True when the verb's purpose is to talk with the one called on ("to discuss",
    "to confer"), not an act asked of them ("called on both sides to negotiate")."""
    return any(c.lemma_.lower() in VISIT_PURPOSES for c in _children(verb, {"xcomp", "advcl"}))


def _name_calling(call: Token) -> bool:
    """ "called the ambassador a fool", in any of the ways the parser reads it."""
    named = [c for c in children(call) if c.dep_ in ("oprd", "xcomp") and c.pos_ == "NOUN"]
    if named and _children(call, {"dobj"}):
        return True
    return any(
        appos.pos_ == "NOUN" and any(d.lower_ in ("a", "an") for d in children(appos))
        for obj in _children(call, {"dobj", "oprd"})
        for appos in _children(obj, {"appos"})
    )


def _conditions(clause: Token) -> list[Token]:
    """The clauses "if" or "unless" hangs on a verb ("... unless Iran stops enrichment")."""
    return [
        c
        for c in _children(clause, {"advcl"})
        if any(m.lower_ in CONDITION_MARKERS for m in children(c))
    ]


def _verb_preps(token: Token) -> list[Token]:
    """The verb's prepositions, with those under an "out of" the parser hangs on "out"."""
    preps = _children(token, {"prep"})
    return preps + [g for p in preps if p.lower_ == "out" for g in _children(p, {"prep"})]


def _particle(token: Token) -> str | None:
    for child in children(token):
        if child.dep_ == "prt":
            return child.lower_
        if child.dep_ == "prep" and child.lower_ == "out" and _children(child, {"prep"}):
            return "out"  # "pulled out of talks"
        # "rolled back tariffs", "sent the migrants back": the parser often reads the
        # particle as an adverb, right after the verb or after its object.
        if (
            child.dep_ == "advmod"
            and child.lower_ in ADVERB_PARTICLES
            and (child.i == token.i + 1 or _right_after_object(token, child))
        ):
            return child.lower_
    return None


def _right_after_object(verb: Token, word: Token) -> bool:
    """True when only the verb's direct object stands between the verb and the word."""
    objects = _children(verb, {"dobj"})
    return bool(objects) and any(
        o.left_edge.i == verb.i + 1 and o.right_edge.i == word.i - 1 for o in objects
    )


def _has_money_object(token: Token) -> bool:
    return any(child.dep_ in OBJECT_DEPS and _is_money(child) for child in children(token))


def _clause_targets(noun: Token) -> list[Token]:
    """Whom a demand, call or offer is made of, named in its clause: "its demand that
    Israel ease restrictions", "a call for Washington to lift sanctions"."""
    return [
        subject
        for clause in _children(noun, {"acl", "ccomp", "advcl"})
        for subject in _children(clause, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    ]


def _calls_for(call: Token) -> bool:
    """ "a call for talks", "its call for Washington to act": an appeal, not a phone call."""
    return bool(_prep_objects(call, {"for"})) or any(
        m.lower_ == "for" for clause in _children(call, {"acl", "advcl"}) for m in children(clause)
    )


def _defied(token: Token) -> list[Token]:
    """Whom a protest defies: "blocked streets in defiance of Chinese authorities"."""
    return [
        whom
        for noun in _prep_objects(token, {"in"})
        if noun.lemma_.lower() == "defiance"
        for whom in _prep_objects(noun, {"of"})
    ]


def _a_people(noun: Token) -> bool:
    """A people named in the plural ("Kurds", "ethnic Russians", "Chileans"), not a state."""
    return noun.tag_ == "NNPS" or (noun.tag_ == "NNP" and noun.lower_.endswith("ans"))


def _in_the_streets(protest: Token, sources: list[Token], premises: list[Token]) -> bool:
    """Whether a protest took to the streets (141): "thousands protested outside the US
    embassy", "Kurds protested in Kirkuk"; not "Japan protested to China", a note (114),
    nor a people protesting "to" someone ("the Americans protested to Moscow")."""
    if premises or any(s.lemma_.lower() in CROWDS for s in sources):
        return True
    return not _prep_objects(protest, {"to"}) and (
        any(_a_people(s) for s in sources)
        or any(p.pos_ == "PROPN" for p in _prep_objects(protest, {"in"}))
    )


def _premises(token: Token) -> list[Token]:
    """Embassies a protest is held at: "protested outside the US embassy", "marched to
    the French consulate", "in front of the Chinese embassy"."""
    places = _prep_objects(token, PREMISES_PREPS)
    places += [o for p in places for o in _prep_objects(p, {"of"})]
    return [p for p in places if p.lemma_.lower() in PREMISES_NOUNS]


def _dismissed(noun: Token) -> bool:
    """An act named as the object of "rule out" or "exclude"."""
    verb = noun.head
    return (
        noun.dep_ in OBJECT_DEPS
        and verb.pos_ == "VERB"
        and (
            (verb.lemma_.lower() == "rule" and _particle(verb) == "out")
            or verb.lemma_.lower() == "exclude"
        )
    )


def _broke_down(noun: Token) -> bool:
    """True for talks the sentence says failed: "the talks collapsed", "negotiations
    broke down", "talks ended without a deal"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return (
        # ("failed to reach a deal" tells what they did not do, not that talks broke off.)
        (lemma in FAILING_VERBS and not _children(verb, {"xcomp"}))
        or (lemma == "break" and any(c.lower_ == "down" for c in children(verb)))
        or (lemma == "end" and bool(_prep_objects(verb, {"without"})))
    )


def _names_light_object(noun: Token, light_objects: set[int]) -> bool:
    """ "signed a treaty of friendship and cooperation": the nouns after "of" say what the
    signed treaty is, not acts of their own."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i in light_objects


def _in_thousands(verb: Token) -> bool:
    """Whether the verb's object (or passive subject) counts people in thousands or more."""
    for obj in _children(verb, {"dobj", "nsubjpass"}):
        if obj.lemma_.lower() in THOUSANDS_WORDS:
            return True  # "thousands of Palestinian workers"
        for count in _children(obj, {"nummod"}):
            digits = count.text.replace(",", "")
            if count.lower_ in THOUSANDS_WORDS or (digits.isdigit() and int(digits) >= 1000):
                return True
    return False


def beside_an_edge(place: Token) -> bool:
    """True for a country's edge a place is only beside ("camps near the Thai border", "a
    stronghold on the border"), which says nothing of which side it is on."""
    return (
        place.lemma_.lower() in EDGE_NOUNS
        and place.dep_ == "pobj"
        and place.head.lower_ in BESIDE_PREPS
    )


def _is_money(token: Token) -> bool:
    """ "$100 million", "50 billion euros": a sum, which is no one's target."""
    return token.like_num or token.tag_ == "$" or token.lemma_.lower() in MONEY_WORDS


def _person(noun: Token) -> bool:
    """Whether a noun sent somewhere is people: a name ("sent Pompeo") or a kind of envoy."""
    return noun.pos_ == "PROPN" or noun.lemma_.lower() in SENT_PEOPLE


def _executed_person(noun: Token) -> bool:
    """Whether what was "executed" is people: a name, a group noun, a count of people
    ("executed two men", "executed 12 prisoners"), not a plan or an order."""
    return (
        noun.pos_ in ("PROPN", "PRON")
        or noun.lemma_.lower() in PEOPLE_NOUNS
        or any(c.like_num for c in children(noun))
    )


def _mistagged_name(token: Token) -> bool:
    """A capitalised word inside a sentence that the parser took for an adverb: a name it
    does not know ("attacked Mosul")."""
    return token.pos_ == "ADV" and token.is_title and not token.is_sent_start


def _objects(token: Token) -> list[Token]:
    """Direct objects, looking through quantifiers: "suspended most of its aid" -> aid."""
    found = []
    for child in children(token):
        if child.dep_ == "prt" and child.lower_ == "up":
            # "kidnapped up to 16 Russian advisers": the parser hangs the object on "up to".
            found.extend(p for p in _prep_objects(child, {"to"}) if not p.like_num)
            continue
        if child.dep_ == "advmod" and child.i == token.i + 1 and _mistagged_name(child):
            found.append(child)  # "attacked Mosul", with the city tagged as an adverb
            continue
        if (
            child.dep_ == "ccomp"
            and child.pos_ == "NOUN"
            and not any(c.dep_ in ("mark", "det", "nsubj") for c in children(child))
        ):
            # "took dozens of workers hostage": a bare noun complement ("demanded that the
            # military hand power", a clause misread as a noun, has a "that" or "the").
            found.append(child)
            continue
        if child.dep_ not in OBJECT_DEPS | {"attr", "oprd", "acomp"}:
            continue
        found.extend(counted(child))
    return found


def counted(noun: Token) -> list[Token]:
    """What a quantity word counts: "most of its aid" -> aid, "hundreds of thousands of
    people" -> people; any other noun is itself."""
    found = [noun]
    while len(found) == 1 and found[0].lemma_.lower() in QUANTIFIER_OBJECTS:
        inner = [g for p in children(found[0]) if p.lower_ == "of" for g in children(p)]
        if not inner:
            break
        found = inner
    return found


def _lemma_in(token: Token, words: frozenset[str]) -> bool:
    """Whether a word is one of these, by spaCy's lemma or a form rebuilt from the surface
    (the lemmatiser reads "hopes" as "hop")."""
    return any(lemma in words for lemma in lemma_candidates(token))


def lemma_candidates(token: Token) -> list[str]:
    """spaCy's lemma, then forms rebuilt from the surface word.

    The statistical lemmatiser sometimes mangles a verb ("staged" -> "stag",
    "upgrading" -> "upgrad"); trying the regular inflections of the surface form
    keeps such verbs in the lexicon's reach.
    """
    word = token.lower_
    forms = [token.lemma_.lower()]
    if word in IRREGULAR_FORMS:
        forms.append(IRREGULAR_FORMS[word])  # "unfroze", which the model leaves as is
    if word.endswith("ied") or word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("ed"):
        forms += [word[:-1], word[:-2]]
        if len(word) > 4 and word[-3] == word[-4]:
            forms.append(word[:-3])  # stopped -> stop
    if word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e"]
        if len(word) > 5 and word[-4] == word[-5]:
            forms.append(word[:-4])
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    # "re-examine", "re-imposed": the act again is the act.
    forms += [f[3:] for f in forms if f.startswith("re-")]
    seen: list[str] = []
    for form in forms:
        if form and form not in seen:
            seen.append(form)
    return seen


def match_verb(token: Token, lexicon: Lexicon) -> tuple[Entry, bool] | None:
    """The lexicon entry for a verb in context, and whether its negation is built in."""
    for lemma in lemma_candidates(token):
        found = _match_verb_lemma(token, lemma, lexicon)
        if found is not None:
            return found
    return None


def _match_verb_lemma(token: Token, lemma: str, lexicon: Lexicon) -> tuple[Entry, bool] | None:
    negated = any(c.dep_ == "neg" for c in children(token))
    announced = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for c in children(token))
    if negated and lemma in lexicon.negated and (not announced or _has_money_object(token)):
        # "decided not to reimburse" and "would not pay Pakistan $300 million" cut aid;
        # "would not provide support" refuses it.
        return lexicon.negated[lemma], True
    particle = _particle(token)
    heads = [lemma] + ([f"{lemma} {particle}"] if particle else [])
    # "sanctions were imposed on Iran": in the passive the light noun is the subject.
    objects = _objects(token) + _children(token, PASSIVE_SUBJECT_DEPS)
    object_lemmas = [obj.lemma_.lower() for obj in objects]
    for head in reversed(heads):
        for obj, obj_lemma in zip(objects, object_lemmas, strict=True):
            if (head, obj_lemma) not in lexicon.modified_heads:
                continue
            # "imposed martial law", "gave the green light": the object and its modifier.
            for modifier in _children(obj, {"amod", "compound"}):
                entry = lexicon.modified.get((head, modifier.lemma_.lower(), obj_lemma))
                if entry:
                    return entry, False
        for obj in objects:
            entry = lexicon.light.get((head, obj.lemma_.lower()))
            if entry:
                # "launched a scathing attack": a named kind of the noun says more.
                named = match_noun(obj, lexicon)
                plain = lexicon.nouns.get(obj.lemma_.lower())
                if (
                    named is not None
                    and " " in named.pattern
                    # ... when the verb only carries the noun: "halted economic aid" cuts aid.
                    and (
                        plain is None
                        or plain.cameo[:2] == entry.cameo[:2]
                        or {plain.cameo[:2], entry.cameo[:2]} <= VIOLENT_ROOTS
                        # "launched air strikes": a violent kind of a violent act.
                        or {named.cameo[:2], entry.cameo[:2]} <= VIOLENT_ROOTS
                    )
                ):
                    # "exchanged artillery fire": the verb's both-ways reading stays, as does
                    # "received financial support from Qatar": who gave it.
                    return replace(
                        named,
                        reciprocal=named.reciprocal or entry.reciprocal,
                        from_source=named.from_source or entry.from_source,
                    ), False
                return entry, False
        for obj in objects:
            # "ended mediation efforts": the telling noun can be the object's modifier.
            for modifier in _children(obj, {"compound"}):
                entry = lexicon.light.get((head, modifier.lemma_.lower()))
                if entry:
                    return entry, False
        # "received $50 million in aid": the telling noun can sit under the object.
        preps = _verb_preps(token)
        preps += [c for obj in objects for c in children(obj) if c.dep_ == "prep"]
        for child in preps:
            if child.dep_ == "prep":
                for pobj in children(child):
                    key = (f"{head} {child.lower_}", pobj.lemma_.lower())
                    entry = lexicon.light.get(key) or lexicon.light.get((head, pobj.lemma_.lower()))
                    if entry:
                        return entry, False
    for child in children(token):
        if child.dep_ == "xcomp" and any(g.lower_ == "to" for g in children(child)):
            entry = lexicon.control.get((lemma, child.lemma_.lower()))
            if entry:
                return entry, False
        if child.dep_ == "prep" and child.lower_ == "to":
            for pobj in children(child):
                entry = lexicon.control.get((lemma, pobj.lemma_.lower()))
                if entry:
                    return entry, False
    if particle and (lemma, particle) in lexicon.phrasal:
        return lexicon.phrasal[(lemma, particle)], False
    for child in children(token):
        if (
            child.dep_ == "prep"
            and child.i > token.i  # "On Nov. 2, X called Y" is not "called on"
            and child.lower_ in PREPOSITIONAL_VERB_PREPS
            and (lemma, child.lower_) in lexicon.phrasal
            and not any(g.lemma_.lower() in TEMPORAL_WORDS for g in children(child))
        ):
            return lexicon.phrasal[(lemma, child.lower_)], False
    if lemma == "call" and _name_calling(token):
        # "called the ambassador a fool": name-calling is criticism.
        return lexicon.verbs.get("criticize", lexicon.verbs["call"]), False
    entry = lexicon.verbs.get(lemma)
    return (entry, False) if entry else None


def match_noun(token: Token, lexicon: Lexicon) -> Entry | None:
    """The lexicon entry for an event noun, preferring two-word names (joint statement)."""
    lemma = token.lemma_.lower()
    if lemma not in lexicon.noun_heads:
        return None
    for child in children(token):
        if child.dep_ in ("amod", "compound") and child.i == token.i - 1:
            entry = lexicon.nouns.get(f"{child.lower_} {lemma}")
            if entry:
                return entry
    return lexicon.nouns.get(lemma)


def _participle_subject(subject: Token) -> Token:
    """The noun under a participle the parser took for a subject, else the subject."""
    if subject.tag_ == "VBG" and subject.dep_ == "nsubj":
        inner = _children(subject, {"nsubj"})
        if inner:
            return inner[0]
    return subject


def _headline_partners(verb: Token) -> list[Token]:
    """The first of two names a headline joins with a comma ("Japan, Australia sign
    defence pact"), which the parser hangs on the verb as a modifier."""
    doc = verb.doc
    return [
        c
        for c in children(verb)
        if c.dep_ == "npadvmod"
        and c.pos_ == "PROPN"
        and c.i + 1 < verb.i
        and doc[c.i + 1].text == ","
        and doc[c.i + 2].dep_ in ("nsubj", "compound")
    ]


def _clause_subject(verb: Token) -> tuple[list[Token], bool]:
    """The subject of a verb, inherited from a governing clause when it has none."""
    subjects = _children(verb, SUBJECT_DEPS)
    if subjects and verb.dep_ == "relcl" and subjects[0].tag_ in ("WDT", "WP"):
        # "the strategy, which warned Pakistan": the relative pronoun stands for its antecedent.
        return [verb.head], True
    if subjects:
        # "The Red Cross operating in Iraq said", parsed with the participle as the
        # subject and the name as its own subject: the name is the subject.
        return [_participle_subject(s) for s in subjects] + _headline_partners(verb), False
    passive = _passive_subjects(verb)
    agents = _prep_objects(verb, {"by"})
    if passive and agents:
        return agents, False
    if passive and verb.dep_ in ("ccomp", "xcomp", "advcl"):
        # "Kigali hoped French officials would be indicted", "ready to help if it is
        # attacked": an agentless passive does not borrow its doer from the clause above.
        return [], False
    if verb.dep_ == "relcl":
        if passive or any(c.lower_ in ("where", "when") for c in children(verb)):
            # "Montenegro, where 28 people have been killed": a place, not the doer.
            return [], False
        return [verb.head], True
    if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and verb.head.i != verb.i:
        if verb.dep_ == "ccomp" and verb.head.lemma_ in SPEECH_VERBS:
            return [], False
        if verb.dep_ == "conj" and not _children(verb, {"auxpass"}):
            shared = _children(verb.head, PASSIVE_SUBJECT_DEPS)
            if shared:
                # "the minister was indicted by the court and will resign": the minister
                # resigns, not the court.
                return shared, True
        if verb.dep_ == "xcomp":
            raised = _children(verb.head, PASSIVE_SUBJECT_DEPS)
            if raised and not _prep_objects(verb.head, {"by"}):
                # "Obama is scheduled to attend": the passive's subject does the attending.
                return raised, True
        inherited, _ = _clause_subject(verb.head)
        return inherited, True
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        governor = verb.head.head
        if _subject_does_gerund(governor):
            # "youths resorted to throwing stones", "Russia responded by expelling ten
            # diplomats": the one who does the governing verb does the gerund.
            inherited, _ = _clause_subject(governor)
            return inherited, True
        # "Wagner fighters were accused of killing civilians", "fighters accused of
        # killing": the one the passive is about.
        raised = _children(governor, PASSIVE_SUBJECT_DEPS)
        if not raised and _reduced_passive(governor):
            raised = [governor.head]
        if raised and verb.head.lower_ in ("of", "from", "into", "to"):
            # (Not a reason: "arrested for collaborating" is the arresters' charge.)
            return raised, True
    if verb.dep_ == "acl" and verb.head.i != verb.i:
        if _reduced_passive(verb):
            return [], False  # "soldiers killed in Ukraine" were the ones acted upon
        if verb.head.lemma_.lower() in PLAN_NOUNS:
            # "Japan has no plans to send troops": the planner, whose plans they are.
            owners = _children(verb.head, {"poss"})
            if owners:
                return owners, True
            if verb.head.dep_ in OBJECT_DEPS:
                inherited, _ = _clause_subject(verb.head.head)
                return inherited, True
        return [verb.head], True
    return [], False


def _sides_of_deal(deal: Token) -> list[Token]:
    """Who a deal someone brokered binds: the sides it is "between", or the ones who
    agreed to or signed it ("the army and the RSF agreed to a truce brokered by Riyadh")."""
    sides = _prep_objects(deal, {"between"})
    if sides:
        return sides
    governor = deal.head.head if deal.dep_ == "pobj" else deal.head
    if deal.dep_ in ("pobj", *OBJECT_DEPS) and governor.pos_ in ("VERB", "AUX"):
        return _clause_subject(governor)[0]
    return []


def _subject_does_gerund(verb: Token) -> bool:
    """True when a gerund after one of the verb's prepositions is done by the verb's
    subject: an active verb with no object ("warned Washington against selling arms":
    Washington would sell; "were accused of killing": not the accuser)."""
    return (
        verb.pos_ in ("VERB", "AUX")
        # "the groups it accuses of attacking Afghanistan": the object is the antecedent.
        and verb.dep_ not in ("relcl", "acl")
        and not _children(verb, OBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"auxpass"})
    )


def _complement_places(verb: Token) -> list[Token]:
    """Places "in" the verb's complement or its objects ("agreed to open an embassy in
    Tehran", "threatened to resume attacks in Israel")."""
    places = []
    for clause in _children(verb, {"xcomp"}):
        places.extend(_prep_objects(clause, {"in"}))
        for obj in _children(clause, OBJECT_DEPS):
            places.extend(_prep_objects(obj, {"in"}))
    return places


def _places_within(places: list[Token]) -> list[Token]:
    """The places named "in" each place ("targets in Jericho", "a mall in Kabul")."""
    return [inner for place in places for inner in _prep_objects(place, {"in"})]


def _sent_to_country(verb: Token) -> bool:
    """Whether forces go "to" a named place that is not a frontier ("sent troops to
    Mali", not "to the border", "along the Line of Control" or "into Ukraine")."""
    holders = [verb, *_objects(verb)]
    destinations = [d for h in holders for d in _prep_objects(h, {"to"})]
    return any(
        d.pos_ == "PROPN" and not any(w.lemma_.lower() in BORDER_WORDS for w in d.subtree)
        for d in destinations
    )


def _summarises_years(verb: Token, entry: Entry) -> bool:
    """ "had given Pakistan $33 billion over 15 years": a perfect tense over a span of years
    sums up a long past, it is not an event on the article's date. "For" counts only with
    cooperation ("had given bases for 16 years"): "has jailed him for two years" is one
    event with the length of its sentence."""
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in children(verb)
    )
    if not perfect:
        return False
    cooperative = entry.cameo[:2] in COOPERATIVE_ROOTS
    objects = [c for c in children(verb) if c.dep_ in ("dobj", "dative")]
    heads = [verb, *objects, *(c for o in objects for c in children(o) if c.dep_ == "conj")]
    return any(
        prep.dep_ == "prep"
        and (prep.lower_ == "over" or (prep.lower_ == "for" and cooperative))
        and any(span.lemma_.lower() in SPAN_OF_YEARS for span in children(prep))
        for head in heads
        for prep in children(head)
    )


def _peacekeeping(predicate: Token, sources: list[Token]) -> bool:
    """True when the act or its doers are named as peacekeeping, outside reported clauses."""
    tokens = [t for s in sources for t in s.subtree]
    for child in children(predicate):
        if child.dep_ not in ("ccomp", "relcl", "conj"):
            tokens.extend(child.subtree)
    return any(t.lemma_.lower().startswith("peacekeep") for t in tokens)


def _verbal_attack(predicate: Token) -> bool:
    """True when words of speech come with the attack, as a participle of its clause."""
    clause = predicate
    while clause.dep_ in ("dobj", "pobj", "prep", "attr") and clause.head.i != clause.i:
        clause = clause.head  # "an attack on Pakistan" -> "opened the year with ..."
    return any(
        c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_ in VERBAL_CUES
        for c in children(clause)
    )


def _armed_strike(noun: Token) -> bool:
    """True for "carried out strikes against Hamas targets", "a strike on a bus"; false
    for "a strike on Monday", "went on strike", "a general strike against the reform"."""
    if any(c.lower_ in ("general", "hunger") for c in children(noun)):
        return False
    if noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in MILITARY_STRIKE_VERBS:
        return True
    aimed = _prep_objects(noun, {"against", "on"})
    return any(t.lower_ not in TEMPORAL_WORDS and t.pos_ != "NUM" for t in aimed)


def _is_threat(word: Token, lexicon: Lexicon) -> bool:
    """Whether the lexicon reads a word as a threat (CAMEO 13: "threaten", "warning"),
    whose content is no offer however friendly it sounds."""
    lemma = word.lemma_.lower()
    entry = lexicon.verbs.get(lemma) or lexicon.nouns.get(lemma)
    return entry is not None and entry.cameo[:2] == THREATEN_ROOT


def _ground_forces(token: Token) -> bool:
    """True for troops, soldiers, an army; false for aircraft and for civilians."""
    lemma = token.lemma_.lower()
    return NAMELESS_GROUPS.get(lemma) == "MIL" and lemma not in AIRCRAFT


def _a_game(verb: Token, arguments: list[Token], sentence: list[Token], text: str) -> bool:
    """True when the act is play: its doer or object is a player of a sport, or a verb
    games share with conflict ("beat", "attack", "host") comes with a score or a word of
    sport."""
    if any(a.lemma_.lower() in SPORTS_PEOPLE for a in arguments):
        return True
    if verb.lemma_.lower() not in CONTEST_VERBS:
        return False
    # A word of sport used as a noun ("the Copa America final", not "a final push").
    worded = any(
        t.lemma_.lower() in SPORTS_WORDS and (t.pos_ in ("NOUN", "PROPN") or t.dep_ != "amod")
        for t in sentence
    )
    return worded or SCORE.search(text) is not None


def _charges_a_price(verb: Token) -> bool:
    """True for "charge pilgrims a fee" (however the parser reads the objects); false for
    "charged them with evading tariffs", where the price is part of the offence."""
    for t in verb.subtree:
        if t.dep_ in ("dobj", "dative") and t.lemma_.lower() in PRICES:
            path = itertools.takewhile(lambda a: a.i != verb.i, t.ancestors)
            if not any(a.lower_ == "with" for a in path):
                return True
    return False


def means_clauses(verb: Token) -> list[Token]:
    """Participle clauses that tell how a killing was done ("killed in tank shelling",
    read by the parser as "killed in tank" + "shelling")."""
    return [c for c in children(verb) if c.dep_ == "advcl" and c.tag_ == "VBG"]


def _act_owners(noun: Token) -> list[Token]:
    """The words naming whose an act is: "the US embargo", "Russia's attack", "its
    crackdown", "the attacks by Russian forces"."""
    return [
        c
        for c in children(noun)
        if c.dep_ == "poss"
        or (c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ") and c.text[0].isupper())
    ] + _prep_objects(noun, {"by"})


def owned_act(noun: Token, lexicon: Lexicon) -> bool:
    """True for an event noun its doer owns."""
    return match_noun(noun, lexicon) is not None and bool(_act_owners(noun))


def _displayed_missile(verb: Token, objects: list[Token]) -> bool:
    """True for "test-fired a missile", "launched a missile over Japan", "fired two
    missiles into the sea"; false for "fired missiles at Kyiv", "launched rockets into
    Israel"."""
    if not any(o.lemma_.lower() in MISSILES for o in objects):
        return False
    if any(c.lower_ == "test" for c in children(verb)):
        return True
    heads = [verb, *objects]
    aims = [a for h in heads for a in _prep_objects(h, AIMING_PREPS)]
    if aims and all(a.lemma_.lower() in OPEN_WATERS and not _act_owners(a) for a in aims):
        return True
    return not aims and any(_prep_objects(h, {"over"}) for h in heads)


def _reduced_passive(verb: Token) -> bool:
    """True for a participle modifying the noun it acts upon ("ten soldiers killed in the
    raid"). One with a direct object is the parser's misreading of a main verb: in "the
    Saudi-led coalition bombed Sanaa" the coalition does the bombing."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.i != verb.i
        and not _children(verb, {"dobj"})
    )


def _passive_subjects(verb: Token) -> list[Token]:
    """Who a passive verb acts upon: its passive subject, or the noun a participle modifies
    ("ten soldiers killed in the raid")."""
    subjects = _children(verb, PASSIVE_SUBJECT_DEPS)
    if not subjects and _reduced_passive(verb):
        return [verb.head]
    if not subjects and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in children(verb)):
        # "The envoys arrived and were expelled": the shared subject is acted upon.
        return _children(verb.head, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    return subjects


def _ancestors_until_clause(token: Token) -> Iterator[Token]:
    current = token
    while current.head.i != current.i:
        yield current.head
        current = current.head


def _headline_infinitive(verb: Token) -> bool:
    """True for a headline's main verb in the infinitive with its own subject ("India to
    send troops"): news headlines announce what is to come that way."""
    return (
        verb.dep_ == "ROOT"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))
        and any(c.dep_ in SUBJECT_DEPS for c in children(verb))
    )


def _modality(frame: Frame, conditional_sentence: bool) -> None:
    predicate = frame.predicate
    chain = [predicate, *(_ancestors_until_clause(predicate))]
    aux_lemmas = {c.lower_ for c in children(predicate) if c.dep_ in ("aux", "auxpass")}
    if (frame.nominal or predicate.dep_ == "xcomp") and predicate.head.i != predicate.i:
        # "would work to isolate Pakistan", "will hold talks": the governing verb's tense;
        # "will travel to Kabul for talks": through the preposition.
        governing = predicate.head
        if frame.nominal and governing.dep_ == "prep" and governing.head.i != governing.i:
            governing = governing.head
        aux_lemmas |= {c.lower_ for c in children(governing) if c.dep_ == "aux"}
        if frame.nominal and any(
            c.dep_ == "acomp" and c.lower_ == "due" for c in children(governing)
        ):
            frame.future = True  # "is due in Islamabad for his first meeting with Khan"
    # Whether "if", "unless" or "whether" marks a clause anywhere in the sentence (a
    # marker near the predicate is one of those, so the sentence-level test covers it).
    conditional = conditional_sentence
    if aux_lemmas & POSSIBILITY_AUX:
        frame.hypothetical = True
    elif "would" in aux_lemmas or "should" in aux_lemmas:
        if conditional:
            frame.hypothetical = True
        else:
            frame.future = True
    if aux_lemmas & FUTURE_AUX:
        frame.future = True
    if any(_headline_infinitive(verb) for verb in chain[:2]):
        frame.future = True  # "US to impose new sanctions on North Korea": announced
    if conditional and any(
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in children(clause))
        for clause in chain
    ):
        # "if it attacks", "if cooperation by all parties founders": only supposed.
        frame.hypothetical = True
    if predicate.dep_ == "xcomp" and _lemma_in(predicate.head, FUTURE_GOVERNORS):
        frame.future = True
    if predicate.dep_ == "acl" and predicate.head.lemma_.lower() in PLAN_NOUNS:
        # "plans to send troops" are to come; "no plans to send troops" will not.
        frame.future = True
        if any(c.lower_ == "no" for c in children(predicate.head)):
            frame.negated = True
    if predicate.dep_ == "xcomp" and any(c.lower_ == "yet" for c in children(predicate.head)):
        frame.negated = True  # "have yet to agree": not so far
    if (
        frame.nominal
        and predicate.dep_ in OBJECT_DEPS
        and predicate.head.lemma_.lower() in BLOCKING_VERBS
    ):
        # "Hungary blocked EU sanctions on Russia": the sanctions did not happen.
        frame.negated = True
    if predicate.dep_ in ("xcomp", *OBJECT_DEPS) and _lemma_in(
        predicate.head, UNCERTAINTY_GOVERNORS
    ):
        # "unlikely to attend the summit", "is considering sanctions": may not happen.
        frame.hypothetical = True
    if (
        predicate.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(predicate))
        and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children(predicate.head))
    ):
        # "will meet in Geneva to discuss trade": the purpose of a coming act is to come.
        frame.future = True
    if frame.nominal and any(
        c.lower_ in FUTURE_MODIFIERS for c in children(predicate) if c.dep_ in ("amod", "compound")
    ):
        frame.future = True
    if frame.nominal and any(c.lower_ in ALLEGED_WORDS for c in children(predicate)):
        # "its alleged support to the Taliban": claimed by someone the text leaves unnamed.
        frame.reported = True
    if predicate.dep_ in ("acl", "ccomp") and predicate.head.lemma_.lower() in CLAIM_NOUNS:
        # "reports that it had struck Iranian targets": the report's word, by whoever
        # owns it ("Iran's claim that ...") or no one named.
        frame.reported = True
        frame.reporter = next(iter(_children(predicate.head, {"poss"})), None)
    if (
        frame.nominal
        and predicate.dep_ == "pobj"
        and predicate.head.head.lemma_.lower() in POSSIBILITY_NOUNS
    ):
        frame.hypothetical = True
    if frame.nominal and predicate.dep_ in OBJECT_DEPS:
        verb = predicate.head
        if verb.dep_ == "xcomp" and _lemma_in(verb.head, FUTURE_GOVERNORS):
            # "seeking to deepen a partnership": the partnership is intended.
            frame.future = True
    if frame.entry.pattern.startswith("not:"):
        # "said it would not pay $300 million" announces a cut that is itself the act.
        frame.future = frame.hypothetical = False
    failed = predicate.dep_ == "xcomp" and predicate.head.lemma_.lower() in FAILURE_VERBS
    if (
        (frame.negated and (frame.future or aux_lemmas & {"would", "can", "could"})) or failed
    ) and frame.entry.cameo[:2] in COOPERATIVE_ROOTS:
        frame.refused = True
        frame.negated = frame.future = frame.hypothetical = False
    for ancestor in chain[1:]:
        denial = ancestor.lemma_.lower() in DENIAL_VERBS and _denied(predicate, ancestor)
        if ancestor.pos_ in ("VERB", "AUX") and (ancestor.lemma_ in SPEECH_VERBS or denial):
            speakers = _children(ancestor, SUBJECT_DEPS)
            if not speakers:
                speakers, _ = _clause_subject(ancestor)
            # Who said it; a speech verb with no speaker leaves the report unattributed.
            frame.reporter = speakers[0] if speakers else None
            frame.reported = True
            # "Pakistan denied that its troops had fired": the firing is denied.
            frame.negated = frame.negated or denial
            break


def _denied(predicate: Token, denier: Token) -> bool:
    """Whether the predicate is what the denial denies: its clause ("denied that its
    troops fired") or a claim's clause ("dismissed claims that it had sent troops")."""
    clause = predicate
    while clause.head.i != denier.i and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp":
        return True
    return clause.dep_ == "dobj" and clause.lemma_.lower() in CLAIM_NOUNS


def build_frames(sentence: Span, lexicon: Lexicon) -> list[Frame]:
    """Every lexicon predicate in a parsed sentence, with its argument heads."""
    frames: list[Frame] = []
    light_objects: set[int] = set()
    tokens = list(sentence)
    # The sentence's own characters: ``Doc.text`` and ``Span.text`` rebuild theirs token by
    # token from new ``Token`` objects, and the tokens are at hand.
    text = "".join(t.text_with_ws for t in tokens)[: sentence.end_char - sentence.start_char]
    lowered = text.lower()
    # The substring test spares the token scan in the many sentences with no "if".
    conditional = any(m in lowered for m in CONDITION_MARKERS) and any(
        t.dep_ == "mark" and t.lower_ in CONDITION_MARKERS for t in tokens
    )
    question = text.rstrip(" \"'”’").endswith("?")
    verbs: list[Token] = []
    for token in tokens:
        # Integer ids, not the string views: this test runs on every token of the corpus.
        if token.pos not in VERB_POS:
            continue
        verbs.append(token)
        if token.dep in AUXILIARY_DEPS or token.dep == symbols.amod:
            continue  # "U.S.-backed fighters", "Saudi-led coalition" describe, not report
        if token.lemma_ not in lexicon.verb_heads and not any(
            lemma in lexicon.verb_heads for lemma in lemma_candidates(token)
        ):
            continue
        match = match_verb(token, lexicon)
        if match is None or _summarises_years(token, match[0]):
            continue
        entry, negation_built_in = match
        unwelcome = entry.pattern == "declare" and any(t.lower_ == "grata" for t in token.subtree)
        if unwelcome:
            # "declared two diplomats persona non grata", however the parser splits the Latin.
            entry = replace(entry, cameo=EXPEL_DIPLOMATS)
        if entry.pattern in RECOGNISING_VERBS and any(
            o.pos_ == "PROPN" for o in _children(token, {"dobj"})
        ):
            # "Nicaragua recognised China", "recognised Guaido as president": recognition
            # of a state or its government (054), not praise.
            entry = replace(entry, cameo=DIPLOMATIC_RECOGNITION)
        if entry.cameo == EXPEL_PEOPLE and _in_thousands(token):
            # "forced out more than 700,000 refugees": a mass expulsion (201).
            entry = replace(entry, cameo=MASS_EXPULSION)
        if entry.cameo[:2] == "07" and _contributes_to_doing(token):
            continue  # "contributed to planning the massacres" is a part played, not aid
        if entry.pattern == "call on" and _to_meet(token):
            # "called on the President to discuss the alliance": a visit, not a demand.
            entry = replace(entry, cameo=MAKE_VISIT)
        if entry.cameo == EXPRESS_INTENT and _has_money_object(token):
            # "pledged $62 billion for the corridor": a promise of money is of aid.
            entry = replace(entry, cameo=INTENT_TO_AID)
        if entry.cameo == SHOW_OF_FORCE and _sent_to_country(token):
            # "deployed 500 troops to Estonia": forces sent to a country protect it
            # (074); forces massed "along the border with China" show force (150).
            entry = replace(entry, cameo=MILITARY_PROTECTION)
        frame = Frame(predicate=token, entry=entry)
        frame.negated = (
            any(c.dep_ == "neg" for c in children(token)) and not negation_built_in
        ) or (
            token.dep_ in ("xcomp", "ccomp")
            and any(c.dep_ == "neg" for c in children(token.head))
            and token.head.lemma_ not in lexicon.negated
        )
        sources, inherited = _clause_subject(token)
        if entry.armed and not any(_ground_forces(c) for s in sources for c in counted(s)):
            # "protesters marched into the square": the verb's plain sense, if it has one;
            # jets that "crossed into Pakistan" are told by what they struck.
            plain = lexicon.verbs.get(token.lemma_.lower())
            if plain is None or plain.armed:
                continue
            frame.entry = entry = plain
        frame.sources = sources
        frame.inherited_source = inherited
        if any(c.lower_ == "neither" for s in sources for c in children(s)):
            frame.negated = True  # "Neither Moscow nor Kyiv has agreed"
        passive_subjects = _passive_subjects(token)
        if entry.cameo in GENERIC_VIOLENCE:
            # "a drone strike killed": the weapon's own code says how (195, an air strike).
            doers = sources + _prep_objects(token, {"in", "by"}) if passive_subjects else sources
            how = [match_noun(d, lexicon) for d in doers]
            # "killed in Israeli tank shelling", parsed with "shelling" as a clause of its own.
            if passive_subjects:
                how += [m[0] for c in means_clauses(token) if (m := match_verb(c, lexicon))]
            specific = [e.cameo for e in how if e is not None and e.cameo[:2] in VIOLENT_ROOTS]
            if not specific and any(d.lemma_.lower() in AIRCRAFT for d in doers):
                specific = [AIR_STRIKE]  # "Israeli jets struck targets near Damascus"
            if specific and specific[0] != entry.cameo:
                frame.entry = entry = replace(entry, cameo=specific[0])
        if passive_subjects and token.lemma_.lower() in STATIVE_PASSIVES:
            # "Israel is opposed to French mediation": the subject holds the stance.
            frame.sources, passive_subjects = passive_subjects, []
            frame.targets.extend(_prep_objects(token, {"to"}))
        elif not sources and passive_subjects:
            # "were killed in Israeli shelling": an agentless passive names its doer
            # through the event noun that caused it.
            # "killed in Israeli tank shelling": or through the weapon that did it.
            frame.sources = [
                obj
                for obj in _prep_objects(token, {"in", "during", "by"})
                if match_noun(obj, lexicon) is not None or obj.lemma_.lower() in WAR_MACHINES
            ]
        # In the passive the grammatical subject is the one acted upon.
        # "called the Swedish prime minister": with no direct object, the parser's
        # predicate noun is the object.
        # "advmod": a name read as an adverb; "ccomp": a bare noun ("took them hostage").
        object_deps = OBJECT_DEPS | {"advmod", "ccomp"}
        object_deps |= {"pobj"} if _children(token, {"dobj"}) else {"pobj", "oprd"}
        objects = passive_subjects or [o for o in _objects(token) if o.dep_ in object_deps]
        if not objects and entry.cameo[:2] in JUDGING_ROOTS:
            # "denounced as an ugly crime Serbia's suppression of the unrest": the object,
            # moved after the description, hangs on it.
            objects = [a for d in _prep_objects(token, {"as"}) for a in _children(d, {"appos"})]
        if unwelcome:
            objects += [s for c in _children(token, {"ccomp"}) for s in _children(c, SUBJECT_DEPS)]
        if _a_game(token, frame.sources + objects, tokens, text):
            continue  # "Brazil beat Argentina 2-1 in the final", "the striker attacked"
        things_sent = [o for o in objects if o.dep_ != "dative"]
        if entry.pattern == "send" and things_sent and all(_person(o) for o in things_sent):
            continue  # "a pathologist sent to Israel" brings no aid by being sent
        if entry.pattern in DESTROYING and any(
            o.pos_ == "PROPN" or o.lemma_.lower() in NAMELESS_GROUPS for o in objects
        ):
            # "vowed to destroy Hamas": force against an armed group or state, not damage
            # to property (1712).
            frame.entry = entry = replace(entry, cameo=MILITARY_FORCE)
        reprisals = [
            o
            for o in objects + _prep_objects(token, {"against", "on", "at", "with"})
            if _is_money(o) or o.lemma_.lower() in TRADE_WORDS
        ]
        if entry.pattern in RETALIATION and reprisals:
            # "retaliated against $60 billion of American goods": a trade reprisal (163),
            # "with duties on American soybeans": on whose goods.
            frame.entry = entry = replace(entry, cameo=EMBARGO)
            frame.targets.extend(p for o in reprisals for p in _prep_objects(o, {"on"}))
        if entry.pattern == EXECUTION and not any(_executed_person(o) for o in objects):
            continue  # "executed the plan": only people are put to death
        if entry.pattern == "designate" and not any(
            t.lower_ in ("terrorist", "terror") for t in token.subtree
        ):
            continue  # "designated a successor": only a terrorist designation sanctions
        if entry.pattern == "charge" and _charges_a_price(token):
            continue  # "will charge each pilgrim a fee": a price, not a legal charge
        if entry.cameo == MOBILIZE and any(o.lemma_.lower() in NOT_FORCES for o in objects):
            continue  # "mobilised pressure groups", "mobilise support": not armed forces
        if entry.cameo == EXPEL_PEOPLE and any(o.lemma_.lower() in ENVOYS for o in objects):
            # "India's envoy was asked to leave": a diplomat expelled cuts relations (161).
            frame.entry = entry = replace(entry, cameo=EXPEL_DIPLOMATS)
        if entry.pattern in GIVING_BACK and not objects:
            continue  # "negotiators return to Brussels" go back; they give nothing back
        if entry.cameo == SIGN_AGREEMENT and any(o.lemma_.lower() in DECREES for o in objects):
            continue  # "signed a decree granting citizenship": the decree's act is the event
        if entry.cameo[:2] in VIOLENT_ROOTS and any(
            o.lemma_.lower() in SCOURGES for o in objects + _prep_objects(token, {"against"})
        ):
            continue  # "funds to fight the Ebola epidemic", "combat corruption"
        if entry.cameo in PEACEKEEPING_CANDIDATES and _peacekeeping(token, frame.sources):
            # "sent 200 troops to serve as peacekeepers", "peacekeepers arrived in Juba".
            frame.entry = entry = replace(entry, cameo=MILITARY_PROTECTION)
        if entry.pattern == "hand over" and any(
            o.lemma_.lower() in TERRITORY_WORDS for o in objects
        ):
            # "handed over three villages to Azerbaijan": ground given up, not suspects.
            frame.entry = entry = replace(entry, cameo=MILITARY_RETREAT)
        if entry.cameo in SEIZURES and any(o.lemma_.lower() in TERRITORY_WORDS for o in objects):
            # "captured three cities west of Tripoli", "seized the border crossing".
            frame.entry = entry = replace(entry, cameo=OCCUPY_TERRITORY)
        pattern_words = entry.pattern.split()
        last_word, multiword = pattern_words[-1], len(pattern_words) > 1
        for obj in objects:
            named_by_modifier = [
                c for c in _children(obj, {"compound"}) if last_word in (c.lemma_.lower(), c.lower_)
            ]
            if named_by_modifier and multiword:
                light_objects.update(c.i for c in named_by_modifier)
            names_pattern = last_word in (obj.lemma_.lower(), obj.lower_)  # "talks", "ties"
            if names_pattern and multiword:
                # "received a phone call": the modifier names the same act, not a second.
                light_objects.update(
                    c.i
                    for c in _children(obj, {"compound"})
                    if (named := match_noun(c, lexicon)) is not None
                    and named.cameo[:2] == entry.cameo[:2]
                )
            if (names_pattern or named_by_modifier) and multiword:
                light_objects.add(obj.i)
                # "rejected India's proposal", "a US offer", "two Russian diplomats", "an
                # offer from Kabul", "halted mediation efforts among Serbia's republics":
                # whoever the light object belongs to or is between is the target.
                owners = [
                    c
                    for c in children(obj)
                    if c.dep_ in ("poss", "amod", "compound", "nmod")
                    and c not in named_by_modifier
                    # "reiterated its demand", "renewed their call": the maker's own.
                    and not (c.pos_ == "PRON" and entry.cameo[:2] in OWN_WORD_ROOTS)
                    # "staged a hunger strike": a word naming the act's kind is no one.
                    and f"{c.lower_} {obj.lemma_.lower()}" not in lexicon.nouns
                ]
                groups = [
                    c
                    for c in owners
                    if c.dep_ == "compound" and c.lemma_.lower() in NAMELESS_GROUPS
                ]
                if groups and len(groups) < len(owners):
                    # "banned Russian opposition parties": the group as a whole, Russia's
                    # opposition, not Russia ("an opposition demand" stays the opposition's).
                    owners = [obj]
                frame.targets.extend(owners)
                tied = _prep_objects(
                    obj, {"from", "by", "into", "against", "of", "among", "between"}
                )
                frame.targets.extend(tied)
                # "slapped tariffs of 25 percent on Chinese steel": the rate's "on".
                frame.targets.extend(
                    p
                    for o in tied
                    if o.lemma_.lower() in RATE_WORDS
                    for p in _prep_objects(o, {"on", "against"})
                )
                if entry.cameo[:2] in GOVERNING_ROOTS:
                    frame.targets.extend(_clause_targets(obj))
                for clause in _children(obj, {"relcl"}):
                    # "withdrew the trade status it had granted Pakistan": whom it was for.
                    frame.targets.extend(_children(clause, {"dobj", "dative"}))
                    frame.targets.extend(_prep_objects(clause, {"to"}))
            elif entry.pattern not in TOPIC_VERBS or obj.dep_ != "dobj":
                frame.targets.append(obj)  # "discussed Iran's nuclear programme": a topic
            # "demanded nothing from Islamabad", "issued a warning to Pakistan"; "held talks
            # on the Sudan crisis" are about Sudan, not with it.
            if entry.cameo[:2] in STANCE_ROOTS and obj.i in light_objects:
                # "voiced concern over China's buildup": whose act the stance is about.
                frame.targets.extend(_prep_objects(obj, {"over", "about", "at"}))
            if entry.cameo[:2] in JUDGING_ROOTS and owned_act(obj, lexicon):
                # "criticised the US embargo on Cuba": the one judged is the act's owner,
                # not whom the act was aimed at.
                continue
            topical = entry.cameo[:2] in TOPIC_ROOTS and obj.i in light_objects
            frame.targets.extend(
                _prep_objects(obj, TARGET_PREPS - {"on"} if topical else TARGET_PREPS)
            )
            if entry.cameo[:2] in ASKING_ROOTS and token.tag_ != "VBN":
                # "demanded reforms by the government": whoever is to do what is asked
                # (the parser hangs "by" on the noun or on the verb).
                frame.targets.extend(_prep_objects(obj, {"by"}) + _prep_objects(token, {"by"}))
        # "praised New Delhi for its help to Kabul": after a direct object, "for" gives the
        # reason, not a second target (money is the exception: "$5 million for Nepal").
        reason = (
            not multiword
            and any(o.dep_ == "dobj" and o.i not in light_objects for o in objects)
            and not _has_money_object(token)
        )
        verb_preps = TARGET_PREPS - {"for"} if reason else TARGET_PREPS
        if multiword and last_word != "on" and entry.cameo[:2] in TOPIC_ROOTS:
            verb_preps = verb_preps - {"on"}  # "held talks on the Sudan crisis"
        if entry.cameo in (EXPEL_PEOPLE, MASS_EXPULSION) and any(
            t.text[:1].isupper() for o in objects for t in o.subtree
        ):
            # "expelled thousands of Rohingya to Bangladesh": where the people named were
            # sent (unnamed, "asylum seekers deported to Iraq" are likely Iraq's).
            verb_preps = verb_preps - {"to", "into"}
        if entry.cameo == LAWSUIT:
            verb_preps = verb_preps - {"at", "in"}  # "sued Russia at the WTO": the forum
        frame.targets.extend(_prep_objects(token, verb_preps))
        if entry.cameo == EXPEL_PEOPLE:
            # "sent the migrants back to Niger": the prepositions hang on the particle.
            frame.targets.extend(
                p for c in _children(token, {"advmod"}) for p in _prep_objects(c, verb_preps)
            )
        if entry.cameo[:2] in JUDGING_ROOTS | {INVESTIGATE_ROOT} and entry.cameo != SIGN_AGREEMENT:
            # "an investigation into crimes committed by Croat forces", "condemned abuses
            # carried out by the militia": the one whose acts are judged (signing judges
            # nothing: "signed a deal brokered by the US" binds the signers).
            looked_into = objects + [p for o in objects for p in _prep_objects(o, {"into"})]
            frame.targets.extend(_clause_agents(looked_into))
            if _children(token, {"dobj"}) and not passive_subjects:
                # "is investigating war crimes by Croatian paramilitaries", with "by" hung on
                # the active verb, whose agent it cannot be: the crimes' doers.
                frame.targets.extend(_prep_objects(token, {"by"}))
        if entry.cameo[:2] in VIOLENT_ROOTS and _displayed_missile(token, objects):
            # "test-fired a missile over Japan": a missile tested, or flown over a country
            # without being aimed at anyone, shows force (150) to those it flies over.
            frame.entry = entry = replace(entry, cameo=SHOW_OF_FORCE)
            frame.targets = [o for h in [token, *objects] for o in _prep_objects(h, {"over"})]
        premises = _premises(token)
        if entry.pattern == "protest" and _in_the_streets(token, frame.sources, premises):
            frame.entry = entry = replace(entry, cameo=DEMONSTRATE)
        elif (
            entry.pattern == "rally"
            and not _children(token, OBJECT_DEPS)
            and not _prep_objects(token, {"behind", "around", "to"})
            and not any(
                p.lemma_.lower() in ("support", "solidarity") for p in _prep_objects(token, {"in"})
            )
            and _in_the_streets(token, frame.sources, premises)
        ):
            # "Thousands rallied in Barcelona for independence": a demonstration, not
            # rallying behind someone (053).
            frame.entry = entry = replace(entry, cameo=DEMONSTRATE)
        if entry.cameo[:2] == PROTEST_ROOT:
            frame.targets.extend(premises + _defied(token))
            # "went on strike over a bill signed by the labour minister", "protested over
            # Beijing's new law": whose the thing protested over is.
            reasons = _prep_objects(token, {"over"})
            frame.targets.extend(p for r in reasons for p in _children(r, {"poss"}))
            frame.targets.extend(_clause_agents(reasons))
        if entry.cameo[:2] == "04" or entry.cameo == "039":
            # "willing to mediate between India and Pakistan".
            frame.targets.extend(_prep_objects(token, {"between"}))
        if token.dep_ == "acl" and _lemma_in(token, MEDIATING_VERBS):
            frame.targets.extend(_sides_of_deal(token.head))
        if (
            passive_subjects
            and not frame.sources
            and _lemma_in(token, CARRIER_VERBS)
            and not _prep_objects(token, {"by"})
        ):
            # "NATO peacekeepers were deployed to Kosovo": whose forces went is who sent them.
            frame.sources = passive_subjects
            forces = {t.i for s in passive_subjects for t in s.subtree}
            frame.targets = [t for t in frame.targets if t.i not in forces]
        if entry.cameo[:2] in VIOLENT_ROOTS:
            # "shelling positions held by Armenian forces", "launched strikes on villages
            # held by the rebels": whose the places struck are.
            struck = objects + [p for o in objects for p in _prep_objects(o, {"on", "against"})]
            frame.targets.extend(_clause_agents(struck, HOLDING_VERBS))
        # "pulled out of Syria": the parser hangs "of" on "out".
        frame.targets.extend(
            o
            for p in _children(token, {"prep"})
            if p.lower_ == "out"
            for o in _prep_objects(p, {"of"})
        )
        purposes = _prep_objects(token, {"for"})
        purposes += [p for obj in objects for p in _prep_objects(obj, {"for"})]
        for phrase in purposes:
            # "mobilized reservists for a war against Iraq": whom the act is aimed at.
            frame.targets.extend(_prep_objects(phrase, {"against"}))
        if entry.from_source:
            # "received weapons from the government": the government gave them.
            givers = _prep_objects(token, {"from"})
            for obj in objects:
                givers.extend(_prep_objects(obj, {"from"}))
                for inner in _prep_objects(obj, {"in", "of"}):
                    givers.extend(_prep_objects(inner, {"from"}))
            frame.sources, frame.targets = givers, frame.sources
        pattern_nouns = noun_forms(last_word)
        for prep in _verb_preps(token):
            # "went on strike", "pulled out of talks with Iran": the noun belongs to the
            # verb's pattern, not a second event, and whom it is with is the target.
            for noun in children(prep):
                if noun.lemma_.lower() in pattern_nouns and multiword:
                    light_objects.add(noun.i)
                    frame.targets.extend(_prep_objects(noun, TARGET_PREPS))
        if entry.cameo[:2] in GOVERNING_ROOTS and all(_is_money(t) for t in frame.targets):
            # "offered to hand over the suspects to Britain": the target sits in the complement;
            # "pledged $100 million to help Sudan": whom the money is to help.
            complements = _children(token, {"xcomp"})
            frame.own_act = entry.own_act and bool(complements)
            complements += [
                c
                for c in _children(token, {"advcl"})
                if c.lemma_.lower() in HELPING_VERBS and any(a.lower_ == "to" for a in children(c))
            ]
            if entry.cameo[:2] == "03":
                # "the EU will provide aid to Ukraine, its leaders agreed": what is agreed.
                complements += _children(token, {"ccomp"})
            for clause in complements:
                for obj in _children(clause, OBJECT_DEPS):
                    frame.targets.append(obj)
                    frame.targets.extend(_prep_objects(obj, TARGET_PREPS))
                frame.targets.extend(_prep_objects(clause, TARGET_PREPS))
                if clause.lemma_.lower() in MEDIATING_VERBS:
                    # "offered to mediate between Israel and Hamas".
                    frame.targets.extend(_prep_objects(clause, {"between"}))
            if entry.cameo[:2] in PLACED_PROMISES:
                # "agreed to open an embassy in Tehran": where the promise lands.
                frame.locations.extend(_complement_places(token))
        if entry.cameo[:2] == "11":
            frame.about = _prep_objects(token, {"over", "about"})
            for obj in objects:
                frame.about.extend(_prep_objects(obj, {"over", "about"}))
        if entry.cameo[:2] == THREATEN_ROOT:
            # "threatened to stop talks if the United States goes ahead": the condition's
            # subject is the one threatened.
            # "warned that the total could exceed $500 billion if Beijing retaliated".
            for clause in [token, *_children(token, {"xcomp", "ccomp"})]:
                for condition in _conditions(clause):
                    frame.targets.extend(_children(condition, SUBJECT_DEPS))
            # "threatened to resume attacks in Israel": where the threat would fall, used
            # when no target names an actor.
            frame.locations.extend(_complement_places(token))
            # "warned that it would impose sanctions on Iran": whom the warned act strikes,
            # for when the warner turns out to warn of its own act.
            for clause in _children(token, {"ccomp"}):
                struck = _children(clause, {"dobj", "dative"})
                frame.announced_targets.extend(struck + _prep_objects(clause, TARGET_PREPS))
                frame.announced_targets.extend(p for o in struck for p in _prep_objects(o, {"on"}))
        if not frame.targets and entry.cameo[:2] in (GOVERNING_ROOTS | {"08", "11"}) - {"03"}:
            # "warned that Pakistan may face sanctions": the warned is the clause's subject
            # (in a promise it is the one who will act, not the one it is made to); "allowed
            # a Chinese ship to dock": the one allowed.
            for clause in _children(token, {"ccomp"}):
                frame.targets.extend(_children(clause, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS))
        posture = entry.cameo[:2] == FORCE_POSTURE_ROOT
        if entry.location_target or posture:
            # "drills near Taiwan", "exercises off the coast of Japan", "mobilised troops
            # along the border with Guyana": where force is shown.
            shown = entry.cameo == "062" or posture
            preps = LOCATION_PREPS | DRILL_PREPS if shown else LOCATION_PREPS
            if entry.cameo[:2] in VIOLENT_ROOTS:
                preps = preps | STRIKE_PLACE_PREPS  # "struck targets near Damascus"
            frame.locations.extend(_prep_objects(token, preps))
            for obj in objects:
                # "attended a summit in Switzerland", "exercises in Alaska".
                frame.locations.extend(_prep_objects(obj, preps))
            frame.locations.extend(
                g
                for p in frame.locations
                if p.lemma_.lower() in EDGES
                for g in _prep_objects(p, EDGES[p.lemma_.lower()])
            )
            # "fired at targets in Jericho": the place of the place.
            frame.locations.extend(_places_within(frame.locations))
        elif entry.cameo[:2] in VIOLENT_ROOTS:
            # "suicide bombers killed 23 people in Tel Aviv": with no victim of a known
            # country, the place where they were struck stands for it ("struck targets near
            # Damascus", "recaptured a town in Somalia").
            frame.locations.extend(_prep_objects(token, STRIKE_PLACE_PREPS))
            for obj in objects:
                frame.locations.extend(_prep_objects(obj, STRIKE_PLACE_PREPS))
            frame.locations.extend(_places_within(frame.locations))
        elif entry.cameo[:2] in PLACED_ROOTS or entry.cameo == INTENT_TO_AID:
            # "food aid to refugees in Liberia", "evacuate the settlements in Gaza": when no
            # recipient is an actor, the place the help, withdrawal or inspection goes to
            # stands for it.
            holders = [token, *objects]
            # "pledged $62 billion for the corridor in Pakistan": what it is for, where.
            # "an investigation into war crimes in Afghanistan": what it looks into, where.
            recipients = [b for h in holders for b in _prep_objects(h, {"for", "to", "into"})]
            for holder in holders + recipients:
                frame.locations.extend(_prep_objects(holder, {"in"}))
            # "food aid to refugees fleeing the civil war in Liberia".
            frame.locations.extend(
                place
                for recipient in recipients
                for clause in _children(recipient, {"acl"})
                for place in clause.subtree
                if place.dep_ == "pobj" and place.head.lower_ in ("in", "from")
            )
        if entry.cameo[:2] in VIOLENT_ROOTS and not frame.targets and not frame.locations:
            # "jets crossed into Pakistan and struck what Delhi called a camp near Balakot":
            # where the doers went, or any place the strike's own words name.
            if token.dep_ == "conj":
                frame.locations.extend(_prep_objects(token.head, {"into", "to", "in"}))
            frame.locations.extend(
                t
                for t in token.subtree
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "near", "into", "at")
            )
        conditions = _conditions(token)
        possible = any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUX for c in children(token))
        # An offer is made on a condition ("if"); "would allow refugees into Europe unless
        # the EU paid" threatens, and what a threat says it would do is no offer.
        threatened = any(_is_threat(a, lexicon) for a in token.ancestors) or any(
            m.lower_ == "unless" for c in conditions for m in children(c) if m.dep_ == "mark"
        )
        offered = entry.cameo[:2] in COOPERATIVE_ROOTS and not threatened
        if conditions and (entry.cameo[:2] in CONFLICT_ROOTS or offered) and not possible:
            # "will impose sanctions unless Harare frees the prisoners", "would strike if
            # rockets were fired": a threat; "would meet the envoy if he guaranteed their
            # safety": an offer; "may impose sanctions if ..." stays a hypothetical sanction.
            # The one whose deed is the condition is a target ("will impose severe sanctions
            # if Russia invades", "would lift its veto if Sweden extradited the suspects").
            frame.conditional_act = True
            frame.targets.extend(t for c in conditions for t in _children(c, SUBJECT_DEPS))
        # "tighten the blockade of Serbia with Albania's help": a helper, not a target;
        # "captured a stronghold on the Thai border": where, on either side of it;
        # "warned Washington against selling arms to Taipei": an act, not an actor.
        frame.targets = [
            t
            for t in frame.targets
            if not (t.head.lower_ == "with" and t.lemma_.lower() in HELP_NOUNS)
            and not beside_an_edge(t)
            and not (t.dep_ == "pcomp" and t.tag_ == "VBG")
        ]
        _modality(frame, conditional)
        if frame.conditional_act and not frame.negated:
            frame.hypothetical = frame.future = False  # the threat or offer itself is made
        frames.append(frame)
    descriptions = _descriptions(verbs, lexicon)
    described = {d.predicate.i for d in descriptions}
    # "described the US as a threat" criticises; it threatens no one.
    frames = [f for f in frames if f.predicate.i not in described]
    frames.extend(descriptions)
    light_objects.update(_description_nouns(descriptions))
    obligations = _obligations(verbs, lexicon)
    demanders = {f.predicate.i for f in obligations}
    # A statement that voices an obligation is a demand, not a mere statement.
    frames = [f for f in frames if not (f.predicate.i in demanders and f.entry.cameo[:2] == "01")]
    frames.extend(obligations)
    for token in tokens:
        if token.pos not in NOUN_POS or token.i in light_objects:
            continue
        entry = match_noun(token, lexicon)
        if entry is None or token.text in MONTH_WORDS:
            continue  # "in March" is a month, not a protest march
        if _names_light_object(token, light_objects):
            continue
        if token.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and _lemma_in(
            token.head, CANCELLING_VERBS
        ):
            continue  # "postponed the talks", "the talks were postponed"
        if entry.cameo == LABOUR_STRIKE and _armed_strike(token):
            entry = replace(entry, cameo=ARMED_STRIKE)
        if entry.cameo[:2] == "04" and _broke_down(token):
            # "the talks between Serbia and Kosovo collapsed": negotiations halted (164).
            entry = replace(entry, cameo=HALT_NEGOTIATIONS)
        if entry.pattern == "n:call" and _calls_for(token):
            # "renewed its call for Washington to lift sanctions" appeals; it rings no one.
            entry = lexicon.phrasal.get(("call", "for"), entry)
        frame = Frame(predicate=token, entry=entry, nominal=True)
        # The first word of a two-word name ("war games") is the name, not its owner.
        named_by = set(entry.pattern.removeprefix("n:").split()[:-1])
        # Adjectives name a doer only when capitalised: "an Israeli strike", not "a new one".
        frame.sources = [
            c
            for c in children(token)
            if c.dep_ in ("poss", "compound", "amod", "nmod")
            and c.lower_ not in named_by
            and (c.dep_ != "amod" or c.text[:1].isupper())
            and c.lemma_.lower() not in WEAPONS
        ]
        frame.sources.extend(_prep_objects(token, {"by"}))
        if (
            frame.sources
            and all(s.dep_ == "poss" and s.pos_ == "PRON" for s in frame.sources)
            and token.dep_ in OBJECT_DEPS
            and _lemma_in(token.head, CONDUCTING_VERBS)
        ):
            # "Fundamentalists continued their hunger strike": the subject, named or not.
            frame.sources = _clause_subject(token.head)[0] or frame.sources
        # "talks on the Afghan peace process": for meetings and accords "on" gives the topic.
        noun_preps = (
            NOUN_TARGET_PREPS - {"on"} if entry.cameo[:2] in TOPIC_ROOTS else NOUN_TARGET_PREPS
        )
        frame.targets = _prep_objects(token, noun_preps)
        if entry.cameo[:2] == PROTEST_ROOT:
            frame.targets.extend(_premises(token))
        if entry.cameo[:2] in VIOLENT_ROOTS:
            # "air strikes on villages held by the rebels".
            frame.targets.extend(_clause_agents(frame.targets, HOLDING_VERBS))
        if not frame.targets and entry.cameo[:2] in GOVERNING_ROOTS:
            frame.targets = _clause_targets(token)
        # "friendship and cooperation between the two countries" share the phrase; "a
        # mediation effort between X and Y" hangs it on the noun "mediation" modifies.
        anchor = token.head if token.dep_ in ("conj", "compound") else token
        if not frame.targets and anchor.i != token.i:
            frame.targets = _prep_objects(anchor, noun_preps)
        if (
            not frame.targets
            and token.dep_ == "compound"
            and anchor.dep_ in OBJECT_DEPS
            and anchor.head.pos_ in ("VERB", "AUX")
        ):
            # "launched a mediation effort on Saturday between X and Y".
            frame.targets = _prep_objects(anchor.head, {"between"})
        if (
            not frame.targets
            and token.dep_ == "pobj"
            and token.head.lower_ == "in"
            and _is_money(token.head.head)
        ):
            # "$2 billion in aid for Ukraine": the sum carries the recipient.
            frame.targets = _prep_objects(token.head.head, noun_preps)
        if not frame.targets and anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
            # "the growth of cooperation between X and Y": the arguments sit on the head noun.
            frame.targets = _prep_objects(anchor.head.head, noun_preps - {"of"})
        if entry.location_target:
            # "a Russian assault near Bakhmut": attacks also land near a place.
            places = (
                LOCATION_PREPS | STRIKE_PLACE_PREPS
                if entry.cameo[:2] in VIOLENT_ROOTS
                else LOCATION_PREPS
            )
            frame.locations = _prep_objects(token, places)
            if anchor.dep_ == "dobj" and entry.cameo[:2] in VIOLENT_ROOTS:
                # "carried out air strikes inside Afghanistan": hung on the verb.
                frame.locations.extend(_prep_objects(anchor.head, places))
            # "a strike across the Line of Control and into Pakistani territory".
            frame.locations.extend(
                o
                for prep in _children(token, {"prep"})
                for conj in _children(prep, {"conj"})
                if conj.lower_ in LOCATION_PREPS
                for o in _children(conj, {"pobj"})
            )
            for clause in _children(token, {"acl"}):
                if clause.lemma_.lower() in AIMING_VERBS:
                    # "an attack targeting a police post in Kabul".
                    aimed = _children(clause, OBJECT_DEPS)
                    frame.targets.extend(aimed)
                    frame.locations.extend(_prep_objects(clause, LOCATION_PREPS | {"at"}))
                    frame.locations.extend(p for o in aimed for p in _prep_objects(o, {"at", "in"}))
            # "an attack at a mall in Kenya's capital": the place of the place.
            frame.locations.extend(_places_within(frame.locations))
        if anchor.dep_ == "pobj" and (
            anchor.head.lower_ == "of"
            or (anchor.head.lower_ == "in" and _is_money(anchor.head.head))
        ):
            # "launched ten days of war games": the games are what was launched; "announced
            # $2 billion in aid": so is the aid.
            anchor = anchor.head.head
        # Whose act the noun is, when it names no owner: the subject of the verb it serves.
        owner_verb = None
        if anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in DRAWING_VERBS:
            # "Russia's invasion drew condemnation from the G7": the reaction is the G7's,
            # aimed at what drew it (and so its owner).
            drawn = anchor.head
            givers = _givers(drawn, token, {"from"})
            frame.sources = frame.sources or givers
            frame.targets = [t for t in frame.targets if t not in givers]
            drawers = _children(drawn, SUBJECT_DEPS)
            owners = [o for d in drawers if owned_act(d, lexicon) for o in _act_owners(d)]
            frame.targets = frame.targets or owners or drawers
        elif (
            anchor.dep_ == "dobj"
            and anchor.head.lemma_.lower() in RECEIVING_VERBS
            and (givers := _givers(anchor.head, token, {"from", "of"}))
        ):
            # "Pakistan got a $2 billion loan from China": China lent it, to Pakistan; "the
            # rebels enjoy the backing of Iran".
            frame.sources = givers
            frame.targets = [t for t in frame.targets if t not in givers]
            frame.targets = frame.targets or _clause_subject(anchor.head)[0]
        elif anchor.dep_ == "pobj" and (
            # "Beijing answered with tariffs on American goods": the answer is the tariffs.
            (anchor.head.lower_ == "with" and anchor.head.head.pos in VERB_POS)
            # "U.S. and Russian negotiators return to Geneva for talks": their talks.
            or (anchor.head.lower_ == "for" and anchor.head.head.lemma_.lower() in MOVEMENT_VERBS)
            # "Russia was behind the missile strike": the strike is Russia's.
            or (anchor.head.lower_ == "behind" and anchor.head.head.lemma_ == "be")
        ):
            owner_verb = anchor.head.head
        elif (
            anchor.dep_ in OBJECT_DEPS
            and anchor.head.pos_ in ("VERB", "AUX")
            and anchor.head.lemma_.lower() not in REACTION_VERBS
        ):
            owner_verb = anchor.head
        frame.owner = owner_verb
        if owner_verb is not None:
            subjects, _ = _clause_subject(owner_verb)
            if not frame.sources:
                frame.sources = subjects
                frame.inherited_source = True
        if entry.cameo in PEACEKEEPING_CANDIDATES and _peacekeeping(token, frame.sources):
            frame.entry = replace(entry, cameo=MILITARY_PROTECTION)
        frame.negated = any(c.lower_ in ("no", "never") for c in children(token)) or (
            token.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "neg" for c in children(token.head))
        )
        _modality(frame, conditional)
        if (
            frame.inherited_source
            and _prep_objects(token, {"between"})
            and not (frame.future or frame.hypothetical)
        ):
            # "welcomed the agreement between Riyadh and Tehran": its parties are named and
            # it is between them ("ready to host a meeting between X and Y" stays the
            # host's offer: X and Y have agreed to nothing yet).
            frame.sources, frame.inherited_source = [], False
            frame.entry = replace(frame.entry, reciprocal=True)
        if _dismissed(token):
            # "ruled out sanctions": none will come; "has not ruled out sanctions": they may.
            frame.hypothetical = frame.negated
            frame.negated = not frame.negated
        frames.append(frame)
    for frame in frames:
        if frame.entry.cameo[:2] in VIOLENT_ROOTS and _verbal_attack(frame.predicate):
            frame.entry = replace(frame.entry, cameo=CRITICIZE)
    frames = _merge_relative_deeds(frames)
    _link_claims(frames)
    _mark_alleged(frames)
    _carry_purposes(frames)
    # "the trade status it had granted Pakistan": how the thing acted on came about is
    # background, not an event of the report.
    frames = [
        f
        for f in frames
        if not (
            f.predicate.dep_ == "relcl"
            and f.predicate.head.i in light_objects
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in children(f.predicate))
        )
    ]
    if question:
        # "Did Russia attack the grid again?", "Was the strike on Damascus Israeli?": a
        # question asks and tells nothing, whatever kind of frame reads it.
        for frame in frames:
            frame.hypothetical = True
    frames = _protest_occasions(_purposes(frames))
    if not question and not any(f.sources for f in frames if not f.nominal):
        read = _headline_verbs_read_as_nouns(tokens, text, lexicon)
        # The verb's object is no event of its own ("sign deals": the signing).
        taken = {t.i for f in read for t in (f.predicate, f.predicate.head)}
        frames = [f for f in frames if f.predicate.i not in taken] + read
    return _merge_same_acts(_drop_announcements(_drop_governed(frames)))


def _headline_verbs_read_as_nouns(tokens: list[Token], text: str, lexicon: Lexicon) -> list[Frame]:
    """ "China, Pakistan sign deals on new rail link", "Russia, Ukraine exchange
    prisoners": the small parser reads a headline's verb as a modifier of its object. In
    a sentence with no full stop and no verb read as one, a word before the noun it
    modifies that makes a verb-and-object pattern with it is the predicate, and the
    names before it its doers."""
    if text.rstrip().endswith((".", "!", '"')) or any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("compound", "amod") for t in tokens
    ):
        return []
    frames = []
    for token in tokens:
        obj = token.head
        if token.dep_ != "compound" or obj.i <= token.i:
            continue
        noun = obj.lemma_.lower()
        entry = next(
            (
                lexicon.light[(verb, noun)]
                for verb in lemma_candidates(token)
                if (verb, noun) in lexicon.light
            ),
            None,
        )
        names = [t for t in tokens[: token.i] if t.pos_ == "PROPN"]
        if entry is not None and names:
            frames.append(Frame(predicate=token, entry=entry, sources=names))
    return frames


def _carrying_verb(noun: Frame) -> Token | None:
    """The verb whose object an act noun is: "delivered humanitarian aid", or through a
    sum, "will provide $1 billion in grants"."""
    predicate = noun.predicate
    if predicate.dep_ in OBJECT_DEPS:
        return predicate.head
    sum_ = predicate.head.head
    if predicate.head.lower_ == "in" and _is_money(sum_) and sum_.dep_ in OBJECT_DEPS:
        return sum_.head
    return None


def _merge_same_acts(frames: list[Frame]) -> list[Frame]:
    """ "delivered humanitarian aid to Gaza": a verb and its object noun of one root tell
    one act, coded as the more specific of the two (073, not 070); an answer "with" force
    ("hit back with air strikes") is the force."""
    by_predicate = {f.predicate.i: f for f in frames if not f.nominal}
    merged = set()
    for noun in frames:
        means = noun.predicate.head
        answer = by_predicate.get(means.head.i) if means.lower_ == "with" else None
        if (
            noun.nominal
            and answer is not None
            and answer.entry.pattern in ANSWERING_VERBS
            and noun.entry.cameo[:2] in VIOLENT_ROOTS
        ):
            # "hit back at Hamas with air strikes": the answer is the strikes, at whom the
            # verb names ("hit back at Greece over pushbacks" stays words).
            answer.entry = replace(noun.entry, location_target=answer.entry.location_target)
            answer.targets.extend(t for t in noun.targets if t not in answer.targets)
            merged.add(noun.predicate.i)
            continue
        carrier = _carrying_verb(noun)
        verb = by_predicate.get(carrier.i) if carrier is not None else None
        if (
            not noun.nominal
            or not noun.inherited_source  # "welcomed the agreement between X and Y"
            or verb is None
            or verb.entry.cameo[:2] != noun.entry.cameo[:2]
        ):
            continue
        if len(noun.entry.cameo) > len(verb.entry.cameo) or (
            verb.entry.cameo.endswith("0") and not noun.entry.cameo.endswith("0")
        ):
            verb.entry = replace(verb.entry, cameo=noun.entry.cameo)
        verb.targets.extend(t for t in noun.targets if t not in verb.targets)
        merged.add(noun.predicate.i)
    return [f for f in frames if not (f.nominal and f.predicate.i in merged)]


def _drop_announcements(frames: list[Frame]) -> list[Frame]:
    """ "The EU announced new sanctions against Russia", "announced a $400 million military
    aid package": what is announced is the event, and the announcement no second one."""
    announced = {
        f.owner.i for f in frames if f.nominal and f.inherited_source and f.owner is not None
    }
    return [
        f
        for f in frames
        if not (f.predicate.i in announced and f.entry.cameo == STATEMENT and not f.nominal)
    ]


def _mark_alleged(frames: list[Frame]) -> None:
    """What an accusation is about is alleged, not asserted: in "Kabul accused Islamabad
    of its support to the Taliban" the support is Kabul's claim (reported by Kabul)."""
    for accusation in frames:
        if accusation.entry.cameo[:2] != "11" or accusation.nominal:
            continue
        inside = {
            t.i
            for prep in children(accusation.predicate)
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
            for t in prep.subtree
        }
        accused = _children(accusation.predicate, {"dobj"})
        for frame in frames:
            if frame is not accusation and frame.predicate.i in inside and not frame.reported:
                frame.reported = True
                frame.reporter = accusation.sources[0] if accusation.sources else None
                if frame.nominal and not frame.sources:
                    # "accused Myanmar of genocide": the accused is the alleged doer.
                    frame.sources = accused
                    frame.inherited_source = True


#: Acts coded as themselves when their purpose clause names whom they aim at, with the
#: roots such a purpose may have: a protest staged to demand, accuse or reject (CAMEO
#: codes the demonstration, 14), aid given to support or help (the aid, 07).
PURPOSEFUL_ACTS = {"14": frozenset({"02", "10", "11", "12", "14"}), "07": frozenset({"05", "07"})}


def _purposes(frames: list[Frame]) -> list[Frame]:
    """Code an act with a stated purpose as the act, aimed at whom the purpose names.

    "Farmers staged rallies to demand reforms from the government", "marched in Kirkuk
    calling for independence from Iraq", "provided $2 million in aid to support refugees
    in Chad": the purpose's target moves to the act, and the purpose is not a second event.
    """
    by_predicate = {f.predicate.i: f for f in frames}
    merged: set[int] = set()
    for act in frames:
        purpose_roots = PURPOSEFUL_ACTS.get(act.entry.cameo[:2])
        if purpose_roots is None:
            continue
        carrier = act.predicate
        if act.nominal and carrier.dep_ in OBJECT_DEPS and carrier.head.pos in VERB_POS:
            carrier = carrier.head  # "staged rallies", "began a hunger strike"
        clauses = _children(carrier, {"advcl", "xcomp"})
        # "began a hunger strike to protest against ...", "staged demonstrations to demand
        # reforms": the parser may hang the purpose on the act's noun as an infinitival
        # relative clause.
        nouns = [act.predicate] if act.nominal else _children(carrier, OBJECT_DEPS)
        clauses += [
            c
            for noun in nouns
            for c in _children(noun, {"relcl", "acl"})
            # ... or as a participle: "a march calling for the removal of the president".
            if c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
        ]
        for clause in clauses:
            inside = {t.i for t in clause.subtree}
            for i in sorted(inside & by_predicate.keys()):
                purpose = by_predicate[i]
                if purpose is act or purpose.entry.cameo[:2] not in purpose_roots:
                    continue
                if not act.targets:
                    act.targets = purpose.targets + purpose.about
                merged.add(i)
    return [f for f in frames if f.predicate.i not in merged]


def _protest_occasions(frames: list[Frame]) -> list[Frame]:
    """ "Youths threw stones during protests against the government", "rioted after a
    march calling for the president's removal": an act of protest done at a protest is
    aimed at what the protest was against, and the protest, with no doer of its own, is
    the same people's and no second event."""
    by_predicate = {f.predicate.i: f for f in frames}
    merged: set[int] = set()
    for act in frames:
        if act.entry.cameo[:2] != PROTEST_ROOT or act.targets or act.nominal:
            continue
        for prep in _children(act.predicate, {"prep"}):
            if prep.lower_ not in OCCASION_PREPS:
                continue
            for noun in _children(prep, {"pobj", "dobj"}):  # "following" may parse as a verb
                occasion = by_predicate.get(noun.i)
                if (
                    occasion is not None
                    and occasion.nominal
                    and occasion.entry.cameo[:2] == PROTEST_ROOT
                    and not occasion.sources
                ):
                    act.targets = occasion.targets + occasion.about
                    merged.add(noun.i)
    return [f for f in frames if f.predicate.i not in merged]


def _carry_purposes(frames: list[Frame]) -> None:
    """ "sent inspectors to Bosnia to investigate": where the carrier sends them is where
    the purpose is carried out, used when the purpose names no actor as its target."""
    for purpose in frames:
        verb = purpose.predicate.head
        if purpose.predicate.dep_ not in ("advcl", "xcomp") or (
            verb.lemma_.lower() not in CARRIER_VERBS
        ):
            continue
        destinations = _prep_objects(verb, {"to", "into"})
        destinations += [d for o in _children(verb, OBJECT_DEPS) for d in _prep_objects(o, {"to"})]
        purpose.locations.extend(destinations + _places_within(destinations))


def _merge_relative_deeds(frames: list[Frame]) -> list[Frame]:
    """ "a car bombing in Kabul that killed an American soldier": the killing is the
    bombing, so its victims are the bombing's targets and it is not a second event."""
    by_predicate = {f.predicate.i: f for f in frames}
    merged: set[int] = set()
    for deed in frames:
        if not deed.nominal or deed.entry.cameo[:2] not in VIOLENT_ROOTS:
            continue
        for clause in _children(deed.predicate, {"relcl"}):
            told = by_predicate.get(clause.i)
            if told is None or told.entry.cameo[:2] not in VIOLENT_ROOTS:
                continue
            if any(
                t.i == deed.predicate.i or t.tag_ == "WDT" or t.lower_ in ("that", "which")
                for t in told.sources
            ):
                deed.targets.extend(told.targets)
                merged.add(clause.i)
    # "three soldiers were killed when Pakistani troops fired across the border": the
    # firing is the killing, and its doers the killers.
    for deed in frames:
        if deed.nominal or deed.sources or deed.entry.cameo[:2] not in VIOLENT_ROOTS:
            continue
        for clause in _children(deed.predicate, {"advcl"}):
            how = by_predicate.get(clause.i)
            if (
                how is not None
                and how.sources
                and how.entry.cameo[:2] in VIOLENT_ROOTS
                and any(c.lower_ in ("when", "as", "after") for c in children(clause))
            ):
                deed.sources = how.sources
                if not how.targets:
                    merged.add(clause.i)
    # "two soldiers were killed in a PKK attack in Iraq": the attack is how they were
    # killed, one event aimed at the victims; where it struck ("an air strike on Gaza")
    # stands for them when they are of no country.
    for deed in frames:
        if deed.nominal or deed.entry.cameo[:2] not in VIOLENT_ROOTS or deed.predicate.i in merged:
            continue
        for source in deed.sources:
            means = by_predicate.get(source.i)
            if means is not None and means.entry.cameo[:2] in VIOLENT_ROOTS:
                deed.locations.extend(means.targets + means.locations)
                merged.add(source.i)
    return [f for f in frames if f.predicate.i not in merged]


def _link_claims(frames: list[Frame]) -> None:
    """Tie a claim of responsibility to the deed it claims.

    "Al-Shabaab claimed responsibility for the attack in Nairobi": the claimer did the
    attack (on its own word, so the attack is reported by it), and the claim concerns
    whom the attack struck, not the attack noun.
    """
    deeds = {f.predicate.i: f for f in frames if f.nominal}
    for claim in frames:
        if claim.entry.cameo != CLAIM_OF_RESPONSIBILITY:
            continue
        for deed in [deeds[t.i] for t in claim.targets if t.i in deeds]:
            if claim.sources:
                # The claimer says it did the deed: its word outranks a "deadly" attack's
                # modifiers as the deed's source.
                deed.sources = claim.sources
                deed.inherited_source = True
                deed.reported = True
                deed.reporter = claim.sources[0]
            claim.targets = deed.targets
            claim.locations = deed.locations


def _description_noun(verb: Token) -> Token | None:
    """What a describing verb calls its object: "described the US as the biggest threat"."""
    return next(iter(_prep_objects(verb, {"as"})), None)


def _description_nouns(descriptions: list[Frame]) -> set[int]:
    nouns = (_description_noun(d.predicate) for d in descriptions)
    return {n.i for n in nouns if n is not None}


def _descriptions(verbs: list[Token], lexicon: Lexicon) -> list[Frame]:
    """Characterisations: "China described the US as a threat" criticises the US (111),
    "Modi described France as a trusted partner" praises France (051)."""
    frames = []
    for token in verbs:
        if token.lemma_.lower() not in DESCRIBING_VERBS:
            continue
        described = _children(token, {"dobj"})
        noun = _description_noun(token)
        if not described or noun is None:
            continue
        word = noun.lemma_.lower()
        if word in HOSTILE_DESCRIPTIONS:
            entry = lexicon.verbs.get("criticize")
        elif word in FRIENDLY_DESCRIPTIONS:
            entry = lexicon.verbs.get("praise")
        else:
            continue
        if entry is None:
            continue
        frame = Frame(predicate=token, entry=entry)
        frame.sources, frame.inherited_source = _clause_subject(token)
        frame.targets = described
        frame.negated = any(c.dep_ == "neg" for c in children(token))
        _modality(frame, False)
        frames.append(frame)
    return frames


OBLIGATION_SPEAKERS = SPEECH_VERBS | {"remind", "warn", "tell", "declare", "reiterate", "urge"}


def _obligations(verbs: list[Token], lexicon: Lexicon) -> list[Frame]:
    """Demands voiced as obligations: "France said Iraq must cooperate" asks Iraq to act.

    The speaker is the source and the subject of the "must" clause the target; the
    clause's own event is then governed by the demand, not asserted.
    """
    demand = lexicon.verbs.get("demand")
    if demand is None:
        return []
    frames = []
    for token in verbs:
        if token.lemma_.lower() not in OBLIGATION_SPEAKERS:
            continue
        for clause in _children(token, {"ccomp"}):
            if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in children(clause)):
                continue
            frame = Frame(predicate=token, entry=demand)
            frame.sources, frame.inherited_source = _clause_subject(token)
            frame.targets = _children(clause, SUBJECT_DEPS)
            frames.append(frame)
    return frames


#: Roots whose verb frames the event of a clause they govern: "urged X to withdraw" is a
#: request, "threatened to impose sanctions" a threat, "refused to release" a rejection.
GOVERNING_ROOTS = frozenset({"02", "03", "10", "12", "13"})


def _finite_conjunct_within(token: Token, clause: Token) -> bool:
    """Whether a word sits in a past-tense verb the parser joined to an infinitive: in
    "agreed to expand cooperation and signed a deal" the signing is told, not agreed."""
    current = token
    while current.i != clause.i and current.head.i != current.i:
        if current.dep_ == "conj" and current.tag_ == "VBD" and current.head.tag_ == "VB":
            return True
        current = current.head
    return False


def _drop_governed(frames: list[Frame]) -> list[Frame]:
    """Leave out frames whose predicate is the complement of a governing frame's verb,
    and carrier verbs whose purpose clause is itself an event."""
    governing = {f.predicate.i for f in frames if f.entry.cameo[:2] in GOVERNING_ROOTS}
    predicates = {f.predicate.i for f in frames}
    # Everything said inside what is demanded, threatened or rejected is not asserted:
    # "demanded that the US match the EU's support" asserts no support.
    inside_complements = {
        token.i
        for frame in frames
        if frame.predicate.i in governing
        for clause in children(frame.predicate)
        if clause.dep_ in ("xcomp", "ccomp", "acl")
        for token in clause.subtree
        if (token.i != clause.i or frame.nominal) and not _finite_conjunct_within(token, clause)
    }
    # "rejected a US offer to host a summit for peace between ...": what the governed
    # object proposes is not asserted either (what a denied claim says is kept, negated),
    # unlike what a past participle says it went through ("accepted a ceasefire mediated
    # by Egypt": Egypt mediated).
    inside_complements |= {
        token.i
        for frame in frames
        if frame.predicate.i in governing and not frame.nominal
        for obj in children(frame.predicate)
        if obj.dep_ == "dobj" and obj.lemma_.lower() not in CLAIM_NOUNS
        for clause in children(obj)
        if (
            clause.dep_ in ("acl", "relcl")
            and not (_reduced_passive(clause) and not _children(clause, CLAUSE_DEPS))
        )
        or (clause.dep_ == "prep" and clause.lower_ in ("to", "for"))
        for token in clause.subtree
    }
    # "would not give permission to Russia to help Israel": the purpose of an act that is
    # refused or denied does not happen either.
    inside_complements |= {
        token.i
        for frame in frames
        if frame.negated or frame.refused
        for clause in children(frame.predicate)
        if clause.dep_ == "advcl" and any(c.lower_ == "to" for c in children(clause))
        for token in clause.subtree
    }
    by_predicate = {f.predicate.i: f for f in frames}
    kept = []
    for frame in frames:
        predicate = frame.predicate
        if (
            predicate.dep_ in CLAUSE_DEPS
            and predicate.head.i in governing
            and predicate.head.i != predicate.i
            # "promised a response after a bomber killed 40 policemen", "threatened to
            # close the strait if the US blocked its oil": a clause of time, cause or
            # condition is its own event, not what the promise announces.
            and not (
                predicate.dep_ == "advcl"
                and any(
                    c.dep_ == "mark" and c.lower_ in TIME_CAUSE_MARKERS | CONDITION_MARKERS
                    for c in children(predicate)
                )
            )
        ):
            # "vowed to retaliate" is a threat, not a pledge: the governing frame keeps
            # the root of what it announces.
            governor = by_predicate[predicate.head.i]
            governor.governed_code = frame.entry.cameo
            if frame.entry.reciprocal and (
                governor.entry.cameo[:2] == "03" or governor.entry.own_act
            ):
                # "China and Pakistan vowed (or want) to deepen their partnership": with
                # each other.
                governor.entry = replace(governor.entry, reciprocal=True)
            continue
        carrier = predicate.head
        if (
            frame.nominal
            and predicate.dep_ in OBJECT_DEPS
            and carrier.dep_ == "xcomp"
            and carrier.i not in predicates
            and carrier.head.i in governing
            and carrier.head.i != carrier.i
        ):
            # "vowed to continue military operations in Syria": what is vowed is the
            # operations, so the vow is a threat, as "vowed to strike" is ("called on
            # Pakistan to end the support it gives to militants" asks for no support).
            governor = by_predicate[carrier.head.i]
            if carrier.lemma_.lower() not in ENDING_VERBS:
                governor.governed_code = frame.entry.cameo
            continue
        if predicate.i in inside_complements and (frame.nominal or predicate.dep_ != "ccomp"):
            continue
        wanted = predicate
        while wanted.dep_ == "conj" and wanted.head.i != wanted.i:
            wanted = wanted.head  # "wants a ceasefire and direct talks"
        if wanted.dep_ == "pobj" and wanted.head.lower_ in AGREED_PREPS:
            # "agreed to US mediation", "is opposed to French mediation", "agreed upon a pact".
            wanted = wanted.head
        elif wanted.dep_ == "pobj" and wanted.head.lower_ == "in" and _is_money(wanted.head.head):
            wanted = wanted.head.head  # "pledged $400 million in security assistance"
        if (
            frame.nominal
            and (
                wanted.dep_ in OBJECT_DEPS
                or (wanted.dep_ == "prep" and wanted.lower_ in AGREED_PREPS)
            )
            and wanted.head.i in governing
            and wanted.head.i != wanted.i
            # What is blocked or vetoed is kept, flagged as not having happened.
            and wanted.head.lemma_.lower() not in BLOCKING_VERBS
        ):
            # "wants direct talks between the Taliban and Kabul", "demanded the release of
            # the hostages": what is wanted or demanded has not happened.
            governor = by_predicate[wanted.head.i]
            governor.governed_code = governor.governed_code or frame.entry.cameo
            continue
        if (
            frame.nominal
            and wanted.dep_ in OBJECT_DEPS
            and wanted.head.lemma_.lower() in WISHING_VERBS
            and wanted.head.i not in predicates
        ):
            continue  # "postponed drills to encourage talks with Pyongyang": no talks yet
        if predicate.lemma_.lower() in CARRIER_VERBS and any(
            c.dep_ in ("advcl", "xcomp") and c.i in predicates for c in children(predicate)
        ):
            continue
        kept.append(frame)
    return kept
