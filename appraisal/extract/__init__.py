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
- "None with placebo" counts zero events in the placebo arm, it does not deny one; "not described as randomly
  allocated" is silence (unknown); a review's "three were RCTs; eight were open-label studies" speaks of some
  studies; control animals given "an equimolar amount" of a matched salt had a vehicle (placebo).
- A side "rat experiment" in a trial whose header counts "184 patients" leaves it human; liposomes and artificial
  membranes are in-vitro work, and "<ingredient>-free liposomes" its placebo; an animal study with "No comparison
  group" is a case series; a strain's digits ("B6C3F1 mice") and "between 50 and 80 ... per sex per dose" count nobody.
- An "attention-control programme" is a placebo-type control, "sedentary control" animals are untreated, and a group
  that "underwent the same surgery but shared only aged blood" had a sham; "No true no-intervention control" names
  none; two diets eaten "in random order" compare regimens; a review's "with a placebo or directly with each other"
  counts wherever the deciding section says it.
- A control group given "the same standard resuscitation without vitamin C" had usual care; "two parallel ...
  randomised trials" where the study describes itself are its own; a review's "Control groups received A, B or C"
  are mixed comparators and its "trials that compared two or more fluids" an active comparison.
- "Large randomised, placebo-controlled trials ... found no benefit" in a cell study's Clinical Significance are other
  studies; cultured "neurones" are cells; "Blinding integrity was not formally tested" denies nothing; "open-label;
  only the outcome assessment was blinded" is single; a cohort's "people with X compared with people without X" is
  untreated; a "Retrospective review" against historical controls is a cohort; a header "6–9 rats per group" counts
  nobody; a control chow "with the same calories, oil and nutrient content" is a dummy (placebo).
- "The orlistat arm was open-label" in a double-blind trial unmasks one arm, not the trial; "12 at a low dose and 12 at
  a high dose" compares doses; "33 in users and 371 in non-users" is untreated; "restricted to beneficiaries aged 66
  or older" is homogeneous; "rat liver mitochondria" are in-vitro material; a header "147 studies (113 preclinical,
  34 clinical)" counts no people and decides a review's study count; studies that "ranged from randomised trials to
  open-label pilots" are of mixed design.
- "Or a matching bar" is a dummy (placebo); a crossover's "untreated period" is untreated and its "or the reverse" no arm;
  infants "started later" had the same drug on another regimen (active); "The authors later followed ... prospectively"
  in Clinical Significance is a sequel; a case-control header "1,987 pairs" counts both members of each pair, and a
  review's header count of studies decides over the text's.
- Schools that "continued their usual smoking education" and "the clinic's usual treatment" are usual care; "periods
  off medication" are untreated; a cohort "compared between respondents with and without" the exposure has an unexposed
  comparison; "with each other or with placebo" is the study's own; a header count given as a range lets only a stated
  total decide n; receptors expressed in "Xenopus laevis oocytes" are in-vitro work, and its "concentration–response
  curves for" a drug an experiment.
- "No placebo-only arm; all comparisons are between active regimens" leaves the active comparator; patients "compared
  with those who declined" and a cohort's "people without X formed the comparison group" or "No X (reference)" row are
  untreated; "bacteria incubated without extract" are a laboratory control; "not stated to be blinded" is silence.
- A juice "that looked and tasted the same" or rinses that "could not be told apart" are dummies (placebo); "or to
  passive recovery" is untreated; a second group doing "identical exercise sessions in a cool room" and "one of three
  camps: ..." compare regimens (active); muscles "kept alive in ... Ringer's solution" are in-vitro work and their
  "caffeine-free Ringer's served as controls" a vehicle; "searched several databases for randomised ... studies" is
  the review's own inclusion; "Two Drugs Turn ... Mice" counts drugs.
- A structured abstract's "Masking: none" or "Randomisation: none" denies it; masked image "readers" are one party; "vs
  no invitation and no screening" and "reference group: no intervention" are untreated; a survey's "Non-users" column
  names no control; "Minimal care (...) vs minimal care plus X" is usual care, a diet "as one meal a day or as three
  meals a day" compares regimens; a header "19 RCTs (n = 1,084)" counts the pooled people.
- "In order that neither patients nor investigators should become aware" is a purpose, not a future study; "allocated in a
  1:1 ratio" is random allocation; "allocated to A 5 mg ... or to B" and "treated either with A or with B" name an active
  comparator; "true or sham values" name no sham arm; a header "36 completers" counts no randomised total.
