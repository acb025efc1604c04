"""Rules found on development set 47 (tests/devset47: obesity, diabetes and blood lipids, half in a hurried plain
voice), read by the rules alone: a crossover's "order picked by lottery" is random allocation, and three diets eaten
"one after another" (or "a comparison of four popular diets") compare regimens (active); "Conventional (standard)
medical therapy" is usual care, and so is what "Controls simply got: their normal ... care"; a comparison group "told
to follow a standard diet" was set a regimen of its own (active); "Only one side was kept in the dark" makes a single
blind whoever else the sentence names, "weren't told who was on which diet" masks, and "knew who was taking cinnamon"
unmasks; "Nobody got a dummy capsule" denies the placebo; "went back through the ... electronic files" is a
retrospective records cohort; "Restricted to female registered nurses" narrows who was studied; a cohort "with a
nested case-control analysis" is a case-control study; "Trials were eligible if they randomised" is a review's
inclusion criterion; a table row "Heterogeneity for diabetes (I²)0%" states I²; and animals "with unrestricted access"
that "served as the comparison" are an untreated control."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a crossover's order decided by lot, and diets eaten in turn -------------------------------------------------

def test_order_picked_by_lottery_is_random_allocation():
    f = site_summary("Each of 21 adults ate all three test diets, one after another, 4 weeks each, in an order "
                     "picked by lottery.").plain()
    assert f["design"] == "rct"
    assert f["randomized"] is True
    assert f["timing"] == "prospective"
    assert f["control"] == "active"


def test_order_of_diets_drawn_by_lot_in_limitations_is_random_allocation():
    f = site_summary("Each of 21 adults ate a low-fat and a low-carbohydrate diet for 4 weeks each.",
                     limitations=("Order of diets drawn by lot, but no washout between blocks",)).plain()
    assert f["randomized"] is True


def test_people_picked_by_lottery_are_a_sample_not_an_allocation():
    f = site_summary("Cross-sectional survey. 900 adults were picked by lottery from the electoral roll and "
                     "asked about their diet.").plain()
    assert f["randomized"] is not True


def test_order_set_by_the_clinic_is_no_random_allocation():
    f = site_summary("Each of 21 adults ate all three test diets, one after another; the order was set by the "
                     "clinic kitchen.").plain()
    assert f["randomized"] is not True


def test_three_meals_one_after_another_compare_no_diets():
    f = site_summary("Randomised trial. 40 adults ate three meals, one after another, on one morning; the "
                     "control group ate nothing.").plain()
    assert f["control"] != "active"


def test_comparison_of_four_popular_diets_is_active():
    f = site_summary("In this randomised comparison of four popular diets, 311 women were allocated to one of four "
                     "diet groups.").plain()
    assert f["control"] == "active"


def test_comparison_of_four_time_points_is_no_comparison_of_regimens():
    f = site_summary("Randomised trial of a diet against a control group; a comparison of four time points "
                     "was planned.").plain()
    assert f["control"] != "active"


# --- usual care in plain words, and a comparison group set a diet of its own -------------------------------------

def test_conventional_standard_medical_therapy_is_usual_care():
    f = site_summary("Open-label randomised controlled trial. 60 patients were randomised to: Conventional "
                     "(standard) medical therapy: oral agents adjusted by a diabetologist; or gastric bypass.").plain()
    assert f["control"] == "usual-care"


def test_conventional_medication_is_an_active_comparator():
    f = site_summary("Open-label randomised controlled trial. 60 patients were randomised to the new drug or a "
                     "conventional medication.").plain()
    assert f["control"] == "active"


def test_controls_who_got_their_normal_care_are_usual_care():
    f = site_summary("Retrospective cohort study. 2,287 operated patients were matched to 11,435 controls. Controls "
                     "simply got their normal diabetes and weight care.").plain()
    assert f["control"] == "usual-care"


def test_controls_who_got_their_normal_blood_tests_are_no_usual_care():
    f = site_summary("Retrospective cohort study. 2,287 operated patients were matched to 11,435 controls. Controls "
                     "simply got their normal blood tests.").plain()
    assert f["control"] != "usual-care"


def test_comparison_group_told_to_follow_a_standard_diet_is_active():
    f = site_summary("180 patients were split by chance into two groups. The comparison group was told to follow a "
                     "standard \"prudent\" diet and got general written advice.").plain()
    assert f["control"] == "active"


def test_comparison_group_told_to_follow_their_usual_diet_is_no_active_comparator():
    f = site_summary("180 patients were split by chance into two groups. The comparison group was told to follow "
                     "their usual diet.").plain()
    assert f["control"] != "active"


# --- who was kept unaware ----------------------------------------------------------------------------------------

def test_only_one_side_kept_in_the_dark_is_single():
    f = site_summary("180 patients were split by chance into two groups. Only one side was kept in the dark: the "
                     "staff who ran the blood tests and the patients were named in the protocol.").plain()
    assert f["blinding"] == "single"


def test_both_sides_kept_in_the_dark_stays_double():
    f = site_summary("180 patients were split by chance into two groups. Both sides were kept in the dark: the "
                     "staff who ran the blood tests and the patients.").plain()
    assert f["blinding"] == "double"


def test_staff_who_were_not_told_who_was_on_which_diet_is_single():
    f = site_summary("180 patients were split by chance into two diets. The staff who ran the blood tests weren't "
                     "told who was on which diet.").plain()
    assert f["blinding"] == "single"


def test_staff_who_were_told_who_was_on_which_diet_is_open():
    f = site_summary("180 patients were split by chance into two diets. The staff who ran the blood tests were "
                     "told who was on which diet.").plain()
    assert f["blinding"] == "open"


def test_patients_who_knew_who_was_taking_the_supplement_is_open():
    f = site_summary("109 adults were split by chance into two groups.",
                     limitations=("Patients and their doctors knew who was taking cinnamon",)).plain()
    assert f["blinding"] == "open"


def test_knowing_who_was_taking_part_says_nothing_of_masking():
    f = site_summary("109 adults were split by chance into two groups.",
                     limitations=("Patients and their doctors knew who was taking part",)).plain()
    assert f["blinding"] == "unknown"


def test_knowing_who_was_getting_better_says_nothing_of_masking():
    f = site_summary("109 adults were split by chance into two groups.",
                     limitations=("Doctors knew who was getting better from the weekly charts",)).plain()
    assert f["blinding"] == "unknown"


# --- a dummy denied ----------------------------------------------------------------------------------------------

def test_nobody_got_a_dummy_capsule_is_no_placebo():
    f = site_summary("109 adults were split by chance into two groups. One group took cinnamon capsules plus usual "
                     "care. The other group just carried on with usual care. Nobody got a dummy capsule.").plain()
    assert f["control"] == "usual-care"


def test_one_group_got_a_dummy_capsule_is_a_placebo():
    f = site_summary("109 adults were split by chance into two groups. One group took cinnamon capsules. The other "
                     "group got a dummy capsule.").plain()
    assert f["control"] == "placebo"


# --- records looked back on --------------------------------------------------------------------------------------

def test_went_back_through_electronic_files_is_a_retrospective_cohort():
    f = site_summary("The team went back through the Cleveland Clinic health system's electronic files for "
                     "287,438 adults with diabetes and compared those who had surgery with those who did not.").plain()
    assert f["design"] == "cohort"
    assert f["timing"] == "retrospective"


def test_nurses_who_went_back_to_the_ward_read_no_records():
    f = site_summary("Nurses went back to the ward twice a day to check 300 adults with diabetes who had surgery.")
    assert f.plain()["timing"] != "retrospective"


# --- who was studied ---------------------------------------------------------------------------------------------

def test_restricted_to_female_registered_nurses_is_homogeneous():
    f = site_summary("Prospective cohort study of 82,802 women followed for 20 years.",
                     limitations=("Restricted to female registered nurses, predominantly white",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_restricted_to_a_count_of_nurses_is_a_size():
    f = site_summary("Prospective cohort study of 82,802 women followed for 20 years.",
                     limitations=("Interviews were restricted to 12 nurses",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- a case-control study nested in a cohort ---------------------------------------------------------------------

def test_cohort_study_with_a_nested_case_control_analysis_is_case_control():
    f = site_summary("Retrospective cohort study with a nested case-control analysis, using a general practice "
                     "database. 376 cases were matched to 6,699 controls.").plain()
    assert f["design"] == "case-control"


def test_cohort_study_with_a_case_control_analysis_of_a_subgroup_stays_a_cohort():
    f = site_summary("Retrospective cohort study with a case-control analysis of a subgroup, using a general "
                     "practice database of 115,727 people.").plain()
    assert f["design"] == "cohort"


# --- a review's inclusion criterion ------------------------------------------------------------------------------

def test_trials_eligible_if_they_randomised_are_a_review_s_trials():
    f = site_summary("Trials were eligible if they randomised participants to intensive-dose vs moderate-dose statin "
                     "therapy. Odds ratios were pooled with random-effects models.",
                     title="Intensive-Dose Statin Therapy: A Meta-Analysis", participants="5 trials, 32,752 participants").plain()
    assert f["design"] == "meta-analysis"
    assert f["n_studies"] == 5
    assert f["timing"] == "unknown"


def test_patients_eligible_before_being_randomised_are_a_trial_s():
    f = site_summary("Patients were eligible if they were over 40. They were randomised to intensive-dose or "
                     "moderate-dose statin therapy.",
                     title="Intensive-Dose Statin Therapy: A Meta-Analysis").plain()
    assert f["design"] == "rct"


# --- I² in brackets ----------------------------------------------------------------------------------------------

def test_i2_in_brackets_glued_to_its_value_in_a_table_row():
    table = ("OutcomeIntensive doseModerate doseOdds ratio (95% CI)\n"
             "New-onset diabetes (events)1,4491,3001.12 (1.04–1.22)\n"
             "Heterogeneity for diabetes (I²)0%")
    f = summary_of_review(table)
    assert f.i2 == 0


def test_i2_in_brackets_without_a_value_is_not_read():
    table = ("OutcomeIntensive doseModerate doseOdds ratio (95% CI)\n"
             "New-onset diabetes (events)1,4491,3001.12 (1.04–1.22)\n"
             "Heterogeneity for diabetes (I²)0.45")
    f = summary_of_review(table)
    assert f.i2 is None


def summary_of_review(table: str):
    return site_summary("Meta-analysis of 5 randomised trials (32,752 participants). Between-trial heterogeneity was "
                        "quantified with I².", table)


# --- an animal group fed freely as the comparison ----------------------------------------------------------------

def test_mice_with_unrestricted_access_as_the_comparison_are_untreated():
    f = site_summary("Male mice were assigned to four feeding regimens for 18 weeks. Mice on the high-fat diet with "
                     "unrestricted access served as the comparison for the time-restricted high-fat group.",
                     participants="N/A", compounds="").plain()
    assert f["species"] == "animal"
    assert f["design"] == "controlled-trial"
    assert f["control"] == "no-treatment"


def test_mice_with_access_to_running_wheels_are_no_untreated_comparison():
    f = site_summary("Male mice were assigned to four housing conditions for 18 weeks. Mice with unrestricted access "
                     "to running wheels served as the comparison for the sedentary-housed group.",
                     participants="N/A", compounds="").plain()
    assert f["control"] != "no-treatment"
