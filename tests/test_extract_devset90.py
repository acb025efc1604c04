"""Rules found on development set 90 (tests/devset90: hormones), read by the rules alone: "neither patients nor
investigators knew which regimen was being taken" masks two parties; "two regimens ..., in an order assigned by chance"
is a crossover of regimens (active); a review's trials "compared with placebo or with a comparator such as oestrogen"
had mixed comparators; "A narrow occupational population" is a narrowed population; a cohort "identified from the
records of the national programme" is a records cohort (retrospective); "the I² was only 4%" states I²; "11 reports of
controlled trials were included" counts the included studies when no count of trials follows; "three groups were
followed: 198 ..., 195 ..., and 197 ..." adds up every group listed; "All 63 women with endometrial cancer ... Each
was matched with four women ..., giving 252 controls" counts the cases and their controls."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- which regimen was being taken ----------------------------------------------------------------------------------

def test_neither_knew_which_regimen_is_double():
    f = site_summary("Methods: 110 patients took two regimens for 10 weeks each. Capsules looked identical, and neither "
                     "patients nor investigators knew which regimen was being taken.").plain()
    assert f["blinding"] == "double"


def test_which_regimen_in_background_is_not_read():
    f = site_summary("Methods: 110 patients took two regimens for 10 weeks each.",
                     background="In an earlier trial, neither patients nor investigators knew which regimen was "
                                "being taken.").plain()
    assert f["blinding"] == "unknown"


# --- two regimens in an order assigned by chance --------------------------------------------------------------------

def test_two_regimens_in_an_order_assigned_by_chance_are_active():
    f = site_summary("Methods: 110 patients on thyroxine were enrolled. Each patient took two regimens for 10 weeks "
                     "each, in an order assigned by chance: the usual thyroxine dose, and the usual dose with 50 μg of "
                     "thyroxine replaced by 10 μg of liothyronine.").plain()
    assert f["control"] == "active"


def test_two_regimens_without_a_random_order_are_not_read_as_a_crossover():
    f = site_summary("Methods: 110 patients on thyroxine were enrolled. Each patient had taken two regimens before the "
                     "study, in an order their doctor had chosen.").plain()
    assert f["control"] != "active"


# --- placebo or a comparator such as another drug -------------------------------------------------------------------

def test_placebo_or_a_comparator_such_as_oestrogen_is_mixed():
    f = site_summary("Methods: Systematic review and meta-analysis of 36 randomised controlled trials. Testosterone was "
                     "compared with placebo or with a comparator such as oestrogen with or without "
                     "progestogen.").plain()
    assert f["control"] == "unknown"


def test_placebo_alone_in_a_review_is_placebo():
    f = site_summary("Methods: Systematic review and meta-analysis of 36 randomised controlled trials. Testosterone was "
                     "compared with placebo in every trial.").plain()
    assert f["control"] == "placebo"


# --- a narrow occupational population -------------------------------------------------------------------------------

def test_narrow_occupational_population_is_homogeneous():
    f = site_summary("Methods: Prospective cohort study of civil servants followed for six years.",
                     limitations=("A narrow occupational population of white-collar civil servants",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_narrow_control_cohort_is_not_a_population():
    f = site_summary("Methods: Prospective cohort study of civil servants followed for six years.",
                     limitations=("Only a narrow control cohort was available",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- a cohort identified from records -------------------------------------------------------------------------------

def test_cohort_identified_from_the_records_is_retrospective():
    f = site_summary("Methods: Patients treated with pituitary growth hormone in the UK between 1959 and 1985 were "
                     "identified from the records of the national programme and traced for cancer incidence. Observed "
                     "cancers were compared with numbers expected from national population rates.",
                     title="Cancer After Growth Hormone: A Cohort Study").plain()
    assert f["timing"] == "retrospective"


def test_case_control_cases_identified_from_records_keep_timing_unknown():
    f = site_summary("Methods: Case-control study. 120 cases were identified from the records of two hospitals and "
                     "compared with 240 controls from the same community.").plain()
    assert f["timing"] == "unknown"


# --- the I² played down ---------------------------------------------------------------------------------------------

def test_i2_was_only_four_percent():
    f = site_summary("Methods: Systematic review and meta-analysis of 11 controlled trials.",
                     significance="The gain was consistent across studies; for final height the I² was only 4%.").plain()
    assert f["i2"] == 4


def test_i2_only_reported_gives_no_value():
    f = site_summary("Methods: Systematic review and meta-analysis of 11 controlled trials.",
                     significance="The I² was only reported for final height, in 4 trials.").plain()
    assert f["i2"] is None


# --- reports of trials ----------------------------------------------------------------------------------------------

def test_reports_of_trials_count_the_studies_when_no_trials_are_counted():
    f = site_summary("Methods: Systematic review and meta-analysis. 640 records were screened and 11 reports of "
                     "controlled trials were included.").plain()
    assert f["n_studies"] == 11


def test_reports_of_counted_trials_give_the_trials():
    f = site_summary("Methods: Systematic review and meta-analysis. 640 records were screened and 14 reports of eight "
                     "controlled trials were included.").plain()
    assert f["n_studies"] == 8


# --- groups listed after their number -------------------------------------------------------------------------------

def test_three_groups_listed_after_a_colon_add_up():
    f = site_summary("Methods: Prospective, non-randomised intervention trial. Of 8,530 women screened in the first "
                     "trimester, three groups were followed: 198 antibody-positive women treated with levothyroxine "
                     "(group A), 195 antibody-positive women left untreated (group B), and 197 untreated "
                     "antibody-negative women (group C).").plain()
    assert f["n"] == 590


def test_listed_counts_that_do_not_match_the_groups_named_are_not_one_list():
    f = site_summary("Methods: Prospective, non-randomised intervention trial. Of 8,530 women screened in the first "
                     "trimester, four groups were planned: 198 antibody-positive women treated with levothyroxine "
                     "(group A), 195 antibody-positive women left untreated (group B), and 197 untreated "
                     "antibody-negative women (group C).").plain()
    assert f["n"] != 590


# --- controls counted per case --------------------------------------------------------------------------------------

def test_cases_and_their_matched_controls_add_up():
    f = site_summary("Methods: Case-control study. All 63 women with endometrial cancer diagnosed among residents of a "
                     "retirement community were identified. Each was matched with four women from the same community "
                     "who did not have the disease, giving 252 controls.").plain()
    assert f["n"] == 315


def test_controls_that_are_not_the_cases_times_the_ratio_add_nothing():
    f = site_summary("Methods: Case-control study. All 60 women with endometrial cancer diagnosed among residents of a "
                     "retirement community were identified. Each was matched with four women from the same community "
                     "who did not have the disease, giving 252 controls.").plain()
    assert f["n"] not in (312, 315)
