"""Who a sentence names: organisations (subject candidates), outlets and data firms (sources), places
(scopes). From capitalised word sequences and the gazetteers in patterns/en/claims.json, or from a trained
pipeline's entities when one ran."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from claimgraph.claims.lexicon import Hit, Lexicon
from claimgraph.resources import load_json
from claimgraph.resources.vocab import vocab

# a Nordic legal form's slash too ('A/S', 'P/F'; not 'Chairman/CEO')
_WORD = r"(?:\d+[A-Z][\w]*|\p{Lu}[\w&'’.]*(?:-\p{Lu}[\w&'’.]*|/[A-Z]{1,2}(?![\w&'’]))*)"  # 'Élise', 'Łódź'
_INITIALISM = regex.compile(r"(?:^|(?<=\s))(?:[A-Za-z]\.)+$")  # a last word of initials ("U.S.", "S.p.A."), not "GDP."
_LOWER_WORD = regex.compile(r"\b[a-z][a-z-]+\b")
_TOKEN = regex.compile(r"\S+")
_ADJ_COMPOUND = regex.compile(r"-[a-z]")
_NAME_SHAPE = regex.compile(r"\d|[a-z][A-Z]|^[A-Z]{2,}$")
_LOWER_NEXT = regex.compile(r"\s+([a-z][\w-]*)")
_DIGIT_NEXT = regex.compile(r"\s+\d(?!\d{3}\b)")  # not a year: 'Beacon 2024 revenue rose' is a name's
POSSESSIVE = regex.compile(r"['’]s?$")
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s", "\n")  # where POSSESSIVE can match ('$' also matches before a final \n)


def strip_possessive(word: str) -> str:
    """POSSESSIVE.sub("", word), with no regex call for the many words that end in none of its forms."""
    return POSSESSIVE.sub("", word) if word.endswith(_POSSESSIVE_ENDS) else word
_PLURAL_NEXT = regex.compile(r"\s+([a-z][a-z-]*s)\b")
_MODEL_NUMBER = regex.compile(r"-\d")
_NOT_PLURAL = regex.compile(r"(?:ss|us|is|[^aeiou]ys)$")  # "Corsys", "Nexus", "Genesis", "Access": no plurals
_MID_CAPS = regex.compile(r"(?<=[\w,;:)%] )\p{Lu}[\w&'’.-]*")


class Name(NamedTuple):
    """A name in the text (a tuple: every capitalised run builds one or more)."""

    start: int
    end: int
    text: str
    kind: str  # org, outlet, place, group ("Indonesian startups")
    place: str | None = None  # the place a demonym names


@lru_cache(maxsize=1)
def _name_rules() -> tuple[regex.Pattern, tuple[str, ...], frozenset[str]]:
    """(a capitalised word run, possibly joined by connectors such as 'of'; abbreviations that keep their
    final dot; honorifics that open a person's name), from patterns/en/claims.json."""
    names = load_json("claims.json")["names"]
    connectors = "|".join(regex.escape(w) for w in names["connectors"])
    # a number in a name is not a year, nor a date's day ("Oct. 19 Harrow said"): the month names are
    # vocab.json's, capitalised as a date writes them
    months = "|".join(sorted({m.rstrip(".").capitalize() for m in vocab()["month_names"]}, key=lambda m: (-len(m), m)))
    number_in_name = rf"(?<!\b(?:{months})\.?\s+)(?!\d{{4}}\b)\d{{1,3}}"
    # "Nasdaq 100 Index": a number between two capitalised words goes on with the name
    # every run starts with a digit or a capital: said first, the regex module skips to one instead of trying
    # the lookbehind at every character (twice as fast, the same runs)
    run = regex.compile(rf"(?=[\d\p{{Lu}}])(?<![\w&$])(?:{_WORD})"
                        rf"(?:\s+(?:(?:{connectors})\s+|{number_in_name}\s+(?=\p{{Lu}}))?{_WORD})*")
    return run, tuple(names["keep_final_dot"]), frozenset(names["honorifics"])


@lru_cache(maxsize=1)
def _run_breaks() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(capitalised titles that open a person's name inside a run: 'Navex Corp. Chairman Ada Lind'; words
    that join two names in one run: 'Pella Inc. and Orban Corp.'; endings that mark a company's legal form)."""
    names = load_json("claims.json")["names"]
    return (frozenset(names["titles_in_runs"]), frozenset(names["coordinators"]),
            tuple(names["keep_final_dot"]) + tuple(names["legal_forms"]))


@lru_cache(maxsize=1)
def _title_qualifiers() -> frozenset[str]:
    return frozenset(load_json("claims.json")["names"]["title_qualifiers"])


@lru_cache(maxsize=1)
def _label_nouns() -> frozenset[str]:
    """Nouns that with a number or a letter label a part or a kind: 'Chapter 11', 'Class A' (claims.json)."""
    return frozenset(load_json("claims.json")["names"]["label_nouns"])


_LABEL_AFTER = regex.compile(r"\s+(?:\d+[A-Za-z]?|[A-Z])\b")  # 'Chapter 11', 'Class A' after a one-word run
_LABEL_MARK = regex.compile(r"(?:\d+[A-Za-z]?|[A-Z]{1,2}|[IVX]+)(?:['’]s)?[,.]?")  # the 'A' of a run 'Class A'
# 'The Ridgefield, N.J.-based maker': the town of a company's seat, before its state
_SEAT_AFTER = regex.compile(r",\s+(?:[A-Z][A-Za-z.]*\s+){0,2}[A-Z][A-Za-z.]*?-?based\b")
BASED = regex.compile(r"[.-]based$")
_REGION_AFTER = regex.compile(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}),")  # ', Ohio,', ', New South Wales,'
_SENTENCE_ADVERB = regex.compile(r"^[A-Z][a-z]{2,}(?:ally|ously|ently|antly|ately|edly|ively|arly)$")  # 'Actually,'


def _header(chunk: list[tuple[int, int, str]]) -> bool:
    """'CORPORATES Sun Microsystems Inc.', 'EUROBONDS Halden Bank': a section header in capitals (a word of seven
    letters or more: a company's capitals are mostly shorter, 'IBM', 'NYNEX') glued to the name after it."""
    head, nxt = chunk[0][2], chunk[1][2] if len(chunk) > 1 else ""
    return len(head) >= 7 and head.isalpha() and head.isupper() and nxt[:1].isupper() \
        and any(ch.islower() for ch in nxt) and nxt.rstrip(".,") not in _legal_forms()  # not 'UNIFIRST Corp.'


def listed_opener(words: list[str], lex: Lexicon) -> bool:
    """Whether the first of a run's words, though listed as never a subject ('Price', 'Total', 'Net'), opens a
    company's name: three words or more ending with its legal form ('Price Harwick Tessaly Inc.'), and the first
    no function word, month or weekday ('The Harwick Co.', 'In Orbis Corp.')."""
    return len(words) > 2 and words[-1].rstrip(".") in _legal_forms() \
        and _bare_word(words[0]).lower() not in lex.name_openers_never


def has_legal_form(name: str) -> bool:
    """Whether a name ends with a company's designator or legal form ('Harlow Gant Inc.', 'Norrland Paper AB')."""
    words = name.split()
    return len(words) > 1 and words[-1].rstrip(".") in _legal_forms()


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """Designators and legal forms without their final dot ('Corp', 'Inc', 'PLC', 'Group')."""
    return frozenset(w.rstrip(".") for w in _run_breaks()[2])


def _labelled(text: str, chunk: list[tuple[int, int, str]], lex: Lexicon) -> bool:
    """A run that labels a part or a kind ('Chapter 11 reorganization', 'Class A warrants') or the town of a
    company's seat ('The Ridgefield, N.J.-based maker', 'the Darien, Conn.based toolmaker', 'Halvern Inc.,
    Dayton, Ohio, said'): no name."""
    if BASED.search(chunk[-1][2]) or _SEAT_AFTER.match(text, chunk[-1][1]):
        return True
    if text.endswith(", ", 0, chunk[0][0]):
        region = _REGION_AFTER.match(text, chunk[-1][1])
        # a town between commas with its state or country after it, after a company's designator or a single
        # word no place list holds: a seat in apposition ('Halvern Inc., East Dayton, Ohio, said', 'Crazy
        # Dorrit, Edison, N.J.'); 'Separately, America West Airlines, Phoenix, Ariz., reported' is the company
        if region is not None and region.group(1) in lex.places and (
                text[max(0, chunk[0][0] - 8):chunk[0][0] - 2].endswith(lex.designators)
                or (len(chunk) == 1 and strip_possessive(chunk[0][2]) not in lex.places)):
            return True
    if chunk[0][2] not in _label_nouns():
        return False
    if len(chunk) == 1:
        return _LABEL_AFTER.match(text, chunk[0][1]) is not None
    return len(chunk) == 2 and _LABEL_MARK.fullmatch(chunk[1][2]) is not None


_MIDDLE_INITIAL = regex.compile(r"^[A-Z][a-z]+(?:\s+[A-Z]\.)+\s+[A-Z][a-z][\w'’-]*$")


def person_names(text: str, names: Sequence[Name], lex: Lexicon) -> set[str]:
    """The names that are people: those the text tags as such (a title or an honorific before them), those
    shaped like one ('Dana K. Whitfield'), and those whose last word the text also writes after an honorific
    ('Mr. Whitfield')."""
    surnames = {m.group(1) for m in _honorific_rx().finditer(text)}
    speakers: set[str] | None = None  # surnames the text has speak alone ('Vale said'): read when asked
    legal = _run_breaks()[2]
    titled, apposed = _titled_rx(), _PERSON_AFTER
    out = set()
    pronoun, titled_before = _person_cues()
    for n in names:
        if n.kind == "person":
            out.add(n.text)
        elif n.kind == "org" and not n.text.endswith(legal) and n.text.split()[0] in titled_before \
                and len(n.text.split()) > 1:
            out.add(n.text)  # 'Provost Linnea Sato', 'Governor Halvik': a title opens the name
        elif n.kind == "org" and _titled_inside(n.text.split()):
            out.add(n.text)  # 'Treasury Secretary Daniel Mbugua', 'Water Minister Jarrah Quillon'
        elif n.kind == "org" and pronoun.match(text, n.end) and all(w[:1].isupper() for w in n.text.split()) \
                and len(n.text.split()) <= 3 and not _written_with_legal_form(n.text, text, lex):
            out.add(n.text)  # 'Jana Smit said she expected', 'Okafor raised her estimate': a he or she
        elif n.kind == "org" and not n.text.endswith(legal) and " " in n.text:
            words = n.text.split()
            if words[0] in lex.not_subjects or n.text in lex.places or words[-1] in _org_endings():
                continue  # 'Quorvane Capital, the asset manager, said': a firm, whatever title follows
            if _MIDDLE_INITIAL.match(n.text) or titled.match(text, n.end) or apposed.match(text, n.end) \
                    or words[-1] in surnames \
                    or len(words) <= 3 and _SAID_BEFORE.search(text, max(0, n.start - 16), n.start) \
                    and _OF_ORG_AFTER.match(text, n.end):
                out.add(n.text)
                continue
            if speakers is None:
                speakers = {m.group(1) or m.group(2) for m in _speaker_rx().finditer(text)}
            if len(words) <= 3 and words[-1] in speakers and all(w[:1].isupper() for w in words) \
                    and not _written_with_legal_form(n.text, text, lex):
                out.add(n.text)  # not 'DD Holding' where the text writes 'DD Holding Corp.' ('Holding said')
    return out


def _titled_inside(words: list[str]) -> bool:
    """A title word inside a run with two or more capitalised words after it (claims.json person_cues)."""
    inside = _titles_inside()
    return any(w in inside and len(words) - k - 1 >= 2 and all(x[:1].isupper() for x in words[k + 1:])
               for k, w in enumerate(words[:-2]))


@lru_cache(maxsize=1)
def _titles_inside() -> frozenset[str]:
    return frozenset(load_json("claims.json")["person_cues"]["titles_inside"])


def _written_with_legal_form(name: str, text: str, lex: Lexicon) -> bool:
    """Whether the text writes name with a company designator after it ('DD Acquisition Corp.')."""
    return regex.search(rf"(?<![\w'’-]){regex.escape(name)}\s+{_designators(lex.designators)}", text) is not None


@lru_cache(maxsize=1)
def _org_endings() -> frozenset[str]:
    """claims.json names.org_endings: last words of organisations' names ('Capital', 'Partners')."""
    return frozenset(load_json("claims.json")["names"]["org_endings"])


@lru_cache(maxsize=1)
def _person_cues() -> tuple[regex.Pattern, frozenset[str]]:
    """(what follows only a person's name: a saying verb and 'he'/'she', or a verb and 'his'/'her' estimate;
    the titles that open a person's name: 'Provost', 'Governor'), claims.json person_cues."""
    raw = load_json("claims.json")["person_cues"]
    return regex.compile(raw["pronoun_after"]), frozenset(raw["titles_before"])


# a legislator's party and state ('D-Calif.', 'R-Ohio'), set off by commas after the name
PARTY_TAG = regex.compile(r"[RDI]-[A-Z][\w.]*")
# what follows only a person's name: an age (', 52,', ', a 39-year-old lawyer'), a legislator's party and state
# (', R-Ohio,'), 'told reporters'
_PERSON_AFTER = regex.compile(rf",\s+(?:\d{{1,3}}|{PARTY_TAG.pattern}),|,\s+(?:an?\s+)?\d{{1,3}}-year-old\b"
                              r"|\s+told\s+reporters\b")
# 'said Hanne Vossberg of the Orlan Bird Trust': a speaker after 'said' who belongs to an organisation named after him
_SAID_BEFORE = regex.compile(r"\b(?:said|says|according\s+to)\s+$")
_OF_ORG_AFTER = regex.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z]")


