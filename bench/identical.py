"""Byte-identical output before and after a speed change: dump every Report (and the figures nlp(text) leaves
on the Doc) for the corpus articles, the check passages, the NewsQuant dev sentences and the shared real news,
then compare with an earlier dump.

    .venv/bin/python bench/identical.py dump BEFORE.jsonl     # on the code before the change
    .venv/bin/python bench/identical.py compare BEFORE.jsonl  # after it: exit 1 and the first differences

Each text goes through every public way in: extract(text), extract(text, claims=False), extract_many (claims on
and off), and nlp(text) (doc._.quantities, doc._.periods, the span groups, doc._.claims)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def texts() -> Iterator[tuple[str, str, str | None]]:
    """(name, text, date) for every text the dump covers."""
    for p in sorted((ROOT / "corpus" / "articles").glob("*.txt")):
        yield f"article:{p.name}", p.read_text(encoding="utf-8"), None
    for line in (ROOT / "corpus" / "checks" / "passages.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            yield f"passage:{row['id']}", row["text"], row.get("date")
    newsquant = SHARED / "newsquant" / "newsquant-dev.json"
    if newsquant.exists():
        for k, row in enumerate(json.loads(newsquant.read_text(encoding="utf-8"))):
            yield f"newsquant:{k}", row["text"], None
    for p in sorted((SHARED / "realnews" / "docs").glob("*.txt")):
        yield f"realnews:{p.name}", p.read_text(encoding="utf-8"), None


def doc_dump(nlp, text: str) -> str:
    doc = nlp(text)
    spans = {k: [(s.start_char, s.end_char, s.label_, s.id_) for s in g] for k, g in doc.spans.items()}
    claims = doc._.claims
    spans_after = {k: [(s.start_char, s.end_char, s.label_, s.id_) for s in g] for k, g in doc.spans.items()}
    return json.dumps({"quantities": doc._.quantities, "periods": doc._.periods, "ignored": doc._.ignored,
                       "spans": spans, "claims": claims, "spans_after": spans_after}, default=str, sort_keys=True)


def dump(out: Path) -> None:
    import claimgraph

    nlp = claimgraph.load()
    items = list(texts())
    many = list(claimgraph.extract_many([t for _, t, _ in items], nlp=nlp))
    few = list(claimgraph.extract_many([t for _, t, _ in items], nlp=nlp, claims=False))
    with out.open("w", encoding="utf-8") as fh:
        for (name, text, date), m, f in zip(items, many, few, strict=True):
            row = {"name": name,
                   "extract": claimgraph.extract(text, date=date, nlp=nlp).model_dump_json(),
                   "extract_nodate": claimgraph.extract(text, nlp=nlp).model_dump_json(),
                   "figures": claimgraph.extract(text, date=date, nlp=nlp, claims=False).model_dump_json(),
                   "many": m.model_dump_json(), "many_figures": f.model_dump_json(),
                   "doc": doc_dump(nlp, text)}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(items)} texts dumped to {out}")


def compare(before: Path) -> int:
    after = Path(str(before) + ".after")
    dump(after)
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    bad = 0
    for a, b in zip(old, new, strict=True):
        if a != b:
            ra, rb = json.loads(a), json.loads(b)
            keys = [k for k in ra if ra[k] != rb.get(k)]
            bad += 1
            if bad <= 5:
                print(f"DIFFERS {ra['name']}: {keys}")
                k = keys[0]
                x, y = ra[k], rb[k]
                i = next((n for n in range(min(len(x), len(y))) if x[n] != y[n]), min(len(x), len(y)))
                print(f"  before ...{x[max(0, i - 150):i + 150]}\n  after  ...{y[max(0, i - 150):i + 150]}")
    print(f"{len(old)} texts, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("dump", "compare"):
        raise SystemExit(__doc__)
    if sys.argv[1] == "dump":
        dump(Path(sys.argv[2]))
    else:
        raise SystemExit(compare(Path(sys.argv[2])))
