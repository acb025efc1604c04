"""How often two reviewers' labels of the same summaries agree: per fact, and on every fact.

The aim for the extractor is every fact right on 95% of studies; this measures how high that bar
stands for people. Two reviewers label a set apart, by the same written rules, and neither sees
the other's labels. Run: `python bench/label_agreement.py tests/labels/heldout4.json
tests/labels/heldout4.second.json` (totals only, so a held-out set stays unseen) or with `-v` on a
development set to list each disagreement.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from appraisal.models import FACT_NAMES  # noqa: E402
from eval_facts import HELD_OUT, same  # noqa: E402


def agreement(first: dict, second: dict) -> tuple[dict[str, float], float, list[tuple[str, str, object, object]]]:
    """Per-fact share agreeing, share of studies agreeing on every fact, and the disagreements."""
    files = sorted(set(first) & set(second))
    if not files:
        raise SystemExit("the two label files share no study")
    per_fact = {f: 0 for f in FACT_NAMES}
    whole, differ = 0, []
    for file in files:
        apart = [f for f in FACT_NAMES if not same(first[file][f], second[file][f])]
        for f in FACT_NAMES:
            per_fact[f] += f not in apart
        whole += not apart
        differ += [(file, f, first[file][f], second[file][f]) for f in apart]
    n = len(files)
    return {f: c / n for f, c in per_fact.items()}, whole / n, differ


def main() -> None:
    paths = [a for a in sys.argv[1:] if not a.startswith("-")]
    if len(paths) != 2:
        raise SystemExit(__doc__)
    first, second = (json.loads(Path(p).read_text(encoding="utf-8")) for p in paths)
    per_fact, whole, differ = agreement(first, second)
    total = sum(per_fact.values()) / len(per_fact)
    print(f"{len(set(first) & set(second))} studies: facts agreeing {total:.1%}; studies agreeing on every fact {whole:.1%}")
    print("  " + "  ".join(f"{f} {v:.0%}" for f, v in per_fact.items()))
    held_out = any(Path(p).name.split(".")[0] in HELD_OUT for p in paths)
    if "-v" in sys.argv and not held_out:
        for file, fact, a, b in differ:
            print(f"  {file}: {fact} {a!r} vs {b!r}")


if __name__ == "__main__":
    main()
