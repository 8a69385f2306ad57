"""Sums of money in news prose: value and ISO-4217 currency."""

from __future__ import annotations

import itertools

import pytest

from detente.text.amounts import AmountMention, find_amounts


def only(text: str, **kw: str) -> AmountMention:
    found = find_amounts(text, **kw)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "currency"),
    [
        ("The Pentagon cancelled $300 million in support funds.", "$300 million", 300e6, "USD"),
        ("A loan of US$ 1.5 billion was agreed.", "US$ 1.5 billion", 1.5e9, "USD"),
        ("A loan of USD 2bn was agreed.", "USD 2bn", 2e9, "USD"),
        ("China pledged $62 billion for the corridor.", "$62 billion", 62e9, "USD"),
        ("China pledged $62bn for the corridor.", "$62bn", 62e9, "USD"),
        ("Aid fell by $1.3bn a year.", "$1.3bn", 1.3e9, "USD"),
        ("He said the US paid more than 33 billion dollars.", "33 billion dollars", 33e9, "USD"),
        ("The fund holds 4 million US dollars.", "4 million US dollars", 4e6, "USD"),
        ("Pilgrims pay a fee of $20 each.", "$20", 20.0, "USD"),
        ("Trade reached $1,250,000 last month.", "$1,250,000", 1.25e6, "USD"),
        ("The budget set aside Rs 5 billion for security.", "Rs 5 billion", 5e9, "PKR"),
        ("The budget set aside Rs5bn for security.", "Rs5bn", 5e9, "PKR"),
        ("The budget set aside Rs. 300 for each family.", "Rs. 300", 300.0, "PKR"),
        ("The budget set aside PKR 5 billion for security.", "PKR 5 billion", 5e9, "PKR"),
        ("Delhi set aside ₹10,000 crore for defence.", "₹10,000 crore", 1e11, "INR"),
        ("Delhi set aside Rs 10,000 crore for defence.", "Rs 10,000 crore", 1e11, "INR"),
        ("Each farmer gets 5 lakh rupees.", "5 lakh rupees", 5e5, "INR"),
        ("A grant of INR 40 million was made.", "INR 40 million", 40e6, "INR"),
        ("Islamabad owes 80 billion Pakistani rupees.", "80 billion Pakistani rupees", 80e9, "PKR"),
        ("Brussels added €2 million in aid.", "€2 million", 2e6, "EUR"),
        ("Brussels added 2 million euros in aid.", "2 million euros", 2e6, "EUR"),
        ("London added £3.5m in aid.", "£3.5m", 3.5e6, "GBP"),
        ("London added 3 million pounds in aid.", "3 million pounds", 3e6, "GBP"),
        ("Beijing lent ¥100 billion to the utility.", "¥100 billion", 100e9, "CNY"),
        ("Beijing lent 10 billion yuan to the utility.", "10 billion yuan", 10e9, "CNY"),
        ("Beijing lent RMB 50bn to the utility.", "RMB 50bn", 50e9, "CNY"),
        ("Tokyo lent 20 billion yen to the utility.", "20 billion yen", 20e9, "JPY"),
        ("Riyadh deposited SAR 3 billion.", "SAR 3 billion", 3e9, "SAR"),
        ("Hong Kong paid HK$ 3 million.", "HK$ 3 million", 3e6, "HKD"),
        ("Ottawa paid C$10m.", "C$10m", 10e6, "CAD"),
    ],
)
def test_text_amounts_forms(text: str, span: str, value: float, currency: str) -> None:
    amount = only(text)
    assert amount.text == span
    assert text[amount.start : amount.end] == span
    assert amount.value == pytest.approx(value)
    assert amount.currency == currency


def test_text_amounts_default_rupee_can_be_indian() -> None:
    assert only("The state spent Rs 5 billion.", default_rupee="INR").currency == "INR"
    assert only("The state spent 5 billion rupees.", default_rupee="INR").currency == "INR"
    # An explicit code beats the default.
    assert only("The state spent PKR 5 billion.", default_rupee="INR").currency == "PKR"


def test_text_amounts_range_reports_the_lower_bound_with_the_shared_scale() -> None:
    amount = only("A $5-10 billion package is under discussion.")
    assert (amount.text, amount.value) == ("$5-10 billion", 5e9)


@pytest.mark.parametrize(
    "text",
    [
        "The first 2+2 dialogue was held in New Delhi.",
        "The region is home to 300 million people.",
        "Tariffs rose from 10 to 25 percent on $Billions of goods.",
        "The 26/11 attacks killed 166 people.",
        "The ship carried 500 pounds of rice.",
        "The summit took place on 2018-09-06.",
        "Article 370 was revoked by 125 votes to 61.",
        "The US has paid billions of dollars over the years.",
    ],
)
def test_text_amounts_rejects_non_money(text: str) -> None:
    assert find_amounts(text) == []


def test_text_amounts_several_in_order() -> None:
    text = (
        "Beyond the $300 million cut at the weekend, $500 million had been withheld, "
        "while Beijing offered 2 billion yuan and Riyadh $6 billion."
    )
    found = find_amounts(text)
    assert [(a.value, a.currency) for a in found] == [
        (300e6, "USD"),
        (500e6, "USD"),
        (2e9, "CNY"),
        (6e9, "USD"),
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
