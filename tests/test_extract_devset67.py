"""Rules found on development set 67 (tests/devset67: the comparison group, described indirectly), read by the rules
alone: "three one-month dietary phases in random order" is a crossover of diets (active); "the other 59 carried on with
the physiotherapy programme alone" is the trial's programme without the add-on (active); "a simulated procedure" is a
sham (placebo); a town that "kept its supply unchanged" is an untreated comparison; "a two-city controlled comparison"
is a controlled trial; patients "enrolled in the months before the checklist was introduced" are historical controls
(a cohort); "patients and case mix differed widely" is a mixed population and "Restricted to dogs with ..." a narrowed
one; "owners, attending veterinarians and investigators were unaware of the allocation" names two masked parties and
more (double); "Only a long randomised trial could show ..." is a study nobody did; a placebo tested against nothing
("randomly assigned to a placebo or to no treatment", "the placebo arm was measured against the arm that received
nothing", pills people were "told ... contained no medication" against a group that "got nothing") leaves the untreated
group as the comparator (no-treatment)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a crossover of dietary phases ----------------------------------------------------------------------------------

def test_dietary_phases_in_random_order_are_active():
    f = site_summary("Methods: Thirty-four adults each completed three one-month dietary phases in random order: a "
                     "low-fat diet; the same diet plus lovastatin 20 mg a day; and a portfolio diet.").plain()
    assert f["control"] == "active"


def test_dietary_phases_one_after_another_without_chance_are_not_named_active():
    f = site_summary("Methods: Thirty-four adults each completed three one-month dietary phases, always in the same "
                     "sequence, and blood lipids were measured at the end of each.").plain()
    assert f["control"] != "active"


# --- the programme alone ----------------------------------------------------------------------------------------------

def test_carried_on_with_the_programme_alone_is_active():
    f = site_summary("Methods: Randomised trial. Everyone received the same structured physiotherapy programme. On top "
                     "of that, 62 patients were assigned to ligament reconstruction; the other 59 carried on with the "
                     "physiotherapy programme alone.").plain()
    assert f["control"] == "active"


def test_carried_on_with_the_standard_programme_alone_is_not_active():
    f = site_summary("Methods: Randomised trial. 62 patients were assigned to ligament reconstruction; the other 59 "
                     "carried on with the standard programme alone.").plain()
    assert f["control"] != "active"


# --- a simulated procedure ------------------------------------------------------------------------------------------

def test_simulated_procedure_is_a_sham():
    f = site_summary("Methods: Randomised trial. Of 131 patients, 68 were assigned to vertebroplasty and 63 to a "
                     "simulated procedure in which no needle was passed into the bone.").plain()
    assert f["control"] == "placebo"


def test_simulated_procedure_on_a_mannequin_is_no_sham():
    f = site_summary("Methods: Randomised trial. Of 40 residents, 20 were assigned to video teaching and 20 to lectures; "
                     "all then performed a simulated procedure on a mannequin.").plain()
    assert f["control"] != "placebo"


# --- a community left as it was -----------------------------------------------------------------------------------------

def test_town_that_kept_its_supply_unchanged_is_untreated():
    f = site_summary("Methods: Fluoride was added to the water supply of Newburgh. Kingston, of similar size and "
                     "population, kept its supply unchanged throughout.",
                     limitations=("This was a two-city controlled comparison, not a randomised trial",)).plain()
    assert f["control"] == "no-treatment"
    assert f["design"] == "controlled-trial"


def test_people_who_kept_their_diet_unchanged_are_no_untreated_group():
    f = site_summary("Methods: Fluoride tablets were given to 200 children, who kept their diet unchanged "
                     "throughout.").plain()
    assert f["control"] != "no-treatment"


def test_uncontrolled_comparison_is_no_controlled_trial():
    f = site_summary("Methods: 200 children given fluoride tablets were examined each year.",
                     limitations=("An uncontrolled comparison of yearly examinations",)).plain()
    assert f["design"] != "controlled-trial"


# --- patients before the change -------------------------------------------------------------------------------------

def test_patients_enrolled_before_the_checklist_are_historical():
    f = site_summary("Methods: Data were collected prospectively. 3,733 patients were enrolled in the months before the "
                     "checklist was introduced, and 3,955 in the months after.").plain()
    assert f["control"] == "historical"
    assert f["design"] == "cohort"


def test_patients_enrolled_before_an_amendment_who_were_excluded_are_no_controls():
    f = site_summary("Methods: Data were collected prospectively on 3,955 patients. Patients enrolled before the "
                     "protocol amendment was introduced were excluded.").plain()
    assert f["control"] != "historical"


# --- population wording ---------------------------------------------------------------------------------------------

def test_patients_and_case_mix_differed_widely_is_heterogeneous():
    f = site_summary("Methods: 7,688 patients having surgery were studied.",
                     limitations=("The hospitals ranged widely; patients and case mix differed widely",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_outcomes_and_case_mix_reporting_differed_is_not_about_people():
    f = site_summary("Methods: 7,688 patients having surgery were studied.",
                     limitations=("Definitions and case mix coding differed widely between hospitals",)).plain()
    assert f["heterogeneity"] != "heterogeneous"


def test_restricted_to_dogs_is_homogeneous():
    f = site_summary("Methods: Randomised trial in 360 dogs with mitral valve disease.",
                     limitations=("Restricted to dogs with clear cardiomegaly",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_dogs_with_cardiomegaly_said_as_a_fact_is_unknown():
    f = site_summary("Methods: Randomised trial in 360 dogs with mitral valve disease.",
                     limitations=("All dogs had clear cardiomegaly",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- owners and vets kept unaware -----------------------------------------------------------------------------------

def test_owners_vets_and_investigators_unaware_is_double():
    f = site_summary("Methods: Randomised trial in 360 dogs given pimobendan or identical-looking tablets without the "
                     "drug. The trial was blinded: owners, attending veterinarians and investigators were unaware of the "
                     "allocation.").plain()
    assert f["blinding"] == "double"


def test_owners_alone_unaware_is_single():
    f = site_summary("Methods: Randomised trial in 360 dogs given pimobendan or benazepril. Owners were unaware of "
                     "the allocation.").plain()
    assert f["blinding"] == "single"


# --- the trial only a future study could be --------------------------------------------------------------------------

def test_only_a_randomised_trial_could_show_is_no_trial():
    f = site_summary("Methods: Cohort assembled from electronic records of 2,004,692 patients; statin users were "
                     "compared with never-users.",
                     limitations=("Only a long randomised trial could show whether the associations are causal",)).plain()
    assert f["randomized"] is not True
    assert f["design"] == "cohort"


def test_only_the_pharmacist_could_tell_is_this_trial():
    f = site_summary("Methods: Randomised trial of 200 adults given a statin or placebo. Only the pharmacist could tell "
                     "which capsule was which.").plain()
    assert f["randomized"] is True


# --- a placebo tested against nothing ------------------------------------------------------------------------------

def test_review_of_trials_assigning_placebo_or_no_treatment_is_no_treatment():
    f = site_summary("Methods: Systematic review and meta-analysis. The authors identified 130 trials in which patients "
                     "were randomly assigned to a placebo or to no treatment; 114 trials were included.").plain()
    assert f["control"] == "no-treatment"


def test_review_comparing_a_drug_with_placebo_or_no_treatment_is_mixed():
    f = site_summary("Methods: Systematic review and meta-analysis of 114 randomised trials comparing acupuncture "
                     "with placebo or no treatment.").plain()
    assert f["control"] == "unknown"


def test_placebo_arm_measured_against_the_arm_given_nothing_is_no_treatment():
    f = site_summary("Methods: Systematic review and meta-analysis of 114 randomised trials. In each analysis the "
                     "placebo arm was measured against the arm that received nothing.").plain()
    assert f["control"] == "no-treatment"


def test_drug_arm_measured_against_the_placebo_arm_is_placebo():
    f = site_summary("Methods: Systematic review and meta-analysis of 114 randomised trials. In each analysis the "
                     "drug arm was measured against the placebo arm.").plain()
    assert f["control"] == "placebo"


def test_pills_told_to_contain_no_medication_against_nothing_is_no_treatment():
    f = site_summary("Methods: Randomised trial. Eighty adults with IBS took part. Half were given a bottle labelled "
                     "placebo pills and told that the pills contained no medication. The rest got nothing extra: the "
                     "same visits, but no pills and no dummy of any kind.").plain()
    assert f["control"] == "no-treatment"


def test_placebo_pills_against_a_drug_stay_placebo():
    f = site_summary("Methods: Randomised trial. Eighty adults with IBS took part. Half were given peppermint oil "
                     "capsules and half placebo pills; nobody was told which.").plain()
    assert f["control"] == "placebo"
