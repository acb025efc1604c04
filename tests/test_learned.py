"""The learned reader (appraisal/learned): numpy scoring equal to scikit-learn's, evidence that stands in
the text, the fallback and override policy on top of the rules, the switch back to the rules alone."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from appraisal.extract import extract_facts
from appraisal.learned import LearnedReader, decide
from appraisal.learned.quotes import names, quote_order
from appraisal.models import Study
from appraisal.pipeline import appraise_study
from appraisal.readers import read_bytes, read_path
from tests.test_extract_devset11 import summary as site_summary

ROOT = Path(__file__).resolve().parents[1]
DATA = sorted((ROOT / "data").glob("*.txt"))
SEED = ROOT / "data" / "000_68e18b48f32a60f4.txt"
READER = LearnedReader.default()

# rules: unknown design and control (no allocation or design noun they know); the model leans to a blinded trial
FALLBACK = dict(methods="Forty adults with knee pain took 5 g creatine daily for 8 weeks and were compared with a "
                        "group given maltodextrin in a double-blind design.", participants="40 participants")
# rules: a non-randomised controlled trial (no allocation word); the model, confident, reads an RCT
OVERRIDE = dict(methods="Double-blind, placebo-controlled trial: 300 adults took 4,000 IU vitamin D3 or a matching "
                        "placebo daily.", participants="300 participants")


def _studies() -> list[Study]:
    return [read_path(p)[0] for p in DATA]


def _sklearn_from_reader(reader: LearnedReader):
    """scikit-learn's own objects carrying reader.json's parameters."""
    sklearn = pytest.importorskip("sklearn", reason="scikit-learn (requirements-dev.txt) is needed for the parity check")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    f = reader.data["features"]
    vecs = {}
    for block in reader.data["blocks"]:
        vec = TfidfVectorizer(lowercase=f["lowercase"], token_pattern=f["token_pattern"], ngram_range=tuple(f["ngram_range"]),
                              sublinear_tf=f["sublinear_tf"], norm=f["norm"], smooth_idf=f["smooth_idf"],
                              vocabulary={t: i for i, t in enumerate(block["terms"])})
        vec.idf_ = np.asarray(block["idf"])
        vecs[block["text"]] = vec
    clfs = {}
    for fact, m in reader.data["facts"].items():
        clf = LogisticRegression()
        clf.classes_ = np.asarray(m["classes"])
        clf.coef_ = np.asarray(m["coef"])
        clf.intercept_ = np.asarray(m["intercept"])
        clfs[fact] = clf
    assert sklearn.__version__
    return vecs, clfs


def test_probabilities_equal_scikit_learns():
    from scipy.sparse import hstack

    from appraisal.learned.texts import limits_text, main_text

    vecs, clfs = _sklearn_from_reader(READER)
    studies = _studies()
    X = hstack([vecs["main"].transform([main_text(s) for s in studies]),
                vecs["limits"].transform([limits_text(s) for s in studies])]).tocsr()
    for fact, clf in clfs.items():
        want = clf.predict_proba(X)
        for k, study in enumerate(studies):
            classes, got = READER.probabilities(study)[fact]
            assert classes == list(clf.classes_)
            np.testing.assert_allclose(got, want[k], atol=1e-6, rtol=0)


def test_a_freshly_trained_reader_scores_like_its_unrounded_model(tmp_path):
    """Train on the example library, export as the trainer does (floats to 6 digits), score with numpy."""
    pytest.importorskip("sklearn", reason="scikit-learn (requirements-dev.txt) is needed to train")
    sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "scripts")]
    import spike_learned as spike
    import train_reader

    rows = spike.load("data")
    model = train_reader.model_class(2, 300)().fit(rows)
    model.n_studies = len(rows)
    path = tmp_path / "reader.json"
    path.write_text(json.dumps(train_reader.export(model, ["data"])), encoding="utf-8")
    reader = LearnedReader(path)
    X = model._x(rows)
    for fact in train_reader.FACTS:
        want = model.clf[fact].predict_proba(X)
        for k, path_ in enumerate(DATA):
            (study,) = read_path(path_)
            np.testing.assert_allclose(reader.probabilities(study)[fact][1], want[k], atol=1e-4, rtol=0)


def test_the_reader_says_what_it_is_and_was_trained_on():
    assert READER.version.startswith("reader.json sha256:") and len(READER.version) == len("reader.json sha256:") + 64
    assert READER.policy["facts"] == ["design", "control"] and READER.policy["override_at"] == 0.9
    sets = READER.data["trained_on"]
    assert "data" in sets and all(s == "data" or s.startswith("devset") for s in sets)
    assert set(READER.data["labels_sha256"]) == set(sets)


def test_evidence_is_an_exact_sentence_of_the_text():
    for study in _studies():
        for fact, reading in READER.read(study).items():
            assert reading.evidence and reading.evidence in study.text, (study.source, fact)
            assert 0 < reading.probability <= 1


def test_the_quote_is_a_strong_sentence_that_names_the_value():
    scored = [(2.0, "In vitro only."), (1.0, "Parallel cultures were left untreated."), (0.4, "No treatment was given.")]
    assert quote_order(scored, "control", "no-treatment")[0] == "Parallel cultures were left untreated."
    assert quote_order(scored, "control", "no-treatment")[1:] == ["In vitro only.", "No treatment was given."]


def test_a_weak_naming_sentence_does_not_displace_the_strongest():
    scored = [(2.0, "In vitro only."), (0.4, "No treatment was given."), (-1.0, "Cells were not treated, untreated.")]
    assert quote_order(scored, "control", "no-treatment")[0] == "In vitro only."
    assert quote_order([(2.0, "Retrospective data.")], "design", "cohort")[0] == "Retrospective data."
    assert quote_order([(2.0, "In vitro only.")], "blinding", "open") == ["In vitro only."]  # no words known


def test_the_readers_quote_for_a_control_is_the_sentence_that_names_it():
    text = "\n\n".join(["A Study", "Smith AB", "Some Journal/2020/N/A/N/A", "Key Finding", "Something was found.",
                        "Methods", "Pharmacy records of 4,000 adults were reviewed. Users of the drug were compared "
                        "with non-users.", "Limitations", "  • Retrospective data"])
    (study,) = read_bytes(text.encode(), "x.txt")
    assert READER.evidence(study, "control", "no-treatment") == "Users of the drug were compared with non-users."


def test_a_study_without_a_known_word_gets_no_reading():
    assert READER.read(Study(source="x", format="plain-text", text="")) == {}


def test_fallback_fills_what_the_rules_left_unknown():
    rules = site_summary(**FALLBACK)
    assert rules.design.value == "unknown" and rules.control.value == "unknown"
    facts = site_summary(**FALLBACK, learned=True)  # also checks every quote stands in the text
    assert facts.design.value != "unknown"
    assert "learned reader (p = " in facts.conflicts["design"] and "the rules found no cue" in facts.conflicts["design"]
    assert facts.evidence["design"] in facts.conflicts["design"]


def test_override_replaces_the_rules_when_confident_and_says_so():
    rules = site_summary(**OVERRIDE)
    assert rules.design.value == "controlled-trial"
    facts = site_summary(**OVERRIDE, learned=True)
    assert facts.design.value == "rct"
    note = facts.conflicts["design"]
    assert "reads rct" in note and "the rules read controlled-trial from the same sentence" in note
    assert float(note.split("p = ")[1].split(")")[0]) >= 0.9
    assert facts.randomized is True and facts.timing.value == "prospective"  # an RCT's consequences follow


def test_a_replaced_design_takes_its_derived_facts_along():
    """Consistency: what the rules derived from a design they no longer hold goes, the new design's follows."""
    from appraisal.extract.builder import _Builder
    from appraisal.learned import Decision

    (study,) = read_bytes_summary(dict(methods="Case series of 12 consecutive patients given the drug.",
                                       participants="12 participants"))
    builder = _Builder(study)
    rules = builder.build()
    assert rules.design.value == "case-series" and rules.control.value == "none" and rules.randomized is False
    quote = rules.evidence["design"]
    facts = builder.revise({"design": Decision("design", "rct", 0.9, quote, "learned reader (p = 0.90) ...", "case-series")})
    assert facts.design.value == "rct" and facts.control.value == "unknown"  # "none" came from the case series
    assert facts.randomized is True and facts.timing.value == "prospective"  # an RCT's, from the consistency pass


