"""Rules found on development set 62 (tests/devset62: blood, genetics and rare disease), read by the rules alone:
arms "assigned to A (67 patients), B (66 patients) or placebo (65 patients)" add up to n; "(n = 53) to A (n = 35) or B
(n = 18)" states its total before the arms; "or no prophylaxis" and "or no iron for 24 weeks" are untreated arms; "or of
the phosphate-buffered saline vehicle" is a vehicle arm; "no concurrent or randomised control" with historical controls
is the seed's cohort; "Treated group restricted to ..." is a narrowed population and "Causes of iron deficiency
differed widely" a mixed one; HEK293 cells are a laboratory line; a review's "patients receiving red cell transfusion"
names no cell work; "131 chose to take X, and 199 who did not take X" is an untreated group; a cohort's "treatment with
X versus treatment without X" sets users against non-users; blood donors are people counted."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- arm sizes in brackets ------------------------------------------------------------------------------------------

def test_bracketed_arm_sizes_after_allocation_add_up():
    f = site_summary("Methods: Patients aged 16 to 65 years were assigned to crizanlizumab 5.0 mg/kg (67 patients), "
                     "crizanlizumab 2.5 mg/kg (66 patients) or placebo (65 patients).").plain()
    assert f["n"] == 198


def test_bracketed_responder_counts_are_no_arms():
    f = site_summary("Methods: Randomised trial of 120 patients. Pain improved with crizanlizumab 5.0 mg/kg (30 "
                     "patients), crizanlizumab 2.5 mg/kg (22 patients) or placebo (10 patients).").plain()
    assert f["n"] == 120


# --- a stated total before its arms ---------------------------------------------------------------------------------

def test_equals_total_then_its_arms_is_the_total():
    f = site_summary("Methods: Men with haemophilia A were randomised 2:1 (n = 53) to emicizumab prophylaxis (n = 35) "
                     "or no prophylaxis (n = 18).").plain()
    assert f["n"] == 53


def test_three_equals_arms_without_a_total_add_up():
    f = site_summary("Methods: Men with haemophilia A were randomised to emicizumab (n = 9), factor VIII (n = 11) "
                     "or bypassing agents (n = 11).").plain()
    assert f["n"] == 31


# --- an arm given nothing -------------------------------------------------------------------------------------------

def test_or_no_prophylaxis_is_no_treatment():
    f = site_summary("Methods: Open-label randomised trial. Men with haemophilia A were randomised to emicizumab "
                     "prophylaxis or no prophylaxis.").plain()
    assert f["control"] == "no-treatment"


def test_or_no_product_for_the_trial_length_is_no_treatment():
    f = site_summary("Methods: 215 eligible donors were allocated by computer to ferrous gluconate 37.5 mg of elemental "
                     "iron daily or no iron for 24 weeks after donating one unit of whole blood.").plain()
    assert f["control"] == "no-treatment"


def test_one_or_no_relapse_for_months_is_no_arm():
    f = site_summary("Methods: Randomised trial of 215 patients given ferrous gluconate. Most patients had one or no "
                     "relapse for 12 months.").plain()
    assert f["control"] != "no-treatment"


# --- a vehicle named after "or of" ----------------------------------------------------------------------------------

def test_or_of_the_buffered_saline_vehicle_is_placebo():
    f = site_summary("Methods: C57BL/6 mice received a single intraperitoneal injection of synthetic hepcidin-25 at 5, "
                     "17 or 50 µg, or of the phosphate-buffered saline vehicle.").plain()
    assert f["control"] == "placebo"


def test_drug_dissolved_in_buffered_saline_is_no_vehicle_arm():
    f = site_summary("Methods: C57BL/6 mice received a single intraperitoneal injection of synthetic hepcidin-25 at 5 "
                     "or 50 µg, or of hepcidin-20 dissolved in phosphate-buffered saline.").plain()
    assert f["control"] != "placebo"


# --- no concurrent or randomised control, historical controls -------------------------------------------------------

def test_no_concurrent_or_randomised_control_with_historical_controls_is_a_cohort():
    f = site_summary("Methods: Open-label treatment studies, prospective for the treated group, with no concurrent or "
                     "randomised control. Thirty-seven infants received asfotase alfa. Their outcomes were compared "
                     "with those of 48 historical controls drawn from a natural-history study.").plain()
    assert f["design"] == "cohort"
    assert f["control"] == "historical"


def test_no_concurrent_or_randomised_control_alone_is_a_case_series():
    f = site_summary("Methods: Open-label treatment study with no concurrent or randomised control. Thirty-seven "
                     "infants received asfotase alfa and were followed for survival.", participants="37 participants").plain()
    assert f["design"] == "case-series"
    assert f["control"] == "none"


# --- a narrowed treated group ---------------------------------------------------------------------------------------

def test_treated_group_restricted_to_forms_is_homogeneous():
    f = site_summary("Methods: Single-arm study of asfotase alfa in infants.",
                     limitations=("Treated group restricted to the severe perinatal and infantile forms",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_treated_group_restricted_to_a_number_is_a_size():
    f = site_summary("Methods: Single-arm study of asfotase alfa in infants.",
                     limitations=("Treated group restricted to 20 infants by drug supply",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- causes of the illness differed widely --------------------------------------------------------------------------

def test_causes_of_the_illness_differed_widely_is_heterogeneous():
    f = site_summary("Methods: Open-label randomised trial of two intravenous irons in adults with iron-deficiency "
                     "anaemia.", limitations=("Causes of iron deficiency differed widely (heavy uterine bleeding, "
                                              "gastrointestinal blood loss, malabsorption)",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_causes_of_death_differed_widely_are_outcomes():
    f = site_summary("Methods: Open-label randomised trial of two intravenous irons in adults with iron-deficiency "
                     "anaemia.", limitations=("Causes of death differed widely between the arms",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- a named laboratory cell line -----------------------------------------------------------------------------------

def test_hek293_cells_expressing_a_mouse_protein_are_in_vitro():
    f = site_summary("Methods: Human embryonic kidney (HEK293) cells were engineered to express mouse ferroportin "
                     "tagged with green fluorescent protein. Cells were exposed to synthetic hepcidin and compared "
                     "with untreated cells.").plain()
    assert f["species"] == "in-vitro"


def test_engineered_t_cells_infused_into_patients_are_a_human_study():
    f = site_summary("Methods: Autologous T cells were engineered to express a chimeric antigen receptor and infused "
                     "into 30 patients with lymphoma.").plain()
    assert f["species"] == "human"


# --- red cell transfusion in a review -------------------------------------------------------------------------------

def test_review_of_red_cell_transfusion_is_of_people():
    f = site_summary("Methods: Systematic review and meta-analysis of randomised controlled trials comparing intravenous "
                     "iron with oral iron. Outcomes were the proportion of patients receiving red cell transfusion and "
                     "infection.").plain()
    assert f["species"] == "human"


def test_review_of_cell_studies_and_patients_is_mixed():
    f = site_summary("Methods: Systematic review and meta-analysis of cell studies and trials in patients receiving "
                     "intravenous iron.").plain()
    assert f["species"] == "unknown"


# --- people who chose not to take it --------------------------------------------------------------------------------

def test_chose_to_take_and_did_not_take_is_no_treatment():
    f = site_summary("Methods: Prospective, open-label, non-randomised, single-centre trial. Adults with sickle cell "
                     "syndromes were followed from 1992: 131 chose to take hydroxyurea (mean dose about 17 mg/kg/day), "
                     "and 199 who did not take hydroxyurea were followed concurrently at the same centre.").plain()
    assert f["control"] == "no-treatment"


def test_chose_to_take_two_doses_is_not_untreated():
    f = site_summary("Methods: Prospective, open-label, non-randomised, single-centre trial. Adults with sickle cell "
                     "syndromes were followed from 1992: 131 chose to take hydroxyurea at a high dose, and 199 took "
                     "it at a low dose.").plain()
    assert f["control"] != "no-treatment"


# --- with X versus without X in a cohort ----------------------------------------------------------------------------

def test_cohort_with_versus_without_co_therapy_is_no_treatment():
    f = site_summary("Methods: Retrospective cohort study of Medicare beneficiaries who began an anticoagulant, "
                     "identified from claims. The main comparison was anticoagulant treatment with PPI co-therapy "
                     "versus treatment without PPI co-therapy.").plain()
    assert f["control"] == "no-treatment"


def test_trial_of_add_on_versus_therapy_without_it_is_usual_care():
    f = site_summary("Methods: Randomised trial. Patients were assigned to anticoagulant treatment with PPI co-therapy "
                     "versus treatment without PPI co-therapy.").plain()
    assert f["control"] == "usual-care"


# --- blood donors ---------------------------------------------------------------------------------------------------

def test_donors_are_counted():
    f = site_summary("Methods: 215 eligible donors who had not donated in the previous four months were allocated to "
                     "iron or no iron.").plain()
    assert f["n"] == 215


def test_donors_of_cells_for_an_assay_are_no_participants():
    f = site_summary("Methods: Human embryonic kidney (HEK293) cells were exposed to synthetic hepcidin and compared "
                     "with untreated cells; serum from 12 donors was pooled for the iron assays.").plain()
    assert f["n"] is None
