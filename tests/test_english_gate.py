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
