"""Last piece of the study cue table: the observational designs (cohort, case-control,
cross-sectional, case series, case report)."""
from __future__ import annotations

from .markers import STRONG, WEAK


_OBSERVATIONAL_CUES: list[tuple[str, tuple, bool]] = [
    # observational designs ("In this nationwide registry cohort": a register's people followed as a cohort; "A small
    # registry-linked cohort": people whose deaths were traced through registers)
    (r"cohort\s+(?:study|studies|analysis|design|trial)|(?:prospective|retrospective|longitudinal|observational|population[- ]based|birth|inception|multicenter|multicentre|nationwide|regist(?:ry|er)(?:[- ](?:based|linked))?)\s+cohort|longitudinal\s+(?:study|analysis|design|follow)",
     (("design", "cohort", STRONG),), False),
    # "looked back at the medical records", "looked back through prescription records", "went back through the
    # health system's electronic files": a records cohort
    (r"(?:looked|went|gone|going)\s+back\s+(?:at|through|over|into)\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){0,5}?(?:records|charts|files|notes)|"
     r"(?:gathered|collected|obtained|extracted)\s+after\s+the\s+fact",
     (("design", "cohort", WEAK),), False),
    # "tracked them forward", "followed them forward for 4.3 years", "tracked 5,000 nurses for 10 years"
    (r"(?:tracked|followed|tracking|following)\s+(?:[\w,-]+\s+){0,3}?forward|tracked\s+(?:them\s+|\d[\d,]*\s+(?:[\w-]+\s+){0,2}?)?(?:for|over)\s+",
     (("design", "cohort", WEAK),), False),
    # "retrospective analysis of clinical documentation", "analysis of the medical records": people read up in
    # their files (a cohort, or a case series when nobody is compared)
    (r"(?:analysis|analyses|review|study)\s+of\s+(?:the\s+)?(?:clinical|medical|hospital|patient|health|outpatient|ambulatory)\s+"
     r"(?:documentation|records|charts|files|case\s+histories)|"
     # "a retrospective review of the school's athletic trainer records": whoever kept them, records read back
     r"retrospective\s+(?:review|analysis|audit)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:records|charts|files|documentation)\b|"
     # "Eleven-year retrospective study using the Premier Perspectives hospital database": people found in a database
     # kept before the question, read back (a cohort, or a case series when nobody is compared)
     # ("Retrospective pharmacoepidemiologic analysis of MarketScan insurance claims": a kind of analysis named between,
     # and an insurer's claims as the data kept before the question; "retrospective case-control study using the
     # registry" is the case-control cue's)
     r"retrospective\s+(?:(?!case|cross)[\w-]+\s+)?(?:study|analysis)\s+(?:using|of|from|based\s+on|drawing\s+on)\s+(?:data\s+from\s+)?(?:the\s+|an?\s+)?"
     r"(?:[\w'’-]+\s+){0,4}?(?:databases?|data\s*bases?|registry|registries|register|claims)\b",
     (("design", "cohort", WEAK),), False),
    (r"cohorts?|followed\s+(?:up\s+)?(?:for|over|prospectively)|followed\s+(?:[\w-]+\s+){1,3}?(?:prospectively|since\s+(?:1[89]|20)\d\d)\b|we\s+followed\s+(?:up\s+)?\d[\d,]*|observational|chart\s+review|record\s+review|"
     r"review(?:ed)?\s+(?:the\s+)?(?:medical\s+|clinical\s+|electronic\s+|health\s+)?(?:charts|records)|registry\s+(?:data|study|analysis)|(?:database|claims)\s+(?:study|analysis)|"
     # "followed them through the end of 2013", "followed until December 2019": people watched over calendar time
     r"followed\s+(?:them\s+|up\s+|(?:all\s+|each\s+|every\s+)?(?:patients?|participants?|people|persons|subjects)\s+)?(?:through|until|till|to)\s+"
     r"(?:the\s+end\s+of\s+|(?:[a-z]+\s+)?(?:\d{1,2}\s+)?)?(?:19|20)\d\d\b",
     (("design", "cohort", WEAK),), False),
    # ("A Case–Control Study": a title set with an en dash or a typographic hyphen)
    (r"case[- ‐‑–]control(?:led)?|nested\s+case", (("design", "case-control", STRONG),), False),
    # "169 population controls", "hospital controls", "differ between cases and controls": people without the
    # disease recruited to be set against the cases
    (r"(?:population|community|hospital|neighbou?rhood|sibling)[- ](?:based\s+)?controls\b|"
     r"(?:between|in|among)\s+(?:the\s+)?cases\s+and\s+(?:(?:the|their|matched)\s+)?controls\b",
     (("design", "case-control", STRONG),), False),
    # "Each was matched with four people of the same sex and age ... who did not have dementia": cases
    # set against people without the disease
    (r"matched\s+(?:with|to)\s+(?:up\s+to\s+)?(?:\d+|one|two|three|four|five|six|ten)\s+"
     r"(?:(?!(?:was|were|and\s+then)\b)[\w'-]+\s+){0,14}?who\s+did\s+not\s+have\b",
     (("design", "case-control", STRONG),), False),
    # "Each was matched to a man of similar age who did not start the drug": starters set against matched
    # non-starters is an exposure cohort with an untreated comparison (not cases against people without a disease)
    (r"matched\s+(?:with|to)\s+(?:an?|one|\d+|two|three|four|five)\s+(?:(?!(?:was|were|and\s+then)\b)[\w'-]+\s+){0,10}?"
     r"who\s+did\s+not\s+(?:start|take|receive|use|get|begin|fill)\b",
     (("design", "cohort", WEAK), ("control", "no-treatment", STRONG)), False),
    (r"cross[- ]sectional|prevalence\s+(?:study|survey)", (("design", "cross-sectional", STRONG),), False),
    (r"surveys?|questionnaire[- ]based", (("design", "cross-sectional", WEAK),), False),
    # "Single measurement at one point in time": everything measured once, exposure and outcome together
    # "A one-time snapshot: MRI scans of 20 practitioners ... were compared with scans of 15 people who did not": each
    # person seen once, the same thing in everyday words
    (r"(?:one|single)\s+(?:point|moment)\s+in\s+time|single\s+time[- ]?point\b(?!\s+(?:of|after|during)\b)|"
     r"(?:one[- ]time|one[- ]off|single)\s+snapshot\b",
     (("design", "cross-sectional", WEAK),), False),
    (r"case[- ]series", (("design", "case-series", STRONG), ("control", "none", WEAK)), False),
    # "The report describes a handful of patients"
    (r"(?:a\s+)?handful\s+of\s+(?:[\w-]+\s+)?(?:patients|people|cases|men|women|children|adults|volunteers)",
     (("design", "case-series", WEAK),), False),
    # "Description of three infants seen at one clinic", "Only three cases; frequency cannot be estimated": a few
    # patients written up one by one ("only three cases of rash occurred" counts events of a larger study)
    (r"descriptions?\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|[1-4]\d)\s+(?:[\w-]+\s+)?"
     r"(?:patients|infants|newborns|neonates|babies|children|cases|people|men|women|adults|families|siblings|girls|boys)\b|"
     r"only\s+(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[\w-]+\s+)?(?:cases|patients|infants)\b"
     r"(?!\s+(?:of|in|with|were|was|had|developed|reported|experienced|showed|occurred|dropped|withdrew|discontinued)\b)",
     (("design", "case-series", WEAK),), False),
    # "in this series", "our series of 77 patients": the writers' own cases, however they were found
    (r"(?:this|our|the\s+present)\s+(?:[\w-]+\s+)?series(?!\s+of\s+(?:experiments|studies|trials|analyses|papers|reports))",
     (("design", "case-series", WEAK),), False),
    # ("A six-month-old girl was brought to a children's hospital": a baby's age in months or weeks, in words or digits)
    # ("The authors describe a single player: a 19-year-old college football player": one athlete, named by the sport)
    (r"case\s+reports?|case\s+study\s+of\s+(?:a|an|one)|(?:a|an)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|"
     r"eleven|twelve|eighteen|nineteen|[a-z]+ty(?:-[a-z]+)?)[- ](?:year|month|week|day)[- ]old\s+(?:\w+\s+){0,2}?(?:man|woman|male|female|boy|girl|patient|child|infant|gentleman|lady|"
     r"player|athlete|footballer)\b|(?:we|the\s+authors)\s+(?:describe|present|report)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:case|patient|man|woman|boy|girl|child|infant|"
     r"player|athlete)\b(?!-)|"
     # "A one-page letter describes one woman of about 30": the write-up itself is about one person (not "the letter
     # describes 12 women", nor "one woman withdrew" said of a trial)
     r"(?:letter|report|paper|article|note|communication)\s+(?:describes|presents|reports)\s+(?:one|a\s+single|an?)\s+"
     r"(?:[\w-]+\s+)?(?:case|patient|man|woman|boy|girl|child|infant|mother|baby)\b(?!-)",
     (("design", "case-report", STRONG),), False),
    # "A single case; dose-response cannot be inferred", "Case record from a teaching hospital": one patient
    # written up ("a single case of rash" is an event in a larger study; "case record form" a trial's form)
    (r"(?:a|one)\s+single\s+case\b(?!\s+(?:of|in|with|who|had|was|developed|reported|experienced)\b)|"
     r"case\s+record\b(?!\s+forms?)|"
     # "Findings in a single patient", "Observations from one patient": what the report rests on is one person
     # ("the rash seen in a single patient" is an event in a larger study; "data from one patient were missing" one
     # person of many)
     r"(?:findings|observations|evidence|conclusions)\s+(?:(?:are|is)\s+)?(?:in|from|on|based\s+on)\s+"
     r"(?:a\s+single|one|only\s+one)\s+(?:patient|person|individual|case)\b(?!\s+(?:was|were|had|who|with|whose)\b)",
     (("design", "case-report", STRONG),), False),
]
