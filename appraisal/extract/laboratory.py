"""An animal or cell experiment that compares groups is a controlled trial even when no design is
named. Applied after indexing, only when nothing else gave a design.
"""
from __future__ import annotations

import re

from appraisal.facts.cues import STRONG
from appraisal.facts.text import BACKGROUND

# an animal experiment's groups: a named control, or one group set against another
# ("age-matched mice that were not exposed to noise served for comparison": a comparison group by its role)
_COMPARED_GROUPS = re.compile(
    r"\b(?:controls?(?!\s+(?:cent(?:er|re)s?|board|unit|program(?:me)?)\b)|untreated|saline|vehicle|sham|placebo|wild[- ]type|littermates|compared\s+with|than|"
    r"versus|vs\.?|whereas|(?:served|used|kept|acted)\s+(?:as\s+(?:an?\s+|the\s+)?|for\s+)comparisons?)\b|\(n\s*=\s*\d+\)[^.]*\(n\s*=\s*\d+\)", re.I)
# (read only once the study is known to be on animals, so "embryos" and "larvae" are the animals')
_ANIMAL_WORDS = re.compile(r"\b(?:rats?|mice|mouse|animals?|dogs?|pigs?|rabbits?|monkeys?|hamsters?|zebrafish|sheep|"
                           r"worms?|nematodes?|flies|embryos|larvae)\b", re.I)
# ("the same bacteria incubated without extract": microbes tested on the bench; "Telomerase-positive clones were compared
# with control clones": cells grown from one transfected cell)
# ("Caco-2 monolayers exposed to gliadin vs untreated monolayers": cells grown as one layer)
# ("compared with recordings in drug-free buffer (vehicle) in the same preparations": the cultured neurons and brain
# slices the currents were recorded from, named as the preparations)
_CELL_WORDS = re.compile(r"\b(?:cells|cultures|cell\s+lines?|clones|liposomes|vesicles|membranes|bacteria|isolates|monolayers|"
                         r"neurons|(?:brain\s+|tissue\s+)?slices|preparations)\b", re.I)
# "less signal than in carotenoid-free liposomes", "compared with drug-free medium": the same preparation made
# without the ingredient under test, set against the one with it
# ("compared with recordings in drug-free buffer": what was measured, then the bath it was measured in)
_FREE_COMPARED = re.compile(
    r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|against)\s+(?:(?:[a-z]+\s+)?(?:in|with)\s+)?(?:the\s+|an?\s+)?"
    r"(?:[a-z]+\s+)?([a-z]+)-free\s+(?:[a-z]+\s+)?(?:liposomes|vesicles|membranes|cells|cultures|medium|media|wells|controls?|"
    r"preparations?|samples|solutions?|buffer)\b", re.I)
# "time-matched muscles in caffeine-free Ringer's served as controls": the bath without the agent is the vehicle
_FREE_CONTROL = re.compile(r"\b([a-z]+)-free\s+(?:[\w'’]+\s+){0,2}?(?:served|acted|(?:was|were)\s+used)\s+as\s+(?:the\s+)?controls?\b",
                           re.I)
_CELLS_COMPARED = re.compile(
    r"\b(?:control\s+(?:cells|cultures|wells|clones)|untreated|vehicle|sham)\b|\b(?:compared\s+with|versus|vs\.?)\s+[^.;]*\b(?:without|untreated|control|vehicle)\b|"
    + _FREE_COMPARED.pattern, re.I)
# "-free" words that name a state, not a missing ingredient ("serum-free medium" is how cells are kept)
_NOT_MISSING = frozenset(("serum", "cell", "pathogen", "germ", "endotoxin", "mycoplasma", "phenol", "protein", "disease"))
# "HeLa cells ... were treated with benzo[a]pyrene diol epoxide", "In-vitro experiment.": cells given an agent
# are an experiment (LABELLING: a cell experiment is a controlled trial) even with no untreated group named;
# cells only grown and watched ("serially cultivated") are not
_CELLS_TREATED = re.compile(
    # ("All cell states were exposed to ABT-737": senescent, growing and resting cells of one strain, all dosed)
    r"\b(?:cells|cultures|cell\s+(?:lines?|states|types|strains))\s+(?:were|was)\s+(?:then\s+|each\s+)?(?:treated|exposed|incubated|challenged|stimulated)\s+(?:with|to)\b|"
    r"\b(?:in[\s-]+vitro|cell[- ]culture)\s+experiments?\b|"
    # "Natural and synthetic magainin 1 and 2 were tested against Gram-positive and Gram-negative bacteria, yeasts and
    # protozoa in culture": agents tried on microbes or cells (the study already read as bench work)
    r"\b(?:were|was)\s+(?:then\s+|each\s+)?(?:tested|assayed|screened)\s+against\s+[^.;:]{0,100}?\b(?:bacteria|fungi|yeasts?|"
    r"protozoa|parasites|microbes|micro-?organisms|isolates|strains|cells|cell\s+lines)\b|"
    # "In a mixing experiment, older male cells and younger female cells were grown together ... to see whether": cells
    # set up to test something, which the study calls an experiment ("In vitro study. In mixed cultures ... the older
    # cells disappeared first" names none)
    r"\bin\s+an?\s+(?:[\w-]+\s+){0,2}?experiment\b|"
    # "detectable oestrogenic activity in a human breast-cancer cell proliferation assay", "Cell assay: ...": extracts
    # or chemicals tested for their effect on cells
    r"\bcell(?:[- ]based|[- ]proliferation|[- ]viability|[- ]culture)?\s+assays?\b|"
    # "Concentration–response curves for varenicline were constructed": the agent applied at graded concentrations
    r"\b(?:concentration|dose)[\s–—-]+response\s+(?:curves?|relationships?|experiments?)\s+(?:for|of|to|were|was)\b|"
    # "Purified human SIRT1 assayed with acetylated peptide substrates": an enzyme tested against what it acts on (an
    # enzyme only "purified from liver" and described is not)
    r"\b(?:purified|recombinant)\s+(?:[\w-]+\s+){0,3}?(?:(?:was|were)\s+)?assayed\s+(?:with|against|for|in\s+the\s+presence)\b", re.I)
