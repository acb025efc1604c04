"""Rules found on development set 69 (tests/devset69: lungs, allergy and infection treatment, by a pharmacist-writer),
read by the rules alone: a crossover "randomised to a sequence of three treatments ...:" lists its active regimens as
bullet lines; "non-inferiority" names the hypothesis, so a comparator named "Control: usual care" in the same section
decides; an arm "randomised 1:1 to OIT or to continued avoidance" went on without treatment (the ratio's colon is no
clause break); "an uncontrolled 5-year extension" in Limitations is a later phase, not the trial; "controls continued these
usual asthma medicines alone" is usual care; a cohort's "already receiving or starting omalizumab" is one group's two
verbs, and its "non-omalizumab group comprised 2,829 patients ... who were not treated with it" is untreated and counted
with the first group; a nested case-control study's "The 66 people who died ... were the cases" and "giving 2,681
controls in all" add up to n; children who "differed widely in genetic background" are mixed people; "Vero E6 cells
(African green monkey kidney)" are a cell line, the monkey its source, and a virus "isolated from a patient" studies no
one."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- arms listed as bullet lines ------------------------------------------------------------------------------------

def test_crossover_treatments_listed_as_bullet_lines_are_active():
    f = site_summary("Double-blind, three-period crossover trial.\n\n210 participants were randomised to a sequence of three "
                     "treatments, each given for 14 weeks, with a 2-week washout between periods:\n"
                     "- Tiotropium 18 µg once daily plus beclomethasone 80 µg twice daily\n"
                     "- Beclomethasone 160 µg twice daily (dose doubled)\n"
                     "- Salmeterol 50 µg twice daily plus beclomethasone 80 µg twice daily").plain()
    assert f["control"] == "active"


def test_bullet_lines_with_a_placebo_are_not_active():
    f = site_summary("Double-blind, three-period crossover trial.\n\n210 participants were randomised to a sequence of three "
                     "treatments, each given for 14 weeks, with a 2-week washout between periods:\n"
                     "- Tiotropium 18 µg once daily\n"
                     "- Salmeterol 50 µg twice daily\n"
                     "- Placebo inhaler twice daily").plain()
    assert f["control"] == "placebo"


# --- non-inferiority against usual care -----------------------------------------------------------------------------

def test_non_inferiority_trial_against_named_usual_care_is_usual_care():
    f = site_summary("Multicentre, non-inferiority, randomised clinical trial at four hospitals. Adults with pneumonia "
                     "(n = 312) were allocated on day 5 to one of two strategies:\n"
                     "- Intervention: antibiotics stopped after a minimum of 5 days if stable\n"
                     "- Control: usual care, with the treating physician deciding the course length").plain()
    assert f["control"] == "usual-care"


def test_non_inferiority_trial_of_two_drugs_on_top_of_usual_care_is_active():
    f = site_summary("Multicentre, non-inferiority, randomised clinical trial. Adults with pneumonia (n = 312) received "
                     "levofloxacin 500 mg or moxifloxacin 400 mg once daily, in addition to usual care.").plain()
    assert f["control"] == "active"


# --- continued avoidance --------------------------------------------------------------------------------------------

def test_randomised_to_continued_avoidance_is_no_treatment():
    f = site_summary("Randomised controlled trial. Children aged 7 to 16 years with peanut allergy were randomised 1:1 to "
                     "oral immunotherapy or to continued avoidance (the control group).").plain()
    assert f["control"] == "no-treatment"


def test_randomised_one_to_one_to_two_immunotherapies_is_active():
    f = site_summary("Randomised controlled trial. Children aged 7 to 16 years with peanut allergy were randomised 1:1 to "
                     "oral immunotherapy 800 mg daily or to sublingual immunotherapy 2 mg daily.").plain()
    assert f["control"] == "active"


# --- an uncontrolled extension after the trial ----------------------------------------------------------------------

def test_uncontrolled_extension_in_limitations_leaves_the_sham():
    f = site_summary("Multicentre, randomised, double-blind, sham-controlled trial. 297 participants were randomised 2:1 "
                     "to bronchial thermoplasty or to an identical sham procedure.",
                     limitations=("Durability was assessed only in an uncontrolled 5-year extension of the treated arm",)
                     ).plain()
    assert f["control"] == "placebo"


def test_uncontrolled_trial_in_limitations_still_denies_a_control():
    f = site_summary("Prospective study. 40 patients with severe asthma underwent bronchial thermoplasty and were "
                     "followed for a year.",
                     limitations=("Uncontrolled design; improvement may reflect regression to the mean",)).plain()
    assert f["control"] == "none"


# --- controls continued these usual medicines alone -----------------------------------------------------------------

def test_controls_continued_these_usual_medicines_alone_is_usual_care():
    f = site_summary("Controlled, open, parallel-group trial. Allocation was not randomised. 75 children received mite "
                     "immunotherapy by injection; 63 children formed the control group. Both groups used inhaled "
                     "beclomethasone as needed; controls continued these usual asthma medicines alone.").plain()
    assert f["control"] == "usual-care"
    assert f["timing"] == "prospective"


def test_everyone_continuing_these_medicines_is_not_usual_care():
    f = site_summary("Controlled, open, parallel-group trial. Allocation was not randomised. 75 children received mite "
                     "immunotherapy by injection and 63 children received sublingual drops of mite extract 300 IR daily. "
                     "All children continued these usual asthma medicines.").plain()
    assert f["control"] != "usual-care"


# --- a cohort's users and the group named for going without ---------------------------------------------------------

_EXCELS = ("Prospective cohort study. The omalizumab group comprised 5,007 patients already receiving or starting "
           "omalizumab at doses set by their own physicians; the non-omalizumab group comprised 2,829 patients with "
           "similar asthma who were not treated with it.")


def test_receiving_or_starting_a_drug_against_a_non_drug_group_is_no_treatment():
    f = site_summary(_EXCELS).plain()
    assert f["control"] == "no-treatment"


def test_the_non_drug_group_adds_to_n():
    assert site_summary(_EXCELS).plain()["n"] == 7836


def test_starting_one_drug_against_starting_another_is_active():
    f = site_summary("Prospective cohort study. Patients starting omalizumab (n = 500) were compared with patients "
                     "starting mepolizumab 100 mg every 4 weeks (n = 300).").plain()
    assert f["control"] == "active"


def test_a_subgroup_in_the_next_clause_does_not_add_to_n():
    f = site_summary("Prospective cohort study. The omalizumab group comprised 5,007 patients already receiving "
                     "omalizumab; the severe-asthma subgroup comprised 2,829 patients.").plain()
    assert f["n"] == 5007


# --- cases and controls counted before their role -------------------------------------------------------------------

def test_people_who_were_the_cases_and_controls_in_all_add_up():
    f = site_summary("Nested case-control study within a population of 30,569 people who began asthma treatment. "
                     "The 66 people who died of asthma were the cases. Controls were selected from cohort members still "
                     "alive at the date of each death, giving 2,681 controls in all.").plain()
    assert f["n"] == 2747


def test_controls_per_case_are_not_the_controls_count():
    f = site_summary("Nested case-control study within a population of 30,569 people who began asthma treatment. "
                     "The 66 people who died of asthma were the cases, each matched to 10 controls.").plain()
    assert f["n"] != 76


# --- people who differed widely in background -----------------------------------------------------------------------

def test_children_differing_widely_in_genetic_background_are_heterogeneous():
    f = site_summary("Cross-sectional survey of 205,487 children aged 6-7 years in 31 countries.",
                     limitations=("The children came from 31 countries and differed widely in genetic background, "
                                  "health care and fever management",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_countries_differing_in_health_care_say_nothing_of_the_people():
    f = site_summary("Cross-sectional survey of 205,487 children aged 6-7 years in 31 countries.",
                     limitations=("The countries differed widely in health care and fever management",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- a monkey cell line and a patient's virus -----------------------------------------------------------------------

def test_vero_cells_from_monkey_kidney_infected_with_a_patients_virus_are_in_vitro():
    f = site_summary("SARS-CoV-2 isolated from a patient in Hong Kong was used to infect monolayers of Vero E6 cells "
                     "(African green monkey kidney). Infected wells without drug served as untreated controls.").plain()
    assert f["species"] == "in-vitro"


def test_monkeys_infected_with_a_patients_virus_are_animals():
    f = site_summary("Twelve rhesus macaques were infected with SARS-CoV-2 isolated from a patient and given remdesivir "
                     "or vehicle; lungs were examined after 7 days.").plain()
    assert f["species"] == "animal"
