"""Randomisation and design: which design the study is (RCT, controlled trial, cohort, case series, a
review ...) from its design words, its comparison groups and its timing words. The design is decided first
and most other facts depend on it.
"""
from __future__ import annotations

import re

from appraisal.facts.cues import GENERIC_CONTROL, STRONG, WEAK, Hit
from appraisal.facts.numbers import counts
from appraisal.facts.text import BACKGROUND, METHODS, SIGNIFICANCE
from .evidence import CONTROL_ORDER, DESIGN_ORDER, RANDOMIZED_ORDER, REVIEWS, _SAID_FIRST, _choose, _with_limitations

_NUMBERED = re.compile(r"\s*(?:\d|[A-D]\b)")
# "historical controls, not a concurrent group", "rather than a concurrent or randomized control group"
_NOT_CONCURRENT = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:an?\s+)?(?:concurrent|contemporaneous|contemporary|parallel)\b", re.I)
# "narrative review", "literature review", "review article", "an overview of": a document's name for
# itself ("clinical review", "expert review", "our review" of records are steps of a primary study)
_OWN_REVIEW = re.compile(
    r"(?:narrative|literature|comprehensive|critical|integrative|mini)[- ]review(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:records|charts|notes|files|cases|images|slides|scans))|review\s+article|(?:an?|this)\s+overview\s+of", re.I)

# "the 46,164 placed on the transplant waiting list", "wait-listed for a kidney": people waiting for an organ, compared
# with those who got one, are a cohort's unexposed group, not a trial's wait-list arm
_ORGAN_WAITING_LIST = re.compile(
    r"\b(?:transplant(?:ation)?|organ|kidney|renal|liver|heart|lung|pancreas|donor)\s+wait(?:ing)?[- ]?lists?\b|"
    r"\bwait(?:ing)?[- ]?list(?:ed)?\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:transplant\w*|organs?|kidneys?|livers?|hearts?|lungs?)\b")
_WAIT_LIST = re.compile(r"wait(?:ing)?[- ]?list", re.I)

