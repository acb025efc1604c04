"""Rules found on development set 44 (tests/devset44: surgery, anaesthesia, critical care and emergency medicine),
read by the rules alone: "The control group received the same standard resuscitation without vitamin C" kept the
standard care without the add-on (usual care); "two parallel double-blind, placebo-controlled randomised trials" where
the study describes itself are its own twin trials, not other studies; a review's "All randomised controlled trials
... were identified" is its search, so its evidence is randomised; its "Control groups received A, B or C" names
mixed comparators; "trials that compared two or more resuscitation fluids" compare active treatments; "The trial
populations differed widely" is said of the people; and a header "462 cases, 462 controls" counts both groups."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- the control group kept the standard care without the add-on -------------------------------------------------

def test_control_group_given_the_same_standard_care_without_the_drug_is_usual_care():
    f = site_summary("Randomised trial. 40 adults were allocated to the drug or control. The control group received "
                     "the same standard resuscitation without the drug.").plain()
    assert f["control"] == "usual-care"


def test_control_group_given_standard_care_plus_a_matching_infusion_is_no_usual_care():
    f = site_summary("Randomised trial. 40 adults were allocated to the drug or control. The control group received "
                     "the same standard resuscitation plus a matching saline infusion.").plain()
    assert f["control"] == "placebo"


# --- twin trials reported together -------------------------------------------------------------------------------

def test_two_parallel_randomised_trials_are_the_study_itself():
    f = site_summary("In two parallel double-blind, placebo-controlled randomised trials, 500 adults received the "
                     "drug or placebo by daily injection.").plain()
    assert f["design"] == "rct"
    assert f["randomized"] is True


def test_two_parallel_randomised_trials_in_clinical_significance_are_other_studies():
    f = site_summary("Single-arm study in which 40 adults received the drug.",
                     significance="In two parallel double-blind, placebo-controlled randomised trials, the drug "
                                  "later failed.").plain()
    assert f["design"] == "case-series"
    assert f["randomized"] is not True


# --- a review's search -------------------------------------------------------------------------------------------

def test_review_whose_randomised_trials_were_identified_is_randomised():
    f = site_summary("Systematic review and meta-analysis. All randomised controlled trials of the drug in adults "
                     "published from 1990 to 2010 were identified.").plain()
    assert f["design"] == "meta-analysis"
    assert f["randomized"] is True


def test_randomised_trials_that_identified_a_finding_are_other_studies():
    f = site_summary("Prospective cohort study of 300 adults who took the drug or did not. Randomised controlled "
                     "trials have identified no benefit of the drug.").plain()
    assert f["design"] == "cohort"
    assert f["randomized"] is not True


# --- a review's control groups given one of several things -------------------------------------------------------

def test_review_control_groups_given_one_of_three_things_are_mixed():
    f = site_summary("Systematic review and meta-analysis of 12 randomised trials. Control groups received nutrition "
                     "without the drug, matched amino acids or saline.").plain()
    assert f["control"] == "unknown"


def test_review_control_groups_given_saline_alone_are_placebo():
    f = site_summary("Systematic review and meta-analysis of 12 randomised trials. Control groups received a matching "
                     "saline infusion.").plain()
    assert f["control"] == "placebo"


# --- trials comparing treatments with each other -----------------------------------------------------------------

def test_trials_comparing_two_or_more_fluids_are_an_active_comparison():
    f = site_summary("Systematic review and network meta-analysis. Randomised trials that compared two or more "
                     "resuscitation fluids (albumin, starch, gelatin) were included: 10 trials with 5,000 "
                     "patients.").plain()
    assert f["control"] == "active"


def test_a_trial_comparing_two_groups_with_placebo_is_no_active_comparison():
    f = site_summary("A randomised trial compared two groups of 50 adults given the drug or a placebo.").plain()
    assert f["control"] == "placebo"


# --- trial populations that differed -----------------------------------------------------------------------------

def test_trial_populations_differed_widely_is_heterogeneous():
    f = site_summary("Meta-analysis of 12 randomised trials. The trial populations differed widely, including "
                     "surgical and medical patients.").plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_trial_durations_differed_widely_say_nothing_of_the_people():
    f = site_summary("Meta-analysis of 12 randomised trials. The trial durations differed widely, from 5 to 20 "
                     "days.").plain()
    assert f["heterogeneity"] == "unknown"


# --- cases and controls in the header ----------------------------------------------------------------------------

def test_header_cases_comma_controls_counts_both_groups():
    f = site_summary("Case-control study. Cases were matched to controls on age and sex.",
                     participants="462 cases, 462 controls").plain()
    assert f["n"] == 924


def test_header_cases_alone_count_the_cases():
    f = site_summary("Case-control study. Cases were matched to controls on age and sex.",
                     participants="462 cases").plain()
    assert f["n"] == 462
