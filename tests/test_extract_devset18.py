"""Rules found on development set 18 (tests/devset18, design, blinding, sample size and duration
wording): a double-dummy trial's placebos mask two treatments (the comparator is the other drug),
allocation by alternation or odd/even numbers is not randomised, a study that meta-analyses its own
cohorts' estimates is a cohort, a header running from an event to a time point ("Pre-conception to
12 weeks of pregnancy") gives no length, and controls who "received no tablets" or "unsupplemented
women" are an untreated comparison, not an active one."""
from __future__ import annotations

import pytest

from appraisal.models import Facts
from tests.test_extract_devset11 import summary as site_summary


def summary(methods: str, participants: str = "200 participants", duration: str = "N/A",
            limitations: tuple[str, ...] = ("Single centre",), significance: str = "",
            title: str = "A Study") -> Facts:
    """Facts of a summary in the site's layout, read by the summary reader."""
    return site_summary(methods, participants=participants, duration=duration, limitations=limitations,
                        significance=significance, title=title, compounds="Romosozumab",
                        conditions="Osteoporosis")


# --- double-dummy: the placebos mask an active comparison -------------------------------------------

@pytest.mark.parametrize("methods", [
    "Randomized, double-blind, double-dummy, active-controlled trial. Women were randomized to drug A 210 mg "
    "monthly or drug B 70 mg weekly; each also received a matching placebo for the drug she was not assigned.",
    "Double-blind, randomized trial with a double-dummy design. Patients were randomized: 30 to drug A "
    "(two 25 mg doses plus daily placebo capsules) and 29 to drug B (daily tablets of 10 mg).",
    "Randomised double-dummy trial. Patients took drug A 100 mg with placebo injections, or drug B 40 mg "
    "injections with placebo tablets.",
])
def test_double_dummy_placebo_is_not_the_comparator(methods):
    assert summary(methods).control == "active"


@pytest.mark.parametrize("methods", [
    # a placebo arm of its own beside the two masked drugs
    "Randomized, double-blind, double-dummy, placebo-controlled trial of drug A 10 mg, drug B 20 mg or placebo.",
    "Randomized double-dummy trial: patients were randomized to drug A 10 mg, drug B 20 mg, or placebo; "
    "the placebo group took dummies of both.",
    # no double-dummy: a placebo trial stays one
    "Randomized, double-blind trial. Patients were randomized to drug A 10 mg or matching placebo.",
])
def test_placebo_arm_stays_placebo(methods):
    assert summary(methods).control == "placebo"


# --- allocation by turns is not random ---------------------------------------------------------------

@pytest.mark.parametrize("methods", [
    "Prospective controlled field trial, with allocation by alternation rather than randomization. Alternate "
    "families on the census list were given iodized oil or an injection of saline.",
    "Patients were allocated by odd or even birth date to serum or no serum in a controlled trial.",
    "Controlled trial. Alternate admissions received the new dressing; the others received gauze.",
    "Patients were allocated alternately to surgery or to physiotherapy in a controlled trial.",
    "Quasi-random allocation by hospital record number (odd/even) to the new drug or usual care.",
])
def test_alternation_is_not_randomised(methods):
    f = summary(methods)
    assert f.randomized is False
    assert f.design == "controlled-trial"


@pytest.mark.parametrize("methods", [
    # a dosing schedule on alternate days in a randomised trial
    "Randomized, double-blind trial. Patients were randomized to drug A 10 mg on alternate days or placebo.",
    # minimisation is a random method; the word after "rather than" decides nothing
    "Patients were allocated by minimisation rather than simple randomisation to drug A 10 mg or placebo.",
])
def test_randomised_trials_stay_randomised(methods):
    f = summary(methods)
    assert f.randomized is True
    assert f.design == "rct"


def test_limitation_alternation_rather_than_random_allocation():
    f = summary("Prospective controlled trial: patients were given drug A or saline injections.",
                limitations=("Alternation rather than true random allocation",))
    assert f.randomized is not True
    assert f.design == "controlled-trial"


# --- a study's own cohorts combined by meta-analysis --------------------------------------------------

@pytest.mark.parametrize("pooling", [
    "Cohort-specific Cox models were combined by fixed-effect meta-analysis.",
    "Country-specific hazard ratios were pooled using random-effects meta-analysis.",
    "Study-specific estimates were combined with an inverse-variance meta-analysis.",
])
def test_own_cohorts_meta_analysed_stay_a_cohort(pooling):
    f = summary("Analysis of four prospective cohorts in Scotland and the USA. A total of 4,658 older adults "
                "had blood drawn at baseline and deaths were ascertained by registry linkage. " + pooling,
                participants="4658 participants")
    assert f.design == "cohort"
    assert f.timing == "prospective"
    assert f.n_studies is None


def test_review_meta_analysis_stays_a_meta_analysis():
    f = summary("We searched MEDLINE and Embase for prospective cohort studies. Twelve cohorts were included "
                "and estimates were combined by random-effects meta-analysis.", participants="50000 participants")
    assert f.design == "meta-analysis"


# --- header duration from an event to a time point ----------------------------------------------------

@pytest.mark.parametrize("duration", [
    "Pre-conception to 12 weeks of pregnancy",
    "Birth to 6 months",
    "From diagnosis until 3 years",
])
def test_header_from_event_to_time_point_is_no_length(duration):
    f = summary("Randomized, double-blind trial of drug A 4 mg or placebo.", duration=duration)
    assert f.duration_days is None


@pytest.mark.parametrize("duration, days", [("12 weeks", 84), ("2 years", 730)])
def test_header_length_still_read(duration, days):
    f = summary("Randomized, double-blind trial of drug A 4 mg or placebo.", duration=duration)
    assert f.duration_days == days


# --- untreated controls -------------------------------------------------------------------------------

def test_controls_who_received_no_tablets_are_untreated():
    f = summary("Prospective, non-randomized controlled intervention study. Supplemented women took a multivitamin "
                "0.36 mg three tablets daily. Controls were women with the same history who declined "
                "supplementation; they received no tablets.",
                significance="Recurrence was 0.6% in supplemented women, compared with 5.0% in unsupplemented women.")
    assert f.control == "no-treatment"


@pytest.mark.parametrize("significance", [
    "Recurrence was 0.6%, compared with 5.0% in unsupplemented women.",
    "Infection was 2.1%, compared with 7.4% in unvaccinated children.",
])
def test_result_against_unsupplemented_group_is_not_an_active_arm(significance):
    f = summary("Prospective, non-randomized controlled intervention study of a multivitamin 4 mg daily.",
                significance=significance)
    assert f.control != "active"


def test_active_second_arm_still_found():
    f = summary("Randomized, open-label trial. Patients were randomized to drug A 1 mg or drug B 5 mg daily.")
    assert f.control == "active"
