"""The quantities component's finder: pattern matches -> resolved, qualified quantity mentions on the Doc.

Results are plain dicts on doc._.quantities (picklable and msgpack-safe for nlp.pipe with processes) and
spans in doc.spans["claimgraph_quantities"]; see finder.py for the steps of one call.
"""

from claimgraph.pipeline.quantities.finder import QuantityFinder
from claimgraph.pipeline.quantities.mention import SPAN_KEY, Mention, mention_dict, mention_span
from claimgraph.pipeline.quantities.productions import PRODUCTIONS

__all__ = ["PRODUCTIONS", "SPAN_KEY", "Mention", "QuantityFinder", "mention_dict", "mention_span"]
