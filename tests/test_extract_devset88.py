"""Rules found on development set 88 (tests/devset88: diabetes technology and endocrinology), read by the rules alone:
a "masked sensor" or "masked (blinded-display) CGM" hides readings from its wearer, a device mode and not the masking of
people; "the supervision they would ordinarily have (usual care)" is what the patients have anyway, no hypothetical;
"or to continued SMBG as the standard arm" is usual care; "Two intensive insulin regimens were compared" is a comparison
of regimens (active), and its "2,441 CSII users against 15,727 people on MDI" adds the two groups; "with any other
insulin-based treatment" is an active comparator; laboratory agents "compared with glucagon ... at matched
concentrations" are active; "mice that received no implant" went untreated; "isolated pancreases from rats" and "the
isolated perfused rat pancreas" are organs worked on in the laboratory (in-vitro)."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a masked sensor ------------------------------------------------------------------------------------------------

def test_masked_sensor_is_a_device_mode_not_blinding():
    f = site_summary("Methods: Randomised trial. Adults completed a 2-week masked-sensor run-in and were then randomised "
                     "to a CGM (n = 105) or to SMBG (n = 53). The trial was unblinded: participants knew whether their "
                     "sensor was live.").plain()
    assert f["blinding"] == "open"


def test_masked_cgm_in_a_survey_says_nothing_of_blinding():
    f = site_summary("Methods: Cross-sectional study. Patients with type 2 diabetes (n = 3,262) wore a masked "
                     "(blinded-display) CGM for 3 days.").plain()
    assert f["blinding"] == "unknown"


def test_patients_masked_to_the_sensor_data_are_still_blinded():
    f = site_summary("Methods: Randomised trial. Patients were masked to allocation and wore a sensor for 3 "
                     "days.").plain()
    assert f["blinding"] == "single"


# --- what patients would ordinarily have ----------------------------------------------------------------------------

def test_supervision_they_would_ordinarily_have_is_usual_care():
    f = site_summary("Methods: The order of the two periods was decided at random. In the comparison period, participants "
                     "ran their own pump under the supervision they would ordinarily have (usual care).").plain()
    assert f["control"] == "usual-care"


def test_usual_care_a_future_trial_would_use_decides_nothing():
    f = site_summary("Methods: Single-arm study of 40 adults using the device for 5 days.",
                     limitations=("A future trial would need a usual care comparison",)).plain()
    assert f["control"] != "usual-care"


# --- continued as the standard arm ----------------------------------------------------------------------------------

def test_continued_monitoring_as_the_standard_arm_is_usual_care():
    f = site_summary("Methods: Randomised trial. Adults were randomised 2:1 to a CGM (n = 105) or to continued SMBG as "
                     "the standard arm (n = 53).").plain()
    assert f["control"] == "usual-care"


def test_continued_treatment_as_planned_names_no_arm():
    f = site_summary("Methods: Randomised trial. Adults were randomised to a CGM (n = 105) or to SMBG (n = 53); all "
                     "continued insulin as planned.").plain()
    assert f["control"] != "usual-care"


# --- two regimens compared, passive ---------------------------------------------------------------------------------

def test_two_regimens_were_compared_is_active():
    f = site_summary("Methods: Observational cohort study drawn from a national diabetes register. Two intensive insulin "
                     "regimens were compared: pump users against people on injections.").plain()
    assert f["control"] == "active"


def test_two_outcomes_were_compared_is_not_active():
    f = site_summary("Methods: Observational cohort study drawn from a national diabetes register. Two outcome "
                     "measures were compared: HbA1c and time in range.").plain()
    assert f["control"] != "active"


# --- groups set against each other ----------------------------------------------------------------------------------

def test_two_groups_set_against_each_other_add_up():
    f = site_summary("Methods: Observational cohort study drawn from a national diabetes register. The analysis set "
                     "2,441 CSII users against 15,727 people on MDI.").plain()
    assert f["n"] == 18168


def test_one_group_against_a_rate_is_not_added():
    f = site_summary("Methods: Observational cohort study drawn from a national diabetes register. The analysis set "
                     "2,441 CSII users against national mortality rates.").plain()
    assert f["n"] == 2441


# --- any other treatment --------------------------------------------------------------------------------------------

def test_any_other_insulin_based_treatment_is_active():
    f = site_summary("Methods: Systematic review and meta-analysis of randomised controlled trials comparing any "
                     "artificial pancreas system with any other insulin-based treatment (CSII, SAP or MDI).").plain()
    assert f["control"] == "active"


def test_any_other_treatment_or_no_treatment_is_not_active():
    f = site_summary("Methods: Systematic review and meta-analysis of randomised controlled trials comparing any "
                     "artificial pancreas system with any other treatment or no treatment.").plain()
    assert f["control"] != "active"


# --- agents at matched concentrations -------------------------------------------------------------------------------

def test_agents_compared_at_matched_concentrations_are_active():
    f = site_summary("Methods: Laboratory study in isolated pancreases from rats. GLP-1 was infused at concentrations "
                     "from 10 to 100 pM and compared with glucagon and with GLP-2 at matched concentrations.").plain()
    assert f["control"] == "active"


def test_agent_compared_with_vehicle_at_matched_concentrations_is_not_active():
    f = site_summary("Methods: Laboratory study in isolated pancreases from rats. GLP-1 was infused and compared with "
                     "the vehicle at matched concentrations.").plain()
    assert f["control"] != "active"


# --- no implant -----------------------------------------------------------------------------------------------------

def test_mice_that_received_no_implant_are_untreated():
    f = site_summary("Methods: Animal experiment. Diabetic mice were implanted with encapsulated cells. Blood glucose "
                     "was followed against diabetic mice that received no implant.").plain()
    assert f["control"] == "no-treatment"


def test_no_graft_rejection_is_an_outcome_not_a_group():
    f = site_summary("Methods: Animal experiment. Diabetic mice were implanted with encapsulated cells; the mice "
                     "given no graft rejection prophylaxis kept their capsules.").plain()
    assert f["control"] != "no-treatment"


# --- an isolated organ ----------------------------------------------------------------------------------------------

def test_isolated_organs_from_rats_are_in_vitro():
    f = site_summary("Methods: Laboratory study in isolated pancreases from rats, perfused through the arterial supply "
                     "with buffer at fixed glucose concentrations.").plain()
    assert f["species"] == "in-vitro"


def test_isolated_perfused_rat_pancreas_is_in_vitro():
    f = site_summary("Methods: In the isolated perfused rat pancreas, the peptide released insulin at low "
                     "concentrations.").plain()
    assert f["species"] == "in-vitro"


def test_isolated_organs_from_dosed_rats_stay_an_animal_study():
    f = site_summary("Methods: Rats were given the drug for 8 weeks. Isolated hearts from rats fed the diet were "
                     "weighed.").plain()
    assert f["species"] == "animal"
