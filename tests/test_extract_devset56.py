"""Rules found on development set 56 (tests/devset56: pain, rheumatology and autoimmune disease), read by the rules
alone: drugs given "with identical-looking capsules" are masked, not set against a dummy; a control programme
"matched to MBSR for weekly meeting time" is attention-matched (placebo); a review's "sham injection or no
intervention" pools mixed comparators; a cohort "using the ... Biologics Register" is a registry cohort
(retrospective); a cohort's "starting etanercept, infliximab or adalimumab" lists one group's drugs, and its
"biologic-naive patients" are non-users (no-treatment); "The population was deliberately mixed" is a mixed
population."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- identical-looking capsules -------------------------------------------------------------------------------------

def test_two_drugs_with_identical_looking_capsules_are_active():
    f = site_summary("Methods: Double-blind randomised trial. 120 patients were allocated to prednisolone 35 mg once "
                     "daily or naproxen 500 mg twice daily for five days, with identical-looking capsules.").plain()
    assert f["control"] == "active"


def test_or_identical_looking_capsules_are_a_placebo():
    f = site_summary("Methods: Double-blind randomised trial. 120 patients were allocated to curcumin 500 mg twice "
                     "daily or identical-looking capsules for 12 weeks.").plain()
    assert f["control"] == "placebo"


# --- a control matched for meeting time -----------------------------------------------------------------------------

def test_programme_matched_for_meeting_time_is_placebo():
    f = site_summary("Methods: Non-randomised, controlled study. 58 women took part: 39 in MBSR and 19 in a control "
                     "programme of relaxation and stretching, matched to MBSR for weekly meeting time.").plain()
    assert f["control"] == "placebo"


def test_groups_matched_for_age_are_not_placebo():
    f = site_summary("Methods: Non-randomised, controlled study. 58 women took part: 39 in MBSR and 19 in a "
                     "relaxation programme, matched to the MBSR group for age and time since diagnosis.").plain()
    assert f["control"] != "placebo"


# --- a review's sham or nothing -------------------------------------------------------------------------------------

def test_sham_injection_or_no_intervention_is_mixed():
    f = site_summary("Methods: Systematic review and meta-analysis of randomised trials comparing intra-articular "
                     "hyaluronic acid with sham injection or no intervention in adults with knee osteoarthritis.").plain()
    assert f["control"] == "unknown"


def test_sham_injection_alone_is_placebo():
    f = site_summary("Methods: Systematic review and meta-analysis of randomised trials comparing intra-articular "
                     "hyaluronic acid with sham injection in adults with knee osteoarthritis.").plain()
    assert f["control"] == "placebo"


# --- a registry cohort ----------------------------------------------------------------------------------------------

def test_cohort_analysis_using_a_named_register_is_retrospective():
    f = site_summary("Methods: Observational cohort analysis using the British Society for Rheumatology Biologics "
                     "Register. Patients starting anti-TNF drugs were compared with patients on other drugs.").plain()
    assert f["timing"] == "retrospective"


def test_cohort_using_a_trials_register_is_not_retrospective():
    f = site_summary("Methods: Cohort study using the ISRCTN trials register to identify eligible clinics. Patients "
                     "starting anti-TNF drugs were compared with patients on other drugs.").plain()
    assert f["timing"] != "retrospective"


# --- drug-naive non-users in a cohort -------------------------------------------------------------------------------

def test_cohort_against_drug_naive_patients_is_no_treatment():
    f = site_summary("Methods: Observational cohort study. Patients starting etanercept, infliximab or adalimumab "
                     "(n = 7,664) were compared with biologic-naive patients treated with conventional "
                     "disease-modifying drugs (n = 1,354).").plain()
    assert f["control"] == "no-treatment"


def test_cohort_against_another_drug_is_active():
    f = site_summary("Methods: Observational cohort study. Patients starting etanercept (n = 7,664) were compared "
                     "with patients starting adalimumab (n = 1,354).").plain()
    assert f["control"] == "active"


# --- a mixed population ---------------------------------------------------------------------------------------------

def test_population_deliberately_mixed_is_heterogeneous():
    f = site_summary("Methods: Prospective cohort of patients with lupus. The population was deliberately mixed — "
                     "Hispanic, African American and Caucasian.").plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_samples_mixed_with_buffer_say_nothing_of_people():
    f = site_summary("Methods: Prospective cohort of patients with lupus. Serum samples were mixed with buffer "
                     "before assay.").plain()
    assert f["heterogeneity"] == "unknown"
