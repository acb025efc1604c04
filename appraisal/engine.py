"""Scoring: Facts + Rubric -> Appraisal, and the reviewer's overrides on top.

The rubric's conditions were compiled when it was loaded, so judging a criterion is a walk over
its levels testing a few plain values; nothing here parses, evaluates or guesses.
"""
from __future__ import annotations

import math
from enum import Enum
from typing import Iterable

from .errors import AppraisalError
from .models import FACT_NAMES, Appraisal, Facts, Judgement, Override
from .rubric import Criterion, Level, Plan, Rubric

EVIDENCE_JOIN = " … "


def _shown(value) -> str:
    """A fact as a reviewer reads it in a rationale: 'unknown', 'true', '180', '62.5'."""
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if value.is_integer():
            return str(int(value))
        return f"{value:.6g}" if abs(value) < 1e5 else str(round(value))
    return str(value)


class _Shown(dict):
    """The facts as rationale text, rendered only when a template asks for them."""

    __slots__ = ("plain",)

    def __init__(self, plain: dict):
        super().__init__()
        self.plain = plain

    def __missing__(self, name: str) -> str:
        text = self[name] = _shown(self.plain[name])
        return text


def _plain(facts: Facts) -> dict:
    """Facts.plain(), read straight from the model's fields: the engine's hot path."""
    fields = facts.__dict__
    plain = {}
    for name in FACT_NAMES:
        value = fields[name]
        plain[name] = value._value_ if isinstance(value, Enum) else value
    return plain


def _evidence(names: tuple[str, ...], evidence: dict[str, str]) -> str | None:
    """The quotes that decided these facts, each once, in the order the level names the facts."""
    if len(names) == 1:
        return evidence.get(names[0]) or None
    quotes = list(dict.fromkeys(evidence[name] for name in names if evidence.get(name)))
    return EVIDENCE_JOIN.join(quotes) if quotes else None


def _judge(plan: Plan, plain: dict, shown: dict, evidence: dict[str, str]) -> Judgement:
    for match, level, used in plan.levels:
        if match(plain):
            return Judgement(criterion=plan.id, name=plan.name, level=level.label, score=level.score,
                             rationale=level.rationale.format_map(shown), evidence=_evidence(used, evidence),
                             facts=used)
    level = plan.fallback
    return Judgement(criterion=plan.id, name=plan.name, level=level.label, score=level.score,
                     rationale=level.rationale.format_map(shown), evidence=None, facts=plan.facts)


def judge(criterion: Criterion, facts: Facts) -> Judgement:
    """The first matching level of one criterion; its not_reported level when none matches."""
    plain = _plain(facts)
    return _judge(criterion.plan, plain, _Shown(plain), facts.evidence)


def grade_for(total: float, rubric: Rubric) -> str:
    """The first band whose min the total (or, for basis "percent", its percentage of the maximum) reaches."""
    return rubric.scoring().grade(total)


def _total(judgements: list[Judgement]) -> float:
    return sum(j.score for j in judgements)


def appraise(facts: Facts, rubric: Rubric, source: str = "", overrides: Iterable[Override] = (),
             reviewer: str | None = None) -> Appraisal:
    """One judgement per criterion, the total and grade, then the reviewer's overrides if any."""
    scoring = rubric.scoring()
    plain = _plain(facts)
    shown = _Shown(plain)
    evidence = facts.evidence
    judgements = [_judge(plan, plain, shown, evidence) for plan in scoring.plans]
    total = _total(judgements)
    appraisal = Appraisal(source=source, judgements=judgements, total=total, grade=scoring.grade(total),
                          rubric=scoring.ref, reviewer=reviewer)
    overrides = tuple(overrides)
    return apply_overrides(appraisal, rubric, overrides) if overrides else appraisal


def _overridden(judgement: Judgement, level: Level, override: Override) -> Judgement:
    automatic = judgement.automatic_level if judgement.overridden else judgement.level
    return judgement.model_copy(update=dict(
        level=level.label, score=level.score, overridden=True, automatic_level=automatic,
        reason=override.reason,
        rationale=f"Set by {override.reviewer or 'the reviewer'} (automatic level: {automatic}): {override.reason}",
    ))


def apply_overrides(appraisal: Appraisal, rubric: Rubric, overrides: Iterable[Override]) -> Appraisal:
    """Replace the overridden criteria's levels, keeping the engine's level and the reason; regrade.

    The appraisal must come from this very rubric (same hash): mixing an old appraisal with an
    edited rubric would produce a grade no rubric file can explain.
    """
    if appraisal.rubric.sha256 != rubric.sha256:
        raise AppraisalError(
            f"appraisal of {appraisal.source!r} was made with rubric {appraisal.rubric.id!r} "
            f"v{appraisal.rubric.version} ({appraisal.rubric.sha256[:12]}), not {rubric.id!r} "
            f"v{rubric.version} ({rubric.sha256[:12]}); appraise again before overriding")
    judgements = list(appraisal.judgements)
    position = {j.criterion: i for i, j in enumerate(judgements)}
    for override in overrides:
        level = rubric.criterion(override.criterion).level(override.level)
        i = position.get(override.criterion)
        if i is None:
            raise AppraisalError(f"appraisal of {appraisal.source!r} has no judgement for {override.criterion!r}")
        judgements[i] = _overridden(judgements[i], level, override)
    total = _total(judgements)
    return appraisal.model_copy(update=dict(judgements=judgements, total=total, grade=grade_for(total, rubric)))
