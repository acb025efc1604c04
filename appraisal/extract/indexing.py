"""MEDLINE indexing (publication types, MeSH terms): decides a design when it is specific, fills facts
the text left unknown, and records where it disagrees with the text. Applied after the text is read.
"""
from __future__ import annotations

from appraisal.facts.indexing import indexed_facts
from appraisal.facts.text import locate
from .evidence import DESIGN_ORDER, REFINES, REVIEWS

def _find_ci(term: str, text: str) -> str | None:
    i = text.lower().find(term.lower())
    return text[i:i + len(term)] if i >= 0 else None


class IndexingRules:
    """Facts from the MEDLINE publication types and MeSH terms."""

    def indexing(self):
        if not (self.study.publication_types or self.study.mesh_terms):
            return
        for fact, entries in indexed_facts(self.study.publication_types, self.study.mesh_terms).items():
            quoted = [(v, locate(t, self.study.text) or _find_ci(t, self.study.text), s) for v, t, s in entries]
            quoted = [e for e in quoted if e[1]]
            if not quoted:
                continue
            if fact == "design":
                specific = sorted((e for e in quoted if e[2]), key=lambda e: DESIGN_ORDER.index(e[0]))
                generic = [e for e in quoted if not e[2]]
                current = self.values.get("design")
                if specific:
                    value, term, _ = specific[0]
                    if current is not None and current != value and (current, value) not in REFINES:
                        self.conflicts["design"] = (f"text says {current} ({self.evidence['design']}); "
                                                    f"indexing says {value} ({term})")
                    if current != value:
                        self.set("design", value, term)
                elif current is None and generic:
                    value, term, _ = generic[0]
                    self.set("design", value, term)
                elif current not in REVIEWS and [e for e in generic if e[0] == "narrative-review"] \
                        and not [e for e in generic if e[0] != "narrative-review"]:
                    # indexed as a Review and as no kind of study: the trials and cohorts the text
                    # names are the evidence it reviews, not its own design
                    value, term, _ = next(e for e in generic if e[0] == "narrative-review")
                    self.conflicts["design"] = (f"text says {current} ({self.evidence['design']}); "
                                                f"indexing says {value} ({term})")
                    self.set("design", value, term)
                continue
            value, term, _ = quoted[0]
            current = self.values.get(fact)
            if current is None:
                self.set(fact, value, term)
            elif current != value:
                self.conflicts[fact] = f"text says {current} ({self.evidence[fact]}); indexing says {value} ({term})"
