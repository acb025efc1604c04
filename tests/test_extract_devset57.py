"""Rules found on development set 57 (tests/devset57: women's health, a terse writer), read by the rules alone: a
review's "30 cohort and case-control studies" are the studies it pooled (and count as its n_studies); "In this
nationwide registry cohort" is a cohort drawn from a register (retrospective); "an RCT of contraception and cancer is
not feasible" names a study nobody did; "No PBO arm: both groups received an active drug" and "1:1 to freeze-all ...,
or fresh day-3 transfer" have an active comparator; arms counted as "374 to letrozole ..., 376 to clomiphene" add up
to n; "Population differed widely" is a mixed population and "Restricted to healthy, sedentary women" a narrow one;
"Women were masked to allocation; acupuncturists could not be" masks one party; a review of observational studies
whose users had "2.3 times the ... risk of nonusers" has an untreated comparison."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- observational studies counted in a review ----------------------------------------------------------------------

def test_cohort_and_case_control_studies_pooled_under_a_meta_analysis_title():
    f = site_summary("Methods: MEDLINE search of English-language studies. 30 cohort and case-control studies with "
                     "adequate controls and risk estimates; two authors extracted RRs, pooled as summary RRs.",
                     title="Unopposed Estrogen and Endometrial Cancer: A Meta-Analysis").plain()
    assert f["design"] == "meta-analysis"
    assert f["n_studies"] == 30


def test_own_case_control_study_stays_one_beside_a_meta_analysis_of_others():
    f = site_summary("Methods: Population-based case-control study of 436 cases and 2,615 controls, interviewed "
                     "after delivery.",
                     significance="A meta-analysis of 12 case-control studies later found the same.").plain()
    assert f["design"] == "case-control"


# --- a registry cohort ----------------------------------------------------------------------------------------------

def test_registry_cohort_is_a_retrospective_cohort():
    f = site_summary("Methods: In this nationwide registry cohort, women aged 15-49 using hormonal contraception "
                     "were followed for breast cancer.").plain()
    assert f["design"] == "cohort"
    assert f["timing"] == "retrospective"


def test_prospective_registry_cohort_stays_prospective():
    f = site_summary("Methods: A prospective registry cohort: women aged 15-49 were enrolled and followed for "
                     "breast cancer.").plain()
    assert f["timing"] == "prospective"


# --- a trial that is not feasible -----------------------------------------------------------------------------------

def test_rct_said_not_feasible_is_no_design():
    f = site_summary("Methods: Danish registries linked prescriptions and cancer diagnoses; women were followed "
                     "from 1995 to 2012 and users were compared with never users.",
                     significance="An RCT of contraception and cancer is not feasible, so registry evidence like "
                                  "this is the best available.").plain()
    assert f["design"] != "rct"
    assert f["randomized"] is not True


def test_own_trial_with_blinding_not_feasible_stays_randomised():
    f = site_summary("Methods: This was a randomised trial in 200 women, and blinding was not feasible.").plain()
    assert f["design"] == "rct"
    assert f["randomized"] is True


# --- both groups on an active drug ----------------------------------------------------------------------------------

def test_both_groups_received_an_active_drug_is_active():
    f = site_summary("Methods: DB RCT, US multicentre. Infertile women with PCOS were given letrozole or clomiphene "
                     "for up to 5 cycles.",
                     limitations=("No PBO arm: both groups received an active drug, by design",)).plain()
    assert f["control"] == "active"


def test_both_groups_received_an_active_drug_or_placebo_is_not_active():
    f = site_summary("Methods: Double-blind crossover trial; both groups received an active drug or placebo in "
                     "random order.").plain()
    assert f["control"] == "placebo"


# --- a ratio allocating to two arms ---------------------------------------------------------------------------------

def test_ratio_to_one_strategy_or_another_is_active():
    f = site_summary("Methods: Infertile women with PCOS in their first IVF cycle; 1:1 to freeze-all with transfer "
                     "in a later cycle, or fresh day-3 transfer (up to two embryos).",
                     limitations=("Randomised but open-label: women and clinicians knew the strategy",)).plain()
    assert f["control"] == "active"


def test_ratio_to_a_drug_or_placebo_is_placebo():
    f = site_summary("Methods: Infertile women with PCOS in their first IVF cycle; 1:1 to metformin 1,500 mg daily, "
                     "or placebo tablets.",
                     limitations=("Randomised but open-label: women and clinicians knew the strategy",)).plain()
    assert f["control"] == "placebo"


# --- arm sizes without a noun ---------------------------------------------------------------------------------------

def test_two_arm_sizes_after_a_colon_add_up():
    f = site_summary("Methods: DB RCT, US multicentre. Infertile women aged 18–40 with PCOS: 374 to letrozole "
                     "2.5–7.5 mg/day, 376 to clomiphene 50–150 mg/day, up to 5 cycles.").plain()
    assert f["n"] == 750


def test_two_arm_sizes_with_a_bracket_and_semicolon_add_up():
    f = site_summary("Methods: Women with hot flushes after breast cancer. 47 to group CBT (six weekly sessions: "
                     "education, paced breathing, cognitive strategies) on top of usual care; 49 to usual care "
                     "alone.").plain()
    assert f["n"] == 96


def test_ranges_with_to_are_not_arms():
    f = site_summary("Methods: Randomised trial. Scans ran from cycle day 3 to ovulation, and from day 5 to embryo "
                     "transfer; women aged 18 to 40, BMI 20 to 35.").plain()
    assert f["n"] is None


# --- the population, mixed or narrow -------------------------------------------------------------------------------

def test_population_differed_widely_is_heterogeneous():
    f = site_summary("Methods: Randomised trial of endometrial scratching before IVF in 1,364 women.",
                     limitations=("Population differed widely: first IVF cycles and women with several failed "
                                  "cycles were both included",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_population_differing_from_the_general_one_says_nothing():
    f = site_summary("Methods: Randomised trial of endometrial scratching before IVF in 1,364 women.",
                     limitations=("The study population differed widely from the general population",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_restricted_to_a_list_of_traits_then_women_is_homogeneous():
    f = site_summary("Methods: Controlled trial of weight-bearing exercise in postmenopausal women.",
                     limitations=("Restricted to healthy, sedentary women aged 55–70",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_restricted_to_a_number_of_women_is_a_size():
    f = site_summary("Methods: Controlled trial of weight-bearing exercise in postmenopausal women.",
                     limitations=("Restricted to 35 healthy, sedentary women",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- women masked, practitioners not --------------------------------------------------------------------------------

def test_women_masked_practitioners_not_is_single():
    f = site_summary("Methods: Sham-controlled RCT at 16 IVF centres; n = 848 women. Women were masked to "
                     "allocation; acupuncturists could not be.").plain()
    assert f["blinding"] == "single"


def test_men_and_women_masked_are_one_party():
    f = site_summary("Methods: Sham-controlled RCT at 16 centres; n = 848 adults. Men and women were masked to "
                     "allocation.").plain()
    assert f["blinding"] == "single"


def test_women_and_acupuncturists_masked_are_two_parties():
    f = site_summary("Methods: Sham-controlled RCT at 16 IVF centres; n = 848 women. Women and acupuncturists were "
                     "masked to allocation.").plain()
    assert f["blinding"] == "double"


# --- a review of observational studies, users against nonusers -----------------------------------------------------

def test_observational_review_of_users_against_nonusers_is_no_treatment():
    f = site_summary("Methods: MEDLINE search of English-language studies. 30 cohort and case-control studies; "
                     "estrogen users had 2.3 times the endometrial cancer risk of nonusers.",
                     title="Unopposed Estrogen and Endometrial Cancer: A Meta-Analysis").plain()
    assert f["control"] == "no-treatment"


def test_case_control_study_with_the_risk_of_nonusers_has_no_control():
    f = site_summary("Methods: Hospital case-control study of 300 cases and 600 controls; estrogen users had 2.3 "
                     "times the endometrial cancer risk of nonusers.").plain()
    assert f["control"] == "unknown"


def test_registry_based_cohort_is_retrospective_too():
    # the first development set's d12, relabelled by LABELLING.md's registry rule in session 11
    f = site_summary("Methods: A nationwide, registry-based cohort of all live-born infants in Denmark from 1996 "
                     "through 2008, n = 840,968, linked with the prescription registry.").plain()
    assert f["timing"] == "retrospective"
