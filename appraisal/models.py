"""The data that flows down the pipeline: Study -> Facts -> Appraisal.

pydantic models at every boundary, so a reader, the extractor, the rubric engine, the store and the
UI agree on one shape and bad data fails loudly where it enters.
"""
from __future__ import annotations

import hashlib
from datetime import datetime
from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field


class Measure(BaseModel):
    """A numeric table cell: `312 ± 84` is mean 312, sd 84."""

    mean: float
    sd: float | None = None
    unit: str | None = None


class Finding(BaseModel):
    """One row of the Key Findings table, split into the header's columns."""

    parameter: str
    baseline: str | None = None
    follow_up: str | None = None
    change: str | None = None
    cells: list[str] = Field(default_factory=list)  # every cell after the parameter, in order
    uncertain: bool = False
    note: str | None = None  # why the split is uncertain
    raw: str = ""  # the row as it stood in the document
    baseline_value: Measure | None = None
    follow_up_value: Measure | None = None
    change_percent: float | None = None  # stated change as a percentage, e.g. +60% -> 60.0
    # The row's effect estimate and its confidence interval (low, high), for ratio / difference
    # tables (`Stroke | 1.41 | 1.07–1.85`); set only when both cells parse and low <= estimate <= high.
    # effect_scale says how to draw them: ratio (log axis, no effect at 1), difference (no effect at 0).
    estimate: float | None = None
    interval: tuple[float, float] | None = None
    effect_scale: Literal["ratio", "difference"] | None = None


class Study(BaseModel):
    """What one document says; nothing here is inferred."""

    source: str  # file name (or name#record for multi-record files)
    format: str  # summary-text, plain-text, html, json, csv, medline, ris, pubmed-xml
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    journal: str | None = None
    year: int | None = None
    header_participants: int | None = None  # from `Journal/Year/N participants/Duration`
    header_duration: str | None = None  # e.g. "6 months"
    key_finding: str | None = None
    background: str | None = None
    methods: str | None = None
    findings_header: list[str] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    clinical_significance: str | None = None
    limitations: list[str] = Field(default_factory=list)
    compounds: list[str] = Field(default_factory=list)
    related_conditions: list[str] = Field(default_factory=list)
    related_studies: list[str] = Field(default_factory=list)
    sections: dict[str, str] = Field(default_factory=dict)  # every section by its heading, raw text
    missing: list[str] = Field(default_factory=list)  # expected sections not found
    # literature-database records (MEDLINE, RIS, PubMed XML)
    pmid: str | None = None
    doi: str | None = None
    publication_types: list[str] = Field(default_factory=list)
    mesh_terms: list[str] = Field(default_factory=list)
    abstract: str | None = None
    text: str = ""  # the full source text, so every quote can be found in it
    # which version of the findings-table splitter read `findings` (0: before versions were kept); a
    # stored study read by an older one is re-split from its own Key Findings text when loaded
    table_version: int = 0

    @property
    def first_author(self) -> str | None:
        return self.authors[0] if self.authors else None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class Design(str, Enum):
    meta_analysis = "meta-analysis"
    systematic_review = "systematic-review"
    rct = "rct"
    controlled_trial = "controlled-trial"
    cohort = "cohort"
    case_control = "case-control"
    cross_sectional = "cross-sectional"
    case_series = "case-series"
    case_report = "case-report"
    narrative_review = "narrative-review"
    unknown = "unknown"


class Timing(str, Enum):
    prospective = "prospective"
    retrospective = "retrospective"
    unknown = "unknown"


class Species(str, Enum):
    human = "human"
    animal = "animal"
    in_vitro = "in-vitro"
    unknown = "unknown"


class Blinding(str, Enum):
    double = "double"
    single = "single"
    open = "open"
    unknown = "unknown"


class Control(str, Enum):
    placebo = "placebo"
    active = "active"
    usual_care = "usual-care"
    no_treatment = "no-treatment"
    historical = "historical"
    none = "none"
    unknown = "unknown"


class Heterogeneity(str, Enum):
    homogeneous = "homogeneous"
    heterogeneous = "heterogeneous"
    unknown = "unknown"


FACT_NAMES = (
    "design", "timing", "species", "randomized", "blinding", "control",
    "n", "n_studies", "duration_days", "heterogeneity", "i2",
)


class Facts(BaseModel):
    """The quality-deciding facts of a study, each with the quote that decided it.

    `evidence[name]` is the exact span of `Study.text` that decided fact `name`; a fact that is
    unknown has no evidence entry. `conflicts[name]` says where two sources disagree (e.g. the
    abstract says cohort while the indexing says Randomized Controlled Trial).
    """

    design: Design = Design.unknown
    timing: Timing = Timing.unknown
    species: Species = Species.unknown
    randomized: bool | None = None
    blinding: Blinding = Blinding.unknown
    control: Control = Control.unknown
    n: int | None = None
    n_studies: int | None = None
    duration_days: float | None = None
    heterogeneity: Heterogeneity = Heterogeneity.unknown
    i2: float | None = None  # statistical heterogeneity, percent
    evidence: dict[str, str] = Field(default_factory=dict)
    conflicts: dict[str, str] = Field(default_factory=dict)

    def value(self, name: str):
        """The fact as a plain value: enum words, bool, number, or None when unknown."""
        v = getattr(self, name)
        if isinstance(v, Enum):
            return v.value
        return v

    def plain(self) -> dict:
        return {name: self.value(name) for name in FACT_NAMES}


class Judgement(BaseModel):
    """The rubric's verdict on one criterion, with the text that justified it."""

    criterion: str  # criterion id
    name: str = ""  # criterion display name
    level: str  # level label
    score: float
    rationale: str
    evidence: str | None = None  # quote(s) from the study; None when the facts were unknown
    facts: list[str] = Field(default_factory=list)  # which facts the level's condition used
    overridden: bool = False
    automatic_level: str | None = None  # the engine's level when the reviewer overrode it
    reason: str | None = None  # the reviewer's reason for an override


class Override(BaseModel):
    """A reviewer's replacement of one criterion's level, with the required reason."""

    criterion: str
    level: str
    reason: str = Field(min_length=1)
    reviewer: str = ""
    at: datetime | None = None


class RubricRef(BaseModel):
    """Which exact rubric produced an appraisal."""

    id: str
    name: str = ""
    version: str
    sha256: str


class Appraisal(BaseModel):
    """One judgement per criterion, the total, the grade, and the rubric that made them."""

    source: str
    judgements: list[Judgement]
    total: float
    grade: str
    rubric: RubricRef
    reviewer: str | None = None
