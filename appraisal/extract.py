"""Study -> Facts: the quality-deciding facts, each with the sentence that decided it.

The rules, in the reviewer's terms:
- Methods speaks for the study; then the header line, Key Finding, results, Limitations, title,
  Clinical Significance; Background last (it mostly describes other studies).
- A negation in Limitations ("No randomized control group") corrects a positive elsewhere, but
  only for that fact.
- Words about other or future studies ("larger RCTs are needed") decide nothing.
- MEDLINE indexing decides design when it is specific (Randomized Controlled Trial,
  Meta-Analysis, ...); the text decides numbers. Disagreements are recorded in `conflicts`.
- A fact without a quote from the text stays unknown.
- A review named in the title outranks the trials its Methods count ("Pooled 13 randomized trials");
  a review whose studies are "of mixed design" is not randomised and has no single comparator.
- A comparison group described without the word "control" ("given plain water", "started tirzepatide
  or semaglutide") is one; "No comparison group" with no design named is a case series.
- A dose comparison or "A, B, or both" has an active comparator; "added to X versus X alone" is usual
  care; a non-randomised study compared only with its own pre-treatment values is a case series.
- Uncounted "randomized trials" outside a review's pooling sentence are other studies (noted as a
  conflict for an observational design); groups compared after the fact ("We reviewed the records")
  are a cohort however concurrent; a historical comparison group outranks standard care given to both.
- A cohort that sets the exposed against never-users, non-users or the unvaccinated (in its prose or
  its results table's columns) has a no-treatment comparison; exposure thirds or quintiles do not.
- A trial in people that gives its treatment is prospective, randomised or not; a review whose trials
  are "randomised or not" is not randomised evidence as a whole.
- A document that calls itself a narrative or literature review is one, whatever trials it names;
  in a review, words about one included study ("only one human study, uncontrolled") decide nothing.
- Masking is also said without "blind" ("neither participants nor staff knew which drink").
- Observational studies give no placebo, and surveys and case-control studies compare no care;
  a group "who did not ..." or "were untreated" that served as the comparison is no-treatment.
- Plain words count: "Nobody — not the volunteers and not the researchers — knew who got what" is double,
  "no one was kept in the dark" open; groups compared after "looking back at the records" are a cohort,
  and one with "no comparison group" a case series; "the results of 19 trials" counts every pooled trial.
- Silence is not denial: studies that "did not report randomisation or blinded assessment" leave both
  unknown; a case series of one patient is a case report; a header washout is no length; a cohort
  grouped by regimen against "another drug without the one studied" has an active comparator.
- A header that counts person-seasons counts no people; an arm "assigned ... or to avoid" the food has no
  treatment; a non-randomised study whose control group came from an earlier period is a cohort.
- An animal or cell study's Clinical Significance that names trials in people ("prompted human trials: a
  randomized crossover trial ...") speaks of other studies, and "human glaucoma is heterogeneous" is not
  said of its animals.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from appraisal.facts.cues import (
    GENERIC_BLIND, GENERIC_CONTROL, MIXED_CONTROL, STRONG, WEAK, Hit, scan,
)
from appraisal.facts.indexing import indexed_facts
from appraisal.facts.numbers import (
    Number, counts, durations, first_rank, i2_column, i2_values, parse_duration, study_counts, table_count, table_i2,
)
from appraisal.facts.text import (
    BACKGROUND, LIMITATIONS, METHODS, SIGNIFICANCE, TITLE, Document, clean_quote, document, has_site_header, header_line,
    locate,
)
from appraisal.models import Facts, Study

# the order a reader meets hits in: the most trusted part of the study first, then position in it
_SAID_FIRST = attrgetter("rank", "pos")

__all__ = ["extract_facts"]

DESIGN_ORDER = ("meta-analysis", "systematic-review", "rct", "controlled-trial", "cohort",
                "case-control", "cross-sectional", "case-series", "case-report", "narrative-review")
CONTROL_ORDER = ("placebo", "active", "usual-care", "no-treatment", "historical", "none")
BLINDING_ORDER = ("double", "single", "open")
RANDOMIZED_ORDER = (False, True)
REFINES = (("narrative-review", "systematic-review"), ("systematic-review", "meta-analysis"),
           ("controlled-trial", "rct"))
OBSERVATIONAL = {"cohort", "case-control", "cross-sectional", "case-series", "case-report"}
REVIEWS = {"meta-analysis", "systematic-review", "narrative-review"}
_MAX_QUOTE = 240

# "8 or 12 weeks": two lengths offered (arms of different duration) give no single length, like a range
_RANGE = re.compile(r"\d\s*(?:[a-z]+\s*)?(?:to|or\b|-|–|—)\s*\d", re.I)
# a header duration given as a bound ("Up to 14 years", "More than 5 years") is no length, like a range
_BOUND = re.compile(r"^\s*(?:up\s+to|at\s+least|at\s+most|more\s+than|less\s+than|over|under|[<>≤≥])\s*\d", re.I)
# "Short term ≤12 months; long term ≥24 months": the first length the header gives is a bound, after a label
_BOUND_LATER = re.compile(r"^\D*?(?:[<>≤≥]|\b(?:up\s+to|at\s+least|at\s+most|more\s+than|less\s+than)\b)\s*\d", re.I)
# a header that runs from an event to a time point ("Pre-conception to 12 weeks of pregnancy", "Birth to 6
# months", "From diagnosis until 3 years") gives no length: when it starts differs from person to person
_FROM_EVENT = re.compile(r"^\s*[^\d\s][^\d]{0,40}?\s(?:to|until|till|through)\s+(?:the\s+)?(?:age\s+of\s+)?\d"
                         # "Duration of chemotherapy + 4 weeks": a span of varying length plus a fixed one
                         r"|^\s*[^\d\s][^\d]{0,40}?\s(?:\+|plus)\s*\d", re.I)
# "From 12 months of age until death", "From enrolment to delivery": a header that runs to an event
# (not to a number or a week/month/year) gives no length either
_TO_EVENT = re.compile(r"^\s*from\s+[^.;]{0,40}?\s(?:to|until|till)\s+(?!\d|(?:the\s+)?(?:end\s+of\s+)?"
                       r"(?:weeks?|months?|years?|days?|visits?)\b)[a-z]", re.I)
# "10 days before to 5 days after travel": two lengths counted from an event, "Until age 5 years": to an age
# reached at a different time by each child; neither is one length
_AROUND_EVENT = re.compile(r"^\s*\d[\d.]*\s*[a-z]+\s+(?:before|after|prior\s+to)\b[^/]*?\b(?:to|until|till|through)\s+\d"
                           r"|^\s*(?:until|till|to|up\s+to|through)\s+(?:the\s+)?age\b", re.I)
_WASHOUT = re.compile(r"\d[\w.\s-]{0,12}?wash[- ]?outs?\b", re.I)
_SECOND_ARM = re.compile(
    r"\s(?:or|versus|vs\.?|compared\s+(?:with|to))\s+(?:to\s+)?(?:receive\s+)?(?:the\s+|a\s+|an\s+)?((?:[^.;:()]|\.(?=\d)){2,60})"
    r"|\bcomparing\s+[^.;:()]{1,60}?\s+(?:with|to|versus|vs\.?)\s+(?:the\s+|a\s+|an\s+)?([^.;:()]{2,60})")
# "standard-dose vitamin D3" is a dose of the studied treatment, not standard care
_NOT_ACTIVE = re.compile(r"\b(?:placebo|sham|saline|vehicle|usual|standard(?![- ]dos)|routine|no|without|control|untreated|non-?users?|unexposed|never|"
                         r"unsupplemented|unvaccinated|unimmuni[sz]ed|unmedicated|non-?supplemented|"
                         r"wait|waiting|nothing|observation|baseline|healthy)\b")
_DOSED = re.compile(r"\d(?:\.\d+)?\s*(?:(?:mg|g|mcg|µg|μg|iu|ml|units?|mmol)\b|%)|\b[a-z]+(?:tide|gliptin|mab|formin|statin|"
                    r"pril|sartan|olol|azole|cillin|mycin|floxacin|prazole|afil|dronate|parin|xaban)\b")
# "The unprocessed diet was the comparator": a named arm that is the comparison
# "a control intervention of wellness education and stretching": an attention control is an active arm
_BOTH = re.compile(r"(?:both|the\s+two|the\s+combination|a\s+combination)\b")
# "death rate ... (10.3% vs 20.7%)": a result just before "vs" makes the pair results, not arms
_RESULT_PAIR = re.compile(r"\d(?:[\d.,]*)\s*%\)?,?\s*$")
_CONTROL_OF = re.compile(r"^control\s+(?:intervention|condition|program(?:me)?|treatment|session)s?\s+(?:of|consisting\s+of|with)\s+")
# "placebo or no intervention", "placebo-controlled and head-to-head trials", "comparators were placebo
# or NSAIDs": a review pooling comparisons against different kinds of comparator
_TWO_COMPARATORS = re.compile(
    r"\b(?:placebo|sham)(?:[- ]controlled)?\s+(?:or|and|and/or)\s+(?:with\s+)?(?:no\s+|usual\s+|standard\s+|conventional\s+|active|head[- ]to[- ]head|(?:an)?other\s+|(?:an?\s+)?alternative\s+)|"
    # "with placebo, an alternative prophylaxis or no treatment": a list whose last comparator is another kind
    r"\b(?:placebo|sham),\s+(?:[\w-]+\s+){1,4}?(?:or|and|and/or)\s+(?:no\s+|usual\s+|standard\s+|conventional\s+|active\s+|(?:an)?other\s+)|"
    # "against placebo or exercise alone": the other comparator is a co-treatment given by itself
    r"\b(?:placebo|sham)\s+or\s+(?:[\w-]+\s+){1,2}?(?:alone|only)\b|"
    r"\b(?:no\s+(?:treatment|intervention|therapy)|usual\s+care|active\s+(?:comparators?|controls?))\s+(?:or|and|and/or)\s+placebo|"
    # "a comparison condition (no supplement or a non-protein placebo)", "no exercise or a sham programme"
    r"\bno\s+[\w-]+\s+(?:or|and|and/or)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:placebo|sham)|"
    # "comparators were placebo or NSAIDs": a list of comparators in a review
    r"\bcomparators\s+(?:were|included|being|:)\s+[^.;:()]{1,40}?\s(?:or|and|and/or)\s|"
    # "trials comparing the drugs with each other, with laser or with sham": head-to-head and sham comparisons pooled
    r"\b(?:with|against)\s+(?:each\s+other|one\s+another)\b[^.;:()]{0,60}?\b(?:placebo|sham)\b|"
    r"\b(?:placebo|sham)\b[^.;:()]{0,60}?\b(?:with|against)\s+(?:each\s+other|one\s+another)\b", re.I)
# the study's own name for an active comparison: "active-controlled", "active comparator", "dose-comparison"
_DECLARED_ACTIVE = re.compile(r"(?i)active[- ](?:comparators?|controls?|controlled)|dose[- ]comparison")
# "placebo group", "placebo arm", "or placebo", "versus placebo": a placebo that is an arm of its own
_PLACEBO_AS_ARM_AFTER = re.compile(r"s?\s*(?:groups?|arms?|recipients)\b")
_PLACEBO_AS_ARM_BEFORE = re.compile(r"\b(?:or|versus|vs\.?|to|compared\s+with|against)\s+(?:an?\s+|the\s+|matching\s+)?$")
# "30 to psilocybin (...) and 29 to escitalopram": the group counts of two assigned arms
_SECOND_GROUP_TO = re.compile(r"\d[\d,]*\s+to\s+[^.;:()]{2,60}?(?:\([^()]{0,200}\)\s*)?,?\s+and\s+\d[\d,]*\s+to\s+([^.;:()]{2,60})")
# "oral medazepam (30 mg/day)": a bracket just after an arm's name that holds its dose
_ARM_DOSE = re.compile(r"\s*\(([^()]{1,60})\)")
_DUMMY_IN_ARM = re.compile(r"\b(?:with|plus|and)\s+(?:an?\s+|matching\s+)?placebo\s*[\w-]*")
_DIET = re.compile(r"\bdiet\b")
# "flavanol-free white chocolate", "caffeine-free coffee": a product without its active ingredient
_INGREDIENT_FREE = re.compile(r"\b([a-z]+)-free\s+([a-z]+(?:\s+[a-z]+)?)")
# "-free" words that name an outcome or a state, not a missing ingredient
_NOT_INGREDIENTS = frozenset(("event", "disease", "progression", "relapse", "recurrence", "symptom", "pain", "seizure",
                              "tumour", "tumor", "metastasis", "complication", "hospital", "dialysis", "ventilator",
                              "infection", "cancer", "drug", "treatment", "smoke", "smoking", "care", "cost",
                              "duty", "risk", "stress", "error"))
# "two diets for 6 weeks each: ...", "three doses: ...", "one of two strategies: ...": the regimens a trial
# allocated, listed after a colon; "two 5-week conditions in random order, separated by a washout: ...":
# eating or dosing schedules too
_LISTED_ARMS = re.compile(r"\b(?:two|three|four)\s+(?:[\w-]+\s+)?(?:diets|regimens|doses|formulations|preparations|drugs|"
                          r"strategies|conditions|schedules)\b[^.;:]{0,80}:\s")
# "a control schedule (12-hour eating window)": a control arm spelled out as a regimen of its own
_CONTROL_WITH_REGIMEN = re.compile(r"\bcontrol\s+(?=(?:[\w-]+\s+)?\((?!\s*n\s*=)[^()]*\d)")
_TWO_LISTED = re.compile(r"\s(?:and|or)\s|,")
# "in random order", "in turn", "crossover": each person had every listed regimen
_IN_TURN = re.compile(r"\brandom\s+(?:order|sequence)|\bin\s+turn\b|\bcross[- ]?over\b")
# "stayed on their normal diet", "kept their usual food": a usual-care cue that is about what was eaten
_ON_FOOD = re.compile(r"\b(?:diet|diets|food|chow|feed|meals|intake|eating)\b", re.I)
# "non-opioid arm": an arm called by what it gives (the first words name it, "arm" ends it)
_NAMED_ARM = re.compile(r"(?:[\w-]+\s+)?[\w-]+\s+arm\s*$")
_NAMED_ARM_IN = re.compile(r"\b([\w-]+)\s+arm\b")
# "intervention arm", "the two arms", "each arm": words that say which arm, not what it gives
_GENERIC_ARM = re.compile(r"(?:intervention|treatment|treated|experimental|study|active|comparison|comparator|each|every|both|"
                          r"two|three|four|other|second|first|third|one|either|parallel|the|an?|single|trial|per)$")
_NAMED_COMPARATOR = re.compile(
    r"\b(?:the|an?)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:was|were|served\s+as|acted\s+as)\s+(?:the\s+)?"
    r"(?:comparator|comparison|control\s+(?:arm|condition|treatment|intervention|diet))\b")
# "in most trials", "in one open trial": a review's words about some of its included studies
_SUBSET_OF_STUDIES = re.compile(
    r"\b(?:in|of)\s+(?:most|some|many|several|a\s+few|few|one|two|three|four|five|six|seven|eight|nine|ten|\d+|the\s+remaining|other|"
    r"all\s+but\s+one|a\s+minority\s+of|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:[\w-]+\s+)?(?:trials|studies|trial|study)\b|\bin\s+a\s+few\b|\bin\s+(?:most|some|others)\b")
# "pulled together the results of 19 earlier trials": the count is every study the review pooled, not some
_POOLED_ALL = re.compile(r"\b(?:results|data|findings|outcomes|pooled|pooling|combined|combining|together)\s+$", re.I)
# "randomized trials", "randomized placebo-controlled trials": the cue names several trials
_PLURAL_TRIALS = re.compile(r"(?:\s+[\w]+-[\w-]+|\s+controlled|\s+clinical)*\s+(?:trials|studies)\b")
_NUMBERED = re.compile(r"\s*(?:\d|[A-D]\b)")
# "who started tirzepatide or semaglutide", "prescribed semaglutide or other anti-obesity
# medications": a cohort whose exposure groups took different drugs (an active comparator)
# "recipients ... were grouped by maintenance regimen at discharge": exposure groups named by the drugs they took
_EXPOSURE = re.compile(r"\b(?:start(?:ed|ing)|initiat(?:ed|ing)|prescribed|new\s+users?|dispensed|maintained\s+on|discharged\s+on|"
                       r"(?:grouped|classified|categori[sz]ed)\s+by\s+(?:[\w-]+\s+){0,2}?(?:regimens?|treatments?|drugs?|medications?))\b", re.I)
# "or calcineurin inhibitor without a TOR inhibitor": another drug class, taken without the one studied
_WITHOUT_TAIL = re.compile(r"\s+(?:without|alone|only)\b", re.I)
_DRUG_CLASS = re.compile(r"\b(?:medications?|medicines?|drugs?|agents?|inhibitors?|agonists?|antagonists?|blockers?)\b")
_ALLOCATION = re.compile(r"\b(?:randomi[sz]ed|randomly|assigned|allocated|comparing|compared|versus|vs)\b", re.I)
_PARTIES = re.compile(
    r"\b(?:participants?|patients?|subjects?|investigators?|researchers?|clinicians?|physicians?|"
    r"assessors?|outcome\s+assessors?|evaluators?|staff|caregivers?|pathologists?|raters?|"
    r"statisticians?|care\s+providers?|personnel|observers?|families|parents|surgeons|nurses|analysts?|"
    r"volunteers?|doctors?|dietitians?|technicians?|radiologists?|scientists?|sonographers?|psychologists?|therapists?|"
    r"(?:study|research)\s+team|(?:research\s+|study\s+)?assistants?|"
    # "masked from mothers and from the field workers", "crew ... knew about the new diet": the people
    # a trial in a community, a ship or a camp could keep unaware
    r"mothers|fathers|(?:field|health|community)\s+workers|crews?|sailors|soldiers|"
    # "Couples and clinic staff were masked": in a fertility trial the couple is the participant
    r"couples|spouses)\b", re.I)
_HET_LOW_BEFORE = re.compile(
    r"\b(?:low|minimal|little|negligible|no\s+(?:significant\s+)?|non-?significant|insignificant|mild|"
    r"limited|small|moderate-to-low)\s+(?:statistical\s+|between-study\s+)?$", re.I)
_HET_HIGH_BEFORE = re.compile(
    r"\b(?:substantial|considerable|high|significant|moderate|marked|large|important|notable|"
    r"great|clinical|some|marked|wide|between-study|population|patient)\s+(?:statistical\s+)?$", re.I)
_HET_AFTER_LOW = re.compile(r"^\s*(?:was|were|is|remained)\s+(?:low|minimal|negligible|absent|not\s+significant|small)", re.I)
_HET_AFTER_HIGH = re.compile(r"^\s*(?:was|were|is|remained)\s+(?:high|substantial|considerable|significant|moderate|marked|large)", re.I)
_HET_STATISTICAL = re.compile(
    r"\b(?:between[- ](?:trials?|stud(?:y|ies))|statistical(?:ly)?|among\s+(?:the\s+)?(?:trials|studies)|"
    r"across\s+(?:the\s+)?(?:trials|studies)|cochran|i2|i²|q\s+test|tau)\b", re.I)
_HET_POPULATION = re.compile(
    r"\s+(?:in|of|among|across|between)\s+(?:the\s+)?(?:included\s+|study\s+)?(?:populations?|participants|patients|"
    r"people|subjects|ages?|diseases?|conditions|settings?|doses|dosing|diagnos\w+)", re.I)
# what besides people can be heterogeneous: doses, regimens, interventions, measures, designs
_THINGS = (r"(?:dos(?:es|ing)|doses?|dosages?|regimens?|schedules?|interventions?|treatments?|therap(?:y|ies)|programmes?|programs?|"
           r"protocols?|products?|preparations?|formulations?|strains?|outcomes?|outcome\s+measures?|measures?|measurements?|"
           r"methods?|methodolog(?:y|ies)|definitions?|designs?|durations?|trials?|studies|assays?|instruments?|tools?|comparators?|"
           # "Heterogeneous responses: a subset improved while others declined": how people responded, not who they were
           r"responses?|effects?|results?|findings|benefits?|improvements?|trajector(?:y|ies))")
_HET_OF_THINGS_BEFORE = re.compile(r"\b" + _THINGS + r"[ \t]+(?:(?:was|were|is|are)[ \t]+(?:\w+[ \t]+)?|(?:and[ \t]+[\w-]+[ \t]+)?)$", re.I)
# "heterogeneously defined", "heterogeneously measured": how something was done, not who was studied
_HET_HOW_DONE = re.compile(r"[ \t]+(?:defined|measured|reported|recorded|assessed|ascertained|classified|collected|coded|graded)\b", re.I)
_HET_OF_THINGS_AFTER = re.compile(r"^[ \t]+(?:[\w-]+[ \t]+){0,1}" + _THINGS + r"\b", re.I)
_HET_METHOD = re.compile(
    r"(?:\b(?:assess\w*|test\w*\s+for|evaluat\w*|explor\w*|sources?\s+of|investigat\w*|quantif\w*|"
    r"examin\w*|account\s+for|for)\s+(?:\w+\s+)?$)|"
    r"^\s*(?:was|were)\s+(?:assessed|evaluated|quantified|tested|explored|examined|investigated)|^\s*(?:using|with\s+the)\b",
    re.I)

# an animal experiment's groups: a named control, or one group set against another
_COMPARED_GROUPS = re.compile(
    r"\b(?:controls?|untreated|saline|vehicle|sham|placebo|wild[- ]type|littermates|compared\s+with|than|"
    r"versus|vs\.?|whereas)\b|\(n\s*=\s*\d+\)[^.]*\(n\s*=\s*\d+\)", re.I)
# (read only once the study is known to be on animals, so "embryos" and "larvae" are the animals')
_ANIMAL_WORDS = re.compile(r"\b(?:rats?|mice|mouse|animals?|dogs?|pigs?|rabbits?|monkeys?|hamsters?|zebrafish|sheep|"
                           r"worms?|nematodes?|flies|embryos|larvae)\b", re.I)
_CELL_WORDS = re.compile(r"\b(?:cells|cultures|cell\s+lines?)\b", re.I)
_CELLS_COMPARED = re.compile(
    r"\b(?:control\s+(?:cells|cultures|wells)|untreated|vehicle|sham)\b|\b(?:compared\s+with|versus|vs\.?)\s+[^.;]*\b(?:without|untreated|control|vehicle)\b", re.I)
# "participants could not be masked", "patients cannot be blinded to surgery": blinding was impossible (open);
# the general negation rule skips "be" so that "not ... were randomized" stays positive
_CANNOT_BE = re.compile(r"\b(?:not|cannot|never)\s+(?:be|been|being)\s+$", re.I)
# an extension study and the phase of the trial it extends
_EXTENSION = re.compile(r"\bextension\s+(?:study|phase|period|trial)\b|\bopen[- ]label\s+extension\b", re.I)
_PHASE_AFTER = re.compile(r"(?:[\s,]+[\w-]+){0,5}?[\s,]+(?:part|phase|period|stage|portion)\b", re.I)
_PARENT_BEFORE = re.compile(
    r"\b(?:preceding|previous|prior|parent|original|core|initial|earlier|first)\s+(?:[\w-]+[\s,]+){0,3}$", re.I)
# "there was no untreated group", "without a concurrent untreated control": the group is denied
_UNTREATED_GROUP_WORDS = ("untreated", "concurrent", "contemporaneous", "contemporary", "unsupplemented",
                          "non-supplemented", "nonsupplemented")
# "historical controls, not a concurrent group", "rather than a concurrent or randomized control group"
_NOT_CONCURRENT = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:an?\s+)?(?:concurrent|contemporaneous|contemporary|parallel)\b", re.I)
# "No pair-fed control group": the one word between the denial and the control names its kind
_KIND_DENIED = re.compile(r"\b(?:no|without(?:\s+an?)?|lack\s+of\s+an?|absence\s+of\s+an?)\s+([\w-]+)\s+$", re.I)
# kinds whose absence leaves no control at all ("no randomised control", "no separate control group")
_ANY_KIND = re.compile(r"(?:randomi[sz]ed|concurrent|contemporaneous|contemporary|parallel|separate|proper|true|real|formal|"
                       r"adequate|independent|dedicated|comparable|appropriate|external|internal|such|other)$", re.I)
_DENIED_BEFORE = re.compile(r"\b(?:no|not\s+an?|without(?:\s+an?)?|lack\s+of\s+an?|absence\s+of\s+an?)\s+(?:[\w-]+\s+)?$", re.I)
# "blinding cold exposure is not possible", "blinding of surgeons was impossible": the same, said after the word
_IMPOSSIBLE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:is|was|were|are)\s+(?:not\s+(?:possible|feasible|practical|practicable)|impossible|infeasible|unfeasible)\b",
    re.I)
# the words that say something was not reported (unknown), as opposed to not done
_NOT_REPORTED = r"(?:reported|described|stated|specified|mentioned|documented)"
# "Blinding procedures not described", "Blinding of assessors not reported": blinding unknown, not open
_UNREPORTED_AFTER = re.compile(
    r"[^.;:()]{0,40}?\b(?:not\s+(?:" + _NOT_REPORTED + r"|clear)|unclear|unreported)\b", re.I)
# "Randomisation of mice not described", "Random allocation and blinding not reported", "Randomisation
# and blinding rarely reported in the included studies": whether allocation was random is unknown
# ("Randomization method not described" is no denial either: the Methods decide)
_UNREPORTED_ALLOCATION = re.compile(
    # "randomisation and blinded histology scoring not described": a second thing, also unreported
    r"(?:\s+(?:and|or|nor)(?:\s+[\w/-]+){1,3}?|(?:\s+[\w/-]+){0,3}?)\s+"
    r"(?:(?:was|were|is|are)\s+)?(?:not\s+" + _NOT_REPORTED + r"|"
    r"(?:rarely|seldom|never|inconsistently)\s+(?:reported|described|stated|mentioned)|unreported|unclear)\b", re.I)
# "Most included studies did not report randomisation or blinded assessment", "without describing
# allocation": the report is silent (unknown), which is no denial of either
_UNREPORTING_BEFORE = re.compile(
    r"\b(?:(?:did|do|does)\s+not|didn't|failed\s+to|fail\s+to|without)\s+(?:report|describ|stat|mention|specify|document)(?:e|es|ed|ing)?\s+"
    r"(?:(?:any|the|their|its|on|whether)\s+)?(?:[\w-]+\s+(?:or|and|and/or|nor)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "Scar area was measured double-blind by two observers", "sections were scored double-blind": the
# people measuring were blinded, nobody else: single
_MEASURED_BEFORE = re.compile(
    r"\b(?:measured|scored|assessed|evaluated|analy[sz]ed|read|graded|quantified|counted|examined|rated)\s+(?:in\s+a\s+)?$", re.I)
_BY_ASSESSORS_AFTER = re.compile(
    r"\s*(?:manner\s+|fashion\s+)?by\s+(?:(?:two|three|independent|blinded|trained|separate)\s+){0,2}(?:observers?|pathologists?|"
    r"assessors?|raters?|readers?|evaluators?|examiners?|histologists?|radiologists?|scorers?|investigators?)\b", re.I)
# "a review of laboratory, animal and early clinical work": evidence of more than one kind
# "trial", "Controlled study in newborns": the design words of a study that gave its treatment
_TRIAL = re.compile(r"\btrials?\b|\bcontrolled\s+(?:[\w-]+\s+)?stud(?:y|ies)\b", re.I)
# "...; in vitro-only studies and human reports were excluded": the clause that names what a review left out
_CLAUSE_SPLIT = re.compile(r"[;:]")
_EXCLUSION = re.compile(r"\bexclu(?:ded|ding|sion)\b", re.I)
_MOSTLY = re.compile(r"\b(?:mostly|mainly|largely|predominantly|primarily|chiefly|almost\s+(?:entirely|exclusively|all))\b", re.I)
_EVIDENCE_KINDS = (
    ("human", re.compile(r"\b(?:clinical|humans?|patients?|participants|people|persons|volunteers)\b", re.I)),
    ("in-vitro", re.compile(r"\b(?:laboratory|in\s+vitro|cells?|cultures?|pharmacology|mechanisms?)\b", re.I)),
    # "across model organisms and humans", "from yeast, worms, flies and mice": non-human organisms
    ("animal", re.compile(r"\b(?:animals?|rodents?|preclinical|rats?|mice|mouse|murine|model\s+organisms?|invertebrates|yeast|worms|"
                          r"(?:fruit\s+)?flies|nematodes?|drosophila|zebrafish|primates|monkeys?)\b", re.I)),
)
# "of mixed design (randomised trials and uncontrolled studies)", "mostly observational cohorts with a
# few randomised trials": a review whose included studies are not all randomised or all controlled
_MIXED_DESIGNS = re.compile(
    r"\b(?:mixed\s+(?:study\s+)?designs?|of\s+mixed\s+design|(?:mostly|mainly|largely|predominantly)\s+"
    r"(?:observational|non-?randomi[sz]ed|uncontrolled|cohorts?)|uncontrolled|non-?randomi[sz]ed|observational)\b", re.I)
# "four non-randomised studies identified in the search were excluded": not the review's evidence
_EXCLUDED = re.compile(
    r"\b(?:non|un|quasi)[- ]?randomi[sz]ed\s+(?:[\w-]+\s+){0,6}?(?:were|was)\s+excluded|"
    r"\bexclu(?:ded|ding|sion\s+of)\s+(?:all\s+|any\s+|the\s+)?(?:[\w-]+\s+)?(?:non|quasi)[- ]?randomi[sz]ed\s+(?:[\w-]+\s+)?(?:studies|trials|designs?)",
    re.I)
# "controlled trials, randomised or not", "with or without randomisation", "randomised and quasi-randomised
# trials": a review's included trials were not all randomised
_EITHER_ALLOCATION = re.compile(
    r"\brandomi[sz]ed\s+or\s+not\b|\bwith\s+or\s+without\s+randomi[sz]ation\b|\bwhether\s+or\s+not\s+(?:they\s+were\s+)?randomi[sz]ed\b|"
    r"\brandomi[sz]ed\s+(?:or|and|and/or)\s+(?:quasi|non)[- ]?randomi[sz]ed\b", re.I)
# "The report does not say whether patients were masked": blinding unknown, not a statement of it
# "did not say whether ... blinded": the phrase, then the cue later in the same clause (no . or ;
# between); the phrase ends are found once per sentence (see _unreported_before)
_UNREPORTED_PHRASE = re.compile(
    r"\b(?:(?:does|do|did)\s+not\s+(?:say|state|report|describe|specify|mention|indicate)|not\s+(?:reported|stated|clear)|"
    r"unclear|unknown|no\s+information\s+(?:on|about))\s+(?:whether|if)\b", re.I)
_CLAUSE_END = re.compile(r"[.;]")
# "cross-sectional analysis", "a one-time cross-sectional comparison": the study's own analysis
# results pooled across trials: what makes a systematic review a meta-analysis
_POOLED_ESTIMATE = re.compile(
    r"\b(?:weighted|standardi[sz]ed)\s+mean\s+differences?|\bpooled\s+(?:relative\s+risks?|risk\s+ratios?|odds\s+ratios?|"
    r"hazard\s+ratios?|estimates?|effects?|mean\s+differences?)\b|\b(?:combined|pooled)\s+(?:with|using|in|by)\s+(?:an?\s+|the\s+)?"
    r"(?:random|fixed)[- ]effects?|\brandom[- ]effects?\s+(?:models?|meta)|\bforest\s+plots?")
_ANALYSIS_AFTER = re.compile(r"\s+(?:analys[ie]s|comparisons?|design|study|evaluation|assessment|associations?)\b")
# "participants from the ... Study of Aging", "data of the UK Biobank cohort", "case-control study nested
# in the UK Biobank cohort", "within a population-based cohort": the cohort is where the data came from
_SOURCE_BEFORE = re.compile(
    r"\b(?:within|in|from|of|using|used|nested\s+in|nested\s+within|drawn\s+from)\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,3}$", re.I)
# where a clause of a sentence ends: "knew which pattern they followed, but the staff were unaware"
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|although|while|whereas)\b|\b(?:but|although|whereas)\b", re.I)
# "Mixed populations and study designs", "included studies of mixed design": said of a review,
# its included studies are not all randomised, controlled or blinded alike
# "Observational studies only", "pooled from 57 prospective studies", "meta-analysis of cohort studies": a
# review whose included studies are all observational (the same sentence naming no trial or experiment)
_OBSERVATIONAL_ONLY = re.compile(
    r"\b(?:observational\s+(?:studies|data|evidence|research)\s+only|only\s+observational|"
    r"(?:entirely|exclusively|purely|wholly|all)\s+observational|"
    r"(?:of|from)\s+(?:\d[\d,]*\s+)?(?:(?:prospective|retrospective|population-based|observational)\s+)*"
    r"(?:cohort|observational|prospective|case-control)\s+(?:studies|cohorts))\b", re.I)
_INTERVENTIONAL = re.compile(r"\b(?:trials?|rcts?|experiment\w*|interventional|randomi[sz]\w*)\b", re.I)
_MIXED_STUDY_DESIGNS = re.compile(
    r"\bmixed\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:study\s+)?designs?\b|\bof\s+mixed\s+(?:study\s+)?design", re.I)
# "447 patients given calcifediol and 391 not given it", "1,223 men started testosterone and 7,486 did
# not", "ten received melatonin, ten ... did not", "comparator group: no vitamin D supplement",
# "compared with stimulated cells without curcumin": a concurrent group that went without the treatment
_UNTREATED_ARM = re.compile(
    r"\b(?:received|receiving|given|started|took|taking|initiated|used|treated\s+with)\b[^.;:]{1,120}?(?:,|\band\b|\bwhile\b|\bwhereas\b)"
    r"[^.;:]{0,80}?\b(?:did\s+not|not\s+(?:given|receiving|treated|started|taking)|"
    # "7,278 were treated with HBOT and 18,459 were not, and ...": the verb left out after "were not"
    r"\d[\d,]*\s+(?:were|was)\s+not(?=\s*[,.;:)]))\b|"
    r"\b(?:comparator|comparison|control)\s+(?:groups?|arms?)\s*(?::|was|were|received|got)\s*(?:given\s+)?no\s+[\w-]+|"
    # "assigned to consume peanut ... or to avoid peanut entirely": the other arm was told to go without it
    r"\b(?:assigned|allocated|randomi[sz]ed)\b[^.;:]{1,160}?\bor\s+(?:to\s+)?(?:avoid|abstain\s+from|refrain\s+from|forgo|go\s+without)\b|"
    # "Controls were women ... who declined supplementation; they received no tablets"
    r"\b(?:controls|control\s+(?:subjects|participants|patients|women|men|children|mothers|families))\s+(?:were|was)\b"
    r"[^.:]{0,160}?\b(?:received|were\s+given|took|got)\s+no\s+[\w-]+|"
    r"\b(?:cells|cultures|animals|mice|rats)\s+(?:[\w-]+\s+){0,2}?without\s+(?:the\s+)?[\w-]+|"
    # "398 received testosterone and 633 were untreated"
    r"\b(?:received|receiving|given|started|took|taking|initiated|used|treated\s+with)\b[^.;:]{1,120}?(?:,|\band\b|\bwhile\b|\bwhereas\b)"
    r"[^.;:]{0,80}?\b(?:were|was|remained|went|stayed)\s+untreated\b|"
    # "Twenty-five men ... who did not make these changes served as the comparison group", "respondents who had
    # never used rapamycin ... served as the comparison group": people defined by going without it
    r"\b(?:who|that)\b[^.;:]{0,60}?\b(?:never|not|did\s+not|didn't|chose\s+not\s+to|declined\s+to|refused\s+to|opted\s+not\s+to)\b"
    r"[^.;:]{1,100}?\b(?:served|acted|were\s+used|was\s+used|formed|made\s+up)\s+(?:as\s+)?(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+)?(?:comparison|control|comparator|reference)s?\b|"
    # "38 chose to take creatine and 34 chose not to, forming the comparison group": people who decided
    # against the treatment make up the comparison
    r"\b(?:chose\s+not\s+to|opted\s+not\s+to|preferred\s+not\s+to|declined|refused)\b[^.;:]{0,80}?,?\s+"
    r"(?:forming|formed|making\s+up|made\s+up|serving\s+as|served\s+as|acting\s+as|acted\s+as|becoming|became)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+)?(?:comparison|control|comparator|reference)s?\b|"
    # "a comparison group of 25 men who did not make the changes"
    r"\b(?:comparison|control|comparator|reference)\s+(?:group|arm|cohort)\s+(?:of|was|were|comprised|consisted\s+of)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:who|that)\s+(?:had\s+|have\s+)?(?:did\s+not|didn't|were\s+not|had\s+not|never)\b|"
    # "36 received Tα1 ... in addition to standard treatment; 40 did not receive Tα1"
    r"\b(?:received|receiving|given|started|took|treated\s+with)\b[^.;:]{1,160}?;\s*(?:\d[\d,]*|the\s+(?:other|remaining)\s+\d[\d,]*|"
    r"the\s+others|the\s+rest)\s+(?:[\w-]+\s+)?(?:did\s+not\s+(?:receive|take|get|start)|were\s+not\s+(?:given|treated))\b", re.I)
# "X in addition to standard treatment", "on top of usual care": care both groups had, not the comparator
_ADD_ON_BEFORE = re.compile(
    r"\b(?:in\s+addition\s+to|on\s+top\s+of|added\s+to|adding\s+to|alongside|plus|as\s+an?\s+add[- ]on\s+to)\s+"
    r"(?:the\s+|their\s+|all\s+)?(?:[\w-]+\s+)?$", re.I)
# "open-label placebo plus treatment as usual, or TAU alone": the placebo is the add-on under test and the
# comparison kept usual care only
_PLACEBO_ADDED = re.compile(
    r"\bplacebos?\b[^.;:]{0,40}?\s(?:plus|with|added\s+to|in\s+addition\s+to|on\s+top\s+of)\s+[^.;:]{1,60}?,?\s+"
    r"(?:or|versus|vs\.?|compared\s+(?:with|to))\s+(?:with\s+|to\s+)?(?:the\s+|their\s+)?([^.;:]{1,50}?)\s+(?:alone|only)\b")
# "Pooling large placebo-controlled trials", "included 12 placebo-controlled RCTs": what every pooled trial was
_POOLED_PLACEBO = re.compile(
    r"\b(?:pool(?:ed|ing)|combin(?:ed|ing)|includ(?:ed|ing)|synthesi[sz](?:ed|ing))\s+(?:the\s+|all\s+)?(?:\d[\d,]*\s+|[\w-]+\s+){0,2}?"
    r"(?:placebo|sham)[- ]controlled\s+(?:[\w-]+\s+){0,2}?(?:trials|studies|rcts)\b", re.I)
_USUAL_ARM = re.compile(r"\b(?:usual|standard|routine|conventional|tau|treatment\s+as\s+usual)\b")
# "compared with women who had never used hormones", "than unvaccinated children", "semaglutide users
# compared with non-users", "than those who did not": a cohort set against people who went without
# the exposure has a concurrent untreated comparison (exposure levels, thirds or quintiles do not)
_UNEXPOSED_PEOPLE = (
    r"(?:never[- ]?users?|non-?users?|never[- ]?takers?|non-?takers?|unexposed|non-?exposed|unvaccinated|"
    r"non-?vaccinated|non-?recipients?|never[- ]?smokers|non-?smokers|non-?drinkers|"
    r"(?:[\w-]+\s+){0,2}?(?:those|people|persons|women|men|children|patients|adults|participants|individuals|infants|"
    r"subjects|mothers|pregnancies|inpatients|outpatients|residents)\s+"
    # "patients with diabetes not taking metformin": a short "with ..." qualifier between the people and the denial
    r"(?:with\s+(?:[\w-]+\s+){1,3}?(?=who\s|not\s|never\s))?(?:"
    # "patients who received none", "inpatients who received no zolpidem"
    r"who\s+(?:received|took|used|got|had\s+been\s+given|were\s+given)\s+(?:none\b|no\s+(?!(?:more|less|fewer|other|further|additional|benefit|difference|effect)\b))|"
    r"who\s+(?:had\s+|have\s+)?(?:never|not|did\s+not|were\s+not)\s+"
    # "with those who never drank it"
    r"(?:used?|taken|took|take|received?|started?|drank|drunk|drink|smoked|ate|eaten|been\s+(?:vaccinated|exposed|treated|prescribed)|vaccinated|exposed|"
    r"treated|prescribed|given|filled)\b|who\s+(?:did|had)\s+not(?=\s*[.,;)]|\s*$)|not\s+(?:taking|using|exposed\s+to|"
    r"vaccinated|receiving|prescribed)\b|never\s+(?:exposed|treated|prescribed|vaccinated|given)\b))")
_UNEXPOSED_COMPARISON = re.compile(
    # "compared people who drank various amounts of coffee with those who never drank it"
    r"\b(?:compared\s+(?:(?!(?:was|were|and|but)\b)[\w,-]+\s+){0,10}?(?:with|to|against)|comparisons?\s+(?:with|to)|than|versus|vs\.?|relative\s+to|"
    # "compared time to surgery between patients who had received HA and patients who had not"
    r"between\s+(?:(?!(?:was|were|but)\b)[\w,-]+\s+){1,12}?and|"
    r"(?:reference|comparison)\s+(?:group|category)\s+(?:of|was|were|comprised|:)|(?:comparison|comparators?|reference)(?:\s+(?:group|category))?\s*:)\s+"
    r"(?:(?:the|all|matched|similar|age-matched|otherwise\s+similar)\s+){0,2}"
    r"(?:" + _UNEXPOSED_PEOPLE + r"|no\s+(?:use|exposure|vaccination)\b)|"
    r"\b(?:unvaccinated|unexposed|non-?exposed|non-?users?|never[- ]?users?)\s+(?:group|comparison|comparators?|cohort|reference|controls?)\b|"
    # "90,463 matched non-diabetic controls who were not taking metformin"
    # "Control persons had no diabetes and did not receive any antidiabetic drug" (a short clause before)
    # "matched to a comparator with type 2 diabetes who had never used metformin"
    r"\b(?:controls?|control\s+(?:persons?|people|subjects?|individuals?|participants?)|comparators?|comparison\s+group|reference\s+group)\s+"
    r"(?:with\s+(?:[\w-]+\s+){1,4}?)?(?:(?:who|that)\s+|(?:had|were|was)\s+(?:[\w-]+\s+){1,4}?and\s+)(?:were|was|had|have|did)?\s*(?:not|never)\s+"
    r"(?:taking|using|take|use|used|taken|receiv\w*|exposed|vaccinated|treated|prescribed|given|filled)\b|"
    # "classed as exposed (supplement at any visit) or unexposed", "users and non-users": the two
    # groups named as a pair
    r"\b(?:exposed|users?|takers?|recipients?|vaccinated)\b(?:\s*\([^()]{0,100}\))?\s*(?:,\s*)?(?:or|and|vs\.?|versus)\s+"
    r"(?:the\s+)?(?:unexposed|non-?exposed|non-?users?|never[- ]?users?|non-?takers?|non-?recipients?|unvaccinated)\b",
    re.I)
# "who took glucosamine ... than those who did not": the elliptical "did not" refers to a treatment verb
_TOOK = re.compile(r"\b(?:took|taking|take|used|using|received|receiving|started|starting|initiated|filled|prescribed|given|"
                   r"vaccinated|exposed|drank|smoked|ate)\b", re.I)
# a results-table column or reference row naming the unexposed: "Non-users", "No use", "Never users",
# "Unvaccinated", "Unexposed (reference)"; "No zinc" when zinc is the compound studied
_UNEXPOSED_CELL = re.compile(
    r"^(?:never[- ]?users?|non-?users?|no\s+(?:use|users?|supplements?|supplementation|exposure|treatment|vaccin\w*)|"
    r"unexposed|non-?exposed|unvaccinated|not\s+vaccinated)(?:\s*\(reference\))?$", re.I)
# a reference row of the results table: "Unexposed (reference)2.6%1.00"
_UNEXPOSED_ROW = re.compile(
    r"^(?:never[- ]?users?|non-?users?|no\s+use|unexposed|non-?exposed|unvaccinated)\s*\((?:reference|ref\.?)\)", re.I)
# "narrative review", "literature review", "review article", "an overview of": a document's name for
# itself ("clinical review", "expert review", "our review" of records are steps of a primary study)
_OWN_REVIEW = re.compile(
    r"(?:narrative|literature|comprehensive|critical|integrative|mini)[- ]review(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:records|charts|notes|files|cases|images|slides|scans))|review\s+article|(?:an?|this)\s+overview\s+of", re.I)
# "only one human study", "the single clinical trial": one included study, in a review
_ONE_STUDY = re.compile(r"\b(?:only\s+one|one|a\s+single|the\s+single|the\s+only|the\s+one)\s+(?:[\w-]+\s+){0,2}?(?:study|trial)\b", re.I)
# "no one was kept in the dark about who was doing what": everyone knew (open), whoever is named
_NOBODY_IN_DARK = r"\b(?:nobody|no[\s-]one)\s+(?:was|were)\s+kept\s+in\s+the\s+dark\b"
# "nested in a randomized trial", "embedded within the ...": the study a nested study was drawn from
_NESTED_IN = re.compile(r"\b(?:nested|embedded)\s+(?:with)?in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)
# "treated in routine care", "as part of usual care": the setting a cohort was treated in
_SETTING_BEFORE = re.compile(r"\b(?:in|during|under|within|as\s+part\s+of)\s+(?:the\s+|their\s+)?$", re.I)
# "observer-blind", "assessor-blinded": a term that names one masked party, which its own sentence may widen
_PARTY_BLIND = re.compile(r"(?:assessor|evaluator|observer|rater|investigator|examiner|outcome[- ]assessor)[- ]blind", re.I)
# "Nobody — not the volunteers and not the researchers — knew", "neither the women nor the staff": two parties
_TWO_NAMED = re.compile(r"\bneither\b[^.;]*\bnor\b|\bnot\s+(?:the\s+|their\s+)?[\w-]+[^.;]{0,60}?\b(?:and|or)\s+not\b", re.I)
# what was kept from people in a masked trial: which treatment, drink or group they had
_ALLOCATED = (r"(?:(?:which|whether)\s+(?:[\w-]+\s+){0,3}?(?:real|active|verum|true|genuine)\s+or\s+(?:sham|placebo|dummy|fake|"
              # "not told whether they had real or sham acupuncture": the real treatment or its imitation
              r"inactive|simulated|mock)\b|"
              r"(?:which|whether|what)\s+(?:[\w-]+\s+){0,4}?(?:treatment|intervention|drink|beverage|juice|capsules?|pills?|tablets?|"
              r"powders?|programmes?|programs?|gels?|creams?|ointments?|sprays?|patch(?:es)?|drops|infusions?|"
              r"product|supplement|preparation|injection|drug|medication|group|arm|condition|diet|formula|placebo|they\s+(?:had\s+)?"
              r"(?:received|were\s+(?:given|taking|receiving|assigned|allocated)|got|took))\b|"
              r"(?:the\s+|their\s+|its\s+)?(?:treatment\s+|group\s+|study\s+)?(?:allocations?|assignments?|group\s+membership)\b|"
              # "knew who got what", "knew who had which powder", "knew who was in which group"
              r"who\s+(?:[\w-]+\s+){0,3}?(?:what|which)\b|"
              # "a pathologist unaware of the treatment groups"
              r"(?:the\s+|their\s+|its\s+)?(?:treatment|study|experimental)\s+(?:groups?|arms?)\b|"
              # "were aware of the assigned dose"
              r"(?:the\s+|their\s+|its\s+)(?:assigned|allocated)\s+(?:[\w-]+\s+)?(?:doses?|treatments?|groups?|arms?|regimens?|products?|"
              r"interventions?|drugs?|medications?|conditions?|diets?|capsules?|tablets?)\b)")
_UNAWARE = re.compile(
    r"\bneither\b[^.;]{1,120}?\bnor\b[^.;]{1,120}?\b(?:knew|know|knowing|were\s+aware\s+of|was\s+aware\s+of|being\s+aware\s+of|could\s+(?:tell|identify|distinguish))\s+"
    r"(?:of\s+)?" + _ALLOCATED + r"|"
    r"\b(?:did\s+not|didn't|do\s+not|does\s+not|could\s+not|couldn't|were\s+not|was\s+not|never)\s+(?:know|knew|aware\s+of|"
    r"told|informed\s+(?:of|about)|able\s+to\s+(?:tell|identify|distinguish))\s+" + _ALLOCATED + r"|"
    r"\bunaware\s+of\s+" + _ALLOCATED + r"|"
    # "assessed by observers unaware of treatment": the bare word, closing its clause ("unaware of treatment
    # options" is about something else)
    r"\bunaware\s+of\s+(?:the\s+)?(?:treatment|intervention)(?![\w-]|\s+[a-z])|"
    # "Nobody — not the volunteers and not the researchers — knew which powder was which"
    r"\b(?:nobody|no[\s-]one)\s*(?:(?:[—–]|--?|,)[^.;—–]{1,100}?(?:[—–]|--?|,)\s*)?"
    r"(?:knew|know|was\s+aware\s+of|could\s+(?:tell|identify|distinguish))\s+(?:of\s+)?"
    + _ALLOCATED + r"|"
    # "the volunteers were kept in the dark"
    r"\b(?:were|was)\s+kept\s+in\s+the\s+dark\b|"
    r"\b(?:allocations?|assignments?|group\s+membership|treatment\s+identity)\s+(?:was|were)\s+(?:concealed|hidden|masked|kept\s+secret)\s+from\b",
    re.I)
_AWARE = re.compile(r"\b(?:knew|were\s+aware\s+of|was\s+aware\s+of|were\s+told|was\s+told)\s+" + _ALLOCATED + r"|" + _NOBODY_IN_DARK + r"|"
                    # "Crew ... knew about the new diet": they knew what they were being given
                    r"\bknew\s+(?:about|of)\s+(?:the|their)\s+(?:new|assigned|allocated|experimental|active|study)\s+"
                    r"(?:diet|ration|treatment|regimen|drug|medication|intervention|programme|program|supplement)\b", re.I)
# every _UNAWARE / _AWARE match holds one of these
_KNOWING_WORDS = ("knew", "know", "aware", "told", "informed", "conceal", "hidden", "masked", "secret", "tell",
                  "identify", "distinguish", "dark")
# "raters who did not know which group the patient was in": the person whose allocation was hidden,
# named after "which group", is not one of the people kept unaware
_OWN_ALLOCATION = re.compile(r"\s+(?:the|a|each|every|their|that)\s+(?:[\w-]+\s+)?" + _PARTIES.pattern +
                             r"(?=\s+(?:was|were|had|received|got|took|belonged)\b)", re.I)
_LAST_CONJUNCT = re.compile(r",|\b(?:and|but)\b", re.I)
_NOBODY_BEFORE = re.compile(r"\b(?:nobody|no[\s-]one)\s+$", re.I)
_NEGATOR = re.compile(r"\b(?:not|never|neither|nor|no)\b|n't\b", re.I)
# "45 cohort studies", "218 meta-analyses": a header that counts included studies of some kind
_HEADER_STUDIES = re.compile(
    r"/\s*\d[\d,]*\s+(?:[\w-]+\s+)?(?:studies|trials|rcts|articles|reports|papers|reviews|cohorts|meta-?analy[sz]es)\s*"
    # "27 trials (2,994 men)": the pooled people follow the count of studies in brackets
    r"(?:\(\s*(\d[\d,]*)\s+(?:[\w-]+\s+)?(?:participants|patients|people|men|women|adults|children|subjects|individuals)\s*\)\s*"
    # "25 RCTs, 1,024 participants": the same, after a comma
    r"|,\s*(\d[\d,]*)\s+(?:[\w-]+\s+)?(?:participants|patients|people|men|women|adults|children|subjects|individuals)\s*)?/", re.I)
# "300 cases and 571 controls", "195 cases and 780 matched controls" in the site header
_HEADER_CASES_CONTROLS = re.compile(
    r"/\s*(\d[\d,]*)\s+(?:[\w-]+\s+)?cases\s+(?:and|\+|,)\s+(\d[\d,]*)\s+(?:[\w-]+\s+)?controls\s*/", re.I)
# "713,872 person-seasons", "52,000 patient-years": time at risk summed over people, not a count of people
_HEADER_PERSON_TIME = re.compile(
    r"/\s*\d[\d,]*\s+(?:person|patient|participant|subject|child|woman|man)[- ](?:years?|seasons?|months?|weeks?|days?|time)\s*/", re.I)
_IPD = re.compile(r"individual[- ](?:patient|participant)[- ](?:level\s+)?data|\bipd\b", re.I)
_OTHER_WORK = re.compile(r"\b(?:have|has)\s+(?:revealed|shown|suggested|reported)|as\s+has\s+been|previous(?:ly)?\b", re.I)


def _some_studies(sentence: str) -> bool:
    """"in most trials", "in one open trial": words about some of a review's studies; "the results of 19
    earlier trials" counts all it pooled."""
    return any(not _POOLED_ALL.search(sentence, max(0, m.start() - 40), m.start())
               for m in _SUBSET_OF_STUDIES.finditer(sentence))


