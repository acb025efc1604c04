"""Rules found on development set 11 (tests/devset11): I² in a results-table column and in
prose spellings, plural "randomized studies" as other work, treated vs untreated patients,
exposed-or-unexposed cohorts, untreated control animals, cells cultured from animals."""
from __future__ import annotations

import pytest

from appraisal.extract import extract_facts
from appraisal.facts.numbers import i2_column
from appraisal.models import Facts
from appraisal.readers import read_bytes
from tests.test_extract import assert_quotes, facts_of


def summary(methods: str, table: str = "", title: str = "A Study", participants: str = "N/A",
            limitations: tuple[str, ...] = ("Single centre",), significance: str = "",
            compounds: str = "Vitamin D", duration: str = "N/A", background: str = "",
            conditions: str = "Aging", learned: bool = False) -> Facts:
    """Facts of a summary in the site's layout, read by the summary reader (glued table and all).

    Shared by the rule tests of the later development-set rounds, which read the rules alone;
    `learned=True` adds the learned reader (tests/test_learned.py)."""
    parts = ["Skip to main content", title, "Smith AB, Jones CD, et al.",
             f"Some Journal/2020/{participants}/{duration}", "Key Finding", "Something was found."]
    if background:
        parts += ["Background", background]
    parts += ["Methods", methods]
    if table:
        parts += ["Key Findings", table]
    if significance:
        parts += ["Clinical Significance", significance]
    parts += ["Limitations"] + [f"  • {x}" for x in limitations]
    parts += ["Compounds Studied", compounds, "Related Conditions", conditions]
    (study,) = read_bytes("\n\n".join(parts).encode(), "x.txt")
    facts = extract_facts(study, learned=learned)
    assert_quotes(facts, study)
    return facts


# --- I² ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("Heterogeneity was low (I² 0%).", 0),
    ("There was no heterogeneity (I² = 0%).", 0),
    ("Heterogeneity was modest (I2=0).", 0),
    ("Heterogeneity was moderate (I^2 = 24%).", 24),
    ("The I-squared was 24%.", 24),
    ("The I² statistic was 24%.", 24),
    ("The I²-statistic was 35%.", 35),
    ("I² values were 40% for systolic pressure.", 40),
    ("The I-squared statistic of 67% showed substantial heterogeneity.", 67),
    ("Heterogeneity (I² = 24) was low.", 24),
])
def test_i2_spellings(sentence, value):
    f = facts_of(methods=f"Meta-analysis of 12 randomized trials. {sentence}")
    assert f.i2 == value


@pytest.mark.parametrize("sentence", [
    "Heterogeneity was assessed with I².",
    "Heterogeneity was small (I² = 0.45).",  # a fraction without "%": not read as a percentage
    "Heterogeneity was small (I² < 25%).",  # a bound, not a value
    "The I2 of 3 trials could not be computed.",
])
def test_i2_not_read(sentence):
    assert facts_of(methods=f"Meta-analysis of 12 randomized trials. {sentence}").i2 is None


def test_i2_last_column_glued_to_confidence_interval():
    table = ("ParameterPooled difference (mmHg)95% CII²\n"
             "Systolic BP-2.00-3.29 to -0.7124%\n"
             "Diastolic BP-1.78-2.73 to -0.83-")
    f = summary("Meta-analysis of 34 randomized trials (2,028 participants). Heterogeneity assessed with I².", table)
    assert f.i2 == 24
    assert f.evidence["i2"] == "Systolic BP-2.00-3.29 to -0.7124%"


def test_i2_last_column_after_parenthesis_and_skips_dash_rows():
    table = ("ParameterRisk ratio (95% CI)I²\n"
             "Cardiovascular mortality0.98 (0.90–1.07)-\n"
             "All-cause mortality0.98 (0.95–1.02)0%")
    assert summary("Meta-analysis of 52 randomized trials with 75,454 participants.", table).i2 == 0


@pytest.mark.parametrize("header, row, want", [
    (["Parameter", "Trials", "Risk ratio", "I²"], "All-cause mortality520.980%", 0),  # two decimals by default
    (["Parameter", "HR (95% CI)", "I²"], "Stroke0.85 (0.7–0.9)12%", 12),  # the row writes one decimal
    (["Parameter", "RR (95% CI)", "I²"], "Stroke 0.90 (0.81 to 1.00) 24.5%", 24.5),  # spaced cells
    (["Parameter", "MD (95% CI)", "I² (%)"], "Weight -0.71 to -0.3324", 24),  # "(%)" in the header
    (["Parameter", "RR (95% CI)", "I²"], "Stroke 1.05 (0.93–1.18)5224%", None),  # 5224: not splittable
    (["Parameter", "Change (%)"], "Weight 24%", None),  # no I² column
    (["Parameter", "I²", "RR"], "Stroke 24%0.98", None),  # I² not the last column: cells unknowable
])
def test_i2_column_rows(header, row, want):
    got = i2_column(header, [row])
    assert (got[0][0] if got else None) == want


