"""Rules found on development set 63 (tests/devset63: psychedelics, ketamine, cannabis, nicotine, vaping and smoking
cessation, by a cautious writer who hedges and states design facts indirectly), read by the rules alone: "Allocation
was made at random" and "Which of two conditions each person received was left to chance" are random allocation;
"longer-term efficacy was left to an open-label extension" names a later phase, not the trial's masking; a later
clause saying what "would have been" ("...; many patients seen in practice would have been excluded") does not make
the earlier one hypothetical; "the very low dose was intended to serve as the comparison" compares doses (active); a
cohort's "people with X were compared with those without one" is untreated; "No comparison group" with the people
counted in Methods (header N/A) is a case series; a review's "Comparators varied: ..." and "placebo or a no-X control"
pool mixed comparators; "In all, 1,212 people with cancer (611 lung, 601 upper aerodigestive) and 1,040 people without
cancer" counts both groups; "The treated group comprised 111 patients. A comparison group of 100 patients ..." adds
the comparison group counted in the next sentence."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- allocation made at random ---------------------------------------------------------------------------------------

def test_allocation_was_made_at_random_is_randomised():
    f = site_summary("A phase 3, double-blind trial was run at 15 sites. Allocation was made at random to MDMA or to "
                     "placebo capsules. In all, 90 people were enrolled.").plain()
    assert f["randomized"] is True
    assert f["design"] == "rct"


def test_allocation_not_made_at_random_is_not_randomised():
    f = site_summary("A controlled trial was run at 15 sites. Allocation was not made at random: patients chose MDMA "
                     "or placebo capsules. In all, 90 people were enrolled.").plain()
    assert f["randomized"] is not True


# --- left to chance --------------------------------------------------------------------------------------------------

def test_which_condition_was_left_to_chance_is_randomised():
    f = site_summary("Young adults who vaped were recruited online. Which of two conditions each person received was "
                     "left to chance, decided by computer at enrolment. 2,588 people took part.").plain()
    assert f["randomized"] is True
    assert f["design"] == "rct"


def test_nothing_left_to_chance_is_no_allocation():
    f = site_summary("Young adults who vaped were recruited online and all received the text programme. Nothing was "
                     "left to chance in the measurements. 2,588 people took part.").plain()
    assert f["randomized"] is not True


# --- an open-label extension -----------------------------------------------------------------------------------------

def test_open_label_extension_in_limitations_keeps_the_masking():
    f = site_summary("A double-blind, placebo-controlled trial was conducted at 23 centres. The 120 patients were "
                     "assigned at random to cannabidiol or to a matched placebo solution for 14 weeks.",
                     limitations=("Only 14 weeks of controlled treatment; longer-term efficacy was left to an "
                                  "open-label extension",)).plain()
    assert f["blinding"] == "double"


def test_a_study_that_is_the_open_label_extension_is_open():
    f = site_summary("Prospective, open-label extension study. The 96 patients who completed the earlier trial "
                     "received cannabidiol for 48 weeks.",
                     limitations=("No comparison group; the extension was open-label",)).plain()
    assert f["blinding"] == "open"


# --- what would have happened, in a later clause ---------------------------------------------------------------------

def test_narrow_population_then_would_have_been_is_homogeneous():
    f = site_summary("A double-blind trial. Adults with severe PTSD were randomly assigned to MDMA or placebo.",
                     limitations=("A narrow, carefully screened population; many patients seen in practice would "
                                  "have been excluded",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_narrow_population_of_a_future_trial_is_not_this_one():
    f = site_summary("A double-blind trial. Adults with severe PTSD were randomly assigned to MDMA or placebo.",
                     limitations=("Larger trials would be needed; ideally a narrow, carefully screened population",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_future_trial_in_a_later_clause_still_reaches_back():
    f = site_summary("A double-blind trial. Adults with severe PTSD were randomly assigned to MDMA or placebo.",
                     limitations=("Results should be confirmed; a narrow, carefully screened population should be "
                                  "enrolled in future trials",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- a low dose as the comparison ------------------------------------------------------------------------------------

def test_very_low_dose_serving_as_the_comparison_is_active():
    f = site_summary("Double-blind crossover trial. Each of 51 adults received a high dose and a very low dose of "
                     "psilocybin, in an order set by chance. No inactive placebo was used; the very low dose was "
                     "intended to serve as the comparison while keeping expectancy similar.").plain()
    assert f["control"] == "active"


def test_low_dose_as_the_starting_dose_is_no_comparator():
    f = site_summary("Open-label pilot study. Each of 12 adults received psilocybin; the low dose was intended to "
                     "serve as the starting dose before a higher one.").plain()
    assert f["control"] != "active"


# --- those without one -----------------------------------------------------------------------------------------------

def test_people_with_x_compared_with_those_without_one_is_untreated():
    f = site_summary("Register-based cohort study. National registers were searched back to 1972. People with a "
                     "recorded cannabis use disorder were compared with those without one.").plain()
    assert f["control"] == "no-treatment"


def test_those_without_one_without_people_with_is_no_comparison():
    f = site_summary("Register-based cohort study. National registers were searched back to 1972. Each diagnosis "
                     "was compared with those without one.").plain()
    assert f["control"] == "unknown"


# --- no comparison group, the people counted in Methods --------------------------------------------------------------

def test_no_comparison_group_and_patients_included_is_a_case_series():
    f = site_summary("Cases reported to two health departments were investigated. In total, 53 patients were "
                     "included (n = 53). No comparison group of people who vaped without becoming ill was "
                     "assembled.").plain()
    assert f["design"] == "case-series"
    assert f["control"] == "none"


def test_no_comparison_group_without_people_counted_names_no_design():
    f = site_summary("Reports from two health departments were investigated. No comparison group of people who "
                     "vaped without becoming ill was assembled.").plain()
    assert f["design"] != "case-series"


# --- a review's mixed comparators ------------------------------------------------------------------------------------

def test_comparators_varied_is_mixed():
    f = site_summary("Systematic review and meta-analysis of 50 studies of e-cigarettes for smoking cessation. "
                     "Comparators varied: nicotine replacement, e-cigarettes without nicotine, behavioural support "
                     "alone, or no intervention.").plain()
    assert f["control"] == "unknown"


def test_control_groups_varied_in_size_is_not_mixed():
    f = site_summary("Systematic review and meta-analysis of 20 placebo-controlled randomised trials of cytisine. "
                     "Control groups varied in size.").plain()
    assert f["control"] == "placebo"


def test_placebo_or_a_no_drug_control_is_mixed():
    f = site_summary("Systematic review of 150 trials. Only trials in which smokers were allocated at random to nicotine "
                     "replacement or to placebo or a no-nicotine-replacement control were eligible.").plain()
    assert f["control"] == "unknown"


def test_placebo_alone_in_a_review_is_placebo():
    f = site_summary("Systematic review of 150 trials. Only trials in which smokers were allocated at random to nicotine "
                     "replacement or to placebo were eligible.").plain()
    assert f["control"] == "placebo"


# --- both groups after "In all", a breakdown in brackets -------------------------------------------------------------

def test_in_all_two_groups_with_a_breakdown_add_up():
    f = site_summary("Population-based case-control study. In all, 1,212 people with cancer (611 lung, 601 upper "
                     "aerodigestive) and 1,040 people without cancer were interviewed in person.").plain()
    assert f["n"] == 2252


def test_in_all_then_a_second_verb_is_no_sum():
    f = site_summary("Prospective cohort study. In all, 1,000 adults were followed and 950 adults completed "
                     "the final questionnaire.").plain()
    assert f["n"] == 1000


def test_bracket_that_does_not_add_up_keeps_groups_apart():
    f = site_summary("Population-based case-control study. We interviewed 1,212 people with cancer (611 lung, 20 "
                     "other) and 1,040 people without cancer.").plain()
    assert f["n"] != 2252


# --- the comparison group counted in the next sentence ---------------------------------------------------------------

def test_treated_group_then_comparison_group_add_up():
    f = site_summary("Non-randomised controlled trial. The treated group comprised 111 patients. A comparison group "
                     "of 100 patients received the clinic's conventional treatment over the same period.").plain()
    assert f["n"] == 211


def test_people_in_the_programme_group_then_the_comparison_group_add_up():
    f = site_summary("Randomised trial. The 1,304 people in the programme group received text messages. The 1,284 "
                     "people in the comparison group received no programme.").plain()
    assert f["n"] == 2588


def test_a_subgroup_in_the_next_sentence_is_no_second_group():
    f = site_summary("Non-randomised controlled trial. The treated group comprised 111 patients. A subgroup of 40 "
                     "patients had liver disease.").plain()
    assert f["n"] == 111


def test_a_stated_total_outranks_the_groups():
    f = site_summary("Non-randomised controlled trial. In total, 230 patients were enrolled. The treated group "
                     "comprised 111 patients. A comparison group of 100 patients received usual care.").plain()
    assert f["n"] == 230


def test_adults_with_and_adults_without_one_after_compared_is_no_treatment():
    # devset61's x61_12 wording, read by the one "without one" rule both rounds wrote (merged in session 11)
    f = site_summary("Retrospective cohort study using the national hospital discharge database. The team compared "
                     "adults with a recorded alcohol use disorder with adults without one.").plain()
    assert f["control"] == "no-treatment"


def test_adults_with_along_with_adults_without_it_is_no_comparison():
    f = site_summary("Retrospective cohort study using the national hospital discharge database. We enrolled adults "
                     "with asthma, along with adults without it, and recorded admissions.").plain()
    assert f["control"] == "unknown"
