"""Plain Python resolution: numbers and scale words, physical units, periods to ISO dates, the reference date."""
