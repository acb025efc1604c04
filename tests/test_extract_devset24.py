"""Rules found on development set 24 (tests/devset24, observational studies and syntheses): a header that
counts kinds of studies ("45 cohort studies", "218 meta-analyses"), an umbrella review, individual
participant data pooled from counted studies, a review of observational studies only, "a single case",
a case series whose Clinical Significance names animal work, a cross-sectional analysis of a named
cohort said only in Limitations, population controls and "cases and controls", a usual or typical
diet as comparator, people listed among what differed, populations that "ranged from" one kind of
person to another, "a selected population", and peoples named as populations."""
from __future__ import annotations

import pytest

from tests.test_extract_devset11 import summary as site_summary


# --- header that counts studies of some kind ----------------------------------------------------

@pytest.mark.parametrize("header", ["31 cohort studies", "140 meta-analyses"])
def test_header_counting_kinds_of_studies_is_not_people(header):
    f = site_summary("Systematic review and meta-analysis of prospective cohort studies of tea drinking and stroke.",
                     participants=header).plain()
    assert f["n"] is None
    assert f["n_studies"] == int(header.split()[0])


def test_header_counting_people_still_gives_n():
    f = site_summary("Systematic review and meta-analysis of prospective cohort studies of tea drinking and stroke.",
                     participants="31,400 participants").plain()
    assert f["n"] == 31400


# --- umbrella review ------------------------------------------------------------------------------

def test_umbrella_review_of_meta_analyses_is_a_systematic_review():
    f = site_summary("Umbrella review. Databases were searched for meta-analyses of any study design on tea and "
                     "any health outcome; 96 meta-analyses were included.",
                     title="Tea and Health: An Umbrella Review of Meta-Analyses").plain()
    assert f["design"] == "systematic-review"


def test_meta_analysis_without_umbrella_stays_meta_analysis():
    f = site_summary("Systematic review. Databases were searched for cohort studies of tea and stroke; a random-effects "
                     "meta-analysis pooled 12 studies.",
                     title="Tea and Stroke: A Meta-Analysis").plain()
    assert f["design"] == "meta-analysis"


# --- individual participant data pooled from counted studies -----------------------------------------

def test_individual_participant_data_pooled_from_counted_studies_is_a_meta_analysis():
    f = site_summary("Individual patient data combined across 24 population cohorts in Asia. Adults with blood "
                     "pressure measured at entry.", participants="410,000 participants", duration="Mean 7 years").plain()
    assert f["design"] == "meta-analysis"
    assert f["n_studies"] == 24


def test_individual_data_of_one_cohort_is_not_a_meta_analysis():
    f = site_summary("Prospective cohort study. Individual patient data from one regional cohort of adults with "
                     "blood pressure measured at entry.", participants="4,100 participants").plain()
    assert f["design"] == "cohort"


# --- a review of observational studies only -----------------------------------------------------

def test_review_of_observational_studies_only_is_not_randomised():
    f = site_summary("Meta-analysis. 28 studies of nut intake and heart failure were pooled with random-effects models.",
                     limitations=("Observational studies only; confounding likely",)).plain()
    assert f["design"] == "meta-analysis"
    assert f["randomized"] is False


def test_review_of_cohorts_and_trials_is_not_called_non_randomised():
    f = site_summary("Meta-analysis of cohort studies and feeding trials of nut intake. 28 studies were pooled with "
                     "random-effects models.").plain()
    assert f["randomized"] is not False


# --- a single case ----------------------------------------------------------------------------

def test_single_case_in_limitations_is_a_case_report():
    f = site_summary("Hospital record of a farmer admitted with muscle weakness after weeks of drinking herbal tea; "
                     "laboratory tests and imaging.", participants="1 patient",
                     limitations=("Only a single case, so causation is uncertain",)).plain()
    assert f["design"] == "case-report"
    assert f["control"] == "none"


def test_single_case_of_an_event_in_a_trial_is_not_a_case_report():
    f = site_summary("Randomized, double-blind, placebo-controlled trial of 200 adults. A single case of rash "
                     "was seen in the treated arm.", participants="200 participants").plain()
    assert f["design"] == "rct"


# --- case series whose significance names animal work ----------------------------------------------

def test_case_series_is_not_made_animal_by_its_clinical_significance():
    f = site_summary("Patients referred to a headache clinic with attacks during sleep. Three men and three women "
                     "underwent imaging and overnight recording.", participants="6 patients",
                     limitations=("Six patients; no comparison group",),
                     significance="The pattern resembles that seen in lesioned rats.").plain()
    assert f["design"] == "case-series"


