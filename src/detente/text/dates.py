"""Find the dates a news text names and resolve them against its publication date.

News prose rarely writes full dates: it says "on Tuesday", "last month" or "in
December last year", and only the article's own date (the *anchor*) gives them a
meaning. dateparser returns nothing for several of these forms and mis-reads
others when searching free text, so detente uses its own rules: one compiled
regular expression with a named group per form. It runs on every sentence of every
document, so it is only tried at word starts just before a "head" (a digit, a month
or weekday name, or a word such as "year" or "ago") rather than at every character.

Conventions (all resolution is against ``anchor`` unless said otherwise):

- A day or month without a year ("6 September", "in March", "on Tuesday") is the
  most recent such day or month *not after* the anchor, so "on Tuesday" in an
  article dated Tuesday is that same day. When the clause before the mention has a
  future cue ("will", "is due", "due in", "expected", "scheduled", "next", ...) it
  is instead the nearest one *on or after* the anchor ("is due in Islamabad on
  Wednesday"), and so is a date joined to such a one ("on Monday and Tuesday").
  The clause ends at punctuation or a reporting verb ("said", "told"), so "Pakistan
  will respond, officials said on Tuesday" still looks back. Future in the past
  ("would", "was to") is not a cue: it points either way.
- "last August" is the most recent August strictly before the anchor's month;
  "next August" the first one after it; "August last year" is in anchor year - 1.
- "last year", "earlier this year", "next year" have year precision; "last month",
  "this month" month precision; "N months ago" month precision.
- Weeks have no precision of their own: "last week" is anchor - 7 days, "this
  week" the anchor, "next week" anchor + 7, "two weeks ago" anchor - 14, all with
  day precision and ``approximate=True``; "at the weekend" is the Saturday not
  after the anchor, also approximate.
- "a few days ago" is anchor - 3 days; "just a few days before", "just days before"
  and "several days after" count three days from the reference below. All are
  approximate. "12 days after the bombing" is not returned: its date depends on an
  event, not on a date the text gives.
- Anaphoric expressions ("a day later", "a day earlier", "the next day", "the same
  day", "three days later") count from the last exact day-precision date named
  earlier in the same text, else from ``reference``, else from the anchor; they are
  always approximate, because the event they are relative to may not be the one
  the date belongs to.
- Numeric dates other than ISO ``YYYY-MM-DD`` (``6/9/2018``, ``26/11``) are not
  read: day-month and month-day orders cannot be told apart. Decades ("the 1990s")
  and fiscal years ("2018-19") are skipped.
- Without an anchor, only dates that carry their own year are returned, plus
  anaphoric ones when ``reference`` or an earlier exact date in the text is given.

Spans exclude a leading preposition ("in", "on", "since") but keep modifiers that
belong to the expression ("early", "last", "earlier this year").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date named in a text: where it is, what it says and the day it stands for.

    ``date`` is the first day of the month or year when ``precision`` is "month"
    or "year". ``approximate`` marks conventions rather than readings ("last week",
    "a few days ago", "a day later"), so a coder can prefer an exact date nearby.
    """

    start: int
    end: int
    text: str
    date: dt.date
    precision: str
    approximate: bool = False


# -- vocabulary ---------------------------------------------------------------------

_MONTH_NUMBERS: dict[str, int] = {}
for _number, _name in enumerate(calendar.month_name):
    if _name:
        _MONTH_NUMBERS[_name.lower()] = _number
        _MONTH_NUMBERS[_name[:3].lower()] = _number
_MONTH_NUMBERS["sept"] = 9

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
#: Vague quantities and the count detente takes for them (always approximate).
_VAGUE_NUMBERS = {"few": 3, "a few": 3, "several": 3, "a couple of": 2, "couple of": 2}

