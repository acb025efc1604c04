"""Rules found on development set 35 (tests/devset35): a pooled analysis of individual patient data is a
meta-analysis; "a broad range of <one disease>" is a heterogeneous population; people "with <condition> not
taking" the drug are an untreated comparison; a review whose trials compared drugs "with each other" and with
sham has mixed comparators; in an animal or cell study, a trial in people named in Clinical Significance and
"human <disease> is heterogeneous" say nothing of the study itself; "ordinary water" and untreated cells of a
named type are untreated controls; control units that kept their usual routine are usual care; and a
crossover that lists its conditions, the control one spelled out as a regimen, compares regimens (active)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- pooled analysis of individual patient data ----------------------------------------------------

def test_pooled_analysis_of_individual_patient_data_is_a_meta_analysis():
    f = site_summary("A pooled analysis of individual participant data from three double-blind trials of "
                     "the drug in heart failure, all of which had assigned patients at random to the drug or placebo.",
                     participants="9,400 participants", compounds="Dapagliflozin").plain()
    assert f["design"] == "meta-analysis"
    assert f["timing"] == "unknown"
    assert f["n_studies"] == 3


def test_individual_patient_data_of_one_trial_is_not_a_meta_analysis():
    f = site_summary("Randomized, double-blind trial; individual patient data were analysed by the sponsor. "
                     "Adults were assigned to dapagliflozin or placebo.", compounds="Dapagliflozin").plain()
    assert f["design"] == "rct"


# --- a broad range of one disease ----------------------------------------------------------------

def test_broad_range_of_one_disease_is_heterogeneous():
    f = site_summary("Randomized trial in adults with a wide range of chronic liver disease, from mild fibrosis "
                     "to compensated cirrhosis, assigned to the drug or placebo.").plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_broad_range_of_diseases_as_outcomes_is_not_population_heterogeneity():
    f = site_summary("Randomized trial in healthy adults assigned to the supplement or placebo; the outcomes "
                     "were a broad range of disease outcomes and a broad range of diseases recorded in registries.").plain()
    assert f["heterogeneity"] == "unknown"


# --- people with a condition not taking the drug -----------------------------------------------------

def test_people_with_condition_not_taking_the_drug_are_untreated_comparison():
    f = site_summary("Retrospective cohort study of insurance claims. Statin users were compared with adults "
                     "with hypertension not taking a statin.", compounds="Atorvastatin").plain()
    assert f["design"] == "cohort"
    assert f["control"] == "no-treatment"


def test_people_with_condition_compared_by_level_are_not_untreated():
    f = site_summary("Retrospective cohort study of insurance claims. Statin users were compared with adults "
                     "with hypertension and higher cholesterol.", compounds="Atorvastatin").plain()
    assert f["control"] != "no-treatment"


# --- review comparing drugs with each other and with sham ------------------------------------------

def test_review_of_head_to_head_and_sham_trials_has_mixed_comparators():
    f = site_summary("Network meta-analysis of randomized trials that set three eye injections against one "
                     "another, against sham injections or against laser treatment. 30 trials were included.",
                     participants="5,000 participants").plain()
    assert f["design"] == "meta-analysis"
    assert f["control"] == "unknown"


def test_review_of_sham_controlled_trials_keeps_placebo():
    f = site_summary("Meta-analysis of randomized trials that compared eye injections with sham injections. "
                     "30 trials were included.", participants="5,000 participants").plain()
    assert f["control"] == "placebo"


# --- human trials named by an animal study -----------------------------------------------------------

_MOUSE_METHODS = ("Experiment in aged C57BL/6 mice. Mice were given the compound in their chow from 18 months of age; "
                  "control mice ate the same chow without it.")


def test_human_trial_in_animal_study_significance_is_another_study():
    f = site_summary(_MOUSE_METHODS, significance="The result led to human studies: a randomized, double-blind trial "
                     "in older volunteers is now under way.", compounds="Spermidine").plain()
    assert f["species"] == "animal"
    assert f["design"] == "controlled-trial"
    assert f["randomized"] is None
    assert f["blinding"] == "unknown"


def test_randomized_animal_study_stays_randomized():
    f = site_summary("Mice were randomly assigned to chow with or without the compound from 18 months of age.",
                     significance="A randomized trial in older volunteers is now under way.",
                     compounds="Spermidine").plain()
    assert f["species"] == "animal"
    assert f["randomized"] is True


def test_human_disease_heterogeneity_in_animal_study_is_not_the_animals():
    f = site_summary(_MOUSE_METHODS, limitations=("One inbred strain; Alzheimer's disease in people is heterogeneous",),
                     compounds="Spermidine").plain()
    assert f["heterogeneity"] == "unknown"


def test_heterogeneous_patients_in_a_human_study_still_count():
    f = site_summary("Randomized trial in adults assigned to the drug or placebo.",
                     limitations=("The patients were heterogeneous in age and disease stage",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


# --- untreated laboratory comparisons --------------------------------------------------------------

def test_ordinary_water_is_no_treatment():
    f = site_summary("Experiment in Sprague-Dawley rats. Treated rats received lithium in their drinking water; "
                     "the other rats drank ordinary water.", compounds="Lithium").plain()
    assert f["control"] == "no-treatment"


def test_untreated_cells_of_a_named_type_are_no_treatment():
    f = site_summary("In-vitro study. Human adipocytes were exposed to resveratrol for 24 hours and compared with "
                     "untreated adipocytes from the same donors.", compounds="Resveratrol").plain()
    assert f["species"] == "in-vitro"
    assert f["control"] == "no-treatment"


def test_cells_without_an_untreated_comparison_have_no_control():
    f = site_summary("In-vitro study. Human adipocytes were exposed to resveratrol for 24 hours and imaged.",
                     compounds="Resveratrol").plain()
    assert f["control"] != "no-treatment"


# --- comparison units that kept their routine -----------------------------------------------------

def test_control_units_keeping_their_usual_routine_are_usual_care():
    f = site_summary("Twenty wards were randomly allocated to a falls-prevention programme or to control. "
                     "Control wards continued their usual routines.", participants="3,100 participants").plain()
    assert f["control"] == "usual-care"


def test_every_unit_keeping_its_routine_is_not_a_comparator():
    f = site_summary("Twenty wards took part in a falls-prevention programme and all wards continued their usual "
                     "routines as well.", participants="3,100 participants").plain()
    assert f["control"] != "usual-care"


# --- crossover over listed conditions ---------------------------------------------------------------

def test_crossover_of_listed_conditions_with_a_control_regimen_is_active():
    f = site_summary("Randomized crossover trial. Twelve women each followed two 4-week schedules in random order, "
                     "with a 3-week gap between them: late eating (meals from noon to 8 p.m.) and a control schedule "
                     "(meals spread over 14 hours).", participants="12 participants", compounds="Meal timing").plain()
    assert f["control"] == "active"


def test_crossover_with_a_placebo_condition_is_not_active():
    f = site_summary("Randomized crossover trial. Twelve women each completed two 4-week conditions in random order, "
                     "with a 3-week gap between them: the supplement (2 g daily) and a control condition (placebo "
                     "capsules, 2 g daily).", participants="12 participants", compounds="Fish oil").plain()
    assert f["control"] == "placebo"
