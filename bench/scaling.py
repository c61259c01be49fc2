"""Time and memory against input size: is the whole Report (figures, periods, claims, checks) linear?

Two series, each point in a fresh process (so peak memory is that run's, model included):

- articles: our own corpus/articles concatenated (rotating order) to 100k, 200k, 400k and 800k characters;
- hostile patterns (issue 17) at 2, 20 and 200 KB: runs of numbers, conjunctions of figures, a repeated
  malformed figure, nested brackets around a figure, zero-width marks in numbers, one endless word.

For each step it prints the seconds, the peak resident memory, and the time ratio for 2x the input (for a
10x step, the 2x ratio it implies: 2 ** exponent). Linear work gives ~2.0; the goal is under 2.5 with peak
memory under 500 MB. A point that runs past --timeout is shown as such and ends its series.

    .venv/bin/python bench/scaling.py                       # everything (long: claims may be super-linear)
    .venv/bin/python bench/scaling.py --series hostile --timeout 60
    .venv/bin/python bench/scaling.py --series articles --sizes 100000 200000
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_SIZES = [100_000, 200_000, 400_000, 800_000]
HOSTILE_SIZES = [2_000, 20_000, 200_000]


def _repeat(unit: Callable[[int], str], size: int) -> str:
    out, k = [], 0
    total = 0
    while total < size:
        piece = unit(k)
        out.append(piece)
        total += len(piece)
        k += 1
    return "".join(out)[:size]


def _nested(size: int) -> str:
    n = max(1, (size - 40) // 2)
    return "Revenue was " + "(" * n + "5%" + ")" * n + " last year."


# name -> size -> text (each built the same way at every size)
HOSTILE: dict[str, Callable[[int], str]] = {
    "ones": lambda size: _repeat(lambda k: "1 ", size),
    "counting": lambda size: _repeat(lambda k: f"{100 + k} ", size),
    "between-and": lambda size: "Sales were between " + _repeat(lambda k: f"{k + 1} and ", size),
    "malformed-figure": lambda size: _repeat(lambda k: "1,000,000.000,000 ", size),
    "nested-parentheses": _nested,
    "zero-width-numbers": lambda size: _repeat(lambda k: f"Sales rose 1\u200b{k % 1000:03d} units to 5%\u200f. ", size),
    "endless-word": lambda size: "Revenue " + "x" * size + " rose 5%.",
    "bracket-run": lambda size: "[" * size,
}


def articles(size: int) -> str:
    """Our own corpus articles (never the shared texts) joined, in a rotating order, to `size` characters."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    out: list[str] = []
    k, total = 0, 0
    while total < size:
        t = texts[k % len(texts)] if (k // len(texts)) % 2 == 0 else texts[-1 - k % len(texts)]
        out.append(t.strip() + "\n\n")
        total += len(out[-1])
        k += 1
    return "".join(out)[:size]


CHILD = """
import json, resource, sys, time
sys.path.insert(0, {bench!r})
import scaling
import claimgraph
nlp = claimgraph.load()
text = scaling.articles({size}) if {series!r} == "articles" else scaling.HOSTILE[{name!r}]({size})
start = time.perf_counter()
report = claimgraph.extract(text, date="2024-06-10", nlp=nlp)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "peak_mb": peak, "chars": len(text), "quantities": len(report.quantities),
                  "claims": len(report.claims), "checks": len(report.checks)}}))
"""


def measure(series: str, name: str, size: int, timeout: float) -> dict | None:
    code = CHILD.format(bench=str(ROOT / "bench"), size=size, series=series, name=name)
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1][:200]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_series(series: str, name: str, sizes: list[int], timeout: float) -> list[dict]:
    rows: list[dict] = []
    prev: dict | None = None
    for size in sizes:
        got = measure(series, name, size, timeout)
        row: dict = {"series": series, "name": name, "size": size}
        if got is None:
            row["timeout"] = timeout
        else:
            row.update(got)
        if prev and "seconds" in row and "seconds" in prev and prev["seconds"] > 0:
            exponent = math.log(max(row["seconds"], 1e-6) / prev["seconds"]) / math.log(size / prev["size"])
            row["ratio_2x"] = 2 ** exponent
        rows.append(row)
        print(_line(row), flush=True)
        if "seconds" not in row:
            break
        prev = row
    return rows


def _line(row: dict) -> str:
    what = f"{row['series']:<8} {row['name']:<20} {row['size']:>9,}"
    if "timeout" in row:
        return f"{what}  > {row['timeout']:.0f} s (timeout)"
    if "error" in row:
        return f"{what}  error: {row['error']}"
    ratio = f"  2x ratio {row['ratio_2x']:.2f}" if "ratio_2x" in row else ""
    return (f"{what}  {row['seconds']:8.2f} s  {row['peak_mb']:6.0f} MB peak  {row['quantities']:>6} figures "
            f"{row['claims']:>6} claims {row['checks']:>5} checks{ratio}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--series", choices=["articles", "hostile", "all"], default="all")
    ap.add_argument("--sizes", type=int, nargs="*", help="override the sizes of the chosen series")
    ap.add_argument("--patterns", nargs="*", choices=sorted(HOSTILE), help="hostile patterns to run (default: all)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per point (default 300)")
    ap.add_argument("--json", help="also write the rows to this file")
    args = ap.parse_args()
    rows: list[dict] = []
    if args.series in ("articles", "all"):
        rows += run_series("articles", "corpus", args.sizes or ARTICLE_SIZES, args.timeout)
    if args.series in ("hostile", "all"):
        for name in args.patterns or list(HOSTILE):
            rows += run_series("hostile", name, args.sizes or HOSTILE_SIZES, args.timeout)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    worst = [r for r in rows if r.get("ratio_2x", 0) > 2.5 or "timeout" in r or r.get("peak_mb", 0) > 500]
    print(f"{len(rows)} points; {len(worst)} over the goal (2x ratio 2.5, 500 MB, or timed out)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