# Month and weekday names must be capitalised: "may" and "march" are also verbs.
# Only abbreviations take a full stop: "in November." must not swallow the sentence end.
_MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_PREP = r"(?:in|on|since|during|by|until|till|from|through|throughout|before|after|of)"
# A modifier with its trailing space (or hyphen): "early ", "the end of ", "mid-".
_MOD = (
    r"(?:(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
    r"|the\s+middle\s+of)\s+|mid-)"
)
_NUM = (
    r"(?:\d{1,3}|a\s+couple\s+of|a\s+few|an?|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|several|few)"
)
# A year must not be part of a longer number, a decade ("1990s") or a range ("2018-19").
_YEAR_END = r"(?![\w'’]|[-–/.,]\d)"
# No digit, sign, currency or slash glued to the left of a day number ("26/11", "$300").
_NUM_START = r"(?<![\w.,/$£€¥₹+\-])"

_RULES: list[tuple[str, str]] = [
    ("iso", rf"(?<![\w-])(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>{_DAY})(?![\w-])"),
    (
        "dmy",
        rf"{_NUM_START}(?:the\s+)?(?P<dmy_d>{_DAY}){_ORD}(?:\s+of)?\s+(?P<dmy_m>{_MONTH})"
        rf"(?:,?\s+(?P<dmy_y>{_YEAR}){_YEAR_END})?",
    ),
    (
        "mdy",
        rf"(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY}){_ORD}(?![\w%]|[.,]\d)"
        rf"(?:,?\s+(?P<mdy_y>{_YEAR}){_YEAR_END})?",
    ),
    (
        "mrel",
        rf"(?:{_PREP}\s+)?(?P<mrel_x>{_MOD}?(?P<mrel_m>{_MONTH})\s+(?:of\s+)?"
        rf"(?P<mrel_r>last|this|next)\s+year\b)",
    ),
    ("relm", rf"(?P<relm_r>last|this|next)\s+(?P<relm_m>{_MONTH})"),
    (
        "my",
        rf"(?:{_PREP}\s+)?(?P<my_x>{_MOD}?(?P<my_m>{_MONTH}),?\s+(?P<my_y>{_YEAR}))"
        rf"{_YEAR_END}",
    ),
    (
        "mo",
        rf"(?:(?P<mo_p>{_PREP})\s+(?P<mo_x>{_MOD}?(?P<mo_m>{_MONTH}))"
        rf"|(?P<mo_y>{_MOD}(?P<mo_m2>{_MONTH})))(?!\.?\s*\d|['’]s\b)",
    ),
    (
        "yo",
        rf"(?:(?P<yo_p>{_PREP})\s+)?(?P<yo_x>(?:the\s+year\s+)?(?P<yo_mod>{_MOD})?"
        rf"(?P<yo_y>{_YEAR})){_YEAR_END}",
    ),
    ("ryear", r"\b(?P<ryear_r>(?:earlier|later)\s+this|last|this|next)\s+year\b"),
    ("rmonth", r"\b(?P<rmonth_r>(?:earlier|later)\s+this|last|this|next)\s+month\b"),
    ("rweek", r"\b(?P<rweek_r>(?:earlier|later)\s+this|last|this|next)\s+week\b"),
    ("wkend", r"\b(?:last|this|at\s+the|over\s+the)\s+weekend\b"),
    ("ago", rf"\b(?P<ago_n>{_NUM})\s+(?P<ago_u>day|week|month|year)s?\s+ago\b"),
    (
        "vague",
        r"\b(?:just\s+(?:a\s+few\s+|several\s+)?|a\s+few\s+|several\s+|a\s+couple\s+of\s+)"
        r"days\s+"
        r"(?P<vague_d>before|earlier|after|later)\b",
    ),
    (
        "ana",
        rf"\b(?P<ana_n>{_NUM})\s+(?P<ana_u>day|week)s?\s+(?P<ana_d>later|earlier)\b",
    ),
    ("ana2", r"\bthe\s+(?P<ana2_w>next|following|previous|same)\s+day\b"),
    ("wd", rf"(?:\b(?P<wd_r>last|next|this)\s+)?(?P<wd_d>{_WEEKDAY})"),
    ("deixis", r"\b(?P<deixis_w>yesterday|today|tomorrow)\b"),
]

