"""Golden files: the full JSON appraisal of every example in data/ must not change unnoticed.

A change in parsing, extraction or the default rubric shows up here as a readable diff. When a
change is intended, regenerate with `UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`, read
the diff of tests/golden/ and commit it with the change that caused it. The goldens' facts are in
turn checked against the reviewer labels (tests/labels/facts.json), so a golden cannot quietly
absorb a wrong fact.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from appraisal.pipeline import appraise_study
from appraisal.readers import read_path
from appraisal.report import Result, result_dict

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "appraisals"
EXAMPLES = sorted((ROOT / "data").glob("*.txt"))
LABELS = json.loads((ROOT / "tests" / "labels" / "facts.json").read_text(encoding="utf-8"))


def current(path: Path) -> dict:
    (study,) = read_path(path)
    facts, appraisal = appraise_study(study)
    return result_dict(Result(source=study.source, study=study, facts=facts, appraisal=appraisal))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_matches_golden(path):
    got = current(path)
    golden = GOLDEN / f"{path.stem}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden for {path.name}: run with UPDATE_GOLDEN=1"
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_golden_facts_agree_with_reviewer_labels(path):
    golden = json.loads((GOLDEN / f"{path.stem}.json").read_text(encoding="utf-8"))
    want = LABELS[path.name]
    for fact, value in want.items():
        got = golden["facts"][fact]
        if isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool) and fact == "duration_days"):
            assert got == pytest.approx(value, rel=0.01, abs=0.5), fact
        else:
            assert got == value, fact


def test_every_example_has_a_golden_and_a_label():
    assert {p.stem for p in EXAMPLES} == {g.stem for g in GOLDEN.glob("*.json")}
    assert {p.name for p in EXAMPLES} == set(LABELS)


def test_every_quote_is_in_its_source():
    for path in EXAMPLES:
        golden = json.loads((GOLDEN / f"{path.stem}.json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        for fact, quote in golden["evidence"].items():
            assert quote in text, (path.name, fact)
        for c in golden["criteria"]:
            for part in (c["evidence"] or "").split(" … "):
                assert part in text, (path.name, c["id"])
