"""Pattern files: strict validation, their own examples, and where they are found."""

import json
import subprocess
import sys
import zipfile

import pytest

import claimgraph
from claimgraph.resources.rules import PatternError, load_rules, shipped_rules
from conftest import ROOT


@pytest.mark.parametrize("rule", shipped_rules(), ids=lambda r: r.id)
def test_rule_examples(nlp, rule):
    for text in rule.examples:
        found = claimgraph.extract(text, nlp=nlp).quantities
        assert found, f"{rule.id}: example {text!r} yields nothing"
        assert rule.id in {q.rule for q in found}, f"{rule.id}: {text!r} -> {[(q.text, q.rule) for q in found]}"
    for text in rule.counter_examples:
        found = claimgraph.extract(text, nlp=nlp).quantities
        assert rule.id not in {q.rule for q in found}, f"{rule.id}: counter-example {text!r} matched"


@pytest.mark.parametrize(
    "line,message",
    [
        ("{not json", "not valid JSON"),
        ('{"id": "money.x", "label": "MONEY", "pattern": [{"LOWER": "usd"}], "examples": ["USD"], "colour": 1}',
         "colour"),
        ('{"id": "money.x", "label": "CASH", "pattern": [{"LOWER": "usd"}], "examples": ["USD"]}', "label"),
        ('{"id": "money.x", "label": "MONEY", "pattern": [{"LOWR": "usd"}], "examples": ["USD"]}', "LOWR"),
        ('{"id": "money.x", "label": "MONEY", "pattern": [{"LOWER": {"IN": "@nope"}}], "examples": ["USD"]}', "@nope"),
        ('{"id": "money.x", "label": "MONEY", "pattern": [{"LOWER": "usd"}], "examples": []}', "examples"),
    ],
)
def test_malformed_pattern_file_names_file_line_and_reason(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    good = '{"id": "money.ok", "label": "MONEY", "pattern": [{"LOWER": "usd"}], "examples": ["USD 5"]}'
    path.write_text(good + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(PatternError) as err:
        load_rules(path)
    assert str(err.value).startswith("bad.jsonl:2:")
    assert message in str(err.value)


def test_duplicate_ids_are_rejected(tmp_path):
    good = '{"id": "money.ok", "label": "MONEY", "pattern": [{"LOWER": "usd"}], "examples": ["USD 5"]}'
    path = tmp_path / "dup.jsonl"
    path.write_text(good + "\n" + good + "\n", encoding="utf-8")
    with pytest.raises(PatternError, match="dup.jsonl:2: duplicate id"):
        load_rules(path)


def test_patterns_found_in_editable_install():
    from claimgraph.resources import patterns_dir

    names = {p.name for p in patterns_dir().iterdir()}
    shipped = {"quantities.jsonl", "periods.jsonl", "periods.json", "vocab.json", "units.json", "boilerplate.json"}
    assert shipped <= names


SAMPLE = ROOT / "corpus" / "articles" / "krasia-tiktok-us-ecommerce-2024.txt"


@pytest.mark.slow
def test_the_wheel_installs_and_runs_outside_the_repository(tmp_path):
    """Build the wheel, install it (with its dependencies) into a clean venv outside the repo, and use it
    from there: the import, the API and the CLI on the sample article."""
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(dist), str(ROOT)],
        capture_output=True, text=True,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(dist.glob("claimgraph-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in ("quantities.jsonl", "periods.jsonl", "periods.json", "vocab.json", "units.json", "boilerplate.json"):
        assert f"claimgraph/patterns/en/{f}" in names
    assert "claimgraph/checks/__init__.py" in names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    installed = subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheel)], capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr[-2000:]
    work = tmp_path / "elsewhere"
    work.mkdir()
    article = work / "article.txt"
    article.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    script = (
        "import pathlib, claimgraph\n"
        "assert '/venv/' in claimgraph.__file__, claimgraph.__file__\n"
        "r = claimgraph.extract(pathlib.Path('article.txt').read_text(), date='2024-06-10')\n"
        "print(len(r.quantities), len(r.periods), len(r.checks))\n"
    )
    run = subprocess.run([str(py), "-c", script], cwd=work, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    n_quantities, n_periods, n_checks = map(int, run.stdout.split())
    assert n_quantities >= 19 and n_periods >= 11 and n_checks >= 1
    check = subprocess.run([str(venv / "bin" / "claimgraph"), "check", "article.txt", "--date", "2024-06-10",
                            "--format", "json"], cwd=work, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr[-2000:]
    assert '"verdict": "consistent"' in check.stdout


def test_component_works_in_a_users_own_blank_pipeline():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("claimgraph_quantities")
    doc = nlp("Revenue rose 12% to $4.5 billion.")
    got = [(q["text"], q["kind"]) for q in doc._.quantities]
    assert ("12%", "percent") in got
    assert [s.text for s in doc.spans["claimgraph_quantities"]] == [t for t, _ in got]


def test_compiled_matcher_finds_exactly_what_the_plain_patterns_find(nlp):
    """Word lists become lexeme flags for speed; the matches must not change."""
    from spacy.matcher import Matcher

    from claimgraph.pipeline.matcher import build_matcher

    plain = Matcher(nlp.vocab)
    for rule in shipped_rules():
        plain.add(rule.id, [rule.pattern])
    compiled = build_matcher(nlp.vocab, shipped_rules())
    texts = [t for p in sorted((ROOT / "corpus").glob("*.jsonl"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
             for t in json.loads(line)["texts"]]
    assert len(texts) > 400
    for doc in nlp.tokenizer.pipe(texts):
        assert sorted(compiled(doc)) == sorted(plain(doc)), doc.text


def test_no_data_file_repeats_a_key():
    """A key written twice in a JSON data file silently keeps only its last value (json.load does not say)."""
    import json

    from claimgraph.resources import patterns_dir

    def unique(pairs):
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})
        return dict(pairs)

    files = [f for f in patterns_dir().iterdir() if f.name.endswith(".json")]
    assert len(files) >= 5
    for f in files:
        json.loads(f.read_text(encoding="utf-8"), object_pairs_hook=unique)


@pytest.mark.parametrize("path", sorted((ROOT / "patterns").rglob("*.json")), ids=lambda p: p.name)
def test_a_data_file_names_each_key_once(path):
    """json.loads keeps the last of two equal keys silently: a second entry of one name would replace the first."""
    def once(pairs):
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), f"{path.name}: {sorted({k for k in keys if keys.count(k) > 1})}"
        return dict(pairs)

    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=once)
