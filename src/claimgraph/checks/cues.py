"""Words around figures that say how they relate ("to", "from", "of", ", or"), read once here."""

from __future__ import annotations

import re

NEW_BEFORE = re.compile(r"(?:\bto|\bat|\breaching|\breached|\bhitting)\s+(?:(?:about|around|nearly|almost|roughly|some|just|a\s+record|an\s+estimated)\s+)?$", re.I)
OLD_BEFORE = re.compile(r"(?:\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bthan|\bagainst)\s+(?:(?:about|around|nearly|almost|roughly|some|just|an\s+estimated|the|a)\s+)*$", re.I)
OF_AFTER = re.compile(r"\s+of\s+(?:(?:its|the|their|his|her|this|that|all|a|an|total|[\w'’-]+['’]s)\s+)*(?:[a-z][\w-]*\s+){0,3}$", re.I)
CURRENCY_PAIR = re.compile(r"^\s*(?:\(|,\s*or|,\s*(?:about|roughly|around|some|equivalent\s+to|worth))\s*(?:about|around|roughly|some|nearly|almost)?\s*$", re.I)
TOTAL_BEFORE = re.compile(r"(?:\btotal(?:ling|ing|led|ed)?\s+(?:of\s+)?|\btotal\s+(?:[\w-]+\s+){0,4}?to\s+|"
                          r"\b(?:br(?:ought|ings|inging)|tak(?:ing|es)|took|lift(?:ing|s|ed)?|push(?:ing|es|ed)?)\s+(?:[\w'’-]+\s+){0,6}?to\s+|"
                          r"\bcombined\s+|\bin\s+all\s+|\baltogether\s+|\bup\s+to\s+a\s+total\s+of\s+)"
                          r"(?:(?:about|around|nearly|roughly|some|a\s+record)\s+)?$", re.I)
# "Of Lumo Coffee's 500 stores, 320 ... and the rest, 180": a whole split into parts the sentence completes
WHOLE_OF = re.compile(r"\bof\s+(?:[\w'’.&-]+\s+){0,3}$", re.I)
COMPLETE = re.compile(r"\b(?:the\s+rest|the\s+remaining|the\s+remainder|the\s+others?|the\s+balance|elsewhere|other\s+\w+)\b", re.I)
PARTIAL = re.compile(r"\b(?:including|among\s+them|such\s+as|led\s+by|notably)\b", re.I)
# "$2.4bn package comprises $1.6bn of loans and $0.8bn of grants"; "pledged $7.4bn: $4.2bn from ..."
SPLIT_INTO = re.compile(r"^\s*(?:[\w'’-]+\s+){0,5}?(?:compris(?:es|ed|ing)|consist(?:s|ed|ing)\s+of|made\s+up\s+of|split\s+(?:into|between)|"
                        r"divided\s+(?:into|between)|broken\s+down\s+into)\b|^[^.;]{0,60}:", re.I)
DURATION_BEFORE = re.compile(r"\b(?:in|over|within|during|after|for)\s+(?:the\s+(?:(?:past|last|first)\s+)?)?(?:about\s+|nearly\s+|just\s+)?$", re.I)
PER_FACTORS = {("day", "year"): 365, ("day", "month"): 30, ("week", "year"): 52, ("month", "year"): 12,
               ("quarter", "year"): 4, ("day", "week"): 7, ("week", "month"): 4}
