"""Rules found on development set 34 (tests/devset34, the comparison group said many ways): a
trial's comparator named only in its title, a comparator product "free" of the tested ingredient
(a dummy), a denied unsupplemented group in a dose comparison, a review's list of comparators
ending in another kind, "No pair-fed control group" as a missing extra control, a body side
chosen at random, a self-declared observational study with a comparison group (a cohort),
scheduled yearly follow-up (prospective), "a mixed and ... population" and a Limitations clause
opening "Restricted to men"."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- comparator named in the title ---------------------------------------------------------------

def test_title_versus_a_named_drug_is_an_active_comparator():
    f = site_summary("Double-blind trial in 40 clinics. Adults with gout were randomly assigned to one of "
                     "the two study regimens for two years.",
                     title="Allopurinol Plus Colchicine Versus Allopurinol Plus Naproxen for Gout Flares").plain()
    assert f["design"] == "rct"
    assert f["control"] == "active"


def test_title_versus_usual_care_is_not_active():
    f = site_summary("Open trial in 40 clinics. Adults with gout were randomly assigned to one of the two "
                     "study strategies for two years.",
                     title="Nurse-Led Colchicine Versus Usual Care for Gout Flares").plain()
    assert f["control"] != "active"


def test_title_versus_is_not_read_for_a_cohort():
    f = site_summary("Prospective cohort study of 900 adults with gout followed for two years.",
                     title="Allopurinol Versus Febuxostat in Routine Practice").plain()
    assert f["design"] == "cohort"
    assert f["control"] != "active"


# --- a comparator product free of the tested ingredient ----------------------------------------

def test_ingredient_free_version_of_the_product_is_a_dummy():
    f = site_summary("Randomised crossover trial in 30 adults. Each drank either 300 ml/day of regular "
                     "coffee or 300 ml/day of decaf roast for 4 weeks, then switched.",
                     significance="The caffeine-free decaf roast had no effect on sleep.",
                     compounds="Caffeine").plain()
    assert f["control"] == "placebo"


def test_other_dosed_product_without_free_wording_stays_active():
    f = site_summary("Randomised crossover trial in 30 adults. Each drank either 300 ml/day of regular "
                     "coffee or 300 ml/day of green tea for 4 weeks, then switched.",
                     significance="Event-free survival was not assessed.", compounds="Caffeine").plain()
    assert f["control"] == "active"


# --- a denied unsupplemented group ----------------------------------------------------------------

def test_no_unsupplemented_group_in_a_dose_comparison_is_not_no_treatment():
    f = site_summary("Double-blind trial. Older adults were randomly assigned to 200 or 1,000 mg of calcium "
                     "per day for a year.",
                     limitations=("No unsupplemented group, so calcium versus nothing cannot be judged",)).plain()
    assert f["control"] == "active"


def test_unsupplemented_group_said_to_exist_stays_no_treatment():
    f = site_summary("Trial in older adults: 1,000 mg of calcium per day for a year, set against an "
                     "unsupplemented group from the same clinics.").plain()
    assert f["control"] == "no-treatment"


# --- a review's comparator list ending in another kind --------------------------------------------

def test_review_comparing_with_placebo_an_alternative_or_no_treatment_has_mixed_comparators():
    f = site_summary("Meta-analysis of randomised trials in children with eczema, comparing any emollient "
                     "with placebo, a topical steroid or no treatment. 22 trials were pooled.").plain()
    assert f["design"] == "meta-analysis"
    assert f["control"] == "unknown"


def test_review_of_placebo_trials_alone_stays_placebo():
    f = site_summary("Meta-analysis of randomised trials in children with eczema, comparing any emollient "
                     "with placebo. 22 trials were pooled.").plain()
    assert f["control"] == "placebo"


# --- a missing extra control in Limitations -------------------------------------------------------

def test_no_pair_fed_group_leaves_the_vehicle_control():
    f = site_summary("The hormone was injected daily into obese rats; control rats received the same volume "
                     "of vehicle. Weight was recorded daily.",
                     limitations=("No weight-matched control group to separate appetite from metabolism",),
                     compounds="Hormone").plain()
    assert f["species"] == "animal"
    assert f["control"] == "placebo"


def test_no_concurrent_control_group_still_denies_a_control():
    f = site_summary("Open-label study of 24 patients given the hormone daily for 12 weeks.",
                     participants="24 participants",
                     limitations=("No concurrent control group",), compounds="Hormone").plain()
    assert f["control"] == "none"


# --- a body side chosen at random ----------------------------------------------------------------

def test_eye_chosen_at_random_makes_a_randomised_within_person_trial():
    f = site_summary("Forty patients with glaucoma in both eyes took part. One eye, selected at random, "
                     "received the new drops and the fellow eye the standard drops.").plain()
    assert f["randomized"] is True
    assert f["design"] == "rct"


def test_people_chosen_at_random_are_a_sample_not_an_allocation():
    f = site_summary("Cross-sectional survey. Households were chosen at random from the electoral register "
                     "and one adult in each was interviewed.").plain()
    assert f["randomized"] is not True
    assert f["design"] != "rct"


# --- observational study with a comparison group ------------------------------------------------

def test_observational_study_with_a_comparison_group_is_a_cohort():
    f = site_summary("Observational study at a kidney clinic. Patients who chose home dialysis were set "
                     "against an untreated comparison group of clinic patients, matched for age.").plain()
    assert f["design"] == "cohort"


def test_comparison_group_without_observational_wording_stays_a_controlled_trial():
    f = site_summary("Study at a kidney clinic. Patients who chose home dialysis were set against an "
                     "untreated comparison group of clinic patients, matched for age.").plain()
    assert f["design"] == "controlled-trial"


# --- scheduled follow-up ------------------------------------------------------------------------

def test_followed_every_six_months_is_prospective_for_a_cohort():
    f = site_summary("Cohort study of 800 nurses. They were followed every six months for a mean of 8 years.").plain()
    assert f["design"] == "cohort"
    assert f["timing"] == "prospective"


def test_follow_up_length_alone_leaves_cohort_timing_unknown():
    f = site_summary("Cohort study of 800 nurses, with a mean follow-up of 8 years.").plain()
    assert f["timing"] == "unknown"


# --- population descriptions ---------------------------------------------------------------------

def test_mixed_and_shifting_population_is_heterogeneous():
    f = site_summary("Trial in nursing homes over two years.",
                     limitations=("A mixed and ageing population of residents",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_clause_opening_restricted_to_men_is_homogeneous():
    f = site_summary("Cohort study of veterans followed for 5 years.",
                     limitations=("Restricted to older men from two hospitals; findings may not apply to women",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_benefit_confined_to_women_is_a_finding_not_the_population():
    f = site_summary("Randomised placebo-controlled trial in 200 adults for 8 weeks.",
                     significance="The benefit seemed confined to women whose iron stores were low.",
                     limitations=("Short follow-up",)).plain()
    assert f["heterogeneity"] == "unknown"
