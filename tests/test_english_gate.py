"""report.build.looks_english: claims are read only from text with enough common English words."""

from claimgraph.report.build import looks_english

FOREIGN = ["zorvak", "qelmi", "trundavi", "oskelu", "varnotek", "pilqua", "dresmoi", "kavunel"]


def _text(common: int, total: int) -> str:
    words = ["the"] * common + [FOREIGN[k % len(FOREIGN)] + "x" * (k // len(FOREIGN)) for k in range(total - common)]
    return " ".join(words)


def test_the_share_of_common_words_decides_at_its_threshold():
    assert looks_english(_text(2, 25))  # 2/25 is exactly 8%
    assert not looks_english(_text(1, 25))
    assert looks_english(_text(25, 25))
    assert not looks_english(_text(0, 40))


def test_short_texts_are_given_the_benefit_of_the_doubt():
    assert looks_english(_text(0, 11))
    assert not looks_english(_text(0, 12))


def test_ascii_text_is_split_into_the_words_the_general_pattern_finds():
    from claimgraph.report.build import _ASCII_WORDS, _WORDS

    samples = ["it's q3_2024 revenue: 4x the 2nd-half, up 12%", "a__b c9d e-f g'h i.j (k) [l] m/n",
               "tab\tnew\nline; semi;colon, comma"]
    for text in samples:
        assert text.isascii()
        assert _ASCII_WORDS.findall(text) == _WORDS.findall(text), text
    # non-ASCII text takes the general pattern: accented letters stay inside their word
    assert not looks_english("zorvak été qelmi " * 8)
    assert _WORDS.findall("été déjà") == ["été", "déjà"]