def test_the_switch_gives_the_rules_alone(monkeypatch):
    (study,) = read_bytes_summary(OVERRIDE)
    rules = extract_facts(study, learned=False)
    assert rules.design.value == "controlled-trial" and "design" not in rules.conflicts
    assert extract_facts(study).design.value == "rct"
    monkeypatch.setenv("APPRAISAL_LEARNED", "0")
    assert extract_facts(study) == rules
    assert extract_facts(study, learned=True).design.value == "rct"  # the argument wins


def read_bytes_summary(kw: dict):
    from appraisal.readers import read_bytes

    parts = ["A Study", "Smith AB, et al.", f"Some Journal/2020/{kw['participants']}/N/A", "Key Finding",
             "Something was found.", "Methods", kw["methods"], "Limitations", "  • Single centre"]
    return read_bytes("\n\n".join(parts).encode(), "x.txt")


def test_every_decision_is_recorded():
    for study in _studies():
        rules = extract_facts(study, learned=False)
        for fact, d in decide(rules, study).items():
            facts = extract_facts(study)
            assert facts.conflicts[fact].startswith("learned reader") and facts.evidence[fact] == d.quote


def test_the_seed_is_still_a_cohort_with_historical_controls():
    (study,) = read_path(SEED)
    facts, appraisal = appraise_study(study)
    assert facts.design.value == "cohort" and facts.control.value == "historical"
    assert appraisal.grade == "Very low"
    readings = READER.read(study)
    assert readings["design"].value == "cohort" and readings["control"].value == "historical"