def test_animal_words_in_methods_still_block_the_case_series_reading():
    f = site_summary("Six rats with lesions of the brainstem were recorded overnight.", participants="6 patients",
                     limitations=("Six animals; no comparison group",)).plain()
    assert f["design"] != "case-series"


# --- cross-sectional analysis of a named cohort ------------------------------------------------------

def test_named_cohort_with_cross_sectional_limitation_is_cross_sectional():
    f = site_summary("Employees from the Ohio Heart Cohort Study, a community study of middle-aged workers. One "
                     "clinic visit each: blood tests and a sleep questionnaire.", participants="900 participants",
                     limitations=("Cross-sectional associations only; causality cannot be inferred",)).plain()
    assert f["design"] == "cross-sectional"


def test_cohort_followed_over_time_stays_a_cohort():
    f = site_summary("Employees from the Ohio Heart Cohort Study, followed prospectively for 10 years.",
                     participants="900 participants",
                     limitations=("Cross-sectional associations at baseline were not examined",)).plain()
    assert f["design"] == "cohort"


# --- population controls, cases and controls ----------------------------------------------------------

@pytest.mark.parametrize("methods, limitation", [
    ("212 men with a first stroke from four clinics and 250 community controls of similar age.", "Small study"),
    ("212 men with a first stroke from four clinics and 250 men of similar age without stroke.",
     "Recall of smoking may differ between cases and controls"),
])
def test_cases_against_recruited_controls_is_case_control(methods, limitation):
    f = site_summary(methods, participants="462 men", limitations=(limitation,)).plain()
    assert f["design"] == "case-control"
    assert f["randomized"] is False


def test_healthy_controls_in_a_trial_are_not_case_control():
    f = site_summary("Controlled trial: 40 patients with stroke received the drug and 40 healthy controls were "
                     "measured alongside.", participants="80 participants").plain()
    assert f["design"] != "case-control"


# --- usual or typical diet as comparator ---------------------------------------------------------

@pytest.mark.parametrize("methods", [
    "Randomized trial. Adults ate a low-salt diet compared with their usual sodium intake for 12 weeks.",
    "Randomized feeding trial. Adults were assigned to a Mediterranean diet or to a typical British control diet.",
    "Randomized feeding trial. Adults were assigned to the control diet (typical Western intake) or a high-fibre diet.",
])
def test_usual_or_typical_diet_comparator_is_usual_care(methods):
    assert site_summary(methods).plain()["control"] == "usual-care"


def test_usual_intake_measured_in_a_cohort_is_not_a_comparator():
    f = site_summary("Prospective cohort study. Usual sodium intake was assessed by questionnaire in 5,000 adults.").plain()
    assert f["control"] != "usual-care"


# --- population heterogeneity ------------------------------------------------------------------------

@pytest.mark.parametrize("limitation", [
    "Patients, doses and countries differed widely between studies",
    "Samples ranged from students to frail nursing-home residents",
])
def test_people_who_differed_or_ranged_are_heterogeneous(limitation):
    f = site_summary("Meta-analysis of 20 randomized trials of exercise.", limitations=(limitation,)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_ages_that_ranged_are_not_heterogeneity():
    f = site_summary("Meta-analysis of 20 randomized trials of exercise.",
                     limitations=("Participants ranged from 40 to 60 years",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_a_selected_population_is_homogeneous():
    f = site_summary("Randomized, double-blind, placebo-controlled trial in 300 adults.",
                     limitations=("Excluded anyone with heart disease, giving a selected population",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_a_randomly_selected_sample_is_not_homogeneous():
    f = site_summary("Survey of a randomly selected sample of 3,000 adults.").plain()
    assert f["heterogeneity"] != "homogeneous"


# --- peoples named as populations --------------------------------------------------------------

def test_peoples_named_as_populations_are_human():
    f = site_summary("Dose-response meta-analysis of 30 prospective studies of fish intake and dementia.",
                     participants="30 studies", limitations=("Mostly Asian and Scandinavian populations",)).plain()
    assert f["species"] == "human"


def test_cell_populations_are_not_people():
    f = site_summary("Cultured cells were exposed to fish oil; T-cell populations were counted.",
                     participants="N/A", limitations=("Cell populations only",)).plain()
    assert f["species"] != "human"
