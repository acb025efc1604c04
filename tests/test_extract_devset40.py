"""Rules found on development set 40 (tests/devset40: gut, liver, skin, eyes and teeth), read by the rules alone:
as many Methods words for people as for animals ("a rat experiment" reported beside the trial) and a header that
counts people by name ("184 patients") make the study human; unilamellar liposomes, artificial membranes and
cell-free systems are in-vitro work, compared against "<ingredient>-free" preparations made the same way (a
controlled trial whose control is the preparation without its active ingredient: placebo); "neither the women
nor the graders knew which side received the cream" (a split-body trial's masking: double; graders, examiners
and scorers are parties who can be masked); "mixed <illness> subtypes (...) analysed together" (heterogeneous);
people "formed into / divided into three diet groups: A, B and C" (listed regimens: an active comparator); an
animal study that says "No comparison group" with no design named is a case series (not an experiment; a
"Poison Control Center" is no control group); a review comparing "with A, with B, or with C" has mixed
comparators (control unknown); counts glued to a name ("B6C3F1 mice"), the top of a "between 50 and 80" range
and group sizes "per sex per dose" are no n, nor are "cases" or people counted in an animal study."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a tie of human and animal words, a header that counts people ------------------------------------------

def test_side_experiment_in_mice_does_not_make_a_trial_in_people_animal():
    f = site_summary("Randomised trial of a probiotic drink in adults with constipation for 8 weeks. The report "
                     "also describes a small mouse experiment on colonisation.", participants="120 patients").plain()
    assert f["species"] == "human"


def test_tie_without_a_header_naming_people_keeps_the_animal_reading():
    f = site_summary("Randomised trial of a probiotic drink in adults with constipation for 8 weeks. The report "
                     "also describes a small mouse experiment on colonisation.", participants="120 participants").plain()
    assert f["species"] == "animal"


# --- liposomes and other cell-free systems ------------------------------------------------------------------

def test_liposome_model_against_ingredient_free_liposomes_is_in_vitro_placebo_controlled():
    f = site_summary("Laboratory experiment with multilamellar liposomes loaded with a pH dye. Oxidation was "
                     "slower than in astaxanthin-free liposomes made by the same method.").plain()
    assert f["species"] == "in-vitro"
    assert f["design"] == "controlled-trial"
    assert f["control"] == "placebo"


def test_liposomal_formulation_given_to_people_is_not_in_vitro():
    f = site_summary("Randomised trial: 60 adults took liposomal vitamin C or a placebo capsule for 4 weeks.").plain()
    assert f["species"] == "human"


def test_serum_free_medium_is_how_cells_are_kept_not_a_placebo():
    f = site_summary("Cell-free assay of enzyme activity; activity was lower than with serum-free medium.").plain()
    assert f["species"] == "in-vitro"
    assert f["control"] != "placebo"


# --- split-body masking -------------------------------------------------------------------------------------

def test_neither_patient_nor_examiner_knew_which_eye_was_treated_is_double():
    f = site_summary("Randomised contralateral-eye trial: drops in one eye, artificial tears in the other. Neither "
                     "the patients nor the examiners knew which eye was treated.").plain()
    assert f["blinding"] == "double"


def test_knowing_which_side_hurt_is_no_masking():
    f = site_summary("Randomised trial of a knee brace against no brace. Patients were asked which side hurt "
                     "more.").plain()
    assert f["blinding"] == "unknown"


# --- mixed subtypes analysed together --------------------------------------------------------------------------

def test_mixed_subtypes_analysed_together_are_heterogeneous():
    f = site_summary("Randomised trial of a peppermint capsule against placebo in 90 adults.",
                     limitations=("Mixed migraine subtypes (with and without aura) were analysed together",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_mixed_meal_types_analysed_together_say_nothing_of_people():
    f = site_summary("Randomised trial of a peppermint capsule against placebo in 90 adults.",
                     limitations=("Mixed meal types were analysed together",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- people put into listed regimen groups -----------------------------------------------------------------------

def test_divided_into_three_dose_groups_is_an_active_comparison():
    f = site_summary("Non-randomised controlled trial. Volunteers were divided into three dose groups: 1 g "
                     "(n=20), 2 g (n=20) and 4 g (n=20) of the sweetener daily.").plain()
    assert f["control"] == "active"


def test_dose_groups_including_usual_diet_are_not_active():
    f = site_summary("Non-randomised controlled trial. Volunteers were divided into two diet groups: usual diet "
                     "(n=20) and a low-sugar diet (n=20).").plain()
    assert f["control"] != "active"


# --- an animal case series -----------------------------------------------------------------------------------

def test_cats_reported_to_a_poison_control_center_with_no_comparison_group_are_a_case_series():
    f = site_summary("Case records of cats brought to a university clinic and reported to a regional Poison "
                     "Control Center after eating lilies were reviewed.", participants="12 cats",
                     limitations=("No comparison group",)).plain()
    assert f["design"] == "case-series"
    assert f["randomized"] is False
    assert f["control"] == "none"


def test_animal_experiment_with_control_mice_stays_a_controlled_trial():
    f = site_summary("Mice were fed the extract; control mice got plain chow for 8 weeks.").plain()
    assert f["design"] == "controlled-trial"


# --- a review's comparators listed with "with ..., with ..., or with ..." ------------------------------------

def test_review_comparing_with_three_kinds_of_comparator_has_mixed_control():
    f = site_summary("Systematic review and meta-analysis of randomised trials comparing fluoride varnish with a "
                     "varnish without fluoride, with no treatment, or with sealants.").plain()
    assert f["control"] == "unknown"


def test_review_of_no_treatment_comparisons_alone_keeps_no_treatment():
    f = site_summary("Systematic review and meta-analysis of randomised trials comparing fluoride varnish with "
                     "no treatment.").plain()
    assert f["control"] == "no-treatment"


# --- counts that are no n --------------------------------------------------------------------------------------

def test_strain_name_digits_and_ranges_per_group_are_not_counted():
    f = site_summary("Male C3H mice and 129S1 mice were assigned at random to the diet or chow. Groups held "
                     "between 30 and 40 animals per sex per dose.",
                     limitations=("The effect rests on three cases",)).plain()
    assert f["species"] == "animal"
    assert f["n"] is None


def test_plain_animal_count_is_still_n():
    f = site_summary("Forty rats were assigned at random to the diet or chow.").plain()
    assert f["n"] == 40


def test_people_counted_in_a_human_study_stay_n():
    f = site_summary("Randomised trial: the effect was tested in 64 patients given the cream or a vehicle.").plain()
    assert f["n"] == 64


def test_experiment_on_lesioned_rats_without_comparison_group_is_no_case_series():
    f = site_summary("Eight rats were given a brainstem lesion and recorded overnight.", participants="8 rats",
                     limitations=("No comparison group",)).plain()
    assert f["design"] != "case-series"
