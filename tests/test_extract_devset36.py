"""Rules found on development set 36 (tests/devset36, infectious disease, immunity and allergy):
participants who "needed fewer" rescue doses (an outcome, not a call for research); header lengths
counted around an event ("14 days before to 7 days after surgery", "Until age 3 years"); a population
"restricted to" a named group of people; an arm assigned to avoid the food under test; "uncontrolled
viral replication" (a process, not a design); "one of two strategies: ..." as an active comparison; a
non-randomised study whose control group came from an earlier period (a cohort); administrative
databases (retrospective); a header counting person-time, not people; "the standard ... regimen
without X" (usual care); wild-type animals or untreated virus that "served as" the comparison;
mouse-adapted virus strains and a canine kidney cell line (not animal work)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- "needed fewer": an outcome of the participants, not a study that is needed ------------------

def test_needed_fewer_doses_keeps_the_sentence_about_this_study():
    f = site_summary("In this double-masked, placebo-controlled trial, children given the zinc lozenge "
                     "recovered sooner and needed fewer doses of paracetamol.").plain()
    assert f["blinding"] == "double"


def test_medicine_taken_as_needed_keeps_the_sentence_about_this_study():
    f = site_summary("In this double-masked trial, adults used the test inhaler or a placebo inhaler as "
                     "needed for four weeks.").plain()
    assert f["blinding"] == "double"


def test_trials_that_are_needed_still_decide_nothing():
    f = site_summary("Children given the zinc lozenge recovered sooner. Double-masked trials are needed "
                     "to confirm this.").plain()
    assert f["blinding"] == "unknown"


# --- header lengths around an event ----------------------------------------------------------------

def test_header_length_before_and_after_an_event_is_no_length():
    f = site_summary("Adults took the capsules daily.", duration="14 days before to 7 days after surgery").plain()
    assert f["duration_days"] is None


def test_header_until_an_age_is_no_length():
    f = site_summary("Toddlers took the drops daily.", duration="Until age 3 years").plain()
    assert f["duration_days"] is None


def test_plain_header_length_is_still_read():
    f = site_summary("Adults took the capsules daily.", duration="3 years").plain()
    assert f["duration_days"] == 3 * 365


# --- "restricted to" a named group of people -------------------------------------------------------

def test_population_restricted_to_a_named_group_is_homogeneous():
    f = site_summary("Cohort study of older women.",
                     limitations=("Restricted to older women from two rural villages in Kenya",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_restricted_to_patients_with_a_criterion_is_not_homogeneous():
    f = site_summary("Cohort study of adults with leg ulcers.",
                     limitations=("Restricted to patients with normal kidney function",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- an arm assigned to avoid the food ---------------------------------------------------------------

def test_arm_assigned_to_avoid_the_food_is_no_treatment():
    f = site_summary("Randomised, open-label trial. 300 toddlers were allocated to eat egg powder every day "
                     "or to abstain from egg completely until their third birthday.", compounds="Egg").plain()
    assert f["control"] == "no-treatment"


def test_arm_assigned_to_another_food_is_not_no_treatment():
    f = site_summary("Randomised, open-label trial. 300 toddlers were allocated to eat egg powder every day "
                     "or rice powder every day until their third birthday.", compounds="Egg").plain()
    assert f["control"] != "no-treatment"


# --- "uncontrolled viral replication" -----------------------------------------------------------------

def test_uncontrolled_replication_is_not_an_uncontrolled_design():
    f = site_summary("Randomized, open-label trial. Adults with hepatitis B were assigned to tenofovir 300 mg "
                     "or entecavir 0.5 mg daily.",
                     significance="Uncontrolled virus replication is thought to drive liver scarring.").plain()
    assert f["control"] == "active"
    assert f["design"] == "rct"


def test_uncontrolled_study_is_still_single_arm():
    f = site_summary("Uncontrolled, open-label study. 30 adults with hepatitis B took tenofovir daily.").plain()
    assert f["control"] == "none"


# --- "one of two strategies: ..." -----------------------------------------------------------------------

def test_two_strategies_listed_after_a_colon_are_an_active_comparison():
    f = site_summary("Adults with asthma were randomly assigned to one of two strategies: inhaler use guided "
                     "by symptoms or inhaler use on a fixed twice-daily schedule.").plain()
    assert f["control"] == "active"


def test_strategies_including_usual_care_are_not_active():
    f = site_summary("Adults with asthma were randomly assigned to one of two strategies: a nurse-led "
                     "education programme or usual care.").plain()
    assert f["control"] != "active"


# --- a non-randomised study with a control group from an earlier period -------------------------------------

def test_non_randomised_study_with_a_past_control_group_is_a_cohort():
    f = site_summary("Non-randomised, open-label study in one ward. 40 adults with sepsis received the new "
                     "antibiotic. They were compared with 52 adults treated on the same ward the month before.",
                     limitations=("Not randomised; the control group was taken from an earlier month "
                                  "(historical comparison)",)).plain()
    assert f["design"] == "cohort"
    assert f["control"] == "historical"


def test_non_randomised_placebo_controlled_study_stays_a_controlled_trial():
    f = site_summary("Non-randomised, open-label study in one ward. 40 adults with sepsis received the new "
                     "antibiotic and 40 received a placebo infusion.",
                     limitations=("Outcomes also set beside historical controls from earlier years",)).plain()
    assert f["design"] == "controlled-trial"


# --- administrative databases --------------------------------------------------------------------------

def test_cohort_from_administrative_databases_is_retrospective():
    f = site_summary("Cohort study of 12,000 insured adults identified in administrative databases; users "
                     "of the vaccine were compared with non-users.").plain()
    assert f["timing"] == "retrospective"


def test_cohort_without_records_leaves_timing_unknown():
    f = site_summary("Cohort study of 12,000 insured adults; users of the vaccine were compared with "
                     "non-users.").plain()
    assert f["timing"] == "unknown"


# --- person-time in the header ---------------------------------------------------------------------------

def test_header_person_time_is_not_a_count_of_people():
    f = site_summary("Cohort study of nurses followed for two decades.", participants="52,400 person-years").plain()
    assert f["n"] is None


def test_header_person_time_leaves_the_methods_count():
    f = site_summary("Cohort study. 4,100 nurses were followed for two decades.",
                     participants="52,400 person-years").plain()
    assert f["n"] == 4100


def test_header_count_of_persons_is_still_n():
    f = site_summary("Cohort study of nurses followed for two decades.", participants="1,200 persons").plain()
    assert f["n"] == 1200


# --- the standard regimen without the add-on ----------------------------------------------------------------

def test_standard_regimen_without_the_add_on_is_usual_care():
    f = site_summary("Retrospective review of hospital records. Patients treated under the new protocol (300) "
                     "were compared with patients who received the standard amoxicillin–clavulanate regimen "
                     "without probiotics (280).", compounds="Probiotics").plain()
    assert f["control"] == "usual-care"


def test_patients_who_received_no_antibiotics_are_not_usual_care():
    f = site_summary("Retrospective review of hospital records. Patients treated with probiotics (300) were "
                     "compared with patients who received no probiotics (280).", compounds="Probiotics").plain()
    assert f["control"] != "usual-care"


# --- a comparison that "served as" the control in laboratory work ------------------------------------------

def test_wild_type_animals_serving_as_comparison_are_no_treatment():
    f = site_summary("Knockout rats were fed the test diet for eight weeks before infection. Wild-type rats "
                     "served as the reference.", conditions="Influenza").plain()
    assert f["species"] == "animal"
    assert f["control"] == "no-treatment"


def test_wild_type_animals_bred_in_the_colony_are_no_comparison():
    f = site_summary("Knockout rats were fed the test diet for eight weeks before infection. Wild-type rats "
                     "were bred in the same colony.", conditions="Influenza").plain()
    assert f["control"] == "unknown"


def test_untreated_virus_serving_as_control_is_no_treatment():
    f = site_summary("Laboratory study in cultured human airway cells. Virus was mixed with the peptide "
                     "before infection; untreated virus stocks served as the control.").plain()
    assert f["species"] == "in-vitro"
    assert f["control"] == "no-treatment"


# --- virus strains and cell lines named after animals -------------------------------------------------------

def test_mouse_adapted_strains_in_cells_are_in_vitro():
    f = site_summary("Laboratory study of seasonal and mouse-adapted influenza strains grown in a cell line "
                     "from human lung.").plain()
    assert f["species"] == "in-vitro"


def test_mice_infected_with_a_mouse_adapted_strain_are_animals():
    f = site_summary("Mice were infected with a mouse-adapted influenza strain and given the peptide "
                     "or saline.").plain()
    assert f["species"] == "animal"


def test_canine_kidney_cell_line_is_in_vitro():
    f = site_summary("Laboratory study. Madin-Darby canine kidney (MDCK) epithelial cells were incubated with "
                     "influenza virus and the peptide.").plain()
    assert f["species"] == "in-vitro"


def test_canine_patients_are_animals():
    f = site_summary("Dogs with kennel cough were given the peptide or saline; canine kidney function "
                     "was monitored.").plain()
    assert f["species"] == "animal"
