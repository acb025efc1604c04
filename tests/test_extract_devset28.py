"""Rules found on development set 28 (tests/devset28): a literature search in the passive voice
("Embase and MEDLINE were searched"), "no control for" a confounder (not a missing control group),
a comparison group that "did not diet", cells isolated from animals (in-vitro work), animals left on
their ordinary food (untreated, not usual care), a header running "from" a time point "until" an
event (no length), and regimens listed after "two diets:" in a trial (an active comparison)."""
from __future__ import annotations

import pytest

from tests.test_extract_devset11 import summary as site_summary


# --- a database search in the passive voice ------------------------------------------------------

def test_passive_database_search_under_meta_analysis_title_is_a_meta_analysis():
    f = site_summary("Embase, MEDLINE and CENTRAL were searched to March 2021 for randomized, placebo-controlled "
                     "trials of vitamin K in adults. Five trials met the inclusion criteria, with 2,410 participants.",
                     title="Vitamin K and Bone Loss: A Systematic Review and Meta-Analysis of Randomized Trials",
                     participants="2,410 participants").plain()
    assert f["design"] == "meta-analysis"
    assert f["n_studies"] == 5
    assert f["timing"] == "unknown"


def test_passive_database_search_alone_is_a_systematic_review():
    f = site_summary("Scopus and PubMed were searched for cohort studies of tea drinking and "
                     "stroke; findings were summarised narratively.").plain()
    assert f["design"] == "systematic-review"


def test_searching_hospital_records_is_not_a_literature_search():
    f = site_summary("Retrospective cohort study. Hospital databases were searched for adults given vitamin K "
                     "after hip fracture, and 412 patients were followed for 2 years.").plain()
    assert f["design"] == "cohort"


# --- "no control for" a confounder -----------------------------------------------------------------

def test_no_control_for_a_confounder_does_not_deny_the_comparison_group():
    f = site_summary("Non-randomized controlled trial. 30 adults took vitamin D 2000 IU daily for 12 weeks and "
                     "25 adults from the same clinic received no supplement.",
                     limitations=("There was no control for sunlight exposure",)).plain()
    assert f["control"] == "no-treatment"


def test_no_control_group_still_means_none():
    f = site_summary("Open-label pilot study. 14 adults took vitamin D 2000 IU daily for 12 weeks.",
                     limitations=("No control group",)).plain()
    assert f["control"] == "none"


# --- a comparison group that went without the regimen ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Ten lean volunteers of similar age made up the comparison group; they did not fast and were tested once.",
    "Ten lean volunteers of similar age were recruited, and the comparison group did not exercise.",
])
def test_comparison_group_that_did_not_follow_the_regimen_is_no_treatment(sentence):
    f = site_summary("Non-randomised intervention study. Twelve adults with fatty liver followed alternate-day "
                     f"fasting for 10 weeks. {sentence}", compounds="Fasting").plain()
    assert f["control"] == "no-treatment"
    assert f["timing"] == "prospective"


def test_comparison_group_outcome_with_did_not_is_not_no_treatment():
    f = site_summary("Non-randomised intervention study. Twelve adults with fatty liver followed alternate-day "
                     "fasting for 10 weeks and were compared with ten volunteers; the comparison group did not "
                     "lose weight.", compounds="Fasting").plain()
    assert f["control"] != "no-treatment"


# --- cells isolated from animals -----------------------------------------------------------------------

def test_cells_isolated_from_animals_are_in_vitro():
    f = site_summary("Laboratory study. Hepatocytes were freshly isolated from the livers of adult mice and "
                     "incubated with metformin or medium alone.", participants="Isolated hepatocytes",
                     compounds="Metformin").plain()
    assert f["species"] == "in-vitro"


def test_cells_isolated_from_patients_tissue_stay_human():
    f = site_summary("Open-label single-arm trial. Twelve adults took metformin 500 mg daily for 4 weeks; "
                     "stem cells were isolated from fat biopsies and counted.", compounds="Metformin").plain()
    assert f["species"] == "human"


# --- animals left on their ordinary food ------------------------------------------------------------------

def test_animals_kept_on_their_usual_food_are_untreated():
    f = site_summary("Controlled experiment in aged Wistar rats. Half the rats were switched to a high-protein "
                     "chow, and the other rats kept their normal food for the whole study.", compounds="Protein").plain()
    assert f["species"] == "animal"
    assert f["control"] == "no-treatment"


def test_people_kept_on_their_usual_food_are_usual_care():
    f = site_summary("Non-randomized controlled trial. 40 adults ate a high-protein diet for 12 weeks; 38 others "
                     "stayed on their normal diet for the whole study.", compounds="Protein").plain()
    assert f["species"] == "human"
    assert f["control"] == "usual-care"


# --- a header that runs until an event ----------------------------------------------------------------------

@pytest.mark.parametrize("header", ["From 18 months of age until natural death", "From weaning to sacrifice"])
def test_header_from_a_time_point_until_an_event_has_no_length(header):
    f = site_summary("Controlled study in C57BL/6 mice given resveratrol in the chow or the control chow.",
                     duration=header, compounds="Resveratrol").plain()
    assert f["duration_days"] is None


def test_header_with_a_length_before_from_keeps_it():
    f = site_summary("Controlled study in C57BL/6 mice given resveratrol in the chow or the control chow.",
                     duration="24 weeks from first dose to end of treatment", compounds="Resveratrol").plain()
    assert f["duration_days"] == 168


# --- regimens listed after "two diets:" ---------------------------------------------------------------------

def test_two_listed_diets_in_a_randomised_crossover_are_active():
    f = site_summary("Randomized crossover trial. Twenty adults with hypertension ate, in random order, two diets "
                     "for 4 weeks each: a low-sodium diet (1.5 g/day) and a high-potassium diet (4.7 g/day) built "
                     "from fruit and vegetables.", compounds="Potassium").plain()
    assert f["control"] == "active"


def test_listed_diets_including_the_usual_one_are_not_active():
    f = site_summary("Randomized crossover trial. Twenty adults with hypertension ate, in random order, two diets "
                     "for 4 weeks each: a low-sodium diet (1.5 g/day) and their usual diet.",
                     compounds="Potassium").plain()
    assert f["control"] != "active"


def test_listed_diets_without_allocation_are_not_active():
    f = site_summary("Feeding study. Twenty adults with hypertension were described; dietitians designed two "
                     "diets for them: a low-sodium diet and a high-potassium diet.", compounds="Potassium").plain()
    assert f["control"] != "active"
