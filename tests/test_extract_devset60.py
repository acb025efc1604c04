"""Rules found on development set 60 (tests/devset60: digital health, behavioural programmes, screen light), read by the
rules alone: an eye that "seems blind in the dark" has lost sight, it was not masked; "661W cells, a mouse cone
photoreceptor-derived line" are a cell line (in-vitro); "The population differed widely" is a mixed population, and "The 80
reviews were heterogeneous" speaks of an umbrella review's reviews, not people; underlying studies that "mixed randomised
trials, observational designs and ..." are of mixed design (not randomised evidence); one participant and no design named
is a case report; clusters "carrying on with usual practice" had usual care; a school "which did not take part in it ...
served as the comparison" is untreated; users "matched ... to members who did not use the portal" have an unexposed
comparison; "44,321 members and the non-users' cohort another 44,321" counts both groups; mice compared "than mice on a
standard light-dark cycle" are the untreated group of a light experiment."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- blind as loss of sight ---------------------------------------------------------------------------------------

def test_eye_that_seems_blind_in_the_dark_is_no_masking():
    f = site_summary("Two patients referred to a neuro-ophthalmology clinic are described.",
                     significance="The affected eye is light-adapted and seems blind in the dark compared with the "
                                  "dark-adapted partner eye.", participants="2 participants")
    assert f.plain()["blinding"] == "unknown"


def test_assessors_blind_to_allocation_are_still_masked():
    f = site_summary("Randomised trial of 120 adults. Outcome assessors were blind to allocation.")
    assert f.plain()["blinding"] == "single"


# --- a cell line named by its source ------------------------------------------------------------------------------

def test_photoreceptor_derived_line_is_in_vitro():
    f = site_summary("661W cells, a mouse cone photoreceptor-derived line, were exposed to blue or green LED light for "
                     "24 hours; control cells were kept in the dark.")
    assert f.plain()["species"] == "in-vitro"


def test_transgenic_mouse_line_stays_animal():
    f = site_summary("Mice of a transgenic mouse line were exposed to blue or green LED light for 24 hours; control "
                     "mice were kept in the dark.")
    assert f.plain()["species"] == "animal"


# --- one population that differed widely --------------------------------------------------------------------------

def test_population_differed_widely_is_heterogeneous():
    f = site_summary("A pragmatic, cluster-randomised trial of telehealth in 3,230 adults.",
                     limitations=("The population differed widely, combining three conditions of differing severity",))
    assert f.plain()["heterogeneity"] == "heterogeneous"


def test_dose_differed_widely_says_nothing_of_people():
    f = site_summary("A pragmatic, cluster-randomised trial of telehealth in 3,230 adults.",
                     limitations=("The dose of telehealth differed widely between practices",))
    assert f.plain()["heterogeneity"] == "unknown"


# --- heterogeneous reviews ----------------------------------------------------------------------------------------

_UMBRELLA = "A systematic review of reviews (an umbrella review); 80 systematic reviews were included."


def test_heterogeneous_reviews_say_nothing_of_people():
    f = site_summary(_UMBRELLA, limitations=("The 80 reviews were heterogeneous in scope, methods and quality",))
    assert f.plain()["heterogeneity"] == "unknown"


def test_heterogeneous_patients_in_an_umbrella_review_still_count():
    f = site_summary(_UMBRELLA, limitations=("Patients were heterogeneous in age and severity",))
    assert f.plain()["heterogeneity"] == "heterogeneous"


# --- studies that mixed randomised and observational designs ------------------------------------------------------

def test_underlying_studies_mixed_randomised_and_observational_is_not_randomised():
    f = site_summary(_UMBRELLA + " Their underlying studies mixed randomised trials, observational designs and "
                     "before-and-after evaluations.")
    assert f.plain()["randomized"] is False


def test_randomised_trials_that_mixed_two_programmes_stay_randomised():
    f = site_summary("Systematic review and meta-analysis of 12 randomised trials, whose programmes mixed supervised "
                     "and home-based exercise.")
    assert f.plain()["randomized"] is True


# --- one participant, no design named -----------------------------------------------------------------------------

_BEDSIDE = ("A patient with an implanted defibrillator agreed to a bedside test: the phone was brought close to the "
            "device while it was monitored.")


def test_one_participant_without_a_design_is_a_case_report():
    f = site_summary(_BEDSIDE, participants="1 participants").plain()
    assert (f["design"], f["randomized"], f["control"]) == ("case-report", False, "none")


def test_several_participants_without_a_design_are_no_case_report():
    f = site_summary(_BEDSIDE, participants="12 participants").plain()
    assert f["design"] != "case-report"


# --- carrying on with usual practice ------------------------------------------------------------------------------

def test_clusters_carrying_on_with_usual_practice_are_usual_care():
    f = site_summary("Cluster-randomised trial. 37 clusters took part, 19 of them (77 people) receiving the "
                     "intervention and 18 (69 people) carrying on with usual practice.")
    assert f.plain()["control"] == "usual-care"


def test_desks_installed_as_part_of_usual_practice_name_no_comparator():
    f = site_summary("Cluster-randomised trial in 37 clusters. Desks were installed as part of usual practice in "
                     "every office.")
    assert f.plain()["control"] != "usual-care"


# --- a school which did not take part ------------------------------------------------------------------------------

def test_school_which_did_not_take_part_served_as_comparison_is_untreated():
    f = site_summary("A quasi-experimental, controlled before-and-after pilot in two primary schools; one school "
                     "introduced the programme, and the other, which did not take part in it and added no other "
                     "activity, served as the comparison.")
    assert f.plain()["control"] == "no-treatment"


def test_placebo_which_did_not_contain_the_drug_stays_placebo():
    f = site_summary("Controlled trial in 60 adults. Placebo capsules, which did not contain caffeine, served as the "
                     "control.")
    assert f.plain()["control"] == "placebo"


# --- users matched to members who did not use it ------------------------------------------------------------------

_PORTAL = "A retrospective cohort study using electronic records of health-plan members. "


def test_users_matched_to_members_who_did_not_use_are_untreated():
    f = site_summary(_PORTAL + "Portal users were matched by propensity score (age, sex, prior utilisation) to "
                               "members who did not use the portal.")
    assert f.plain()["control"] == "no-treatment"


def test_users_matched_to_members_who_used_it_less_are_no_untreated_group():
    f = site_summary(_PORTAL + "Frequent portal users were matched by propensity score (age, sex) to members who "
                               "used the portal less often.")
    assert f.plain()["control"] != "no-treatment"


# --- another N ----------------------------------------------------------------------------------------------------

def test_another_n_after_a_counted_cohort_adds_up():
    f = site_summary(_PORTAL + "After matching, the users' cohort comprised 44,321 members and the non-users' cohort "
                               "another 44,321.")
    assert f.plain()["n"] == 88642


def test_another_n_with_a_verb_of_its_own_is_not_added():
    f = site_summary(_PORTAL + "The cohort comprised 44,321 members and, during follow-up, another 1,200 left the "
                               "health plan.")
    assert f.plain()["n"] == 44321


# --- animals on a standard light-dark cycle ------------------------------------------------------------------------

def test_mice_on_a_standard_light_dark_cycle_are_untreated():
    f = site_summary("Male mice exposed to dim light at night gained more weight than mice on a standard light-dark "
                     "cycle.")
    assert f.plain()["control"] == "no-treatment"


def test_mice_housed_under_a_standard_cycle_given_vehicle_are_placebo():
    f = site_summary("Mice were housed under a standard 12:12 light-dark cycle and injected with melatonin or "
                     "vehicle for 8 weeks.")
    assert f.plain()["control"] == "placebo"


# --- designs a review left out ----------------------------------------------------------------------------------------

def test_observational_studies_excluded_leave_a_review_of_randomised_trials():
    for methods in ("Systematic review and meta-analysis of 12 randomised trials; observational studies were excluded.",
                    "Meta-analysis of 12 randomised trials (observational studies excluded), 3,400 participants."):
        assert site_summary("Methods: " + methods).plain()["randomized"] is True


def test_observational_studies_pooled_beside_trials_are_mixed_evidence():
    f = site_summary("Methods: Meta-analysis of 9 randomised trials and 6 observational studies; 3 cohort studies "
                     "were excluded for missing data.").plain()
    assert f["randomized"] is False
