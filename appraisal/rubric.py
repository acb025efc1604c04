"""Rubrics are data: TOML files in rubrics/, validated by pydantic and compiled once at load.

A rubric names criteria; each criterion has ordered levels; each level has a label, a score, a
`when` condition on facts and a rationale template. Conditions are plain data, never code:

    design = "rct"                      equality
    design = ["rct", "meta-analysis"]   one of
    n = { min = 100, max = 399 }        numeric range, inclusive
    randomized = true                   boolean
    design = { not = ["rct"] }          exclusion (a known value outside the list)
    blinding = { known = false }        the fact is unknown (None or "unknown")

The conditions of one `when` are ANDed. Every criterion has exactly one level marked
`not_reported = true` with an empty `when`: the level given when no other level matched, which in
a rubric that covers its vocabulary means the facts were unknown. Conditions are turned into small
closures here, at load time, so scoring a study is a few dictionary look-ups per criterion.

A malformed file is rejected with a RubricError naming the file, the criterion and the field.
"""
from __future__ import annotations

import hashlib
import math
import string
import tomllib
import types
import typing
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from .errors import AppraisalError, RubricError
from .models import FACT_NAMES, Facts, RubricRef

RUBRIC_DIR: Path = Path(__file__).resolve().parent.parent / "rubrics"
DEFAULT_RUBRIC = "grade.toml"

UNKNOWN = "unknown"
Test = Callable[[Any], bool]  # a test on one plain fact value
Match = Callable[[dict], bool]  # a test on the plain facts of a study


# ---------------------------------------------------------------------------------------------
# The facts vocabulary, read from the data contract so a new fact or enum word needs no edit here.

def _kind_of(annotation) -> str | frozenset:
    """'bool', 'number', or the frozenset of an enum's words."""
    options = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    options = [o for o in options if o is not type(None)]
    (kind,) = options
    if isinstance(kind, type) and issubclass(kind, Enum):
        return frozenset(member.value for member in kind)
    if kind is bool:
        return "bool"
    if kind in (int, float):
        return "number"
    raise TypeError(f"fact type {kind!r} has no rubric condition")


FACT_KINDS: dict[str, str | frozenset] = {name: _kind_of(Facts.model_fields[name].annotation) for name in FACT_NAMES}


