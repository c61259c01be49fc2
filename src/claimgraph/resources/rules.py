"""Pattern rules as data: patterns/*.jsonl, one rule a line, validated by a strict pydantic model.

A line is SpanRuler-compatible ({"id", "label", "pattern"}) plus our own "production" (the resolver that
finishes a match, Duckling-style), "examples" and "counter_examples".
Inside a token pattern, an "IN"/"NOT_IN" list may be given as "@name": it expands to a vocabulary from
patterns/vocab.json or patterns/units.json, so vocabularies live in one place and patterns stay few.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from claimgraph.resources import load_json, patterns_dir
from claimgraph.resources.period_patterns import compile_rule
from claimgraph.resources.vocab import vocab

Label = Literal["MONEY", "PERCENT", "FRACTION", "MULTIPLE", "RANK", "DURATION", "PHYSICAL", "COUNT", "NUMBER"]


class PatternError(ValueError):
    """A pattern file is malformed; the message names the file, the line and what is wrong."""


# The resolvers a quantity rule can name: the keys of claimgraph.pipeline.quantities.PRODUCTIONS (a test
# checks that the two agree; the list is repeated here so validating patterns needs no spaCy).
Production = Literal["money", "percent", "percent_digits", "percent_hyphenated", "percent_of_a_point",
                     "percent_point_fraction", "percent_point_fraction_rate",
                     "fraction_word", "fraction_half", "fraction_one_in",
                     "multiple_word", "multiple_fold", "multiple_number", "multiple_factor", "multiple_for_ratio",
                     "rank_prefixed",
                     "rank_ordinal", "duration", "physical", "count", "count_vague", "count_one_of", "number",
                     "number_words"]
# A rule that names no production gets its label's usual one.
LABEL_PRODUCTION: dict[str, str] = {"MONEY": "money", "PERCENT": "percent", "FRACTION": "fraction_word",
                                    "MULTIPLE": "multiple_number", "RANK": "rank_prefixed", "DURATION": "duration",
                                    "PHYSICAL": "physical", "COUNT": "count", "NUMBER": "number"}


class PatternRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z]+\.[a-z0-9_]+$")
    label: Label
    production: Production = Field(description="The resolver that finishes a match of this rule.")
    pattern: list[dict[str, Any]] = Field(min_length=1)
    examples: list[str] = Field(min_length=1)
    counter_examples: list[str] = Field(default_factory=list)

    @field_validator("pattern")
    @classmethod
    def _token_specs(cls, value: list[dict[str, Any]]) -> list[dict[str, Any]]:
        allowed = {"ORTH", "LOWER", "TEXT", "LIKE_NUM", "IS_ALPHA", "IS_LOWER", "IS_TITLE", "IS_UPPER",
                   "IS_DIGIT", "IS_PUNCT", "SHAPE", "NORM", "OP", "LENGTH"}
        for spec in value:
            unknown = set(spec) - allowed
            if unknown:
                raise ValueError(f"unknown token attribute(s) {sorted(unknown)}")
        return value

    @model_validator(mode="before")
    @classmethod
    def _label_production(cls, data: Any) -> Any:
        label = data.get("label") if isinstance(data, dict) else None
        if isinstance(label, str) and label in LABEL_PRODUCTION and "production" not in data:
            return {**data, "production": LABEL_PRODUCTION[label]}
        return data


PeriodForm = Literal["date", "month", "year", "year_range", "decade", "quarter", "half", "fiscal", "month_range",
                     "relative", "ago", "to_date", "past", "first", "part", "deadline"]


class PeriodRule(BaseModel):
    """A period rule: a regular expression (the `regex` module's syntax) whose named groups feed the resolver
    for its `form`. {NAME} expands from patterns/periods.json: a vocabulary or one of its FRAGMENTS."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^period\.[a-z0-9_]+$")
    form: PeriodForm
    regex: str = Field(min_length=1)
    requires: list[str] = Field(
        default_factory=list,
        description="Strings of which the text must contain one before the regex runs (a cheap gate): "
        "matched case-insensitively, except those written with a capital ('May' the month, not 'may').",
    )
    examples: list[str] = Field(min_length=1)
    counter_examples: list[str] = Field(default_factory=list)


def _units() -> dict[str, Any]:
    return load_json("units.json")


