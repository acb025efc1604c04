"""Rules found on development set 89 (tests/devset89: peptides - GLP-1 agonists, ghrelin, thymosin, antimicrobial
peptides), read by the rules alone: a heading run into its first sentence ("MethodsRandomized controlled trial in ...")
still opens its section; "Restricted to patients with abdominal sepsis" names people by the one illness they all had
(homogeneous); "34 patients received ...; 30 patients received ... alone" adds two arms joined by a semicolon; a
randomised trial's other arm outranks "30 untreated patients from an earlier period ... used as a historical
reference"; an untreated group said in Methods ("who did not receive ghrelin served as the comparison group") makes a
non-randomised trial prospective when Key Finding named it first; a claims cohort "filling prescriptions for either a
GLP-1 receptor agonist or an SGLT-2 inhibitor" compares drugs (active); "3,618 cases, each matched on age, sex and date
to five people without arrest" counts cases and controls; a "Cross-sectional study ..., prospectively enrolling
adults" is prospective; "Potency modest compared with conventional antibiotics" is a judgement, not an arm; peptides
"tested against ... bacteria, yeasts and protozoa in culture" and "Laboratory cultures only" are bench work (in-vitro),
and agents tested against microbes are an experiment (controlled trial)."""
from __future__ import annotations

from appraisal.extract import extract_facts
from appraisal.readers import read_bytes
from appraisal.readers.summary_text import parse_text
from tests.test_extract_devset11 import summary as site_summary


def glued_summary(methods_line: str, limitations: str = "Small sample",
                  key_finding: str = "Something was found.") -> dict:
    """Facts of a site summary whose Methods section is given as its raw lines, heading included (so the heading may
    have lost its line break: "MethodsRandomized ...")."""
    text = ("Skip to main content\n\nA Trial\n\nSmith AB, et al.\n\nSome Journal/2020/N/A participants/N/A\n"
            f"Key Finding\n\n{key_finding}\n\nBackground\n\nEarlier work was mixed.\n\n"
            f"{methods_line}\n\nLimitations\n\n  • {limitations}\n\nCompounds Studied\n\nRelated Conditions\n\n"
            "Related Studies")
    (study,) = read_bytes(text.encode(), "x.txt")
    return extract_facts(study, learned=False).plain()


# --- a heading run into its first sentence --------------------------------------------------------------------------

def test_methods_heading_glued_to_its_first_sentence_opens_methods():
    f = glued_summary("MethodsAn open-label, randomised controlled superiority trial in hospitals in Israel and Italy "
                      "(n = 406).")
    assert f["design"] == "rct"
    assert f["n"] == 406


def test_methods_heading_glued_to_randomized_opens_methods():
    f = glued_summary("MethodsRandomized controlled trial in 10 intensive care units. 64 patients were enrolled.")
    assert f["design"] == "rct"


def test_a_word_starting_with_a_heading_name_opens_nothing():
    # "MethodsX" (a journal) is one word, not a heading run into a sentence: the line stays in Key Finding
    text = ("Skip to main content\n\nA Trial\n\nSmith AB, et al.\n\nSome Journal/2020/N/A participants/N/A\n"
            "Key Finding\n\nSomething was found.\nMethodsX protocols were shared.\n\nMethods\n\nCohort study.\n\n"
            "Limitations\n\n  • Small sample")
    study = parse_text(text, "x.txt")
    assert "MethodsX" in study.key_finding
    assert study.methods == "Cohort study."


# --- restricted to people with one illness --------------------------------------------------------------------------

