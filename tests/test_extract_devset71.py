"""Rules found on development set 71 (tests/devset71: men's health, a blunt informal writer), read by the rules alone:
a note in brackets after the header's count or a results column's name ("12 participants (randomised crossover)",
"Exercise arm (randomised)") is read as the header line; "the sham guys were unblinded" after 3 months lifts masking
later; "nonmasked" is open; "Men differed widely" is mixed people; "a three-way comparison of approaches" and "than men
who started later" compare regimens (active); "62 male powerlifters ... were compared with 1,094 men from ..." counts
both groups; "a small registry-linked cohort" is a records cohort; "8 deaths in the exposed group" sets a cohort's
exposed against the unexposed; "Cases: 369 men ... Controls: 979 men" adds up; "A Prospective Cross-Sectional Snapshot"
is prospective, and a survey's "historical data" is no comparison group; "Case Report and Literature Review" is a case
report; "A mix of study designs", "Both randomised trials and observational studies" and "weren't randomised" make a
review not randomised, though its "Comparison: untreated men" stays; "The included studies were observational"."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- design notes in the header's brackets and in a results column's name ---------------------------------------------

def test_header_count_with_a_design_note_is_randomised():
    f = site_summary("Double-blind, placebo-controlled, two-phase study in 12 men with erectile dysfunction.",
                     participants="12 participants (randomised crossover)").plain()
    assert f["randomized"] is True and f["design"] == "rct"


def test_header_count_with_a_plain_note_is_not_randomised():
    f = site_summary("Double-blind, placebo-controlled, two-phase study in 12 men with erectile dysfunction.",
                     participants="12 participants (men only)").plain()
    assert f["design"] == "controlled-trial" and f["randomized"] is None


def test_results_column_marked_randomised_is_an_rct():
    f = site_summary("155 men on ADT. 82 went into the exercise programme for 12 weeks. 73 went on a waiting list.",
                     table="OutcomeExercise arm (randomised)Wait-list armBetween-group result\nFatigueBetterWorseSignificant"
                     ).plain()
    assert f["design"] == "rct"


def test_results_column_with_a_count_note_is_not_read():
    f = site_summary("155 men on ADT. 82 went into the exercise programme for 12 weeks. 73 went on a waiting list.",
                     table="OutcomeExercise arm (n = 82)Wait-list armBetween-group result\nFatigueBetterWorseSignificant"
                     ).plain()
    assert f["design"] == "controlled-trial"


# --- masking lifted at a stated time --------------------------------------------------------------------------------

def test_sham_arm_unblinded_after_three_months_stays_double():
    f = site_summary("Randomised, sham-controlled trial, double-blind up to the 3-month primary end point.",
                     limitations=("After 3 months the sham guys were unblinded and offered the real treatment",)).plain()
    assert f["blinding"] == "double"


def test_participants_unblinded_without_a_time_is_open():
    f = site_summary("Randomised, sham-controlled trial, double-blind up to the 3-month primary end point.",
                     limitations=("The sham guys were unblinded and knew their group",)).plain()
    assert f["blinding"] == "open"


def test_nonmasked_is_open():
    f = site_summary("Prospective, nonmasked, parallel-group randomised trial at a university hospital.").plain()
    assert f["blinding"] == "open"


def test_masked_is_not_open():
    f = site_summary("Prospective, masked, parallel-group randomised trial; patients and assessors were masked.").plain()
    assert f["blinding"] != "open"


# --- men who differed widely ----------------------------------------------------------------------------------------

def test_men_differed_widely_is_heterogeneous():
    f = site_summary("Randomised trial in 155 men on ADT.",
                     limitations=("Men differed widely: some were on short-term ADT, others on long-term ADT",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_men_differed_widely_from_women_is_not():
    f = site_summary("Randomised trial in 155 men on ADT.",
                     limitations=("Men differed widely from women in how they reported fatigue",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- a comparison of approaches, a later start ----------------------------------------------------------------------

def test_three_way_comparison_of_approaches_is_active():
    f = site_summary("Randomised trial: 545 men to active monitoring, 553 to surgery, 545 to radiotherapy. There's no "
                     "untreated arm as such: this is a three-way comparison of approaches.").plain()
    assert f["control"] == "active"


def test_three_way_comparison_of_outcomes_is_not_active():
    f = site_summary("Randomised trial: 545 men to active monitoring, 553 to surgery, 545 to radiotherapy. We made a "
                     "three-way comparison of outcomes.").plain()
    assert f["control"] != "active"


def test_than_men_who_started_later_is_active():
    f = site_summary("Two concurrent groups of men going through the same rehab programme: 48 who started early and 36 "
                     "who started late. Early starters had better function than men who started later.").plain()
    assert f["control"] == "active"


def test_than_men_who_stopped_later_is_not_active():
    f = site_summary("Two concurrent groups of men going through the same rehab programme: 48 and 36. Early starters "
                     "had better function than men who stopped later.").plain()
    assert f["control"] != "active"


# --- a registry-linked cohort with an exposed group -----------------------------------------------------------------

_POWERLIFTERS = ("62 male powerlifters who placed first to fifth at Finnish championships were compared with 1,094 men "
                 "from a population health survey. Deaths were traced through national registers.")


def test_compared_with_men_counts_both_groups():
    assert site_summary(_POWERLIFTERS).plain()["n"] == 1156


def test_compared_with_a_rate_counts_one_group():
    f = site_summary("62 male powerlifters who placed first to fifth at Finnish championships were compared with 1,094 "
                     "deaths expected from national rates.").plain()
    assert f["n"] == 62


def test_registry_linked_cohort_is_a_retrospective_cohort():
    f = site_summary(_POWERLIFTERS, limitations=("A small registry-linked cohort: few deaths",)).plain()
    assert f["design"] == "cohort" and f["timing"] == "retrospective"


def test_registry_linked_trial_is_not_a_cohort():
    f = site_summary("Randomised trial with registry-linked follow-up of 300 men.").plain()
    assert f["design"] == "rct" and f["timing"] == "prospective"


def test_deaths_in_the_exposed_group_is_untreated():
    f = site_summary(_POWERLIFTERS, limitations=("A small registry-linked cohort: 8 deaths in the exposed group",)).plain()
    assert f["control"] == "no-treatment"


def test_deaths_in_the_most_exposed_group_is_not_untreated():
    f = site_summary(_POWERLIFTERS, limitations=("A small registry-linked cohort: 8 deaths in the most exposed group",)
                     ).plain()
    assert f["control"] != "no-treatment"


# --- cases and controls as labels -----------------------------------------------------------------------------------

def test_cases_and_controls_labels_add_up():
    f = site_summary("Population-based case-control study. Cases: 369 men aged 18 to 44 with a testicular tumour. "
                     "Controls: 979 age-matched men from the same counties.").plain()
    assert f["n"] == 1348


def test_controls_per_case_label_is_not_a_group():
    f = site_summary("Population-based case-control study of 369 men aged 18 to 44 with a testicular tumour. Controls: 2 "
                     "per case, age-matched.").plain()
    assert f["n"] == 369


# --- a prospective cross-sectional study ----------------------------------------------------------------------------

def test_prospective_cross_sectional_title_is_prospective():
    f = site_summary("4,867 young men called up for the military exam gave one semen sample.",
                     title="Young Danes' Semen: A Prospective Cross-Sectional Snapshot").plain()
    assert f["design"] == "cross-sectional" and f["timing"] == "prospective"


def test_cross_sectional_from_a_prospective_cohort_is_not():
    f = site_summary("Cross-sectional analysis of 4,867 young men from a cohort followed prospectively since 1996.").plain()
    assert f["design"] == "cross-sectional" and f["timing"] == "unknown"


def test_survey_against_historical_data_has_no_control():
    f = site_summary("Cross-sectional study: 4,867 young men gave one semen sample.",
                     significance="Compared with historical data from men at a 1940s clinic, these men had worse semen."
                     ).plain()
    assert f["control"] == "unknown"


def test_cohort_against_historical_data_is_historical():
    f = site_summary("Single-arm cohort of 60 men given the drug, compared with historical controls from 2005.").plain()
    assert f["control"] == "historical"


# --- a case report with a literature round-up -----------------------------------------------------------------------

def test_case_report_and_literature_review_is_a_case_report():
    f = site_summary("A 24-year-old man who injected anabolic steroids died suddenly at the gym.", participants="1 participant",
                     title="Sudden Death of a Steroid User: Case Report and Literature Review").plain()
    assert f["design"] == "case-report"


def test_literature_review_alone_is_a_narrative_review():
    f = site_summary("The authors rounded up published reports of steroid-linked sudden deaths.",
                     title="Steroids and Sudden Death: A Literature Review").plain()
    assert f["design"] == "narrative-review"


# --- a review of mixed designs with one comparator ------------------------------------------------------------------

_VARICOCELE = ("Systematic review and meta-analysis of Scopus, PubMed and Embase. Comparison: untreated men with clinical "
               "varicocele. 16 studies, 1,424 repaired and 996 untreated men.")


def test_both_randomised_and_observational_is_not_randomised():
    f = site_summary(_VARICOCELE + " Both randomised trials and observational studies were admitted.").plain()
    assert f["randomized"] is False and f["control"] == "no-treatment"


def test_randomised_trials_only_review_is_randomised():
    f = site_summary(_VARICOCELE.replace("16 studies", "16 randomised trials")).plain()
    assert f["randomized"] is True


def test_mix_of_study_designs_is_not_randomised():
    f = site_summary(_VARICOCELE, limitations=("A mix of study designs; most included studies weren't randomised",)).plain()
    assert f["randomized"] is False


def test_weren_t_randomised_is_a_negation():
    f = site_summary("Non-comparative pilot study of 20 men followed for 12 weeks.",
                     limitations=("The men weren't randomised",)).plain()
    assert f["randomized"] is False


def test_included_studies_were_observational():
    f = site_summary("Systematic review with pooled meta-regression. 185 studies of 42,935 men.",
                     limitations=("The included studies were observational and used varying lab methods",)).plain()
    assert f["randomized"] is False


def test_included_studies_were_mostly_trials_is_not_observational():
    f = site_summary("Systematic review with pooled meta-regression. 185 studies of 42,935 men.",
                     limitations=("The included studies were small and used varying lab methods",)).plain()
    assert f["randomized"] is None


# --- registers named heading-style (session 11: devset7 m14 relabelled by LABELLING's registry rule) ------------------

def test_a_registry_analysis_and_a_registers_heading_are_records_cohorts():
    for methods in ("Registry analysis (2007-2021). Nationwide health registers of Denmark, Norway and Sweden. New users "
                    "of GLP-1 receptor agonists (n = 145,410) compared with new users of DPP-4 inhibitors.",
                    "Cohort study. Nationwide Swedish registers: every man under 80 hospitalised with a first heart "
                    "attack in 2007 to 2013."):
        assert site_summary("Methods: " + methods).plain()["timing"] == "retrospective"


def test_registers_that_only_gave_outcomes_or_registered_a_trial_decide_no_timing():
    f = site_summary("Methods: Cohort study of 5,000 adults. National registers of causes of death gave the "
                     "outcomes.").plain()
    assert f["timing"] == "unknown"
    f = site_summary("Methods: Randomised trial registered in national trial registers: 200 adults.").plain()
    assert f["timing"] == "prospective"
