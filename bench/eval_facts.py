"""Fact accuracy against reviewer labels: per fact, and share of studies with every fact right.

Run: `python bench/eval_facts.py` (every set), `python bench/eval_facts.py devset10 -v` (one set,
with its misses), `python bench/eval_facts.py --dev` (every set but the held-out ones); add `--rules-only` to score the rules
without the learned reader of design and control. Sets are
found on disk: every `tests/devset*/` folder with `tests/labels/<folder>.json`. Each folder's
README says who wrote it, how, and which labels are least certain; tests/LABELLING.md says how
every label is read.

- `data`: the example library (labels tests/labels/facts.json).
- `devset` ... `devset92`: development sets, written by helpers who never saw the extractor, each
  in a different writer's habits (site voice, terse, careless, numbers in words, control traps,
  loose design sentences ...). Their first-contact scores are in the README; after that they are
  used to find general rules.
- `devset_h`: the first held-out set, retired into development after its figure was reported
  (96.4% of facts, 64% of studies with every fact right).
- `heldout2`, `heldout3`, `heldout4`: the held-out sets (heldout3 and heldout4 in the seed's own voice;
  heldout4 written in session 8 and first measured at its end). Never tune on them: `-v` does
  not list their misses, only totals.
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

LABELS = ROOT / "tests" / "labels"
LEARNED = None  # None: the product (rules + learned reader, unless APPRAISAL_LEARNED=0); False: --rules-only


def _set_order(folder: Path) -> tuple:
    """devset, devset2, ..., devset_h, devset10, ...: the order the sets were written in."""
    tail = folder.name[len("devset"):]
    return (0, 0) if not tail else (1, int(tail)) if tail.isdigit() else (1, 9.5)


# every tests/devset*/ folder with its labels, found on disk so a new set needs no edit here
SETS = {"data": (ROOT / "data", LABELS / "facts.json")}
SETS.update((f.name, (f, LABELS / f"{f.name}.json"))
            for f in sorted((ROOT / "tests").glob("devset*"), key=_set_order) if f.is_dir())
SETS.update((name, (ROOT / "tests" / name, LABELS / f"{name}.json")) for name in ("heldout2", "heldout3", "heldout4"))
HELD_OUT = {"heldout2", "heldout3", "heldout4"}  # measured, never looked into


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
        got = extract_facts(study, learned=LEARNED).plain()
        wrong = [f for f in FACT_NAMES if not same(got[f], want[f])]
        for f in FACT_NAMES:
            per_fact[f] += f not in wrong
        all_right += not wrong
        misses += [(file, f, got[f], want[f]) for f in wrong]
    n = len(labels)
    return {f: c / n for f, c in per_fact.items()}, all_right / n, misses


def main() -> None:
    global LEARNED
    if "--rules-only" in sys.argv:  # the rules without the learned reader (appraisal/learned)
        LEARNED = False
    names = [a for a in sys.argv[1:] if a in SETS] or list(SETS)
    if "--dev" in sys.argv:  # development sets only: what a tuning round may look at
        names = [n for n in names if n not in HELD_OUT]
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
