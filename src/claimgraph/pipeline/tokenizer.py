"""Tokenizer rules for news figures, added to spaCy's English defaults.

`customize_tokenizer(nlp)` is for a pipeline claimgraph builds itself (claimgraph.load, a blank "en"): it
also sets the vocabulary's LIKE_NUM to ours. A user's pipeline needs no hook: when its tokenizer is not
ours, the quantities component reads figures on its own tokenization of the text, with a private
vocabulary (`figure_pipeline`), and maps them onto the user's tokens, so a trained NER keeps the tokens it
was trained on and the host vocabulary is never changed.

Splits figures into number + scale/unit/currency tokens ("$1.2bn" -> "$ 1.2 bn", "US$450m" -> "US$ 450 m",
"12–13" -> "12 – 13", "₹12–₹13" -> "₹ 12 – ₹ 13", "3pc" -> "3 pc") and keeps hyphenated number words whole
("twenty-eight"). Currency signs and prefixes come from patterns/en/vocab.json, the matcher's own list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.attrs import LIKE_NUM, ORTH  # type: ignore[import-not-found, unused-ignore]  # compiled, no stub
from spacy.lang.en.lex_attrs import _ordinal_words
from spacy.lang.en.lex_attrs import like_num as en_like_num
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from claimgraph.resolve.numbers import FORMAT_MARKS, vulgar, without_marks
from claimgraph.resources.vocab import vocab

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
HYPHEN_NUMBER = re.compile(rf"(?i)^(?:{_TENS})-(?:{_UNITS})$")
_ORDINALS = set(_ordinal_words)
_DIGITS = re.compile(r"^[+-]?(?:\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)$")


def like_num(text: str) -> bool:
    """spaCy's like_num without ordinal words ("first" is not a number here) plus "twenty-eight"; invisible
    format marks inside do not count ("1\u200b000")."""
    text = without_marks(text)
    if _DIGITS.match(text) or vulgar(text):
        return True
    low = text.lower()
    if low in vocab()["number_words"] or low in vocab()["number_multipliers"] or HYPHEN_NUMBER.match(text):
        return True
    if low in _ORDINALS:
        return False
    return en_like_num(text)


@lru_cache(maxsize=1)
def currency_symbols() -> str:
    """The one-character currency signs among vocab.json's currencies ("$", "€", "₹", "₱", ...)."""
    v = vocab()
    keys = set(v["currency_prefix"]) | set(v["currency_suffix"])
    return "".join(sorted(k for k in keys if len(k) == 1 and not k.isalnum()))


def _currency_prefix_regex() -> str:
    return rf"(?:{_currency_prefix_forms()})(?=[0-9.])"


@lru_cache(maxsize=1)
def _currency_prefix_forms() -> str:
    """The currency prefixes as regex alternatives, longest first ("US$", "RM", "€", ...; not the bare "$")."""
    v = vocab()
    forms = set(v["currency_prefix_case_sensitive"])
    forms |= {k.upper() for k in v["currency_prefix"] if any(c.isalpha() for c in k)}
    forms |= {k for k in v["currency_prefix"] if not any(c.isalpha() for c in k)}
    forms.discard("$")
    # Only split a letter prefix when a digit follows directly: "US$450m", "RM79", "USD10m".
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def _suffix_regexes() -> list[str]:
    # Letters glued to the end of a number are a scale, unit or ordinal: "1.2bn", "3pc", "640bhp", "22nd".
    # A full stop after such letters ends the sentence ("It raised $10M.", "$2.174T."), it is not theirs.
    return [r"(?<=[0-9])[A-Za-zµμΩ°″'’]+(?:/[A-Za-z]+)?$", r"(?<=[0-9])[A-Za-z]+[23²³]$",
            r"(?<=[0-9][A-Za-z])\.$", r"(?<=[0-9][A-Za-z]{2})\.$"]


def _infix_regexes() -> list[str]:
    # A range splits at its dash whatever the currency sign: "12–13", "$12-$13", "₱12-₱13", "12bn-13bn";
    # so does a word hyphenated to a figure ("mid-2024", "over-$5m").
    signs = "".join(re.escape(c) for c in currency_symbols())
    return [rf"(?<=[0-9])[–—](?=[0-9{signs}])", rf"(?<=[0-9])-(?=[{signs}])", r"(?<=[a-z])-(?=[0-9])",
            rf"(?<=[a-z])-(?=[{signs}])", rf"(?<=[–—-])[{signs}](?=[0-9])", r"(?<=[0-9])(?:bn|mn|tn|m|k|b)(?=[-–—])",
            r"(?<=[0-9])%(?=[-–][0-9a-z])", r"(?<=[0-9]%)[-–](?=[0-9a-z])",  # "98.6%-owned", "5%-6%"
            # the second end's own prefix after the dash: "A$1.1bn-A$1.3bn", "US$12-US$13"
            rf"(?<=[0-9a-z][-–—])(?:{_currency_prefix_forms()})(?=[0-9])"]


