"""Which cue hits speak of this study at all: a randomisation said to be unreported, an untreated group
said not to exist, the host trial of a nested study, the parent trial of an extension, and trials in people
named by an animal or cell study. They are set aside before any fact is decided, so they live apart.
"""
from __future__ import annotations

import re

from appraisal.facts.cues import Hit
from appraisal.facts.text import METHODS, SIGNIFICANCE
from .evidence import _PEOPLE

# an extension study and the phase of the trial it extends
_EXTENSION = re.compile(r"\bextension\s+(?:study|phase|period|trial)\b|\bopen[- ]label\s+extension\b", re.I)
_PHASE_AFTER = re.compile(r"(?:[\s,]+[\w-]+){0,5}?[\s,]+(?:part|phase|period|stage|portion)\b", re.I)
_PARENT_BEFORE = re.compile(
    r"\b(?:preceding|previous|prior|parent|original|core|initial|earlier|first)\s+(?:[\w-]+[\s,]+){0,3}$", re.I)
# "there was no untreated group", "without a concurrent untreated control": the group is denied
_UNTREATED_GROUP_WORDS = ("untreated", "concurrent", "contemporaneous", "contemporary", "unsupplemented",
                          "non-supplemented", "nonsupplemented")
# "No placebo or untreated comparison group": the denial also covers the second of two kinds joined by "or"
_DENIED_BEFORE = re.compile(r"\b(?:no|not\s+an?|without(?:\s+an?)?|lack\s+of\s+an?|absence\s+of\s+an?)\s+"
                            r"(?:[\w-]+\s+(?:or|nor)\s+)?(?:[\w-]+\s+)?$", re.I)
# the words that say something was not reported (unknown), as opposed to not done
_NOT_REPORTED = r"(?:reported|described|stated|specified|mentioned|documented)"
# "Randomisation of mice not described", "Random allocation and blinding not reported", "Randomisation
# and blinding rarely reported in the included studies": whether allocation was random is unknown
# ("Randomization method not described" is no denial either: the Methods decide)
_UNREPORTED_ALLOCATION = re.compile(
    # "randomisation and blinded histology scoring not described": a second thing, also unreported
    r"(?:\s+(?:and|or|nor)(?:\s+[\w/-]+){1,3}?|(?:\s+[\w/-]+){0,3}?)\s+"
    r"(?:(?:was|were|is|are)\s+)?(?:not\s+" + _NOT_REPORTED + r"|"
    r"(?:rarely|seldom|never|inconsistently)\s+(?:reported|described|stated|mentioned)|unreported|unclear)\b", re.I)
# "Most included studies did not report randomisation or blinded assessment", "without describing
# allocation": the report is silent (unknown), which is no denial of either ("The report does not say whether pups
# were randomised to groups": the same, in plain words)
_UNREPORTING_BEFORE = re.compile(
    r"\b(?:(?:did|do|does)\s+not|didn't|doesn't|failed\s+to|fail\s+to|without)\s+(?:report|describ|stat|mention|specify|document|say)"
    r"(?:e|es|ed|ing)?\s+"
    r"(?:(?:any|the|their|its|on|whether)\s+)?(?:[\w-]+\s+(?:or|and|and/or|nor)\s+)?(?:[\w-]+\s+){0,2}$|"
    # "Animals not described as randomly allocated", "assessment not reported as blinded": the report does
    # not call it so, which is silence, not a denial ("were not randomly allocated" still denies)
    # ("investigators were not stated to be blinded": the same)
    r"\bnot\s+" + _NOT_REPORTED + r"\s+(?:as\s+(?:being\s+|having\s+been\s+)?|to\s+(?:be|have\s+been)\s+)(?:[\w-]+\s+)?$", re.I)
