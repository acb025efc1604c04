"""Rules found on development set 25 (tests/devset25: preclinical and early human work): "hours later"
is a time, not a later study; worms, nematodes and fruit flies are animals, and untreated worms or
embryos are an untreated group; "a narrow and uniform group" is homogeneous; observers "unaware of
treatment" are masked; the top of a range ("five to eight mice per group") is no count; every dose
taken by everyone in a crossover is a dose comparison; a header washout is no length; a case series
of one patient is a case report; "did not report randomisation or blinding" leaves both unknown; an
animal meta-analysis counts experiments; pooled studies that "differed in strain and sex" are a
heterogeneous population; a cohort grouped by regimen sets the drug against another drug; and an
allocation said not to be random ("split by clutch, not randomly") is randomized false."""
from __future__ import annotations

import pytest

from tests.test_extract_devset11 import summary as site_summary


# --- "hours later" is when, not another study ----------------------------------------------------

def test_time_later_does_not_make_the_allocation_foreign():
    f = site_summary("Adult mice underwent spinal cord injury. Three days later they were randomly "
                     "allocated to peptide injections or the same volume of vehicle.", participants="30 mice").plain()
    assert f["randomized"] is True
    assert f["design"] == "rct"


def test_a_later_trial_is_still_another_study():
    f = site_summary("Open-label pilot of 14 adults who took the peptide for 8 weeks; there was no comparison "
                     "group. A later randomized trial by another group is under way.", participants="14 adults").plain()
    assert f["randomized"] is not True


# --- invertebrate models ---------------------------------------------------------------------------

def test_nematodes_with_an_untreated_comparison_are_an_animal_controlled_experiment():
    f = site_summary("Laboratory study. Young adult nematodes were kept on agar dishes containing spermidine; "
                     "untreated worms on ordinary dishes served for comparison.",
                     significance="Whether this carries over to people is unknown.",
                     participants="Nematodes").plain()
    assert f["species"] == "animal"
    assert f["design"] == "controlled-trial"
    assert f["control"] == "no-treatment"


def test_untreated_embryos_named_in_limitations_make_a_controlled_experiment():
    f = site_summary("Laboratory study in zebrafish embryos with a muscle defect. Clutches were split between "
                     "medium with the vitamin and ordinary medium.",
                     limitations=("Treated and untreated embryos came from the same clutches",),
                     participants="Zebrafish embryos").plain()
    assert f["species"] == "animal"
    assert f["design"] == "controlled-trial"


def test_children_with_intestinal_worms_are_people():
    f = site_summary("Randomized trial. Children infected with intestinal worms were assigned to "
                     "albendazole or placebo tablets for 3 days.", participants="300 children").plain()
    assert f["species"] == "human"


# --- a narrow and uniform group --------------------------------------------------------------------

def test_narrow_and_uniform_group_is_homogeneous():
    f = site_summary("Older female rhesus monkeys received the drug or no drug for 2 years.",
                     limitations=("Females only, a uniform and narrow group",), participants="20 monkeys").plain()
    assert f["heterogeneity"] == "homogeneous"


def test_uniform_dosing_says_nothing_of_who_was_studied():
    f = site_summary("Randomized trial of 40 adults who took the drug or placebo for 12 weeks.",
                     limitations=("Uniform dosing schedule for all",), participants="40 adults").plain()
    assert f["heterogeneity"] == "unknown"


# --- observers unaware of treatment ----------------------------------------------------------------

def test_scorers_unaware_of_treatment_are_single_masking():
    f = site_summary("Rats were randomly assigned to the peptide or saline. Wound closure was scored on day 14 "
                     "by two pathologists unaware of treatment.", participants="24 rats").plain()
    assert f["blinding"] == "single"


def test_unaware_of_treatment_options_is_no_masking():
    f = site_summary("Cross-sectional survey of 500 adults, many of whom were unaware of treatment options "
                     "for insomnia.", participants="500 adults").plain()
    assert f["blinding"] == "unknown"


# --- the top of a range is no count ----------------------------------------------------------------

def test_range_of_animals_per_group_gives_no_count():
    f = site_summary("Old mice were given the compound or vehicle for two weeks (six to ten mice per group).",
                     participants="Mice").plain()
    assert f["n"] is None


def test_stated_group_size_still_counts():
    f = site_summary("Old mice were given the compound or vehicle for two weeks (ten mice per group).",
                     participants="Mice").plain()
    assert f["n"] == 20


# --- every dose in a crossover ----------------------------------------------------------------------

def test_every_dose_taken_in_a_crossover_is_a_dose_comparison():
    f = site_summary("Ten healthy adults each took single doses of 250, 500 and 1,000 mg of the supplement "
                     "in a crossover, a week apart.", participants="10 adults").plain()
    assert f["control"] == "active"
    assert f["design"] == "controlled-trial"
    assert f["timing"] == "prospective"


