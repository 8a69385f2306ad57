"""Find sums of money in a text: "$300 million", "Rs5bn", "₹10,000 crore", "2 million euros".

Aid cut, tariffs imposed, loans granted: the size of the sum is part of the event,
so the coder attaches the amount its predicate governs. Only figures tied to a
currency count: "300 million people" and "2+2" are not money.

Conventions:

- "$" alone and "dollars" are US dollars; "HK$", "C$", "A$", "S$", "NZ$" are not.
- "Rs" and "rupees" are ambiguous between Pakistan and India. They are read as
  ``default_rupee`` (PKR unless the caller knows the document is Indian), except
  that "₹", "INR", "Indian rupees", "crore" and "lakh" mean INR, and "PKR" and
  "Pakistani rupees" always mean PKR.
- "¥", "yuan", "renminbi" and "RMB" are Chinese yuan (CNY); yen needs "yen", "JPY"
  or "JP¥", because in detente's sources "¥" is nearly always the yuan.
- "pounds" is sterling only with a scale word ("2 million pounds"): "500 pounds"
  is as likely to be a weight.
- A range ("$5-10 billion") reports its lower bound with the shared scale.
- Scales: thousand/k, million/mn/mln/m, billion/bn/b, trillion/tn, lakh (1e5),
  crore (1e7). Single-letter scales must be written against the number ("$5m").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AmountMention", "find_amounts"]


@dataclass(frozen=True, slots=True)
class AmountMention:
    """A sum of money in a text: where, as written, and its value in ISO-4217 ``currency``."""

    start: int
    end: int
    text: str
    value: float
    currency: str


#: Symbols and codes written before the number (matched case-sensitively).
_PREFIXES: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "USD": "USD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "AU$": "AUD",
    "CA$": "CAD",
    "A$": "AUD",
    "C$": "CAD",
    "S$": "SGD",
    "$": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "CN¥": "CNY",
    "JP¥": "JPY",
    "¥": "CNY",
    "RMB": "CNY",
    "CNY": "CNY",
    "JPY": "JPY",
    "₹": "INR",
    "INR": "INR",
    "PKR": "PKR",
    "Rs.": "RUPEE",
    "Rs": "RUPEE",
    "AFN": "AFN",
    "SAR": "SAR",
    "AED": "AED",
}

#: Currency words written after the number (matched case-insensitively).
_SUFFIXES: dict[str, str] = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "rupees": "RUPEE",
    "rupee": "RUPEE",
    "afghanis": "AFN",
    "riyals": "SAR",
    "dirhams": "AED",
}

#: Nationality words that settle an ambiguous currency word ("Indian rupees").
_QUALIFIERS: dict[str, str] = {
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
    "hong kong": "HKD",
    "canadian": "CAD",
    "australian": "AUD",
    "singapore": "SGD",
    "indian": "INR",
    "pakistani": "PKR",
    "pakistan": "PKR",
    "chinese": "CNY",
    "japanese": "JPY",
    "saudi": "SAR",
}

_SCALES: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_INDIAN_SCALES = {"lakh", "lakhs", "lac", "lacs", "crore", "crores", "cr"}


def _alternation(words: list[str]) -> str:
    """Longest first, so "US$" wins over "$" and "pounds sterling" over "pounds"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBER = r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_LONG_SCALES = _alternation([s for s in _SCALES if len(s) > 1])
_SHORT_SCALES = _alternation([s for s in _SCALES if len(s) == 1])


def _scale_group(name: str) -> str:
    """Two-letter abbreviations and words may follow a space; "m", "b", "k" must be glued on."""
    return rf"(?:\s*(?P<{name}>{_LONG_SCALES})|(?P<{name}_short>{_SHORT_SCALES}))\b"


def _range_group(name: str) -> str:
    return rf"(?:\s*(?:-|–|to)\s*(?P<{name}>{_NUMBER}))?"


_PATTERN = re.compile(
    # "$300 million", "Rs5bn", "USD 2bn", "₹10,000 crore"
    rf"(?<![\w$])(?P<pre>(?-i:{_alternation(list(_PREFIXES))}))\s?"
    rf"(?P<pre_num>{_NUMBER}){_range_group('pre_num2')}(?:{_scale_group('pre_scale')})?"
    rf"(?!\d)"
    rf"|"
    # "33 billion dollars", "10,000 crore rupees", "2 million euros"
    rf"(?<![\w.,$£€¥₹])(?P<suf_num>{_NUMBER}){_range_group('suf_num2')}"
    rf"(?:{_scale_group('suf_scale')})?\s+"
    rf"(?:(?P<qual>{_alternation(list(_QUALIFIERS))})\s+)?"
    rf"(?P<suf>{_alternation(list(_SUFFIXES))})\b",
    re.IGNORECASE,
)


def _scale(m: re.Match[str], prefix: str) -> tuple[float, str | None]:
    word = m[f"{prefix}_scale"] or m[f"{prefix}_scale_short"]
    if word is None:
        return 1.0, None
    return _SCALES[word.lower()], word.lower()


def find_amounts(text: str, default_rupee: str = "PKR") -> list[AmountMention]:
    """Every sum of money in ``text``, in text order, with its value and ISO-4217 currency.

    ``default_rupee`` is the currency of a bare "Rs" or "rupees"; a coder that knows
    a document is Indian passes "INR".
    """
    found: list[AmountMention] = []
    for m in _PATTERN.finditer(text):
        if m["pre"] is not None:
            currency = _PREFIXES[m["pre"]]
            number = m["pre_num"]
            factor, scale = _scale(m, "pre")
        else:
            factor, scale = _scale(m, "suf")
            word = " ".join(m["suf"].lower().split())
            currency = _SUFFIXES[word]
            if m["qual"]:
                currency = _QUALIFIERS[" ".join(m["qual"].lower().split())]
            elif currency == "GBP" and word == "pounds" and scale is None:
                continue  # "500 pounds" may be a weight
            number = m["suf_num"]
        if currency == "RUPEE":
            currency = "INR" if scale in _INDIAN_SCALES else default_rupee
        value = float(number.replace(",", "")) * factor
        found.append(AmountMention(m.start(), m.end(), m.group(), value, currency))
    return found
