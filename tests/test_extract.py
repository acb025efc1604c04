"""Fact extraction: single sentences (negation, context, section weight), PubMed-style abstracts,
indexing, evidence quotes, and the example library against its labels (speed is in bench/)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from appraisal.extract import extract_facts
from appraisal.models import FACT_NAMES, Facts, Study

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
LABELS = ROOT / "tests" / "labels" / "facts.json"
SEED = DATA / "000_68e18b48f32a60f4.txt"


def make(methods=None, limitations=(), title=None, key_finding=None, background=None,
         significance=None, participants=None, duration=None, abstract=None,
         publication_types=(), mesh_terms=(), fmt="summary-text") -> Study:
    """A Study whose text holds every field the way the site's summaries lay them out."""
    lines = []
    if title:
        lines += [title, ""]
    if participants is not None or duration:
        lines += [f"Some Journal/2020/{participants if participants is not None else 'N/A'} participants/{duration or 'N/A'}", ""]
    for heading, body in (("Key Finding", key_finding), ("Background", background), ("Methods", methods),
                          ("Clinical Significance", significance)):
        if body:
            lines += [heading, "", body, ""]
    if limitations:
        lines += ["Limitations", ""] + [f"  • {x}" for x in limitations] + [""]
    if abstract:
        lines += ["AB  - " + abstract, ""]
    lines += [f"PT  - {p}" for p in publication_types] + [f"MH  - {m}" for m in mesh_terms]
    return Study(source="t", format=fmt, title=title, key_finding=key_finding, background=background,
                 methods=methods, clinical_significance=significance, limitations=list(limitations),
                 header_participants=participants, header_duration=duration, abstract=abstract,
                 publication_types=list(publication_types), mesh_terms=list(mesh_terms), text="\n".join(lines))


def facts_of(learned: bool = False, **kw) -> Facts:
    """The facts of a built study. The rule tests read the rules alone: a one-sentence study is no text
    the learned reader was made for, and its reading is tested in tests/test_learned.py."""
    study = make(**kw)
    facts = extract_facts(study, learned=learned)
    assert_quotes(facts, study)
    return facts


def assert_quotes(facts: Facts, study: Study):
    """Every known fact has a quote, every quote is an exact span of the text, unknowns have none."""
    plain = facts.plain()
    for name in FACT_NAMES:
        known = plain[name] not in (None, "unknown")
        assert (name in facts.evidence) == known, (name, plain[name], facts.evidence.get(name))
    for name, quote in facts.evidence.items():
        assert quote and quote in study.text, (name, quote)


# --- design --------------------------------------------------------------------------------------

@pytest.mark.parametrize("methods, design", [
    ("In this randomized, double-blind, placebo-controlled trial, we assigned 1,200 patients to drug or placebo.", "rct"),
    ("Patients were randomly assigned (1:1) to metformin or placebo.", "rct"),
    ("Randomised crossover trial in 24 healthy volunteers.", "rct"),
    ("A crossover RCT in 30 adults.", "rct"),
    ("Non-randomized controlled trial comparing two clinics.", "controlled-trial"),
    ("Quasi-experimental study with a concurrent control group of 40 adults.", "controlled-trial"),
    ("Open-label controlled trial of supplement versus usual care.", "controlled-trial"),
    ("Prospective cohort study of 5,000 nurses followed for 10 years.", "cohort"),
    ("Retrospective cohort study using registry data.", "cohort"),
    ("Longitudinal study of 300 older adults.", "cohort"),
    ("Retrospective chart review of 212 patients treated at one hospital.", "cohort"),
    ("Hospital-based case-control study of 200 cases and 400 matched controls.", "case-control"),
    ("Cross-sectional survey of 2,000 adults.", "cross-sectional"),
    ("A national survey of 1,500 adults.", "cross-sectional"),
    ("Case series of 12 consecutive patients.", "case-series"),
    ("Open-label, single-arm pilot study in 15 patients.", "case-series"),
    ("We report a 54-year-old man who developed ketoacidosis.", "case-report"),
    ("Case report of a child with leptin deficiency.", "case-report"),
    ("Narrative review of the published literature on BPC 157.", "narrative-review"),
    ("We searched MEDLINE and Embase for randomized trials of vitamin D.", "systematic-review"),
    ("Systematic review and meta-analysis of 14 RCTs (n = 1,203).", "meta-analysis"),
    ("Meta-analysis of 18 randomized controlled trials.", "meta-analysis"),
    ("Double-blind crossover study in 16 healthy men.", "controlled-trial"),
    ("Randomized crossover study in 16 healthy men.", "rct"),
    ("Pre-post study of 30 nursing home residents.", "case-series"),
])
def test_design_from_methods(methods, design):
    assert facts_of(methods=methods).design.value == design


def test_design_order_meta_analysis_beats_systematic_review_across_sections():
    f = facts_of(title="Vitamin D and falls: a systematic review and meta-analysis",
                 methods="We searched PubMed and Embase to 2020. 23 studies (n = 4,512) were included.")
    assert f.design.value == "meta-analysis"
    assert f.n == 4512 and f.n_studies == 23


def test_future_trials_in_limitations_do_not_make_an_rct():
    f = facts_of(methods="Prospective cohort study of 80 patients.",
                 limitations=["Larger randomized controlled trials are needed to confirm the effect"])
    assert f.design.value == "cohort"
    assert f.randomized is False  # a cohort is non-randomized; the design sentence says so
    assert f.evidence["randomized"] == "Prospective cohort study of 80 patients."


def test_previous_trials_in_background_do_not_decide():
    f = facts_of(background="Previous double-blind randomized trials in rats showed benefit in vitro.",
                 methods="Open-label, single-arm study in 20 adults with psoriasis.")
    assert f.design.value == "case-series"
    assert f.blinding.value == "open"
    assert f.control.value == "none"
    assert f.species.value == "human"
    assert f.randomized is False


def test_mendelian_randomization_is_not_a_trial():
    f = facts_of(methods="Two-sample Mendelian randomization analysis using genetic variants from 400,000 adults.")
    assert f.design.value != "rct" and f.randomized is not True


def test_random_sampling_is_not_random_allocation():
    f = facts_of(methods="A cross-sectional survey of 1,000 randomly selected adults.")
    assert f.design.value == "cross-sectional"
    assert f.randomized is False


# --- randomization and negation ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("Patients were randomized to two doses.", True),
    ("Participants were randomly allocated to intervention or control.", True),
    ("This was a non-randomized comparison.", False),
    ("Patients were not randomized.", False),
    ("Randomization was not performed.", False),
    ("Lack of randomization.", False),
    ("No randomized control group (historical comparator)", False),
    ("Allocation was nonrandomized.", False),
])
def test_randomized(sentence, value):
    assert facts_of(methods=sentence).randomized is value


def test_patients_who_did_not_respond_were_randomized_is_positive():
    assert facts_of(methods="Patients who did not respond were randomized to a second drug.").randomized is True


def test_limitation_negation_overrides_methods_only_for_that_fact():
    f = facts_of(methods="Double-blind controlled trial in 60 adults.", limitations=["Not randomized"])
    assert f.randomized is False
    assert f.design.value == "controlled-trial"
    assert f.blinding.value == "double"
    assert f.evidence["randomized"] == "Not randomized"


# --- blinding -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("Double-blind, placebo-controlled trial.", "double"),
    ("Double-masked randomized trial.", "double"),
    ("Triple-blind randomized trial.", "double"),
    ("Quadruple-masked trial.", "double"),
    ("Single-blind randomized trial.", "single"),
    ("Assessor-blinded randomized trial.", "single"),
    ("Outcome assessors were blinded to allocation.", "single"),
    ("Participants and investigators were blinded to group allocation.", "double"),
    ("Open-label randomized trial.", "open"),
    ("The study was not blinded.", "open"),
    ("Blinding was not possible because of the nature of the intervention.", "open"),
    ("Unblinded pilot trial.", "open"),
    ("Lack of blinding", "open"),
    ("Neither patients nor investigators were blinded.", "open"),
    ("No blinding of participants or staff.", "open"),
])
def test_blinding(sentence, value):
    assert facts_of(methods=sentence).blinding.value == value


def test_blinding_unknown_when_not_mentioned():
    f = facts_of(methods="Prospective cohort study of 300 adults.")
    assert f.blinding.value == "unknown" and "blinding" not in f.evidence


# --- control --------------------------------------------------------------------------------------

@pytest.mark.parametrize("methods, limitations, value", [
    ("Randomized to vitamin D or matching placebo.", [], "placebo"),
    ("Sham-controlled randomized trial of acupuncture.", [], "placebo"),
    ("Randomized trial of semaglutide versus an active comparator (dulaglutide).", [], "active"),
    ("Non-inferiority trial comparing drug A with the standard drug.", [], "active"),
    ("Adults were randomized to semaglutide 1.0 mg or dulaglutide 1.5 mg weekly.", [], "active"),
    ("Randomized trial comparing sitagliptin with glimepiride in 500 adults.", [], "active"),
    ("Patients were randomized to drug X 10 mg or matching placebo.", [], "placebo"),
    ("Patients with or without diabetes were followed (cohort study).", [], "unknown"),
    ("Patients were randomized to the programme or usual care.", [], "usual-care"),
    ("Randomized to the drug plus standard of care or standard of care alone.", [], "usual-care"),
    ("Randomized to therapy or a wait-list control group.", [], "no-treatment"),
    ("Outcomes were compared with a concurrent untreated control group.", [], "no-treatment"),
    ("Outcomes were compared with historical controls.", [], "historical"),
    ("Single-arm study of 20 patients.", [], "none"),
    ("Uncontrolled open-label study.", [], "none"),
    ("Single-arm study of 20 patients.", ["Comparison against a historical comparator only"], "historical"),
    ("Open-label study of 20 patients.", ["No control group"], "none"),
    ("Twenty patients were treated without a control group.", [], "none"),
    ("Open-label study of 20 patients.", ["The study lacked a control group"], "none"),
    ("Open-label study of 20 patients.", ["In the absence of a comparison group, effects are uncertain"], "none"),
    ("Compared with non-diabetic controls matched for age.", [], "unknown"),
])
def test_control(methods, limitations, value):
    assert facts_of(methods=methods, limitations=limitations).control.value == value


def test_no_placebo_arm_is_not_placebo():
    f = facts_of(methods="Twenty patients received the supplement; a placebo effect cannot be excluded.",
                 limitations=["No placebo arm"])
    assert f.control.value != "placebo"


# --- species --------------------------------------------------------------------------------------

@pytest.mark.parametrize("methods, value", [
    ("Forty male Sprague-Dawley rats were randomly divided into four groups.", "animal"),
    ("C57BL/6 mice were fed a high-fat diet.", "animal"),
    ("New Zealand white rabbits underwent tendon transection.", "animal"),
    ("Beagle dogs received the compound orally.", "animal"),
    ("A murine model of colitis was used.", "animal"),
    ("A porcine model of wound healing was used.", "animal"),
    ("Cultured human keratinocytes were exposed to the extract.", "in-vitro"),
    ("In vitro study: HepG2 cells were treated with increasing doses.", "in-vitro"),
    ("Fibroblasts isolated from rats were grown in cell culture.", "in-vitro"),
    ("We enrolled 120 adults with hypertension.", "human"),
    ("Healthy volunteers received a single dose.", "human"),
    ("Postmenopausal women were randomized.", "human"),
    ("Children aged 6 to 12 years took part.", "human"),
])
def test_species(methods, value):
    assert facts_of(methods=methods).species.value == value


def test_human_trial_mentioning_in_vitro_work_in_background_is_human():
    f = facts_of(background="In vitro and in mice the peptide promoted healing of cultured tendon cells.",
                 methods="Randomized trial in 80 patients with tendinopathy.")
    assert f.species.value == "human"


def test_animal_study_saying_results_may_not_apply_to_humans():
    f = facts_of(methods="Wistar rats (n = 30) received the extract for 8 weeks.",
                 limitations=["Results in rats may not translate to humans"])
    assert f.species.value == "animal" and f.n == 30 and f.duration_days == 56


# --- heterogeneity and I² -------------------------------------------------------------------------

@pytest.mark.parametrize("limitation, value", [
    ("Heterogeneous immune deficiency causes in the cohort", "heterogeneous"),
    ("Homogeneous population of young students", "homogeneous"),
    ("Narrowly defined population of men", "homogeneous"),
    ("The population was not heterogeneous", "homogeneous"),
])
def test_population_heterogeneity(limitation, value):
    assert facts_of(methods="Prospective cohort study.", limitations=[limitation]).heterogeneity.value == value


def test_statistical_heterogeneity_is_not_population_heterogeneity():
    f = facts_of(methods="Meta-analysis of 12 trials. Between-trial heterogeneity was not statistically significant.")
    assert f.heterogeneity.value == "unknown"
    f = facts_of(methods="Meta-analysis of 12 trials. Heterogeneity was assessed with the I2 statistic.")
    assert f.heterogeneity.value == "unknown" and f.i2 is None


@pytest.mark.parametrize("sentence", [
    "Pooled effect 0.8 (I² = 64%).", "Pooled effect 0.8, I2=64%.", "Heterogeneity was substantial (I^2 of 64%).",
    "Moderate heterogeneity was found (I-squared = 64%).",
])
def test_i2(sentence):
    f = facts_of(methods="Meta-analysis of 9 RCTs (n = 900).", key_finding=sentence)
    assert f.i2 == 64 and "64" in f.evidence["i2"]


# --- numbers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("methods, n", [
    ("A total of 1,203 patients were enrolled.", 1203),
    ("We enrolled 120 adults with asthma.", 120),
    ("Forty male rats were used (n = 40).", 40),
    ("40 male Sprague-Dawley rats were divided into 4 groups.", 40),
    ("The trial randomized 2,000 patients.", 2000),
    ("Twelve healthy volunteers took part.", 12),
    ("Of 500 patients screened, 120 patients were enrolled.", 120),
    ("Of 500 screened, 120 were enrolled.", 120),
    ("The sample size was 96.", 96),
    ("N = 250 adults with COPD.", 250),
    ("Of the 120 participants, 64 were women.", 120),
])
def test_n_from_methods(methods, n):
    assert facts_of(methods=methods).n == n


