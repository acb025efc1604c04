"""The context word table: negators, words pointing at other studies, hypothetical words
("not", "previous", "needed"). Found in the same pass as the cues but deciding no fact, they tell scan() where the
precise patterns of context.py must run."""
from __future__ import annotations

# Context words: not facts, but they change what a nearby cue means (see scan()).
_CONTEXT_CUES: list[tuple[str, tuple, bool]] = [
    (r"not|never", (("ctx", "neg", 0), ("ctx", "not", 0)), True),
    # "none" also after its cue: "Masking: none"
    (r"none", (("ctx", "neg", 0), ("ctx", "not", 0)), True),
    (r"no|nobody|without|lack\w*|absen\w*|neither|nor|cannot|unable|non", (("ctx", "neg", 0),), True),
    (r"absent|lacking|missing", (("ctx", "not", 0),), True),
    # "an RCT of contraception and cancer is not feasible": a trial that cannot be done (context.py _INFEASIBLE_AFTER)
    (r"impossible", (("ctx", "not", 0), ("ctx", "infeasible", 0)), True),
    (r"feasible|infeasible|unfeasible|unethical", (("ctx", "infeasible", 0),), True),
    (r"previous\w*|earlier|other|larger|existing|published|past|several|many|numerous|subsequent|additional|"
     r"further|well|high|adequately|ongoing|pivotal|landmark|confirmatory|definitive|unlike|later", (("ctx", "foreign", 0),), True),
    (r"future|prior", (("ctx", "foreign", 0), ("ctx", "hyp", 0)), True),
    # "a man taking part in a double-blind trial": the trial one patient was in (context.py _FOREIGN_BEFORE)
    (r"taking|participating|enrolled", (("ctx", "foreign", 0),), True),
    # "randomised data such as EFFORT": a design word that a named study exemplifies (context.py _SUCH_AS_NAMED)
    (r"such", (("ctx", "such", 0),), True),
    (r"needed|warranted|required|needs?|should|would|merits?|deserves?|await\w*|calls?|recommended|remains?|"
     r"confirm\w*|been|observed|consider|regard|"
     # "The authors themselves ask for prospective studies": studies wished for
     r"asks?|asked|asking|"
     # "Only a randomised trial of withholding these drugs could establish cause": a trial wished for
     r"could", (("ctx", "hyp", 0),), True),
]
