"""Rules found on development set 61 (tests/devset61: food and drink), read by the rules alone: "sugar pills" are
dummies but "a sugar-free drink" is no pill; a comparison half that "got the regular sugary version" had the ordinary
product (active), and a comparison arm that "got advice to eat a low-fat diet" a regimen of its own (active); "Which days
were coffee days was picked at random" allocates a person's days by chance, and "split them by computer" allocates
people (randomised); "lean meat, fish or chicken" is food, not a bird studied; "Entry was restricted to" narrows who
was studied; "randomised them into six groups of 20" counts 120; a header "20 years (women), 11 years (men)" gives two
lengths (none); "The other half were told to change nothing and keep their usual diet" is usual care; "sachets of the
glucose filler alone" and "plain salt in the same unmarked packs" are dummies (placebo); "told ... either to drink
coffee ... or to avoid coffee" and a cohort's "folks who drank none" or "adults without one" are untreated; arms named
"High-egg: ... Low-egg: ..." compare amounts (active)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- sugar pills, not sugar-free drinks -----------------------------------------------------------------------------

def test_sugar_pills_are_a_placebo():
    f = site_summary("Randomised trial. 80 adults with back pain got the new tablet or sugar pills for 6 weeks.")
    assert f.plain()["control"] == "placebo"


def test_sugar_free_drink_is_not_a_placebo():
    f = site_summary("Randomised trial. 641 children. Half got a sugar-free drink each day; the others got "
                     "sugar-sweetened drinks. Both were handed out at school.")
    assert f.plain()["control"] != "placebo"


# --- the regular version of the product -----------------------------------------------------------------------------

def test_other_half_got_the_regular_version_is_active():
    f = site_summary("Randomised trial. 641 kids signed up. Half the kids got a sugar-free drink sweetened with "
                     "sucralose. The other half got the regular sugary version, about 104 kcal a can.")
    assert f.plain()["control"] == "active"


def test_other_half_got_the_caffeine_free_version_is_not_active():
    f = site_summary("Randomised trial. 100 adults signed up. Half got a can of cola each day. The other half got the "
                     "caffeine-free version of the same cola.")
    assert f.plain()["control"] != "active"


# --- diet advice given to the comparison arm ------------------------------------------------------------------------

def test_comparison_arm_advised_to_eat_a_low_fat_diet_is_active():
    f = site_summary("Randomised trial at 11 sites. 7447 adults. Two arms got a Mediterranean diet plus olive oil or "
                     "nuts. The comparison arm got advice to eat a low-fat diet.")
    assert f.plain()["control"] == "active"


def test_comparison_arm_advised_to_eat_their_usual_diet_is_not_active():
    f = site_summary("Randomised trial at 11 sites. 7447 adults. One arm got a Mediterranean diet plus olive oil. "
                     "The comparison arm got advice to eat their usual diet.")
    assert f.plain()["control"] != "active"


# --- days allocated by chance ---------------------------------------------------------------------------------------

def test_which_days_picked_at_random_is_randomised():
    f = site_summary("100 healthy adults wore monitors for two weeks. Every day, a text message told each volunteer "
                     "to drink coffee or not. Which days were coffee days was picked at random by computer.").plain()
    assert f["design"] == "rct" and f["randomized"] is True


def test_days_picked_at_random_for_a_recall_is_not_randomised():
    f = site_summary("Cross-sectional survey of 9317 adults. Two days of each week were picked at random for a "
                     "24-hour dietary recall.").plain()
    assert f["design"] != "rct" and f["randomized"] is not True


# --- split by computer ----------------------------------------------------------------------------------------------

def test_split_by_computer_is_randomised():
    f = site_summary("140 adults with type 2 diabetes. The team split them by computer into two groups: two eggs a "
                     "day or fewer than two eggs a week.").plain()
    assert f["design"] == "rct" and f["randomized"] is True


def test_found_by_computer_search_is_not_randomised():
    f = site_summary("Cohort study. 140 adults with type 2 diabetes were sorted by computer records into egg eaters "
                     "and others.").plain()
    assert f["randomized"] is not True


# --- chicken on the plate -------------------------------------------------------------------------------------------

def test_meat_fish_or_chicken_is_food():
    f = site_summary("Randomised trial. 140 adults. Low-egg: fewer than two eggs a week, with the protein made up "
                     "from lean meat, fish or chicken.", participants="140 participants")
    assert f.plain()["species"] == "human"


def test_chickens_fed_a_diet_are_animals():
    f = site_summary("Controlled experiment. 40 broiler chickens were fed a diet with or without the extract for "
                     "six weeks.")
    assert f.plain()["species"] == "animal"


# --- entry restricted -----------------------------------------------------------------------------------------------

def test_entry_restricted_to_is_homogeneous():
    f = site_summary("Randomised trial. 7447 adults aged 55 to 80. Entry was restricted to people with type 2 "
                     "diabetes or at least three cardiovascular risk factors.")
    assert f.plain()["heterogeneity"] == "homogeneous"


def test_entry_restricted_to_a_number_is_not_homogeneous():
    f = site_summary("Randomised trial of adults. Entry was restricted to 200 participants by the budget.")
    assert f.plain()["heterogeneity"] != "homogeneous"


# --- groups of a size -----------------------------------------------------------------------------------------------

def test_six_groups_of_twenty_count_120():
    f = site_summary("Healthy adults who avoid sweeteners. The team randomised them into six groups of 20.")
    assert f.plain()["n"] == 120


def test_housed_in_groups_or_a_range_counts_nobody():
    f = site_summary("Mice were housed in four groups of five. They were divided into three groups of 5 to 8 mice.")
    assert f.plain()["n"] is None


# --- two lengths in the header --------------------------------------------------------------------------------------

def test_header_with_two_lengths_has_no_duration():
    f = site_summary("Two prospective cohorts of women and men followed through national registers.",
                     duration="20 years (women), 11 years (men)")
    assert f.plain()["duration_days"] is None


def test_header_with_one_length_has_a_duration():
    f = site_summary("Two prospective cohorts of women and men followed through national registers.",
                     duration="20 years (women)")
    assert f.plain()["duration_days"] == 7300


# --- told to keep their usual diet ----------------------------------------------------------------------------------

def test_other_half_told_to_keep_their_usual_diet_is_usual_care():
    f = site_summary("244 overweight adults. Half were assigned to a low-fat vegan diet. The other half were told to "
                     "change nothing and keep their usual diet.")
    assert f.plain()["control"] == "usual-care"


def test_everyone_told_to_keep_their_usual_diet_is_not_usual_care():
    f = site_summary("Randomised, placebo-controlled trial. 244 adults took the capsule or a placebo. All participants "
                     "were told to keep their usual diet.")
    assert f.plain()["control"] == "placebo"


# --- the filler alone -----------------------------------------------------------------------------------------------

def test_sachets_of_the_filler_alone_are_a_placebo():
    f = site_summary("Randomised trial. Four groups got daily sachets of saccharin, sucralose, aspartame or stevia. "
                     "The sweetener sachets used glucose as filler, so a fifth group got sachets of the glucose filler "
                     "alone.")
    assert f.plain()["control"] == "placebo"


def test_dermal_filler_alone_is_not_a_placebo():
    f = site_summary("Randomised trial. 60 women got hyaluronic acid dermal filler alone or dermal filler plus "
                     "botulinum toxin 20 units.")
    assert f.plain()["control"] != "placebo"


# --- plain product in the same packs --------------------------------------------------------------------------------

def test_plain_salt_in_the_same_unmarked_packs_is_a_placebo():
    f = site_summary("Randomised, double-blind trial. 502 adults. Half got free salt substitute. Control households "
                     "got plain salt in the same unmarked packs.")
    assert f.plain()["control"] == "placebo"


def test_a_drug_in_identical_packs_is_not_a_placebo():
    f = site_summary("Randomised, double-blind trial. 502 adults got metformin 500 mg or gliclazide 80 mg, dispensed "
                     "in the same unmarked packs.")
    assert f.plain()["control"] != "placebo"


# --- told either to take it or to avoid it --------------------------------------------------------------------------

def test_told_either_to_drink_or_to_avoid_is_no_treatment():
    f = site_summary("100 adults. Every day, a text message told each volunteer either to drink caffeinated coffee as "
                     "they liked or to avoid coffee and all caffeine. Which days were coffee days was picked at random.")
    assert f.plain()["control"] == "no-treatment"


def test_everyone_told_to_avoid_is_not_no_treatment():
    f = site_summary("Randomised trial. 100 adults took the drug or a placebo. All were told to avoid coffee and "
                     "alcohol during the study.")
    assert f.plain()["control"] == "placebo"


# --- a cohort's people who drank none -------------------------------------------------------------------------------

def test_cohort_against_folks_who_drank_none_is_no_treatment():
    f = site_summary("Prospective cohort. n = 498,043. Tea drinkers at each intake level were compared with folks who "
                     "drank none, adjusting for smoking.")
    assert f.plain()["control"] == "no-treatment"


def test_cohort_against_folks_who_drank_less_is_not_no_treatment():
    f = site_summary("Prospective cohort. n = 498,043. Heavy tea drinkers were compared with folks who drank less, "
                     "adjusting for smoking.")
    assert f.plain()["control"] != "no-treatment"


# --- people without one ---------------------------------------------------------------------------------------------

def test_cohort_against_adults_without_one_is_no_treatment():
    f = site_summary("Retrospective cohort built from a hospital discharge database. The team compared adults with a "
                     "recorded alcohol use disorder (including alcohol-related brain damage) with adults without one.")
    assert f.plain()["control"] == "no-treatment"


def test_cohort_against_adults_with_a_milder_one_is_not_no_treatment():
    f = site_summary("Retrospective cohort built from a hospital discharge database. The team compared adults with a "
                     "severe alcohol use disorder with adults with a milder one.")
    assert f.plain()["control"] != "no-treatment"


# --- high and low amounts -------------------------------------------------------------------------------------------

def test_high_and_low_egg_arms_are_active():
    f = site_summary("140 adults with prediabetes. Randomised trial in two groups. High-egg: two eggs a day, six days a "
                     "week. Low-egg: fewer than two eggs a week.")
    assert f.plain()["control"] == "active"


def test_high_and_low_risk_strata_are_not_active():
    f = site_summary("140 adults. Randomised trial of a walking programme. High-risk: people with diabetes. "
                     "Low-risk: people without it.")
    assert f.plain()["control"] != "active"
