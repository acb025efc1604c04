"""Hostile shapes of input (a 200 kB digit run, sentence or table row) come out appraised.

Each shape was once quadratic somewhere; this test checks the result, not the time (the figures
are printed by bench/bench_hostile.py), but a quadratic step back would make it run for minutes.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import bench_hostile  # noqa: E402

from appraisal.errors import ReaderError  # noqa: E402
from appraisal.pipeline import appraise_study  # noqa: E402
from appraisal.readers import read_bytes  # noqa: E402
from appraisal.rubric import default_rubric  # noqa: E402

SHAPES = bench_hostile.shapes(200_000)


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_hostile_shape_is_appraised(name):
    try:
        studies = read_bytes(SHAPES[name], f"{name}.txt")
    except ReaderError:
        return  # refused with the package's own error is a fine outcome too
    rubric = default_rubric()
    for study in studies:
        _, appraisal = appraise_study(study, rubric)
        assert appraisal.grade in {band.grade for band in rubric.grading.bands}
