"""Rules found on development set 64 (tests/devset64: peptides and longevity compounds, mostly in animals and cells),
read by the rules alone: "Tissue explants of adult mouse heart were cultured" are in-vitro work (the mouse is where
the tissue came from), and so are "Human lung fibroblasts (IMR-90)"; "All cell states were exposed to ABT-737" gives
every culture the one agent (no control condition, but still an experiment); worms on plates "containing only the drug
vehicle (DMSO)" had a vehicle (placebo); a cohort "grouped by metformin use (204 users, 161 non-users)" has an
untreated comparison; a review of "mostly cohort and case-control studies with a few trials" is not randomised
evidence; a header "47 studies (65,540 cancer cases)" counts cases, and the same count in the text is no n either."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- tissue explants ------------------------------------------------------------------------------------------------

def test_tissue_explants_of_mouse_heart_are_in_vitro():
    f = site_summary("Tissue explants of adult mouse heart were cultured with or without the peptide added to the "
                     "medium. Outgrowth of epicardium-derived cells was recorded.").plain()
    assert f["species"] == "in-vitro"


def test_mouse_hearts_weighed_after_treatment_are_animal():
    f = site_summary("Adult mice were injected with the peptide or saline for four weeks, and their hearts were "
                     "weighed and stained.").plain()
    assert f["species"] == "animal"


def test_an_implant_explant_operation_is_not_in_vitro():
    f = site_summary("Observational cohort study. 40 women had breast implant explant surgery and were followed for "
                     "symptoms.").plain()
    assert f["species"] == "human"


# --- a named fibroblast strain --------------------------------------------------------------------------------------

def test_imr90_fibroblasts_are_in_vitro():
    f = site_summary("Human lung fibroblasts (IMR-90) were made senescent by DNA damage, and growing cells of the same "
                     "strain were prepared alongside.").plain()
    assert f["species"] == "in-vitro"


def test_fibroblasts_in_patients_biopsies_are_not_in_vitro():
    f = site_summary("Observational cohort study. Fibroblasts were counted in skin biopsies from 40 patients with "
                     "scleroderma.").plain()
    assert f["species"] == "human"


# --- every culture given the agent ----------------------------------------------------------------------------------

def test_all_cell_states_exposed_to_the_drug_have_no_control():
    f = site_summary("Human lung fibroblasts (IMR-90) were made senescent by DNA damage. All cell states were exposed "
                     "to ABT-737, and survival was compared between senescent and non-senescent cells.").plain()
    assert f["control"] == "none"
    assert f["design"] == "controlled-trial"


def test_all_cultures_exposed_to_drug_or_vehicle_have_a_vehicle():
    f = site_summary("Human lung fibroblasts (IMR-90) were made senescent by DNA damage. All cultures were exposed to "
                     "ABT-737 or to vehicle, and survival was compared.").plain()
    assert f["control"] == "placebo"


# --- only the vehicle -----------------------------------------------------------------------------------------------

def test_plates_containing_only_the_drug_vehicle_are_placebo():
    f = site_summary("Laboratory C. elegans were kept on plates containing rapamycin from early adulthood; comparison "
                     "worms were kept on plates containing only the drug vehicle (DMSO).").plain()
    assert f["control"] == "placebo"


def test_no_group_given_only_the_vehicle_is_not_placebo():
    f = site_summary("Laboratory C. elegans were kept on plates containing rapamycin from early adulthood.",
                     limitations=("No worms given only the vehicle, so the solvent's own effect is unknown",)).plain()
    assert f["control"] != "placebo"


# --- counted users and non-users ------------------------------------------------------------------------------------

def test_users_and_non_users_counted_with_a_comma_are_no_treatment():
    f = site_summary("Prospective cohort study. Participants aged 55 and over with diabetes were grouped by metformin "
                     "use (204 users, 161 non-users) and by duration of use.").plain()
    assert f["control"] == "no-treatment"


def test_users_counted_by_dose_are_not_no_treatment():
    f = site_summary("Prospective cohort study. Participants aged 55 and over with diabetes were grouped by metformin "
                     "dose (204 low-dose users, 161 high-dose users).").plain()
    assert f["control"] != "no-treatment"


# --- mostly observational studies with a few trials -----------------------------------------------------------------

def test_mostly_cohort_studies_with_a_few_trials_are_not_randomised():
    f = site_summary("Systematic review and meta-analysis. 47 independent studies were included, mostly cohort and "
                     "case-control studies with a few trials.").plain()
    assert f["randomized"] is False


def test_other_reviews_of_mostly_cohort_studies_in_background_leave_the_review_randomised():
    f = site_summary("Meta-analysis of 12 randomised trials of metformin in adults with diabetes.",
                     background="Earlier reviews pooled mostly cohort studies with a few trials.").plain()
    assert f["randomized"] is True


# --- a header of studies and cases ----------------------------------------------------------------------------------

def test_header_cases_beside_studies_are_no_participants_in_the_text_either():
    f = site_summary("Systematic review and meta-analysis of 47 studies. The total number of patients behind the "
                     "65,540 cancer cases is not stated here.", participants="47 studies (65,540 cancer cases)").plain()
    assert f["n"] is None
    assert f["n_studies"] == 47


def test_header_cases_leave_another_text_count_of_participants():
    f = site_summary("Systematic review and meta-analysis of 12 cohort studies with 52,000 participants in total.",
                     participants="12 studies (3,400 cancer cases)").plain()
    assert f["n"] == 52000
