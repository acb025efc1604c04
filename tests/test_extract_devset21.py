"""Rules found on development sets 21 and 22 (tests/devset21, tests/devset22): a second arm whose
dose stands in brackets, an animal "control diet", controls who kept their usual medication alone,
and a matched comparator "with <condition> who had never used" the drug."""
from __future__ import annotations

import pytest

from tests.test_extract_devset11 import summary as site_summary


# --- active comparator with a bracketed dose -------------------------------------------------

def test_second_arm_with_bracketed_dose_is_active():
    f = site_summary("Randomized comparative trial. Adults with anxiety were assigned to intranasal selank "
                     "(0.15% solution, several times daily) or oral medazepam (30 mg/day) for 14 days.").plain()
    assert f["control"] == "active"


def test_bracketed_non_dose_does_not_make_an_arm_active():
    f = site_summary("Randomized trial. Adults with anxiety were assigned to intranasal selank "
                     "(0.15% solution) or a nasal rinse (the comparison) for 14 days.").plain()
    assert f["control"] != "active"


def test_bracketed_dose_after_placebo_stays_placebo():
    f = site_summary("Randomized double-blind trial. Adults were assigned to selank (0.15% solution) "
                     "or placebo (0.9% saline) for 14 days.").plain()
    assert f["control"] == "placebo"


# --- control diet in animal work -------------------------------------------------------------

def test_animal_control_diet_is_no_treatment():
    f = site_summary("Randomized controlled lifespan study in UM-HET3 mice. Mice were randomly assigned to chow "
                     "containing acarbose (1,000 ppm) or to the control diet, and followed until natural death.",
                     compounds="Acarbose").plain()
    assert f["species"] == "animal"
    assert f["control"] == "no-treatment"
    assert f["design"] == "rct"


def test_human_control_diet_alone_is_not_no_treatment():
    f = site_summary("Randomized feeding trial in adults. Participants ate the test diet or a control diet "
                     "for 8 weeks.", compounds="Fibre").plain()
    assert f["control"] != "no-treatment"


# --- usual medication alone ------------------------------------------------------------------

def test_controls_continuing_usual_medication_alone_are_usual_care():
    f = site_summary("Single-blind, non-randomized controlled trial. 21 received exenatide and 24 served as "
                     "controls. Exenatide 5 μg twice daily in addition to usual antiparkinsonian medication. "
                     "Controls continued their usual medication alone.", compounds="Exenatide").plain()
    assert f["control"] == "usual-care"


def test_continuing_usual_medication_without_alone_is_not_a_comparator():
    f = site_summary("Open-label single-arm study. 20 patients received exenatide and continued their usual "
                     "medication throughout.", compounds="Exenatide").plain()
    assert f["control"] != "usual-care"


# --- comparator who never used the drug --------------------------------------------------------

def test_matched_comparator_who_never_used_is_no_treatment():
    f = site_summary("Retrospective cohort study using linked health records. 4085 people with type 2 diabetes "
                     "who started metformin, each matched to a comparator with type 2 diabetes who had never "
                     "used metformin.", compounds="Metformin").plain()
    assert f["design"] == "cohort"
    assert f["control"] == "no-treatment"


def test_comparator_who_used_it_is_not_no_treatment():
    f = site_summary("Retrospective cohort study using linked health records. 4085 people with type 2 diabetes "
                     "who started metformin, each matched to a comparator with type 2 diabetes who had used "
                     "metformin before.", compounds="Metformin").plain()
    assert f["control"] != "no-treatment"


@pytest.mark.parametrize("words", ["with type 2 diabetes who had never", "who had never"])
def test_comparator_quote_is_kept(words):
    f = site_summary(f"Retrospective cohort study. Each new user was matched to a comparator {words} used "
                     "metformin.", compounds="Metformin")
    assert f.plain()["control"] == "no-treatment"
