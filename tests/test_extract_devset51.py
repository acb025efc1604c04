"""Rules found on development set 51 (tests/devset51: kidney, urology, men's and sexual health), read by the rules
alone: "No placebo-only arm; all comparisons are between active regimens" leaves the active comparator (the placebos
only masked the drugs); patients "compared with those who declined" the treatment had an untreated comparison; a
cohort's "people without a stone episode formed the comparison group" is unexposed, and so is a results row "No ED
(reference)"; bacteria "incubated without extract" are an untreated laboratory control and make the work an
experiment; investigators "not stated to be blinded" is silence, not a statement; an I² column glued to a row whose
first number runs into the next ("2.000.99–3.0073%") takes its precision from the unglued numbers."""
from __future__ import annotations

import pytest

from appraisal.facts.numbers import i2_column
from tests.test_extract_devset11 import summary as site_summary


# --- a placebo that only masked active arms -----------------------------------------------------------------------

def test_placebo_denied_with_active_comparisons_is_active():
    f = site_summary("Randomised, double-blind trial in 300 men; every arm took matching placebo capsules.",
                     limitations=("No placebo-only arm; all comparisons are between active regimens",)).plain()
    assert f["control"] == "active"


def test_placebo_denied_alone_names_no_active_comparator():
    f = site_summary("Randomised, double-blind trial in 300 men; every arm took matching placebo capsules.",
                     limitations=("No placebo-only arm",)).plain()
    assert f["control"] != "active"


def test_between_active_drugs_and_placebo_is_no_active_comparison():
    f = site_summary("Randomised, double-blind trial of drug X versus placebo in 200 adults.",
                     limitations=("Differences between active drugs and placebo were small at 12 weeks",)).plain()
    assert f["control"] == "placebo"


# --- people who declined the treatment ----------------------------------------------------------------------------

def test_compared_with_those_who_declined_is_untreated():
    f = site_summary("Prospective, open-label, non-randomised controlled study. Patients offered sodium citrate who "
                     "accepted (n = 30) were compared with those who declined (n = 29).").plain()
    assert f["control"] == "no-treatment"


def test_compared_with_those_who_completed_is_no_untreated_group():
    f = site_summary("Prospective, open-label, non-randomised controlled study. Patients offered sodium citrate who "
                     "stopped early (n = 10) were compared with those who completed (n = 29).").plain()
    assert f["control"] != "no-treatment"


# --- a cohort's people without the exposure -----------------------------------------------------------------------

def test_people_without_the_exposure_formed_the_comparison_group():
    f = site_summary("Retrospective cohort study of provincial claims records. Stone episodes were identified from "
                     "hospital claims; people without a stone episode formed the comparison group.").plain()
    assert f["control"] == "no-treatment"


def test_people_without_the_exposure_excluded_is_no_comparison():
    f = site_summary("Retrospective cohort study of provincial claims records. Stone episodes were identified from "
                     "hospital claims; people without a recorded creatinine were excluded.").plain()
    assert f["control"] != "no-treatment"


_TABLE = "ExposureEvents (per 100 person-years)Hazard ratio (95% CI)\n{}1.61.00\nIncident ED2.91.25 (1.02–1.53)"


def test_no_exposure_reference_row_is_unexposed():
    f = site_summary("Prospective cohort analysis of 9,457 men followed for cardiovascular events.",
                     _TABLE.format("No ED (reference)")).plain()
    assert f["control"] == "no-treatment"


def test_none_reference_row_is_an_exposure_level():
    f = site_summary("Prospective cohort analysis of 9,457 men followed for cardiovascular events.",
                     _TABLE.format("None (reference)")).plain()
    assert f["control"] != "no-treatment"


# --- bacteria on the bench ----------------------------------------------------------------------------------------

_LAB = ("Laboratory study. Escherichia coli isolates were incubated with the extract and then with isolated human "
        "uroepithelial cells in vitro. ")


def test_bacteria_incubated_without_extract_are_an_untreated_control():
    f = site_summary(_LAB + "Adherence was compared with that of the same bacteria incubated without extract.",
                     compounds="Cranberry").plain()
    assert f["species"] == "in-vitro"
    assert f["control"] == "no-treatment"
    assert f["design"] == "controlled-trial"


def test_bacteria_counted_alone_are_no_comparison():
    f = site_summary(_LAB + "Adherent bacteria were counted under the microscope.", compounds="Cranberry").plain()
    assert f["species"] == "in-vitro"
    assert f["control"] != "no-treatment"


# --- silence about masking ----------------------------------------------------------------------------------------

def test_not_stated_to_be_blinded_is_unknown():
    f = site_summary("Thirty-six rats were assigned to three groups of 12 and treated for 7 weeks.",
                     limitations=("Investigators were not stated to be blinded",)).plain()
    assert f["blinding"] == "unknown"


def test_not_blinded_is_open():
    f = site_summary("Thirty-six rats were assigned to three groups of 12 and treated for 7 weeks.",
                     limitations=("Investigators were not blinded",)).plain()
    assert f["blinding"] == "open"


# --- I² in a glued results column ---------------------------------------------------------------------------------

@pytest.mark.parametrize("row, want", [
    ("IIEF-EF mean difference2.000.99–3.0073%", 73),  # "2.00" glued to "0.99": the bound "0.99" gives two decimals
    ("EHS ≥ 3 (risk ratio)2.761.76–4.3345%", 45),
    ("Weight 1.234 (1.100–1.400)12%", 12),  # unglued three-decimal numbers still decide
])
def test_i2_column_precision_skips_glued_decimals(row, want):
    got = i2_column(["Outcome", "Pooled effect", "95% CI", "I²"], [row])
    assert got and got[0][0] == want
