"""The words that decide the categorical facts, and how context changes what they mean.

Each cue names the facts it asserts. A cue's meaning depends on its clause: "No randomized control
group" negates both "randomized" and "control group"; "larger randomized trials are needed" talks
about other (future) studies and decides nothing.

Speed: the cue patterns are split into alternatives grouped by their first letters; a group's regex
runs only when some word of the study starts with those letters, and each regex starts with a
literal, which Python's engine finds fast; a group also stays idle when the study lacks a word its
patterns cannot match without (prefilter.gate, read off the patterns themselves). Context words
are found in the same pass, and the precise context patterns run only next to a cue.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import itemgetter

from appraisal.facts.prefilter import gate, opens
from appraisal.facts.text import Document

STRONG, WEAK = 2, 1

# Marker values that are not facts themselves but decide facts through context.
GENERIC_CONTROL = "generic-control"   # "control group": concurrent control of unknown kind
GENERIC_BLIND = "generic-blind"       # "blinded": who was blinded decides single/double
NOT_PLACEBO = "not-placebo"
MIXED_CONTROL = "mixed-control"       # "mixed comparators": a review's included studies differ
ALLOCATED = "allocated"               # a stated way of allocating ("by lot"): negated, a non-randomised trial


# (pattern, ((fact, value, strength), ...), fixed) - fixed cues carry their own polarity.
_STUDY_CUES: list[tuple[str, tuple, bool]] = [
    # blockers: words that look like cues but are not about allocation
    (r"mendelian\s+randomi[sz]ation", (), True),
    (r"randomly\s+(?:selected|sampled|chosen|drawn|recruited)|random(?:ly)?\s+sampl\w*|random\s+(?:sample|selection)", (), True),
    (r"(?:prospectively|retrospectively)\s+registered", (), True),
    # "questionnaire-based follow-up", "follow-up questionnaire", "a telephone survey at 3 months":
    # how outcomes were collected, not a cross-sectional design
    (r"(?:questionnaire|survey|telephone|postal|mailed)[- ]based\s+follow[- ]?ups?|follow[- ]?up\s+(?:(?:telephone|postal|mailed|online)\s+)?(?:questionnaires?|surveys?)",
     (), True),
    (r"placebo\s+(?:effects?|responses?|responders?)", (), True),
    # "quadriceps cross-sectional area was measured by MRI": a size measured on a scan, not a design
    (r"cross[- ]sectional\s+(?:muscle\s+|fibre\s+|fiber\s+)?areas?", (), True),
    # "Historical comparison rather than a concurrent or randomized control group": the group denied
    (r"(?:rather\s+than|instead\s+of)\s+(?:an?\s+|the\s+)?(?:(?:concurrent|contemporaneous|parallel|randomi[sz]ed|placebo|matched|untreated)"
     r"[\s,-]+(?:(?:or|and)\s+)?){1,3}(?:control(?:led)?|comparison|comparator)s?(?:\s+(?:groups?|arms?|trials?|design))?", (), True),
    # "Clinicians can ask about sleep as part of routine care": where something is done, not a comparator
    (r"(?:as\s+part\s+of|during|into)\s+(?:their\s+|the\s+)?(?:routine|usual|standard)\s+(?:clinical\s+|medical\s+|primary\s+)?(?:care|practice|visits?|check-?ups?)",
     (), True),
    # "previously untreated patients": treatment-naive people, not an untreated group
    (r"(?:previously|hitherto|initially)\s+untreated", (), True),
    # "side effects may have unblinded some participants": a threat to blinding, not an open design
    (r"(?:may|might|could|can|would)\s+(?:have\s+)?(?:\w+ly\s+)?un(?:blind|mask)\w*", (), True),
    # double-dummy: a placebo of the other arm's drug keeps blinding; it is not the comparator
    (r"(?:matching\s+)?placebos?\s+(?:matching|matched\s+to|identical\s+to|of|for)\s+the\s+other\s+(?:drug|treatment|medication|arm|agent|intervention)", (), True),
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
    (r"(?:non|un|quasi)[- ]?randomi[sz]ed\s+(?:[\w-]+\s+){0,6}?(?:were|was)\s+excluded|"
     r"exclu(?:ded|ding|sion\s+of)\s+(?:all\s+|any\s+|the\s+)?(?:[\w-]+\s+)?(?:non|quasi)[- ]?randomi[sz]ed\s+(?:[\w-]+\s+)?(?:studies|trials|designs?)",
     (), True),
    # "Heterogeneous populations limit generalisation to a single group": not a single-arm design
    (r"(?:generali[sz]\w*|extrapolat\w*)\s+to\s+(?:a|any|one)\s+single\s+(?:[\w-]+\s+)?(?:group|population|setting)", (), True),
    # non-randomized before randomized (same start is impossible; "non" comes first in text)
    (r"(?:non|un|quasi)[- ]?randomi[sz]ed,?\s+(?:\w+[- ]?\s+){0,2}?(?:controlled\s+)?(?:trial|intervention)|"
     # "non-RCT", "NRCT": a non-randomised controlled trial, abbreviated
     r"(?:non|quasi)[- ]rcts?|nrcts?",
     (("design", "controlled-trial", STRONG), ("randomized", False, STRONG)), True),
    # "split by clutch, not randomly", "non-randomly assigned": an allocation said not to be random
    (r"(?:non|un|quasi)[- ]?randomi[sz](?:ed|ation)|quasi[- ]experimental|non[- ]?randomly\s+(?:assigned|allocated|divided|split)|"
     r"(?:assigned|allocated|divided|distributed|split|placed|sorted)\s+(?:[\w-]+,?\s+){0,4}?(?:not|never)\s+(?:randomly|at\s+random)\b",
     (("randomized", False, STRONG), ("design", "controlled-trial", WEAK)), True),
    # "allocation by alternation", "alternate families were given", "odd/even record numbers": assignment by
    # turns is predictable (quasi-random), not randomised ("alternate days" is a dosing schedule)
    (r"(?:by|through|using)\s+(?:strict\s+|simple\s+)?alternation|alternat(?:e|ely|ing)\s+(?:allocation|assignment)|"
     r"(?:allocated|assigned|distributed|given)\s+alternately|"
     r"alternate\s+(?:families|households|patients|participants|subjects|admissions|cases|children|infants|women|men|mothers|persons|people|villages|schools|wards|clinics)|"
     r"odd[- ](?:and[- ]|or[- ]|/)?even|quasi[- ]random(?:ly|\s+(?:allocation|assignment))?\b",
     (("randomized", False, STRONG), ("design", "controlled-trial", WEAK)), True),
    # "Allocation was not random", "assignment was not randomised": the allocation itself said not to be random
    (r"(?:allocation|assignment)\s+(?:to\s+(?:[\w-]+\s+){1,3}?)?(?:was|were|is)\s+not\s+(?:random(?:i[sz]ed)?|by\s+chance)\b",
     (("randomized", False, STRONG), ("design", "controlled-trial", WEAK)), True),
    # "not described as randomised", "not reported to be randomized": the report is silent, which is not a
    # statement that allocation was non-random
    (r"(?:not|never)\s+(?:described|reported|stated|specified|said|mentioned)\s+(?:as\s+(?:being\s+)?|to\s+(?:be|have\s+been)\s+)randomi[sz]ed", (), True),
    # "alternation rather than true random allocation": the randomisation word names what was not done
    (r"(?:rather\s+than|instead\s+of)\s+(?:true\s+|formal\s+|proper\s+|genuine\s+|real\s+|actual\s+)?"
     r"(?:randomi[sz](?:ation|ing)|random\s+(?:allocation|assignment))", (), True),
    # "DB-RCT": the writer's abbreviation of a double-blind randomised trial
    (r"\bdb[- ]?rcts?\b", (("blinding", "double", STRONG), ("design", "rct", STRONG), ("randomized", True, STRONG)), False),
    # ("cRCT": a cluster RCT)
    (r"\brcts?\b|\bcrcts?\b|randomi[sz](?:ed|ation|ing)|randomly\s+(?:\w+\s+)?(?:assigned|allocated|divided|distributed|split|placed)|random\s+(?:assignment|allocation)|(?:assigned|allocated)\s+at\s+random",
     (("design", "rct", STRONG), ("randomized", True, STRONG)), False),
    # "one half of the scalp, chosen at random, was injected", "the treated eye was selected at random": a
    # within-person trial allocating a body side or part by chance (people "chosen at random" are a sample)
    (r"(?:side|sides|half|halves|eye|eyes|forearm|forearms|arm|arms|leg|legs|limb|limbs|hand|hands|foot|feet|knee|knees|ear|ears)"
     r",?\s+(?:(?!(?:not|never)\b)[\w-]+,?\s+){0,6}?(?:chosen|selected|picked)\s+at\s+random",
     (("design", "rct", STRONG), ("randomized", True, STRONG)), False),
    # random allocation said without "randomised": "assigned by lot", "allocated by a computer-generated
    # sequence", "a random-number table", "decided at random", "drawing lots", "minimisation"; a stated
    # allocation that is negated ("not by any chance procedure") is a non-randomised trial
    (r"(?:computer|randomly)[- ]generated\s+(?:(?:random|randomi[sz]ation|allocation|block|assignment)\s+)*(?:sequences?|lists?|schedules?|codes?|numbers?|tables?)|"
     r"random[- ]numbers?\s+(?:tables?|procedures?|generators?|sequences?|lists?|methods?)|tables?\s+of\s+random\s+numbers|"
     # "split 69 women aged 35 to 55 into three groups by chance", "put into a group by chance", "handed out by
     # chance": a bounded gap of plain words (no verb or clause word, so "assigned a number, then a sample was
     # chosen at random" is not allocation, and "split by clutch, not randomly" is its negation)
     r"(?:assigned|allocated|divided|distributed|decided|determined|placed|split|apportioned|put|sorted|set|handed\s+out)\s+"
     r"(?:(?!(?:was|were|is|are|who|which|that|then|chosen|picked|selected|sampled|drawn|not|never)\b)[\w-]+,?\s+){0,12}?"
     # "Subjects were distributed randomly", "divided in groups by random way": the adverb after the verb
     r"(?:randomly\b(?!\s+(?:selected|sampled|chosen|drawn|recruited|picked))|(?:by|in)\s+(?:an?\s+|the\s+)?random\s+(?:way|manner|fashion|method|principle)\b|"
     r"at\s+random|by\s+(?:lots?|chance|(?:a\s+)?coin\s+(?:toss|flip)|(?:the\s+)?(?:toss|flip)\s+of\s+a\s+coin|drawing\s+(?:of\s+)?lots|lottery|minimi[sz]ation|(?:a\s+)?(?:random\s+)?draw)\b|"
     r"using\s+(?:a\s+)?minimi[sz]ation)|"
     # "A draw decided which powder each person started with", "flipped a coin"
     r"draw\s+(?:decided|determined|settled|chose|set)|(?:flipped|tossed)\s+a\s+coin|"
     r"drawing\s+of\s+lots|drew\s+lots|minimi[sz]ation\s+(?:algorithm|procedure|program(?:me)?|method)|chance\s+(?:procedure|mechanism|process|device)",
     (("design", "rct", STRONG), ("randomized", True, STRONG), ("design", ALLOCATED, WEAK)), False),
    # "None of the studies assigned anyone to sleep more or less", "assigned nobody": no allocation at all
    (r"none\s+of\s+the\s+(?:[\w-]+\s+)?(?:studies|trials)\s+(?:assigned|allocated|randomi[sz]ed)\b|(?:assigned|allocated)\s+(?:nobody|no[\s-]one)\b",
     (("randomized", False, STRONG),), True),
    # "sequentially numbered sealed opaque envelopes": concealment of a (random) allocation
    (r"sealed\s+(?:[\w-]+\s+){0,2}?envelopes|opaque\s+(?:[\w-]+\s+){0,2}?envelopes",
     (("design", "rct", WEAK), ("randomized", True, WEAK)), False),
    # blinding
    (r"(?:double|triple|quadruple)[- ]?(?:blind(?:ed)?|mask(?:ed)?|dummy)",
     (("blinding", "double", STRONG),), False),
    (r"single[- ]?(?:blind(?:ed)?|mask(?:ed)?)|(?:assessor|evaluator|observer|rater|investigator|examiner|outcome[- ]assessor)[- ]blind(?:ed)?|blinded\s+(?:outcome\s+)?(?:assessors?|assessment|evaluat\w+|raters?|observers?|investigators?)",
     (("blinding", "single", STRONG),), False),
    (r"open[- ]label(?:led)?|open(?:,|\s+and)?\s+(?=(?:uncontrolled|non[- ]?randomi[sz]ed|single[- ]arm|non[- ]?comparative|controlled|comparative)\b)|unblinded|non[- ]?blinded|unmasked|open\s+(?:trial|study|design|investigation)|"
     # "Investigation was open, without blinding", "The study was realised as open" (not "open to all residents")
     r"(?:study|trial|investigation)\s+(?:was|were)\s+(?:(?:realised|realized|conducted|performed|carried\s+out)\s+as\s+)?open\b(?![\s-]+(?:to|for|label)\b)",
     (("blinding", "open", STRONG),), True),
    (r"blind(?:ed|ing)?|mask(?:ed|ing)", (("blinding", GENERIC_BLIND, STRONG),), False),
    # control
    (r"(?:placebo|sham|vehicle|saline)[- ]controlled(?=,?\s+(?:[\w-]+,?\s+){0,3}?(?:trial|study|experiment))",
     (("control", "placebo", STRONG), ("design", "controlled-trial", STRONG)), False),
    (r"(?:placebo|sham|vehicle|saline)[- ]controlled|placebos?|sham|vehicle[- ]?(?:treated|control|group|only)|(?:saline|vehicle)[- ](?:injected|treated)|(?:saline|vehicle)\s+(?:controls?|groups?)|(?:matching|matched|identical)\s+(?:[\w-]+\s+)?(?:saline|vehicle)|(?:saline|vehicle)\s+(?:alone|only)|"
     # "one group received the same volume of saline", "the other received 0.1 mL saline", "76 received
     # vehicle", "assigned to vehicle or D+Q", "four groups: vehicle (saline) or ipamorelin": the
     # vehicle-injected group of an experiment
     r"(?:received|receiving|given|injected\s+with|treated\s+with)\s+(?:an?\s+|the\s+)?(?:(?:same|equal|equivalent|identical|matching)\s+(?:volume|amount|dose)s?\s+of\s+)?"
     r"(?:\d+(?:\.\d+)?\s*(?:ml|µl|μl|ul)\s+(?:of\s+)?)?(?:normal\s+|physiological\s+|sterile\s+|phosphate[- ]buffered\s+)?(?:saline|vehicle|pbs)\b"
     r"(?!\s+(?:hydration|flush(?:es)?|locks?|priming|drips?|to\s+maintain))|"
     r"(?:vehicle|saline|pbs)(?:\s*\((?:[\w-]+\s*){1,3}\))?\s+(?:or|versus|vs)\b|"
     # "control rats received saline injections", "control mice were given the vehicle"
     r"control\s+(?:mice|rats|animals|groups?|arms?|cells|cultures)\s+(?:were\s+|was\s+)?(?:received|receiving|given|injected\s+with|treated\s+with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:saline|vehicle|pbs)\b",
     (("control", "placebo", STRONG),), False),
    # "Saline (control)", "vehicle (controls)": a group list naming the saline arm as the control
    (r"(?:normal\s+|physiological\s+|sterile\s+)?(?:saline|vehicle|pbs)\s*\((?:the\s+)?controls?(?:\s+group)?(?=\))",
     (("control", "placebo", STRONG),), False),
    # "KPV dissolved in their drinking water or plain drinking water as vehicle": the other arm got the vehicle
    (r"(?:or|versus|vs\.?)\s+(?:[\w-]+\s+){1,6}?as\s+(?:(?:the|a)\s+)?vehicle\b(?:\s+controls?)?",
     (("control", "placebo", STRONG),), False),
    # "vs PBO", "PBO-controlled": the registry abbreviation of placebo
    (r"pbos?(?:[- ]controlled)?", (("control", "placebo", STRONG),), False),
    (r"(?:or|versus|vs\.?|and)\s+(?:with\s+|to\s+)?(?:(?:an?|the)\s+)?(?:(?:ethanol|dmso|pbs|buffer|oil|water)\s+)?(?:(?:same|equal|equivalent|matching)\s+(?:volume|amount|dose)s?\s+of\s+)?(?:normal\s+|physiological\s+)?(?:saline|vehicle)(?:\s+(?:alone|only|control|injections?))?",
     (("control", "placebo", STRONG),), False),
    # "identical-looking inactive capsules", "a dummy tablet", "sugar pills": a placebo by another name
    (r"(?:inactive|inert|dummy|sugar|look[- ]alike|identical[- ]looking)[\s-]+(?:[\w-]+\s+)?(?:capsules?|pills?|tablets?|drinks?|injections?|powders?|sachets?|infusions?|lozenges?|gels?|creams?|sprays?|substances?)",
     (("control", "placebo", STRONG),), False),
    # "a befriending protocol ... which served as an attention-matched social-support control": a control
    # matched for time and attention stands in for the non-specific effects, as a placebo does
    (r"attention[- ](?:matched|equivalent|comparable)\s+(?:[\w-]+\s+){0,3}?(?:controls?|comparators?|comparisons?|conditions?|arms?|groups?)\b",
     (("control", "placebo", STRONG),), False),
    # "a control drink identical in flavour", "an appearance-matched powder": a dummy product, i.e. a placebo
    (r"(?:matched|identical|indistinguishable)\s+(?:in|for|by)\s+(?:taste|flavou?r|appearance|colou?r|smell|texture)|"
     r"(?:taste|flavou?r|appearance)[- ]matched",
     (("control", "placebo", STRONG),), False),
    # "or to matched vegetable-oil capsules", "versus identical-looking tablets": a look-alike product given
    # as the other arm is a placebo (only right after "or/versus/to", where the comparator is named)
    (r"(?:\bor|versus|vs\.?|compared\s+(?:with|to))\s+(?:to\s+)?(?:the\s+)?(?:matched|matching|identical(?:[- ]looking)?|look-?alike)\s+"
     r"(?:[\w-]+\s+){0,2}?(?:capsules|tablets|pills|sachets|softgels|drinks|powders?)\b",
     (("control", "placebo", STRONG),), False),
    # "the comparison arm received an established active dietary treatment rather than nothing"
    (r"(?:comparison|comparator|control)\s+(?:arm|group)\s+(?:received|was\s+given|got|followed|underwent)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?active\b",
     (("control", "active", STRONG),), False),
    # "gave each of six pairs a different treatment": every group treated, none untreated
    (r"(?:each|every)\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:groups?|pairs?|arms?)\s+(?:received\s+|was\s+given\s+|got\s+)?a\s+different\s+"
     r"(?:treatment|remedy|drug|diet|intervention|regimen|therapy|dose|medication)",
     (("control", "active", STRONG), ("design", "controlled-trial", WEAK)), False),
    (r"active[- ](?:comparators?|controls?|controlled|treatment\s+controls?)|head[- ]to[- ]head|non[- ]?inferiority|(?:standard|reference|conventional)\s+(?:drug|medication|antibiotics?|agent|pharmacotherapy)",
     (("control", "active", STRONG),), False),
    # "than the same exercise indoors", "took part in the same physical activity both outdoors and
    # indoors": each group does the activity, only the setting or route differs
    (r"(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:doing\s+|performing\s+)?the\s+same\s+(?:[\w-]+\s+){0,2}?(?:activity|activities|exercises?|training|programmes?|programs?|interventions?|treatments?|therap(?:y|ies)|drugs?|medications?|doses?|regimens?)"
     r"(?!\s+(?:without|alone|only|minus|but\s+no|plus|with)\b)|"
     r"the\s+same\s+(?:[\w-]+\s+){0,2}?(?:activity|activities|exercises?|training|programmes?|programs?|interventions?|treatments?|drugs?|doses?)\s+both\s+(?:[\w-]+\s+){1,3}?and\s+[\w-]+",
     (("control", "active", STRONG),), False),
    # "compared with an active recovery", "light cycling (active recovery)": the comparison group also did a
    # recovery routine, an active comparator rather than rest
    (r"(?:against|versus|vs\.?|than|compared\s+(?:with|to))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?active\s+recovery\b|"
     r"\(active\s+recovery(?=\))",
     (("control", "active", STRONG),), False),
    # "dose-comparison trial (400 vs 4,000 IU)": each group is given the treatment; the lower dose is the comparator
    (r"dose[- ]comparison|dose[- ]ranging\s+(?:trial|study)|(?:two|three|four|different)\s+doses\s+(?:were\s+)?compared",
     (("control", "active", STRONG),), False),
    # "the doses were only compared with each other": the groups differ by dose alone, so a dose is the comparator
    (r"doses\s+(?:were|are)\s+(?:only\s+|just\s+|simply\s+)?compared\s+(?:only\s+)?(?:with|to|against)\s+(?:each\s+other|one\s+another)",
     (("control", "active", STRONG), ("design", "controlled-trial", WEAK)), False),
    # "each took single doses of 100, 300 and 1,000 mg in a crossover": every person had every dose, so
    # the doses are compared with one another (a dose escalation across people names no crossover)
    (r"doses\s+of\s+\d[\d,.]*(?:\s*(?:mg|g|µg|mcg|iu)(?:/kg)?)?(?:\s*,\s*\d[\d,.]*(?:\s*(?:mg|g|µg|mcg|iu)(?:/kg)?)?)*,?\s+(?:and|or)\s+"
     r"\d[\d,.]*\s*(?:mg|g|µg|mcg|iu)(?:/kg)?\b[^.;]{0,60}?\bcross[- ]?over",
     (("control", "active", STRONG), ("design", "controlled-trial", WEAK)), False),
    # "than calorie restriction alone", "versus the same exercise programme only": the comparator is a
    # regimen the trial itself delivers (diet, fasting, exercise), an active intervention without the add-on
    (r"(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?(?:same\s+)?(?:daily\s+)?(?:(?:calori(?:e|c)|energy)\s+restriction|"
     r"(?:intermittent|alternate[- ]day|periodic)\s+fasting|(?:supervised\s+)?(?:exercise|training|diet(?:ary)?|weight[- ]loss)\s+(?:programmes?|programs?|regimens?|interventions?))\s+(?:alone|only)\b",
     (("control", "active", STRONG),), False),
    # "EPA added to statin therapy versus statin therapy alone": the comparator is the standard treatment;
    # "compared with the same treatment without melatonin": the background treatment without the add-on
    # "compared with those who received the standard hydroxychloroquine–azithromycin regimen without zinc"
    (r"(?:versus|vs\.?|compared\s+with|compared\s+to)\s+(?:(?:those|patients|participants|people|adults|children|women|men)\s+"
     r"(?:who\s+(?:received|were\s+given|took|had)|given|receiving|on)\s+)?(?:the\s+)?(?:[\w–-]+\s+){0,3}?(?:therapy|treatment|care|medication|regimen)\s+"
     r"(?:alone|without\s+(?:the\s+|added\s+)?(?!(?:any|treatment|therapy|intervention|drugs?|medications?)\b)[\w-]+)",
     (("control", "usual-care", STRONG),), False),
    # "compared with usual or higher saturated fat intake", "a typical American control diet", "the control diet
    # (typical US intake)": the comparison went on eating as people usually do
    (r"(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:an?\s+|the\s+|their\s+)?(?:usual|typical|habitual)\s+(?:or\s+[\w-]+\s+)?"
     r"(?:[\w-]+\s+){0,3}?(?:intakes?|diets?|eating)\b|"
     r"(?:typical|usual|habitual)\s+(?:[\w-]+\s+){0,2}?control\s+diets?\b|control\s+diets?\s*\(\s*(?:an?\s+)?(?:typical|usual|habitual)\b",
     (("control", "usual-care", STRONG),), False),
    (r"usual[- ]care|standard[- ]of[- ]care|standard[\s-]+(?:medical\s+)?(?:care|treatment|therapy)|standard\s+[a-z-]+\s+care|routine\s+(?:care|treatment)|conventional\s+(?:treatment|therapy|care)|best\s+supportive\s+care|treatment\s+as\s+usual|basic\s+(?:therapy|treatment|care)|"
     # "the other hospital continued its normal diet": the comparison kept the usual regime
     r"(?:continued|kept|maintained|remained\s+on|stayed\s+on)\s+(?:with\s+)?(?:its|their|the|his|her)\s+(?:normal|usual|ordinary|customary|regular)\s+"
     r"(?:hospital\s+)?(?:diet|food|meals|care)|"
     # "Controls continued their usual medication alone": the comparison kept its existing treatment only
     r"(?:continued|kept|maintained|remained\s+on|stayed\s+on)\s+(?:with\s+)?(?:its|their|the|his|her)\s+(?:usual|regular|existing|current|normal|standard)\s+"
     r"(?:[\w-]+\s+)?(?:medications?|medicines?|treatments?|therap(?:y|ies)|drugs?|care)\s+(?:alone|only|without)\b|"
     # "the fourth group simply kept to their usual warm showers": a group (not everyone, as in "all were
     # asked to keep to their usual diet") that went on with its usual routine is the usual-care comparison
     r"(?:groups?|arms?|controls),?\s+(?:simply\s+|just\s+|only\s+|merely\s+)?(?:kept|stuck|held|continued|carried\s+on)\s+"
     r"(?:to|with)\s+(?:its|their)\s+(?:usual|normal|habitual|regular|ordinary|customary)\b|"
     # "Control schools kept their usual timetable": comparison units (schools, wards, practices) that went on
     # with their ordinary routine
     r"(?:control|comparison)\s+(?:schools|classes|classrooms|wards|practices|clinics|hospitals|villages|communities|sites|units|"
     r"centres|centers|homes|workplaces|groups|arms)\s+(?:simply\s+|just\s+)?(?:kept|continued|maintained|followed|retained)\s+"
     r"(?:with\s+)?(?:its|their)\s+(?:usual|normal|regular|ordinary|customary|existing|standard)\s+"
     r"(?:timetables?|schedules?|routines?|curricul(?:um|a)|lessons|activities|practices?|programmes?|programs?|procedures)\b",
     (("control", "usual-care", STRONG),), False),
    (r"no[- ](?:treatment|intervention)\s+(?:control|group|arm|condition)s?|left\s+untreated|untreated\s+(?:[\w-]+\s+){1,2}?(?:served|acted|was\s+used|were\s+used)\s+as\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:controls?|comparison|comparators?|reference)\b|untreated\s+(?:as\s+)?(?:[\w-]+\s+)?(?:controls?|groups?|arms?|animals|rats|mice|worms|flies|embryos|larvae|fish|monkeys|dogs|cells|cultures|[a-z]*cytes|neurons|fibroblasts|myotubes|macrophages|islets|organoids|explants|slices|wells|patients|people|men|women|children|comparators?|comparisons?|subjects|individuals|persons|adults|participants|volunteers)|or\s+without\s+(?:the\s+)?(?:peptide|drug|compound|agent|treatment|supplement|hormone|factor|pre-?treatment|co-?treatment)|wait(?:ing)?[- ]?list(?:ed)?|(?:received|receiving|given|got|with)\s+no\s+(?:\w+\s+)?(?:treatment|intervention|supplement\w*|therapy|programmes?|programs?|peptides?|drugs?|compounds?|agents?|extracts?|coaching|counsell?ing|training|advice)|(?:given|received|receiving|got|drank|drinking|with)\s+(?:plain|regular|normal|ordinary|tap|untreated)\s+(?:drinking\s+)?water|(?:same|identical|matched|basal|control|standard)\s+(?:diet|chow|food|feed|medium|water)(?:\s+(?:and|or)\s+(?:diet|chow|food|feed|water))?(?:\s+ad\s+libitum)?\s+without|(?:received|receiving|given|got)\s+nothing|(?:contemporary|contemporaneous|concurrent)\s+(?:[\w-]+\s+){0,3}?(?:controls?|comparators?|comparisons?|users|non-?users|cohort|group)|observation[- ]only|(?:un|non-?)supplemented\s+(?:[\w-]+\s+){0,2}?(?:controls?|groups?|arms?|participants|patients|adults|subjects|wom[ae]n|m[ae]n|mothers|pregnancies)|controls?\s+(?:were|was)\s+(?:[\w-]+\s+){0,3}?without\s+(?:any\s+)?(?:supplementation|supplements?|treatment|therapy|intervention)|(?:observed|followed|monitored|managed)\s+without\s+(?:any\s+)?(?:treatment|therapy|intervention|the\s+drug)|attention[- ]control|"
     r"(?:residents|patients|participants|people|those|subjects|adults|individuals|women|men|children)\s+not\s+(?:supplemented|treated)(?!\s+with)|"
     # "Control group did not receive the preparation", "the control arm didn't get any dietary prescription":
     # the group exists and went without (not a denied control group)
     r"control\s+(?:groups?|arms?|subjects|patients|participants|persons|animals)\s+(?:did|does|do)\s+not\s+(?:receive|get|take|undergo)\b|"
     # "formed the comparison group; they did not diet", "the comparison arm did not exercise": the
     # comparison group went without the regimen itself
     r"(?:comparison|comparator|control)\s+(?:groups?|arms?)(?:\s*[;,]\s*they)?\s+(?:did|does|do)\s+not\s+(?:diet|fast|exercise|train)\b|"
     # "the control group (n = 121) received no vitamin K2": the group was given nothing, whatever it lacked
     r"control\s+(?:groups?|arms?)\s+(?:\(\s*n\s*=\s*\d[\d,]*\s*\)\s+)?(?:received|was\s+given|were\s+given|got|took)\s+no\s+(?!placebo\b|sham\b|dummy\b)|"
     # "or to no offer of testing or supplements"; "patients on the other wards were not supplemented"
     r"(?:\bor|versus|vs\.?)\s+(?:to\s+)?no\s+(?:[\w-]+\s+)?(?:offer|treatment|intervention|supplementation|supplements?|therapy)\b(?!\s+(?:effects?|differences?|benefits?|responses?))|"
     r"(?:were|was)\s+not\s+(?:supplemented|treated)(?!\s+(?:with|for|by|differently))|"
     # "the same protocol with no DHEA and no placebo": the comparison got neither the drug nor a dummy
     # ("no comparison group and no dummy injection" denies the group itself)
     r"no\s+(?!(?:comparison|comparator|control|concurrent|parallel|untreated|placebo|sham)\b)(?:[\w-]+\s+){1,2}?(?:and|or|nor)\s+no\s+(?:placebo|sham|dummy)\b|"
     r"(?:refused|declined)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:treatment|supplementation|therapy|intervention)\s+(?:served|were\s+used|acted)\s+as\s+(?:the\s+)?controls?",
     (("control", "no-treatment", STRONG), ("design", "controlled-trial", WEAK)), True),
    # "the other group was asked to keep sleeping as they normally did", "carried on as usual", "made no
    # lifestyle changes", "the same high-calorie diet with resveratrol" (the others had the diet without it):
    # the comparison group went without, in plain words
    (r"(?:keep|keeps|kept|keeping|carried\s+on|carry\s+on|went\s+on|continued)\s+(?:[\w-]+ing\s+)?as\s+(?:they\s+|he\s+|she\s+)?"
     r"(?:normal(?:ly)?|usual(?:ly)?|before|always)(?:\s+(?:did|had))?|"
     r"made\s+no\s+(?:[\w-]+\s+)?changes|"
     r"same\s+(?:[\w-]+\s+){0,2}?(?:diet|chow|food|feed|medium)\s+(?:with|plus)\b",
     (("control", "no-treatment", STRONG),), True),
    # "compared with wild-type littermates", "non-transgenic controls": a genetic model's comparison
    # animals were given nothing
    (r"(?:wild[- ]type|non[- ]?transgenic)\s+(?:[\w-]+\s+)?(?:littermates?|controls?)|littermate\s+controls?|"
     # "Wild-type mice served as an additional comparison"
     r"(?:wild[- ]type|non[- ]?transgenic)\s+(?:mice|rats|animals|flies|fish|worms)\s+(?:served|acted|were\s+used)\s+as\s+"
     r"(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:comparison|controls?|comparators?|reference)\b|"
     r"(?:compared\s+(?:with|to)|versus|than)\s+(?:the\s+)?(?:age-matched\s+)?(?:wild[- ]type|non[- ]?transgenic)\s+(?:mice|rats|animals|flies)",
     (("control", "no-treatment", STRONG), ("design", "controlled-trial", WEAK)), True),
    # "Control: ad libitum (AL) diet, no intervention", "Control: SD without drug": the control
    # arm's own entry says it got nothing; "CR vs ad libitum diet": eating as usual
    (r"(?:control|comparator)(?:s|\s+(?:group|arm|condition)s?)?:\s+(?:[\w().+/-]+,?\s+){0,5}?(?:no\s+(?:intervention|treatment|supplement\w*|therapy|drug)|without\s+(?:the\s+|any\s+)?(?:drug|treatment|supplement\w*|intervention|therapy|compound))\b|"
     r"(?:control|comparator)(?:s|\s+(?:group|arm|condition)s?)?:\s+(?:an?\s+)?ad[- ]libitum|(?:versus|vs\.?|or|compared\s+(?:with|to))\s+(?:an?\s+)?ad[- ]libitum\s+(?:\(al\)\s+)?(?:diet|intake|eating|feeding|food)",
     (("control", "no-treatment", STRONG),), True),
    # "the pair-mate served as the control-fed dog", "ad libitum-fed controls", "unrestricted
    # littermates": in a feeding experiment the comparison group simply eats as usual
    (r"control[- ]fed|(?:ad[- ]libitum|freely)[- ]fed\s+(?:[\w-]+\s+)?(?:controls?|groups?|animals|mice|rats|dogs|monkeys|littermates|pair[- ]mates?)|"
     r"(?:unrestricted|non-?restricted)\s+(?:[\w-]+\s+)?(?:controls?|groups?|animals|mice|rats|dogs|monkeys|littermates|pair[- ]mates?)",
     (("control", "no-treatment", STRONG),), True),
    (r"historical(?:ly)?[- ](?:[\w-]+\s+)?(?:controls?|controlled|comparators?|comparison|cohorts?|data|groups?|series|reference|patients|cases)",
     (("control", "historical", STRONG),), False),
    (r"natural[- ]history\s+(?:[\w-]+\s+)?(?:controls?|cohorts?|comparators?|comparisons?|data|groups?|series|patients|stud(?:y|ies))",
     (("control", "historical", STRONG),), False),
    # "deaths set against expected national figures", "standardised incidence ratio": the comparison is
    # with rates outside the study, not with a group it followed
    (r"(?:general|background|national)[- ]population\s+(?:[\w-]+\s+)?(?:rates|figures|norms|statistics|mortality|incidence)|"
     r"(?:rates|mortality|incidence|figures)\s+(?:for|in|of)\s+the\s+(?:general|background)\s+(?:[\w-]+\s+)?population|"
     r"standardi[sz]ed\s+(?:mortality|incidence)\s+ratios?",
     (("control", "historical", STRONG),), False),
    # "uncontrolled type 2 diabetes", "uncontrolled hypertension": a clinical state, not a design
    (r"single[- ](?:treated\s+|treatment\s+|intervention\s+)?arm|single[- ]group|compared\s+with\s+(?:their\s+own\s+|the\s+)?(?:pre[- ]?treatment|pre[- ]?dose|baseline)\s+(?:values|levels|measurements)|uncontrolled(?!\s+(?:type\s+[12]\s+)?(?:diabet\w*|hypertensi\w*|asthma|epilep\w*|seizures|"
     r"(?:hyper)?glyc\w*|blood\s+(?:pressure|glucose|sugar)|infections?|bleeding|ha?emorrhage|pain|symptoms|disease|"
     # "uncontrolled viral replication", "uncontrolled inflammation": a process in the body, not a design
     r"(?:viral\s+|virus\s+)?replication|viral\s+loads?|vira?emia|inflammation|(?:cell\s+|tumou?r\s+)?(?:growth|proliferation)))|non[- ]?comparative|no[- ]control(?!\s+(?:for|over)\b)|no\s+(?:concurrent|contemporaneous|parallel)\s+(?:control|comparator|comparison)",
     (("control", "none", STRONG), ("design", "case-series", WEAK), ("randomized", False, WEAK)), True),
    (r"(?:mixed|various|varied|varying|different|differing|heterogeneous)\s+(?:comparators?|controls?|comparison\s+groups?|control\s+(?:groups?|arms?|conditions?))",
     (("control", MIXED_CONTROL, STRONG),), True),
    # "with passive rest or no intervention, or with other recovery methods": a review's trials set the
    # treatment against untreated groups in some and against other treatments in others
    (r"or\s+(?:with\s+|against\s+|to\s+)?(?:various\s+|several\s+)?other\s+(?:[\w-]+\s+)?(?:methods|interventions|treatments|therapies|modalities|strategies)\b",
     (("control", MIXED_CONTROL, STRONG),), True),
    (r"control(?:led)?\s+(?:group|arm|condition|subjects|animals|participants|population|cohort)s?|controls\b|control\s+(?:mice|rats|dogs|pigs|monkeys|rabbits|cells|cultures|wells)\b|control\s+(?:diet|chow|feed)s?\b|comparators?(?:\s+(?:group|arm))?|comparison\s+(?:group|arm)|(?:reference|comparison|control)\s+(?:areas?|regions?|county|counties|communit(?:y|ies)|sites?|districts?|towns?)",
     (("control", GENERIC_CONTROL, STRONG),), False),
    (r"controlled\s+(?:clinical\s+|intervention\s+|pilot\s+|feeding\s+|laboratory\s+|animal\s+|experimental\s+)?(?:trial|study|experiment)|comparative\s+(?:clinical\s+)?trial",
     (("design", "controlled-trial", STRONG),), False),
    (r"cross[- ]?over\s+(?:trial|study|design)", (("design", "controlled-trial", WEAK),), False),
    # "in random order": the sequence of treatments was allocated at random (crossover)
    (r"random\s+(?:order|sequence)", (("design", "rct", WEAK), ("randomized", True, WEAK)), False),
    (r"(?:pre[- ]?post|before[- ]and[- ]after|pre[- ]test[- ]post[- ]test)\s+(?:study|design|comparison|analysis)?",
     (("design", "case-series", WEAK),), False),
    # observational designs
    (r"cohort\s+(?:study|studies|analysis|design|trial)|(?:prospective|retrospective|longitudinal|observational|population[- ]based|birth|inception|multicenter|multicentre|nationwide|registry[- ]based)\s+cohort|longitudinal\s+(?:study|analysis|design|follow)",
     (("design", "cohort", STRONG),), False),
    # "looked back at the medical records", "looked back through prescription records": a records cohort
    (r"looked\s+back\s+(?:at|through|over|into)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:records|charts|files|notes)|"
     r"(?:gathered|collected|obtained|extracted)\s+after\s+the\s+fact",
     (("design", "cohort", WEAK),), False),
    # "tracked them forward", "followed them forward for 4.3 years", "tracked 5,000 nurses for 10 years"
    (r"(?:tracked|followed|tracking|following)\s+(?:[\w,-]+\s+){0,3}?forward|tracked\s+(?:them\s+|\d[\d,]*\s+(?:[\w-]+\s+){0,2}?)?(?:for|over)\s+",
     (("design", "cohort", WEAK),), False),
    # "retrospective analysis of clinical documentation", "analysis of the medical records": people read up in
    # their files (a cohort, or a case series when nobody is compared)
    (r"(?:analysis|analyses|review|study)\s+of\s+(?:the\s+)?(?:clinical|medical|hospital|patient|health|outpatient|ambulatory)\s+"
     r"(?:documentation|records|charts|files|case\s+histories)",
     (("design", "cohort", WEAK),), False),
    (r"cohorts?|followed\s+(?:up\s+)?(?:for|over|prospectively)|followed\s+(?:[\w-]+\s+){1,3}?(?:prospectively|since\s+(?:1[89]|20)\d\d)\b|we\s+followed\s+(?:up\s+)?\d[\d,]*|observational|chart\s+review|record\s+review|"
     r"review(?:ed)?\s+(?:the\s+)?(?:medical\s+|clinical\s+|electronic\s+|health\s+)?(?:charts|records)|registry\s+(?:data|study|analysis)|(?:database|claims)\s+(?:study|analysis)|"
     # "followed them through the end of 2013", "followed until December 2019": people watched over calendar time
     r"followed\s+(?:them\s+|up\s+|(?:all\s+|each\s+|every\s+)?(?:patients?|participants?|people|persons|subjects)\s+)?(?:through|until|till|to)\s+"
     r"(?:the\s+end\s+of\s+|(?:[a-z]+\s+)?(?:\d{1,2}\s+)?)?(?:19|20)\d\d\b",
     (("design", "cohort", WEAK),), False),
    (r"case[- ]control(?:led)?|nested\s+case", (("design", "case-control", STRONG),), False),
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
    (r"(?:one|single)\s+(?:point|moment)\s+in\s+time|single\s+time[- ]?point\b(?!\s+(?:of|after|during)\b)",
     (("design", "cross-sectional", WEAK),), False),
    (r"case[- ]series", (("design", "case-series", STRONG), ("control", "none", WEAK)), False),
    # "The report describes a handful of patients"
    (r"(?:a\s+)?handful\s+of\s+(?:[\w-]+\s+)?(?:patients|people|cases|men|women|children|adults|volunteers)",
     (("design", "case-series", WEAK),), False),
    # "in this series", "our series of 77 patients": the writers' own cases, however they were found
    (r"(?:this|our|the\s+present)\s+(?:[\w-]+\s+)?series(?!\s+of\s+(?:experiments|studies|trials|analyses|papers|reports))",
     (("design", "case-series", WEAK),), False),
    (r"case\s+reports?|case\s+study\s+of\s+(?:a|an|one)|(?:a|an)\s+\d{1,3}[- ]year[- ]old\s+(?:\w+\s+)?(?:man|woman|male|female|boy|girl|patient|child|infant|gentleman|lady)|we\s+(?:describe|present|report)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:case|patient|man|woman|boy|girl|child|infant)\b",
     (("design", "case-report", STRONG),), False),
    # "A single case; dose-response cannot be inferred", "Case record from a teaching hospital": one patient
    # written up ("a single case of rash" is an event in a larger study; "case record form" a trial's form)
    (r"(?:a|one)\s+single\s+case\b(?!\s+(?:of|in|with|who|had|was|developed|reported|experienced)\b)|"
     r"case\s+record\b(?!\s+forms?)",
     (("design", "case-report", STRONG),), False),
]

_TIMING_CUES: list[tuple[str, tuple, bool]] = [
    (r"(?:prospectively|retrospectively)\s+registered", (), True),
    (r"prospective(?:ly)?", (("timing", "prospective", STRONG),), False),
    (r"retrospective(?:ly)?", (("timing", "retrospective", STRONG),), False),
    # "We followed 46,974 men from 1986": the writers watched the outcomes happen
    (r"we\s+followed\s+(?:up\s+)?\d[\d,]*", (("timing", "prospective", WEAK),), False),
    (r"looked\s+back\s+(?:at|through|over|into)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:records|charts|files|notes)|"
     r"(?:gathered|collected|obtained|taken|extracted)\s+after\s+the\s+fact",
     (("timing", "retrospective", STRONG),), False),
    (r"(?:tracked|followed|tracking|following)\s+(?:[\w,-]+\s+){0,3}?forward", (("timing", "prospective", STRONG),), False),
    # "followed at least once a year", "followed up every six months": scheduled visits after enrolment
    (r"followed\s+(?:up\s+)?(?:at\s+least\s+)?(?:once\s+(?:a|per|every)\s+year|annually|yearly|every\s+(?:\d+|two|three|four|six|twelve)\s+(?:weeks|months|years))",
     (("timing", "prospective", WEAK),), False),
    # "in the integrated electronic records of a health plan": data that existed before the question
    (r"chart\s+review|review(?:ed)?\s+(?:the\s+)?(?:medical\s+|clinical\s+|electronic\s+|health\s+)?(?:charts|records)|(?:medical|health|patient|clinical|electronic)\s+(?:records?|documentation)|(?:registry|registries|database|databases)\s+(?:data|records)|database\s+study|(?:database|databases)\s+analysis|(?:administrative|claims|insurance)\s+(?:data|databases?)|(?:data|records)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:registry|registries|database)",
     (("timing", "retrospective", WEAK),), False),
    # "a cohort built from the national cancer registry": people found in a register kept before the
    # question was asked (databases stay as they were: devset10 r15 "drawn from the clinical databases"
    # is labelled unknown)
    (r"(?:assembled|drawn|identified|compiled|built|selected)\s+from\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:registry|registries)\b",
     (("timing", "retrospective", WEAK),), False),
]

_SPECIES_CUES: list[tuple[str, tuple, bool]] = [
    # "children with intestinal worms": a parasite of the people studied, not a worm model
    (r"(?:intestinal|parasitic|soil[- ]transmitted|helminth\w*|gut)\s+worms|worms?\s+(?:infections?|infestations?|burden|eggs)|"
     r"(?:infected|infested)\s+with\s+(?:[\w-]+\s+)?worms", (), True),
    # "extrapolation to people": where the finding may lead, not who was studied
    (r"non[- ]?human|humani[sz]ed|(?:translat\w+|extrapolat\w+|generali[sz]\w+|appl\w+|relevance)\s+to\s+(?:humans|people)", (), True),
    # "mouse-adapted influenza strains", "a rat-adapted virus": a property of a microbe grown in the lab, not
    # the animal studied
    (r"(?:mouse|mice|rat|ferret|hamster|guinea[- ]pig)[- ]adapted", (), True),
    (r"rats?|mice|mouse|murine|rodents?|rabbits?|dogs?|canine|cats|feline|pigs?|piglets|swine|sheep|goats?|cattle|cows|calves|horses?|equine|primates|monkeys?|macaques?|zebrafish|hamsters?|gerbils?|ferrets?|chickens?|broilers|drosophila|c\.\s?elegans|caenorhabditis|nematodes?|worms|fruit\s+flies|invertebrates?|sprague[- ]dawley|wistar|c57bl/?6\w*|balb/?c|animals?|xenografts?|in\s+vivo\s+model|"
     r"(?:porcine|bovine|ovine|caprine|primate|rodent)\s+(?:model|study|studies|experiments?)",
     (("species", "animal", STRONG),), False),
    # "Ventricular myocytes were isolated from the hearts of rabbits": cells taken out of animals and
    # studied in the dish are in-vitro work (cells "isolated from fat" of trial patients are not)
    (r"in[\s-]+vitro|cell[- ]cultures?|grown\s+in\s+(?:the\s+)?(?:lab(?:oratory)?|dish(?:es)?|petri\s+dishes|culture|flasks|plates)|cultured\s+(?:[\w-]+\s+){0,3}?(?:cells|keratinocytes|fibroblasts|hepatocytes|adipocytes|myocytes|myotubes|cardiomyocytes|neurons|macrophages|monocytes|lymphocytes|chondrocytes|osteoblasts|explants|tissues?|organoids|islets|spheroids)|(?:primary|immortali[sz]ed)\s+(?:[\w-]+\s+){0,2}?cells|(?:cells|fibroblasts|keratinocytes|hepatocytes|adipocytes|myocytes|myoblasts|cardiomyocytes|neurons|macrophages|chondrocytes|osteoblasts|tenocytes|explants)\s+(?:were\s+)?(?:cultured|grown)\s+from|cell\s+lines?|cells\s+(?:and\s+(?:[\w-]+\s+)?(?:explants|cultures|slices)\s+)?were\s+(?:treated|incubated|exposed|cultured|seeded|stimulated|transfected)|(?:cells|myocytes|cardiomyocytes|hepatocytes|adipocytes|islets|neurons|fibroblasts|macrophages|chondrocytes|keratinocytes)\s+(?:were|was)\s+(?:[\w-]+ly\s+)?(?:isolated|dissociated)\s+from\s+(?:[\w-]+\s+){0,4}?(?:rats?|mice|mouse|rabbits?|pigs?|piglets|dogs?|guinea\s+pigs|hamsters?|animals|embryos)\b|organoids?|hela|hepg2|caco-2|mcf-7|raw\s*264\.7|huvecs?",
     (("species", "in-vitro", STRONG),), False),
    (r"patients?|participants|adults|volunteers|women|men|woman|man|children|child|subjects|individuals|people|persons|infants|neonates|newborns|adolescents|girls|boys|elderly|athletes|smokers|students|veterans|outpatients|inpatients|pregnan\w+|postmenopausal|nurses|employees|workers|doctors|physicians|clinicians|soldiers|recruits|runners|twins|mothers|residents|respondents|survivors|professionals|passengers|travell?ers|(?:military|service|airline)\s+(?:personnel|staff)|healthy\s+controls|humans|human\s+(?:trials|studies|participants|subjects|volunteers)",
     (("species", "human", STRONG),), False),
    # "Mostly North American and European populations", "the general population": peoples, not animal stocks
    (r"(?:general|american|european|asian|african|western|scandinavian|nordic|chinese|japanese|hispanic|latino)\s+"
     r"(?:(?:and|or)\s+[\w-]+\s+)?populations?\b",
     (("species", "human", STRONG),), False),
]

# Context words: not facts, but they change what a nearby cue means (see scan()).
_CONTEXT_CUES: list[tuple[str, tuple, bool]] = [
    (r"not|never", (("ctx", "neg", 0), ("ctx", "not", 0)), True),
    (r"no|none|nobody|without|lack\w*|absen\w*|neither|nor|cannot|unable|non", (("ctx", "neg", 0),), True),
    (r"absent|lacking|missing|impossible", (("ctx", "not", 0),), True),
    (r"previous\w*|earlier|other|larger|existing|published|past|several|many|numerous|subsequent|additional|"
     r"further|well|high|adequately|ongoing|pivotal|landmark|confirmatory|definitive|unlike|later", (("ctx", "foreign", 0),), True),
    (r"future|prior", (("ctx", "foreign", 0), ("ctx", "hyp", 0)), True),
    (r"needed|warranted|required|needs?|should|would|merits?|deserves?|await\w*|calls?|recommended|remains?|"
     r"confirm\w*|been|observed", (("ctx", "hyp", 0),), True),
]

_HETEROGENEITY_CUES: list[tuple[str, tuple, bool]] = [
    (r"heterogene\w*|heterogenous|mixed\s+(?!(?:control|comparator|comparison|placebo)\b)(?:[a-z]+\s+)?(?:populations?|cohorts?|samples?|groups?|patients|etiolog\w*|aetiolog\w*|causes|diagnos[ie]s|conditions|indications|diseases|problems|complaints|injuries|disorders)|"
     # "mixed younger and older patients": two kinds of people named before the noun
     r"mixed\s+[a-z]+\s+(?:and|or)\s+[a-z]+\s+(?:populations?|cohorts?|samples?|patients|participants|people|adults)|"
     # "A mixed and constantly changing population", "a varied and ageing sample": two descriptions of who
     r"(?:mixed|diverse|varied)\s+and\s+(?:[a-z-]+\s+){1,2}?(?:populations?|cohorts?|samples?|patients|participants)\b|"
     # "Populations varied: students, retirees ...", "patients varied widely across trials" (not "varied little")
     r"(?:populations?|participants|patients|subjects)\s+varied(?:\s+(?:widely|greatly|considerably|a\s+lot))?"
     r"(?=\s*[:;,.(—–]|\s+(?:across|between|among|from)\b)|"
     # "Mixed dementia types", "varying depressive diagnoses": kinds of illness among the people studied
     # (not "mixed cell types" in a dish, nor "varying doses")
     r"mixed\s+(?!(?:cell|fib(?:re|er)|muscle|tissue|food|fat|meal)\s)(?:[a-z]+\s+)?(?:sub)?types\s+(?:in|among|across)\b|"
     r"(?:varying|varied|differing)\s+(?:[a-z]+\s+)?(?:diagnos[ie]s|disorders|diseases|etiolog\w*|aetiolog\w*|populations)|"
     # "a wide mix of infection sources", "very different kinds and stages of memory problems", "People in the
     # studies differed widely", "Adults and children with different sleep problems were combined"
     r"(?:wide|broad|big)\s+mix\s+of|(?:very|quite|widely)\s+different\s+(?:kinds|types|stages|ages|backgrounds|conditions|problems|diseases)|"
     r"(?:people|patients|participants|subjects|volunteers)\s+(?:in\s+the\s+(?:studies|trials)\s+)?differed\s+(?:widely|greatly|considerably|a\s+lot)|"
     # "Participants, diets and settings differed widely across trials": people first in a list of what differed
     r"(?:people|patients|participants|subjects|populations)(?:,\s*[\w-]+){0,3},?\s+and\s+[\w-]+\s+differed\s+(?:widely|greatly|considerably|a\s+lot)"
     r"(?:\s+(?:across|between|among)\s+(?:the\s+)?(?:trials|studies))?|"
     # "Trials differed widely in populations", "the studies differed markedly in their participants"
     r"(?:trials|studies)\s+differed\s+(?:widely|greatly|considerably|markedly|substantially|a\s+lot)\s+in\s+(?:their\s+|the\s+)?"
     r"(?:populations?|participants|patients)\b|"
     # "Populations ranged from healthy young volunteers to older adults with chronic illness" (not "from 18 to 65")
     r"(?:populations?|participants|patients|subjects|samples?)\s+ranged\s+from(?!\s+(?:about\s+|around\s+|approximately\s+|~)?\d)|"
     r"adults\s+and\s+children\s+(?:[\w-]+\s+){0,5}?(?:were\s+)?(?:combined|pooled|mixed|lumped)|"
     # "Case mix varied widely", "a broad case mix": the patients differed (not "case mix adjustment")
     r"case[- ]mix\s+(?:was\s+|were\s+)?(?:(?:very|highly|quite)\s+)?(?:varied|varying|diverse|broad|wide|mixed|heterogeneous)|"
     r"(?:varied|diverse|broad|wide|mixed)\s+case[- ]mix",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "Included experiments differed in strain, sex, dose and start age": the pooled studies were done in
    # different kinds of animals or people ("differed in dose and duration" names no one studied)
    (r"(?:experiments|studies|trials|cohorts)\s+(?:differed|varied)\s+(?:widely\s+|greatly\s+|considerably\s+|a\s+lot\s+)?in\s+"
     r"(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,4}?(?:strains?|sex(?:es)?|(?:start(?:ing)?\s+)?ages?|species|breeds?|genetic\s+backgrounds?)\b",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "Wide age range (about 35-80 years)": who was studied spans ages; "a broad spread of baseline
    # mobility", "a wide range of disease severity": people who started in very different states
    (r"(?:wide|broad)\s+(?:age\s+range|range\s+of\s+ages)|(?:wide|broad)\s+(?:range|spread|spectrum)\s+of\s+"
     r"(?:baseline\s+(?!(?:doses?|dosing)\b)[\w-]+|(?:disease\s+|illness\s+)?severity|frailty|functional\s+(?:status|ability|capacity)|"
     # "a broad range of chronic kidney disease": people at every stage of one disease (not "diseases", which
     # names outcomes, nor "disease outcomes")
     r"(?:[\w-]+\s+){0,3}?(?:disease|illness)\b(?!\s+(?:outcomes?|end[- ]?points?|events?|risks?|burden|areas?)\b))",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "The trials lumped together outpatients and hospitalised adults": two kinds of people pooled as one
    (r"(?:pooled|lumped|combined)\s+(?:together\s+)?[\w-]+\s+and\s+[\w-]+\s+(?:[\w-]+\s+)?"
     r"(?:people|patients|participants|adults|residents|individuals|subjects|populations|children)\b",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "Enrolment was confined to mild cases", "population deliberately restricted to three diagnoses": who
    # could enter was narrowed on purpose (not "restricted to 20 participants", a size)
    (r"(?:population|sample|cohort|enrol(?:l)?ment|recruitment|eligibility|inclusion)\s+(?:was\s+|were\s+)?"
     r"(?:deliberately\s+|intentionally\s+|purposely\s+|strictly\s+)?(?:restricted|confined)\s+to\s+(?!(?:about\s+|around\s+|the\s+first\s+)?\d)",
     (("heterogeneity", "homogeneous", STRONG),), False),
    # "Restricted to Taiwanese adults aged 30 to 65", "restricted to children from one community": a group
    # named by age, sex or walk of life was all that was studied ("restricted to patients with adequate
    # perfusion" is an entry criterion; "benefit confined to women whose ferritin was low" is an effect)
    (r"restricted\s+to\s+(?!(?:about\s+|around\s+|the\s+first\s+)?\d)(?:[\w-]+\s+){0,3}?"
     r"(?:adults|children|infants|men|women|boys|girls|residents|adolescents|students|athletes|workers|employees|veterans|"
     r"smokers|elderly)\b",
     (("heterogeneity", "homogeneous", STRONG),), False),
    (r"diverse\s+(?:populations?|samples?|cohorts?|groups?|participants)|(?:ethnically|geographically|racially|culturally|clinically|demographically|socially|socio-?economically)\s+(?:and\s+[a-z]+\s+)?diverse",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "The population was mixed: term and preterm infants", "the sample was large and demographically
    # diverse": said of who was studied (not "samples were mixed with buffer")
    (r"(?:populations?|sample|cohort|participants|patients|subjects|respondents|volunteers)\s+(?:was|were|is|are)\s+"
     r"(?:[\w-]+\s+(?:and|but)\s+)?(?:(?:very|quite|rather|highly|fairly|broadly|clinically|ethnically|racially|"
     r"demographically|socially|geographically|culturally)\s+)?(?:mixed|diverse|varied)(?!\s+(?:with|into|by|in\s+a)\b)",
     (("heterogeneity", "heterogeneous", STRONG),), False),
    # "Excluded patients with comorbidity - a selected population"
    (r"(?:a|the)\s+(?:carefully\s+)?selected\s+(?:population|sample|group\s+of\s+(?:patients|participants|people))", (("heterogeneity", "homogeneous", STRONG),), False),
    (r"homogene\w*|homogenous|(?:very|fairly|quite|highly)\s+(?:similar|uniform)\s+(?:group|population|sample|set)|narrowly\s+(?:defined|selected)|highly\s+selected|"
     # "a narrow and uniform group", "a uniform sample": who was studied was alike
     r"(?:narrow|uniform)\s+(?:and\s+(?:narrow|uniform|similar)\s+)?(?:group|population|sample|cohort)", (("heterogeneity", "homogeneous", STRONG),), False),
    # "Restricted to men from a single clinic": a clause opening with it (the study left unsaid) limits who
    # entered to one sex ("the benefit seemed confined to women whose ferritin ..." is a finding; "restricted
    # to 20 women" a size)
    (r"restricted(?<![\w,]\srestricted)\s+to\s+(?:(?!\d)[\w-]+\s+){0,2}?(?:men|women|males|females|boys|girls)\b(?!\s+(?:whose|who|in\s+whom)\b)|"
     r"confined(?<![\w,]\sconfined)\s+to\s+(?:(?!\d)[\w-]+\s+){0,2}?(?:men|women|males|females|boys|girls)\b(?!\s+(?:whose|who|in\s+whom)\b)",
     (("heterogeneity", "homogeneous", STRONG),), False),
    # "A narrow, almost entirely male veteran population": the adjectives between do not change who it is
    (r"narrow,\s+(?:(?!(?:in|of|for|to|at|on|with|the|this|that|window|range|margin|interval)\b)[\w-]+\s+){1,4}?(?:population|sample|cohort|group)\b",
     (("heterogeneity", "homogeneous", STRONG),), False),
    # "Narrow inclusion criteria: oligomenorrhoea, BMI under 30", "a narrow age range": who could enter was alike
    # "Narrow eligibility: long-term care residents from one region only": the criteria word left out
    (r"(?:narrow|restrictive)\s+(?:(?:inclusion|eligibility|entry|selection)\s+criteria|eligibility(?!\s+(?:windows?|periods?|dates?)))|narrow\s+age\s+range",
     (("heterogeneity", "homogeneous", STRONG),), False),
]


def _split_top(pattern: str) -> list[str]:
    """Split a pattern on its top-level `|`."""
    parts, depth, cur, i = [], 0, [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[":
            j = pattern.index("]", i + 1)
            cur.append(pattern[i:j + 1])
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        if c == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append("".join(cur))
    return parts


def _close(pattern: str, start: int) -> int:
    """Index of the `)` matching the `(` at `start`."""
    depth, i = 0, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = pattern.index("]", i + 1) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(pattern)


def _expand(pattern: str) -> list[str]:
    """Rewrite a pattern as alternatives that each start with plain letters where possible.

    Python's regex engine finds a literal start very fast; an alternation of groups it tries at
    every position. So `(?:placebo|sham)-controlled` becomes `placebo-controlled|sham-controlled`.
    """
    out = []
    for alt in _split_top(pattern):
        if alt.startswith(r"\b"):
            alt = alt[2:]
        if alt.startswith("(?:"):
            j = _close(alt, 0)
            inner, rest = alt[3:j], alt[j + 1:]
            if rest.startswith("?"):
                out.extend(_expand(f"(?:{inner}){rest[1:]}") + _expand(rest[1:]))
            elif rest[:1] in ("*", "+", "{"):
                out.append(alt)
            else:
                out.extend(_expand("|".join(a + rest for a in _split_top(inner))))
        else:
            out.append(alt)
    return out


_LITERAL = re.compile(r"[a-z0-9]+")


def _key(alt: str) -> str | None:
    """The first four (or three) letters every match of `alt` starts with; None if not plain."""
    m = _LITERAL.match(alt)
    if not m:
        return None
    lit = m.group(0)
    if alt[m.end():m.end() + 1] in ("?", "*", "{"):
        lit = lit[:-1]
    if len(lit) >= 4:
        return lit[:4]
    return lit if len(lit) == 3 else None


def _required(alt: str) -> str | None:
    """The first plain word of 4+ letters outside any group or class, which every match contains."""
    depth, i, best = 0, 0, None
    while i < len(alt):
        c = alt[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = alt.index("]", i + 1) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0 and c.isalpha():
            j = i
            while j < len(alt) and alt[j].isalpha():
                j += 1
            word = alt[i:j] if alt[j:j + 1] not in ("?", "*", "{") else alt[i:j - 1]
            if len(word) >= 4:
                return word
            i = j
            continue
        i += 1
    return best


@dataclass
class _Cue:
    table: int        # which cue table: matches overlap only within one table
    order: int        # position in its table: earlier wins at the same start (like `|`)
    facts: tuple
    fixed: bool


@dataclass
class _KeyGroup:
    """All alternatives starting with the same letters, as one fast regex."""

    key: str | None
    regex: re.Pattern
    cues: list[_Cue]
    required: str | None = None
    table: int = 0  # for keyless alternatives: a word they cannot match without
    # words the study must have for any alternative to match, read off the patterns (prefilter.gate)
    gate: tuple = ()


def _compile(tables) -> list[_KeyGroup]:
    by_key: dict[tuple[int, str | None], list[tuple[str, _Cue]]] = {}
    for t, table in enumerate(tables):
        for order, (pattern, facts, fixed) in enumerate(table):
            for alt in _expand(pattern):
                by_key.setdefault((t, _key(alt)), []).append((alt, _Cue(t, order, facts, fixed)))
    groups = []
    for (_, key), members in by_key.items():
        if key is None:
            for alt, cue in members:
                groups.append(_KeyGroup(None, re.compile(f"({alt})\\b"), [cue], _required(alt), cue.table,
                                        gate([f"({alt})\\b"])))
            continue
        body = "|".join(f"({alt[len(key):]})" for alt, _ in members)
        groups.append(_KeyGroup(key, re.compile(f"{key}(?:{body})\\b"), [c for _, c in members], None,
                                members[0][1].table, gate([f"({alt})\\b" for alt, _ in members], key)))
    return groups


GROUPS = _compile((_STUDY_CUES, _TIMING_CUES, _SPECIES_CUES, _HETEROGENEITY_CUES, _CONTEXT_CUES))
SPECIES_TABLE, CONTEXT_TABLE = 2, 4
# (group number, group) by key, so a study's words pick their groups with one set intersection
_BY_KEY: dict[str, list[tuple[int, _KeyGroup]]] = {}
for _i, _g in enumerate(GROUPS):
    if _g.key is not None:
        _BY_KEY.setdefault(_g.key, []).append((_i, _g))
_KEYLESS = [(i, g) for i, g in enumerate(GROUPS) if g.key is None]
_KEYS = frozenset(_BY_KEY)


def matches(low: str, keys: set[str], end_of_study: int | None = None):
    """Cue matches; within one table non-overlapping, leftmost first, earlier cue first.

    Only species cues are looked for in Background (after `end_of_study`): nothing else is
    decided there.
    """
    found = []
    size = len(low)
    limit = size if end_of_study is None else end_of_study
    run = [pair for key in _KEYS.intersection(keys) for pair in _BY_KEY[key] if opens(pair[1].gate, keys)]
    run += [(i, g) for i, g in _KEYLESS if opens(g.gate, keys) and (g.required is None or g.required in low)]
    for i, g in run:
        cues = g.cues
        table = g.table
        for m in g.regex.finditer(low, 0, size if table == SPECIES_TABLE or table == CONTEXT_TABLE else limit):
            s = m.start()
            if s and low[s - 1].isalnum():
                continue
            cue = cues[m.lastindex - 1]
            found.append((table, s, cue.order, i, m.end(), cue))
    found.sort()  # (table, start, order, group) never repeats, so the cue objects are never compared
    last_end, table = -1, -1
    out = []
    for t, s, _, _, e, cue in found:
        if t != table:
            table, last_end = t, -1
        if s >= last_end:
            last_end = e
            out.append((s, e, cue))
    return out


# Registry abbreviations ("DB, PC RCT", "OL, single-arm pilot", "vs SoC"), matched in the text as
# written: lower-cased, "db" is a decibel or a db/db mouse, "tau" a protein, "soc" a journal's
# "Soc", "pc" a phosphatidylcholine. Two capitals also name other things ("SB" S. boulardii, "PC"
# prostate cancer, "OL" oral leukoplakia), so each one counts only next to words of a design or
# an arm.
_DESIGN_NEXT = re.compile(r"[,;/\s-]+(?:[\w-]{1,30}[,;/\s]+){0,3}?"
                          r"(?:R?CTs?|PC|PBO|[Rr]andomi[sz]ed|[Cc]ross-?over|[Tt]rials?|[Pp]lacebo|[Pp]ilot|[Pp]hase|[Ss]tudy|[Dd]esign)\b")
# an arm's name comes after "vs", "plus", "Control:" ... or before "alone", "arm", "group"
_ARM_BEFORE = re.compile(r"(?:\bvs\.?|\bversus|\bplus|\+|\bor|\band|\bwith|\bto|:)\s$|\($")
_ARM_AFTER = re.compile(r"\s+(?:alone|only|arms?|groups?|controls?|conditions?)\b")
_CLAUSE_START = re.compile(r"(?:^|[;:(,.\n])\s?$")
# (words, facts, fixed, where): `where` says which words around it make it count. Found with
# str.find, one word at a time: far faster than a regex alternation tried at every position.
_ABBREVIATION_CUES: list[tuple[tuple[str, ...], tuple, bool, str]] = [
    (("DBPC", "DBPCT", "DBPCRCT", "DB-PC", "DB-PC-RCT", "DB-PC-CT"),
     (("blinding", "double", STRONG), ("control", "placebo", STRONG)), False, ""),
    (("DB",), (("blinding", "double", STRONG),), False, "design"),
    (("SB",), (("blinding", "single", STRONG),), False, "design"),
    # "Design: OL, single-arm", "open (OL)", "... group. OL; staff aware": OL starting a clause
    (("OL",), (("blinding", "open", STRONG),), True, "design|clause"),
    (("PC",), (("control", "placebo", STRONG),), False, "design|after-db"),
    (("SoC", "SOC", "TAU", "BSC"), (("control", "usual-care", STRONG),), False, "arm"),
    (("WLC",), (("control", "no-treatment", STRONG), ("design", "controlled-trial", WEAK)), True, ""),
    (("AC-controlled",), (("control", "active", STRONG),), False, ""),
]
# each word with its lower-case word key (see text.word_keys): a study without that key is skipped
_ABBREVIATION_WORDS = [(w, w.split("-")[0].lower()[:4], _Cue(0, -1, facts, fixed), where)
                       for words, facts, fixed, where in _ABBREVIATION_CUES for w in words]


def _abbreviation_counts(text: str, s: int, e: int, where: str) -> bool:
    """The words around an abbreviation make it a design or an arm (each check reads a few characters)."""
    if not where:
        return True
    if "design" in where and _DESIGN_NEXT.match(text, e, e + 140):
        return True
    if "clause" in where and _CLAUSE_START.search(text[max(0, s - 2):s]) and (e == len(text) or text[e] in " \n,;:)"):
        return True
    if "after-db" in where and text[max(0, s - 4):s].rstrip(" ,/").endswith("DB"):
        return True
    if "arm" in where and (_ARM_BEFORE.search(text[max(0, s - 9):s]) or _ARM_AFTER.match(text, e, e + 20)):
        return True
    return False


def abbreviation_matches(text: str, end_of_study: int, keys: set[str] | None = None) -> list:
    """Registry abbreviations in the study's own parts (not Background), as (start, end, cue)."""
    out = []
    size = len(text)
    for word, key, cue, where in _ABBREVIATION_WORDS:
        if keys is not None and key not in keys:
            continue
        s = text.find(word, 0, end_of_study)
        while s >= 0:
            e = s + len(word)
            if not ((s and (text[s - 1].isalnum() or text[s - 1] in "/-")) or (e < size and (text[e].isalnum() or text[e] == "/"))) \
                    and _abbreviation_counts(text, s, e, where):
                out.append((s, e, cue))  # (not part of a longer word or a slash pair: "db/db", "SB-431542")
            s = text.find(word, e, end_of_study)
    out.sort(key=itemgetter(0))
    return out