_CASES = re.compile(r"\bcases\b|\bcase\s+(?:records|notes|files|reports)\b|\bclinical\s+records\b", re.I)
_OTHER_WORK = re.compile(r"\b(?:have|has)\s+(?:revealed|shown|suggested|reported)|as\s+has\s+been|previous(?:ly)?\b", re.I)


class LaboratoryRules:
    """The design of laboratory work that names none."""

    def laboratory(self):
        """An animal or cell experiment that compares groups ("control mice injected with saline",
        "than colonization with a lean microbiota", "compared with stimulated cells without
        curcumin") has a concurrent control: a controlled trial, even when neither the text nor the
        indexing names a design."""
        species = self.values.get("species")
        subjects = {"animal": _ANIMAL_WORDS, "in-vitro": _CELL_WORDS}.get(species)
        if subjects is None or "design" in self.values:
            return
        if species == "animal" and self.values.get("control") == "none" and any(
                h.value == "none" and h.strength == STRONG and h.rank < BACKGROUND for h in self.hits("control")) and (
                any(h.rank < BACKGROUND for h in self.hits("timing", ("retrospective",))) or self._animal_cases()):
            # "Retrospective review of cases in dogs ... No comparison group": animal patients looked back on with
            # nobody to compare them with are a case series (as people are); an experiment on six lesioned rats
            # with no comparison group is not one
            self.set("design", "case-series", self.evidence["control"])
            return
        # cells "disappeared first ... rather than" is an observation: cells need a named untreated group, or
        # else an agent they were given
        compared = _CELLS_COMPARED if species == "in-vitro" else _COMPARED_GROUPS
        if self._experiment_sentence(lambda s: compared.search(s) and subjects.search(s)):
            return
        if species == "in-vitro":
            self._experiment_sentence(_CELLS_TREATED.search)

    def _experiment_sentence(self, test) -> bool:
        """The design is set from the first sentence before Background that passes `test` (not other work)."""
        for si in range(len(self.doc.starts)):
            if self.doc.segment_of(self.doc.starts[si]).rank >= BACKGROUND:
                break
            sentence = self.doc.sentence(si)
            if test(sentence) and not _OTHER_WORK.search(sentence):
                if self.set("design", "controlled-trial", self.quotes.sentence(si)):
                    return True
        return False

    def _animal_cases(self) -> bool:
        """Methods speak of clinical cases ("cases reported to a poison centre", "case records of 12 horses")."""
        if not self.doc.rank_spans:
            return False
        lo, hi = self.doc.rank_spans[0]
        return _CASES.search(self.doc.text, lo, hi) is not None

    def _free_preparation(self) -> bool:
        """Cell, tissue or membrane work whose comparison is "carotenoid-free liposomes prepared the same way" or a
        "caffeine-free" bath that "served as controls" (before Background): the preparation without its active
        ingredient is the dummy, a placebo control."""
        if self.values.get("species") != "in-vitro" or "-free" not in self.doc.low:
            return False
        for lo, hi in self.doc.rank_spans:
            if self.doc.segment_of(lo).rank >= BACKGROUND:
                continue
            for m in (*_FREE_COMPARED.finditer(self.doc.text, lo, hi), *_FREE_CONTROL.finditer(self.doc.text, lo, hi)):
                if m.group(1).lower() not in _NOT_MISSING:
                    si = self.doc.sentence_index(m.start())
                    return self.set("control", "placebo", self.quotes.sentence(si, m.start()))
        return False
