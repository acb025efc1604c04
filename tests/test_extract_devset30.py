"""Rules found on development set 30 (tests/devset30): masking kept from mothers and field workers, a
person named inside "which group the patient was in", knowing about the new regimen, a control group
that "received no" study product, controls who kept their existing care "without" the add-on, mixed
illness types and varying diagnoses, a denied concurrent group with historical controls (cohort), a
named cohort that only supplied data to a case-control study, "N cases and M controls" in the header,
and review comparators "placebo or another treatment"."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- who was kept unaware ------------------------------------------------------------------------

def test_masked_from_mothers_and_field_workers_is_double():
    f = site_summary("Infants were randomly assigned to zinc syrup or an identical placebo syrup for six months. "
                     "Which syrup each family received was masked from the mothers and from the health workers "
                     "who counted episodes of illness.").plain()
    assert f["blinding"] == "double"


def test_masked_from_mothers_only_is_single():
    f = site_summary("Infants were randomly assigned to zinc syrup or an identical placebo syrup for six months. "
                     "The syrup given was masked from the mothers.").plain()
    assert f["blinding"] == "single"


def test_person_in_which_group_clause_is_not_kept_unaware():
    f = site_summary("Sixty residents were randomly assigned to music sessions or to the control group. "
                     "Agitation was scored by nurses who did not know which group the participant had joined.").plain()
    assert f["blinding"] == "single"


def test_two_parties_unaware_stay_double():
    f = site_summary("Sixty residents were randomly assigned to music sessions or to sham sessions. "
                     "Neither the participants nor the nurses knew which group each resident had joined.").plain()
    assert f["blinding"] == "double"


def test_knowing_about_the_new_regimen_is_open():
    f = site_summary("In 1900 one barracks received a new ration with more barley while the other kept the old "
                     "ration; scurvy cases were counted for six months.",
                     limitations=("Soldiers were not randomly allocated and knew about the new ration",)).plain()
    assert f["blinding"] == "open"


def test_knowing_about_the_study_is_not_open():
    f = site_summary("In 1900 one barracks received a new ration with more barley while the other kept the old "
                     "ration; scurvy cases were counted for six months.",
                     limitations=("Soldiers knew about the study from newspapers",)).plain()
    assert f["blinding"] == "unknown"


# --- controls that received nothing, or kept their care ---------------------------------------------

def test_control_group_received_no_product_is_no_treatment():
    f = site_summary("Two hundred women with osteopenia were randomly divided into two groups. The supplement group "
                     "(n = 100) took calcium 1 g daily; the control group (n = 100) received no calcium. Both groups "
                     "were followed for two years.", compounds="Calcium").plain()
    assert f["control"] == "no-treatment"


def test_treated_group_received_no_changes_is_not_no_treatment():
    f = site_summary("Two hundred women were randomly divided into two groups. The calcium group (n = 100) received "
                     "no dose changes during the study; the other group took placebo.", compounds="Calcium").plain()
    assert f["control"] == "placebo"


def test_controls_kept_existing_care_without_the_add_on_is_usual_care():
    f = site_summary("Forty outpatients were randomly assigned to acupuncture or to the comparison arm. The "
                     "comparison arm continued their current treatment without the needles.",
                     compounds="Acupuncture").plain()
    assert f["control"] == "usual-care"


def test_continuing_current_treatment_alone_in_one_arm_study_is_not_usual_care():
    f = site_summary("Single-arm pilot. Forty outpatients received acupuncture and continued their current "
                     "treatment throughout.", compounds="Acupuncture").plain()
    assert f["control"] != "usual-care"


# --- heterogeneity of who was studied -----------------------------------------------------------------

def test_mixed_illness_types_are_heterogeneous():
    f = site_summary("Randomized trial of a herbal tea in 80 adults with headache.",
                     limitations=("Mixed headache types among a modest number of patients",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_varying_diagnoses_are_heterogeneous():
    f = site_summary("Meta-analysis of 12 randomised trials of lavender oil in 900 adults with anxiety.",
                     limitations=("Trials enrolled adults with varying anxiety diagnoses",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_mixed_cell_types_and_varying_doses_are_not_population():
    f = site_summary("In vitro study. Cultures with mixed cell types were exposed to varying doses of the extract.",
                     participants="Cell cultures").plain()
    assert f["heterogeneity"] == "unknown"


def test_mixed_fat_types_in_diets_are_not_population():
    f = site_summary("Randomized feeding trial in 40 healthy men. Test meals had mixed fat types in each portion.",
                     compounds="Olive oil").plain()
    assert f["heterogeneity"] != "heterogeneous"


# --- historical comparison without a design word ------------------------------------------------------

def test_denied_concurrent_group_with_historical_controls_is_cohort():
    f = site_summary("In 1950 a sanatorium gave 120 patients a new diet rich in fresh vegetables for a year, and "
                     "counted relapses.",
                     limitations=("The comparison was with patients treated in earlier years (historical controls), "
                                  "not a concurrent group",)).plain()
    assert f["design"] == "cohort"
    assert f["control"] == "historical"


def test_historical_controls_alone_name_no_design():
    f = site_summary("In 1950 a sanatorium gave 120 patients a new diet rich in fresh vegetables for a year; 130 "
                     "patients from earlier years served as historical controls.").plain()
    assert f["control"] == "historical"
    assert f["design"] == "unknown"


def test_concurrent_group_not_denied_stays_a_controlled_trial():
    f = site_summary("In 1950 a sanatorium gave 120 patients a new diet rich in fresh vegetables for a year, and "
                     "compared relapses with a concurrent control group on the old diet.").plain()
    assert f["design"] == "controlled-trial"


# --- a named cohort as a data source in a case-control study -------------------------------------------

def test_named_cohort_supplying_data_does_not_make_a_case_control_study_a_cohort():
    f = site_summary("Cases were 150 adults with gastric cancer; controls were 300 neighbours matched for age and sex. "
                     "As a check, salt intake was compared with urine sodium in volunteers from the Ardabil "
                     "Cohort Study.",
                     title="Salty Food and Gastric Cancer: A Case-Control Study",
                     limitations=("Case-control design with recalled diet",)).plain()
    assert f["design"] == "case-control"


def test_cohort_in_own_words_stays_cohort_despite_case_control_limitation():
    f = site_summary("Prospective cohort study of 5,000 adults followed for ten years for gastric cancer.",
                     limitations=("Unlike a case-control design, diet was recorded before diagnosis",)).plain()
    assert f["design"] == "cohort"


# --- header counts of cases and controls ------------------------------------------------------------

def test_header_cases_and_controls_are_added():
    f = site_summary("Case-control study. Cases had hip fracture; controls were matched for age and sex.",
                     participants="120 cases and 240 controls").plain()
    assert f["n"] == 360


def test_header_participants_alone_is_unchanged():
    f = site_summary("Case-control study. Cases had hip fracture; controls were matched for age and sex.",
                     participants="360 participants").plain()
    assert f["n"] == 360


# --- review comparators ---------------------------------------------------------------------------

def test_review_of_placebo_or_another_treatment_has_unknown_control():
    f = site_summary("Meta-analysis. Trials were eligible if they were randomised and compared the extract with "
                     "placebo or with another treatment. In all, 14 trials with 1,100 patients were included.",
                     participants="14 trials (1,100 patients)").plain()
    assert f["design"] == "meta-analysis"
    assert f["control"] == "unknown"


def test_review_of_placebo_controlled_trials_stays_placebo():
    f = site_summary("Meta-analysis. Trials were eligible if they were randomised and compared the extract with "
                     "placebo. In all, 14 trials with 1,100 patients were included.",
                     participants="14 trials (1,100 patients)").plain()
    assert f["control"] == "placebo"
