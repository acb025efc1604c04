"""Rules found on development set 48 (tests/devset48: sleep, stress, mental health and addiction), read by the rules
alone: comparison schools that "continued their usual smoking education" had usual care, as did patients offered "the
clinic's usual treatment", and "standard drug-abuse counselling" names no reference drug; "periods off medication" and
"on vs off medication" are untreated periods of the same people; a cohort "compared between respondents with and without
sleep complaints" sets the exposed against the unexposed; "with each other or with placebo" speaks of the study's own
comparisons, not of other studies; a header count given as a range ("5–12 rats per experiment") lets only a total stated
in the text decide n; "Xenopus laevis oocytes" and "rat ... receptor subunits" expressed in them are work in the dish,
and "concentration–response curves for" a drug make it a laboratory experiment (controlled trial)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- comparison schools kept their usual teaching ------------------------------------------------------------------

def test_schools_that_continued_their_usual_education_had_usual_care():
    f = site_summary("Cluster randomised controlled trial in 40 schools. Schools were allocated by block randomisation: "
                     "20 schools continued their usual health education and 20 schools received the programme in "
                     "addition.").plain()
    assert f["control"] == "usual-care"


def test_schools_that_continued_a_new_curriculum_had_no_usual_care():
    f = site_summary("Cluster randomised controlled trial in 40 schools. Schools were allocated by block randomisation: "
                     "20 schools continued a new health curriculum and 20 schools received the programme in "
                     "addition.").plain()
    assert f["control"] != "usual-care"


# --- the clinic's usual treatment; "standard drug-abuse counselling" ----------------------------------------------

def test_the_clinics_usual_treatment_is_usual_care():
    f = site_summary("Non-randomised controlled comparison. Consecutive outpatients were assigned by admission period: 13 "
                     "were offered behavioural treatment and 15 were offered the clinic's usual treatment, standard "
                     "drug-abuse counselling.").plain()
    assert f["control"] == "usual-care"


def test_standard_drug_abuse_counselling_is_no_reference_drug():
    f = site_summary("Non-randomised controlled comparison. Consecutive outpatients were assigned by admission period: 13 "
                     "were offered behavioural treatment and 15 were offered standard drug-abuse counselling.").plain()
    assert f["control"] != "active"


def test_a_standard_drug_is_still_an_active_comparator():
    f = site_summary("Randomised controlled trial. 200 adults were allocated to the new tablet or to the standard drug "
                     "for 12 weeks.").plain()
    assert f["control"] == "active"


# --- periods off medication ---------------------------------------------------------------------------------------

def test_periods_off_medication_are_an_untreated_comparison():
    f = site_summary("Registry-based cohort using national registers. Cox regression compared each patient's rate of "
                     "convictions during periods on medication with the same patient's rate during periods off "
                     "medication.").plain()
    assert f["control"] == "no-treatment"


def test_on_vs_off_medication_is_an_untreated_comparison():
    f = site_summary("Registry-based cohort using national registers. Hazard ratios were estimated on vs off medication "
                     "within each patient.").plain()
    assert f["control"] == "no-treatment"


def test_time_off_work_is_no_untreated_comparison():
    f = site_summary("Registry-based cohort using national registers. Cox regression related each patient's periods "
                     "off work to later convictions.").plain()
    assert f["control"] != "no-treatment"


# --- compared between people with and without the exposure --------------------------------------------------------

def test_compared_between_respondents_with_and_without_complaints_is_untreated():
    f = site_summary("Prospective cohort study. 7,954 adults were interviewed at baseline and 1 year later. Diagnoses "
                     "at baseline were compared between respondents with and without sleep complaints.").plain()
    assert f["design"] == "cohort"
    assert f["control"] == "no-treatment"


def test_respondents_with_and_without_complaints_not_compared_is_unknown():
    f = site_summary("Prospective cohort study. 7,954 adults with and without sleep complaints were interviewed at "
                     "baseline and 1 year later.").plain()
    assert f["design"] == "cohort"
    assert f["control"] == "unknown"


# --- "with each other or with placebo" --------------------------------------------------------------------------

def test_with_each_other_or_with_placebo_is_the_reviews_own_mixed_comparison():
    f = site_summary("Systematic review and network meta-analysis. Double-blind randomised controlled trials comparing "
                     "drug A, drug B and drug C with each other or with placebo were identified. 40 trials were "
                     "included.", limitations=("Most drugs beat placebo only in short trials",)).plain()
    assert f["design"] == "meta-analysis"
    assert f["control"] == "unknown"


def test_other_trials_with_placebo_are_still_other_studies():
    f = site_summary("Prospective cohort study of 500 adults. Outcomes were compared with those of other trials with "
                     "placebo.").plain()
    assert f["control"] != "placebo"


# --- a header count given as a range ------------------------------------------------------------------------------

def test_header_range_leaves_one_groups_count_unread():
    f = site_summary("Adult male rats were tested. In a third experiment, separate groups (5 rats each) received the "
                     "drug or vehicle daily for 6 days.", participants="5–12 rats per experiment",
                     duration="6 days").plain()
    assert f["species"] == "animal"
    assert f["n"] is None


def test_header_range_leaves_a_stated_total_read():
    f = site_summary("Adult male rats were tested. A total of 40 rats were randomised to the drug or vehicle daily for "
                     "6 days.", participants="5–12 rats per experiment", duration="6 days").plain()
    assert f["n"] == 40


def test_header_single_count_decides_as_before():
    f = site_summary("Adult male rats were tested. Separate groups (5 rats each) received the drug or vehicle daily "
                     "for 6 days.", participants="10 rats", duration="6 days").plain()
    assert f["n"] == 10


# --- receptors expressed in frog oocytes --------------------------------------------------------------------------

def test_rat_receptor_subunits_in_xenopus_oocytes_are_in_vitro_work():
    f = site_summary("In-vitro electrophysiology study. Rat neuronal nicotinic receptor subunits were expressed in "
                     "Xenopus laevis oocytes by injection of cRNA, and currents were recorded by voltage clamp.").plain()
    assert f["species"] == "in-vitro"


def test_rat_receptor_subunits_are_the_animals_genes_not_the_animals():
    f = site_summary("In vitro study. Rat neuronal receptor subunits were expressed in HEK cells by transfection.").plain()
    assert f["species"] == "in-vitro"


def test_concentration_response_curves_make_a_cell_experiment():
    f = site_summary("In-vitro electrophysiology study. Receptors were expressed in Xenopus laevis oocytes. "
                     "Concentration–response curves for the drug were constructed for each receptor subtype.").plain()
    assert f["species"] == "in-vitro"
    assert f["design"] == "controlled-trial"


def test_an_unknown_dose_response_relationship_is_no_experiment():
    f = site_summary("In-vitro electrophysiology study. Receptors were expressed in Xenopus laevis oocytes and their "
                     "currents observed; the dose-response relationship remains unknown.").plain()
    assert f["species"] == "in-vitro"
    assert f["design"] == "unknown"


def test_rats_given_a_receptor_agonist_are_animals():
    f = site_summary("Adult male rats received a nicotinic receptor agonist or vehicle before each session, and "
                     "lever presses were compared.").plain()
    assert f["species"] == "animal"


def test_oocytes_retrieved_from_women_are_no_frog_oocytes():
    f = site_summary("Randomised controlled trial. 300 women undergoing IVF were allocated to the new culture medium or "
                     "the standard medium; oocytes were retrieved after stimulation.").plain()
    assert f["species"] == "human"


def test_in_vitro_maturation_is_no_experiment_named():
    f = site_summary("In-vitro maturation of frog oocytes was observed under the microscope.").plain()
    assert f["species"] == "in-vitro"
    assert f["design"] == "unknown"