@lru_cache(maxsize=1)
def _speaker_rx() -> regex.Pattern:
    """A capitalised word alone before or after a saying verb ('Vale said', 'said Vale.'): wire copy names a
    person again by surname; 'the Tribune said' is no surname."""
    verbs = "|".join(regex.escape(v) for v in load_json("claims.json")["clause_opening"]["saying_verbs"])
    return regex.compile(rf"(?<![\w'’&.-])(?<!\b(?:[Tt]he|[A-Z][\w'’&.-]*)\s)([A-Z][a-z][\w'’-]+)\s+(?:{verbs})\b"
                         rf"|\b(?:{verbs})\s+([A-Z][a-z][\w'’-]+)(?=[.,;])")


@lru_cache(maxsize=1)
def _honorific_rx() -> regex.Pattern:
    """'Mr. Whitfield': an honorific and the surname after it (group 1), compiled once."""
    honorifics = _name_rules()[2]
    return regex.compile(r"(?<![\w.])(?:" + "|".join(regex.escape(h) for h in honorifics)
                         + r")\s+([A-Z][\w'’-]+)")


@lru_cache(maxsize=1)
def _titled_rx() -> regex.Pattern:
    """', a vice president', ', chairman and chief executive': a title in apposition after a person's name."""
    return regex.compile(rf",\s+(?:(?:an?|the|its|their)\s+)?(?:[\w'’.-]+\s+){{0,3}}?(?:{_titles()})\b",
                         regex.IGNORECASE)


