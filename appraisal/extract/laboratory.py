"""An animal or cell experiment that compares groups is a controlled trial even when no design is
named. Applied after indexing, only when nothing else gave a design.
"""
from __future__ import annotations

import re

from appraisal.facts.text import BACKGROUND

# an animal experiment's groups: a named control, or one group set against another
_COMPARED_GROUPS = re.compile(
    r"\b(?:controls?|untreated|saline|vehicle|sham|placebo|wild[- ]type|littermates|compared\s+with|than|"
    r"versus|vs\.?|whereas)\b|\(n\s*=\s*\d+\)[^.]*\(n\s*=\s*\d+\)", re.I)
# (read only once the study is known to be on animals, so "embryos" and "larvae" are the animals')
_ANIMAL_WORDS = re.compile(r"\b(?:rats?|mice|mouse|animals?|dogs?|pigs?|rabbits?|monkeys?|hamsters?|zebrafish|sheep|"
                           r"worms?|nematodes?|flies|embryos|larvae)\b", re.I)
_CELL_WORDS = re.compile(r"\b(?:cells|cultures|cell\s+lines?)\b", re.I)
_CELLS_COMPARED = re.compile(
    r"\b(?:control\s+(?:cells|cultures|wells)|untreated|vehicle|sham)\b|\b(?:compared\s+with|versus|vs\.?)\s+[^.;]*\b(?:without|untreated|control|vehicle)\b", re.I)
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
        # cells "disappeared first ... rather than" is an observation: cells need a named untreated group
        compared = _CELLS_COMPARED if species == "in-vitro" else _COMPARED_GROUPS
        for si in range(len(self.doc.starts)):
            if self.doc.segment_of(self.doc.starts[si]).rank >= BACKGROUND:
                break
            sentence = self.doc.sentence(si)
            if compared.search(sentence) and subjects.search(sentence) \
                    and not _OTHER_WORK.search(sentence):
                if self.set("design", "controlled-trial", self.quotes.sentence(si)):
                    return
