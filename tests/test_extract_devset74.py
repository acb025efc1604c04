"""Rules found on development set 74 (tests/devset74: vaccines, infection prevention and antimicrobial stewardship), read
by the rules alone: "only unblinded pharmacy staff preparing the doses knew the arm" names the dose preparers of a masked
trial, not an open one; "Restricted to inpatients over 50" is a narrowed population; "each ward continued routine
practice" until its step is usual care; "or with the same disposable washcloths without chlorhexidine" is the product
without its active part (placebo); "received no sanitiser and no other intervention" is untreated; a survey's "no
intervention or comparison group" leaves its control unknown, not none; "1,054 case patients, each with one control"
counts cases and controls; "304 animals were in the control enclosure, 303 in the ioniser enclosure and 307 in the UV
enclosure" adds up the groups."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- unblinded dose preparers ---------------------------------------------------------------------------------------

def test_unblinded_pharmacy_staff_leave_a_masked_trial_double():
    f = site_summary("Randomised, placebo-controlled trial. 400 adults were allocated to vaccine or saline placebo. "
                     "Participants and the staff assessing outcomes were masked to allocation; only unblinded pharmacy "
                     "staff preparing the doses knew the arm.").plain()
    assert f["blinding"] == "double"


def test_an_unblinded_trial_whose_pharmacy_prepared_doses_is_open():
    f = site_summary("Randomised, placebo-controlled trial. 400 adults were allocated to vaccine or saline placebo. "
                     "The trial was unblinded; participants knew the arm and pharmacy staff prepared the doses.").plain()
    assert f["blinding"] == "open"


# --- restricted to inpatients ---------------------------------------------------------------------------------------

def test_restricted_to_inpatients_is_homogeneous():
    f = site_summary("Randomised, double-blind, placebo-controlled trial. 135 patients were randomised.",
                     limitations=("Restricted to inpatients over 50 able to drink the product",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_an_analysis_restricted_to_inpatients_is_not_homogeneous():
    f = site_summary("Randomised, double-blind, placebo-controlled trial. 135 patients were randomised.",
                     limitations=("The analysis was restricted to inpatients with complete records",)).plain()
    assert f["heterogeneity"] != "homogeneous"


# --- continued routine practice -------------------------------------------------------------------------------------

def test_wards_that_continued_routine_practice_until_their_step_are_usual_care():
    f = site_summary("Stepped-wedge cluster randomised trial in 16 hospitals. Until its step, each ward continued "
                     "routine practice under the national campaign, which served as the comparator.").plain()
    assert f["control"] == "usual-care"


def test_an_intervention_continued_as_routine_practice_is_not_usual_care():
    f = site_summary("Stepped-wedge cluster randomised trial in 16 hospitals. After the trial, each ward continued the "
                     "feedback cycle as routine practice.").plain()
    assert f["control"] != "usual-care"


# --- the same product without its active part, after "or" -----------------------------------------------------------

def test_or_the_same_washcloths_without_chlorhexidine_is_placebo():
    f = site_summary("Cluster-randomised, crossover trial in nine units. Each unit was allocated at random to bathing "
                     "with 2% chlorhexidine washcloths or with the same disposable washcloths without chlorhexidine, "
                     "then crossed over.").plain()
    assert f["control"] == "placebo"


def test_the_same_washcloths_used_by_every_unit_are_not_placebo():
    f = site_summary("Cluster-randomised, crossover trial in nine units. Each unit was allocated at random to daily "
                     "bathing or to bathing only when soiled; all units used the same disposable washcloths without "
                     "any additive.").plain()
    assert f["control"] != "placebo"


# --- no sanitiser and no other intervention -------------------------------------------------------------------------

def test_comparator_that_received_no_product_and_no_other_intervention_is_untreated():
    f = site_summary("Controlled trial in 16 schools, paired and assigned by the investigators (not randomised). "
                     "Comparator schools received no sanitiser and no other intervention.").plain()
    assert f["control"] == "no-treatment"


def test_comparator_that_received_no_product_but_its_usual_lessons_is_not_untreated():
    f = site_summary("Controlled trial in 16 schools, paired and assigned by the investigators (not randomised). "
                     "Comparator schools received no sanitiser and kept their usual handwashing lessons.").plain()
    assert f["control"] != "no-treatment"


# --- a survey with no comparison group ------------------------------------------------------------------------------

def test_survey_without_a_comparison_group_has_unknown_control():
    f = site_summary("Cross-sectional point-prevalence survey in 183 hospitals. 11,282 patients were surveyed on one "
                     "day; no intervention or comparison group was involved.").plain()
    assert f["control"] == "unknown"


def test_case_series_without_a_comparison_group_has_none():
    f = site_summary("Retrospective case series of 23 patients seen at military clinics; there was no comparison "
                     "group.").plain()
    assert f["control"] == "none"


# --- cases each with a matched control ------------------------------------------------------------------------------

def test_cases_each_with_one_matched_control_are_counted_twice():
    f = site_summary("Hospital-based case-control study at 11 hospitals. Adults with invasive infection were enrolled "
                     "as cases: 1,054 case patients, each with one control matched for age and hospital.").plain()
    assert f["n"] == 2108


def test_cases_each_matched_to_two_controls_are_counted_three_times():
    f = site_summary("Population-based case-control study. 400 cases were each matched to two controls by age and "
                     "sex.").plain()
    assert f["n"] == 1200


def test_cases_each_with_one_or_more_controls_are_no_count():
    f = site_summary("Hospital-based case-control study at 11 hospitals. Adults with invasive infection were enrolled "
                     "as cases: 1,054 case patients, each with one or more controls matched for age.").plain()
    assert f["n"] != 2108


# --- groups listed after the first group's count --------------------------------------------------------------------

def test_animals_in_three_enclosures_add_up():
    f = site_summary("Non-randomised controlled exposure of guinea pigs to ward air. Altogether 304 animals were in the "
                     "control enclosure, 303 in the ioniser enclosure and 307 in the UV enclosure.").plain()
    assert f["n"] == 914


def test_a_number_in_another_kind_of_phrase_is_not_a_group():
    f = site_summary("Non-randomised controlled exposure of guinea pigs to ward air. Altogether 304 animals were in the "
                     "control enclosure, 30 in the first month.").plain()
    assert f["n"] == 304
