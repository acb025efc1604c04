"""Rules found on development set 17 (tests/devset17: control groups, population heterogeneity and
design traps): an I² glued to a lower-case table cell, "heterogeneous responses" (not the population),
"narrow inclusion criteria" and a "wide age range", blinding said to be "not possible" after the word,
an untreated group said not to exist, a case-control study nested in a cohort, and an open-label
extension of a randomised trial."""
from __future__ import annotations

import pytest

from appraisal.facts.numbers import table_i2
from appraisal.models import Facts
from tests.test_extract_devset11 import summary as site_summary


def summary(methods: str, participants: str = "100 participants", duration: str = "N/A",
            limitations: tuple[str, ...] = ("Single centre",), table: str = "") -> Facts:
    """Facts of a summary in the site's layout, read by the summary reader."""
    return site_summary(methods, participants=participants, duration=duration, limitations=limitations,
                        table=table, background="Earlier data were few.", compounds="Resveratrol",
                        conditions="Diabetes")


# --- I² glued to the end of a lower-case cell --------------------------------------------------------

@pytest.mark.parametrize("cell, want", [
    ("Overall heterogeneity, fasting glucoseI² = 71%--", [71.0]),
    ("Fasting insulinI2 = 40%-", [40.0]),
    ("1.60 to 5.74I² = 56%", [56.0]),
    ("Outcome95% CI2 = 5%", []),        # a capital before: "CI2" is another word
])
def test_i2_after_a_glued_lower_case_cell(cell, want):
    assert [v for v, _ in table_i2(cell)] == want


def test_i2_in_a_meta_analysis_table_row():
    table = ("OutcomeDiabeticNon-Diabeticp-value\nFasting glucose (mg/dL)-35No change<0.01\n"
             "Overall heterogeneity, fasting glucoseI² = 71%--")
    facts = summary("Systematic review and meta-analysis. 11 randomized, placebo-controlled trials with 388 participants.",
                    participants="388 participants", table=table)
    assert facts.i2 == 71


# --- heterogeneity: responses are not the population; criteria and age range are -------------------

@pytest.mark.parametrize("limitation", [
    "Heterogeneous responses: a subset of participants appeared to improve while others declined",
    "Heterogeneous treatment effects between participants",
    "Results were heterogeneous across outcomes",
])
def test_heterogeneous_responses_leave_the_population_unknown(limitation):
    facts = summary("Randomized, double-blind, placebo-controlled trial. 100 adults took spermidine or placebo.",
                    limitations=(limitation,))
    assert facts.heterogeneity == "unknown"


def test_heterogeneous_population_still_read():
    facts = summary("Randomized, double-blind, placebo-controlled trial. 100 adults took spermidine or placebo.",
                    limitations=("Heterogeneous population mixing diabetic and healthy participants",))
    assert facts.heterogeneity == "heterogeneous"


@pytest.mark.parametrize("sentence", [
    "Narrow inclusion criteria: oligomenorrhoea, BMI under 30, no hormonal treatment.",
    "Restrictive eligibility criteria limited entry to non-smoking women.",
    "Women within a narrow age range (25-30 years) were enrolled.",
])
def test_narrow_criteria_make_a_homogeneous_population(sentence):
    facts = summary("Randomized, active-comparator trial. 50 women took myo-inositol or metformin. " + sentence)
    assert facts.heterogeneity == "homogeneous"


@pytest.mark.parametrize("sentence", [
    "Wide age range (about 35-80 years) and varied comorbidities.",
    "Men across a broad age range were included.",
])
def test_wide_age_range_makes_a_heterogeneous_population(sentence):
    facts = summary("Prospective registry study (observational cohort). 656 men with hypogonadism. " + sentence)
    assert facts.heterogeneity == "heterogeneous"


def test_inclusion_criteria_alone_say_nothing():
    facts = summary("Randomized, active-comparator trial. 50 women took myo-inositol or metformin. "
                    "Inclusion criteria: oligomenorrhoea and BMI under 30.")
    assert facts.heterogeneity == "unknown"


# --- blinding said to be impossible after the word ---------------------------------------------------

@pytest.mark.parametrize("limitation", [
    "Participants were not blinded (blinding cold exposure is not possible)",
    "Blinding of participants was impossible",
    "Masking of the surgeons was not feasible",
])
def test_blinding_not_possible_is_open(limitation):
    facts = summary("Non-randomised controlled trial. 12 men underwent cold exposure; 10 served as a no-treatment "
                    "control group.", limitations=(limitation,))
    assert facts.blinding == "open"


def test_blinding_possible_for_one_party_stays_single():
    facts = summary("Non-randomised controlled trial. 12 men underwent cold exposure; 10 served as a no-treatment "
                    "control group.", limitations=("Blinding of participants was not possible, but outcome assessors "
                                                   "were blinded",))
    assert facts.blinding == "single"


# --- an untreated group said not to exist -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "There was no untreated FH group.",
    "There was no concurrent untreated control group.",
])
def test_denied_untreated_group_is_no_control_nor_trial(sentence):
    facts = summary("Prospective follow-up cohort. 214 children with FH were followed for 20 years on statin "
                    "therapy. 95 unaffected siblings were examined as a healthy reference group. " + sentence,
                    limitations=("No untreated FH control group",))
    assert facts.design == "cohort"
    assert facts.control == "unknown"


def test_untreated_group_still_read():
    facts = summary("Prospective cohort. 360 men received testosterone; 296 untreated patients served as the "
                    "comparison group.")
    assert facts.control == "no-treatment"


# --- a case-control study nested in a cohort -----------------------------------------------------------

@pytest.mark.parametrize("methods", [
    "Nested case-control study within a population-based cohort of men in UK primary care. 19,215 cases were "
    "matched to 909,530 controls. Current testosterone use was compared with no use.",
    "Case-control study nested in the UK Biobank cohort. 500 cases were matched to 2,000 controls. Users were "
    "compared with non-users.",
])
def test_nested_case_control_is_case_control(methods):
    facts = summary(methods)
    assert facts.design == "case-control"
    assert facts.control == "unknown"


def test_cohort_analysed_as_a_cohort_stays_cohort():
    facts = summary("Prospective cohort of 5,000 men followed for 8 years. A case-control comparison was also made.")
    assert facts.design == "cohort"


# --- an open-label extension of a randomised trial -------------------------------------------------------

_EXTENSION = ("Prospective, open-label extension. After the 28-week randomized, double-blind, placebo-controlled "
              "crossover part of TAZPOWER (12 patients), 10 men continued on elamipretide 40 mg daily. In the "
              "extension all participants received the active drug, with no comparison group.")


def test_open_label_extension_is_a_single_arm_study():
    facts = summary(_EXTENSION, participants="10 participants",
                    limitations=("No control arm during the extension",
                                 "The preceding randomized crossover phase did not meet its primary endpoint"))
    assert facts.design == "case-series"
    assert facts.randomized is False
    assert facts.blinding == "open"


def test_randomised_trial_with_an_extension_phase_stays_rct():
    facts = summary("Randomized, double-blind, placebo-controlled trial. The 24-week randomized double-blind phase "
                    "was followed by a 24-week open-label extension phase.")
    assert facts.design == "rct"
    assert facts.randomized is True
    assert facts.blinding == "double"
