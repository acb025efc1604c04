"""Rules found on development set 33 (tests/devset33): "cross-sectional area" as a size measured on a
scan, "at one point in time" as a cross-sectional cue, a participant count given only as a
results-table row, an active-recovery comparator, "between the treated and those who had not" as
an untreated comparison, reports of several patients as a case series, "trials differed widely in
populations" as heterogeneity, a saline arm listed as "(control)", and a review comparing with
untreated groups "or with other" treatments as mixed comparators."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- cross-sectional area is a measurement ---------------------------------------------------

def test_cross_sectional_area_does_not_make_a_cross_sectional_design():
    f = site_summary("Sixteen older men took leucine or a matching placebo for 8 weeks. Thigh muscle cross-sectional "
                     "area was read from CT scans.", title="Leucine and Thigh Muscle in Older Men: A Randomised Trial",
                     compounds="Leucine").plain()
    assert f["design"] == "rct"


def test_cross_sectional_survey_still_is_cross_sectional():
    f = site_summary("A cross-sectional survey of 400 nurses measured serum ferritin once.",
                     compounds="Iron").plain()
    assert f["design"] == "cross-sectional"


# --- one point in time ------------------------------------------------------------------------

def test_one_point_in_time_is_cross_sectional():
    f = site_summary("Ferritin was measured in 300 blood donors and related to their reported fatigue.",
                     limitations=("Everything was measured at a single point in time",),
                     compounds="Iron").plain()
    assert f["design"] == "cross-sectional"


def test_one_point_in_time_does_not_override_a_trial():
    f = site_summary("120 adults were randomised to iron or placebo in a double-blind trial for 12 weeks.",
                     limitations=("Fatigue assessed at a single point in time",),
                     compounds="Iron").plain()
    assert f["design"] == "rct"


# --- a count given only in the results table ----------------------------------------------------

def test_count_row_of_the_table_is_n_when_nothing_else_counts():
    f = site_summary("Serum magnesium was measured in the members of one rowing club before the season.",
                     table="OutcomeResult\nAthletes examined64\nLow magnesium~30%", compounds="Magnesium").plain()
    assert f["n"] == 64


def test_screened_row_of_the_table_is_not_n():
    f = site_summary("Serum magnesium was measured in the members of one rowing club before the season.",
                     table="OutcomeResult\nAthletes screened64\nLow magnesium~30%", compounds="Magnesium").plain()
    assert f["n"] is None


def test_table_row_does_not_replace_a_count_in_the_prose():
    f = site_summary("Serum magnesium was measured in 70 athletes before the season.",
                     table="OutcomeResult\nRowers with results64\nParticipants analysed64", compounds="Magnesium").plain()
    assert f["n"] == 70


# --- active recovery as the comparator --------------------------------------------------------

def test_active_recovery_comparison_group_is_active():
    f = site_summary("Thirty footballers were randomly allocated to contrast showers or to easy jogging "
                     "(active recovery) after every match for one season.", compounds="Hydrotherapy").plain()
    assert f["control"] == "active"


def test_compared_with_active_recovery_is_active():
    f = site_summary("Thirty footballers were randomly allocated to two groups after every match for one season; "
                     "contrast showers were compared with an active recovery of easy jogging.",
                     compounds="Hydrotherapy").plain()
    assert f["control"] == "active"


def test_active_recovery_mentioned_without_comparison_is_not_a_comparator():
    f = site_summary("Thirty footballers were randomly allocated to contrast showers or a seated rest; all "
                     "skipped active recovery for the season.", compounds="Hydrotherapy").plain()
    assert f["control"] != "active"


# --- exposed versus those who had not ---------------------------------------------------------

def test_between_exposed_and_those_who_had_not_is_no_treatment():
    f = site_summary("Retrospective cohort from an insurance database. Time to hip replacement was compared "
                     "between adults who had received steroid injections and those who had not.",
                     compounds="Corticosteroid").plain()
    assert f["design"] == "cohort"
    assert f["control"] == "no-treatment"


def test_between_exposure_levels_is_not_no_treatment():
    f = site_summary("Retrospective cohort from an insurance database. Time to hip replacement was compared "
                     "between adults who had received one injection and those who had received three.",
                     compounds="Corticosteroid").plain()
    assert f["control"] != "no-treatment"


# --- several case reports are a case series ---------------------------------------------------

def test_two_case_reports_are_a_case_series():
    f = site_summary("Case reports of two women who developed jaundice after taking a green tea extract.",
                     participants="2 patients", compounds="Green tea extract").plain()
    assert f["design"] == "case-series"
    assert f["control"] == "none"


def test_single_case_report_stays_a_case_report():
    f = site_summary("Case report of a woman who developed jaundice after taking a green tea extract.",
                     participants="1 patient", compounds="Green tea extract").plain()
    assert f["design"] == "case-report"


# --- trials that differed in their populations --------------------------------------------------

def test_trials_differing_in_populations_is_heterogeneous():
    f = site_summary("Meta-analysis of 14 randomized controlled trials (2,100 participants) of zinc versus placebo.",
                     limitations=("The studies differed considerably in their participants, from infants to care-home residents",),
                     compounds="Zinc").plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_trials_differing_in_dose_is_not_population_heterogeneity():
    f = site_summary("Meta-analysis of 14 randomized controlled trials (2,100 participants) of zinc versus placebo.",
                     limitations=("The studies differed considerably in dose and formulation",),
                     compounds="Zinc").plain()
    assert f["heterogeneity"] != "heterogeneous"


# --- saline listed as the control arm -----------------------------------------------------------

def test_saline_listed_as_control_is_placebo():
    f = site_summary("Experimental study in rats with a tibial fracture. Animals were put into groups given:\n"
                     "  • Peptide X 5 µg/kg daily\n  • Calcitonin injections\n  • Saline (control)",
                     compounds="Peptide X").plain()
    assert f["species"] == "animal"
    assert f["control"] == "placebo"


def test_saline_used_for_rinsing_is_not_a_control():
    f = site_summary("Experimental study in rats with a tibial fracture. Animals were given peptide X 5 µg/kg daily; "
                     "wounds were rinsed with saline (routine care) before closure.",
                     compounds="Peptide X").plain()
    assert f["control"] != "placebo"


# --- reviews with untreated or other comparators ------------------------------------------------

def test_review_against_no_treatment_or_other_treatments_is_mixed():
    f = site_summary("Systematic review and meta-analysis of randomized trials comparing massage after running "
                     "with no treatment, or with other therapies such as stretching or foam rolling. Twelve trials "
                     "with 300 participants were included.", compounds="Massage").plain()
    assert f["design"] == "meta-analysis"
    assert f["control"] == "unknown"


def test_review_against_no_treatment_only_is_no_treatment():
    f = site_summary("Systematic review and meta-analysis of randomized trials comparing massage after running "
                     "with no treatment. Twelve trials with 300 participants were included.", compounds="Massage").plain()
    assert f["control"] == "no-treatment"
