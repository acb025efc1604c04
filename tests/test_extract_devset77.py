"""Rules found on development set 77 (tests/devset77: gastroenterology and liver disease, terse and abbreviation-heavy),
read by the rules alone: "n = 154, one city" counts though a comma follows it; "1,672 CDAD cases recorded 1994–2004,
each matched to 10 controls" counts both groups; a glued table row "Pts randomised4140" is the arms "41" and "40" the
results rows divide by, and column heads "Donor feces (n = 16)Vancomycin (n = 13)..." add up when nothing else counts;
"Three arms: A; B; or C" lists a trial's active arms; "MA of observational studies" is a meta-analysis; "Caco-2
monolayers", "IEC-6" and biopsies "mounted in microsnapwells" are laboratory work, and "untreated monolayers" its
untreated control; one participant in the header, "followed for 3 yr", is a case report, not a cohort."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a count of n followed by a comma -------------------------------------------------------------------------------

def test_n_equals_followed_by_a_comma_counts():
    f = site_summary("Parallel-group superiority RCT. Adults with fatty liver: lifestyle programme vs usual care, 12 mo.",
                     limitations=("n = 154, one city, Chinese pts only",)).plain()
    assert f["n"] == 154


def test_n_equals_with_a_comma_in_background_does_not_count():
    f = site_summary("Parallel-group superiority RCT. Adults with fatty liver: lifestyle programme vs usual care, 12 mo.",
                     background="An earlier pilot (n = 40, open-label) suggested a benefit.").plain()
    assert f["n"] is None


# --- cases said where they were found, each matched to ten controls -------------------------------------------------

def test_cases_recorded_over_years_each_matched_to_ten_controls():
    f = site_summary("Population-based case-control analysis in a primary-care database. All 1,672 CDAD cases recorded "
                     "1994–2004, each matched to 10 controls (16,720) by calendar time and practice.").plain()
    assert f["n"] == 18392


def test_cases_matched_to_up_to_ten_controls_are_no_count():
    f = site_summary("Population-based case-control analysis in a primary-care database. All 1,672 CDAD cases recorded "
                     "1994–2004, each matched to up to 10 controls by calendar time and practice.").plain()
    assert f["n"] != 18392


# --- a results table whose cells lost their boundaries --------------------------------------------------------------

_GLUED = ("End point (wk 8)FMTPlaceboEffect\nPts randomised4140\n"
          "Primary composite end point11/41 (27%)3/40 (8%)RR 3.6; p = 0.02")


def test_glued_randomised_row_splits_into_the_arms_sizes():
    f = site_summary("Multicentre, double-blind, placebo-controlled RCT of faecal transplant enemas in active UC.",
                     table=_GLUED).plain()
    assert f["n"] == 81


def test_glued_row_that_is_not_the_arms_sizes_stays_one_number():
    f = site_summary("Multicentre, double-blind, placebo-controlled RCT of faecal transplant enemas in active UC.",
                     table=_GLUED.replace("11/41 (27%)3/40", "11/40 (27%)3/41")).plain()
    assert f["n"] == 4140


def test_arm_sizes_in_column_heads_add_up():
    f = site_summary("Open-label RCT of donor feces against vancomycin in recurrent CDI.",
                     table="OutcomeDonor feces (n = 16)Vancomycin (n = 13)Vancomycin + lavage (n = 13)\n"
                           "Cure13/16 (81%)4/13 (31%)3/13 (23%)").plain()
    assert f["n"] == 42


def test_column_heads_with_a_total_column_count_once():
    f = site_summary("Open-label RCT of donor feces against vancomycin in recurrent CDI.",
                     table="OutcomeDonor feces (n = 16)Vancomycin (n = 13)Total (n = 29)\n"
                           "Cure13/16 (81%)4/13 (31%)17/29 (59%)").plain()
    assert f["n"] == 29


# --- a trial's arms listed after "Three arms:" ----------------------------------------------------------------------

def test_three_arms_listed_are_active():
    f = site_summary("Open-label randomised controlled trial. Adults with recurrent CDI. Three arms: vancomycin 500 mg "
                     "qds × 4 days, then lavage, then donor feces; vancomycin 500 mg qds × 14 days; or the same "
                     "vancomycin course with lavage.").plain()
    assert f["control"] == "active"


def test_three_arms_with_a_placebo_are_not_active():
    f = site_summary("Double-blind randomised controlled trial. Adults with IBS. Three arms: rifaximin 550 mg tds; "
                     "rifaximin 275 mg tds; or matching placebo tablets.").plain()
    assert f["control"] == "placebo"


# --- MA, abbreviated ------------------------------------------------------------------------------------------------

def test_ma_of_observational_studies_is_a_meta_analysis():
    f = site_summary("MA of observational studies published 1989–2015: 86 studies from 22 countries.").plain()
    assert f["design"] == "meta-analysis"
    assert f["n_studies"] == 86


def test_ma_as_a_state_is_no_meta_analysis():
    f = site_summary("Prospective cohort of 5,000 adults followed for 10 years at a hospital in Boston, MA. Studies of "
                     "diet were linked.").plain()
    assert f["design"] == "cohort"


# --- cell monolayers and mounted biopsies ---------------------------------------------------------------------------

def test_monolayers_exposed_vs_untreated_monolayers_are_a_cell_experiment():
    f = site_summary("Lab study. Rat IEC-6 and human Caco-2 monolayers exposed to gliadin vs untreated monolayers: "
                     "zonulin in medium, TEER. Ex vivo intestinal biopsies from CeD pts in remission and non-CeD "
                     "subjects mounted in microsnapwells and exposed to gliadin.").plain()
    assert f["species"] == "in-vitro"
    assert f["design"] == "controlled-trial"
    assert f["control"] == "no-treatment"


def test_monolayers_all_exposed_have_no_untreated_control():
    f = site_summary("Lab study. Caco-2 monolayers exposed to gliadin at three concentrations: zonulin in medium, "
                     "TEER.").plain()
    assert f["species"] == "in-vitro"
    assert f["control"] != "no-treatment"


def test_biopsies_taken_at_endoscopy_in_a_trial_are_people():
    f = site_summary("Double-blind randomised controlled trial in 80 adults with coeliac disease; duodenal biopsies "
                     "were taken at endoscopy before and after 12 weeks.").plain()
    assert f["species"] == "human"


# --- one participant followed up ------------------------------------------------------------------------------------

def test_one_participant_followed_for_years_is_a_case_report():
    f = site_summary("32-yr-old woman, rCDI after antibiotics. FMT by colonoscopy from her overweight daughter. Weight "
                     "and BMI followed for 3 yr.", participants="1 participant", duration="36 months").plain()
    assert f["design"] == "case-report"
    assert f["control"] == "none"


def test_many_participants_followed_for_years_stay_a_cohort():
    f = site_summary("Adults after FMT by colonoscopy. Weight and BMI followed for 3 yr.",
                     participants="120 participants", duration="36 months").plain()
    assert f["design"] == "cohort"
