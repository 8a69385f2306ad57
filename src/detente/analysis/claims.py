"""Claims about relations between states in opinion writing, and their test against the store.

An op-ed says "the growing Pakistan-US strategic divergence" or "the relationship
continues to be in deep trouble". :func:`find_claims` turns such phrases into
:class:`Claim` records (which pair, cooperative or conflictual, improving or
worsening, over which period); :func:`check_claims` asks the store whether the
events agree, and says how much evidence there was.

Cue phrases live in ``detente/data/claims/cues.yaml`` and the names of states in
``countries.yaml`` (used for compound forms such as "Indo-US", and for all names
when the actor knowledge base is not installed).

The period of a claim: an article published on day D speaks about the recent state
of a relationship, so a claim covers the ``window_days`` (default 365) days up to
and including D. An article without a date gives a claim without a period, which
is then tested against all dated events.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import yaml

from detente.dyads import Dyad

Polarity = Literal["cooperative", "conflictual"]
Direction = Literal["improving", "worsening"]

#: Days before the article date that a claim speaks about (see the module docstring).
DEFAULT_WINDOW_DAYS = 365
#: Words between a change cue and the phrase it modifies ("growing Pakistan-US ...").
_CHANGE_REACH = 1
#: Words before a level cue searched for hedges ("prospects of cooperation").
_HEDGE_REACH = 8
#: Words between a compound pair and its level cue ("Pakistan-US strategic divergence").
_COMPOUND_REACH = 3
#: Words between a level cue and a following "between X and Y" / "of X and Y".
_BETWEEN_REACH = 5
#: Words between "the relationship" / "the two countries" and a later level cue.
_ANAPHOR_REACH = 8
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|,\s*(?:which|who|but|while|whereas)\b|—")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'(]?[A-Z])|\n\s*\n")
_WORD = re.compile(r"[\w’'.]+(?:-[\w’']+)*")


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement about the state or direction of one pair of states' relations.

    ``start``/``end`` are character offsets into the text the claim was found in;
    ``period`` is the stretch of time the claim speaks about (None ends: unbounded).
    """

    text: str
    start: int
    end: int
    dyad: Dyad
    polarity: Polarity
    trend: Direction | None
    period: tuple[dt.date | None, dt.date | None]
    cues: tuple[str, ...] = ()
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The claim's JSON form."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "dyad": self.dyad.label,
            "polarity": self.polarity,
            "trend": self.trend,
            "date_from": self.period[0].isoformat() if self.period[0] else None,
            "date_to": self.period[1].isoformat() if self.period[1] else None,
            "cues": list(self.cues),
            "doc_id": self.doc_id,
        }


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _CountryMention(_Span):
    country: str


@dataclass(frozen=True, slots=True)
class _PairMention(_Span):
    dyad: Dyad


@dataclass(frozen=True, slots=True)
class _Cue(_Span):
    kind: str


@dataclass(slots=True)
class _ClaimParts:
    dyad: Dyad
    polarity: Polarity
    start: int
    end: int
    cues: list[str] = field(default_factory=list)
    trend: Direction | None = None


@dataclass(frozen=True, slots=True)
class _Cues:
    """The cue lexicon compiled to regular expressions, longest phrase first."""

    level: re.Pattern[str]
    level_kind: dict[str, str]
    change: re.Pattern[str]
    change_kind: dict[str, str]
    reversers: re.Pattern[str]
    hedges: re.Pattern[str]
    anaphors: re.Pattern[str]