class _Problem(ValueError):
    """A validation failure that knows where inside the model it happened (`subpath`)."""

    def __init__(self, reason: str, subpath: str = "", criterion: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.subpath = subpath
        self.criterion = criterion


def is_unknown(value) -> bool:
    return value is None or value == UNKNOWN


def _check_value(fact: str, value, where: str):
    """Reject a value the fact can never take: a typo like 'rtc', or a string for a number."""
    kind = FACT_KINDS[fact]
    if kind == "bool":
        if not isinstance(value, bool):
            raise _Problem(f"{value!r} is not a boolean (use true or false)", where)
    elif kind == "number":
        _number(value, where)
    elif not isinstance(value, str) or value not in kind:
        raise _Problem(f"{value!r} is not one of {', '.join(sorted(kind))}", where)


def _number(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise _Problem(f"{value!r} is not a number", where)
    return float(value)


def _values(fact: str, spec, where: str) -> frozenset:
    items = spec if isinstance(spec, list) else [spec]
    if not items:
        raise _Problem("an empty list never matches", where)
    for i, item in enumerate(items):
        _check_value(fact, item, f"{where}[{i}]" if isinstance(spec, list) else where)
    return frozenset(items)


def _all_of(tests: list[Test]) -> Test:
    if len(tests) == 1:
        return tests[0]
    return lambda v: all(test(v) for test in tests)


def _compile_table(fact: str, spec: dict, where: str) -> Test:
    allowed = {"min", "max", "not", "known"}
    for key in spec:
        if key not in allowed:
            raise _Problem(f"unknown condition {key!r}; use min, max, not or known", f"{where}.{key}")
    if not spec:
        raise _Problem("an empty condition table; use min, max, not or known", where)
    tests: list[Test] = []
    if "known" in spec:
        known = spec["known"]
        if not isinstance(known, bool):
            raise _Problem(f"{known!r} is not a boolean", f"{where}.known")
        if not known and len(spec) > 1:
            raise _Problem("known = false cannot be combined with other conditions", where)
        tests.append((lambda v: not is_unknown(v)) if known else is_unknown)
    if "min" in spec or "max" in spec:
        if FACT_KINDS[fact] != "number":
            key = "min" if "min" in spec else "max"
            raise _Problem(f"min/max apply only to numeric facts, not {fact!r}", f"{where}.{key}")
        low = _number(spec["min"], f"{where}.min") if "min" in spec else -math.inf
        high = _number(spec["max"], f"{where}.max") if "max" in spec else math.inf
        if low > high:
            raise _Problem(f"min {low:g} is greater than max {high:g}", where)
        tests.append(lambda v: v is not None and low <= v <= high)
    if "not" in spec:
        excluded = _values(fact, spec["not"], f"{where}.not")
        tests.append(lambda v: not is_unknown(v) and v not in excluded)
    return _all_of(tests)


def _compile_condition(fact: str, spec, where: str) -> Test:
    if isinstance(spec, dict):
        return _compile_table(fact, spec, where)
    if isinstance(spec, list):
        allowed = _values(fact, spec, where)
        return allowed.__contains__
    _check_value(fact, spec, where)
    return lambda v: v == spec


def compile_when(when: dict) -> Match:
    """Turn a level's `when` table into one function of the plain facts."""
    tests: list[tuple[str, Test]] = []
    for fact, spec in when.items():
        where = f"when.{fact}"
        if fact not in FACT_KINDS:
            raise _Problem(f"unknown fact {fact!r}; facts are {', '.join(FACT_NAMES)}", where)
        tests.append((fact, _compile_condition(fact, spec, where)))
    if len(tests) == 1:
        ((fact, test),) = tests
        return lambda facts: test(facts[fact])

    def match(facts: dict) -> bool:
        for fact, test in tests:
            if not test(facts[fact]):
                return False
        return True

    return match


def placeholders(template: str) -> list[str]:
    """The {fact} names a rationale template uses; raises _Problem when it is not plain {name}s."""
    names = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise _Problem(f"malformed template: {exc}") from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in FACT_KINDS:
            raise _Problem(f"unknown placeholder {{{name}}}; facts are {', '.join(FACT_NAMES)}")
        if spec or conversion:
            raise _Problem(f"placeholder {{{name}}} must be plain, without a format or conversion")
        names.append(name)
    return names


# ---------------------------------------------------------------------------------------------
# The rubric model

class _Strict(BaseModel):
    # frozen: the compiled plan is built from the fields once, so the fields must not change after
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Level(_Strict):
    """One answer to a criterion: label, score, the facts that select it, and why."""

    label: str = Field(min_length=1)
    score: float
    when: dict[str, Any] = Field(default_factory=dict)
    rationale: str = Field(min_length=1)
    not_reported: bool = False
    _match: Match = PrivateAttr()
    _facts: tuple[str, ...] = PrivateAttr(default=())

    @field_validator("score")
    @classmethod
    def _finite(cls, score: float) -> float:
        if not math.isfinite(score):
            raise ValueError("score must be a finite number")
        return score

    @field_validator("rationale")
    @classmethod
    def _known_placeholders(cls, rationale: str) -> str:
        placeholders(rationale)
        return rationale

    @model_validator(mode="after")
    def _compile(self) -> Level:
        if self.not_reported:
            if self.when:
                raise _Problem("the not_reported level is the fallback and must have no 'when'", "when")
        elif not self.when:
            raise _Problem(
                "an empty 'when' matches every study, so the not_reported level could never apply; "
                "use e.g. { known = true }", "when")
        else:
            self._match = compile_when(self.when)
        self._facts = tuple(self.when)
        return self

    def facts(self) -> list[str]:
        return list(self._facts)


class Plan(NamedTuple):
    """A criterion compiled for scoring: plain tuples, so judging a study touches no pydantic machinery."""

    id: str
    name: str
    levels: tuple[tuple[Match, Level, tuple[str, ...]], ...]  # in order, the not_reported level left out
    fallback: Level  # the not_reported level
    facts: tuple[str, ...]  # every fact the criterion's levels refer to

    def select(self, plain: dict) -> Level:
        for match, level, _facts in self.levels:
            if match(plain):
                return level
        return self.fallback


class Criterion(_Strict):
    """One question of the appraisal (e.g. study design), answered by its first matching level."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str = Field(min_length=1)
    description: str = ""
    levels: list[Level] = Field(min_length=2)
    _plan: Plan = PrivateAttr()

    @model_validator(mode="after")
    def _one_not_reported(self) -> Criterion:
        fallbacks = [i for i, level in enumerate(self.levels) if level.not_reported]
        if len(fallbacks) != 1:
            found = "none" if not fallbacks else ", ".join(f"levels[{i}]" for i in fallbacks)
            raise _Problem(f"exactly one level must have not_reported = true (found {found})", "levels")
        seen: set[str] = set()
        for i, level in enumerate(self.levels):
            if level.label in seen:
                raise _Problem(f"duplicate level label {level.label!r}", f"levels[{i}].label")
            seen.add(level.label)
        self._plan = Plan(
            id=self.id, name=self.name,
            levels=tuple((level._match, level, level._facts) for level in self.levels if not level.not_reported),
            fallback=self.levels[fallbacks[0]],
            facts=tuple(dict.fromkeys(f for level in self.levels for f in level.when)))
        return self

    @property
    def plan(self) -> Plan:
        """This criterion compiled for scoring, built once at load."""
        return self._plan

    def select(self, plain: dict) -> Level:
        """The first level whose `when` holds for these plain facts, else the not_reported level."""
        return self._plan.select(plain)

    def facts(self) -> list[str]:
        """Every fact any level of this criterion refers to, in order of first use."""
        return list(self._plan.facts)

    def level(self, label: str) -> Level:
        for level in self.levels:
            if level.label == label:
                return level
        labels = ", ".join(repr(level.label) for level in self.levels)
        raise AppraisalError(f"criterion {self.id!r} has no level {label!r}; levels are {labels}")

    def max_score(self) -> float:
        return max(level.score for level in self.levels)

    def min_score(self) -> float:
        return min(level.score for level in self.levels)


class Band(_Strict):
    grade: str = Field(min_length=1)
    min: float | None = None

    @field_validator("min")
    @classmethod
    def _finite(cls, low: float | None) -> float | None:
        if low is not None and not math.isfinite(low):
            raise ValueError("min must be a finite number")
        return low


class Grading(_Strict):
    """How a total becomes a grade: first band whose min <= value; a last band without min catches all."""

    basis: Literal["total", "percent"] = "total"
    bands: list[Band] = Field(min_length=1)

    @model_validator(mode="after")
    def _ordered_bands(self) -> Grading:
        previous = math.inf
        grades: set[str] = set()
        for i, band in enumerate(self.bands):
            if band.grade in grades:
                raise _Problem(f"duplicate grade {band.grade!r}", f"grading.bands[{i}].grade")
            grades.add(band.grade)
            if band.min is None:
                if i != len(self.bands) - 1:
                    raise _Problem("only the last band may omit min (it is the catch-all)", f"grading.bands[{i}].min")
                continue
            if band.min >= previous:
                raise _Problem(
                    f"bands must be ordered from highest min to lowest: {band.min:g} follows {previous:g}",
                    f"grading.bands[{i}].min")
            previous = band.min
        return self


class Scoring(NamedTuple):
    """A rubric compiled for scoring: criteria plans, grade bands as (min, grade), and the ref."""

    plans: tuple[Plan, ...]
    scale: float  # total -> grading value: 1 for basis "total", 100 / max total for "percent"
    bands: tuple[tuple[float, str], ...]  # the catch-all band has min -inf
    ref: RubricRef

    def grade(self, total: float) -> str:
        value = round(total * self.scale, 9)  # 0.1 + 0.2 must reach a band at 0.3
        for low, grade in self.bands:
            if value >= low:
                return grade
        return self.bands[-1][1]  # validation makes the last band cover the lowest possible total


class Rubric(_Strict):
    """A validated, compiled rubric, with the hash of the exact bytes it was read from."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str = Field(min_length=1)
    version: str = Field(min_length=1)
    description: str = ""
    grading: Grading
    criteria: list[Criterion] = Field(min_length=1)
    sha256: str
    source: str
    _by_id: dict[str, Criterion] = PrivateAttr(default_factory=dict)
    _scoring: Scoring = PrivateAttr()
    _ref: RubricRef = PrivateAttr()
    _max: float = PrivateAttr(0.0)
    _min: float = PrivateAttr(0.0)

    @model_validator(mode="after")
    def _index(self) -> Rubric:
        for i, criterion in enumerate(self.criteria):
            if criterion.id in self._by_id:
                raise _Problem(f"duplicate criterion id {criterion.id!r}", f"criteria[{i}].id", criterion.id)
            self._by_id[criterion.id] = criterion
        self._max = sum(c.max_score() for c in self.criteria)
        self._min = sum(c.min_score() for c in self.criteria)
        if self.grading.basis == "percent" and self._max <= 0:
            raise _Problem("basis 'percent' needs a positive maximum total", "grading.basis")
        last = self.grading.bands[-1]
        lowest = self.percent(self._min) if self.grading.basis == "percent" else self._min
        if last.min is not None and last.min > lowest:
            raise _Problem(
                f"the last band must omit min or cover the lowest possible value ({lowest:g})",
                f"grading.bands[{len(self.grading.bands) - 1}].min")
        self._ref = RubricRef(id=self.id, name=self.name, version=self.version, sha256=self.sha256)
        self._scoring = Scoring(
            plans=tuple(c._plan for c in self.criteria),
            scale=100 / self._max if self.grading.basis == "percent" else 1.0,
            bands=tuple((-math.inf if b.min is None else b.min, b.grade) for b in self.grading.bands),
            ref=self._ref)
        return self

    def max_total(self) -> float:
        return self._max

    def min_total(self) -> float:
        return self._min

    def percent(self, total: float) -> float:
        """The total as a percentage of the maximum possible total (basis "percent")."""
        return total / self._max * 100

    def scoring(self) -> Scoring:
        """The rubric compiled for scoring (what the engine walks), built once at load."""
        return self._scoring

    def criterion(self, id: str) -> Criterion:
        try:
            return self._by_id[id]
        except KeyError:
            raise AppraisalError(
                f"rubric {self.id!r} has no criterion {id!r}; criteria are {', '.join(self._by_id)}") from None

    @property
    def ref(self) -> RubricRef:
        return self._ref


# ---------------------------------------------------------------------------------------------
# Loading

def _field_path(loc: tuple) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _rubric_error(source: str, data: dict, exc: ValidationError) -> RubricError:
    """The first problem, worded with the file, the criterion id and the field path."""
    errors = exc.errors()
    # a misspelt key also shows up as a missing one; the unknown key is the better explanation
    first = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    loc = tuple(first["loc"])
    problem = (first.get("ctx") or {}).get("error")
    criterion = None
    if len(loc) >= 2 and loc[0] == "criteria" and isinstance(loc[1], int):
        raw = data.get("criteria")
        entry = raw[loc[1]] if isinstance(raw, list) and loc[1] < len(raw) else None
        raw_id = entry.get("id") if isinstance(entry, dict) else None
        criterion = raw_id if isinstance(raw_id, str) and raw_id else f"#{loc[1] + 1}"
        loc = loc[2:]
    if isinstance(problem, _Problem):
        reason = problem.reason
        criterion = problem.criterion or criterion
        if problem.subpath:
            loc = loc + (problem.subpath,) if not problem.subpath.startswith(("criteria", "grading")) else (problem.subpath,)
    elif first["type"] == "extra_forbidden":
        reason = f"unknown key {loc[-1]!r}"
    else:
        reason = first["msg"]
        if first["type"] != "missing":
            got = repr(first["input"])
            reason += f" (got {got if len(got) <= 60 else got[:57] + '...'})"
    if len(errors) > 1:
        reason += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return RubricError(source, reason, criterion=criterion, field=_field_path(loc) or None)


def parse_rubric(text: str | bytes, source: str) -> Rubric:
    """Validate and compile rubric TOML (e.g. an uploaded file); `source` names it in errors."""
    raw = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RubricError(source, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise RubricError(source, f"TOML syntax error: {exc}") from None
    for reserved in ("sha256", "source"):
        if reserved in data:
            raise RubricError(source, "is set by the loader, not the file", field=reserved)
    try:
        return Rubric.model_validate({**data, "sha256": hashlib.sha256(raw).hexdigest(), "source": source})
    except ValidationError as exc:
        raise _rubric_error(source, data, exc) from None


def load_rubric(path: str | Path) -> Rubric:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise RubricError(str(path), f"cannot read: {exc.strerror or exc}") from None
    return parse_rubric(raw, str(path))


@lru_cache(maxsize=1)
def default_rubric() -> Rubric:
    """rubrics/grade.toml, read once per process."""
    return load_rubric(RUBRIC_DIR / DEFAULT_RUBRIC)


def available_rubrics() -> list[Path]:
    return sorted(RUBRIC_DIR.glob("*.toml"))
