"""claims.ending: a pattern that must end where its window ends answers as a forward search would."""

import regex

from claimgraph.claims.ending import Ending, anchored_at_end, ending


def test_which_patterns_end_at_the_window_end():
    assert anchored_at_end(r"\b(?:rose|fell)\s+by\s+$")
    assert anchored_at_end(r"(?:a|b)\s+$")
    assert not anchored_at_end(r"rose\s+by")  # no `$`
    assert not anchored_at_end(r"rose\s+by\$")  # an escaped dollar sign is a literal
    assert anchored_at_end(r"rose\s+by\\$")  # an escaped backslash, then the anchor
    assert not anchored_at_end(r"rose$|fell")  # one alternative can end anywhere
    assert not anchored_at_end(r"[$]")  # inside a character class


TEXT = ("Orvik Tools said sales rose by about $12 million, while its chief executive, Lena Marsh, said\n"
        "profit fell 4% and the stake of his Delmar unit was cut in half to 9% from the earlier 11%.")
PATTERNS = [
    r"\b(?:rose|fell|cut)\b(?:[^.;,]){0,70}?\bby\s+(?:about\s+)?$",
    r"\b(?:chief\s+executive|analyst),?\s+$",
    r"\b(?:in|of|from)\s+(?:(?:the|its|his)\s+)?(?:[\w'-]+\s+)?$",
    r"\bin\s+(?:half\s+)?to\s+$|\bfrom\s+the\s+earlier\s+$",  # not anchored as a whole: searched forwards
    r"\bsaid$",  # `$` also matches before a line break that ends the window
]


def test_found_is_what_a_forward_search_finds():
    hits = 0
    for p in PATTERNS:
        for flags in (0, regex.IGNORECASE):
            rx = regex.compile(p, flags)
            e = Ending(rx)
            for hi in range(len(TEXT) + 1):
                for width in (0, 6, 40, 120):
                    lo = max(0, hi - width)
                    expected = rx.search(TEXT, lo, hi) is not None
                    assert e.found(TEXT, lo, hi) == expected, (p, TEXT[lo:hi])
                    hits += expected
    assert hits > 20  # the windows do hit


def test_reverse_is_used_only_where_it_is_safe():
    assert ending(r"\bby\s+$")._back is not None
    assert ending(r"\bby\s+$|x")._back is None
    assert ending(r"(?m)\bby\s+$")._back is None  # `$` before every line break
    assert ending(r"\bby\s+$", regex.MULTILINE)._back is None


def test_search_is_the_forward_search():
    e = ending(r"\bby\s+(?:about\s+)?$")
    text = "sales rose by about "
    assert e.search(text).span() == (11, 20)
    assert e.search(text, 0, 12) is None
    assert e.pattern == e.rx.pattern
