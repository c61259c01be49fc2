"""Periods: find time expressions in text (rules from patterns/periods.jsonl) and resolve them to ISO dates.

Finding and resolving are separate, as in Duckling: a rule's named groups are a *partial* value (no dates
yet); the Resolver turns it into from/to dates, a grain and flags against a reference date.

    patterns  the rules' regex language ({NAME} placeholders from patterns/periods.json)
    mention   PeriodMention, a found period, and its plain-data form for doc._.periods
    finder    PeriodFinder: text -> PeriodsFound (periods, rules skipped for time)
    resolver  Resolver: PeriodMention + reference date -> Resolved
    dates     calendar arithmetic (whole months, whole units, years as written)
"""

from claimgraph.resolve.periods.dates import months_spanned, shift_months
from claimgraph.resolve.periods.finder import REGEX_TIMEOUT, PeriodFinder, PeriodsFound
from claimgraph.resolve.periods.mention import PeriodMention, period_dict, period_from_dict
from claimgraph.resolve.periods.resolver import GRAINS, PART_DAYS, Resolved, Resolver
from claimgraph.resources.period_patterns import compile_rule, expand, period_vocab

__all__ = [
    "GRAINS", "PART_DAYS", "REGEX_TIMEOUT", "PeriodFinder", "PeriodMention", "PeriodsFound", "Resolved", "Resolver",
    "compile_rule", "expand", "months_spanned", "period_dict", "period_from_dict", "period_vocab", "shift_months",
]
