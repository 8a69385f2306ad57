"""Turn documents into events: parse, find actors, read predicate frames, build events.

The pipeline per document: skip page leftovers, parse the kept paragraphs with
spaCy, find actor mentions with the knowledge base, read predicate frames from the
parse, resolve pronouns and group references with a light document memory, then
attach modality, date, amount, evidence and a confidence to one event per
source–target pair.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import itertools
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.pool import AsyncResult

from spacy.tokens import Doc, Span, Token

from detente.actors import default_kb
from detente.coder._nlp import load_pipeline
from detente.coder._readings import intent_code, plover_reading
from detente.coder._tree import children
from detente.coder._words import (
    AGREEMENT_NOUNS,
    ARMED_MODIFIERS,
    DOCUMENT_NOUNS,
    GATHERING_NOUNS,
    GROUP_ANAPHORS,
    GROUP_NOUNS,
    NAMELESS_GROUPS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    PRONOUNS_SINGULAR,
    PUBLISHING_VERBS,
    REPORTING_NOUNS,
    WEAPON_NOUNS,
)
from detente.coder.frames import (
    AIR_STRIKE,
    CLAIM_OF_RESPONSIBILITY,
    COOPERATIVE_ROOTS,
    EXECUTION,
    EXPEL_PEOPLE,
    MILITARY_FORCE,
    PROTEST_ROOT,
    THREATEN_ROOT,
    Frame,
    beside_an_edge,
    build_frames,
    counted,
    match_noun,
    means_clauses,
    owned_act,
)
from detente.coder.lexicon import Lexicon, default_lexicon
from detente.model import (
    Actor,
    Amount,
    Document,
    Event,
    Evidence,
    Modality,
    Sentence,
    make_event_id,
)
from detente.ontology import CameoCode
from detente.ontology import cameo as cameo_info
from detente.text.amounts import find_amounts
from detente.text.clean import content_spans
from detente.text.dates import find_dates

#: Roots whose recipient often goes unsaid once named (aid given, cut or withheld).
IMPLICIT_RECIPIENT_ROOTS = frozenset({"07", "16"})
#: How many fuzzy lookups of unknown names a coder remembers before starting afresh.
MISSPELLING_CACHE = 50_000
#: Roots of violent acts, whose unnamed perpetrator may be known only by where they struck from.
ATTACK_ROOTS = frozenset({"18", "19", "20"})
#: Killing (180) and wounding (182) read as military force (190) when soldiers are involved.
UNCONVENTIONAL_KILLING = frozenset({"180", "182"})
#: A bombing (183, as by a car bomb) carried out by a state or its forces is an air strike (195).
BOMBING = "183"
#: Expelling individuals (174) read as expelling an agency (166) when an organisation goes.
EXPEL_AGENCY = "166"
#: Codes of acts only a state's authorities do to people on its soil (arrest and charge,
#: expel, investigate): with no doer named, the state where they happen did them.
CUSTODY_CODES = ("173", "174", "09", "116", "161", "201")
#: Expulsions, whose agentless form names the expelling state after "from".
EXPULSION_CODES = frozenset({"174", "161", "201"})
#: Dependencies of the words that name a group with its head noun ("opposition supporters").
MODIFIER_DEPS = frozenset({"compound", "amod", "nummod"})
#: The same without numbers, for a people ("ethnic Albanians", not "100 ethnic Albanians").
ETHNIC_MODIFIER_DEPS = frozenset({"compound", "amod"})
#: Nouns for a relationship, which coordinated parties have with each other.
RELATIONSHIPS = frozenset(
    {"partnership", "friendship", "alliance", "cooperation", "relationship", "tie", "relation"}
)
#: Words that begin a two-word country name ("North Korea", "South Sudan").
DIRECTIONS = frozenset({"north", "south", "east", "west"})
#: Roots of acts done on the ground (protest, force posture, coercion, violence), whose
#: nameless actors belong to the place where they happen.
GROUND_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
#: Prepositions that say where an attack happened ("in Ukraine", "near Samarra").
STRUCK_PREPS = frozenset({"in", "near", "outside", "at", "across", "inside", "throughout"})
#: "farmers throughout Bolivia", "students across Chile": a nameless group of a place.
GROUP_PLACE_PREPS = frozenset({"in", "throughout", "across"})
#: Statements, whose press audience is no party ("told reporters").
STATEMENT_ROOT = "01"
#: Repression, whose nameless victims are the repressing state's own.
REPRESSION_ROOT = "17"
#: Military cooperation (062), read as a show of force (150) when held alone near another.
JOINT_EXERCISE, SHOW_OF_FORCE = "062", "150"
#: Prepositions whose object is a topic rather than a party ("a goal of", "talks on").
TOPIC_PREPS = frozenset({"of", "on", "about", "over", "regarding"})
#: Prepositions after a noun that name whose it is or between whom ("the government of
#: Pakistan", "a ceasefire between Israel and Hamas").
ACTOR_PREPS = frozenset({"of", "by", "with", "to", "from", "between"})
#: Dependencies of a sentence's arguments, the likely antecedents of "it".
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
#: Sectors of people who may act with no country named ("insurgents shelled the city").
NONSTATE_SECTORS = frozenset(
    {"REB", "UAF", "OPP", "RAD", "CVL", "EDU", "LAB", "AGR", "REF", "MED", "CRM", "BUS"}
)
#: Attacks that take a place rather than hurt its people (blockade, occupation).
SEIZING_CODES = ("191", "192")
#: Roots of shows and uses of force, which a later "the attack" may name as one act.
FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
#: Bombings done on the ground, never from the air whoever does them.
GROUND_BLASTS = frozenset({"blow up", "detonate"})
#: The one kind ``_act_kind`` gives every show or use of force.
FORCE_KIND = "force"
#: Nouns that name an act already told without being event nouns of their own.
REFERRED_ACTS = {"launch": FORCE_KIND, "test": FORCE_KIND}
#: Parts of a people that a state acts on as another side ("Croatian paramilitaries").
ARMED_OR_OPPOSED = frozenset({"REB", "UAF", "OPP"})
#: Curfews, states of emergency and martial law: imposed on, and eased for, the people of
#: a place.
POPULATION_CONTROLS = frozenset({"1723", "1724", "0813", "0814"})
#: Sectors of a state's own bodies, whose "opposition" is their country's.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: Documents parsed together: spaCy parses longer batches faster (a few per cent over 32
#: documents, for about 30 MiB more at the peak; 128 would cost 100 MiB for little more).
BATCH_SIZE = 64
#: What a speaker does by reporting another's attack: accuse of aggression.
ALLEGED_AGGRESSION = cameo_info("1123")
#: Mention kinds that name a place as well as an actor (usable as a visit's destination).
PLACE_KINDS = frozenset({"country", "metonym", "place"})
#: Parts of a place's people named by their own nation ("the Greek side of Cyprus").
SIDE_NOUNS = frozenset({"side", "community", "part", "wing", "population"})
#: Nouns for a state's land, which a demonym makes a place ("Syrian soil").
LAND_NOUNS = frozenset({"territory", "soil", "airspace", "waters", "land", "border"})
#: How much a way of finding an actor is trusted, multiplied into the confidence.
CONFIDENCE_BY_VIA = {"direct": 1.0, "coref": 0.8, "inherited": 0.9}


@dataclass(frozen=True, slots=True)
class ResolvedActor:
    """An actor found for an argument, with where it was found and how."""

    actor: Actor
    kind: str
    via: str = "direct"
    #: The office a person holds on the date (head_of_government, foreign_minister, ...).
    role: str | None = None

    @property
    def key(self) -> tuple[str | None, str | None, str | None]:
        return (self.actor.country, self.actor.sector, self.actor.actor_id)


#: The last doers of each CAMEO root in a sentence, with the tokens of the clause that
#: named them: an event noun with no doer of its own may be theirs ("a visit to Pakistan,
#: followed by a visit to India").
DoersByRoot = dict[str, tuple[list[ResolvedActor], frozenset[int]]]


@dataclass(slots=True)
class CodedDocument:
    """A document with the sentences and events the coder found in it."""

    document: Document
    sentences: list[Sentence]
    events: list[Event]


@dataclass(slots=True)
class _SentenceFinds:
    """The dates and amounts of a sentence, found only once an event needs them: most
    sentences with a predicate yield no event, and these scans are not free."""

    text: str
    anchor: dt.date | None
    _dates: list | None = None
    _amounts: list | None = None

    def dates(self) -> list:
        if self._dates is None:
            self._dates = find_dates(self.text, self.anchor)
        return self._dates

    def amounts(self) -> list:
        if self._amounts is None:
            self._amounts = find_amounts(self.text)
        return self._amounts


@dataclass(slots=True)
class _Memory:
    """What the document said so far: persons, pairs and groups for light coreference."""

    persons: list[ResolvedActor] = field(default_factory=list)
    #: How many of ``persons`` were named before the sentence being coded.
    persons_before: int = 0
    #: The person who is the subject of this sentence and of the one before: "Khan
    #: thanked the president. He has promised..." — "he" continues the subject.
    subject: ResolvedActor | None = None
    previous_subject: ResolvedActor | None = None
    singles: list[ResolvedActor] = field(default_factory=list)
    pairs: list[tuple[ResolvedActor, ResolvedActor]] = field(default_factory=list)
    #: Pairs named as pairs ("China and Pakistan") or met as partners (talks, accords),
    #: not merely two states in one sentence ("Saudi Arabia offered Pakistan a loan").
    partners: list[tuple[int, tuple[ResolvedActor, ResolvedActor]]] = field(default_factory=list)
    group: list[ResolvedActor] = field(default_factory=list)
    #: The last verb frame's predicate index and whom it was aimed at, for a verb joined
    #: to it that names no one ("hosted Zelensky and pledged more weapons").
    verb_targets: (
        tuple[int, set[tuple[str | None, str | None, str | None]], list[ResolvedActor]] | None
    ) = None
    #: Armed groups and movements named so far, for "the group" or "the movement".
    armed_groups: list[ResolvedActor] = field(default_factory=list)
    #: While a frame's targets are resolved (``resolving_targets``): its doers (those of
    #: a known country), since "both capitals" they call are others, and so is the owner
    #: in "the US ended its status" (a pronoun that is itself one of the
    #: ``target_tokens``); a state's own rebels may still be one of "both sides".
    acting: tuple[Actor, ...] = ()
    target_tokens: frozenset[int] = frozenset()
    #: Index of the sentence being coded, and of the one that set ``group``.
    sentence: int = 0
    group_sentence: int = -10
    #: Who issued the last statement or strategy that had a named owner ("the strategy").
    document_owner: list[ResolvedActor] = field(default_factory=list)
    #: The last attack reported as it happened: sentence index, CAMEO code and whom it
    #: struck, for "X claimed responsibility" in a sentence of its own.
    last_attack: tuple[int, str, list[ResolvedActor]] | None = None
    #: The last targets of aid and sanction events, for a withheld sum with no recipient.
    recipients: dict[str, tuple[int, list[ResolvedActor]]] = field(default_factory=dict)
    #: The date (and precision) that last dated an event of this paragraph, for a past
    #: act told next with no date of its own ("Last month, X met Y in Jakarta. He told
    #: Y that ...").
    paragraph_date: tuple[dt.date, str] | None = None
    #: The last asserted doers of each kind of act (``_act_kind``), with the sentence
    #: they acted in, for "the launch" or "the attack" judged next.
    doers_of_kind: dict[str, tuple[int, list[ResolvedActor]]] = field(default_factory=dict)

    def last_doers(self, kind: str) -> list[ResolvedActor]:
        """Who did the last act of a kind, told in this sentence or the two before."""
        told = self.doers_of_kind.get(kind)
        if told is None or told[0] < self.sentence - 2:
            return []
        return [ResolvedActor(d.actor, d.kind, "coref") for d in told[1]]

    def note_sentence(self, sent: Span, mentions: dict[int, ResolvedActor]) -> None:
        """Remember a sentence's persons, its single country and the pairs it names."""
        in_order: list[tuple[int, ResolvedActor]] = []
        for index in sorted(mentions):
            item = mentions[index]
            if not in_order or in_order[-1][1] is not item:
                in_order.append((index, item))
        countries = []
        self.previous_subject, self.subject = self.subject, None
        self.persons_before = len(self.persons)
        for index, item in in_order:
            if _personal(item):
                self.persons.append(item)
                head = _mention_head(sent.doc[index], mentions)
                if self.subject is None and head.dep_ in ("nsubj", "nsubjpass"):
                    self.subject = item
            if item.kind == "group":
                self.armed_groups.append(item)
            if item.kind == "place" or _venue(sent.doc[index], mentions):
                continue  # where things happened, not who acted: no antecedent for "it"
            if item.actor.country and all(item.actor.country != c.actor.country for c in countries):
                countries.append(item)
        if len(countries) == 1:
            self.singles.append(countries[0])
        explicit = _explicit_pairs(sent, mentions)
        if explicit:
            self.pairs.extend(explicit)
            self.partners.extend((self.sentence, pair) for pair in explicit)
            return
        # Otherwise two countries the sentence has act or be acted on: "the goal of a
        # peaceful Afghanistan" names Afghanistan as a topic, not as a party.
        parties = [
            item
            for index, item in in_order
            if item in countries and not _topic(sent.doc[index], mentions)
        ]
        if len(parties) >= 2:
            self.pairs.append((parties[-2], parties[-1]))

    @contextlib.contextmanager
    def resolving_targets(
        self, sources: list[ResolvedActor], targets: list[Token]
    ) -> Iterator[None]:
        """Resolve a frame's targets knowing who acts, and forget it afterwards."""
        self.acting = tuple(s.actor for s in sources if s.actor.country)
        self.target_tokens = frozenset(t.i for t in targets)
        try:
            yield
        finally:
            self.acting, self.target_tokens = (), frozenset()

    def doers_for(self, token: Token) -> frozenset[str]:
        """The countries a pronoun cannot stand for: the doers, when it is their target."""
        if token.i not in self.target_tokens:
            return frozenset()
        return frozenset(doer.country for doer in self.acting if doer.country)

    def last_pair(self) -> tuple[ResolvedActor, ResolvedActor] | None:
        """The pair "both sides" or "the two countries" stands for.

        Partners paired in this sentence or the one before ("China and Pakistan ... the
        two countries"); else the partners the document pairs most often (the latest of
        equals: a visit's report that mentions talks with a lender in passing still
        means the visit's two sides); else the last two states named together.
        """

        def others(pair: tuple[ResolvedActor, ResolvedActor]) -> bool:
            return not any(
                side.actor.country == doer.country
                and not _distinct_sectors(doer, side.actor, side.kind)
                for side in pair
                for doer in self.acting
            )

        partners = [(n, pair) for n, pair in self.partners if others(pair)]
        if not partners:
            pairs = [pair for pair in self.pairs if others(pair)]
            return pairs[-1] if pairs else None
        latest_sentence, latest = partners[-1]
        if latest_sentence >= self.sentence - 1:
            return latest
        counts = collections.Counter(frozenset((a.key, b.key)) for _, (a, b) in partners)
        return max(
            (pair for _, pair in reversed(partners)),
            key=lambda pair: counts[frozenset((pair[0].key, pair[1].key))],
        )


