"""Rules found on development set 45 (tests/devset45: metabolic drugs, peptides and longevity compounds), read by
the rules alone: "The orlistat arm was open-label" in a trial given double-blind speaks of one arm, not the trial;
"12 at a low dose and 12 at a high dose" compares doses (active); "33 in semaglutide users and 371 in non-users"
sets users against non-users, each with its count (no-treatment); "restricted to beneficiaries aged 66 or older"
narrows who was studied by age (homogeneous); "lysates of rat liver mitochondria" are cell-free material in the
dish, not animals; a header "147 studies (113 preclinical, 34 clinical)" counts studies and no people, and decides
the review's study count over the prose's "1,545 articles identified"; and a review whose studies "ranged from
randomised placebo-controlled trials to open-label pilots" is of mixed design (not randomised)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- one open-label arm in a double-blind trial ------------------------------------------------------------------

def test_one_open_label_arm_does_not_unmask_a_double_blind_trial():
    f = site_summary("Randomised trial. 500 adults were assigned to the drug, matching placebo or a reference drug. "
                     "The drug and placebo were given double-blind; the reference drug was given open-label as a "
                     "reference arm.",
                     limitations=("The reference arm was open-label, so that comparison is not protected by blinding",
                                  "Short")).plain()
    assert f["blinding"] == "double"


def test_open_label_arm_without_any_masking_is_open():
    f = site_summary("Randomised trial. 500 adults were assigned to the drug or a reference drug.",
                     limitations=("The reference arm was open-label", "Short")).plain()
    assert f["blinding"] == "open"


def test_open_label_trial_in_limitations_is_open():
    f = site_summary("Randomised trial. 500 adults were assigned to the drug or placebo.",
                     limitations=("The trial was open-label, so outcomes may be biased", "Short")).plain()
    assert f["blinding"] == "open"


# --- two dose groups ---------------------------------------------------------------------------------------------

def test_counted_groups_at_a_low_and_a_high_dose_compare_doses():
    f = site_summary("Open-label, non-randomised trial. Twenty-four adults took the drug for 12 weeks: 12 at a low "
                     "dose (1 g/day) and 12 at a high dose (5 g/day).").plain()
    assert f["control"] == "active"


def test_one_group_started_low_and_titrated_high_compares_no_doses():
    f = site_summary("Open-label, non-randomised trial. Twenty-four adults took the drug for 12 weeks, starting at "
                     "a low dose (1 g/day) and titrated to a high dose (5 g/day).").plain()
    assert f["control"] != "active"


# --- users and non-users with their counts -----------------------------------------------------------------------

def test_users_and_non_users_each_counted_are_an_untreated_comparison():
    f = site_summary("Retrospective cohort study of electronic records. Of 886 procedures, 404 met the inclusion "
                     "criteria: 33 in drug users and 371 in non-users.").plain()
    assert f["control"] == "no-treatment"


def test_users_of_two_drugs_each_counted_are_no_untreated_comparison():
    f = site_summary("Retrospective cohort study of electronic records. Of 886 procedures, 404 met the inclusion "
                     "criteria: 33 in drug users and 371 in insulin users.").plain()
    assert f["control"] != "no-treatment"


# --- restricted to people of an age ------------------------------------------------------------------------------

def test_restricted_to_beneficiaries_of_an_age_is_homogeneous():
    f = site_summary("Cohort study of insurance claims, restricted to beneficiaries aged 66 or older who started "
                     "the drug.").plain()
    assert f["heterogeneity"] == "homogeneous"


def test_restricted_to_patients_aged_is_homogeneous():
    f = site_summary("Cohort study of insurance claims, restricted to patients aged 65 or older who started the "
                     "drug.").plain()
    assert f["heterogeneity"] == "homogeneous"


def test_restricted_to_a_number_of_patients_is_a_size():
    f = site_summary("Cohort study of insurance claims, restricted to 200 patients aged 65 or older who started "
                     "the drug.").plain()
    assert f["heterogeneity"] == "unknown"


def test_restricted_to_patients_with_a_finding_is_an_entry_criterion():
    f = site_summary("Cohort study of insurance claims, restricted to patients with adequate kidney "
                     "function.").plain()
    assert f["heterogeneity"] == "unknown"


# --- material from animals studied in the dish -------------------------------------------------------------------

def test_rat_liver_mitochondria_beside_a_cell_line_are_in_vitro_work():
    f = site_summary("Enzyme induction was examined in HepG2 cells, and redox cycling was studied in lysates of rat "
                     "liver mitochondria.").plain()
    assert f["species"] == "in-vitro"


def test_rats_with_impaired_mitochondria_are_animals():
    f = site_summary("Twenty rats with impaired mitochondria were given the drug or saline for four "
                     "weeks.").plain()
    assert f["species"] == "animal"


# --- a header counting studies broken down by kind ---------------------------------------------------------------

def test_header_studies_broken_down_by_kind_count_no_people_and_decide_the_study_count():
    f = site_summary("Systematic review of Medline and Embase. Of 1,545 articles identified, 147 met the inclusion "
                     "criteria: 113 preclinical (cell and animal) studies and 34 clinical studies.",
                     participants="147 studies (113 preclinical, 34 clinical)").plain()
    assert f["n"] is None
    assert f["n_studies"] == 147


def test_header_studies_with_people_in_brackets_count_the_people():
    f = site_summary("Systematic review and meta-analysis of randomised trials.",
                     participants="27 trials (2,994 men)").plain()
    assert f["n"] == 2994
    assert f["n_studies"] == 27


def test_header_counting_people_leaves_the_study_count_to_the_text():
    f = site_summary("Systematic review and meta-analysis of 12 randomised trials.",
                     participants="980 participants").plain()
    assert f["n_studies"] == 12


# --- a review whose studies ranged from randomised to open-label -------------------------------------------------

def test_review_of_studies_ranging_from_randomised_to_open_label_is_not_randomised():
    f = site_summary("Systematic review of Medline and Embase. 34 clinical studies were included. The clinical "
                     "studies ranged from randomised placebo-controlled trials to open-label pilots and observational "
                     "reports.").plain()
    assert f["design"] == "systematic-review"
    assert f["randomized"] is False


def test_review_of_studies_ranging_between_randomised_designs_is_randomised():
    f = site_summary("Systematic review and meta-analysis of 34 randomised trials. The trials ranged from randomised "
                     "crossover trials to randomised parallel-group trials.").plain()
    assert f["randomized"] is True