- A review's "30 cohort and case-control studies" are the studies it pooled; "nationwide registry cohort" is a records
  cohort; "an RCT of X is not feasible" is no study; "both groups received an active drug" and "1:1 to A, or B" name an
  active comparator; "374 to A ..., 376 to B" adds up to n; "Women were masked; acupuncturists could not be" is single;
  a review of observational studies whose users had "2.3 times the risk of nonusers" has an untreated comparison.
- "Case–Control" with an en dash is case-control; "or to observation", "the observation group" and "control women who
  were not invited" are untreated; "an irrelevant control antibody" is a placebo; "the randomised comparison in the parent
  trial" is another study's; one participant and no design named is a case report; "two hundred and sixty-one" counts,
  and "the cases were N ...; the controls were M" adds up; "three women ... for every death prevented" and "Groups were
  typically of five mice" count nobody; a "Meta-analysis of 11 randomised trials" speaks of all its trials.
- An eye that "seems blind in the dark" lost sight, nobody was masked; "a mouse cone photoreceptor-derived line" is cells;
  "The population differed widely" is mixed people, "The 80 reviews were heterogeneous" is not; studies that "mixed
  randomised trials, observational designs ..." are of mixed design; one participant and no design named is a case
  report; "carrying on with usual practice" is usual care; a school "which did not take part ... served as the
  comparison" and users "matched ... to members who did not use" it are untreated; "another 44,321" adds a second
  group; "than mice on a standard light-dark cycle" is an untreated group.
- "No placebo (sham) plug" denies the bracketed gloss too; "diesel exhaust or filtered air" is a sham exposure; "one week
  eating their usual ... diet" and "continued with the standard ... training alone" are usual care; groups labelled
  "(exposed)" and "(unexposed)" are untreated, and "N ... were compared with M who ..." counts both; "Findings in a
  single patient" is a case report; a review whose "30 cohort studies ... were included" is observational and of people;
  "NO2 were included" counts nobody; mice that "served for comparison" and a "cell proliferation assay" are experiments.
- Arms "assigned to A (67 patients), B (66 patients) or placebo (65 patients)" add up, and "(n = 53) to A (n = 35) or B
  (n = 18)" states its total first; "or no prophylaxis" and "or no iron for 24 weeks" are untreated arms, "or of the
  phosphate-buffered saline vehicle" a vehicle; "no concurrent or randomised control" beside historical controls is a
  cohort; "Treated group restricted to ..." is narrowed, "Causes of iron deficiency differed widely" mixed; HEK293 cells
  are a line; a review's "red cell transfusion" names no cell work; "chose to take X, and 199 who did not take X" are
  untreated; a cohort's "treatment with X versus treatment without X" sets users against non-users; donors are counted
  (not "serum from 12 donors").
- "Sugar pills" are dummies, "a sugar-free drink" is not; "the other half got the regular sugary version" and "advice to eat
  a low-fat diet" name an active comparator, "High-egg: ... Low-egg: ..." compares amounts; "which days were coffee days was
  picked at random" and "split them by computer" are random allocation; "lean meat, fish or chicken" is food; "Entry was
  restricted to" is homogeneous; "six groups of 20" counts 120; a header "20 years (women), 11 years (men)" is two lengths;
  "told to change nothing and keep their usual diet" is usual care; "sachets of the glucose filler alone" and "plain salt in
  the same unmarked packs" are dummies; "told either to drink coffee ... or to avoid coffee", "folks who drank none" and
  "adults without one" are untreated.
- "Allocation was made at random" and "Which of two conditions each person received was left to chance" are random
  allocation; "left to an open-label extension" is a later phase, not the trial's masking; "...; many patients would
  have been excluded" leaves the earlier clause this study's; "the very low dose was intended to serve as the comparison"
  compares doses; a cohort's "people with X ... compared with those without one" is untreated; "No comparison group" with
  the patients counted in Methods is a case series; a review's "Comparators varied" and "placebo or a no-X control" are
  mixed; "In all, N people with cancer (a, b) and M people without" and "The treated group comprised N. A comparison
  group of M ..." count both groups.
- "Open-label placebo pills ... or a no-treatment control" tests the placebo itself (the untreated arm is the comparator);
  "vs discretionary sunscreen use" is usual care; "Participants unblinded" names one party, so assessors "masked to
  group" make it single; "hospital.300 children" is a full stop without its space, and "300 other children ... served as
  controls" in the next clause adds a group; "control clones carrying the empty vector" are a vehicle (placebo) control
  of a cell experiment.
- "Only a randomised trial of withholding these drugs could establish cause" is a trial wished for; a cohort's "anxiolytic
  or hypnotic drugs (or both)" are one group's options, and patients "with no such prescriptions" or "69,418 non-users"
  untreated; "the products plus the multivitamin versus the multivitamin alone" is active, "usual dietary management"
  usual care; "Restricted to overweight patients" is homogeneous; people with "no comparison group" whose findings are
  likened to "calorie-restricted animals" are a case series.
