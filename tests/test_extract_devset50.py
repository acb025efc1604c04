"""Rules found on development set 50 (tests/devset50: hormones, peptides and healthy ageing, by a fluent non-native
writer), read by the rules alone: a header count with dots between groups of three digits ("44.335 men", "21 RCT,
2.192 participants") is a whole head count in thousands, and "RCT" may count trials in the singular; a header length
with a decimal comma ("median 3,4 years") keeps its decimals; "pts" are patients; cells "isolated from rat calvaria"
(no "were") are in-vitro work; "the group was very mixed" and "Mixed neurologic diagnoses and doses" describe mixed
people; controls "that received no injection" are untreated (and make a controlled trial in people prospective);
"three arms of dose" compare doses (active); and "with or without progestagens, against placebo" offers an option, it
does not deny the placebo."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- counts written with dots as thousands separators ------------------------------------------------------------

def test_header_count_with_dot_thousands_is_read_whole():
    f = site_summary("Retrospective cohort study of men with androgen deficiency in an integrated health system.",
                     participants="44.335 men").plain()
    assert f["n"] == 44335


def test_header_count_in_millions_keeps_its_decimal_point():
    f = site_summary("Retrospective cohort study of women in national registers.",
                     participants="1.5 million women").plain()
    assert f["n"] == 1_500_000


def test_review_header_with_singular_rct_and_dot_thousands_gives_the_pooled_people():
    f = site_summary("Systematic review and meta-analysis of 21 randomised trials of thyroid hormone.",
                     participants="21 RCT, 2.192 participants").plain()
    assert f["n"] == 2192
    assert f["n_studies"] == 21


def test_review_header_counting_deaths_after_the_trials_gives_no_pooled_people():
    f = site_summary("Systematic review and meta-analysis of 21 randomised trials of thyroid hormone.",
                     participants="21 RCT, 2.192 deaths").plain()
    assert f["n"] != 2192
    assert f["n_studies"] == 21


# --- a header length with a decimal comma ------------------------------------------------------------------------

def test_header_duration_with_decimal_comma_keeps_its_decimals():
    f = site_summary("Retrospective cohort study of 500 men using health records.", duration="median 3,4 years").plain()
    assert f["duration_days"] == 1241


def test_header_duration_with_thousands_comma_stays_thousands():
    f = site_summary("Retrospective cohort study of 500 men using health records.", duration="3,400 days").plain()
    assert f["duration_days"] == 3400


# --- who was studied ---------------------------------------------------------------------------------------------

def test_pts_are_patients():
    f = site_summary("141 pts with primary hypothyroidism were allocated to three groups; pts and investigators did "
                     "not know the group.", participants="141 pts").plain()
    assert f["species"] == "human"


def test_pts_higher_on_a_score_are_points_not_people():
    f = site_summary("Forty rats were given the peptide or saline; treated ones scored 3 pts higher on the maze test "
                     "and 2 pts better on the grip test.").plain()
    assert f["species"] == "animal"


def test_cells_isolated_from_rat_calvaria_are_in_vitro():
    f = site_summary("Experiments in vitro with osteoprogenitor cells isolated from rat calvaria, treated with the "
                     "hormone or the vehicle only.").plain()
    assert f["species"] == "in-vitro"


def test_cells_isolated_from_patients_are_no_animal_cells():
    f = site_summary("Blood cells isolated from 40 patients before and after 12 weeks of the hormone were "
                     "counted.").plain()
    assert f["species"] == "human"


def test_the_group_was_very_mixed_is_heterogeneous():
    f = site_summary("The records of pts who had received melatonin were reviewed in retrospective way. Fourteen pts "
                     "were found, with several different neurologic diseases, so the group was very mixed.").plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_the_powder_of_each_group_mixed_with_water_says_nothing_of_people():
    f = site_summary("40 adults were randomised to two groups; the powder of each group was mixed with water "
                     "before drinking.").plain()
    assert f["heterogeneity"] == "unknown"


def test_mixed_diagnoses_and_doses_are_mixed_people():
    f = site_summary("The records of 14 patients who had received melatonin were reviewed retrospectively.",
                     limitations=("Mixed neurologic diagnoses and doses",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_heterogeneous_doses_and_outcomes_are_no_mixed_people():
    f = site_summary("The records of 14 patients who had received melatonin were reviewed retrospectively.",
                     limitations=("Heterogeneous doses and outcomes",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- the comparison ----------------------------------------------------------------------------------------------

def test_controls_that_received_no_injection_are_untreated_and_the_trial_prospective():
    f = site_summary("It was not made randomization: the men were assigned in alternate order, so 8 men received "
                     "testosterone injections for 3 months and 6 men were controls that received no injection.",
                     participants="14 men").plain()
    assert f["control"] == "no-treatment"
    assert f["timing"] == "prospective"
    assert f["randomized"] is False


def test_controls_that_received_a_saline_injection_had_a_placebo():
    f = site_summary("It was not made randomization: the men were assigned in alternate order, so 8 men received "
                     "testosterone injections for 3 months and 6 men were controls that received a saline "
                     "injection.", participants="14 men").plain()
    assert f["control"] == "placebo"


def test_three_arms_of_dose_compare_doses():
    f = site_summary("This was a randomised, double-blind trial with three arms of dose. No placebo arm was used, "
                     "because withdrawal of the hormone was not considered ethical.").plain()
    assert f["control"] == "active"


def test_placebo_beside_three_arms_of_dose_stays_placebo():
    f = site_summary("This was a randomised, double-blind trial with a placebo arm and three arms of dose.").plain()
    assert f["control"] == "placebo"


def test_with_or_without_a_second_drug_against_placebo_keeps_the_placebo():
    f = site_summary("Systematic review and meta-analysis. Included were randomised double-blind trials comparing "
                     "oestrogens, with or without progestagens, against placebo, for at least one year.").plain()
    assert f["control"] == "placebo"


def test_without_progestagens_or_placebo_denies_the_placebo():
    f = site_summary("Open-label randomised trial of oestrogens in 200 women, without progestagens or placebo; the "
                     "comparison group was simply followed.").plain()
    assert f["control"] != "placebo"