@lru_cache(maxsize=1)
def _titles() -> str:
    """claims.json person_titles as one alternation, longest first ('chief financial officer' before 'officer')."""
    return "|".join(regex.escape(t) for t in sorted(load_json("claims.json")["person_titles"], key=len, reverse=True))


_MINOR_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "as", "vs"})


def title_case_line(text: str, start: int, end: int) -> bool:
    """A headline in Title Case: one line, with no full stop at its end, of at least three words, every word
    capitalised but the minor ones ('Harlow Cement Output Falls 7%', 'Tool Orders Rebound 14% In May')."""
    line = text[start:end].strip()
    after = start + len(text[start:end].rstrip())  # a line break must follow it
    if "\n" in line or line.endswith((".", "!", "?")) or not text.startswith("\n", after):
        return False
    words = regex.findall(r"[^\W\d_][\w'’-]*", line)
    return len(words) >= 3 and all(w[0].isupper() or w.lower() in _MINOR_WORDS for w in words)


def _without_title_lines(text: str) -> str:
    """text with its Title Case headline lines blanked: there every word is capitalised, no sign of a name."""
    if "\n" not in text:
        return text
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line.rstrip("\r\n"))
        out.append(" " * len(line) if title_case_line(text, pos, end) else line)
        pos += len(line)
    return "".join(out)


