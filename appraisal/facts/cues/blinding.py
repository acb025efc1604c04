"""Fourth piece of the study cue table: blinding (double, single, open, and a bare "blinded" that context
makes single or double)."""
from __future__ import annotations

from .markers import GENERIC_BLIND, STRONG


_BLINDING_CUES: list[tuple[str, tuple, bool]] = [
    # blinding
    # "with double-blinding", "under double-masking": the noun says the same as the adjective
    (r"(?:double|triple|quadruple)[- ]?(?:blind(?:ed|ing)?|mask(?:ed|ing)?|dummy)|"
     # "Randomised, participant- and assessor-blinded trial": two parties named before one blinding word
     r"(?:participant|patient|subject)s?-\s*and\s*(?:assessor|evaluator|observer|rater|investigator|examiner|outcome[- ]assessor)s?[- ]"
     r"(?:blind(?:ed)?|mask(?:ed)?)\b",
     (("blinding", "double", STRONG),), False),
    (r"single[- ]?(?:blind(?:ed|ing)?|mask(?:ed|ing)?)|(?:assessor|evaluator|observer|rater|investigator|examiner|outcome[- ]assessor)[- ]blind(?:ed)?|blinded\s+(?:outcome\s+|end[- ]?points?\s+)?(?:assessors?|assessment|evaluat\w+|adjudicat\w+|raters?|observers?|investigators?|"
     # "Open-label with blinded endpoint review": the end points reviewed by people kept unaware (PROBE)
     r"reviews?|reviewers?)|"
     # "PROBE design ... with blinded end-point evaluation", "only the outcome assessment was blinded": the assessors only
     r"(?:outcome|end[- ]?points?)\s+(?:assessment|evaluation|adjudication)\s+(?:was|were)\s+(?:also\s+)?(?:blind(?:ed)?|mask(?:ed)?)\b|"
     # "patients and clinicians knew the target, although endpoints were judged blind": the judging of outcomes only
     r"(?:outcomes|end[- ]?points)\s+(?:were|was)\s+(?:also\s+)?(?:judged|assessed|adjudicated|evaluated|reviewed|rated|scored)\s+"
     r"(?:blind(?:ly|ed)?|mask(?:ed)?)\b|"
     # "Open-label treatment ... Liver biopsies were scored by a pathologist blinded to group", "read by two radiologists
     # masked to allocation": the specialist who judged the end point was the one masked party (PROBE)
     r"(?:patholog|radiolog|histolog|histopatholog|neuroradiolog)ists?\s+(?:(?:who\s+)?(?:was|were)\s+)?(?:blind(?:ed)?|mask(?:ed)?)\s+to\b",
     (("blinding", "single", STRONG),), False),
    (r"open[- ]label(?:led)?|open(?:,|\s+and)?\s+(?=(?:uncontrolled|non[- ]?randomi[sz]ed|single[- ]arm|non[- ]?comparative|controlled|comparative)\b)|unblinded|non[- ]?blinded|unmasked|open\s+(?:trial|study|design|investigation)|"
     # "Prospective, nonmasked, parallel-group randomised trial": the masking word's other negative prefix
     r"non[- ]?masked|"
     # "Investigation was open, without blinding", "The study was realised as open" (not "open to all residents")
     r"(?:study|trial|investigation)\s+(?:was|were)\s+(?:(?:realised|realized|conducted|performed|carried\s+out)\s+as\s+)?open\b(?![\s-]+(?:to|for|label)\b)",
     (("blinding", "open", STRONG),), True),
    # "not described as randomised or blinded", "never stated to be masked": the report is silent, which is not a
    # statement that nobody was blinded (unknown, not open)
    (r"(?:not|never)\s+(?:described|reported|stated|specified|said|mentioned)\s+(?:as\s+(?:being\s+)?|to\s+(?:be|have\s+been)\s+)"
     r"(?:[\w-]+\s+(?:or|and|nor)\s+)?(?:double[- ]|single[- ])?(?:blind(?:ed)?|mask(?:ed)?)\b", (), True),
    (r"blind(?:ed|ing)?|mask(?:ed|ing)", (("blinding", GENERIC_BLIND, STRONG),), False),
]