def _names_without(cell: str, compounds: set[str]) -> bool:
    """A header cell "No vitamin D" for a compound studied, also when the reader left it glued to
    the next column ("No vitamin DVitamin DHazard ratio")."""
    low = cell.lower()
    if not low.startswith("no "):
        return False
    for c in compounds:
        rest = cell[3 + len(c):]
        if low[3:3 + len(c)] == c and (not rest or rest[0] == " " and not rest[1:2].islower() or rest[0].isupper()):
            return True
    return False


class _Quotes:
    """Finds the short exact span of Study.text that backs a decision."""

    def __init__(self, study: Study, doc: Document):
        self.text = study.text
        self.doc = doc

    def sentence(self, sentence_index: int, pos: int | None = None, cue: str | None = None) -> str | None:
        raw = clean_quote(self.doc.sentence(sentence_index))
        if len(raw) > _MAX_QUOTE and pos is not None:
            raw = self._clause(sentence_index, pos)
        found = locate(raw, self.text)
        if found:
            return found
        return locate(cue, self.text) if cue else None

    def _clause(self, si: int, pos: int) -> str:
        start, end = self.doc.starts[si], self.doc.ends[si]
        text = self.doc.text
        left = max(text.rfind(";", start, pos), text.rfind(",", start, max(start, pos - 100)), start - 1) + 1
        right_candidates = [i for i in (text.find(";", pos, end), text.find(",", pos + 60, end)) if i != -1]
        right = min(right_candidates) if right_candidates else end
        return clean_quote(text[left:right])[:_MAX_QUOTE * 2]

    def hit(self, h: Hit) -> str | None:
        return self.sentence(h.sentence, h.pos, h.cue)

    def number(self, n: Number) -> str | None:
        return self.sentence(n.sentence, n.pos)


