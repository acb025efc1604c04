"""The strengths a cue asserts with (STRONG, WEAK), the marker values that decide a fact only through
context (a bare "control group", "blinded", a stated way of allocating), and `Hit`, what one cue means in one
study. The cue tables and the fact rules of appraisal/extract all use them, so they sit below everything else."""
from __future__ import annotations

from dataclasses import dataclass


STRONG, WEAK = 2, 1

# Marker values that are not facts themselves but decide facts through context.
GENERIC_CONTROL = "generic-control"   # "control group": concurrent control of unknown kind
GENERIC_BLIND = "generic-blind"       # "blinded": who was blinded decides single/double
NOT_PLACEBO = "not-placebo"
MIXED_CONTROL = "mixed-control"       # "mixed comparators": a review's included studies differ
ALLOCATED = "allocated"               # a stated way of allocating ("by lot"): negated, a non-randomised trial


@dataclass(slots=True)
class Hit:
    fact: str
    value: object
    strength: int
    rank: int
    segment: str
    pos: int          # offset in the document, for "earliest mention" ties
    sentence: int     # sentence index in the document
    negated: bool     # value came from a negation ("not blinded" -> open)
    cue: str          # the matched words
    about_others: bool = False  # "the negative randomized trials of drug Y": decides nothing, noted
