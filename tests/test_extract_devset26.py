"""Rules found on development set 26 (tests/devset26): a controlled trial whose periods came in random
order is an RCT; two arms each called by what they give are an active comparison; "not told whether
they had real or sham" masks the patients; a placebo added to usual care and tested against usual care
alone has a usual-care comparator; "the placebo group did not improve" is an outcome, not a denied
placebo; research assistants are a masked party; people who chose not to take the treatment and formed
the comparison group are untreated controls; an attention-matched control is a placebo-type control;
a review that pooled placebo-controlled trials keeps placebo though some comparisons were head to head."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- random order in a controlled (crossover) trial --------------------------------------------

def test_controlled_crossover_in_random_order_is_rct():
    f = site_summary("Placebo-controlled, double-blind crossover study. Ten runners completed both 5-day "
                     "conditions in random order, with a 10-day break between them: a caffeinated gel or an "
                     "identical gel without caffeine.", participants="10 participants").plain()
    assert f["design"] == "rct"
    assert f["randomized"] is True


def test_controlled_crossover_in_fixed_order_stays_controlled_trial():
    f = site_summary("Placebo-controlled, double-blind crossover study. Ten runners completed both 5-day "
                     "conditions in a fixed order, with a 10-day break between them: a caffeinated gel or an "
                     "identical gel without caffeine.", participants="10 participants").plain()
    assert f["design"] == "controlled-trial"


# --- two arms called by what they give ----------------------------------------------------------

def test_two_named_arms_are_an_active_comparison():
    f = site_summary("Randomized pragmatic trial in primary care. 300 adults with neck pain were assigned to a "
                     "manipulation arm (spinal manipulation twice weekly) vs an exercise arm (supervised home "
                     "exercises), both for 12 weeks.", participants="300 participants").plain()
    assert f["control"] == "active"


def test_named_arm_against_generic_intervention_arm_is_not_active():
    f = site_summary("Randomized pragmatic trial in primary care. 300 adults with neck pain were assigned to an "
                     "intervention arm vs a comparison arm (advice leaflet), both for 12 weeks.",
                     participants="300 participants").plain()
    assert f["control"] != "active"


# --- patients not told whether their treatment was real ------------------------------------------

def test_patients_not_told_real_or_sham_with_unblinded_therapists_is_single():
    f = site_summary("Randomized trial of laser therapy for knee pain. Patients were not told whether their "
                     "laser was real or sham; the therapists could not be masked.",
                     participants="120 participants",
                     limitations=("Therapists were not blinded",)).plain()
    assert f["blinding"] == "single"


def test_patients_told_about_laser_settings_is_not_masking():
    f = site_summary("Randomized trial of laser therapy for knee pain. Patients were told how the laser "
                     "settings worked; the therapists could not be masked.",
                     participants="120 participants",
                     limitations=("Therapists were not blinded",)).plain()
    assert f["blinding"] != "single"


# --- placebo added to usual care, against usual care alone ----------------------------------------

def test_open_placebo_add_on_against_usual_care_alone_is_usual_care():
    f = site_summary("Randomized trial in adults with irritable bowel syndrome. Participants were assigned to "
                     "honestly labelled placebo tablets with usual care, or usual care alone, for 4 weeks. "
                     "Nobody was deceived about the placebo.", participants="80 participants").plain()
    assert f["control"] == "usual-care"


def test_drug_against_placebo_both_with_usual_care_stays_placebo():
    f = site_summary("Randomized double-blind trial in adults with irritable bowel syndrome. Participants were "
                     "assigned to peppermint oil with usual care, or placebo with usual care, for 4 weeks.",
                     participants="80 participants").plain()
    assert f["control"] == "placebo"


# --- an outcome after "placebo group ... did not" --------------------------------------------------

def test_placebo_group_that_did_not_change_is_still_a_placebo_arm():
    f = site_summary("Randomized double-blind trial. Adults took magnesium 300 mg or matching placebo nightly "
                     "for 6 weeks.", participants="60 participants",
                     significance="Sleep latency shortened with magnesium, whereas the placebo arm did not change.").plain()
    assert f["control"] == "placebo"


def test_placebo_that_was_not_given_is_still_denied():
    f = site_summary("Open trial. Adults took magnesium 300 mg nightly for 6 weeks.", participants="60 participants",
                     limitations=("A placebo was not given", "A placebo was not used")).plain()
    assert f["control"] != "placebo"


# --- research assistants as a masked party ---------------------------------------------------------

def test_masked_research_assistants_with_unmasked_participants_is_single():
    f = site_summary("Randomized trial of a walking programme. The research assistants who scored the "
                     "questionnaires were blinded to group.", participants="90 participants",
                     limitations=("Participants could not be blinded",)).plain()
    assert f["blinding"] == "single"


def test_research_assistants_unblinded_too_is_open():
    f = site_summary("Randomized trial of a walking programme. The research assistants who scored the "
                     "questionnaires were not blinded.", participants="90 participants",
                     limitations=("Participants could not be blinded",)).plain()
    assert f["blinding"] == "open"


# --- people who chose not to take it formed the comparison -----------------------------------------

def test_those_who_declined_forming_the_comparison_group_are_untreated():
    f = site_summary("Non-randomized comparison over one winter. 50 swimmers elected to take zinc lozenges and "
                     "45 declined them, forming the control group.", participants="95 participants").plain()
    assert f["control"] == "no-treatment"
    assert f["timing"] == "prospective"


def test_declined_without_forming_a_comparison_is_not_a_control():
    f = site_summary("Open single-arm study over one winter. 50 swimmers took zinc lozenges; 45 others declined "
                     "the invitation.", participants="50 participants").plain()
    assert f["control"] != "no-treatment"


# --- attention-matched control ----------------------------------------------------------------------

def test_attention_matched_control_is_placebo():
    f = site_summary("Randomized trial in older adults with loneliness. 80 were assigned to group reminiscence "
                     "sessions or weekly phone calls of equal length, an attention-matched comparison condition.",
                     participants="80 participants").plain()
    assert f["control"] == "placebo"


def test_no_attention_matched_control_is_not_placebo():
    f = site_summary("Randomized trial in older adults with loneliness. 80 were assigned to group reminiscence "
                     "sessions or a waiting list.", participants="80 participants",
                     limitations=("No attention-matched comparison condition",)).plain()
    assert f["control"] != "placebo"


# --- review pooling placebo-controlled trials with head-to-head arms -------------------------------

def test_review_that_pooled_placebo_controlled_trials_keeps_placebo():
    f = site_summary("Network meta-analysis of randomized trials of triptans against placebo or head to head. "
                     "We combined 14 placebo-controlled trials (5200 patients) in a Bayesian model.",
                     participants="5200 patients (14 trials)").plain()
    assert f["design"] == "meta-analysis"
    assert f["control"] == "placebo"


def test_review_of_placebo_or_head_to_head_trials_alone_stays_unknown():
    f = site_summary("Network meta-analysis of randomized trials of triptans against placebo or head to head. "
                     "We combined 14 trials (5200 patients) in a Bayesian model.",
                     participants="5200 patients (14 trials)").plain()
    assert f["control"] == "unknown"
