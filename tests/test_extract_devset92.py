"""Rules found on development set 92 (tests/devset92: longevity and immune compounds), read by the rules alone: open
treatment with liver biopsies "scored by a pathologist blinded to group" masks the assessor only (single); "56
continued their usual calcineurin-inhibitor immunosuppression" is a counted group kept on its usual medication (usual
care); a review comparing "with standard care alone or with a sham chamber session" pools mixed comparators; a
cohort's "104 on metformin and 179 not on metformin" sets users against non-users (no-treatment); a third arm listed
after a pair ("32 to ..., 34 to ..., and 32 to no specific treatment") is counted too; "76 received ... plus standard
care and 76 received standard care alone" in the Methods adds two arms counted without a noun; "Mixed MS subtypes"
is a mixed population."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- an assessor masked in an open trial ----------------------------------------------------------------------------

def test_open_treatment_scored_by_a_blinded_pathologist_is_single():
    f = site_summary("Patients were randomly allocated to thymosin or no treatment. Open-label treatment: patients and "
                     "treating physicians knew the allocation. Liver biopsies were scored by a pathologist blinded to "
                     "group.").plain()
    assert f["blinding"] == "single"


def test_pathologist_not_blinded_leaves_it_open():
    f = site_summary("Patients were randomly allocated to thymosin or no treatment. Open-label treatment: patients and "
                     "treating physicians knew the allocation. Liver biopsies were scored by a pathologist who was not "
                     "blinded to group.").plain()
    assert f["blinding"] == "open"


# --- a counted group kept on its usual medication -------------------------------------------------------------------

def test_counted_group_continuing_usual_medication_is_usual_care():
    f = site_summary("Randomised, open-label trial. 120 kidney-transplant recipients. 64 were converted to sirolimus; "
                     "56 continued their usual calcineurin-inhibitor immunosuppression.").plain()
    assert f["control"] == "usual-care"


def test_everyone_continuing_usual_medication_is_no_comparator():
    f = site_summary("Randomised, open-label trial. 120 kidney-transplant recipients were converted to sirolimus. "
                     "All 120 continued their usual antihypertensive medication.").plain()
    assert f["control"] != "usual-care"


# --- a review's standard care or sham -------------------------------------------------------------------------------

def test_standard_care_alone_or_sham_is_mixed():
    f = site_summary("Systematic review and meta-analysis. 14 randomised controlled trials were included, with 768 "
                     "participants pooled. HBOT plus standard wound care was compared with standard care alone or with "
                     "a sham chamber session.").plain()
    assert f["control"] == "unknown"


def test_sham_alone_is_placebo():
    f = site_summary("Systematic review and meta-analysis. 14 randomised controlled trials were included, with 768 "
                     "participants pooled. HBOT plus standard wound care was compared with a sham chamber "
                     "session.").plain()
    assert f["control"] == "placebo"


# --- users and those not on the drug --------------------------------------------------------------------------------

def test_counted_groups_on_and_not_on_the_drug_are_no_treatment():
    f = site_summary("Retrospective cohort. Hospital records of diabetic patients with COVID-19 were reviewed. Patients "
                     "were grouped by diabetes medication: 104 on metformin and 179 not on metformin.").plain()
    assert f["control"] == "no-treatment"


def test_groups_on_two_different_drugs_are_not_non_users():
    f = site_summary("Retrospective cohort. Hospital records of diabetic patients with COVID-19 were reviewed. Patients "
                     "were grouped by diabetes medication: 104 on metformin and 179 not on insulin.").plain()
    assert f["control"] != "no-treatment"


# --- a third arm after the pair -------------------------------------------------------------------------------------

def test_three_arms_listed_are_added_up():
    f = site_summary("Patients were randomly allocated to three groups: 32 to thymosin twice weekly for 26 weeks, 34 to "
                     "the same regimen for 52 weeks, and 32 to no specific treatment.").plain()
    assert f["n"] == 98


def test_a_range_after_the_arms_is_no_third_arm():
    f = site_summary("Patients were randomly allocated to two groups: 32 to thymosin twice weekly and 34 to no specific "
                     "treatment, and 12 to 18 months of follow-up.").plain()
    assert f["n"] == 66


# --- two arms counted without a noun --------------------------------------------------------------------------------

def test_two_bare_counts_given_their_arms_in_methods_are_added():
    f = site_summary("Outpatients with mild COVID-19. 76 received quercetin phytosome 1,000 mg/day plus standard care and "
                     "76 received standard care alone, for 30 days.").plain()
    assert f["n"] == 152


def test_two_bare_counts_outside_methods_without_allocation_are_outcomes():
    f = site_summary("Outpatients with mild COVID-19 were followed for 30 days.",
                     significance="In practice, 12 received oxygen and 5 received antibiotics.").plain()
    assert f["n"] is None


# --- kinds of one illness -------------------------------------------------------------------------------------------

def test_mixed_disease_subtypes_are_heterogeneous():
    f = site_summary("Charts of 435 patients seen at one MS clinic were reviewed.",
                     limitations=("Mixed MS subtypes (relapsing-remitting, progressive, clinically isolated syndrome)",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_mixed_receptor_subtypes_are_not_people():
    f = site_summary("Hair follicles were cultured with spermidine.",
                     limitations=("Mixed receptor subtypes were not distinguished",)).plain()
    assert f["heterogeneity"] == "unknown"
