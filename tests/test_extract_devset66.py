"""Rules found on development set 66 (tests/devset66: supplements, metabolic drugs, hormones, longevity, gut, skin and
hair; a sloppy writer), read by the rules alone: "open-label placebo pills ... or a no-treatment control" tests the
placebo itself, so the untreated arm is the comparator; a comparison of daily use "vs discretionary sunscreen use" is
usual care; "Participants unblinded" in Limitations, like "not blinded", names one party and leaves assessors masked
to group single; a full stop with its space left out ("hospital.300 children received") ends a sentence, not a
decimal, and a next clause's "300 other children ... served as controls" is the control group, so both groups add
up; cell clones compared with "control clones carrying the empty vector" are an experiment (controlled trial) with a
vehicle-like control (placebo)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- an open-label placebo against no treatment ---------------------------------------------------------------------

def test_open_label_placebo_against_no_treatment_control_is_no_treatment():
    f = site_summary("Methods: Randomized controlled trial. 80 adults with IBS were randomised to open-label placebo "
                     "pills (two a day, bottle labelled \"placebo pills\") or a no-treatment control.").plain()
    assert f["control"] == "no-treatment"


def test_open_label_drug_against_placebo_and_no_treatment_is_placebo():
    f = site_summary("Methods: Randomized controlled trial. 120 adults with IBS were randomised to open-label "
                     "peppermint oil, placebo pills or a no-treatment control.").plain()
    assert f["control"] == "placebo"


# --- discretionary use as the comparison ----------------------------------------------------------------------------

def test_daily_use_versus_discretionary_use_is_usual_care():
    f = site_summary("Methods: Community based RCT. 903 adults were randomised to daily sunscreen to the head and "
                     "hands vs discretionary sunscreen use (people carried on as they normally did).").plain()
    assert f["control"] == "usual-care"


def test_discretionary_rescue_use_allowed_in_both_arms_is_not_usual_care():
    f = site_summary("Methods: Double-blind randomised trial. 200 adults were randomised to the gel or a vehicle "
                     "gel; discretionary use of rescue medication was allowed in both arms.").plain()
    assert f["control"] == "placebo"


# --- participants unblinded, assessors masked -----------------------------------------------------------------------

def test_participants_unblinded_with_masked_assessors_is_single():
    f = site_summary("Methods: Randomised trial. 903 adults were randomised to daily sunscreen or discretionary use. "
                     "Participants knew their group, they were not blinded, but the skin casts were graded by "
                     "assessors masked to group.", limitations=("Participants unblinded",)).plain()
    assert f["blinding"] == "single"


def test_participants_unblinded_and_nobody_masked_is_open():
    f = site_summary("Methods: Randomised trial. 903 adults were randomised to daily sunscreen or discretionary use. "
                     "Participants knew their group, they were not blinded.",
                     limitations=("Participants unblinded",)).plain()
    assert f["blinding"] == "open"


# --- a full stop without its space, and a group that served as controls ---------------------------------------------

def test_count_after_a_full_stop_without_space_and_controls_next_clause_add_up():
    f = site_summary("Methods: Children with measles admitted to a London fever hospital.300 children recieved a "
                     "vitamin A preparation by mouth in addition to the normal ward care; 300 other children admitted "
                     "over the same period served as controls and got nothing extra.").plain()
    assert f["n"] == 600


def test_count_after_a_full_stop_without_space():
    f = site_summary("Methods: Prospective cohort of children admitted to a London fever hospital.412 children took "
                     "part.").plain()
    assert f["n"] == 412


def test_group_that_served_as_controls_in_the_next_clause_adds_up():
    f = site_summary("Methods: Children with measles admitted to a London fever hospital. 300 children received a "
                     "vitamin A preparation by mouth; 300 other children admitted over the same period served as "
                     "controls.").plain()
    assert f["n"] == 600


def test_digits_after_a_decimal_point_are_still_no_count():
    f = site_summary("Methods: Cohort of children admitted to fever hospitals. Wards held a mean of 12.40 children "
                     "at a time. In all, 412 children took part.").plain()
    assert f["n"] == 412


def test_next_clause_group_that_did_not_serve_as_controls_is_not_added():
    f = site_summary("Methods: Children with measles admitted to a London fever hospital.300 children received a "
                     "vitamin A preparation by mouth; 300 other children admitted over the same period were "
                     "excluded.").plain()
    assert f["n"] == 300


# --- clones with an empty vector ------------------------------------------------------------------------------------

def test_clones_against_empty_vector_clones_are_a_placebo_controlled_experiment():
    f = site_summary("Methods: Normal human fibroblasts were transfected with vectors encoding hTERT. "
                     "Telomerase-positive clones were compared with control clones carrying the empty vector.",
                     limitations=("Cultured cells, not an organism",), compounds="Telomerase").plain()
    assert f["species"] == "in-vitro"
    assert f["design"] == "controlled-trial"
    assert f["control"] == "placebo"


def test_empty_vector_in_background_decides_no_control():
    f = site_summary("Methods: Normal human fibroblasts were serially cultivated and their telomeres measured.",
                     background="Earlier work compared clones with control clones carrying the empty vector.",
                     limitations=("Cultured cells, not an organism",), compounds="Telomerase").plain()
    assert f["control"] != "placebo"
