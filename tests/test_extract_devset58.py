"""Rules found on development set 58 (tests/devset58: cancer treatment and screening, numbers spelled out), read by
the rules alone: a title's "Case–Control" set with an en dash is a case-control study; an arm "assigned ... or to
observation", "versus observation alone" or "the observation group" was given nothing (no-treatment), as were screening
trials' "control women who were not invited"; "an irrelevant control hamster antibody" or an isotype control is the
antibody without its action (placebo); "the randomised comparison in the parent trial" is the trial a cohort is nested
in, not the cohort's design; a study of one participant that names no design is a case report; counts spelled with
hundreds and thousands ("two hundred and sixty-one") are counts, and a case-control study whose "cases were N ...;
the controls were M" has n = N + M; "three women overdiagnosed for every death prevented" is a ratio and "Groups were
typically of five mice" a usual group size, neither a count; a "Meta-analysis of 11 randomised trials" counts every
trial it pooled, not some of them."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- "Case–Control" with an en dash ---------------------------------------------------------------------------------

def test_case_control_with_an_en_dash_in_the_title_is_case_control():
    f = site_summary("Methods: Members of a health plan who died of rectal cancer were compared with living members "
                     "matched for age and sex.", title="A Case–Control Study of Screening Sigmoidoscopy").plain()
    assert f["design"] == "case-control"


def test_en_dash_between_other_words_names_no_case_control():
    f = site_summary("Methods: Prospective cohort study. Members of a health plan were followed for ten years; the "
                     "case–mix was adjusted for.", title="Screening Sigmoidoscopy and Mortality").plain()
    assert f["design"] == "cohort"


# --- an observation arm ---------------------------------------------------------------------------------------------

def test_assigned_or_to_observation_is_no_treatment():
    f = site_summary("Methods: Open-label randomised trial. 3,387 women were assigned to trastuzumab for one year or to "
                     "observation.").plain()
    assert f["control"] == "no-treatment"


def test_the_observation_group_is_no_treatment():
    f = site_summary("Methods: Open-label randomised trial of trastuzumab for one year. No placebo infusions were "
                     "given: the observation group simply received no further treatment.").plain()
    assert f["control"] == "no-treatment"


def test_direct_observation_of_outcomes_is_no_arm():
    f = site_summary("Methods: Randomised trial of a wound dressing compared with usual care. Healing was assessed "
                     "by direct observation of the wound.").plain()
    assert f["control"] == "usual-care"


# --- screening trials' uninvited controls ---------------------------------------------------------------------------

def test_control_women_who_were_not_invited_are_no_treatment():
    f = site_summary("Methods: Meta-analysis of 11 randomised trials of mammography, all comparing women invited to "
                     "screening with control women who were not invited.", participants="11 trials").plain()
    assert f["control"] == "no-treatment"


def test_women_not_invited_and_excluded_are_no_arm():
    f = site_summary("Methods: Randomised trial of a screening reminder letter compared with usual care. Women who "
                     "were not invited to the clinic were excluded.").plain()
    assert f["control"] == "usual-care"


def test_meta_analysis_of_counted_trials_speaks_of_all_of_them():
    f = site_summary("Methods: Meta-analysis of 11 randomised trials comparing aspirin with placebo.",
                     participants="11 trials").plain()
    assert f["control"] == "placebo"


def test_placebo_in_two_of_the_trials_speaks_of_some():
    f = site_summary("Methods: Meta-analysis of randomised trials of aspirin; in two trials the comparator was "
                     "placebo.", participants="11 trials").plain()
    assert f["control"] == "unknown"


# --- an irrelevant or isotype control antibody ----------------------------------------------------------------------

def test_irrelevant_control_antibody_is_placebo():
    f = site_summary("Methods: Mouse experiments. Mice were injected with tumour cells and given an anti-CTLA-4 "
                     "antibody or an irrelevant control hamster antibody.", compounds="Anti-CTLA-4").plain()
    assert f["control"] == "placebo"


def test_untreated_mice_with_an_antibody_isotype_measured_are_no_treatment():
    f = site_summary("Methods: Mouse experiments. Mice were injected with tumour cells and given an anti-CTLA-4 "
                     "antibody or left untreated; the antibody's isotype was checked by ELISA.",
                     compounds="Anti-CTLA-4").plain()
    assert f["control"] == "no-treatment"


# --- a cohort nested in a trial -------------------------------------------------------------------------------------

def test_randomised_comparison_in_the_parent_trial_is_not_the_cohorts():
    f = site_summary("Methods: Prospective cohort study of 832 patients enrolled in a chemotherapy trial. Activity "
                     "was not assigned by the investigators; the randomised comparison in the parent trial was of "
                     "chemotherapy, not exercise.").plain()
    assert f["design"] == "cohort"
    assert f["randomized"] is False


def test_a_trial_that_asks_parents_stays_randomised():
    f = site_summary("Methods: Randomised controlled trial. 120 children were randomly assigned to the programme "
                     "or a wait-list; the parent questionnaire was completed at 12 weeks.").plain()
    assert f["design"] == "rct"


# --- a study of one participant -------------------------------------------------------------------------------------

def test_one_participant_and_no_design_is_a_case_report():
    f = site_summary("Methods: The report follows one woman with melanoma treated with ipilimumab and then "
                     "radiotherapy to a paraspinal mass.", participants="1 participant").plain()
    assert f["design"] == "case-report"
    assert f["control"] == "none"


def test_many_participants_and_no_design_is_no_case_report():
    f = site_summary("Methods: The report follows women with melanoma treated with ipilimumab and then "
                     "radiotherapy to a paraspinal mass.", participants="24 participants").plain()
    assert f["design"] != "case-report"


# --- counts spelled with hundreds and thousands ---------------------------------------------------------------------

def test_spelled_count_with_hundreds_is_read_whole():
    f = site_summary("Methods: Open-label randomised trial of two hundred and eighty-six patients with "
                     "glioblastoma.").plain()
    assert f["n"] == 286


def test_spelled_count_that_was_screened_is_no_n():
    f = site_summary("Methods: Open-label randomised trial. Two hundred and eighty-six patients were screened for "
                     "eligibility.").plain()
    assert f["n"] != 286


def test_cases_were_and_controls_were_add_up():
    f = site_summary("Methods: Members of a health plan. The cases were two hundred and sixty-one members who died "
                     "of rectal cancer between 1971 and 1988; the controls were eight hundred and sixty-eight members, "
                     "matched for age and sex.", title="A Case–Control Study of Screening").plain()
    assert f["n"] == 1129


def test_controls_alone_counted_give_no_n():
    f = site_summary("Methods: Members of a health plan who died of rectal cancer were studied; the controls were "
                     "eight hundred and sixty-eight members, matched for age and sex.",
                     title="A Case–Control Study of Screening").plain()
    assert f["n"] is None


# --- a ratio of people to events ------------------------------------------------------------------------------------

def test_women_for_every_death_prevented_is_a_ratio():
    f = site_summary("Methods: Meta-analysis of 11 randomised trials of mammography. Roughly three women were "
                     "overdiagnosed for every breast cancer death prevented.", participants="11 trials").plain()
    assert f["n"] is None


def test_women_randomised_then_every_one_followed_is_a_count():
    f = site_summary("Methods: Randomised trial of mammography. 120 women were randomised, and every woman "
                     "completed follow-up.").plain()
    assert f["n"] == 120


# --- a usual group size ---------------------------------------------------------------------------------------------

def test_groups_typically_of_five_mice_count_nobody():
    f = site_summary("Methods: Mouse experiments. Mice were given an anti-CTLA-4 antibody or an irrelevant control "
                     "antibody. Groups were typically of five mice.", compounds="Anti-CTLA-4").plain()
    assert f["n"] is None


def test_a_total_of_mice_in_typical_groups_counts():
    f = site_summary("Methods: Mouse experiments. A total of 40 mice were studied, in groups of typically ten.",
                     compounds="Anti-CTLA-4").plain()
    assert f["n"] == 40
