"""Rules found on development set 80 (tests/devset80: geriatrics, falls, thyroid and oral health; a German physician's
English), read by the rules alone: "probands" are the people studied (counted, and a party kept unaware); "36 probands
received ... as verum, 34 probands received a placebo tablet" adds up the two arms; "knew which device a proband used"
hides a sham device; "Capsules were identical in appearance" masks two regimens, no dummy arm; a group that "did not
receive this programme; they continued their customary oral hygiene" is usual care; "randomisation was naturally not
performed" denies randomisation, an adverb before the "not"; a cohort's use "compared with the periods of non-use" is
untreated; a review's "controlled ... studies, not all of them randomised" is not randomised evidence, its stated
control kept; "The control groups ranged from no oral care at all to usual care" mixes a review's comparators."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- probands ------------------------------------------------------------------------------------------------------

def test_probands_in_two_arms_joined_by_a_comma_add_up():
    f = site_summary("Randomised trial. 36 probands received 200 µg sodium selenite orally per day as verum, 34 "
                     "probands received a placebo tablet. The treatment period was 90 days.").plain()
    assert f["n"] == 70


def test_probands_received_then_an_outcome_do_not_add_up():
    f = site_summary("Randomised trial. 36 probands received 200 µg sodium selenite orally per day as verum, 12 "
                     "probands reported mild side effects.").plain()
    assert f["n"] != 48


def test_probands_who_did_not_know_the_preparation_are_one_masked_party():
    f = site_summary("Randomised trial. 36 probands received selenium, 34 probands received a placebo tablet; the "
                     "probands did not know which preparation they took.").plain()
    assert f["blinding"] == "single"


def test_probands_who_knew_the_preparation_are_not_masked():
    f = site_summary("Randomised trial. 36 probands received selenium, 34 probands received a placebo tablet; the "
                     "probands knew which preparation they took.").plain()
    assert f["blinding"] in ("open", "unknown")


# --- which device --------------------------------------------------------------------------------------------------

def test_neither_probands_nor_investigators_knew_which_device_is_double():
    f = site_summary("Randomised trial. 174 probands stood on a vibrating platform or on a sham platform of identical "
                     "appearance. Neither the probands nor the investigators and densitometry staff knew which device "
                     "a proband used.").plain()
    assert f["blinding"] == "double"


def test_a_device_the_staff_knew_how_to_use_is_no_masking():
    f = site_summary("Randomised trial. 174 probands stood on a vibrating platform or did nothing. The probands did "
                     "not know how the device worked at first.").plain()
    assert f["blinding"] == "unknown"


# --- capsules identical in appearance ------------------------------------------------------------------------------

def test_capsules_identical_in_appearance_mask_two_regimens():
    f = site_summary("Each patient received for 5 weeks the usual thyroxine dose and for 5 weeks thyroxine with "
                     "triiodothyronine, in random order. Capsules were identical in appearance; patients and examiners "
                     "did not know the current treatment.", title="Thyroxine Compared with Thyroxine plus "
                     "Triiodothyronine").plain()
    assert f["control"] != "placebo"


def test_a_control_capsule_identical_in_appearance_is_a_placebo():
    f = site_summary("Randomised trial. Patients received thyroxine or a control capsule identical in appearance "
                     "for 5 weeks.").plain()
    assert f["control"] == "placebo"


# --- continued their customary care ---------------------------------------------------------------------------------

def test_did_not_receive_the_programme_and_continued_customary_hygiene_is_usual_care():
    f = site_summary("417 residents were randomly assigned to the oral care group or to the control group. The "
                     "probands of the control group did not receive this programme; they continued their customary "
                     "oral hygiene by themselves, as before the study.").plain()
    assert f["control"] == "usual-care"


def test_did_not_receive_the_programme_and_continued_to_decline_is_not_usual_care():
    f = site_summary("417 residents were randomly assigned to oral care or to no intervention. The probands who did "
                     "not receive this programme; they continued to decline in function.").plain()
    assert f["control"] != "usual-care"


# --- an adverb before the "not" -------------------------------------------------------------------------------------

def test_randomisation_was_naturally_not_performed_is_not_randomised():
    f = site_summary("Retrospective cohort study of 2428 residents from nursing home records; randomisation was "
                     "naturally not performed.").plain()
    assert f["design"] == "cohort" and f["randomized"] is False


def test_randomisation_was_naturally_stratified_stays_randomised():
    f = site_summary("2428 residents were randomised; randomisation was naturally stratified by nursing home.").plain()
    assert f["randomized"] is True


# --- periods of non-use ---------------------------------------------------------------------------------------------

def test_use_compared_with_periods_of_non_use_is_untreated():
    f = site_summary("Retrospective cohort study with the records of 53 nursing homes. The use of antidepressants was "
                     "determined from the pharmacy records and compared with the periods of non-use.").plain()
    assert f["control"] == "no-treatment"


def test_no_comparison_with_periods_of_non_use_is_not_untreated():
    f = site_summary("Retrospective cohort study with the records of 53 nursing homes. The use of antidepressants was "
                     "determined from the pharmacy records.",
                     limitations=("No comparison with periods of non-use",)).plain()
    assert f["control"] != "no-treatment"


# --- not all of them randomised -------------------------------------------------------------------------------------

def test_studies_not_all_of_them_randomised_are_not_randomised_and_keep_their_control():
    f = site_summary("Systematic review and meta-analysis. Included were original controlled intervention studies, "
                     "not all of them randomised, in which the diabetic control group received no periodontal "
                     "treatment.").plain()
    assert f["randomized"] is False and f["control"] == "no-treatment"


def test_not_all_of_those_randomised_analysed_stays_randomised():
    f = site_summary("Systematic review and meta-analysis of 12 randomised controlled trials; in three trials not all "
                     "of those randomised were analysed.").plain()
    assert f["randomized"] is True


# --- control groups ranged from ... to ... --------------------------------------------------------------------------

def test_control_groups_ranged_from_no_care_to_usual_care_are_mixed():
    f = site_summary("Systematic review without statistical pooling of 15 publications. The control groups ranged from "
                     "no oral care at all to usual care by nursing staff.").plain()
    assert f["control"] == "unknown"


def test_control_groups_ranged_in_size_are_not_mixed():
    f = site_summary("Systematic review without statistical pooling of 15 trials comparing oral care with usual care. "
                     "The control groups ranged from 20 to 50 residents.").plain()
    assert f["control"] == "usual-care"
