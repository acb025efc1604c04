"""The timing cue table (prospective, retrospective, and plain words for either: "looked back at the
records", "followed them forward"). A table of its own, so its cues may overlap the study cues."""
from __future__ import annotations

from .markers import STRONG, WEAK


_TIMING_CUES: list[tuple[str, tuple, bool]] = [
    (r"(?:prospectively|retrospectively)\s+registered", (), True),
    (r"prospective(?:ly)?", (("timing", "prospective", STRONG),), False),
    (r"retrospective(?:ly)?", (("timing", "retrospective", STRONG),), False),
    # "We followed 46,974 men from 1986": the writers watched the outcomes happen
    (r"we\s+followed\s+(?:up\s+)?\d[\d,]*", (("timing", "prospective", WEAK),), False),
    (r"(?:looked|went|gone|going)\s+back\s+(?:at|through|over|into)\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){0,5}?(?:records|charts|files|notes)|"
     r"(?:gathered|collected|obtained|taken|extracted)\s+after\s+the\s+fact",
     (("timing", "retrospective", STRONG),), False),
    (r"(?:tracked|followed|tracking|following)\s+(?:[\w,-]+\s+){0,3}?forward", (("timing", "prospective", STRONG),), False),
    # "followed at least once a year", "followed up every six months": scheduled visits after enrolment
    (r"followed\s+(?:up\s+)?(?:at\s+least\s+)?(?:once\s+(?:a|per|every)\s+year|annually|yearly|every\s+(?:\d+|two|three|four|six|twelve)\s+(?:weeks|months|years))",
     (("timing", "prospective", WEAK),), False),
    # "in the integrated electronic records of a health plan", "Medicare billing records", "a data linkage study":
    # data that existed before the question
    # ("assessments linked to Medicare claims": the insurer's claims, kept before the question)
    (r"chart\s+review|review(?:ed)?\s+(?:the\s+)?(?:medical\s+|clinical\s+|electronic\s+|health\s+)?(?:charts|records)|(?:medical|health|patient|clinical|electronic|billing|insurance|pharmacy|dispensing)\s+(?:records?|documentation)|(?:data|record)[- ]linkage\s+(?:study|studies|cohort|analysis)|(?:registry|registries|database|databases)\s+(?:data|records)|database\s+study|(?:database|databases)\s+analysis|(?:administrative|claims|insurance)\s+(?:data|databases?)|(?:medicare|medicaid|insurance|billing|health[- ]plan)\s+claims\b|(?:data|records)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:registry|registries|database)",
     (("timing", "retrospective", WEAK),), False),
    # "a cohort built from the national cancer registry": people found in a register kept before the
    # question was asked (databases stay as they were: devset10 r15 "drawn from the clinical databases"
    # is labelled unknown)
    # "a cohort study using Danish national registers", "linked to the prescription register": people found in
    # population registers kept before the question was asked
    # "linkage between Danish nationwide administrative registers", "linkage with the national Cause of Death
    # Register": the record linkage named as a noun, and a register's name of up to three words
    (r"(?:using|used|linked\s+(?:to|with)|linkage\s+(?:to|with|between|of)|drawn\s+from|taken\s+from|obtained\s+from|identified\s+in)\s+(?:the\s+|their\s+)?"
     r"(?:[\w-]+\s+)?(?:national|nationwide|population|health|administrative|prescription|patient|birth|psychiatric|civil)\s+"
     r"(?:[\w-]+\s+){0,3}?registers?\b(?!\s+(?:of\s+)?(?:trials?|studies)\b)",
     (("timing", "retrospective", WEAK),), False),
    # "Observational cohort analysis using the British Society for Rheumatology Biologics Register": a cohort drawn
    # from a named register (not a trials register)
    (r"cohort\s+(?:study|analysis)\s+using\s+(?:data\s+from\s+)?(?:the\s+)?(?:(?!trials?\b)[\w-]+\s+){0,6}?(?:registry|register)\b"
     r"(?!\s+(?:of\s+)?(?:trials?|studies)\b)",
     (("timing", "retrospective", WEAK),), False),
    (r"(?:assembled|drawn|identified|compiled|built|selected)\s+from\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:registry|registries)\b|"
     # "Patients treated ... between 1959 and 1985 were identified from the records of the national programme": the
     # cohort found in records kept before the question (a case-control study's cases, so found, keep their timing
     # unsaid: the design reads only the word there)
     r"(?:assembled|drawn|identified|compiled|selected)\s+from\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}?records\b|"
     # "In this nationwide registry cohort", "a registry-based cohort": the cohort is the register's people ("a small
     # registry-linked cohort": its people found again in registers)
     r"regist(?:ry|er)(?:[- ](?:based|linked))?\s+cohorts?\b|"
     # "Registry analysis (2007-2021). Nationwide health registers of Denmark, Norway and Sweden.", "Nationwide Swedish
     # registers: every man under 80 hospitalised ...": the registers named as the study's source, heading-style (a
     # records cohort, LABELLING; devset7 m14 relabelled so in session 11), not a trials register
     r"regist(?:ry|er)\s+analys[ie]s\b",
     (("timing", "retrospective", WEAK),), False),
    # ("National registers of causes of death gave the outcomes" may serve a prospective cohort: the heading's colon
    # is needed)
    (r"nation(?:al|wide)\s+(?:(?!trials?\b)[\w-]+\s+){0,2}?registers?(?=\s*:)",
     (("timing", "retrospective", WEAK),), False),
]
