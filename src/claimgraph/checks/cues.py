"""Words around figures that say how they relate ("to", "from", "of", ", or"), read once here."""

from __future__ import annotations

import re

NEW_BEFORE = re.compile(r"(?:\bto|\bat|\breaching|\breached|\bhitting)\s+(?:(?:about|around|nearly|almost|roughly|some|just|a\s+record|an\s+estimated)\s+)?$", re.I)
OLD_BEFORE = re.compile(r"(?:\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bthan|\bagainst)\s+(?:(?:about|around|nearly|almost|roughly|some|just|an\s+estimated|the|a)\s+)*$", re.I)
OF_AFTER = re.compile(r"\s+of\s+(?:(?:its|the|their|his|her|this|that|all|a|an|total|[\w'’-]+['’]s)\s+)*(?:[a-z][\w-]*\s+){0,3}$", re.I)
RESTATE = re.compile(r"^\s*(?:,\s*or|\(|—|–|-|,\s*(?:worth|equal\s+to|equivalent\s+to|amounting\s+to|about|roughly|some|around))\s*(?:about|around|roughly|some|nearly|almost|an\s+estimated)?\s*$", re.I)
CURRENCY_PAIR = re.compile(r"^\s*(?:\(|,\s*or|,\s*(?:about|roughly|around|some|equivalent\s+to|worth))\s*(?:about|around|roughly|some|nearly|almost)?\s*$", re.I)
TOTAL_BEFORE = re.compile(r"(?:\btotal(?:ling|ing|led|ed)?\s+(?:of\s+)?|\bbr(?:ought|ings|inging)\s+(?:[\w-]+\s+){0,4}?to\s+|\bcombined\s+|\bin\s+all\s+|\baltogether\s+|^\s*of\s+the\s+|\bof\s+the\s+|\bup\s+to\s+a\s+total\s+of\s+)(?:(?:about|around|nearly|roughly|some|a\s+record)\s+)?$", re.I)
DURATION_BEFORE = re.compile(r"\b(?:in|over|within|during|after|for)\s+(?:the\s+(?:past|last|first)\s+)?(?:about\s+|nearly\s+|just\s+)?$", re.I)
PER_FACTORS = {("day", "year"): 365, ("day", "month"): 30, ("week", "year"): 52, ("month", "year"): 12,
               ("quarter", "year"): 4, ("day", "week"): 7, ("week", "month"): 4}
