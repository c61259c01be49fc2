"""The period finder reads the word before a bare year with a pattern searched from the end (REVERSE): the
same span and word as the forward search, on any text (the forward search was quadratic in a long word)."""

import random

import regex

from claimgraph.resolve.periods.finder import _WORD_BEFORE

FORWARD = regex.compile(_WORD_BEFORE.pattern)
ALPHABET = list("ab Z9_.&'’-,;:()$\t\n\r\x0b\x0c\x1c\x1f\xa0\u2009\u3000é٣") + ["  ", "word", "U.S.", "Inc.", "1990"]


def test_reading_from_the_end_finds_the_same_word():
    rng = random.Random(3)
    texts = ["", " ", "in", "in ", "the 1995", "said in\n", "the company's ", "x \n", "a\n\n", "end.\n "]
    texts += ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 70))) for _ in range(20000)]
    for text in texts:
        forward, backward = FORWARD.search(text), _WORD_BEFORE.search(text)
        assert (forward is None) == (backward is None), repr(text)
        if forward is not None and backward is not None:
            assert forward.span() == backward.span() and forward.group(1) == backward.group(1), repr(text)
            cut = text[:forward.start()]
            again, again_back = FORWARD.search(cut), _WORD_BEFORE.search(cut)
            assert (again and again.span()) == (again_back and again_back.span()), repr(cut)
