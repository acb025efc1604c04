"""Rules found on development set 81 (tests/devset81: emergency medicine, trauma and prehospital care), read by the rules
alone: "4,015 patients got adrenaline and 3,999 got the dummy ampoules" adds up two arms of an allocation; "Neither the
crew, the patient's family nor the hospital team knew which the patient had received" masks two parties; "the physicians
assessing neurological prognosis and the outcome assessors were blinded" masks the judges only (single); "Only a
randomised, placebo-controlled, double-blind trial ... could settle" is a study nobody did; "258 non-treated controls"
are untreated; crews that "worked as they always had" give usual care; "randomised to start with one strategy and
switched to the other" compares two active strategies; "Cases were 235 cyclists ... Two control groups: 433 ... and
558 ..." counts the cases and both control groups; "18 swine" are animals counted; "compared with recordings in
drug-free buffer (vehicle) in the same preparations" is a vehicle-controlled cell experiment."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a second arm counted without its noun --------------------------------------------------------------------------

def test_two_arms_each_the_subject_of_got_add_up():
    f = site_summary("Methods: Packs had been allocated at random and looked identical: ampoules of either adrenaline "
                     "or saline. 4,015 patients got adrenaline and 3,999 got the dummy ampoules.").plain()
    assert f["n"] == 8014


def test_two_counts_given_things_without_allocation_do_not_add_up():
    f = site_summary("Methods: Registry review of ambulance calls. 4,015 patients got adrenaline and 3,999 got "
                     "an airway before arrival.").plain()
    assert f["n"] != 8014


# --- the one treated named in the singular --------------------------------------------------------------------------

def test_nobody_knew_which_the_patient_had_received_is_double():
    f = site_summary("Methods: Packs had been allocated at random: ampoules of either adrenaline or saline. Neither the "
                     "crew, the patient's family nor the hospital team knew which the patient had received.").plain()
    assert f["blinding"] == "double"


def test_knowing_which_hospital_the_patient_reached_is_not_masking():
    f = site_summary("Methods: Packs had been allocated at random: ampoules of either adrenaline or saline. Neither the "
                     "crew nor the family knew which hospital the patient had reached.").plain()
    assert f["blinding"] == "unknown"


# --- the judges of the end points are one party ---------------------------------------------------------------------

def test_prognosticating_physicians_and_outcome_assessors_blinded_is_single():
    f = site_summary("Methods: Randomised trial of 950 patients. The bedside ICU team could not be masked, but the "
                     "physicians assessing neurological prognosis and the outcome assessors were blinded to the "
                     "allocation.").plain()
    assert f["blinding"] == "single"


def test_patients_and_outcome_assessors_blinded_is_double():
    f = site_summary("Methods: Randomised trial of 950 patients. The patients and the outcome assessors were blinded "
                     "to the allocation.").plain()
    assert f["blinding"] == "double"


def test_patients_rating_their_pain_and_outcome_assessors_blinded_is_double():
    f = site_summary("Methods: Randomised trial of 950 patients. Patients rating their pain and the outcome assessors "
                     "were blinded to the allocation.").plain()
    assert f["blinding"] == "double"


# --- the one trial that could settle it -----------------------------------------------------------------------------

def test_only_a_double_blind_trial_could_settle_is_hypothetical():
    f = site_summary("Methods: Retrospective cohort using a registry. 258 TXA patients were matched to 258 patients "
                     "who did not get TXA.",
                     limitations=("Only a randomised, placebo-controlled, double-blind trial in a mature system could "
                                  "settle whether prehospital TXA changes survival",)).plain()
    assert f["blinding"] == "unknown"


def test_a_double_blind_trial_that_could_not_be_stopped_early_is_this_one():
    f = site_summary("Methods: A randomised, placebo-controlled, double-blind trial of 300 patients.",
                     limitations=("Only a randomised, placebo-controlled, double-blind trial was run; it could not be "
                                  "stopped early",)).plain()
    assert f["blinding"] == "double"


# --- non-treated controls -------------------------------------------------------------------------------------------

def test_non_treated_controls_are_no_treatment():
    f = site_summary("Methods: Retrospective cohort using the air rescue database. 258 TXA patients and 258 non-treated "
                     "controls made up the matched cohorts.").plain()
    assert f["control"] == "no-treatment"


def test_treated_controls_are_not_no_treatment():
    f = site_summary("Methods: Retrospective cohort using the air rescue database. 258 TXA patients and 258 controls "
                     "treated with fibrinogen made up the matched cohorts.").plain()
    assert f["control"] != "no-treatment"


# --- crews working as they always had -------------------------------------------------------------------------------

def test_crews_working_as_they_always_had_are_usual_care():
    f = site_summary("Methods: Controlled trial, not randomised: allocation followed the calendar. On even-numbered days "
                     "crews worked as they always had, running crystalloid from the scene (the control group); on "
                     "odd-numbered days crews ran no fluid until the operating room.",
                     title="Delayed Versus Immediate Fluid Resuscitation").plain()
    assert f["control"] == "usual-care"


def test_crews_working_in_pairs_are_not_usual_care():
    f = site_summary("Methods: Controlled trial, not randomised: allocation followed the calendar. On even-numbered days "
                     "crews worked as a pair, running crystalloid from the scene; on odd-numbered days crews ran no "
                     "fluid until the operating room.",
                     title="Delayed Versus Immediate Fluid Resuscitation").plain()
    assert f["control"] != "usual-care"


# --- one strategy, then the other -----------------------------------------------------------------------------------

def test_start_with_one_strategy_and_switch_to_the_other_is_active():
    f = site_summary("Methods: Pragmatic cluster-crossover randomised trial in 27 EMS agencies. Each cluster was "
                     "randomised to start with one strategy and switched to the other every three to five "
                     "months.").plain()
    assert f["control"] == "active"


def test_start_with_one_strategy_and_switch_to_placebo_is_not_active():
    f = site_summary("Methods: Randomised crossover trial in 27 patients. Each patient was randomised to start with one "
                     "strategy and switched to placebo after three months.").plain()
    assert f["control"] != "active"


# --- several control groups -----------------------------------------------------------------------------------------

def test_cases_and_two_control_groups_add_up():
    f = site_summary("Methods: Case-control study in emergency departments. Cases were 235 cyclists who came to the ED "
                     "with a head injury. Two control groups: 433 cyclists treated in the same EDs for injuries not "
                     "involving the head, and 558 members of a health maintenance organisation.").plain()
    assert f["n"] == 1226


def test_one_control_group_counts_its_controls_only():
    f = site_summary("Methods: Case-control study in emergency departments. Cases were 235 cyclists who came to the ED "
                     "with a head injury. The controls were 433 cyclists treated in the same EDs, and 558 members of a "
                     "health plan were surveyed later.").plain()
    assert f["n"] == 668


# --- swine ----------------------------------------------------------------------------------------------------------

def test_swine_are_counted():
    f = site_summary("Methods: Controlled experiment in 18 swine, six per group, bled into class IV shock.").plain()
    assert f["n"] == 18


def test_swine_studies_in_background_are_not_counted():
    f = site_summary("Methods: Controlled experiment in pigs bled into class IV shock.",
                     background="Earlier work in 40 swine suggested a benefit.").plain()
    assert f["n"] is None


# --- recordings in drug-free buffer ---------------------------------------------------------------------------------

def test_recordings_in_drug_free_buffer_are_a_vehicle_experiment():
    f = site_summary("Methods: Laboratory study using whole-cell recordings from cultured mouse neurons and brain "
                     "slices. Currents were recorded with TXA added at a range of concentrations, compared with "
                     "recordings in drug-free buffer (vehicle) in the same preparations.",
                     compounds="Tranexamic acid").plain()
    assert f["design"] == "controlled-trial"
    assert f["control"] == "placebo"


def test_recordings_in_serum_free_buffer_are_no_vehicle():
    f = site_summary("Methods: Laboratory study using whole-cell recordings from cultured mouse neurons. Currents were "
                     "recorded with TXA, compared with recordings in serum-free buffer in the same preparations.",
                     compounds="Tranexamic acid").plain()
    assert f["control"] != "placebo"
