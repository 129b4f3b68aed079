"""Evaluation on the shared data sets: `python -m newsgraph.evaluation` (make eval)."""
