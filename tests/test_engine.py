"""Scoring Facts with a rubric: the seed grades Very low, a good RCT High, overrides regrade."""
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appraisal.engine import EVIDENCE_JOIN, _plain, apply_overrides, appraise, grade_for, judge
from appraisal.errors import AppraisalError
from appraisal.models import (
    FACT_NAMES, Blinding, Control, Design, Facts, Heterogeneity, Override, Species, Timing,
)
from appraisal.rubric import RUBRIC_DIR, default_rubric, is_unknown, load_rubric, parse_rubric

GRADE = default_rubric()
POINTS = load_rubric(RUBRIC_DIR / "points.toml")

SEED_EVIDENCE = {
    "design": "Prospective cohort study (single-arm with historical controls).",
    "timing": "Prospective cohort study",
    "species": "Immunocompromised patients with chronic HBV, HCV",
    "randomized": "No randomized control group (historical comparator)",
    "control": "single-arm with historical controls",
    "n": "140 participants",
    "duration_days": "6 months",
    "heterogeneity": "Heterogeneous immune deficiency causes in the cohort",
}


def seed_facts(**changes) -> Facts:
    """The canonical example (Thymosin Alpha-1 cohort) as the extractor should read it."""
    facts = dict(design="cohort", timing="prospective", species="human", randomized=False,
                 control="historical", n=140, duration_days=180, heterogeneity="heterogeneous",
                 evidence=dict(SEED_EVIDENCE))
    return Facts(**{**facts, **changes})


def good_rct(**changes) -> Facts:
    facts = dict(design="rct", timing="prospective", species="human", randomized=True, blinding="double",
                 control="placebo", n=300, duration_days=365, heterogeneity="homogeneous",
                 evidence={"design": "randomized, double-blind, placebo-controlled trial", "n": "300 patients"})
    return Facts(**{**facts, **changes})


def levels(appraisal) -> dict[str, str]:
    return {j.criterion: j.level for j in appraisal.judgements}


# --- the GRADE rubric on known studies -----------------------------------------------------------

def test_seed_is_very_low_certainty():
    appraisal = appraise(seed_facts(), GRADE, source="000_68e18b48f32a60f4.txt")
    assert levels(appraisal) == {
        "design": "Observational", "control": "Historical control", "blinding": "Not applicable (non-randomized)",
        "sample_size": "Adequate", "heterogeneity": "Heterogeneous population"}
    # observational start (2), rated down once for historical controls: one override from Low
    assert appraisal.total == 1
    assert appraisal.grade == "Very low"
    assert appraisal.source == "000_68e18b48f32a60f4.txt"
    assert appraisal.rubric == GRADE.ref


def test_seed_rationales_quote_the_facts_and_evidence():
    by_id = {j.criterion: j for j in appraise(seed_facts(), GRADE).judgements}
    assert "control = historical" in by_id["control"].rationale
    assert "n = 140" in by_id["sample_size"].rationale
    assert by_id["control"].evidence == SEED_EVIDENCE["control"]
    assert by_id["control"].facts == ["control"]
    assert by_id["heterogeneity"].evidence == SEED_EVIDENCE["heterogeneity"]


def test_double_blind_placebo_rct_of_300_is_high():
    appraisal = appraise(good_rct(), GRADE)
    assert appraisal.total == 4 and appraisal.grade == "High"
    assert levels(appraisal)["design"] == "Randomized evidence"


def test_small_rct_is_rated_down_for_imprecision():
    appraisal = appraise(good_rct(n=40), GRADE)
    assert appraisal.grade == "Moderate"
    assert levels(appraisal)["sample_size"] == "Modest"
    assert appraise(good_rct(n=20), GRADE).grade == "Low"


def test_open_label_rct_is_rated_down_and_quotes_both_facts():
    facts = good_rct(blinding="open", evidence={"design": "randomized trial", "blinding": "open-label"})
    judgement = judge(GRADE.criterion("blinding"), facts)
    assert (judgement.level, judgement.score) == ("Open-label trial", -1)
    assert judgement.evidence == f"randomized trial{EVIDENCE_JOIN}open-label"
    assert judgement.facts == ["design", "blinding"]


def test_the_same_quote_for_two_facts_is_given_once():
    facts = good_rct(blinding="open", evidence={"design": "open-label randomized trial",
                                                "blinding": "open-label randomized trial"})
    assert judge(GRADE.criterion("blinding"), facts).evidence == "open-label randomized trial"


def test_preclinical_comes_first_whatever_the_design():
    appraisal = appraise(good_rct(species="animal"), GRADE)
    assert levels(appraisal)["design"] == "Preclinical"
    assert appraisal.grade == "Very low"


