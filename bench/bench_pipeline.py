"""Benchmark: parse + extract + grade 10,000 study summaries on one core; prints studies/second.

The summaries are the example library's files, varied (a number in the text changes) so that no
cache can help. Run: `python bench/bench_pipeline.py [N]`.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from appraisal.pipeline import appraise_study  # noqa: E402
from appraisal.readers import read_bytes  # noqa: E402
from appraisal.rubric import default_rubric  # noqa: E402


def corpus(n: int) -> list[tuple[str, bytes]]:
    files = sorted((ROOT / "data").glob("*.txt"))
    texts = [f.read_bytes() for f in files]
    return [(f"bench{i}.txt", texts[i % len(texts)] + f"\nRelated Studies\nBench variant {i}\n".encode())
            for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=10_000, help="how many summaries (default 10,000)")
    n = ap.parse_args().n
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the issue asks
    docs = corpus(n)
    rubric = default_rubric()
    stages = {"parse": 0.0, "extract+grade": 0.0}
    grades: dict[str, int] = {}
    start = time.perf_counter()
    for name, data in docs:
        t0 = time.perf_counter()
        studies = read_bytes(data, name)
        t1 = time.perf_counter()
        for study in studies:
            _, appraisal = appraise_study(study, rubric)
            grades[appraisal.grade] = grades.get(appraisal.grade, 0) + 1
        stages["parse"] += t1 - t0
        stages["extract+grade"] += time.perf_counter() - t1
    elapsed = time.perf_counter() - start
    print(f"studies: {n}  from {len(list((ROOT / 'data').glob('*.txt')))} example files, one core")
    print(f"total: {elapsed:.2f} s  ->  {n / elapsed:,.0f} studies/s")
    for stage, t in stages.items():
        print(f"  {stage:<14} {t / n * 1e6:8.1f} µs/study")
    print("grades:", dict(sorted(grades.items())))


if __name__ == "__main__":
    main()
