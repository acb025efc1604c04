"""Section headings -> the Study field they feed, for every reader.

One place on purpose: plain text (a copied abstract or paper) and literature records (MEDLINE,
RIS, PubMed XML structured abstracts) use the same journal headings, and when the two readers had
a table each, a heading taught to one ("DESIGN, SETTING, AND PARTICIPANTS", "LIMITATIONS") stayed
unknown to the other, so the same abstract fed different fields depending on how it arrived.

`field_for_heading` answers with a Study field name ("abstract", "background", "methods",
"key_finding", "clinical_significance", "limitations") or with a part kind that Study has no field
for ("results", "discussion"); each reader decides what it does with those.
"""
from __future__ import annotations

# Headings known by their exact wording (compared case-insensitively). The plain-text reader
# takes only these as headings, so a capitalised phrase in running text is not one.
# None: a known heading that feeds no field (it still ends the section before it).
HEADINGS: dict[str, str | None] = {
    "abstract": "abstract", "summary": "abstract",
    "background": "background", "introduction": "background", "objective": "background",
    "objectives": "background", "aim": "background", "aims": "background", "purpose": "background",
    "context": "background", "rationale": "background", "importance": "background",
    "hypothesis": "background",
    "methods": "methods", "method": "methods", "materials and methods": "methods",
    "methods and materials": "methods", "patients and methods": "methods", "design": "methods",
    "study design": "methods", "setting": "methods", "participants": "methods",
    "subjects": "methods", "interventions": "methods", "intervention": "methods",
    "main outcome measures": "methods", "main outcomes and measures": "methods",
    "design, setting, and participants": "methods", "measurements": "methods",
    "search methods": "methods", "selection criteria": "methods", "data sources": "methods",
    "study selection": "methods", "data extraction": "methods", "data collection and analysis": "methods",
    "eligibility criteria": "methods", "study population": "methods",
    "methods and results": "methods",  # cardiology journals merge the two; sample sizes live here
    "results": "results", "findings": "results", "main results": "results", "key findings": "results",
    "conclusion": "key_finding", "conclusions": "key_finding", "interpretation": "key_finding",
    "conclusions and relevance": "key_finding", "authors' conclusions": "key_finding",
    "key finding": "key_finding",
    "discussion": "discussion", "clinical significance": "clinical_significance",
    "limitations": "limitations", "limitation": "limitations",
    "funding": None, "trial registration": None, "registration": None,
}

# Any other label of a structured abstract, by the words in it: journals vary the wording
# ("DATA SOURCES AND TRIAL SELECTION", "CONCLUSIONS AND IMPLICATIONS"). Checked in this order;
# the first hit decides, so a label naming a conclusion is never read as methods.
_LABEL_WORDS = (
    ("key_finding", ("CONCLUSION", "INTERPRETATION", "IMPLICATION")),
    ("discussion", ("DISCUSSION",)),
    ("clinical_significance", ("SIGNIFICANCE",)),
    ("results", ("RESULT", "FINDINGS")),
    ("methods", ("METHOD", "DESIGN", "PARTICIPANT", "SETTING", "PATIENTS", "SUBJECTS", "INTERVENTION",
                 "MEASURE", "OUTCOME", "MATERIAL", "SEARCH", "SELECTION", "DATA", "ELIGIBILITY",
                 "POPULATION", "ANIMALS", "PROCEDURE", "ANALYSIS", "CASE PRESENTATION", "CASE REPORT")),
    ("background", ("BACKGROUND", "INTRODUCTION", "OBJECTIVE", "AIM", "PURPOSE", "CONTEXT",
                    "IMPORTANCE", "RATIONALE", "HYPOTHESIS")),
)

# PubMed XML's NlmCategory, NLM's own reading of the label; it decides when given.
_NLM_CATEGORY = {"BACKGROUND": "background", "OBJECTIVE": "background", "METHODS": "methods",
                 "RESULTS": "results", "CONCLUSIONS": "key_finding"}


def is_heading(label: str) -> bool:
    """True if `label` is a heading known by its exact wording (see HEADINGS)."""
    return label.strip().casefold() in HEADINGS


def field_for_heading(label: str | None, nlm_category: str | None = None) -> str | None:
    """The field a section under `label` feeds, or None when no field takes it."""
    if nlm_category and nlm_category.upper() in _NLM_CATEGORY:
        return _NLM_CATEGORY[nlm_category.upper()]
    if not label:
        return None
    key = label.strip().casefold()
    if key in HEADINGS:
        return HEADINGS[key]
    up = label.upper()
    if "METHODS AND RESULTS" in up:
        return "methods"
    for target, words in _LABEL_WORDS:
        if any(w in up for w in words):
            return target
    return None