class DocNames:
    """What the whole document tells about its capitalised words: which appear capitalised mid-sentence
    (names) and which also appear in lower case (common words capitalised at a sentence start)."""

    def __init__(self, text: str):
        self.text = text
        # read only for a single capitalised word that opens a sentence and is no listed word: built when asked
        self._mid_caps: set[str] | None = None
        self._lower_words: set[str] | None = None

    @property
    def mid_caps(self) -> set[str]:
        if self._mid_caps is None:
            # the bare word: "Varennes's" and "Varennes." are "Varennes" (stripping every final s would make it
            # "Varenne")
            self._mid_caps = {_bare(m.group(0)) for m in _MID_CAPS.finditer(_without_title_lines(self.text))}
        return self._mid_caps

    @property
    def lower_words(self) -> set[str]:
        if self._lower_words is None:
            self._lower_words = set(_LOWER_WORD.findall(self.text))
        return self._lower_words


def names_in(text: str, a: int, b: int, lex: Lexicon, doc: DocNames, hints: list[tuple[int, int, str]] | None = None,
             places: list[Hit] | None = None, blocked: Sequence[tuple[int, int]] = ()) -> list[Name]:
    """Names between character offsets a and b of text; `places` are the place hits already found there;
    nothing inside a `blocked` span (periods such as 'FY2025', figures) is a name."""
    if places is None:
        places = [h for h in lex.phrases.find(text, a, b) if h.category == "place"]
    found: list[Name] = [Name(h.start, h.end, h.value, "place") for h in places]
    for m in _name_rules()[0].finditer(text, a, b):
        found.extend(_split(text, m.start(), m.end(), a, lex, doc))
    if hints is not None:
        # a trained pipeline's entities add the organisations the capitalised runs missed (its PERSON
        # labels are not trusted: on news about unfamiliar companies it calls many of them people)
        for start, end, label in hints:
            if a <= start and end <= b and label == "ORG" and not any(start < n.end and n.start < end for n in found):
                n = _classify(text, start, end, lex)
                if n is not None:
                    found.append(n)
    # 'U.S. Norbeck Corp.': a run that ends with a company designator is the company, a place in it no name;
    # so is its short form ('U.S. Norbeck' where the text writes 'U.S. Norbeck Corp.')
    if places:
        companies = [n for n in found if n.kind == "org" and (n.text.endswith(lex.designators)
                                                               or _short_of_company(n, places, lex, doc))]
        if companies:
            found = [n for n in found if n.kind != "place" or not _overlaps(n, companies)]
    out: list[Name] = []
    honorifics = _name_rules()[2]
    for n in sorted(found, key=_place_first):
        if (blocked and _overlaps(n, blocked)) or len(n.text.rstrip(".")) < 2 or PARTY_TAG.fullmatch(n.text):
            continue  # a letter alone is no name ('Series H preferred shares', 'Class A stock'); nor 'R-Ohio'
        titled = lex.person_title_rx.found(text, max(a, n.start - 40), n.start) \
            and not n.text.endswith(lex.designators)  # not 'its partner, Harwick Co.'
        honored = n.text.split(" ", 1)[0] in honorifics \
            or text[max(0, n.start - 6):n.start].rstrip(" ").rpartition(" ")[2] in honorifics  # 'Mr Haskel Ayo'
        if n.kind == "org" and (titled or honored):
            n = Name(n.start, n.end, n.text, "person")  # "chief executive Marco Villanueva", "Mr. Kovac": a person
        elif n.kind == "org" and not n.text.endswith(lex.designators):
            rest = untitled(n.text)
            if rest is not None:  # "Striker Dano Vesk", "Chief Financial Officer Marisol Eckhart": a person
                n = Name(n.end - len(rest), n.end, rest, "person")
        if n.kind == "org" and " " in n.text and n.text.split(" ", 1)[0].lower() in descriptors_before():
            rest = n.text.split(" ", 1)[1]  # 'Retailer Nimsaro Holdings said': the retailer is Nimsaro Holdings
            n = Name(n.end - len(rest), n.end, rest, "org")
        words = n.text.split(" ", 2)
        if n.kind == "org" and len(words) == 3 and words[1] == "of" and words[0] in _of_openers():
            n = Name(n.end - len(words[2]), n.end, words[2], "org")  # 'Shares of Kestro Inc. rose 14%': Kestro Inc.
        if n.text and not _overlaps(n, out):
            out.append(n)
    return out


