"""Rules found on development set 53 (tests/devset53: site topics with a structured abstract pasted into Methods,
"Design: ... Participants: ... Masking: none"), read by the rules alone: a label's "none" after its colon
("Masking: none", "Randomisation: none") denies it; image "readers were masked" is one masked party; "vs no
invitation and no screening" and "reference group: no intervention" are untreated; "vehicle (DMSO) alone" is a
vehicle (placebo); a cross-sectional study's "Users | Non-users" table columns name no comparison group; "ages,
products and duration of use differed widely" is a mixed population; "19 randomised, placebo-controlled trials" are a
review's counted trials and a header "19 RCTs (n = 1,084)" counts the pooled people; "Minimal care (...) vs minimal
care plus a polypill" is usual care; a diet "as one meal a day or as three meals a day" compares regimens (active)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- "none" after a structured abstract's label ---------------------------------------------------------------------

def test_masking_none_is_open():
    f = site_summary("Design: Randomized crossover trial.\nParticipants: 21 adults enrolled.\nMasking: none "
                     "(participants knew their meal pattern).").plain()
    assert f["blinding"] == "open"


def test_blinding_none_is_open_and_randomisation_none_is_not_randomised():
    f = site_summary("Design: Controlled intervention study.\nParticipants: 260 men; 79 formed a reference group. "
                     "Randomisation: none.\nBlinding: none.").plain()
    assert f["blinding"] == "open"
    assert f["randomized"] is False


def test_none_after_a_count_of_events_denies_nothing():
    f = site_summary("Design: Randomized, double-blind, placebo-controlled trial.\nParticipants: 200 adults.\n"
                     "Withdrawals with placebo: none.").plain()
    assert f["control"] == "placebo"


# --- masked image readers -------------------------------------------------------------------------------------------

def test_readers_masked_to_exposure_are_single():
    f = site_summary("Design: Cross-sectional study.\nMeasurements: Echocardiography and coronary CT angiography; "
                     "readers were masked to steroid-use status.").plain()
    assert f["blinding"] == "single"


def test_readers_without_masking_say_nothing_of_blinding():
    f = site_summary("Design: Cross-sectional study.\nMeasurements: Two readers scored every scan "
                     "independently.").plain()
    assert f["blinding"] == "unknown"


# --- comparison groups given nothing --------------------------------------------------------------------------------

def test_versus_no_invitation_and_no_screening_is_untreated():
    f = site_summary("Design: Population-based randomised trial.\nInterventions: Invitation to screening with "
                     "treatment started if indicated vs no invitation and no screening.").plain()
    assert f["control"] == "no-treatment"


def test_versus_no_screening_uptake_is_a_result():
    f = site_summary("Design: Population-based randomised trial of a screening invitation against usual care. "
                     "Attendance was 62% vs no screening uptake recorded before.").plain()
    assert f["control"] != "no-treatment"


def test_reference_group_no_intervention_is_untreated():
    f = site_summary("Design: Controlled, non-randomised intervention study.\nInterventions: Dietary counselling and "
                     "training for 6 months; reference group: no intervention.\nParticipants: 260 men aged "
                     "47-49.").plain()
    assert f["control"] == "no-treatment"
    assert f["timing"] == "prospective"


def test_reference_group_of_lowest_intake_is_no_untreated_group():
    f = site_summary("Design: Prospective cohort study.\nExposure: Coffee intake in quintiles; reference group: "
                     "lowest quintile of intake.").plain()
    assert f["control"] != "no-treatment"


# --- a vehicle named in brackets ------------------------------------------------------------------------------------

def test_vehicle_in_brackets_alone_is_placebo():
    f = site_summary("Design: In vitro enzymology.\nMaterials: Recombinant human SIRT1.\nInterventions: Resveratrol "
                     "across concentrations; control reactions with vehicle (DMSO) alone.").plain()
    assert f["control"] == "placebo"
    assert f["design"] == "controlled-trial"


def test_drug_dissolved_in_vehicle_is_no_placebo():
    f = site_summary("Design: In vitro enzymology.\nMaterials: Recombinant human SIRT1.\nInterventions: Resveratrol "
                     "dissolved in vehicle (DMSO) at 1%.").plain()
    assert f["control"] != "placebo"


# --- a survey's table columns ---------------------------------------------------------------------------------------

_USERS_TABLE = "MeasureUsersNon-usersP\nEjection fraction (%)52 ± 1163 ± 8<0.001"


def test_cross_sectional_users_and_non_users_columns_name_no_control():
    f = site_summary("Design: Cross-sectional study.\nParticipants: 140 weightlifters, 86 steroid users and 54 who had "
                     "never used steroids.", table=_USERS_TABLE).plain()
    assert f["design"] == "cross-sectional"
    assert f["control"] == "unknown"


def test_cohort_users_and_non_users_columns_are_untreated():
    f = site_summary("Design: Prospective cohort study.\nParticipants: 140 weightlifters followed for 5 years.",
                     table=_USERS_TABLE).plain()
    assert f["design"] == "cohort"
    assert f["control"] == "no-treatment"


# --- a list of traits that differed ---------------------------------------------------------------------------------

def test_ages_products_and_duration_differed_widely_is_heterogeneous():
    f = site_summary("Design: Retrospective case series.\nParticipants: 12 patients with acute hepatitis; ages, "
                     "products and duration of use differed widely.").plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_doses_products_and_duration_differed_widely_names_no_one():
    f = site_summary("Design: Retrospective case series.\nParticipants: 12 patients with acute hepatitis; doses, "
                     "products and duration of use differed widely.").plain()
    assert f["heterogeneity"] == "unknown"


# --- a review's counted trials and its header ------------------------------------------------------------------------

def test_counted_randomised_placebo_controlled_trials_are_the_reviews():
    f = site_summary("Design: Meta-analysis.\nStudy selection: 19 randomised, placebo-controlled trials lasting at least "
                     "90 days in older men.").plain()
    assert f["randomized"] is True


def test_uncounted_randomised_placebo_controlled_trials_are_other_work():
    f = site_summary("Design: Prospective cohort study of 3,000 older men.",
                     background="Large randomised, placebo-controlled trials found no benefit.").plain()
    assert f["randomized"] is not True


def test_header_count_of_trials_with_n_in_brackets_gives_pooled_people():
    f = site_summary("Design: Meta-analysis of randomised trials.", participants="19 RCTs (n = 1,084)").plain()
    assert f["n"] == 1084
    assert f["n_studies"] == 19


def test_header_count_of_trials_without_people_gives_no_n():
    f = site_summary("Design: Meta-analysis of randomised trials.", participants="12 RCTs (9 pooled)").plain()
    assert f["n"] is None
    assert f["n_studies"] == 12


# --- the same care with an add-on -----------------------------------------------------------------------------------

def test_minimal_care_versus_minimal_care_plus_a_drug_is_usual_care():
    f = site_summary("Design: Cluster-randomised trial; open-label.\nInterventions: Minimal care (education on healthy "
                     "lifestyle, as in usual practice) vs minimal care plus a polypill.").plain()
    assert f["control"] == "usual-care"


def test_different_care_with_an_add_on_is_not_this_rule():
    f = site_summary("Design: Randomised trial.\nInterventions: Nurse-led care vs physician care plus a polypill "
                     "(aspirin 81 mg).").plain()
    assert f["control"] != "usual-care"


# --- one treatment in two schedules ---------------------------------------------------------------------------------

def test_diet_as_one_meal_or_as_three_meals_is_active():
    f = site_summary("Design: Randomized crossover trial with controlled feeding.\nInterventions: Isocaloric diet as one "
                     "meal a day (within a 4-hour evening window) or as three meals a day, each for 8 weeks.").plain()
    assert f["control"] == "active"


def test_one_schedule_or_a_placebo_is_not_active():
    f = site_summary("Design: Randomized trial.\nInterventions: Melatonin taken as one tablet at night or as a "
                     "placebo.").plain()
    assert f["control"] == "placebo"