def test_restricted_to_patients_with_an_illness_is_homogeneous():
    f = site_summary("Methods: Randomised trial in 64 patients with septic shock.",
                     limitations=("Restricted to patients with abdominal sepsis after emergency surgery",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_restricted_to_people_with_type_2_diabetes_is_homogeneous():
    f = site_summary("Methods: Cohort study of 43,365 adults.",
                     limitations=("Restricted to people with type 2 diabetes, not weight-loss users",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_restricted_to_patients_with_a_condition_for_taking_part_is_not_read():
    f = site_summary("Methods: Cohort study of 6,259 patients.",
                     limitations=("Restricted to patients with adequate arterial perfusion",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_analysis_restricted_to_patients_with_an_illness_is_not_read():
    f = site_summary("Methods: Cohort study of 6,259 patients. The analysis was restricted to patients with diabetes.").plain()
    assert f["heterogeneity"] == "unknown"


def test_future_trial_restricted_to_patients_with_an_illness_is_not_read():
    f = site_summary("Methods: Randomised trial in 450 patients with septic shock.",
                     limitations=("A future trial should be restricted to patients with intermediate endotoxin activity "
                                  "and septic shock",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- two arms joined by a semicolon ---------------------------------------------------------------------------------

def test_two_arms_joined_by_a_semicolon_are_added():
    f = site_summary("Randomized controlled trial in 10 intensive care units. 34 patients received conventional therapy "
                     "plus two hemoperfusion sessions; 30 patients received conventional therapy alone.").plain()
    assert f["n"] == 64


def test_counts_of_different_people_after_a_semicolon_are_not_added():
    f = site_summary("Randomized controlled trial in 10 intensive care units. 34 patients received conventional therapy "
                     "plus two hemoperfusion sessions; 30 nurses received training in the device.").plain()
    assert f["n"] != 64


# --- a randomised trial with a historical reference -----------------------------------------------------------------

def test_randomised_active_arms_outrank_a_historical_reference():
    f = site_summary("Sixty-two patients were randomly divided into two groups. 29 received thymosin alpha-1 1.6 mg "
                     "twice weekly; 33 received interferon alpha 5 MU daily. Results were also set against 30 untreated "
                     "patients from an earlier period, used as a historical reference.",
                     title="Thymosin Alpha-1 Versus Interferon Alpha in Chronic Hepatitis B").plain()
    assert f["control"] == "active"


def test_non_randomised_trial_against_historical_controls_stays_historical():
    f = site_summary("Open-label single-arm trial. 29 patients received thymosin alpha-1 1.6 mg twice weekly. Results "
                     "were set against 30 untreated patients from an earlier period, used as a historical reference.",
                     title="Thymosin Alpha-1 Versus Interferon Alpha in Chronic Hepatitis B").plain()
    assert f["control"] == "historical"


# --- an untreated group said in Methods -----------------------------------------------------------------------------

_GHRELIN = ("Methods\n\nPatients with chronic heart failure in Japan. Ten patients received ghrelin 2 μg/kg "
            "intravenously twice daily for 3 weeks{rest}")
_UNTREATED_KEY_FINDING = ("Three weeks of ghrelin increased exercise capacity, while an untreated comparison group did "
                          "not change.")
_NOT_RANDOMISED = "Allocation was not randomised and the study was not blinded"


def test_untreated_group_in_methods_makes_a_controlled_trial_prospective():
    f = glued_summary(_GHRELIN.format(rest="; 8 patients who did not receive ghrelin served as the comparison group."),
                      _NOT_RANDOMISED, _UNTREATED_KEY_FINDING)
    assert f["design"] == "controlled-trial"
    assert f["control"] == "no-treatment"
    assert f["timing"] == "prospective"


def test_untreated_group_only_in_key_finding_leaves_timing_open():
    f = glued_summary(_GHRELIN.format(rest="."), _NOT_RANDOMISED, _UNTREATED_KEY_FINDING)
    assert f["control"] == "no-treatment"
    assert f["timing"] == "unknown"


# --- prescriptions filled for one drug or another -------------------------------------------------------------------

def test_cohort_filling_prescriptions_for_either_drug_is_active():
    f = site_summary("Retrospective cohort study. Adults in two insurance claims databases who underwent endoscopy while "
                     "filling prescriptions for either a GLP-1 receptor agonist or an SGLT-2 inhibitor.").plain()
    assert f["control"] == "active"


def test_cohort_filling_prescriptions_against_non_users_is_not_active():
    f = site_summary("Retrospective cohort study. Adults in two insurance claims databases who underwent endoscopy while "
                     "filling prescriptions for a GLP-1 receptor agonist were compared with non-users.").plain()
    assert f["control"] != "active"


# --- cases matched to people without the outcome --------------------------------------------------------------------

def test_cases_each_matched_on_traits_to_people_without_the_outcome():
    f = site_summary("Nested case-control study in national registries. All cardiac arrests were identified: 3,618 "
                     "cases, each matched on age, sex and date to five people without arrest.").plain()
    assert f["n"] == 3618 * 6


def test_cases_matched_to_up_to_five_people_count_no_controls():
    f = site_summary("Nested case-control study in national registries. All cardiac arrests were identified: 3,618 "
                     "cases, each matched on age, sex and date to up to five people without arrest.").plain()
    assert f["n"] != 3618 * 6


# --- a cross-sectional study enrolling prospectively ----------------------------------------------------------------

def test_cross_sectional_study_prospectively_enrolling_is_prospective():
    f = site_summary("Cross-sectional study at a tertiary hospital, prospectively enrolling adults who had fasted "
                     "before an elective procedure. 124 patients took part.").plain()
    assert f["timing"] == "prospective"


def test_cross_sectional_study_of_a_prospectively_followed_cohort_is_not():
    f = site_summary("Cross-sectional study of 124 volunteers from a cohort that has been followed prospectively "
                     "since 1990.").plain()
    assert f["timing"] == "unknown"


# --- potency compared with the usual drugs --------------------------------------------------------------------------

def test_potency_modest_compared_with_conventional_antibiotics_is_no_arm():
    f = site_summary("Peptides were purified from frog skin and tested against bacteria and yeasts in culture.",
                     limitations=("Potency modest compared with conventional antibiotics",)).plain()
    assert f["control"] != "active"


def test_trial_compared_with_conventional_antibiotics_is_active():
    f = site_summary("Randomised controlled trial. 835 patients were assigned to pexiganan cream or to conventional "
                     "antibiotics given by mouth.").plain()
    assert f["control"] == "active"


# --- microbes tested in culture -------------------------------------------------------------------------------------

def test_peptides_tested_against_microbes_in_culture_are_in_vitro_experiments():
    f = site_summary("Peptides were purified from frog skin, sequenced and synthesised. Natural and synthetic magainin "
                     "1 and 2 were tested against Gram-positive and Gram-negative bacteria, yeasts and protozoa in "
                     "culture.").plain()
    assert f["species"] == "in-vitro"
    assert f["design"] == "controlled-trial"


def test_laboratory_cultures_only_is_in_vitro():
    f = site_summary("Peptides were purified from frog skin and their activity was measured.",
                     limitations=("Laboratory cultures only; no infection model",)).plain()
    assert f["species"] == "in-vitro"


def test_blood_cultures_of_patients_are_not_in_vitro():
    f = site_summary("Cohort study of 300 patients with sepsis. Blood cultures were taken on admission.").plain()
    assert f["species"] == "human"
