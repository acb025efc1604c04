"""Rules found on development set 46 (tests/devset46: everyday supplements and herbs), read by the rules alone:
"or a matching bar of polyphenol-free white chocolate" is a dummy product (placebo); an "untreated period" of a crossover
is an untreated comparison, and "or the reverse" is the same arms in the other order, not a second arm; "the control
group kept to their usual diet" is usual care even though "control group" opens it; infants "started later" were given
the same drug at another time (a comparison of regimens, active); "The two sites differed widely: Barcelona participants
smoked more" and "Participants differed widely across trials" are said of the people, and "sampling was restricted to
this age and sex" makes them alike; "The authors later followed ... prospectively" in Clinical Significance is the
study's sequel; a case-control header "1,987 pairs" counts both members of each pair; a review's header count of
studies decides over the text's parts, and an umbrella review's "268 reviews and meta-analyses" are its studies;
"cells were infected" is work in the dish."""
from __future__ import annotations

from tests.test_extract_devset11 import summary as site_summary


# --- a matching product as the other arm -------------------------------------------------------------------------

def test_or_a_matching_bar_is_a_placebo():
    f = site_summary("Randomised, investigator-blinded trial. 44 adults ate either 6 g/day of dark chocolate or a "
                     "matching bar of white chocolate for 18 weeks.").plain()
    assert f["control"] == "placebo"


def test_or_a_larger_bar_is_no_placebo():
    f = site_summary("Randomised, investigator-blinded trial. 44 adults ate either 6 g/day of dark chocolate or a "
                     "larger bar of 30 g/day dark chocolate for 18 weeks.").plain()
    assert f["control"] != "placebo"


# --- an untreated period of a crossover, and "or the reverse" ----------------------------------------------------

def test_untreated_period_of_a_crossover_is_no_treatment():
    f = site_summary("Open-label randomised crossover trial. 120 adults were allocated either to take the supplement in "
                     "weeks 1-6 and nothing in weeks 7-12, or the reverse.",
                     limitations=("The comparison was with an untreated period, not with dummy tablets",)).plain()
    assert f["control"] == "no-treatment"


def test_washout_period_is_no_untreated_comparison():
    f = site_summary("Randomised crossover trial. 120 adults took the supplement for 6 weeks and matching placebo "
                     "capsules for 6 weeks, separated by a 2-week washout period.").plain()
    assert f["control"] == "placebo"


def test_or_the_reverse_is_no_second_arm():
    f = site_summary("Open-label randomised crossover trial. 120 adults were allocated either to take 500 mg of the "
                     "supplement in weeks 1-6 and nothing in weeks 7-12, or the reverse, so each was followed "
                     "12 weeks.").plain()
    assert f["control"] != "active"


def test_or_a_reverse_transcriptase_inhibitor_is_a_second_arm():
    f = site_summary("Randomised open-label trial. 120 adults were allocated either to drug A 200 mg daily or the "
                     "reverse transcriptase inhibitor tenofovir 300 mg daily.").plain()
    assert f["control"] == "active"


# --- the control group kept to its usual diet --------------------------------------------------------------------

def test_control_group_kept_to_their_usual_diet_is_usual_care():
    f = site_summary("Randomised controlled trial. 700 older adults added walnuts to their diet; the control group kept "
                     "to their usual diet and abstained from walnuts.").plain()
    assert f["control"] == "usual-care"


def test_control_group_kept_to_a_low_fat_diet_is_no_usual_care():
    f = site_summary("Randomised controlled trial. 700 older adults added walnuts to their diet; the control group kept "
                     "to a low-fat diet prescribed by a dietitian.").plain()
    assert f["control"] != "usual-care"


# --- the same treatment started later -----------------------------------------------------------------------------

def test_infants_started_later_are_an_active_comparison():
    f = site_summary("Retrospective cohort study of 5,000 preterm infants from a national database. Infants started on "
                     "caffeine within 2 days of birth had lower odds of death than infants started later.").plain()
    assert f["design"] == "cohort"
    assert f["control"] == "active"


def test_infants_never_given_the_drug_are_no_active_comparison():
    f = site_summary("Retrospective cohort study of 5,000 preterm infants from a national database. Infants given "
                     "caffeine had lower odds of death than infants never given caffeine.").plain()
    assert f["control"] != "active"