def test_age_is_not_a_sample_size_or_duration():
    f = facts_of(methods="Adults aged 45 years or older were eligible.")
    assert f.n is None and f.duration_days is None


def test_header_n_preferred_and_conflict_recorded():
    f = facts_of(participants=140, duration="6 months", methods="A total of 120 patients completed the study.")
    assert f.n == 140
    assert "140 participants" in f.evidence["n"]
    assert "120" in f.conflicts["n"]


def test_header_n_not_available_is_ignored():
    f = facts_of(duration="12 weeks", methods="We enrolled 64 adults.")
    assert f.n == 64 and f.duration_days == 84


def test_meta_analysis_counts():
    f = facts_of(methods="Meta-analysis of 14 RCTs (n = 1,203).")
    assert (f.n, f.n_studies) == (1203, 14)


def test_n_studies_only_for_reviews():
    f = facts_of(methods="Randomized trial in 90 adults; earlier 3 trials were small.")
    assert f.n_studies is None


@pytest.mark.parametrize("methods, days", [
    ("Participants took the supplement for 12 weeks.", 84),
    ("A 12-week intervention in 40 adults.", 84),
    ("Mortality was recorded over 2 years.", 730),
    ("Median follow-up of 18 months.", 540),
    ("Patients were followed for 3.5 years.", 1277.5),
    ("Treatment lasted for 10 days.", 10),
    ("Treatment continued for six months.", 180),
    ("Follow-up: 24 months.", 720),
    ("Outcomes were measured over a 6-month period.", 180),
])
def test_duration_from_methods(methods, days):
    assert facts_of(methods=methods).duration_days == pytest.approx(days)


@pytest.mark.parametrize("header, days", [("6 months", 180), ("68 weeks", 476), ("5.2 years", 1898),
                                          ("28 days", 28), ("7 weeks to 1.5 years", None), ("Variable", None)])
def test_duration_from_header(header, days):
    f = facts_of(participants=10, duration=header)
    assert f.duration_days == (pytest.approx(days) if days else None)


# --- timing --------------------------------------------------------------------------------------

def test_timing():
    assert facts_of(methods="Retrospective analysis of 300 patients.").timing.value == "retrospective"
    assert facts_of(methods="Data were collected prospectively from 300 patients.").timing.value == "prospective"
    f = facts_of(methods="Randomized trial of 300 patients.")
    assert f.timing.value == "prospective" and f.evidence["timing"] == f.evidence["design"]
    assert facts_of(methods="Analysis of registry data on 10,000 patients.").timing.value == "retrospective"
    assert facts_of(methods="Cohort study; prospectively registered.").timing.value == "unknown"
    f = facts_of(methods="Randomized trial of 300 patients; data were entered in a database.")
    assert f.timing.value == "prospective"
    f = facts_of(methods="Cross-sectional study of 200 adults.", limitations=["Prospective studies are needed"])
    assert f.timing.value == "unknown"


# --- mixed sentences from real-world phrasing ------------------------------------------------------

@pytest.mark.parametrize("kw, expected", [
    (dict(methods="Post hoc analysis of the STEP 1 randomized trial in 1,961 adults."),
     {"design": "rct", "randomized": True, "n": 1961}),
    (dict(methods="This pilot study had no control arm; 18 patients received the drug."),
     {"control": "none", "n": 18}),
    (dict(methods="Outcomes were compared with a matched control group of untreated patients."),
     {"design": "controlled-trial", "control": "no-treatment"}),
    (dict(methods="Retrospective cohort. Exposure was not randomized."),
     {"design": "cohort", "timing": "retrospective", "randomized": False}),
    (dict(methods="Randomized, open-label, active-controlled trial in 800 adults."),
     {"design": "rct", "blinding": "open", "control": "active", "n": 800}),
    (dict(methods="Placebo-controlled crossover study in 12 healthy men."),
     {"design": "controlled-trial", "control": "placebo", "randomized": None, "n": 12}),
    (dict(methods="Meta-analysis of 10 trials. There was no significant heterogeneity."),
     {"design": "meta-analysis", "n_studies": 10, "heterogeneity": "unknown"}),
    (dict(methods="Prospective cohort of 500 adults.", limitations=["The cohort was heterogeneous in age"]),
     {"heterogeneity": "heterogeneous", "n": 500}),
    (dict(methods="Twenty-four rats were divided into three groups of eight (n = 8 per group)."),
     {"species": "animal", "n": 24}),
    (dict(methods="Female C57BL/6 mice (n = 10 per group) were fed for 16 weeks."),
     {"species": "animal", "n": None, "duration_days": 112}),
    (dict(methods="Children (n = 86) were randomly assigned to omega-3 or placebo; investigators and families were blinded."),
     {"design": "rct", "blinding": "double", "control": "placebo", "n": 86}),
    (dict(methods="60 patients received the protocol and 60 historical patients served as controls."),
     {"control": "historical", "design": "unknown"}),
    (dict(methods="Data came from a population-based cohort of 500,000 participants."),
     {"design": "cohort", "randomized": False, "n": 500000}),
    (dict(methods="Forty-eight male Wistar rats received the peptide or saline."),
     {"species": "animal", "n": 48, "control": "placebo"}),
    (dict(methods="Twenty-seven trials were included in this systematic review."),
     {"design": "systematic-review", "n_studies": 27}),
    (dict(methods="Systematic review of 12 included randomized trials."),
     {"design": "systematic-review", "n_studies": 12, "randomized": True}),
    (dict(background="In randomized controlled trials ketamine was effective.",
          methods="We reviewed the charts of 235 adults treated with ketamine."),
     {"design": "cohort", "randomized": False, "timing": "retrospective"}),
])
def test_real_world_phrasing(kw, expected):
    got = facts_of(**kw).plain()
    assert {k: got[k] for k in expected} == expected


# --- PubMed-style abstracts and indexing ------------------------------------------------------------

RCT_ABSTRACT = (
    "BACKGROUND: Vitamin D may prevent fractures; observational studies and earlier randomized trials disagree. "
    "METHODS: In this randomized, double-blind, placebo-controlled trial, we assigned 1,200 patients with "
    "osteoporosis to receive vitamin D or placebo for 2 years. "
    "RESULTS: Fractures occurred in 5% and 8%. CONCLUSIONS: Vitamin D reduced fractures.")


def test_pubmed_rct_abstract():
    f = facts_of(abstract=RCT_ABSTRACT, fmt="medline")
    assert f.plain() == {
        "design": "rct", "timing": "prospective", "species": "human", "randomized": True,
        "blinding": "double", "control": "placebo", "n": 1200, "n_studies": None, "duration_days": 730,
        "heterogeneity": "unknown", "i2": None}


def test_pubmed_meta_analysis_abstract():
    abstract = ("OBJECTIVE: To assess omega-3 fatty acids for depression. METHODS: We searched MEDLINE, Embase "
                "and CENTRAL to 2021 for randomized controlled trials. RESULTS: 23 studies (n = 4,512) were "
                "included. Omega-3 reduced symptoms (SMD -0.3; I2 = 71%). CONCLUSIONS: Benefit is uncertain.")
    f = facts_of(title="Omega-3 for depression: a meta-analysis", abstract=abstract, fmt="medline")
    assert f.design.value == "meta-analysis"
    assert (f.n, f.n_studies, f.i2) == (4512, 23, 71)


def test_pubmed_animal_abstract():
    abstract = ("Male Wistar rats (n = 30) were randomly assigned to a high-fat diet with or without the "
                "extract for 8 weeks. Control animals received vehicle.")
    f = facts_of(abstract=abstract, fmt="medline")
    assert (f.species.value, f.n, f.design.value, f.randomized, f.duration_days) == ("animal", 30, "rct", True, 56)


def test_indexing_fills_and_conflicts():
    f = facts_of(abstract="We followed 300 adults in a prospective cohort for 2 years.", fmt="medline",
                 publication_types=["Journal Article", "Randomized Controlled Trial"],
                 mesh_terms=["Humans", "Double-Blind Method", "Placebos"])
    assert f.design.value == "rct" and f.randomized is True
    assert f.evidence["design"] == "Randomized Controlled Trial"
    assert "cohort" in f.conflicts["design"] and "Randomized Controlled Trial" in f.conflicts["design"]
    assert f.blinding.value == "double" and f.evidence["blinding"] == "Double-Blind Method"
    assert f.control.value == "placebo"
    assert f.n == 300  # the text decides numbers


def test_indexing_generic_types_do_not_override_text():
    f = facts_of(abstract="Patients were randomly assigned to drug or placebo.", fmt="medline",
                 publication_types=["Clinical Trial"], mesh_terms=["Animals"])
    assert f.design.value == "rct"
    assert f.species.value == "human"
    assert "species" in f.conflicts


def test_indexing_animals_only():
    f = facts_of(abstract="The compound reduced tumour growth.", fmt="medline",
                 publication_types=["Journal Article"], mesh_terms=["Animals", "Mice/metabolism"])
    assert f.species.value == "animal" and f.evidence["species"] == "Animals"


def test_sections_only_record_is_read_by_heading():
    text = "METHODS\nDouble-blind trial; 40 adults were randomly assigned.\nBACKGROUND\nOther RCTs in mice exist."
    study = Study(source="t", format="html", text=text,
                  sections={"METHODS": "Double-blind trial; 40 adults were randomly assigned.",
                            "BACKGROUND": "Other RCTs in mice exist."})
    f = extract_facts(study)
    assert (f.design.value, f.blinding.value, f.n, f.species.value) == ("rct", "double", 40, "human")
    assert_quotes(f, study)


def test_review_publication_type():
    f = facts_of(abstract="This article summarizes recent work on senolytics.", fmt="medline",
                 publication_types=["Journal Article", "Review"])
    assert f.design.value == "narrative-review"


# --- robustness --------------------------------------------------------------------------------------

def test_empty_study_is_all_unknown():
    f = extract_facts(Study(source="x", format="plain-text", text=""))
    assert all(v in (None, "unknown") for v in f.plain().values()) and not f.evidence


def test_quotes_are_found_even_if_fields_were_reflowed():
    study = make(methods="Randomized   double-blind trial\nin 50 adults.")
    study.methods = "Randomized double-blind trial in 50 adults."
    f = extract_facts(study)
    assert f.design.value == "rct"
    assert_quotes(f, study)


# --- literature records through the readers ---------------------------------------------------------

LITERATURE = ROOT / "tests" / "fixtures" / "literature"


def _read_records(name: str) -> list[Study]:
    try:
        from appraisal.readers import read_path
        return list(read_path(LITERATURE / name))
    except Exception as exc:  # another helper's reader may be mid-change
        pytest.skip(f"literature reader unavailable: {exc}")


@pytest.mark.skipif(not (LITERATURE / "pubmed.nbib").exists(), reason="no MEDLINE fixture")
def test_medline_records():
    by_title = {s.title.split(":")[0].rstrip("."): s for s in _read_records("pubmed.nbib") if s.title}
    dexa = extract_facts(by_title["Dexamethasone in Hospitalized Patients with Covid-19"])
    assert (dexa.design.value, dexa.randomized, dexa.blinding.value, dexa.control.value) == (
        "rct", True, "open", "usual-care")
    assert dexa.n == 2104 + 4321  # both arms of "2104 ... assigned to dexamethasone and 4321 to usual care"
    for study in by_title.values():
        assert_quotes(extract_facts(study), study)


# --- real files ------------------------------------------------------------------------------------

def _parse(path: Path) -> Study:
    from appraisal.readers.summary_text import parse_summary
    return parse_summary(path.read_text(encoding="utf-8"), path.name)


def _reader_available() -> bool:
    try:
        import appraisal.readers.summary_text  # noqa: F401
    except Exception:
        return False
    return True


needs_reader = pytest.mark.skipif(not _reader_available(), reason="summary reader not importable")


@needs_reader
def test_seed():
    study = _parse(SEED)
    f = extract_facts(study)
    assert f.plain() == {
        "design": "cohort", "timing": "prospective", "species": "human", "randomized": False,
        "blinding": "unknown", "control": "historical", "n": 140, "n_studies": None, "duration_days": 180,
        "heterogeneity": "heterogeneous", "i2": None}
    assert f.evidence["randomized"] == "No randomized control group (historical comparator)"
    assert f.evidence["heterogeneity"] == "Heterogeneous immune deficiency causes in the cohort"
    assert_quotes(f, study)


def _same(got, want) -> bool:
    if isinstance(got, (int, float)) and isinstance(want, (int, float)) and not isinstance(got, bool):
        return abs(got - want) < 0.01 * max(1, abs(want))
    return got == want


@needs_reader
@pytest.mark.skipif(not LABELS.exists(), reason="no labels yet")
def test_example_library_matches_labels():
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    misses: dict[str, list[str]] = {name: [] for name in FACT_NAMES}
    for file_name, want in labels.items():
        study = _parse(DATA / file_name)
        facts = extract_facts(study)
        assert_quotes(facts, study)
        got = facts.plain()
        for name in FACT_NAMES:
            if name in want and not _same(got[name], want[name]):
                misses[name].append(f"{file_name}: got {got[name]!r}, want {want[name]!r}")
    accuracy = {name: 1 - len(m) / len(labels) for name, m in misses.items()}
    print("per-fact accuracy:", {k: round(v, 3) for k, v in accuracy.items()})
    bad = {k: misses[k] for k, v in accuracy.items() if v < 0.95}
    assert not bad, bad


# --- rules learnt from the development set (each phrased generally) ---------------------------------

