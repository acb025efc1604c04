"""Rules found on development set 84 (tests/devset84: peptides, hormones, supplements, metabolic drugs, immune
modulators and longevity compounds), read by the rules alone: "an extract of testicular tissue from dogs and guinea
pigs" given to a person is a remedy made from animals, not an animal studied, and a header's "1 participant" counts a
person; "Purified human SIRT1 assayed with ... substrates" and "Purified enzyme" are test-tube work, an experiment;
"Convicts on the camp's regular diet served as concurrent controls" and a "Control group (n = 26): ..., eating their
ordinary diet" are usual care; "mice on a standard diet, the standard diet with resveratrol" set an untreated group
against the treated one; a header "Lifetime (from 12 months of age)" gives no length; "admitted for a wide range of
medical causes" and "Mixed tumour types" are mixed people."""
from __future__ import annotations

import pytest

from tests.test_extract_devset11 import summary as site_summary


# --- an extract made from animals --------------------------------------------------------------------------------------

@pytest.mark.parametrize("methods", [
    "The author, aged 72, prepared a filtered aqueous extract of testicular blood, semen and tissue from dogs and guinea "
    "pigs and gave himself a series of subcutaneous injections over several weeks.",
    "The author gave himself injections of an extract of dog and guinea-pig testicles over several weeks.",
])
def test_extract_from_animals_given_to_one_person_is_human(methods):
    f = site_summary(methods, participants="1 participant", title="Animal Testicular Extract: A Report on Himself").plain()
    assert f["species"] == "human"


@pytest.mark.parametrize("methods", [
    "The effect of an extract of green tea on the survival of mice was tested over two years.",
    "Each mouse given ginkgo extract by gavage was weighed weekly.",
])
def test_animals_given_an_extract_are_animals(methods):
    f = site_summary(methods).plain()
    assert f["species"] == "animal"


# --- a purified enzyme ---------------------------------------------------------------------------------------------------

def test_purified_enzyme_assayed_with_substrates_is_an_in_vitro_experiment():
    f = site_summary("Purified human SIRT1 assayed with acetylated peptide substrates with or without a covalently "
                     "attached fluorophore, and with full-length protein substrates.",
                     limitations=("Purified enzyme and substrates only; no cells",)).plain()
    assert f["species"] == "in-vitro" and f["design"] == "controlled-trial"


def test_purified_protein_derivative_is_a_skin_test_in_people():
    f = site_summary("Adults were tested with purified protein derivative assayed in the skin; 120 people took part.").plain()
    assert f["species"] != "in-vitro"


def test_purified_enzyme_only_described_is_no_experiment():
    f = site_summary("Purified enzyme was characterised by mass spectrometry and crystallography.").plain()
    assert f["species"] == "in-vitro" and f["design"] == "unknown"


# --- controls on their usual diet ----------------------------------------------------------------------------------------

def test_people_on_their_regular_diet_serving_as_controls_are_usual_care():
    f = site_summary("Controlled experiment at a prison farm. Volunteer convicts ate a restricted diet of cornmeal and "
                     "grits. Convicts on the camp's regular diet served as concurrent controls.",
                     participants="11 participants").plain()
    assert f["control"] == "usual-care"


def test_rats_on_their_regular_diet_serving_as_controls_are_untreated():
    f = site_summary("Rats ate a restricted diet of cornmeal for 10 weeks. Rats on their regular diet served as "
                     "controls.").plain()
    assert f["control"] == "no-treatment"


def test_control_group_eating_their_ordinary_diet_is_usual_care():
    f = site_summary("Diet group (n = 27): a 7–10 day subtotal fast, then a vegan diet for the rest of the year. Control "
                     "group (n = 26): four weeks at a convalescent home, eating their ordinary diet throughout.",
                     limitations=("Randomized but single-blind",)).plain()
    assert f["control"] == "usual-care"


def test_everyone_eating_their_ordinary_diet_beside_a_placebo_group_is_placebo():
    f = site_summary("Randomised trial. Fish-oil group (n = 27) and control group (n = 26) receiving placebo capsules. "
                     "All participants kept eating their ordinary diet.").plain()
    assert f["control"] == "placebo"


# --- the standard diet with and without the compound ---------------------------------------------------------------------

def test_mice_on_the_standard_diet_beside_the_diet_with_the_compound_are_an_untreated_control():
    f = site_summary("Male C57BL/6 mice from 1 year of age on a standard diet, the standard diet with resveratrol at a "
                     "low or high dose, or every-other-day feeding.").plain()
    assert f["control"] == "no-treatment" and f["design"] == "controlled-trial"


def test_one_standard_diet_with_water_for_all_is_no_control():
    f = site_summary("Male C57BL/6 mice were fed a standard diet with free access to water and were given resveratrol "
                     "by gavage.").plain()
    assert f["control"] == "unknown"


# --- a lifetime header -------------------------------------------------------------------------------------------------

def test_lifetime_header_from_an_age_gives_no_length():
    f = site_summary("Mice received resveratrol in the diet.", duration="Lifetime (from 12 months of age)").plain()
    assert f["duration_days"] is None


def test_header_of_twelve_months_gives_its_length():
    f = site_summary("Mice received resveratrol in the diet.", duration="12 months").plain()
    assert f["duration_days"] == 360


# --- people admitted for many causes, mixed tumour types -----------------------------------------------------------------

def test_participants_admitted_for_a_wide_range_of_causes_are_mixed():
    f = site_summary("Randomized, double-blind, placebo-controlled trial of BCG in patients aged 65 and over.",
                     limitations=("Participants were admitted for a wide range of medical causes",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_deaths_from_a_wide_range_of_causes_are_outcomes():
    f = site_summary("Randomized, double-blind, placebo-controlled trial of BCG in patients aged 65 and over.",
                     limitations=("Deaths from a wide range of causes were pooled",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_mixed_tumour_types_are_mixed_people():
    f = site_summary("Patients with breast, prostate or lung cancer who fasted before chemotherapy.",
                     limitations=("Mixed tumour types and chemotherapy regimens",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_mixed_cell_types_are_not_mixed_people():
    f = site_summary("Patients with breast cancer who fasted before chemotherapy.",
                     limitations=("Mixed cell types in the biopsies",)).plain()
    assert f["heterogeneity"] == "unknown"
