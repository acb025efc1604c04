"""Rules found on development set 70 (tests/devset70: clinical nutrition in hospital and in older adults), read by the
rules alone: "an isocaloric drink with the same carbohydrate and fat but no protein" and "the other was the same formula
with no fibre" are the product without its active part (placebo); "standard hospital clinical care" is usual care;
"standard chow and water ad libitum (control)" is an animal group on its ordinary food (no-treatment); a "retrospective
study using the ... hospital database" is a records cohort; "linked to Medicare claims" is records data
(retrospective); a cohort's "residents who were not tube-fed" are an untreated comparison; "randomised data such as
EFFORT" in Clinical Significance names another study's design (so a database cohort's "Supplement users versus matched
non-users" is read as a cohort's untreated comparison)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- an isocaloric product without the active nutrients -------------------------------------------------------------

def test_isocaloric_drink_without_the_active_nutrients_is_placebo():
    f = site_summary("Methods: Double-blind randomised controlled trial. 380 older adults took the active product or "
                     "control. Control: an isocaloric drink with the same carbohydrate and fat but no protein, leucine "
                     "or vitamin D.").plain()
    assert f["control"] == "placebo"


def test_two_isocaloric_diets_are_not_placebo():
    f = site_summary("Methods: Randomised controlled trial. 80 adults ate one of two isocaloric diets, one without "
                     "added sugar and one with 50 g/day, for 8 weeks.").plain()
    assert f["control"] != "placebo"


# --- the same product without its active part -----------------------------------------------------------------------

def test_the_other_was_the_same_formula_with_no_fibre_is_placebo():
    f = site_summary("Methods: Twenty healthy adults each consumed two enteral formulas for 14 days, in random order. "
                     "One formula contained a fibre blend at 15 g/L; the other was the same formula with no fibre.").plain()
    assert f["control"] == "placebo"


def test_the_other_was_the_same_formula_with_added_fibre_is_not_placebo():
    f = site_summary("Methods: Twenty healthy adults each consumed two enteral formulas for 14 days, in random order. "
                     "One formula contained whey protein; the other was the same formula with added fibre.").plain()
    assert f["control"] != "placebo"


# --- standard care named with two words between ---------------------------------------------------------------------

def test_control_ward_giving_standard_hospital_clinical_care_is_usual_care():
    f = site_summary("Methods: Open, non-randomised controlled clinical trial. Patients were managed either on an "
                     "intervention ward with nutrition screening or on a control ward giving standard hospital clinical "
                     "care.").plain()
    assert f["control"] == "usual-care"


def test_future_trial_against_standard_hospital_clinical_care_is_not_the_control():
    f = site_summary("Methods: Single-arm study. 120 patients were screened with CIPA on admission; there was no "
                     "comparison group.",
                     limitations=("A future trial should compare screening with standard hospital clinical care",)).plain()
    assert f["control"] != "usual-care"


# --- animals on their ordinary food named as the control ------------------------------------------------------------

def test_standard_chow_ad_libitum_control_is_no_treatment():
    f = site_summary("Methods: Ninety female Fischer rats were randomised to one of three groups: standard chow and water "
                     "ad libitum (control); TPN solution by mouth; or the same TPN solution given intravenously.",
                     participants="90 participants").plain()
    assert f["control"] == "no-treatment"


def test_standard_chow_for_all_with_saline_controls_is_placebo():
    f = site_summary("Methods: Forty rats were randomised to drug X or saline injections. All rats ate standard chow "
                     "and water ad libitum (controls were injected with saline only).",
                     participants="40 participants").plain()
    assert f["control"] == "placebo"


# --- a retrospective database study ---------------------------------------------------------------------------------

def test_retrospective_study_using_a_hospital_database_is_a_cohort():
    f = site_summary("Methods: Eleven-year retrospective study using the Premier Perspectives hospital database. "
                     "Episodes with oral supplements were matched to episodes without them.").plain()
    assert f["design"] == "cohort"


def test_future_retrospective_database_study_is_not_the_design():
    f = site_summary("Methods: Single-arm study. 40 patients took oral supplements for 30 days.",
                     limitations=("A future retrospective study using the national hospital database would be needed",)
                     ).plain()
    assert f["design"] != "cohort"


# --- Medicare claims ------------------------------------------------------------------------------------------------

def test_cohort_linked_to_medicare_claims_is_retrospective():
    f = site_summary("Methods: Cohort built from national nursing home assessments linked to Medicare claims for "
                     "1999-2007. Residents with a feeding tube were compared with other residents.").plain()
    assert f["timing"] == "retrospective"


def test_trial_with_outcomes_from_medicare_claims_is_prospective():
    f = site_summary("Methods: Randomised controlled trial of 400 older adults given oral supplements or usual care. "
                     "Hospitalisations were ascertained from Medicare claims.").plain()
    assert f["timing"] == "prospective"


# --- residents who were not tube-fed --------------------------------------------------------------------------------

def test_cohort_against_residents_not_tube_fed_is_no_treatment():
    f = site_summary("Methods: Observational cohort study of 36,492 nursing home residents. Those given a feeding tube "
                     "were compared with residents who were not tube-fed.").plain()
    assert f["control"] == "no-treatment"


def test_cohort_against_residents_tube_fed_later_is_not_no_treatment():
    f = site_summary("Methods: Observational cohort study of 1,957 tube-fed nursing home residents. Those given a "
                     "feeding tube within a month were compared with residents who were tube-fed later.").plain()
    assert f["control"] != "no-treatment"


# --- a design word exemplified by a named study ---------------------------------------------------------------------

def test_randomised_data_such_as_a_named_trial_is_another_study():
    f = site_summary("Methods: Retrospective study using the Premier hospital database. Supplement users were "
                     "compared with matched non-users.",
                     significance="The study is best read alongside randomised data such as EFFORT.").plain()
    assert f["design"] == "cohort"
    assert f["randomized"] is False


def test_randomised_to_products_such_as_a_named_brand_is_this_study():
    f = site_summary("Methods: 200 inpatients were randomised to oral supplements such as Ensure or to usual care.").plain()
    assert f["randomized"] is True
