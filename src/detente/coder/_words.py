"""English words the coder's rules read: prepositions, auxiliaries, pronouns, cue nouns.

Language data kept as plain module constants, as spaCy keeps its ``lang/en`` data, so
the rules in ``frames`` and ``engine`` read as grammar and the word lists can be reviewed
in one place.
"""

PRONOUNS_PERSON = frozenset({"he", "him", "his", "she", "her"})
PRONOUNS_GROUP = frozenset({"they", "them", "their"})
PRONOUNS_SINGULAR = frozenset({"it", "its"})
#: Nouns for people who take their country from where they are ("a force in Liberia"),
#: with the sector they stand for (None: no sector is implied).
NAMELESS_GROUPS: dict[str, str | None] = {
    "force": "MIL",
    "troop": "MIL",
    "soldier": "MIL",
    "army": "MIL",
    "military": "MIL",
    "mission": None,
    "contingent": "MIL",
    "navy": "MIL",
    "serviceman": "MIL",
    "marine": "MIL",
    "sailor": "MIL",
    "peacekeeper": "MIL",
    "paratrooper": "MIL",
    "reservist": "MIL",
    "conscript": "MIL",
    "commando": "MIL",
    "jet": "MIL",
    "warplane": "MIL",
    "drone": "MIL",
    "warship": "MIL",
    "artillery": "MIL",
    "government": "GOV",
    "authority": "GOV",
    "official": "GOV",
    "minister": "GOV",  # "the Serbian labour minister"
    "counterpart": "GOV",
    "leadership": "GOV",
    "regime": "GOV",
    "junta": "GOV",
    "administration": "GOV",
    "ministry": "GOV",
    "court": "JUD",
    "judge": "JUD",
    "parliament": "LEG",
    "lawmaker": "LEG",
    "police": "COP",
    "policeman": "COP",
    "militia": "REB",
    "rebel": "REB",
    "insurgent": "REB",
    "militant": "REB",
    "guerrilla": "REB",
    "guerilla": "REB",
    "gunman": "UAF",
    "bomber": "UAF",
    "attacker": "UAF",
    "assailant": "UAF",
    "opposition": "OPP",
    "demonstrator": "OPP",
    "protester": "OPP",
    "rioter": "OPP",
    "protestor": "OPP",
    "supporter": "OPP",
    "activist": "OPP",
    "fundamentalist": "RAD",
    "extremist": "RAD",
    "islamist": "RAD",
    "radical": "RAD",
    "people": "CVL",
    "thousand": "CVL",  # "thousands marched"
    "hundred": "CVL",
    "schoolgirl": "EDU",
    "schoolchild": "EDU",
    "pupil": "EDU",
    "population": "CVL",
    "refugee": "REF",
    "civilian": "CVL",
    "resident": "CVL",
    "villager": "CVL",
    "settler": "CVL",
    "community": "CVL",
    "student": "EDU",
    "worker": "LAB",
    "businessman": "BUS",
    "businesswoman": "BUS",
    "entrepreneur": "BUS",
    "crowd": "CVL",
    "child": "CVL",
    "youth": "CVL",
    "woman": "CVL",
    "man": "CVL",
    "boy": "CVL",
    "girl": "CVL",
    "passenger": "CVL",
    "pilgrim": "CVL",
    "tourist": "CVL",
    "farmer": "AGR",
    "fisherman": "CVL",
    "teacher": "EDU",
    "migrant": "REF",
    "paramilitary": "UAF",
    "dissident": "OPP",
    "opponent": "OPP",
    "critic": "OPP",
    "mourner": "CVL",
    "bandit": "CRM",
    "gang": "CRM",
    "smuggler": "CRM",
    "pirate": "CRM",
    "journalist": "MED",
}
#: Adjectives that make any group an armed one ("armed groups", "a paramilitary unit").
ARMED_MODIFIERS: dict[str, str] = {"armed": "UAF", "paramilitary": "UAF"}
#: Gatherings a country or organisation can host or name ("the G20 summit").
GATHERING_NOUNS = frozenset({"summit", "meeting", "conference", "forum", "session", "games"})
#: Nouns for news media and unnamed informants ("Thai military sources said"), which
#: report what others did rather than accuse anyone.
REPORTING_NOUNS = frozenset(
    {"media", "agency", "television", "tv", "radio", "newspaper", "broadcaster", "press",
     "source"}
)  # fmt: skip
#: Weapons that kill with no one named behind them ("killed by a roadside bomb").
WEAPON_NOUNS = frozenset(
    {"bomb", "device", "explosive", "mine", "landmine", "missile", "rocket", "shell", "mortar",
     "grenade", "blast", "explosion", "gunfire", "sniper", "drone"}
)  # fmt: skip
#: Verbs that put a document out ("a report released in Kigali").
PUBLISHING_VERBS = frozenset({"release", "publish", "issue", "present", "unveil", "launch"})
#: Nouns for texts that speak for their owner (a statement warns, a strategy demands).
DOCUMENT_NOUNS = frozenset(
    {
        "statement",
        "communique",
        "declaration",
        "strategy",
        "policy",
        "report",
        "letter",
        "resolution",
        "document",
        "plan",
        "message",
        "doctrine",
        "review",
    }
)
#: Verbs that characterise their object "as" something ("described the US as a threat").
DESCRIBING_VERBS = frozenset(
    {"describe", "call", "label", "brand", "dub", "characterise", "characterize", "portray",
     "term", "see", "regard", "view"}
)  # fmt: skip
#: What calls a state hostile, or friendly, when it is described as it.
HOSTILE_DESCRIPTIONS = frozenset(
    {"threat", "enemy", "aggressor", "terrorist", "danger", "menace", "bully", "liar",
     "criminal", "rogue", "occupier", "invader", "adversary", "foe", "provocateur", "pariah",
     "sponsor", "hypocrite", "puppet", "troublemaker", "warmonger"}
)  # fmt: skip
FRIENDLY_DESCRIPTIONS = frozenset(
    {"partner", "friend", "ally", "brother", "model", "pillar", "champion"}
)  # fmt: skip
#: Nouns that stand for the armed group or movement named before ("the group said").
GROUP_ANAPHORS = frozenset({"group", "movement", "organisation", "organization", "outfit"})
#: Nouns for an agreement, which "the deal" refers back to by its parties.
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "pact", "accord", "treaty"})
GROUP_NOUNS = frozenset(
    {
        "country",
        "side",
        "nation",
        "neighbour",
        "neighbor",
        "minister",
        "leader",
        "government",
        "capital",
        "party",
        "partner",
    }
)
TARGET_PREPS = frozenset(
    {"to", "with", "on", "against", "toward", "towards", "from", "at", "for", "into", "upon"}
)
#: Prepositions that make a prepositional verb ("call on", "meet with"); particles such as
#: "in" or "up" make a phrasal verb only when the parser marks them as particles.
PREPOSITIONAL_VERB_PREPS = frozenset(
    {"on", "with", "to", "for", "at", "from", "against", "into", "upon", "by", "out"}
)
#: Nouns that make the event inside them a possibility ("prospects of cooperation").
POSSIBILITY_NOUNS = frozenset(
    {"prospect", "possibility", "chance", "hope", "potential", "likelihood", "option", "need"}
)
#: Words that leave what they govern uncertain: "unlikely to attend", "tried to seize",
#: "considering sanctions".
UNCERTAINTY_GOVERNORS = frozenset(
    {"likely", "unlikely", "possible", "consider", "weigh", "mull", "contemplate", "debate",
     "propose", "suggest", "recommend", "float", "try", "attempt"}
)  # fmt: skip
#: Verbs that deny what their clause or object says ("denied that", "dismissed claims").
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "reject"})
#: Nouns for what can be denied: "dismissed claims that it had sent troops".
CLAIM_NOUNS = frozenset(
    {"claim", "report", "allegation", "accusation", "charge", "suggestion", "rumour", "rumor"}
)
#: Verbs of reacting to another's act: "rejected calls for talks", "welcomed the US
#: decision" (the calls and the decision are someone else's).
REACTION_VERBS = DENIAL_VERBS | {
    "block", "veto", "welcome", "praise", "hail", "condemn", "criticize", "criticise",
    "denounce", "oppose", "accept", "protest", "tolerate", "condone", "attribute", "blame",
}  # fmt: skip
#: Verbs by which an act brings on a reaction from others: "Russia's invasion drew
#: condemnation from the G7", "the test prompted sanctions".
DRAWING_VERBS = frozenset(
    {"draw", "attract", "earn", "prompt", "provoke", "spark", "trigger", "elicit", "invite"}
)
#: Verbs by which the subject comes by a thing another gave: "Pakistan got a loan from
#: China" (China lent it, to Pakistan), "the rebels enjoy the backing of Iran", "Obama
#: faces pressure from Congress".
RECEIVING_VERBS = frozenset(
    {"receive", "get", "obtain", "secure", "win", "accept", "gain", "enjoy", "face"}
)
#: Verbs whose object never comes to pass: "blocked EU sanctions", "vetoed a resolution".
BLOCKING_VERBS = frozenset({"block", "veto", "prevent", "thwart", "obstruct", "stall"})
#: Verbs that call off or put off their object, which is then no event of its own:
#: "cancelled a planned visit to Haiti" reduces relations (164), no visit is meant, and
#: "delayed retaliatory tariffs" imposes none; "suspended a military agreement" signs none.
CANCELLING_VERBS = frozenset(
    {"cancel", "postpone", "scrap", "call", "delay", "suspend", "halt", "terminate", "abandon",
     "abrogate", "freeze", "revoke", "rescind", "annul", "tear"}
)  # fmt: skip
#: Verbs saying talks failed ("the talks collapsed"): negotiations halted, not held.
FAILING_VERBS = frozenset({"collapse", "fail", "falter", "founder", "stall"})
LOCATION_PREPS = frozenset({"to", "in", "at", "into"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FUTURE_GOVERNORS = frozenset(
    {
        "plan",
        "intend",
        "expect",
        "prepare",
        "aim",
        "schedule",
        "set",
        "seek",
        "hope",
        "want",
        "willing",
        "ready",
        "prepared",
        "eager",
        "determined",
        "due",
        "poised",
        "about",
    }
)
#: Words after a preposition that make it a time, not an argument ("on Tuesday").
TEMPORAL_WORDS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "eve",
        "day",
        "week",
        "month",
        "year",
        "morning",
        "evening",
        "night",
        "occasion",
        "sideline",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "weekend",
        "anniversary",
    }
)
FUTURE_MODIFIERS = frozenset(
    {"forthcoming", "upcoming", "planned", "scheduled", "proposed", "next", "expected", "future"}
)
#: Verbs whose complement did not happen: "failed to reach agreement" is a rejection.
FAILURE_VERBS = frozenset({"fail", "refuse", "decline", "neglect"})
CONDITION_MARKERS = frozenset({"if", "unless", "whether"})
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "stress",
        "claim",
        "state",
        "report",
        "announce",
        "note",
        "insist",
        "assert",
        "allege",
        "explain",
        "declare",
        "affirm",
        "reiterate",
        "emphasise",
        "emphasize",
        "write",
        "tweet",
    }
)
MONEY_WORDS = frozenset(
    {
        "million",
        "billion",
        "trillion",
        "fund",
        "funds",
        "aid",
        "assistance",
        "money",
        "loan",
        "payment",
        "grant",
        "dollar",
        "euro",
        "pound",
        "yen",
        "yuan",
        "rupee",
        "rouble",
        "ruble",
        "riyal",
        "dirham",
        "peso",
        "lira",
        "shekel",
        "reimbursement",
        "subsidy",
        "tranche",
    }
)
#: Objects that only point at the real object ("most of its assistance").
QUANTIFIER_OBJECTS = frozenset(
    {
        "most", "all", "part", "some", "much", "half", "rest", "bulk",
        "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
        "million", "millions", "tens", "number", "group",
        "batch", "shipment", "consignment", "package", "tranche",
        "wave", "barrage", "salvo", "volley", "swarm", "series", "round", "spate", "string",
    }
)  # fmt: skip
OBLIGATION_AUX = frozenset({"must", "should"})
#: Verbs that only carry their purpose: "sent experts to investigate" is an investigation.
CARRIER_VERBS = frozenset({"send", "dispatch", "despatch", "fly", "travel", "move", "deploy"})
#: Irregular verb forms the small model's lemmatiser does not know, with their lemma.
IRREGULAR_FORMS = {"unfroze": "unfreeze", "unfrozen": "unfreeze"}
#: Verbs whose subject does the act a possessive names ("continued their hunger strike",
#: "staged their biggest rally"), unlike verbs of judging ("condemned their attack").
CONDUCTING_VERBS = frozenset(
    {"continue", "stage", "begin", "start", "launch", "hold", "resume", "end", "keep", "step"}
)
#: People sent who bring no aid by themselves ("sent a pathologist to Israel"): what they
#: go to do is the event, if the sentence says it.
SENT_PEOPLE = frozenset(
    {
        "team", "expert", "pathologist", "official", "investigator", "inspector",
        "observer", "monitor", "representative", "adviser", "advisor", "specialist",
        "officer", "agent", "journalist", "reporter", "staff", "lawyer", "judge",
    }
)  # fmt: skip
#: Roots of conflictual acts; announcing one, or making it hang on another's act, threatens.
CONFLICT_ROOTS = frozenset({"16", "17", "18", "19", "20"})
#: People of sport, whose "attacks" and "hosting" are games ("the Russian players"); not
#: words also used of others ("strikers" who down tools, "the Paris Club", "right-winger").
SPORTS_PEOPLE = frozenset(
    {"player", "midfielder", "goalkeeper", "footballer", "cricketer", "batsman", "athlete"}
)
#: Words that make a sentence about a game, and the verbs a game shares with conflict
#: ("Brazil beat Argentina 2-1 in the final").
SPORTS_WORDS = frozenset(
    {"final", "semifinal", "quarterfinal", "match", "cup", "tournament", "championship",
     "league", "wicket", "innings", "medal", "olympics"}
)  # fmt: skip
CONTEST_VERBS = frozenset({"beat", "attack", "host", "crush", "thrash", "rout", "hammer"})
