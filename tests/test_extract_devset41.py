"""Rules found on development set 41 (tests/devset41: public health and epidemiology), read by the rules alone:
a header whose participants slot holds a slash of its own ("ApoE−/− mice, 4 groups") is still the site's header,
and one that counts "10.9 million people" counts millions; a header that counts places ("21 countries") gives no
n, one that adds "599,912 current drinkers" to a count of studies gives the pooled people; sessions of minutes or
hours ("Two 2-hour walks") are no study length, nor is a daily schedule in prose ("6 hours a day ... over 6
months"); an attention control is a placebo (and "No placebo or attention-control arm" denies one); "animal fat"
is food, not an animal studied; occupations ("pesticide applicators", "farmers") are people; "billing records"
and a "data linkage study" are records, so retrospective; cells treated with an agent are an experiment (a
controlled trial) even with no untreated group named."""
from __future__ import annotations

from tests.test_extract import facts_of
from tests.test_extract_devset11 import summary as site_summary


# --- the site header: a slash inside the participants slot, counts in millions ----------------------------

def test_header_with_a_slash_in_the_participants_slot_still_gives_the_duration():
    f = site_summary("Male mice were exposed to concentrated particles or to filtered air, as a sham exposure.",
                     participants="ApoE−/− mice, 4 groups", duration="6 months").plain()
    assert f["duration_days"] == 180
    assert f["n"] is None


def test_header_with_na_slots_is_read_as_before():
    f = site_summary("Male mice were exposed to concentrated particles or to filtered air, as a sham exposure.",
                     participants="N/A", duration="N/A").plain()
    assert f["duration_days"] is None
    assert f["n"] is None


def test_header_count_in_millions():
    f = site_summary("Cohort study of people covered by national health insurance, exposed or unexposed to CT "
                     "scans in childhood.", participants="10.9 million people").plain()
    assert f["n"] == 10_900_000


def test_header_count_without_millions_is_unchanged():
    f = site_summary("Cohort study of people covered by national health insurance, exposed or unexposed to CT "
                     "scans in childhood.", participants="10,900 people").plain()
    assert f["n"] == 10_900


# --- a header that counts places, a review header that counts drinkers ---------------------------------------

def test_header_counting_countries_is_no_head_count():
    f = site_summary("Ecological analysis: a population-level, cross-sectional comparison of national mortality "
                     "rates and per-capita wine consumption.", participants="21 countries").plain()
    assert f["n"] is None


def test_header_counting_people_in_countries_keeps_its_count():
    f = site_summary("Cross-sectional survey of adults in several European countries.",
                     participants="2,100 adults").plain()
    assert f["n"] == 2100


def test_review_header_pooling_current_drinkers():
    f = site_summary("Individual-participant-data meta-analysis of 83 prospective studies of alcohol intake.",
                     participants="83 studies, 599,912 current drinkers").plain()
    assert f["n"] == 599912
    assert f["n_studies"] == 83


def test_review_header_counting_deaths_after_studies_gives_no_pooled_people():
    f = site_summary("Individual-participant-data meta-analysis of 83 prospective studies of alcohol intake.",
                     participants="83 studies, 40,310 deaths").plain()
    assert f["n"] is None
    assert f["n_studies"] == 83


# --- sessions and schedules are not how long the study ran ------------------------------------------------------

def test_two_walks_of_two_hours_are_no_study_length():
    f = site_summary("Randomised crossover study: adults with asthma walked along a busy street and in a park.",
                     participants="60 adults", duration="Two 2-hour walks").plain()
    assert f["duration_days"] is None


def test_two_treatment_periods_of_six_weeks_keep_their_length():
    f = site_summary("Randomised crossover study of metformin and placebo in older adults.",
                     participants="14 adults", duration="Two 6-week periods").plain()
    assert f["duration_days"] == 42


def test_hours_a_day_are_a_schedule_and_the_months_after_them_the_length():
    f = facts_of(abstract="Mice were exposed to concentrated particles or filtered air for 6 hours a day, 5 days "
                          "a week, over 6 months.", fmt="medline")
    assert f.duration_days == 180


def test_hours_without_a_schedule_are_still_a_length():
    f = facts_of(abstract="Volunteers were exposed to diesel exhaust or filtered air for 6 hours in a chamber.",
                 fmt="medline")
    assert f.duration_days == 0.25


# --- an attention control ----------------------------------------------------------------------------------------

def test_attention_control_is_a_placebo():
    f = site_summary("Randomised trial in older adults: a physical activity programme or health education "
                     "workshops designed to match its contact time (an attention control).",
                     participants="1,635 participants").plain()
    assert f["control"] == "placebo"


def test_no_attention_control_arm_denies_a_placebo():
    f = site_summary("Randomised pilot trial: men followed a diet programme or a control group that received no "
                     "intervention.", participants="43 men",
                     limitations=("No placebo or attention-control arm",)).plain()
    assert f["control"] == "no-treatment"


# --- who was studied: food from animals, occupations ----------------------------------------------------------------

def test_animal_fat_eaten_by_people_is_no_animal_study():
    f = site_summary("Ecological comparison of countries: per-capita consumption of wine and of animal fat came "
                     "from national supply statistics.",
                     limitations=("Averages cannot show that the individuals who drink are those spared",)).plain()
    assert f["species"] == "human"


def test_animal_fed_a_high_fat_diet_is_still_an_animal():
    f = site_summary("Each animal was fed a high-fat diet or chow for 12 weeks.").plain()
    assert f["species"] == "animal"


def test_pesticide_applicators_are_people():
    f = site_summary("The cohort enrolled licensed pesticide applicators, who completed questionnaires on use.",
                     background="Animal and in-vitro studies gave little consistent evidence.",
                     participants="57,311 pesticide applicators").plain()
    assert f["species"] == "human"


def test_background_animal_studies_still_decide_when_the_study_names_nobody():
    f = site_summary("The cohort enrolled licensed users, who completed questionnaires on use.",
                     background="Animal and in-vitro studies gave little consistent evidence.").plain()
    assert f["species"] == "animal"


# --- records and data linkage ---------------------------------------------------------------------------------------

def test_cohort_built_from_billing_records_is_retrospective():
    f = site_summary("Cohort study built by linking Medicare billing records to national cancer registries; "
                     "exposed and unexposed people were compared.", participants="10.9 million people").plain()
    assert f["timing"] == "retrospective"


def test_billing_as_an_outcome_is_not_records():
    f = site_summary("Cohort study of exposed and unexposed people; the outcome was billing errors.",
                     participants="1,000 people").plain()
    assert f["timing"] == "unknown"


# --- cells treated with an agent -------------------------------------------------------------------------------------

def test_cells_treated_with_an_agent_are_a_controlled_experiment():
    f = site_summary("HeLa cells and bronchial epithelial cells were treated with a reactive metabolite, and DNA "
                     "adducts were mapped.").plain()
    assert f["species"] == "in-vitro"
    assert f["design"] == "controlled-trial"


def test_cells_only_grown_and_watched_name_no_design():
    f = site_summary("HeLa cells were serially cultivated and their chromosomes counted at each passage.").plain()
    assert f["species"] == "in-vitro"
    assert f["design"] == "unknown"
