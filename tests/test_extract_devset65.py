"""Rules found on development set 65 (tests/devset65: supplements, sleep aids, hormones, metabolic drugs, nootropics and
longevity compounds), read by the rules alone: "Only a randomised trial of withholding these drugs could establish
cause" wishes for a trial, it is not this study; a cohort "first prescribed anxiolytic or hypnotic drugs (or both)"
names one exposed group's options, and people "matched ... to patients with no such prescriptions" or "compared with
69,418 non-users" are an untreated comparison (no-treatment); "the ten products plus the multivitamin versus the multivitamin alone" sets the test products against
a supplement the protocol gave both arms (active); "continued usual dietary management" and "conventional dietary
management" are usual care; "Restricted to overweight patients" narrows the people studied (homogeneous); a study of
"four men and four women" with "no comparison group" is a case series although its findings are likened to those "seen
in calorie-restricted animals"."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a randomised trial wished for ---------------------------------------------------------------------------------

def test_only_a_randomised_trial_could_establish_cause_is_not_this_study():
    f = site_summary("Methods: UK primary care records. 34,727 patients first prescribed hypnotic drugs were compared "
                     "with 69,418 non-users. Mean follow-up 7.6 years.",
                     title="Hypnotic Drug Prescriptions and Mortality: Retrospective Cohort Study",
                     limitations=("Only a randomised trial of withholding or withdrawing these drugs could establish "
                                  "cause, and such a trial is unlikely",)).plain()
    assert f["design"] == "cohort"
    assert f["randomized"] is False


def test_cause_could_only_be_shown_by_a_trial_is_not_this_study():
    f = site_summary("Methods: UK primary care records. 34,727 patients first prescribed hypnotic drugs were compared "
                     "with 69,418 non-users.",
                     title="Hypnotic Drug Prescriptions and Mortality: Retrospective Cohort Study",
                     limitations=("Cause could only be established by a randomised trial",)).plain()
    assert f["design"] == "cohort"


def test_own_randomised_trial_with_could_stays_randomised():
    f = site_summary("Methods: This was a randomised trial in 80 adults; only people who could swallow tablets "
                     "took part. Melatonin 2 mg or placebo for 3 weeks.").plain()
    assert f["randomized"] is True
    assert f["design"] == "rct"


# --- one exposed group's options, and people with none of them ------------------------------------------------------

def test_drugs_or_both_name_one_exposed_group():
    f = site_summary("Methods: Retrospective cohort study of UK primary care records. 34,727 patients first prescribed "
                     "anxiolytic or hypnotic drugs (or both) were compared with 69,418 non-users.").plain()
    assert f["control"] == "no-treatment"


def test_compared_with_a_count_of_non_users_is_no_treatment():
    f = site_summary("Methods: Retrospective cohort study of UK primary care records. 34,727 patients first prescribed "
                     "hypnotic drugs were compared with 69,418 non-users.").plain()
    assert f["control"] == "no-treatment"


def test_compared_with_a_count_of_users_is_not_no_treatment():
    f = site_summary("Methods: Retrospective cohort study of UK primary care records. 34,727 patients first prescribed "
                     "hypnotic drugs were compared with 69,418 users of antidepressant drugs.").plain()
    assert f["control"] != "no-treatment"


def test_matched_to_patients_with_no_such_prescriptions_is_no_treatment():
    f = site_summary("Methods: Retrospective cohort study of UK primary care records. 34,727 patients first prescribed "
                     "hypnotic drugs between 1998 and 2001 were each matched by age, sex and practice to about two "
                     "patients with no such prescriptions. Mean follow-up 7.6 years.").plain()
    assert f["control"] == "no-treatment"


def test_cohort_of_two_drugs_started_stays_active():
    f = site_summary("Methods: Retrospective cohort study of insurance claims. Adults who started tirzepatide or "
                     "semaglutide between 2022 and 2023 were followed for weight change.").plain()
    assert f["control"] == "active"


def test_patients_with_no_history_of_a_disease_are_not_non_users():
    f = site_summary("Methods: Retrospective cohort study of UK primary care records. 34,727 patients first prescribed "
                     "hypnotic drugs were each matched by age and sex to about two patients with no history of "
                     "stroke.").plain()
    assert f["control"] != "no-treatment"


# --- a supplement every arm took ------------------------------------------------------------------------------------

def test_products_plus_multivitamin_versus_multivitamin_alone_is_active():
    f = site_summary("Methods: Randomised controlled trial, single-blind. 56 adults. The protocol gave both groups the "
                     "same daily multivitamin tablet, so the comparison was the ten products plus the multivitamin "
                     "versus the multivitamin alone. Duration 6 months.").plain()
    assert f["control"] == "active"


def test_products_plus_usual_care_versus_usual_care_alone_stays_usual_care():
    f = site_summary("Methods: Randomised controlled trial, single-blind. 56 adults. The comparison was the ten "
                     "products plus usual care versus usual care alone. Duration 6 months.").plain()
    assert f["control"] == "usual-care"


# --- usual management -----------------------------------------------------------------------------------------------

def test_continued_usual_dietary_management_is_usual_care():
    f = site_summary("Methods: Randomised controlled trial. 342 patients were allocated to metformin and 411 to the "
                     "conventional policy, continued usual dietary management. Treatment was not blinded.").plain()
    assert f["control"] == "usual-care"


def test_usual_management_beside_a_placebo_arm_stays_placebo():
    f = site_summary("Methods: Double-blind randomised trial. 120 patients on usual dietary management were allocated "
                     "to metformin or matching placebo for 12 weeks.").plain()
    assert f["control"] == "placebo"


# --- restricted to one kind of patient ------------------------------------------------------------------------------

def test_restricted_to_overweight_patients_is_homogeneous():
    f = site_summary("Methods: Randomised controlled trial of metformin in 753 adults.",
                     limitations=("Restricted to overweight patients, so findings may not apply to lean patients",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_restricted_to_patients_with_a_criterion_or_a_count_is_not_read():
    for line in ("Restricted to patients with adequate arterial perfusion", "Restricted to 20 patients",
                 "Restricted to the eligible patients", "Analysis was restricted to overweight patients"):
        f = site_summary("Methods: Randomised controlled trial of metformin in 753 adults.", limitations=(line,)).plain()
        assert f["heterogeneity"] == "unknown", line


# --- people with no comparison group, likened to animals ------------------------------------------------------------

def test_people_with_no_comparison_group_likened_to_animals_are_a_case_series():
    f = site_summary("Methods: Four men and four women lived inside the enclosure for two years on a low-calorie diet. "
                     "There was no comparison group: each crew member's values were compared with their own pre-entry "
                     "values.", participants="8 participants", duration="2 years",
                     limitations=("The changes resembled those seen in calorie-restricted animals",)).plain()
    assert f["design"] == "case-series"


def test_animals_with_no_comparison_group_are_not_a_case_series():
    f = site_summary("Methods: Eight rats lived on a low-calorie diet for two years. There was no comparison group: "
                     "each rat's values were compared with its own values before the diet.",
                     participants="8 participants", duration="2 years").plain()
    assert f["design"] != "case-series"
