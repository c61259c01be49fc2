"""A long fuzz run over the whole extract (hypothesis, run by hand): arbitrary Unicode and news-like text,
checking that extraction never raises, offsets are in range and point at their text, low <= high, and a
second run gives the same Report. Issue 17's shapes have generators of their own: runs of numbers,
conjunctions of figures, malformed figures repeated, invisible characters in and beside figures, brackets
nested around a figure, and JSONL lines with bad fields (each must give a document or a reason, never an
exception). An input that takes longer than --slow seconds counts as a failure. Prints what it found; the
short profile of the same properties runs in `make test` (tests/test_hardening.py).

    .venv/bin/python bench/fuzz.py --minutes 10
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PIECES = ["Revenue rose", "12%", "to", "$4.5 billion", "in the second half of 2024", "about one-fifth",
          "of this amount", "less than", "USD 2 billion", "from January to May", "170 million users", "tenfold",
          ",", ".", "\n", "the", "company", "said", "Q3", "fell 3 percentage points", "€600m", "1,000 followers",
          "by 2030", "mid-May",
          "FY2023/24", "2012–13", "between", "and", "or", "(", ")", "—", "–", "-", "/", ":", ";", "a", "up",
          "down", "from", "than", "of the total", "doubled", "3.3x", "a year earlier", "Bloomberg reported", "its"]


INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u202e", "\u00ad", "\x01"]
JSONL = "\x00jsonl:"  # marks the inputs that are JSONL lines (no other strategy makes a NUL prefix like it)
FIGURES = ["12%", "$4.5bn", "1,000", "3.3x", "170 million", "€600m", "1 000", "2024", "0.5", "one-fifth"]


def number_runs() -> st.SearchStrategy[str]:
    """A line of numbers separated by spaces (or commas), as in a table pasted as text."""
    numbers = st.lists(st.integers(0, 10**7).map(str), min_size=1, max_size=600)
    return st.tuples(numbers, st.sampled_from([" ", ", ", "  ", " and "])).map(lambda x: x[1].join(x[0]))


def conjunctions() -> st.SearchStrategy[str]:
    """'between 1 and 2 and 3 and ...', 'from 5% to 6% to 7% ...'."""
    figures = st.lists(st.sampled_from(FIGURES), min_size=2, max_size=300)
    joiner = st.sampled_from([" and ", " or ", " to ", "–", " and between "])
    lead = st.sampled_from(["Sales were between ", "It rose from ", "", "Revenue of "])
    return st.tuples(lead, figures, joiner).map(lambda x: x[0] + x[2].join(x[1]) + ".")


def malformed_figures() -> st.SearchStrategy[str]:
    """Numerals with separators in the wrong places, repeated ('1,000,000.000,000 1,000,000.000,000 ...')."""
    group = st.sampled_from(["1", "000", "12", "5", "0", "999"])
    numeral = st.lists(st.tuples(group, st.sampled_from([",", ".", " ", "", "'", "\u202f"])), min_size=1,
                       max_size=8).map(lambda g: "".join(a + b for a, b in g))
    return st.tuples(numeral, st.integers(1, 400), st.sampled_from([" ", "", "\n", "% "])).map(
        lambda x: (x[0] + x[2]) * x[1])


def invisible_marks() -> st.SearchStrategy[str]:
    """Zero-width, directional and control characters inside and beside figures."""
    def mix(parts: list[tuple[str, str, int]]) -> str:
        return " ".join(fig[:k] + mark + fig[k:] for fig, mark, k in parts)

    part = st.tuples(st.sampled_from(FIGURES + PIECES), st.sampled_from(INVISIBLE), st.integers(0, 6))
    return st.lists(part, max_size=60).map(mix)


def nested_brackets() -> st.SearchStrategy[str]:
    """A figure inside up to 3,000 brackets or quotes, unbalanced as often as not."""
    def build(x: tuple[str, int, int, str]) -> str:
        return "Revenue was " + x[0] * x[1] + x[3] + ")" * x[2] + " then."

    return st.tuples(st.sampled_from(["(", "[", "{", "“", "\"", "<"]), st.integers(0, 3000), st.integers(0, 3000),
                     st.sampled_from(FIGURES)).map(build)


def jsonl_lines() -> st.SearchStrategy[str]:
    """A JSONL document line with fields of any JSON type (and dates in any shape)."""
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
                        st.sampled_from(["June 10, 2024", "20240101", "2024-13-01", "0001-01-01", "9999-12-31",
                                         "2024-W24-1", "2024-06-10", "\ud800"]))
    value = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                          st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                         max_leaves=8)
    fields = st.fixed_dictionaries({"text": st.one_of(st.text(max_size=200), value)},
                                   optional={k: value for k in ("id", "date", "url", "title")})
    return fields.map(lambda d: JSONL + json.dumps(d))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--slow", type=float, default=10, help="seconds after which one input counts as a failure")
    args = ap.parse_args()
    import claimgraph

    nlp = claimgraph.load()
    failures: list[str] = []
    count = [0]

    def check(text: str) -> None:
        count[0] += 1
        started = time.perf_counter()
        try:
            if text.startswith(JSONL):  # a JSONL line: a document or a reason, and the document's Report
                from claimgraph.io.inputs import BadLine, document_line

                try:
                    doc = document_line(text[len(JSONL):].encode("utf-8"), "fuzz:1")
                except BadLine:
                    return
                if doc is not None:
                    claimgraph.extract(doc.text, date=doc.date, nlp=nlp).model_dump_json()
                return
            first = claimgraph.extract(text, date="2024-06-10", nlp=nlp)
            spans: list[Any] = [*first.quantities, *first.periods]
            for x in spans:
                assert 0 <= x.start <= x.end <= len(text) and text[x.start:x.end] == x.text, x
            for q in first.quantities:
                assert q.low is None or q.high is None or q.low <= q.high, q
            assert claimgraph.extract(text, date="2024-06-10", nlp=nlp).model_dump_json() == first.model_dump_json()
        except Exception:
            failures.append(f"{text[:300]!r}\n{traceback.format_exc(limit=3)}")
        if time.perf_counter() - started > args.slow:
            failures.append(f"slow ({time.perf_counter() - started:.1f} s): {text[:300]!r}")

    deadline = time.time() + args.minutes * 60
    strategies = [st.text(max_size=2000), st.lists(st.sampled_from(PIECES), max_size=120).map(" ".join),
                  st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=80).map(" ".join),
                  number_runs(), conjunctions(), malformed_figures(), invisible_marks(), nested_brackets(),
                  jsonl_lines()]
    rounds = 0
    while time.time() < deadline:
        for strategy in strategies:
            @settings(max_examples=100, deadline=None, database=None, derandomize=False,
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
