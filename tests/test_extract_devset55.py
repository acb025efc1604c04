"""Rules found on development set 55 (tests/devset55: heart and blood vessels, a wordy academic writer with long
passive sentences), read by the rules alone: a purpose clause ("in order that neither patients nor investigators
should become aware") is not a hypothetical study; "allocated in a 1:1 ratio" and an "interactive voice-response
system" are random allocation; "unaware of which active agents had been given" is masking; "a varied population"
is mixed; "randomised, double-blind, placebo-controlled trials were considered eligible" under a meta-analysis title
are the review's trials, and "patients in the pooled trials differed widely" a mixed population; "allocated to A
5 mg ... or to B" and "treated either with A or with B" name an active comparator; "true or sham values" of a
measurement are no sham arm; a header "36 completers", "36 volunteers completed the study" and "approximately nine
volunteers per arm" give no randomised total; "linkage between Danish nationwide administrative registers" and "linkage
with the national Cause of Death Register" are a registry cohort (retrospective); "periods in which no NSAID was being
taken" and "control exercise tests without any fatty acid" are untreated comparisons; patients "who ranged widely in
age and comorbidity" are mixed; "not described as randomised or blinded" is silence on both words; "Seven or eight
dogs" is a bound, not a count; "aortic rings from rats" mounted in organ baths are in-vitro work."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a purpose clause is not a hypothetical study -------------------------------------------------------------------

def test_purpose_clause_keeps_double_dummy():
    f = site_summary("Patients were randomised to drug A or drug B; in order that neither patients nor investigators "
                     "should become aware of the assigned treatment, a double-dummy technique was employed.").plain()
    assert f["blinding"] == "double"


def test_should_about_a_future_trial_still_hypothetical():
    f = site_summary("Patients were followed in a registry.", limitations=(
        "A double-blind trial should be done to confirm this",)).plain()
    assert f["blinding"] == "unknown"


# --- allocation ratio and central allocation systems ----------------------------------------------------------------

def test_allocated_in_a_ratio_is_randomised():
    f = site_summary("Participants were allocated in a 1:1 ratio to drug A 5 mg twice daily or to drug B.").plain()
    assert f["randomized"] is True
    assert f["design"] == "rct"


def test_voice_response_system_is_randomised():
    f = site_summary("Participants were allocated by means of an interactive voice-response system to drug A "
                     "or drug B.").plain()
    assert f["randomized"] is True


def test_matched_in_a_ratio_is_not_allocation():
    f = site_summary("Each case was matched in a 1:4 ratio to controls from the same practice.").plain()
    assert f["randomized"] is not True


# --- masking said as "unaware of which agents" ---------------------------------------------------------------------

def test_unaware_of_which_agents_is_double():
    f = site_summary("Patients were randomised to streptokinase or placebo. Patients and the responsible clinicians "
                     "were unaware of which active agents had been given.").plain()
    assert f["blinding"] == "double"


def test_aware_of_the_agents_is_not_masking():
    f = site_summary("Patients were randomised to streptokinase or placebo. Pharmacists kept a list of the active "
                     "agents given.").plain()
    assert f["blinding"] == "unknown"


# --- a varied population ------------------------------------------------------------------------------------------

def test_varied_population_is_heterogeneous():
    f = site_summary("Patients were randomised to aspirin or placebo.", limitations=(
        "The broad entry criterion resulted in a varied population",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_varied_diet_is_not_a_population():
    f = site_summary("Patients were randomised to aspirin or placebo.", limitations=(
        "Participants ate a varied diet",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- a meta-analysis whose eligible trials are listed with commas ---------------------------------------------------

def test_eligible_listed_trials_under_meta_analysis_title():
    f = site_summary("Databases were searched; only randomised, double-blind, placebo-controlled trials were "
                     "considered eligible. Data from eight trials, comprising 632 patients, were pooled.",
                     title="Extract for Heart Failure: Meta-Analysis", participants="632 patients",
                     limitations=("Patients in the pooled trials differed widely in disease severity",)).plain()
    assert f["design"] == "meta-analysis"
    assert f["blinding"] == "unknown"
    assert f["heterogeneity"] == "heterogeneous"


def test_listed_design_words_in_a_trial_stay_rct():
    f = site_summary("This randomised, double-blind, placebo-controlled trial enrolled 200 adults.",
                     participants="200 participants").plain()
    assert f["design"] == "rct"


# --- second arms in long sentences ---------------------------------------------------------------------------------

def test_allocated_to_a_dose_or_to_another_drug_is_active():
    f = site_summary("Participants were randomly allocated to apixaban 5 mg twice daily or to warfarin adjusted to "
                     "an INR of 2.0 to 3.0; a double-dummy technique was employed, each participant receiving a "
                     "placebo matching the alternative agent.").plain()
    assert f["control"] == "active"


def test_or_to_avoid_is_not_a_second_treatment():
    f = site_summary("Infants were randomly assigned to consume peanut (6 g a week) or to avoid peanut entirely.").plain()
    assert f["control"] != "active"


def test_treated_either_with_a_or_with_b_is_active():
    f = site_summary("Consecutive patients were, according to patient preference and without random allocation, "
                     "treated either with ablation (589 patients) or with antiarrhythmic drugs (582 patients).",
                     title="Ablation: a Controlled Nonrandomized Study").plain()
    assert f["control"] == "active"
    assert f["timing"] == "prospective"


def test_sham_measurement_values_are_no_sham_arm():
    f = site_summary("Patients were randomised to drug A 5 mg or drug B 10 mg; INR devices returned either true or "
                     "sham values.").plain()
    assert f["control"] != "placebo"


def test_sham_procedure_is_still_placebo():
    f = site_summary("Patients were randomised to the procedure or a sham procedure.").plain()
    assert f["control"] == "placebo"


# --- completers are not the randomised total ------------------------------------------------------------------------

def test_completers_give_no_n():
    f = site_summary("Volunteers were randomised to one of four supplements or placebo. Thirty-six volunteers "
                     "completed the study.", participants="36 completers",
                     limitations=("Small sample, with approximately nine volunteers per arm",)).plain()
    assert f["n"] is None


def test_enrolled_count_with_completers_later_gives_n():
    f = site_summary("Forty volunteers were randomised to one of four supplements or placebo; 36 completed the "
                     "study.", limitations=("Nine volunteers per arm",)).plain()
    assert f["n"] == 40


def test_header_participants_still_count():
    f = site_summary("Volunteers were randomised to supplement or placebo.", participants="36 participants").plain()
    assert f["n"] == 36


# --- registry cohorts found by record linkage -----------------------------------------------------------------------

def test_linkage_between_national_registers_is_retrospective():
    f = site_summary("By means of linkage between Danish nationwide administrative registers, all patients admitted "
                     "with a first myocardial infarction were identified and followed.").plain()
    assert f["timing"] == "retrospective"


def test_linkage_with_a_long_register_name_is_retrospective():
    f = site_summary("Patients with atrial fibrillation were identified, and deaths were ascertained through "
                     "linkage with the national Cause of Death Register.").plain()
    assert f["timing"] == "retrospective"


def test_prospective_registry_with_linkage_stays_prospective():
    f = site_summary("Patients were enrolled in a prospective registry and followed; deaths were ascertained through "
                     "linkage with the national Cause of Death Register.").plain()
    assert f["timing"] == "prospective"


def test_linkage_with_a_trials_register_is_no_cohort():
    f = site_summary("Records were checked for linkage with the national clinical register of trials.").plain()
    assert f["timing"] == "unknown"


# --- untreated periods and control runs said with "no" and "without any" ------------------------------------------

def test_periods_in_which_no_drug_was_taken_are_no_treatment():
    f = site_summary("Patients were identified from national registers. Periods of NSAID treatment were compared "
                     "with periods in which no NSAID was being taken.").plain()
    assert f["control"] == "no-treatment"


def test_periods_in_which_a_drug_was_taken_are_not_untreated():
    f = site_summary("Patients were identified from national registers. Periods in which an NSAID was being taken "
                     "were compared with each other by dose.").plain()
    assert f["control"] != "no-treatment"


def test_control_tests_without_any_agent_are_no_treatment():
    f = site_summary("Dogs were tested with each fatty acid, given intravenously, control exercise tests without "
                     "any fatty acid being performed in the same animals one week before and after.").plain()
    assert f["control"] == "no-treatment"


def test_control_tests_without_delay_are_no_comparison():
    f = site_summary("Dogs were tested with each fatty acid, given intravenously; control tests without delay "
                     "followed each infusion.").plain()
    assert f["control"] != "no-treatment"


# --- a population that ranged widely in age ------------------------------------------------------------------------

def test_ranged_widely_in_age_is_heterogeneous():
    f = site_summary("Patients were identified from national registers; the patients, who ranged widely in age and "
                     "comorbidity, were followed for five years.").plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_population_differing_widely_in_age_is_heterogeneous():
    f = site_summary("Patients were identified from national registers.", limitations=(
        "A population differing widely in age and comorbidity",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_doses_ranging_widely_in_duration_say_nothing_of_people():
    f = site_summary("Patients were identified from national registers; treatment courses ranged widely in "
                     "duration.").plain()
    assert f["heterogeneity"] == "unknown"


# --- silence about two things at once ------------------------------------------------------------------------------

def test_not_described_as_randomised_or_blinded_is_unknown():
    f = site_summary("Dogs were tested with each fatty acid and without it.", limitations=(
        "Order of tests and assessment of outcome were not described as randomised or blinded",)).plain()
    assert f["blinding"] == "unknown"
    assert f["randomized"] is None


def test_not_described_as_blinded_is_unknown():
    f = site_summary("Dogs were tested with each fatty acid and without it.", limitations=(
        "Outcome assessment was never described as blinded",)).plain()
    assert f["blinding"] == "unknown"


def test_assessment_not_blinded_is_still_open():
    f = site_summary("Dogs were tested with each fatty acid and without it.", limitations=(
        "Outcome assessment was not blinded",)).plain()
    assert f["blinding"] == "open"


# --- "N or M" animals is a bound ------------------------------------------------------------------------------------

def test_seven_or_eight_dogs_give_no_n():
    f = site_summary("Seven or eight susceptible dogs were tested with each fatty acid.").plain()
    assert f["n"] is None


def test_eight_dogs_give_n():
    f = site_summary("Eight susceptible dogs were tested with each fatty acid.").plain()
    assert f["n"] == 8


# --- tissue pieces cut from animals for the organ bath -------------------------------------------------------------

def test_aortic_rings_from_rats_are_in_vitro():
    f = site_summary("Endothelium-intact aortic rings from rats were mounted in organ baths and exposed to garlic "
                     "extracts, vehicle-treated rings serving as time controls.").plain()
    assert f["species"] == "in-vitro"


def test_isolated_rat_aortic_rings_are_in_vitro():
    f = site_summary("Relaxation of isolated rat aortic rings produced by garlic extracts was measured.").plain()
    assert f["species"] == "in-vitro"


def test_hearts_from_fed_rats_stay_animal():
    f = site_summary("Rats were fed garlic for eight weeks; hearts from rats fed the diet were weighed.").plain()
    assert f["species"] == "animal"