def test_meta_analysis_is_judged_on_i2_and_not_penalised_for_control():
    facts = Facts(design="meta-analysis", randomized=True, n=5000, n_studies=12, i2=80.0,
                  heterogeneity="homogeneous", evidence={"i2": "I² = 80%"})
    by_id = {j.criterion: j for j in appraise(facts, GRADE).judgements}
    assert by_id["control"].level == "Not applicable (review)"
    assert by_id["heterogeneity"].level == "Considerable inconsistency"  # I² decides before population
    assert by_id["heterogeneity"].rationale.startswith("I² = 80%")
    assert by_id["heterogeneity"].evidence == "I² = 80%"


@pytest.mark.parametrize("i2, label", [(75.0, "Considerable inconsistency"), (74.99, "Substantial inconsistency"),
                                       (50.0, "Substantial inconsistency"), (49.9, "Low inconsistency"),
                                       (0.0, "Low inconsistency")])
def test_i2_thresholds(i2, label):
    assert judge(GRADE.criterion("heterogeneity"), Facts(i2=i2)).level == label


@pytest.mark.parametrize("n, label", [(100, "Adequate"), (99, "Modest"), (30, "Modest"), (29, "Small"),
                                      (0, "Small"), (None, "Not reported")])
def test_sample_size_thresholds(n, label):
    assert judge(GRADE.criterion("sample_size"), Facts(n=n)).level == label


def test_unknown_facts_hit_the_not_reported_level_without_evidence():
    facts = Facts(evidence={"species": "patients"})  # all quality facts unknown
    appraisal = appraise(facts, GRADE)
    for judgement in appraisal.judgements:
        criterion = GRADE.criterion(judgement.criterion)
        assert judgement.level == "Not reported"
        assert judgement.evidence is None
        assert judgement.facts == criterion.facts()
    assert "n = unknown" in {j.criterion: j for j in appraisal.judgements}["sample_size"].rationale
    assert appraisal.total == 1 - 1 + 0 - 1 + 0
    assert appraisal.grade == "Very low"


def test_a_level_matched_on_a_fact_without_quote_has_no_evidence():
    judgement = judge(GRADE.criterion("sample_size"), Facts(n=500))
    assert judgement.level == "Adequate" and judgement.evidence is None


def test_rationale_shows_numbers_and_booleans_as_a_reviewer_writes_them():
    by_id = {j.criterion: j for j in appraise(seed_facts(), POINTS).judgements}
    assert by_id["duration"].rationale.startswith("Duration 180 days")  # not 180.0
    assert "randomized = false" in by_id["randomization"].rationale
    assert judge(GRADE.criterion("heterogeneity"), Facts(i2=62.5)).rationale.startswith("I² = 62.5%")


# --- the points rubric and grade bands -----------------------------------------------------------

def test_points_rubric_grades_on_percent():
    seed = appraise(seed_facts(), POINTS)
    assert seed.total == 2 + 0 + 0 + 1 + 2 + 3 + 2
    assert seed.grade == "C"  # 10 / 28 = 36 %
    assert appraise(good_rct(), POINTS).grade == "A"
    assert appraise(Facts(), POINTS).grade == "D"


@pytest.mark.parametrize("total, grade", [(4, "High"), (3.5, "Moderate"), (3, "Moderate"), (2, "Low"),
                                          (1.99, "Very low"), (1, "Very low"), (-6, "Very low")])
def test_grade_bands_on_total(total, grade):
    assert grade_for(total, GRADE) == grade


@pytest.mark.parametrize("total, grade", [(28, "A"), (21, "A"), (20.9, "B"), (14, "B"), (7, "C"), (6.9, "D"),
                                          (0, "D")])
def test_grade_bands_on_percent(total, grade):
    assert grade_for(total, POINTS) == grade


def test_band_edge_survives_float_sums():
    text = (RUBRIC_DIR / "grade.toml").read_text().replace("min = 3\n", "min = 0.3\n").replace("min = 2\n", "min = 0.2\n")
    rubric = parse_rubric(text, "tenths.toml")
    assert grade_for(0.1 + 0.2, rubric) == "Moderate"


# --- overrides -----------------------------------------------------------------------------------

def test_overrides_change_total_and_grade_and_keep_the_automatic_level():
    automatic = appraise(seed_facts(), GRADE)
    overrides = [
        Override(criterion="control", level="Concurrent control", reason="Methods describe a matched untreated arm",
                 reviewer="ak"),
        Override(criterion="heterogeneity", level="Homogeneous population", reason="One cause only", reviewer="ak"),
    ]
    reviewed = apply_overrides(automatic, GRADE, overrides)
    assert reviewed.total == automatic.total + 1 + 0 == 2
    assert reviewed.grade == "Low"
    reviewed = apply_overrides(reviewed, GRADE, [Override(criterion="design", level="Randomized controlled trial",
                                                          reason="Allocation by sealed envelopes")])
    assert reviewed.total == 4 and reviewed.grade == "High"
    control = {j.criterion: j for j in reviewed.judgements}["control"]
    assert (control.level, control.score, control.overridden) == ("Concurrent control", 0, True)
    assert control.automatic_level == "Historical control"
    assert control.reason == "Methods describe a matched untreated arm"
    assert "Methods describe a matched untreated arm" in control.rationale
    assert control.evidence == SEED_EVIDENCE["control"]  # the study still says what it says
    untouched = {j.criterion: j for j in reviewed.judgements}["blinding"]
    assert not untouched.overridden and untouched.automatic_level is None
    # the automatic appraisal is left as it was
    assert automatic.total == 1 and not any(j.overridden for j in automatic.judgements)