@lru_cache(maxsize=1)
def vocab_lists() -> dict[str, list[str]]:
    """The named lists that "@name" refers to."""
    v = vocab()
    units = _units()
    suffix_keys = [k.split() for k in v["currency_suffix"]]
    percent_keys = [k.split() for k in v["percent"]]
    return {
        "currency_prefix": sorted(v["currency_prefix"]),
        "currency_words": sorted({k[-1] for k in suffix_keys}),
        "currency_qualifiers": sorted({w for k in suffix_keys for w in k[:-1]} | {"us", "u.s.", "hk", "nz", "au"}),
        "subunits": sorted(k for k in v["currency_subunit"] if k != "p") + ["p"],
        "scale_attached": sorted(v["scale_attached"]),
        "percent_first": sorted({k[0] for k in percent_keys}),
        "percent_second": sorted({k[1] for k in percent_keys if len(k) > 1}),
        "fraction_numerators": sorted(v["fraction_numerators"]),
        "fraction_denominators": sorted(v["fraction_denominators"]),
        "fold_single": sorted(v["fold_single"]),
        "multiples": sorted(v["multiples"]),
        "duration_units": sorted(v["duration_units"]),
        "unit_symbols": sorted(units["symbols"]),
        "unit_words": sorted(units["words"]),
        "count_stopwords": sorted(set(v["count_stopwords"]) | set(v["month_names"]) | set(v["time_suffixes"])
                                  | set(v["comparatives"])),
        "vague_plurals": sorted(v["vague_plurals"]),
        "of_determiners": sorted(v["of_determiners"]),
        "rank_verbs": sorted(v["rank_verbs"]),
        "ordinal_words": sorted(v["ordinal_values"]),
        "digit_counts": sorted(k for k in v["digit_counts"] if k != "_doc"),
        "multiplier_words": sorted(k for k in v["number_multipliers"] if k.isalpha()),
        "digit_words": sorted(v["digit_words"]),
    }


def _expand(obj: Any, where: str) -> Any:
    if isinstance(obj, dict):
        return {k: _expand(val, where) for k, val in obj.items()}
    if isinstance(obj, list):
        return [_expand(x, where) for x in obj]
    if isinstance(obj, str) and obj.startswith("@") and len(obj) > 1:
        lists = vocab_lists()
        name = obj[1:]
        if name not in lists:
            raise PatternError(f"{where}: unknown vocabulary {obj!r} (known: {', '.join(sorted(lists))})")
        return lists[name]
    return obj


def load_rules(path: str | Path | Traversable, model: type[BaseModel] = PatternRule) -> list[Any]:
    """Read and validate one JSONL rule file (token patterns by default); @name references are expanded."""
    path = Path(path) if isinstance(path, str) else path
    name = getattr(path, "name", str(path))
    rules: list[PatternRule | PeriodRule] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            raise PatternError(f"{where}: not valid JSON ({err.msg})") from None
        try:
            rule = cast(PatternRule | PeriodRule, model.model_validate(data))
        except ValidationError as err:
            first = err.errors()[0]
            loc = ".".join(str(p) for p in first["loc"]) or "line"
            raise PatternError(f"{where}: {loc}: {first['msg']}") from None
        if rule.id in seen:
            raise PatternError(f"{where}: duplicate id {rule.id!r}")
        seen.add(rule.id)
        if isinstance(rule, PatternRule):
            rule = rule.model_copy(update={"pattern": _expand(rule.pattern, where)})
        else:
            _compile_period(rule, where)  # fails here, with file and line, not at first use
        rules.append(rule)
    return rules


def _compile_period(rule: PeriodRule, where: str):
    try:
        return compile_rule(rule)
    except (KeyError, IndexError) as err:
        raise PatternError(f"{where}: regex: unknown placeholder {err}") from None
    except Exception as err:  # regex.error
        raise PatternError(f"{where}: regex: {err}") from None


PERIOD_FILE = "periods.jsonl"


@lru_cache(maxsize=1)
def shipped_rules() -> tuple[PatternRule, ...]:
    """The token-pattern rules for quantities: every patterns/*.jsonl except the period rules."""
    rules: list[PatternRule] = []
    for entry in sorted(patterns_dir().iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".jsonl") and entry.name != PERIOD_FILE:
            rules.extend(load_rules(entry))
    return tuple(rules)


@lru_cache(maxsize=1)
def shipped_period_rules() -> tuple[PeriodRule, ...]:
    return tuple(load_rules(patterns_dir().joinpath(PERIOD_FILE), PeriodRule))