#: Last words of an organisation's office held by one person ("the UN Secretary-General").
PERSONAL_OFFICES = frozenset(
    {"secretary-general", "general", "chief", "envoy", "president", "commissioner", "director"}
)


def _personal(mention: ResolvedActor) -> bool:
    """A person, a title, or an organisation's one-person office, which "he" can stand for."""
    if mention.kind in ("person", "title"):
        return True
    words = mention.actor.text.lower().split()
    return mention.kind == "igo" and bool(words) and words[-1] in PERSONAL_OFFICES


def _mention_head(token: Token, mentions: dict[int, ResolvedActor]) -> Token:
    """The last word of the mention a token belongs to, whose head is outside it."""
    mention = mentions[token.i]
    head = token
    while head.head.i != head.i and mentions.get(head.head.i) is mention:
        head = head.head
    return head


def _venue(token: Token, mentions: dict[int, ResolvedActor]) -> bool:
    """Whether a mention only says where ("the summit in Argentina") or whose gathering
    it was ("the G20 summit"), so it is no antecedent for "the two sides"."""
    head = _mention_head(token, mentions)
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "at"):
        return True
    return head.dep_ == "compound" and head.head.lemma_.lower() in GATHERING_NOUNS


def _topic(token: Token, mentions: dict[int, ResolvedActor]) -> bool:
    """Whether a mention is only what something is about ("the goal of a peaceful
    Afghanistan", "talks on Kashmir"): the object of a preposition of topic."""
    head = _mention_head(token, mentions)
    return head.dep_ == "pobj" and head.head.lower_ in TOPIC_PREPS


def _explicit_pairs(
    sent: Span, mentions: dict[int, ResolvedActor]
) -> list[tuple[ResolvedActor, ResolvedActor]]:
    """Pairs the text names as pairs: "Pakistan-US", "China and Pakistan"."""
    pairs = []
    for index in sorted(mentions):
        token = sent.doc[index]
        first = mentions[index]
        partners = [mentions.get(c.i) for c in children(token) if c.dep_ == "conj"]
        if token.i + 2 < sent.end and sent.doc[token.i + 1].text in ("-", "–"):
            partners.append(mentions.get(token.i + 2))
        for second in partners:
            if second is not None and second.actor.country != first.actor.country:
                pairs.append((first, second))
    return pairs


