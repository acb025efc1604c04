"""Rules found on development set 29 (tests/devset29): a group that "kept to their usual" routine
(usual care), people followed "through the end of <year>" (a cohort), "case mix varied widely"
(heterogeneous), "searched ... databases for studies" (a systematic review), "or <something> as
vehicle" (placebo), "with or without pretreatment" (an untreated comparison), "neither ... nor ...
knowing which gel" (double-blind), a header "25 RCTs, 1,024 participants" (n is the people), a
randomisation "and <something else> not described" (unknown), and "N were treated with X and M
were not," (the untreated group)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a group that went on with its usual routine ------------------------------------------------

def test_group_keeping_to_its_usual_routine_is_usual_care():
    f = site_summary("Randomised trial. Office workers were assigned to a standing desk or, in the second "
                     "group, just stuck to their regular seated workstations for 12 weeks.",
                     compounds="Standing desk").plain()
    assert f["control"] == "usual-care"


def test_everyone_keeping_to_their_usual_diet_is_not_a_comparator():
    f = site_summary("Single-arm pilot study. All participants took the powder daily and were asked to keep "
                     "to their usual diet for 12 weeks.", compounds="Creatine").plain()
    assert f["control"] != "usual-care"


# --- people followed over calendar time ---------------------------------------------------------

def test_people_followed_through_a_calendar_year_are_a_cohort():
    f = site_summary("From a national prescription register, analysts found 9,400 adults with gout who "
                     "began allopurinol and followed them until the end of 2019 for heart attacks.",
                     compounds="Allopurinol").plain()
    assert f["design"] == "cohort"


def test_followed_to_a_time_after_dosing_is_not_a_cohort():
    f = site_summary("Volunteers took one dose of the drug and were followed to 24 hours after dosing for "
                     "blood levels.", compounds="Allopurinol").plain()
    assert f["design"] != "cohort"


# --- case mix -------------------------------------------------------------------------------------

def test_case_mix_that_varied_is_heterogeneous():
    f = site_summary("Retrospective cohort study of hospital records of 800 adults with sepsis.",
                     limitations=("The case mix was highly varied across the three hospitals",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_adjusting_for_case_mix_says_nothing_of_the_population():
    f = site_summary("Retrospective cohort study of hospital records of 800 adults with sepsis.",
                     limitations=("Results were adjusted for case mix only in part",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- a literature search ------------------------------------------------------------------------

def test_searching_databases_for_studies_is_a_systematic_review():
    f = site_summary("The reviewers searched four bibliographic databases for trials of sauna bathing and "
                     "included 14 studies, which were summarised narratively.", compounds="Sauna").plain()
    assert f["design"] == "systematic-review"


def test_searching_hospital_databases_for_patients_is_not_a_review():
    f = site_summary("Retrospective cohort study. The team searched the hospital's databases for patients "
                     "given sauna therapy between 2010 and 2015.", compounds="Sauna").plain()
    assert f["design"] != "systematic-review"


# --- vehicle as the other arm -------------------------------------------------------------------

def test_other_arm_given_the_vehicle_is_placebo():
    f = site_summary("Rats with induced arthritis were given the peptide in sterile saline by injection or "
                     "an equal injection of sunflower oil as the vehicle for two weeks.",
                     compounds="BPC-157", participants="Rats").plain()
    assert f["species"] == "animal"
    assert f["control"] == "placebo"


def test_vehicle_the_drug_was_dissolved_in_is_not_a_placebo_arm():
    f = site_summary("Rats with induced arthritis were injected daily with the peptide dissolved in sesame oil "
                     "as vehicle, and joint swelling was scored before and after two weeks.",
                     compounds="BPC-157", participants="Rats").plain()
    assert f["control"] != "placebo"


# --- with or without pretreatment ---------------------------------------------------------------

def test_cells_with_or_without_pretreatment_have_an_untreated_comparison():
    f = site_summary("Cultured human keratinocytes were irradiated with UVB with or without pre-treatment "
                     "with the peptide for one hour, and cell death was measured.", compounds="GHK-Cu",
                     participants="Cell culture").plain()
    assert f["species"] == "in-vitro"
    assert f["control"] == "no-treatment"
    assert f["design"] == "controlled-trial"


def test_pretreatment_given_to_every_culture_is_no_untreated_comparison():
    f = site_summary("Cultured human keratinocytes were irradiated with UVB after pre-treatment with the "
                     "peptide for one hour, and cell death was measured.", compounds="GHK-Cu",
                     participants="Cell culture").plain()
    assert f["control"] != "no-treatment"


# --- masking said with "knowing" ----------------------------------------------------------------

def test_neither_party_knowing_which_cream_is_double():
    f = site_summary("Randomised trial. 60 adults with eczema applied the peptide cream or a look-alike base "
                     "cream for four weeks, neither the participants nor the clinicians knowing which cream "
                     "was which.", compounds="Peptide cream").plain()
    assert f["blinding"] == "double"


def test_both_parties_knowing_which_cream_is_not_double():
    f = site_summary("Randomised trial. 60 adults with eczema applied the peptide cream or a plain base "
                     "cream for four weeks, both the participants and the clinicians knowing which cream "
                     "was which.", compounds="Peptide cream").plain()
    assert f["blinding"] != "double"


# --- header with trials and people after a comma ------------------------------------------------

def test_header_counting_trials_then_people_gives_the_people():
    f = site_summary("Meta-analysis of randomized controlled trials of magnesium for sleep; 12 trials were "
                     "pooled with random-effects models.", participants="12 RCTs, 850 participants",
                     compounds="Magnesium").plain()
    assert f["n"] == 850
    assert f["n_studies"] == 12


def test_header_counting_trials_only_is_not_the_people():
    f = site_summary("Meta-analysis of randomized controlled trials of magnesium for sleep; 12 trials were "
                     "pooled with random-effects models.", participants="12 RCTs", compounds="Magnesium").plain()
    assert f["n"] != 12
    assert f["n_studies"] == 12


# --- randomisation unreported together with something else -------------------------------------

def test_randomisation_and_another_step_not_described_is_unknown():
    f = site_summary("Male mice were fed the peptide in their chow or plain chow for eight weeks.",
                     participants="Mice", compounds="Epitalon",
                     limitations=("Randomisation and masked tumour counting were not reported",)).plain()
    assert f["randomized"] is None
    assert f["design"] != "rct"


def test_randomisation_described_before_another_step_unreported_stays_randomised():
    f = site_summary("Male mice were fed the peptide in their chow or plain chow for eight weeks.",
                     participants="Mice", compounds="Epitalon",
                     limitations=("Randomisation used a computer and the feeding schedule was not reported",)).plain()
    assert f["randomized"] is True


# --- "and M were not," ----------------------------------------------------------------------------

def test_treated_and_the_rest_were_not_is_no_treatment():
    f = site_summary("Retrospective cohort study of a national claims database: 4,100 adults with burns, of "
                     "whom 1,250 were treated with hyperbaric oxygen and 2,850 were not, compared for "
                     "survival.", compounds="Hyperbaric oxygen").plain()
    assert f["design"] == "cohort"
    assert f["control"] == "no-treatment"


def test_were_not_followed_by_a_verb_is_not_an_untreated_group():
    f = site_summary("Retrospective cohort study of a national claims database: 4,100 adults with burns, of "
                     "whom 1,250 were treated with hyperbaric oxygen and 2,850 were not followed up for "
                     "survival.", compounds="Hyperbaric oxygen").plain()
    assert f["control"] != "no-treatment"
