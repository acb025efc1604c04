"""Rules found on development set 79 (tests/devset79: peptides, nootropics, longevity protocols and sports supplements),
read by the rules alone: a results-table column "Whey isolate (randomised, n = 6)" states the design and, with the other
counted arm, the head count (6 + 7); "the other group (CON) kept their usual training and dietary habits" is usual care;
"Neither the subjects nor the investigators knew who was on the peptide" masks two parties; a cohort's "non-runners" are
the unexposed (no-treatment); a "Retrospective pharmacoepidemiologic analysis of ... insurance claims" is a records cohort;
"A broad clinical case mix" and "The trials mixed healthy adults with people diagnosed with insomnia" are mixed people;
"The authors themselves ask for prospective studies" wishes for a study, not this one's timing; "Comparison: progeroid
mice that did not receive the induction" and cultures "exposed to the same insult without creatine" are untreated
comparisons."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- an arm's count in a results-table column -----------------------------------------------------------------------

_COUNTED_ARMS = ("ParameterWhey isolate (randomised, n = 6)Casein (randomised, n = 7)Between groups\n"
                 "Lean mass change (kg)+5.0 ± 0.3+0.8 ± 0.4Favoured whey")


def test_randomised_arms_counted_in_column_names_add_up():
    f = site_summary("Methods: Bodybuilders supplemented their normal diet with 1.5 g/kg/day of either whey isolate or "
                     "casein for 10 weeks.", table=_COUNTED_ARMS).plain()
    assert f["design"] == "rct" and f["randomized"] is True
    assert f["n"] == 13


def test_a_total_column_counts_its_arms_once():
    table = ("ParameterWhey isolate (n = 6)Casein (n = 7)Total (n = 13)\n"
             "Lean mass change (kg)+5.0+0.8+2.7")
    f = site_summary("Methods: Bodybuilders supplemented their normal diet with 1.5 g/kg/day of either whey isolate or "
                     "casein for 10 weeks.", table=table).plain()
    assert f["n"] == 13  # the total column, not 6 + 7 + 13


def test_a_methods_count_outranks_the_column_counts():
    f = site_summary("Methods: 20 bodybuilders supplemented their normal diet with either whey isolate or casein for "
                     "10 weeks.", table=_COUNTED_ARMS).plain()
    assert f["n"] == 20


# --- the other group kept its usual habits --------------------------------------------------------------------------

def test_other_group_with_label_kept_usual_habits_is_usual_care():
    f = site_summary("Methods: Randomised trial. n = 30 trained adults. One group followed a high-protein diet; the "
                     "other group (CON) kept their usual training and dietary habits.").plain()
    assert f["control"] == "usual-care"


def test_both_groups_keeping_their_usual_training_is_not_usual_care():
    f = site_summary("Methods: Randomised trial. n = 30 trained adults took either whey or casein; both groups kept "
                     "their usual training and dietary habits.").plain()
    assert f["control"] != "usual-care"


# --- nobody knew who was on the treatment ---------------------------------------------------------------------------

def test_neither_party_knew_who_was_on_the_peptide_is_double():
    f = site_summary("Methods: 152 adults were randomly assigned to tesamorelin or an identical placebo injection for "
                     "20 weeks. Neither the subjects nor the investigators knew who was on the peptide.").plain()
    assert f["blinding"] == "double"


def test_neither_knew_who_was_on_call_is_not_masking():
    f = site_summary("Methods: 152 adults were randomly assigned to tesamorelin or an identical placebo injection for "
                     "20 weeks. Neither the nurses nor the doctors knew who was on call at night.").plain()
    assert f["blinding"] == "unknown"


# --- non-runners ----------------------------------------------------------------------------------------------------

def test_runners_compared_with_non_runners_is_no_treatment():
    f = site_summary("Methods: Prospective cohort study of 55,000 adults. Runners were compared with non-runners for "
                     "all-cause mortality.").plain()
    assert f["control"] == "no-treatment"


def test_responders_compared_with_non_responders_is_not_untreated():
    f = site_summary("Methods: Prospective cohort study of 550 adults given the drug. Responders were compared with "
                     "non-responders for baseline traits.").plain()
    assert f["control"] != "no-treatment"


# --- a retrospective analysis of insurance claims -------------------------------------------------------------------

def test_retrospective_analysis_of_insurance_claims_is_a_cohort():
    f = site_summary("Methods: Retrospective pharmacoepidemiologic analysis of MarketScan insurance claims covering "
                     "7.23 million individuals. Sildenafil users were compared with matched non-users.").plain()
    assert f["design"] == "cohort" and f["timing"] == "retrospective"
    assert f["control"] == "no-treatment"


def test_retrospective_case_control_study_using_claims_stays_case_control():
    f = site_summary("Methods: A retrospective case-control study using Medicaid claims records. Cases were 1,021 "
                     "patients with hip fracture; 5,606 controls were matched on age and sex.").plain()
    assert f["design"] == "case-control"


# --- a broad clinical case mix --------------------------------------------------------------------------------------

def test_broad_clinical_case_mix_is_heterogeneous():
    f = site_summary("Methods: Retrospective cohort of 122,007 patients referred for treadmill testing.",
                     limitations=("A broad clinical case mix — everyone referred for a treadmill test, healthy or not",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_clinical_case_mix_adjustment_is_not_heterogeneity():
    f = site_summary("Methods: Retrospective cohort of 122,007 patients referred for treadmill testing.",
                     limitations=("Clinical case mix adjustment used only age and sex",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- trials that mixed kinds of people ------------------------------------------------------------------------------

def test_trials_mixed_healthy_adults_with_people_with_insomnia_is_heterogeneous():
    f = site_summary("Methods: Systematic review and meta-analysis of five randomised placebo-controlled trials of "
                     "ashwagandha for sleep.",
                     limitations=("The trials mixed healthy adults with people diagnosed with insomnia",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_powder_mixed_with_water_is_not_heterogeneity():
    f = site_summary("Methods: Systematic review and meta-analysis of five randomised placebo-controlled trials of "
                     "ashwagandha for sleep.",
                     limitations=("In two trials the participants mixed the powder with water or milk",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- prospective studies asked for ----------------------------------------------------------------------------------

def test_authors_asking_for_prospective_studies_leave_timing_unknown():
    f = site_summary("Methods: Case-control study. 54 patients with Alzheimer's disease and 54 controls reported "
                     "their caffeine intake.",
                     limitations=("The authors themselves ask for prospective studies to confirm the finding",)).plain()
    assert f["timing"] == "unknown"


def test_participants_asked_for_samples_in_a_prospective_study_stay_prospective():
    f = site_summary("Methods: Prospective case-control study. 54 patients and 54 controls were asked for stool "
                     "samples at enrolment.").plain()
    assert f["timing"] == "prospective"


# --- the comparison, after a colon, that did not receive it ---------------------------------------------------------

def test_comparison_mice_that_did_not_receive_the_induction_are_untreated():
    f = site_summary("Methods: Progeroid mice carrying an inducible cassette received cyclic induction for life. "
                     "Comparison: progeroid mice that did not receive the induction.").plain()
    assert f["control"] == "no-treatment"


def test_comparison_mice_that_did_not_develop_tumours_are_no_untreated_arm():
    f = site_summary("Methods: Progeroid mice carrying an inducible cassette received cyclic induction for life. "
                     "Comparison: progeroid mice that did not develop tumours were set against those that did.").plain()
    assert f["control"] != "no-treatment"


# --- cultures given the same insult without the compound ------------------------------------------------------------

def test_cultures_exposed_to_the_same_insult_without_the_compound_are_untreated():
    f = site_summary("Methods: Serum-free cultures of rat hippocampal neurons. Creatine was added to the medium before "
                     "the glutamate insult; cultures exposed to the same insult without creatine served as comparison.").plain()
    assert f["control"] == "no-treatment" and f["design"] == "controlled-trial"


def test_cultures_exposed_to_the_same_insult_with_vehicle_are_not_untreated():
    f = site_summary("Methods: Serum-free cultures of rat hippocampal neurons. Creatine was added to the medium before "
                     "the glutamate insult; cultures exposed to the same insult with the vehicle served as comparison.").plain()
    assert f["control"] != "no-treatment"
