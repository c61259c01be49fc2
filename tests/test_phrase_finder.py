"""claims.lexicon.PhraseFinder: the phrases of a stretch of text, per category the longest at a position and
none overlapping, with their offsets; checked against a plain scan of every n-gram."""

import regex

from claimgraph.claims.lexicon import PhraseFinder

PHRASES = [("net income", "metric", "net_income", False), ("net", "metric", "net", False),
           ("net income per share", "metric", "eps", False), ("income", "metric", "income", False),
           ("Halden Bay", "place", "Halden Bay", True), ("Halden", "place", "Halden", True),
           ("expects", "role", "forecast", True), ("about", "hedge", "about", True),
           ("U.S.", "place", "US", True), ("co-founder", "generic", "founder", False)]
TEXT = ("Net income rose; net income per share, about $2, beat the\u00a0halden bay view.  Halden Bay's co-founder "
        "expects NET INCOME in the U.S. to top net  income per  share, Halden said; EXPECTS none.")
WORD = regex.compile(r"\w+(?:[-&.]\w+)*")


def _reference(text, a, b):
    toks = [m.span() for m in WORD.finditer(text, a, b)]
    words = [text[x:y] for x, y in toks]
    busy, out = {}, []
    for i in range(len(toks)):
        for n in range(len(toks) - i, 0, -1):
            for phrase, category, value, case in PHRASES:
                key = tuple(WORD.findall(phrase))
                got = tuple(words[i:i + n])
                if len(key) == n and (got == key if case else tuple(w.lower() for w in got) == tuple(
                        w.lower() for w in key)) and busy.get(category, 0) <= i:
                    busy[category] = i + n
                    out.append((toks[i][0], toks[i + n - 1][1], category, value))
    return out


def test_find_is_the_plain_scan():
    finder = PhraseFinder()
    for phrase, category, value, case in PHRASES:
        finder.add(phrase, category, value, case_sensitive=case)
    for a, b in [(0, len(TEXT)), (5, 60), (17, len(TEXT) - 3), (40, 41)]:
        got = [(h.start, h.end, h.category, h.value) for h in finder.find(TEXT, a, b)]
        assert sorted(got) == sorted(_reference(TEXT, a, b)), (a, b)
        for h in finder.find(TEXT, a, b):
            assert TEXT[h.start:h.end] == h.text
    assert len(finder.find(TEXT, 0, len(TEXT))) > 8