# A negator shortly before the cue, with at most two plain words in between (no verbs like
# "were", so "patients who did not respond were randomized" stays positive).
_NEG_BEFORE = re.compile(
    r"(?:\b(?:no|none|not|without|lack(?:ing|ed|s)?(?:\s+of)?|absence\s+of|absent|neither|nor|never|cannot|no\s+formal|unable\s+to)\b[\s-]+"
    r"(?:(?!(?:were|was|is|are|be|been|who|which|that|but|and|then)\b)[\w-]+[\s,-]+){0,2}(?:[\w-]+\s+(?:or|nor)\s+)?|\bnon-|\bun|"
    r"\bneither\b[^;:()]*\bnor\b[^;:()]*|"
    # "nobody was assigned at random", "no one was put into a group by chance"
    r"\b(?:nobody|no[\s-]one)\s+(?:was|were|is|got|had\s+been|has\s+been)\s+)$",
    re.I)
_NEG_AFTER = re.compile(
    r"^[\w-]*\s*(?:(?!(?:who|that|which|whom)\b)\w+\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been|could|did)\s+(?:not|never)"
    r"(?!\s+(?:fed|given|allowed|treated|exposed|restricted|matched|told|aware|informed|paid|selected|chosen|"
    r"different|similar|comparable|significantly|statistically|always|fully|entirely|all)\b"
    # "the placebo group did not improve": an outcome the group had, not a denial of the group
    r"|\s+(?:improv|chang|respond|benefit|differ|worsen|declin|increas|decreas|reach|achiev|experienc|develop)\w*)\b|"
    r"^[\w-]*\s*(?:was|were|is|are)\s+(?:absent|lacking|missing|impossible|not\s+(?:performed|possible|feasible|done|used))|"
    r"^[\w-]*\s*(?:\w+\s+)?(?:not\s+(?:performed|possible|feasible|done|used|reported|described))",
    re.I)
