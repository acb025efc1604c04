"""Rules found on development set 52 (tests/devset52: sports nutrition and performance in a press-release voice,
crossovers, small samples, design details in Limitations), read by the rules alone: a juice "that looked and tasted
the same" and rinses that "could not be told apart" are dummies (placebo); "or to passive recovery" is an untreated
comparison; a second group that "did identical exercise sessions in a cool room" (or "while cyclists doing the same
exercise in a cool room") had the same activity elsewhere (active), and "one of three four-week camps: ..." lists the
regimens compared; cyclists and rowers are people; muscles "kept alive in oxygenated Ringer's solution" and "isolated
mouse tissue" are laboratory work, and their "caffeine-free Ringer's served as controls" a vehicle (placebo);
"searched several databases for randomised ... studies" is the review's own inclusion, not other studies; "Two Drugs
Turn ... Mice" counts drugs, not mice; "a retrospective review of the school's athletic trainer records" is a records
cohort."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- dummies described by what they look and taste like ------------------------------------------------------------

def test_juice_that_looked_and_tasted_the_same_is_placebo():
    f = site_summary("Nine cyclists completed two time trials. Before each they drank 0.5 L of either beetroot juice or "
                     "a nitrate-depleted juice that looked and tasted the same.",
                     limitations=("The double-blind, randomised crossover design was tight",)).plain()
    assert f["control"] == "placebo"


def test_one_verb_of_taste_is_no_dummy():
    f = site_summary("Randomised crossover trial of beetroot juice in nine cyclists. Riders said the juice tasted the "
                     "same as before.").plain()
    assert f["control"] != "placebo"


def test_rinses_that_could_not_be_told_apart_are_placebo():
    f = site_summary("Randomised, double-blind, crossover trial. Nine cyclists rinsed a maltodextrin solution or plain "
                     "water; the two rinses could not be told apart by sweetness.").plain()
    assert f["control"] == "placebo"


def test_groups_that_could_not_be_told_apart_are_no_dummy():
    f = site_summary("Randomised crossover trial of a maltodextrin rinse in nine cyclists. The two groups could not be "
                     "told apart at baseline.").plain()
    assert f["control"] != "placebo"


# --- passive recovery, the same exercise elsewhere, listed training regimens ----------------------------------------

def test_or_to_passive_recovery_is_untreated():
    f = site_summary("Seventeen women were randomly assigned either to wear compression tights for 12 hours or to "
                     "passive recovery without any garment.").plain()
    assert f["control"] == "no-treatment"


def test_passive_recovery_in_both_arms_is_no_comparator():
    f = site_summary("Seventeen women were randomly assigned to a cold bath or a warm bath; passive recovery followed "
                     "in both groups.").plain()
    assert f["control"] != "no-treatment"


def test_second_group_doing_identical_exercise_elsewhere_is_active():
    f = site_summary("Twelve cyclists completed ten days of exercise in a 40 °C chamber. A second group of eight "
                     "equally trained cyclists did identical exercise sessions in a cool 13 °C room.",
                     limitations=("Cyclists were not randomly assigned to heat or cool training",)).plain()
    assert f["control"] == "active"
    assert f["design"] == "controlled-trial"
    assert f["timing"] == "prospective"


def test_while_others_doing_the_same_exercise_elsewhere_is_active():
    f = site_summary("Twelve cyclists trained in the heat for ten days and improved, while cyclists doing the same "
                     "exercise in a cool room did not change.").plain()
    assert f["control"] == "active"


def test_second_group_doing_identical_exercise_with_a_placebo_is_not_active():
    f = site_summary("Randomised trial. Twelve cyclists took beetroot juice; a second group did identical exercise "
                     "sessions with a placebo drink.").plain()
    assert f["control"] == "placebo"


def test_three_camps_listed_after_a_colon_are_active():
    f = site_summary("Thirty-nine runners were assigned to one of three four-week camps: live high–train low, live "
                     "high–train high, or live low–train low at sea level, with the same training plan in all groups.",
                     title="Living High, Training Low: A Randomised Trial").plain()
    assert f["control"] == "active"


def test_three_camps_with_a_control_are_not_active_by_this_rule():
    f = site_summary("Thirty-nine runners were randomly assigned to one of three camps: altitude, hypoxic tent, or a "
                     "control camp with no altitude exposure.").plain()
    assert f["control"] != "active"


# --- athletes as people; isolated tissue as laboratory work --------------------------------------------------------

def test_cyclists_and_rowers_are_people():
    f = site_summary("Elite cyclists rode a 30-minute time trial after a ketone drink or a carbohydrate drink.",
                     participants="8 elite cyclists").plain()
    assert f["species"] == "human"
    f = site_summary("Eighteen elite rowers were randomly allocated to beta-alanine or maltodextrin.").plain()
    assert f["species"] == "human"


def test_muscles_kept_alive_in_ringers_are_in_vitro():
    f = site_summary("Soleus muscles were dissected from mice and kept alive in oxygenated Ringer's solution. Power "
                     "was measured before and after adding caffeine; time-matched muscles in caffeine-free Ringer's "
                     "served as controls.", limitations=("Isolated mouse tissue at below body temperature",)).plain()
    assert f["species"] == "in-vitro"
    assert f["control"] == "placebo"


def test_mice_kept_in_cages_stay_animals():
    f = site_summary("Mice were kept in standard cages and maintained in a warm room; control mice received no "
                     "treatment.").plain()
    assert f["species"] == "animal"


def test_isolated_muscle_weakness_is_no_laboratory_work():
    f = site_summary("Randomised trial in 40 patients with isolated muscle weakness.").plain()
    assert f["species"] == "human"


def test_free_bath_words_that_serve_no_control_leave_untreated():
    f = site_summary("Soleus muscles were dissected from mice and kept alive in oxygenated Ringer's solution. A control "
                     "group of muscles was left in the bath untouched; serum-free medium was used throughout.").plain()
    assert f["control"] == "no-treatment"


# --- a review's search; a count of drugs; a records review ----------------------------------------------------------

def test_searched_several_databases_for_randomised_studies_is_the_reviews_own():
    f = site_summary("Systematic review and meta-analysis. The authors searched several databases for randomised, "
                     "placebo-controlled studies of nitrate in healthy adults.", participants="47 studies").plain()
    assert f["randomized"] is True


def test_several_randomised_studies_are_still_other_work():
    f = site_summary("Cohort study of 300 athletes followed for a season. Several randomised studies have tested "
                     "nitrate before.").plain()
    assert f["randomized"] is not True


def test_two_drugs_in_a_title_count_no_mice():
    f = site_summary("Male mice received GW501516 or vehicle with or without four weeks of treadmill training.",
                     title="Two Drugs Turn Couch-Potato Mice Into Endurance Runners",
                     participants="Mice (8–10 per group)").plain()
    assert f["n"] is None


def test_mice_counted_after_an_adjective_still_count():
    f = site_summary("Two trained mice and two sedentary mice were compared with vehicle-treated animals.").plain()
    assert f["n"] == 4


def test_retrospective_review_of_trainer_records_is_a_cohort():
    f = site_summary("Athletes completed a questionnaire on sleep. Injury data came from a retrospective review of "
                     "the school's athletic trainer records over the preceding 21 months.",
                     limitations=("Sleep was self-reported at a single time point",)).plain()
    assert f["design"] == "cohort"
    assert f["timing"] == "retrospective"


def test_retrospective_review_of_the_literature_is_no_records_cohort():
    f = site_summary("Athletes completed a questionnaire on sleep; a retrospective review of the literature framed the "
                     "questions.", limitations=("Sleep was self-reported at a single time point",)).plain()
    assert f["design"] != "cohort"
