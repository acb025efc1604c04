"""Rules found on development set 78 (tests/devset78: orthopaedics, physiotherapy and sports injuries), read by the
rules alone: a "participant- and assessor-blinded" trial masks two parties; "flat insoles made of the same material and
looking the same" are a sham device (placebo); "Everyone, operated or not, received the same optimised ... therapy" is
the trial's own programme under both arms (active); assessors who "did not know who had been operated on" are masked;
"The control teams (481 players) simply carried on with their usual training" is usual care; a cohort whose "braced and
unbraced skiers were compared" has an untreated comparison; "as knees given the patient's own patellar tendon" names a
comparator treatment (active, weakly); "The authors describe a single player: a 19-year-old college football player" is
a case report of a person; "(I² around 80%)" states I²; "The overall pooled estimate was heterogeneous" is statistical,
not people; "Most included studies were case series and cohorts; few were randomised" is a review of mixed designs;
"or of the control buffer" is a vehicle (placebo); "Cases were all people with ...: 1,367 people" counts the cases;
"Forty-three elbows received ... Forty-one received ... Forty had ..." adds the arms of an allocation."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- two parties before one blinding word ---------------------------------------------------------------------------

def test_participant_and_assessor_blinded_is_double():
    f = site_summary("Methods: Randomised, participant- and assessor-blinded trial with n = 200 people with knee "
                     "osteoarthritis.").plain()
    assert f["blinding"] == "double"


def test_assessor_blinded_alone_is_single():
    f = site_summary("Methods: Randomised, assessor-blinded trial with n = 200 people with knee osteoarthritis.").plain()
    assert f["blinding"] == "single"


# --- a sham device matched in make and look -------------------------------------------------------------------------

def test_insoles_of_the_same_material_and_look_are_placebo():
    f = site_summary("Methods: Randomised trial in 200 people with knee osteoarthritis. One group wore lateral wedge "
                     "insoles. The other group wore flat insoles made of the same material and looking the same.").plain()
    assert f["control"] == "placebo"


def test_insoles_of_the_same_material_with_another_wedge_are_not_placebo():
    f = site_summary("Methods: Randomised trial in 200 people with knee osteoarthritis. One group wore lateral wedge "
                     "insoles. The other group wore insoles made of the same material but with a medial wedge.").plain()
    assert f["control"] != "placebo"


# --- the trial's own programme under both arms ----------------------------------------------------------------------

def test_everyone_operated_or_not_received_the_same_therapy_is_active():
    f = site_summary("Methods: Randomised trial in 178 patients with knee osteoarthritis. Ninety-two knees had "
                     "arthroscopic debridement. Eighty-six knees did not. Everyone, operated or not, received the same "
                     "optimised physical and medical therapy for 12 weeks.").plain()
    assert f["control"] == "active"


def test_everyone_received_the_same_usual_care_is_not_active():
    f = site_summary("Methods: Randomised trial in 178 patients with knee osteoarthritis. Ninety-two knees had "
                     "arthroscopic debridement. Eighty-six knees did not. Everyone received the same usual care "
                     "from their own doctor.").plain()
    assert f["control"] != "active"


# --- assessors who did not know who had been operated on ------------------------------------------------------------

def test_assessors_who_did_not_know_who_had_been_operated_on_are_single():
    f = site_summary("Methods: Randomised trial in 178 patients. The assessors who scored the questionnaires did not "
                     "know who had been operated on; the patients did.").plain()
    assert f["blinding"] == "single"


def test_assessors_who_knew_who_had_been_operated_on_are_not_masked():
    f = site_summary("Methods: Randomised trial in 178 patients. The assessors who scored the questionnaires knew who "
                     "had been operated on.").plain()
    assert f["blinding"] not in ("single", "double")


# --- control teams that carried on as usual -------------------------------------------------------------------------

def test_control_teams_carrying_on_with_usual_training_are_usual_care():
    f = site_summary("Methods: Cluster-randomised trial in 50 football teams. In the intervention teams (461 players) "
                     "the coach ran a Nordic hamstring programme. The control teams (481 players) simply carried on "
                     "with their usual training.").plain()
    assert f["control"] == "usual-care"


def test_all_teams_carrying_on_with_usual_training_is_not_usual_care():
    f = site_summary("Methods: Cluster-randomised trial in 50 football teams. In the intervention teams (461 players) "
                     "the coach added a Nordic hamstring programme to the warm-up. All teams carried on with their "
                     "usual training.").plain()
    assert f["control"] != "usual-care"


# --- braced and unbraced ----------------------------------------------------------------------------------------------

def test_cohort_of_braced_and_unbraced_skiers_is_no_treatment():
    f = site_summary("Methods: Cohort study of 180 professional skiers with an ACL-deficient knee. Subsequent knee "
                     "injuries were recorded, and braced and unbraced skiers were compared.").plain()
    assert f["control"] == "no-treatment"


def test_adjusted_and_unadjusted_ratios_are_no_comparison_group():
    f = site_summary("Methods: Cohort study of 180 professional skiers with an ACL-deficient knee. Adjusted and "
                     "unadjusted odds ratios were calculated for each level of knee laxity.").plain()
    assert f["control"] != "no-treatment"


# --- a comparator named by the treatment it was given ---------------------------------------------------------------

def test_as_knees_given_another_graft_is_active():
    f = site_summary("Methods: Retrospective registry cohort of 9,817 ACL reconstructions. Knees reconstructed with "
                     "donor tissue were three times as likely to need a revision as knees given the patient's own "
                     "patellar tendon.").plain()
    assert f["control"] == "active"


def test_than_those_given_nothing_is_not_active():
    f = site_summary("Methods: Retrospective registry cohort of 9,817 knees. Knees given an injection were three "
                     "times as likely to need surgery as knees given nothing.").plain()
    assert f["control"] != "active"


# --- one athlete described --------------------------------------------------------------------------------------------

def test_authors_describe_a_single_football_player_is_a_case_report():
    f = site_summary("Methods: The authors describe a single player: a 19-year-old college football player who took "
                     "a blow to the head and collapsed after a second impact.", limitations=("One player",)).plain()
    assert f["design"] == "case-report"
    assert f["species"] == "human"
    assert f["n"] == 1


def test_authors_describe_a_technique_is_no_case_report():
    f = site_summary("Methods: The authors describe a new technique of tendon repair and its results in 49 "
                     "patients.").plain()
    assert f["design"] != "case-report"


def test_a_key_player_is_no_person():
    f = site_summary("Methods: Mice lacking the receptor were compared with wild-type mice. The receptor is a key "
                     "player in tendon healing.").plain()
    assert f["species"] != "human"


# --- I² around a value ------------------------------------------------------------------------------------------------

def test_i2_around_a_percentage_is_read():
    f = site_summary("Methods: Systematic review and meta-analysis of 25 randomised trials with 26,610 participants.",
                     limitations=("The overall pooled estimate was heterogeneous (I² around 80%)",)).plain()
    assert f["i2"] == 80


def test_i2_around_a_fraction_is_not_read():
    f = site_summary("Methods: Systematic review and meta-analysis of 25 randomised trials with 26,610 participants.",
                     limitations=("The overall pooled estimate was heterogeneous (I² around 0.8)",)).plain()
    assert f["i2"] is None


# --- a heterogeneous estimate -----------------------------------------------------------------------------------------

def test_heterogeneous_pooled_estimate_says_nothing_of_people():
    f = site_summary("Methods: Systematic review and meta-analysis of 25 randomised trials with 26,610 participants.",
                     limitations=("The overall pooled estimate was heterogeneous",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_heterogeneous_participants_are_heterogeneous():
    f = site_summary("Methods: Systematic review and meta-analysis of 25 randomised trials with 26,610 participants.",
                     limitations=("The participants were heterogeneous",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


# --- a review of mostly non-randomised studies ------------------------------------------------------------------------

def test_mostly_case_series_few_randomised_is_not_randomised():
    f = site_summary("Methods: Systematic review with meta-analysis of proportions. 69 articles with 7,556 "
                     "participants were included.",
                     limitations=("Most included studies were case series and cohorts; few were randomised",)).plain()
    assert f["randomized"] is False


def test_randomised_trials_few_blinded_stay_randomised():
    f = site_summary("Methods: Systematic review and meta-analysis of 25 randomised trials with 26,610 participants.",
                     limitations=("Most included trials were small; few were blinded",)).plain()
    assert f["randomized"] is True


# --- the control buffer -----------------------------------------------------------------------------------------------

def test_or_of_the_control_buffer_is_placebo():
    f = site_summary("Methods: Randomised experiments in 296 rats. The rats were randomly allocated to an injection "
                     "of platelet concentrate or of the control buffer.", compounds="Platelet concentrate").plain()
    assert f["control"] == "placebo"


def test_samples_kept_in_a_control_buffer_are_no_placebo():
    f = site_summary("Methods: Randomised experiments in 296 rats. The rats were randomly allocated to an injection "
                     "of platelet concentrate or no injection; tendons were stored in the control buffer.",
                     compounds="Platelet concentrate").plain()
    assert f["control"] != "placebo"


# --- the cases counted after a colon ----------------------------------------------------------------------------------

def test_cases_counted_after_a_colon_add_to_the_controls():
    f = site_summary("Methods: Population-based case-control study in a general practice database. Cases were all "
                     "people with a first recorded Achilles tendon rupture: 1,367 people. Controls were 50,000 people "
                     "randomly sampled from the same database.").plain()
    assert f["n"] == 51367


def test_cases_from_places_after_a_colon_are_no_count_of_people():
    f = site_summary("Methods: Population-based case-control study. Cases were drawn from three regions: 12 hospitals "
                     "took part. Controls were 50,000 people randomly sampled from the same database.").plain()
    assert f["n"] != 50012


# --- arms counted sentence by sentence --------------------------------------------------------------------------------

def test_arms_counted_in_sentences_of_their_own_add_up():
    f = site_summary("Methods: Randomised, double-blind, placebo-controlled trial with a 2 × 2 factorial design. "
                     "Forty-three elbows received a corticosteroid injection alone. Forty-one received an injection of "
                     "saline alone. Forty had the corticosteroid injection followed by physiotherapy. Forty-one had the "
                     "saline injection followed by the same physiotherapy.").plain()
    assert f["n"] == 165


def test_outcomes_counted_sentence_by_sentence_without_allocation_do_not_add_up():
    f = site_summary("Methods: Retrospective case series. Forty-three patients had a tendon repair. Twelve had a "
                     "re-rupture within a year.").plain()
    assert f["n"] == 43
