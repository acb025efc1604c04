"""Rules found on development set 59 (tests/devset59: environmental and occupational exposures and toxicology), read
by the rules alone: "Restricted to young, healthy students" lists its adjectives with commas (homogeneous); staff who
"did not know who received succimer" were masked; "No placebo (sham) plug" negates the bracketed gloss too, and "67
control patients received no earplugs" are untreated; "69 patients ...; 67 control patients ..." adds the control
group to the first; "one week eating their usual conventional diet" is a usual-diet period (usual care); "diesel
exhaust or filtered air" in a chamber is a sham exposure (placebo); controls that "continued with the standard,
legally required ... training alone" had usual care; groups labelled "(exposed)" and "(unexposed)" are an unexposed
comparison, and "154,932 Marines ... were compared with 154,969 who ..." counts both; "Findings in a single patient"
is a case report; "PM10 or NO2 were included" counts nobody, and a review whose "30 cohort studies ... were included"
is observational (not randomised) and of people; mice "not exposed to noise served for comparison" make an animal
experiment a controlled trial, as "a cell proliferation assay" makes cell work one."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- "restricted to" with a list of adjectives ----------------------------------------------------------------------

def test_restricted_to_young_healthy_students_is_homogeneous():
    f = site_summary("Methods: Randomised, double-blind, crossover trial. 55 healthy college students.",
                     limitations=("Restricted to young, healthy students from one university in one city",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_restricted_to_a_count_of_students_is_no_restriction():
    f = site_summary("Methods: Randomised, double-blind, crossover trial. 55 healthy college students.",
                     limitations=("Restricted to 55 young, healthy students by the budget",)).plain()
    assert f["heterogeneity"] != "homogeneous"


# --- "did not know who received" ------------------------------------------------------------------------------------

def test_parties_who_did_not_know_who_received_the_drug_are_double():
    f = site_summary("Methods: Randomised trial. 396 children were assigned to succimer and 384 to a matching placebo. "
                     "Parents, clinic staff and the psychologists who tested the children did not know who received "
                     "succimer.").plain()
    assert f["blinding"] == "double"


def test_not_knowing_who_took_part_is_no_masking():
    f = site_summary("Methods: Randomised trial. 396 children were assigned to succimer and 384 to a matching placebo. "
                     "The psychologists did not know who took part in the earlier survey.").plain()
    assert f["blinding"] == "unknown"


# --- a bracketed gloss after a negated placebo ----------------------------------------------------------------------

def test_no_placebo_sham_plug_denies_the_sham_too():
    f = site_summary("Methods: Randomised controlled trial. 69 patients slept with foam earplugs; 67 control patients "
                     "received no earplugs and no other sleep intervention. No placebo (sham) plug was used.").plain()
    assert f["control"] == "no-treatment"


def test_a_placebo_sham_plug_that_was_used_is_a_placebo():
    f = site_summary("Methods: Randomised controlled trial. 69 patients slept with foam earplugs; 67 control patients "
                     "slept with a placebo (sham) plug.").plain()
    assert f["control"] == "placebo"


# --- control patients who received nothing --------------------------------------------------------------------------

def test_control_patients_who_received_no_earplugs_are_untreated():
    f = site_summary("Methods: Randomised controlled trial. 69 patients slept with foam earplugs; 67 control patients "
                     "received no earplugs.").plain()
    assert f["control"] == "no-treatment"


def test_control_patients_who_received_no_more_than_two_doses_are_not_untreated():
    f = site_summary("Methods: Randomised controlled trial. 69 patients slept with foam earplugs; 67 control patients "
                     "received no more than two doses of a sleeping pill.").plain()
    assert f["control"] != "no-treatment"


# --- a group, then its control group after a semicolon --------------------------------------------------------------

def test_group_then_control_group_after_a_semicolon_are_added():
    f = site_summary("Methods: Randomised controlled trial. 69 patients slept with foam earplugs inserted from 22:00 to "
                     "06:00 each night; 67 control patients received no earplugs.").plain()
    assert f["n"] == 136


def test_randomised_total_then_control_group_is_not_added():
    f = site_summary("Methods: Randomised controlled trial. 136 patients were randomised; 67 control patients received "
                     "no earplugs.").plain()
    assert f["n"] == 136


# --- a period on the usual diet -------------------------------------------------------------------------------------

def test_a_week_eating_their_usual_diet_is_usual_care():
    f = site_summary("Methods: Randomised crossover study. Thirteen adults. Each spent one week eating a diet of at "
                     "least 80% organic food and one week eating their usual conventional diet.").plain()
    assert f["control"] == "usual-care"


def test_everyone_keeping_their_usual_diet_is_not_the_comparator():
    f = site_summary("Methods: Randomised trial. 40 adults were assigned to fish oil or to no supplement. Participants "
                     "kept eating their usual diet throughout.").plain()
    assert f["control"] == "no-treatment"


# --- filtered air in an exposure chamber ----------------------------------------------------------------------------

def test_exhaust_or_filtered_air_is_a_sham_exposure():
    f = site_summary("Methods: Randomised, double-blind crossover study. 20 men breathed dilute diesel exhaust or "
                     "filtered air for 1 hour in an exposure chamber.").plain()
    assert f["control"] == "placebo"


def test_a_mask_that_filtered_air_is_no_sham():
    f = site_summary("Methods: Randomised crossover study. 30 adults walked in heavy traffic for 2 hours, once wearing "
                     "a mask that filtered air and once without a mask.").plain()
    assert f["control"] != "placebo"


# --- standard training alone ----------------------------------------------------------------------------------------

def test_controls_who_continued_the_standard_training_alone_had_usual_care():
    f = site_summary("Methods: Controlled field intervention. 29 harvesters formed the intervention group and received "
                     "education, gloves and coveralls; 15 control harvesters continued with the standard, legally "
                     "required pesticide safety training alone.").plain()
    assert f["control"] == "usual-care"


def test_standard_training_given_to_both_groups_is_not_usual_care():
    f = site_summary("Methods: Controlled field intervention. Both groups continued with the standard, legally required "
                     "pesticide safety training; 29 harvesters also received gloves and 15 control harvesters received "
                     "nothing.").plain()
    assert f["control"] != "usual-care"


# --- groups labelled exposed and unexposed --------------------------------------------------------------------------

def test_groups_labelled_exposed_and_unexposed_are_an_unexposed_comparison():
    f = site_summary("Methods: Retrospective cohort study. 154,932 Marines and Navy personnel who began service at Camp "
                     "Lejeune between 1975 and 1985 (exposed) were compared with 154,969 who began at Camp Pendleton, "
                     "where the water was not contaminated (unexposed).").plain()
    assert f["control"] == "no-treatment"
    assert f["n"] == 309901


def test_groups_labelled_by_exposure_band_are_no_unexposed_comparison():
    f = site_summary("Methods: Retrospective cohort study. 1,200 workers in the highest exposure band (exposed) were "
                     "compared with 1,100 workers in the lowest band (reference).").plain()
    assert f["control"] != "no-treatment"


def test_workers_compared_with_population_rates_count_once():
    f = site_summary("Methods: Retrospective cohort study. 748 white men who worked in rubber production were compared "
                     "with rates for the general population of US white men.").plain()
    assert f["n"] == 748


# --- a report on one patient ----------------------------------------------------------------------------------------

def test_findings_in_a_single_patient_are_a_case_report():
    f = site_summary("Methods: A chemistry professor spilled dimethylmercury on her gloved hand. Her clinical course, "
                     "blood mercury and treatment are described.",
                     limitations=("Findings in a single patient",)).plain()
    assert f["design"] == "case-report"
    assert f["control"] == "none"


def test_findings_from_one_patient_that_were_lost_are_one_of_many():
    f = site_summary("Methods: Randomised controlled trial. 120 adults were assigned to drug or placebo.",
                     limitations=("Findings from one patient were lost to follow-up",)).plain()
    assert f["design"] == "rct"


# --- a review of cohort studies -------------------------------------------------------------------------------------

def test_a_meta_analysis_of_counted_cohort_studies_is_observational_and_human():
    f = site_summary("Methods: Meta-analysis. PubMed and EMBASE were searched to April 2018. 30 cohort studies "
                     "reporting cancer mortality per unit of long-term PM2.5, PM10 or NO2 were included.").plain()
    assert f["randomized"] is False
    assert f["species"] == "human"
    assert f["n"] is None  # "NO2 were included" counts nobody
    assert f["n_studies"] == 30


def test_counted_cohort_studies_and_trials_are_not_observational_only():
    f = site_summary("Methods: Meta-analysis. PubMed and EMBASE were searched to April 2018. 30 cohort studies and 5 "
                     "randomised trials were included.").plain()
    assert f["randomized"] is not False


def test_cohort_studies_named_in_an_animal_study_leave_it_animal():
    f = site_summary("Methods: Forty rats were fed bisphenol A or a control diet for 8 weeks.",
                     significance="Cohort studies have linked bisphenol A to diabetes in people.").plain()
    assert f["species"] == "animal"


def test_a_count_after_a_pollutant_name_is_no_count():
    # "NO2 were analysed": the digit ends a name
    f = site_summary("Methods: Cross-sectional study. 788 adults took part. Urinary arsenic, PM10 and NO2 were "
                     "analysed.").plain()
    assert f["n"] == 788


def test_a_plain_count_before_were_included_still_counts():
    f = site_summary("Methods: Cross-sectional study. Of 400 adults screened, 312 were included.").plain()
    assert f["n"] == 312


# --- laboratory work without a design word --------------------------------------------------------------------------

def test_mice_that_served_for_comparison_make_a_controlled_trial():
    f = site_summary("Methods: Young adult CBA/CaJ mice were exposed to octave-band noise at 100 dB SPL for 2 hours; "
                     "age-matched mice that were not exposed to noise served for comparison.").plain()
    assert f["design"] == "controlled-trial"


def test_mice_without_a_comparison_group_are_no_controlled_trial():
    f = site_summary("Methods: Six CBA/CaJ mice were exposed to octave-band noise at 100 dB SPL for 2 hours and "
                     "examined a week later.").plain()
    assert f["design"] != "controlled-trial"


def test_a_cell_proliferation_assay_is_an_experiment():
    f = site_summary("Methods: 455 plastic items were bought from retail outlets and extracted in saline and ethanol. "
                     "Oestrogenic activity was measured in an MCF-7 cell proliferation assay.").plain()
    assert f["species"] == "in-vitro"
    assert f["design"] == "controlled-trial"


def test_cell_assays_of_earlier_work_make_no_experiment():
    f = site_summary("Methods: MCF-7 cells were serially cultivated and photographed. Earlier cell assays have shown "
                     "the line to be stable.").plain()
    assert f["design"] != "controlled-trial"
