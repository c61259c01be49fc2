"""From a processed spaCy Doc to the Report: periods resolved, claims, the claim graph and checks."""
