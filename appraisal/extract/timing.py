"""Timing: prospective or retrospective, from the study's own words, or by nature for a trial in people
that gave its treatment. Read after design, species and control, on which it depends.
"""
from __future__ import annotations

import re

from appraisal.facts.cues import STRONG
from appraisal.facts.text import SIGNIFICANCE
from .evidence import REVIEWS, _choose

# "later", "subsequently": what the authors did after this study
_SEQUEL = re.compile(r"\b(?:later|subsequently|afterwards)\b", re.I)
# "trial", "Controlled study in newborns": the design words of a study that gave its treatment
_TRIAL = re.compile(r"\btrials?\b|\bcontrolled\s+(?:[\w-]+\s+)?stud(?:y|ies)\b", re.I)
# "A Prospective Cross-Sectional Snapshot", "a prospective, population-based cross-sectional study": the timing word
# said of the cross-sectional design itself
_OF_CROSS_SECTION = re.compile(r",?\s+(?:[\w-]+,?\s+){0,2}?cross[- ]sectional\b", re.I)
# "Cross-sectional study at a tertiary hospital, prospectively enrolling adults ...": the design's own sentence says how
# it took its people in (not "volunteers of a cohort that has been followed prospectively", the parent study)
_ENROLLED_AFTER = re.compile(r"\s+(?:enrol(?:l)?(?:ing|ed)|recruit(?:ing|ed))\b", re.I)
_CROSS_SECTION = re.compile(r"\bcross[- ]sectional\b", re.I)


class TimingRules:
    """The `timing` fact."""

    def timing(self):
        if self.values.get("design") in REVIEWS:
            return  # "prospective cohorts were included" describes the included studies
        hs = self.hits("timing", ("prospective", "retrospective"))
        if self.values.get("design") in ("rct", "controlled-trial"):
            # a trial's "database" or "medical records" are where data went, not a retrospective design
            hs = [h for h in hs if h.strength == STRONG]
        elif self.values.get("design") == "cross-sectional":
            # one time point: "a study that has followed volunteers prospectively" is the parent study (unless the
            # word is said of the cross-sectional design: "a prospective cross-sectional study")
            hs = [h for h in hs if h.strength == STRONG and (h.value == "retrospective" or _OF_CROSS_SECTION.match(
                self.doc.text, h.pos + len(h.cue), self.doc.ends[h.sentence]) or self._enrolled_for_cross_section(h))]
        elif self.values.get("design") in ("case-control", "case-series", "case-report"):
            # a case-control study always looks back from outcome to exposure, and a few patients'
            # "clinical records were reviewed" by those who treated them: a "claims database" or "records"
            # says where the data came from, not that the design was retrospective; only the word does
            # (one patient's case "drew on the medical record" likewise)
            hs = [h for h in hs if h.strength == STRONG or h.value == "prospective"]
        # "The authors later followed 4,634 adults ... prospectively" in Clinical Significance: the study's sequel
        hs = [h for h in hs if h.rank != SIGNIFICANCE or not _SEQUEL.search(self.doc.text, self.doc.starts[h.sentence], h.pos)]
        if self.set_hit("timing", _choose(hs, None)):
            return
        if self.values.get("design") == "rct" or (
                self.values.get("design") == "controlled-trial" and self.values.get("species") == "human"
                and _TRIAL.search(self.evidence.get("design", ""))):
            # a trial in people assigns its treatment before the outcomes happen, randomised or not
            # ("an open-label, non-randomized clinical trial"): prospective by nature
            self.set("timing", "prospective", self.evidence.get("design"))
        elif self.values.get("design") == "controlled-trial" and self.values.get("species") == "human":
            # a group given placebo injections, another drug or standard care alongside the treated
            # group, or a treated group set against untreated controls in Methods ("took n-3 PUFA for
            # 12 months; those who refused served as controls"), was treated for the study: planned
            # before the outcomes (looking back at records makes a cohort, not a controlled trial)
            control = self.values.get("control")
            if control in ("placebo", "active", "usual-care"):
                self.set("timing", "prospective", self.evidence.get("control"))
            elif control == "no-treatment":
                # the untreated group decided from Key Finding ("while an untreated comparison group did not change")
                # may be described in Methods too ("8 patients ... who did not receive ghrelin served as the
                # comparison group")
                quote = self.evidence.get("control")
                self.set("timing", "prospective", quote if self._in_methods(quote) else self._untreated_arm_quote())

    def _enrolled_for_cross_section(self, h) -> bool:
        """"Cross-sectional study at a hospital in Houston, prospectively enrolling adults": the timing word says how
        the study named as cross-sectional earlier in its sentence enrolled its people."""
        text = self.doc.text
        return bool(_ENROLLED_AFTER.match(text, h.pos + len(h.cue))) \
            and _CROSS_SECTION.search(text, self.doc.starts[h.sentence], h.pos) is not None

    def _in_methods(self, quote: str | None) -> bool:
        """The quote comes from the study's own Methods (the first-ranked section)."""
        if not quote or not self.doc.rank_spans:
            return False
        lo, hi = self.doc.rank_spans[0]
        return quote in self.doc.text[lo:hi]
