"""Facts from MEDLINE indexing: publication types and MeSH headings.

Indexers read the whole paper, so a specific publication type ("Randomized Controlled Trial",
"Meta-Analysis") is trusted over the abstract's wording for design; generic types ("Clinical
Trial", "Review", "Observational Study") only fill in what the text leaves unknown.
"""
from __future__ import annotations

# publication type (lower case) -> (facts, specific)
_PUBLICATION_TYPES: dict[str, tuple[dict, bool]] = {
    "meta-analysis": ({"design": "meta-analysis"}, True),
    "network meta-analysis": ({"design": "meta-analysis"}, True),
    "systematic review": ({"design": "systematic-review"}, True),
    "randomized controlled trial": ({"design": "rct", "randomized": True, "timing": "prospective"}, True),
    "pragmatic clinical trial": ({"design": "rct", "randomized": True, "timing": "prospective"}, False),
    "equivalence trial": ({"design": "controlled-trial"}, False),
    "controlled clinical trial": ({"design": "controlled-trial"}, False),
    "clinical trial": ({"design": "controlled-trial"}, False),
    "clinical trial, phase i": ({"design": "controlled-trial"}, False),
    "clinical trial, phase ii": ({"design": "controlled-trial"}, False),
    "clinical trial, phase iii": ({"design": "controlled-trial"}, False),
    "clinical trial, phase iv": ({"design": "controlled-trial"}, False),
    "observational study": ({"design": "cohort"}, False),
    "case reports": ({"design": "case-report"}, True),
    "review": ({"design": "narrative-review"}, False),
    "scoping review": ({"design": "systematic-review"}, True),
}
# MeSH heading (lower case, qualifiers and '*' stripped) -> facts
_MESH: dict[str, dict] = {
    "double-blind method": {"blinding": "double"},
    "single-blind method": {"blinding": "single"},
    "placebos": {"control": "placebo"},
    "prospective studies": {"timing": "prospective"},
    "retrospective studies": {"timing": "retrospective"},
    "cohort studies": {"design": "cohort"},
    "longitudinal studies": {"design": "cohort"},
    "follow-up studies": {"design": "cohort"},
    "case-control studies": {"design": "case-control"},
    "cross-sectional studies": {"design": "cross-sectional"},
    "random allocation": {"randomized": True},
    "historically controlled study": {"control": "historical"},
    "in vitro techniques": {"species": "in-vitro"},
    "cells, cultured": {"species": "in-vitro"},
}


def _heading(term: str) -> str:
    return term.split("/")[0].strip().lstrip("*").strip().lower()


def indexed_facts(publication_types: list[str], mesh_terms: list[str]) -> dict[str, list[tuple[object, str, bool]]]:
    """fact -> [(value, the indexing term as written, specific?)] in the order found."""
    out: dict[str, list[tuple[object, str, bool]]] = {}

    def put(fact, value, term, specific):
        out.setdefault(fact, []).append((value, term, specific))

    for pt in publication_types:
        entry = _PUBLICATION_TYPES.get(pt.strip().lower())
        if entry:
            facts, specific = entry
            for fact, value in facts.items():
                put(fact, value, pt.strip(), specific)
    headings = {_heading(t): t for t in mesh_terms}
    for h, term in headings.items():
        for fact, value in _MESH.get(h, {}).items():
            put(fact, value, term.split("/")[0].strip().lstrip("*").strip(), True)
    if "humans" in headings:
        put("species", "human", headings["humans"].lstrip("*").strip(), True)
    elif "animals" in headings:
        put("species", "animal", headings["animals"].lstrip("*").strip(), True)
    return out
