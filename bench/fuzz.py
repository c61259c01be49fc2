"""A long fuzz run over the whole extract (hypothesis, run by hand): arbitrary Unicode and news-like text,
checking that extraction never raises, offsets are in range and point at their text, low <= high, and a
second run gives the same Report. Prints what it found; the short profile of the same properties runs in
`make test` (tests/test_hardening.py).

    .venv/bin/python bench/fuzz.py --minutes 10
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PIECES = ["Revenue rose", "12%", "to", "$4.5 billion", "in the second half of 2024", "about one-fifth",
          "of this amount", "less than", "USD 2 billion", "from January to May", "170 million users", "tenfold",
          ",", ".", "\n", "the", "company", "said", "Q3", "fell 3 percentage points", "€600m", "1,000 followers",
          "by 2030", "mid-May",
          "FY2023/24", "2012–13", "between", "and", "or", "(", ")", "—", "–", "-", "/", ":", ";", "a", "up",
          "down", "from", "than", "of the total", "doubled", "3.3x", "a year earlier", "Bloomberg reported", "its"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10)
    args = ap.parse_args()
    import claimgraph

    nlp = claimgraph.load()
    failures: list[str] = []
    count = [0]

    def check(text: str) -> None:
        count[0] += 1
        try:
            first = claimgraph.extract(text, date="2024-06-10", nlp=nlp)
            for x in [*first.quantities, *first.periods]:
                assert 0 <= x.start <= x.end <= len(text) and text[x.start:x.end] == x.text, x
            for q in first.quantities:
                assert q.low is None or q.high is None or q.low <= q.high, q
            assert claimgraph.extract(text, date="2024-06-10", nlp=nlp).model_dump_json() == first.model_dump_json()
        except Exception:
            failures.append(f"{text!r}\n{traceback.format_exc(limit=3)}")

    deadline = time.time() + args.minutes * 60
    strategies = [st.text(max_size=2000), st.lists(st.sampled_from(PIECES), max_size=120).map(" ".join),
                  st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=80).map(" ".join)]
    rounds = 0
    while time.time() < deadline:
        for strategy in strategies:
            @settings(max_examples=500, deadline=None, database=None, derandomize=False,
                      suppress_health_check=list(HealthCheck))
            @given(strategy)
            def run(text):
                check(text)

            run()
            rounds += 1
            if time.time() >= deadline:
                break
    print(f"fuzz: {count[0]:,} inputs in {args.minutes:g} minutes ({rounds} rounds), {len(failures)} failures")
    for f in failures[:10]:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