def test_dose_escalation_across_cohorts_is_no_comparison():
    f = site_summary("Open-label dose-escalation study. Patients took doses of 50, 100 and 200 mg in "
                     "successive cohorts of three.", participants="9 patients").plain()
    assert f["control"] != "active"


# --- a washout in the header ------------------------------------------------------------------------

def test_header_washout_is_no_length():
    f = site_summary("Twelve adults took each dose once in a crossover.", participants="12 adults",
                     duration="Single doses, 14-day washouts").plain()
    assert f["duration_days"] is None


def test_header_period_beside_a_washout_still_counts():
    f = site_summary("Crossover trial of 20 adults.", participants="20 adults",
                     duration="8 weeks per period, 2-week washout").plain()
    assert f["duration_days"] == 56


# --- a case series of one ---------------------------------------------------------------------------

def test_series_of_one_patient_is_a_case_report():
    f = site_summary("A single woman treated by the authors' clinic with sirolimus for lymphangioleiomyomatosis.",
                     limitations=("Only one patient; no comparison group",), participants="1 patient").plain()
    assert f["design"] == "case-report"


def test_series_of_several_patients_stays_a_case_series():
    f = site_summary("Six women treated by the authors' clinic with sirolimus for lymphangioleiomyomatosis.",
                     limitations=("Six patients; no comparison group",), participants="6 patients").plain()
    assert f["design"] == "case-series"


# --- silence is not denial ---------------------------------------------------------------------------

def test_studies_that_did_not_report_randomisation_or_blinding_leave_both_unknown():
    f = site_summary("Meta-analysis of 12 experiments in rats comparing the drug with vehicle.",
                     limitations=("Many included experiments did not describe randomisation or blinded outcome assessment",),
                     participants="N/A").plain()
    assert f["randomized"] is None
    assert f["blinding"] == "unknown"


def test_allocation_said_not_to_be_random_is_a_denial():
    f = site_summary("Meta-analysis of 12 experiments in rats comparing the drug with vehicle.",
                     limitations=("In most experiments allocation was not randomised",),
                     participants="N/A").plain()
    assert f["randomized"] is not True


# --- an animal meta-analysis counts experiments -----------------------------------------------------

def test_meta_analysis_counts_experiments_not_animals():
    f = site_summary("Meta-analysis of 17 lifespan experiments comparing treated mice with control mice.",
                     participants="N/A").plain()
    assert f["n_studies"] == 17
    assert f["n"] is None


# --- pooled studies in different kinds of animals ----------------------------------------------------

def test_studies_differing_in_strain_and_sex_are_heterogeneous():
    f = site_summary("Meta-analysis of 10 experiments in mice comparing the drug with control chow.",
                     limitations=("The pooled studies varied in sex, strain and diet",), participants="N/A").plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_studies_differing_in_dose_only_say_nothing_of_the_population():
    f = site_summary("Meta-analysis of 10 experiments in mice comparing the drug with control chow.",
                     limitations=("The pooled studies varied in dose and duration",), participants="N/A").plain()
    assert f["heterogeneity"] == "unknown"


# --- a cohort grouped by regimen ---------------------------------------------------------------------

def test_cohort_grouped_by_regimen_has_an_active_comparator():
    f = site_summary("Retrospective cohort study of a national liver-transplant database. 9,120 recipients were "
                     "classified by treatment at one year: mTOR inhibitor alone, or an antiproliferative agent "
                     "without an mTOR inhibitor.", participants="9,120 recipients").plain()
    assert f["control"] == "active"


def test_cohort_grouped_against_no_drug_is_not_active():
    f = site_summary("Retrospective cohort study of a national liver-transplant database. 9,120 recipients were "
                     "classified by treatment at one year: mTOR inhibitor, or no mTOR inhibitor.",
                     participants="9,120 recipients").plain()
    assert f["control"] != "active"


# --- an allocation said not to be random --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Embryos were split by clutch, not randomly, into NAD+ or untreated groups for 5 days.",
    "Patients were allocated by ward, not randomly, to the programme or usual care.",
    "Patients were non-randomly assigned to the programme or usual care.",
])
def test_allocation_not_random_is_randomized_false(sentence):
    f = site_summary("Controlled study. " + sentence).plain()
    assert f["randomized"] is False
    assert f["design"] == "controlled-trial"


def test_random_allocation_with_a_later_not_random_stays_randomised():
    f = site_summary("Patients were assigned randomly to the programme or usual care; dropouts were not random.").plain()
    assert f["randomized"] is True
