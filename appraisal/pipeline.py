"""One call from a Study to its Facts and Appraisal: what the CLI, the app and the benchmarks share."""
from __future__ import annotations

from collections.abc import Iterable

from .engine import appraise
from .extract import extract_facts
from .models import Appraisal, Facts, Override, Study
from .rubric import Rubric, default_rubric


def appraise_study(study: Study, rubric: Rubric | None = None, overrides: Iterable[Override] = (),
                   reviewer: str | None = None) -> tuple[Facts, Appraisal]:
    """Extract the study's facts and judge them with the rubric (default: rubrics/grade.toml)."""
    rubric = rubric or default_rubric()
    facts = extract_facts(study)
    return facts, appraise(facts, rubric, source=study.source, overrides=overrides, reviewer=reviewer)