# "Twenty-four hours later they were randomly assigned": "later" after a unit of time is when, not
# another study (each lookbehind has a fixed width, so each unit gets its own)
_LATER = "".join(rf"(?<!{u}\s)" for u in ("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                                          "month", "months", "year", "years")) + "later"
# Words that point the cue at other studies ("previous RCTs", "larger trials are needed");
# "the other wards/arm" is this study's other group.
_FOREIGN_BEFORE = re.compile(
    r"\b(?:previous(?:ly)?|prior|earlier|(?<!the\s)other|larger|existing|published|past|several|many|numerous|"
    r"future|subsequent|additional|further|well[- ]designed|high[- ]quality|adequately[- ]powered|"
    r"ongoing|pivotal|landmark|confirmatory|definitive|unlike|" + _LATER + r")\b[\s,-]+(?:[\w-]+[\s,-]+){0,2}(?:(?:and|or)\s+)?$",
    re.I)
# "Proper trials, in which patients are split by chance ...", "Small human trials in which volunteers took NR
# or a dummy pill", "the Women's Health Study, which began in the 1990s as a trial in which women were split by
# chance": the clause describes those trials (other studies, or a cohort's source), not this study
_TRIALS_CLAUSE = re.compile(
    r"(?:\btrials\b(?:,[^.;:]{0,40}?)?,?|\bwhich\s+(?:[\w-]+\s+){0,5}?as\s+an?\s+(?:[\w-]+\s+){0,2}?trial,?)\s+(?:in\s+which|where)\s+[^.;:]*$",
    re.I)
# ("needed fewer doses", "used as needed": what participants needed, not a study that is needed)
_HYPOTHETICAL = re.compile(
    r"\b(?:(?<!who\s)(?<!as\s)needed(?!\s+(?:no|any)\b|\s+(?:(?:far|much|significantly|markedly|considerably)\s+)?(?:less|fewer|lower)\b)|warranted|required\s+to|needs?\s+to\s+be|should|would|future|merits?|deserves?|await\w*|"
    r"calls?\s+for|are\s+required|is\s+required|recommended\s+to|remains?\s+to\s+be|confirm\w*\s+in|"
    r"prior\s+(?:studies|trials|work|research)|been\s+(?:shown|reported|observed)|"
    r"has\s+been\s+observed|observed\s+in\s+(?:larger|other|previous))\b",
    re.I)
# "primary mouse cortical neurons", "rat hepatocytes": the animal is where the cells came from
_CELLS_AFTER = re.compile(
    r"\s+(?:(?!(?:with|of|and|or|in|from|lacking|without|were|was|had|received|given)\b)[\w-]+\s+(?:\([\w-]+\)\s+)?){0,2}?"
    r"(?:cells|neurons|fibroblasts|hepatocytes|keratinocytes|cardiomyocytes|myocytes|myotubes|macrophages|"
    r"monocytes|lymphocytes|splenocytes|astrocytes|microglia|chondrocytes|osteoblasts|adipocytes|islets|"
    r"explants|organoids|cultures?|cell\s+lines?)\b", re.I)
# "NG108-15 (mouse neuroblastoma × rat glioma) cells": a parenthesis naming the animals a cell line
# came from, closed right before "cells"
_CELLS_PAREN = re.compile(r"[^()\n]{0,60}\)\s+(?:cells|cell\s+lines?|cultures?)\b", re.I)
# "fibroblasts cultured from Achilles tendons of Sprague-Dawley rats", "Cells from rats, not humans"
_CELL_SOURCE = re.compile(
    r"\b(?:isolated|derived|harvested|obtained|extracted|collected|taken|prepared|dissected|cultured|"
    r"cells|fibroblasts|neurons|hepatocytes|keratinocytes|cardiomyocytes|myocytes|macrophages|chondrocytes|"
    r"osteoblasts|adipocytes|explants|cultures)\s+from\s+(?:[\w-]+\s+){0,5}$", re.I)
# Sentence about other studies in a review/background sense, ok for reviews' own design words.
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|,\s+(?:but|although|while|whereas)\b|\b(?:but|although|whereas)\b")

NEGATE = {
    ("randomized", True): ("randomized", False),
    ("design", ALLOCATED): ("design", "controlled-trial"),
    ("blinding", "double"): ("blinding", "open"),
    ("blinding", "single"): ("blinding", "open"),
    ("blinding", GENERIC_BLIND): ("blinding", "open"),
    ("control", GENERIC_CONTROL): ("control", "none"),
    ("control", "placebo"): ("control", NOT_PLACEBO),
    ("heterogeneity", "heterogeneous"): ("heterogeneity", "homogeneous"),
    ("heterogeneity", "homogeneous"): ("heterogeneity", "heterogeneous"),
}
# Facts where the hypothetical / other-studies context is ignored (they describe the population).
_CONTEXT_FREE = {"species"}


@dataclass(slots=True)
class Hit:
    fact: str
    value: object
    strength: int
    rank: int
    segment: str
    pos: int          # offset in the document, for "earliest mention" ties
    sentence: int     # sentence index in the document
    negated: bool     # value came from a negation ("not blinded" -> open)
    cue: str          # the matched words
    about_others: bool = False  # "the negative randomized trials of drug Y": decides nothing, noted


# the plain RCT cue's own facts object (compared by identity in scan())
_RCT_FACTS = next(c[1] for c in _STUDY_CUES if c[1] == (("design", "rct", STRONG), ("randomized", True, STRONG)))
# "22 randomised trials", "a number of RCTs": counted trials are the studies a synthesis includes
_INCLUDED_RCTS = (("design", "meta-analysis", WEAK), ("randomized", True, STRONG))
_COUNT_BEFORE = re.compile(
    r"(?:\d[\d,]*|a\s+number\s+of|a\s+(?:few|handful\s+of)|dozens\s+of|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)\s+(?:(?:individual|separate|large|published|eligible|placebo-controlled|double-blind)\s+)?$",
    re.I)
_TRIALS_AFTER = re.compile(r"\s+(?:controlled\s+)?(?:clinical\s+)?(?:trials|studies)\b", re.I)


def _counted_trials(text: str, start: int, end: int, s_start: int) -> bool:
    if not (text[end - 1] in "sS" or _TRIALS_AFTER.match(text, end, end + 40)):
        return False
    return bool(_COUNT_BEFORE.search(text, max(s_start, start - 40), start))


# "the negative randomized trials of hydroxychloroquine", "small randomized studies have so far been
# inconclusive": uncounted trials or studies in the plural are a body of other studies, unless the
# sentence is a review's own account of what it pooled ("meta-analysis of randomized trials")
_PLURAL_RCTS = re.compile(
    r"\s+(?:(?:placebo-|double-blind\s+|controlled\s+|clinical\s+|intervention\s+)){0,3}(?:trials|studies)\b|s\b", re.I)
_POOLING_WORDS = re.compile(
    r"meta[- ]?analy|systematic|pooled|pooling|includ|search|eligib|enroll|criteria|review(?:ed)?\s+(?:\d|all|eligible)|\bsrs?\b|"
    r"individual[- ](?:patient|participant)[- ]data|\bipd\b|(?:analys[ie]s|data)\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?randomi|"
    r"\d[\d,]*\s+(?:[\w-]+\s+){0,3}(?:trials|rcts|studies)", re.I)


def _other_trials(text: str, end: int, s_end: int, pooling: bool) -> bool:
    """`pooling`: the sentence has pooling words (looked up once per sentence by the caller)."""
    # the cue itself may be the plural ("Supplement RCTs ... have been negative")
    return not pooling and (text[end - 1] in "sS" or bool(_PLURAL_RCTS.match(text, end, s_end)))


# how far back the clause before a cue is read: the context patterns look at its last 60
# characters, so a longer window changes nothing, and a fixed window keeps a very long sentence
# with many cues linear
_PREFIX_WINDOW = 120


def _clause_prefix(text: str, s_start: int, start: int) -> str:
    """The part of the clause before the cue at `start` (from the last clause break), at most
    _PREFIX_WINDOW characters of it."""
    before = text[max(s_start, start - _PREFIX_WINDOW):start]
    last = 0
    for m in _CLAUSE_BREAK.finditer(before):
        last = m.end()
    return before[last:]


def _markers(doc: Document, found) -> tuple[list, dict[int, list[tuple[int, int, str]]]]:
    """Split matches into cues and context words; context words are grouped by sentence."""
    cues, context = [], {}
    starts = doc.starts
    for start, end, cue in found:
        if cue.table == CONTEXT_TABLE:
            si = max(bisect_right(starts, start) - 1, 0)  # Document.sentence_index, inlined
            for _, kind, _ in cue.facts:
                context.setdefault(si, []).append((start, end, kind))
        elif cue.facts:
            cues.append((start, end, cue))
    return cues, context


def _near(marks, kind: str, lo: int, hi: int) -> bool:
    """A context word of this kind starts in [lo, hi] (`marks` is sorted by start)."""
    for i in range(bisect_left(marks, lo, key=_START), len(marks)):
        p, _, k = marks[i]
        if p > hi:
            return False
        if k == kind:
            return True
    return False


_START = itemgetter(0)


def scan(doc: Document) -> list[Hit]:
    """Every cue in the document with its context-corrected meaning.

    Context words (negators, "previous", "needed", ...) are found in the same pass as the cues;
    the precise context patterns run only where such a word stands near a cue.
    """
    hits: list[Hit] = []
    text = doc.text
    found = matches(doc.low, doc.keys, doc.end_of_study)
    abbreviations = abbreviation_matches(text, doc.end_of_study, doc.keys)
    if abbreviations:
        # into the study table by position; the other tables keep their order
        found = sorted(found + abbreviations, key=lambda f: (f[2].table, f[0]))
    cues, context = _markers(doc, found)
    hypothetical: dict[int, bool] = {}
    pooling: dict[int, bool] = {}  # per sentence, so a long sentence is searched once
    starts, ends, seg_starts, segments = doc.starts, doc.ends, doc.seg_starts, doc.segments
    for start, end, cue in cues:
        facts, fixed = cue.facts, cue.fixed
        si = bisect_right(starts, start) - 1  # Document.sentence_index, inlined: the hot loop
        if si < 0:
            si = 0
        s_start, s_end = starts[si], ends[si]
        marks = context.get(si, ())
        seg = segments[max(bisect_right(seg_starts, start) - 1, 0)]
        negated = foreign = False
        prefix = None
        if marks:
            if not fixed and _near(marks, "neg", start - 60, start - 1):
                prefix = _clause_prefix(text, s_start, start)
                negated = bool(_NEG_BEFORE.search(prefix[-60:]))
            if not fixed and not negated and _near(marks, "not", end, end + 50):
                negated = bool(_NEG_AFTER.search(text[end:min(s_end, end + 50)]))
            if _near(marks, "foreign", start - 50, start - 1):
                if prefix is None:
                    prefix = _clause_prefix(text, s_start, start)
                foreign = bool(_FOREIGN_BEFORE.search(prefix[-50:]))
            if si not in hypothetical:
                hypothetical[si] = any(k == "hyp" for _, _, k in marks) and bool(
                    _HYPOTHETICAL.search(text[s_start:s_end]))
        hyp = hypothetical.get(si, False)
        described = False
        if not foreign and ("which" in text[max(s_start, start - 120):start] or "where" in text[max(s_start, start - 120):start]):
            described = bool(_TRIALS_CLAUSE.search(text, max(s_start, start - 120), start))
            if described:
                if si not in pooling:
                    pooling[si] = bool(_POOLING_WORDS.search(text, s_start, s_end))
                if pooling[si]:
                    # a review's own account of the trials it pooled: their allocation is the evidence's
                    described = False
                    if ("design", "rct", STRONG) in facts:
                        facts = _INCLUDED_RCTS
                else:
                    foreign = True
        if facts is _RCT_FACTS and _counted_trials(text, start, end, s_start):
            facts = _INCLUDED_RCTS
        others = False
        if facts is _RCT_FACTS and not foreign and not hyp:
            if si not in pooling:
                pooling[si] = bool(_POOLING_WORDS.search(text, s_start, s_end))
            others = _other_trials(text, end, s_end, pooling[si])
        for fact, value, strength in facts:
            if fact not in _CONTEXT_FREE and (foreign or (hyp and not negated)):
                # "Larger RCTs are needed" is about other studies; a plain negation ("not
                # blinded, so blinded trials are needed") still describes this study.
                continue
            if fact == "species":
                if (foreign or hyp) and seg.rank > 0:
                    continue
                if value == "animal" and "from" in text[max(s_start, start - 60):start] and \
                        _CELL_SOURCE.search(text[max(s_start, start - 60):start]):
                    continue
                if value == "animal" and (_CELLS_AFTER.match(text, end, min(s_end, end + 60))
                                          or _CELLS_PAREN.match(text, end, min(s_end, end + 80))):
                    continue
            was_negated = negated
            if negated:
                flipped = NEGATE.get((fact, value))
                if flipped is None:
                    continue
                fact, value = flipped
            hits.append(Hit(fact, value, strength, seg.rank, seg.name, start, si,
                            was_negated or (fixed and value in (False, "open", "none")), text[start:end],
                            others and not negated))
    return hits
