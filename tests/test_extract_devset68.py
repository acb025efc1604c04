"""Rules found on development set 68 (tests/devset68: blinding and population heterogeneity described indirectly), read
by the rules alone: "the switch from study drug to open-label therapy at the end of the trial" is a later phase, not
the trial's masking; "Open-label with blinded endpoint review", "endpoints were judged blind" and "a committee unaware of
the group assignment" mask the assessors only (PROBE: single); assessors "kept in the dark about which group each patient
was in" are one party, and "did not know which procedure had been done" hides the operation; a trial's "systolic target
below 120 mm Hg or below 140 mm Hg" and "Intensive versus Standard ... Control" compare regimens (active), as "than those
who had the programme alone" does; with a header duration of N/A, Methods' own "median follow-up of 39 months" or
"followed for a mean of 7.3 years" is the length; "N patients took part in the programme. A comparison group of M"
counts both groups, but rats "given to 12 psychology students" do not add the students; "results may not apply to more
diverse populations" speaks of other people; "rosiglitazone or pioglitazone" names drugs, and "No comparison with
patients not taking" one denies an untreated comparison; "A 26-year-old man taking part in a double-blind,
placebo-controlled trial" is a case report whose trial is another study; "comparing open-label placebo with no
treatment" tests the placebo against nothing (no-treatment); "while the rats did not differ" is an outcome, not an
untreated group; rats "labelled "maze-bright" or "maze-dull"" compare two conditions (active); cells grown together "In a
mixing experiment" are an experiment (controlled trial)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- an open-label phase after the trial ----------------------------------------------------------------------------

def test_switch_to_open_label_therapy_at_the_end_of_the_trial_keeps_double_blind():
    f = site_summary("Randomized, double-blind, double-dummy trial. 200 patients took rivaroxaban or warfarin.",
                     limitations=("More events after the switch from study drug to open-label therapy at the end of the "
                                  "trial",)).plain()
    assert f["blinding"] == "double"


def test_switch_to_open_label_drug_during_the_trial_is_open():
    f = site_summary("Randomized trial. 200 patients were switched from warfarin to open-label rivaroxaban or stayed on "
                     "warfarin.").plain()
    assert f["blinding"] == "open"


# --- PROBE: blinded end-point review ----------------------------------------------------------------------------------

def test_open_label_with_blinded_endpoint_review_is_single():
    f = site_summary("Randomized trial. Open-label with blinded endpoint review: patients and their clinicians knew the "
                     "target, while a committee unaware of the group assignment adjudicated every event.").plain()
    assert f["blinding"] == "single"


def test_open_label_with_endpoint_review_by_investigators_is_open():
    f = site_summary("Randomized trial. Open-label: endpoints were reviewed by the investigators, who knew the "
                     "assignment.").plain()
    assert f["blinding"] == "open"


def test_endpoints_judged_blind_in_limitations_is_single():
    f = site_summary("Randomized trial of two blood-pressure targets in 900 adults.",
                     limitations=("Open-label: patients and clinicians knew the target, although endpoints were judged "
                                  "blind",)).plain()
    assert f["blinding"] == "single"


def test_endpoints_judged_by_clinicians_in_limitations_is_open():
    f = site_summary("Randomized trial of two blood-pressure targets in 900 adults.",
                     limitations=("Open-label: patients and clinicians knew the target and judged the endpoints",)).plain()
    assert f["blinding"] == "open"


def test_committee_unaware_of_assignment_is_one_party():
    f = site_summary("Randomized trial. End points were adjudicated by a committee unaware of the group "
                     "assignment.").plain()
    assert f["blinding"] == "single"


# --- kept in the dark about which group; which procedure ---------------------------------------------------------------

def test_assessors_kept_in_the_dark_about_which_group_each_patient_was_in_is_single():
    f = site_summary("Randomised trial. The outcome assessors were kept in the dark about which group each patient was "
                     "in; the patients and the treating staff knew whether surgery had been done.").plain()
    assert f["blinding"] == "single"


def test_patients_and_assessors_kept_in_the_dark_is_double():
    f = site_summary("Randomised trial. Patients and outcome assessors were kept in the dark about which group they "
                     "were in.").plain()
    assert f["blinding"] == "double"


def test_did_not_know_which_procedure_is_double():
    f = site_summary("Randomised trial of vertebroplasty or a simulated procedure. Participants and the outcome "
                     "assessors did not know which procedure had been done.").plain()
    assert f["blinding"] == "double"


def test_knew_which_procedure_is_open():
    f = site_summary("Randomised trial of vertebroplasty or a simulated procedure. Participants and the outcome "
                     "assessors knew which procedure had been done.").plain()
    assert f["blinding"] == "open"


# --- two treatment targets -------------------------------------------------------------------------------------------

def test_two_blood_pressure_targets_are_active():
    f = site_summary("Randomized trial. Adults with high cardiovascular risk were assigned to a systolic target below "
                     "120 mm Hg (intensive) or below 140 mm Hg (standard).").plain()
    assert f["control"] == "active"


def test_intensive_versus_standard_control_in_the_title_is_active():
    f = site_summary("Randomized trial in 9361 adults with high cardiovascular risk.",
                     title="A Randomized Trial of Intensive versus Standard Blood-Pressure Control").plain()
    assert f["control"] == "active"


def test_one_target_of_two_pressures_is_not_a_comparison():
    f = site_summary("Randomized trial of a nurse-led programme. All patients were treated to a target below 140 mm Hg "
                     "or a diastolic pressure below 90 mm Hg; the control group received usual care.").plain()
    assert f["control"] == "usual-care"


# --- the programme alone ----------------------------------------------------------------------------------------------

def test_than_those_who_had_the_programme_alone_is_active():
    f = site_summary("Randomised trial. Patients who had knee replacement plus a 12-week programme improved more than "
                     "those who had the programme alone.").plain()
    assert f["control"] == "active"


def test_than_those_who_had_usual_care_alone_is_usual_care():
    f = site_summary("Randomised trial. Patients who had knee replacement plus usual care improved more than those who "
                     "had usual care alone.").plain()
    assert f["control"] == "usual-care"


# --- a stated median or mean follow-up under a header without a length -------------------------------------------------

def test_median_follow_up_in_methods_is_the_duration():
    f = site_summary("Randomized trial in 9361 adults. The trial was stopped early, after a median follow-up of 39 "
                     "months.").plain()
    assert f["duration_days"] == 1170


def test_followed_for_a_mean_of_years_is_the_duration():
    f = site_summary("Prospective cohort of 3434 adults aged 65 or more. Participants were screened every two years "
                     "and followed for a mean of 7.3 years.").plain()
    assert f["duration_days"] == 2664.5


def test_two_median_follow_ups_give_no_length():
    f = site_summary("Prospective analysis of two groups of trials: 21 trials of statin versus control (median "
                     "follow-up 4.8 years) and 5 trials of more versus less statin (median follow-up 5.1 years).").plain()
    assert f["duration_days"] is None


def test_a_plain_length_under_a_header_without_one_is_not_read():
    f = site_summary("Randomized trial in 9361 adults, who were seen every 3 months.").plain()
    assert f["duration_days"] is None


# --- a treated group and its comparison group, each counted -----------------------------------------------------------

def test_took_part_in_the_programme_and_a_comparison_group_add_up():
    f = site_summary("Controlled trial, not randomised. Ninety chronic pain patients referred to the clinic took part in "
                     "the 10-week programme. A comparison group of 21 pain patients continued their usual "
                     "treatment.").plain()
    assert f["n"] == 111


def test_took_part_in_the_programme_without_a_comparison_group_is_one_count():
    f = site_summary("Controlled trial, not randomised. Ninety chronic pain patients referred to the clinic took part in "
                     "the 10-week programme. A subgroup of 21 patients was re-contacted later.").plain()
    assert f["n"] == 90


# --- animals and the people who handled them ---------------------------------------------------------------------------

def test_rats_given_to_students_count_the_rats():
    f = site_summary("Sixty albino rats were assigned at random to two labels and given to 12 psychology students, "
                     "five rats each.", participants="N/A").plain()
    assert f["n"] == 60


def test_rats_and_mice_add_up():
    f = site_summary("60 rats and 12 mice were assigned at random to the extract or saline.").plain()
    assert f["n"] == 72


# --- results carried over to other people -------------------------------------------------------------------------------

def test_may_not_apply_to_more_diverse_populations_is_unknown():
    f = site_summary("Prospective cohort of 3434 adults.",
                     limitations=("Mostly white, well-educated members of one health plan; results may not apply to "
                                  "more diverse populations",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_a_diverse_population_is_heterogeneous():
    f = site_summary("Prospective cohort of 3434 adults.",
                     limitations=("An ethnically diverse population from three cities",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


# --- a cohort's two drugs; a denied untreated comparison ---------------------------------------------------------------

def test_cohort_starting_one_glitazone_or_another_is_active():
    f = site_summary("Retrospective new-user cohort study using Medicare claims. Patients who started rosiglitazone "
                     "(67,593) or pioglitazone (159,978) were followed.").plain()
    assert f["control"] == "active"


def test_no_comparison_with_patients_not_taking_it_is_not_untreated():
    f = site_summary("Retrospective cohort study using Medicare claims of 2,000 patients who started insulin.",
                     limitations=("No comparison with patients not taking insulin",)).plain()
    assert f["control"] != "no-treatment"


def test_compared_with_patients_not_taking_it_is_untreated():
    f = site_summary("Retrospective cohort study using Medicare claims. Patients who started insulin were compared with "
                     "patients not taking insulin.").plain()
    assert f["control"] == "no-treatment"


# --- one patient who was in a trial -------------------------------------------------------------------------------------

def test_man_taking_part_in_a_placebo_controlled_trial_is_a_case_report():
    f = site_summary("A 26-year-old man taking part in a double-blind, placebo-controlled antidepressant trial took 29 "
                     "of his study capsules. He came to the emergency department with low blood pressure.").plain()
    assert (f["design"], f["blinding"], f["control"], f["n"]) == ("case-report", "unknown", "none", 1)


def test_patients_enrolled_in_the_trial_are_the_trials_own():
    f = site_summary("Double-blind, placebo-controlled trial. Each patient enrolled in the trial was randomised to the "
                     "drug or placebo.").plain()
    assert (f["design"], f["blinding"], f["control"]) == ("rct", "double", "placebo")


# --- a placebo tested against nothing -------------------------------------------------------------------------------

def test_open_label_placebo_compared_with_no_treatment_is_no_treatment():
    f = site_summary("Meta-analysis of randomised controlled trials comparing open-label placebo with no treatment in "
                     "any medical condition. Eleven trials were pooled.").plain()
    assert f["control"] == "no-treatment"


def test_placebo_group_and_no_treatment_group_is_no_treatment():
    f = site_summary("Systematic review and meta-analysis of trials that randomised patients to a placebo group and a "
                     "no-treatment group. 114 trials were included.").plain()
    assert f["control"] == "no-treatment"


def test_treatment_compared_with_placebo_or_no_treatment_is_mixed():
    f = site_summary("Meta-analysis of randomised trials comparing acupuncture with placebo or no treatment. Eleven "
                     "trials were pooled.").plain()
    assert f["control"] == "unknown"


# --- an outcome that did not differ -------------------------------------------------------------------------------------

def test_rats_did_not_differ_is_no_untreated_group():
    f = site_summary("Randomised experiment in 60 rats. The experimenters were given false expectations, while the rats "
                     "did not differ.").plain()
    assert f["control"] != "no-treatment"


def test_given_the_extract_while_others_did_not_is_untreated():
    f = site_summary("Randomised experiment in 60 rats. Thirty rats were given the extract, while 30 did not.").plain()
    assert f["control"] == "no-treatment"


# --- two conditions named in quotes -------------------------------------------------------------------------------------

def test_two_quoted_labels_are_an_active_comparison():
    f = site_summary("Sixty albino rats were assigned at random to be labelled \"maze-bright\" or \"maze-dull\" and given "
                     "to 12 students.").plain()
    assert f["control"] == "active"


def test_one_quoted_label_and_no_label_is_not_active():
    f = site_summary("Sixty albino rats were assigned at random to be labelled \"maze-bright\" or to no label and given "
                     "to 12 students.").plain()
    assert f["control"] != "active"


# --- a cell-culture study -----------------------------------------------------------------------------------------------

def test_cells_in_a_mixing_experiment_are_an_experiment():
    f = site_summary("Laboratory cell-culture study. Twenty-five strains of fibroblasts were established from human fetal "
                     "tissues and subcultured serially. In a mixing experiment, older male cells and younger female cells "
                     "were grown together.", compounds="", conditions="Aging").plain()
    assert f["design"] == "controlled-trial"


def test_cells_in_mixed_cultures_name_no_design():
    f = site_summary("Laboratory cell-culture study. Twenty-five strains of fibroblasts were established from human fetal "
                     "tissues and subcultured serially. In mixed cultures, older male cells and younger female cells "
                     "were grown together.", compounds="", conditions="Aging").plain()
    assert f["design"] == "unknown"
