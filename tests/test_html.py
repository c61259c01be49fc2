"""Saved web pages: the article text is taken by trafilatura and gives the same figures as the text."""

import json

import claimgraph
from claimgraph.io.webpage import article_from_html

PARAS = [
    "36Kr has exclusively learned that TikTok has set a gross merchandise value (GMV) target of USD 12–13 "
    "billion for the US market in the second half of 2024.",
    "According to data from Tabcut, from January to May 2024, TikTok’s total closed-loop GMV in the US was less "
    "than USD 2 billion. Assuming the accuracy of Bloomberg’s report that the company’s full-year US target is "
    "USD 17.5 billion, only 11% of the goal has been met in five months.",
]
PAGE = ("<!DOCTYPE html><html><head><title>TikTok sets a US GMV target</title>"
        '<meta property="article:published_time" content="2024-06-10"></head><body>'
        '<nav><a href="/">MENU</a> <a href="/s">Share</a></nav><article><h1>TikTok sets a US GMV target</h1>'
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article><footer>Auto loading next article...</footer></body></html>")


def test_html_page_gives_the_same_quantities_as_its_text(tmp_path, nlp, cli):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    out = cli("extract", page, "--format", "json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    text_version = claimgraph.extract("\n\n".join(PARAS), date="2024-06-10", nlp=nlp)
    got = [(q["text"], q["kind"], q["unit"], q["low"], q["high"]) for q in report["quantities"]]
    want = [(q.text, q.kind, q.unit, json.loads(q.model_dump_json())["low"], json.loads(q.model_dump_json())["high"])
            for q in text_version.quantities]
    assert got == want
    assert report["document"]["title"] == "TikTok sets a US GMV target"
    assert report["document"]["reference_date"] == "2024-06-10"
    extracted = report["document"]["text"]
    assert all(extracted[q["start"]:q["end"]] == q["text"] for q in report["quantities"])
    assert "MENU" not in extracted and "Auto loading" not in extracted


def test_a_page_with_no_article_is_a_clear_error(tmp_path, cli):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    out = cli("extract", page)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "no article text" in out.stderr


def test_article_from_html_keeps_title_and_date():
    a = article_from_html(PAGE)
    assert a.title == "TikTok sets a US GMV target" and a.date == "2024-06-10"


def test_check_and_batch_read_a_page_as_extract_does(tmp_path, cli):
    """One reader for every command: the page's date, title and article text reach the Report."""
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    checked = cli("check", page, "--format", "json")
    out = tmp_path / "o.jsonl"
    assert cli("batch", page, "--out", out, "--quiet").returncode == 0
    for doc in (json.loads(checked.stdout)["reports"][0]["document"], json.loads(out.read_text())["document"]):
        assert (doc["id"], doc["title"]) == (str(page), "TikTok sets a US GMV target")
        assert (doc["reference_date"], doc["reference_date_source"]) == ("2024-06-10", "given")
        assert "MENU" not in doc["text"] and PARAS[0] in doc["text"]
