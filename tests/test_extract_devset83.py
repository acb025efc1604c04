"""Rules found on development set 83 (tests/devset83: palliative and supportive cancer care, a hospice nurse's hedging
voice), read by the rules alone: "so the long-term results have no comparison group" denies a control only to the phase
after the controlled one; "randomised to one of four opioids: A, B, C or D" lists the arms under the name of their drug
class (active); "Restricted to survivors with ..." narrows the people studied (homogeneous); "A comparison group of 32
patients did not train" is an untreated group (no-treatment, and the trial that trained the others is prospective); a
cohort's results columns "Sedated | Not sedated" set the treated against the untreated (no-treatment); "Dose groups rather
than a treated-versus-untreated comparison" denies the untreated comparison; a review whose "included studies were
observational surveys and cohorts rather than trials" is not randomised evidence; "other myotubes were left untreated for
comparison" are the experiment's own cultures, not other studies (no-treatment)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a later phase without a comparison group -----------------------------------------------------------------------

_CROSSOVER = ("A randomised, double-blind, placebo-controlled crossover study. Twenty-nine adults with cancer were "
              "assigned to psilocybin 0.3 mg/kg or niacin 250 mg, with the other given seven weeks later.")


def test_long_term_results_without_comparison_keep_the_placebo():
    f = site_summary(_CROSSOVER, limitations=("After the crossover every participant had received psilocybin, so the "
                                              "long-term results have no comparison group",)).plain()
    assert f["control"] == "placebo"


def test_results_without_comparison_deny_the_control():
    f = site_summary(_CROSSOVER, limitations=("The results have no comparison group",)).plain()
    assert f["control"] == "none"


# --- arms listed under their drug class -----------------------------------------------------------------------------

def test_randomised_to_one_of_four_opioids_is_active():
    f = site_summary("At 44 centres, 520 patients with cancer pain were randomised to one of four opioids: oral "
                     "morphine, oral oxycodone, transdermal fentanyl or transdermal buprenorphine. Treatment was "
                     "open-label for 28 days.").plain()
    assert f["control"] == "active"


def test_opioids_taken_before_enrolment_are_no_arms():
    f = site_summary("Controlled trial in 120 patients with cancer pain. Before enrolment each had taken two opioids: "
                     "oral morphine and oral oxycodone.").plain()
    assert f["control"] != "active"


# --- restricted to survivors ----------------------------------------------------------------------------------------

def test_restricted_to_survivors_is_homogeneous():
    f = site_summary("Randomised trial of yoga in 410 cancer survivors.",
                     limitations=("Restricted to survivors with at least moderate sleep disturbance",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_comparison_restricted_to_survivors_is_not_the_population():
    f = site_summary("Randomised trial of yoga in 410 cancer survivors.",
                     limitations=("The comparison was restricted to survivors",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- a comparison group that did not train --------------------------------------------------------------------------

_TRAINING = ("Patients receiving high-dose chemotherapy were studied on the ward. A training group of 27 patients biked "
             "on an ergometer for 30 minutes a day. ")
_NOT_RANDOMISED = ("A controlled comparison, but patients were not randomised to training or no training",)


def test_comparison_group_that_did_not_train_is_untreated():
    f = site_summary(_TRAINING + "A comparison group of 32 patients did not train.", limitations=_NOT_RANDOMISED).plain()
    assert f["control"] == "no-treatment"
    assert f["timing"] == "prospective"


def test_comparison_group_that_did_not_differ_is_no_untreated_arm():
    f = site_summary(_TRAINING + "A comparison group of 32 patients did not differ in age.",
                     limitations=_NOT_RANDOMISED).plain()
    assert f["control"] != "no-treatment"


# --- results columns X | Not X --------------------------------------------------------------------------------------

_SEDATION = ("Observational cohort study in Italian hospices, following 518 patients with cancer from admission; 267 "
             "received palliative sedation.")


def test_sedated_and_not_sedated_columns_are_untreated():
    f = site_summary(_SEDATION, table="MeasureSedatedNot sedatedComparison\nMedian survival (days)129Log-rank p = 0.33").plain()
    assert f["control"] == "no-treatment"


def test_improved_and_not_improved_columns_are_outcomes():
    f = site_summary(_SEDATION, table="MeasureImprovedNot improvedComparison\nMedian survival (days)129Log-rank p = 0.33").plain()
    assert f["control"] == "unknown"


# --- rather than a treated-versus-untreated comparison --------------------------------------------------------------

_RECORDS = ("The records of all 651 inpatients admitted to a hospice over two years were reviewed; the 453 on morphine "
            "were grouped by their highest daily dose.")


def test_rather_than_treated_versus_untreated_denies_the_comparison():
    f = site_summary(_RECORDS, limitations=("A retrospective cohort drawn from one hospice's records",
                                            "Dose groups rather than a treated-versus-untreated comparison")).plain()
    assert f["control"] == "unknown"


def test_treated_versus_untreated_comparison_is_untreated():
    f = site_summary(_RECORDS, limitations=("A retrospective cohort drawn from one hospice's records",
                                            "A treated-versus-untreated comparison of dose")).plain()
    assert f["control"] == "no-treatment"


# --- a review of observational studies rather than trials -----------------------------------------------------------

def test_observational_studies_rather_than_trials_are_not_randomised():
    f = site_summary("A systematic review and meta-analysis of studies reporting how common pain was in adults with "
                     "cancer; the included studies were observational surveys and cohorts rather than trials.").plain()
    assert f["randomized"] is False


def test_observational_studies_and_trials_are_not_observational_only():
    f = site_summary("A systematic review and meta-analysis of studies reporting how common pain was in adults with "
                     "cancer; the included studies were observational surveys and cohorts and a few trials.").plain()
    assert f["randomized"] is not False


# --- other myotubes left untreated ----------------------------------------------------------------------------------

def test_other_myotubes_left_untreated_are_this_experiments_control():
    f = site_summary("Mouse C2C12 muscle cells were grown into myotubes in culture and exposed to purified PIF for 24 "
                     "hours; other myotubes were left untreated for comparison.").plain()
    assert f["control"] == "no-treatment"


def test_other_studies_leaving_cells_untreated_are_other_studies():
    f = site_summary("Mouse C2C12 muscle cells were grown into myotubes in culture and exposed to purified PIF for 24 "
                     "hours; other studies left myotubes untreated.").plain()
    assert f["control"] == "unknown"
