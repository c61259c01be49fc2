import io
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
# The command as a user runs it; tests that need a process of their own (to kill it, or two at once) start this.
CLI_COMMAND = [sys.executable, "-m", "claimgraph.cli"]


def corpus_lines(path: Path):
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            yield lineno, json.loads(line)


def claim_of(report, figure: str):
    """The claim of the figure written `figure` (else of the first figure whose text holds it)."""
    q = next((q for q in report.quantities if q.text == figure), None) \
        or next(q for q in report.quantities if figure in q.text)
    return next(c for c in report.claims if c.quantity == q.id)


def claims_by_figure(report, *fields: str) -> dict:
    """{a figure's text: its claim's field} (a tuple for several fields; 'when' as a list) for a report."""
    q = {x.id: x.text for x in report.quantities}

    def value(c, f):
        return (list(c.when) if c.when else None) if f == "when" else getattr(c, f)

    return {q[c.quantity]: value(c, fields[0]) if len(fields) == 1 else tuple(value(c, f) for f in fields)
            for c in report.claims if c.quantity}


@pytest.fixture(scope="session")
def nlp():
    import claimgraph

    return claimgraph.load()


@dataclass
class CliRun:
    """What a run of the command gave: its exit code and what it wrote (decoded as UTF-8)."""

    returncode: int
    stdout: str
    stderr: str


def _stdin_bytes(stdin: str | bytes) -> bytes:
    return stdin.encode("utf-8") if isinstance(stdin, str) else stdin


@pytest.fixture
def cli(capsys, monkeypatch):
    """The command line in this process: `cli("extract", path, "--format", "json", stdin=...)` -> CliRun.

    Fast (the spaCy pipeline is loaded once per session), and stdout is not a terminal, as when piped. An
    exception escaping main() fails the test with its traceback, so "no traceback" holds whenever this returns.
    """
    from claimgraph.cli import main

    def run(*args, stdin: str | bytes = b"") -> CliRun:
        # cli.py reads sys.stdin.buffer: the bytes as a pipe would give them
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(_stdin_bytes(stdin)), encoding="utf-8"))
        capsys.readouterr()  # only what this run writes
        try:
            code = main([str(a) for a in args])
        except SystemExit as exit_:  # argparse's usage errors (and --help) leave main() this way
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        out, err = capsys.readouterr()
        return CliRun(code, out, err)

    return run


@pytest.fixture
def cli_process():
    """The command line in a process of its own (`python -m claimgraph.cli`), for what only a real process
    shows: the exit status the shell sees, and that nothing (a traceback, a warning) reaches stderr but the
    message. Seconds per call when the spaCy pipeline is loaded: mark such tests slow."""

    def run(*args, stdin: str | bytes = b"", timeout: float = 300) -> CliRun:
        done = subprocess.run([*CLI_COMMAND, *map(str, args)], input=_stdin_bytes(stdin), capture_output=True,
                              timeout=timeout)
        return CliRun(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))

    return run
