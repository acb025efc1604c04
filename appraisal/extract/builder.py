"""The builder: scans the study once for cues, sets aside hits about other studies, then decides the
facts in order (each rule family is a mixin from its own module) and hands back Facts.
"""
from __future__ import annotations

from appraisal.facts.cues import Hit, scan
from appraisal.facts.text import SIGNIFICANCE, document
from appraisal.models import Facts, Study
from .evidence import REVIEWS, EvidenceRecord, _Quotes
from .screening import OwnStudyRules, _DESIGN_FACTS
from .reviews import ReviewRules
from .refine import DesignRefinements
from .design import DesignRules
from .blinding import BlindingRules
from .placebo import PlaceboRules
from .arms import ArmRules
from .untreated import UntreatedRules
from .control import ControlRules
from .population import PopulationRules
from .timing import TimingRules
from .sizes import SizeRules
from .indexing import IndexingRules
from .laboratory import LaboratoryRules
from .consistency import ConsistencyRules


class _Builder(OwnStudyRules, DesignRules, DesignRefinements, BlindingRules, ControlRules, PlaceboRules,
               ArmRules, UntreatedRules, PopulationRules, TimingRules, SizeRules, IndexingRules,
               LaboratoryRules, ReviewRules, ConsistencyRules, EvidenceRecord):
    """One study's facts; `build` decides them in order (later facts read earlier ones)."""

    def __init__(self, study: Study):
        self.study = study
        self.doc = document(study)
        self.quotes = _Quotes(study, self.doc)
        self.header = self.doc.header
        self.values: dict[str, object] = {}
        self.evidence: dict[str, str] = {}
        self.conflicts: dict[str, str] = {}
        self.hits_by_fact: dict[str, list[Hit]] = {}
        self.about_others: list[Hit] = []  # other studies' designs, kept only to note a conflict
        self._unreported: dict[int, tuple[list[int], list[int]]] = {}  # see _unreported_before
        for h in scan(self.doc):
            if self._allocation_unreported(h) or self._untreated_denied(h) or self._host_trial(h):
                continue
            if h.about_others:
                self.about_others.append(h)
                continue
            self.hits_by_fact.setdefault(h.fact, []).append(h)
        if SIGNIFICANCE in {h.rank for f in _DESIGN_FACTS for h in self.hits_by_fact.get(f, ())} and self._laboratory_methods():
            self._drop_human_trials_named()
        if self._is_extension():
            for fact in ("design", "randomized", "blinding", "control"):
                if fact in self.hits_by_fact:
                    self.hits_by_fact[fact] = [h for h in self.hits_by_fact[fact] if not self._parent_phase(h)]

    def build(self) -> Facts:
        self.randomized()
        self.design()
        self.blinding()
        self.species()
        self.control()
        self.heterogeneity()
        self.n()
        self.n_studies()
        self.duration()
        self.i2()
        self.timing()
        self.indexing()
        if "n_studies" not in self.values:
            self.n_studies()  # the indexing may have made it a review ("Meta-Analysis")
        self.laboratory()
        self.consistency()
        return Facts(**self.values, evidence=self.evidence, conflicts=self.conflicts)

    # what the consistency pass derives from the design, with the design's own quote
    _FROM_DESIGN = {"randomized": (True, False), "control": ("none",), "n": (1,)}

    def revise(self, decisions) -> Facts:
        """The facts again after the learned reader took over some (appraisal.learned.decide): its
        values and quotes in, what the rules had derived from a replaced design out (randomised for an
        RCT, no control for a case series, one patient for a case report, a review's study count,
        timing), then n_studies and timing re-read and the consistency pass run on the new design."""
        old_design, old_quote = self.values.get("design"), self.evidence.get("design")
        for d in decisions.values():
            self.values[d.fact], self.evidence[d.fact] = d.value, d.quote
            earlier = self.conflicts.get(d.fact)
            self.conflicts[d.fact] = d.note + (f"; before that: {earlier}" if earlier else "")
        if "design" in decisions and old_design is not None:
            for fact, derived in self._FROM_DESIGN.items():
                if fact not in decisions and self.evidence.get(fact) == old_quote and self.values.get(fact) in derived:
                    del self.values[fact], self.evidence[fact]
        if decisions.keys() & {"design", "control"}:
            self.values.pop("timing", None), self.evidence.pop("timing", None)
            if self.values.get("design") not in REVIEWS:
                self.values.pop("n_studies", None), self.evidence.pop("n_studies", None)
            elif "n_studies" not in self.values:
                self.n_studies()
            self.timing()
            self.consistency()
        for d in decisions.values():
            if self.values.get(d.fact) != d.value:  # the consistency pass undid it: say so
                self.conflicts[d.fact] += f"; the consistency rules then made it {self.values.get(d.fact, 'unknown')}"
        return Facts(**self.values, evidence=self.evidence, conflicts=self.conflicts)
