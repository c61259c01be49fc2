"""The HTML report, opened in headless Chromium: no console errors, every figure of the sample marked, the
altered sample's inconsistent check in its error colour."""

import json
import shutil

import pytest

from conftest import CORPUS

SAMPLE = CORPUS / "articles" / "krasia-tiktok-us-ecommerce-2024.txt"
KINDS = ["MONEY", "PERCENT", "FRACTION", "MULTIPLE", "COUNT", "RANK", "DURATION", "NUMBER", "PHYSICAL"]


def _browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    executable = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if executable is None:
        pytest.skip("Chromium is not installed and could not be installed here (Debian package: chromium)")
    return sync_api, executable


def test_report_page_is_self_contained(tmp_path, cli):
    out = tmp_path / "r.html"
    run = cli("report", SAMPLE, "--date", "2024-06-10", "-o", out)
    assert run.returncode == 0, run.stderr
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "src=" not in page and "href=\"http" not in page
    assert "less than USD 2 billion / USD 17.5 billion = below 11.46%" in page


@pytest.mark.slow
def test_report_in_headless_chromium(tmp_path, cli):
    """A browser started and driven (seconds)."""
    sync_api, executable = _browser()
    altered = tmp_path / "altered.txt"
    text = SAMPLE.read_text(encoding="utf-8")
    altered.write_text(text.replace("USD 17.5 billion", "USD 27.5 billion"), encoding="utf-8")
    page_file = tmp_path / "report.html"
    assert cli("report", SAMPLE, altered, "--date", "2024-06-10", "-o", page_file).returncode == 0
    expected = json.loads(cli("extract", SAMPLE, "--date", "2024-06-10", "--format", "json").stdout)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        marked = page.evaluate(
            """(kinds) => Array.from(document.querySelectorAll('section.doc')).map(s =>
                 Array.from(s.querySelectorAll('.article mark.fig')).filter(e =>
                   kinds.includes(e.dataset.label)).length)""", KINDS)
        article = page.evaluate("() => document.querySelector('section.doc .article').textContent")
        colour = page.evaluate(
            """() => { const c = document.querySelector('section.doc tr.check.inconsistent td.verdict');
                       return c ? getComputedStyle(c).color : null; }""")
        page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
        browser.close()
    assert not errors, errors
    assert marked[1] == len(expected["quantities"]) == 19  # the sample: every figure marked
    assert article == text  # the article as written, as the browser reads it
    assert colour == "rgb(198, 40, 40)"
    assert (tmp_path / "report.png").stat().st_size > 10_000


ARTICLE = ("Acme lifts its outlook\n\n"
           "Acme's revenue rose 24% to $3.42 billion in the second quarter of 2024, the company said.\n\n"
           "Its full-year revenue target is $14 billion, up from $12 billion   last year.\n"
           "Costs were $1 billion and $2 billion, a total of $3 billion.")


def _article_text(page: str) -> str:
    """The text inside the report's article block, as a browser's textContent gives it."""
    from html.parser import HTMLParser

    class Article(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.depth, self.parts = 0, []

        def handle_starttag(self, tag, attrs):
            if self.depth or ("class", "article") in attrs:
                self.depth += 1

        def handle_endtag(self, tag):
            if self.depth:
                self.depth -= 1

        def handle_data(self, data):
            if self.depth:
                self.parts.append(data)

    parser = Article()
    parser.feed(page)
    return "".join(parser.parts)


def _report_page(tmp_path, cli):
    """The HTML report `claimgraph report` writes for ARTICLE."""
    source = tmp_path / "acme.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "r.html"
    assert cli("report", source, "--date", "2024-08-01", "-o", out).returncode == 0
    return out.read_text(encoding="utf-8")


def test_the_report_shows_the_article_as_written(tmp_path, cli):
    page = _report_page(tmp_path, cli)
    assert _article_text(page) == ARTICLE  # paragraphs, headline line and spacing kept, character for character
    for respaced in ("$ 3.42 billion", "24 %", "full - year"):
        assert respaced not in page
    assert '<span class="headline">Acme lifts its outlook</span>' in page
    assert 'data-label="MONEY" title="money 3.42bn USD">$3.42 billion</mark>' in page


def test_the_claim_map_groups_claims_and_draws_their_relations(tmp_path, cli):
    page = _report_page(tmp_path, cli)
    cards = page[page.index('<div class="map">'):page.index("<h3>Article</h3>")]
    assert "Acme · revenue" in cards
    revenue = cards[cards.index("Acme · revenue"):]
    revenue = revenue[:revenue.index("</table>")]
    assert revenue.index("2024-Q2") < revenue.index("$3.42 billion")  # each row: its period, then its figure
    assert "change of" in revenue  # the 24% rise points at the figure it changes
    assert "part of" in cards and "✓ checked: consistent" in cards
    assert "<svg" not in page and "<circle" not in page  # no unconnected dots