- "Three one-month dietary phases in random order" and "carried on with the physiotherapy programme alone" compare
  regimens (active); "a simulated procedure" is a sham; a town that "kept its supply unchanged" is untreated and "a
  two-city controlled comparison" a controlled trial; patients "enrolled ... before the checklist was introduced" are
  historical controls; "Only a long randomised trial could show" is no study; owners and veterinarians are masked
  parties; a placebo "assigned ... or to no treatment", "measured against the arm that received nothing" or "told ...
  contained no medication" beside a group that "got nothing" is under test, so the untreated group is the comparator.
- "Open-label with blinded endpoint review" and "endpoints were judged blind" are single (PROBE), "the switch ... to
  open-label therapy at the end of the trial" is a later phase; "a systolic target below 120 or below 140 mm Hg" and "than
  those who had the programme alone" compare regimens (active); a header without a length leaves Methods' own "median
  follow-up of 39 months" to decide; "results may not apply to more diverse populations" speaks of other people; "A
  26-year-old man taking part in a double-blind, placebo-controlled trial" is a case report whose trial is another study;
  "comparing open-label placebo with no treatment" is untreated; "No comparison with patients not taking X" denies one;
  rats "given to 12 psychology students" count the rats only.
- "An isocaloric drink with the same carbohydrate and fat but no protein" and "the other was the same formula with no
  fibre" are the product without its active part (placebo); "standard hospital clinical care" is usual care and "standard
  chow and water ad libitum (control)" an untreated animal group; a "retrospective study using the ... hospital
  database" is a records cohort and "linked to Medicare claims" records data; residents "who were not tube-fed" are
  untreated; "randomised data such as EFFORT" is another study's design.
- A crossover's "three treatments ...:" listed as bullet lines compare regimens (active); "non-inferiority" names the
  hypothesis, so "Control: usual care" in the same section decides; "or to continued avoidance" is untreated; "an
  uncontrolled 5-year extension" in Limitations is a later phase; "controls continued these usual medicines alone" is
  usual care; a cohort's "receiving or starting X" is one group, its "non-X group comprised M ... who were not treated"
  untreated and counted; "N people who died ... were the cases" and "giving M controls in all" add up; "differed widely in
  genetic background" is mixed people; "Vero E6 cells (African green monkey kidney)" are cells, and a virus "isolated
  from a patient" studies no one.
- "The intensive group typically needed one more pill" is an amount of treatment, not a study that is needed; "nor the
  clinic staff knew which bottle was which" is masking; an open-label trial whose "expert panel ... did not know which
  group each person was in" is PROBE (single), and "testers ... blinded to which group" one party; "a no-contact control
  group" is untreated; "The people pooled differed widely" and a sample that "differed widely by region, race and
  ethnicity" are mixed people; "They found 52 such studies" counts a review's studies; "neurons taken from the
  hippocampus of embryonic rats" are cells.
- A note in brackets after the header's count or a results column's name ("(randomised crossover)") is read as the
  header line; "After 3 months the sham guys were unblinded" lifts masking later, "nonmasked" is open; "Men differed
  widely" is mixed people; "a three-way comparison of approaches" and "than men who started later" are active; "8 deaths
  in the exposed group" is untreated and "a registry-linked cohort" a records cohort; "Cases: 369 ... Controls: 979" adds
  up; "A Prospective Cross-Sectional Snapshot" is prospective and its "historical data" no control; "Case Report and
  Literature Review" is a case report; "A mix of study designs", "weren't randomised" and "The included studies were
  observational" make a review not randomised, its "Comparison: untreated men" kept.
"""
from __future__ import annotations

from appraisal.learned import decide, enabled
from appraisal.models import Facts, Study
from .builder import _Builder

__all__ = ["extract_facts"]


def extract_facts(study: Study, learned: bool | None = None) -> Facts:
    """The quality-deciding facts of one study, each backed by an exact quote from study.text.

    The rules decide; then, for design and control, the learned reader (appraisal.learned) fills in a
    fact the rules left unknown or overrides them when confident (p >= 0.9), with its own quote and a
    note in `conflicts`. `learned=False` (or the environment variable APPRAISAL_LEARNED=0) gives the
    rules alone; None follows the environment (on by default)."""
    builder = _Builder(study)
    facts = builder.build()
    if not (enabled() if learned is None else learned):
        return facts
    decisions = decide(facts, study)
    return builder.revise(decisions) if decisions else facts
