"""Fact accuracy on the held-out sets stays where it was measured.

The held-out summaries (tests/heldout2/, tests/heldout3/, tests/heldout4/) were written apart
from the extractor and are never used to tune it (bench/eval_facts.py does not list their misses);
this test only stops a change from quietly making them worse. The floors are the figures measured last
(`python bench/eval_facts.py heldout2 heldout3 heldout4`, the product: rules and learned reader),
rounded down.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import eval_facts  # noqa: E402

FLOORS = {
    # set: (share of facts right, least share right per fact, share of studies with every fact right)
    # 98.0% / 80.0% at the end of session 9 (rules alone too); 98.2% / 82.5% since the devset47-48 rounds, rules alone
    # and with the reader
    "heldout2": (0.975, 0.95, 0.82),
    # heldout3: 98.5% / 86.7% until session 11, 98.8% / 90.0% after the devset57-60 rounds (rules alone too); at the
    # end of session 11 the rules alone 98.8% / 90.0%, but the reader retrained on 74 sets lost a study: 98.5% / 86.7%;
    # the same after the devset73-80 rounds (session 12)
    "heldout3": (0.98, 0.90, 0.86),
    # written in session 8: first measured 93.9% / 43.3%, then 94.8% / 46.7% (rules alone, still);
    # with the learned reader 95.8% / 56.7%, 95.5% / 53.3%, and 96.1% / 60.0% after the devset40 round
    # and retraining (rules alone 95.5% / 53.3%: the devset40 rules moved it for the first time since);
    # 96.7% / 66.7% after the devset41-42 rounds and retraining on 44 sets (rules alone 96.1% / 56.7%),
    # 96.7% / 63.3% after the devset43-44 rounds and retraining on 46 sets (rules alone 96.4% / 60.0%): the
    # rules gain, the reader's share moves by a study or two with each retraining; 97.0% / 66.7% after the
    # devset45-46 rounds and retraining on 48 sets (rules alone 96.4% / 60.0%), unchanged through the devset47-56
    # rounds (retrained on 58 sets); 97.3% / 70.0% once devset55's round was finished (rules alone 96.7% / 63.3%);
    # in session 11 the rules held 63.3% but the reader retrained on 70 and 72 sets lost one study: 97.0% / 66.7%;
    # session 12, after the devset73-80 rounds and retraining on 82 sets: rules alone 96.7% / 63.3% (unchanged), with
    # the reader 96.7% / 63.3% (it lost one more study, on its comparison group: control 83.3%; on the 160 fresh
    # studies of devset73-80 it gained ten); the same after devset81-92 and retraining on 90 and 94 sets
    "heldout4": (0.965, 0.83, 0.63),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_heldout_accuracy_does_not_regress(name):
    facts, per_fact_floor, studies = FLOORS[name]
    per_fact, all_right, _ = eval_facts.evaluate(name)
    overall = sum(per_fact.values()) / len(per_fact)
    assert overall >= facts, f"{overall:.1%} of facts right"
    assert min(per_fact.values()) >= per_fact_floor, per_fact
    assert all_right >= studies, f"{all_right:.1%} of studies with every fact right"


def test_label_agreement_counts_each_fact_and_whole_studies():
    import label_agreement

    base = {f: None for f in label_agreement.FACT_NAMES}
    first = {"a.txt": {**base, "design": "rct", "n": 100}, "b.txt": {**base, "design": "cohort", "n": 50}}
    second = {"a.txt": {**base, "design": "rct", "n": 100.4}, "b.txt": {**base, "design": "case-control", "n": 50},
              "c.txt": {**base}}  # only in one file: not compared
    per_fact, whole, differ = label_agreement.agreement(first, second)
    assert per_fact["design"] == 0.5 and per_fact["n"] == 1.0  # 100 vs 100.4 agree within rounding
    assert whole == 0.5
    assert differ == [("b.txt", "design", "cohort", "case-control")]