_PATTERN = re.compile("|".join(f"(?P<{name}>{body})" for name, body in _RULES), re.IGNORECASE)

# Every rule's match contains one of these heads, at most _HEAD_REACH characters after
# the match's start ("throughout the beginning of March"). Trying the rules only at word
# starts just before a head is several times faster than scanning the whole text with
# the full alternation, and finds the same matches.
_HEAD = re.compile(
    r"(?<![\d,.])\d|\b(?:(?-i:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|year|month|week|weekend|day|days|ago|today|yesterday|tomorrow)\b",
    re.IGNORECASE,
)
_HEAD_REACH = 40
_WORD_START = re.compile(r"\b\w")


def _matches(text: str) -> Iterator[re.Match[str]]:
    """The non-overlapping rule matches in ``text``, left to right."""
    done = 0
    for head in _HEAD.finditer(text):
        if head.start() < done:
            continue
        low = max(done, head.start() - _HEAD_REACH)
        for word in _WORD_START.finditer(text, low, head.start() + 1):
            m = _PATTERN.match(text, word.start())
            if m is not None and m.end() > head.start():
                yield m
                done = m.end()
                break


# A future cue in the clause before a yearless date sends it forward, not back.
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+due|due\s+(?:in|on|by)|scheduled|expected|planned"
    r"|plans?\s+to|set\s+to|upcoming|forthcoming|next)\b|'ll\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?\"“”()]|\b(?:said|says|told|announced|and)\b", re.IGNORECASE)
_LOOKBACK = 100
# "on Monday and Tuesday": a date joined to a forward one is forward too.
_COORDINATION = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s*(?:on\s+)?", re.IGNORECASE)


# -- calendar arithmetic ---------------------------------------------------------------


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _from_month_index(index: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, 1)


def _count(word: str) -> tuple[int, bool]:
    """The number a count word stands for, and whether it is vague."""
    key = " ".join(word.lower().split())
    if key.isdigit():
        return int(key), False
    if key in _VAGUE_NUMBERS:
        return _VAGUE_NUMBERS[key], True
    return _NUMBER_WORDS[key], False


