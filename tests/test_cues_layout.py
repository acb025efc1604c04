"""Layout of the appraisal/facts/cues package: each module imports only the ones above it.

Reading order is dependency order: the shared strengths and markers, the cue tables (the study table in
contiguous pieces, then the timing, species, heterogeneity and context-word tables), the study table joined
again, the compiler that groups every table into gated regexes, the registry abbreviations, the context
patterns, and scan(). The order of cues inside a table decides which match wins at the same start, so the
study table must be its pieces joined in their order. (The split itself was proven once against the
single-file module by ast and by digests of every table and compiled group; those digests are not pinned
here, since every accuracy round adds cues.)
"""
from __future__ import annotations

import ast
from importlib import import_module
from pathlib import Path

import pytest

from tests.layers import absolute_self_imports, modules, relative_imports

_ROOT = Path(__file__).resolve().parents[1]
_PACKAGE = _ROOT / "appraisal" / "facts" / "cues"
_CUES_LAYERS = ["markers", "blockers", "reviews", "allocation", "blinding", "control", "observational", "timing",
                "species", "heterogeneity", "context_words", "study", "grouping", "abbreviations", "context",
                "scanning"]
# The study table's pieces in the order study.py joins them: (module, variable)
_STUDY_PIECES = [("blockers", "_BLOCKER_CUES"), ("reviews", "_REVIEW_CUES"), ("allocation", "_ALLOCATION_CUES"),
                 ("blinding", "_BLINDING_CUES"), ("control", "_CONTROL_CUES"), ("observational", "_OBSERVATIONAL_CUES")]
# every public name of the single-file module (and the gate helpers it imported), still `cues.<name>`
_PUBLIC = ["ALLOCATED", "CONTEXT_TABLE", "GENERIC_BLIND", "GENERIC_CONTROL", "GROUPS", "MIXED_CONTROL", "NEGATE",
           "NOT_PLACEBO", "SPECIES_TABLE", "STRONG", "WEAK", "Hit", "abbreviation_matches", "gate", "matches", "opens",
           "scan"]


def _module(name: str):
    return import_module(f"appraisal.facts.cues.{name}")



def _siblings(name: str) -> list[str]:
    return relative_imports(_PACKAGE, name)


@pytest.mark.parametrize("k, name", list(enumerate(_CUES_LAYERS)))
def test_cues_modules_import_only_the_layers_above(k, name):
    siblings = _siblings(name)
    assert all(m in _CUES_LAYERS[:k] for m in siblings), (name, siblings)


def test_cues_modules_do_not_import_the_package_by_its_absolute_name():
    for name in _CUES_LAYERS + ["__init__"]:
        assert not absolute_self_imports(_PACKAGE, name, "appraisal.facts.cues"), name


def test_every_module_of_the_package_has_its_place_in_the_order_and_a_docstring():
    assert modules(_PACKAGE) == sorted(_CUES_LAYERS)
    assert not (_PACKAGE.parent / "cues.py").exists()
    for name in _CUES_LAYERS:
        assert ast.get_docstring(ast.parse((_PACKAGE / f"{name}.py").read_text(encoding="utf-8"))), name


def test_the_study_table_is_its_pieces_joined_in_order():
    joined = []
    for module, variable in _STUDY_PIECES:
        piece = getattr(_module(module), variable)
        assert piece, module
        joined += piece
    study = _module("study")._STUDY_CUES
    assert study == joined
    assert all(a is b for a, b in zip(study, joined, strict=True))  # the very entries, not copies


def test_the_plain_rct_cue_is_found_by_identity():
    # scan() compares a cue's facts with `is`: the object must be the allocation piece's own
    scanning = _module("scanning")
    rct = [c for c in _module("allocation")._ALLOCATION_CUES if c[1] is scanning._RCT_FACTS]
    assert len(rct) == 1 and rct[0][0].startswith(r"\brcts?\b")


def test_public_names_are_reachable_from_the_package():
    from appraisal.facts import cues
    assert sorted(cues.__all__) == sorted(_PUBLIC)
    for name in _PUBLIC:
        assert getattr(cues, name) is not None, name
    assert callable(cues.scan) and cues.scan is _module("scanning").scan
    assert cues.Hit is _module("markers").Hit
    assert cues.GROUPS is _module("grouping").GROUPS


def test_the_gate_check_is_looked_up_in_grouping():
    # tests/test_extract_speed.py replaces cues.grouping.opens to run every group: that must reach matches()
    from appraisal.facts import cues
    from appraisal.facts.text import lower_text, word_keys

    assert cues.matches.__globals__ is vars(cues.grouping)
    low = lower_text("A randomised, double-blind, placebo-controlled trial in 40 adults.")
    saved = cues.grouping.opens
    cues.grouping.opens = lambda _gate, _keys: False
    try:
        shut = cues.matches(low, word_keys(low))
    finally:
        cues.grouping.opens = saved
    assert len(shut) < len(cues.matches(low, word_keys(low)))
