"""Rules found on development set 73 (tests/devset73: paediatrics and neonatology), read by the rules alone: "Two
consecutive open-label randomised controlled studies" report the study's own twin trials; "the comparison babies simply
had nothing" is untreated, and so are "the other ... pups were given no bifidobacteria"; "assigned to a lower target
range ... or a higher one" compares regimens (active), as "comparing delayed clamping ... with early clamping" does;
"neither the nursing staff nor the families could tell which range" masks two parties; assessors who "were not told"
after "Families ... knew which group" make an open trial PROBE (single); "1609 babies ... 1602 babies were looked after
as usual" and "153 three-year-olds and 144 eight- and nine-year-olds" add up; "Mothers of 185 babies who had died ...,
as were the mothers of 312 control babies chosen at random from birth records" counts cases and controls; "A
six-month-old girl" is a case report; "The report does not say whether pups were randomised" leaves allocation
unknown; rat pups "kept away from their mothers" name no people; "160 classmates who had been born at full term" are
a preterm cohort's unexposed comparison."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- two consecutive trials in one report ---------------------------------------------------------------------------

def test_two_consecutive_randomised_studies_are_the_study():
    f = site_summary("Two consecutive open-label randomised controlled studies, one for the primary course and one for "
                     "the booster, in ten centres. 226 babies were given paracetamol; the other 233 babies had none.").plain()
    assert f["design"] == "rct" and f["randomized"] is True


def test_two_earlier_randomised_trials_are_other_studies():
    f = site_summary("Two earlier randomised controlled trials had suggested benefit. We followed 300 babies in a "
                     "prospective cohort.").plain()
    assert f["design"] == "cohort" and f["randomized"] is False


# --- the comparison had nothing -------------------------------------------------------------------------------------

def test_comparison_babies_had_nothing_is_untreated():
    f = site_summary("Open-label randomised trial. 226 babies were given paracetamol after each vaccination.",
                     limitations=("No placebo — the comparison babies simply had nothing",)).plain()
    assert f["control"] == "no-treatment"


def test_had_nothing_to_do_with_is_no_arm():
    f = site_summary("Open-label randomised trial. 226 babies were given paracetamol after each vaccination.",
                     limitations=("The fevers in the other babies had nothing to do with the vaccine",)).plain()
    assert f["control"] != "no-treatment"


def test_other_pups_given_no_product_are_untreated():
    f = site_summary("Rat pups were hand-fed formula. One group of pups had Bifidobacterium infantis added to their "
                     "formula; the other formula-fed, stressed pups were given no bifidobacteria.").plain()
    assert f["control"] == "no-treatment"


def test_other_pups_given_no_more_than_a_dose_are_not_untreated():
    f = site_summary("Rat pups were hand-fed formula. One group of pups had 10 mg of the drug; the other pups were "
                     "given no more than 1 mg.").plain()
    assert f["control"] != "no-treatment"


# --- two targets, two timings ---------------------------------------------------------------------------------------

def test_lower_or_higher_target_range_is_active():
    f = site_summary("Randomised trial. Babies were assigned to a lower target range (85–89%) or a higher one "
                     "(91–95%) from birth.").plain()
    assert f["control"] == "active"


def test_lower_target_or_placebo_is_not_a_regimen_comparison():
    f = site_summary("Randomised trial. Babies were assigned to a lower target range (85–89%) or to placebo.").plain()
    assert f["control"] == "placebo"


def test_delayed_with_early_clamping_is_active():
    f = site_summary("Systematic review and meta-analysis of randomised controlled trials comparing delayed clamping "
                     "(at least 30 seconds) with early clamping in preterm babies. 18 trials were included.").plain()
    assert f["control"] == "active"


def test_early_deaths_with_late_deaths_is_no_comparison_of_arms():
    f = site_summary("Prospective cohort of 300 preterm babies. We compared early deaths with late deaths.").plain()
    assert f["control"] != "active"


# --- masking said without "blind" -----------------------------------------------------------------------------------

def test_neither_staff_nor_families_could_tell_which_range_is_double():
    f = site_summary("Randomised trial. The oximeters were offset so that neither the nursing staff nor the families "
                     "could tell which range a baby was really being kept in.").plain()
    assert f["blinding"] == "double"


def test_neither_staff_nor_families_could_tell_the_time_is_unknown():
    f = site_summary("Randomised trial. Neither the nursing staff nor the families could tell the time of the next "
                     "feed.").plain()
    assert f["blinding"] == "unknown"


def test_examiners_not_told_after_families_knew_is_single():
    f = site_summary("Randomised controlled trial. Families and the clinical teams knew which group a baby was in; "
                     "the paediatricians and psychologists who examined the children at 18 months were not told.").plain()
    assert f["blinding"] == "single"


def test_not_told_about_the_risks_is_no_masking():
    f = site_summary("Randomised controlled trial. Families and the clinical teams knew which group a baby was in; "
                     "the parents were not told about the risks of cooling.").plain()
    assert f["blinding"] == "open"


# --- counts ---------------------------------------------------------------------------------------------------------

def test_babies_and_babies_looked_after_as_usual_add_up():
    f = site_summary("Randomised controlled trial. 1609 babies went with their mothers into a mother–newborn care unit. "
                     "1602 babies were looked after as usual in the neonatal intensive care unit.").plain()
    assert f["n"] == 3211


def test_babies_and_mothers_in_the_next_sentence_do_not_add_up():
    f = site_summary("Randomised controlled trial. 1609 babies went with their mothers into a mother–newborn care unit. "
                     "1602 mothers were looked after as usual on the postnatal ward.").plain()
    assert f["n"] != 3211


def test_children_named_by_their_age_add_up():
    f = site_summary("Randomised, double-blind, placebo-controlled crossover trial. Children from the community: 153 "
                     "three-year-olds and 144 eight- and nine-year-olds.").plain()
    assert f["n"] == 297


def test_cases_who_had_died_and_controls_from_birth_records_add_up():
    f = site_summary("Population-based case-control study. Mothers of 185 babies who had died of SIDS were interviewed "
                     "at home, as were the mothers of 312 control babies chosen at random from birth records.").plain()
    assert f["n"] == 497


def test_records_screened_are_no_count():
    f = site_summary("Retrospective cohort. We screened 1,200 patient records; 300 patients were included.").plain()
    assert f["n"] == 300


# --- one infant -----------------------------------------------------------------------------------------------------

def test_six_month_old_girl_is_a_case_report():
    f = site_summary("A six-month-old girl was brought to a children's hospital with fever and a rash. She was given "
                     "intravenous immunoglobulin.", participants="1 participant").plain()
    assert f["design"] == "case-report" and f["control"] == "none"


def test_six_month_old_girls_in_a_trial_are_no_case_report():
    f = site_summary("Randomised controlled trial of 200 six-month-old girls given iron or placebo.").plain()
    assert f["design"] == "rct"


# --- a rat experiment -----------------------------------------------------------------------------------------------

def test_report_does_not_say_whether_pups_were_randomised_is_unknown():
    f = site_summary("Rat pups were hand-fed formula and stressed.",
                     limitations=("The report does not say whether pups were randomised to groups",)).plain()
    assert f["randomized"] is None and f["design"] != "rct"


def test_pups_were_randomised_is_randomised():
    f = site_summary("Rat pups were hand-fed formula and stressed.",
                     limitations=("Pups were randomised to groups by litter",)).plain()
    assert f["randomized"] is True


def test_pups_kept_from_their_mothers_are_animals():
    f = site_summary("Rat pups were delivered by caesarean section and kept away from their mothers. A further group "
                     "stayed with their mothers and suckled.").plain()
    assert f["species"] == "animal"


def test_mothers_of_a_human_study_are_people():
    f = site_summary("Mothers were interviewed at home about their babies' sleep.").plain()
    assert f["species"] == "human"


# --- term-born classmates -------------------------------------------------------------------------------------------

def test_classmates_born_at_term_are_an_unexposed_comparison():
    f = site_summary("Prospective national cohort followed from birth. 241 of the surviving children were assessed. "
                     "For comparison, 160 classmates who had been born at full term were tested in the same way.").plain()
    assert f["control"] == "no-treatment"


def test_classmates_born_at_term_excluded_are_no_comparison():
    f = site_summary("Prospective national cohort followed from birth. 241 of the surviving children were assessed. "
                     "Classmates who had been born at full term were not studied.").plain()
    assert f["control"] != "no-treatment"