def customize_tokenizer(nlp: Language) -> None:
    tok: Any = nlp.tokenizer  # spaCy's Tokenizer (compiled, no stub)
    defaults = nlp.Defaults
    # "~45g", "≈ 32m2", "±3.1": approximation and margin signs; "PS5", "FY2024", "H2": capitals glued to digits
    # split off
    # so the number is seen (and then judged a name or a period, not a quantity).
    marks = f"[{FORMAT_MARKS}]"  # an invisible mark beside a figure is a token of its own ("5%\u200f")
    prefixes: list[str | re.Pattern[str]] = [marks, _currency_prefix_regex(), r"[~≈±]", r"[A-Z]{1,3}(?=[0-9])"]
    prefixes += defaults.prefixes or []
    suffixes: list[str | re.Pattern[str]] = [marks, *_suffix_regexes(), *(defaults.suffixes or [])]
    infixes: list[str | re.Pattern[str]] = [*(defaults.infixes or []), *_infix_regexes()]
    tok.prefix_search = compile_prefix_regex(prefixes).search
    tok.suffix_search = compile_suffix_regex(suffixes).search
    tok.infix_finditer = compile_infix_regex(infixes).finditer
    tok.token_match = HYPHEN_NUMBER.match
    # "m." and other single-letter abbreviations would swallow the full stop after "$10m."
    tok.rules = {k: v for k, v in tok.rules.items() if not re.fullmatch(r"[a-zA-Z]\.", k)}
    # "Rs. 500": a currency abbreviation keeps its full stop before a space, as "Rs.500" does
    for prefix in vocab()["currency_prefix"]:
        if prefix.endswith(".") and prefix[:-1].isalpha():
            for form in {prefix, prefix.capitalize(), prefix.upper()}:
                tok.add_special_case(form, [{ORTH: form}])
    set_like_num(nlp)
    if not isinstance(nlp.tokenizer, GuardedTokenizer):
        nlp.tokenizer = GuardedTokenizer(tok)


def uses_figure_tokenizer(nlp: Language) -> bool:
    """Was customize_tokenizer applied to this pipeline (our tokens, our LIKE_NUM)?"""
    getters: Any = nlp.vocab  # Vocab's stub leaves out lex_attr_getters
    return isinstance(nlp.tokenizer, GuardedTokenizer) and getters.lex_attr_getters.get(LIKE_NUM) is like_num


@lru_cache(maxsize=1)
def figure_pipeline() -> Language:
    """A private blank English pipeline with our tokenizer and LIKE_NUM: what the quantities component reads
    a user's text with. Its vocabulary is its own, so nothing of the user's changes."""
    import spacy

    nlp = spacy.blank("en")
    customize_tokenizer(nlp)
    return nlp


def set_like_num(nlp: Language) -> None:
    vocab_: Any = nlp.vocab  # Vocab's stub leaves out lex_attr_getters
    vocab_.lex_attr_getters[LIKE_NUM] = like_num
    for lex in nlp.vocab:  # lexemes created before us keep the old flag otherwise
        lex.like_num = like_num(lex.orth_)


# spaCy's tokenizer strips prefixes and suffixes off a run of non-space characters one at a time, slicing the
# run each time: 5,000 nested parentheses around a figure cost it time quadratic (and worse) in the run.
# A run longer than LONG_RUN is cut before spaCy sees it: each bracket or quote a token of its own, the
# pieces between them (at most LONG_RUN characters) tokenized as usual; offsets are kept, and text without
# such a run is tokenized exactly as before.
LONG_RUN = 256
_LONG = re.compile(rf"\S{{{LONG_RUN + 1},}}")
_RUN_PARTS = re.compile(rf"""[()\[\]{{}}<>"'“”‘’«»]|[^()\[\]{{}}<>"'“”‘’«»]{{1,{LONG_RUN}}}""")


class GuardedTokenizer:
    """spaCy's Tokenizer with very long runs of non-space characters cut first (see LONG_RUN); every other
    attribute is the wrapped tokenizer's."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:
        if name == "inner" or name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.inner, name)

    def __call__(self, text: str) -> Any:
        if len(text) <= LONG_RUN or not _LONG.search(text):
            return self.inner(text)
        from spacy.tokens import Doc

        docs, at = [], 0
        for m in _LONG.finditer(text):
            if m.start() > at:
                docs.append(self.inner(text[at:m.start()]))
            end = m.end() + (text[m.end():m.end() + 1] == " ")
            docs.append(self._run(text[m.start():end]))
            at = end
        if at < len(text):
            docs.append(self.inner(text[at:]))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        return doc if doc.text == text else self.inner(text)

    def _run(self, run: str) -> Any:
        """A long run (and the one space after it) as a Doc: brackets and quotes alone, the rest in pieces."""
        from spacy.tokens import Doc

        body = run.rstrip(" ")
        words: list[str] = []
        for piece in _RUN_PARTS.findall(body):
            words += [t.text for t in self.inner(piece)] if len(piece) > 1 else [piece]
        spaces = [False] * len(words)
        if body != run and spaces:
            spaces[-1] = True
        return Doc(self.inner.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)
