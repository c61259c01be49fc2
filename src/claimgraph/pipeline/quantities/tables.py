"""The finder's shared, read-only vocabulary tables, built once from patterns/<lang>/vocab.json.

One QuantityTables serves every Doc the finder sees: nothing in it changes after it is built, so it is safe
to share between calls running at the same time.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from spacy.strings import StringStore

from claimgraph.resources import load_json
from claimgraph.resources.period_patterns import period_vocab
from claimgraph.resources.rules import vocab_lists
from claimgraph.resources.vocab import phrase_tables, vocab


class Phrases(dict[tuple[int, ...], Any]):
    """A phrase table keyed by the hashes of its lowercased words, with the words its phrases start and end
    with: a lookup at a token whose word starts (or ends) no phrase is over without building a key."""

    def __init__(self, table: dict[tuple[int, ...], Any]):
        super().__init__(table)
        self.firsts = frozenset(key[0] for key in table if key)
        self.lasts = frozenset(key[-1] for key in table if key)


class QuantityTables:
    def __init__(self, strings: StringStore):
        v = vocab()
        self.v: dict[str, Any] = v
        # the phrase tables keyed by the hashes of their lowercased words, which doc.to_array("LOWER") gives
        # for a whole doc at once: looking a phrase up then builds no Token objects
        self.htables: dict[str, Phrases] = {
            name: Phrases({tuple(strings.add(w) for w in key): val for key, val in table.items()})
            for name, table in phrase_tables().items()}
        self.scale_attached = set(v["scale_attached"])
        self.stop = set(vocab_lists()["count_stopwords"])  # the same list the patterns' NOT_IN uses
        self.months = set(v["month_names"])
        self.time_suffixes = set(v["time_suffixes"])
        self.allowed_before_number = set(v["name_number_allowed_before"])
        self.change_up = set(v["change_up"])
        self.moved_nouns = frozenset(v["moved_nouns"])
        self.change_down = set(v["change_down"])
        self.moves = frozenset(self.change_up | self.change_down)  # every verb of change, either way
        self.from_to_movers = frozenset(v["from_to_movers"]) | self.moves  # "went from 38,000 to 410,000"
        self.range_words = frozenset(v["from_to_spans"])  # "ranging from 5% to 10%": a span, no move
        self.change_glue = set(v["change_glue"])
        self.change_blockers = set(v["change_blockers"])
        self.duration_units: dict[str, str] = v["duration_units"]
        self.per_before: dict[str, str] = v["per_before"]
        self.per_before_words = frozenset(strings.add(w) for w in self.per_before)  # as LOWER hashes
        self.per_blockers = set(v["per_blockers"])
        self.ordinal_suffixes = set(v["ordinal_suffixes"])
        self.glued_not_number = self.ordinal_suffixes | set(v["decade_suffixes"])  # "22nd", "the 1990s"
        self.range_seps = set(v["range_separators"])
        self.max_noun = int(v["count_noun_max_tokens"])
        self.people_plural = frozenset(v["people_count_nouns"]["plural"])
        self.people_invariant = frozenset(v["people_count_nouns"]["invariant"])
        # 'monthly active users climbed to 212mn' (qualifiers._count_named_before, read for every bare number)
        named = v["count_named_before"]
        self.named_before = {k: frozenset(named[k]) for k in ("verbs", "nouns", "between", "before_verb",
                                                               "not_modifiers", "period_words")}
        self.named_before_as: dict[str, str] = named["as_noun"]
        self.up_hash = strings.add("up")
        self.up_by = set(v["change_up_transitive"]) | self.change_up
        self.transitive = frozenset(v["change_up_transitive"]) | frozenset(v["change_down_transitive"])
        self.down_by = set(v["change_down_transitive"]) | self.change_down
        self.change_verbs = frozenset(self.up_by | self.down_by)  # every verb of change, transitive ones too
        self.noun_up = set(v["change_nouns_up"])
        self.change_basis = frozenset(v["change_basis"]["words"])
        self.noun_down = set(v["change_nouns_down"])
        self.noun_level = frozenset(v["change_nouns_level"]["words"])
        self.off_after = frozenset(v["off_after"]["words"])
        self.points_after = frozenset(v["points_after_change"]["units"])
        self.ellipsis_cues = set(v["ellipsis_cues"])
        self.ellipsis_compared = frozenset(v["ellipsis_compared"])
        self.signed_level_before = frozenset(v["signed_level_before"]["words"])  # "at -0.5%": a level
        self.ellipsis_breaks = frozenset(v["ellipsis_clause_breaks"]["words"])  # ", while ...": a clause of its own
        self.up_not_change = set(v["not_a_change_before_up"])
        self.negative_words = set(v["negative_words"])
        self.code_words = set(v["code_words"])
        self.superlatives = frozenset(v["one_of_superlatives"]["words"])  # "one of the most ...": no count
        self.code_words_before_counts = frozenset(v["code_words_before_counts"]["words"])  # "tier 1 ratio"
        self.set_phrases = frozenset(tuple(p.replace("-", " - ").split()) for p in v["set_phrases"]["phrases"])
        self.score_words = set(v["score_words"])
        self.currency_prefix: dict[str, str] = v["currency_prefix"]
        self.currency_as_written = frozenset(v["currency_prefix_case_sensitive"])
        compared = v["compared_after"]  # '33 cents, or 9.4%, below the $3.50': a difference, down or up
        self.compared_after = re.compile(
            r"(?:,\s+or\s+(?:(?:about|around|roughly|nearly|some|almost)\s+)?[\d.,]+\s*(?:%|per\s*cent|percent),)?\s+("
            + "|".join(w.replace(" ", r"\s+") for w in compared["down"] + compared["up"])
            + r")\s+(?:the|a|an|its|their|last|that|this|in|on|at|[$£€¥]|\d)", re.IGNORECASE)
        self.compared_down = frozenset(w.split()[0] for w in compared["down"])
        self.compared_first = frozenset(w.split()[0] for w in compared["down"] + compared["up"]) | {","}
        self.marks_also_words = frozenset(v["currency_marks_also_words"])  # "A $2 million": the article
        self.currency_suffix: dict[str, str] = v["currency_suffix"]
        self.currency_subunit: dict[str, str] = v["currency_subunit"]
        self.subunit_currency: dict[str, list[Any]] = {k: u for k, u in v["subunit_currency"].items() if k != "_doc"}
        self.multipliers: dict[str, str] = v["number_multipliers"]
        self.scale: dict[str, str] = v["scale"]
        self.vague_plurals: dict[str, list[str]] = v["vague_plurals"]
        self.ordinal_values: dict[str, str] = v["ordinal_values"]
        self.and_joins = set(v["number_and_joins"])
        self.scale_letters_need_glue = set(v["scale_letters_need_glue"])
        self.local_dollars = set(v["local_dollars"])  # what a bare "$" may be when the text names it
        self.level_move_words = frozenset(v["level_move_words"])  # "16369.03 up 58.06 points"
        self.level_move_gap = self.level_move_words | {",", "("}
        self.index_cues = {strings.add(w) for w in v["index_cues"]}  # "The Nasdaq Composite tumbled 5.39"
        self.quote_stock_words = frozenset(v["share_quote_words"]["stock"])  # "Orrin shares fell 1 1/4"
        self.quote_index_words = frozenset(v["share_quote_words"]["index"])  # "The Calloway index fell 12 to 450"
        self.currency_by_place: dict[str, dict[str, list[str]]] = {
            k: u for k, u in v["currency_by_place"].items() if k != "_doc"}  # "francs" in a French story: FRF
        self.fils_by_place: dict[str, list[str]] = {k: u for k, u in v["fils_by_place"].items() if k != "_doc"}
        self.cents_by_place: dict[str, list[str]] = {
            k: u for k, u in v["cents_by_place"].items() if k != "_doc"}  # "420 cents" in a Johannesburg story: ZAR
        places = {k: u for k, u in v["dollar_places"].items() if not k.startswith("_") and k != "min_mentions"}
        self.dollar_places = {cur: {strings.add(w) for w in ws} for cur, ws in places.items()}  # "$" by place
        self.dollar_place_min = int(v["dollar_places"]["min_mentions"])
        self.commodity_units: dict[str, tuple[str, Decimal, str | None]] = {
            k: (spec[0], Decimal(spec[1]), spec[2])
            for k, spec in v["commodity_units"].items() if not k.startswith("_")}
        self.letters_scaled = frozenset(v["letter_currencies"]["_scaled"])
        self.letter_currencies = {letter: (spec["unit"], frozenset(strings.add(w) for w in spec["places"]))
                                  for letter, spec in v["letter_currencies"].items() if not letter.startswith("_")}
        self.letter_also = {letter: (spec["unit"], frozenset(strings.add(w) for w in spec["places"]))
                            for letter, spec in v["letter_currencies"]["_also"].items()}
        self.sign_places = {sign: {cur: {strings.add(w) for w in ws} for cur, ws in by.items()}
                            for sign, by in v["sign_places"].items() if not sign.startswith("_")}
        self.word_places = {word: {cur: {strings.add(w) for w in ws} for cur, ws in by.items()}
                            for word, by in v["word_places"].items() if not word.startswith("_")}
        self.singular_count_adjectives = frozenset(v["singular_count_adjectives"]["words"])
        self.dimension_adjectives = set(v["dimension_adjectives"])  # "1.8m tall": metres, not millions
        self.money_after_pounds_of = frozenset(v["money_after_pounds_of"])
        self.count_moves = {k: frozenset(w) for k, w in v["count_moves"].items() if k in ("up", "down", "between")}
        self.count_move_nouns = frozenset(v["count_moves"]["nouns"])
        self.count_move_levels = {k: frozenset(w) for k, w in v["count_moves"]["levels"].items() if k != "_doc"}
        self.weight_cues = set(v["weight_cues"])  # "it weighs 2,204.62 pounds": pounds of weight, not sterling
        self.scale_letters_need_currency = set(v["scale_letters_need_currency"])  # "$2.174T", not "5t" (tonnes)
        self.multiple_suffixes = set(v["multiple_suffixes"])
        self.times_event_verbs = frozenset(v["times_event_verbs"])
        self.times_multiple_after = frozenset(v["times_multiple_after"])
        self.half_period_before = set(v["half_period_before"])
        self.age_after = set(v["age_after"])
        bracket = v["age_bracket"]
        self.age_bracket: dict[str, frozenset[str]] = {k: frozenset(x) for k, x in bracket.items()
                                                       if isinstance(x, list)}
        self.max_age = int(bracket["max_age"])
        self.unit_letters_alone = set(v["unit_letters_alone_case_sensitive"])
        self.rate_links = set(v["rate_links"])
        self.rate_time_units = set(v["rate_time_units"])
        self.not_noun_endings = tuple(v["not_noun_endings"])
        self.restatement_same_move = set(v["restatement_same_move"])
        self.restated_basis = tuple(v["restated_basis"])
        self.restatement_opens = set(v["restatement_opens"])
        self.restatement_continues = set(v["restatement_continues"])
        self.one_another = set(v["one_another"])
        self.one_modals = frozenset(v["one_pronoun_after"]["modals"])
        self.one_idioms = frozenset(tuple(pair) for pair in v["one_pronoun_after"]["idioms"])
        self.ordinal_after = frozenset(v["ordinal_after_fraction"]["words"])
        self.ordinal_denominators = frozenset(v["ordinal_after_fraction"]["denominators"])
        self.one_pronoun_before = set(v["one_pronoun_before"])
        self.year_determiners = frozenset(v["year_determiners"]["words"])
        self.year_reported_nouns = frozenset(period_vocab()["YEAR_REPORTED_NOUNS"])  # '1990 sales': a year
        self.count_of_determiners = frozenset(v["count_of_determiners"]["words"])
        self.count_of_hedges = frozenset(v["count_of_determiners"]["before_number"])
        self.invariant_count_nouns = set(v["count_invariant_nouns"])
        self.index_nouns = set(v["index_nouns"])
        self.verb_forms = set(v["count_verb_forms"])
        self.index_point_nouns = frozenset(v["index_point_nouns"]["words"])  # "PMI rose 1.3 points"
        self.over_during = frozenset(v["over_during"]["words"])  # "$5bn over three years": during
        self.over_span_nouns = frozenset(v["over_span_nouns"]["words"])  # "310,000 tickets over five nights": across
        self.over_particle = frozenset(v["over_particle_verbs"]["words"])  # 'handed over 31 jets': no comparator
        self.percent_only_verbs = frozenset(v["change_verbs_percent_only"]["words"])  # 'depreciated $40m of kit'
        self.pound_weight_nouns = frozenset(v["pound_weight_nouns"])  # 'a 2.3 million pound recall': weight
        self.quote_verbs = frozenset(v["quote_verbs"]) | self.moves  # 'The yen weakened to 158.42 per dollar'
        self.rate_points_before = frozenset(v["points_of_a_rate"]["before"])  # 'by 0.85 points' beside a rate
        self.rate_points_after = frozenset(v["points_of_a_rate"]["after"])  # '8 points below'
        self.game_words = frozenset(v["game_words"])  # 'led by 12 points at halftime': a game's points
        self.attributive_plurals = frozenset(v["attributive_plurals"])  # "40 news outlets": the head comes after
        ages = v["age_with_name"]
        self.age_span = (int(ages["span"][0]), int(ages["span"][1]))
        self.age_closers = set(ages["closers"])
        names = load_json("claims.json")["names"]  # the people and company names the claims read, too
        self.honorifics = frozenset(names["honorifics"])
        self.designators = frozenset(names["keep_final_dot"])
        self.old_year_cues = set(v["old_year_cues"])
