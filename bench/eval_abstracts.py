"""Fact accuracy on PubMed abstracts (MEDLINE records) against reviewer labels.

Run: `python bench/eval_abstracts.py [-v]`. Reads tests/abstracts/devset.nbib with the labels in
tests/labels/abstracts.json (keys "devset.nbib#<position>"). Design is scored twice: against the
reviewer's label and against what NLM's indexing alone implies (`nlm_design`); n is scored only over
records whose label states a sample size. "design vs NLM (indexed)" leaves out the records whose
indexing names no design (case series, laboratory work), where NLM has nothing to agree with. -v lists every miss with the extractor's evidence.
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from appraisal.extract import extract_facts  # noqa: E402
from appraisal.readers.literature import iter_records  # noqa: E402

RECORDS = ROOT / "tests" / "abstracts" / "devset.nbib"
LABELS = ROOT / "tests" / "labels" / "abstracts.json"
FIELDS = ("design", "randomized", "blinding", "control", "species", "n", "n_studies", "i2", "duration_days")


def same(got, want) -> bool:
    if isinstance(want, (int, float)) and not isinstance(want, bool) and isinstance(got, (int, float)):
        return math.isclose(got, want, rel_tol=0.01, abs_tol=0.5)
    return got == want


def evaluate(records: Path = RECORDS, labels_file: Path = LABELS) -> tuple[dict[str, tuple[int, int]], list[tuple]]:
    """field -> (right, scored), and the misses as (key, field, got, want, evidence)."""
    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    score: dict[str, list[int]] = {f: [0, 0] for f in (
        "design", "design vs NLM", "design vs NLM (indexed)", *FIELDS[1:], "n (stated)")}
    misses = []
    for study in iter_records(str(records)):
        if isinstance(study, Exception):
            raise study
        key = f"{records.name}#{study.source.rsplit('#', 1)[-1]}"
        want = labels.get(key)
        if want is None:
            continue
        facts = extract_facts(study)
        got = facts.plain()
        checks = [(f, got[f], want[f]) for f in FIELDS]
        checks.append(("design vs NLM", got["design"], want["nlm_design"]))
        if want["nlm_design"] != "unknown":  # records whose indexing names a design at all
            checks.append(("design vs NLM (indexed)", got["design"], want["nlm_design"]))
        if want["n"] is not None:
            checks.append(("n (stated)", got["n"], want["n"]))
        for name, g, w in checks:
            right = same(g, w)
            score[name][0] += right
            score[name][1] += 1
            if not right:
                fact = name.split(" ")[0]
                misses.append((key, name, g, w, facts.evidence.get(fact), facts.conflicts.get(fact)))
    return {k: (v[0], v[1]) for k, v in score.items()}, misses


def main() -> None:
    score, misses = evaluate()
    for name, (right, total) in score.items():
        print(f"{name:24s} {right / total if total else 0:6.1%}  ({right}/{total})")
    if "-v" in sys.argv:
        for key, name, got, want, evidence, conflict in misses:
            print(f"  {key}: {name} = {got!r}, label {want!r}" + (f"  <- {evidence[:120]!r}" if evidence else "")
                  + (f"  [conflict: {conflict[:100]}]" if conflict else ""))


if __name__ == "__main__":
    main()