def _phrase_pattern(phrases: Sequence[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)


def _read_yaml(name: str) -> dict[str, Any]:
    source = resources.files("detente.data").joinpath("claims", name)
    return yaml.safe_load(source.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = _read_yaml("cues.yaml")
    level_kind = {p.lower(): kind for kind, phrases in data["level"].items() for p in phrases}
    change_kind = {p.lower(): kind for kind, phrases in data["change"].items() for p in phrases}
    return _Cues(
        level=_phrase_pattern(list(level_kind)),
        level_kind=level_kind,
        change=_phrase_pattern(list(change_kind)),
        change_kind=change_kind,
        reversers=_phrase_pattern(data["reversers"]),
        hedges=_phrase_pattern(data["hedges"]),
        anaphors=_phrase_pattern(data["anaphors"]),
    )


@dataclass(frozen=True, slots=True)
class _Countries:
    names: re.Pattern[str]
    name_country: dict[str, str]
    compound: re.Pattern[str]
    compound_country: dict[str, str]


@lru_cache(maxsize=1)
def _countries() -> _Countries:
    data = _read_yaml("countries.yaml")
    name_country = {form: iso for iso, forms in data["names"].items() for form in forms}
    combining = {form: iso for iso, forms in data["combining"].items() for form in forms}
    compound_country = {**name_country, **combining}
    part = "|".join(
        re.escape(f).replace(r"\ ", r"\s+") for f in sorted(compound_country, key=len, reverse=True)
    )
    compound = re.compile(rf"(?<![\w-])({part})\s?[-–/]\s?({part})(?![\w-])")
    return _Countries(
        names=_phrase_pattern(list(name_country), flags=0),
        name_country=name_country,
        compound=compound,
        compound_country=compound_country,
    )


def _kb_country_mentions(text: str, date: dt.date | None) -> list[_CountryMention] | None:
    """States named in ``text`` by the actor knowledge base, or None when it is absent."""
    try:
        from detente.actors import default_kb
    except ImportError:
        return None
    mentions = []
    for mention in default_kb().find_mentions(text, date=date):
        resolution = mention.resolution
        if mention.kind not in ("country", "demonym", "metonym") or resolution is None:
            continue
        country = getattr(resolution, "country", None)
        if country and re.fullmatch(r"[A-Z]{3}", country):
            mentions.append(_CountryMention(mention.start, mention.end, mention.text, country))
    return mentions


def _country_mentions(text: str, date: dt.date | None) -> list[_CountryMention]:
    """Every single state named in the text (compounds are found separately)."""
    from_kb = _kb_country_mentions(text, date)
    if from_kb is not None:
        return from_kb
    table = _countries()
    return [
        _CountryMention(m.start(), m.end(), m.group(0), table.name_country[_squash(m.group(0))])
        for m in table.names.finditer(text)
    ]


def _squash(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase)


def _compound_pairs(text: str) -> list[_PairMention]:
    """Hyphenated pairs: "Pakistan-US", "Indo-US", "Sino-Pakistani", "US/China"."""
    table = _countries()
    pairs = []
    for match in table.compound.finditer(text):
        first = table.compound_country[_squash(match.group(1))]
        second = table.compound_country[_squash(match.group(2))]
        if first != second:
            pairs.append(
                _PairMention(
                    match.start(), match.end(), match.group(0), Dyad.parse(f"{first}-{second}")
                )
            )
    return pairs


def _joined_pairs(text: str, countries: list[_CountryMention]) -> list[_PairMention]:
    """Pairs named as "X and Y" (also "between X and Y", "of X and Y")."""
    pairs = []
    for first, second in itertools.pairwise(countries):
        between = text[first.end : second.start]
        if re.fullmatch(r"\s+and\s+(?:the\s+)?", between) and first.country != second.country:
            dyad = Dyad.parse(f"{first.country}-{second.country}")
            pairs.append(
                _PairMention(first.start, second.end, text[first.start : second.end], dyad)
            )
    return pairs


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (offsets into ``text``); a blank line always ends a sentence."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _words_between(text: str) -> int:
    return len(_WORD.findall(text))


def _last_words(text: str, count: int) -> str:
    """The tail of ``text`` holding its last ``count`` words (within the clause)."""
    clause = _CLAUSE_BREAK.split(text)[-1]
    words = list(_WORD.finditer(clause))
    if len(words) <= count:
        return clause
    return clause[words[-count].start() :]


def _claim_period(date: dt.date | None, window_days: int) -> tuple[dt.date | None, dt.date | None]:
    if date is None:
        return (None, None)
    return (date - dt.timedelta(days=window_days - 1), date)


def find_claims(
    text: str,
    date: dt.date | None = None,
    *,
    window_days: int = DEFAULT_WINDOW_DAYS,
    doc_id: str | None = None,
) -> list[Claim]:
    """Statements about how two states get on, found with cue phrases.

    A claim is a level cue ("partnership", "rivalry", "deep trouble") tied to a pair
    of states: a compound just before it ("Indo-US strategic partnership"), "between
    X and Y" or "of X and Y" just after it, or a phrase such as "the two countries"
    or "the relationship" in the same sentence, which stands for the pair named most
    recently in this or the previous sentence. A change cue right before the phrase
    gives the trend; hedges ("prospects of", "could", "must") drop the cue, because a
    wish or a possibility says nothing about the relationship as it is.
    """
    cues = _cues()
    period = _claim_period(date, window_days)
    countries = _country_mentions(text, date)
    compounds = _compound_pairs(text)
    inside_compound = [(p.start, p.end) for p in compounds]
    singles = [
        c for c in countries if not any(s <= c.start and c.end <= e for s, e in inside_compound)
    ]
    pairs = sorted([*compounds, *_joined_pairs(text, singles)], key=lambda p: p.start)

    claims: list[Claim] = []
    previous_sentence_start = 0
    for sentence_start, sentence_end in _sentences(text):
        parts: list[_ClaimParts] = []
        for match in cues.level.finditer(text, sentence_start, sentence_end):
            level = _Cue(match.start(), match.end(), match.group(0), cues.level_kind[_norm(match)])
            before = _last_words(text[sentence_start : level.start], _HEDGE_REACH)
            if cues.hedges.search(before):
                continue
            polarity: Polarity = "cooperative" if level.kind == "cooperative" else "conflictual"
            if cues.reversers.search(_last_words(before, 3)):
                polarity = "conflictual" if polarity == "cooperative" else "cooperative"
            located = _pair_for_cue(
                text, level, pairs, sentence_start, sentence_end, previous_sentence_start
            )
            if located is None:
                continue
            dyad, span_start, span_end = located
            trend = _trend_before(text, sentence_start, min(span_start, level.start), polarity)
            merged = parts[-1] if parts else None
            if (
                merged is not None
                and merged.dyad == dyad
                and merged.polarity == polarity
                and _words_between(text[merged.end : level.start]) <= 2
            ):
                merged.end = max(merged.end, span_end)
                merged.cues.append(level.text)
                merged.trend = merged.trend or trend[0]
                continue
            change_start = trend[1] if trend[1] is not None else min(span_start, level.start)
            parts.append(
                _ClaimParts(dyad, polarity, change_start, span_end, [level.text], trend[0])
            )
        claims.extend(
            Claim(
                text=_squash(text[p.start : p.end]),
                start=p.start,
                end=p.end,
                dyad=p.dyad,
                polarity=p.polarity,
                trend=p.trend,
                period=period,
                cues=tuple(p.cues),
                doc_id=doc_id,
            )
            for p in parts
        )
        previous_sentence_start = sentence_start
    return claims


def _norm(match: re.Match[str]) -> str:
    return _squash(match.group(0)).lower()


def _pair_for_cue(
    text: str,
    level: _Cue,
    pairs: list[_PairMention],
    sentence_start: int,
    sentence_end: int,
    previous_sentence_start: int,
) -> tuple[Dyad, int, int] | None:
    """The pair a level cue speaks about, with the span of the whole claim phrase."""
    for pair in reversed(pairs):
        if sentence_start <= pair.start and pair.end <= level.start:
            gap = text[pair.end : level.start]
            if _words_between(gap) <= _COMPOUND_REACH and not _CLAUSE_BREAK.search(gap):
                return pair.dyad, pair.start, level.end
            break
    for pair in pairs:
        if level.end <= pair.start and pair.end <= sentence_end:
            gap = text[level.end : pair.start]
            if _words_between(gap) <= _BETWEEN_REACH and re.search(r"\b(?:between|of)\b", gap):
                return pair.dyad, level.start, pair.end
            break
    anaphor = _nearest_anaphor(text, level, sentence_start, sentence_end)
    if anaphor is None:
        return None
    earlier = [p for p in pairs if previous_sentence_start <= p.start and p.end <= anaphor.start]
    if not earlier:
        return None
    start = min(anaphor.start, level.start)
    end = max(anaphor.end, level.end)
    return earlier[-1].dyad, start, end


def _nearest_anaphor(
    text: str, level: _Cue, sentence_start: int, sentence_end: int
) -> _Span | None:
    """The "the two countries" / "the relationship" that the cue is said of.

    Either the subject shortly before the cue in the same clause ("the relationship
    continues to be in deep trouble") or the object of "between"/"of" right after it
    ("friendship and cooperation between the two countries").
    """
    anaphors = _cues().anaphors
    before = None
    for match in anaphors.finditer(text, sentence_start, level.start):
        before = match
    if before is not None:
        gap = text[before.end() : level.start]
        if _words_between(gap) <= _ANAPHOR_REACH and not _CLAUSE_BREAK.search(gap):
            return _Span(before.start(), before.end(), before.group(0))
    after = anaphors.search(text, level.end, sentence_end)
    if after is not None:
        gap = text[level.end : after.start()]
        if _words_between(gap) <= _BETWEEN_REACH and re.fullmatch(
            r"\s*(?:[\w’']+\s+){0,3}(?:between|of|among)\s+", gap
        ):
            return _Span(after.start(), after.end(), after.group(0))
    return None


def _trend_before(
    text: str, sentence_start: int, phrase_start: int, polarity: Polarity
) -> tuple[Direction | None, int | None]:
    """The direction a change cue right before the phrase gives, and where the cue starts."""
    cues = _cues()
    window = text[sentence_start:phrase_start]
    last = None
    for match in cues.change.finditer(window):
        last = match
    if last is None:
        return None, None
    gap = window[last.end() :]
    if _words_between(gap) > _CHANGE_REACH + _gap_articles(gap) or _CLAUSE_BREAK.search(gap):
        return None, None
    kind = cues.change_kind[_norm(last)]
    if kind in ("improving", "worsening"):
        direction: Direction = "improving" if kind == "improving" else "worsening"
    else:
        strengthens_cooperation = (kind == "intensifying") == (polarity == "cooperative")
        direction = "improving" if strengthens_cooperation else "worsening"
    return direction, sentence_start + last.start()


def _gap_articles(gap: str) -> int:
    """Words such as "the", "our", "strategic" that may sit between a change cue and its phrase."""
    return len(re.findall(r"\b(?:the|a|an|our|their|its|strategic|bilateral|of)\b", gap, re.I))


# -- testing claims against the store ----------------------------------------------

VERDICTS: tuple[str, ...] = ("supported", "contradicted", "inconclusive", "not enough data")


@dataclass(frozen=True)
class ClaimCheck:
    """What the store says about one claim, with the numbers behind the verdict.

    ``test`` is ``level`` (net cooperation over the period, interval on which side
    of 0), ``trend`` (Mann–Kendall over the periods) or ``level instead of trend``
    when too few periods had data for a trend test. ``net_coop`` and its interval
    pool every counted event of the dyad in the claim's period.
    """

    claim: Claim
    verdict: str
    test: str
    events: int
    documents: int
    net_coop: float | None
    net_coop_lo: float | None
    net_coop_hi: float | None
    trend_direction: str | None
    trend_slope: float | None
    trend_p_value: float | None
    caveats: tuple[str, ...]
    line: str
    options: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """JSON form: the claim, the verdict and every number behind it."""
        return {
            "claim": self.claim.to_dict(),
            "verdict": self.verdict,
            "test": self.test,
            "events": self.events,
            "documents": self.documents,
            "net_coop": self.net_coop,
            "net_coop_lo": self.net_coop_lo,
            "net_coop_hi": self.net_coop_hi,
            "trend_direction": self.trend_direction,
            "trend_slope": self.trend_slope,
            "trend_p_value": self.trend_p_value,
            "caveats": list(self.caveats),
            "line": self.line,
            "options": self.options,
        }


@dataclass(frozen=True, slots=True)
class _Level:
    events: int
    documents: int
    own_document_events: int
    net_coop: float | None
    low: float | None
    high: float | None


def check_claims(
    con: Any,
    claims: Sequence[Claim],
    options: Any = None,
    *,
    min_documents: int = 1,
    bootstrap: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> list[ClaimCheck]:
    """Test each claim against the events in the store over the claim's period.

    A level claim ("partnership", "rivalry") is supported when the dyad's net
    cooperation over the period has its interval (a bootstrap over documents) on
    the claimed side of 0, contradicted when on the other side, inconclusive when
    the interval spans 0. A trend claim ("growing", "deteriorating") is tested with
    the trend of the dyad's series over the period; with fewer periods than a trend
    test needs it falls back to the level and says so. Below ``options.min_events``
    events or ``min_documents`` documents the verdict is "not enough data".
    ``con`` is a DuckDB connection; ``options`` a :class:`MeasureOptions`.
    """
    from detente.analysis.options import MeasureOptions

    base = options or MeasureOptions()
    checks = []
    for claim in claims:
        claim_options = base.replace(
            dyads=(claim.dyad,),
            directed=claim.dyad.directed,
            date_from=claim.period[0] or base.date_from,
            date_to=claim.period[1] or base.date_to,
        )
        checks.append(_check_one(con, claim, claim_options, min_documents, bootstrap, seed, level))
    return checks


def _check_one(
    con: Any,
    claim: Claim,
    options: Any,
    min_documents: int,
    bootstrap: int,
    seed: int,
    level: float,
) -> ClaimCheck:
    from detente.analysis.series import dyad_series
    from detente.analysis.trend import trend as trend_test

    pooled = _pooled_level(con, claim, options, bootstrap, seed, level)
    caveats = _caveats(claim, pooled, options)
    test = "level"
    direction = slope = p_value = None
    enough = pooled.events >= options.min_events and pooled.documents >= min_documents
    if not enough:
        verdict = "not enough data"
        reason = (
            f"{_count(pooled.events, 'event')} in {_count(pooled.documents, 'document')}; "
            f"at least {_count(options.min_events, 'event')} and "
            f"{_count(min_documents, 'document')} are needed"
        )
    elif claim.trend is None:
        verdict, reason = _level_verdict(claim.polarity, pooled, level)
    else:
        series = dyad_series(con, claim.dyad, options, bootstrap=bootstrap, seed=seed, level=level)
        result = trend_test(series, alpha=1 - level)
        if result.direction == "not enough data":
            test = "level instead of trend"
            caveats.append(
                f"only {result.n} {options.period}s had enough events for a trend test "
                f"(4 needed): the claimed {claim.trend} trend was not tested, only the level"
            )
            verdict, reason = _level_verdict(claim.polarity, pooled, level)
        else:
            test = "trend"
            direction, slope, p_value = result.direction, result.slope, result.p_value
            verdict, reason = _trend_verdict(claim.trend, result.direction, result.significant)
            reason += f" (Sen's slope {result.slope:+.3f} per {options.period}, p={p_value:.3f})"
    return ClaimCheck(
        claim=claim,
        verdict=verdict,
        test=test,
        events=pooled.events,
        documents=pooled.documents,
        net_coop=pooled.net_coop,
        net_coop_lo=pooled.low,
        net_coop_hi=pooled.high,
        trend_direction=direction,
        trend_slope=slope,
        trend_p_value=p_value,
        caveats=tuple(caveats),
        line=f"{claim.dyad.label}: {verdict} — {reason}",
        options=options.to_dict(),
    )


def _pooled_level(
    con: Any, claim: Claim, options: Any, bootstrap: int, seed: int, level: float
) -> _Level:
    """Net cooperation of the dyad over the whole claim period, resampling documents.

    Uses the measures' own filters, weights and bootstrap, pooled over one window
    instead of calendar periods (a claim's 12 months rarely start in January).
    """
    import numpy as np

    from detente.analysis._bootstrap import PeriodDocuments, bootstrap_ratios, percentile_interval
    from detente.analysis._sql import SIGNED_WEIGHT, common_filters, dyad_condition, weight_expr

    conditions, params = common_filters(options)
    dyad_sql, dyad_params = dyad_condition([claim.dyad])
    conditions.append(dyad_sql)
    frame = con.execute(
        f"""
        WITH base AS (
            SELECT doc_id, quad, goldstein, {weight_expr(options)} AS w
            FROM {options.source} WHERE {" AND ".join(conditions)}
        )
        SELECT doc_id, count(*) AS events, sum(w) AS weight_total,
               sum(CASE WHEN quad IN (1, 2, 3, 4) THEN w ELSE 0 END) AS quad_weight,
               coalesce(sum({SIGNED_WEIGHT}), 0) AS signed,
               sum(CASE WHEN goldstein IS NOT NULL THEN w ELSE 0 END) AS goldstein_weight,
               coalesce(sum(w * goldstein), 0) AS goldstein_sum
        FROM base GROUP BY doc_id ORDER BY doc_id
        """,
        params + dyad_params,
    ).df()
    events = int(frame["events"].sum()) if len(frame) else 0
    own = (
        int(frame.loc[frame["doc_id"] == claim.doc_id, "events"].sum())
        if claim.doc_id and len(frame)
        else 0
    )
    if events == 0:
        return _Level(0, 0, 0, None, None, None)
    docs = PeriodDocuments(
        events=events,
        quad_weight=frame["quad_weight"].to_numpy(dtype=float),
        signed=frame["signed"].to_numpy(dtype=float),
        goldstein_weight=frame["goldstein_weight"].to_numpy(dtype=float),
        goldstein_sum=frame["goldstein_sum"].to_numpy(dtype=float),
        weight_total=float(frame["weight_total"].sum()),
    )
    net, _ = bootstrap_ratios(docs, bootstrap, np.random.default_rng(seed))
    low, high = percentile_interval(net, level)
    value = docs.net_coop
    return _Level(
        events=events,
        documents=docs.documents,
        own_document_events=own,
        net_coop=None if np.isnan(value) else value,
        low=None if np.isnan(low) else low,
        high=None if np.isnan(high) else high,
    )


def _caveats(claim: Claim, pooled: _Level, options: Any) -> list[str]:
    caveats = []
    if pooled.documents == 1:
        caveats.append(
            "one article is thin evidence: its interval cannot show how much sources disagree"
        )
    elif 1 < pooled.documents < 5:
        caveats.append(f"only {pooled.documents} articles: read the interval as rough")
    if pooled.own_document_events and pooled.own_document_events == pooled.events:
        caveats.append("every event counted comes from the article that makes the claim")
    elif pooled.own_document_events:
        caveats.append(
            f"{pooled.own_document_events} of {pooled.events} events come from the article "
            "that makes the claim"
        )
    if claim.period == (None, None):
        caveats.append("the article has no date: tested against all dated events")
    return caveats


def _level_verdict(polarity: Polarity, pooled: _Level, level: float) -> tuple[str, str]:
    numbers = (
        f"net cooperation {pooled.net_coop:+.2f} [{pooled.low:+.2f}, {pooled.high:+.2f}] "
        f"({level:.0%} interval) from {pooled.events} events in {pooled.documents} documents"
        if pooled.net_coop is not None and pooled.low is not None and pooled.high is not None
        else f"no net cooperation could be computed from {pooled.events} events"
    )
    if pooled.low is None or pooled.high is None:
        return "inconclusive", numbers
    side = 1 if pooled.low > 0 else -1 if pooled.high < 0 else 0
    claimed = 1 if polarity == "cooperative" else -1
    if side == 0:
        return "inconclusive", numbers + "; the interval spans 0"
    return ("supported" if side == claimed else "contradicted"), numbers


def _trend_verdict(claimed: Direction, direction: str, significant: bool) -> tuple[str, str]:
    if not significant or direction not in ("increasing", "decreasing"):
        return "inconclusive", "no significant trend in net cooperation"
    rising = direction == "increasing"
    agrees = rising == (claimed == "improving")
    return (
        "supported" if agrees else "contradicted",
        f"net cooperation is {direction}",
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
