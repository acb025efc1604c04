"""Rules found on development set 43 (tests/devset43: neurology), read by the rules alone: "mouse central neurones
grown in primary culture" are cells in the dish (in-vitro, British spelling too); "large randomised, placebo-controlled
trials ... found no benefit" in a cell study's Clinical Significance are other studies, with every design word of
their sentence; "Responses in magnesium-free solution served as the comparison condition" names a comparison (a
controlled experiment, untreated in laboratory work); "Blinding integrity was not formally tested" neither denies nor
adds to the blinding; "open-label treatment with blinded end-point evaluation" and a Limitation "Treatment was
open-label; only the outcome assessment was blinded" mask the assessors only (single); "conventional ambulance alone,
i.e. usual emergency care" is usual care; a cohort's "people with TBI compared with people without TBI" sets the
exposed against the unexposed (no-treatment); a "Retrospective review" of treated patients against historical
databank controls is a cohort though no design is named; a header "6–9 rats per group" is a range, no count; and a
"control chow with the same calories, oil and nutrient content but without fish oil" is a matched dummy (placebo)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- cultured neurones ---------------------------------------------------------------------------------------------

def test_mouse_neurones_grown_in_primary_culture_are_in_vitro():
    f = site_summary("Patch-clamp recordings from mouse central neurones grown in primary culture from embryonic "
                     "brain.").plain()
    assert f["species"] == "in-vitro"


def test_mice_given_a_drug_are_animals():
    f = site_summary("Recordings from mice given the drug for a week; neurones were counted in brain "
                     "sections.").plain()
    assert f["species"] == "animal"


# --- other trials named by a cell study --------------------------------------------------------------------------

_CELL_METHODS = "Patch-clamp recordings from rat neurones grown in culture. The drug was applied to the cells."


def test_plural_randomised_placebo_controlled_trials_in_significance_are_other_studies():
    f = site_summary(_CELL_METHODS, significance="However, large randomised, placebo-controlled trials of the drug "
                     "in acute stroke found no benefit.").plain()
    assert f["species"] == "in-vitro"
    assert f["design"] != "rct"
    assert f["randomized"] is None
    assert f["control"] != "placebo"


def test_a_randomised_placebo_controlled_trial_in_methods_is_the_study():
    f = site_summary("Randomised, placebo-controlled trial in 120 adults with acute stroke.").plain()
    assert f["design"] == "rct"
    assert f["control"] == "placebo"


# --- a comparison condition ----------------------------------------------------------------------------------------

def test_comparison_condition_of_a_cell_experiment_is_untreated():
    f = site_summary("Whole-cell currents of mouse neurones grown in culture. Agonists were applied in "
                     "magnesium-free solution and in solutions containing magnesium. Responses in magnesium-free "
                     "solution served as the comparison condition.").plain()
    assert f["design"] == "controlled-trial"
    assert f["control"] == "no-treatment"


def test_cells_only_recorded_name_no_comparison():
    f = site_summary("Whole-cell currents of mouse neurones grown in culture were recorded at a range of "
                     "membrane potentials.").plain()
    assert f["control"] == "unknown"


# --- whether blinding held ---------------------------------------------------------------------------------------

def test_untested_blinding_integrity_does_not_open_a_double_blind_trial():
    f = site_summary("Double-blind, randomized, sham-controlled trial in 67 patients.",
                     limitations=("Blinding integrity was not formally tested",)).plain()
    assert f["blinding"] == "double"


def test_blinding_not_done_still_opens_the_trial():
    f = site_summary("Randomized, sham-controlled trial in 67 patients.",
                     limitations=("Blinding was not done",)).plain()
    assert f["blinding"] == "open"


# --- PROBE: open treatment, blinded end-point ------------------------------------------------------------------------

def test_open_label_with_blinded_end_point_evaluation_is_single():
    f = site_summary("PROBE design: prospective, randomised, open-label treatment with blinded end-point "
                     "evaluation. 500 patients were randomly assigned to X plus usual care or usual care alone.",
                     limitations=("Treatment was open-label; only the outcome assessment was blinded",)).plain()
    assert f["blinding"] == "single"


def test_open_label_limitation_without_masked_assessors_stays_open():
    f = site_summary("Randomised trial with blinded end-point evaluation. 500 patients were randomly assigned to X "
                     "plus usual care or usual care alone.",
                     limitations=("Treatment was open-label; the outcome assessment was not blinded",)).plain()
    assert f["blinding"] == "open"


# --- usual care of a kind ------------------------------------------------------------------------------------------

def test_usual_emergency_care_is_usual_care():
    f = site_summary("Prospective, nonrandomized, controlled intervention study. Patients were analysed by dispatch: "
                     "a mobile unit plus ambulance (749 patients) or ambulance alone, i.e. usual emergency care "
                     "(794 patients).").plain()
    assert f["control"] == "usual-care"


def test_care_as_part_of_usual_clinic_care_is_a_setting():
    f = site_summary("Prospective, nonrandomized, controlled intervention study. Drug X was given as part of usual "
                     "clinic care; the control group received no drug.").plain()
    assert f["control"] != "usual-care"


# --- people with and without the exposure ----------------------------------------------------------------------------

def test_people_with_an_injury_against_people_without_it_are_unexposed_controls():
    f = site_summary("Nationwide cohort built from registries. People with a history of TBI were compared with "
                     "people without TBI using Cox regression.").plain()
    assert f["design"] == "cohort"
    assert f["control"] == "no-treatment"


def test_people_without_another_condition_are_no_comparison():
    f = site_summary("Nationwide cohort built from registries. People with a history of TBI were compared with "
                     "people without dementia at baseline.").plain()
    assert f["control"] != "no-treatment"


# --- a retrospective series against historical controls ---------------------------------------------------------------

def test_retrospective_review_against_historical_controls_is_a_cohort():
    f = site_summary("Retrospective review of 35 patients treated with craniectomy. Their outcomes were compared "
                     "with those of matched controls drawn from a national databank.",
                     limitations=("Compared with historical databank controls",)).plain()
    assert f["design"] == "cohort"
    assert f["randomized"] is False
    assert f["control"] == "historical"


def test_historical_controls_without_looking_back_name_no_design():
    f = site_summary("35 patients were treated with craniectomy. Their outcomes were compared with those of "
                     "matched controls drawn from a national databank.",
                     limitations=("Compared with historical databank controls",)).plain()
    assert f["design"] != "cohort"


# --- a header range ----------------------------------------------------------------------------------------------

def test_header_range_of_animals_per_group_is_no_count():
    f = site_summary("Rats were randomly assigned to DHA or saline after ischaemia.", participants="6–9 rats per group",
                     title="DHA in a Rat Model of Ischaemia").plain()
    assert f["n"] is None


def test_header_count_with_an_age_range_still_counts():
    f = site_summary("Randomised trial of vitamin D.", participants="12,483 women aged 70–85").plain()
    assert f["n"] == 12483


# --- a matched control diet ----------------------------------------------------------------------------------------

def test_control_chow_matched_in_calories_and_nutrients_is_placebo():
    f = site_summary("Thirty-two rats were assigned to a chow enriched with 6% fish oil or to a control chow with the "
                     "same calories, oil and nutrient content but without fish oil.").plain()
    assert f["control"] == "placebo"


def test_control_chow_without_the_drug_is_untreated():
    f = site_summary("Thirty-two rats were assigned to a chow containing the drug or to a control chow without the "
                     "drug.").plain()
    assert f["control"] == "no-treatment"
