import json
from decimal import Decimal

import pytest
from pydantic import ValidationError

import claimgraph
from claimgraph.models import Quantity, report_json_schema
from conftest import ROOT


def test_committed_schema_has_not_drifted():
    committed = json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    assert committed == report_json_schema(), "run: claimgraph schema > schema/report.schema.json"


def test_json_numbers_are_exact():
    q = Quantity(id="q1", text="$12bn", start=0, end=5, kind="money", unit="USD",
                 low=Decimal("12000000000.0"), high=Decimal("17.5E9"), rule="money.prefix_number")
    data = q.model_dump_json()
    assert '"low":12000000000' in data and '"high":17500000000' in data
    assert "E+" not in data and "e+" not in data
    q2 = q.model_copy(update={"low": Decimal("1.38"), "high": Decimal("0.2")})
    assert '"low":1.38' in q2.model_dump_json() and '"high":0.2' in q2.model_dump_json()


def test_models_forbid_extra_fields():
    with pytest.raises(ValidationError, match="colour"):
        Quantity(id="q", text="1", start=0, end=1, kind="number", unit=None, low=1, high=1, rule="r", colour="red")


def test_offsets_point_into_the_original_text(nlp):
    text = "Share\n\nMENU\nRevenue rose 12% to €600m in the\r\nsecond half, with 1,000 new hires.\n"
    report = claimgraph.extract(text, nlp=nlp)
    assert [q.text for q in report.quantities] == ["12%", "€600m", "1,000 new hires"]
    for q in report.quantities:
        assert text[q.start:q.end] == q.text


def test_cli_json_validates_against_schema_and_reads_stdin(cli):
    out = cli("extract", "-", "--format", "json", stdin="Sales fell 3% to S$23.3 billion.")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [(q["text"], q["low"]) for q in data["quantities"]] == [("3%", 3), ("S$23.3 billion", 23300000000)]
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(data, report_json_schema())


def test_cli_jsonl_one_report_per_file(tmp_path, cli):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("It cost $5m.", encoding="utf-8")
    b.write_text("About 40% agreed.", encoding="utf-8")
    out = cli("extract", a, b, "--format", "jsonl")
    lines = out.stdout.splitlines()
    assert out.returncode == 0 and len(lines) == 2
    assert json.loads(lines[1])["quantities"][0]["comparator"] == "approx"


@pytest.mark.parametrize(
    "args,needle",
    [
        (["extract", "missing-file.txt"], "no such file"),
        (["extract", str(ROOT / "corpus"), "--format", "json"], "is a directory"),
        (["extract", "-", "--date", "10/06/2024"], "expected YYYY-MM-DD"),
        (["extract", "-", "--model", "no_such_pipeline"], "not installed"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_cli_errors_are_one_line_exit_2(cli, args, needle):
    out = cli(*args, stdin="x")
    assert out.returncode == 2
    assert needle in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr


def test_cli_rejects_binary_input(tmp_path, cli):
    p = tmp_path / "x.bin"
    p.write_bytes(b"\x00\x01\x02PNG")
    out = cli("extract", p)
    assert out.returncode == 2 and "not a text file" in out.stderr


def test_cli_table_is_readable(tmp_path, cli):
    p = tmp_path / "a.txt"
    p.write_text("TikTok set a target of USD 12–13 billion.", encoding="utf-8")
    out = cli("extract", p, "--format", "table")
    assert out.returncode == 0
    assert "USD 12–13 billion" in out.stdout and "12bn–13bn" in out.stdout  # compact values (issue 18)