# "Case Report and Literature Review", "a case report with a review of the literature": the review is the report's
# round-up of similar cases, the study is the one patient
_CASE_REPORT_AND = re.compile(r"\bcase\s+report\s*(?:and|with|&|\+|plus)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)


class DesignRules:
    """The `randomized` and `design` facts."""

    def randomized(self):
        hs = self.hits("randomized", RANDOMIZED_ORDER)
        self.set_hit("randomized", _with_limitations(hs, _choose(hs, RANDOMIZED_ORDER), RANDOMIZED_ORDER))

    def design(self):
        hs = self.hits("design", DESIGN_ORDER)
        if self.values.get("randomized") is False:
            hs = [h for h in hs if h.value != "rct"]
        if "wait" in self.doc.low and _ORGAN_WAITING_LIST.search(self.doc.low):
            # "wait-listed patients still on dialysis" beside "the transplant waiting list": candidates for an organ,
            # not a trial's wait-list arm (the untreated comparison stays; the trial does not)
            hs = [h for h in hs if not (h.value == "controlled-trial" and h.strength == WEAK and _WAIT_LIST.match(h.cue))]
        uncontrolled = [h.rank for h in self.hits("control", ("none",)) if h.strength == STRONG and h.rank < BACKGROUND]
        if uncontrolled:
            # "No comparison group" in Methods: a controlled trial named in a less trusted part
            # ("led to a small placebo-controlled trial") is another study
            hs = [h for h in hs if h.value not in ("rct", "controlled-trial") or h.rank <= min(uncontrolled)]
        chosen = _choose(hs, DESIGN_ORDER)
        observational = self._says_observational(chosen, hs)
        if observational is not None:
            chosen = observational
        review = self._named_review(hs, chosen)
        if review is not None:
            self.set_hit("design", self._refine(review, hs))
            return
        historical = any(h.value == "historical" and h.rank < BACKGROUND for h in self.hits("control"))
        control_hits = self.hits("control", CONTROL_ORDER)
        no_control = _with_limitations(control_hits, _choose(control_hits, CONTROL_ORDER), CONTROL_ORDER)
        no_control = no_control if no_control is not None and no_control.value == "none" else None
        if chosen is not None and chosen.value == "controlled-trial" and chosen.strength == WEAK and any(
                h.rank < BACKGROUND and h.strength == STRONG for h in self.hits("timing", ("retrospective",))):
            # "looked back at the medical records of 1,031 men ... compared treated and untreated men": a
            # comparison group found in records after the fact is a cohort's, not a trial's
            cohorts = [h for h in hs if h.value == "cohort" and h.rank <= chosen.rank]
            if cohorts:
                chosen = min(cohorts, key=_SAID_FIRST)
        looked_back = chosen is not None and chosen.value == "cohort" and any(
            h.rank < BACKGROUND for h in self.hits("timing", ("retrospective",)))
        # "We reviewed the records of 280 patients ... 107 received usual care alone": groups
        # compared after the fact are a cohort, not a controlled trial
        if (chosen is None or chosen.strength == WEAK) and not historical and no_control is None and not looked_back \
                and observational is None:
            # a concurrent control named less trustworthily than the design cue ("no control group"
            # in Methods, "untreated patients" in Key Finding) does not make a controlled trial
            concurrent = [h for h in self.hits("control", (GENERIC_CONTROL, "placebo", "active", "usual-care", "no-treatment"))
                          if h.rank < BACKGROUND and (chosen is None or h.rank <= chosen.rank)]
            if concurrent and (chosen is None or DESIGN_ORDER.index("controlled-trial") < DESIGN_ORDER.index(chosen.value)):
                first = min(concurrent, key=_SAID_FIRST)
                self.set_hit("design", first, "controlled-trial")
                return
        chosen = self._refine(chosen, hs)
        chosen = self._randomised_trial(chosen, hs)
        chosen = self._pooled_trials(chosen, hs)
        chosen = self._analysis_within_cohort(chosen, hs)
        chosen = self._case_control_in_cohort(chosen, hs)
        chosen = self._pooled_estimates(chosen)
        chosen = self._umbrella_review(chosen, hs)
        if historical and (chosen is None or chosen.strength == WEAK) and (
                chosen is None or chosen.value in ("controlled-trial", "case-series", "cohort")):
            # a treated group set against a historical one ("Historical comparator", "untreated
            # patients from published series") and called a cohort is one, however loosely named
            past = [(h.pos, h.pos + len(h.cue)) for h in self.hits("control", ("historical",))]
            cohorts = [h for h in hs if h.value == "cohort" and h.rank < BACKGROUND
                       and not _NUMBERED.match(self.doc.text, h.pos + len(h.cue))  # "cohort 2": a dose group
                       and not any(a <= h.pos < b for a, b in past)]  # "historical cohort": the comparator
            if cohorts:
                self.set_hit("design", min(cohorts, key=_SAID_FIRST), "cohort")
                return
            if chosen is not None and chosen.value == "controlled-trial" and self._past_control_group():
                # "Non-randomised, open-label study ... the control group came from an earlier period": a treated
                # group set against patients treated before it is the seed's cohort with historical controls
                self.set_hit("design", chosen, "cohort")
                return
            if chosen is not None and chosen.value == "case-series" and "case" not in chosen.cue.lower():
                # "single-arm pilot study with a historical comparison": one treated group set against
                # past patients is the seed's "cohort (single-arm with historical controls)"; a study
                # that calls itself a case series stays one
                past_said = [h for h in self.hits("control", ("historical",)) if h.rank < BACKGROUND and not h.negated]
                if past_said:
                    self.set_hit("design", chosen, "cohort")
                    return
            if chosen is None:
                # "The comparison was with an earlier voyage (historical controls), not a concurrent group" and
                # no design named: a treated group set against past patients, and said to have no concurrent
                # one, is the seed's cohort with historical controls; so is one looked back on ("Retrospective
                # review of 35 patients ... compared with historical databank controls")
                looked_back = any(h.rank < BACKGROUND and h.strength == STRONG and not h.negated
                                  for h in self.hits("timing", ("retrospective",)))
                past_said = [h for h in self.hits("control", ("historical",)) if h.rank < BACKGROUND and not h.negated
                             and (looked_back or _NOT_CONCURRENT.search(self.doc.sentence(h.sentence)))]
                if past_said:
                    self.set_hit("design", min(past_said, key=_SAID_FIRST), "cohort")
                    return
        if chosen is not None and chosen.value == "cohort" and chosen.strength == WEAK:
            # one treated group followed up with no comparator ("pre-post", "no comparator arm")
            # is a case series, not a cohort
            before_after = [h for h in hs if h.value == "case-series" and h.rank < BACKGROUND]
            if before_after and any(h.value == "none" and h.rank < BACKGROUND for h in self.hits("control")):
                chosen = min(before_after, key=_SAID_FIRST)
            elif no_control is not None and no_control.strength == STRONG and no_control.rank <= chosen.rank and not any(
                    h.rank < BACKGROUND and not h.negated for h in self.hits(
                        "control", (GENERIC_CONTROL, "placebo", "active", "usual-care", "no-treatment", "historical"))):
                # "looked back at the charts of 16 patients ... There was no comparison group": patients
                # followed or read up with nobody to compare them with are a case series, not a cohort
                self.set_hit("design", no_control, "case-series")
                return
        if (chosen is None or (chosen.value == "controlled-trial" and chosen.strength == WEAK)) and \
                no_control is not None and (self.study.header_participants or self._enrolled_in_methods()) and \
                not self._animals_studied():
            # "Pilot study of 12 women" (or "Open-label, non-randomized study") with "No comparison
            # group": one treated group followed up ("the human counterpart of Jouvet's cats" in Clinical
            # Significance compares it with other work; it does not make the study an animal one)
            chosen = no_control
            self.set_hit("design", chosen, "case-series")
            return
        self.set_hit("design", chosen)

    def _animals_studied(self) -> bool:
        """Animals or cells named in the most trusted part that names a species (Clinical Significance and
        Background left out). "Four men and four women lived inside the enclosure" in Methods, under a Key Finding
        of "the changes seen in calorie-restricted animals": the animals there are the work it is compared with."""
        hs = [h for h in self.hits("species") if h.rank < BACKGROUND and h.rank != SIGNIFICANCE]
        best = min((h.rank for h in hs), default=None)
        return any(h.value != "human" and h.rank == best for h in hs)

    def _enrolled_in_methods(self) -> bool:
        """A header without a count ("N/A") whose Methods state the people enrolled ("In total, 53 patients were
        included (n = 53)"): a study of its own patients, as a header count would show."""
        if not self.doc.rank_spans or self.doc.segment_of(self.doc.rank_spans[0][0]).rank != METHODS:
            return False
        return any(c.weight >= 2 for c in counts(self.doc, *self.doc.rank_spans[0]))

    def _past_control_group(self) -> bool:
        """The study's own comparison group is historical ("historical controls", "the control group came from
        an earlier period (historical comparison)"), and no placebo group runs alongside it."""
        if any(h.rank < BACKGROUND and not h.negated for h in self.hits("control", ("placebo",))):
            return False
        groups = {h.sentence for h in self.hits("control", (GENERIC_CONTROL,)) if h.rank < BACKGROUND and not h.negated}
        return any(h.rank < BACKGROUND and not h.negated and (h.sentence in groups or "control" in h.cue.lower())
                   for h in self.hits("control", ("historical",)))

    @staticmethod
    def _says_observational(chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """"Observational study from a sleep clinic ... A comparison group of healthy men": a study that
        calls itself observational assigned nothing, so a comparison group it names (a weak sign of a
        controlled trial) makes it a cohort, not a controlled trial."""
        if chosen is None or chosen.value != "controlled-trial" or chosen.strength != WEAK:
            return None
        said = [h for h in hs if h.value == "cohort" and not h.negated and h.rank <= chosen.rank
                and h.cue.lower().startswith("observational")]
        return min(said, key=_SAID_FIRST) if said else None

    def _named_review(self, hs: list[Hit], chosen: Hit | None) -> Hit | None:
        """"Narrative review. The authors draw on mouse experiments ... and randomized crossover diet
        studies": a study that calls itself a review (narrative, literature, review article) is one;
        the trials, cohorts and experiments it names are the evidence it reviews, not its design. A review
        joined to a case report ("Case Report and Literature Review") is the report's discussion: a case report."""
        if chosen is None or chosen.value in REVIEWS:
            return None
        named = [h for h in hs if h.value == "narrative-review" and h.strength == STRONG and h.rank < BACKGROUND
                 and not h.negated and _OWN_REVIEW.match(h.cue)
                 and not _CASE_REPORT_AND.search(self.doc.text, max(0, h.pos - 40), h.pos)]
        return min(named, key=_SAID_FIRST) if named else None
