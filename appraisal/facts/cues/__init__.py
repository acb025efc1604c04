"""The words that decide the categorical facts, and how context changes what they mean.

Each cue names the facts it asserts. A cue's meaning depends on its clause: "No randomized control
group" negates both "randomized" and "control group"; "larger randomized trials are needed" talks
about other (future) studies and decides nothing.

Speed: the cue patterns are split into alternatives grouped by their first letters; a group's regex
runs only when some word of the study starts with those letters, and each regex starts with a
literal, which Python's engine finds fast; a group also stays idle when the study lacks a word its
patterns cannot match without (prefilter.gate, read off the patterns themselves). Context words
are found in the same pass, and the precise context patterns run only next to a cue.
"""
from __future__ import annotations

# The package, in import order (each module imports only the ones above it; tests/test_cues_layout.py):
#   markers         strengths, marker values, Hit
#   blockers, reviews, allocation, blinding, control, observational
#                   the study cue table in contiguous pieces, joined again in this order by study
#   timing, species, heterogeneity, context_words
#                   the other cue tables
#   study           the joined study cue table
#   grouping        alternatives grouped by first letters, gated: GROUPS, matches
#   abbreviations   registry abbreviations, found with str.find
#   context         negation / other-study / hypothetical patterns, NEGATE
#   scanning        scan()
from appraisal.facts.prefilter import gate, opens

from .abbreviations import abbreviation_matches
from .context import NEGATE
from .grouping import CONTEXT_TABLE, GROUPS, SPECIES_TABLE, matches
from .markers import ALLOCATED, GENERIC_BLIND, GENERIC_CONTROL, MIXED_CONTROL, NOT_PLACEBO, STRONG, WEAK, Hit
from .scanning import scan

__all__ = ["ALLOCATED", "CONTEXT_TABLE", "GENERIC_BLIND", "GENERIC_CONTROL", "GROUPS", "MIXED_CONTROL", "NEGATE",
           "NOT_PLACEBO", "SPECIES_TABLE", "STRONG", "WEAK", "Hit", "abbreviation_matches", "gate", "matches", "opens",
           "scan"]
