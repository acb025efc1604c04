"""Rules found on development set 91 (tests/devset91: supplements), read by the rules alone: "Confirmation needs a
randomised placebo-controlled trial" is a trial wished for, not this study; "ADNI participants: 229 cognitively normal
older adults, 397 with mild cognitive impairment, and 193 with Alzheimer's disease" adds the groups listed after the
colon; a header "18 and 12 years" gives two lengths (no single duration); "Restricted to mild, untreated, uncomplicated
hypertension" and "Restricted to one ethnic group in one London borough" narrow who was studied; the control group "who
received breast milk alone as standard feeding" had usual care; "more than lifestyle advice alone" and "All 48 received
the same lifestyle recommendations" give every arm the trial's own advice (active); "G93A mice on the ordinary,
unsupplemented diet served as comparison" went untreated."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a trial the question needs -------------------------------------------------------------------------------------

def test_needs_a_randomised_trial_is_a_study_wished_for():
    f = site_summary("Methods: Retrospective cohort analysis of an imaging study. Participants who reported fish oil use "
                     "were compared with those who reported none.",
                     limitations=("Confirmation needs a randomised placebo-controlled trial started in cognitively normal "
                                  "older adults",)).plain()
    assert f["design"] == "cohort"
    assert f["randomized"] is False
    assert f["control"] != "placebo"


def test_needs_a_daily_injection_in_this_trial_is_still_this_trial():
    f = site_summary("Methods: In this randomised, placebo-controlled trial each of the 80 patients needs a daily "
                     "injection for 12 weeks.").plain()
    assert f["design"] == "rct"
    assert f["control"] == "placebo"


# --- groups listed after a colon ------------------------------------------------------------------------------------

def test_groups_by_condition_after_a_colon_add_up():
    f = site_summary("Methods: The analysis drew on ADNI participants: 229 cognitively normal older adults, 397 with mild "
                     "cognitive impairment, and 193 with Alzheimer's disease.").plain()
    assert f["n"] == 819


def test_subsets_named_after_a_plain_count_do_not_add_up():
    f = site_summary("Methods: Prospective cohort. The study followed its participants: 500 adults, 120 with diabetes and "
                     "80 with hypertension.").plain()
    assert f["n"] == 500


def test_an_open_list_of_subsets_does_not_add_up():
    f = site_summary("Methods: Prospective cohort. The study followed its participants: 500 older community adults, 120 "
                     "with diabetes.").plain()
    assert f["n"] == 500


# --- two follow-up lengths in the header ----------------------------------------------------------------------------

def test_header_with_two_lengths_joined_by_and_has_no_duration():
    f = site_summary("Methods: Two prospective cohort studies followed for 18 and 12 years.",
                     duration="18 and 12 years").plain()
    assert f["duration_days"] is None


def test_header_with_one_length_keeps_it():
    f = site_summary("Methods: Prospective cohort study.", duration="12 years").plain()
    assert f["duration_days"] == 4380


# --- restricted to one stage of an illness, or one ethnic group -----------------------------------------------------

def test_restricted_to_mild_untreated_hypertension_is_homogeneous():
    f = site_summary("Methods: Controlled, open study of magnesium in 48 patients.",
                     limitations=("Restricted to mild, untreated, uncomplicated hypertension",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_side_effects_restricted_to_mild_nausea_say_nothing_of_the_people():
    f = site_summary("Methods: Controlled, open study of magnesium in 48 patients. Side effects were restricted to mild "
                     "nausea.").plain()
    assert f["heterogeneity"] == "unknown"


def test_restricted_to_one_ethnic_group_is_homogeneous():
    f = site_summary("Methods: Case-control study of 126 cases and 116 controls.",
                     limitations=("Restricted to one ethnic group in one London borough",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_an_analysis_restricted_to_one_ethnic_group_is_not_the_sample():
    f = site_summary("Methods: Case-control study of 126 cases and 116 controls. A subgroup analysis restricted to one "
                     "ethnic group gave the same result.").plain()
    assert f["heterogeneity"] == "unknown"


# --- the standard feeding alone -------------------------------------------------------------------------------------

def test_breast_milk_alone_as_standard_feeding_is_usual_care():
    f = site_summary("Methods: Randomized trial. Infants were allocated to the probiotic group, who received the probiotic "
                     "mixed into breast milk, or to the control group, who received breast milk alone as standard "
                     "feeding. No placebo was given.").plain()
    assert f["control"] == "usual-care"


def test_standard_feeding_given_to_all_is_not_the_comparator():
    f = site_summary("Methods: Randomized trial. Infants were allocated to probiotic drops or identical placebo drops; all "
                     "infants received breast milk as standard feeding.").plain()
    assert f["control"] == "placebo"


# --- lifestyle advice given to every arm ----------------------------------------------------------------------------

def test_all_given_the_same_lifestyle_recommendations_is_active():
    f = site_summary("Methods: Controlled, open study. All 48 received the same lifestyle recommendations from the study "
                     "team. Twenty-four also took magnesium 600 mg daily; the other 24 received the lifestyle "
                     "recommendations only.", participants="48 participants").plain()
    assert f["control"] == "active"
    assert f["timing"] == "prospective"


def test_more_than_lifestyle_advice_alone_is_active():
    f = site_summary("Methods: Controlled, open study in 48 patients with mild hypertension.",
                     significance="Magnesium lowered blood pressure more than lifestyle advice alone.").plain()
    assert f["control"] == "active"


def test_all_given_the_same_usual_advice_is_not_active():
    f = site_summary("Methods: Randomised trial. All 120 received the same usual dietary advice from their doctor; 60 "
                     "also took magnesium and 60 took identical placebo tablets.").plain()
    assert f["control"] == "placebo"


# --- animals on the ordinary, unsupplemented diet -------------------------------------------------------------------

def test_mice_on_the_ordinary_unsupplemented_diet_as_comparison_are_untreated():
    f = site_summary("Methods: Transgenic mice were fed a diet supplemented with 1% or 2% creatine from 70 days of age; "
                     "G93A mice on the ordinary, unsupplemented diet served as comparison.", compounds="Creatine").plain()
    assert f["control"] == "no-treatment"


def test_all_mice_on_the_ordinary_diet_name_no_comparison():
    f = site_summary("Methods: Transgenic mice were kept on the ordinary, unsupplemented diet and given creatine by "
                     "gavage from 70 days of age.", compounds="Creatine").plain()
    assert f["control"] != "no-treatment"
