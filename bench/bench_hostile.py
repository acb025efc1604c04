"""Stress: seconds for hostile shapes of input through parse + extract + grade.

A long run of digits, one huge sentence, one huge table row: each of these was quadratic once (a
regex rescanning from every position, or a search back to the sentence start for every cue).
Nothing is asserted here; tests/test_readers.py checks that such inputs come out.
Run: `python bench/bench_hostile.py [bytes]` (default 200,000).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from appraisal.pipeline import appraise_study  # noqa: E402
from appraisal.readers import read_bytes  # noqa: E402
from appraisal.rubric import default_rubric  # noqa: E402


def shapes(size: int) -> dict[str, bytes]:
    """Inputs of about `size` bytes: whole files, or the seed with one part blown up."""
    seed = (ROOT / "data" / "000_68e18b48f32a60f4.txt").read_bytes()
    methods = b"randomized patients were not blinded and "
    return {
        "words": b"word " * (size // 5),
        "digits": b"1" * size,
        "digits-spaced": b"12 " * (size // 3),
        "plus-minus": "1 ± ".encode() * (size // 5),
        "one-sentence": seed.replace(b"Methods\n\n", b"Methods\n\n" + methods * (size // len(methods))),
        "table-letters": seed.replace(b"NK cell activity", b"X" * size),
        "table-digits": seed.replace(b"NK cell activity", b"CD4 " + b"1.2" * (size // 3)),
        "commas": b"1," * (size // 2),
        "brackets": b"(" * size,
        "sentences": b"A. " * (size // 3),
    }


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    rubric = default_rubric()
    for name, data in shapes(size).items():
        start = time.perf_counter()
        studies = read_bytes(data, f"{name}.txt")
        for study in studies:
            appraise_study(study, rubric)
        print(f"{name:<14} {len(data):>9,} bytes  {time.perf_counter() - start:6.2f} s", flush=True)


if __name__ == "__main__":
    main()