# "nested in a randomized trial", "embedded within the ...": the study a nested study was drawn from
_NESTED_IN = re.compile(r"\b(?:nested|embedded)\s+(?:with)?in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)
# the facts a study's own design decides (not who was studied or how many)
_DESIGN_FACTS = ("design", "randomized", "blinding", "control", "timing")


class OwnStudyRules:
    """Filters on the hits the cue scan found, applied once when the builder starts."""

    def _laboratory_methods(self) -> bool:
        """The Methods speak of animals or cells only ("Experimental study in DBA/2J mice")."""
        kinds = {h.value for h in self.hits_by_fact.get("species", ()) if h.rank == METHODS}
        return bool(kinds) and "human" not in kinds

    def _drop_human_trials_named(self):
        """"This paper prompted human trials: a randomized crossover trial in Australia ..." in an animal
        or cell study's Clinical Significance: the trial in people is another study, not this one's design;
        so are "large randomised, placebo-controlled trials of magnesium in acute stroke" (uncounted trials in
        the plural, already set aside as other studies), with every design word of their sentence."""
        plural = {h.sentence for h in self.about_others if h.rank == SIGNIFICANCE}
        for fact in _DESIGN_FACTS:
            hs = self.hits_by_fact.get(fact)
            if not hs:
                continue
            keep = []
            for h in hs:
                if h.rank == SIGNIFICANCE and (h.sentence in plural or _PEOPLE.search(self.doc.sentence(h.sentence))):
                    self.about_others.append(h)
                else:
                    keep.append(h)
            self.hits_by_fact[fact] = keep

    def _allocation_unreported(self, h: Hit) -> bool:
        """"Randomisation of mice not described": a randomisation word said to be unreported decides
        neither the design nor the allocation."""
        return h.fact in ("randomized", "design") and h.cue[:6].lower() == "random" and (
            bool(_UNREPORTED_ALLOCATION.match(self.doc.text, h.pos + len(h.cue), self.doc.ends[h.sentence]))
            or self._unreporting_before(h))

    def _unreporting_before(self, h: Hit) -> bool:
        """"did not report randomisation": the words just before the cue say the report is silent on it."""
        return bool(_UNREPORTING_BEFORE.search(self.doc.text, max(self.doc.starts[h.sentence], h.pos - 70), h.pos))

    def _host_trial(self, h: Hit) -> bool:
        """"Prospective cohort study nested in a randomized chemotherapy trial": the randomisation is the
        host trial's; the study nested in it did not assign what it compares."""
        return h.fact in ("randomized", "design") and h.cue[:6].lower() == "random" and \
            bool(_NESTED_IN.search(self.doc.text, max(self.doc.starts[h.sentence], h.pos - 40), h.pos))

    def _is_extension(self) -> bool:
        """"Prospective, open-label extension.": the Methods' design sentence names the study an
        extension of a finished trial (and not itself randomised)."""
        for seg, start in zip(self.doc.segments, self.doc.seg_starts):
            if seg.rank == METHODS:
                first = self.doc.sentence(self.doc.sentence_index(start)).lower()
                return bool(_EXTENSION.search(first)) and "randomi" not in first
        return False

    def _parent_phase(self, h: Hit) -> bool:
        """In an extension, "After the 28-week randomized, double-blind, placebo-controlled crossover part
        of TAZPOWER" and "The preceding randomized crossover phase" describe the trial before it."""
        if h.value in (False, "open", "none") or h.negated:
            return False
        text, s_start, s_end = self.doc.text, self.doc.starts[h.sentence], self.doc.ends[h.sentence]
        return bool(_PHASE_AFTER.match(text, h.pos + len(h.cue), s_end)
                    or _PARENT_BEFORE.search(text, max(s_start, h.pos - 60), h.pos))

    def _untreated_denied(self, h: Hit) -> bool:
        """"There was no untreated FH group", "no concurrent control group": an untreated group said not
        to exist is neither a no-treatment control nor a sign of a controlled trial (the cue is read
        without negation because "left untreated" carries its own)."""
        return h.fact in ("control", "design") and h.cue.lower().startswith(_UNTREATED_GROUP_WORDS) and \
            bool(_DENIED_BEFORE.search(self.doc.text, max(self.doc.starts[h.sentence], h.pos - 40), h.pos))
