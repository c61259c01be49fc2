import subprocess
import sys

from conftest import ROOT


def test_period_bench_self_test():
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "periods.py"), "--self-test"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