def test_double_dummy_placebo_is_not_the_comparator():
    f = facts_of(methods="Women were randomly assigned to fosfomycin 3 g versus ibuprofen 400 mg. A double-dummy "
                         "design, in which each woman also took a placebo matching the other drug, kept both "
                         "patients and doctors blinded.")
    assert f.control.value == "active"
    assert f.blinding.value == "double"


def test_named_comparator_arm_is_active():
    f = facts_of(methods="Participants were randomly allocated to begin with either diet. "
                         "The unprocessed diet was the comparator.")
    assert f.control.value == "active"
    assert "comparator" in f.evidence["control"]


@pytest.mark.parametrize("methods, control", [
    ("Patients were allocated by day of the month to cooling or standard intensive care.", "usual-care"),
    ("A non-randomised community trial; the neighbouring county, with no programme, served as the reference area.",
     "no-treatment"),
    ("Retrospective cohort comparing infected veterans with contemporary users of VA care without infection.",
     "no-treatment"),
])
def test_concurrent_controls_in_general_words(methods, control):
    assert facts_of(methods=methods).control.value == control


def test_a_property_of_the_control_animals_is_not_a_missing_control():
    f = facts_of(methods="Rhesus monkeys were randomly allocated to caloric restriction or a control diet.",
                 limitations=["Control animals were not fed freely, so they were mildly restricted"])
    assert f.control.value == "no-treatment"


def test_registry_cohort_is_retrospective_but_a_trial_registration_is_not():
    # LABELLING.md: registry cohorts are retrospective (the first set's d12 was labelled before that rule)
    assert facts_of(methods="A nationwide registry-based cohort of 840,968 infants.").timing.value == "retrospective"
    assert facts_of(methods="A cohort of 840,968 infants, registered in a trials registry.").timing.value == "unknown"
    assert facts_of(methods="Data from the national diabetes registry on 5,000 adults.").timing.value == "retrospective"


@pytest.mark.parametrize("limitation", [
    "Diverse populations across 52 countries",
    "The sample was ethnically and geographically diverse",
])
def test_diverse_population_is_heterogeneous(limitation):
    assert facts_of(methods="Case-control study of 200 cases.", limitations=[limitation]).heterogeneity.value == "heterogeneous"


def test_highly_selected_population_is_homogeneous():
    f = facts_of(methods="Randomised crossover trial in 20 adults.",
                 limitations=["The population was highly selected: 20 healthy volunteers"])
    assert f.heterogeneity.value == "homogeneous"


def test_none_randomised_is_a_negation():
    f = facts_of(methods="A meta-analysis of 21 prospective cohort studies, all observational and none randomised.")
    assert f.design.value == "meta-analysis"
    assert f.randomized is False


def test_numbered_randomised_trials_make_a_pooled_analysis():
    f = facts_of(title="Aspirin: Collaborative Meta-Analysis of Individual Participant Data",
                 methods="A pooled analysis of individual participant data from 22 randomised trials of aspirin.")
    assert f.design.value == "meta-analysis"
    assert f.n_studies == 22
    assert f.randomized is True


def test_review_statements_about_some_trials_leave_control_and_blinding_unknown():
    f = facts_of(methods="A meta-analysis of 16 trials. The control arm received placebo in most trials and no "
                         "aspirin in one open trial.")
    assert f.control.value == "unknown"
    assert f.blinding.value == "unknown"


def test_narrative_review_not_a_systematic_one():
    f = facts_of(methods="An expert review. It is not a systematic or scoping review: the authors selected studies "
                         "in cells, mice, rats and people, including a number of randomized trials in people with "
                         "obesity, and summarised them narratively.")
    assert f.design.value == "narrative-review"
    assert f.randomized is None
    assert f.species.value == "unknown"


def test_who_needed_is_not_a_call_for_future_work():
    f = facts_of(methods="This report concerns the case of a 66-year-old woman who needed no analgesia after surgery.",
                 limitations=["Reference values came from historical laboratory data rather than matched controls"])
    assert f.design.value == "case-report"
    assert f.control.value == "none"
    assert f.randomized is False


def test_single_group_followed_up_without_comparator_is_a_case_series():
    f = facts_of(methods="An open-label feasibility study with no comparator arm. Patients were followed "
                         "prospectively, with a pre-post comparison of symptom scores.")
    assert f.design.value == "case-series"
    assert f.control.value == "none"


# --- property: any text, no crash, every quote is a real span ----------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_FRAGMENTS = ["randomized", "not", "No", "double-blind", "placebo", "single-arm", "historical controls",
              "rats", "patients", "in vitro", "cohort", "meta-analysis", "I² = 40%", "n = 1,200", "for 12 weeks",
              "Forty-eight", "heterogeneous", "(", ")", ";", ".", "\n", "•", "were", "Limitations", "μ", "İ"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=8), max_size=40),
       st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=8), max_size=6))
def test_any_text_gives_quoted_facts(words, limitation_words):
    methods = " ".join(words)
    limitation = " ".join(limitation_words)
    study = make(methods=methods or None, limitations=[limitation] if limitation.strip() else [])
    facts = extract_facts(study)
    assert_quotes(facts, study)


# --- PubMed abstracts: how they state the sample size and the design --------------------------------

@pytest.mark.parametrize("abstract, n", [
    ("We randomly assigned 6425 patients to dexamethasone (2104) or usual care (4321).", 6425),
    ("A total of 2104 patients were assigned to receive dexamethasone and 4321 to receive usual care.", 6425),
    ("20,211 patients were randomised: 10,096 to tranexamic acid and 10,115 to placebo.", 20211),
    ("Of 3118 patients screened, 1024 were randomized.", 1024),
    ("230 patients were enrolled. After run-in, 30 patients were withdrawn; 200 underwent randomisation.", 200),
    ("Thirty-three patients were assigned to each group.", 66),
    ("We studied 229,119 men and 173,141 women aged 50 to 71 years.", 402260),
    ("A case-control study of 100 patients with cancer and 200 control patients.", 300),
    ("Male Wistar rats were given chow (n = 9), restricted diet (n = 11) or extended diet (n = 11).", 31),
    ("Forty male Wistar rats received the compound or saline.", 40),
    ("Among 1.8 million women followed for 10 years (19.6 million person-years), 11,517 cases occurred.", 1800000),
    ("Of 18,289 women invited, 16,741 women with complete data were analysed.", 16741),
    ("We enrolled 1000 adults, 400 men and 500 women, in a cohort.", 1000),
])
def test_sample_size_as_abstracts_state_it(abstract, n):
    assert facts_of(abstract=abstract, fmt="medline").n == n


@pytest.mark.parametrize("abstract", [
    "Trials enrolling at least 1000 participants were eligible.",
    "There were 247 deaths per 100,000 person-years.",
    "The pooled relative risk was 0.81 (I2=9%, n=7 studies).",
    "We documented 3300 new cases of type 2 diabetes.",
])
def test_not_a_sample_size(abstract):
    assert facts_of(abstract=abstract, fmt="medline").n is None


def test_included_trials_with_participants_in_brackets():
    f = facts_of(abstract="Systematic review and meta-analysis. We included 13 trials (164,225 participants).",
                 fmt="medline", publication_types=["Meta-Analysis"])
    assert (f.design.value, f.n, f.n_studies) == ("meta-analysis", 164225, 13)


def test_case_report_is_one_patient():
    f = facts_of(abstract="The child remained in remission at 30 months of age.", fmt="medline",
                 publication_types=["Case Reports"])
    assert f.design.value == "case-report" and f.n == 1


def test_review_indexing_outranks_the_trials_it_reviews():
    f = facts_of(abstract="Evidence from prospective cohort studies and randomized clinical trials points to "
                          "food-based priorities.", fmt="medline", publication_types=["Journal Article", "Review"])
    assert f.design.value == "narrative-review" and f.randomized is None
    assert "Review" in f.conflicts["design"]


def test_animal_experiment_with_compared_groups_is_a_controlled_trial():
    f = facts_of(abstract="The protein reduced the weight of ob/ob mice, whereas control mice injected with "
                          "saline kept gaining weight.", fmt="medline", mesh_terms=["Animals", "Mice"])
    assert (f.species.value, f.design.value) == ("animal", "controlled-trial")
    f = facts_of(abstract="Human diploid cells were serially cultivated for 50 population doublings.",
                 fmt="medline", mesh_terms=["Humans", "Cells, Cultured"])
    assert f.design.value == "unknown"


ABSTRACTS = ROOT / "tests" / "abstracts" / "devset.nbib"
ABSTRACT_LABELS = ROOT / "tests" / "labels" / "abstracts.json"


@pytest.mark.skipif(not ABSTRACT_LABELS.exists(), reason="no abstract labels")
def test_abstract_development_set():
    """40 labelled MEDLINE records: design agrees with the reviewer label and, where the indexing
    names a design, with NLM; n is right where the label states one. Every quote is exact."""
    import sys
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_abstracts import evaluate
    from appraisal.readers.literature import iter_records

    score, misses = evaluate(ABSTRACTS, ABSTRACT_LABELS)
    rate = {k: right / total for k, (right, total) in score.items()}
    assert score["design"][1] == 40 and score["n (stated)"][1] >= 30
    assert rate["design"] >= 0.95, [m for m in misses if m[1] == "design"]
    assert rate["design vs NLM (indexed)"] >= 0.95, [m for m in misses if m[1].startswith("design vs")]
    assert rate["n (stated)"] >= 0.9, [m for m in misses if m[1] == "n (stated)"]
    for study in iter_records(str(ABSTRACTS)):
        assert_quotes(extract_facts(study), study)


def test_i2_as_pubmed_renders_it():
    f = facts_of(abstract="Meta-analysis of 47 trials: no heterogeneity (I(2) = 0%).", fmt="medline",
                 publication_types=["Meta-Analysis"])
    assert f.i2 == 0 and f.evidence["i2"].startswith("Meta-analysis")


# --- the site's terse style (tests/devset2): design phrases with a parenthesis, short limitations ---


@pytest.mark.parametrize("kw, want", [
    (dict(methods="Open-label pilot study (no control group). 12 adults received the peptide daily for 8 weeks.",
          participants=12, duration="8 weeks"),
     dict(design="case-series", blinding="open", control="none", randomized=False, species="human")),
    (dict(methods="Animal study (male Sprague-Dawley rats, n = 48). Rats received the peptide IP or saline daily.",
          participants=48, duration="14 days", limitations=["Rodent model; human relevance uncertain", "Single-center"]),
     dict(design="controlled-trial", species="animal", control="placebo", n=48)),
    (dict(methods="Crossover trial (randomized, single-blind). 20 healthy men took the supplement and placebo "
                  "for 4 weeks each.", participants=20, duration="4 weeks"),
     dict(design="rct", randomized=True, blinding="single", timing="prospective", control="placebo")),
    (dict(methods="Non-randomized controlled trial (matched controls). 30 older adults received the peptide and "
                  "30 matched controls received nothing.", participants=60, duration="12 weeks"),
     dict(design="controlled-trial", randomized=False, timing="prospective", control="no-treatment")),
    (dict(methods="Retrospective case series. Records of 14 patients treated at one clinic.", participants=14,
          limitations=["No placebo group", "Open-label design", "Heterogeneous patient population", "Single-center"]),
     dict(design="case-series", timing="retrospective", control="none", blinding="open",
          heterogeneity="heterogeneous", randomized=False)),
])
def test_site_design_phrases_and_limitation_bullets(kw, want):
    got = facts_of(**kw).plain()
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("limitation", [
    "Blinding not reported", "Blinding procedures not described", "Blinding of assessors not reported",
])
def test_unreported_blinding_is_unknown_not_open(limitation):
    f = facts_of(methods="Randomized pilot trial of two doses in 40 adults.", limitations=[limitation])
    assert f.blinding.value == "unknown"


def test_unreported_blinding_outranks_a_looser_word_further_down():
    f = facts_of(methods="Non-randomized controlled trial in 80 adults.", limitations=["Blinding not reported"],
                 significance="Without randomization or blinding, the differences may reflect selection.")
    assert f.blinding.value == "unknown"


def test_side_effects_that_may_unblind_do_not_make_a_trial_open():
    f = facts_of(methods="Randomized, double-blind, placebo-controlled trial in 116 adults.",
                 limitations=["Nausea may have unblinded some participants"])
    assert f.blinding.value == "double"


def test_previously_untreated_patients_are_not_an_untreated_control():
    f = facts_of(methods="Open-label pilot study (no control group). Nine previously untreated patients "
                         "received the infusion for 30 days.",
                 key_finding="All nine untreated patients improved during the month of infusions.")
    assert f.design.value == "case-series"
    assert f.control.value == "none"


def test_a_later_trial_is_another_study():
    f = facts_of(methods="Open-label pilot study (no control group) in 9 patients.",
                 significance="A later double-blind placebo-controlled trial found no benefit.")
    assert f.design.value == "case-series"
    assert f.control.value == "none"
    assert f.blinding.value == "open"


@pytest.mark.parametrize("limitation", ["Mixed comparators (placebo and open controls)", "Mixed comparators",
                                        "Various control groups"])
def test_mixed_comparators_leave_a_reviews_control_unknown(limitation):
    f = facts_of(methods="Meta-analysis of 12 RCTs (n = 3,000). Trials compared the supplement with placebo or "
                         "no supplement.", limitations=[limitation])
    assert f.control.value == "unknown"


@pytest.mark.parametrize("methods, control", [
    ("Non-randomized controlled trial (concurrent controls receiving basic therapy). 200 elderly people.",
     "usual-care"),
    ("Retrospective cohort study (chart review, concurrent untreated comparison). 80 patients.", "no-treatment"),
    ("Animal study (male Wistar rats). The peptide 10 µg/kg IP daily, or an equal volume of saline, for 14 days.",
     "placebo"),
    ("Animal study (male rats). Rats were treated with the analogue by gavage, or with vehicle, before testing.",
     "placebo"),
])
def test_site_comparator_phrases(methods, control):
    assert facts_of(methods=methods).control.value == control


