"""The needed strings of the source patterns: a pattern that matches in a stretch of text is always found
possible there (so skipping the impossible ones changes nothing), and find_sources finds what every pattern
run on its own finds."""

from __future__ import annotations

from claimgraph.claims.lexicon import lexicon
from claimgraph.claims.literal import slot_needs
from claimgraph.claims.names import POSSESSIVE
from claimgraph.claims.sources import find_sources
from claimgraph.resources.literals import Needs, fold

TEXTS = ["Revenue rose 5%, Halden Corp. said.", "Analysts at Brevik Capital, which tracks the sector, put it at 4%.",
         "Data from Korva showed 12% growth.", "According to the company, sales fell 3%.",
         "Norvane's report put the figure at $4 million.", "Sales fell 3%, people familiar with the matter said.",
         "Sales fell 3%,\u00a0people\u00a0familiar with the matter\nsaid.", "according to data by Tarvel, it rose",
         "Analysts' expectations were for 5%.", "The ministry said\tsales rose; a spokesman said so.",
         "Zürich-based Ölberg said revenue rose 4%, analysts had expected 3%.",
         "Sales rose, Halden Corp., a Stockholm maker of tools, said on Friday."]


def _spans(text: str) -> list[tuple[int, int]]:
    return [(0, len(text)), (3, len(text)), (0, max(1, len(text) - 6)), (10, len(text) - 2)]


def test_a_matching_pattern_is_possible() -> None:
    lex = lexicon()
    lowercase = [rx for _, rx, _ in lex.lowercase_source_parts]
    for rxs, needs in ((lex.source_rxs, lex.source_needs), (lowercase, lex.lowercase_source_needs)):
        matched = 0
        for text in TEXTS:
            for a, b in _spans(text):
                possible = needs.possible(fold(text[a:b]))
                for rx, can in zip(rxs, possible, strict=True):
                    if rx.search(text, a, b):
                        matched += 1
                        assert can, (rx.pattern, text, a, b)
        assert matched > 3


def test_needs_skip_what_cannot_match() -> None:
    needs = Needs(slot_needs(p, "{S}", ("acme", "bo")) for p in
                  [r"(?<=\w)said {S}", r"according\s+to", "(?:sales|revenue) rose", r"{S}'s\s+data"])
    assert needs.possible(fold("Acme says: sales fell")) == [False, False, False, False]
    assert needs.possible(fold("it said Acme; according\nto Bo, revenue rose; Bo's  data")) == [True] * 4
    assert needs.possible(fold("it said Ace's data")) == [False, False, False, False]  # neither acme nor bo


def _unscreened(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """find_sources with no screen and no needs: every pattern run, the lowercase ones as one alternation."""
    lex = lexicon()
    found: dict[tuple[int, int], str] = {}
    for rx in lex.source_rxs:
        for m in rx.finditer(text, a, b):
            start, end = m.span("S")
            words = POSSESSIVE.sub("", text[start:end])
            words = (words if words.endswith(lex.designators) else words.rstrip(".")).split()
            while words and words[0] in lex.not_subjects:
                words = words[1:]
            cut = next((k for k in range(1, len(words)) if words[k - 1].endswith(lex.designators)
                        and POSSESSIVE.sub("", words[k]) in lex.not_subjects), None)
            words = words[:cut] if cut is not None else words
            if words:
                start = text.index(words[0], start)
                found[(start, start + len(" ".join(words)))] = " ".join(words)
    for m in lex.lowercase_source_rx.finditer(text, a, b):
        group = next(k for k in range(1, m.re.groups + 1) if m.group(k))
        start, end = m.span(group)
        if not any(start < e and s < end for s, e in found):
            found[(start, end)] = m.group(group)
    return sorted((s, e, n) for (s, e), n in found.items())


def test_find_sources_is_every_pattern_run() -> None:
    lex = lexicon()
    hits = 0
    for text in TEXTS:
        for a, b in _spans(text):
            got = sorted((n.start, n.end, n.text) for n in find_sources(text, a, b, lex))
            assert got == _unscreened(text, a, b), (text, a, b)
            hits += len(got)
    assert hits > 10
