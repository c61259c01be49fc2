"""Make the README's screenshots: the HTML report (docs/report.png) and the terminal table for the sample
article (docs/terminal.png), both drawn by headless Chromium (`make browser` installs it).

    .venv/bin/python docs/screenshots.py
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "articles" / "krasia-tiktok-us-ecommerce-2024.txt"
DATE = "2024-06-10"


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    sys.exit("Chromium is not installed (make browser)")


def shoot(url: str, out: Path, width: int, height: int) -> None:
    subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--window-size={width},{height}", f"--screenshot={out}", url],
                   check=True, capture_output=True, timeout=120)


def report_png(tmp: Path) -> None:
    """The report of the sample and of a copy whose GMV target was changed, so one check fails."""
    altered = tmp / "tiktok-target-altered.txt"
    altered.write_text(SAMPLE.read_text(encoding="utf-8").replace("USD 17.5 billion", "USD 27.5 billion"),
                       encoding="utf-8")
    page = tmp / "report.html"
    claimgraph = str(Path(sys.executable).parent / "claimgraph")
    subprocess.run([claimgraph, "report", altered.name, "--date", DATE, "-o", str(page)], check=True, cwd=tmp)
    shoot(page.as_uri(), ROOT / "docs" / "report.png", 1280, 2300)


def terminal_png(tmp: Path) -> None:
    """`claimgraph extract SAMPLE --format table` as a terminal shows it (rich), recorded and drawn."""
    from rich.console import Console

    import claimgraph
    from claimgraph.render.terminal import show_report

    report = claimgraph.extract(SAMPLE.read_text(encoding="utf-8"), date=DATE)
    console = Console(record=True, width=150, file=open("/dev/null", "w"))  # noqa: SIM115
    show_report(SAMPLE.name, report, console)
    svg = console.export_svg(title=f"claimgraph extract {SAMPLE.name} --date {DATE}")
    width, height = (float(x) for x in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())
    page = tmp / "terminal.html"
    page.write_text(f"<html><body style='margin:0;background:#fff'>{svg}</body></html>", encoding="utf-8")
    shoot(page.as_uri(), ROOT / "docs" / "terminal.png", int(width), int(height))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        report_png(Path(d))
        terminal_png(Path(d))
    print("wrote docs/report.png and docs/terminal.png")