def _future_cue(text: str, start: int) -> bool:
    """True when the clause leading up to ``start`` speaks of the future."""
    window = text[max(0, start - _LOOKBACK) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    return _FUTURE_CUE.search(window) is not None


def _yearless_day(month: int, day: int, anchor: dt.date, forward: bool) -> dt.date | None:
    """The day/month nearest the anchor: last one not after it, or first one on or after."""
    for year in (anchor.year, anchor.year + 1) if forward else (anchor.year, anchor.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February in a common year: try the other year
        if (candidate >= anchor) if forward else (candidate <= anchor):
            return candidate
    return None


def _yearless_month(month: int, anchor: dt.date, forward: bool) -> dt.date:
    if forward:
        year = anchor.year if month >= anchor.month else anchor.year + 1
    else:
        year = anchor.year if month <= anchor.month else anchor.year - 1
    return dt.date(year, month, 1)


def _weekday(name: str, relation: str | None, anchor: dt.date, forward: bool) -> dt.date:
    target = _WEEKDAYS[name.lower()]
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if relation == "last":
        return anchor - dt.timedelta(days=back or 7)
    if relation == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if forward:
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def _relation(word: str) -> int:
    """-1, 0 or +1 for last / this / next (also "earlier this", "later this")."""
    word = word.lower()
    if word.startswith("last"):
        return -1
    if word.startswith("next"):
        return 1
    return 0


# -- the scanner --------------------------------------------------------------------------


class _Scan:
    """Resolution state for one call: anchor, reference and the last exact day seen."""

    def __init__(self, text: str, anchor: dt.date | None, reference: dt.date | None) -> None:
        self.text = text
        self.anchor = anchor
        self.reference = reference
        self.last_day: dt.date | None = None
        #: End offset of the last yearless date that was sent forward by a future cue.
        self.forward_end = -1
        self.went_forward = False

    def forward(self, start: int) -> bool:
        """Whether a yearless date at ``start`` points to the future (see module notes)."""
        joined = self.forward_end >= 0 and (
            _COORDINATION.fullmatch(self.text, self.forward_end, start) is not None
        )
        self.went_forward = joined or _future_cue(self.text, start)
        return self.went_forward

    def resolve(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        """(start, date, precision, approximate) for one match, or None when unresolvable."""
        rule = m.lastgroup
        assert rule is not None
        handler = getattr(self, f"_r_{rule}")
        result: tuple[int, dt.date, str, bool] | None = handler(m)
        return result

    # explicit calendar forms ----------------------------------------------------------
    def _r_iso(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        return self._day(m.start(), int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))

    def _r_dmy(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        return self._dm(m, m["dmy_d"], m["dmy_m"], m["dmy_y"])

    def _r_mdy(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        return self._dm(m, m["mdy_d"], m["mdy_m"], m["mdy_y"])

    def _dm(
        self, m: re.Match[str], day: str, month_name: str, year: str | None
    ) -> tuple[int, dt.date, str, bool] | None:
        month = _MONTH_NUMBERS[month_name.rstrip(".").lower()]
        if year:
            return self._day(m.start(), int(year), month, int(day))
        if self.anchor is None:
            return None
        try:
            dt.date(2000, month, int(day))  # a leap year: rejects only impossible days
        except ValueError:
            return None
        forward = self.forward(m.start())
        found = _yearless_day(month, int(day), self.anchor, forward)
        if found is None:
            return None
        self.last_day = found
        return m.start(), found, "day", False

    def _day(
        self, start: int, year: int, month: int, day: int
    ) -> tuple[int, dt.date, str, bool] | None:
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None
        self.last_day = found
        return start, found, "day", False

    def _r_my(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        month = _MONTH_NUMBERS[m["my_m"].rstrip(".").lower()]
        return m.start("my_x"), dt.date(int(m["my_y"]), month, 1), "month", False

    def _r_yo(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        prep = m["yo_p"].lower() if m["yo_p"] else None
        if prep is None and m["yo_mod"] is None:
            return None  # a bare number such as "2017" may be a count, not a year
        if prep == "of" and re.match(r"\s+[a-z]", self.text[m.end() :]):
            return None  # "a total of 2000 troops" is a count, not a year
        return m.start("yo_x"), dt.date(int(m["yo_y"]), 1, 1), "year", False

    # months and years relative to the anchor ------------------------------------------------
    def _r_mrel(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        if self.anchor is None:
            return None
        month = _MONTH_NUMBERS[m["mrel_m"].rstrip(".").lower()]
        year = self.anchor.year + _relation(m["mrel_r"])
        return m.start("mrel_x"), dt.date(year, month, 1), "month", False

    def _r_relm(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        if self.anchor is None:
            return None
        month = _MONTH_NUMBERS[m["relm_m"].rstrip(".").lower()]
        relation = _relation(m["relm_r"])
        here = _month_index(self.anchor.year, self.anchor.month)
        index = _month_index(self.anchor.year, month)
        if relation < 0 and index >= here:
            index -= 12
        elif relation > 0 and index <= here:
            index += 12
        return m.start(), _from_month_index(index), "month", False

    def _r_mo(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        if self.anchor is None:
            return None
        name = m["mo_m"] or m["mo_m2"]
        start = m.start("mo_x") if m["mo_x"] is not None else m.start("mo_y")
        month = _MONTH_NUMBERS[name.rstrip(".").lower()]
        # Look for a cue up to the month name, so "due in November" counts.
        forward = self.forward(m.start("mo_m") if m["mo_m"] else m.start("mo_m2"))
        return start, _yearless_month(month, self.anchor, forward), "month", False

    def _r_ryear(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        if self.anchor is None:
            return None
        year = self.anchor.year + _relation(m["ryear_r"])
        return m.start(), dt.date(year, 1, 1), "year", False

    def _r_rmonth(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        if self.anchor is None:
            return None
        index = _month_index(self.anchor.year, self.anchor.month) + _relation(m["rmonth_r"])
        return m.start(), _from_month_index(index), "month", False

    def _r_ago(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        if self.anchor is None:
            return None
        n, vague = _count(m["ago_n"])
        unit = m["ago_u"].lower()
        if unit == "year":
            return m.start(), dt.date(self.anchor.year - n, 1, 1), "year", vague
        if unit == "month":
            index = _month_index(self.anchor.year, self.anchor.month) - n
            return m.start(), _from_month_index(index), "month", vague
        days = n * 7 if unit == "week" else n
        found = self.anchor - dt.timedelta(days=days)
        if unit == "day" and not vague:
            self.last_day = found
        return m.start(), found, "day", vague or unit == "week"

    # days and weeks relative to the anchor -----------------------------------------------
    def _r_rweek(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        if self.anchor is None:
            return None
        found = self.anchor + dt.timedelta(days=7 * _relation(m["rweek_r"]))
        return m.start(), found, "day", True

    def _r_wkend(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        if self.anchor is None:
            return None
        saturday = self.anchor - dt.timedelta(days=(self.anchor.weekday() - 5) % 7)
        return m.start(), saturday, "day", True

    def _r_wd(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        if self.anchor is None:
            return None
        relation = m["wd_r"].lower() if m["wd_r"] else None
        forward = relation == "this" or self.forward(m.start())
        found = _weekday(m["wd_d"], relation, self.anchor, forward)
        self.last_day = found
        return m.start(), found, "day", False

    def _r_deixis(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        if self.anchor is None:
            return None
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["deixis_w"].lower()]
        found = self.anchor + dt.timedelta(days=shift)
        self.last_day = found
        return m.start(), found, "day", False

    # anaphoric: relative to the story's last date -----------------------------------------
    def _base(self) -> dt.date | None:
        return self.last_day or self.reference or self.anchor

    def _r_vague(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        base = self._base()
        if base is None:
            return None
        sign = -1 if m["vague_d"].lower() in ("before", "earlier") else 1
        return m.start(), base + dt.timedelta(days=3 * sign), "day", True

    def _r_ana(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        base = self._base()
        if base is None:
            return None
        n, _ = _count(m["ana_n"])
        days = n * 7 if m["ana_u"].lower() == "week" else n
        sign = -1 if m["ana_d"].lower() == "earlier" else 1
        return m.start(), base + dt.timedelta(days=days * sign), "day", True

    def _r_ana2(self, m: re.Match[str]) -> tuple[int, dt.date, str, bool] | None:
        base = self._base()
        if base is None:
            return None
        shift = {"next": 1, "following": 1, "previous": -1, "same": 0}[m["ana2_w"].lower()]
        return m.start(), base + dt.timedelta(days=shift), "day", True


def find_dates(
    text: str, anchor: dt.date | None, *, reference: dt.date | None = None
) -> list[DateMention]:
    """Every date named in ``text``, resolved against ``anchor`` (the publication date).

    ``reference`` is the date that anaphoric expressions ("a day later", "the next
    day") count from when ``text`` names no exact day before them; a coder working
    sentence by sentence can pass the last date it saw. It defaults to the anchor.
    Mentions come back in text order and never overlap.
    """
    scan = _Scan(text, anchor, reference)
    found: list[DateMention] = []
    for m in _matches(text):
        scan.went_forward = False
        resolved = scan.resolve(m)
        if resolved is None:
            continue
        start, date, precision, approximate = resolved
        end = m.end()
        scan.forward_end = end if scan.went_forward else -1
        found.append(DateMention(start, end, text[start:end], date, precision, approximate))
    return found
