"""Rules found on development set 32 (tests/devset32): plural "RCTs" as other studies, a comparison
group "never exposed" to the drug, populations that "varied" or mixed two named kinds of people,
"in-vitro" spelt with a hyphen and a cell line whose animal origin stands in brackets, and a site
header whose participants slot holds words only ("Cell culture"), which still owns the duration."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- plural "RCTs" are other studies -----------------------------------------------------------

def test_plural_rcts_in_significance_do_not_make_a_cohort_randomised():
    f = site_summary("Long-term follow-up of a town's original cohort. 1,200 older adults had serum vitamin D "
                     "measured and were followed for fractures.",
                     significance="Vitamin D RCTs given to frail patients have mostly disappointed.",
                     limitations=("Observational design; residual confounding",)).plain()
    assert f["design"] == "cohort"
    assert f["randomized"] is not True


def test_singular_rct_in_methods_still_counts():
    f = site_summary("Double-blind RCT. 120 older adults were given vitamin D or placebo for 12 months.",
                     significance="Vitamin D RCTs given to frail patients have mostly disappointed.").plain()
    assert f["design"] == "rct"
    assert f["randomized"] is True


def test_pooled_rcts_of_a_meta_analysis_stay_randomised():
    f = site_summary("Meta-analysis of RCTs. 14 trials, 3,100 participants, vitamin D against placebo.").plain()
    assert f["design"] == "meta-analysis"
    assert f["randomized"] is True


# --- comparison group never exposed ------------------------------------------------------------

def test_comparison_label_with_never_exposed_people_is_no_treatment():
    f = site_summary("Retrospective cohort from pharmacy records, 2001–2015. Exposure: metformin dispensed "
                     "at least twice (2,100 people). Comparison: adults never exposed to metformin (40,500).",
                     compounds="Metformin", participants="42,600 adults").plain()
    assert f["design"] == "cohort"
    assert f["control"] == "no-treatment"


def test_comparison_label_with_another_drug_is_not_no_treatment():
    f = site_summary("Retrospective cohort from pharmacy records, 2001–2015. Exposure: metformin dispensed "
                     "at least twice (2,100 people). Comparison: adults dispensed sulfonylureas (4,500).",
                     compounds="Metformin", participants="6,600 adults").plain()
    assert f["control"] != "no-treatment"


# --- populations that varied -------------------------------------------------------------------

def test_populations_varied_is_heterogeneous():
    f = site_summary("Systematic review and meta-analysis of 11 randomised trials of ginkgo, 1,400 participants.",
                     limitations=("Populations varied: students, office workers and nursing-home residents",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_mixed_two_named_populations_is_heterogeneous():
    f = site_summary("Systematic review and meta-analysis of 11 randomised trials of ginkgo, 1,400 participants.",
                     limitations=("Mixed outpatient and inpatient populations",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_doses_varied_is_not_population_heterogeneity():
    f = site_summary("Systematic review and meta-analysis of 11 randomised trials of ginkgo, 1,400 participants.",
                     limitations=("Doses varied: 120 to 240 mg a day", "Patients varied little in age")).plain()
    assert f["heterogeneity"] == "unknown"


# --- in-vitro with a hyphen; cell line named by its animal origin ------------------------------

def test_hybrid_cell_line_with_bracketed_animals_is_in_vitro():
    f = site_summary("In-vitro study. PC12 (rat adrenal pheochromocytoma) cells exposed to the extract "
                     "at three concentrations; untreated wells as control.",
                     participants="Cell culture").plain()
    assert f["species"] == "in-vitro"


def test_animals_in_brackets_not_before_cells_stay_animal():
    f = site_summary("Controlled experiment. Rodents (rats and mice) were fed the extract or plain chow for "
                     "8 weeks.", participants="Rats").plain()
    assert f["species"] == "animal"


# --- a words-only participants slot still owns the duration ------------------------------------

def test_header_with_words_only_keeps_prose_hours_out_of_duration():
    f = site_summary("In vitro study. Neuroblastoma cells were treated for 48 hours with the extract or left "
                     "untreated.", participants="Cell culture", duration="N/A").plain()
    assert f["duration_days"] is None


def test_header_with_words_only_gives_its_own_duration():
    f = site_summary("Controlled experiment. Rats were fed the extract or plain chow.",
                     participants="Rats", duration="8 weeks").plain()
    assert f["duration_days"] == 56
