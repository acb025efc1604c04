"""Rules found on development set 42 (tests/devset42: ageing, bone, muscle, exercise and rehabilitation), read by
the rules alone: facilities that "kept their usual menus" are a usual-care comparison; everyone eating "two
isoenergetic diets ... in random order" compares regimens (active); an "attention-control programme" is matched for
contact time (placebo); "No true no-intervention control" denies an untreated group instead of naming one;
"sedentary control" animals did not train (no-treatment); a group that "underwent the same surgery but shared only
aged blood" had a sham procedure (placebo); "Residents differed widely" is said of the people (heterogeneous);
"myotube cross-sectional size" is a measurement, not a cross-sectional design; a review whose Methods say "Trials
compared drugs with a placebo or directly with each other" in a later sentence has mixed comparators; a header
"137 studies comprising 33,243 participants" counts studies and people; a header whose participants slot has words
after the count ("5,317 adults aged 65+") is still the site's line, so its "Up to 7 years" leaves the duration
unknown rather than a prose follow-up deciding it; and "5 weeks of pairing plus 5 days after injury" is two
lengths, no single one."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- comparison units that kept their usual menus ----------------------------------------------------------

def test_facilities_that_kept_their_usual_menus_are_usual_care():
    f = site_summary("Cluster-randomised trial: 20 care homes served extra fruit at every meal, and 20 care homes "
                     "kept their usual menus.").plain()
    assert f["control"] == "usual-care"


def test_menus_changed_in_every_home_are_no_comparison():
    f = site_summary("Cluster-randomised trial: 20 care homes served extra fruit at every meal, and 20 care homes "
                     "rewrote their usual menus with a dietitian.").plain()
    assert f["control"] != "usual-care"


# --- a crossover of two diets ------------------------------------------------------------------------------------

def test_two_diets_eaten_in_random_order_are_an_active_comparison():
    f = site_summary("A randomised crossover feeding study. Ten adults each ate two isocaloric, high-fibre diets "
                     "for 14 days in random order, separated by a washout.").plain()
    assert f["control"] == "active"


def test_two_drinks_in_random_order_name_no_regimen_comparison():
    f = site_summary("A randomised crossover study. Ten adults each took two drinks on separate mornings in random "
                     "order.").plain()
    assert f["control"] != "active"


# --- an attention control ----------------------------------------------------------------------------------------

def test_attention_control_programme_is_placebo():
    f = site_summary("Randomised trial of home exercise. The control group (n = 60) received an attention-control "
                     "programme of health education of the same contact time.").plain()
    assert f["control"] == "placebo"


def test_denied_attention_control_is_not_placebo():
    f = site_summary("Randomised trial of home exercise against a control group that received no intervention.",
                     limitations=("No placebo or attention-control arm",)).plain()
    assert f["control"] == "no-treatment"


# --- a denied untreated group ------------------------------------------------------------------------------------

def test_no_true_no_intervention_control_denies_an_untreated_group():
    f = site_summary("Randomised trial. 300 adults were allocated to diet plus exercise, diet alone, or exercise "
                     "alone. The exercise-only group was the comparator.",
                     limitations=("No true no-intervention control; the comparator was exercise alone",)).plain()
    assert f["control"] == "active"


def test_a_no_intervention_control_group_is_still_untreated():
    f = site_summary("Randomised trial. 300 adults were allocated to an exercise programme or a no-intervention "
                     "control group.").plain()
    assert f["control"] == "no-treatment"


# --- sedentary controls ------------------------------------------------------------------------------------------

def test_sedentary_control_housing_is_no_treatment():
    f = site_summary("Mice were randomly assigned to 8 weeks of treadmill running, swimming, or sedentary control "
                     "housing.", title="Treadmill Running Versus Swimming in Old Mice").plain()
    assert f["control"] == "no-treatment"


def test_sedentary_mice_as_the_sample_are_no_control():
    f = site_summary("Sedentary mice were randomly assigned to 8 weeks of treadmill running or swimming.",
                     title="Treadmill Running Versus Swimming in Old Mice").plain()
    assert f["control"] != "no-treatment"


# --- the same surgery without its active part ----------------------------------------------------------------------

def test_same_surgery_but_only_own_blood_is_a_sham():
    f = site_summary("Old mice joined to young partners were compared with old mice joined to old partners, which "
                     "underwent the same surgery but shared only aged blood.").plain()
    assert f["control"] == "placebo"


def test_same_surgery_for_both_groups_with_an_added_drug_is_no_sham():
    f = site_summary("Both groups of rats underwent the same surgery, but the treated group also received the drug "
                     "daily; control rats got plain chow.").plain()
    assert f["control"] != "placebo"


# --- people who differed widely ----------------------------------------------------------------------------------

def test_residents_differed_widely_is_heterogeneous():
    f = site_summary("Randomised trial of exercise against placebo in 100 nursing home residents.",
                     limitations=("Residents differed widely in diagnoses, cognition and functional level",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_doses_differed_widely_say_nothing_of_the_residents():
    f = site_summary("Randomised trial of exercise against placebo in 100 nursing home residents.",
                     limitations=("Doses differed widely in timing",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- a cross-sectional size --------------------------------------------------------------------------------------

def test_myotube_cross_sectional_size_is_no_design():
    f = site_summary("Laboratory study in a mouse myoblast cell line. Cells were treated with the hormone or with "
                     "the ethanol vehicle alone. Myotube cross-sectional size was measured.",
                     participants="Cell culture").plain()
    assert f["design"] == "controlled-trial"
    assert f["randomized"] is None
    assert f["control"] == "placebo"


def test_cross_sectional_survey_is_still_a_design():
    f = site_summary("Cross-sectional survey of 400 older adults; muscle size was measured by ultrasound.").plain()
    assert f["design"] == "cross-sectional"


# --- a review's comparators in a later sentence ------------------------------------------------------------------

def test_review_comparing_with_placebo_or_each_other_in_a_later_sentence_has_mixed_comparators():
    f = site_summary("Network meta-analysis. Eligible studies were randomized trials comparing two or more of: "
                     "drug A, drug B, drug C and oral placebo. Trials compared drugs with a placebo or directly with "
                     "each other.").plain()
    assert f["control"] == "unknown"


def test_review_of_placebo_controlled_trials_alone_keeps_placebo():
    f = site_summary("Network meta-analysis. Eligible studies were randomized trials comparing two or more of: "
                     "drug A, drug B, drug C and oral placebo. Trials were double-blind.").plain()
    assert f["control"] == "placebo"


# --- header counts and lengths -----------------------------------------------------------------------------------

def test_header_studies_comprising_participants():
    f = site_summary("Systematic review and network meta-analysis of randomized trials.",
                     participants="137 studies comprising 33,243 participants").plain()
    assert f["n_studies"] == 137
    assert f["n"] == 33243


def test_header_studies_alone_give_no_people():
    f = site_summary("Systematic review and network meta-analysis of randomized trials.",
                     participants="137 studies").plain()
    assert f["n_studies"] == 137
    assert f["n"] != 137


def test_header_bound_with_a_worded_participant_slot_leaves_duration_unknown():
    f = site_summary("Prospective cohort study. Outcomes were falls over 3 years and death over 7 years.",
                     participants="5,317 adults aged 65+", duration="Up to 7 years").plain()
    assert f["duration_days"] is None


def test_header_length_with_a_worded_participant_slot_decides():
    f = site_summary("Prospective cohort study. Outcomes were falls over 3 years.",
                     participants="5,317 adults aged 65+", duration="7 years").plain()
    assert f["duration_days"] == 7 * 365


def test_two_lengths_joined_by_plus_are_no_single_length():
    f = site_summary("Mice were joined in pairs; muscles were injured and examined five days later.",
                     participants="Mice", duration="5 weeks of pairing plus 5 days after injury").plain()
    assert f["duration_days"] is None


def test_one_length_in_the_header_is_still_its_length():
    f = site_summary("Mice were joined in pairs; muscles were injured and examined five days later.",
                     participants="Mice", duration="5 weeks of pairing").plain()
    assert f["duration_days"] == 35
