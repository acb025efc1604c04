"""First piece of the study cue table: words that look like a cue but are not about this study's
allocation, design or comparison ("Mendelian randomisation", "randomly selected", "placebo effects"), so they
assert nothing. At the same start the earlier cue of a table wins, so they come before the cues they resemble."""
from __future__ import annotations

_BLOCKER_CUES: list[tuple[str, tuple, bool]] = [
    # blockers: words that look like cues but are not about allocation
    (r"mendelian\s+randomi[sz]ation", (), True),
    (r"randomly\s+(?:selected|sampled|chosen|drawn|recruited)|random(?:ly)?\s+sampl\w*|random\s+(?:sample|selection)", (), True),
    (r"(?:prospectively|retrospectively)\s+registered", (), True),
    # "questionnaire-based follow-up", "follow-up questionnaire", "a telephone survey at 3 months":
    # how outcomes were collected, not a cross-sectional design
    (r"(?:questionnaire|survey|telephone|postal|mailed)[- ]based\s+follow[- ]?ups?|follow[- ]?up\s+(?:(?:telephone|postal|mailed|online)\s+)?(?:questionnaires?|surveys?)",
     (), True),
    (r"placebo\s+(?:effects?|responses?|responders?)", (), True),
    # "Potency modest compared with conventional antibiotics", "activity weaker than that of standard drugs": how the
    # agent measures up to the usual drugs, a judgement of its strength, not an arm given them ("compared with
    # conventional antibiotics" alone, naming a group's treatment, stays a cue)
    (r"(?:potency|activity|efficacy|effectiveness|strength)\s+(?:(?:was|is|were|are|remained)\s+)?(?:only\s+|relatively\s+|rather\s+)?"
     r"(?:modest|low|lower|weak|weaker|limited|poor|poorer|inferior)\s+(?:compared\s+(?:with|to)|relative\s+to|than)\s+"
     r"(?:that\s+of\s+|those\s+of\s+)?(?:the\s+)?(?:conventional|standard|reference|existing|established)\s+"
     r"(?:drugs?|antibiotics?|agents?|medications?|pharmacotherapy)\b", (), True),
    # "the randomised comparison in the parent trial was of chemotherapy", "patients of the parent randomised trial": a
    # cohort nested in a trial, whose randomisation was of something else (the parent trial is another study)
    (r"randomi[sz]ed\s+(?:comparison|question|treatment|allocation|assignment|arms?)\s+(?:in|of)\s+the\s+parent\s+(?:trial|study|rct)\b|"
     r"parent\s+(?:randomi[sz]ed\s+(?:[\w-]+\s+)?(?:trial|study)|rct)\b", (), True),
    # "quadriceps cross-sectional area was measured by MRI", "myotube cross-sectional size": a size measured on a
    # scan or under the microscope, not a design
    (r"cross[- ]sectional\s+(?:muscle\s+|fibre\s+|fiber\s+)?areas?|cross[- ]sectional\s+(?:sizes?|diameters?|dimensions?)\b", (), True),
    # "Historical comparison rather than a concurrent or randomized control group": the group denied
    # ("Dose groups rather than a treated-versus-untreated comparison": the untreated comparison the study did not have)
    (r"(?:rather\s+than|instead\s+of)\s+(?:an?\s+|the\s+)?(?:(?:concurrent|contemporaneous|parallel|randomi[sz]ed|placebo|matched|untreated|"
     r"treated[\s-]+(?:versus|vs\.?|or|and)[\s-]+untreated)"
     r"[\s,-]+(?:(?:or|and)\s+)?){1,3}(?:control(?:led)?|comparison|comparator)s?(?:\s+(?:groups?|arms?|trials?|design))?", (), True),
    # "Clinicians can ask about sleep as part of routine care": where something is done, not a comparator
    (r"(?:as\s+part\s+of|during|into)\s+(?:their\s+|the\s+)?(?:routine|usual|standard)\s+(?:[a-z-]+\s+)?(?:care|practice|visits?|check-?ups?)",
     (), True),
    # "previously untreated patients", "Newly diagnosed, untreated adults": treatment-naive people, not an untreated group
    (r"(?:previously|hitherto|initially)\s+untreated|newly[- ]diagnosed(?:,|\s+and)?\s+untreated", (), True),
    # "Blinding integrity was not formally tested", "the success of masking was not assessed": whether the blind
    # held was not checked, which neither denies nor adds to the blinding named elsewhere
    (r"(?:blind(?:ing)?|mask(?:ing)?)\s+(?:integrity|success|adequacy|effectiveness)|"
     r"(?:integrity|success|adequacy|effectiveness)\s+of\s+(?:the\s+)?(?:blind(?:ing)?|mask(?:ing)?)\b", (), True),
    # "a 2-week masked-sensor run-in", "wore a masked (blinded-display) CGM", "CGM was masked and intermittent": a sensor
    # whose readings are hidden from its wearer so that it records without steering care, a device mode, not the
    # masking of the trial's people ("assessors were masked to the sensor data" stays a cue)
    (r"(?:masked|blinded)[- ](?:\([^()]{1,30}\)\s+)?(?:(?:continuous\s+)?glucose\s+(?:sensors?|monitors?|monitoring)|sensors?|cgms?|"
     r"accelerometers?|pedometers?|displays?)\b|"
     r"(?:cgms?|sensors?|glucose\s+monitors?)\s+(?:was|were)\s+(?:also\s+)?(?:masked|blinded)\b(?!\s+to\b)", (), True),
    # "the affected eye ... seems blind in the dark", "went blind in one eye", "a blind spot": loss of sight, the
    # subject of an eye study, not masking ("participants were blind to allocation" stays a cue)
    (r"(?:seems?|seemed|appears?|appeared|went|goes|gone|become|becomes|became|legally|functionally|partially|totally)\s+"
     r"blind\b(?!\s+to\b)|blind\s+(?:in\s+(?:one|both|the|his|her|their|that|each)\s+(?:eyes?|dark)|eyes?|spots?)\b", (), True),
    # "side effects may have unblinded some participants": a threat to blinding, not an open design
    (r"(?:may|might|could|can|would)\s+(?:have\s+)?(?:\w+ly\s+)?un(?:blind|mask)\w*", (), True),
    # double-dummy: a placebo of the other arm's drug keeps blinding; it is not the comparator
    (r"(?:matching\s+)?placebos?\s+(?:matching|matched\s+to|identical\s+to|of|for)\s+the\s+other\s+(?:drug|treatment|medication|arm|agent|intervention)", (), True),
]
