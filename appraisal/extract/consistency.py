"""The last pass: makes the facts agree with each other once all are read (an RCT is randomised and
prospective, a case series of one is a case report, a review of mixed designs is not randomised evidence)
and records the conflicts it resolves.
"""
from __future__ import annotations

import re

from appraisal.facts.cues import STRONG
from appraisal.facts.cues.reviews import EXCLUDED_DESIGNS
from appraisal.facts.text import BACKGROUND
from .evidence import OBSERVATIONAL, REVIEWS
from .reviews import _MIXED_DESIGNS, _some_studies
from .control import _TWO_COMPARATORS

# "Comparison: untreated men with clinical varicocele.": a review's stated comparator (its PICOS criterion), which every
# included study had, whatever their designs
_COMPARATOR_LABEL = re.compile(r"\s*(?:comparisons?|comparators?|controls?)\s*:", re.I)
_EXCLUDED = re.compile(r"\b(?:" + EXCLUDED_DESIGNS + ")", re.I)
# "controlled trials, randomised or not", "with or without randomisation", "randomised and quasi-randomised
# trials": a review's included trials were not all randomised
_EITHER_ALLOCATION = re.compile(
    r"\brandomi[sz]ed\s+or\s+not\b|\bwith\s+or\s+without\s+randomi[sz]ation\b|\bwhether\s+or\s+not\s+(?:they\s+were\s+)?randomi[sz]ed\b|"
    r"\brandomi[sz]ed\s+(?:or|and|and/or)\s+(?:quasi|non)[- ]?randomi[sz]ed\b|"
    # "Included were original controlled periodontal intervention studies, not all of them randomised": the same, said
    # of the included studies ("not all randomised patients were analysed" counts people)
    r"\bnot\s+all\s+(?:of\s+(?:them|these|those|which)\s+|(?:the\s+)?(?:included\s+)?(?:studies|trials)\s+)?(?:(?:were|was)\s+)?"
    r"randomi[sz]ed\b(?!\s+(?:[\w-]+\s+)?(?:patients|participants|people|subjects|women|men|children|adults|individuals)|"
    r"\s+(?:were|was|had|completed)\b)", re.I)


class ConsistencyRules:
    """Cross-fact corrections, after every fact and the indexing are in."""

    def consistency(self):
        """An RCT is randomized; indexing may have made it one after the text was read. A narrative
        review pools nothing, so the randomization of the trials it mentions is not its own."""
        self._review_allocation()
        mixed = self._mixed_review()
        if mixed:
            # a review of mixed designs: its trials' allocation, comparators and blinding are not one
            # thing, and as a whole it is not randomised evidence
            for fact in ("control", "blinding"):
                if fact == "control" and _COMPARATOR_LABEL.match(self.evidence.get("control") or ""):
                    continue
                self.values.pop(fact, None), self.evidence.pop(fact, None)
            if self.values.get("randomized") is not False:
                self.set("randomized", False, mixed)
        if self.values.get("design") == "narrative-review" and "randomized" in self.values:
            del self.values["randomized"], self.evidence["randomized"]
        self._observational_review()
        if self.values.get("design") in REVIEWS and "control" in self.values and (any(
                r.search(self.evidence["control"]) for r in (_TWO_COMPARATORS, _MIXED_DESIGNS)) or _some_studies(self.evidence["control"])):
            # the indexing made it a review after the text was read: comparators of some included trials
            del self.values["control"], self.evidence["control"]
        if self.values.get("design") in ("meta-analysis", "systematic-review") and self.values.get("randomized") is True \
                and (_MIXED_DESIGNS.search(_EXCLUDED.sub("", self.evidence["randomized"]))
                     or _EITHER_ALLOCATION.search(self.evidence["randomized"])):
            # "53 studies, mostly observational cohorts with a few randomised trials", "controlled trials,
            # randomised or not": the evidence pooled is not randomised as a whole
            self.values["randomized"] = False
        if self.values.get("design") == "rct" and self.values.get("randomized") is not True:
            if self.values.get("randomized") is False:
                self.conflicts.setdefault("randomized", f"text says not randomized ({self.evidence['randomized']}); design is rct")
            self.set("randomized", True, self.evidence["design"])
        if self.values.get("design") == "rct" and "timing" not in self.values:
            self.set("timing", "prospective", self.evidence["design"])
        if "design" not in self.values and self.values.get("n") == 1 and self.values.get("species") in ("human", None):
            # "New England Journal of Medicine/2012/1 participant/N/A", "The report follows one woman", a bedside test on
            # "A patient with a Medtronic ICD": a study of one patient that names no design is a case report (LABELLING:
            # a case series of one patient)
            self.set("design", "case-report", self.evidence["n"])
        if self.values.get("design") == "cohort" and self.values.get("n") == 1 and self.evidence.get("n") == self.header \
                and self.header and not any(h.strength == STRONG and h.rank < BACKGROUND for h in self.hits("design", ("cohort",))):
            # "Open Forum Infectious Diseases/2015/1 participant/36 months" over "Weight and BMI followed for 3 yr": one
            # patient followed up is no cohort, whatever word of following-up made it one (not a cohort named as such)
            self.set("design", "case-report", self.evidence["n"])
        if self.values.get("design") == "case-series" and self.values.get("n") == 1:
            # "Single patient described by the treating team ... One patient; no comparator": a series
            # of one is a case report
            self.set("design", "case-report", self.evidence["design"])
        elif self.values.get("design") == "case-report" and (self.values.get("n") or 0) >= 2:
            # "Two Case Reports", "2 patients": reports of several patients together are a case series
            self.set("design", "case-series", self.evidence["design"])
        if self.values.get("design") in ("case-report", "case-series") and "control" not in self.values:
            # a case report or series has no comparison group (the indexing may have named the design)
            self.set("control", "none", self.evidence["design"])
        if self.values.get("design") == "case-report" and "n" not in self.values:
            self.set("n", 1, self.evidence["design"])  # one patient, unless a count says otherwise
        if self.values.get("design") in OBSERVATIONAL and self.values.get("randomized") is True:
            # "Randomized trials of supplements have not reproduced it": other studies' allocation
            self.conflicts.setdefault("randomized", f"text says randomized ({self.evidence['randomized']}); "
                                                    f"design is {self.values['design']}")
            del self.values["randomized"], self.evidence["randomized"]
        others = [h for h in self.about_others if h.fact == "randomized" and h.value is True and h.rank < BACKGROUND]
        if self.values.get("design") in OBSERVATIONAL and "randomized" not in self.values and others:
            quote = self.quotes.hit(others[0])
            if quote:
                self.conflicts.setdefault("randomized", f"text says randomized ({quote}); design is {self.values['design']}")
        if self.values.get("design") in OBSERVATIONAL and "randomized" not in self.values:
            # observational designs are non-randomized by definition; the design sentence says so
            self.set("randomized", False, self.evidence["design"])
