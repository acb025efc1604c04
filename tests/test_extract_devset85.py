"""Rules found on development set 85 (tests/devset85: health services research and quality improvement, written by a
hospital quality officer), read by the rules alone: hospitals that "continued functioning as usual", clusters that
"continued their usual perioperative practice" and control hospitals that "carried on with their standard surgical
practice" (after "that did not adopt it") give usual care; "its own pre-implementation baseline" and "patients from the
pre-implementation period" are historical controls; "None of the included studies was randomised" denies randomisation;
"allocated to a nurse practitioner clinic or to one of four physician clinics" sets two services of the same kind against
each other (active); "Cases: n = 54 ... Controls: n = 235" adds the two groups; "recruited: 148 in intervention pharmacies
and 155 in wait-list pharmacies" adds the groups after the colon; "one in four users" is a proportion, not a count;
"2,212 procedures ... and 2,263 procedures" count the patients operated on; "patient numbers for the control hospitals
are not given" leaves n unknown; "Of 207 studies identified, 7 ..." counts the search, not the included studies; one
patient's "medical record" does not make a case report retrospective; "Restricted to male C57BL/6J mice" is a uniform
sample; keyboards "inoculated with" bacteria are bench work (in-vitro)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- services that went on as before: usual care ---------------------------------------------------------------------------

def test_hospitals_that_continued_functioning_as_usual_are_usual_care():
    f = site_summary("Twenty-three hospitals took part. Twelve introduced a medical emergency team; eleven continued "
                     "functioning as usual, with their existing cardiac arrest arrangements.",
                     limitations=("As a cluster-randomised trial of only 23 hospitals, it had little power",)).plain()
    assert f["control"] == "usual-care"


def test_people_who_carried_on_as_usual_went_untreated():
    f = site_summary("Randomised trial. One group took a daily walk; the other group carried on as usual.").plain()
    assert f["control"] == "no-treatment"


def test_clusters_continuing_their_usual_named_practice_are_usual_care():
    f = site_summary("Stepped-wedge cluster randomised trial. Clusters not yet on the checklist continued their usual "
                     "perioperative practice and formed the control stages.").plain()
    assert f["control"] == "usual-care"


def test_continuing_the_intervention_as_routine_practice_is_no_comparator():
    f = site_summary("Stepped-wedge cluster randomised trial. After the study all wards continued the checklist as "
                     "routine practice.").plain()
    assert f["control"] != "usual-care"


def test_control_hospitals_that_did_not_adopt_it_and_kept_standard_practice_are_usual_care():
    f = site_summary("Controlled before-and-after study. Six hospitals introduced the checklist; five control hospitals "
                     "that did not adopt it carried on with their standard surgical practice. Allocation was not "
                     "randomised.").plain()
    assert f["control"] == "usual-care"


def test_a_negated_standard_practice_is_still_denied():
    f = site_summary("Controlled before-and-after study. The control hospitals did not carry on with their standard "
                     "surgical practice during the study.").plain()
    assert f["control"] != "usual-care"


# --- the pre-implementation period: historical controls --------------------------------------------------------------------

def test_rates_compared_with_the_units_own_pre_implementation_baseline_are_historical():
    f = site_summary("Prospective collaborative cohort study. Each ICU's rates after implementation were compared with "
                     "its own pre-implementation baseline; there were no concurrent comparison ICUs.",
                     limitations=("No concurrent control group: the comparison is with each unit's pre-implementation "
                                  "period",)).plain()
    assert f["control"] == "historical"


def test_pre_implementation_period_in_background_decides_nothing():
    f = site_summary("Prospective cohort study of ICU patients given the bundle; infection rates were followed for 18 "
                     "months.", background="Earlier reports compared rates with the pre-implementation period.").plain()
    assert f["control"] != "historical"


def test_review_of_before_and_after_studies_has_a_historical_comparison():
    f = site_summary("Systematic review and meta-analysis. Every included study compared patients operated on after "
                     "the checklist was introduced with patients from the pre-implementation period.",
                     title="Safety Checklists: A Systematic Review and Meta-Analysis").plain()
    assert f["control"] == "historical"


# --- none of the included studies was randomised ---------------------------------------------------------------------------

def test_none_of_the_included_studies_was_randomised_is_not_randomised():
    f = site_summary("Meta-analysis of before-and-after studies of surgical checklists.",
                     title="Safety Checklists: A Systematic Review and Meta-Analysis",
                     limitations=("None of the included studies was randomised; all were before-and-after comparisons",
                                  )).plain()
    assert f["randomized"] is False


def test_none_of_the_patients_in_a_randomised_trial_withdrew_is_still_randomised():
    f = site_summary("Randomised, double-blind trial in 120 adults. None of the patients withdrew.").plain()
    assert f["randomized"] is True


# --- two services of one kind: active comparator ---------------------------------------------------------------------------

def test_allocated_to_one_clinic_or_to_another_kind_of_clinic_is_active():
    f = site_summary("Adults were allocated to a nurse practitioner clinic (7 nurse practitioners) or to one of four "
                     "physician clinics (17 physicians).", title="Nurse Practitioners or Physicians: A Randomized Trial"
                     ).plain()
    assert f["control"] == "active"


def test_allocated_to_one_group_or_to_the_other_group_names_no_comparator():
    f = site_summary("Adults were allocated to the first group (60 adults) or to the other group (60 adults).",
                     title="A Randomized Trial").plain()
    assert f["control"] != "active"


def test_allocated_to_a_clinic_or_to_a_usual_care_clinic_is_not_active():
    f = site_summary("Adults were allocated to a nurse-led clinic or to a usual-care clinic.",
                     title="A Randomized Trial").plain()
    assert f["control"] == "usual-care"


# --- counts: cases and controls after "n =", groups after a colon, proportions, procedures ---------------------------------

def test_cases_and_controls_counted_after_n_equals_add_up():
    f = site_summary("Case-control study. Cases: n = 54 patients with 61 retained items. Controls: n = 235 patients, "
                     "about four per case.").plain()
    assert f["n"] == 289


def test_cases_alone_counted_after_n_equals_is_no_total():
    f = site_summary("Case-control study. Cases: n = 54 patients with 61 retained items; controls were matched on "
                     "operation type.").plain()
    assert f["n"] != 289


def test_groups_counted_by_place_after_a_recruiting_colon_add_up():
    f = site_summary("Thirty pharmacies were randomised. Long-term benzodiazepine users were recruited before "
                     "randomisation: 148 in intervention pharmacies and 155 in wait-list pharmacies.").plain()
    assert f["n"] == 303


def test_events_counted_by_group_after_a_colon_are_no_sample():
    f = site_summary("Thirty pharmacies were randomised. Falls during follow-up: 12 in intervention pharmacies and 15 "
                     "in wait-list pharmacies.").plain()
    assert f["n"] != 27


def test_one_in_four_users_is_a_proportion_not_a_count():
    f = site_summary("Randomised trial of a mailed booklet.",
                     significance="The booklet moved about one in four long-term users off the drug.").plain()
    assert f["n"] is None


def test_four_users_alone_is_a_count():
    f = site_summary("Randomised trial of a mailed booklet sent to four users.").plain()
    assert f["n"] == 4


def test_procedures_in_two_stages_add_up_as_the_patients_operated_on():
    f = site_summary("Stepped-wedge cluster randomised trial. Data were recorded prospectively: 2,212 procedures in "
                     "control stages and 2,263 procedures with the checklist.").plain()
    assert f["n"] == 4475


def test_patients_counted_beside_their_procedures_decide():
    f = site_summary("Cohort of 300 patients who underwent 412 procedures.").plain()
    assert f["n"] == 300


def test_group_counted_where_the_other_groups_count_is_missing_gives_no_n():
    f = site_summary("Controlled before-and-after study; allocation was not randomised. In the intervention hospitals, "
                     "3,760 patients were observed before and 3,820 after; patient numbers for the control hospitals "
                     "are not given in this summary.").plain()
    assert f["n"] is None


def test_group_counted_beside_a_missing_outcome_count_keeps_n():
    f = site_summary("Randomised trial. 3,760 patients were enrolled; infection counts were not given for every ward.")
    assert f.plain()["n"] == 3760


# --- the studies a search found are no included studies ----------------------------------------------------------------------

def test_studies_identified_by_the_search_are_not_the_included_studies():
    f = site_summary("MEDLINE and CINAHL were searched. Of 207 intervention studies identified, 7, with 37,339 patients "
                     "in total, met the criteria for meta-analysis.",
                     title="Safety Checklists: A Systematic Review and Meta-Analysis",
                     limitations=("Only seven studies could be pooled",)).plain()
    assert f["n_studies"] == 7


def test_of_the_included_trials_still_counts_the_included_trials():
    f = site_summary("MEDLINE was searched. Of the 12 included trials, 10 were blinded.",
                     title="Safety Checklists: A Systematic Review and Meta-Analysis").plain()
    assert f["n_studies"] == 12


# --- one patient's record: timing stays unknown ------------------------------------------------------------------------------

def test_case_report_drawing_on_the_medical_record_is_not_retrospective():
    f = site_summary("Single-patient case review. The authors drew on the medical record and interviews with staff.",
                     participants="1 participant", title="The Wrong Patient: A Case Report").plain()
    assert f["design"] == "case-report" and f["timing"] == "unknown"


def test_case_report_said_to_be_retrospective_is_retrospective():
    f = site_summary("Single-patient case review, done retrospectively from the medical record.",
                     participants="1 participant", title="The Wrong Patient: A Case Report").plain()
    assert f["timing"] == "retrospective"


# --- mice of one strain ------------------------------------------------------------------------------------------------------

def test_restricted_to_male_mice_of_one_strain_is_homogeneous():
    f = site_summary("Male C57BL/6J mice aged 12 months were given the standard control feed or feed containing a "
                     "polypharmacy regimen.", limitations=("Restricted to male C57BL/6J mice of one inbred strain",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_analysis_restricted_to_mice_is_no_sample():
    f = site_summary("Male C57BL/6J mice were given the polypharmacy regimen. The analysis was restricted to mice that "
                     "survived to 24 months.").plain()
    assert f["heterogeneity"] == "unknown"


# --- objects inoculated with bacteria: bench work ----------------------------------------------------------------------------

def test_keyboards_inoculated_with_bacteria_are_in_vitro():
    f = site_summary("Laboratory study. Study keyboards were inoculated with oxacillin-resistant Staphylococcus aureus "
                     "and then wiped with one of six disinfectants or with sterile water as the vehicle control.",
                     limitations=("No measure of whether cleaner keyboards reduce patient infections",)).plain()
    assert f["species"] == "in-vitro" and f["timing"] == "unknown"


def test_volunteers_inoculated_with_a_virus_are_people():
    f = site_summary("Healthy volunteers were inoculated with rhinovirus and then given zinc lozenges or placebo.").plain()
    assert f["species"] == "human"