def test_i2_prose_wins_over_table_column():
    table = "ParameterRisk ratio (95% CI)I²\nAll-cause mortality0.98 (0.95–1.02)0%"
    assert summary("Meta-analysis of 52 randomized trials. Heterogeneity was moderate (I² = 31%).", table).i2 == 31


# --- plural "randomized studies" are other work ----------------------------------------------------

def test_plural_randomized_studies_in_significance_are_other_work():
    f = facts_of(methods="Prospective, population-based study; 829 adults were followed for mortality up to 2015.",
                 limitations=("Small cohort drawn from one region",),
                 significance="These data support trials, though small randomized studies have so far been inconclusive.")
    assert f.design == "cohort"
    assert f.randomized is not True


def test_randomized_studies_pooled_by_a_review_still_count():
    f = facts_of(methods="Meta-analysis of randomized studies comparing magnesium with placebo.")
    assert f.design == "meta-analysis"
    assert f.randomized is True


def test_singular_randomized_study_is_this_study():
    f = facts_of(methods="This randomized study enrolled 60 adults given drug X or placebo.")
    assert f.design == "rct"
    assert f.randomized is True


# --- treated vs untreated patients ---------------------------------------------------------------

def test_cohort_treated_in_addition_to_standard_care_vs_did_not_receive():
    f = facts_of(methods="Retrospective cohort analysis of 76 patients. 36 received Tα1 daily in addition to standard "
                         "treatment; 40 did not receive Tα1.")
    assert f.design == "cohort"
    assert f.control == "no-treatment"


def test_cohort_with_usual_care_alone_stays_usual_care():
    f = facts_of(methods="We reviewed the records of 280 patients. 173 received ivermectin in addition to usual "
                         "care; 107 received usual care alone.")
    assert f.control == "usual-care"


def test_trial_add_on_to_standard_care_stays_usual_care():
    # trials: the control arm had the standard care (the settled convention for add-on trials)
    f = facts_of(methods="Non-randomized controlled trial. 82 patients received melatonin in addition to standard "
                         "care; 76 did not receive melatonin.")
    assert f.control == "usual-care"


# --- exposed vs unexposed cohorts ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Cohort study. 12,388 participants were classed as exposed (supplement at any visit) or unexposed (no "
    "supplement throughout) and followed for 10 years.",
    "Cohort study of 5,000 adults; users and non-users of fish oil were followed for 9 years.",
])
def test_exposed_or_unexposed_pair_is_no_treatment(sentence):
    assert facts_of(methods=sentence).control == "no-treatment"


def test_exposure_tertiles_stay_unknown():
    f = facts_of(methods="Prospective cohort of 829 adults; spermidine intake was divided into tertiles and "
                         "they were followed for 20 years.")
    assert f.control == "unknown"


def test_results_column_no_compound_is_the_unexposed():
    table = "ParameterNo vitamin DVitamin DHazard ratio\nDementia-free survivalReferenceLonger0.60 (0.55–0.65)"
    f = summary("Cohort study of 12,388 older adults followed for up to 10 years.", table, compounds="Vitamin D")
    assert f.control == "no-treatment"


# --- laboratory controls -------------------------------------------------------------------------

def test_control_mice_on_same_chow_ad_libitum_without_the_compound():
    f = facts_of(methods="Mice were given taurine daily until death, while control mice were kept on the same chow "
                         "and water ad libitum without taurine.")
    assert f.species == "animal"
    assert f.control == "no-treatment"


def test_control_rats_given_saline_stay_placebo():
    f = facts_of(methods="Rats were given the peptide, while control rats received saline injections.")
    assert f.control == "placebo"


# --- cells cultured from animals -----------------------------------------------------------------

def test_fibroblasts_cultured_from_rat_tendons_are_in_vitro():
    f = facts_of(methods="Laboratory study in tendon fibroblasts cultured from Achilles tendons of Sprague-Dawley "
                         "rats. Cells and tendon explants were exposed to BPC-157 or left untreated.",
                 limitations=("Cells from rats, not humans",),
                 significance="These findings in rat cells support animal results.")
    assert f.species == "in-vitro"


def test_rats_treated_in_vivo_stay_animal():
    f = facts_of(methods="Sprague-Dawley rats with transected Achilles tendons were given BPC-157 daily; tendon "
                         "tissue was taken from the rats after 14 days.")
    assert f.species == "animal"
