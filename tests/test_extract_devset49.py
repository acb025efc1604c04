"""Rules found on development set 49 (tests/devset49: global health in low- and middle-income countries, cluster
trials by village and household, surveillance cohorts, surveys), read by the rules alone: comparison villages or
households that "received no capsules" or "received neither soap nor promotion", an allocation "or to no cash
transfer" and schools "waiting to be phased in" are untreated; "PBO" spelt out as another word ("piperonyl butoxide
(PBO)") is no placebo, and arms listed "to A, B, A plus C, or B plus C" compare treatments (active); "spraying could
not be masked" names nobody, "IRS arms were not masked" unmasks arms of one factor, and inhabitants are a party who
can be masked; a life expectancy "compared with that of the general population" or "external life tables" is a
historical comparison; a solvent given alone is a vehicle (placebo), "culture-adapted" isolates and "cultures exposed
to" a drug are laboratory work, and "isolates from patients" do not make the people studied; pupils are people; an
allocation "some consider only quasi-random" is others' opinion; a header counting households or surveys counts no
people; "per 1,000 children" is a rate; countries that "differed widely in income" hold different people."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- comparison clusters given nothing, phase-in controls ---------------------------------------------------------

def test_comparison_villages_given_no_capsules_are_untreated():
    f = site_summary("Villages were randomly allocated to a vitamin A programme. The 221 comparison villages received "
                     "no capsules during the study period.").plain()
    assert f["control"] == "no-treatment"


def test_control_households_given_neither_are_untreated():
    f = site_summary("Neighbourhoods were randomised to handwashing promotion or control; 306 control households "
                     "received neither soap nor promotion.").plain()
    assert f["control"] == "no-treatment"


def test_comparison_villages_given_no_placebo_are_not_untreated_by_this_rule():
    f = site_summary("Villages were randomly allocated to vitamin A or a placebo capsule. The comparison villages "
                     "received no placebo injections.").plain()
    assert f["control"] != "no-treatment"


def test_allocated_or_to_no_transfer_is_untreated():
    f = site_summary("Young women were randomly assigned to a monthly cash transfer, conditional on school "
                     "attendance, or to no cash transfer.").plain()
    assert f["control"] == "no-treatment"


def test_or_to_no_effect_is_no_allocation():
    f = site_summary("Randomised trial of a cash transfer. The transfer led to lower incidence or to no effect at "
                     "all, depending on the site.").plain()
    assert f["control"] != "no-treatment"


def test_schools_waiting_to_be_phased_in_are_untreated():
    f = site_summary("Seventy-five schools were randomly divided into three groups that began the programme in "
                     "successive years. Schools waiting to be phased in served as the comparison group.").plain()
    assert f["control"] == "no-treatment"


def test_schools_waiting_for_results_are_no_phase_in():
    f = site_summary("Randomised trial in 75 schools. Schools waiting for results were sent reminders.").plain()
    assert f["control"] != "no-treatment"


# --- an abbreviation spelt out as another thing; arms listed by name ----------------------------------------------

def test_pbo_spelt_out_as_another_chemical_is_no_placebo():
    f = site_summary("Nets treated with piperonyl butoxide (PBO) were compared in a cluster-randomised trial. "
                     "Clusters were allocated by restricted randomisation to standard LLIN, PBO LLIN, standard LLIN "
                     "plus IRS, or PBO LLIN plus IRS.").plain()
    assert f["control"] == "active"


def test_pbo_as_placebo_still_counts():
    f = site_summary("Randomised trial of drug X vs PBO in 100 adults.").plain()
    assert f["control"] == "placebo"


def test_placebo_spelt_out_as_pbo_still_counts():
    f = site_summary("Randomised trial of drug X versus placebo (PBO) in 100 adults; 50 received PBO.").plain()
    assert f["control"] == "placebo"


def test_two_arms_after_to_are_no_list():
    f = site_summary("Clusters were randomly allocated to the new nets or the old programme.").plain()
    assert f["control"] != "active"


# --- masking of a factor and of a community -----------------------------------------------------------------------

def test_spraying_could_not_be_masked_names_nobody():
    f = site_summary("Cluster-randomised trial. Inhabitants and the field staff taking blood samples were masked to "
                     "the type of net; spraying could not be masked.",
                     limitations=("IRS arms were not masked",)).plain()
    assert f["blinding"] == "double"


def test_participants_could_not_be_masked_is_open():
    f = site_summary("Randomised trial of spraying. The nets were given out; participants could not be masked.").plain()
    assert f["blinding"] == "open"


def test_participants_were_not_masked_in_limitations_is_open():
    f = site_summary("Randomised trial of spraying in 40 villages.",
                     limitations=("Participants were not masked",)).plain()
    assert f["blinding"] == "open"


# --- the general population as comparator --------------------------------------------------------------------------

def test_life_expectancy_compared_with_general_population_is_historical():
    f = site_summary("Retrospective analysis of routinely collected clinical records of 22,315 adults who started "
                     "ART. Life expectancy was compared with that of the general population taken from WHO tables.",
                     limitations=("Comparison relies on external life tables",)).plain()
    assert f["control"] == "historical"


def test_better_access_than_general_population_is_no_comparator():
    f = site_summary("Prospective cohort of 78,865 nurses followed for 34 years.",
                     limitations=("Participants had better access to care than the general population",
                                  "Life-table methods assumed constant rates")).plain()
    assert f["control"] != "historical"


# --- laboratory work on isolates from patients ----------------------------------------------------------------------

def test_solvent_alone_is_a_vehicle_in_culture_work():
    f = site_summary("Culture-adapted P. falciparum isolates from patients were synchronised. Rings were exposed to "
                     "700 nM dihydroartemisinin; parallel cultures exposed to the solvent (DMSO) alone served as "
                     "controls.").plain()
    assert f["species"] == "in-vitro"
    assert f["control"] == "placebo"


def test_solvent_as_a_word_of_chemistry_is_no_vehicle():
    f = site_summary("Cell culture study. Cells were treated with the extract; a solvent extraction yielded the "
                     "fraction.").plain()
    assert f["control"] != "placebo"


def test_blood_cultures_of_patients_leave_them_human():
    f = site_summary("Randomised trial of 200 patients with sepsis; blood cultures from patients were taken daily.").plain()
    assert f["species"] == "human"


def test_pupils_are_people():
    f = site_summary("Seventy-five primary schools were randomly divided into three groups. Pupils in treatment "
                     "schools received albendazole twice a year.", title="Worms: Impacts on Education").plain()
    assert f["species"] == "human"


# --- others' opinion of the allocation ------------------------------------------------------------------------------

def test_quasi_random_in_others_opinion_leaves_randomised():
    f = site_summary("Seventy-five schools were randomly divided into three groups.",
                     limitations=("Schools were assigned from an alphabetical list, a form of allocation some "
                                  "consider only quasi-random",)).plain()
    assert f["randomized"] is True
    assert f["design"] == "rct"


def test_quasi_random_said_by_the_study_is_not_randomised():
    f = site_summary("Seventy-five schools were divided into three groups.",
                     limitations=("Allocation from an alphabetical list was only quasi-random",)).plain()
    assert f["randomized"] is False


# --- counts that are not people ---------------------------------------------------------------------------------------

def test_header_households_in_neighbourhoods_count_no_people():
    f = site_summary("Neighbourhoods were randomised to handwashing promotion or control. In all, 4,691 children "
                     "lived in the study households.", participants="906 households in 36 neighbourhoods").plain()
    assert f["n"] == 4691


def test_header_surveys_in_countries_count_no_people():
    f = site_summary("In this cross-sectional analysis, pooled household surveys were analysed.",
                     participants="171 surveys in 70 countries").plain()
    assert f["n"] is None


def test_header_children_in_villages_count_people():
    f = site_summary("Villages were randomly allocated to a vitamin A programme.",
                     participants="25,939 children in 450 villages").plain()
    assert f["n"] == 25939


def test_rate_per_thousand_children_is_no_count():
    f = site_summary("Nets saved about 5.5 lives per 1,000 children protected each year.").plain()
    assert f["n"] is None


def test_thousand_children_enrolled_count():
    f = site_summary("Randomised trial; 1,000 children were enrolled.").plain()
    assert f["n"] == 1000


# --- places that differed in their people -----------------------------------------------------------------------------

def test_countries_differing_in_income_are_heterogeneous():
    f = site_summary("In this cross-sectional analysis of household surveys, countries differed widely in income, "
                     "disease burden and infrastructure.").plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_countries_differing_in_procedures_say_nothing_of_people():
    f = site_summary("In this cross-sectional analysis of household surveys, countries differed widely in survey "
                     "procedures.").plain()
    assert f["heterogeneity"] == "unknown"