class Coder:
    """Codes documents into events with one spaCy pipeline, lexicon and actor base."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.nlp = load_pipeline()
        self.lexicon = lexicon or default_lexicon()
        self.kb = default_kb()
        #: Fuzzy lookups of unknown names already tried (names recur across a corpus).
        self._misspellings: dict[str, ResolvedActor | None] = {}

    # -- public -----------------------------------------------------------------
    def code(self, document: Document) -> CodedDocument:
        """Code one document."""
        return next(iter(self.code_many([document])))

    def code_many(
        self, documents: Iterable[Document], batch_size: int = BATCH_SIZE
    ) -> Iterator[CodedDocument]:
        """Code documents in order, parsing paragraphs in batches for speed."""
        iterator = iter(documents)
        while batch := list(itertools.islice(iterator, batch_size)):
            jobs = [(doc, span) for doc in batch for span in content_spans(doc.text)]
            parsed = self.nlp.pipe(self._parseable(doc.text[s:e]) for doc, (s, e) in jobs)
            by_doc: dict[str, list[tuple[int, Doc]]] = {}
            for (doc, (start, _)), spacy_doc in zip(jobs, parsed, strict=True):
                by_doc.setdefault(doc.doc_id, []).append((start, spacy_doc))
            for doc in batch:
                yield self._code_parsed(doc, by_doc.get(doc.doc_id, []))

    def _parseable(self, paragraph: str) -> str:
        """The paragraph as the parser reads it best: a title-case headline ("US Slaps New
        Sanctions On Iranian Oil Exports") in sentence case, with the actors' names kept
        as written; any other paragraph as it is. The length never changes, so offsets
        into the parse are offsets into the document."""
        if not _title_case(paragraph):
            return paragraph
        chars = list(paragraph.lower())
        for mention in self.kb.find_mentions(paragraph):
            chars[mention.start : mention.end] = paragraph[mention.start : mention.end]
        chars[0] = paragraph[0]
        cased = "".join(chars)
        return cased if len(cased) == len(paragraph) else paragraph

    # -- internals --------------------------------------------------------------
    def _code_parsed(self, document: Document, paragraphs: list[tuple[int, Doc]]) -> CodedDocument:
        memory = _Memory()
        sentences: list[Sentence] = []
        events: list[Event] = []
        seen: dict[tuple[object, ...], list[Event]] = {}
        for offset, spacy_doc in paragraphs:
            memory.paragraph_date = None
            for sent in spacy_doc.sents:
                start = offset + sent.start_char
                # The document's own words: a headline is parsed in sentence case.
                text = document.text[start : offset + sent.end_char]
                if not text.strip():
                    continue
                index = len(sentences)
                sentences.append(
                    Sentence(document.doc_id, index, start, offset + sent.end_char, text)
                )
                for event in self._code_sentence(document, index, start, sent, text, memory):
                    # One event per dyad, code, modality and day in a document: "Pompeo's
                    # visit to Pakistan" and "his arrival in Islamabad" are one visit.
                    # Actors of two different known sectors stay apart.
                    key = (
                        event.source.country,
                        event.target.country,
                        event.cameo,
                        event.modality,
                        event.date,
                    )
                    same = seen.setdefault(key, [])
                    if not any(_same_actors(event, other) for other in same):
                        same.append(event)
                        events.append(event)
        return CodedDocument(document, sentences, events)

    def _mentions(
        self, sent: Span, text: str, date: dt.date | None, memory: _Memory
    ) -> dict[int, ResolvedActor]:
        by_token: dict[int, ResolvedActor] = {}
        for mention in self.kb.find_mentions(text, date=date):
            resolution = mention.resolution
            if resolution is None:
                continue  # an ambiguous name still counts for the country its readings share
            span = sent.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            if not resolution.country:
                # "the Prime Minister" with no country: the holder named earlier, if any.
                earlier = [p for p in memory.persons if p.role and p.role == resolution.role]
                if not earlier:
                    continue
                resolved = ResolvedActor(earlier[-1].actor, "person", "coref", earlier[-1].role)
            else:
                actor = Actor(
                    mention.text, resolution.country, resolution.sector, resolution.actor_id
                )
                resolved = ResolvedActor(actor, mention.kind, role=resolution.role)
            for token in span:
                by_token.setdefault(token.i, resolved)
        return by_token

    def _code_sentence(
        self,
        document: Document,
        index: int,
        start: int,
        sent: Span,
        text: str,
        memory: _Memory,
    ) -> list[Event]:
        """Code one sentence: ``sent`` is its parse, ``text`` the document's own words
        (the same length; a headline is parsed in sentence case)."""
        mentions = self._mentions(sent, text, document.date, memory)
        frames = build_frames(sent, self.lexicon)
        memory.sentence = index
        memory.note_sentence(sent, mentions)
        events: list[Event] = []
        if frames:
            found = _SentenceFinds(text, document.date)
            sources_by_root: DoersByRoot = {}
            for frame in frames:
                events.extend(
                    self._events_for_frame(
                        document,
                        index,
                        start,
                        sent,
                        frame,
                        mentions,
                        memory,
                        found,
                        sources_by_root,
                    )
                )
        return events

    def _actors_of(
        self,
        token: Token,
        mentions: dict[int, ResolvedActor],
        memory: _Memory,
        depth: int = 0,
    ) -> list[ResolvedActor]:
        if token.i in mentions and mentions[token.i].kind == "demonym":
            # ("Pakistanis in Britain" stay Pakistanis; "ethnic" makes them a people.)
            ethnic = any(c.lower_ == "ethnic" for c in children(token))
            homes = [
                mentions[pobj.i]
                for prep in children(token)
                if prep.dep_ == "prep" and (prep.lower_ == "of" or (ethnic and prep.lower_ == "in"))
                for pobj in children(prep)
                if pobj.i in mentions and mentions[pobj.i].kind in PLACE_KINDS
            ]
            verb = _governing_verb(token) if ethnic and not homes else None
            if verb is not None:
                # "Serb forces killed three ethnic Albanians in southern Serbia",
                # "ethnic Turks protested in Sweden": where what they did or suffered happened.
                homes = _struck_in(verb, mentions)
            if homes and homes[0].actor.country != mentions[token.i].actor.country:
                # "ethnic Albanians in south Serbia", "the Albanians of southern Serbia":
                # a people named by where they live belongs to that country's population.
                named = _written_name(token, ETHNIC_MODIFIER_DEPS, token.i)
                return [_located(homes[0].actor, "CVL", named)]
        if token.i in mentions:
            found = [mentions[token.i]]
            doc = token.doc
            for neighbour in (token.i - 2, token.i + 2):
                between = doc[min(token.i, neighbour) + 1] if 0 <= neighbour < len(doc) else None
                if between is not None and between.text in ("-", "–") and neighbour in mentions:
                    found.append(mentions[neighbour])
            mention = mentions[token.i]
            # The parser may hang the next conjunct on any word of a name ("Barack Obama
            # and Vladimir Putin" with Putin under "Obama" while "Barack" is the subject).
            words = [token]
            if mentions.get(token.i - 1) is mention or mentions.get(token.i + 1) is mention:
                words = [
                    t
                    for t in doc[max(0, token.i - 4) : token.i + 5]
                    if mentions.get(t.i) is mention
                ]
            for child in (c for word in words for c in children(word)):
                if child.lower_ in DIRECTIONS and child.i not in mentions and child.i < token.i:
                    # "North and South Korea": "North" hangs on the name it shares.
                    found.extend(self._elided_name(child, mention))
                    continue
                # "Islamabad and Washington"; "The US, Russia, and Switzerland" (appositions),
                # but not "Pakistan, a key U.S. ally" (a description).
                if child.dep_ == "appos" and child.i not in mentions:
                    continue
                if child.dep_ in ("conj", "appos") and mentions.get(child.i) is not mention:
                    found.extend(self._actors_of(child, mentions, memory, depth))
                elif (
                    child.dep_ in ("nmod", "compound", "amod")
                    and child.i in mentions
                    and mentions[child.i] is not mention
                    and any(
                        c.dep_ == "conj" and mentions.get(c.i) is mention for c in children(child)
                    )
                ):
                    # "US and British troops": the first modifier shares the noun.
                    other = mentions[child.i]
                    sector = other.actor.sector or mention.actor.sector
                    found.append(replace(other, actor=replace(other.actor, sector=sector)))
            return found
        if token.lower_ in DIRECTIONS and token.i not in mentions:
            # "North and South Korean officials": the parser hangs the pair on "North".
            pairs = [mentions[c.i] for c in children(token) if c.dep_ == "conj" and c.i in mentions]
            elided = [a for m in pairs for a in self._elided_name(token, m)]
            if elided:
                return elided + pairs
        for name in _proper_names(token, mentions) if depth == 0 else ():
            misspelt = self._misspelt_actor(name)
            if misspelt is not None:
                return [misspelt]
        lower = token.lower_
        if token.pos_ == "PRON" or lower in ("latter", "former"):
            return self._reference(token, mentions, memory)
        lemma = token.lemma_.lower()
        if lemma in AGREEMENT_NOUNS and _bare_definite(token):
            # "Beijing criticised the deal": the parties to the last agreement named.
            pair = memory.last_pair()
            return [ResolvedActor(a.actor, a.kind, "coref") for a in pair] if pair else []
        if _bare_definite(token, plural=True):
            # "North Korea fired two missiles into the sea. Seoul condemned the launch":
            # the doers of the last act of its kind.
            named = match_noun(token, self.lexicon)
            kind = REFERRED_ACTS.get(lemma) or (_act_kind(named.cameo) if named else None)
            if kind is not None:
                return memory.last_doers(kind)
        if lemma in GROUP_ANAPHORS and _bare_definite(token):
            # "A Hamas official said the group had rejected the proposal".
            named = [m for i, m in sorted(mentions.items()) if i < token.i and m.kind == "group"]
            earlier = named or memory.armed_groups
            return [ResolvedActor(earlier[-1].actor, earlier[-1].kind, "coref")] if earlier else []
        if _is_group_noun(token) and not any(c.i in mentions for c in token.subtree):
            if lemma == "leader" or token.lower_ == "leaders":
                # "Trump is due to meet both leaders": the last two leaders named.
                earlier = memory.persons[: memory.persons_before] + [
                    m for i, m in sorted(mentions.items()) if i < token.i and _personal(m)
                ]
                leaders = _last_of_two_countries(earlier[-4:], memory.doers_for(token))
                if leaders:
                    return [ResolvedActor(p.actor, p.kind, "coref") for p in leaders]
            pair = memory.last_pair()
            if pair is not None:
                a, b = pair
                return [
                    ResolvedActor(a.actor, a.kind, "coref"),
                    ResolvedActor(b.actor, b.kind, "coref"),
                ]
            return []
        if depth >= 2:
            return []
        people = counted(token)
        if people != [token] and token.i not in mentions and _group_sector(people[0]):
            # "Thousands of students in Jakarta": the ones counted, as if named alone
            # ("thousands of Iraqis" are read as a crowd of Iraqis).
            return [a for p in people for a in self._actors_of(p, mentions, memory, depth)]
        if lemma in DOCUMENT_NOUNS:
            return self._document_owner(token, mentions, memory, depth)
        found: list[ResolvedActor] = []
        conjuncts: list[ResolvedActor] = []
        descriptions: list[Token] = []
        for child in children(token):
            if child.dep_ == "appos" and child.i not in mentions:
                # "Pakistan, a key U.S. ally, refused": a description, not an actor; it
                # tells only whose an unknown person is ("Varthaman, the Indian pilot").
                descriptions.append(child)
                continue
            if child.dep_ == "poss" and lemma == "counterpart":
                continue  # "his Turkish counterpart" is Turkish, whoever "his" is
            if child.dep_ == "conj":
                # "the Sudanese army and the RSF": another actor, not a part of this one.
                conjuncts.extend(self._actors_of(child, mentions, memory, depth + 1))
            elif child.dep_ in ("compound", "amod", "poss", "nmod", "appos") or (
                child.dep_ == "npadvmod" and token.lemma_.lower() in ("lead", "base", "administer")
            ):
                # "Vietnamese-led forces" are Vietnam's; "Israeli-occupied" land is not Israel.
                found.extend(self._actors_of(child, mentions, memory, depth + 1))
            elif (
                child.dep_ == "prep"
                and child.lower_ in ACTOR_PREPS
                and (child.lower_ == "by" or not owned_act(token, self.lexicon))
            ):
                # "the government of Pakistan", "calls by Belarus's rulers", "air links
                # with Serbia", "aid to Albanian rebels", "dissidents from Myanmar" (but
                # "Russia's aid to Syria" is Russia's: whom an owned act is aimed at is not
                # the one it stands for).
                for pobj in children(child):
                    named = self._actors_of(pobj, mentions, memory, depth + 1)
                    if found and child.lower_ == "of" and lemma in SIDE_NOUNS:
                        # "the Turkish and Greek sides of the island of Cyprus": with its
                        # owners named, a side's "of" place is only where they are.
                        named = [a for a in named if a.kind not in PLACE_KINDS]
                    found.extend(named)
        found = _named_part(found)
        sector = _group_sector(token)
        if found and sector is not None:
            # "Afghan rebels", "Syrian forces": the noun says which part of the country acts
            # ("Sudan's army" is a body of Sudan's, no longer the place).
            # "Darfur rebels": a group of a place, located there.
            # "Uyghur activists", "Tigrayan forces": a people within a state has no army
            # of the state's; its forces are rebels.
            found = [
                ResolvedActor(
                    Actor(
                        f.actor.text,
                        f.actor.country,
                        "REB" if _within_a_state(f.actor) and sector == "MIL" else sector,
                        f.actor.actor_id,
                    ),
                    "demonym",
                    f.via,
                )
                if f.kind in ("country", "demonym")
                and (f.actor.sector is None or _within_a_state(f.actor))
                else _located(f.actor, sector, f"{f.actor.text} {token.text}")
                if f.kind in ("place", "metonym") and sector in NONSTATE_SECTORS
                else f
                for f in found
            ]
        if not found and token.pos_ == "PROPN":
            for description in descriptions:
                found.extend(
                    ResolvedActor(a.actor, a.kind, "coref")
                    for a in self._actors_of(description, mentions, memory, depth + 1)
                    if a.kind not in PLACE_KINDS
                )
        if not found and depth == 0 and (lemma in NAMELESS_GROUPS or sector is not None):
            # "a peacekeeping force in Liberia": a nameless group takes its place's country.
            for child in children(token):
                if child.dep_ == "prep" and child.lower_ in GROUP_PLACE_PREPS:
                    for pobj in children(child):
                        if pobj.i in mentions and mentions[pobj.i].kind in PLACE_KINDS:
                            named = _written_name(token, MODIFIER_DEPS, pobj.right_edge.i)
                            found.append(_located(mentions[pobj.i].actor, sector, named))
        return found + conjuncts

    def _elided_name(self, direction: Token, mention: ResolvedActor) -> list[ResolvedActor]:
        """ "North and South Korean officials", "North and South Korea": the name the first
        direction shares with the coordinated one ("North Korean"), when the actor base
        knows it."""
        words = mention.actor.text.split(maxsplit=1)
        if len(words) < 2 or words[0].lower() not in DIRECTIONS:
            return []
        name = f"{direction.text} {words[1]}"
        resolution = self.kb.resolve(name, date=None)
        if resolution is None or not resolution.country:
            return []
        return [ResolvedActor(Actor(name, resolution.country, None, None), "demonym", "coref")]

    def _accusers(
        self, frame: Frame, root: str, mentions: dict[int, ResolvedActor], memory: _Memory
    ) -> list[ResolvedActor]:
        """Who alleges the frame's attack: "Israel said a mortar was fired at it from Gaza"
        is, whatever happened, Israel accusing Gaza's rulers of aggression.

        Only asserted reports of violence that happened count ("said it will support a
        resolution that aims to impose a blockade" accuses no one), and only speakers
        named as themselves ("relief officials in Nairobi" are not Kenya) who are not
        the news media ("Syrian state media reported"). A speaker of the doer's own
        country is claiming the act, not accusing anyone (the caller drops that pair).
        """
        # "Ukraine said Russia was behind the strike": the tense is the copula's.
        told = (
            frame.owner
            if frame.nominal and frame.owner is not None and frame.owner.lemma_ == "be"
            else frame.predicate
        )
        if (
            root not in ATTACK_ROOTS
            or told.tag_ not in ("VBD", "VBN")
            or frame.reporter is None
            or REPORTING_NOUNS & {frame.reporter.lower_, frame.reporter.lemma_.lower()}
            or frame.negated
            or frame.hypothetical
            or frame.future
        ):
            return []
        return [
            ResolvedActor(a.actor, a.kind, "inherited")
            for a in self._actors_of(frame.reporter, mentions, memory)
            if a.actor.country and a.kind not in ("place", "located")
        ]

    def _no_named_doer(self, frame: Frame) -> bool:
        """The text names no doer: an agentless passive, or an event noun as subject ("a
        roadside bombing killed"), not an unresolved group ("the groups that attack")."""
        return all(
            t.lemma_.lower() in self.lexicon.noun_heads or t.lemma_.lower() in WEAPON_NOUNS
            for t in frame.sources
        )

    def _misspelt_actor(self, name: str) -> ResolvedActor | None:
        """ "a fresh offer from Afganistan", "Francois Mitterand": a close misspelling of a
        name in the actor base.

        Only argument heads get this fuzzy lookup, so its cost stays off the mention scan.
        """
        if name in self._misspellings:
            return self._misspellings[name]
        if len(self._misspellings) >= MISSPELLING_CACHE:
            self._misspellings.clear()
        resolution = self.kb.resolve(name, date=None)
        found = None
        if resolution is not None and resolution.match == "fuzzy" and resolution.country:
            actor = Actor(name, resolution.country, resolution.sector, resolution.actor_id)
            kind = "country" if resolution.actor_id == resolution.country else "person"
            found = ResolvedActor(actor, kind, role=resolution.role)
        self._misspellings[name] = found
        return found

    def _reporter(
        self, frame: Frame, mentions: dict[int, ResolvedActor], memory: _Memory
    ) -> str | None:
        """Who reported the event: the speaker's actor, or the words naming the speaker."""
        if not frame.reported:
            return None
        if frame.reporter is None:
            return "unattributed"
        speakers = _unique(self._actors_of(frame.reporter, mentions, memory))
        if speakers:
            return speakers[0].actor.text
        words = frame.reporter.doc[frame.reporter.left_edge.i : frame.reporter.right_edge.i + 1]
        return words.text[:60]

    def _as_of(self, item: ResolvedActor, date: dt.date) -> ResolvedActor:
        """A person's actor as of the event's date rather than the article's."""
        if item.kind not in ("person", "title"):
            return item
        resolution = self.kb.resolve(item.actor.text, date=date)
        if resolution is None or resolution.match == "ambiguous" or not resolution.country:
            return item
        actor = Actor(item.actor.text, resolution.country, resolution.sector, resolution.actor_id)
        return ResolvedActor(actor, item.kind, item.via)

    def _document_owner(
        self, token: Token, mentions: dict[int, ResolvedActor], memory: _Memory, depth: int
    ) -> list[ResolvedActor]:
        """Who speaks through a statement or strategy: its owner, never its topic.

        "its Afghanistan strategy" is the owner's, not Afghanistan's; "the joint
        Indo-US statement" belongs to both; "the strategy" repeats the last owner.
        """
        owners: list[ResolvedActor] = []
        for child in children(token):
            if child.dep_ == "poss":
                owners.extend(self._actors_of(child, mentions, memory, depth + 1))
            elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
                # "a report by Amnesty International", "a statement from the Kremlin".
                for pobj in children(child):
                    owners.extend(self._actors_of(pobj, mentions, memory, depth + 1))
        if not owners:
            for child in children(token):
                if child.dep_ in ("compound", "amod", "nmod") and child.i in mentions:
                    owners.extend(self._actors_of(child, mentions, memory, depth + 1))
            if any(c.lower_ == "joint" for c in children(token)) and len(owners) < 2:
                pair = memory.last_pair()
                owners = list(pair) if pair is not None else owners
        if not owners:
            owners = self._published_in(token, mentions, memory, depth)
        if not owners and memory.document_owner:
            owners = [ResolvedActor(o.actor, o.kind, "coref") for o in memory.document_owner]
        if owners:
            memory.document_owner = owners
        return owners

    def _published_in(
        self, token: Token, mentions: dict[int, ResolvedActor], memory: _Memory, depth: int
    ) -> list[ResolvedActor]:
        """The country a document of no named owner was published in: "a report released
        in the Rwandan capital" speaks for Rwanda (with the lower confidence of coref)."""
        found = []
        for participle in children(token):
            if participle.dep_ != "acl" or participle.lemma_.lower() not in PUBLISHING_VERBS:
                continue
            for prep in children(participle):
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for place in children(prep):
                        found.extend(
                            _located(item.actor)
                            for item in self._actors_of(place, mentions, memory, depth + 1)
                        )
        return found

    def _praised_object(
        self, token: Token, mentions: dict[int, ResolvedActor], memory: _Memory
    ) -> list[ResolvedActor]:
        """The one a reason is given about: in "praised New Delhi for its help", "accused
        Pakistan of its support", "sanctioned Russia over its invasion" and "protested to
        Nepal over its new map", "its" is New Delhi's, Pakistan's, Russia's and Nepal's."""
        noun = token.head
        prep = noun.head
        if (
            noun.dep_ != "pobj"
            or prep.lower_ not in ("for", "of", "over")
            or prep.head.pos_ != "VERB"
        ):
            return []
        verb = prep.head
        objects = [c for c in children(verb) if c.dep_ == "dobj" and c.i < token.i]
        objects += [
            g
            for p in children(verb)
            if p.dep_ == "prep" and p.lower_ in ("to", "on", "against") and p.i < token.i
            for g in children(p)
            if g.dep_ == "pobj"
        ]
        return _unique(a for o in objects for a in self._actors_of(o, mentions, memory))

    def _clause_subjects(
        self, token: Token, mentions: dict[int, ResolvedActor], memory: _Memory
    ) -> list[ResolvedActor]:
        """The actors of the subject of the clause a word sits in, climbing from a
        complement to the verb that has the subject ("agreed to halt their war")."""
        verb = _governing_verb(token)
        while (
            verb is not None
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb))
            and verb.dep_ in ("xcomp", "advcl", "conj")
            and verb.head.i != verb.i
        ):
            verb = verb.head
        if verb is None:
            return []
        # A subject that holds the word itself ("its own forces") cannot be its owner.
        subjects = [
            c
            for c in children(verb)
            if c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i < token.i
        ]
        return _unique(
            a
            for subject in subjects
            if subject.pos_ != "PRON"
            for a in self._actors_of(subject, mentions, memory)
        )

    def _reference(
        self, token: Token, mentions: dict[int, ResolvedActor], memory: _Memory
    ) -> list[ResolvedActor]:
        """Resolve a pronoun or "the latter": earlier in the sentence first, then the document."""
        lower = token.lower_
        before = [mentions[i] for i in sorted(mentions) if i < token.i]
        persons_before = [m for m in before if _personal(m)]
        # "He invited Modi": not someone named later in the same sentence.
        persons = persons_before or memory.persons[: memory.persons_before]
        if lower == "latter" and persons:
            return [ResolvedActor(persons[-1].actor, "person", "coref")]
        if lower == "former" and persons:
            distinct = [p for p in persons if p.key != persons[-1].key]
            return [ResolvedActor(distinct[-1].actor, "person", "coref")] if distinct else []
        if lower in ("his", "her") and token.dep_ == "poss" and persons_before:
            # "conveyed by Pompeo to Imran Khan in his call to him": whose call it is, is
            # the clause's doer when that is a person, not merely the last one named.
            verb = _governing_verb(token)
            doers = (
                [c for c in children(verb) if c.dep_ == "nsubj"]
                + [g for c in children(verb) if c.dep_ == "agent" for g in children(c)]
                if verb
                else []
            )
            owners = [mentions[d.i] for d in doers if d.i in mentions and d.i < token.i]
            owners = [o for o in owners if o.kind in ("person", "title")]
            if owners:
                return [ResolvedActor(owners[0].actor, "person", "coref")]
        if lower in ("him", "her") and token.dep_ != "poss":
            # "Hayashi thanked him": an object pronoun is never its own clause's subject.
            verb = _governing_verb(token)
            own = {
                mentions[c.i].key
                for c in (children(verb) if verb else ())
                if c.dep_ == "nsubj" and c.i in mentions
            }
            others = [p for p in persons_before if p.key not in own] or [
                p for p in memory.persons[: memory.persons_before] if p.key not in own
            ]
            if others:
                return [ResolvedActor(others[-1].actor, "person", "coref")]
        if (
            lower in ("he", "she")
            and not persons_before
            and token.dep_ in ("nsubj", "nsubjpass")
            and memory.previous_subject is not None
        ):
            # A subject pronoun opening a sentence continues the last sentence's subject.
            return [ResolvedActor(memory.previous_subject.actor, "person", "coref")]
        if lower in PRONOUNS_PERSON and persons:
            return [ResolvedActor(persons[-1].actor, "person", "coref")]
        if lower in ("its", "their") and token.dep_ == "poss":
            # "Pakistan would remain under pressure for its support", "Trump and Xi agreed
            # to halt their trade war": the owner is the clause's subject.
            owners = self._praised_object(token, mentions, memory) or self._clause_subjects(
                token, mentions, memory
            )
            # "the United States ended its status": an owner acted upon is not the doer
            # ("urged its citizens" is another matter: there the citizens are acted upon).
            owners = [o for o in owners if o.actor.country not in memory.doers_for(token)]
            if lower == "its":
                owners = owners[:1]
            elif len(owners) < 2:
                owners = []
            if owners:
                return [ResolvedActor(o.actor, o.kind, "coref") for o in owners]
        # A place only says where; pronouns stand for those who act.
        actors_before = [m for m in before if m.kind != "place"]
        if lower in PRONOUNS_GROUP:
            if memory.group and memory.group_sentence >= memory.sentence - 1:
                return [ResolvedActor(m.actor, m.kind, "coref") for m in memory.group]
            if token.dep_ in ("dobj", "pobj"):
                # "Taipei condemned them": an object pronoun is not its clause's doer; with
                # no one else named, what is condemned is the last show or use of force.
                acting = memory.doers_for(token)
                actors_before = [m for m in actors_before if m.actor.country not in acting]
                if not actors_before:
                    return memory.last_doers(FORCE_KIND)
            if actors_before:
                return [ResolvedActor(actors_before[-1].actor, actors_before[-1].kind, "coref")]
        if lower == "it" and token.dep_ in ("dobj", "pobj"):
            # "Turkey praised Azerbaijan's operation, while France condemned it": the thing
            # named last as an object, and so its owner.
            things = [
                t
                for t in token.sent
                if t.i < token.i and t.dep_ == "dobj" and t.pos_ == "NOUN" and t.i not in mentions
            ]
            owners = [c for c in things[-1:] for c in children(c) if c.dep_ == "poss"]
            owned = [mentions[o.i] for o in owners if o.i in mentions]
            if owned:
                return [ResolvedActor(owned[0].actor, owned[0].kind, "coref")]
        if lower in PRONOUNS_SINGULAR:
            # "praised New Delhi for its help to Kabul and asked it to do more": "it" is the
            # last state named as an argument, not the last one named in passing.
            acting = memory.doers_for(token)
            things = [
                m
                for m in actors_before
                if m.kind not in ("person", "title") and m.actor.country not in acting
            ]
            arguments = [
                mentions[i]
                for i in sorted(mentions)
                if i < token.i
                and token.doc[i].dep_ in ARGUMENT_DEPS
                and mentions[i].kind not in ("person", "title", "place")
                and mentions[i].actor.country not in acting
            ]
            if arguments or things:
                chosen = (arguments or things)[-1]
                return [ResolvedActor(chosen.actor, chosen.kind, "coref")]
            # Across sentences a subject "it" is too often the strategy, the report or nothing,
            # and so is an "it" acted upon when its sentence names a state, the doer ("Pakistan
            # condemned the decision and rejected it").
            earlier = [m for m in memory.singles if m.actor.country not in acting]
            if earlier and not (lower == "it" and (token.dep_ == "nsubj" or acting)):
                last = earlier[-1]
                return [ResolvedActor(last.actor, last.kind, "coref")]
        return []

    def _events_for_frame(
        self,
        document: Document,
        index: int,
        sent_start: int,
        sent: Span,
        frame: Frame,
        mentions: dict[int, ResolvedActor],
        memory: _Memory,
        found: _SentenceFinds,
        sources_by_root: DoersByRoot,
    ) -> list[Event]:
        sources = _unique(
            a
            for t in frame.sources
            if not (t.i in mentions and mentions[t.i].kind == "place")  # Basra does not act
            for a in self._actors_of(t, mentions, memory)
        )
        root = frame.entry.cameo[:2]
        if sources:
            told_by = frozenset([frame.predicate.i, *(t.i for t in frame.sources)])
            sources_by_root[root] = (sources, told_by)
        elif (
            frame.nominal
            and root in sources_by_root
            and not (frame.entry.reciprocal and frame.targets)
            and _same_telling(frame.predicate, sources_by_root[root][1])
        ):
            # "Pompeo's visit to Pakistan, followed by a visit to India": same visitor (an
            # agreement between others is theirs, not the last actor's).
            sources = [
                ResolvedActor(s.actor, s.kind, "inherited") for s in sources_by_root[root][0]
            ]
        if not sources and root in ATTACK_ROOTS:
            sources = _launched_from(frame.predicate, mentions)
        if frame.inherited_source:
            sources = [
                ResolvedActor(s.actor, s.kind, "inherited") if s.via == "direct" else s
                for s in sources
            ]
        struck = frame.targets
        if root in ATTACK_ROOTS:
            # "Israel struck its nuclear sites": what is attacked is someone else's (unless
            # it is "its own").
            struck = struck + [
                c
                for t in frame.targets
                for c in children(t)
                if c.dep_ == "poss" and not any(a.lower_ == "own" for a in children(t))
            ]
        with memory.resolving_targets(sources, struck):
            about = _unique(a for t in frame.about for a in self._actors_of(t, mentions, memory))
            # "summoned the Pakistani envoy over the killing of its guards": a complaint about
            # one's own loss is addressed to the object, not to oneself.
            about = [a for a in about if all(a.actor.country != s.actor.country for s in sources)]
            # "criticised the government over Afghanistan": the one criticised is the
            # object; what it is about stands in only for an audience ("complained to the
            # United Nations over Syrian shelling") or an object that is no one.
            if about:
                objects = [
                    t for t in frame.targets if t.dep_ == "dobj" and t.head == frame.predicate
                ]
                about = (
                    _unique(a for t in objects for a in self._actors_of(t, mentions, memory))
                    or about
                )
            targets = about or _unique(
                a for t in frame.targets for a in self._actors_of(t, mentions, memory)
            )
        targets = [
            t
            for t in targets
            if all(t.key != s.key for s in sources)
            # "Saudi and Emirati officials called both capitals": never their own.
            # A group known by where it is ("militants in North Waziristan") may be the
            # doers' own country's: a domestic event if its sector differs.
            and not (
                t.via == "coref"
                and t.kind != "located"
                and any(
                    t.actor.country == s.actor.country
                    and not _distinct_sectors(s.actor, t.actor, t.kind)
                    for s in sources
                )
            )
        ]
        predicate = frame.predicate
        doers = {s.key for s in sources}
        if targets and not frame.nominal:
            memory.verb_targets = (predicate.i, doers, targets)
        elif (
            not targets
            and doers
            and predicate.dep_ == "conj"
            and memory.verb_targets is not None
            and memory.verb_targets[:2] == (predicate.head.i, doers)
            and root in COOPERATIVE_ROOTS
        ):
            # "Macron hosted Zelensky and pledged more weapons": to the one just hosted, by
            # the same host.
            targets = [ResolvedActor(t.actor, t.kind, "coref") for t in memory.verb_targets[2]]
        if any(t.kind != "place" for t in targets):
            # "meetings at Camp David with the Taliban": the place is where, not whom.
            targets = [t for t in targets if t.kind != "place"]
        if root in IMPLICIT_RECIPIENT_ROOTS:
            last = memory.recipients.get(root)
            if targets:
                memory.recipients[root] = (index, targets)
            elif sources and last is not None and index - last[0] <= 3:
                # "the $500 million that had been withheld by the US": from whom, said before.
                targets = [ResolvedActor(t.actor, t.kind, "coref") for t in last[1]]
        located = False
        home_places: list[ResolvedActor] = []
        # "Obama and Putin will meet in Zurich", "the Quad foreign ministers met in Tokyo":
        # two or more states, or a body of states, meet each other at a venue.
        meet_each_other = frame.entry.reciprocal and (
            len({s.actor.country for s in sources}) >= 2
            or (root == "04" and any((s.actor.country or "").startswith("IGO") for s in sources))
        )
        if not targets and frame.locations and not meet_each_other:
            located = True
            targets = _unique(
                a
                for t in frame.locations
                for a in self._actors_of(t, mentions, memory)
                # "into Pakistani territory", "in Indian-administered Kashmir": a people's
                # land, or the land their state administers, is their country's place.
                if a.kind in PLACE_KINDS
                or (a.kind == "demonym" and (_lands_in(t) or _administered(t)))
            )
            if frame.entry.cameo in POPULATION_CONTROLS:
                # "imposed a curfew in the town of Cizre", "lifted the state of emergency in
                # Darfur": on the people of the place.
                targets = [_located(t.actor, "CVL") for t in targets]
            else:
                home = {s.actor.country for s in sources}
                home_places = [t for t in targets if t.actor.country in home]
                targets = [t for t in targets if t.actor.country not in home]
        if not targets and frame.entry.cameo in POPULATION_CONTROLS:
            # "The Egyptian government imposed a curfew": on its own people, whom the text
            # leaves unnamed (so the actor is named by its country's code).
            targets = _unique(
                _located(s.actor, "CVL", s.actor.country)
                for s in sources
                if s.actor.country and s.kind != "group"
            )
        claimed: str | None = None
        if (
            root in ATTACK_ROOTS
            and targets
            and not (frame.negated or frame.hypothetical or frame.future)
        ):
            memory.last_attack = (memory.sentence, frame.entry.cameo, targets)
        elif (
            frame.entry.cameo == CLAIM_OF_RESPONSIBILITY
            and not targets
            and memory.last_attack is not None
            and memory.last_attack[0] >= memory.sentence - 2
        ):
            # "A suicide bomber killed 40 policemen in Kashmir. Jaish-e-Mohammed claimed
            # responsibility.": the claim concerns the attack just told, and on the
            # claimer's word the claimer did it.
            claimed = memory.last_attack[1]
            targets = [ResolvedActor(t.actor, t.kind, "coref") for t in memory.last_attack[2]]
        if not sources and root in ATTACK_ROOTS and targets and self._no_named_doer(frame):
            sources = [
                s
                for s in _struck_in(frame.predicate, mentions)
                if all(s.actor.country != t.actor.country for t in targets)
            ]
        if (
            not sources
            and (frame.entry.cameo.startswith(CUSTODY_CODES) or frame.entry.pattern == EXECUTION)
            and targets
            and self._no_named_doer(frame)
        ):
            # "Two Indian fishermen were arrested in Pakistan": held by the state where held;
            # "deported from Malaysia": sent out by the state they leave.
            places = _held_in(frame.predicate, frame.entry.cameo, mentions)
            rulers = {p.actor.country for p in places}
            held = [t for t in targets if not (t.kind in PLACE_KINDS and t.actor.country in rulers)]
            sources = [p for p in places if all(p.actor.country != t.actor.country for t in held)]
            if sources:
                targets = held
        # Acts done where the people they involve live (protests, repression, violence), not
        # at a venue (talks "in Oslo").
        on_the_ground = root in GROUND_ROOTS
        protest_sites: list[ResolvedActor] = []
        if root == PROTEST_ROOT and located and not sources:
            # "Protesters blocked roads in Caracas": people of the place, not a protest
            # against the place by no one.
            protest_sites, targets = targets, []
        # A protest noun whose doers the clause names ("Fundamentalists continued their
        # hunger strike") is read as its verb would be.
        carried = root == PROTEST_ROOT and not any(
            t.head.i == frame.predicate.i for t in frame.sources
        )
        if (not frame.nominal or carried) and targets and not sources:
            # "Police used tear gas against protesters in Tbilisi": the police of the place
            # where the act happened, or where those it was done to are.
            where = _struck_in(frame.predicate, mentions) or [
                t for t in targets if t.kind == "located"
            ]
            if not on_the_ground:
                # "Rebels began talks with the Sudanese government": who talk or agree with
                # one state's government and no other are that state's own.
                rulers = {t.actor.country for t in targets if t.actor.sector in ("GOV", "MIL")}
                one_state = len(rulers) == 1 and all(t.actor.country in rulers for t in targets)
                where = targets if root in COOPERATIVE_ROOTS and one_state else []
            elif all(
                t.kind in PLACE_KINDS and t.actor.country in {w.actor.country for w in where}
                for t in targets
            ):
                # "a bomber struck a mosque in Kabul": struck only at a place of the country
                # the act was done in, the doer is of no known side.
                where = []
            # "Fundamentalists went on hunger strike to demand the Algerian president's
            # resignation": nameless protesters against one state are its people.
            sources = _own_opposition(
                _nameless(frame.sources, mentions, where), targets, root == PROTEST_ROOT
            )
        elif not frame.nominal and not targets and root == PROTEST_ROOT:
            # "Thousands marched in Tbilisi against the new law", "Chileans marched in
            # Santiago": a crowd of the place (its people, unless named otherwise),
            # protesting against its rulers.
            where = _struck_in(frame.predicate, mentions) or protest_sites
            if where:
                sources = [
                    _as_people(s) for s in sources or _nameless(frame.sources, mentions, where)
                ]
                home = where[0].actor.country
                # Exiles protesting abroad ("Iranians protested in Berlin") protest against
                # no one the place names.
                sources = [s for s in sources if s.actor.country == home]
                targets = [_located(where[0].actor, "GOV")] if sources else []
            else:
                targets = _own_rulers(sources)
        elif (
            frame.nominal
            and not targets
            and root == PROTEST_ROOT
            and frame.sources
            and not any(t.head.i == frame.predicate.i for t in frame.sources)
        ):
            # "Kenyan teachers began a hunger strike", "opposition parties in Nepal called a
            # general strike": against their own rulers (but "the Turkish strike on a
            # resort" is no walkout, and a protest told again is not a new one).
            targets = _own_rulers(sources)
        elif not frame.nominal and not targets and sources:
            # "Syrian troops killed twenty people in Idlib": people of the place; "police
            # in Nairobi fired tear gas at protesters": the place's own.
            where = _struck_in(frame.predicate, mentions) if on_the_ground else []
            # "Saudi Arabia executed 81 people", "police arrested 40 students": a state
            # represses its own people, unless the text says whose they were (a wrong guess
            # makes a domestic event, never a false one between states); those it deports
            # are most likely not its own.
            repressed = frame.entry.pattern == EXECUTION or (
                root == REPRESSION_ROOT and frame.entry.cameo != EXPEL_PEOPLE
            )
            targets = _own_opposition(_nameless(frame.targets, mentions, where), sources, repressed)
            if root == STATEMENT_ROOT:
                # "told reporters": an audience, not a party.
                targets = [t for t in targets if t.actor.sector != "MED"]
            if (
                not targets
                and root in ATTACK_ROOTS
                and not frame.entry.cameo.startswith(SEIZING_CODES)
            ):
                # "Myanmar's junta bombed a village in Sagaing", "al-Shabaab stormed a hotel
                # in Mogadishu": an attack on a place of the attackers' own country, with
                # no one named, falls on its people.
                targets = [_located(p.actor, "CVL") for p in home_places]
        elif not frame.nominal and not targets and not sources and on_the_ground:
            # "Police arrested opposition activists in Minsk", "soldiers fired on protesters
            # in Khartoum": with no one named, both sides are of the place.
            where = _struck_in(frame.predicate, mentions)
            if where:
                sources = _nameless(frame.sources, mentions, where)
                targets = _nameless(frame.targets, mentions, where) if sources else []
        if root == THREATEN_ROOT and sources and frame.announced_targets:
            own = {s.actor.country for s in sources}
            if all(t.actor.country in own for t in targets):
                # "The US warned that it would impose sanctions on Iran": a warner warning
                # of its own act threatens whom the act would strike.
                targets = _unique(
                    a
                    for t in frame.announced_targets
                    for a in self._actors_of(t, mentions, memory)
                    if a.actor.country not in own
                )
        if root == PROTEST_ROOT:
            # "Serbs rallied against the Serbian president": a people protesting against
            # its own state's bodies is its civilians.
            rulers = {t.actor.country for t in targets if t.actor.sector in STATE_SECTORS}
            sources = [
                _as_people(s) if s.kind == "demonym" and s.actor.country in rulers else s
                for s in sources
            ]
        pairs: list[tuple[ResolvedActor, ResolvedActor]]
        if not sources and len(targets) >= 2 and frame.entry.reciprocal:
            sources, targets = targets, []
        # "Putin and Xi pledged a partnership": a relationship is had with each other.
        reciprocal = frame.entry.reciprocal or any(
            _each_other(t) or (root in COOPERATIVE_ROOTS and t.lemma_.lower() in RELATIONSHIPS)
            for t in frame.targets
        )
        parties = {s.actor.country for s in sources}
        if (
            root in COOPERATIVE_ROOTS
            and len(parties) >= 2
            and targets
            and all(t.kind in PLACE_KINDS and t.actor.country in parties for t in targets)
        ):
            # "Pakistan and Afghanistan agreed to reopen the Torkham crossing": a place of
            # one of them is what they agree on; they agree with each other.
            targets, reciprocal = [], True
        if not targets and reciprocal and len(sources) >= 2:
            pairs = [
                (a, b)
                for a, b in itertools.permutations(sources, 2)
                # "talks between the Sudanese army and the RSF": two parts of one country.
                if a.actor.country != b.actor.country or _distinct_sectors(a.actor, b.actor, b.kind)
            ]
        else:
            pairs = [
                (s, t)
                for s in sources
                for t in targets
                if s.key != t.key
                and not (
                    s.actor.country == t.actor.country
                    and not _distinct_sectors(s.actor, t.actor, t.kind)
                )
            ]
        if frame.entry.mutual:
            # "X held talks with Y": Y held talks with X too.
            pairs += [(t, s) for s, t in pairs if (t, s) not in pairs]
        if (frame.entry.mutual or reciprocal) and pairs:
            memory.partners.append((memory.sentence, pairs[0]))
        if len(sources) >= 2:
            memory.group = sources
            memory.group_sentence = memory.sentence
        asserted = not (frame.negated or frame.hypothetical or frame.future)
        if sources and asserted:
            memory.doers_of_kind[_act_kind(frame.entry.cameo)] = (memory.sentence, sources)
        if not pairs:
            return []
        code = intent_code(frame)
        if located and code == JOINT_EXERCISE and len(sources) == 1:
            # "Russia held exercises in Alaska": drills alone on another's ground are a show
            # of force, not military cooperation.
            code = SHOW_OF_FORCE
            if asserted:
                memory.doers_of_kind[FORCE_KIND] = (memory.sentence, sources)
        frame_info = cameo_info(code)
        date, precision = _event_date(frame, sent, found.dates(), document.date)
        if (
            date is not None
            and precision is not None
            and date != document.date
            and (document.date is None or date < document.date)
            and not (frame.future or frame.hypothetical)
        ):
            memory.paragraph_date = (date, precision)
        elif not found.dates() and memory.paragraph_date and _told_in_the_past(frame.predicate):
            date, precision = memory.paragraph_date
        if date != document.date and date is not None:
            # "Pompeo as CIA director warned ... in December last year": roles of that date.
            pairs = [(self._as_of(s, date), self._as_of(t, date)) for s, t in pairs]
        amount = _event_amount(frame, sent, found.amounts())
        modality = Modality(
            negated=frame.negated,
            hypothetical=frame.hypothetical,
            future=frame.future,
            reported_by=self._reporter(frame, mentions, memory),
        )
        evidence = Evidence(found.text, sent_start, sent_start + len(found.text))
        group_id = (
            make_event_id(document.doc_id, index, frame.predicate.i, "group")
            if len(pairs) > 1
            else None
        )
        allegations = [
            (accuser, doer)
            for accuser in self._accusers(frame, root, mentions, memory)
            for doer in _unique(s for s, _ in pairs)
            if accuser.actor.country != doer.actor.country
        ]
        events = []
        # Each reading: the pair, its code, and its own modality, amount and group.
        readings = [
            (
                pair,
                _actors_reading(frame_info, *pair, frame.entry.pattern),
                modality,
                amount,
                group_id,
            )
            for pair in pairs
        ]
        readings += [(pair, ALLEGED_AGGRESSION, Modality(), None, None) for pair in allegations]
        if claimed is not None:
            # The claimed attack itself, on the claimer's word.
            readings += [
                (pair, cameo_info(claimed), Modality(reported_by=pair[0].actor.text), None, None)
                for pair in pairs
            ]
        for (source, target), info, event_modality, event_amount, event_group in readings:
            confidence = (
                (0.9 if not frame.nominal else 0.7)
                * CONFIDENCE_BY_VIA[source.via]
                * CONFIDENCE_BY_VIA[target.via]
            )
            events.append(
                Event(
                    event_id=make_event_id(
                        document.doc_id,
                        index,
                        frame.predicate.i,
                        source.actor.country,
                        source.actor.actor_id,
                        target.actor.country,
                        target.actor.actor_id,
                        info.code,
                    ),
                    doc_id=document.doc_id,
                    sentence_index=index,
                    date=date,
                    date_precision=precision,
                    source=source.actor,
                    target=target.actor,
                    cameo=info.code,
                    cameo_root=info.root,
                    quad=info.quad,
                    goldstein=info.goldstein,
                    plover=plover_reading(info),
                    modality=event_modality,
                    amount=event_amount,
                    evidence=evidence,
                    confidence=round(confidence, 3),
                    group_id=event_group,
                )
            )
        return events


def _act_kind(code: str) -> str:
    """The kind of act a later "the attack" or "the launch" may refer back to: any
    show or use of force is one kind ("fired missiles ... the launch"), others their root."""
    root = code[:2]
    return FORCE_KIND if root in FORCE_ROOTS else root


def _each_other(target: Token) -> bool:
    """ "accused each other", "expelled each other's diplomats", "one another": the
    coordinated doers act on one another."""
    words = [target, *(c for c in children(target) if c.dep_ == "poss")]
    return any(
        (w.lower_ == "other" and any(c.lower_ == "each" for c in children(w)))
        or (w.lower_ == "another" and any(c.lower_ == "one" for c in children(w)))
        or (w.lower_ == "one" and any(c.lower_ == "another" for c in children(w)))
        for w in words
    )


def _lands_in(place: Token) -> bool:
    """Whether a place named by a demonym ("Syrian soil", "into Afghan airspace") is in
    that country: not camps "near the Thai border", which may lie on either side."""
    return place.lemma_.lower() in LAND_NOUNS and not beside_an_edge(place)


def _administered(place: Token) -> bool:
    """ "Indian-administered Kashmir": a place named with the state that runs it."""
    return any(c.dep_ == "amod" and c.lemma_.lower() == "administer" for c in children(place))


def _same_actors(event: Event, other: Event) -> bool:
    """Whether two events of one dyad may have the same actors: on each side the sectors
    agree or one of them is unknown (Pakistan and its government in Islamabad)."""
    return all(
        a is None or b is None or a == b
        for a, b in (
            (event.source.sector, other.source.sector),
            (event.target.sector, other.target.sector),
        )
    )


def _nameless(
    heads: Iterable[Token], mentions: dict[int, ResolvedActor], where: list[ResolvedActor]
) -> list[ResolvedActor]:
    """People named only by what they are ("insurgents", "protesters", "civilians"):
    actors of a known sector and an unknown country, as event data codes them when the
    text does not say whose they are, or the country of the place where the act happened
    (``where``: "thousands of people protested in Hong Kong" are Hong Kong's). Only used
    opposite an actor whose country is known.

    Not state bodies ("told parliament", "the government" are nearly always the other
    side's own), nor groups owned by someone ("withdraw its troops") or not people at
    all ("the international community").
    """
    found = []
    for head in heads:
        head = counted(head)[0]  # "hundreds of thousands of people": the people
        sector = _group_sector(head)
        # What a clause about them names is not who they are ("demonstrators protesting
        # the results in Monrovia").
        described = {t.i for c in children(head) if c.dep_ in ("acl", "relcl") for t in c.subtree}
        if (
            # Police of a place named: that place's ("police dispersed protesters in Tbilisi").
            (sector in NONSTATE_SECTORS or (sector == "COP" and where))
            and not any(t.i in mentions and t.i not in described for t in head.subtree)
            and not any(
                c.dep_ == "poss" or c.lower_ in ("international", "global") for c in children(head)
            )
        ):
            if where:
                found.append(_located(where[0].actor, sector, head.text))
            else:
                found.append(ResolvedActor(Actor(head.text, None, sector, None), "nameless"))
    return found


def _own_rulers(protesters: list[ResolvedActor]) -> list[ResolvedActor]:
    """The government a people or a part of it protests against when the text names no
    one: its own country's ("Kenyan teachers went on strike"). States and their bodies
    protest to others, so they have none here."""
    return _unique(
        _located(p.actor, "GOV", p.actor.country)
        for p in protesters
        if p.actor.country
        and p.actor.sector not in STATE_SECTORS
        and (p.kind in ("demonym", "located") or p.actor.sector in NONSTATE_SECTORS)
    )


def _within_a_state(actor: Actor) -> bool:
    """True for a people within a state ("Rohingya", "Chechens"), from peoples.csv."""
    return (actor.actor_id or "").startswith("people:")


def _as_people(actor: ResolvedActor) -> ResolvedActor:
    """A crowd or a people of no named sector as its country's civilians ("Chileans
    marched in Santiago", "Serbs rallied against the Serbian president")."""
    return replace(actor, actor=replace(actor.actor, sector=actor.actor.sector or "CVL"))


def _group_sector(head: Token) -> str | None:
    """The sector a group noun names, or its modifier does: "rebels", "a Nigerian army
    base", "an Afghan police post", "opposition leaders", "armed groups"."""
    modifiers = [c for c in children(head) if c.dep_ in ("compound", "amod")]
    if any(c.lower_ == "opposition" for c in modifiers):
        return "OPP"  # "opposition lawmakers" oppose, whatever their seats
    armed = next(
        (ARMED_MODIFIERS[c.lower_] for c in modifiers if c.lower_ in ARMED_MODIFIERS), None
    )
    if armed and NAMELESS_GROUPS.get(head.lemma_.lower()) in (None, "CVL"):
        return armed  # "armed men", "armed groups" (but "armed forces" are an army)
    return NAMELESS_GROUPS.get(head.lemma_.lower()) or next(
        (
            NAMELESS_GROUPS[c.lemma_.lower()]
            for c in children(head)
            if c.dep_ == "compound" and NAMELESS_GROUPS.get(c.lemma_.lower())
        ),
        None,
    )


def _written_name(head: Token, deps: frozenset[str], last: int) -> str:
    """A group named as written, from its first modifier of the given kinds to token
    ``last``: "opposition supporters in Nairobi", "ethnic Hungarians"."""
    start = min([head.i] + [c.i for c in head.lefts if c.dep_ in deps])
    return head.doc[start : last + 1].text


def _own_opposition(
    nameless: list[ResolvedActor], others: list[ResolvedActor], everyone: bool = False
) -> list[ResolvedActor]:
    """A nameless opposition opposite one state's own bodies is that state's: "the Kenyan
    government accused opposition leaders", "opposition members demanded an explanation
    from the prime minister". With ``everyone``, any nameless people acted on by one
    state are its own ("Saudi Arabia executed 81 people")."""
    rulers = {
        o.actor.country
        for o in others
        if o.actor.country and (everyone or o.actor.sector in STATE_SECTORS)
    }
    if len(rulers) != 1:
        return nameless
    country = rulers.pop()
    return [
        ResolvedActor(replace(n.actor, country=country), "located", "coref")
        if n.kind == "nameless" and (everyone or n.actor.sector == "OPP")
        else n
        for n in nameless
    ]


def _distinct_sectors(source: Actor, target: Actor, target_kind: str) -> bool:
    """Whether two actors of one country are different parts of it (a domestic event):
    both sectors known and unlike ("Afghan rebels" and "Afghan troops"), and the target
    not a place; a part of the people acting on its own state ("Iraqi Kurds
    demonstrated for independence from Iraq"), or the state on a part of its people
    ("Croatia is investigating crimes by Croatian paramilitaries", "Iraq is prepared to
    impose martial law"), when that part is armed, in opposition, or known by its place."""
    if source.sector in NONSTATE_SECTORS and target_kind == "country" and target.sector is None:
        return True
    if source.sector is None and (
        (target.sector in ARMED_OR_OPPOSED and target_kind != "country")
        or (target.sector in NONSTATE_SECTORS and target_kind == "located")
    ):
        return True
    return (
        source.sector is not None
        and target.sector is not None
        and source.sector != target.sector
        and target_kind not in PLACE_KINDS
    )


def _actors_reading(
    info: CameoCode, source: ResolvedActor, target: ResolvedActor, pattern: str
) -> CameoCode:
    """The code the actors make of an act. Killing or wounding by or of soldiers is
    conventional military force (CAMEO 190), not the unconventional violence (18) it is
    between civilians or by militants; states and their forces bomb from the air (but what
    is blown up was not); forcing out an international organisation expels an agency
    (166), not individuals (174)."""
    if info.code == EXPEL_PEOPLE and (target.actor.country or "")[:3] in ("IGO", "NGO"):
        return cameo_info(EXPEL_AGENCY)
    if info.code in UNCONVENTIONAL_KILLING and "MIL" in (source.actor.sector, target.actor.sector):
        return cameo_info(MILITARY_FORCE)
    if (
        info.code == BOMBING
        and pattern not in GROUND_BLASTS
        and (
            source.actor.sector in ("MIL", "GOV")
            or (source.actor.sector is None and source.kind in ("country", "metonym", "demonym"))
        )
    ):
        return cameo_info(AIR_STRIKE)  # "Russia bombed Aleppo"
    return info


def _places_after(
    heads: Iterable[Token], preps: frozenset[str], mentions: dict[int, ResolvedActor]
) -> list[ResolvedActor]:
    """Places named after the given prepositions of the heads ("from Gaza", "near the town
    of Samarra"), as nameless actors of the place's country."""
    found = []
    for head in heads:
        for prep in children(head):
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            # "outside of the city of Basra" nests one "of" under the preposition.
            objects = [
                g for c in children(prep) for g in (children(c) if c.lower_ == "of" else [c])
            ]
            for pobj in objects:
                # "the town of Samarra", "outside the US embassy in Warsaw", "the capital
                # Caracas".
                candidates = [
                    pobj,
                    *(g for p in children(pobj) if p.lower_ in ("of", "in") for g in children(p)),
                    *(a for a in children(pobj) if a.dep_ == "appos"),
                ]
                for place in candidates:
                    if place.i in mentions and mentions[place.i].kind in PLACE_KINDS:
                        found.append(_located(mentions[place.i].actor))
    return found


def _located(place: Actor, sector: str | None = None, name: str | None = None) -> ResolvedActor:
    """An unnamed actor known by its place: the place's country, trusted as coref, named
    by the words that name it ("opposition supporters in Nairobi") or by the place."""
    return ResolvedActor(Actor(name or place.text, place.country, sector, None), "located", "coref")


def _launched_from(predicate: Token, mentions: dict[int, ResolvedActor]) -> list[ResolvedActor]:
    """ "Rockets were fired at Israel from Gaza": an unnamed attacker takes the launch site's
    country, as event coders do when the text names no one."""
    return _places_after([predicate], frozenset({"from"}), mentions)


def _struck_in(predicate: Token, mentions: dict[int, ResolvedActor]) -> list[ResolvedActor]:
    """ "Ten soldiers were killed in Ukraine", "a bombing near Samarra killed a US soldier":
    with no attacker named, event coders credit the attack to the country where it
    happened (the caller keeps only places of another country than the victims')."""
    subjects = [c for c in children(predicate) if c.dep_ in ("nsubj", "nsubjpass")]
    # "killed three engineers in Balochistan": or on those struck.
    struck = [c for c in children(predicate) if c.dep_ == "dobj"]
    # "killed by a roadside bomb near Basra": the place can hang on the weapon.
    weapons = [g for c in children(predicate) if c.dep_ == "agent" for g in children(c)]
    # "killed in Israeli tank shelling in the east of Gaza": or on the clause saying how.
    means = means_clauses(predicate)
    heads = [predicate, *subjects, *struck, *weapons, *means]
    if predicate.dep_ == "advcl" and predicate.tag_ == "VBG":
        # "bombed a village in Sagaing, killing 100 people": where the act it follows was.
        heads += [predicate.head, *(c for c in children(predicate.head) if c.dep_ == "dobj")]
    return _places_after(heads, STRUCK_PREPS, mentions)


def _held_in(
    predicate: Token, code: str, mentions: dict[int, ResolvedActor]
) -> list[ResolvedActor]:
    """ "Arrested in Pakistan", "jailed in a prison in Iran", "deported from Malaysia": the
    places an agentless arrest, trial or expulsion names, where the state that did it rules."""
    preps = STRUCK_PREPS | {"from"} if code in EXPULSION_CODES else STRUCK_PREPS
    heads = [predicate, *(g for p in children(predicate) if p.dep_ == "prep" for g in children(p))]
    # "sentenced to ten years in prison in North Korea": the place may hang on the term.
    heads += [g for h in heads[1:] for p in children(h) if p.dep_ == "prep" for g in children(p)]
    return _places_after(heads, preps, mentions)


def _proper_names(token: Token, mentions: dict[int, ResolvedActor]) -> list[str]:
    """The unknown proper name an argument head ends, longest reading first ("President
    Francois Mitterand", then "Francois Mitterand"), each long enough for a misspelling
    to be safe."""
    if token.pos_ != "PROPN" or token.dep_ == "compound" or not token.text[0].isupper():
        return []
    words = [
        c for c in children(token) if c.dep_ == "compound" and c.i < token.i and c.i not in mentions
    ]
    if any(w.pos_ != "PROPN" for w in words):
        return []
    names = [" ".join(w.text for w in [*words[start:], token]) for start in range(len(words) + 1)]
    return [name for name in names if len(name) >= 6]


def _bare_definite(token: Token, plural: bool = False) -> bool:
    """ "the group" (or with ``plural``, "the strikes"), with nothing else to say which."""
    dependents = children(token)
    return (
        (token.tag_ == "NN" or (plural and token.tag_ == "NNS"))
        and any(c.lower_ == "the" for c in dependents)
        and all(c.dep_ in ("det", "punct") for c in dependents)
    )


def _title_case(paragraph: str) -> bool:
    """True for a one-line headline whose longer words nearly all start with a capital."""
    if "\n" in paragraph or paragraph.rstrip().endswith((".", "!", "?", ":")):
        return False
    words = [w for w in paragraph.split()[1:] if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _last_of_two_countries(
    persons: list[ResolvedActor], excluded: frozenset[str]
) -> list[ResolvedActor]:
    """The last two persons of two different countries, neither of them ``excluded``."""
    chosen: list[ResolvedActor] = []
    for person in reversed(persons):
        country = person.actor.country
        if country and country not in excluded and all(c.actor.country != country for c in chosen):
            chosen.append(person)
        if len(chosen) == 2:
            return chosen[::-1]
    return []


def _is_group_noun(token: Token) -> bool:
    """ "The two countries", "both sides", "the Ministers": a pair named before."""
    lower = token.lower_
    plural = token.tag_ in ("NNS", "NNPS") or (token.tag_ == "NNP" and lower.endswith("s"))
    counted = any(c.lower_ in ("two", "both") for c in children(token))
    singular = lower[:-1] if lower.endswith("s") else lower
    owned = any(c.dep_ == "poss" for c in children(token))  # "its leaders" are its own
    return (
        (token.lemma_.lower() in GROUP_NOUNS or singular in GROUP_NOUNS)
        and (plural or counted)
        and not owned
    )


def _unique(items: Iterable[ResolvedActor]) -> list[ResolvedActor]:
    """Each actor once, in order."""
    result: list[ResolvedActor] = []
    for item in items:
        if all(item.key != r.key for r in result):
            result.append(item)
    return result


def _named_part(found: list[ResolvedActor]) -> list[ResolvedActor]:
    """The actors of one noun phrase, a bare country dropped where a part of it is named
    too: "the Somali militant group al-Shabaab" is al-Shabaab, not also Somalia."""
    return [
        item
        for item in found
        if not (
            _bare_country(item.actor)
            and any(
                other.actor.country == item.actor.country and not _bare_country(other.actor)
                for other in found
            )
        )
    ]


def _bare_country(actor: Actor) -> bool:
    """A country named as a whole ("Somali", "Pakistan"), with no sector or actor of its own."""
    return actor.sector is None and actor.actor_id in (None, actor.country)


def _token_range(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)


def _same_telling(noun: Token, told_by: frozenset[int]) -> bool:
    """Whether an event noun with no doer of its own is told by the clause that named the
    last doers of its kind: not when its verb has a subject of its own ("a step enjoyed
    support from Moscow ... the envoy said he was unaware of such agreement")."""
    verb = _governing_verb(noun)
    if verb is None:
        return True
    subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
    return not subjects or any(s.i in told_by or s.i == noun.i for s in subjects)


def _governing_verb(token: Token) -> Token | None:
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("aux", "auxpass"):
            return ancestor
    return None


def _event_date(
    frame: Frame, sent: Span, dates: list, anchor: dt.date | None
) -> tuple[dt.date | None, str | None]:
    """The date the parse ties to the predicate, else the article's date.

    A date counts, in this order, when its nearest governing verb is the predicate
    itself; the verb it is coordinated with or complements ("received him on Monday
    and praised ...", "said on Saturday it would ..."); a verb above it ("was given in
    August in a strategy, which warned ..."); or a verb describing its subject ("the
    statement issued on 6 September warned ..."). A date inside an aside ("the
    insults of last year") never dates the event, nor does a date counted from it
    ("days before the visit").
    """
    predicate = frame.predicate
    tiers: list[set[int]] = [{predicate.i}, set(), set(), set()]
    if predicate.dep_ in ("conj", "xcomp", "ccomp") or (
        frame.nominal and predicate.head.pos_ in ("VERB", "AUX")
    ):
        tiers[1].add(predicate.head.i)
    tiers[2].update(a.i for a in predicate.ancestors if a.pos_ in ("VERB", "AUX"))
    for subject in frame.sources:
        # "the statement issued on 6 September warned"; not "the minister, who visited
        # Abuja last week, said", which tells of another act.
        tiers[3].update(
            t.i
            for t in subject.subtree
            if t.dep_ == "acl"
            or (t.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in children(t)))
        )
    governed = []
    for mention in dates:
        span = sent.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        last = span[-1]
        counted_from = last.head if last.dep_ == "mark" else last  # "days before X is due"
        if last.lower_ in ("before", "after", "since") and predicate in counted_from.subtree:
            # "a few days before Pompeo's arrival": the arrival is what the date counts
            # from, not an event on that date.
            continue
        head = span.root
        if any(a.dep_ == "prep" and a.lower_ == "since" for a in head.ancestors):
            continue  # "the first air strike since the 1971 war": a time counted from
        # "the visit on Monday" dates the visit; "a meeting with Khan, who took office last
        # month" does not (a relative clause tells of something else).
        inside_noun = (
            frame.nominal
            and predicate in head.ancestors
            and not any(
                a.dep_ == "relcl"
                for a in itertools.takewhile(lambda a: a.i != predicate.i, head.ancestors)
            )
        )
        governor = _governing_verb(head)
        governed.append((mention, predicate.i if inside_noun else (governor.i if governor else -1)))
    # "He invited Modi to China for a summit next year": a past act is not dated later
    # than the article that reports it.
    past = bool(governed) and _told_in_the_past(predicate) and not frame.future
    for tier in tiers:
        for mention, governor in governed:
            if governor in tier and not (past and anchor and mention.date > anchor):
                return mention.date, mention.precision
    return (anchor, "day") if anchor else (None, None)


def _told_in_the_past(predicate: Token) -> bool:
    """True for a simple past ("He told Wang", "was expelled"), whose time the narrative
    carries on from the sentence before; false for the present and present perfect
    ("has accused"), which speak of now, and the past perfect ("had met"), which goes
    back before the time told."""
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else predicate.head
    auxiliaries = [c.lower_ for c in children(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a not in ("was", "were", "did") for a in auxiliaries):
        return False
    return verb.tag_ == "VBD" or bool(auxiliaries)


def _event_amount(frame: Frame, sent: Span, amounts: list) -> Amount | None:
    if not amounts:
        return None
    low, high = _token_range(frame.predicate)
    low -= sent.start_char
    high -= sent.start_char
    inside = [a for a in amounts if a.start >= low and a.end <= high]
    chosen = (
        inside[0] if inside else (amounts[0] if frame.entry.cameo[:2] in ("07", "16") else None)
    )
    return Amount(chosen.value, chosen.currency) if chosen else None


# -- module-level API -------------------------------------------------------------
_WORKER_CODER: Coder | None = None


def _shared_coder() -> Coder:
    global _WORKER_CODER
    if _WORKER_CODER is None:
        _WORKER_CODER = Coder()
    return _WORKER_CODER


def _code_batch(documents: list[Document]) -> list[CodedDocument]:
    return list(_shared_coder().code_many(documents))


def code_text(text: str, date: dt.date | str | None = None) -> list[Event]:
    """Code one text into events; ``date`` anchors relative dates ("last year")."""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    document = Document.from_text(text, date=date, date_source="api" if date else None)
    return _shared_coder().code(document).events


def code_documents(
    documents: Iterable[Document], n_process: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[CodedDocument]:
    """Code a stream of documents, in order, with bounded memory.

    With ``n_process > 1`` batches go to worker processes, each loading the
    pipeline once; at most ``2 × n_process`` batches are in flight at a time.
    """
    if n_process <= 1:
        yield from _shared_coder().code_many(documents, batch_size=batch_size)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(n_process) as pool:
        in_flight: collections.deque[AsyncResult[list[CodedDocument]]] = collections.deque()
        for batch in _batched(documents, batch_size):
            in_flight.append(pool.apply_async(_code_batch, (batch,)))
            if len(in_flight) >= 2 * n_process:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def _batched(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
