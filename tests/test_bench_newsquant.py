"""The NewsQuant bench's scorer checks itself on hand-made examples (no data needed)."""

import subprocess
import sys

from conftest import ROOT


def test_newsquant_bench_self_test():
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "newsquant.py"), "--self-test"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "self-test ok" in out.stdout
