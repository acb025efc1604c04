"""Rules found on development set 75 (tests/devset75: transplantation, dialysis and intensive care), read by the rules
alone: "only the end-point adjudicators were masked" names the one masked party of a PROBE trial; "3,497 were assigned
to 4% albumin and 3,500 to 0.9% sodium chloride" counts both arms (not clusters "assigned" as units of randomisation);
"sedation in the control arm was not standardised" does not deny the control arm; "Mixed medical, surgical and trauma
case mix", "Case mix differed widely between regions" and "Recipients differed widely across trials" are mixed people,
and "Restricted to living-donor recipients" a narrowed population; "30 trials (4,102 recipients)" pools transplant
recipients; a review "comparing tacrolimus with ciclosporin" and one whose "every comparator was an active resuscitation
fluid" have active comparators, and so does transfusion "with 7-day-old or 42-day-old blood"; "T cells from healthy
donors ... were stimulated" is cell work, and "Cultures stimulated the same way without the drug served as the
comparison" its untreated control; people "placed on the transplant waiting list" are a cohort's, not a trial's wait-list
arm; "rabbit ATG" is a drug, not an animal studied, and "in vitro donor reactivity" a patient's readout, not cell work."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a PROBE trial's adjudicators -----------------------------------------------------------------------------------

def test_open_label_with_only_the_adjudicators_masked_is_single():
    f = site_summary("Methods: Randomised trial at 50 sites. 2,141 adults on haemodialysis were assigned to proactive "
                     "or reactive iron.", limitations=("Open-label dosing; only the end-point adjudicators were masked",)
                     ).plain()
    assert f["blinding"] == "single"


def test_open_label_with_adjudicators_unmasked_is_open():
    f = site_summary("Methods: Randomised trial at 50 sites. 2,141 adults on haemodialysis were assigned to proactive "
                     "or reactive iron.", limitations=("Open-label dosing; the end-point adjudicators knew the allocation",)
                     ).plain()
    assert f["blinding"] == "open"


# --- two arms counted side by side ----------------------------------------------------------------------------------

def test_two_arms_assigned_side_by_side_are_added():
    f = site_summary("Methods: Double-blind randomised trial. Adults in 16 ICUs: 3,497 were assigned to 4% albumin and "
                     "3,500 to 0.9% sodium chloride, the active comparator.").plain()
    assert f["n"] == 6997


def test_clusters_assigned_side_by_side_are_no_people():
    f = site_summary("Methods: Randomised trial. Neighbourhoods were the unit of randomisation: 25 were assigned to "
                     "handwashing promotion and 11 to control. In all, 4,691 children were followed.").plain()
    assert f["n"] != 36


# --- the control arm's care not standardised -----------------------------------------------------------------------

def test_control_arm_not_standardised_keeps_usual_care():
    f = site_summary("Methods: Open-label RCT. 4,000 adults were randomised to dexmedetomidine or to usual care "
                     "(propofol or midazolam at the clinicians' discretion).",
                     limitations=("Open-label; sedation in the control arm was not standardised",)).plain()
    assert f["control"] == "usual-care"


def test_control_arm_not_included_denies_the_arm():
    f = site_summary("Methods: Open-label study. 40 adults were given dexmedetomidine as the sole sedative.",
                     limitations=("A control arm was not included",)).plain()
    assert f["control"] == "none"


# --- case mix -------------------------------------------------------------------------------------------------------

def test_mixed_listed_case_mix_is_heterogeneous():
    f = site_summary("Methods: Randomised trial. 838 critically ill adults were allocated to a restrictive or a liberal "
                     "threshold.", limitations=("Mixed medical, surgical and trauma case mix",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_case_mix_adjustment_says_nothing_of_people():
    f = site_summary("Methods: Randomised trial. 838 critically ill adults were allocated to a restrictive or a liberal "
                     "threshold.", limitations=("Medical, surgical and trauma case mix adjustment was not done",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_case_mix_differed_widely_is_heterogeneous():
    f = site_summary("Methods: One-day point-prevalence study in 1,265 ICUs.",
                     limitations=("Case mix differed widely between regions and ICUs",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_case_mix_differed_little_is_not_heterogeneous():
    f = site_summary("Methods: One-day point-prevalence study in 1,265 ICUs.",
                     limitations=("Case mix differed little between regions and ICUs",)).plain()
    assert f["heterogeneity"] == "unknown"


# --- transplant recipients ------------------------------------------------------------------------------------------

def test_recipients_differed_widely_across_trials_is_heterogeneous():
    f = site_summary("Methods: Randomised trials comparing tacrolimus with ciclosporin were pooled in a meta-analysis.",
                     title="Tacrolimus versus Ciclosporin: Meta-Analysis of Randomised Trials",
                     limitations=("Recipients differed widely across trials (adults and children)",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_dosing_differed_widely_across_trials_is_not_people():
    f = site_summary("Methods: Randomised trials comparing tacrolimus with ciclosporin were pooled in a meta-analysis.",
                     title="Tacrolimus versus Ciclosporin: Meta-Analysis of Randomised Trials",
                     limitations=("Dosing regimens differed widely across trials",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_restricted_to_living_donor_recipients_is_homogeneous():
    f = site_summary("Methods: Non-randomised trial. 104 kidney recipients received cell therapy or standard care.",
                     limitations=("Restricted to living-donor recipients at low immunological risk",)).plain()
    assert f["heterogeneity"] == "homogeneous"


def test_analysis_restricted_to_recipients_is_not_the_population():
    f = site_summary("Methods: Non-randomised trial. 104 kidney recipients received cell therapy or standard care.",
                     limitations=("The analysis was restricted to living-donor recipients with complete data",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_header_of_trials_and_recipients_gives_the_pooled_people():
    f = site_summary("Methods: Randomised trials comparing tacrolimus with ciclosporin were pooled in a meta-analysis.",
                     title="Tacrolimus versus Ciclosporin: Meta-Analysis of Randomised Trials",
                     participants="30 trials (4,102 recipients)").plain()
    assert f["n"] == 4102 and f["n_studies"] == 30


def test_header_of_trials_and_reports_gives_no_people():
    f = site_summary("Methods: Randomised trials comparing tacrolimus with ciclosporin were pooled in a meta-analysis.",
                     title="Tacrolimus versus Ciclosporin: Meta-Analysis of Randomised Trials",
                     participants="30 trials (123 reports)").plain()
    assert f["n"] != 123


# --- a review's active comparators ----------------------------------------------------------------------------------

def test_review_comparing_two_immunosuppressants_is_active():
    f = site_summary("Methods: Randomised trials comparing tacrolimus with ciclosporin as initial therapy in kidney "
                     "recipients were pooled (30 trials, 4,102 recipients).",
                     title="Tacrolimus versus Ciclosporin: Meta-Analysis of Randomised Trials").plain()
    assert f["control"] == "active"


def test_review_comparing_an_immunosuppressant_with_placebo_is_not_active():
    f = site_summary("Methods: Randomised trials comparing everolimus with placebo in kidney recipients were pooled "
                     "(30 trials, 4,102 recipients).",
                     title="Everolimus versus Placebo: Meta-Analysis of Randomised Trials").plain()
    assert f["control"] != "active"


def test_every_comparator_an_active_fluid_is_active():
    f = site_summary("Methods: Randomised trials comparing HES with other fluids were pooled with random effects.",
                     title="Hydroxyethyl Starch: Meta-Analysis of Randomised Trials",
                     limitations=("Comparator fluids differed, though every comparator was an active resuscitation fluid",)
                     ).plain()
    assert f["control"] == "active"


def test_every_comparator_an_active_drug_or_placebo_is_not_active():
    f = site_summary("Methods: Randomised trials of HES were pooled with random effects.",
                     title="Hydroxyethyl Starch: Meta-Analysis of Randomised Trials",
                     limitations=("Every comparator was an active drug or placebo",)).plain()
    assert f["control"] != "active"


# --- blood of two storage ages --------------------------------------------------------------------------------------

def test_blood_of_two_storage_ages_is_active():
    f = site_summary("Methods: 24 beagles with pneumonia were randomised to exchange transfusion with 7-day-old or "
                     "42-day-old canine universal-donor blood.").plain()
    assert f["control"] == "active"


def test_animals_of_two_ages_are_not_an_active_comparison():
    f = site_summary("Methods: 7-day-old or 42-day-old mice were given blood and observed for 96 hours.").plain()
    assert f["control"] != "active"


# --- cells taken from people ----------------------------------------------------------------------------------------

def test_cells_from_donors_stimulated_in_culture_are_in_vitro():
    f = site_summary("Methods: Peripheral blood CD4+ T cells from healthy donors and from patients with type 1 "
                     "diabetes were stimulated with anti-CD3 and anti-CD28 antibodies, with or without rapamycin.").plain()
    assert f["species"] == "in-vitro"


def test_cells_from_donors_infused_are_a_therapy():
    f = site_summary("Methods: Regulatory T cells from each donor were infused into 38 patients, who were "
                     "followed for 60 weeks.").plain()
    assert f["species"] == "human"


def test_cultures_handled_alike_without_the_drug_are_untreated():
    f = site_summary("Methods: CD4+ T cells from healthy donors were stimulated with anti-CD3 antibodies and "
                     "rapamycin. Cultures stimulated the same way without the drug served as the comparison.").plain()
    assert f["control"] == "no-treatment" and f["design"] == "controlled-trial"


def test_cultures_handled_alike_with_a_placebo_are_not_untreated():
    f = site_summary("Methods: CD4+ T cells from healthy donors were stimulated with anti-CD3 antibodies and "
                     "rapamycin. Cultures stimulated the same way with vehicle served as the comparison.").plain()
    assert f["control"] != "no-treatment"


# --- the transplant waiting list ------------------------------------------------------------------------------------

def test_transplant_waiting_list_is_a_cohort_not_a_trial():
    f = site_summary("Methods: United States Renal Data System registry. The 46,164 patients placed on the transplant "
                     "waiting list form the analysis set. Cox models compared mortality after transplantation with that "
                     "of wait-listed patients still on dialysis.",
                     limitations=("Registry data lack detail on comorbidity",)).plain()
    assert f["design"] == "cohort" and f["control"] == "no-treatment"


def test_wait_list_arm_of_a_trial_is_still_a_trial():
    f = site_summary("Methods: Non-randomised study. 65 kidney recipients were allocated to cognitive behavioural "
                     "therapy or a wait-list control.").plain()
    assert f["design"] == "controlled-trial" and f["control"] == "no-treatment"


# --- animal-made drugs and a patient's readouts in the dish ---------------------------------------------------------

def test_rabbit_atg_given_to_a_patient_is_no_animal():
    f = site_summary("Methods: One patient received a kidney from an HLA-matched sibling. Conditioning consisted of "
                     "total lymphoid irradiation and five doses of rabbit ATG. Monitoring: chimerism, biopsies and in "
                     "vitro donor reactivity.", participants="1 participant").plain()
    assert f["species"] == "human" and f["design"] == "case-report"


def test_rabbits_given_atg_are_animals():
    f = site_summary("Methods: Twelve rabbits received a kidney graft and five doses of ATG.").plain()
    assert f["species"] == "animal"