@pytest.mark.parametrize("methods", [
    "In vitro study (human dermal fibroblasts). Cultures were incubated with the peptide, or without the peptide.",
    "In vitro study (hybrid cells). Cells were treated with the peptide or left untreated.",
])
def test_untreated_cultures_make_a_controlled_experiment(methods):
    f = facts_of(methods=methods)
    assert (f.design.value, f.species.value, f.control.value) == ("controlled-trial", "in-vitro", "no-treatment")


def test_animal_named_as_the_source_of_cells_is_in_vitro():
    f = facts_of(methods="In vitro study (neuronal F11 cells and primary mouse cortical neurons). The peptide "
                         "was added after exposure to amyloid.")
    assert f.species.value == "in-vitro"


@pytest.mark.parametrize("limitation, value", [
    ("Narrowly selected sample (young vegetarian adults)", "homogeneous"),
    ("Mixed diagnoses (anxiety and neurasthenia)", "heterogeneous"),
])
def test_site_population_phrases(limitation, value):
    f = facts_of(methods="Randomized trial in 45 adults.", limitations=[limitation])
    assert f.heterogeneity.value == value


def test_human_controlled_trial_is_prospective():
    f = facts_of(methods="Non-randomized controlled trial (active comparator). 62 outpatients received the "
                         "peptide or a reference drug for 14 days.")
    assert f.timing.value == "prospective"


def test_laboratory_controlled_experiment_has_no_timing():
    f = facts_of(methods="Animal study (male rats). Rats received the peptide or saline for 14 days.")
    assert f.timing.value == "unknown"


def test_randomized_trials_named_by_an_observational_study_are_not_its_allocation():
    f = facts_of(methods="Nested case-control study of 94 cases and 184 matched controls.",
                 significance="Randomized trials of supplements have not reproduced the protection.")
    assert f.design.value == "case-control"
    assert f.randomized is False
    assert "randomized" in f.conflicts


def test_header_duration_not_applicable_means_no_duration():
    f = facts_of(methods="Nested case-control study. Follow-up of the parent cohort lasted up to 17 years.",
                 participants=278, duration="N/A")
    assert f.duration_days is None
    # without the site's header line the prose is all there is
    g = facts_of(methods="Prospective cohort study; participants were followed for 17 years.")
    assert g.duration_days == pytest.approx(17 * 365)


def test_header_counting_participants_decides_species_only_when_nothing_else_does():
    f = facts_of(methods="Meta-analysis of 27 RCTs (n = 2,569). Trials compared the drug with lifestyle change.",
                 participants=2569)
    assert f.species.value == "human"
    assert "participants" in f.evidence["species"]
    g = facts_of(methods="Animal study (female mice, n = 108). Mice received the peptide or saline.",
                 participants=108)
    assert g.species.value == "animal"


def test_review_of_human_trials_is_human():
    f = facts_of(methods="Systematic review of 5 randomized controlled trials. Databases were searched for "
                         "human trials of the herb.")
    assert f.species.value == "human"


def test_review_of_mixed_evidence_has_no_species_unless_one_kind_dominates():
    f = facts_of(methods="Narrative review of laboratory, animal and early clinical work on the peptide.")
    assert f.species.value == "unknown"
    g = facts_of(methods="Narrative review. The evidence came mostly from rat injury models and a few "
                         "cell-culture experiments.")
    assert g.species.value == "animal"


def test_phase_of_trials_is_not_a_count_of_studies():
    f = facts_of(methods="Narrative review of animal work and phase 2 trials in venous ulcers.")
    assert f.n_studies is None


# --- a different site writer (tests/devset3): how design, control and blinding are stated in general ---


@pytest.mark.parametrize("kw, want", [
    # a study that names its placebo more often than "without exercise, placebo" seems to deny one
    (dict(methods="Randomised trial. 40 men were allocated at random to placebo without exercise, testosterone "
                  "without exercise, placebo plus exercise, or testosterone plus exercise. Testosterone or placebo "
                  "(sesame oil) was injected weekly.", participants=40),
     dict(control="placebo")),
    # a matching vehicle is a placebo
    (dict(methods="Double-blind randomised trial. 100 adults received the drug or a matching vehicle infusion "
                  "of 5% dextrose.", participants=100),
     dict(control="placebo", blinding="double")),
    # the sequence of a crossover allocated at random
    (dict(methods="Crossover trial with random order and matching placebo capsules, double-blind. 24 adults "
                  "completed two periods.", participants=24),
     dict(design="rct", randomized=True)),
    # untreated patients of a natural history cohort are historical controls
    (dict(methods="Prospective cohort, single-arm and open-label, compared against a natural history cohort of "
                  "42 untreated patients. 24 children were enrolled.", participants=24,
          limitations=["No concurrent controls (historical comparison)"]),
     dict(control="historical", blinding="open")),
    # "observed without treatment": a concurrent untreated group
    (dict(methods="Prospective cohort study. 113 employees were offered the drug; 65 accepted and 48 declined "
                  "and were observed without treatment. No placebo and no blinding.", participants=113),
     dict(design="cohort", control="no-treatment", blinding="open")),
    # no comparison group: a controlled trial named in Clinical Significance is another study
    (dict(methods="Open-label pilot study in 17 adults. No comparison group; scores were compared with each "
                  "patient's own pre-treatment values.", participants=17,
          significance="Led to a small placebo-controlled trial.", limitations=["Uncontrolled and unblinded"]),
     dict(design="case-series", control="none", timing="unknown")),
    # "does not say whether ... masked": blinding not reported
    (dict(methods="Randomly assigned pilot trial versus metformin. 36 adults were given berberine 0.5 g or "
                  "metformin 0.5 g. The report does not say whether patients or assessors were masked.",
          participants=36, limitations=["Masking not described"]),
     dict(blinding="unknown", control="active")),
    # a review of mixed designs is not randomised, and its comparators are mixed
    (dict(methods="Systematic review without meta-analysis. 11 studies totalling 805 patients were included, of "
                  "mixed design (randomised placebo-controlled trials and uncontrolled studies).", participants=805),
     dict(design="systematic-review", randomized=False, control="unknown")),
    (dict(methods="Meta-analysis of randomised trials of vitamins versus placebo or no intervention. We included "
                  "68 randomised trials with 232,606 participants.", participants=232606),
     dict(design="meta-analysis", randomized=True, control="unknown")),
    # an attention control and a second named arm are active comparators
    (dict(abstract="METHODS: We conducted a single-blind, randomized trial of tai chi as compared with a control "
                   "intervention of wellness education and stretching. Thirty-three patients were assigned to each "
                   "group.", fmt="medline"),
     dict(control="active")),
    (dict(abstract="METHODS: We enrolled 53,454 persons. Participants were randomly assigned to three annual "
                   "screenings with either low-dose CT or single-view chest radiography.", fmt="medline"),
     dict(control="active")),
])
def test_devset3_rules(kw, want):
    study = make(**kw)
    facts = extract_facts(study)
    assert_quotes(facts, study)
    got = facts.plain()
    for name, value in want.items():
        assert got[name] == value, (name, got[name], facts.evidence.get(name))


def test_age_is_not_a_duration():
    study = make(abstract="An infant began therapy 30 hours after birth. When the child was seen again at 23 months "
                          "of age, and at later visits through 30 months of age, RNA was undetectable.",
                 publication_types=("Case Reports",), fmt="medline")
    facts = extract_facts(study)
    assert facts.duration_days is None


# --- a careless writer (tests/devset4): designs named only in the title, Key Finding or Limitations ---


@pytest.mark.parametrize("kw, want", [
    # trials counted in Methods under a title naming the review: the review is the design
    (dict(title="Effect of Coenzyme Q10 on Heart Failure: A Meta-Analysis",
          methods="Pooled 13 randomized placebo-controlled trials (395 participants) of CoQ10 in heart failure.",
          participants=395),
     dict(design="meta-analysis", randomized=True, control="placebo", n_studies=13, timing="unknown")),
    # "Pooled randomized trials" in the Key Finding; "placebo or conventional therapy" = mixed comparators
    (dict(title="Thymosin Alpha-1 for Sepsis: A Systematic Review and Meta-Analysis",
          key_finding="Pooled randomized trials showed lower mortality with thymosin alpha-1.",
          methods="Searches of English and Chinese databases. 19 randomized controlled trials with 1,927 patients; "
                  "thymosin alpha-1 compared with placebo or conventional therapy alone.",
          limitations=["Mixed sepsis populations and severity"], participants=1927),
     dict(design="meta-analysis", randomized=True, control="unknown", n_studies=19, heterogeneity="heterogeneous")),
    # a review whose Limitations call its included studies of mixed design
    (dict(methods="Systematic literature search of clinical trials; appraisal without pooling. 25 studies were "
                  "included: randomized placebo-controlled trials, crossover studies and open-label trials.",
          limitations=["Mixed populations and study designs"]),
     dict(design="systematic-review", randomized=False, control="unknown", blinding="unknown")),
    # no design named and "No comparison group" only in Limitations: one treated group, a case series
    (dict(methods="Pilot study of 12 women with interstitial cystitis. The peptide was injected once; symptom "
                  "scores were followed at later visits.", participants=12,
          limitations=["No comparison group", "Unblinded; self-reported symptoms"]),
     dict(design="case-series", randomized=False, control="none", blinding="open")),
    # a therapy patients failed before is not a concurrent control when Limitations say there was none
    (dict(methods="Compassionate-use, open-label treatment of patients with epithelial defects that had failed "
                  "conventional therapy. Eye drops six times daily for 4 weeks.", participants=9,
          limitations=["No control group"]),
     dict(design="case-series", control="none", blinding="open")),
    # "Open, uncontrolled cohort" with a historical comparator: a cohort, open, historical control
    (dict(methods="Patients were enrolled prospectively and given oral NAC. Hepatotoxicity rates were compared "
                  "with those of untreated patients from published series.", participants=2540,
          limitations=["Open, uncontrolled cohort; no concurrent comparison group", "Historical comparator"]),
     dict(design="cohort", blinding="open", control="historical", timing="prospective")),
    # laboratory controls named without the word "control"
    (dict(methods="Human fibroblast cultures were treated with epithalon; parallel cultures received no peptide.",
          limitations=["Cell culture only"]),
     dict(design="controlled-trial", species="in-vitro", control="no-treatment")),
    (dict(methods="Mice with DSS colitis were given KPV in drinking water, compared with colitic mice given plain "
                  "water."),
     dict(design="controlled-trial", species="animal", control="no-treatment")),
    (dict(methods="Aged wild-type mice were fed a diet containing fisetin until death, against mice fed the same "
                  "diet without fisetin."),
     dict(design="controlled-trial", species="animal", control="no-treatment")),
    # "Comparative trial" with a dosed second arm and no random assignment
    (dict(methods="Comparative trial in 20 healthy women. Each applied an assigned cream or tretinoin 0.025% "
                  "daily for 12 weeks.", participants=20, limitations=["No random assignment"]),
     dict(design="controlled-trial", randomized=False, control="active", timing="prospective")),
    # a cohort of people who started one drug or another has an active comparator
    (dict(methods="Electronic health records were reviewed retrospectively. Adults who started tirzepatide or "
                  "semaglutide; 9,193 in each group after matching.", participants=18386,
          limitations=["Observational; residual confounding"]),
     dict(design="cohort", control="active", timing="retrospective")),
    (dict(methods="Retrospective cohort analysis of health records. 240,618 patients prescribed semaglutide or "
                  "other anti-obesity medications.", participants=240618),
     dict(design="cohort", control="active")),
    # a non-randomised group given placebo injections was planned before the outcomes
    (dict(methods="79 patients aged 60-74. Patients received epithalamine 10 mg for 10 days; outcomes were "
                  "compared with a group who received placebo injections on the same schedule.", participants=79,
          limitations=["Groups were not randomized", "Blinding not reported"]),
     dict(design="controlled-trial", randomized=False, control="placebo", timing="prospective", blinding="unknown")),
])
def test_devset4_rules(kw, want):
    study = make(**kw)
    facts = extract_facts(study)
    assert_quotes(facts, study)
    got = facts.plain()
    for name, value in want.items():
        assert got[name] == value, (name, got[name], facts.evidence.get(name))


def test_users_and_non_users_are_not_an_active_comparator():
    study = make(methods="Prospective cohort study. 5,000 adults who started statins or non-users of statins "
                         "were followed for 5 years.", participants=5000)
    assert extract_facts(study).control.value != "active"


def test_numbered_dose_cohorts_are_not_a_cohort_design():
    """"(cohort 1)", "(cohort 2)" are dose groups; set against a historical cohort they make no cohort study."""
    study = make(methods="Fifteen patients received a single dose: three received a low dose (cohort 1) and 12 a "
                         "high dose (cohort 2). Results were compared with those of a historical cohort of untreated "
                         "patients.", participants=15)
    assert extract_facts(study).design.value != "cohort"


def test_i2_from_the_results_table_when_the_prose_gives_none():
    table = "ParameterMean difference95% CI\nEjection fraction+3.67%1.60 to 5.74I² = 56%"
    text = "Meta-analysis of 13 trials\n\nMethods\n\nPooled 13 randomized trials.\n\nKey Findings\n\n" + table
    study = Study(source="t", format="summary-text", title="Meta-analysis of 13 trials",
                  methods="Pooled 13 randomized trials.", sections={"Key Findings": table}, text=text)
    facts = extract_facts(study)
    assert facts.i2 == 56
    assert facts.evidence["i2"] == "I² = 56%"


# --- numbers in words and abbreviated designs (tests/devset5) ---


