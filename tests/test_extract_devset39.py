"""Rules found on development set 39 (tests/devset39: heart, blood pressure and kidney): "double-blinding" and
"single-masking" said as nouns (the same as double- or single-blind); "none with placebo" or "none in the control
group", a zero count in that arm (not a denial of the arm); "not described as randomly allocated / as blinded"
(silence, not a denial: both unknown); "restricted to a <kind of> population" (homogeneous; not an analysis
population); in a review, a count of included studies as its own clause's subject ("three were randomised
trials; eight were open-label studies without a control group") speaks of some studies, so the review's
control stays unknown; control animals given "an equimolar amount" of a matched salt (a vehicle: placebo); the
other arm that "carried on using their regular" product (usual care)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- "double-blinding", "single-masking" -------------------------------------------------------------------

def test_double_blinding_as_a_noun_is_double():
    f = site_summary("Randomised trial. Smokers were allocated to the lozenge or an identical placebo lozenge "
                     "under double-masking for one year.").plain()
    assert f["blinding"] == "double"


def test_single_blinding_as_a_noun_is_single():
    f = site_summary("Randomised trial of a balance class against a reading group, with single-blinding of "
                     "the physiotherapists who scored falls.").plain()
    assert f["blinding"] == "single"


def test_plain_blinding_of_one_party_stays_single():
    f = site_summary("Randomised trial of a balance class against a reading group, with blinding of the "
                     "assessors who scored falls.").plain()
    assert f["blinding"] == "single"


# --- a zero count in the placebo or control arm ------------------------------------------------------------

def test_none_with_placebo_is_a_count_not_a_denial():
    f = site_summary("Randomised trial: 80 adults took zinc tablets or a dummy tablet for ten weeks. Four rashes "
                     "were seen with zinc and none with placebo.").plain()
    assert f["control"] == "placebo"


def test_none_in_the_control_group_names_the_control_group():
    f = site_summary("Randomised trial: 60 patients had the new dressing or the old one. Two infections "
                     "occurred with the new dressing and none in the control group.").plain()
    assert f["control"] != "none"


def test_none_received_placebo_is_still_a_denial():
    f = site_summary("Randomised trial: 80 adults took zinc or went without; none received placebo.").plain()
    assert f["control"] != "placebo"


# --- "not described as randomly allocated / as blinded": silence ------------------------------------------

def test_not_described_as_randomised_or_blinded_leaves_both_unknown():
    f = site_summary("Rats were fed the flavonoid or ordinary chow for six weeks.",
                     limitations=("Rats not reported as randomly assigned; histology not described as blinded",)).plain()
    assert f["randomized"] is None
    assert f["blinding"] == "unknown"


def test_not_randomly_assigned_is_still_a_denial():
    f = site_summary("Rats were fed the flavonoid or ordinary chow for six weeks.",
                     limitations=("Rats were not randomly assigned",)).plain()
    assert f["randomized"] is False


# --- "restricted to a <kind of> population" ----------------------------------------------------------------

def test_restricted_to_a_named_population_is_homogeneous():
    f = site_summary("Randomised trial of fish oil in 400 survivors of stroke.",
                     limitations=("Restricted to an Icelandic population over 75",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_restricted_to_the_per_protocol_population_is_not_homogeneous():
    f = site_summary("Randomised trial of fish oil in 400 survivors of stroke.",
                     limitations=("Some results restricted to a per-protocol population",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- a review's included studies counted clause by clause -------------------------------------------------

def test_review_splitting_its_studies_by_design_has_no_single_control():
    f = site_summary("Meta-analysis. The authors found 9 trials of hawthorn in heart failure with 640 patients. "
                     "Two were placebo-controlled trials and seven were open studies without a control "
                     "group.", participants="9 trials (640 patients)").plain()
    assert f["design"] == "meta-analysis"
    assert f["control"] == "unknown"


def test_review_whose_studies_all_lacked_a_control_group_is_uncontrolled():
    f = site_summary("Meta-analysis. The authors pooled 9 studies of hawthorn in heart failure with 640 "
                     "patients; all 9 were open studies without a control group.",
                     participants="9 trials (640 patients)").plain()
    assert f["control"] == "none"


# --- control animals given an equimolar salt ---------------------------------------------------------------

def test_control_animals_given_an_equimolar_salt_have_a_placebo():
    f = site_summary("Experiment in spontaneously hypertensive rats: treated rats drank potassium citrate in their "
                     "water for six weeks; control hypertensive rats drank an equimolar solution of potassium "
                     "chloride.").plain()
    assert f["control"] == "placebo"


def test_equimolar_doses_of_two_drugs_are_no_placebo():
    f = site_summary("Experiment in spontaneously hypertensive rats: rats were given equimolar doses of losartan "
                     "or candesartan for six weeks.").plain()
    assert f["control"] != "placebo"


# --- the other arm carried on using its regular product ------------------------------------------------------

def test_other_arm_carrying_on_with_its_regular_product_is_usual_care():
    f = site_summary("Cluster-randomised trial in 40 care homes: 20 homes were given a low-sodium bread; in the "
                     "remaining 20, kitchens kept on serving their usual bread.").plain()
    assert f["control"] == "usual-care"


def test_everyone_carrying_on_with_their_regular_medicine_is_not_the_comparator():
    f = site_summary("Randomised trial: 120 adults took beetroot juice or an identical placebo juice; all participants "
                     "carried on taking their regular blood-pressure tablets.").plain()
    assert f["control"] == "placebo"