def test_overriding_twice_remembers_the_engine_level():
    first = appraise(seed_facts(), GRADE, overrides=[Override(criterion="design", level="Pooled evidence", reason="a")])
    second = apply_overrides(first, GRADE, [Override(criterion="design", level="Expert opinion", reason="b")])
    design = second.judgements[0]
    assert (design.level, design.automatic_level, design.reason) == ("Expert opinion", "Observational", "b")
    assert second.total == 1 - 2 + 1


def test_appraise_with_overrides_equals_applying_them_after():
    overrides = [Override(criterion="sample_size", level="Adequate", reason="ok")]
    assert appraise(seed_facts(), GRADE, overrides=overrides, reviewer="ak") == apply_overrides(
        appraise(seed_facts(), GRADE, reviewer="ak"), GRADE, overrides)
    assert appraise(seed_facts(), GRADE, reviewer="ak").reviewer == "ak"


@pytest.mark.parametrize("criterion, level, message", [
    ("dsign", "Observational", "no criterion 'dsign'"),
    ("design", "Observationl", "no level 'Observationl'.*'Observational'"),
])
def test_override_of_unknown_criterion_or_level_is_refused(criterion, level, message):
    with pytest.raises(AppraisalError, match=message):
        appraise(seed_facts(), GRADE, overrides=[Override(criterion=criterion, level=level, reason="x")])


def test_override_with_another_rubric_is_refused():
    appraisal = appraise(seed_facts(), GRADE)
    with pytest.raises(AppraisalError, match="appraise again"):
        apply_overrides(appraisal, POINTS, [Override(criterion="design", level="Randomized", reason="x")])


# --- properties ------------------------------------------------------------------------------------

def maybe(strategy):
    return st.none() | strategy


any_float = st.floats(allow_nan=True, allow_infinity=True)
any_facts = st.builds(
    Facts,
    design=st.sampled_from(Design), timing=st.sampled_from(Timing), species=st.sampled_from(Species),
    randomized=maybe(st.booleans()), blinding=st.sampled_from(Blinding), control=st.sampled_from(Control),
    n=maybe(st.integers(-10, 10**9)), n_studies=maybe(st.integers(0, 500)), duration_days=maybe(any_float),
    heterogeneity=st.sampled_from(Heterogeneity), i2=maybe(any_float),
    evidence=st.dictionaries(st.sampled_from(FACT_NAMES), st.text(max_size=40), max_size=11),
)


@settings(max_examples=400, deadline=None)
@given(any_facts)
def test_appraise_never_raises_and_stays_within_the_rubric(facts):
    assert _plain(facts) == facts.plain()
    for rubric in (GRADE, POINTS):
        appraisal = appraise(facts, rubric)
        assert rubric.min_total() <= appraisal.total <= rubric.max_total()
        assert [j.criterion for j in appraisal.judgements] == [c.id for c in rubric.criteria]
        assert appraisal.grade in [b.grade for b in rubric.grading.bands]
        for judgement in appraisal.judgements:
            if judgement.evidence is not None:
                assert all(part in facts.evidence.values() for part in judgement.evidence.split(EVIDENCE_JOIN))


def unknown(value) -> bool:
    return is_unknown(value) or (isinstance(value, float) and math.isnan(value))


@settings(max_examples=400, deadline=None)
@given(any_facts)
def test_grade_rubric_says_not_reported_only_when_its_facts_are_unknown(facts):
    """The shipped rubric covers its vocabulary: a study falls through to 'Not reported' exactly when
    the facts that criterion needs are unknown, never because a known value was forgotten."""
    p = facts.plain()
    reviews = {"meta-analysis", "systematic-review", "narrative-review"}
    why = {
        "design": unknown(p["design"]) and p["species"] not in {"animal", "in-vitro"},
        "control": unknown(p["control"]) and p["design"] not in reviews,
        "blinding": unknown(p["design"]) or (p["design"] == "rct" and unknown(p["blinding"])),
        "sample_size": unknown(p["n"]),
        "heterogeneity": unknown(p["i2"]) and unknown(p["heterogeneity"]),
    }
    for judgement in appraise(facts, GRADE).judgements:
        assert (judgement.level == "Not reported") == why[judgement.criterion], judgement