def test_reports_name_the_extractor_beside_the_rubric(monkeypatch):
    """A fact the learned reader decided depends on its weights: the report says which ones."""
    from appraisal.report import Result, report_row, result_dict

    (study,) = read_path(Path(__file__).resolve().parents[1] / "data" / "000_68e18b48f32a60f4.txt")
    facts, appraisal = appraise_study(study)
    result = Result(source=study.source, study=study, facts=facts, appraisal=appraisal)
    sha = LearnedReader.default().version.rsplit(":", 1)[-1]
    assert result_dict(result)["extractor"] == f"rules + learned reader {sha[:12]}"
    assert report_row(result, ["design"])["extractor"] == f"rules + learned reader {sha[:12]}"
    monkeypatch.setenv("APPRAISAL_LEARNED", "0")
    assert result_dict(result)["extractor"] == "rules"


def test_fast_counting_finds_the_analyzers_terms_in_its_order():
    """_Block.count (tuple look-ups, a faster equivalent token pattern) gives what the analyzer's joined
    terms counted gave: the same columns, frequencies and first-occurrence order (so every sum is the same)."""
    import random
    from collections import Counter

    from appraisal.learned.reader import _faster_equivalent

    blocks = READER._model[0]
    pattern = next(iter(blocks.values())).pattern
    fast = _faster_equivalent(pattern)
    assert fast is not pattern  # reader.json's pattern is the one with a faster equivalent
    rnd = random.Random(0)
    alphabet = list("aZ0_-- ²².,;:()/'\n") + ["é", "ß", "\u0301", "٣", "①", "ﬁ", "İ", "·", "—", "‐", "µ", "½"]
    texts = [s.text for s in _studies()] + ["-a- --b-c-- d--e -- ²x² x²- -²", "a-\u0301b ①-② _-_ -_"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(20000)]
    for text in texts:
        assert fast.findall(text) == pattern.findall(text), text
    for block in blocks.values():
        for text in texts[:200]:
            want = Counter(t for t in block.terms(text) if t in block.column)
            got = Counter()
            block.count(text, got)
            assert [(c - 1, n) for c, n in got.items()] == [(block.column[t], n) for t, n in want.items()]


def test_the_reader_was_trained_on_the_labels_as_they_are():
    """A round that changes a label must retrain the reader (`python scripts/train_reader.py`,
    deterministic, about a minute); a new set it has not seen yet is fine until the next training."""
    import hashlib

    root = Path(__file__).resolve().parents[1]
    for name, digest in READER.data["labels_sha256"].items():
        path = root / "tests" / "labels" / ("facts.json" if name == "data" else f"{name}.json")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{name}: labels changed since training"


def test_a_page_with_a_title_alone_gives_the_reader_nothing_to_read():
    # "Evil study" once read as a cohort at p = 0.52: one l2-normalised term weighed like a whole summary
    from appraisal.readers import read_bytes
    study = read_bytes(b"<html><body><h1>Evil study</h1><p>Key Finding: </p></body></html>", "evil.html")[0]
    assert LearnedReader.default().read(study) == {}
    assert extract_facts(study).plain()["design"] == "unknown"
