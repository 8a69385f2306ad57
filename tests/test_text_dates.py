"""Dates in news prose, resolved against the article's publication date."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from detente.text.dates import DateMention, find_dates

D = dt.date
CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
#: A Monday: the publication date of the seed column the tests borrow phrases from.
ANCHOR = D(2018, 9, 10)


def only(text: str, anchor: dt.date | None = ANCHOR, **kw: dt.date) -> DateMention:
    """The single date in ``text``; fails when there are none or several."""
    found = find_dates(text, anchor, **kw)
    assert len(found) == 1, found
    return found[0]


def resolved(text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, dt.date, str]]:
    return [(m.text, m.date, m.precision) for m in find_dates(text, anchor)]


# -- phrases of the seed column, in sentences of our own ------------------------------


@pytest.mark.parametrize(
    ("text", "span", "date", "precision"),
    [
        (
            "Washington first warned Islamabad in December last year.",
            "December last year",
            D(2017, 12, 1),
            "month",
        ),
        (
            "The strategy was announced in August last year.",
            "August last year",
            D(2017, 8, 1),
            "month",
        ),
        ("Funds were frozen earlier this year.", "earlier this year", D(2018, 1, 1), "year"),
        ("The ministers met on 6 September in New Delhi.", "6 September", D(2018, 9, 6), "day"),
        ("A strategy paper came out in December 2017.", "December 2017", D(2017, 12, 1), "month"),
        ("The dialogue was launched in 2017, officials said.", "2017", D(2017, 1, 1), "year"),
    ],
)
def test_text_dates_seed_phrases(text: str, span: str, date: dt.date, precision: str) -> None:
    mention = only(text)
    assert mention.text == span
    assert text[mention.start : mention.end] == span
    assert (mention.date, mention.precision, mention.approximate) == (date, precision, False)


def test_text_dates_seed_anaphora_are_approximate() -> None:
    before = only("Just a few days before the envoy landed, aid was cut.")
    assert (before.text, before.date, before.precision) == (
        "Just a few days before",
        D(2018, 9, 7),
        "day",
    )
    assert before.approximate
    later = only("The statement followed just a day later.")
    assert (later.text, later.date, later.approximate) == ("a day later", D(2018, 9, 11), True)


def test_text_dates_anaphora_count_from_the_last_exact_day_in_the_text() -> None:
    text = "The leaders met on Saturday. A day earlier, the president saw the prime minister."
    found = find_dates(text, D(2019, 6, 30))
    assert [(m.text, m.date) for m in found] == [
        ("Saturday", D(2019, 6, 29)),
        ("A day earlier", D(2019, 6, 28)),
    ]


def test_text_dates_anaphora_use_the_reference_when_the_text_has_no_day() -> None:
    mention = only("The next day the envoy flew home.", reference=D(2018, 9, 5))
    assert (mention.text, mention.date) == ("The next day", D(2018, 9, 6))
    same = only("Beijing answered the same day.", reference=D(2018, 7, 6))
    assert same.date == D(2018, 7, 6)
    assert find_dates("Three days later the talks resumed.", None) == []
    assert only("Three days later the talks resumed.", None, reference=D(2019, 1, 1)).date == D(
        2019, 1, 4
    )


# -- explicit calendar dates -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "date"),
    [
        ("It was signed on 6 September 2018 in Delhi.", "6 September 2018", D(2018, 9, 6)),
        ("It was signed on September 6, 2018, in Delhi.", "September 6, 2018", D(2018, 9, 6)),
        ("It was signed on Sept. 6, 2018 in Delhi.", "Sept. 6, 2018", D(2018, 9, 6)),
        ("It was signed on 2018-09-06 in Delhi.", "2018-09-06", D(2018, 9, 6)),
        (
            "It was signed on the 6th of September, 2018.",
            "the 6th of September, 2018",
            D(2018, 9, 6),
        ),
        ("Talks resumed on Feb 14 2019.", "Feb 14 2019", D(2019, 2, 14)),
    ],
)
def test_text_dates_full_dates(text: str, span: str, date: dt.date) -> None:
    for anchor in (ANCHOR, None):
        mention = only(text, anchor)
        assert (mention.text, mention.date, mention.precision) == (span, date, "day")


def test_text_dates_month_year_and_year_precision() -> None:
    assert resolved("Talks broke down in May 2019 and resumed in mid-2019.") == [
        ("May 2019", D(2019, 5, 1), "month"),
        ("mid-2019", D(2019, 1, 1), "year"),
    ]
    assert resolved("in early December 2017, by the end of 2018, since 1971") == [
        ("early December 2017", D(2017, 12, 1), "month"),
        ("the end of 2018", D(2018, 1, 1), "year"),
        ("1971", D(1971, 1, 1), "year"),
    ]


def test_text_dates_day_without_year_is_the_last_one_not_after_the_anchor() -> None:
    assert only("The stand-off began on June 18.").date == D(2018, 6, 18)
    # 25 December has not yet come in September 2018: the last one was in 2017.
    assert only("The warning came on 25 December.").date == D(2017, 12, 25)
    assert only("The vote took place on 10 September.").date == ANCHOR
    assert find_dates("The stand-off began on June 18.", None) == []


def test_text_dates_future_cue_sends_a_yearless_date_forward() -> None:
    assert only("Tariffs will rise to 25 percent on January 1.").date == D(2019, 1, 1)
    assert only("Pompeo is due in Islamabad on Wednesday.", D(2018, 9, 2)).date == D(2018, 9, 5)
    # The cue belongs to another clause: "said" closes it.
    assert only("Pakistan will respond, officials said on Wednesday.", D(2018, 9, 2)).date == D(
        2018, 8, 29
    )
    assert only("Nobody will move before the elections due in November.").date == D(2018, 11, 1)
    assert only("Nobody moved before the elections in November.").date == D(2017, 11, 1)
    # A date joined to a forward one by "and" is forward too.
    text = "Mr Trump is due to meet both leaders on Monday and Tuesday."
    assert [m.date for m in find_dates(text, D(2019, 9, 23))] == [D(2019, 9, 23), D(2019, 9, 24)]


# -- months and years relative to the anchor ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("It happened last August.", D(2018, 8, 1)),
        ("It happened last September.", D(2017, 9, 1)),
        ("It will happen next March.", D(2019, 3, 1)),
        ("It happened in March.", D(2018, 3, 1)),
        ("It happened in November.", D(2017, 11, 1)),
        ("It happened in late March.", D(2018, 3, 1)),
        ("It happens in March next year.", D(2019, 3, 1)),
        ("It happened last month.", D(2018, 8, 1)),
        ("It happens later this month.", D(2018, 9, 1)),
        ("It happened three months ago.", D(2018, 6, 1)),
    ],
)
def test_text_dates_months_relative_to_anchor(text: str, date: dt.date) -> None:
    mention = only(text)
    assert (mention.date, mention.precision) == (date, "month")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("It happened last year.", D(2017, 1, 1)),
        ("It happens next year.", D(2019, 1, 1)),
        ("It happened this year.", D(2018, 1, 1)),
        ("It happens later this year.", D(2018, 1, 1)),
        ("It happened two years ago.", D(2016, 1, 1)),
    ],
)
def test_text_dates_years_relative_to_anchor(text: str, date: dt.date) -> None:
    mention = only(text)
    assert (mention.date, mention.precision) == (date, "year")


def test_text_dates_november_at_sentence_end_keeps_the_full_stop_out() -> None:
    mention = only("The elections are in November.")
    assert mention.text == "November"


# -- days relative to the anchor -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "date", "approximate"),
    [
        ("The envoy arrived yesterday.", "yesterday", D(2018, 9, 9), False),
        ("The envoy arrives today.", "today", D(2018, 9, 10), False),
        ("The envoy met him on Tuesday.", "Tuesday", D(2018, 9, 4), False),
        ("The envoy met him on Monday.", "Monday", D(2018, 9, 10), False),
        ("The envoy met him last Monday.", "last Monday", D(2018, 9, 3), False),
        ("The envoy meets him next Tuesday.", "next Tuesday", D(2018, 9, 11), False),
        ("The envoy met him last week.", "last week", D(2018, 9, 3), True),
        ("The envoy met him two weeks ago.", "two weeks ago", D(2018, 8, 27), True),
        ("The envoy met him five days ago.", "five days ago", D(2018, 9, 5), False),
        ("The envoy met him a few days ago.", "a few days ago", D(2018, 9, 7), True),
        ("The envoy met him at the weekend.", "at the weekend", D(2018, 9, 8), True),
    ],
)
def test_text_dates_days_relative_to_anchor(
    text: str, span: str, date: dt.date, approximate: bool
) -> None:
    mention = only(text)
    assert (mention.text, mention.date, mention.precision) == (span, date, "day")
    assert mention.approximate is approximate


def test_text_dates_relative_expressions_need_an_anchor() -> None:
    text = "On Tuesday, a week after talks last month, and again yesterday."
    assert find_dates(text, None) == []


# -- things that are not dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The first 2+2 dialogue was held in New Delhi.",
        "The US withheld $300 million of Coalition Support Funds.",
        "On the eve of the anniversary of the 26/11 Mumbai attacks.",
        "The ministers said Pakistan may be subjected to sanctions.",
        "Thousands will march in protest against the ruling.",
        "A total of 2000 troops was deployed.",
        "The trade deficit was 53 billion in the 1990s.",
        "Exports rose in 2018-19, the ministry said.",
        "The ban on 1267 committee listings was lifted.",
        "Theresa May's government criticised the move.",
        "Twelve days after the bombing, jets struck the camp.",
        "Article 370 gave the state its own constitution.",
        "Tariffs rose from 10 to 25 percent.",
    ],
)
def test_text_dates_rejects_non_dates(text: str) -> None:
    assert find_dates(text, ANCHOR) == []


def test_text_dates_impossible_days_are_skipped() -> None:
    assert find_dates("It was dated 31 September 2018 and 2018-02-30.", ANCHOR) == []


def test_text_dates_offsets_point_into_the_text_in_order() -> None:
    text = (
        "Just a few days before Pompeo's visit on Wednesday, the Pentagon cut $300 million; "
        "in December last year he had warned Pakistan, and on 6 September 2018 the 2+2 met."
    )
    found = find_dates(text, ANCHOR)
    assert [m.text for m in found] == [
        "Just a few days before",
        "Wednesday",
        "December last year",
        "6 September 2018",
    ]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_text_dates_mentions_are_frozen() -> None:
    mention = only("It happened last year.")
    with pytest.raises(AttributeError):
        mention.date = D(2000, 1, 1)  # type: ignore[misc]


# -- the example corpus ---------------------------------------------------------------------


def _article(name: str) -> tuple[str, dt.date]:
    path = CORPUS / name
    body = path.read_text(encoding="utf-8").split("---", 2)[2]
    return body, dt.date.fromisoformat(path.name[:10])


def test_text_dates_corpus_weekdays_fall_near_publication() -> None:
    """Articles are dated a day or two after their events, so weekdays land within a week."""
    paths = sorted(CORPUS.glob("20*.md"))
    assert len(paths) == 30
    weekdays = 0
    for path in paths:
        body, anchor = _article(path.name)
        for mention in find_dates(body, anchor):
            if mention.text in (
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
            ):
                weekdays += 1
                assert abs((mention.date - anchor).days) <= 6, (path.name, mention)
    assert weekdays > 50


def test_text_dates_corpus_article_resolves_as_a_reader_would() -> None:
    body, anchor = _article("2019-06-30-osaka-trade-truce.md")
    found = [(m.text, m.date, m.precision) for m in find_dates(body, anchor)]
    assert found == [
        ("Saturday", D(2019, 6, 29), "day"),
        ("May", D(2019, 5, 1), "month"),
        ("last month", D(2019, 5, 1), "month"),
        ("A day earlier", D(2019, 6, 28), "day"),
    ]
