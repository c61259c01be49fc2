"""names.strip_possessive is POSSESSIVE.sub('', word), with a shortcut for words that end in no possessive."""

from claimgraph.claims.names import POSSESSIVE, strip_possessive

WORDS = ["Orvik's", "Orvik’s", "Hansons'", "Hansons’", "Orvik", "Orvik.", "Orvik's\n", "Orvik'\n", "Orvik\n", "'s",
         "'", "", "Bass", "Orvik'ss", "O'Neil", "Orvik's.", "s"]


def test_same_as_the_regex():
    for w in WORDS:
        assert strip_possessive(w) == POSSESSIVE.sub("", w), repr(w)
    assert strip_possessive("Orvik's") == "Orvik"
    assert strip_possessive("Orvik's\n") == "Orvik\n"  # `$` matches before a final line break
