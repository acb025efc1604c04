"""Rules found on development set 76 (tests/devset76: complementary and mind-body medicine), read by the rules alone:
health classes giving "the same time and attention" are attention-matched (placebo); a group that "carried on as before,
with the understanding that they would be offered the same massage course" later is a wait-list, the promise no study to
come; comparison volunteers who "were not given the course" are untreated, and the course group and "17 comparison
volunteers" add up; "Comparison tubes received buffer" got the vehicle; "(test-tube) experiments" are laboratory work;
"A one-time snapshot" is cross-sectional; "(cases, n = 582)" and "(controls, n = 2,328)" add up; a cohort's "men who did
no regular exercise" are non-users, and users' care "alongside at least one conventional treatment" is no comparator."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- the same time and attention ------------------------------------------------------------------------------------

def test_classes_giving_the_same_time_and_attention_are_placebo():
    f = site_summary("112 healthy adults took part in a randomised trial. One group attended tai chi classes for 16 weeks. "
                     "The other group went to health education classes, so that both groups got the same time and "
                     "attention from instructors, just without the tai chi.").plain()
    assert f["control"] == "placebo"


def test_a_therapists_time_and_attention_is_not_placebo():
    f = site_summary("68 adults took part in a randomised trial. One group received massage for eight weeks; the other "
                     "group received no treatment.",
                     limitations=("Some of the benefit may simply come from an hour of a therapist's time and attention",)
                     ).plain()
    assert f["control"] != "placebo"


# --- a promise of later treatment -----------------------------------------------------------------------------------

def test_carried_on_as_before_with_a_promised_course_is_no_treatment():
    f = site_summary("68 adults took part in a randomised trial. One group received Swedish massage for eight weeks. The "
                     "other group carried on as before, with the understanding that they would be offered the same "
                     "massage course once the eight weeks were over.").plain()
    assert f["control"] == "no-treatment"


def test_a_future_trial_that_would_leave_a_group_as_before_decides_nothing():
    f = site_summary("68 adults took part in a randomised trial. One group received Swedish massage for eight weeks.",
                     limitations=("A future trial would let the other group carry on as before",)).plain()
    assert f["control"] != "no-treatment"


# --- comparison volunteers not given the course ---------------------------------------------------------------------

def test_comparison_volunteers_not_given_the_course_are_untreated_and_counted():
    f = site_summary("16 healthy adults who signed up for an MBSR course had MRI brain scans before and after the "
                     "eight-week course. 17 comparison volunteers were scanned at the same intervals but were not given "
                     "the course during the study. The groups were formed by who enrolled, not by random assignment."
                     ).plain()
    assert f["control"] == "no-treatment"
    assert f["design"] == "controlled-trial"
    assert f["n"] == 33


def test_volunteers_not_given_the_results_are_no_comparison():
    f = site_summary("16 healthy adults who signed up for an MBSR course had MRI brain scans before and after the "
                     "eight-week course, but were not given the results of their scans. 17 volunteers were scanned again "
                     "a year later.").plain()
    assert f["control"] != "no-treatment"
    assert f["n"] != 33


# --- laboratory work ------------------------------------------------------------------------------------------------

def test_comparison_tubes_given_buffer_got_the_vehicle():
    f = site_summary("Laboratory (test-tube) experiments using basophils from human blood. Basophils were exposed to each "
                     "dilution of anti-IgE. Comparison tubes received buffer that had been diluted and shaken the same "
                     "way but had never contained antibody.").plain()
    assert f["species"] == "in-vitro"
    assert f["control"] == "placebo"


def test_tubes_all_given_buffer_are_no_vehicle_arm():
    f = site_summary("Laboratory experiments using basophils from human blood. Before counting, all tubes received "
                     "buffer.").plain()
    assert f["control"] != "placebo"


def test_test_tube_babies_are_people():
    f = site_summary("Cohort study of 400 test-tube babies born in one clinic, followed for 10 years.").plain()
    assert f["species"] != "in-vitro"


# --- a one-time snapshot --------------------------------------------------------------------------------------------

def test_a_one_time_snapshot_is_cross_sectional():
    f = site_summary("A one-time snapshot: MRI scans of 20 practitioners of meditation were compared with scans of 15 "
                     "people who did not meditate.").plain()
    assert f["design"] == "cross-sectional"


def test_a_snapshot_of_records_is_no_design():
    f = site_summary("We took a snapshot of the clinic's records: MRI scans of 20 practitioners of meditation were "
                     "compared with scans of 15 people who did not meditate.").plain()
    assert f["design"] != "cross-sectional"


# --- cases and controls counted after "n =" -------------------------------------------------------------------------

def test_cases_and_controls_each_with_n_equals_add_up():
    f = site_summary("Population-based, retrospective case-control study. Hospital records identified people admitted "
                     "with a stroke (cases, n = 582). Each case was matched by age and sex to four people from the "
                     "general population without stroke (controls, n = 2,328).").plain()
    assert f["n"] == 2910


def test_cases_alone_counted_are_not_n():
    f = site_summary("Population-based, retrospective case-control study. Hospital records identified people admitted "
                     "with a stroke (cases, n = 582). Each case was matched by age and sex to four people from the "
                     "general population without stroke.").plain()
    assert f["n"] != 2910


# --- a cohort's non-users -------------------------------------------------------------------------------------------

def test_men_who_did_no_regular_exercise_are_non_users():
    f = site_summary("Prospective cohort study of 61,477 men. Tai chi practitioners, walkers and joggers were each "
                     "compared with men who did no regular exercise.").plain()
    assert f["control"] == "no-treatment"


def test_men_who_did_no_more_than_walk_are_no_non_users():
    f = site_summary("Prospective cohort study of 61,477 men. Tai chi practitioners were compared with men who did no "
                     "more than walk.").plain()
    assert f["control"] != "no-treatment"


def test_users_care_alongside_at_least_one_conventional_treatment_is_no_comparator():
    f = site_summary("Retrospective cohort study of registry records. 258 people recorded as using complementary medicine "
                     "alongside at least one conventional treatment were each matched with four people who did not use "
                     "it (1,032 in all).").plain()
    assert f["control"] == "no-treatment"


def test_conventional_treatment_alone_stays_usual_care():
    f = site_summary("Retrospective cohort study of registry records. 258 people using acupuncture alongside "
                     "conventional treatment were compared with 1,032 people on conventional treatment alone.").plain()
    assert f["control"] == "usual-care"
