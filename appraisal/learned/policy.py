"""When the learned reader decides a fact instead of the rules, and what the reviewer is told.

The policy measured in bench/spike_learned.py and recorded in reader.json (design and control only):
- fallback: the rules found no cue (unknown) -> the model's class when it is at least `fallback_at`
  likely (0.5: more likely than not), unless it reads "unknown" too;
- override: the model's top probability is at least `override_at` and it disagrees with the rules.
The model never makes a known fact unknown (a fact without a quote stays unknown, and one with a quote
is the rules' to withdraw), and it decides only with a quote: its evidence sentence from Study.text.
Every decision carries a plain note for `Facts.conflicts`; none is silent.

Switch: extract_facts(study, learned=False), or the environment variable APPRAISAL_LEARNED=0.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from appraisal.models import Facts, Study
from .reader import LearnedReader


@dataclass(frozen=True)
class Decision:
    """The model's value for one fact, with its quote and the note for the reviewer."""

    fact: str
    value: str
    probability: float
    quote: str
    note: str
    overrides: str | None  # the rules' value it replaces (None: the rules found no cue)


def enabled() -> bool:
    """The learned reader is on unless APPRAISAL_LEARNED is 0 / false / off / no."""
    return os.environ.get("APPRAISAL_LEARNED", "1").strip().lower() not in ("0", "false", "off", "no")


def extractor() -> str:
    """Which extractor read the facts, for reports beside the rubric: the rules alone, or the rules
    and the learned reader named by its file's sha256 (its first 12 hex digits)."""
    if not enabled():
        return "rules"
    return "rules + learned reader " + LearnedReader.default().version.rsplit(":", 1)[-1][:12]


def decide(facts: Facts, study: Study, reader: LearnedReader | None = None) -> dict[str, Decision]:
    """The facts the model takes over from the rules' `facts`, each with its quote and note."""
    reader = reader or LearnedReader.default()
    policy = reader.policy
    readings = None
    out = {}
    for fact in policy["facts"]:
        rule = facts.value(fact)
        if readings is None:
            readings = reader.read(study)
        r = readings.get(fact)
        if r is None or r.value == "unknown" or r.value == rule:
            continue
        fallback = rule == "unknown" and policy["fallback"] and r.probability >= policy.get("fallback_at", 0.0)
        if not fallback and r.probability < policy["override_at"]:
            continue
        quote = r.evidence
        if not quote:
            continue
        if rule == "unknown":
            said = "the rules found no cue"
        elif facts.evidence[fact] == quote:
            said = f"the rules read {rule} from the same sentence"
        else:
            said = f"the rules read {rule} from '{facts.evidence[fact]}'"
        note = f"learned reader (p = {r.probability:.2f}) reads {r.value} from the quoted sentence '{quote}'; {said}"
        out[fact] = Decision(fact, r.value, r.probability, quote, note, None if rule == "unknown" else rule)
    return out
