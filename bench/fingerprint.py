"""Fingerprint what the pipeline makes of every example and development summary.

A speed change must not change output. This hashes, per file, the parsed Study (with its split
findings), the extracted Facts with their evidence, and the Appraisal, over data/ and every
tests/devset*/ folder (never the held-out sets). Save a fingerprint before a change, compare
after it:

    python bench/fingerprint.py --save /tmp/before.json
    python bench/fingerprint.py --against /tmp/before.json     # exit 1 and the files that differ
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from appraisal.pipeline import appraise_study  # noqa: E402
from appraisal.readers import read_path  # noqa: E402
from appraisal.rubric import default_rubric  # noqa: E402

PARTS = ("study", "facts", "appraisal")


def summaries() -> list[Path]:
    """data/*.txt and every development set's summaries, in a stable order."""
    folders = [ROOT / "data", *sorted(p for p in (ROOT / "tests").glob("devset*") if p.is_dir())]
    return [f for folder in folders for f in sorted(folder.glob("*.txt"))]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def fingerprint() -> dict[str, dict[str, str]]:
    """file (relative to the project root) -> {part: short sha256}."""
    rubric = default_rubric()
    out: dict[str, dict[str, str]] = {}
    for path in summaries():
        studies = read_path(path)
        parts = {"study": [], "facts": [], "appraisal": []}
        for study in studies:
            facts, appraisal = appraise_study(study, rubric)
            parts["study"].append(study.model_dump_json(exclude={"source"}))
            parts["facts"].append(facts.model_dump_json())
            parts["appraisal"].append(appraisal.model_dump_json(exclude={"source"}))
        out[str(path.relative_to(ROOT))] = {k: _digest("\n".join(v)) for k, v in parts.items()}
    return out


def differences(old: dict, new: dict) -> list[str]:
    """One line per file whose fingerprint differs, naming the parts that changed."""
    lines = []
    for name in sorted(set(old) | set(new)):
        if name not in old or name not in new:
            lines.append(f"{name}: only in {'new' if name in new else 'old'}")
            continue
        changed = [p for p in PARTS if old[name].get(p) != new[name].get(p)]
        if changed:
            lines.append(f"{name}: {', '.join(changed)}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", type=Path, help="write the fingerprint to this JSON file")
    ap.add_argument("--against", type=Path, help="compare with a saved fingerprint")
    args = ap.parse_args()
    new = fingerprint()
    total = _digest(json.dumps(new, sort_keys=True))
    print(f"{len(new)} summaries; fingerprint {total}")
    if args.save:
        args.save.write_text(json.dumps(new, indent=1, sort_keys=True))
    if args.against:
        diff = differences(json.loads(args.against.read_text()), new)
        for line in diff:
            print(line)
        print("identical" if not diff else f"{len(diff)} files differ")
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
