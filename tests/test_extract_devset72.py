"""Rules found on development set 72 (tests/devset72: brain health and cognition in older age, a science journalist's
stories), read by the rules alone: "the intensive group typically needed one more pill" is an amount of treatment, not a
study that is needed; "neither the patients, their caregivers nor the clinic staff knew which bottle was which" hides the
capsules' bottle (double); an open-label trial whose "expert panel ... did not know which group each person was in" is
PROBE (single), and testers "blinded to which group" are one masked party; "a no-contact control group" is an untreated
group, not a denied one; "The people pooled differed widely" and "The sample spanned the whole country and differed
widely by region" are mixed people; "They found 52 such studies" counts a review's studies; "neurons taken from the
hippocampus of embryonic rats" are cells in the dish."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- needed one more pill -------------------------------------------------------------------------------------------

def test_group_that_needed_one_more_pill_stays_randomised():
    f = site_summary("The trial drew 900 adults. They were randomly assigned either to an intensive target or to the "
                     "standard target; the intensive group typically needed one more pill.").plain()
    assert f["design"] == "rct" and f["randomized"] is True


def test_randomised_trials_that_are_needed_are_another_study():
    f = site_summary("Cohort study: 900 adults were followed for five years; randomised trials are needed.").plain()
    assert f["design"] != "rct" and f["randomized"] is not True


# --- which bottle was which -----------------------------------------------------------------------------------------

def test_nobody_knew_which_bottle_was_which_is_double():
    f = site_summary("Randomised trial. 238 were given DHA and 164 got identical-looking capsules, and neither the "
                     "patients, their caregivers nor the clinic staff knew which bottle was which.").plain()
    assert f["blinding"] == "double"


def test_staff_who_knew_which_bottle_was_which_is_not_masked():
    f = site_summary("Randomised trial. 238 were given DHA and 164 got corn-oil capsules; the patients and the clinic "
                     "staff knew which bottle was which.").plain()
    assert f["blinding"] not in ("double", "single")


# --- an unaware panel in an open-label trial (PROBE) ----------------------------------------------------------------

def test_open_label_with_unaware_expert_panel_is_single():
    f = site_summary("Randomized trial. The trial was open-label: patients and their doctors knew the target. The expert "
                     "panel that decided whether someone had developed dementia did not know which group each person "
                     "was in.").plain()
    assert f["blinding"] == "single"


def test_open_label_with_panel_that_knew_the_group_is_open():
    f = site_summary("Randomized trial. The trial was open-label: patients and their doctors knew the target. The expert "
                     "panel that decided whether someone had developed dementia knew which group each person was "
                     "in.").plain()
    assert f["blinding"] == "open"


def test_testers_blinded_to_group_are_one_party():
    f = site_summary("Each was assigned by lottery to training or to a control group. The testers who measured everyone's "
                     "abilities were blinded to which group each person belonged to.").plain()
    assert f["blinding"] == "single"


def test_testers_not_blinded_is_open():
    f = site_summary("Each was assigned by lottery to training or to a control group. The testers who measured everyone's "
                     "abilities were not blinded.").plain()
    assert f["blinding"] == "open"


# --- a no-contact control group -------------------------------------------------------------------------------------

def test_no_contact_control_group_is_untreated():
    f = site_summary("Each was assigned by lottery to memory training, reasoning training or a no-contact control group "
                     "that received no training at all and was only tested.",
                     limitations=("The no-contact controls had no social contact to match the training groups",)).plain()
    assert f["control"] == "no-treatment"


def test_no_control_group_is_none():
    f = site_summary("Prospective single-arm study: 40 adults had training; there was no control group.").plain()
    assert f["control"] == "none"


# --- people who differed widely -------------------------------------------------------------------------------------

def test_people_pooled_differed_widely_is_heterogeneous():
    f = site_summary("Individual-participant-data meta-analysis of 11 randomised trials of B vitamins against placebo.",
                     limitations=("The people pooled differed widely: many had heart disease or kidney disease",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_trials_pooled_differed_widely_in_dose_is_unknown():
    f = site_summary("Individual-participant-data meta-analysis of 11 randomised trials of B vitamins against placebo.",
                     limitations=("The trials pooled differed widely in dose",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_sample_that_spanned_the_country_and_differed_widely_is_heterogeneous():
    f = site_summary("Retrospective cohort of 114,862 people in insurance claims.",
                     limitations=("The sample spanned the whole country and differed widely by region, race and "
                                  "ethnicity",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_sample_that_differed_widely_from_the_population_is_unknown():
    f = site_summary("Retrospective cohort of 114,862 people in insurance claims.",
                     limitations=("The sample was small and differed widely from the general population",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- N such studies -------------------------------------------------------------------------------------------------

def test_such_studies_count_a_reviews_studies():
    f = site_summary("Systematic review and meta-analysis. The authors searched the literature for randomised controlled "
                     "trials of computerised training. They found 52 such studies, which together had enrolled 4,885 "
                     "people.").plain()
    assert f["n_studies"] == 52


def test_such_studies_in_a_cohort_count_no_reviewed_studies():
    f = site_summary("Prospective cohort of 900 adults followed for 8 years; 3 such studies had been done before.").plain()
    assert f["n_studies"] is None


# --- neurons taken from rats ----------------------------------------------------------------------------------------

def test_neurons_taken_from_embryonic_rats_are_in_vitro():
    f = site_summary("The researchers grew neurons taken from the hippocampus of embryonic rats and added homocysteine at "
                     "concentrations close to those found in the blood of people with high levels. Untreated sister "
                     "cultures served as the comparison.").plain()
    assert f["species"] == "in-vitro"


def test_cells_taken_from_trial_patients_are_human():
    f = site_summary("Randomised trial: 80 adults with diabetes took the drug or placebo for 12 weeks; fat cells taken "
                     "from the patients' biopsies were analysed.").plain()
    assert f["species"] == "human"
