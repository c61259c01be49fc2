"""A capitalised run's words with their offsets: the ASCII split gives what the \\S+ scan gives."""

from __future__ import annotations

from claimgraph.claims.names import _TOKEN, _words_of


def _scan(run: str, start: int) -> list[tuple[int, int, str]]:
    return [(m.start() + start, m.end() + start, m.group(0)) for m in _TOKEN.finditer(run)]


def test_words_and_offsets() -> None:
    runs = ["Brindle & Moss Co.", "Ostby  Holdings\tInc.", "Vale\nRiver Ltd's", "A", "Kettle-Row 40 Index",
            "Société Générale Ardent", "Ana\u00a0Lind Group"]
    for run in runs:
        for start in (0, 17):
            assert _words_of(run, start) == _scan(run, start), run
    assert _words_of("Ostby  Holdings\tInc.", 5) == [(5, 10, "Ostby"), (12, 20, "Holdings"), (21, 25, "Inc.")]
