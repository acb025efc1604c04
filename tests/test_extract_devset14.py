"""Rules found on development set 14 (tests/devset14), a registry-style writer: abbreviations of
blinding and comparators ("DB, PC RCT", "OL", "vs PBO", "SoC alone", "TAU", "BSC", "WLC") read in
the case they are written, a control arm's own "Control:" entry, "non-randomised, controlled ...
trial", "SRMA", and "mixed control conditions" as comparators rather than a mixed population."""
from __future__ import annotations

import pytest

from appraisal.facts.cues import abbreviation_matches
from tests.test_extract import facts_of


# --- blinding abbreviations ----------------------------------------------------------------------

@pytest.mark.parametrize("methods, blinding", [
    ("Design: single-centre, DB, PC RCT (1:1); randomised n=90 women.", "double"),
    ("Design: DB PC crossover trial; n=45 adults.", "double"),
    ("Design: Phase II, multicentre, DB, PC RCT, dose-ranging; randomised n=338.", "double"),
    ("A DBPC trial in 40 adults.", "double"),
    ("Design: SB, PC RCT; randomised n=60 adults.", "single"),
    ("Design: OL, single-arm, phase 1 pilot; n=14 patients.", "open"),
    ("Randomised controlled trial of 120 adults; open (OL), no PBO.", "open"),
    ("Randomised trial in 220 adults; control: usual diet. OL; staff aware of group.", "open"),
])
def test_blinding_abbreviations(methods, blinding):
    assert facts_of(methods=methods).blinding == blinding


@pytest.mark.parametrize("methods", [
    # decibels, db/db mice, a database: "DB" that is not double-blind
    "Randomised trial in 60 adults; hearing threshold 40 dB at baseline.",
    "Randomised trial of the drug in 40 db/db mice and 40 lean controls.",
    "Randomised trial; outcomes taken from the hospital DB of 300 adults.",
    # "SB" as a probiotic, "OL" as a diagnosis, lower-case "ol"
    "Randomised trial of SB 250 mg/d in 80 adults with diarrhoea.",
    "Randomised trial in 50 adults with OL (oral leukoplakia) given lycopene.",
    "Randomised trial in 50 adults; the ol' remedy was compared with a new drug.",
    # part of a longer word
    "Randomised trial of DBX-12 and OLE-3 in 50 adults.",
])
def test_blinding_abbreviation_negatives(methods):
    assert facts_of(methods=methods).blinding == "unknown"


def test_abbreviation_only_in_capitals():
    assert abbreviation_matches("design: db, pc rct; ol, single-arm", 100) == []
    assert [m[:2] for m in abbreviation_matches("Design: DB, PC RCT", 100)] == [(8, 10), (12, 14)]


def test_abbreviations_not_read_in_background():
    text = "Design: randomised trial.\n\nEarlier DB, PC RCTs were small."
    assert abbreviation_matches(text, text.index("Earlier")) == []


# --- comparator abbreviations --------------------------------------------------------------------

@pytest.mark.parametrize("methods, control", [
    ("DB RCT: vitamin D 2,000 IU/d vs PBO, 12 mo; n=200 adults.", "placebo"),
    ("Randomised trial of drug X vs PBO in 100 adults.", "placebo"),
    ("Design: DB, PC, randomised crossover trial; n=45 adults.", "placebo"),
    ("Quasi-randomised controlled trial; n=838 inpatients. Intervention: calcifediol plus SoC. Control: SoC alone.", "usual-care"),
    ("RCT of internet CBT vs TAU in 120 adults with insomnia.", "usual-care"),
    ("RCT of drug X plus BSC vs BSC alone in 90 patients with cancer.", "usual-care"),
    ("RCT of internet CBT-I vs WLC; n=45 adults.", "no-treatment"),
    ("AC-controlled RCT of drug X in 200 adults.", "active"),
])
def test_comparator_abbreviations(methods, control):
    assert facts_of(methods=methods).control == control


@pytest.mark.parametrize("methods", [
    # tau protein, a journal's "Soc", phosphatidylcholine "PC", system organ class "SOC"
    "Randomised trial in 60 adults; plasma TAU and amyloid were measured.",
    "Randomised trial in 60 adults, as in J Am Geriatr Soc guidance.",
    "Randomised trial of PC 2 g/d in 60 adults with fatty liver.",
    "Randomised trial in 60 adults; adverse events coded by SOC and preferred term.",
])
def test_comparator_abbreviation_negatives(methods):
    assert facts_of(methods=methods).control == "unknown"


def test_abbreviation_context_is_read_in_a_bounded_window():
    # a design word far after "DB" (past a 5,000-letter word) does not count; one close by does
    text = ("DB " + "x" * 5000 + " RCT ") * 40
    assert abbreviation_matches(text, len(text)) == []
    assert len(abbreviation_matches("DB, PC RCT " * 3, 33)) == 6


# --- a control arm's own entry ------------------------------------------------------------------

@pytest.mark.parametrize("methods", [
    "Parallel-group RCT, 2:1; n=220 adults. Intervention: 25% CR. Control: ad libitum (AL) diet, no intervention, no dietary advice.",
    "Controlled animal experiment; n=270 mice on standard diet (SD). Control: SD without drug.",
    "RCT of 25% calorie restriction vs ad libitum diet in 220 adults.",
    "RCT in 80 adults. Control group: no treatment, usual activities.",
])
def test_control_entry_says_untreated(methods):
    assert facts_of(methods=methods).control == "no-treatment"


def test_control_entry_with_a_treatment_stays():
    f = facts_of(methods="RCT in 80 adults. Intervention: drug X. Control: matching placebo capsules.")
    assert f.control == "placebo"


# --- design --------------------------------------------------------------------------------------

def test_non_randomised_comma_controlled_trial():
    f = facts_of(methods="Design: non-randomised, controlled community intervention trial; intervention province vs "
                         "reference province with no programme. Evaluation: cross-sectional surveys of 21,000 residents.")
    assert (f.design, f.randomized, f.timing) == ("controlled-trial", False, "prospective")


@pytest.mark.parametrize("methods", [
    "Design: non-RCT of drug X in two clinics; n=80 adults.",
    "Design: NRCT of drug X in two clinics; n=80 adults.",
])
def test_non_rct_abbreviation(methods):
    f = facts_of(methods=methods)
    assert (f.design, f.randomized) == ("controlled-trial", False)


def test_cluster_rct_abbreviation():
    f = facts_of(methods="Design: cRCT of 40 care homes; n=3,717 residents.")
    assert (f.design, f.randomized) == ("rct", True)


def test_srma_abbreviation():
    f = facts_of(methods="SRMA of prospective cohorts (n=127,477); random-effects.")
    assert f.design == "meta-analysis"


# --- heterogeneity -------------------------------------------------------------------------------

def test_mixed_control_conditions_are_not_a_mixed_population():
    f = facts_of(methods="Meta-analysis of 13 RCTs (n=127,477) of fish oil vs placebo or no supplement.",
                 limitations=("Mixed control conditions (placebo in most, open control in one)",))
    assert f.heterogeneity == "unknown"


def test_mixed_population_still_heterogeneous():
    f = facts_of(methods="Cohort of 500 adults followed for 5 years.",
                 limitations=("Mixed patient populations across sites",))
    assert f.heterogeneity == "heterogeneous"
