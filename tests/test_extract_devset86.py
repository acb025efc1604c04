"""Rules found on development set 86 (tests/devset86: public-health policy and natural experiments), read by the
rules alone: "a control diet typical of what Americans eat" is the usual diet (usual care); a factorial's "A, B, both,
or neither" has an arm given nothing (no-treatment); "the control town ... received no campaign" is one untreated
place; a time series "with England ... as the comparison series" has an external (historical) control; a cohort's
"fluoridated or non-fluoridated area" sets the exposed against the unexposed; animals that "stayed on the ordinary
colony diet" are untreated; "110 to the experimental group and 114 to the comparison group" adds two arms joined by
"and" alone; "None of the included studies was randomised" denies randomisation; "for every six children exposed" is a
ratio's denominator, not a count; "hospitalisations" and "admissions for" a disease are people's; "Restricted to
schools in socially deprived neighbourhoods" is a narrowed population."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a control diet typical of usual intake -------------------------------------------------------------------------

def test_control_diet_typical_of_what_people_eat_is_usual_care():
    f = site_summary("Methods: Randomised feeding trial. Adults were randomly assigned to a control diet typical of "
                     "what Americans eat or to the DASH diet for 30 days.").plain()
    assert f["control"] == "usual-care"


def test_control_diet_low_in_sodium_is_not_usual_care():
    f = site_summary("Methods: Randomised feeding trial. Adults were randomly assigned to a control diet low in "
                     "sodium or to the DASH diet for 30 days.").plain()
    assert f["control"] != "usual-care"


# --- a factorial's neither arm --------------------------------------------------------------------------------------

def test_factorial_both_or_neither_is_no_treatment():
    f = site_summary("Methods: 1,104 shoppers were randomly assigned in a 2×2 factorial layout to price discounts, "
                     "tailored nutrition education, both, or neither, for 6 months.").plain()
    assert f["control"] == "no-treatment"


def test_factorial_without_a_neither_arm_is_not_no_treatment():
    f = site_summary("Methods: 1,104 shoppers were randomly assigned to price discounts of 12.5%, tailored nutrition "
                     "education, or both, for 6 months.").plain()
    assert f["control"] != "no-treatment"


# --- one untreated control town -------------------------------------------------------------------------------------

def test_control_town_that_received_no_campaign_is_no_treatment():
    f = site_summary("Methods: Non-randomised controlled field trial in three towns. Two towns received a mass-media "
                     "campaign. Tracy served as the control town and received no campaign.").plain()
    assert f["control"] == "no-treatment"


def test_control_town_that_received_no_placebo_is_not_no_treatment():
    f = site_summary("Methods: Non-randomised controlled field trial in three towns. Two towns received a mass-media "
                     "campaign. Tracy served as the control town and received no placebo campaign.").plain()
    assert f["control"] != "no-treatment"


# --- a comparison series --------------------------------------------------------------------------------------------

def test_another_places_comparison_series_is_historical():
    f = site_summary("Methods: Retrospective cohort design using national records: a controlled interrupted time "
                     "series of deaths in Scotland, with England, where no minimum price applied, as the comparison "
                     "series.").plain()
    assert f["control"] == "historical"


def test_control_series_of_cultures_is_not_historical():
    f = site_summary("Methods: Human fibroblasts were exposed to smoke extract; a control series of cultures was "
                     "left unexposed.").plain()
    assert f["control"] != "historical"


# --- exposed or non-exposed, with "non-" --------------------------------------------------------------------------

def test_fluoridated_or_non_fluoridated_area_is_no_treatment():
    f = site_summary("Methods: Prospective cohort of 1,037 children. Exposure: residence in a fluoridated or "
                     "non-fluoridated area in the first five years of life. Outcome: IQ.").plain()
    assert f["control"] == "no-treatment"


def test_adjusted_and_non_adjusted_estimates_are_not_groups():
    f = site_summary("Methods: Prospective cohort of 1,037 children. Exposure: fluoride level in thirds. Models gave "
                     "adjusted and non-adjusted estimates of IQ.").plain()
    assert f["control"] != "no-treatment"


# --- animals on the colony diet -------------------------------------------------------------------------------------

def test_animals_on_the_ordinary_colony_diet_are_no_treatment():
    f = site_summary("Methods: Controlled experiment in 26 chimpanzees. Half the colony (13 animals) had salt added to "
                     "their drink over 20 months; the other 13 stayed on the ordinary colony diet.").plain()
    assert f["control"] == "no-treatment"


def test_people_on_their_ordinary_home_diet_are_usual_care():
    f = site_summary("Methods: Randomised trial in 60 adults. Half had salt tablets added for 8 weeks; the other 30 "
                     "stayed on their ordinary home diet.").plain()
    assert f["control"] == "usual-care"


# --- two arms joined by "and" ---------------------------------------------------------------------------------------

def test_two_arms_joined_by_and_are_added():
    f = site_summary("Methods: Overweight adolescents were allocated to two groups: 110 to the experimental group "
                     "and 114 to the comparison group.").plain()
    assert f["n"] == 224


def test_arms_in_two_sentences_are_not_added():
    f = site_summary("Methods: Overweight adolescents were allocated to two groups. The first 110 to the experimental "
                     "group were enrolled in 2008. Later 114 to the comparison group.").plain()
    assert f["n"] != 224


# --- none of the included studies randomised -------------------------------------------------------------------------

def test_none_of_the_included_studies_was_randomised_is_false():
    f = site_summary("Methods: Systematic review and meta-analysis of 18 studies of smoke-free laws. None of the "
                     "included studies was randomised; all compared admissions before and after the law.").plain()
    assert f["randomized"] is False


def test_none_of_the_included_studies_was_blinded_keeps_randomised():
    f = site_summary("Methods: Systematic review and meta-analysis of 18 randomised trials. None of the included "
                     "studies was blinded.").plain()
    assert f["randomized"] is True


# --- for every N people ---------------------------------------------------------------------------------------------

def test_for_every_six_children_counts_nobody():
    f = site_summary("Methods: Systematic review of 214 studies of water fluoridation.",
                     significance="Roughly one extra caries-free child for every six children exposed.").plain()
    assert f["n"] is None


def test_six_children_described_are_counted():
    f = site_summary("Methods: Case series. Six children with dental fluorosis were described.").plain()
    assert f["n"] == 6


# --- hospital stays are people's ------------------------------------------------------------------------------------

def test_admissions_for_a_disease_are_human():
    f = site_summary("Methods: Systematic review and meta-analysis. Evaluations compared admissions for acute "
                     "myocardial infarction after a smoke-free law with admissions before it.").plain()
    assert f["species"] == "human"


def test_admissions_named_in_an_animal_study_leave_it_animal():
    f = site_summary("Methods: Controlled experiment in 26 rats fed a high-salt diet; 13 controls ate chow.",
                     significance="If confirmed, salt reduction could cut hospital admissions for stroke.").plain()
    assert f["species"] == "animal"


# --- restricted to schools ------------------------------------------------------------------------------------------

def test_restricted_to_schools_in_deprived_areas_is_homogeneous():
    f = site_summary("Methods: Cluster-randomised trial in 32 elementary schools.",
                     limitations=("Restricted to schools in socially deprived neighbourhoods of two cities",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_restricted_to_a_number_of_schools_is_a_size():
    f = site_summary("Methods: Cluster-randomised trial in elementary schools.",
                     limitations=("Restricted to 32 schools for budget reasons",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_arm_pairs_of_clusters_are_no_sample():
    # found when devset85's and devset86's rounds met: "15 to A and 15 to B" counts pharmacies when the sentence names
    # the pharmacy as the unit of allocation; the patients are counted after the colon
    f = site_summary("Thirty community pharmacies were randomised in blocks of four, 15 to the intervention and 15 to a "
                     "wait-list arm; the pharmacy, not the patient, was the unit of allocation. Long-term users were "
                     "recruited before randomisation: 148 in intervention pharmacies and 155 in wait-list pharmacies.").plain()
    assert f["n"] == 303


def test_arm_pairs_of_people_still_add_up():
    f = site_summary("Adolescents were randomised, 110 to the experimental group and 114 to the comparison group.").plain()
    assert f["n"] == 224


def test_chimpanzees_are_animals():
    # noted in devset86's round: the colony's chimpanzees were read only because the text also said "13 animals"
    # (they are not counted by name: "Two groups of six adult rhesus macaques" would then count six, x69_19)
    f = site_summary("Controlled experiment in a chimpanzee colony: half the chimpanzees had salt added to their diet "
                     "for 20 months while the others stayed on their usual diet.").plain()
    assert f["species"] == "animal"


def test_a_chimpanzee_named_in_background_does_not_make_the_study_animal():
    f = site_summary("Randomised trial of salt reduction in 120 adults for 6 months.",
                     background="Earlier work in chimpanzees suggested blood pressure follows salt intake.").plain()
    assert f["species"] == "human"
