"""Fact accuracy against reviewer labels: per fact, and share of studies with every fact right.

Run: `python bench/eval_facts.py` (every set), `python bench/eval_facts.py devset10 -v` (one set,
with its misses). Each set is a folder of summaries plus labels in tests/labels/; each folder's
README says who wrote it, how, and which labels are least certain.

- `data`: the example library (labels tests/labels/facts.json).
- `devset` ... `devset22`: development sets, written by helpers who never saw the extractor, each
  in a different writer's habits (site voice, terse, careless, numbers in words, control traps,
  loose design sentences ...). Their first-contact scores are in the README; after that they are
  used to find general rules.
- `devset_h`: the first held-out set, retired into development after its figure was reported
  (96.4% of facts, 64% of studies with every fact right).
- `heldout2`, `heldout3`: the held-out sets (heldout3 written last, in the seed's own voice). Never
  tune on them: `-v` does not list their misses, only totals.
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from appraisal.extract import extract_facts  # noqa: E402
from appraisal.models import FACT_NAMES  # noqa: E402
from appraisal.readers import read_path  # noqa: E402

SETS = {
    "data": (ROOT / "data", ROOT / "tests" / "labels" / "facts.json"),
    "devset": (ROOT / "tests" / "devset", ROOT / "tests" / "labels" / "devset.json"),
    "devset2": (ROOT / "tests" / "devset2", ROOT / "tests" / "labels" / "devset2.json"),
    "devset3": (ROOT / "tests" / "devset3", ROOT / "tests" / "labels" / "devset3.json"),
    "devset4": (ROOT / "tests" / "devset4", ROOT / "tests" / "labels" / "devset4.json"),
    "devset5": (ROOT / "tests" / "devset5", ROOT / "tests" / "labels" / "devset5.json"),
    "devset6": (ROOT / "tests" / "devset6", ROOT / "tests" / "labels" / "devset6.json"),
    "devset7": (ROOT / "tests" / "devset7", ROOT / "tests" / "labels" / "devset7.json"),
    "devset8": (ROOT / "tests" / "devset8", ROOT / "tests" / "labels" / "devset8.json"),
    "devset9": (ROOT / "tests" / "devset9", ROOT / "tests" / "labels" / "devset9.json"),
    "devset_h": (ROOT / "tests" / "devset_h", ROOT / "tests" / "labels" / "devset_h.json"),
    "devset10": (ROOT / "tests" / "devset10", ROOT / "tests" / "labels" / "devset10.json"),
    "devset11": (ROOT / "tests" / "devset11", ROOT / "tests" / "labels" / "devset11.json"),
    "devset12": (ROOT / "tests" / "devset12", ROOT / "tests" / "labels" / "devset12.json"),
    "devset13": (ROOT / "tests" / "devset13", ROOT / "tests" / "labels" / "devset13.json"),
    "devset14": (ROOT / "tests" / "devset14", ROOT / "tests" / "labels" / "devset14.json"),
    "devset15": (ROOT / "tests" / "devset15", ROOT / "tests" / "labels" / "devset15.json"),
    "devset16": (ROOT / "tests" / "devset16", ROOT / "tests" / "labels" / "devset16.json"),
    "devset17": (ROOT / "tests" / "devset17", ROOT / "tests" / "labels" / "devset17.json"),
    "devset18": (ROOT / "tests" / "devset18", ROOT / "tests" / "labels" / "devset18.json"),
    "devset19": (ROOT / "tests" / "devset19", ROOT / "tests" / "labels" / "devset19.json"),
    "devset20": (ROOT / "tests" / "devset20", ROOT / "tests" / "labels" / "devset20.json"),
    "devset21": (ROOT / "tests" / "devset21", ROOT / "tests" / "labels" / "devset21.json"),
    "devset22": (ROOT / "tests" / "devset22", ROOT / "tests" / "labels" / "devset22.json"),
    "heldout2": (ROOT / "tests" / "heldout2", ROOT / "tests" / "labels" / "heldout2.json"),
    "heldout3": (ROOT / "tests" / "heldout3", ROOT / "tests" / "labels" / "heldout3.json"),
}
HELD_OUT = {"heldout2", "heldout3"}  # measured, never looked into


def same(got, want) -> bool:
    if isinstance(want, (int, float)) and not isinstance(want, bool) and isinstance(got, (int, float)):
        return math.isclose(got, want, rel_tol=0.01, abs_tol=0.5)
    return got == want


def evaluate(name: str) -> tuple[dict[str, float], float, list[tuple[str, str, object, object]]]:
    folder, labels_file = SETS[name]
    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    per_fact = {f: 0 for f in FACT_NAMES}
    all_right = 0
    misses = []
    for file, want in sorted(labels.items()):
        (study,) = read_path(folder / file)
        got = extract_facts(study).plain()
        wrong = [f for f in FACT_NAMES if not same(got[f], want[f])]
        for f in FACT_NAMES:
            per_fact[f] += f not in wrong
        all_right += not wrong
        misses += [(file, f, got[f], want[f]) for f in wrong]
    n = len(labels)
    return {f: c / n for f, c in per_fact.items()}, all_right / n, misses


def main() -> None:
    names = [a for a in sys.argv[1:] if a in SETS] or list(SETS)
    for name in names:
        per_fact, all_right, misses = evaluate(name)
        total = sum(per_fact.values()) / len(per_fact)
        print(f"{name}: facts right {total:.1%}; studies with every fact right {all_right:.1%}")
        print("  " + "  ".join(f"{f} {v:.0%}" for f, v in per_fact.items()))
        if "-v" in sys.argv and name not in HELD_OUT:
            for file, fact, got, want in misses:
                print(f"  {file}: {fact} = {got!r}, label {want!r}")


if __name__ == "__main__":
    main()
