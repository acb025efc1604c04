"""Rules found on development set 87 (tests/devset87: laboratory and clinical studies of senolytics, NAD+ precursors,
metformin, rapamycin, peptides and nootropics), read by the rules alone: controls that "received the same chow with
empty capsules (the coating alone)" got the vehicle of an encapsulated dose (placebo), not the plain diet; "Primary
human fibroblasts" and "conditioned media were collected" are cells in culture (in-vitro); "Mouse tumour experiments in
the paper not summarised here" are a companion experiment left out of the summary, not the animals studied."""
from __future__ import annotations

import pytest

from tests.test_extract_devset11 import summary as site_summary


# --- empty capsules ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("methods", [
    "Male C57BL/6J mice began a diet containing encapsulated rapamycin (14 ppm) at 4 months of age and stayed on it for "
    "one year. Controls received the same chow with empty capsules (the coating alone).",
    "Double-blind randomised trial. 80 adults were allocated to curcumin 500 mg or empty gelatin capsules for 12 weeks.",
])
def test_empty_capsules_are_a_placebo(methods):
    assert site_summary("Methods: " + methods).plain()["control"] == "placebo"


def test_empty_capsules_returned_for_counting_are_no_placebo():
    f = site_summary("Methods: Non-randomised controlled study. 40 patients took curcumin capsules and 40 received no "
                     "treatment. Empty capsules were returned and counted at each visit.").plain()
    assert f["control"] == "no-treatment"


def test_same_diet_with_the_compound_is_still_untreated():
    f = site_summary("Methods: Male C57BL/6J mice were fed a high-fat diet, and a second group the same high-fat diet "
                     "with resveratrol, for 12 months.").plain()
    assert f["control"] == "no-treatment"


# --- primary cells and conditioned media ----------------------------------------------------------------------------

@pytest.mark.parametrize("methods", [
    "Primary human fibroblasts were made senescent by ionising radiation and then given rapamycin or nothing for a week.",
    "Senescent fibroblasts were given rapamycin or nothing, after which conditioned media were collected and tested on "
    "tumour cells.",
])
def test_primary_cells_and_conditioned_media_are_in_vitro(methods):
    assert site_summary("Methods: " + methods).plain()["species"] == "in-vitro"


@pytest.mark.parametrize("methods", [
    "Adults were recruited by primary care physicians and given rapamycin or nothing for a week.",
    "Adults were exposed to diesel exhaust in an air-conditioned medium-sized chamber or to filtered air.",
])
def test_primary_care_and_air_conditioned_rooms_are_no_culture(methods):
    assert site_summary("Methods: " + methods).plain()["species"] == "human"


# --- companion experiments left out of the summary ------------------------------------------------------------------

def test_mouse_experiments_not_summarised_here_are_not_the_study():
    f = site_summary("Methods: Fibroblasts were made senescent by radiation and given rapamycin.",
                     limitations=("Mouse tumour experiments in the paper not summarised here",)).plain()
    assert f["species"] != "animal"


def test_mouse_experiments_described_in_limitations_are_the_study():
    f = site_summary("Methods: Fibroblasts were made senescent by radiation and given rapamycin.",
                     limitations=("Mouse tumour experiments in the paper were not blinded",)).plain()
    assert f["species"] == "animal"
