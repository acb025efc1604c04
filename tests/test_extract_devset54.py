"""Rules found on development set 54 (tests/devset54: eyes, ears, skin, hair and teeth; paired-eye and split-mouth
trials, school clusters), read by the rules alone: examiners "who did not know the school's allocation" were masked
(whose allocation it was, a possessive, may stand before the word); a header length "3 months or longer" is a bound,
no length; "A narrow, largely white, affluent suburban population" is a narrow population, however many listed
adjectives stand between; "Newly diagnosed, untreated adults" are treatment-naive people, not an untreated group;
follicles "cultured in medium alone" are laboratory work whose culture given nothing is the untreated condition (a
controlled experiment); "control schools (1,316 students) kept their usual timetable" is a usual-care comparison
with its count in brackets, as without it."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- examiners unaware of a cluster's allocation -------------------------------------------------------------------

def test_examiners_who_did_not_know_the_schools_allocation_are_masked():
    f = site_summary("Cluster-randomised trial in 30 primary schools. Caries was recorded by calibrated examiners who "
                     "did not know the school's allocation.").plain()
    assert f["blinding"] == "single"


def test_examiners_who_did_not_know_the_schools_address_are_not_masked():
    f = site_summary("Cluster-randomised trial in 30 primary schools. Caries was recorded by calibrated examiners who "
                     "did not know the school's address.").plain()
    assert f["blinding"] == "unknown"


# --- a header length with "or longer" --------------------------------------------------------------------------------

def test_header_months_or_longer_is_a_bound():
    f = site_summary("Retrospective review of records of patients treated with the drug.", duration="3 months or longer",
                     participants="1,404 patients").plain()
    assert f["duration_days"] is None


def test_header_months_is_a_length():
    f = site_summary("Retrospective review of records of patients treated with the drug.", duration="3 months",
                     participants="1,404 patients").plain()
    assert f["duration_days"] == 90


# --- a narrow population described by a list of adjectives --------------------------------------------------------

def test_narrow_population_with_listed_adjectives_is_homogeneous():
    f = site_summary("Prospective cohort of 514 schoolchildren followed for five years.",
                     limitations=("A narrow, largely white, affluent suburban population limits generalisation",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_narrow_margin_with_listed_adjectives_is_not_homogeneous():
    f = site_summary("Prospective cohort of 514 schoolchildren followed for five years.",
                     limitations=("A narrow, largely unexplained, statistical margin separated the groups",)).plain()
    assert f["heterogeneity"] != "homogeneous"


# --- newly diagnosed, untreated people -------------------------------------------------------------------------------

def test_newly_diagnosed_untreated_adults_are_no_untreated_group():
    f = site_summary("Multicentre randomised trial. Newly diagnosed, untreated adults with glaucoma (718 patients) were "
                     "allocated to initial laser (356 patients) or initial eye drops (362 patients).").plain()
    assert f["control"] != "no-treatment"


def test_untreated_adults_as_controls_are_still_untreated():
    f = site_summary("Newly diagnosed adults with glaucoma received laser; untreated adults served as controls.").plain()
    assert f["control"] == "no-treatment"


# --- follicles cultured in medium alone ------------------------------------------------------------------------------

def test_follicles_cultured_in_medium_alone_are_an_untreated_laboratory_control():
    f = site_summary("Laboratory study. Hair follicles were microdissected from scalp biopsies of men with alopecia and "
                     "cultured in medium alone, with testosterone, with caffeine, or with both.").plain()
    assert f["species"] == "in-vitro"
    assert f["control"] == "no-treatment"
    assert f["design"] == "controlled-trial"


def test_medium_word_in_a_human_trial_is_no_laboratory_work():
    f = site_summary("Randomised trial of 80 men with alopecia. A medium dose was given alone or with a shampoo.").plain()
    assert f["species"] == "human"
    assert f["control"] != "no-treatment"


# --- control units with their count in brackets -------------------------------------------------------------------

def test_control_schools_with_a_count_kept_their_usual_timetable_is_usual_care():
    f = site_summary("School-based controlled intervention study. Intervention schools (1,735 students) added two "
                     "outdoor recesses each day; control schools (1,316 students) kept their usual timetable with no "
                     "intervention.").plain()
    assert f["control"] == "usual-care"


def test_control_schools_with_a_count_that_received_nothing_are_untreated():
    f = site_summary("School-based controlled intervention study. Intervention schools (1,735 students) added two "
                     "outdoor recesses each day; control schools (1,316 students) received no intervention.").plain()
    assert f["control"] == "no-treatment"
