"""Claims benchmark: each article under corpus/articles/ (or --data DIR) with a hand-written
<name>.expected.json, scored field by field (subject, metric, scope, period, role, source), plus links and
derived figures. Run by hand:

    .venv/bin/python bench/claims.py [--data DIR] [--errors] [--model en_core_web_sm]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT / "corpus" / "articles",
                    help="folder of <name>.txt + <name>.expected.json")
    ap.add_argument("--model", help="a trained spaCy pipeline to add (its entities name organisations)")
    ap.add_argument("--errors", action="store_true", help="list every wrong field, missing claim and missed link")
    args = ap.parse_args(argv)

    import claimgraph
    from claimgraph.claims.evaluate import FIELDS, load_expected, score

    files = sorted(args.data.glob("*.expected.json"))
    if not files:
        sys.stderr.write(f"claims: no *.expected.json under {args.data}\n")
        return 2
    try:
        nlp = claimgraph.load(args.model)
    except LookupError as err:
        sys.stderr.write(f"claims: {err}\n")
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


if __name__ == "__main__":
    raise SystemExit(main())
