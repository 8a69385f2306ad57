"""How fast the actor resolver answers: lookups per second (target ≥ 50,000/s).

Run with ``python benchmarks/bench_actors.py``. First times lookups the KB has
never answered (every date distinct), then several rounds over a fixed mix of
names, titles, capitals and groups as a news stream repeats them, printing the
median rate with the slowest and fastest round, then mentions found per second.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from detente.actors import ActorKB

QUERIES: list[tuple[str, str | None, str | None]] = [
    ("Mike Pompeo", "2018-09-05", None),
    ("Pakistan", None, None),
    ("the Pentagon", None, None),
    ("ISI", None, None),
    ("Secretary of State", "2018-09-10", None),
    ("Prime Minister", "2018-09-10", "PAK"),
    ("Lashkar-e-Taiba", None, None),
    ("NATO", None, None),
    ("Washington", None, None),
    ("Sharif", "2015-06-01", "PAK"),
    ("Congress", None, "IND"),
    ("Pakistani", None, None),
]
TARGET = 50_000
ROUNDS = 7
PER_ROUND = 20_000
SENTENCE = (
    "Pakistani Foreign Minister Shah Mehmood Qureshi met Secretary of State Mike Pompeo "
    "in Islamabad on Wednesday as US-India ties deepened."
)


def main() -> None:
    kb = ActorKB.load()
    first_day = dt.date(2000, 1, 1)
    begin = time.perf_counter()
    for i in range(PER_ROUND):
        text, date, context = QUERIES[i % len(QUERIES)]
        kb.resolve(text, first_day + dt.timedelta(days=i) if date else None, context)
    cold = PER_ROUND / (time.perf_counter() - begin)
    print(f"resolve, first sight of each (text, date): {cold:,.0f} lookups/s")
    rates = []
    for _ in range(ROUNDS):
        begin = time.perf_counter()
        for i in range(PER_ROUND):
            text, date, context = QUERIES[i % len(QUERIES)]
            kb.resolve(text, date, context)
        rates.append(PER_ROUND / (time.perf_counter() - begin))
    median = statistics.median(rates)
    verdict = "meets" if median >= TARGET else "MISSES"
    print(
        f"resolve, a news-like stream of repeated names: {median:,.0f} lookups/s "
        f"(rounds {min(rates):,.0f}-{max(rates):,.0f}); {verdict} the {TARGET:,}/s target"
    )
    begin = time.perf_counter()
    for _ in range(2_000):
        kb.find_mentions(SENTENCE, "2018-09-05")
    elapsed = time.perf_counter() - begin
    print(f"find_mentions: {2_000 / elapsed:,.0f} sentences/s ({len(SENTENCE)} characters each)")


if __name__ == "__main__":
    main()
