"""Rules found on development set 31 (tests/devset31): a header whose first length is a bound after a
label, couples as a masked party, "allocation was not random", silence about randomisation, women
"unsupplemented", a comparison "with no <drug> and no placebo", a look-alike product as the other arm,
doses compared only with each other, and starters matched to people who did not start the drug."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary

_RCT = "Randomised trial. Adults were assigned to magnesium 300 mg daily or placebo for 8 weeks."


# --- header duration that is a bound after a label -------------------------------------------------

def test_labelled_bounds_in_header_give_no_duration():
    f = site_summary(_RCT, duration="Acute phase <6 weeks; chronic phase >26 weeks").plain()
    assert f["duration_days"] is None


def test_plain_header_length_still_read():
    f = site_summary(_RCT, duration="8 weeks").plain()
    assert f["duration_days"] == 56


def test_bound_after_the_first_length_does_not_void_it():
    f = site_summary(_RCT, duration="10 weeks, then up to 2 years").plain()
    assert f["duration_days"] is not None


# --- couples as a masked party --------------------------------------------------------------------

def test_couples_and_staff_masked_is_double():
    f = site_summary("Randomised trial in fertility clinics. Husbands took coenzyme Q10 or a dummy capsule "
                     "for 3 months.", limitations=("Couples as well as laboratory staff were blinded to group",)).plain()
    assert f["blinding"] == "double"


def test_staff_alone_masked_is_single():
    f = site_summary("Randomised trial in fertility clinics. Husbands took coenzyme Q10 or a dummy capsule "
                     "for 3 months.", limitations=("Laboratory staff were blinded to group",)).plain()
    assert f["blinding"] == "single"


# --- allocation said not to be random; silence about randomisation ---------------------------------

def test_allocation_not_random_is_non_randomised():
    f = site_summary("Mothers who chose the supplement clinic took iodine; others from the same towns did not.",
                     limitations=("Assignment to groups was not random: volunteers chose their clinic",)).plain()
    assert f["randomized"] is False


def test_not_described_as_randomised_is_unknown():
    f = site_summary("Experiment in rats. Litters received taurine in drinking water or the vehicle alone.",
                     limitations=("Assignment of litters is not reported to be randomized",)).plain()
    assert f["randomized"] is None


def test_said_not_randomised_stays_false():
    f = site_summary("Experiment in rats. Litters received taurine in drinking water or the vehicle alone.",
                     limitations=("Litters were not randomized to treatment",)).plain()
    assert f["randomized"] is False


# --- untreated comparisons in plain words -------------------------------------------------------------

def test_unsupplemented_women_are_no_treatment():
    f = site_summary("Each mother given iron tablets was paired with an unsupplemented woman of the same parity "
                     "from a nearby clinic.").plain()
    assert f["control"] == "no-treatment"


def test_no_drug_and_no_placebo_is_no_treatment():
    f = site_summary("Randomised trial. Men were assigned to melatonin before surgery, or to the same anaesthetic "
                     "plan with no melatonin and no placebo.").plain()
    assert f["control"] == "no-treatment"


def test_no_comparison_group_and_no_dummy_is_not_an_untreated_group():
    f = site_summary("Sixteen adults had the injections and were phoned months later. There was no comparison "
                     "group and no dummy injection.").plain()
    assert f["control"] != "no-treatment"


# --- a look-alike product as the other arm ----------------------------------------------------------

def test_matching_capsules_as_other_arm_are_placebo():
    f = site_summary("Double-blind randomised trial. Children took krill oil capsules or matching sunflower-oil "
                     "capsules daily for 6 months.").plain()
    assert f["control"] == "placebo"


def test_matched_capsules_in_other_use_are_not_placebo():
    f = site_summary("Randomised trial. Children took krill oil or fish oil, given as matched capsules of "
                     "equal size, for 6 months.").plain()
    assert f["control"] != "placebo"


# --- doses compared only with each other ----------------------------------------------------------

def test_doses_compared_with_one_another_are_active():
    f = site_summary("Phase 2 study. Each woman received a single injection of the hormone at one of three doses.",
                     limitations=("The doses were compared only with one another; there was no placebo",)).plain()
    assert f["control"] == "active"
    assert f["design"] == "controlled-trial"


def test_doses_compared_with_placebo_are_not_only_active():
    f = site_summary("Phase 2 study. Each woman received a single injection of the hormone at one of three doses "
                     "or placebo.", limitations=("The doses were compared with placebo",)).plain()
    assert f["control"] != "active"


# --- starters matched to non-starters -------------------------------------------------------------

def test_starters_matched_to_non_starters_are_an_untreated_cohort():
    f = site_summary("Adults who began a statin were found in insurance claims. Each was paired and matched to "
                     "one adult of the same sex and region who did not take the drug.").plain()
    assert f["design"] != "case-control"
    assert f["control"] == "no-treatment"


def test_cases_matched_to_people_without_disease_stay_case_control():
    f = site_summary("Patients with gout were each matched to two people of the same age who did not have gout.").plain()
    assert f["design"] == "case-control"
