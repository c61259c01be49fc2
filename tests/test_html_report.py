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
                 Array.from(s.querySelectorAll('.article span')).filter(e => e.children.length === 0
                   && kinds.includes(e.textContent.trim())).length)""", KINDS)
        colour = page.evaluate(
            """() => { const c = document.querySelector('section.doc tr.check.inconsistent td.verdict');
                       return c ? getComputedStyle(c).color : null; }""")
        page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
        browser.close()
    assert not errors, errors
    assert marked[1] == len(expected["quantities"]) == 19  # the sample: every figure marked
    assert colour == "rgb(198, 40, 40)"
    assert (tmp_path / "report.png").stat().st_size > 10_000
