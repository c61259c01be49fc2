"""Text -> Report (run.py: the one path every caller takes, long texts read in parts) and a processed spaCy
Doc -> Report (build.py: periods resolved, claims, the claim graph and checks)."""