def _choose(hits: list[Hit], order: tuple | None) -> Hit | None:
    """Most trusted section first, strong cues before weak; ties by `order`, then first mention.

    Background never decides these facts: it describes other studies ("in randomized trials,
    ketamine ..."), so a fact only Background mentions stays unknown.
    """
    if not hits:
        return None
    tiers = (
        [h for h in hits if h.strength == STRONG and h.rank < BACKGROUND],
        [h for h in hits if h.strength == WEAK and h.rank < BACKGROUND],
    )
    for tier in tiers:
        if tier:
            best = min(h.rank for h in tier)
            top = [h for h in tier if h.rank == best]
            if order:
                return min(top, key=lambda h: (order.index(h.value), h.pos))
            return min(top, key=lambda h: h.pos)
    return None


def _with_limitations(hits: list[Hit], chosen: Hit | None, order: tuple | None) -> Hit | None:
    """A negation in Limitations overrides a positive statement elsewhere for the same fact."""
    corrections = [h for h in hits if h.rank == LIMITATIONS and h.negated and h.strength == STRONG]
    if chosen is None or chosen.negated or not corrections:
        return chosen
    return _choose(corrections, order)


# the facts a study's own design decides (not who was studied or how many)
_DESIGN_FACTS = ("design", "randomized", "blinding", "control", "timing")
# words that put a sentence among people: "human trials", "in patients"
_PEOPLE = re.compile(r"\b(?:humans?|people|patients|participants|volunteers|men|women|adults|children)\b", re.I)


