"""Rules found on development set 23 (tests/devset23): a party-blind term widened by the sentence that
names who was kept unaware; a "standard-dose" arm as an active comparator; header durations that give
two lengths or an event plus a length; a single-arm study against historical controls as a cohort; a
cohort's "in routine care" as its setting; "a narrow, <adjectives> population"; "electronic records"
as a sign of looking back; a study nested in a randomised trial; a case report has no control; and
"compared with the same treatment without <add-on>" as usual care."""
from __future__ import annotations

import pytest

from tests.test_extract_devset11 import summary as site_summary


# --- "observer-blind: neither A nor B knew" ------------------------------------------------------

def test_party_blind_term_explained_by_two_unaware_parties_is_double():
    f = site_summary("Randomized, placebo-controlled vaccine trial, assessor-blind: neither the volunteers nor "
                     "the nurses grading the rashes knew which injection had been given. 900 adults took part.").plain()
    assert f["blinding"] == "double"


def test_party_blind_term_alone_stays_single():
    f = site_summary("Randomized, placebo-controlled vaccine trial, assessor-blind. 900 adults took part; "
                     "the volunteers knew which injection they had been given.").plain()
    assert f["blinding"] == "single"


def test_party_blind_term_with_one_unaware_party_stays_single():
    f = site_summary("Randomized, placebo-controlled vaccine trial, assessor-blind: the nurses grading the "
                     "rashes did not know which injection had been given. 900 adults took part.").plain()
    assert f["blinding"] == "single"


# --- standard dose as the comparator --------------------------------------------------------------

def test_standard_dose_arm_is_an_active_comparator():
    f = site_summary("Randomized, double-blind trial. 200 adults with heart failure were assigned to a high-dose "
                     "iron infusion (1000 mg) or standard-dose oral iron (200 mg daily); the standard dose was "
                     "the comparator.", compounds="Iron").plain()
    assert f["control"] == "active"


def test_standard_care_arm_is_still_not_active():
    f = site_summary("Randomized, open-label trial. 200 adults with heart failure were assigned to an iron "
                     "infusion (1000 mg) or standard care.", compounds="Iron").plain()
    assert f["control"] == "usual-care"


# --- header durations that give no single length -----------------------------------------------------

@pytest.mark.parametrize("duration", ["6 or 10 weeks", "12 weeks or 24 weeks", "Length of radiotherapy + 6 months",
                                      "Hospital stay plus 30 days"])
def test_header_with_alternative_or_event_plus_length_gives_no_duration(duration):
    f = site_summary("Randomized trial of 80 adults.", duration=duration).plain()
    assert f["duration_days"] is None


@pytest.mark.parametrize("duration, days", [("10 weeks", 70), ("6 months", 180)])
def test_plain_header_duration_is_still_read(duration, days):
    f = site_summary("Randomized trial of 80 adults.", duration=duration).plain()
    assert f["duration_days"] == days


# --- single arm against historical controls ----------------------------------------------------------

def test_single_arm_study_with_historical_comparison_is_a_cohort():
    f = site_summary("Open single-arm feasibility study with a historical comparison. 14 children with sepsis "
                     "received the new fluid protocol and were compared with 14 children treated the year before.",
                     compounds="Fluids").plain()
    assert f["design"] == "cohort"
    assert f["control"] == "historical"


def test_single_arm_study_without_historical_comparison_stays_case_series():
    f = site_summary("Open single-arm feasibility study. 14 children with sepsis received the new fluid protocol; "
                     "there was no comparison group.", compounds="Fluids").plain()
    assert f["design"] == "case-series"


# --- "in routine care" is a cohort's setting ------------------------------------------------------------

def test_cohort_treated_in_routine_care_has_no_usual_care_comparator():
    f = site_summary("Retrospective cohort using a national pharmacy register. 9,000 adults who started "
                     "biologic therapy in routine care were followed; those who reached remission were compared "
                     "with those who did not.", compounds="Adalimumab").plain()
    assert f["design"] == "cohort"
    assert f["control"] != "usual-care"


def test_cohort_compared_with_routine_care_keeps_usual_care():
    f = site_summary("Prospective cohort. 400 adults who joined a walking group were compared with 400 "
                     "neighbours receiving routine care.", compounds="Exercise").plain()
    assert f["control"] == "usual-care"


# --- a narrow population with adjectives between ------------------------------------------------------

def test_narrow_population_with_adjectives_is_homogeneous():
    f = site_summary("Prospective cohort of 3,000 miners followed for 10 years.",
                     limitations=("A narrow, mostly middle-aged working population",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_narrow_window_in_a_population_is_not_homogeneity():
    f = site_summary("Prospective cohort of 3,000 miners followed for 10 years.",
                     limitations=("A narrow, therapeutic window in this population",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- electronic records ---------------------------------------------------------------------------------

def test_cohort_in_electronic_records_is_retrospective():
    f = site_summary("Matched cohort study in the electronic records of a regional insurer. 20,000 adults given "
                     "the flu vaccine were matched to unvaccinated members.", compounds="Vaccine").plain()
    assert f["design"] == "cohort"
    assert f["timing"] == "retrospective"


def test_trial_with_electronic_records_stays_prospective():
    f = site_summary("Randomized trial. 500 adults were assigned to a reminder letter or no letter; uptake was "
                     "read from electronic records.", compounds="Vaccine").plain()
    assert f["timing"] == "prospective"


# --- a study nested in a randomised trial ---------------------------------------------------------------

def test_cohort_nested_in_randomized_trial_is_not_randomized():
    f = site_summary("Prospective cohort study nested in a randomized statin trial. 2,000 participants reported "
                     "their coffee intake; drinkers were compared with non-drinkers.", compounds="Coffee").plain()
    assert f["design"] == "cohort"
    assert f["randomized"] is False


def test_randomized_trial_with_nested_substudy_word_elsewhere_stays_rct():
    f = site_summary("Randomized, double-blind, placebo-controlled trial of 2,000 adults; a sleep substudy was "
                     "nested in it.", compounds="Coffee").plain()
    assert f["design"] == "rct"
    assert f["randomized"] is True


# --- a case report has no comparator --------------------------------------------------------------------

def test_case_report_with_untreated_history_has_no_control():
    f = site_summary("Case report. A boy whose father had received no treatment for the same disorder was given "
                     "the enzyme at age 3.", participants="1 patient", compounds="Enzyme").plain()
    assert f["design"] == "case-report"
    assert f["control"] == "none"


def test_untreated_group_in_a_cohort_is_still_no_treatment():
    f = site_summary("Retrospective cohort. 300 patients received the enzyme and 300 received no treatment.",
                     compounds="Enzyme").plain()
    assert f["control"] == "no-treatment"


# --- the same treatment without the add-on ------------------------------------------------------------

def test_same_treatment_without_add_on_is_usual_care():
    f = site_summary("Randomized trial. 120 adults with colon cancer received chemotherapy plus curcumin, "
                     "compared with the same therapy without curcumin.", compounds="Curcumin").plain()
    assert f["control"] == "usual-care"


def test_treatment_without_any_drug_is_not_usual_care():
    f = site_summary("Randomized trial. 120 adults with colon cancer received curcumin, compared with "
                     "observation without any treatment.", compounds="Curcumin").plain()
    assert f["control"] != "usual-care"
