"""Second piece of the study cue table: reviews and pooled analyses (meta-analysis, systematic and
narrative reviews, literature searches), with the pooling a review did not do and the studies it excluded."""
from __future__ import annotations

from .markers import STRONG, WEAK


# Designs a review says it left out ("four non-randomised studies identified in the search were excluded",
# "observational studies were excluded", "(observational studies excluded)", "excluding quasi-randomised trials"):
# not its evidence. Shared with the consistency pass, which checks a review's randomisation against them.
EXCLUDED_DESIGNS = (
    r"(?:(?:non|un|quasi)[- ]?randomi[sz]ed|observational|cohort|case[- ]control)\s+(?:[\w-]+\s+){0,6}?(?:(?:were|was)\s+)?excluded\b|"
    r"exclu(?:ded|ding|sion\s+of)\s+(?:all\s+|any\s+|the\s+)?(?:[\w-]+\s+)?(?:(?:non|quasi)[- ]?randomi[sz]ed|observational)\s+"
    r"(?:[\w-]+\s+)?(?:studies|trials|designs?)")


_REVIEW_CUES: list[tuple[str, tuple, bool]] = [
    # reviews
    # "differed too much for meta-analysis", "which precluded a meta-analysis", "narratively rather than
    # by meta-analysis": the pooling the review did not do
    (r"(?:too\s+(?:[\w-]+\s+){0,3}?(?:for|to\s+(?:permit|allow|justify))|precluded?|precluding|(?:unsuitable|inappropriate)\s+for|"
     r"not\s+(?:suitable|appropriate)\s+for|instead\s+of|rather\s+than(?:\s+by)?)\s+(?:an?\s+|any\s+|formal\s+|quantitative\s+|statistical\s+){0,3}"
     r"(?:pooling|meta[- ]?analy[sz](?:is|es))", (), True),
    # "Cohort-specific Cox models were combined by fixed-effect meta-analysis": the study pools its own
    # cohorts' (centres', countries') estimates; the pooling is its analysis method, not a review design
    (r"(?:cohort|centre|center|site|country|region|population|sample|study)[- ]specific\s+(?:[\w-]+\s+){0,4}?(?:were|was)\s+"
     r"(?:combined|pooled|summari[sz]ed|synthesi[sz]ed)\s+(?:by|using|with|in|via|through)\s+(?:an?\s+)?(?:inverse[- ]variance\s+)?"
     r"(?:(?:fixed|random)[- ]effects?\s+)?meta[- ]?analy[sz](?:is|es)", (), True),
    (r"(?:network\s+|dose[- ]response\s+|bayesian\s+|individual[- ]participant[- ]data\s+|individual[- ]patient[- ]data\s+)?meta[- ]?(?:analy[sz](?:is|es|ed|ing)|regression)",
     (("design", "meta-analysis", STRONG),), False),
    # "Pooled analysis of two phase 3 trials": the trials it counts are the studies it combines
    (r"pooled\s+analysis\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:trials|studies|rcts)|"
     # "a pooled analysis of individual patient data from the two trials": an IPD meta-analysis by another name
     r"(?:pooled|combined)\s+analys[ie]s\s+of\s+(?:the\s+)?individual[- ](?:participant|patient)[- ](?:level\s+)?data",
     (("design", "meta-analysis", STRONG),), False),
    (r"pooled\s+analysis", (("design", "meta-analysis", WEAK),), False),
    # "pulled together the results of 19 earlier trials", "Pooling 16 studies": a counted set of studies
    # whose results were combined (weak: "a cohort analysis pooling three US studies" is a cohort; the match
    # stops at the count so "randomized" in "Pooled 13 randomized trials" stays a cue of its own)
    (r"(?:pooled|pooling|pulled\s+together|pulling\s+together|combined|combining|merged|merging)\s+"
     r"(?:(?:the\s+)?(?:results|data|findings|numbers|evidence)\s+(?:of|from)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|"
     r"eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of)(?=\s+(?:[\w-]+\s+){0,3}?(?:trials|studies|rcts)\b)",
     (("design", "meta-analysis", WEAK),), False),
    # "Individual participant data pooled from 57 prospective studies": people's own records combined
    # across counted studies are an individual-participant-data meta-analysis
    (r"individual[- ](?:participant|patient)[- ]data\s+(?:(?:were|was)\s+)?(?:pooled|combined|merged)\s+(?:from|across|over)\s+"
     r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of)(?=\s+(?:[\w-]+\s+){0,3}?(?:trials|studies|rcts|cohorts)\b)",
     (("design", "meta-analysis", STRONG),), False),
    # "The trials were combined statistically"
    (r"(?:combined|pooled)\s+statistically|statistically\s+(?:combined|pooled)", (("design", "meta-analysis", STRONG),), False),
    (r"systematic(?:ally)?\s+(?:literature\s+)?(?:review(?:ed)?|search(?:ed)?)|(?:scoping|umbrella|rapid)\s+review|cochrane\s+review",
     (("design", "systematic-review", STRONG),), False),
    # "SR/MA", "SR and MA": abbreviated systematic review with meta-analysis; "SR of RCTs"
    (r"\bsrs?\s*(?:/|and|&|\+)\s*mas?\b", (("design", "meta-analysis", STRONG),), False),
    # "SRMA of 13 RCTs": the same abbreviation written as one word
    (r"\bsrmas?\b", (("design", "meta-analysis", STRONG),), False),
    # (the lookahead leaves "RCTs" to the randomisation cue)
    (r"\bsrs?\s+of(?=\s+(?:the\s+)?(?:rcts?|randomi[sz]ed|trials|studies|controlled|cohort|observational)\b)",
     (("design", "systematic-review", STRONG),), False),
    (r"(?:we\s+)?searched\s+(?:the\s+)?(?:electronic\s+)?(?:databases?\s+)?(?:of\s+)?(?:medline|pubmed|embase|cochrane|web\s+of\s+science|scopus|cinahl|psycinfo)|\bprisma\b|"
     # "searched major databases for studies of ...": a literature search for studies, not a search of records for patients
     r"searched\s+(?:[\w-]+\s+){0,3}?databases\s+for\s+(?:[\w-]+\s+){0,3}?(?:studies|trials|articles|reports|papers|publications)\b",
     (("design", "systematic-review", STRONG),), False),
    # "PubMed and Embase were searched", "MEDLINE, Embase and CENTRAL were searched": the same search in
    # the passive voice, the databases named first
    (r"(?:medline|pubmed|embase|cochrane|web\s+of\s+science|scopus|cinahl|psycinfo)(?:[\s,]+(?:and\s+|or\s+)?[\w-]+){0,6}?\s+"
     r"(?:were|was)\s+(?:[\w-]+ly\s+)?searched\b",
     (("design", "systematic-review", STRONG),), False),
    (r"(?:narrative|literature|comprehensive|critical|clinical|historical|expert|integrative|mini)[- ]review|review\s+article|(?:this|our|the\s+present)\s+(?:review|overview)|(?:an?|this)\s+overview\s+of|(?:an?|this)\s+(?:broad|brief|short|general|wide-ranging)\s+overview",
     (("design", "narrative-review", STRONG),), False),
    (r"reviews?\s+(?:of\s+)?(?:the\s+)?(?:current\s+|available\s+|published\s+)?(?:literature|evidence)",
     (("design", "narrative-review", WEAK),), False),
    # "four non-randomised studies identified in the search were excluded": a review's exclusions are
    # not its evidence
    (EXCLUDED_DESIGNS, (), True),
    # "Heterogeneous populations limit generalisation to a single group": not a single-arm design
    (r"(?:generali[sz]\w*|extrapolat\w*)\s+to\s+(?:a|any|one)\s+single\s+(?:[\w-]+\s+)?(?:group|population|setting)", (), True),
]
