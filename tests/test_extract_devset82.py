"""Rules found on development set 82 (tests/devset82: fertility, IVF, pregnancy and breastfeeding nutrition), read by
the rules alone: "Mothers in Bangalore and Bangkok differed widely" and "The mothers in the trials differed widely" are
mixed people; "The trial was restricted to women aged 20-37" is a narrowed population; "Not all randomised women
started" counts some of the randomised, it does not deny randomisation; "150 women had nothing done", "61 pregnant women
did not take any iodine supplement" and "the comparison group simply went straight to IVF" are untreated comparisons,
and their counts are arms to add; "as clinics would usually offer", "as clinics normally do" is usual care (the habitual
"would" is no hypothetical); a split sample "divided: one portion was incubated with" is in-vitro work, its donors
("samples were collected from men") not the people studied; "A one-page letter describes one woman" is a case report;
"eight million babies" counts no one; "Fourteen publications reporting eight trials" counts eight studies."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- mothers who differed widely ------------------------------------------------------------------------------------

def test_mothers_at_two_sites_differed_widely_is_heterogeneous():
    f = site_summary("Methods: Randomised, placebo-controlled trial of iodine tablets in pregnancy.\n\nLimitations: "
                     "Mothers in Bangalore and Bangkok differed widely in diet, schooling and income.").plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_mothers_in_the_trials_differed_widely_is_heterogeneous():
    f = site_summary("Methods: Systematic review of randomised controlled trials of iodine in pregnancy.\n\nLimitations: "
                     "The mothers in the trials differed widely: from severely to mildly deficient regions.").plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_mothers_in_both_arms_differing_is_not_a_mixed_population():
    f = site_summary("Methods: Randomised, placebo-controlled trial of iodine tablets in pregnancy.\n\nLimitations: "
                     "Mothers in both arms differed widely from the national average.").plain()
    assert f["heterogeneity"] == "unknown"


# --- the trial restricted to women of an age ------------------------------------------------------------------------

def test_trial_restricted_to_women_aged_is_homogeneous():
    f = site_summary("Methods: Randomised trial of PGT-A.\n\nLimitations: The trial was restricted to women aged 20-37 "
                     "who had at least three good-quality blastocysts.").plain()
    assert f["heterogeneity"] == "homogeneous"


def test_analysis_restricted_to_women_is_not_homogeneous():
    f = site_summary("Methods: Randomised trial of PGT-A.\n\nLimitations: The analysis was restricted to women aged 20-37 "
                     "who had a transfer.").plain()
    assert f["heterogeneity"] == "unknown"


# --- not all randomised women ---------------------------------------------------------------------------------------

def test_not_all_randomised_women_keeps_randomisation():
    f = site_summary("Methods: Multicentre randomised trial. Women were allocated by chance to hysteroscopy or not.\n\n"
                     "Limitations: Not all randomised women started their IVF cycle.").plain()
    assert f["randomized"] is True and f["design"] == "rct"


def test_studies_not_all_randomised_still_denies():
    f = site_summary("Methods: Controlled study of hysteroscopy before IVF.\n\nLimitations: The groups were not all "
                     "randomised.").plain()
    assert f["randomized"] is not True


# --- a group given nothing ------------------------------------------------------------------------------------------

def test_counted_group_with_nothing_done_is_untreated_and_added():
    f = site_summary("Methods: A computer-generated list decided, like drawing lots, which women had the procedure.\n\n"
                     "150 women had an endometrial aspiration with a Pipelle catheter. 150 women had nothing done in that "
                     "cycle.").plain()
    assert f["control"] == "no-treatment" and f["n"] == 300


def test_counted_group_that_took_no_supplement_is_untreated_and_added():
    f = site_summary("Methods: Controlled comparison in southern Spain. 133 pregnant women were given 300 μg potassium "
                     "iodide daily; 61 pregnant women did not take any iodine supplement.").plain()
    assert f["control"] == "no-treatment" and f["n"] == 194


def test_lapse_in_one_arm_is_not_an_untreated_group():
    f = site_summary("Methods: Randomised trial of iodine or placebo tablets in 200 pregnant women. 30 women in the "
                     "iodine group did not take any tablets after week 20.").plain()
    assert f["control"] != "no-treatment" and f["n"] == 200


def test_comparison_group_went_straight_to_ivf_is_untreated():
    f = site_summary("Methods: Multicentre randomised trial of hysteroscopy before IVF.\n\nLimitations: The comparison "
                     "group simply went straight to IVF, and women knew whether they had had the procedure.").plain()
    assert f["control"] == "no-treatment"


def test_everyone_going_straight_to_ivf_is_no_comparison():
    f = site_summary("Methods: Randomised trial of two culture media. All women then went straight to IVF.").plain()
    assert f["control"] != "no-treatment"


# --- as clinics usually do ------------------------------------------------------------------------------------------

def test_care_as_clinics_would_usually_offer_is_usual_care():
    f = site_summary("Methods: A computer decided, by chance, whether each woman went into a lifestyle programme or "
                     "started fertility care promptly as clinics would usually offer.").plain()
    assert f["control"] == "usual-care"


def test_selection_as_clinics_normally_do_is_usual_care():
    f = site_summary("Methods: Randomised trial. Women were allocated by chance to PGT-A or to conventional IVF, in which "
                     "embryologists choose embryos by how they look, as clinics normally do.").plain()
    assert f["control"] == "usual-care"


def test_people_carrying_on_as_they_normally_do_are_not_usual_care():
    f = site_summary("Methods: Randomised trial. One group took a sleep course; the other group kept sleeping as they "
                     "normally did.").plain()
    assert f["control"] != "usual-care"


# --- a split sample in the dish -------------------------------------------------------------------------------------

def test_split_sample_incubated_is_in_vitro():
    f = site_summary("Methods: Semen samples were collected from men with poor semen quality (low count and motility) "
                     "and from men with normal semen. Each sample was divided: one portion was incubated with "
                     "myo-inositol, the other in the same medium without myo-inositol.").plain()
    assert f["species"] == "in-vitro" and f["control"] == "no-treatment"


def test_blood_samples_split_and_frozen_stay_human():
    f = site_summary("Methods: Randomised trial in 80 men given myo-inositol or placebo. Blood samples were collected "
                     "from the men; each sample was divided and frozen.").plain()
    assert f["species"] == "human"


# --- a letter about one woman ---------------------------------------------------------------------------------------

def test_letter_describing_one_woman_is_a_case_report():
    f = site_summary("Methods: A one-page letter describes one woman of about 30 whose fallopian tubes had been removed."
                     "\n\nClinical Significance: Well over eight million babies have since been born after IVF.").plain()
    assert f["design"] == "case-report" and f["n"] == 1 and f["control"] == "none"


def test_letter_describing_twelve_women_is_no_case_report():
    f = site_summary("Methods: A letter describes 12 women whose fallopian tubes had been removed.").plain()
    assert f["design"] != "case-report"


def test_millions_in_words_count_no_one():
    f = site_summary("Methods: Case series of 24 women given PRP.\n\nClinical Significance: Eight million babies have "
                     "been born after IVF.").plain()
    assert f["n"] == 24


# --- publications reporting trials ----------------------------------------------------------------------------------

def test_publications_reporting_trials_count_the_trials():
    f = site_summary("Methods: Systematic review of randomised controlled trials. Fourteen publications reporting eight "
                     "trials were included.").plain()
    assert f["n_studies"] == 8


def test_publications_alone_are_counted():
    f = site_summary("Methods: Systematic review of randomised controlled trials. Fourteen publications were "
                     "included.").plain()
    assert f["n_studies"] == 14
