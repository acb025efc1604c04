"""Rules found with tests/devset19 and tests/devset20 (site-voice summaries, design in unusual places)."""
from __future__ import annotations

import pytest

from tests.test_extract_devset11 import summary as site_summary


# --- a placebo that masks a dose comparison is not the comparator -------------------------------

@pytest.mark.parametrize("methods", [
    "Randomized, double-blind, active-controlled trial in 25 care homes. High-dose group: vitamin D3 "
    "100,000 IU monthly; standard-dose group: monthly placebo plus 400 IU daily. Follow-up 12 months.",
    "Randomized, double-blind dose-comparison trial. High-dose group: drug X 100 mg monthly; low-dose "
    "group: a matching placebo injection each month plus drug X 10 mg daily.",
])
def test_placebo_masking_an_active_controlled_comparison_keeps_control_active(methods):
    assert site_summary(methods).control.value == "active"


@pytest.mark.parametrize("methods", [
    # a placebo arm named as well: three arms, the placebo is a comparator
    "Randomized, double-blind, placebo- and active-controlled trial. Adults received drug X, drug Y or placebo.",
    "Randomized, double-blind, active-controlled trial. Adults received drug X, drug Y, or placebo for 12 weeks.",
    # no active-controlled statement: a placebo given to the control group is the comparator
    "Randomized, double-blind trial. Adults received vitamin D3 100,000 IU monthly or a monthly placebo.",
])
def test_named_placebo_arm_stays_placebo(methods):
    assert site_summary(methods).control.value == "placebo"


# --- "narrow eligibility" ------------------------------------------------------------------------

def test_narrow_eligibility_is_a_homogeneous_population():
    f = site_summary("Randomized trial of vitamin D in 107 residents.",
                     limitations=("Narrow eligibility: long-term care residents from one region only",))
    assert f.heterogeneity.value == "homogeneous"


def test_a_narrow_eligibility_window_is_not_the_population():
    f = site_summary("Randomized trial of vitamin D in 107 residents.",
                     limitations=("Narrow eligibility window of 48 hours after admission",))
    assert f.heterogeneity.value == "unknown"


# --- the comparator is a regimen the trial delivers ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Adding an eating window did not produce more weight loss than calorie restriction alone.",
    "Drug X plus a supervised exercise programme versus the same exercise programme alone.",
    "Intermittent fasting with drug X was compared with intermittent fasting only.",
])
def test_delivered_regimen_alone_is_an_active_comparator(sentence):
    f = site_summary("Adults with obesity were assigned to one of two groups for 12 months. " + sentence)
    assert f.control.value == "active"


@pytest.mark.parametrize("sentence, control", [
    ("Drug X plus standard care versus standard care alone.", "usual-care"),
    ("Drug X added to statin therapy versus statin therapy alone.", "usual-care"),
    ("Drug X plus exercise versus placebo plus exercise; placebo alone did nothing.", "placebo"),
])
def test_care_or_placebo_alone_keeps_its_kind(sentence, control):
    f = site_summary("Randomized trial in adults for 12 months. " + sentence)
    assert f.control.value == control


# --- "either A, B, both, or no X treatment" ---------------------------------------------------------

def test_or_no_named_treatment_is_an_untreated_group_and_the_trial_prospective():
    f = site_summary("People over 60 attending a clinic received either peptide A, peptide B, both, or no "
                     "peptide treatment. Courses were repeated every 6 months.",
                     limitations=("Groups were not formed by randomization",), participants="266 participants")
    assert f.control.value == "no-treatment"
    assert f.design.value == "controlled-trial"
    assert f.timing.value == "prospective"


def test_or_no_treatment_effect_is_not_a_group():
    f = site_summary("Case series of 12 patients given drug X; outcomes improved or showed no significant "
                     "treatment effect.", participants="12 participants")
    assert f.control.value != "no-treatment"
