"""Rules found on development set 13 (tests/devset13): a casual writer who avoids design terms.
Allocation, masking, comparators, cohorts, case series and meta-analyses said in plain words, and
the plain-word traps: other trials described in a clause, random sampling, negations."""
from __future__ import annotations

import pytest

from tests.test_extract_devset11 import summary


# --- allocation by chance ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The researchers split 69 women aged 35 to 55 into three groups by chance: 2.5 g, 5 g or a powder.",
    "The researchers split 218 volunteers aged 65 and over, without unstable illnesses, into four groups by chance.",
    "Then the researchers split the volunteers into two groups by chance.",
    "Every volunteer took both powders, one after the other. A draw decided which powder each person started with.",
    "The researchers flipped a coin for each volunteer: heads meant creatine first.",
])
def test_allocation_by_chance_is_randomised(sentence):
    facts = summary(sentence + " Everyone took it for six weeks.", participants="60 participants")
    assert facts.randomized is True
    assert facts.design == "rct"


@pytest.mark.parametrize("sentence", [
    "Patients picked which group to join themselves; nobody was assigned at random. A comparison group got usual care.",
    "The men chose for themselves which group they were in; nobody was put into a group by chance. "
    "The other 25 men made no lifestyle changes and served as the comparison group.",
    "Treatment was not handed out by chance: the control group was chosen by the doctors.",
])
def test_allocation_denied_in_plain_words(sentence):
    facts = summary(sentence, participants="60 participants")
    assert facts.randomized is False
    assert facts.design == "controlled-trial"


def test_random_sampling_is_not_allocation():
    facts = summary("The data came from a telephone survey. Phone numbers were picked at random and the adults "
                    "who answered were asked how long they slept.", participants="4000 participants")
    assert facts.randomized is not True
    assert facts.design != "rct"


def test_assigned_then_sampled_is_not_allocation():
    facts = summary("Each patient was assigned a number, then a sample was chosen at random for the interview.",
                    participants="60 participants")
    assert facts.randomized is not True


# --- trials described in a clause ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Proper trials, in which patients are split by chance, have since been set up to check the result.",
    "Small human trials in which volunteers took NR or a dummy pill have shown that the supplements are safe.",
])
def test_trials_described_in_a_clause_are_other_studies(sentence):
    facts = summary("The team looked back at the charts of 94 patients treated in one unit and compared them with "
                    "patients from an earlier period (historical controls).", significance=sentence,
                    participants="94 participants")
    assert facts.randomized is not True
    assert facts.control != "placebo"
    assert facts.design != "rct"


def test_cohort_drawn_from_a_former_trial_is_not_randomised():
    facts = summary("The women came from the Women's Health Study, which began in the 1990s as a trial in which "
                    "women were split by chance to take aspirin or dummy pills. The researchers then followed them "
                    "forward for an average of 4.3 years, counting deaths.", participants="16741 participants")
    assert facts.design == "cohort"
    assert facts.timing == "prospective"
    assert facts.randomized is False
    assert facts.control != "placebo"


def test_pooled_trials_in_which_people_were_assigned_by_chance():
    facts = summary("The team pulled together the results of 19 earlier trials, with 1,683 people in all, in which "
                    "adults were assigned by chance to melatonin or a dummy pill. The trials were combined statistically.",
                    participants="1683 participants")
    assert facts.design == "meta-analysis"
    assert facts.n_studies == 19
    assert facts.randomized is True
    assert facts.control == "placebo"


def test_pooled_studies_that_assigned_nobody():
    facts = summary("The team pulled together the results of 16 studies that asked people how long they slept. "
                    "None of the studies assigned anyone to sleep more or less.", participants="1382999 participants")
    assert facts.design == "meta-analysis"
    assert facts.n_studies == 16
    assert facts.randomized is False


def test_cohort_analysis_pooling_studies_stays_a_cohort():
    facts = summary("Prospective cohort analysis pooling three US studies of 390,124 adults.",
                    participants="390124 participants")
    assert facts.design == "cohort"


