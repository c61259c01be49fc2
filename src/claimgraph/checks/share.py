"""share: a fraction of a figure derives a figure ('about one-fifth of USD 12-13 billion' -> USD 2.4-2.6
billion; 'a third of its $9.2bn revenue' -> $3.07bn); where the article states that figure too ('..., or
USD 2.5 billion', 'where sales reached $3.05bn'), the two must agree."""

from __future__ import annotations

from claimgraph.checks.base import Context, Finding, fmt_iv, judge
from claimgraph.checks.proportion import as_fraction, find, word_fraction
from claimgraph.checks.registry import register


@register("share", figures=2)  # a part and its whole
def share(ctx: Context) -> list[Finding]:
    out = []
    for r, part, whole in find(ctx):
        if not word_fraction(r):
            continue
        expected = ctx.interval(whole).times(as_fraction(ctx, r))
        stated_iv = ctx.interval(part)

        def describe(verdict: str, r=r, whole=whole, part=part, expected=expected, stated_iv=stated_iv) -> str:
            return (f"{r.text} of {whole.text} = {fmt_iv(expected, whole.unit)}; stated {part.text} means "
                    f"{fmt_iv(stated_iv, whole.unit)} → {verdict}")

        out.append(judge([r.id, whole.id], part, stated_iv, expected, describe))
    return out
