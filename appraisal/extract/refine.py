"""Second looks at a chosen design: a more specific design named elsewhere, trials counted in a
review's pooling sentence, a cohort that is only where the data came from, pooled estimates that make a
systematic review a meta-analysis, an umbrella review. Each step takes the chosen hit and returns it or a
better one, apart from the design rule that calls them in turn.
"""
from __future__ import annotations

import re

from appraisal.facts.cues import STRONG, Hit
from appraisal.facts.numbers import study_counts
from appraisal.facts.text import BACKGROUND
from .evidence import DESIGN_ORDER, REFINES, _NEGATOR, _SAID_FIRST

# "randomized trials", "randomized placebo-controlled trials": the cue names several trials
# ("randomised, double-blind, placebo-controlled trials": the design words may be a list)
_PLURAL_TRIALS = re.compile(r"(?:,?\s+[\w]+-[\w-]+|,?\s+controlled|,?\s+clinical)*\s+(?:trials|studies)\b")
# "Trials were eligible if they randomised participants to ...": a review's inclusion criterion for its trials
_ELIGIBLE_IF = re.compile(r"\b(?:trials|studies|rcts)\s+(?:were|was|are)\s+(?:eligible|included|selected|considered)\s+"
                          r"(?:if|when|where|provided)\s+(?:they|participants)\s+(?:[\w-]+\s+){0,2}?$", re.I)
# results pooled across trials: what makes a systematic review a meta-analysis
_POOLED_ESTIMATE = re.compile(
    r"\b(?:weighted|standardi[sz]ed)\s+mean\s+differences?|\bpooled\s+(?:relative\s+risks?|risk\s+ratios?|odds\s+ratios?|"
    r"hazard\s+ratios?|estimates?|effects?|mean\s+differences?)\b|\b(?:combined|pooled)\s+(?:with|using|in|by)\s+(?:an?\s+|the\s+)?"
    r"(?:random|fixed)[- ]effects?|\brandom[- ]effects?\s+(?:models?|meta)|\bforest\s+plots?")
# "cross-sectional analysis", "a one-time cross-sectional comparison": the study's own analysis
_ANALYSIS_AFTER = re.compile(r"\s+(?:analys[ie]s|comparisons?|design|study|evaluation|assessment|associations?)\b")
# "participants from the ... Study of Aging", "data of the UK Biobank cohort", "case-control study nested
# in the UK Biobank cohort", "within a population-based cohort": the cohort is where the data came from
_SOURCE_BEFORE = re.compile(
    r"\b(?:within|in|from|of|using|used|nested\s+in|nested\s+within|drawn\s+from)\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,3}$", re.I)