@lru_cache(maxsize=1)
def _of_openers() -> frozenset[str]:
    """claims.json descriptors_before.of_words: 'Shares of', 'Stock of' opening a run before the name."""
    return frozenset(load_json("claims.json")["descriptors_before"]["of_words"])


@lru_cache(maxsize=1)
def descriptors_before() -> frozenset[str]:
    """claims.json descriptors_before: nouns of a company's trade that open a sentence before its name."""
    return frozenset(load_json("claims.json")["descriptors_before"]["words"])


def untitled(name: str) -> str | None:
    """The person's name after a title that opens a capitalised run ('Striker Dano Vesk' -> 'Dano Vesk'), when two
    or more capitalised words follow it; else None."""
    titled = _title_opening().match(name)
    rest = name[titled.end():] if titled else ""
    return rest if titled and len(rest.split()) >= 2 and all(w[:1].isupper() for w in rest.split()) else None


@lru_cache(maxsize=1)
def _title_opening() -> regex.Pattern:
    """A person's title that opens a capitalised run ('Striker Dano Vesk', 'Chief Financial Officer Ana Ruiz')."""
    qualifiers = "|".join(sorted(_title_qualifiers() | {"Former"}))  # 'Chief Commercial Officer Ana Ruiz'
    return regex.compile(rf"(?:(?:{qualifiers})\s+)*(?:{_titles()})\s+", regex.IGNORECASE)


def _short_of_company(n: Name, places: list[Hit], lex: Lexicon, doc: DocNames) -> bool:
    """'U.S. Norbeck' opening with a place, where the text also writes 'U.S. Norbeck Corp.': the company's short
    name, not a place and a word."""
    if not any(h.start == n.start and h.end < n.end for h in places):
        return False
    return _written_with_legal_form(n.text, doc.text, lex)


def _possessive_in_name(words: list[tuple[int, int, str]], k: int, lex: Lexicon, doc: DocNames) -> bool:
    """Whether the possessive word k of a run is part of a company's name: "Harfield's Inc." (a designator
    right after it), "Marden's Bay Co." (the run ends with one and the text never names "Marden" alone, as it
    would a parent: "Ardent Corp.'s Lumo Tools Inc.", "Ardent's Lumo Tools Inc. ... Ardent said") and
    "Marden's Bay" where the text writes "Marden's Bay Co."."""
    if k + 1 >= len(words) or words[k][2][:-2].endswith("."):
        return False
    if words[k + 1][2] in lex.designators:
        return True
    owner = words[k][2][:-2]
    if owner.rstrip("'’") in _plural_possessives():
        return True  # "The Drevan Children's Fund", "People's Bank of China": a name's own words
    if regex.search(rf"(?<![\w'’-]){regex.escape(owner)}(?![\w'’-])", doc.text) is not None:
        return False  # the owner is named alone too: a parent
    if words[-1][2] in lex.designators:
        return True
    # "Marden's Bay shares" after "Marden's Bay Co.": the short form of that name
    head = regex.escape(f"{words[k][2]} {words[k + 1][2]}")
    return regex.search(rf"{head}(?:\s+[A-Z][\w&.'’-]*){{0,3}}?\s+{_designators(lex.designators)}",
                        doc.text) is not None


