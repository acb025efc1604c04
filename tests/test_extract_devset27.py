"""Rules found on development set 27 (tests/devset27): population spread said as "a wide range of
baseline <state>" or as two kinds of people "pooled" together; a population "restricted to" some
diagnoses (homogeneous); outcomes "heterogeneously defined" (not the population); a dummy product
"matched for taste" (placebo); comparison with general-population rates or an SMR (historical); a
cohort assembled from a registry (retrospective); a review's comparators "placebo or X alone"
(mixed, unknown); a header "27 trials (2,994 men)" (pooled people); and a review's blinding, which
belongs to its included trials unless it re-analysed their individual participants."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary

_RCT = "Randomized, double-blind trial. Adults with knee pain took the supplement or placebo for 12 weeks."


# --- population spread ---------------------------------------------------------------------------

def test_wide_range_of_baseline_state_is_heterogeneous():
    f = site_summary(_RCT, limitations=("Walkers and wheelchair users took part, a broad spread of baseline mobility",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_wide_range_of_disease_severity_is_heterogeneous():
    f = site_summary(_RCT, limitations=("A wide range of disease severity at entry",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_wide_range_of_doses_is_not_population_spread():
    f = site_summary(_RCT, limitations=("A wide range of baseline doses was carried into the trial",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_two_kinds_of_people_pooled_are_heterogeneous():
    f = site_summary("Meta-analysis of 9 randomized trials (1,800 participants).",
                     limitations=("The trials lumped together ambulatory and hospitalised patients",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_pooled_arms_are_not_population_spread():
    f = site_summary("Randomized trial. Adults took the supplement or placebo for 12 weeks.",
                     limitations=("The analysis pooled the placebo and usual-care groups",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_population_restricted_to_diagnoses_is_homogeneous():
    f = site_summary("Cohort study of children treated with the hormone.",
                     limitations=("Enrolment was confined to mild, uncomplicated cases",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_sample_restricted_to_a_number_is_not_homogeneous():
    f = site_summary("Cohort study of children treated with the hormone.",
                     limitations=("The sample was restricted to 40 children by funding",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_heterogeneously_defined_outcomes_are_not_population_spread():
    f = site_summary("Meta-analysis of 14 randomized trials (2,100 participants).",
                     limitations=("Fractures were heterogeneously recorded across trials",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_heterogeneous_patients_still_count():
    f = site_summary(_RCT, limitations=("Heterogeneous patients, from mild to severe arthritis",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


# --- controls ------------------------------------------------------------------------------------

def test_flavour_matched_product_is_placebo_beside_a_no_intervention_arm():
    f = site_summary("Randomized trial. Volunteers drank the cultured yoghurt, a plain drink identical in flavour, "
                     "or nothing (no intervention) each day for 6 weeks.").plain()
    assert f["control"] == "placebo"


def test_controls_matched_for_age_are_not_placebo():
    f = site_summary("Non-randomized trial. Treated volunteers were compared with untreated controls matched "
                     "for age and sex over 6 weeks.").plain()
    assert f["control"] != "placebo"


def test_general_population_rates_are_a_historical_comparison():
    f = site_summary("Registry-based cohort of 3,000 adults treated in childhood. Deaths were set against "
                     "expected national-population mortality figures (standardised mortality ratios).",
                     limitations=("Not compared with an untreated group of the same condition",)).plain()
    assert f["control"] == "historical"


def test_people_recruited_from_the_general_population_are_not_a_comparison():
    f = site_summary("Prospective cohort study. 2,000 adults were recruited from the general population and "
                     "vitamin D users were compared with non-users over 8 years.").plain()
    assert f["control"] != "historical"


def test_placebo_or_co_treatment_alone_in_a_review_is_mixed():
    f = site_summary("Meta-analysis of 10 placebo-controlled randomized trials (3,100 participants): zinc with or "
                     "without copper was compared with placebo or copper alone.").plain()
    assert f["control"] == "unknown"


def test_placebo_only_in_a_review_stays_placebo():
    f = site_summary("Meta-analysis of 10 placebo-controlled randomized trials (3,100 participants) of zinc "
                     "with or without copper.").plain()
    assert f["control"] == "placebo"


# --- timing --------------------------------------------------------------------------------------

def test_cohort_built_from_a_registry_is_retrospective():
    f = site_summary("Population-based cohort built from the Danish national prescription registry of all "
                     "adults who began the drug in 2005-2010.").plain()
    assert f["timing"] == "retrospective"


def test_registry_cohort_followed_prospectively_stays_prospective():
    f = site_summary("Cohort drawn from a national registry and followed prospectively for 5 years after "
                     "enrolment.").plain()
    assert f["timing"] == "prospective"


# --- counts --------------------------------------------------------------------------------------

def test_header_with_trials_and_bracketed_people_gives_both_counts():
    f = site_summary("Systematic review and meta-analysis of placebo-controlled randomized trials.",
                     participants="14 trials (1,730 women)").plain()
    assert f["n"] == 1730
    assert f["n_studies"] == 14


def test_header_with_trials_only_gives_no_people():
    f = site_summary("Systematic review and meta-analysis of placebo-controlled randomized trials.",
                     participants="14 trials").plain()
    assert f["n"] is None
    assert f["n_studies"] == 14


# --- a review's blinding -------------------------------------------------------------------------

def test_review_of_masked_trials_has_no_blinding_of_its_own():
    f = site_summary("Meta-analysis of 11 double-masked randomized trials (4,000 participants) against placebo.").plain()
    assert f["design"] == "meta-analysis"
    assert f["blinding"] == "unknown"


def test_individual_participant_data_review_keeps_the_trials_blinding():
    f = site_summary("Meta-analysis of individual participant data from 11 double-blind, placebo-controlled "
                     "randomized trials (4,000 participants).").plain()
    assert f["design"] == "meta-analysis"
    assert f["blinding"] == "double"