@pytest.mark.parametrize("kw, want", [
    # "DB-RCT": double-blind, randomised
    (dict(methods="DB-RCT at two clinics. Ninety adults with insomnia; melatonin 3 mg vs placebo for eight weeks.",
          participants=90),
     dict(design="rct", randomized=True, blinding="double", control="placebo", timing="prospective")),
    # a threat to masking in Limitations does not make a blinded trial open
    (dict(methods="Randomised trial; patients and assessors blinded; drug vs matched placebo.", participants=120,
          limitations=["Nausea may have partly unmasked allocation"]),
     dict(design="rct", blinding="double")),
    # one party blinded, another said not to be: single-blind, not open
    (dict(methods="Randomised trial, assessor-blinded; drug vs usual care.", participants=80,
          limitations=["Patients were not masked to treatment"]),
     dict(design="rct", blinding="single")),
    (dict(methods="Single-blind (participants blinded to phase) trial of a supplement; placebo phase first.",
          participants=12, limitations=["Investigators were not blinded"]),
     dict(blinding="single")),
    # abbreviated reviews
    (dict(methods="SR/MA of RCTs of zinc vs placebo; random-effects pooling of 7 RCTs.", participants=900),
     dict(design="meta-analysis", randomized=True, n_studies=7, timing="unknown")),
    (dict(methods="SR of RCTs; twelve trials, all placebo-controlled; no pooled estimate.", participants=None),
     dict(design="systematic-review", randomized=True, n_studies=12, timing="unknown")),
    # a review whose comparators were a list of different kinds
    (dict(title="Ginger for Nausea: A Meta-Analysis",
          methods="Meta-analysis. Nine RCTs; comparators were placebo or antiemetics; random-effects model.",
          participants=700),
     dict(design="meta-analysis", control="unknown", n_studies=9)),
    # travellers are people
    (dict(methods="Systematic review of trials in airline passengers and military personnel."),
     dict(species="human")),
])
def test_devset5_rules(kw, want):
    study = make(**{k: v for k, v in kw.items() if v is not None})
    facts = extract_facts(study)
    assert_quotes(facts, study)
    got = facts.plain()
    for name, value in want.items():
        assert got[name] == value, (name, got[name], facts.evidence.get(name))


def test_a_cohort_compared_with_other_medicines_has_an_active_comparator():
    study = make(key_finding="Patients starting drug X had fewer events, compared with other anti-obesity "
                             "medicines.",
                 methods="Retrospective cohort of health records; 5,000 patients with obesity.", participants=5000)
    facts = extract_facts(study)
    assert facts.control.value == "active"


# --- the canonical seed's own voice (tests/devset6) ---


@pytest.mark.parametrize("kw, want", [
    # "uncontrolled type 2 diabetes" is the patients' state, not a missing control group
    (dict(title="Glutathione Is Restored in Uncontrolled Diabetes",
          methods="Prospective controlled study (non-randomized, matched controls). Twelve adults with "
                  "uncontrolled type 2 diabetes and twelve matched adults. Glycine for 2 weeks in the diabetic "
                  "group; controls were studied once without supplementation.", participants=24),
     dict(design="controlled-trial", randomized=False, control="no-treatment")),
    (dict(methods="Prospective cohort of adults with uncontrolled hypertension given drug X 10 mg daily.",
          participants=300),
     dict(design="cohort", control="unknown")),
    # denying a randomised control while naming the comparator the study had
    (dict(methods="Retrospective cohort study (standard-care comparison). 42 received NAC and 40 standard "
                  "treatment only.", participants=82,
          limitations=["No randomized control group (contemporaneous standard-care patients)"]),
     dict(design="cohort", randomized=False, control="usual-care")),
    # ... but a plain denial of any control still means none
    (dict(methods="Open-label pilot study of drug X in 20 patients.", participants=20,
          limitations=["No control group"]),
     dict(control="none")),
    (dict(methods="Prospective controlled study (non-randomized). Supplement for 8 weeks in 30 adults "
                  "compared with 30 unsupplemented matched controls.", participants=60),
     dict(control="no-treatment", randomized=False)),
])
def test_devset6_rules(kw, want):
    study = make(**{k: v for k, v in kw.items() if v is not None})
    facts = extract_facts(study, learned=False)  # the rules alone, as facts_of
    assert_quotes(facts, study)
    got = facts.plain()
    for name, value in want.items():
        assert got[name] == value, (name, got[name], facts.evidence.get(name))


@pytest.mark.parametrize("phrase", ["Coronavirus Disease 2019 Patients", "type 2 diabetic patients",
                                    "stage 3 patients"])
def test_a_number_that_names_a_disease_or_class_is_not_a_count(phrase):
    study = make(title=f"Drug X in {phrase}", methods=f"In vitro study of blood cells from {phrase}.")
    assert extract_facts(study).n is None


# --- durations stated without "for" (PubMed abstracts) ---

@pytest.mark.parametrize("abstract, days", [
    ("Randomised trial of drug X vs placebo in 900 patients (median observation time, 3.1 years).", 1131.5),
    ("Randomised trial of drug X vs placebo in 900 patients. The primary outcome was 28-day mortality.", 28),
    ("Randomised trial of diet X in two hospitals. After six years the diets were reversed, and the trial "
     "was continued for another six years.", 4380),
    ("Randomised trial of diet X in 400 adults, followed for 6 + 6 years.", 4380),
])
def test_durations_stated_without_for(abstract, days):
    study = make(abstract=abstract, fmt="medline")
    facts = extract_facts(study)
    assert facts.duration_days == pytest.approx(days)


@pytest.mark.parametrize("abstract", [
    "Case series of 24 patients with covid-19. Each patient had at least 14 days of follow-up.",
    "Randomised trial of drug X vs placebo in 900 patients; treatment began up to 24 hours after the onset of pain.",
])
def test_minimums_and_start_windows_are_not_durations(abstract):
    study = make(abstract=abstract, fmt="medline")
    assert extract_facts(study).duration_days is None


# --- looser design sentences, key facts only in Limitations (tests/devset7) ---


@pytest.mark.parametrize("kw, want", [
    # a group that went without the treatment is a no-treatment control
    (dict(methods="Observational study of 447 patients given drug X and 391 not given it.", participants=838),
     dict(design="cohort", control="no-treatment")),
    (dict(methods="Retrospective cohort study. 1,223 men started hormone X and 7,486 did not.", participants=8709),
     dict(design="cohort", control="no-treatment", timing="retrospective")),
    (dict(methods="Controlled study in newborns, without randomization. Ten newborns received drug X, ten "
                  "newborns in a comparable state did not.", participants=20),
     dict(design="controlled-trial", randomized=False, control="no-treatment", timing="prospective")),
    (dict(methods="Quasi-experimental study. 77 patients. Intervention group: drug X (n = 45); comparator "
                  "group: no drug X (n = 32).", participants=77, limitations=["Retrospective design"]),
     dict(design="controlled-trial", randomized=False, control="no-treatment", timing="retrospective")),
    # "Pooled analysis of two phase 3 trials": a meta-analysis of 2 studies, not the trials themselves
    (dict(methods="Pooled analysis of two phase 3 trials. Adults randomized 2:1 in each trial to drug X 2 mg "
                  "or placebo for 26 weeks.", participants=806),
     dict(design="meta-analysis", n_studies=2, randomized=True, control="placebo", timing="unknown")),
    # the arms named in the sentence after the allocation
    (dict(methods="Randomized, open-label trial in adults with diabetes. Drug X 1.0 mg weekly or drug Y "
                  "1.2 mg daily for 30 weeks.", participants=577),
     dict(design="rct", blinding="open", control="active")),
    # a registry analysis is a records cohort, retrospective by LABELLING.md's registry rule (devset7's m14 was
    # labelled unknown before that rule; relabelled in session 11)
    (dict(methods="Registry analysis (2007-2021). New users of drug X compared with new users of "
                  "DPP-4 inhibitors.", title="Drug X and Cancer: Cohort Study", participants=437077),
     dict(design="cohort", timing="retrospective", control="active")),
    # Background's animal work is earlier research; the header counts people
    (dict(background="Drug X causes tumours in rodents.", methods="Registry analysis of new users of drug X.",
          title="Drug X and Cancer: Cohort Study", participants=5000),
     dict(species="human")),
    # cells compared with cells left without the compound: a controlled laboratory experiment
    (dict(methods="Cell-culture experiments. Leukaemia cells pretreated with compound X, then stimulated, "
                  "and compared with stimulated cells without compound X."),
     dict(species="in-vitro", design="controlled-trial", control="no-treatment")),
])
def test_devset7_rules(kw, want):
    study = make(**{k: v for k, v in kw.items() if v is not None})
    facts = extract_facts(study)
    assert_quotes(facts, study)
    got = facts.plain()
    for name, value in want.items():
        assert got[name] == value, (name, got[name], facts.evidence.get(name))


@pytest.mark.parametrize("kw, want", [
    # cells observed "rather than" compared with an untreated group: no design is named
    (dict(methods="In vitro study. In mixed cultures of two cell strains, the older cells disappeared first, a property of "
                  "the cells rather than of the culture conditions."),
     dict(species="in-vitro", design="unknown")),
    # one group that received the treatment, nobody who did not: no untreated control
    (dict(methods="Case series. 25 patients received drug X, and 3 had a partial response.", participants=25),
     dict(design="case-series", control="none")),
    # a study described only in Background with animals and people in Methods stays human
    (dict(background="Earlier work was in mice.", methods="Randomized trial of drug X vs placebo in adults.",
          participants=100),
     dict(species="human")),
])
def test_devset7_rules_do_not_overreach(kw, want):
    study = make(**{k: v for k, v in kw.items() if v is not None})
    facts = extract_facts(study, learned=False)  # the rules alone, as facts_of
    assert_quotes(facts, study)
    got = facts.plain()
    for name, value in want.items():
        assert got[name] == value, (name, got[name], facts.evidence.get(name))


# --- mixed writer habits and control-group traps (tests/devset8) ---

# Known misses, each reported rather than coded around: p02 never says it was randomised (label rct,
# randomised), p12 "Registry data" reads as retrospective (its users-vs-non-users comparison is now
# no-treatment, as devset3 f17 and the other exposed-vs-unexposed cohorts), p20's glued table cell
# "520.980%" does not separate 52 trials, RR 0.98 and I² 0%.
DEVSET8_KNOWN_MISSES = 4


@pytest.mark.parametrize("kw, want", [
    # a dose comparison without placebo: the lower dose is an active comparator
    (dict(methods="Randomized, double-blind, dose-comparison trial (400 vs 4,000 IU drug X daily, no placebo).",
          participants=311),
     dict(design="rct", control="active")),
    # add-on to standard therapy versus the standard therapy alone
    (dict(methods="Randomised open-label trial. Drug X 1,800 mg/day added to statin therapy versus statin "
                  "therapy alone.", participants=18645),
     dict(design="rct", blinding="open", control="usual-care")),
    # "A, B, or both": two dosed treatments against each other
    (dict(methods="Trial of 60 outpatients randomized to drug Y 20 mg, drug X 1,000 mg, or both daily for six weeks.",
          participants=60),
     dict(design="rct", control="active")),
    # people who went without the treatment, said attributively or by refusal
    (dict(methods="Quasi-experimental study. Residents who had drug X (n = 57) were compared with residents "
                  "not supplemented (n = 9).", participants=66),
     dict(design="controlled-trial", randomized=False, control="no-treatment")),
    (dict(methods="Pilot study without randomization. Patients took drug X 1 g/day for 12 months (n = 42); "
                  "those who refused treatment served as controls (n = 14).", participants=56),
     dict(design="controlled-trial", randomized=False, control="no-treatment", timing="prospective")),
    (dict(methods="Mouse study. Mice were fed chow containing drug X or control chow without drug X."),
     dict(species="animal", control="no-treatment")),
    # compared with their own earlier values: one treated group
    (dict(methods="Open-label, non-randomized study. Eight volunteers took drug X for nine days. Blood levels "
                  "were compared with pre-treatment values.", participants=8),
     dict(design="case-series", control="none", randomized=False)),
    (dict(methods="Open-label study. Eight men took drug X for 14 days; eight healthy men served as a "
                  "reference group measured once.", participants=16, limitations=["Single treated arm"]),
     dict(design="case-series", control="none", randomized=False)),
    # "We followed 46,974 men": a prospective cohort
    (dict(methods="We followed 388,229 adults for about 12 years after a baseline questionnaire.",
          participants=388229),
     dict(design="cohort", timing="prospective", randomized=False)),
])
def test_devset8_rules(kw, want):
    study = make(**{k: v for k, v in kw.items() if v is not None})
    facts = extract_facts(study)
    assert_quotes(facts, study)
    got = facts.plain()
    for name, value in want.items():
        assert got[name] == value, (name, got[name], facts.evidence.get(name))


@pytest.mark.parametrize("kw, want", [
    # placebo still outranks an add-on wording
    (dict(methods="Randomized double-blind trial of drug X or placebo added to standard therapy.", participants=200),
     dict(control="placebo")),
    # treated patients "not treated with" another drug are not an untreated group
    (dict(methods="Randomized trial. Patients not treated with drug Y received drug X 10 mg or placebo.",
          participants=100),
     dict(control="placebo")),
    # a non-randomised trial with a named untreated control stays a controlled trial
    (dict(methods="Non-randomized controlled trial. 40 patients received drug X; 20 untreated patients served as "
                  "controls.", participants=60),
     dict(design="controlled-trial", control="no-treatment")),
])
def test_devset8_rules_do_not_overreach(kw, want):
    study = make(**{k: v for k, v in kw.items() if v is not None})
    facts = extract_facts(study)
    assert_quotes(facts, study)
    got = facts.plain()
    for name, value in want.items():
        assert got[name] == value, (name, got[name], facts.evidence.get(name))


# --- loose design sentences, other studies' designs in Clinical Significance (tests/devset9) ---


