"""Third piece of the study cue table: how the groups were allocated (not randomised, by
alternation, randomised, by lot or coin, concealed in sealed envelopes); the non-randomised cues come first."""
from __future__ import annotations

from .markers import ALLOCATED, STRONG, WEAK


_ALLOCATION_CUES: list[tuple[str, tuple, bool]] = [
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
    # statement that allocation was non-random; "not described as randomised or blinded": the silence covers the
    # second word too
    (r"(?:not|never)\s+(?:described|reported|stated|specified|said|mentioned)\s+(?:as\s+(?:being\s+)?|to\s+(?:be|have\s+been)\s+)randomi[sz]ed"
     r"(?:,?\s+(?:or|and|nor)\s+(?:double[- ]|single[- ])?(?:blind(?:ed)?|mask(?:ed)?)\b)?", (), True),
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
    # "Which days were coffee days was picked at random by computer, separately for each person": a within-person
    # trial whose treatment days (weeks, periods) were allocated by chance ("two days a week were picked at random
    # for a food recall" samples days for a measurement; only "which ... was picked" names a choice between treatments)
    (r"which\s+(?:[\w-]+\s+){0,2}?(?:days?|weeks?|nights?|sessions?|periods?|visits?|months?)\s+(?:(?!(?:not|never)\b)[\w-]+\s+){0,4}?"
     r"(?:was|were|is|are)\s+(?:picked|chosen|selected|decided|determined|set)\s+(?:at\s+random|randomly|by\s+(?:chance|lot|lottery))\b",
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
     # "The team split them by computer into two groups": allocation left to a computer is a random one (not "by
     # computer records", "by computer search", which find people)
     r"at\s+random|by\s+(?:an?\s+|the\s+)?computer\b(?!\s*(?:[- ]?(?:records?|search\w*|files?|databases?|registr\w+|lists?)\b))|by\s+(?:lots?|chance|(?:a\s+)?coin\s+(?:toss|flip)|(?:the\s+)?(?:toss|flip)\s+of\s+a\s+coin|drawing\s+(?:of\s+)?lots|lottery|minimi[sz]ation|(?:a\s+)?(?:random\s+)?draw)\b|"
     r"using\s+(?:a\s+)?minimi[sz]ation)|"
     # "Allocation was made at random to MDMA ... or to placebo capsules": the allocation itself said to be random, in
     # the passive ("Allocation was not made at random" has "not" between, and no hit)
     r"(?:allocation|assignment)\s+(?:was|were)\s+(?:made|done|performed|carried\s+out|decided)\s+(?:at\s+random|randomly|by\s+chance)\b|"
     # "Which of two conditions each person received was left to chance, decided by computer": what each person got
     # was decided by chance ("nothing was left to chance" names no allocation)
     r"(?:which|what)\s+(?:[\w-]+\s+){1,10}?(?:was|were)\s+(?:left\s+to|decided\s+by|determined\s+by|settled\s+by)\s+chance\b|"
     # "A draw decided which powder each person started with", "flipped a coin"
     r"draw\s+(?:decided|determined|settled|chose|set)|(?:flipped|tossed)\s+a\s+coin|"
     r"drawing\s+of\s+lots|drew\s+lots|"
     # "allocated in a 1:1 ratio by means of an interactive voice-response system": a fixed allocation ratio
     # and the central telephone or web service are the machinery of random allocation
     r"(?:allocated|assigned)\s+in\s+an?\s+\d:\d(?::\d)?\s+ratio|interactive\s+(?:voice|web)[- ]response\s+system|"
     # "in an order picked by lottery", "order of diets drawn by lot": a crossover's sequence decided by chance
     r"(?:order|sequence)s?\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:was\s+|were\s+)?(?:picked|chosen|drawn|decided|determined|set)\s+"
     r"(?:by|through)\s+(?:lots?|lottery|chance|(?:a\s+)?coin\s+(?:toss|flip)|(?:a\s+)?(?:random\s+)?draw|drawing\s+(?:of\s+)?lots)\b|minimi[sz]ation\s+(?:algorithm|procedure|program(?:me)?|method)|chance\s+(?:procedure|mechanism|process|device)",
     (("design", "rct", STRONG), ("randomized", True, STRONG), ("design", ALLOCATED, WEAK)), False),
    # "None of the studies assigned anyone to sleep more or less", "assigned nobody": no allocation at all
    # ("None of the included studies was randomised": the same said in the passive)
    (r"none\s+of\s+the\s+(?:[\w-]+\s+)?(?:studies|trials)\s+(?:(?:was|were)\s+)?(?:assigned|allocated|randomi[sz]ed)\b|(?:assigned|allocated)\s+(?:nobody|no[\s-]one)\b",
     (("randomized", False, STRONG),), True),
    # "sequentially numbered sealed opaque envelopes": concealment of a (random) allocation
    (r"sealed\s+(?:[\w-]+\s+){0,2}?envelopes|opaque\s+(?:[\w-]+\s+){0,2}?envelopes",
     (("design", "rct", WEAK), ("randomized", True, WEAK)), False),
]