class _Builder:
    def __init__(self, study: Study):
        self.study = study
        self.doc = document(study)
        self.quotes = _Quotes(study, self.doc)
        self.header = header_line(study)
        self.values: dict[str, object] = {}
        self.evidence: dict[str, str] = {}
        self.conflicts: dict[str, str] = {}
        self.hits_by_fact: dict[str, list[Hit]] = {}
        self.about_others: list[Hit] = []  # other studies' designs, kept only to note a conflict
        self._unreported: dict[int, tuple[list[int], list[int]]] = {}  # see _unreported_before
        for h in scan(self.doc):
            if self._allocation_unreported(h) or self._untreated_denied(h) or self._host_trial(h):
                continue
            if h.about_others:
                self.about_others.append(h)
                continue
            self.hits_by_fact.setdefault(h.fact, []).append(h)
        if SIGNIFICANCE in {h.rank for f in _DESIGN_FACTS for h in self.hits_by_fact.get(f, ())} and self._laboratory_methods():
            self._drop_human_trials_named()
        if self._is_extension():
            for fact in ("design", "randomized", "blinding", "control"):
                if fact in self.hits_by_fact:
                    self.hits_by_fact[fact] = [h for h in self.hits_by_fact[fact] if not self._parent_phase(h)]

    def _laboratory_methods(self) -> bool:
        """The Methods speak of animals or cells only ("Experimental study in DBA/2J mice")."""
        kinds = {h.value for h in self.hits_by_fact.get("species", ()) if h.rank == METHODS}
        return bool(kinds) and "human" not in kinds

    def _drop_human_trials_named(self):
        """"This paper prompted human trials: a randomized crossover trial in Australia ..." in an animal
        or cell study's Clinical Significance: the trial in people is another study, not this one's design."""
        for fact in _DESIGN_FACTS:
            hs = self.hits_by_fact.get(fact)
            if not hs:
                continue
            keep = []
            for h in hs:
                if h.rank == SIGNIFICANCE and _PEOPLE.search(self.doc.sentence(h.sentence)):
                    self.about_others.append(h)
                else:
                    keep.append(h)
            self.hits_by_fact[fact] = keep

    def _allocation_unreported(self, h: Hit) -> bool:
        """"Randomisation of mice not described": a randomisation word said to be unreported decides
        neither the design nor the allocation."""
        return h.fact in ("randomized", "design") and h.cue[:6].lower() == "random" and (
            bool(_UNREPORTED_ALLOCATION.match(self.doc.text, h.pos + len(h.cue), self.doc.ends[h.sentence]))
            or self._unreporting_before(h))

    def _unreporting_before(self, h: Hit) -> bool:
        """"did not report randomisation": the words just before the cue say the report is silent on it."""
        return bool(_UNREPORTING_BEFORE.search(self.doc.text, max(self.doc.starts[h.sentence], h.pos - 70), h.pos))

    def _host_trial(self, h: Hit) -> bool:
        """"Prospective cohort study nested in a randomized chemotherapy trial": the randomisation is the
        host trial's; the study nested in it did not assign what it compares."""
        return h.fact in ("randomized", "design") and h.cue[:6].lower() == "random" and \
            bool(_NESTED_IN.search(self.doc.text, max(self.doc.starts[h.sentence], h.pos - 40), h.pos))

    def _is_extension(self) -> bool:
        """"Prospective, open-label extension.": the Methods' design sentence names the study an
        extension of a finished trial (and not itself randomised)."""
        for seg, start in zip(self.doc.segments, self.doc.seg_starts):
            if seg.rank == METHODS:
                first = self.doc.sentence(self.doc.sentence_index(start)).lower()
                return bool(_EXTENSION.search(first)) and "randomi" not in first
        return False

    def _parent_phase(self, h: Hit) -> bool:
        """In an extension, "After the 28-week randomized, double-blind, placebo-controlled crossover part
        of TAZPOWER" and "The preceding randomized crossover phase" describe the trial before it."""
        if h.value in (False, "open", "none") or h.negated:
            return False
        text, s_start, s_end = self.doc.text, self.doc.starts[h.sentence], self.doc.ends[h.sentence]
        return bool(_PHASE_AFTER.match(text, h.pos + len(h.cue), s_end)
                    or _PARENT_BEFORE.search(text, max(s_start, h.pos - 60), h.pos))

    def _untreated_denied(self, h: Hit) -> bool:
        """"There was no untreated FH group", "no concurrent control group": an untreated group said not
        to exist is neither a no-treatment control nor a sign of a controlled trial (the cue is read
        without negation because "left untreated" carries its own)."""
        return h.fact in ("control", "design") and h.cue.lower().startswith(_UNTREATED_GROUP_WORDS) and \
            bool(_DENIED_BEFORE.search(self.doc.text, max(self.doc.starts[h.sentence], h.pos - 40), h.pos))

    def set(self, fact: str, value, quote: str | None) -> bool:
        """Record a fact only with its quote: no quote, no fact."""
        if value is None or quote is None:
            return False
        self.values[fact] = value
        self.evidence[fact] = quote
        return True

    def set_hit(self, fact: str, hit: Hit | None, value=None) -> bool:
        if hit is None:
            return False
        return self.set(fact, hit.value if value is None else value, self.quotes.hit(hit))

    def hits(self, fact: str, values: tuple | None = None) -> list[Hit]:
        hs = self.hits_by_fact.get(fact, [])
        return [h for h in hs if values is None or h.value in values]

    # categorical facts -------------------------------------------------------------------------
    def randomized(self):
        hs = self.hits("randomized", RANDOMIZED_ORDER)
        self.set_hit("randomized", _with_limitations(hs, _choose(hs, RANDOMIZED_ORDER), RANDOMIZED_ORDER))

    def design(self):
        hs = self.hits("design", DESIGN_ORDER)
        if self.values.get("randomized") is False:
            hs = [h for h in hs if h.value != "rct"]
        uncontrolled = [h.rank for h in self.hits("control", ("none",)) if h.strength == STRONG and h.rank < BACKGROUND]
        if uncontrolled:
            # "No comparison group" in Methods: a controlled trial named in a less trusted part
            # ("led to a small placebo-controlled trial") is another study
            hs = [h for h in hs if h.value not in ("rct", "controlled-trial") or h.rank <= min(uncontrolled)]
        chosen = _choose(hs, DESIGN_ORDER)
        observational = self._says_observational(chosen, hs)
        if observational is not None:
            chosen = observational
        review = self._named_review(hs, chosen)
        if review is not None:
            self.set_hit("design", self._refine(review, hs))
            return
        historical = any(h.value == "historical" and h.rank < BACKGROUND for h in self.hits("control"))
        control_hits = self.hits("control", CONTROL_ORDER)
        no_control = _with_limitations(control_hits, _choose(control_hits, CONTROL_ORDER), CONTROL_ORDER)
        no_control = no_control if no_control is not None and no_control.value == "none" else None
        if chosen is not None and chosen.value == "controlled-trial" and chosen.strength == WEAK and any(
                h.rank < BACKGROUND and h.strength == STRONG for h in self.hits("timing", ("retrospective",))):
            # "looked back at the medical records of 1,031 men ... compared treated and untreated men": a
            # comparison group found in records after the fact is a cohort's, not a trial's
            cohorts = [h for h in hs if h.value == "cohort" and h.rank <= chosen.rank]
            if cohorts:
                chosen = min(cohorts, key=_SAID_FIRST)
        looked_back = chosen is not None and chosen.value == "cohort" and any(
            h.rank < BACKGROUND for h in self.hits("timing", ("retrospective",)))
        # "We reviewed the records of 280 patients ... 107 received usual care alone": groups
        # compared after the fact are a cohort, not a controlled trial
        if (chosen is None or chosen.strength == WEAK) and not historical and no_control is None and not looked_back \
                and observational is None:
            # a concurrent control named less trustworthily than the design cue ("no control group"
            # in Methods, "untreated patients" in Key Finding) does not make a controlled trial
            concurrent = [h for h in self.hits("control", (GENERIC_CONTROL, "placebo", "active", "usual-care", "no-treatment"))
                          if h.rank < BACKGROUND and (chosen is None or h.rank <= chosen.rank)]
            if concurrent and (chosen is None or DESIGN_ORDER.index("controlled-trial") < DESIGN_ORDER.index(chosen.value)):
                first = min(concurrent, key=_SAID_FIRST)
                self.set_hit("design", first, "controlled-trial")
                return
        chosen = self._refine(chosen, hs)
        chosen = self._randomised_trial(chosen, hs)
        chosen = self._pooled_trials(chosen, hs)
        chosen = self._analysis_within_cohort(chosen, hs)
        chosen = self._case_control_in_cohort(chosen, hs)
        chosen = self._pooled_estimates(chosen)
        chosen = self._umbrella_review(chosen, hs)
        if historical and (chosen is None or chosen.strength == WEAK) and (
                chosen is None or chosen.value in ("controlled-trial", "case-series", "cohort")):
            # a treated group set against a historical one ("Historical comparator", "untreated
            # patients from published series") and called a cohort is one, however loosely named
            past = [(h.pos, h.pos + len(h.cue)) for h in self.hits("control", ("historical",))]
            cohorts = [h for h in hs if h.value == "cohort" and h.rank < BACKGROUND
                       and not _NUMBERED.match(self.doc.text, h.pos + len(h.cue))  # "cohort 2": a dose group
                       and not any(a <= h.pos < b for a, b in past)]  # "historical cohort": the comparator
            if cohorts:
                self.set_hit("design", min(cohorts, key=_SAID_FIRST), "cohort")
                return
            if chosen is not None and chosen.value == "controlled-trial" and self._past_control_group():
                # "Non-randomised, open-label study ... the control group came from an earlier period": a treated
                # group set against patients treated before it is the seed's cohort with historical controls
                self.set_hit("design", chosen, "cohort")
                return
            if chosen is not None and chosen.value == "case-series" and "case" not in chosen.cue.lower():
                # "single-arm pilot study with a historical comparison": one treated group set against
                # past patients is the seed's "cohort (single-arm with historical controls)"; a study
                # that calls itself a case series stays one
                past_said = [h for h in self.hits("control", ("historical",)) if h.rank < BACKGROUND and not h.negated]
                if past_said:
                    self.set_hit("design", chosen, "cohort")
                    return
            if chosen is None:
                # "The comparison was with an earlier voyage (historical controls), not a concurrent group" and
                # no design named: a treated group set against past patients, and said to have no concurrent
                # one, is the seed's cohort with historical controls
                past_said = [h for h in self.hits("control", ("historical",)) if h.rank < BACKGROUND and not h.negated
                             and _NOT_CONCURRENT.search(self.doc.sentence(h.sentence))]
                if past_said:
                    self.set_hit("design", min(past_said, key=_SAID_FIRST), "cohort")
                    return
        if chosen is not None and chosen.value == "cohort" and chosen.strength == WEAK:
            # one treated group followed up with no comparator ("pre-post", "no comparator arm")
            # is a case series, not a cohort
            before_after = [h for h in hs if h.value == "case-series" and h.rank < BACKGROUND]
            if before_after and any(h.value == "none" and h.rank < BACKGROUND for h in self.hits("control")):
                chosen = min(before_after, key=_SAID_FIRST)
            elif no_control is not None and no_control.strength == STRONG and no_control.rank <= chosen.rank and not any(
                    h.rank < BACKGROUND and not h.negated for h in self.hits(
                        "control", (GENERIC_CONTROL, "placebo", "active", "usual-care", "no-treatment", "historical"))):
                # "looked back at the charts of 16 patients ... There was no comparison group": patients
                # followed or read up with nobody to compare them with are a case series, not a cohort
                self.set_hit("design", no_control, "case-series")
                return
        if (chosen is None or (chosen.value == "controlled-trial" and chosen.strength == WEAK)) and \
                no_control is not None and self.study.header_participants and not any(
                h.value != "human" and h.rank < BACKGROUND and h.rank != SIGNIFICANCE for h in self.hits("species")):
            # "Pilot study of 12 women" (or "Open-label, non-randomized study") with "No comparison
            # group": one treated group followed up ("the human counterpart of Jouvet's cats" in Clinical
            # Significance compares it with other work; it does not make the study an animal one)
            chosen = no_control
            self.set_hit("design", chosen, "case-series")
            return
        self.set_hit("design", chosen)

    def _past_control_group(self) -> bool:
        """The study's own comparison group is historical ("historical controls", "the control group came from
        an earlier period (historical comparison)"), and no placebo group runs alongside it."""
        if any(h.rank < BACKGROUND and not h.negated for h in self.hits("control", ("placebo",))):
            return False
        groups = {h.sentence for h in self.hits("control", (GENERIC_CONTROL,)) if h.rank < BACKGROUND and not h.negated}
        return any(h.rank < BACKGROUND and not h.negated and (h.sentence in groups or "control" in h.cue.lower())
                   for h in self.hits("control", ("historical",)))

    @staticmethod
    def _says_observational(chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """"Observational study from a sleep clinic ... A comparison group of healthy men": a study that
        calls itself observational assigned nothing, so a comparison group it names (a weak sign of a
        controlled trial) makes it a cohort, not a controlled trial."""
        if chosen is None or chosen.value != "controlled-trial" or chosen.strength != WEAK:
            return None
        said = [h for h in hs if h.value == "cohort" and not h.negated and h.rank <= chosen.rank
                and h.cue.lower().startswith("observational")]
        return min(said, key=_SAID_FIRST) if said else None

    @staticmethod
    def _named_review(hs: list[Hit], chosen: Hit | None) -> Hit | None:
        """"Narrative review. The authors draw on mouse experiments ... and randomized crossover diet
        studies": a study that calls itself a review (narrative, literature, review article) is one;
        the trials, cohorts and experiments it names are the evidence it reviews, not its design."""
        if chosen is None or chosen.value in REVIEWS:
            return None
        named = [h for h in hs if h.value == "narrative-review" and h.strength == STRONG and h.rank < BACKGROUND
                 and not h.negated and _OWN_REVIEW.match(h.cue)]
        return min(named, key=_SAID_FIRST) if named else None

    def _pooled_trials(self, chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """"Pooled 13 randomized placebo-controlled trials" under a title "A Meta-Analysis": trials
        counted in the sentence that named them are the studies a review included, so the review
        named elsewhere (not Background) is the design."""
        if chosen is None or chosen.value not in ("rct", "controlled-trial"):
            return chosen
        reviews = [h for h in hs if h.value in ("meta-analysis", "systematic-review") and h.strength == STRONG
                   and h.rank < BACKGROUND]
        if not reviews:
            return chosen
        lo, hi = self.doc.starts[chosen.sentence], self.doc.ends[chosen.sentence]
        plural = _PLURAL_TRIALS.match(self.doc.low, chosen.pos + len(chosen.cue), hi)
        if not (plural or study_counts(self.doc, lo, hi)):
            return chosen
        return min(reviews, key=lambda h: (h.rank, DESIGN_ORDER.index(h.value), h.pos))

    def _analysis_within_cohort(self, chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """"70 participants from the Baltimore Longitudinal Study of Aging ...; the present analysis is a
        one-time cross-sectional comparison": a cross-sectional analysis of data from a cohort is
        cross-sectional; the cohort named as the data's source is not the design."""
        if chosen is None or chosen.value != "cohort":
            return chosen
        low = self.doc.low
        own = [h for h in hs if h.value == "cross-sectional" and h.strength == STRONG and h.rank <= chosen.rank
               and _ANALYSIS_AFTER.match(low, h.pos + len(h.cue))]
        if not own and not any(h.rank < BACKGROUND for h in self.hits("timing")):
            # "Volunteers from the Wisconsin Sleep Cohort Study" with "Cross-sectional associations" in
            # Limitations: a named cohort that was never followed in time is only where the data came from
            own = [h for h in hs if h.value == "cross-sectional" and h.strength == STRONG and h.rank < BACKGROUND
                   and not h.negated and _ANALYSIS_AFTER.match(low, h.pos + len(h.cue))]
        if not own:
            return chosen
        cohorts = [h for h in hs if h.value == "cohort" and h.strength == STRONG and h.rank <= own[0].rank]
        if any(not self._names_source(h) for h in cohorts):
            return chosen
        return min(own, key=_SAID_FIRST)

    def _case_control_in_cohort(self, chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """"Nested case-control study within a population-based cohort of men": the cohort is where the
        cases and controls were drawn from; the study is a case-control study. Only when every cohort
        word as trusted as the case-control one names such a source after it in its sentence."""
        if chosen is None or chosen.value != "cohort":
            return chosen
        own = [h for h in hs if h.value == "case-control" and h.strength == STRONG and h.rank <= chosen.rank]
        if not own:
            return self._named_cohort_only(chosen, hs)
        first = min(own, key=_SAID_FIRST)
        text = self.doc.text
        for h in hs:
            if h.value != "cohort" or h.strength != STRONG or h.rank > first.rank:
                continue
            drawn_from = any(c.sentence == h.sentence and c.pos < h.pos for c in own) and \
                _SOURCE_BEFORE.search(text, max(self.doc.starts[h.sentence], h.pos - 60), h.pos)
            if not drawn_from:
                return chosen
        return first

    def _named_cohort_only(self, chosen: Hit, hs: list[Hit]) -> Hit:
        """"Cases were 300 patients ... Controls were 571 residents", titled "A Population-Based Case-Control
        Study", with a validation sample drawn from "the Golestan Cohort Study": a cohort named only as
        where some data came from does not outweigh the study's own case-control words elsewhere."""
        cohorts = [h for h in hs if h.value == "cohort" and h.rank < BACKGROUND]
        if not cohorts or any(h.strength != STRONG or h.negated or not self._names_source(h) for h in cohorts):
            return chosen
        said = [h for h in hs if h.value == "case-control" and h.strength == STRONG and h.rank < BACKGROUND
                and not h.negated]
        return min(said, key=_SAID_FIRST) if said else chosen

    def _pooled_estimates(self, chosen: Hit | None) -> Hit | None:
        """"weighted mean differences were combined with random-effects models": a systematic review
        that pools its trials' results is a meta-analysis, however it names itself ("no pooled estimate
        was calculated" says the opposite, so a sentence with a negator decides nothing)."""
        if chosen is None or chosen.value != "systematic-review":
            return chosen
        for m in _POOLED_ESTIMATE.finditer(self.doc.low, 0, self.doc.end_of_study):
            si = self.doc.sentence_index(m.start())
            lo, hi = max(self.doc.starts[si], m.start() - 120), min(self.doc.ends[si], m.end() + 60)
            if _NEGATOR.search(self.doc.text, lo, hi):
                continue  # "no pooled estimate was calculated", "without a pooled estimate"
            seg = self.doc.segment_of(m.start())
            return Hit("design", "meta-analysis", STRONG, seg.rank, seg.name, m.start(), si, False,
                       self.doc.text[m.start():m.end()])
        return chosen

    def _umbrella_review(self, chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """"Umbrella review of meta-analyses": a review of meta-analyses re-reads their results without
        pooling people again, so it is a systematic review; the meta-analyses are its included studies."""
        if chosen is None or chosen.value != "meta-analysis" or "umbrella" not in self.doc.low:
            return chosen
        named = [h for h in hs if h.value == "systematic-review" and h.rank < BACKGROUND and not h.negated
                 and h.cue.lower().startswith("umbrella")]
        return min(named, key=_SAID_FIRST) if named else chosen

    def _names_source(self, h: Hit) -> bool:
        """A cohort named as where data came from: "from the Baltimore Longitudinal Study of Aging"."""
        text = self.doc.text
        before = text[max(self.doc.starts[h.sentence], h.pos - 60):h.pos]
        named = h.cue[:1].isupper() and h.pos > self.doc.starts[h.sentence]
        return bool(_SOURCE_BEFORE.search(before)) or named

    @staticmethod
    def _refine(chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """A more specific design named anywhere (not Background) refines a general one:
        "we searched MEDLINE" + "meta-analysis" in the title is a meta-analysis."""
        if chosen is None:
            return None
        for general, specific in REFINES:
            if chosen.value == general:
                better = [h for h in hs if h.value == specific and h.strength == STRONG and h.rank < BACKGROUND]
                if better:
                    return min(better, key=_SAID_FIRST)
        return chosen

    def _randomised_trial(self, chosen: Hit | None, hs: list[Hit]) -> Hit | None:
        """"Double-blind, placebo-controlled crossover trial ... two periods, in random order": a controlled
        trial whose own allocation the text calls random, in a looser word than "randomized", is an RCT."""
        if chosen is None or chosen.value != "controlled-trial" or self.values.get("randomized") is not True:
            return chosen
        looser = [h for h in hs if h.value == "rct" and h.rank < BACKGROUND and not h.negated]
        return min(looser, key=_SAID_FIRST) if looser else chosen

    def _unreported_before(self, si: int, pos: int) -> bool:
        """An "unclear whether" phrase earlier in the clause of sentence `si` ending before `pos`.

        Phrase ends and clause ends are listed once per sentence, so a long sentence with many
        cues stays linear (a regex search back to the sentence start per cue was quadratic)."""
        marks = self._unreported.get(si)
        if marks is None:
            text, lo, hi = self.doc.text, self.doc.starts[si], self.doc.ends[si]
            marks = self._unreported[si] = ([m.end() for m in _UNREPORTED_PHRASE.finditer(text, lo, hi)],
                                            [m.start() for m in _CLAUSE_END.finditer(text, lo, hi)])
        phrase_ends, clause_ends = marks
        k = bisect_right(phrase_ends, pos)
        if not k:
            return False
        last = phrase_ends[k - 1]
        j = bisect_left(clause_ends, last)
        return j == len(clause_ends) or clause_ends[j] >= pos

    def blinding(self):
        hs, unreported = [], []
        for h in self.hits("blinding"):
            s_start = self.doc.starts[h.sentence]
            if h.cue.lower().startswith(("blind", "mask")) and (
                    _UNREPORTED_AFTER.match(self.doc.text, h.pos + len(h.cue))
                    or self._unreported_before(h.sentence, h.pos) or self._unreporting_before(h)):
                unreported.append(h)
                continue
            if h.value == "double" and self._assessors_only(h):
                h = Hit(h.fact, "single", h.strength, h.rank, h.segment, h.pos, h.sentence, h.negated, h.cue)
            if h.value == GENERIC_BLIND and not h.negated and _CANNOT_BE.search(self.doc.text, max(s_start, h.pos - 20), h.pos) \
                    and _PARTIES.search(self.doc.sentence(h.sentence)):  # "Exercise could not be blinded": nobody named
                h = Hit(h.fact, "open", h.strength, h.rank, h.segment, h.pos, h.sentence, True, h.cue)
            if h.value == GENERIC_BLIND and not h.negated and h.cue.lower().startswith(("blinding", "masking")) and \
                    _IMPOSSIBLE_AFTER.match(self.doc.text, h.pos + len(h.cue), self.doc.ends[h.sentence]):
                # "blinding cold exposure is not possible": nobody could be blinded, not a blinded party
                h = Hit(h.fact, "open", h.strength, h.rank, h.segment, h.pos, h.sentence, True, h.cue)
            if h.value == GENERIC_BLIND:
                # "Patients were not blinded, but outcome assessors were": the assessors only
                parties = self._parties(h.sentence, h.pos, h.pos + len(h.cue))
                if not parties:
                    continue
                h = Hit(h.fact, "double" if len(parties) >= 2 else "single", WEAK, h.rank, h.segment,
                        h.pos, h.sentence, h.negated, h.cue)
            hs.append(h)
        masked = self._masked_allocation()
        hs += masked
        chosen = _with_limitations(hs, _choose(hs, BLINDING_ORDER), BLINDING_ORDER)
        if chosen is not None and chosen.value == "single" and _PARTY_BLIND.match(chosen.cue):
            # "observer-blind: neither participants nor the staff adjudicating cases knew the
            # assignment": the sentence that names who was kept unaware explains the term
            explained = [h for h in masked if h.sentence == chosen.sentence and h.value == "double"]
            if explained:
                chosen = explained[0]
        if chosen is not None and chosen.negated and self._names_party(chosen):
            # "Patients were not masked" against "investigator-blinded": one party unblinded is
            # what single-blind means, so it does not make the study open
            kept = [h for h in hs if not (h.negated and self._names_party(h))]
            positive = _choose(kept, BLINDING_ORDER)
            if positive is not None and positive.value == "single":
                chosen = positive
        if chosen is not None and any(u.rank < chosen.rank for u in unreported):
            return  # "Blinding not reported" outranks a looser word about blinding further down
        if self._about_some_studies(chosen):
            return
        if chosen is not None and self.values.get("design") in REVIEWS and not _IPD.search(self.doc.text):
            # "a meta-analysis of double-blind trials": the masking was the included trials', not the
            # review's; only an individual-participant-data analysis re-analyses those masked participants
            return
        self.set_hit("blinding", chosen)

    def _assessors_only(self, h: Hit) -> bool:
        """"Scar area was measured double-blind by two observers on coded sections": masking of the
        measurement only, as in laboratory work where the animals cannot know (single)."""
        text, s_start = self.doc.text, self.doc.starts[h.sentence]
        return bool(_MEASURED_BEFORE.search(text[max(s_start, h.pos - 40):h.pos])
                    or _BY_ASSESSORS_AFTER.match(text, h.pos + len(h.cue), self.doc.ends[h.sentence]))

    def _masked_allocation(self) -> list[Hit]:
        """Masking said without the word "blind": "Neither the participants nor the staff who scored
        the outcomes knew which drink was being taken", "Patients were unaware of their allocation":
        double when two parties are named, single for one; "Participants knew which group they were
        in" is open. Background is not read (it describes other studies)."""
        out = []
        text = self.doc.text
        # the precise patterns run only on sentences (outside Background) holding a word of knowing
        low = self.doc.low
        found = set()
        for word in _KNOWING_WORDS:
            i = low.find(word)  # str.find is far faster than one regex of alternatives
            while i != -1:
                found.add(i)
                i = low.find(word, i + 1)
        sentences = sorted({self.doc.sentence_index(i) for i in found
                            if any(lo <= i < hi for lo, hi in self.doc.rank_spans)})
        for si in sentences:
            s_start, s_end = self.doc.starts[si], self.doc.ends[si]
            for regex, masked in ((_UNAWARE, True), (_AWARE, False)):
                for m in regex.finditer(text, s_start, s_end):
                    clause = text[max(s_start, m.start() - 80):m.start()]
                    everyone = not masked and m.group(0)[:2].lower() == "no"  # "no one was kept in the dark"
                    if not masked and not everyone and _NEGATOR.search(_LAST_CONJUNCT.split(clause)[-1]):
                        # "did not know which" is read by _UNAWARE; "were not randomly assigned and knew
                        # about the new diet" negates another verb
                        continue
                    if masked and _NOBODY_BEFORE.search(clause):
                        continue  # "no one was kept in the dark" is read by _AWARE
                    own = _OWN_ALLOCATION.match(text, m.end(), s_end)
                    parties = self._parties(si, m.start(), m.end(), own.span() if own else None)
                    if not parties and not everyone:
                        continue
                    two = masked and _TWO_NAMED.search(m.group(0))
                    value = ("double" if len(parties) >= 2 or two else "single") if masked else "open"
                    seg = self.doc.segment_of(m.start())
                    out.append(Hit("blinding", value, WEAK, seg.rank, seg.name, m.start(), si, False, m.group(0)))
        return out

    def _parties(self, si: int, start: int, end: int, skip: tuple[int, int] | None = None) -> set[str]:
        """Who is named in the clause of a masking statement, else in its sentence: "The participants knew
        which pattern they followed, but the staff who measured the outcomes were kept unaware of group
        assignment" masks the staff only (single), not both parties the sentence names. A party inside
        `skip` ("which group the patient was in") is the one allocated, not one kept unaware."""
        text, s_start, s_end = self.doc.text, self.doc.starts[si], self.doc.ends[si]
        lo = max(s_start, start - 200)
        for b in _CLAUSE_BREAK.finditer(text, lo, start):
            lo = b.end()
        nxt = _CLAUSE_BREAK.search(text, end, min(s_end, end + 200))
        hi = nxt.start() if nxt else min(s_end, end + 200)
        a, b = skip or (0, 0)
        return {p.group(0).lower().rstrip("s") for p in _PARTIES.finditer(text, lo, hi) if not a <= p.start() < b} or \
            {p.group(0).lower().rstrip("s") for p in _PARTIES.finditer(text, s_start, s_end) if not a <= p.start() < b}

    def _names_party(self, hit: Hit) -> bool:
        """A generic blinding word whose sentence says who ("Investigators were not blinded")."""
        return hit.cue.lower().startswith(("blind", "mask")) and bool(_PARTIES.search(self.doc.sentence(hit.sentence)))

    def _about_some_studies(self, hit: Hit | None) -> bool:
        """In a review, "placebo in most trials and no aspirin in one open trial" or "of mixed design
        (randomised placebo-controlled trials and uncontrolled studies)" describes some included
        trials, not all: the review's control or blinding stays unknown."""
        if hit is None or self.values.get("design") not in REVIEWS:
            return False
        sentence = self.doc.sentence(hit.sentence)
        return bool(_MIXED_DESIGNS.search(sentence) or _some_studies(sentence))

    def control(self):
        if self.values.get("design") in REVIEWS and any(
                h.rank < BACKGROUND for h in self.hits("control", (MIXED_CONTROL,))):
            return  # "Mixed comparators": the included studies compared against different things
        hs = self.hits("control", CONTROL_ORDER)
        design = self.values.get("design")
        if design in OBSERVATIONAL:
            # nobody is given a placebo in an observational study ("a later randomized trial found the gel
            # non-inferior to placebo" is another study), and a survey or case-control study compares no
            # care: "as part of routine care" or "standard care" there is a setting, not a comparator
            dropped = ("placebo",) if design == "cohort" else ("placebo", "usual-care", "active")
            if design == "case-control":
                # its controls are people without the outcome: "current testosterone use was compared with
                # no use" sets exposures side by side, not an untreated group against a treated one
                dropped += ("no-treatment",)
            hs = [h for h in hs if h.value not in dropped]
            if design == "cohort":
                # "veterans who began interferon in routine care": where the cohort was treated, not a
                # comparison group
                hs = [h for h in hs if h.value != "usual-care"
                      or not _SETTING_BEFORE.search(self.doc.text, max(0, h.pos - 25), h.pos)]
        hs = self._without_extra_kind_denied(hs)
        chosen = _with_limitations(hs, _choose(hs, CONTROL_ORDER), CONTROL_ORDER)
        if chosen is not None and chosen.value == "none" and chosen.negated:
            # "No randomized control group (contemporaneous standard-care patients)": the sentence
            # that denies a randomised control names the comparator the study did have
            named = [h for h in hs if h.sentence == chosen.sentence and not h.negated
                     and h.value not in ("none", "historical")]
            if named:
                chosen = min(named, key=lambda h: (CONTROL_ORDER.index(h.value), h.pos))
        if chosen is not None and chosen.value == "none":
            historical = [h for h in hs if h.value == "historical" and h.rank < BACKGROUND]
            if historical:
                chosen = min(historical, key=_SAID_FIRST)
        if chosen is not None and chosen.value == "usual-care":
            # "colchicine plus standard of care" with a "Historical comparison group": standard care
            # is what both groups had; the comparator is defined by when it was treated
            past = [h for h in hs if h.value == "historical" and h.rank < BACKGROUND and not h.negated]
            if past:
                chosen = min(past, key=_SAID_FIRST)
        if chosen is not None and chosen.value == "usual-care" and self.values.get("design") == "cohort" and all(
                _ADD_ON_BEFORE.search(self.doc.text, max(0, h.pos - 40), h.pos)
                for h in hs if h.value == "usual-care" and h.rank < BACKGROUND) and self._untreated_arm():
            # treated vs untreated patients: "36 received Tα1 in addition to standard treatment; 40 did
            # not receive Tα1" - standard care is what everyone had, the comparison is without the drug
            return
        if chosen is not None and chosen.value == "usual-care" and self.values.get("species") == "animal" \
                and _ON_FOOD.search(chosen.cue):
            # "the comparison mice stayed on their normal diet": laboratory animals keep no care of their
            # own, so a group left on its ordinary food is an untreated control, as a "control diet" is
            chosen = Hit(chosen.fact, "no-treatment", chosen.strength, chosen.rank, chosen.segment, chosen.pos,
                         chosen.sentence, chosen.negated, chosen.cue)
        if chosen is not None and chosen.value == "no-treatment":
            # "a natural history cohort of 42 untreated patients": the untreated are the historical controls
            same = [h for h in hs if h.value == "historical" and h.sentence == chosen.sentence]
            if same:
                chosen = same[0]
        if chosen is not None and chosen.value == "placebo":
            # "No placebo arm" in Limitations outranks a passing mention of placebo elsewhere, unless
            # the study names its placebo more often than it denies one ("placebo without exercise,
            # testosterone without exercise, placebo plus exercise")
            said = sum(1 for h in hs if h.value == "placebo" and h.rank < BACKGROUND)
            denied = sum(1 for h in self.hits("control") if h.value == "not-placebo" and h.rank < BACKGROUND)
            if denied and said <= denied:
                chosen = None
        if chosen is not None and chosen.value == "placebo" and self._double_dummy() and not self._placebo_arm(hs):
            # "double-blind, double-dummy": each arm takes a dummy of the other arm's drug, so its placebos
            # mask two treatments; with no placebo arm named, the comparator is the other treatment
            active = [h for h in hs if h.value == "active" and h.rank < BACKGROUND and not h.negated]
            if active:
                chosen = min(active, key=_SAID_FIRST)
            elif self._active_arm() or self._dummy_comparator():
                return
        if chosen is not None and chosen.value == "placebo" and self._placebo_under_test():
            return
        if chosen is not None and chosen.value == "placebo" and not self._placebo_arm(hs):
            declared = self._declared_active(hs, chosen)
            if declared is not None:
                chosen = declared
        if chosen is None and self.values.get("species") in ("animal", "in-vitro"):
            # laboratory work: a concurrent "control group" is an untreated one unless said otherwise
            generic = [h for h in self.hits("control", (GENERIC_CONTROL,)) if h.rank < BACKGROUND]
            if generic:
                self.set_hit("control", min(generic, key=_SAID_FIRST), "no-treatment")
                return
        if self._about_some_studies(chosen):
            return
        if chosen is not None and self.values.get("design") in REVIEWS and \
                _TWO_COMPARATORS.search(self.doc.sentence(chosen.sentence)):
            # included trials compared against different kinds of comparator, unless the review says every
            # trial it pooled had a placebo arm (the other comparisons were extra arms of the same trials)
            self.set_hit("control", self._all_placebo_controlled(hs))
            return
        if self.values.get("design") == "case-report" and (chosen is None or chosen.value != "none"):
            # one patient: reference values are not a control group, and "her mother had received no
            # antenatal treatment" or the patient's own earlier care is history, not a comparator
            self.set("control", "none", self.evidence.get("design"))
            return
        if chosen is None and self._active_arm():
            return
        if chosen is None and self._untreated_arm():
            return
        if chosen is None and self._unexposed_comparison():
            return
        self.set_hit("control", chosen)

    def _without_extra_kind_denied(self, hs: list[Hit]) -> list[Hit]:
        """"No pair-fed control group" in Limitations, under Methods whose control animals "received saline":
        a missing control of one more kind (pair-fed, age-matched, healthy) is not a missing control, so the
        denial leaves the comparator Methods named. "No randomised (concurrent, separate) control group"
        still denies one."""
        denied = [h for h in hs if h.value == "none" and h.negated and h.rank == LIMITATIONS]
        if not denied or not any(h.rank < LIMITATIONS and not h.negated and h.value in CONTROL_ORDER[:4] for h in hs):
            return hs
        text = self.doc.text
        extra = set()
        for h in denied:
            m = _KIND_DENIED.search(text, max(self.doc.starts[h.sentence], h.pos - 40), h.pos)
            if m and not _ANY_KIND.match(m.group(1)):
                extra.add(id(h))
        return [h for h in hs if id(h) not in extra] if extra else hs

    def _all_placebo_controlled(self, hs: list) -> Hit | None:
        """"Pooling large placebo-controlled trials": a review's own words that the trials it pooled were
        placebo-controlled, said of all of them (not "most" or "some", and naming no other comparator)."""
        for h in hs:
            if h.value != "placebo" or h.rank >= BACKGROUND or h.negated or "controlled" not in h.cue.lower():
                continue
            sentence = self.doc.sentence(h.sentence)
            if _POOLED_PLACEBO.search(sentence) and not _TWO_COMPARATORS.search(sentence) and not _some_studies(sentence):
                return h
        return None

    def _placebo_under_test(self) -> bool:
        """"Randomized to open-label placebo plus treatment as usual, or TAU alone" (Methods): the placebo is
        the treatment added on and tested, so the comparator is the usual care the other arm kept alone."""
        if not self.doc.rank_spans:
            return False
        lo, hi = self.doc.rank_spans[0]
        low = self.doc.low
        if "alone" not in low and "only" not in low:
            return False
        for m in _PLACEBO_ADDED.finditer(low, lo, hi):
            if _USUAL_ARM.search(m.group(1)) and "placebo" not in m.group(1):
                si = self.doc.sentence_index(m.start())
                return self.set("control", "usual-care", self.quotes.sentence(si, m.start()))
        return False

    def _declared_active(self, hs: list, placebo):
        """"Randomized, double-blind, active-controlled trial ... standard-dose group: monthly placebo plus
        400 IU daily": a study that calls itself active-controlled (or a dose comparison), with no placebo
        arm named, uses its placebo to mask the doses, as a double dummy does; the comparator stays active.
        A "placebo- and active-controlled" sentence names a placebo arm too, so it does not count."""
        placebo_sentences = {h.sentence for h in hs if h.value == "placebo"}
        declared = [h for h in hs if h.value == "active" and h.strength == STRONG and not h.negated
                    and h.rank <= placebo.rank and h.sentence not in placebo_sentences
                    and _DECLARED_ACTIVE.match(h.cue)]
        return min(declared, key=_SAID_FIRST) if declared else None

    def _double_dummy(self) -> bool:
        return any("dummy" in h.cue.lower() and h.rank < BACKGROUND and not h.negated for h in self.hits("blinding"))

    def _placebo_arm(self, hs: list) -> bool:
        """A placebo named as an arm ("placebo-controlled", "placebo group", "or placebo"), not only a dummy."""
        low = self.doc.low
        for h in hs:
            if h.value != "placebo" or h.rank >= BACKGROUND or h.negated:
                continue
            end = h.pos + len(h.cue)
            if "controlled" in h.cue.lower() or _PLACEBO_AS_ARM_AFTER.match(low, end, end + 20) or \
                    _PLACEBO_AS_ARM_BEFORE.search(low, max(0, h.pos - 25), h.pos):
                return True
        return False

    def _dummy_comparator(self) -> bool:
        """"30 to psilocybin ... and 29 to escitalopram" in a double-dummy trial: the second group
        assigned to a named treatment (not placebo) is the active comparator."""
        if self.values.get("design") not in ("rct", "controlled-trial") or not self.doc.rank_spans:
            return False
        lo, hi = self.doc.rank_spans[0]
        for m in _SECOND_GROUP_TO.finditer(self.doc.low, lo, hi):
            if not _NOT_ACTIVE.search(m.group(1)):
                si = self.doc.sentence_index(m.start())
                return self.set("control", "active", self.quotes.sentence(si, m.start()))
        # "drug A 100 mg with placebo injections, or drug B 40 mg injections with placebo tablets": the
        # second arm's own dummy does not make it a placebo arm
        for m in _SECOND_ARM.finditer(self.doc.low, lo, hi):
            arm = _DUMMY_IN_ARM.sub("", m.group(1) or m.group(2))
            if _DOSED.search(arm) and not _NOT_ACTIVE.search(arm):
                si = self.doc.sentence_index(m.start())
                return self.set("control", "active", self.quotes.sentence(si, m.start()))
        return False

    def _unexposed_comparison(self) -> bool:
        """A cohort that compares the exposed with people who went without the exposure (never-users,
        non-users, the unvaccinated), in its own words (Methods to Limitations) or in its results
        table's columns, has a concurrent untreated comparison: no-treatment."""
        if self.values.get("design") not in ("cohort", "cross-sectional"):
            return False  # a case-control study's odds against never-users are a reference category
        text = self.doc.text
        for lo, hi in self.doc.rank_spans:
            if self.doc.segment_of(lo).rank > LIMITATIONS:
                break
            for m in _UNEXPOSED_COMPARISON.finditer(text, lo, hi):
                si = self.doc.sentence_index(m.start())
                if m.group(0).lower().rstrip().endswith(("did not", "had not")) and \
                        not _TOOK.search(text, self.doc.starts[si], m.end()):
                    continue  # "than those who did not" respond, recover, ...: not an exposure (the verb may
                    # stand inside the match: "between those who had received HA and those who had not")
                if self.set("control", "no-treatment", self.quotes.sentence(si, m.start())):
                    return True
        compounds = {w.lower() for c in self.study.compounds for w in re.findall(r"[\w-]+", c)}
        studied = {" ".join(c.lower().split()) for c in self.study.compounds}
        for cell in self.study.findings_header[1:]:
            cell = cell.strip()
            words = cell.lower().split()
            # "No zinc", "No vitamin D": the column of those without the compound studied
            named = len(words) == 2 and words[0] == "no" and words[1] in compounds or _names_without(cell, studied)
            if (_UNEXPOSED_CELL.match(cell) or named) and self.set("control", "no-treatment", locate(cell, self.study.text)):
                return True
        for finding in self.study.findings:
            m = _UNEXPOSED_ROW.match(finding.parameter.strip())
            if m and self.set("control", "no-treatment", locate(m.group(0), self.study.text)):
                return True
        return False

    def _untreated_arm(self) -> bool:
        """A group described as going without the treatment ("391 not given it") in Methods, in a
        study that compares groups (a trial, a cohort, or laboratory work), is a no-treatment control."""
        lab = self.values.get("species") in ("animal", "in-vitro")
        if not lab and self.values.get("design") not in ("rct", "controlled-trial", "cohort", "cross-sectional"):
            return False
        if not self.doc.rank_spans:
            return False
        lo, hi = self.doc.rank_spans[0]
        m = _UNTREATED_ARM.search(self.doc.text, lo, hi)
        if m is None:
            return False
        return self.set("control", "no-treatment", self.quotes.sentence(self.doc.sentence_index(m.start()), m.start()))

    def _active_arm(self) -> bool:
        """"Randomized to semaglutide 1 mg or dulaglutide 1.5 mg": a second arm that is another
        dosed treatment (not placebo, usual care or no treatment) is an active comparator."""
        cohort = self.values.get("design") == "cohort"
        # a review's "trials in which adults were randomly assigned to A or B" names every trial's arms
        pooled = self.values.get("design") in ("meta-analysis", "systematic-review")
        if self.values.get("design") not in ("rct", "controlled-trial", None) and not cohort and not pooled:
            return False
        low = self.doc.low
        title = self._title_span()
        for lo, hi in self._arm_spans(title):
            for m in _SECOND_ARM.finditer(low, lo, hi):
                arm = m.group(1) or m.group(2)
                arm = _CONTROL_OF.sub("", arm)
                if cohort:
                    head = _WITHOUT_TAIL.split(arm, 1)[0]
                    if head != arm and _DRUG_CLASS.search(head) and not _NOT_ACTIVE.search(head):
                        arm = head  # the comparison group's own drug, not the one it went without
                # two arms named as such ("either low-dose CT or chest radiography", "comparing X with
                # Y", "as compared with Y") in a trial: the second is another treatment
                before = low[max(lo, m.start() - 80):m.start()]
                either = "either" in before or (before.endswith(" as") and "compared" in m.group(0))
                # a trial's title "A Versus B" sets two treatments against each other by name
                titled = (lo, hi) == title and not m.group(0).lstrip().startswith("or")
                named = (m.group(2) is not None or either or titled or self._arms_named(arm, m.start())) \
                    and self.values.get("design") in ("rct", "controlled-trial")
                # a cohort's second arm: people who started another drug or drug class
                drug = _DOSED.search(arm) or (cohort and _DRUG_CLASS.search(arm))
                if not drug and (m.group(1) or m.group(2)) is not None:
                    # "selank (0.15% solution) or oral medazepam (30 mg/day)": the second arm's dose
                    # stands in brackets right after its name
                    dose = _ARM_DOSE.match(low, m.end(), m.end() + 80)
                    drug = dose is not None and _DOSED.search(dose.group(1)) is not None
                if not drug and _DIET.search(arm) and _DIET.search(before):
                    # "a ketogenic diet or a low-fat diet": two diets set against each other
                    drug = True
                if pooled and not drug:
                    continue
                if not drug and _BOTH.match(arm):
                    # "fluoxetine 20 mg, curcumin 1,000 mg, or both": two dosed treatments set
                    # against each other (and their combination)
                    drug = len(_DOSED.findall(before)) >= 2
                if _NOT_ACTIVE.search(arm) or not (named or drug):
                    continue
                if _RESULT_PAIR.search(before):
                    continue  # "(10.3% vs 20.7%)": two results set side by side, not two arms
                si = self.doc.sentence_index(m.start())
                if (_EXPOSURE if cohort else _ALLOCATION).search(self._sentence_and_lead_in(si)):
                    if "-free" in low and self._free_of_ingredient(arm):
                        return True
                    quote = self.quotes.sentence(si, m.start())
                    return self.set("control", "active", quote)
        if self.values.get("design") not in ("rct", "controlled-trial"):
            return False
        lo, hi = self.doc.rank_spans[0] if self.doc.rank_spans else (0, 0)
        for m in _NAMED_COMPARATOR.finditer(low, lo, hi):
            if not _NOT_ACTIVE.search(m.group(1)):
                return self.set("control", "active", self.quotes.sentence(self.doc.sentence_index(m.start()), m.start()))
        return self._listed_arms(lo, hi)

    def _arm_spans(self, title: tuple[int, int] | None) -> list[tuple[int, int]]:
        """Where a trial names its arms: the three most trusted parts, and for a trial its title too
        ("Benazepril Plus Amlodipine Versus Benazepril Plus Hydrochlorothiazide"), which often is the
        only place the comparator is named in full."""
        spans = self.doc.rank_spans[:3]
        return spans + [title] if title is not None and title not in spans else spans

    def _title_span(self) -> tuple[int, int] | None:
        """The title's span, for a trial only (a cohort's "A versus B" title names exposures)."""
        if self.values.get("design") not in ("rct", "controlled-trial"):
            return None
        return next(((lo, hi) for lo, hi in self.doc.rank_spans if self.doc.segment_of(lo).rank == TITLE), None)

    def _free_of_ingredient(self, arm: str) -> bool:
        """"90 g/day of white chocolate" as the second arm, called "flavanol-free white chocolate" elsewhere:
        the comparator is the same kind of product without the ingredient under test, a dummy (placebo),
        not another treatment."""
        for m in _INGREDIENT_FREE.finditer(self.doc.low, 0, self.doc.end_of_study):
            if m.group(1) in _NOT_INGREDIENTS:
                continue
            product = m.group(2)
            if not re.search(r"\b" + re.escape(product) + r"\b", arm):
                product = product.split()[0]
                if len(product) < 4 or not re.search(r"\b" + re.escape(product) + r"\b", arm):
                    continue
            si = self.doc.sentence_index(m.start())
            return self.set("control", "placebo", self.quotes.sentence(si, m.start()))
        return False

    def _listed_arms(self, lo: int, hi: int) -> bool:
        """"followed, in random order, two diets for 6 weeks each: a moderate-fibre diet ... and a
        high-fibre diet": a trial whose Methods list the regimens everyone was allocated between, none
        of them a placebo, usual care or nothing, compares treatments: the comparator is active."""
        low = self.doc.low
        if ":" not in low[lo:hi]:
            return False
        for m in _LISTED_ARMS.finditer(low, lo, hi):
            si = self.doc.sentence_index(m.start())
            listed = _CONTROL_WITH_REGIMEN.sub("", low[m.end():self.doc.ends[si]])
            if not _TWO_LISTED.search(listed) or _NOT_ACTIVE.search(listed) or _NOT_ACTIVE.search(m.group(0)):
                continue
            if _ALLOCATION.search(self._sentence_and_lead_in(si)) or _IN_TURN.search(self.doc.sentence(si)):
                return self.set("control", "active", self.quotes.sentence(si, m.start()))
        return False

    def _arms_named(self, arm: str, start: int) -> bool:
        """"opioid arm (morphine ...) vs non-opioid arm (acetaminophen ...)": both sides of the comparison are
        arms called by what they give, so the second is another treatment, not a bare control."""
        if "arm" not in arm or not _NAMED_ARM.match(arm):
            return False
        s_start = self.doc.starts[self.doc.sentence_index(start)]
        return any(not _GENERIC_ARM.match(a.group(1)) and not _NOT_ACTIVE.search(a.group(1))
                   for a in _NAMED_ARM_IN.finditer(self.doc.low, s_start, start))

    def _sentence_and_lead_in(self, si: int) -> str:
        """A sentence with the one before it in the same section: "Randomized, open-label trial in
        adults. Semaglutide 1.0 mg weekly or liraglutide 1.2 mg daily." names the allocation first
        and the arms next."""
        text = self.doc.sentence(si)
        if si > 0 and self.doc.segment_of(self.doc.starts[si - 1]) == self.doc.segment_of(self.doc.starts[si]):
            text = self.doc.sentence(si - 1) + " " + text
        return text

    def timing(self):
        if self.values.get("design") in REVIEWS:
            return  # "prospective cohorts were included" describes the included studies
        hs = self.hits("timing", ("prospective", "retrospective"))
        if self.values.get("design") in ("rct", "controlled-trial"):
            # a trial's "database" or "medical records" are where data went, not a retrospective design
            hs = [h for h in hs if h.strength == STRONG]
        elif self.values.get("design") == "cross-sectional":
            # one time point: "a study that has followed volunteers prospectively" is the parent study
            hs = [h for h in hs if h.strength == STRONG and h.value == "retrospective"]
        elif self.values.get("design") in ("case-control", "case-series"):
            # a case-control study always looks back from outcome to exposure, and a few patients'
            # "clinical records were reviewed" by those who treated them: a "claims database" or "records"
            # says where the data came from, not that the design was retrospective; only the word does
            hs = [h for h in hs if h.strength == STRONG or h.value == "prospective"]
        if self.set_hit("timing", _choose(hs, None)):
            return
        if self.values.get("design") == "rct" or (
                self.values.get("design") == "controlled-trial" and self.values.get("species") == "human"
                and _TRIAL.search(self.evidence.get("design", ""))):
            # a trial in people assigns its treatment before the outcomes happen, randomised or not
            # ("an open-label, non-randomized clinical trial"): prospective by nature
            self.set("timing", "prospective", self.evidence.get("design"))
        elif self.values.get("design") == "controlled-trial" and self.values.get("species") == "human" \
                and (self.values.get("control") in ("placebo", "active", "usual-care") or (
                    self.values.get("control") == "no-treatment" and self._in_methods(self.evidence.get("control")))):
            # a group given placebo injections, another drug or standard care alongside the treated
            # group, or a treated group set against untreated controls in Methods ("took n-3 PUFA for
            # 12 months; those who refused served as controls"), was treated for the study: planned
            # before the outcomes (looking back at records makes a cohort, not a controlled trial)
            self.set("timing", "prospective", self.evidence.get("control"))

    def _in_methods(self, quote: str | None) -> bool:
        """The quote comes from the study's own Methods (the first-ranked section)."""
        if not quote or not self.doc.rank_spans:
            return False
        lo, hi = self.doc.rank_spans[0]
        return quote in self.doc.text[lo:hi]

    def species(self):
        hs = self.hits("species")
        for tier_ranks in (lambda r: r < BACKGROUND, lambda r: r >= BACKGROUND):
            tier = [h for h in hs if tier_ranks(h.rank)]
            if not tier:
                continue
            if tier[0].rank >= BACKGROUND and self._header_counts_people():
                break  # "C-cell tumours in rodents" in Background is earlier work; the header counts people
            best = min(h.rank for h in tier)
            top = [h for h in tier if h.rank == best]
            tally = {v: sum(1 for h in top if h.value == v) for v in ("animal", "in-vitro", "human")}
            if self.values.get("design") in REVIEWS and any(
                    len(self._evidence_kinds(si)) > 1 for si in {h.sentence for h in top}):
                return  # "laboratory, animal and early clinical work": a review of mixed evidence
            if self.values.get("design") == "narrative-review" and any(
                    len(self._evidence_kinds(si)) > 1 and not _NEGATOR.search(self.doc.sentence(si))
                    for si in {h.sentence for h in tier if h.rank <= LIMITATIONS}):
                # a narrative review's "Heavy reliance on animal and cell studies": it spans kinds of
                # evidence ("Animal studies ... but no human trials" names one kind)
                return

            value = max(("animal", "in-vitro", "human"), key=lambda v: tally[v])  # ties: listed order
            self.set_hit("species", min((h for h in top if h.value == value), key=lambda h: h.pos))
            return
        if self._header_counts_people():
            # no word about who was studied outside Background: the site's header counts people
            self.set("species", "human", self.header)

    def _header_counts_people(self) -> bool:
        return bool(self.study.header_participants and self.header and "participants" in self.header)

    def _evidence_kinds(self, si: int) -> set[str]:
        """Kinds of evidence (human, in-vitro, animal) one sentence names."""
        # "in vitro-only studies and human reports were excluded": kinds a review left out are not its evidence
        sentence = " ".join(part for part in _CLAUSE_SPLIT.split(self.doc.sentence(si)) if not _EXCLUSION.search(part))
        found = {kind: m.start() for kind, words in _EVIDENCE_KINDS for m in [words.search(sentence)] if m}
        mostly = _MOSTLY.search(sentence)
        if mostly and found and mostly.start() < min(found.values()):
            # "mostly from rat injury models and a few cell cultures": one kind dominates the whole list;
            # "35 preclinical studies, predominantly in rats, and one clinical study" only says which animal
            return set()
        return set(found)

    def heterogeneity(self):
        hs = []
        text = self.doc.text
        lab = self.values.get("species") in ("animal", "in-vitro")
        for h in self.hits("heterogeneity"):
            before = text[max(0, h.pos - 40):h.pos]
            after = text[h.pos + len(h.cue):h.pos + len(h.cue) + 40]
            value = h.value
            noun = h.cue.lower().startswith(("heterogeneity", "homogeneity"))
            if _HET_LOW_BEFORE.search(before) or _HET_AFTER_LOW.search(after):
                value = "homogeneous" if not h.negated else value
            elif _HET_HIGH_BEFORE.search(before) or _HET_AFTER_HIGH.search(after):
                value = "heterogeneous" if h.cue.lower().startswith("hetero") and not h.negated else value
            own = text[max(self.doc.starts[h.sentence], h.pos - 40):h.pos]  # the words before it in its sentence
            pooled = h.cue.lower().startswith(("pooled", "lumped", "combined"))  # names the people itself
            if not noun and not pooled and (_HET_OF_THINGS_BEFORE.search(own) or _HET_OF_THINGS_AFTER.match(after)
                                            or h.cue.lower().endswith("ly") and _HET_HOW_DONE.match(after)):
                # "Dosing regimens were heterogeneous", "heterogeneous outcome measures", "end points were
                # heterogeneously recorded": not who was studied
                continue
            if lab and _PEOPLE.search(own.rsplit(";", 1)[-1]):
                continue  # "human glaucoma is heterogeneous" in a mouse study: people in general, not its animals
            if noun and _HET_STATISTICAL.search(self.doc.sentence(h.sentence)):
                continue  # statistical heterogeneity between trials goes to i2, not here
            if noun and self.values.get("design") in REVIEWS and not _HET_POPULATION.match(after):
                continue  # in a review "heterogeneity" alone means between studies
            if value == h.value and noun and not h.negated and (
                    _HET_METHOD.search(before) or _HET_METHOD.search(after) or h.rank == METHODS):
                continue  # "heterogeneity was assessed with I²": a method, not a finding
            hs.append(Hit(h.fact, value, h.strength, h.rank, h.segment, h.pos, h.sentence, h.negated, h.cue))
        self.set_hit("heterogeneity", _choose(hs, None))

    # numbers -----------------------------------------------------------------------------------
    def n(self):
        header_n = self.study.header_participants
        if header_n == 0 and has_site_header(self.study):
            # "0 participants" (a review, cell work): the study has none of its own; the "266 elderly
            # patients" its prose mentions are those of the work it describes
            return
        studies = _HEADER_STUDIES.search(self.header) if header_n and self.header else None
        if studies:
            # "HSS Journal/2025/36 studies/N/A": the header counts included studies, not people; "27 trials
            # (2,994 men)" gives the pooled people too
            pooled = studies.group(1) or studies.group(2)
            header_n = int(pooled.replace(",", "")) if pooled else None
        person_time = bool(header_n and self.header and "-" in self.header and _HEADER_PERSON_TIME.search(self.header))
        if person_time:
            header_n = None  # the header counts person-time; the Methods may still count the people
        both = _HEADER_CASES_CONTROLS.search(self.header) if header_n and self.header else None
        if both:
            # "BMJ/2009/300 cases and 571 controls/N/A": a case-control study's n is both groups
            header_n = sum(int(g.replace(",", "")) for g in both.groups())
        if (header_n or person_time) and self.doc.rank_spans:
            # the header decides; Methods (the first span) is read only to report a disagreement
            text_counts = counts(self.doc, *self.doc.rank_spans[0])
        else:
            text_counts = first_rank(self.doc, counts)
        best = None
        if text_counts:
            # most trusted part first; there, randomised > enrolled/total > sum of groups > first count
            top_rank = min(c.rank for c in text_counts)
            top = [c for c in text_counts if c.rank == top_rank]
            best = max(top, key=lambda c: (c.weight, -c.pos))

        if header_n:
            quote = self.header or locate(f"{header_n} participants", self.study.text)
            if self.set("n", int(header_n), quote):
                if best is not None and int(best.value) != int(header_n) and best.total:
                    self.conflicts["n"] = (f"header says {header_n}; text says {int(best.value)} "
                                           f"({self.quotes.number(best)})")
                return
        if best is not None:
            self.set("n", int(best.value), self.quotes.number(best))
        elif not header_n and not text_counts and self.values.get("species") not in ("animal", "in-vitro"):
            # "Players tested89": the only count is a row of the results table
            row = table_count(self.study.sections.get("Key Findings"))
            if row:
                self.set("n", row[0], locate(row[1], self.study.text) or row[1])

    def n_studies(self):
        if self.values.get("design") not in REVIEWS:
            return
        found = first_rank(self.doc, study_counts)
        if found:
            top_rank = min(c.rank for c in found)
            best = next(c for c in found if c.rank == top_rank)
            self.set("n_studies", int(best.value), self.quotes.number(best))
        elif self.study.header_participants and self.header and _HEADER_STUDIES.search(self.header):
            self.set("n_studies", int(self.study.header_participants), self.header)  # "HSS Journal/2025/36 studies/N/A"

    def duration(self):
        # "Single doses, 7-day washouts": a washout is the gap between periods, not how long anyone was treated
        header = _WASHOUT.sub("", self.study.header_duration or "")
        no_length = _RANGE.search(header) or _BOUND.match(header) or _BOUND_LATER.match(header) or _FROM_EVENT.match(header) or _TO_EVENT.match(header) \
            or _AROUND_EVENT.match(header)
        header_days = None if no_length else parse_duration(header)
        if header_days and self.set("duration_days", header_days, self.header):
            return
        if has_site_header(self.study):
            return  # the header says "N/A", "Single dose", "Lifetime": prose durations are follow-ups of other things
        found = first_rank(self.doc, durations)
        if found:
            top_rank = min(c.rank for c in found)
            best = next(c for c in found if c.rank == top_rank)
            self.set("duration_days", best.value, self.quotes.number(best))

    def i2(self):
        found = first_rank(self.doc, i2_values)
        if found:
            top_rank = min(c.rank for c in found)
            best = next(c for c in found if c.rank == top_rank)
            self.set("i2", best.value, self.quotes.number(best))
            return
        for value, words in table_i2(self.study.sections.get("Key Findings")):
            # the prose gives none; the results table states it
            if self.set("i2", value, locate(words, self.study.text)):
                return
        rows = [f.raw for f in self.study.findings]
        for value, row in i2_column(self.study.findings_header, rows):
            # a results table with an I² column: the first outcome that has one
            if self.set("i2", value, locate(row, self.study.text)):
                return

    # indexing ----------------------------------------------------------------------------------
    def indexing(self):
        if not (self.study.publication_types or self.study.mesh_terms):
            return
        for fact, entries in indexed_facts(self.study.publication_types, self.study.mesh_terms).items():
            quoted = [(v, locate(t, self.study.text) or _find_ci(t, self.study.text), s) for v, t, s in entries]
            quoted = [e for e in quoted if e[1]]
            if not quoted:
                continue
            if fact == "design":
                specific = sorted((e for e in quoted if e[2]), key=lambda e: DESIGN_ORDER.index(e[0]))
                generic = [e for e in quoted if not e[2]]
                current = self.values.get("design")
                if specific:
                    value, term, _ = specific[0]
                    if current is not None and current != value and (current, value) not in REFINES:
                        self.conflicts["design"] = (f"text says {current} ({self.evidence['design']}); "
                                                    f"indexing says {value} ({term})")
                    if current != value:
                        self.set("design", value, term)
                elif current is None and generic:
                    value, term, _ = generic[0]
                    self.set("design", value, term)
                elif current not in REVIEWS and [e for e in generic if e[0] == "narrative-review"] \
                        and not [e for e in generic if e[0] != "narrative-review"]:
                    # indexed as a Review and as no kind of study: the trials and cohorts the text
                    # names are the evidence it reviews, not its own design
                    value, term, _ = next(e for e in generic if e[0] == "narrative-review")
                    self.conflicts["design"] = (f"text says {current} ({self.evidence['design']}); "
                                                f"indexing says {value} ({term})")
                    self.set("design", value, term)
                continue
            value, term, _ = quoted[0]
            current = self.values.get(fact)
            if current is None:
                self.set(fact, value, term)
            elif current != value:
                self.conflicts[fact] = f"text says {current} ({self.evidence[fact]}); indexing says {value} ({term})"

    def laboratory(self):
        """An animal or cell experiment that compares groups ("control mice injected with saline",
        "than colonization with a lean microbiota", "compared with stimulated cells without
        curcumin") has a concurrent control: a controlled trial, even when neither the text nor the
        indexing names a design."""
        species = self.values.get("species")
        subjects = {"animal": _ANIMAL_WORDS, "in-vitro": _CELL_WORDS}.get(species)
        if subjects is None or "design" in self.values:
            return
        # cells "disappeared first ... rather than" is an observation: cells need a named untreated group
        compared = _CELLS_COMPARED if species == "in-vitro" else _COMPARED_GROUPS
        for si in range(len(self.doc.starts)):
            if self.doc.segment_of(self.doc.starts[si]).rank >= BACKGROUND:
                break
            sentence = self.doc.sentence(si)
            if compared.search(sentence) and subjects.search(sentence) \
                    and not _OTHER_WORK.search(sentence):
                if self.set("design", "controlled-trial", self.quotes.sentence(si)):
                    return

    def _mixed_review(self) -> str | None:
        """The sentence (Methods to Limitations) saying a review's included studies are of mixed
        design, if it says so."""
        if self.values.get("design") not in ("meta-analysis", "systematic-review"):
            return None
        for si in range(len(self.doc.starts)):
            if self.doc.segment_of(self.doc.starts[si]).rank > LIMITATIONS:
                break
            if _MIXED_STUDY_DESIGNS.search(self.doc.sentence(si)):
                return self.quotes.sentence(si)
        return None

    def _review_allocation(self):
        """"The review found only one human study, which was small and uncontrolled": in a review, a
        loose word about one or some included studies says nothing of the evidence as a whole."""
        if self.values.get("design") not in ("meta-analysis", "systematic-review") or "randomized" not in self.values:
            return
        hs = self.hits("randomized", RANDOMIZED_ORDER)
        kept = [h for h in hs if not (h.strength == WEAK and (
            _ONE_STUDY.search(self.doc.sentence(h.sentence)) or _SUBSET_OF_STUDIES.search(self.doc.sentence(h.sentence))))]
        if len(kept) == len(hs):
            return
        self.values.pop("randomized"), self.evidence.pop("randomized")
        self.set_hit("randomized", _with_limitations(kept, _choose(kept, RANDOMIZED_ORDER), RANDOMIZED_ORDER))

    def _observational_review(self):
        """"Observational studies only" (Methods to Limitations): a review that pools only cohorts or other
        observational studies is not randomised evidence, though it names no randomisation at all."""
        if self.values.get("design") not in ("meta-analysis", "systematic-review") or "randomized" in self.values:
            return
        low = self.doc.low
        if "observational" not in low and "prospective" not in low and "cohort" not in low:
            return
        for si in range(len(self.doc.starts)):
            if self.doc.segment_of(self.doc.starts[si]).rank > LIMITATIONS:
                continue
            sentence = self.doc.sentence(si)
            if _OBSERVATIONAL_ONLY.search(sentence) and not _INTERVENTIONAL.search(sentence):
                self.set("randomized", False, self.quotes.sentence(si))
                return

    def consistency(self):
        """An RCT is randomized; indexing may have made it one after the text was read. A narrative
        review pools nothing, so the randomization of the trials it mentions is not its own."""
        self._review_allocation()
        mixed = self._mixed_review()
        if mixed:
            # a review of mixed designs: its trials' allocation, comparators and blinding are not one
            # thing, and as a whole it is not randomised evidence
            for fact in ("control", "blinding"):
                self.values.pop(fact, None), self.evidence.pop(fact, None)
            if self.values.get("randomized") is not False:
                self.set("randomized", False, mixed)
        if self.values.get("design") == "narrative-review" and "randomized" in self.values:
            del self.values["randomized"], self.evidence["randomized"]
        self._observational_review()
        if self.values.get("design") in REVIEWS and "control" in self.values and (any(
                r.search(self.evidence["control"]) for r in (_TWO_COMPARATORS, _MIXED_DESIGNS)) or _some_studies(self.evidence["control"])):
            # the indexing made it a review after the text was read: comparators of some included trials
            del self.values["control"], self.evidence["control"]
        if self.values.get("design") in ("meta-analysis", "systematic-review") and self.values.get("randomized") is True \
                and (_MIXED_DESIGNS.search(_EXCLUDED.sub("", self.evidence["randomized"]))
                     or _EITHER_ALLOCATION.search(self.evidence["randomized"])):
            # "53 studies, mostly observational cohorts with a few randomised trials", "controlled trials,
            # randomised or not": the evidence pooled is not randomised as a whole
            self.values["randomized"] = False
        if self.values.get("design") == "rct" and self.values.get("randomized") is not True:
            if self.values.get("randomized") is False:
                self.conflicts.setdefault("randomized", f"text says not randomized ({self.evidence['randomized']}); design is rct")
            self.set("randomized", True, self.evidence["design"])
        if self.values.get("design") == "rct" and "timing" not in self.values:
            self.set("timing", "prospective", self.evidence["design"])
        if self.values.get("design") == "case-series" and self.values.get("n") == 1:
            # "Single patient described by the treating team ... One patient; no comparator": a series
            # of one is a case report
            self.set("design", "case-report", self.evidence["design"])
        elif self.values.get("design") == "case-report" and (self.values.get("n") or 0) >= 2:
            # "Two Case Reports", "2 patients": reports of several patients together are a case series
            self.set("design", "case-series", self.evidence["design"])
        if self.values.get("design") in ("case-report", "case-series") and "control" not in self.values:
            # a case report or series has no comparison group (the indexing may have named the design)
            self.set("control", "none", self.evidence["design"])
        if self.values.get("design") == "case-report" and "n" not in self.values:
            self.set("n", 1, self.evidence["design"])  # one patient, unless a count says otherwise
        if self.values.get("design") in OBSERVATIONAL and self.values.get("randomized") is True:
            # "Randomized trials of supplements have not reproduced it": other studies' allocation
            self.conflicts.setdefault("randomized", f"text says randomized ({self.evidence['randomized']}); "
                                                    f"design is {self.values['design']}")
            del self.values["randomized"], self.evidence["randomized"]
        others = [h for h in self.about_others if h.fact == "randomized" and h.value is True and h.rank < BACKGROUND]
        if self.values.get("design") in OBSERVATIONAL and "randomized" not in self.values and others:
            quote = self.quotes.hit(others[0])
            if quote:
                self.conflicts.setdefault("randomized", f"text says randomized ({quote}); design is {self.values['design']}")
        if self.values.get("design") in OBSERVATIONAL and "randomized" not in self.values:
            # observational designs are non-randomized by definition; the design sentence says so
            self.set("randomized", False, self.evidence["design"])

    def build(self) -> Facts:
        self.randomized()
        self.design()
        self.blinding()
        self.species()
        self.control()
        self.heterogeneity()
        self.n()
        self.n_studies()
        self.duration()
        self.i2()
        self.timing()
        self.indexing()
        if "n_studies" not in self.values:
            self.n_studies()  # the indexing may have made it a review ("Meta-Analysis")
        self.laboratory()
        self.consistency()
        return Facts(**self.values, evidence=self.evidence, conflicts=self.conflicts)


def _find_ci(term: str, text: str) -> str | None:
    i = text.lower().find(term.lower())
    return text[i:i + len(term)] if i >= 0 else None


def extract_facts(study: Study) -> Facts:
    """The quality-deciding facts of one study, each backed by an exact quote from study.text."""
    return _Builder(study).build()