@lru_cache(maxsize=1)
def _plural_possessives() -> frozenset[str]:
    """Plural nouns whose possessive stands inside a name (claims.json names.plural_possessives)."""
    return frozenset(load_json("claims.json")["names"]["plural_possessives"])


@lru_cache(maxsize=1)
def _designators(words: tuple[str, ...]) -> str:
    """The company designators as one regex group ('(?:Inc\\.|Corp\\.|...)'), built once."""
    return "(?:" + "|".join(regex.escape(d) for d in words) + ")"


def _place_first(n: Name) -> tuple[int, bool]:
    """Names in text order, a place before another name at the same start."""
    return n.start, n.kind != "place"


def _overlaps(n: Name, spans: Sequence[tuple[int, int]] | Sequence[Name]) -> bool:
    """Whether n overlaps any of the (start, end, ...) spans."""
    for x in spans:  # a plain loop: no generator to build for every name
        if n.start < x[1] and x[0] < n.end:
            return True
    return False


def _split(text: str, start: int, end: int, sentence_start: int, lex: Lexicon, doc: DocNames) -> list[Name]:
    """One capitalised run -> names: cut at a possessive ('Shopzy's GMV' -> 'Shopzy'), drop leading
    function words and common words capitalised only because they open the sentence."""
    run = text[start:end]
    if _listed(run, lex) and len(run.split()) == 1:
        return []  # "The", "In": a lone listed word is no name (what _not_a_name says of the run's only word)
    out: list[Name] = []
    possessive = "'s" in run or "’s" in run  # no word can end in one otherwise
    words = _words_of(run, start)
    # "a Jakarta-based app", "ByteDance-owned TikTok": a name inside an adjective is not a candidate here; nor is
    # a model's prefix ("DC-8-62 aircraft")
    hyphen = text.startswith("-", end)  # both patterns open with one
    if hyphen and (_ADJ_COMPOUND.match(text, end, end + 2) or _MODEL_NUMBER.match(text, end, end + 2)):
        # "the Los Angeles-based concern", "The New York-based company": a place of several words inside the
        # adjective goes with it
        place = next((j for j in range(len(words) - 1) if " ".join(w for _, _, w in words[j:]) in lex.places),
                     len(words) - 1)
        words = words[:place]
    titles = _run_breaks()[0]
    while words:
        cut = next((k for k, (_, _, w) in enumerate(words) if w.endswith(("'s", "’s"))
                    and not _possessive_in_name(words, k, lex, doc)), None) if possessive else None
        chunk, words = (words[:cut + 1], words[cut + 1:]) if cut is not None else (words, [])
        while chunk and chunk[0][2] in titles:
            chunk = chunk[1:]  # "Chairman Ada Lind": the title is no part of the name
        breaks = _breaks(chunk, doc, lex) if len(chunk) > 1 else []  # a break needs a word on either side
        if breaks:  # "Navex Corp. Chairman Ada Lind", "Pella Inc. and Orban Corp.": two names in one run
            words = chunk[breaks[0][1]:] + words
            chunk = chunk[:breaks[0][0]]
        # a dropped opener leaves no lower-case connector in front ('Shares of Quillmark Games' -> the company)
        while chunk and (chunk[0][2].islower() or _header(chunk) or _not_a_name(text, chunk, sentence_start, lex, doc)
                         or (len(chunk) > 1 and BASED.search(chunk[0][2]))):  # 'Mich.-based First of America'
            chunk = chunk[1:]
        if chunk and _labelled(text, chunk, lex):
            chunk = []
        if chunk:
            n = _classify(text, chunk[0][0], chunk[-1][1], lex)
            if n is not None:
                out.append(n)
    return out


