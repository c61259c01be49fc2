import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def corpus_lines(path: Path):
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            yield lineno, json.loads(line)


@pytest.fixture(scope="session")
def nlp():
    import claimgraph

    return claimgraph.load()
