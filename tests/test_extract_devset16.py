"""Rules found on development set 16 (tests/devset16, a translated-English writer): the adverb of random
allocation after its verb ("distributed randomly", "by random way"), "Investigation was open", a
control group that "did not receive the preparation", "retrospective analysis of clinical
documentation", participants who "could not be masked", studies called "investigations", a header duration given as a bound ("Up to 14
years") and a header of "0 participants"."""
from __future__ import annotations

import pytest

from appraisal.models import Facts
from tests.test_extract_devset11 import summary as site_summary


def summary(methods: str, participants: str = "100 participants", duration: str = "N/A",
            background: str = "Earlier data were few.", limitations: tuple[str, ...] = ("Single centre",),
            title: str = "A Study") -> Facts:
    """Facts of a summary in the site's layout, read by the summary reader."""
    return site_summary(methods, participants=participants, duration=duration, background=background,
                        limitations=limitations, title=title, compounds="Melatonin", conditions="Insomnia")


# --- random allocation: the adverb after the verb ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Subjects were distributed randomly: 50 received melatonin and 50 received placebo.",
    "Patients were divided randomly into two groups, melatonin or placebo.",
    "Patients were allocated into two arms by random way, melatonin or placebo.",
    "Subjects were distributed in groups in a random manner to melatonin or placebo.",
    "Patients were assigned randomly in ratio 2:1 to melatonin or placebo.",
])
def test_allocation_adverb_after_verb_is_randomised(sentence):
    f = summary(sentence)
    assert f.randomized is True
    assert f.design == "rct"


@pytest.mark.parametrize("sentence", [
    # a random sample, not random allocation
    "Households were distributed across regions and randomly selected persons were interviewed once.",
    "Patients were divided into two groups by diagnosis; randomly chosen records were checked twice.",
])
def test_randomly_selected_is_not_allocation(sentence):
    f = summary(sentence)
    assert f.randomized is not True
    assert f.design != "rct"


def test_not_distributed_randomly_is_non_randomised():
    f = summary("Patients were not distributed randomly: 50 received melatonin and 50 received placebo.")
    assert f.randomized is False
    assert f.design == "controlled-trial"


# --- "Investigation was open" -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Investigation was open, because the diet could not be hidden.",
    "The study was realised as open.",
    "It was an open investigation.",
])
def test_open_investigation(sentence):
    f = summary("Subjects were distributed randomly to melatonin or usual care. " + sentence)
    assert f.blinding == "open"


def test_study_open_to_everyone_is_not_open_label():
    f = summary("Subjects were distributed randomly to melatonin or placebo. The study was open to all "
                "residents of the town.")
    assert f.blinding == "unknown"


@pytest.mark.parametrize("sentence", [
    "Participants could not be masked from the nature of the intervention.",
    "Patients cannot be blinded to the diet.",
])
def test_participants_who_could_not_be_masked_is_open(sentence):
    f = summary("Subjects were distributed randomly to calorie restriction or control. " + sentence)
    assert f.blinding == "open"


def test_a_treatment_that_could_not_be_blinded_leaves_a_double_blind_trial_double():
    f = summary("Randomised trial, double-blind for the injections: testosterone or placebo, with or without "
                "exercise.", limitations=("Exercise itself could not be blinded",))
    assert f.blinding == "double"


# --- a control group that did not receive the preparation -------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Control group did not receive the preparation.",
    "The control group did not get any dietary prescription and continued ad libitum eating.",
    "Control patients did not receive the peptide preparations.",
])
def test_control_group_that_did_not_receive_is_untreated(sentence):
    f = summary("Patients were distributed in two groups: melatonin and control. " + sentence
                + " Groups were not formed by randomisation.")
    assert f.control == "no-treatment"
    assert f.design == "controlled-trial"
    assert f.randomized is False


def test_no_control_group_stays_none():
    f = summary("Sixteen patients received melatonin. There was no control group.")
    assert f.control == "none"


def test_control_persons_with_a_clause_before_the_denial_are_non_users():
    f = summary("It was a retrospective analysis of clinical documentation. Observational study of the type "
                "cohort: 800 metformin users were matched to 800 controls. Control persons had no diabetes and "
                "did not receive any antidiabetic drug.", "1600 participants")
    assert f.design == "cohort"
    assert f.control == "no-treatment"


# --- records read after the fact ------------------------------------------------------------------

def test_analysis_of_clinical_documentation_with_untreated_men_is_a_cohort():
    f = summary("It was a retrospective analysis of clinical documentation of a veterans health system: 398 men "
                "received testosterone, 633 men were not treated. Comparison was made versus untreated men.",
                "1031 participants")
    assert f.design == "cohort"
    assert f.timing == "retrospective"


def test_analysis_of_clinical_documentation_without_comparison_is_a_case_series():
    f = summary("It was a retrospective analysis of clinical documentation of one practice: 16 patients received "
                "injections into the knee. There was no control group.", "16 participants")
    assert f.design == "case-series"


def test_clinical_documentation_alone_is_retrospective():
    f = summary("Data on 300 patients were taken from clinical documentation of two hospitals.", "300 participants")
    assert f.timing == "retrospective"


# --- reviews ----------------------------------------------------------------------------------------

def test_investigations_are_counted_studies():
    f = summary("Systematic search in PubMed. Meta-analysis included 19 randomised investigations with 1683 "
                "subjects.", "1683 participants")
    assert f.design == "meta-analysis"
    assert f.n_studies == 19


def test_laboratory_investigations_in_a_trial_are_not_studies():
    f = summary("Subjects were distributed randomly to melatonin or placebo; 12 laboratory investigations were "
                "made at each visit.")
    assert f.n_studies is None


@pytest.mark.parametrize("duration", ["Up to 14 years", "More than 5 years", "At least 2 years"])
def test_header_duration_as_a_bound_is_no_length(duration):
    f = summary("Systematic search in Pubmed. Meta-analysis of 53 studies. Observation in the included studies "
                "lasted up to 14 years.", "N/A participants", duration)
    assert f.duration_days is None


def test_header_duration_plain_still_read():
    f = summary("Subjects were distributed randomly to melatonin or placebo.", "100 participants", "14 weeks")
    assert f.duration_days == 98


def test_zero_participants_header_keeps_prose_counts_out():
    f = summary("Narrative review without systematic search. The author describes clinical observations, among "
                "them the observation of 266 elderly patients during 6–8 years.", "0 participants",
                title="Peptides and Ageing")
    assert f.design == "narrative-review"
    assert f.n is None


def test_participant_header_still_decides_n():
    f = summary("Subjects were distributed randomly to melatonin or placebo: 40 and 20 patients.", "60 participants")
    assert f.n == 60
