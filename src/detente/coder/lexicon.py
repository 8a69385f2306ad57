"""The event lexicon: which verbs, light-verb phrases and event nouns mean which CAMEO code.

The patterns live in ``data/coder/verbs.tsv`` (a reviewed text file); this module
compiles them into dictionaries keyed by lemma so matching is a few dict lookups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon pattern: its CAMEO code and how its arguments are read."""

    pattern: str
    cameo: str
    reciprocal: bool = False
    location_target: bool = False
    #: The giver is the one after "from" and the receiver the subject
    #: ("received weapons from the government").
    from_source: bool = False
    #: With no object of its own the subject wants its own act: "wants Russia to attack"
    #: is an appeal to Russia, "wants to attack" an intent (or threat) to attack.
    own_act: bool = False
    #: Both sides do it to each other even when one is the object ("X held talks with Y").
    mutual: bool = False
    #: Only armed forces do it so: "troops entered Syria" is an incursion, "tourists
    #: entered Thailand" is no event.
    armed: bool = False


@dataclass(slots=True)
class Lexicon:
    """Patterns grouped by how they are matched against a parse."""

    verbs: dict[str, Entry] = field(default_factory=dict)
    #: (verb lemma, particle or preposition) -> entry, e.g. ("call", "on").
    phrasal: dict[tuple[str, str], Entry] = field(default_factory=dict)
    #: (verb lemma, object lemma) -> entry, e.g. ("issue", "warning").
    light: dict[tuple[str, str], Entry] = field(default_factory=dict)
    #: (verb lemma, object modifier, object lemma) -> entry, e.g. ("impose", "martial", "law").
    modified: dict[tuple[str, str, str], Entry] = field(default_factory=dict)
    #: (verb lemma, object lemma) of every ``modified`` pattern: a quick first test.
    modified_heads: frozenset[tuple[str, str]] = frozenset()
    #: (verb lemma, "to", infinitive lemma) patterns such as "agree to meet".
    control: dict[tuple[str, str], Entry] = field(default_factory=dict)
    nouns: dict[str, Entry] = field(default_factory=dict)
    #: verbs whose negation is the event itself ("not reimburse" = cut aid).
    negated: dict[str, Entry] = field(default_factory=dict)
    #: Every verb lemma some pattern starts with, and every noun an event-noun pattern
    #: ends with: a quick first test that lets most tokens go unexamined.
    verb_heads: frozenset[str] = frozenset()
    noun_heads: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return sum(
            len(d)
            for d in (
                self.verbs,
                self.phrasal,
                self.light,
                self.modified,
                self.control,
                self.nouns,
                self.negated,
            )
        )


def _parse_line(line: str) -> Entry:
    parts = line.rstrip("\n").split("\t")
    if len(parts) < 2:
        raise ValueError(f"lexicon line needs 'pattern<TAB>cameo': {line!r}")
    flags = set(parts[2].split(",")) if len(parts) > 2 and parts[2] else set()
    return Entry(
        parts[0],
        parts[1],
        reciprocal="recip" in flags,
        location_target="loc" in flags,
        from_source="from" in flags,
        own_act="self" in flags,
        mutual="mutual" in flags,
        armed="armed" in flags,
    )


@cache
def default_lexicon() -> Lexicon:
    """The packaged lexicon, read once."""
    text = files("detente.data.coder").joinpath("verbs.tsv").read_text("utf-8")
    return build_lexicon(text.splitlines())


def build_lexicon(lines: list[str]) -> Lexicon:
    """Compile lexicon lines (the ``verbs.tsv`` format) into lookup tables."""
    lexicon = Lexicon()
    for raw in lines:
        if not raw.strip() or raw.startswith("#"):
            continue
        entry = _parse_line(raw)
        pattern = entry.pattern
        if pattern.startswith("n:"):
            lexicon.nouns.setdefault(pattern[2:], entry)
        elif pattern.startswith("not:"):
            lexicon.negated.setdefault(pattern[4:], entry)
        else:
            words = pattern.split()
            if len(words) == 1:
                lexicon.verbs.setdefault(words[0], entry)
            elif len(words) == 2 and words[1] in PARTICLES:
                lexicon.phrasal.setdefault((words[0], words[1]), entry)
            elif len(words) == 3 and words[1] == "to":
                lexicon.control.setdefault((words[0], words[2]), entry)
            elif len(words) == 2:
                for noun in noun_forms(words[1]):
                    lexicon.light.setdefault((words[0], noun), entry)
            elif len(words) == 3 and words[1] not in PARTICLES | PREPOSITIONS:
                # "impose martial law", "expel aid agency": the object with its modifier.
                for noun in noun_forms(words[2]):
                    lexicon.modified.setdefault((words[0], words[1], noun), entry)
            elif len(words) == 3:
                # "cut off aid", "warn of sanction": verb + particle or preposition + object.
                for noun in noun_forms(words[2]):
                    lexicon.light.setdefault((f"{words[0]} {words[1]}", noun), entry)
            elif len(words) == 4 and words[1] in PARTICLES:
                # "pull out of talks": verb + particle + preposition + object.
                for noun in noun_forms(words[3]):
                    lexicon.light.setdefault((" ".join(words[:3]), noun), entry)
            else:
                raise ValueError(f"lexicon pattern has more words than a rule reads: {raw!r}")
    verbs = set(lexicon.verbs) | set(lexicon.negated) | {key[0] for key in lexicon.phrasal}
    verbs |= {key[0].split()[0] for key in (*lexicon.light, *lexicon.control, *lexicon.modified)}
    lexicon.verb_heads = frozenset(verbs)
    lexicon.modified_heads = frozenset((verb, noun) for verb, _, noun in lexicon.modified)
    lexicon.noun_heads = frozenset(pattern.split()[-1] for pattern in lexicon.nouns)
    return lexicon


def noun_forms(word: str) -> tuple[str, ...]:
    """The word and its singular, since the parser gives objects as lemmas ("talks" -> talk)."""
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return (word, word[:-1])
    return (word,)


#: Words that make a phrasal verb or take the target of a prepositional verb.
PARTICLES = frozenset(
    {
        "on",
        "with",
        "to",
        "for",
        "in",
        "at",
        "from",
        "against",
        "off",
        "out",
        "down",
        "up",
        "back",
        "over",
        "by",
        "into",
    }
)
#: Prepositions that join a verb to its object in three-word patterns ("warn of sanction").
PREPOSITIONS = frozenset(
    {"of", "under", "about", "through", "across", "toward", "towards", "between"}
)