@pytest.mark.parametrize("kw, want", [
    # "allocated at random" is randomisation
    (dict(methods="Drug X 1 mg weekly was compared with drug Y 300 mg daily in 788 adults, allocated at random 1:1; "
                  "a double-dummy design kept patients and investigators unaware of treatment.", participants=788),
     dict(design="rct", randomized=True, blinding="double", control="active")),
    # uncounted plural randomized trials in Clinical Significance are other studies
    (dict(methods="Cell-culture experiments. Lung cells were pre-treated with drug X; untreated cells served as controls.",
          significance="This finding is consistent with the negative randomized trials of drug Y."),
     dict(species="in-vitro", design="controlled-trial", randomized=None, control="no-treatment")),
    (dict(methods="Review article. Summarizes observational studies, randomized trials of fracture prevention, "
                  "and treatment strategies."),
     dict(design="narrative-review", randomized=None)),
    # records reviewed after the fact with a concurrent comparison group: a retrospective cohort
    (dict(methods="We reviewed the records of 280 consecutive patients. 173 received drug X in addition to usual "
                  "care; 107 received usual care alone.", participants=280, limitations=["Retrospective design"]),
     dict(design="cohort", timing="retrospective", randomized=False, control="usual-care")),
    # a historical comparison group: standard care is background therapy, the comparator is historical
    (dict(methods="Single-centre cohort. 122 patients received drug X plus standard of care and were compared "
                  "with 140 patients admitted in the preceding weeks.", participants=262,
          limitations=["Historical comparison group, not concurrent", "Not randomized"]),
     dict(design="cohort", control="historical")),
    # "or to no offer": an untreated arm; "the other wards were not supplemented": an untreated group
    (dict(methods="Trial in which 6,200 adults were randomly allocated to an offer of a test (with 800 IU/day or "
                  "3,200 IU/day of drug X if low) or to no offer of testing or supplements.", participants=6200,
          limitations=["Open-label; no placebo"]),
     dict(design="rct", blinding="open", control="no-treatment")),
    (dict(methods="Patients on one set of wards were given drug X; patients on the other wards were not "
                  "supplemented. Allocation depended on the ward, not on chance.", participants=867,
          limitations=["Not randomized"]),
     dict(design="controlled-trial", randomized=False, control="no-treatment")),
    # "We describe a man in his fifties": a case report
    (dict(methods="We describe a man in his fifties who presented with pain after drug X was increased.",
          participants=1, limitations=["Single patient"]),
     dict(design="case-report", randomized=False, control="none")),
])
def test_devset9_rules(kw, want):
    study = make(**{k: v for k, v in kw.items() if v is not None})
    facts = extract_facts(study)
    assert_quotes(facts, study)
    got = facts.plain()
    for name, value in want.items():
        assert got[name] == value, (name, got[name], facts.evidence.get(name))


@pytest.mark.parametrize("kw, want", [
    # a review's own account of the trials it pooled still says they were randomised
    (dict(title="Drug X for infections: a meta-analysis", methods="Meta-analysis of randomized trials of drug X."),
     dict(design="meta-analysis", randomized=True)),
    # "other studies" still points away from this study
    (dict(methods="Case series of 10 patients given drug X.",
          significance="Other randomized trials found no benefit."),
     dict(design="case-series")),
    # "were not treated with placebo" names no untreated group
    (dict(methods="Randomized double-blind trial; patients were not treated with placebo but with drug Y 10 mg.",
          participants=100),
     dict(design="rct")),
])
def test_devset9_rules_do_not_overreach(kw, want):
    study = make(**{k: v for k, v in kw.items() if v is not None})
    facts = extract_facts(study)
    assert_quotes(facts, study)
    got = facts.plain()
    for name, value in want.items():
        assert got[name] == value, (name, got[name], facts.evidence.get(name))


# --- rules learnt from the former held-out set (tests/devset_h) -------------------------------------
# Convention (DESIGN.md, no-treatment = "concurrent, untreated"): a cohort that sets the exposed against
# people who went without (never-users, non-users, the unvaccinated) has a no-treatment comparison;
# exposure levels (thirds, quintiles, deficient vs sufficient) name no untreated group. A trial in
# people that gives its treatment is prospective, randomised or not.

@pytest.mark.parametrize("kw, want", [
    (dict(methods="Prospective cohort study of 20,000 nurses. Current users of hormones were compared with women "
                  "who had never used hormones.", participants=20000),
     dict(design="cohort", control="no-treatment")),
    (dict(methods="Nationwide registry cohort. Vaccinated children were compared with unvaccinated children.",
          participants=650000),
     dict(design="cohort", control="no-treatment")),
    (dict(methods="Retrospective cohort study of claims data; statin users versus non-users.", participants=9000),
     dict(design="cohort", control="no-treatment")),
    (dict(methods="Prospective cohort study of 5,000 adults.", participants=5000,
          key_finding="Adults who took fish oil had fewer cardiovascular events than those who did not."),
     dict(design="cohort", control="no-treatment")),
    (dict(methods="Prospective cohort study; the reference group was never-users of aspirin.", participants=3000),
     dict(design="cohort", control="no-treatment")),
    # a quotable elliptical comparison only follows a treatment verb; outcomes are not exposures
    (dict(methods="Prospective cohort of 3,000 adults with diabetes.", participants=3000,
          key_finding="People who achieved remission had lower mortality than those who did not."),
     dict(design="cohort", control="unknown")),
    (dict(methods="Prospective cohort of 3,000 adults; intake in quintiles; the highest compared with the lowest "
                  "quintile.", participants=3000),
     dict(design="cohort", control="unknown")),
    # a case-control study's controls are people without the disease, not an untreated group
    (dict(methods="Case-control study of 200 cases and 400 matched controls; ever-users compared with never-users.",
          participants=600),
     dict(design="case-control", control="unknown")),
    # animal feeding studies: the comparison group eats as usual
    (dict(methods="Forty rats were fed a restricted diet for 8 weeks; ad libitum-fed controls ate freely."),
     dict(species="animal", control="no-treatment")),
    (dict(methods="Dogs were paired; one dog in each pair was fed 25% less and its pair-mate was control-fed.",
          limitations=["Not blinded"]),
     dict(species="animal", control="no-treatment")),
    (dict(methods="All mice were fed ad libitum and were given drug X or vehicle for 8 weeks."),
     dict(species="animal", control="placebo")),
    # a non-randomised trial in people is prospective, whatever its comparator
    (dict(methods="An open-label, non-randomized clinical trial in 36 hospitalised patients given drug X; patients "
                  "who declined received standard of care.", participants=36),
     dict(design="controlled-trial", timing="prospective", randomized=False)),
    (dict(methods="Non-randomised study: patients on ward A received drug X 200 mg daily, patients on ward B received "
                  "standard care.", participants=80),
     dict(design="controlled-trial", timing="prospective", control="usual-care")),
    # a questionnaire collecting follow-up is not a survey design; "this series" is a case series
    (dict(methods="Records of 77 patients treated with colonoscopic FMT were reviewed retrospectively, and patients "
                  "were contacted with a follow-up questionnaire.", limitations=["No control group",
                  "Questionnaire-based follow-up, subject to recall bias"], participants=77),
     dict(design="case-series", control="none")),
    (dict(methods="Twelve patients with refractory gout received drug X 100 mg daily for 6 months.",
          significance="In this series, drug X lowered urate.", participants=12),
     dict(design="case-series", control="none")),
    (dict(methods="Cross-sectional survey of 7,000 physicians using a questionnaire.", participants=7000),
     dict(design="cross-sectional")),
])
def test_devset_h_rules(kw, want):
    study = make(**{k: v for k, v in kw.items() if v is not None})
    facts = extract_facts(study, learned=False)  # the rules alone, as facts_of
    assert_quotes(facts, study)
    got = facts.plain()
    for name, value in want.items():
        assert got[name] == value, (name, got[name], facts.evidence.get(name))


@pytest.mark.parametrize("kw, want", [
    # pooled individual patient data from randomised trials: the review's own trials are randomised
    (dict(title="Aspirin and cancer death: individual patient data from randomised trials",
          methods="Pooled analysis of 8 trials of daily aspirin versus control.", participants=25570),
     dict(design="meta-analysis", randomized=True, n_studies=8)),
    # a topic word between the count and "trials" still counts the included trials
    (dict(title="Statins and diabetes", methods="A meta-analysis of 13 large randomised statin trials.",
          participants=91140),
     dict(design="meta-analysis", randomized=True, n_studies=13)),
    (dict(title="Vitamin D", methods="A meta-analysis of eight vitamin D trials in older adults.", participants=9000),
     dict(design="meta-analysis", n_studies=8)),
    # "Two reviewers selected studies" counts reviewers, not studies
    (dict(title="Exercise: a systematic review", methods="Systematic review. Two reviewers selected studies; "
                                                        "11 trials were included.", participants=800),
     dict(design="systematic-review", n_studies=11)),
    # included trials "randomised or not": not randomised as a whole; the same activity indoors is active
    (dict(title="Outdoor exercise: a systematic review",
          methods="Systematic review of 11 controlled trials, randomised or not, in which adults exercised outdoors "
                  "and indoors.",
          key_finding="Exercise outdoors was followed by less tension than the same exercise indoors.", participants=833),
     dict(design="systematic-review", randomized=False, control="active")),
    (dict(title="Walking: a systematic review",
          methods="Systematic review of controlled trials in which adults did the same walking programme both outdoors and "
                  "indoors.", participants=300),
     dict(design="systematic-review", control="active")),
    (dict(title="Yoga: a systematic review", methods="Systematic review of randomised and quasi-randomised trials "
                                                     "of yoga.", participants=500),
     dict(design="systematic-review", randomized=False)),
    # a narrative review across model organisms and people has no one species
    (dict(title="The hallmarks of ageing: a review",
          methods="A narrative review drawing on studies across model organisms and humans.", participants=0),
     dict(design="narrative-review", species="unknown")),
    (dict(title="Sleep: a review", methods="A narrative review of clinical studies in humans.", participants=0),
     dict(design="narrative-review", species="human")),
    # "both groups did the same training" is shared background, not an active comparator
    (dict(methods="Randomized trial of 40 adults: both groups did the same training programme and one group also "
                  "received creatine 5 g.", participants=40),
     dict(design="rct", control="unknown")),
    # a cohort study mentioning randomised trials does not become one
    (dict(methods="Prospective cohort study of 2,000 women; unlike randomized trials, exposure was self-chosen.",
          participants=2000),
     dict(design="cohort", randomized=False, control="unknown")),
])
def test_devset_h_review_rules(kw, want):
    study = make(**{k: v for k, v in kw.items() if v is not None})
    facts = extract_facts(study, learned=False)  # the rules alone, as facts_of
    assert_quotes(facts, study)
    got = facts.plain()
    for name, value in want.items():
        assert got[name] == value, (name, got[name], facts.evidence.get(name))


_COHORT_WITH_TABLE = """Zinc Supplements and Prostate Cancer

Some Journal/2003/46974 participants/14 years
Key Finding

Men taking high-dose zinc had more advanced prostate cancer.

Methods

Prospective cohort study of 46,974 men with supplement use updated every two years.

Key Findings

Parameter{exposed}{unexposed}Relative risk
Advanced prostate cancerHigherReference2.29

Compounds Studied

Zinc
"""


@needs_reader
@pytest.mark.parametrize("exposed, unexposed, want", [
    ("Zinc > 100 mg/day", "No zinc", "no-treatment"),      # "No" + the compound studied
    ("Daily use", "No use", "no-treatment"),
    ("Regular users", "Non-users", "no-treatment"),
    ("Highest quintile", "Lowest quintile", "unknown"),    # exposure levels: no untreated group
    ("Zinc > 100 mg/day", "No change", "unknown"),         # "No" + a word that is not the compound
])
def test_cohort_results_table_names_the_unexposed(exposed, unexposed, want):
    from appraisal.readers.summary_text import parse_summary
    study = parse_summary(_COHORT_WITH_TABLE.format(exposed=exposed, unexposed=unexposed), "t.txt")
    facts = extract_facts(study, learned=False)  # the rules alone, as facts_of
    assert_quotes(facts, study)
    assert facts.plain()["design"] == "cohort"
    assert facts.plain()["control"] == want, facts.evidence.get("control")


# --- the development sets, each at the level reached when its rules were added ----------------------
# A drop means a rule stopped generalising. Each set was written by a separate writer who never saw
# the extractor; see the README in each folder for its conventions.

def score_set(folder: str, labels_name: str) -> tuple[dict, list[tuple[str, str, object, object]]]:
    """(labels, misses as (file, fact, got, want)); every known fact must quote its source."""
    labels = json.loads((ROOT / "tests" / "labels" / labels_name).read_text(encoding="utf-8"))
    misses = []
    for file_name, want in labels.items():
        study = _parse(ROOT / "tests" / folder / file_name)
        facts = extract_facts(study)
        assert_quotes(facts, study)
        got = facts.plain()
        misses += [(file_name, name, got[name], want[name]) for name in FACT_NAMES if not _same(got[name], want[name])]
    return labels, misses