# --- who was studied ---------------------------------------------------------------------------------------------

def test_sites_that_differed_widely_in_their_participants_are_heterogeneous():
    f = site_summary("Two-centre randomised controlled trial of 700 adults.",
                     limitations=("The two sites differed widely: participants in one smoked more and had less "
                                  "education",)).plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_sites_that_differed_widely_in_procedures_say_nothing_of_the_people():
    f = site_summary("Two-centre randomised controlled trial of 700 adults.",
                     limitations=("The two sites differed widely in their procedures",)).plain()
    assert f["heterogeneity"] == "unknown"


def test_sampling_restricted_to_one_age_and_sex_is_homogeneous():
    f = site_summary("Cross-sectional survey of 810 schoolgirls aged 14-15; sampling was restricted to this age and sex "
                     "as a proxy for young women.").plain()
    assert f["heterogeneity"] == "homogeneous"


def test_sampling_restricted_to_a_number_of_schools_is_no_restriction_of_people():
    f = site_summary("Cross-sectional survey of 810 schoolgirls; sampling was restricted to 9 schools.").plain()
    assert f["heterogeneity"] == "unknown"


def test_participants_differed_widely_across_trials_is_heterogeneous():
    f = site_summary("Systematic review and meta-analysis of 16 randomised trials. Participants differed widely across "
                     "trials: healthy adults and people with diabetes.").plain()
    assert f["heterogeneity"] == "heterogeneous"


def test_doses_differed_widely_across_trials_say_nothing_of_the_people():
    f = site_summary("Systematic review and meta-analysis of 16 randomised trials. Doses differed widely across "
                     "trials.").plain()
    assert f["heterogeneity"] == "unknown"


# --- a later study in Clinical Significance ----------------------------------------------------------------------

def test_authors_later_following_people_prospectively_is_another_study():
    f = site_summary("Case-control study. Cases with cancer were matched to hospital controls by age and sex.",
                     significance="The authors later followed 4,000 adults prospectively for 5 years.").plain()
    assert f["design"] == "case-control"
    assert f["timing"] == "unknown"


def test_this_report_as_a_retrospective_study_in_clinical_significance_counts():
    f = site_summary("Case-control study. Cases with cancer were matched to hospital controls by age and sex.",
                     significance="As a small retrospective case-control study, this report cannot prove "
                                  "causation.").plain()
    assert f["timing"] == "retrospective"


# --- counts in the header ----------------------------------------------------------------------------------------

def test_case_control_header_pairs_count_both_members():
    f = site_summary("Case-control study. Cases with cancer were matched to hospital controls by age and sex.",
                     participants="1,987 pairs").plain()
    assert f["n"] == 3974


def test_cohort_header_mother_infant_pairs_count_the_pairs():
    f = site_summary("Prospective cohort study of mothers and their infants followed from birth.",
                     participants="500 mother-infant pairs").plain()
    assert f["n"] == 500


def test_umbrella_review_counts_its_reviews_and_meta_analyses():
    f = site_summary("Umbrella review. Medline and Embase were searched. In all, 268 reviews and meta-analyses were "
                     "included.").plain()
    assert f["design"] == "systematic-review"
    assert f["n_studies"] == 268


def test_two_reviewers_are_no_count_of_studies():
    f = site_summary("Systematic review and meta-analysis. Two reviewers extracted data from 12 randomised "
                     "trials.").plain()
    assert f["n_studies"] == 12


def test_header_count_of_studies_decides_over_the_text_counts():
    f = site_summary("Systematic review and meta-analysis of 201 observational studies and 17 randomised trials.",
                     participants="218 studies").plain()
    assert f["n_studies"] == 218


def test_text_count_of_studies_decides_without_a_header_count():
    f = site_summary("Umbrella review of 201 meta-analyses of observational research.").plain()
    assert f["n_studies"] == 201


# --- cells infected in the dish ----------------------------------------------------------------------------------

def test_cells_infected_with_a_virus_are_in_vitro():
    f = site_summary("Human bronchial epithelial cells were infected with rhinovirus, with or without the extract.",
                     participants="Cell culture").plain()
    assert f["species"] == "in-vitro"


def test_volunteers_infected_with_a_virus_are_people():
    f = site_summary("Healthy volunteers were infected with rhinovirus, with or without the extract.").plain()
    assert f["species"] == "human"