def _words_of(run: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of each word of a run that starts at offset `start`: _TOKEN's matches. In ASCII,
    str.split breaks only where the regex module sees white space too (its extra separators, the control
    characters 28 to 31, are never in a run), and each word is found after the previous one."""
    if not run.isascii():
        return [(m.start() + start, m.end() + start, m.group(0)) for m in _TOKEN.finditer(run)]
    out, at = [], 0
    for w in run.split():
        at = run.find(w, at)
        out.append((start + at, start + at + len(w), w))
        at += len(w)
    return out


def _breaks(chunk: list[tuple[int, int, str]], doc: DocNames, lex: Lexicon) -> list[tuple[int, int]]:
    """Where a run holds two names: (end of the first, start of the second) before an honorific or a
    capitalised title ('... Corp. Ms. Lind', '... Corp. Chairman Ada Lind') and around a coordinator ('Pella Inc.
    and Orban Corp.'), unless both sides are single words the text never writes apart ('Marks and Spencer') or
    the first side already joined words with a lower-case connector ('Ministry of Roads and Transport')."""
    titles, coordinators, _ = _run_breaks()
    _, designators, honorifics = _name_rules()
    out = []
    for k, (_, _, w) in enumerate(chunk):
        if k == 0:
            continue
        if w in honorifics:
            out.append((k, k))
        elif chunk[k - 1][2].endswith(designators) and strip_possessive(w) in lex.not_subjects:
            out.append((k, k + 1))  # "... Lipper Analytics Inc. That's less than ...": a missed sentence break
        elif k > 1 and w[:1].isupper() and chunk[k - 1][2].endswith(designators) and not w.endswith(designators):
            out.append((k, k))  # "its parent, Orban Group Inc. Orban Insurance said": a name ends at its designator
        elif w in titles and chunk[k - 1][2] not in titles:
            j = k
            while j < len(chunk) and chunk[j][2] in titles:
                j += 1
            i = k  # 'City Manager Ona Reyes': the words that qualify the title are no name before it
            while i > 0 and chunk[i - 1][2] in _title_qualifiers():
                i -= 1
            out.append((i, j))
        elif w in coordinators and k + 1 < len(chunk) and not _of_name(chunk[:k]) and not _one_body(chunk, k) \
                and (k > 1 or k + 2 < len(chunk) or _apart(doc, chunk[k - 1][2]) or _apart(doc, chunk[k + 1][2])):
            out.append((k, k + 1))
    return out


def _one_body(chunk: list[tuple[int, int, str]], k: int) -> bool:
    """'Securities and Exchange Commission': one word, 'and', and a body's name ending in one of body_heads."""
    return k == 1 and strip_possessive(chunk[-1][2]).rstrip(".,") in _body_heads()


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    return frozenset(load_json("claims.json")["names"]["body_heads"])


def _of_name(words: list[tuple[int, int, str]]) -> bool:
    """'Ministry of Roads and Transport': after a lower-case connector, 'and' goes on with the same name."""
    return any(w[:1].islower() for _, _, w in words[1:])


def _apart(doc: DocNames, word: str) -> bool:
    """Whether the text writes a word of an 'X and Y' run on its own elsewhere: somewhere neither inside a
    word nor next to an 'and'. Each place the word is written is tried with two patterns compiled once (a
    pattern per word would be compiled per word, at far more cost than the search)."""
    bare = strip_possessive(word).rstrip(".,")
    text = doc.text
    at = text.find(bare)
    while at >= 0:
        if _ALONE_BEFORE.match(text, at) and _ALONE_AFTER.match(text, at + len(bare)):
            return True
        at = text.find(bare, at + 1)
    return False


# lookbehinds see the text before the position they are matched at
_ALONE_BEFORE = regex.compile(r"(?<![\w])(?<!\band\s)")
_ALONE_AFTER = regex.compile(r"(?!\s+and\b)(?![\w])")


def _bare(word: str) -> str:
    """A capitalised word without its possessive and trailing punctuation."""
    return strip_possessive(word.rstrip(".,;:")).rstrip(".,")


def _bare_word(word: str) -> str:
    """A run's word without its possessive or a trailing comma."""
    return POSSESSIVE.sub("", word) if word.endswith(("'s", "’s")) else word.rstrip(",")


def _listed(word: str, lex: Lexicon, bare: str | None = None) -> bool | None:
    """True for a word listed as never a subject ('The', 'In'), False for a demonym (always one), else None."""
    bare = _bare_word(word) if bare is None else bare
    if bare in lex.demonyms:
        return False
    if word in lex.not_subjects or bare in lex.not_subjects:
        return True
    return None


def _not_a_name(text: str, chunk, sentence_start: int, lex: Lexicon, doc: DocNames) -> bool:
    s, e, word = chunk[0]
    bare = _bare_word(word)
    listed = _listed(word, lex, bare)
    if listed and listed_opener([w for _, _, w in chunk], lex):
        return False
    if listed is not None:
        return listed
    if len(chunk) > 1 and _metric_acronym_phrase(chunk, lex):
        return True  # "Mobile ARPU slipped", "Core EPS came in at": a qualified metric's acronym, no name
    opening = not text[sentence_start:s].strip(" \t\n\"'“‘(-—")  # '"Over the next ...' opens one too
    if opening and len(chunk) > 2 and chunk[1][2] == "for" and bare not in _for_heads() \
            and bare.lower() in common_words():
        return True  # "Orders for Pellion's bond topped $6 billion": a common word before 'for' and a name
    if len(chunk) > 1 or not opening:
        return False  # a multi-word name, or a capital inside the sentence
    # a single capitalised word opening the sentence: a name only if the text capitalises it elsewhere
    # too, or it looks like one ('TikTok', '36Kr', 'IDC')
    if bare in doc.mid_caps or _NAME_SHAPE.search(bare):
        return False
    if text.startswith(",", e) and (_SENTENCE_ADVERB.search(bare) or bare.lower() in common_words()):
        return True  # "Actually, about two years ago ...", "Nationwide, flu deaths ...": a word opening the sentence
    if text.startswith(":", e) and any(h.category == "metric" and h.start == s for h in lex.phrases.find(text, s, e)):
        return True  # "- Orders: 610 million", "Headcount: 5,200 employees": a bullet's metric ('Dollar: 141.65 yen'
        # quotes the dollar)
    if bare.lower() in doc.lower_words:
        return True
    after = _LOWER_NEXT.match(text, e, e + 30)
    possessive = word.endswith(("'s", "’s"))  # "Apple's revenue": a name that owns what follows
    if (after or _DIGIT_NEXT.match(text, e, e + 30)) and not possessive and bare.lower() in common_words():
        return True  # "Real wages rose", "Deal count fell", "Gold rose", "Loans 60 days past due": a common word
        # capitalised to open the sentence
    if after and any(h.category == "metric" and h.start == s for h in lex.phrases.find(text, s, after.end())):
        return True  # "Capex will rise": a metric's words (a verb such as "Coast earned" leaves the name alone)
    if after and _adjective_opener(bare, after.group(1)):
        return True  # "Speculative investors pushed up ...": an adjective, not a name
    # "Devices priced below ...": a plural common noun ("Corsys posted" is none); "Noting that ...": a participle;
    # "Wellers's staff" is neither (a plural's possessive is "Devices'")
    # "Unveiled last April, the chip ...": a participle in -ed too
    plural = bare.endswith("ing") or (bare.endswith("s") and not _NOT_PLURAL.search(bare)) \
        or (bare.endswith("ed") and len(bare) > 4)
    return bool(plural and after and not word.endswith(("'s", "’s")))


def _metric_acronym_phrase(chunk, lex: Lexicon) -> bool:
    """Common words before an acronym never a subject ('Broadband ARPU', 'Group EBITDA'): a metric's name."""
    last = _bare_word(chunk[-1][2])
    return last.isupper() and len(last) > 1 and last in lex.not_subjects \
        and all(_bare_word(w).lower() in common_words() for _, _, w in chunk[:-1])


@lru_cache(maxsize=1)
def _for_heads() -> frozenset[str]:
    """The heads of names that go on with 'for' ('Office for National Statistics'; claims.json sources.for_heads)."""
    return frozenset(load_json("claims.json")["sources"]["for_heads"])


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """patterns/en/common_words.json: English words in lower case (SCOWL's, and a few newer ones of ours), read
    when a sentence opener asks."""
    data = load_json("common_words.json")
    return frozenset(data["words"]) | frozenset(data["extra_words"])


@lru_cache(maxsize=1)
def _adjective_openers() -> tuple[regex.Pattern, frozenset[str]]:
    raw = load_json("claims.json")["names"]["adjective_openers"]
    return regex.compile(raw["suffix"]), frozenset(raw["actors"])


def _adjective_opener(word: str, following: str) -> bool:
    """An adjective-shaped word before a plural noun of market actors ('Institutional investors')."""
    suffix, actors = _adjective_openers()
    return following in actors and suffix.search(word) is not None


def _classify(text: str, start: int, end: int, lex: Lexicon) -> Name | None:
    raw = text[start:end]
    name = strip_possessive(raw)
    if name.endswith(".") and not _INITIALISM.search(name) and not name.endswith(_name_rules()[1]) \
            and not (name.isupper() and name.title().endswith(_name_rules()[1])):  # 'BLOCKBUSTER ENTERTAINMENT CORP.'
        name = name[:-1]
    if name in lex.demonyms:
        return _group(text, start, start + len(name), name, lex)
    if not name or name in lex.not_subjects:
        return None
    end = start + len(name)
    if name in lex.outlet_names:
        return Name(start, end, name, "outlet")
    if name in lex.places:
        return Name(start, end, lex.place_alias.get(name, name), "place")
    return Name(start, end, name, "org")


def _group(text: str, start: int, end: int, name: str, lex: Lexicon) -> Name:
    """'Indonesian startups' is a subject; 'Chinese' alone only says where."""
    m = _PLURAL_NEXT.match(text, end, end + 30)
    place = lex.demonyms[name]
    if m:
        return Name(start, m.end(), f"{name} {m.group(1)}", "group", place)
    return Name(start, end, place, "place")
