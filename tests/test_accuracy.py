"""Fact accuracy on the held-out summaries stays where it was measured (96.4% of facts, 64% of studies).

The held-out set (tests/heldout/) was written apart from the extractor and is never used to tune
it; this test only stops a change from quietly making it worse. The figures are those reached
when the set was last scored (bench/eval_facts.py heldout).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import eval_facts  # noqa: E402


def test_heldout_accuracy_does_not_regress():
    per_fact, all_right, _ = eval_facts.evaluate("heldout")
    overall = sum(per_fact.values()) / len(per_fact)
    assert overall >= 0.96, f"{overall:.1%} of facts right"
    assert min(per_fact.values()) >= 0.8, per_fact
    assert all_right >= 0.64