DEVELOPMENT_SETS = [
    # folder, size, least share of facts right overall, least share right per fact, misses allowed
    ("devset", 30, 1.0, 1.0, 0),  # the first set
    ("devset2", 40, 1.0, 1.0, 0),  # the site's own terse style
    ("devset3", 30, 0.99, 0.96, None),  # f21 never says "randomized": left unknown on purpose
    ("devset4", 30, 1.0, 1.0, 0),  # a careless writer
    ("devset5", 30, 1.0, 1.0, 0),  # numbers in words, abbreviated designs
    ("devset6", 25, 1.0, 1.0, 0),  # the seed's voice
    ("devset7", 25, 1.0, 1.0, 0),  # loose design sentences, facts only in Limitations
    ("devset8", 25, 0.0, 0.0, DEVSET8_KNOWN_MISSES),  # control-group traps; known misses above
    ("devset9", 20, 1.0, 1.0, 0),  # loose design sentences
    ("devset_h", 25, 1.0, 1.0, 0),  # the former held-out set, retired into development after its figure was reported
    ("devset10", 30, 1.0, 1.0, 0),  # varied writer habits (r16 read as a cohort since the devset30 round)
    ("devset11", 30, 1.0, 1.0, 0),  # peptides, supplements, longevity drugs; I² in a table column
    ("devset12", 25, 1.0, 1.0, 0),  # a wordier writer: allocation and masking over two sentences, synonyms
    ("devset13", 25, 1.0, 1.0, 0),  # a casual writer who avoids design terms ("split into two groups by chance")
    ("devset14", 25, 1.0, 1.0, 0),  # abbreviation-heavy methods (DB PC RCT, OL, SoC, TAU)
    ("devset15", 25, 1.0, 1.0, 0),  # preclinical-heavy: animal, cell and small pilot studies
    ("devset16", 25, 1.0, 1.0, 0),  # a translated-English writer ("distributed randomly", "the preparation")
    ("devset17", 25, 1.0, 1.0, 0),  # the seed's voice: control groups, population heterogeneity, design traps
    ("devset18", 25, 1.0, 1.0, 0),  # the seed's voice on less-covered topics: design, size and duration wording
    ("devset19", 20, 1.0, 1.0, 0),  # the seed's voice, mid-size studies (first contact 95% of studies)
    # design only in the title, Key Finding or Limitations; b20_11's record-linkage cohort is read as
    # retrospective by the registry convention, against its label: 1 miss
    ("devset20", 20, 0.99, 0.95, 1),
    ("devset21", 20, 1.0, 1.0, 0),  # the seed's voice, less-used peptides and supplements
    ("devset22", 20, 1.0, 1.0, 0),  # the seed's voice with long multi-paragraph Methods
    # the seed's voice, comparison groups described every way; p23_15 (a case-control study calling its
    # own serology "prospective evidence" in Clinical Significance) is read prospective against its label
    ("devset23", 20, 0.995, 0.95, 1),
    ("devset24", 20, 1.0, 1.0, 0),  # the seed's voice, observational studies and evidence syntheses
    ("devset25", 20, 1.0, 1.0, 0),  # the seed's voice, preclinical and early human work
    ("devset26", 20, 1.0, 1.0, 0),  # the seed's voice, allocation and masking wording
    ("devset27", 20, 1.0, 1.0, 0),  # the seed's voice, a site-like mix of designs
    ("devset28", 20, 1.0, 1.0, 0),  # site-like mix: metabolic drugs, hormones, everyday supplements
    ("devset29", 20, 1.0, 1.0, 0),  # site-like mix: peptides and longevity work, long Methods paragraphs
    ("devset30", 20, 1.0, 1.0, 0),  # site-like mix: older studies and studies from non-English-speaking countries
    ("devset31", 20, 1.0, 1.0, 0),  # site-like mix: women's and men's health, fertility, skin and hair
    ("devset32", 20, 1.0, 1.0, 0),  # site-like mix: brain and mood, a terse editor with abbreviations
    ("devset33", 20, 1.0, 1.0, 0),  # site-like mix: musculoskeletal, sport and recovery
    ("devset34", 20, 1.0, 1.0, 0),  # comparison groups said every way: dummies, add-ons, own-control crossovers
    ("devset35", 20, 1.0, 1.0, 0),  # borderline designs: pooled analyses, extensions, Mendelian randomisation
    ("devset36", 20, 1.0, 1.0, 0),  # site-like mix: infection and immunity, respiratory and allergy
    ("devset37", 20, 1.0, 1.0, 0),  # site-like mix: cancer, supportive care and pain
    ("devset38", 20, 1.0, 1.0, 0),  # site-like mix: pregnancy, infancy and childhood
    ("devset39", 20, 1.0, 1.0, 0),  # site-like mix: heart, blood pressure and kidney
    ("devset40", 20, 1.0, 1.0, 0),  # site-like mix: gut, liver, skin
    ("devset41", 20, 1.0, 1.0, 0),  # public health and epidemiology: ecological, records, occupational cohorts
    ("devset42", 20, 1.0, 1.0, 0),  # ageing, bone, muscle, exercise: attention controls, sham surgery, crossovers
    ("devset43", 20, 1.0, 1.0, 0),  # neurology: PROBE trials, cultured neurones, historical controls
    ("devset44", 20, 1.0, 1.0, 0),  # surgery and critical care: parallel trials, standard care without the drug
    ("devset45", 20, 1.0, 1.0, 0),  # metabolic drugs, peptides, longevity: open-label arms, dose pairs, lysates
    ("devset46", 20, 1.0, 1.0, 0),  # supplements and herbs: untreated periods, matched pairs, early vs late start
    ("devset47", 20, 1.0, 1.0, 0),  # obesity and diabetes, half in plain-language paraphrase ("split by coin toss")
    ("devset48", 20, 0.99, 0.95, 1),  # mental health and addiction; x48_20 control (a reference agonist) left
    ("devset49", 20, 1.0, 1.0, 0),  # global health: villages and households, surveillance cohorts, life tables
    ("devset50", 20, 1.0, 1.0, 0),  # hormones and peptides by a non-native writer: dot thousands, decimal commas
    ("devset51", 20, 1.0, 1.0, 0),  # kidney, urology, men's health: declined treatment, glued I² columns
    ("devset52", 20, 1.0, 1.0, 0),  # sports nutrition, press-release voice: look-alike drinks, counterbalanced orders
    ("devset53", 20, 1.0, 1.0, 0),  # structured abstracts in Methods: "Masking: none", "19 RCTs (n = 1,084)"
    ("devset54", 20, 1.0, 1.0, 0),  # eyes, ears, skin, hair, teeth: paired eyes, school clusters, medium alone
    ("devset55", 20, 1.0, 1.0, 0),  # a wordy academic writer: allocation ratios, register linkage, aortic rings
    ("devset56", 20, 1.0, 1.0, 0),  # pain, rheumatology, autoimmune: biologic-naive users, meeting-time controls
    ("devset57", 20, 1.0, 1.0, 0),  # women's health, a terse writer: registry cohorts, arm sizes "N to <arm>", studies not feasible
    ("devset58", 20, 1.0, 1.0, 0),  # cancer, numbers in words: observation arms, parent trials, cases plus controls
    ("devset59", 20, 1.0, 1.0, 0),  # environmental exposures, statistics in prose: (exposed)/(unexposed), service personnel
    ("devset60", 20, 1.0, 1.0, 0),  # digital health, a British writer: usual practice, matched non-users, derived lines
    ("devset61", 20, 1.0, 1.0, 0),  # food and drink, a news-desk writer: split by computer, high-X and low-X arms
    ("devset62", 20, 1.0, 1.0, 0),  # blood, genetics, rare disease: bracketed arm sizes, donors, no prophylaxis
    ("devset63", 20, 1.0, 1.0, 0),  # psychedelics, cannabis, vaping, a hedging writer: left to chance, later extensions
    ("devset64", 20, 1.0, 1.0, 0),  # preclinical peptides and longevity: explants, cell strains, every cell state treated
    ("devset65", 20, 1.0, 1.0, 0),  # the site mix in the seed's own voice: only a trial could establish, (or both)
    ("devset66", 20, 1.0, 1.0, 0),  # the site mix by a sloppy writer: a full stop without its space, empty vectors
    ("devset67", 20, 0.99, 0.95, 1),  # comparison groups told indirectly; x67_04 n left (bare "Twenty-five started ...")
    ("devset68", 20, 1.0, 1.0, 0),  # blinding and populations told indirectly: PROBE, kept in the dark
    ("devset69", 20, 1.0, 1.0, 0),  # lungs, allergy, infection, a pharmacist-writer: bulleted arms, non-inferiority
    ("devset70", 20, 1.0, 1.0, 0),  # clinical nutrition, a dietitian-writer: isocaloric controls, claims records
    ("devset71", 20, 1.0, 1.0, 0),  # men's health, an informal writer: design notes in brackets, registers as headings
    ("devset72", 20, 1.0, 1.0, 0),  # brain ageing, a science journalist: unaware outcome panels, no-contact controls
    ("devset73", 20, 1.0, 1.0, 0),  # paediatrics, a nurse in British English: twin trials, babies counted by arm
    ("devset74", 20, 1.0, 1.0, 0),  # vaccines and infection control, a public-health officer: dose preparers unblinded
    ("devset75", 20, 1.0, 1.0, 0),  # transplant, dialysis, ICU, a biostatistician: organ waiting lists, adjudicators
    ("devset76", 20, 1.0, 1.0, 0),  # mind-body medicine, a patient advocate: attention controls, courses given later
    ("devset77", 20, 1.0, 1.0, 0),  # gastroenterology, a terse clinician: arm sizes in column heads, "MA of ..."
    ("devset78", 20, 1.0, 1.0, 0),  # orthopaedics and sports, a physiotherapist: knees and elbows counted by arm
    ("devset79", 20, 1.0, 1.0, 0),  # the site mix, a biohacker: design in column notes, authors asking for studies
    ("devset80", 20, 1.0, 1.0, 0),  # geriatrics, thyroid, teeth, a German physician: probands, verum
    ("devset81", 20, 1.0, 1.0, 0),  # emergency and prehospital care, a paramedic: dummy ampoules, crews as usual
    ("devset82", 20, 1.0, 1.0, 0),  # fertility and pregnancy, a midwife: "had nothing done", mothers differing
    ("devset83", 20, 1.0, 1.0, 0),  # palliative care, a hedging hospice nurse: "Not sedated" columns, drug classes
    ("devset84", 20, 1.0, 1.0, 0),  # the site mix in the seed's terse voice: ordinary diets, lifelong headers
    ("devset85", 20, 1.0, 1.0, 0),  # health services, a quality officer: pre-implementation periods, procedures
    ("devset86", 20, 1.0, 1.0, 0),  # policy natural experiments, a health economist: control towns, comparison series
    ("devset87", 20, 1.0, 1.0, 0),  # lab studies of the site's compounds, a bench scientist: empty capsules, primary cells
    ("devset88", 20, 1.0, 1.0, 0),  # diabetes technology, an engineer: masked sensors, the SMBG standard arm
    ("devset89", 20, 1.0, 1.0, 0),  # peptides, a hurried editor: headings run into their first sentence
    ("devset90", 20, 1.0, 1.0, 0),  # hormones, an academic editor: controls counted per case, groups after a colon
    ("devset91", 20, 1.0, 1.0, 0),  # supplements, a pharmacist: groups by condition, "needs a randomised trial"
    ("devset92", 20, 1.0, 1.0, 0),  # longevity and immune compounds, terse: a third arm, "not on metformin"
]


@needs_reader
@pytest.mark.parametrize("folder, size, overall, per_fact, allowed", DEVELOPMENT_SETS,
                         ids=[s[0] for s in DEVELOPMENT_SETS])
def test_development_set_accuracy(folder, size, overall, per_fact, allowed):
    labels, misses = score_set(folder, f"{folder}.json")
    assert len(labels) == size
    shown = [f"{f}: {name} got {got!r}, want {want!r}" for f, name, got, want in misses]
    assert 1 - len(misses) / (len(labels) * len(FACT_NAMES)) >= overall, shown
    for name in FACT_NAMES:
        assert 1 - sum(m[1] == name for m in misses) / len(labels) >= per_fact, (name, shown)
    if allowed is not None:
        assert len(misses) <= allowed, shown


def test_devset8_control_traps_are_all_right():
    _, misses = score_set("devset8", "devset8.json")
    for trap in ("p03", "p04", "p05", "p09", "p10", "p15", "p16", "p24"):
        assert not [m for m in misses if m[0].startswith(trap)], misses


# --- devset10: masking without "blind", years as counts, reviews that name trials, untreated groups ---


@pytest.mark.parametrize("methods, blinding", [
    ("Randomized crossover. Neither the participants nor the research staff who scored the outcomes knew which "
     "drink was being taken.", "double"),
    ("Randomized trial. Patients and outcome assessors were unaware of the treatment allocation.", "double"),
    ("Randomized trial. Participants did not know which capsules they were taking.", "single"),
    ("Randomized trial. Treatment allocation was concealed from patients and investigators.", "double"),
    ("Randomized trial. Participants knew which group they were in.", "open"),
    # not about the allocation: says nothing of masking
    ("Randomized trial. Participants did not know whether they had the disease at entry.", "unknown"),
    ("Randomized trial. Neither the patients nor their doctors knew the study's hypothesis.", "unknown"),
])
def test_masking_said_without_the_word_blind(methods, blinding):
    assert facts_of(methods=methods).blinding.value == blinding


def test_a_year_is_not_a_count():
    f = facts_of(methods="Systematic review. PubMed and Embase were searched through 2024 for studies of the peptide. "
                         "Thirty-six studies met the inclusion criteria.")
    assert f.n_studies == 36
    g = facts_of(methods="Meta-analysis. Databases were searched between 2000 and 2019 for trials; 12 trials were included.")
    assert g.n_studies == 12
    h = facts_of(methods="Cohort study of adults enrolled between 2001 and 2015 patients' records were linked.")
    assert h.n is None
    # a real count that looks like a year stays a count
    assert facts_of(methods="Randomized trial in 2000 patients with diabetes.").n == 2000
    assert facts_of(methods="Meta-analysis of 2019 studies of vitamin D.").n_studies == 2019


def test_header_that_counts_studies_gives_no_participants():
    study = make(methods="Systematic review following PRISMA guidance of studies of the peptide in tendon healing.",
                 participants=36)
    study = study.model_copy(update={"text": study.text.replace("36 participants", "36 studies")})
    f = extract_facts(study)
    assert_quotes(f, study)
    assert f.n is None and f.n_studies == 36


