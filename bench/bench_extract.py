"""Benchmark: mean µs per study of `extract_facts` alone over the example library (data/*.txt).

Parsing happens once, outside the timing loop, so only extraction is measured; each study is
extracted many times and the best of several rounds is reported (the least disturbed by other
work on the machine). Run: `python bench/bench_extract.py [repetitions] [--profile]`.
"""
from __future__ import annotations

import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from appraisal.extract import extract_facts  # noqa: E402
from appraisal.readers import read_path  # noqa: E402


def studies(folder: Path = ROOT / "data"):
    return [s for f in sorted(folder.glob("*.txt")) for s in read_path(f)]


def mean_us(items, reps: int) -> float:
    start = time.perf_counter()
    for _ in range(reps):
        for study in items:
            extract_facts(study)
    return (time.perf_counter() - start) / (reps * len(items)) * 1e6


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    reps = int(args[0]) if args else 200
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    items = studies()
    mean_us(items, 5)  # warm up (compiled patterns, caches of the interpreter)
    if "--profile" in sys.argv:
        prof = cProfile.Profile()
        prof.enable()
        mean_us(items, reps)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
        return
    rounds = [mean_us(items, reps) for _ in range(5)]
    print(f"extract_facts: {len(items)} studies x {reps} reps x 5 rounds: "
          f"best {min(rounds):.1f} µs/study, median {sorted(rounds)[2]:.1f} µs/study")
    for name in ("devset",):
        folder = ROOT / "tests" / name
        if folder.is_dir() and any(folder.glob("*.txt")):
            other = studies(folder)
            print(f"  {name}: {len(other)} studies, {mean_us(other, max(reps // 4, 10)):.1f} µs/study")


if __name__ == "__main__":
    main()
