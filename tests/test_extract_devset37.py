"""Rules found on development sets 37 and 38 (tests/devset37 cancer and supportive care, tests/devset38 pregnancy,
infancy and childhood): a review header whose pooled people follow a semicolon or are infants ("12 trials; 980
participants", "4 trials (345 infants)"); a header running from a stage of pregnancy or an age to an event ("16
weeks' gestation to delivery": no length); an arm allocated to "their regular diet" and counted groups allocated
"to continue their usual practices" (usual care); "X therapy alone or X therapy plus Y" (usual care: the add-on
against the background therapy by itself); a denial that covers both kinds joined by "or" ("No placebo or
untreated comparison group"); a trait of the people that "differed widely between" them (heterogeneous); an
analysis "restricted to" a subgroup (not a homogeneous population); data drawn from national or prescription
registers (retrospective); "Description of three infants" and "Only three cases" (a case series)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- review headers: pooled people after a semicolon, or counted as infants -------------------------------

def test_header_pooled_people_after_a_semicolon():
    f = site_summary("Systematic review and meta-analysis of randomized trials of zinc for the common cold.",
                     participants="12 trials; 1,480 participants").plain()
    assert f["n"] == 1480
    assert f["n_studies"] == 12


def test_header_pooled_infants_in_brackets():
    f = site_summary("Meta-analysis of randomized trials of vitamin K prophylaxis in newborns.",
                     participants="6 trials (912 infants)").plain()
    assert f["n"] == 912


def test_header_counting_only_trials_gives_no_people():
    f = site_summary("Meta-analysis of randomized trials of vitamin K prophylaxis in newborns.",
                     participants="6 trials").plain()
    assert f["n"] != 6


# --- a header that starts at a stage of pregnancy or an age -----------------------------------------------

def test_header_from_a_gestational_week_to_an_event_is_no_length():
    f = site_summary("Pregnant women took the tablets daily.", duration="16 weeks' gestation to delivery").plain()
    assert f["duration_days"] is None


def test_header_from_an_age_until_weaning_is_no_length():
    f = site_summary("Infants took the drops daily.", duration="6 months of age until weaning").plain()
    assert f["duration_days"] is None


def test_plain_weeks_header_is_still_a_length():
    f = site_summary("Pregnant women took the tablets daily.", duration="16 weeks").plain()
    assert f["duration_days"] == 16 * 7


# --- an arm allocated to its regular diet, or to continue its usual practices ------------------------------

def test_arm_allocated_to_their_regular_diet_is_usual_care():
    f = site_summary("Open-label randomised trial. 90 men with prostate cancer were assigned to a low-carbohydrate "
                     "diet or their normal diet for six months.").plain()
    assert f["control"] == "usual-care"


def test_a_diet_or_a_drink_handed_out_is_not_usual_care():
    f = site_summary("Open-label randomised trial. 90 men with prostate cancer were assigned to a low-carbohydrate "
                     "diet or a low-fat diet for six months.").plain()
    assert f["control"] != "usual-care"


def test_counted_clusters_to_continue_usual_practices_are_usual_care():
    f = site_summary("Cluster-randomised trial in 24 primary schools. Twelve schools were randomised to the "
                     "reading programme and 12 to continue their usual routines.").plain()
    assert f["control"] == "usual-care"


def test_everyone_asked_to_continue_usual_routines_is_not_a_comparison():
    f = site_summary("Randomised trial in 24 primary schools. Schools were randomised to a morning or an "
                     "afternoon reading session; all were asked to continue their usual routines.").plain()
    assert f["control"] != "usual-care"


# --- the background therapy alone against the therapy plus the add-on --------------------------------------

def test_radiotherapy_alone_or_radiotherapy_plus_the_drug_is_usual_care():
    f = site_summary("Randomized trial. 180 adults with glioma were allocated to radiotherapy alone (n=90) or "
                     "radiotherapy plus oral curcumin 2 g daily (n=90).").plain()
    assert f["control"] == "usual-care"


def test_add_on_first_then_therapy_alone_is_usual_care():
    f = site_summary("Randomized trial. 180 adults with glioma were allocated to radiotherapy with oral curcumin "
                     "2 g daily or radiotherapy alone.").plain()
    assert f["control"] == "usual-care"


def test_two_different_therapies_are_not_usual_care():
    f = site_summary("Randomized trial. 180 adults with glioma were allocated to temozolomide 75 mg/m2 alone or "
                     "lomustine 110 mg/m2 plus oral curcumin.").plain()
    assert f["control"] != "usual-care"


# --- a denial covering two kinds joined by "or" -------------------------------------------------------------

def test_no_sham_or_untreated_comparison_group_leaves_a_case_series_uncontrolled():
    f = site_summary("Case series. Eight adults with chronic hiccups received acupuncture weekly.",
                     limitations=("No sham or untreated comparison group",)).plain()
    assert f["control"] == "none"


def test_an_untreated_comparison_group_is_still_no_treatment():
    f = site_summary("Non-randomised study. Eight adults with chronic hiccups received acupuncture weekly; an "
                     "untreated comparison group of eight adults was followed alongside.").plain()
    assert f["control"] == "no-treatment"


# --- a trait of the people that differed widely between them ------------------------------------------------

def test_severity_differing_widely_between_patients_is_heterogeneous():
    f = site_summary("Randomized, double-blind trial of melatonin or placebo in adults with insomnia.",
                     limitations=("Baseline characteristics varied considerably among participants",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_doses_differing_widely_between_patients_say_nothing_of_the_people():
    f = site_summary("Randomized, double-blind trial of melatonin or placebo in adults with insomnia.",
                     limitations=("Doses varied considerably among participants",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- an analysis restricted to a subgroup -------------------------------------------------------------------

def test_an_analysis_restricted_to_a_subgroup_is_not_a_homogeneous_population():
    f = site_summary("Cohort study of 90,000 births. The excess risk remained when the analysis was restricted "
                     "to children of mothers with diabetes.").plain()
    assert f["heterogeneity"] == "unknown"


def test_a_population_restricted_to_children_is_still_homogeneous():
    f = site_summary("Cohort study of 900 births.",
                     limitations=("Restricted to children from a single rural district",)).plain()
    assert f["heterogeneity"] == "homogeneous"


# --- data drawn from national registers ---------------------------------------------------------------------

def test_a_cohort_using_national_registers_is_retrospective():
    f = site_summary("Cohort study using Swedish national health registers to follow every child born "
                     "from 2000 to 2010.").plain()
    assert f["timing"] == "retrospective"


def test_registers_named_only_as_a_setting_decide_nothing():
    f = site_summary("Cohort study. Nationwide health registers of Norway and Finland. Users of the drug "
                     "were compared with users of another drug.").plain()
    assert f["timing"] == "unknown"


# --- a few patients described one by one --------------------------------------------------------------------

def test_description_of_four_children_is_a_case_series():
    f = site_summary("Description of four children referred to a metabolic clinic with unexplained rickets.",
                     limitations=("Only four cases; no estimate of how often this happens",)).plain()
    assert f["design"] == "case-series"
    assert f["control"] == "none"


def test_only_three_cases_of_an_event_in_a_trial_is_not_a_case_series():
    f = site_summary("Randomized, double-blind, placebo-controlled trial in 300 adults. Only three cases of "
                     "rash were reported.").plain()
    assert f["design"] == "rct"