class DesignRefinements:
    """Steps that refine the design hit `design` chose; each returns the hit to keep."""

    @staticmethod
    def _refine(chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """A more specific design named anywhere (not Background) refines a general one:
        "we searched MEDLINE" + "meta-analysis" in the title is a meta-analysis."""
        if chosen is None:
            return None
        for general, specific in REFINES:
            if chosen.value == general:
                better = [h for h in hs if h.value == specific and h.strength == STRONG and h.rank < BACKGROUND]
                if better:
                    return min(better, key=_SAID_FIRST)
        return chosen

    def _randomised_trial(self, chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """"Double-blind, placebo-controlled crossover trial ... two periods, in random order": a controlled
        trial whose own allocation the text calls random, in a looser word than "randomized", is an RCT."""
        if chosen is None or chosen.value != "controlled-trial" or self.values.get("randomized") is not True:
            return chosen
        looser = [h for h in hs if h.value == "rct" and h.rank < BACKGROUND and not h.negated]
        return min(looser, key=_SAID_FIRST) if looser else chosen

    def _pooled_trials(self, chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """"Pooled 13 randomized placebo-controlled trials" under a title "A Meta-Analysis": trials
        counted in the sentence that named them (or made eligible by it: "Trials were eligible if they
        randomised ...") are the studies a review included, so the review named elsewhere (not Background)
        is the design. So are observational studies counted in the plural ("30 cohort and case-control studies
        with adequate controls" under "A Meta-Analysis"): a study of its own calls itself "a case-control study"."""
        if chosen is None or chosen.value not in ("rct", "controlled-trial", "cohort", "case-control", "cross-sectional"):
            return chosen
        reviews = [h for h in hs if h.value in ("meta-analysis", "systematic-review") and h.strength == STRONG
                   and h.rank < BACKGROUND]
        if not reviews:
            return chosen
        lo, hi = self.doc.starts[chosen.sentence], self.doc.ends[chosen.sentence]
        plural = _PLURAL_TRIALS.match(self.doc.low, chosen.pos + len(chosen.cue), hi)
        if chosen.value not in ("rct", "controlled-trial"):
            # an observational design word is a review's only when it names several counted studies
            if not (plural and study_counts(self.doc, lo, hi)):
                return chosen
        elif not (plural or study_counts(self.doc, lo, hi) or _ELIGIBLE_IF.search(self.doc.text, lo, chosen.pos)):
            return chosen
        return min(reviews, key=lambda h: (h.rank, DESIGN_ORDER.index(h.value), h.pos))

    def _analysis_within_cohort(self, chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """"70 participants from the Baltimore Longitudinal Study of Aging ...; the present analysis is a
        one-time cross-sectional comparison": a cross-sectional analysis of data from a cohort is
        cross-sectional; the cohort named as the data's source is not the design."""
        if chosen is None or chosen.value != "cohort":
            return chosen
        low = self.doc.low
        own = [h for h in hs if h.value == "cross-sectional" and h.strength == STRONG and h.rank <= chosen.rank
               and _ANALYSIS_AFTER.match(low, h.pos + len(h.cue))]
        if not own and not any(h.rank < BACKGROUND for h in self.hits("timing")):
            # "Volunteers from the Wisconsin Sleep Cohort Study" with "Cross-sectional associations" in
            # Limitations: a named cohort that was never followed in time is only where the data came from
            own = [h for h in hs if h.value == "cross-sectional" and h.strength == STRONG and h.rank < BACKGROUND
                   and not h.negated and _ANALYSIS_AFTER.match(low, h.pos + len(h.cue))]
        if not own:
            return chosen
        cohorts = [h for h in hs if h.value == "cohort" and h.strength == STRONG and h.rank <= own[0].rank]
        if any(not self._names_source(h) for h in cohorts):
            return chosen
        return min(own, key=_SAID_FIRST)

    def _case_control_in_cohort(self, chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """"Nested case-control study within a population-based cohort of men": the cohort is where the
        cases and controls were drawn from; the study is a case-control study. Only when every cohort
        word as trusted as the case-control one names such a source after it in its sentence, or is named in
        the sentence of a "nested" case-control ("Retrospective cohort study with a nested case-control
        analysis": nested says the cohort is its source, whichever comes first)."""
        if chosen is None or chosen.value != "cohort":
            return chosen
        own = [h for h in hs if h.value == "case-control" and h.strength == STRONG and h.rank <= chosen.rank]
        if not own:
            return self._named_cohort_only(chosen, hs)
        first = min(own, key=_SAID_FIRST)
        text = self.doc.text
        for h in hs:
            if h.value != "cohort" or h.strength != STRONG or h.rank > first.rank:
                continue
            drawn_from = any(c.sentence == h.sentence and c.pos < h.pos for c in own) and \
                _SOURCE_BEFORE.search(text, max(self.doc.starts[h.sentence], h.pos - 60), h.pos) or \
                any(c.sentence == h.sentence and c.cue.lower().startswith("nested") for c in own)
            if not drawn_from:
                return chosen
        return first

    def _named_cohort_only(self, chosen: Hit, hs: list[Hit]) -> Hit:
        """"Cases were 300 patients ... Controls were 571 residents", titled "A Population-Based Case-Control
        Study", with a validation sample drawn from "the Golestan Cohort Study": a cohort named only as
        where some data came from does not outweigh the study's own case-control words elsewhere."""
        cohorts = [h for h in hs if h.value == "cohort" and h.rank < BACKGROUND]
        if not cohorts or any(h.strength != STRONG or h.negated or not self._names_source(h) for h in cohorts):
            return chosen
        said = [h for h in hs if h.value == "case-control" and h.strength == STRONG and h.rank < BACKGROUND
                and not h.negated]
        return min(said, key=_SAID_FIRST) if said else chosen

    def _names_source(self, h: Hit) -> bool:
        """A cohort named as where data came from: "from the Baltimore Longitudinal Study of Aging"."""
        text = self.doc.text
        before = text[max(self.doc.starts[h.sentence], h.pos - 60):h.pos]
        named = h.cue[:1].isupper() and h.pos > self.doc.starts[h.sentence]
        return bool(_SOURCE_BEFORE.search(before)) or named

    def _pooled_estimates(self, chosen: Hit | None) -> Hit | None:
        """"weighted mean differences were combined with random-effects models": a systematic review
        that pools its trials' results is a meta-analysis, however it names itself ("no pooled estimate
        was calculated" says the opposite, so a sentence with a negator decides nothing)."""
        if chosen is None or chosen.value != "systematic-review":
            return chosen
        for m in _POOLED_ESTIMATE.finditer(self.doc.low, 0, self.doc.end_of_study):
            si = self.doc.sentence_index(m.start())
            lo, hi = max(self.doc.starts[si], m.start() - 120), min(self.doc.ends[si], m.end() + 60)
            if _NEGATOR.search(self.doc.text, lo, hi):
                continue  # "no pooled estimate was calculated", "without a pooled estimate"
            seg = self.doc.segment_of(m.start())
            return Hit("design", "meta-analysis", STRONG, seg.rank, seg.name, m.start(), si, False,
                       self.doc.text[m.start():m.end()])
        return chosen

    def _umbrella_review(self, chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """"Umbrella review of meta-analyses": a review of meta-analyses re-reads their results without
        pooling people again, so it is a systematic review; the meta-analyses are its included studies."""
        if chosen is None or chosen.value != "meta-analysis" or "umbrella" not in self.doc.low:
            return chosen
        named = [h for h in hs if h.value == "systematic-review" and h.rank < BACKGROUND and not h.negated
                 and h.cue.lower().startswith("umbrella")]
        return min(named, key=_SAID_FIRST) if named else chosen
