"""The learned reader: a small linear model that reads design and control from a Study's words, used
by appraisal.extract as a fallback for, and a confident override of, the rules (see policy.py).

Runtime needs numpy only; the model is appraisal/learned/reader.json, written by
scripts/train_reader.py (scikit-learn, dev-only) from the labelled development sets.
"""
from __future__ import annotations

from .policy import Decision, decide, enabled
from .reader import LearnedReader, Reading

__all__ = ["Decision", "LearnedReader", "Reading", "decide", "enabled"]