@pytest.mark.parametrize("methods, design", [
    ("Narrative review. The authors draw on mouse experiments, human cohort studies and short randomized crossover "
     "diet studies.", "narrative-review"),
    ("Literature review of randomized controlled trials and cohort studies of fibre intake.", "narrative-review"),
    ("This review article summarises randomized trials of metformin in ageing.", "narrative-review"),
    ("Narrative review. We systematically searched MEDLINE and pooled 12 trials in a meta-analysis.", "meta-analysis"),
    # a primary study's steps, not its design
    ("Randomized controlled trial in 200 adults. Every adverse event underwent clinical review by two physicians.", "rct"),
    ("Our review of the medical records of 300 patients formed a retrospective cohort.", "cohort"),
])
def test_a_review_that_names_trials_is_a_review(methods, design):
    assert facts_of(methods=methods).design.value == design


def test_narrative_review_mentioning_rcts_takes_no_trial_facts():
    f = facts_of(methods="Narrative review. The authors draw on germ-free mouse experiments, human cohort surveys and "
                         "randomized crossover diet studies in people.", participants=0)
    assert (f.design.value, f.randomized, f.timing.value, f.species.value) == ("narrative-review", None, "unknown", "unknown")


def test_routine_care_as_a_setting_is_not_a_comparator():
    f = facts_of(methods="Cross-sectional telephone survey of 4,000 adults about sleep.",
                 significance="Clinicians can ask about sleep duration as part of routine care.")
    assert f.control.value == "unknown"
    # a trial's usual-care arm still is one
    g = facts_of(methods="Randomized trial: 300 patients were assigned to the programme or to usual care.")
    assert g.control.value == "usual-care"
    h = facts_of(methods="Non-randomized trial. Patients chose the programme (n = 262) or usual care (n = 87).")
    assert h.control.value == "usual-care"


def test_placebo_of_another_trial_is_not_an_observational_studys_control():
    f = facts_of(methods="Observational cohort of 1,031 veterans with low testosterone; 398 received testosterone "
                         "and 633 were untreated, forming the comparison group.",
                 significance="A later randomized trial found testosterone gel non-inferior to placebo.")
    assert (f.design.value, f.control.value) == ("cohort", "no-treatment")


@pytest.mark.parametrize("methods, control", [
    ("Non-randomized controlled study. Ten men undertook the programme. Twenty-five men who were on active "
     "surveillance but did not make these changes served as the comparison group.", "no-treatment"),
    ("Cross-sectional survey. 333 adults who used rapamycin answered questions; 172 respondents who had never used "
     "rapamycin answered the same questions and served as the comparison group.", "no-treatment"),
    ("Retrospective cohort. Patients starting metformin were matched to 90,463 controls who were not taking "
     "metformin.", "no-treatment"),
    ("Controlled trial. 40 patients received the drug and 40 remained untreated.", "no-treatment"),
    # not an untreated group
    ("Cross-sectional survey of 2,000 adults about supplement use.", "unknown"),
    ("Case-control study: 500 cases and 1,000 controls who had never used the drug as reference.", "unknown"),
])
def test_groups_defined_by_going_without_the_treatment(methods, control):
    assert facts_of(methods=methods).control.value == control


def test_a_relative_clause_after_controls_describes_them():
    f = facts_of(methods="Cohort study. Users were compared with matched controls who were not taking the drug.")
    assert f.control.value == "no-treatment"
    g = facts_of(methods="Pilot study of 12 adults. A control group was not used.")
    assert g.control.value == "none"


def test_results_side_by_side_are_not_an_active_arm():
    f = facts_of(key_finding="Veterans prescribed testosterone had half the death rate of those who were not "
                             "(10.3% vs 20.7%).",
                 methods="Observational cohort of 1,031 veterans with low testosterone.")
    assert f.control.value != "active"
    g = facts_of(methods="Randomized trial: patients were assigned to semaglutide 1 mg or dulaglutide 1.5 mg.")
    assert g.control.value == "active"


def test_designs_listed_after_a_word_about_other_studies_are_other_studies():
    f = facts_of(methods="All 1,237 neonates admitted during one year received a probiotic; the comparison was with "
                         "the infants admitted in the previous year (historical controls).",
                 significance="Later randomized trials and meta-analyses largely confirmed a protective effect.")
    assert f.design.value != "meta-analysis" and f.randomized is not True
    g = facts_of(methods="Meta-analysis of 20 randomized trials and observational studies.")
    assert g.design.value == "meta-analysis"


def test_a_group_denied_with_rather_than_is_not_the_studys():
    f = facts_of(methods="Infants treated in one year were compared with those of the previous year.",
                 limitations=["Historical comparison rather than a concurrent or randomized control group"])
    assert f.design.value != "controlled-trial" and f.randomized is not True and f.control.value == "historical"


@pytest.mark.parametrize("sentence, value", [
    ("The population was mixed: term and preterm infants, medical and surgical admissions.", "heterogeneous"),
    ("The sample was large and demographically diverse.", "heterogeneous"),
    ("Participants were ethnically diverse.", "heterogeneous"),
    # doses, regimens and lab samples are not who was studied
    ("Dosing regimens were heterogeneous, but most users took 5 mg weekly.", "unknown"),
    ("Heterogeneous dosing regimens and durations of use.", "unknown"),
    ("Serum samples were mixed with buffer before the assay.", "unknown"),
])
def test_heterogeneity_said_of_the_population(sentence, value):
    assert facts_of(methods="Cross-sectional survey of 500 adults. " + sentence).heterogeneity.value == value


def test_review_words_about_one_included_study_leave_the_review_alone():
    f = facts_of(methods="Systematic review following PRISMA guidance. Thirty-six studies met the inclusion criteria: "
                         "35 preclinical studies, predominantly in rats, and one clinical study.",
                 key_finding="The review found only one human study, which was small and uncontrolled.")
    assert (f.randomized, f.species.value) == (None, "unknown")
    g = facts_of(methods="Systematic review of 14 uncontrolled case series of the peptide in adults.")
    assert g.randomized is False


def test_timing_of_case_control_and_case_series_needs_the_word():
    f = facts_of(methods="Case-control study nested within the prescription claims database of a health insurer.")
    assert (f.design.value, f.timing.value) == ("case-control", "unknown")
    g = facts_of(methods="Retrospective case-control study using claims data.")
    assert g.timing.value == "retrospective"
    h = facts_of(methods="We reviewed the charts of 235 adults treated with ketamine.")
    assert (h.design.value, h.timing.value) == ("cohort", "retrospective")


def test_mixed_comparators_in_a_review_leave_control_unknown():
    f = facts_of(methods="The authors searched databases for randomized controlled trials in which adults trained with "
                         "either a protein supplement or a comparison condition (no supplement or a non-protein placebo "
                         "such as carbohydrate). Forty-nine trials were included in a meta-analysis.")
    assert f.control.value == "unknown"
    g = facts_of(methods="Meta-analysis of 12 randomized placebo-controlled trials.")
    assert g.control.value == "placebo"


# --- devset12: random allocation, masking and controls said in other words ---


@pytest.mark.parametrize("methods, randomized, design", [
    ("Eighty adults were allocated by a computer-generated sequence to counselling or to a no-treatment arm.", True, "rct"),
    ("Sixty-six adults were assigned by a computer-generated list to urolithin A or inactive capsules.", True, "rct"),
    ("Forty-six residents were assigned by lot to magnesium or identical-looking inactive capsules.", True, "rct"),
    ("Sixty patients were allocated by a random-number procedure to probiotic milk or untreated milk.", True, "rct"),
    ("Groups were formed using a table of random numbers.", True, "rct"),
    ("The order in which each volunteer received the two drinks was decided at random.", True, "rct"),
    ("Patients were allocated by minimisation to surgery or physiotherapy.", True, "rct"),
    ("Villages were assigned by the toss of a coin to the programme or to no programme.", True, "rct"),
    ("Allocation used sequentially numbered, sealed opaque envelopes.", True, "rct"),
    # not random allocation: sampling, and a negated chance procedure (a non-randomised trial)
    ("Cross-sectional survey of a randomly selected sample of 2,000 adults.", False, "cross-sectional"),
    ("Case-control study; 500 controls were randomly drawn from the population register.", False, "case-control"),
    ("Twelve sailors were given six different remedies; the pairs were chosen by the surgeon and not by any "
     "chance procedure.", False, "controlled-trial"),
])
def test_random_allocation_said_in_other_words(methods, randomized, design):
    f = facts_of(methods=methods)
    assert (f.randomized, f.design.value) == (randomized, design)


@pytest.mark.parametrize("methods, blinding", [
    ("Randomized trial. Neither the volunteers nor the investigators scoring the recordings knew which drink was "
     "being taken.", "double"),
    ("Randomized trial. Neither the patients nor the investigators were aware of the assigned dose.", "double"),
    # two parties in the sentence, one of them masked
    ("Randomized trial. The participants necessarily knew which diet they followed, but the staff who measured "
     "the outcomes were kept unaware of group assignment.", "single"),
    ("Randomized trial. Patients (n = 40) and investigators were unaware of the treatment allocation.", "double"),
])
def test_masking_party_by_party(methods, blinding):
    assert facts_of(methods=methods).blinding.value == blinding


@pytest.mark.parametrize("methods, control", [
    ("Randomized trial of magnesium or identical-looking inactive capsules for eight weeks.", "placebo"),
    ("Randomized trial of semaglutide 14 mg or a dummy tablet identical in appearance.", "placebo"),
    ("Randomized trial of the herb or sugar pills.", "placebo"),
    ("Randomized trial; the comparison arm received an established active dietary treatment rather than nothing.", "active"),
    ("Controlled trial. The surgeon gave each of six pairs a different remedy.", "active"),
    ("Controlled trial in two hospitals: one served a cholesterol-lowering diet, while the other continued its normal "
     "diet as the concurrent comparison.", "usual-care"),
    ("Retrospective cohort study of 7,925 operated patients compared with 7,925 matched untreated subjects.", "no-treatment"),
    ("Retrospective chart review. Patients who received at least one dose of zolpidem were compared with patients "
     "who received none.", "no-treatment"),
    # "physically inactive adults" is who was studied, not a dummy treatment
    ("Randomized trial of exercise in physically inactive adults versus health education.", "unknown"),
])
def test_controls_said_with_synonyms(methods, control):
    assert facts_of(methods=methods).control.value == control


def test_generalising_to_a_single_group_is_not_a_single_arm():
    f = facts_of(methods="Pooled analysis of individual data from eight randomised trials; in the individual trials "
                         "the comparison group received either a placebo or no treatment.",
                 limitations=["Heterogeneous populations limit generalisation to a single group"])
    assert (f.design.value, f.control.value) == ("meta-analysis", "unknown")


def test_excluded_non_randomised_studies_leave_a_review_randomised():
    f = facts_of(methods="Systematic review. The authors searched MEDLINE for trials in which adults were randomly "
                         "assigned to a ketogenic diet or a low-fat diet; four non-randomised studies were excluded.")
    assert f.randomized is True
    g = facts_of(methods="Systematic review. The authors searched MEDLINE for randomised and non-randomised studies.")
    assert g.randomized is False


def test_a_systematic_review_that_pools_is_a_meta_analysis():
    base = "Systematic review. The authors searched MEDLINE and Embase for trials in adults. "
    assert facts_of(methods=base + "Weighted mean differences were combined with random-effects models."
                    ).design.value == "meta-analysis"
    assert facts_of(methods=base + "Results were summarised narratively; no pooled estimate was calculated."
                    ).design.value == "systematic-review"


def test_two_diets_compared_in_a_review_is_an_active_comparison():
    f = facts_of(methods="Meta-analysis. The authors searched MEDLINE for trials in which adults were randomly assigned "
                         "to a ketogenic diet or a low-fat diet; 13 trials were pooled.")
    assert f.control.value == "active"
    g = facts_of(methods="Meta-analysis. The authors searched MEDLINE for trials in which adults were randomly assigned "
                         "to a ketogenic diet or a placebo; 13 trials were pooled.")
    assert g.control.value == "placebo"


def test_cross_sectional_analysis_within_a_cohort():
    f = facts_of(methods="The investigators studied 70 participants from the Baltimore Longitudinal Study of Aging, a "
                         "long-running study that has followed volunteers prospectively for decades; the present "
                         "analysis is a one-time cross-sectional comparison of a questionnaire with a scan.")
    assert (f.design.value, f.timing.value) == ("cross-sectional", "unknown")
    # a cohort study of its own that also reports a cross-sectional analysis stays a cohort
    g = facts_of(methods="Prospective cohort study of 5,000 adults followed for 10 years; a cross-sectional analysis "
                         "at baseline described sleep habits.")
    assert g.design.value == "cohort"


def test_cohort_followed_since_a_year():
    f = facts_of(methods="The analysis used the Whitehall II study, which has followed British civil servants "
                         "prospectively since 1985, and included 7,959 participants.")
    assert (f.design.value, f.timing.value, f.randomized) == ("cohort", "prospective", False)


def test_narrative_review_of_animal_and_cell_studies_has_no_single_species():
    f = facts_of(methods="This narrative review summarises evidence on fasting. Future trials could test it in patients.",
                 limitations=["Heavy reliance on animal and cell studies"])
    assert f.species.value == "unknown"
    g = facts_of(methods="Narrative review of BPC 157 healing studies in rats.",
                 limitations=["Animal studies only; no human trials"])
    assert g.species.value == "animal"


@pytest.mark.parametrize("methods, blinding", [
    ("Randomized placebo-controlled trial. Patients were not blinded, but outcome assessors were blinded.", "single"),
    ("Randomized trial. Participants were not blinded; outcome assessors were masked to allocation.", "single"),
    ("Randomized trial. Participants and investigators were blinded.", "double"),
    ("Randomized trial. Blinding: participants and outcome assessors.", "double"),
    ("Randomized trial. Participants were not blinded.", "open"),
])
def test_parties_of_a_blinding_word_are_read_in_its_clause(methods, blinding):
    """One party unblinded and another blinded in the same sentence is single-blind, not open."""
    assert facts_of(methods=methods).blinding.value == blinding