# --- masking in plain words ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("Nobody \u2014 not the volunteers and not the researchers \u2014 knew which powder was which.", "double"),
    ("Nobody \u2014 not the women and not the staff measuring their skin \u2014 knew who had which powder.", "double"),
    ("Nobody \u2014 neither the volunteers nor the study staff \u2014 knew who got what.", "double"),
    ("The volunteers did not know whether their tablets were the real thing.", "single"),
    ("There was no dummy programme and no one was kept in the dark about who was doing what.", "open"),
    ("Patients picked which group to join themselves \u2014 nobody was assigned at random \u2014 and everyone knew "
     "which programme they were in.", "open"),
])
def test_masking_in_plain_words(sentence, value):
    facts = summary("Sixty adults took the treatment or a comparison for eight weeks. " + sentence,
                    participants="60 participants")
    assert facts.blinding == value


def test_blinding_said_to_be_unreported_stays_unknown():
    facts = summary("The researchers split 36 adults into two groups by chance: berberine or metformin.",
                    limitations=("The write-up does not say whether patients or doctors knew which pill was which",),
                    participants="36 participants")
    assert facts.blinding == "unknown"


# --- comparators in plain words ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("Half took magnesium every day; the other half took look-alike lactose tablets.", "placebo"),
    ("One group had a sleep-hygiene session; the other group was asked to keep sleeping as they normally did "
     "and got no coaching.", "no-treatment"),
])
def test_comparators_in_plain_words(sentence, value):
    facts = summary("The researchers split 46 adults into two groups by chance. " + sentence,
                    participants="46 participants")
    assert facts.control == value


def test_no_sugar_pill_group_is_not_placebo():
    facts = summary("The researchers split them into two groups by chance: one took 0.5 g berberine three times a "
                    "day and the other 0.5 g metformin three times a day. There was no sugar-pill group: every "
                    "patient got an active drug.", participants="36 participants")
    assert facts.control != "placebo"


def test_cohort_against_never_drinkers():
    facts = summary("About 400,000 members filled in a food questionnaire. The researchers then tracked them forward "
                    "until 2008. They compared people who drank various amounts of coffee with those who never drank it.",
                    participants="400000 participants")
    assert facts.design == "cohort"
    assert facts.timing == "prospective"
    assert facts.control == "no-treatment"


def test_records_looked_back_at_make_a_retrospective_cohort():
    facts = summary("The team looked back at the medical records of 1,031 male veterans. Of these, 398 had been "
                    "prescribed testosterone and 633 never received it. The researchers compared deaths in treated "
                    "and untreated men.", participants="1031 participants")
    assert facts.design == "cohort"
    assert facts.timing == "retrospective"
    assert facts.control == "no-treatment"


def test_charts_with_no_comparison_group_are_a_case_series():
    facts = summary("The team looked back at the charts of 16 patients who had received knee injections. "
                    "There was no comparison group and no dummy injection.", participants="16 participants")
    assert facts.design == "case-series"
    assert facts.control == "none"
    assert facts.timing == "retrospective"


def test_matched_people_without_the_disease_make_a_case_control_study():
    facts = summary("The team found 1,796 people diagnosed with Alzheimer's disease. Each was matched with four "
                    "people of the same sex and age who did not have dementia. The researchers looked back through "
                    "prescription records.", participants="8980 participants")
    assert facts.design == "case-control"
    assert facts.randomized is False


def test_narrative_overview_in_plain_words():
    facts = summary("This article is a broad overview by experts in the field, not a new study. The authors walk "
                    "through findings from yeast, worms, mice and people.",
                    significance="Larger trials in which people are split by chance are underway.")
    assert facts.design == "narrative-review"
    assert facts.randomized is None


def test_cells_grown_in_the_lab():
    facts = summary("Tendon cells were taken from the Achilles tendons of rats and grown in dishes. Some were treated "
                    "with the peptide; others were left untreated for comparison.")
    assert facts.species == "in-vitro"


@pytest.mark.parametrize("line, value", [
    ("Small, very similar group: everyone was a young, healthy vegetarian", "homogeneous"),
    ("Patients had a wide mix of infection sources and illness severity", "heterogeneous"),
    ("Patients had very different kinds and stages of memory problems", "heterogeneous"),
    ("People in the studies differed widely by country and age", "heterogeneous"),
    ("Adults and children with different sleep problems were combined", "heterogeneous"),
])
def test_population_heterogeneity_in_plain_words(line, value):
    facts = summary("Forty adults took the supplement for six weeks.", limitations=(line,),
                    participants="40 participants")
    assert facts.heterogeneity == value
